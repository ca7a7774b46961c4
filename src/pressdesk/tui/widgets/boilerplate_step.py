"""The Boilerplate step: the "About …" blocks after the end mark."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.containers import Horizontal, Vertical
from textual.widgets import Button

from pressdesk.model import Boilerplate, Release
from pressdesk.tui.edits import Insert
from pressdesk.tui.keymap import key_for
from pressdesk.tui.widgets.field_row import FieldRow
from pressdesk.tui.widgets.fields import TextField
from pressdesk.tui.widgets.prose_field import ProseField
from pressdesk.tui.widgets.step import Card, Step, load_field, sync_cards

ORG_HELP = "### Organisation\nWho this block is about. The coalition's own block comes first."
HEADING_HELP = "### Heading\nOptional, such as About the Riverside Housing Coalition."
TEXT_HELP = """\
### Boilerplate
The standard paragraph about the organisation: who it is, what it does, where to learn more.
Keep it to a few sentences; exports put it after the end mark."""


class BoilerplateCard(Card):
    """One "About" block."""

    def __init__(self, block: Boilerplate, index: int) -> None:
        super().__init__(index)
        self.block = block  # only the values to show when first composed

    def compose(self) -> ComposeResult:
        b = self.block
        yield from self.compose_header(f"About block {self.index + 1}")
        yield FieldRow(
            "Organisation",
            TextField(
                b.org,
                path=f"boilerplate[{self.index}].org",
                placeholder="Organisation name",
                help=ORG_HELP,
            ),
        )
        yield FieldRow(
            "Heading",
            TextField(
                b.heading,
                path=f"boilerplate[{self.index}].heading",
                placeholder="optional: About …",
                help=HEADING_HELP,
            ),
        )
        yield ProseField(
            b.text,
            path=f"boilerplate[{self.index}].text",
            placeholder="Who they are, what they do, where to learn more.",
            help=TEXT_HELP,
        )

    def load(self, item: object, index: int) -> None:
        assert isinstance(item, Boilerplate)
        self.index = index
        self.set_title(f"About block {index + 1}")
        for field in self.query(TextField):
            name = field.path.rsplit(".", 1)[1]
            load_field(field, f"boilerplate[{index}].{name}", getattr(item, name))
        load_field(self.query_one(ProseField), f"boilerplate[{index}].text", item.text)


class BoilerplateStep(Step):
    """Add, edit, remove and reorder boilerplate blocks."""

    COLLECTION = "boilerplate"
    STEP_ID = "boilerplate"

    class Changed(Step.Changed):
        """A boilerplate block was edited, added, removed or moved."""

    def compose(self) -> ComposeResult:
        yield from self.compose_intro()
        yield Vertical(id="boilerplate-cards", classes="cards")
        with Horizontal(classes="add-buttons"):
            yield Button(
                "+ Add boilerplate",
                id="add-boilerplate",
                compact=True,
                tooltip=f"Add an About block ({key_for('add.boilerplate')})",
            )

    def load(self, release: Release) -> AwaitComplete:
        return sync_cards(
            self.query_one("#boilerplate-cards"), release.boilerplate, BoilerplateCard
        )

    def new_item(self, kind: str = "", index: int | None = None) -> Insert:
        return Insert("boilerplate", index, Boilerplate("", ""))

    @on(Button.Pressed, "#add-boilerplate")
    def _add_pressed(self) -> None:
        self.post_edit(self.new_item())
