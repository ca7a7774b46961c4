"""The Story step: the ordered body (lede, paragraphs, quote blocks, headings, lists)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.containers import Horizontal, Vertical
from textual.widgets import Button

from pressdesk.model import Block, BulletList, Heading, Paragraph, Quote, Release
from pressdesk.tui.edits import Edit, Insert, SetField
from pressdesk.tui.widgets.fields import TextField
from pressdesk.tui.widgets.step import Step, focused_card, sync_cards

NEW_BLOCKS: dict[str, Block] = {
    "paragraph": Paragraph(""),
    "quote": Quote((), None),
    "heading": Heading(""),
    "list": BulletList(()),
}


class StoryStep(Step):
    """Add, edit, move and delete the body's blocks."""

    COLLECTION = "body"
    STEP_ID = "story"

    class Changed(Step.Changed):
        """A block was edited, added, removed or moved."""

    def compose(self) -> ComposeResult:
        yield from self.compose_intro()
        yield Vertical(id="block-cards", classes="cards")
        with Horizontal(classes="add-buttons"):
            yield Button(
                "+ Paragraph", id="add-paragraph", compact=True, tooltip="Add a paragraph (alt+p)"
            )
            yield Button(
                "+ Quote", id="add-quote", compact=True, tooltip="Add a quote block (alt+q)"
            )
            yield Button(
                "+ Heading", id="add-heading", compact=True, tooltip="Add a subheading (alt+h)"
            )
            yield Button(
                "+ List", id="add-list", compact=True, tooltip="Add a bulleted list (alt+l)"
            )

    def load(self, release: Release) -> AwaitComplete:
        # The cards' module (and the widgets it needs) loads on the first visit, not at start-up.
        from pressdesk.tui.widgets.blocks import make_block_card

        done = sync_cards(self.query_one("#block-cards"), release.body, make_block_card)

        async def then_retitle() -> None:
            await done
            self._retitle(release)

        return AwaitComplete(then_retitle())

    def _retitle(self, release: Release) -> None:
        from pressdesk.tui.widgets.blocks import BlockCard, block_title

        lede = release.lede
        for card in self.query_one("#block-cards").query_children(BlockCard):
            if card.index < len(release.body):
                block = release.body[card.index]
                card.retitle(block_title(block, card.index, block is lede and lede is not None))

    def add(self, kind: str = "paragraph", index: int | None = None) -> None:
        """Add a block of `kind` at `index` (default: at the end)."""
        self.post_edit(Insert("body", index, NEW_BLOCKS[kind or "paragraph"]))

    def edit_for(self, field: TextField, value: str) -> Edit | None:
        if field.path.endswith(".speaker.name"):
            card = focused_card(field)
            if card is not None:
                card.set_title(f"Quote: {value or 'no speaker yet'}")
        return SetField(field.path, value)

    @on(Button.Pressed, ".add-buttons Button")
    def _add_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.add((event.button.id or "").removeprefix("add-"))
