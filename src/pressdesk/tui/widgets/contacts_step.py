"""The Contacts step: the media contacts, each a card to edit, move or remove."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.containers import Horizontal, Vertical
from textual.validation import Validator
from textual.widgets import Button

from pressdesk.model import Contact, Release
from pressdesk.tui.edits import Insert
from pressdesk.tui.keymap import key_for
from pressdesk.tui.validation import EmailValidator, PhoneValidator
from pressdesk.tui.widgets.field_row import FieldRow
from pressdesk.tui.widgets.fields import TextField
from pressdesk.tui.widgets.step import Card, Step, load_field, sync_cards

FIELDS = (
    ("name", "Name", "Full name", "### Contact name\nThe person reporters should ask for."),
    (
        "title",
        "Title",
        "optional",
        "### Contact title\nOptional: their job title, such as Communications Director.",
    ),
    (
        "org",
        "Organisation",
        "optional",
        "### Contact organisation\nWhich member group they speak for; coalitions list it so reporters know.",
    ),
    (
        "email",
        "Email",
        "name@example.org",
        "### Contact email\nAn address a reporter can write to. pressdesk checks its form as you type.",
    ),
    (
        "phone",
        "Phone",
        "202-555-0143",
        "### Contact phone\nA number that reaches a live person, written 202-555-0143 (AP style).",
    ),
)


class ContactCard(Card):
    """One media contact."""

    def __init__(self, contact: Contact, index: int) -> None:
        super().__init__(index)
        self.contact = contact  # only the values to show when first composed

    def compose(self) -> ComposeResult:
        yield from self.compose_header(f"Contact {self.index + 1}")
        for name, label, placeholder, help_text in FIELDS:
            validators: list[Validator] = (
                [EmailValidator()]
                if name == "email"
                else [PhoneValidator()]
                if name == "phone"
                else []
            )
            field = TextField(
                getattr(self.contact, name),
                path=f"contacts[{self.index}].{name}",
                placeholder=placeholder,
                help=help_text,
                validators=validators,
                id=f"contact-{name}",
            )
            yield FieldRow(label, field)
        del self.contact

    def load(self, item: object, index: int) -> None:
        assert isinstance(item, Contact)
        self.index = index
        self.set_title(f"Contact {index + 1}")
        for field in self.query(TextField):
            name = field.path.rsplit(".", 1)[1]
            load_field(field, f"contacts[{index}].{name}", getattr(item, name))


class ContactsStep(Step):
    """Add, edit, remove and reorder media contacts."""

    COLLECTION = "contacts"
    STEP_ID = "contacts"

    class Changed(Step.Changed):
        """A contact was edited, added, removed or moved."""

    def compose(self) -> ComposeResult:
        yield from self.compose_intro()
        yield Vertical(id="contact-cards", classes="cards")
        with Horizontal(classes="add-buttons"):
            yield Button(
                "+ Add contact",
                id="add-contact",
                compact=True,
                tooltip=f"Add a media contact ({key_for('add.contact')})",
            )

    def load(self, release: Release) -> AwaitComplete:
        return sync_cards(self.query_one("#contact-cards"), release.contacts, ContactCard)

    def new_item(self, kind: str = "", index: int | None = None) -> Insert:
        return Insert("contacts", index, Contact(""))

    @on(Button.Pressed, "#add-contact")
    def _add_pressed(self) -> None:
        self.post_edit(self.new_item())
