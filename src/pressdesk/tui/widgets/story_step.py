"""The Story step: the ordered body (lede, paragraphs, quote blocks, headings, lists)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.containers import Horizontal, Vertical
from textual.widgets import Button

from pressdesk.model import Block, BulletList, Heading, Paragraph, Quote, Release
from pressdesk.tui.edits import Edit, Insert, SetField
from pressdesk.tui.keymap import key_for
from pressdesk.tui.widgets.fields import TextField
from pressdesk.tui.widgets.step import Step, focused_card, sync_cards

NEW_BLOCKS: dict[str, Block] = {
    "paragraph": Paragraph(""),
    "quote": Quote((), None),
    "heading": Heading(""),
    "list": BulletList(()),
}

ADD_KEYS = {"paragraph": "add.paragraph", "quote": "add.quote"}  # the others: palette and buttons


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
            for kind, label, what in (
                ("paragraph", "+ Paragraph", "Add a paragraph"),
                ("quote", "+ Quote", "Add a quote block"),
                ("heading", "+ Heading", "Add a subheading"),
                ("list", "+ List", "Add a bulleted list"),
            ):
                key = ADD_KEYS.get(kind)
                tooltip = f"{what} ({key_for(key)})" if key else what
                yield Button(label, id=f"add-{kind}", compact=True, tooltip=tooltip)

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

    def new_item(self, kind: str = "paragraph", index: int | None = None) -> Insert:
        """A new block of `kind` at `index` (default: at the end)."""
        return Insert("body", index, NEW_BLOCKS.get(kind) or NEW_BLOCKS["paragraph"])

    def edit_for(self, field: TextField, value: str) -> Edit | None:
        if field.path.endswith((".speaker.name", ".speaker.org")):
            card = focused_card(field)
            if card is not None:
                # The person's name, else the organisation's: who the quote is attributed to.
                parts = {f.path.rsplit(".", 1)[1]: f.value for f in card.query(TextField)}
                who = parts.get("name", "").strip() or parts.get("org", "").strip()
                card.set_title(f"Quote: {who or 'no speaker yet'}")
        return SetField(field.path, value)

    @on(Button.Pressed, ".add-buttons Button")
    def _add_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_edit(self.new_item((event.button.id or "").removeprefix("add-")))
