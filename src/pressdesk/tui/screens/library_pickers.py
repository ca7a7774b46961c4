"""Pickers over the saved library: contacts, a quote's speaker, a boilerplate.

`ContactsPicker` -> media contacts; `SpeakerPicker` -> a quote's speaker (organisation, then one of
its spokespeople); `BoilerplatePicker` -> a boilerplate block that remembers its library slug.
Saving back to the library is `save_to_library.SaveToLibrary`.
"""

from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, OptionList, Select, SelectionList, Static
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from pressdesk.library import Library, Organisation, Person
from pressdesk.model import Boilerplate, Contact, Release, Speaker
from pressdesk.tui.library_actions import (
    boilerplate_from,
    coalition_of,
    contact_from,
    organisations_in_order,
    speaker_from,
)

PICKER_CSS = """
{name} {{ align: center middle; }}
{name} > .picker-dialog {{
    width: 100; max-width: 100%; height: 22; max-height: 100%;
    border: thick $primary; background: $surface; padding: 0 1;
}}
{name} .picker-title {{ text-style: bold; }}
{name} .picker-help {{ color: $text-muted; }}
{name} .picker-body {{ height: 1fr; }}
{name} .picker-buttons {{ height: auto; align-horizontal: right; }}
{name} .picker-buttons Button {{ margin-left: 1; }}
{name} OptionList, {name} SelectionList {{ height: 1fr; }}
"""


def _person_line(person: Person) -> str:
    details = [d for d in (person.title, person.email, person.phone) if d]
    extra = " · ".join(details)
    flag = "  [media contact]" if person.media_contact else ""
    return f"{person.name}{' — ' + extra if extra else ''}{flag}"


def _empty_help(library: Library, what: str) -> str:
    return (
        f"The library at {library.path} has no {what} yet. Fill it with "
        "`pressdesk library save-from RELEASE`, or save what you type here."
    )


PickedT = TypeVar("PickedT")


class _Picker(ModalScreen[PickedT | None]):
    """Shared bindings: escape cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel", tooltip="Close without adding"),
    ]

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, ".picker-cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)


class ContactsPicker(_Picker[list[Contact]]):
    """Choose media contacts from the coalition's (or any organisation's) people."""

    DEFAULT_CSS = PICKER_CSS.format(name="ContactsPicker")
    BINDINGS = [
        Binding("a", "add", "Add ticked", id="picker.add", tooltip="Add the ticked contacts"),
    ]

    def __init__(self, library: Library, release: Release | None = None) -> None:
        super().__init__()
        self.library = library
        coalition = coalition_of(library, release)
        self.orgs = [o for o in organisations_in_order(library, coalition) if o.people]
        already = {c.name.casefold() for c in release.contacts} if release else set()
        # Start with the coalition's media contacts ticked, less those the release already has.
        self.picked: set[tuple[str, str]] = set()
        if self.orgs:
            first = self.orgs[0]
            self.picked = {
                (first.slug, p.name)
                for p in first.media_contacts
                if p.name.casefold() not in already
            }

    def compose(self) -> ComposeResult:
        with Vertical(classes="picker-dialog"):
            yield Label("Media contacts from the library", classes="picker-title")
            if not self.orgs:
                yield Static(_empty_help(self.library, "people"), classes="picker-help")
            else:
                yield Select(
                    [(org.name, org.slug) for org in self.orgs],
                    value=self.orgs[0].slug,
                    allow_blank=False,
                    id="contacts-org",
                )
                yield Static(
                    "space ticks a person · a adds the ticked contacts", classes="picker-help"
                )
            yield SelectionList[str](id="contacts-people", classes="picker-body")
            with Horizontal(classes="picker-buttons"):
                yield Button("Add contacts", id="contacts-add", variant="primary")
                yield Button("Cancel", classes="picker-cancel")

    def on_mount(self) -> None:
        if self.orgs:
            self._fill(self.orgs[0])
            self.query_one("#contacts-people").focus()

    def _org(self, slug: str) -> Organisation:
        return next(org for org in self.orgs if org.slug == slug)

    def _fill(self, org: Organisation) -> None:
        people = self.query_one("#contacts-people", SelectionList)
        people.clear_options()
        people.add_options(
            Selection(_person_line(p), p.name, (org.slug, p.name) in self.picked)
            for p in org.people
        )
        people.highlighted = 0 if org.people else None

    @on(Select.Changed, "#contacts-org")
    def _org_changed(self, event: Select.Changed) -> None:
        if isinstance(event.value, str):
            self._fill(self._org(event.value))

    @on(SelectionList.SelectionToggled, "#contacts-people")
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        slug = self.query_one("#contacts-org", Select).value
        key = (str(slug), event.selection.value)
        if key in self.picked:
            self.picked.discard(key)
        else:
            self.picked.add(key)

    @property
    def chosen(self) -> list[Contact]:
        """The ticked people as contacts, in library order."""
        return [
            contact_from(org, person)
            for org in self.orgs
            for person in org.people
            if (org.slug, person.name) in self.picked
        ]

    @on(Button.Pressed, "#contacts-add")
    def action_add(self) -> None:
        """Add the ticked people as media contacts."""
        self.dismiss(self.chosen or None)


class SpeakerPicker(_Picker[Speaker]):
    """Start a quote: pick a member organisation, then one of its spokespeople."""

    DEFAULT_CSS = (
        PICKER_CSS.format(name="SpeakerPicker")
        + """
    SpeakerPicker #speaker-orgs { width: 2fr; }
    SpeakerPicker #speaker-people { width: 3fr; }
    """
    )

    def __init__(self, library: Library, release: Release | None = None) -> None:
        super().__init__()
        self.library = library
        coalition = coalition_of(library, release)
        # The coalition's members first: they are who a coalition statement quotes.
        ordered = organisations_in_order(library, coalition)
        if coalition is not None:
            ordered = [*ordered[1:], ordered[0]]
        self.orgs = [org for org in ordered if org.people]

    def compose(self) -> ComposeResult:
        with Vertical(classes="picker-dialog"):
            yield Label("Add a quote from…", classes="picker-title")
            if not self.orgs:
                yield Static(_empty_help(self.library, "spokespeople"), classes="picker-help")
            else:
                yield Static(
                    "choose the organisation, then press enter on the person",
                    classes="picker-help",
                )
            with Horizontal(classes="picker-body"):
                yield OptionList(
                    *[Option(org.name, id=org.slug) for org in self.orgs], id="speaker-orgs"
                )
                yield OptionList(id="speaker-people")
            with Horizontal(classes="picker-buttons"):
                yield Button("Cancel", classes="picker-cancel")

    def on_mount(self) -> None:
        orgs = self.query_one("#speaker-orgs", OptionList)
        if self.orgs:
            orgs.highlighted = 0
            self._fill(self.orgs[0])
            orgs.focus()

    @property
    def current_org(self) -> Organisation | None:
        option = self.query_one("#speaker-orgs", OptionList).highlighted_option
        return next((o for o in self.orgs if option is not None and o.slug == option.id), None)

    def _fill(self, org: Organisation) -> None:
        people = self.query_one("#speaker-people", OptionList)
        people.set_options(Option(_person_line(p), id=str(i)) for i, p in enumerate(org.people))
        people.highlighted = 0 if org.people else None

    @on(OptionList.OptionHighlighted, "#speaker-orgs")
    def _org_highlighted(self) -> None:
        org = self.current_org
        if org is not None:
            self._fill(org)

    @on(OptionList.OptionSelected, "#speaker-orgs")
    def _org_chosen(self) -> None:
        self.query_one("#speaker-people", OptionList).focus()

    @on(OptionList.OptionSelected, "#speaker-people")
    def _person_chosen(self, event: OptionList.OptionSelected) -> None:
        org = self.current_org
        if org is not None and event.option.id is not None:
            self.dismiss(speaker_from(org, org.people[int(event.option.id)]))


class BoilerplatePicker(_Picker[Boilerplate]):
    """Insert an organisation's current boilerplate from the library."""

    DEFAULT_CSS = (
        PICKER_CSS.format(name="BoilerplatePicker")
        + """
    BoilerplatePicker #boilerplate-orgs { width: 2fr; }
    BoilerplatePicker #boilerplate-preview { width: 3fr; padding: 0 1; }
    """
    )

    def __init__(self, library: Library, release: Release | None = None) -> None:
        super().__init__()
        self.library = library
        coalition = coalition_of(library, release)
        self.orgs = [o for o in organisations_in_order(library, coalition) if o.boilerplate]

    def compose(self) -> ComposeResult:
        with Vertical(classes="picker-dialog"):
            yield Label("Insert a boilerplate", classes="picker-title")
            if not self.orgs:
                yield Static(_empty_help(self.library, "boilerplates"), classes="picker-help")
            else:
                yield Static("enter inserts the highlighted one", classes="picker-help")
            with Horizontal(classes="picker-body"):
                yield OptionList(
                    *[Option(org.name, id=org.slug) for org in self.orgs], id="boilerplate-orgs"
                )
                with VerticalScroll(id="boilerplate-preview"):
                    yield Static(id="boilerplate-text", markup=False)
            with Horizontal(classes="picker-buttons"):
                yield Button("Cancel", classes="picker-cancel")

    def on_mount(self) -> None:
        orgs = self.query_one("#boilerplate-orgs", OptionList)
        if self.orgs:
            orgs.highlighted = 0
            orgs.focus()

    @on(OptionList.OptionHighlighted, "#boilerplate-orgs")
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        org = self.library.orgs[str(event.option.id)]
        heading = org.boilerplate_heading or f"About {org.name}"
        since = f"\n\n(current since {org.boilerplate_since})" if org.boilerplate_since else ""
        self.query_one("#boilerplate-text", Static).update(f"{heading}\n\n{org.boilerplate}{since}")

    @on(OptionList.OptionSelected, "#boilerplate-orgs")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(boilerplate_from(self.library.orgs[str(event.option.id)]))
