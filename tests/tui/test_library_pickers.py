"""The library at hand: contacts, a quote from a saved spokesperson, a boilerplate, saving back."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.widgets import Input, OptionList, SelectionList

from pressdesk.library import Library
from pressdesk.model import Boilerplate, Contact, Quote, Speaker
from pressdesk.tui.screens.library_pickers import (
    BoilerplatePicker,
    ContactsPicker,
    SpeakerPicker,
)
from pressdesk.tui.screens.save_to_library import SaveToLibrary
from pressdesk.tui.suggesters import organisation_suggester, speaker_suggester

from .desk_app import DeskApp, sample_release, to_quote
from .desk_helpers import settle


def no_checks(release: object, setup: object) -> tuple[()]:
    return ()


def desk(library: Library | None, **kwargs: object) -> DeskApp:
    return DeskApp(library=library, check=no_checks, **kwargs)  # type: ignore[arg-type]


async def test_contacts_from_the_coalition_start_ticked_and_are_added(library: Library) -> None:
    app = desk(library, release=sample_release().replace(contacts=()))
    async with app.run_test(size=(120, 30)) as pilot:
        app.action_pick_contacts()
        await pilot.pause()
        assert isinstance(app.screen, ContactsPicker)
        people = app.screen.query_one("#contacts-people", SelectionList)
        # The coalition's two media contacts are ticked; its chair is listed but not ticked.
        assert people.option_count == 3
        assert sorted(people.selected) == ["Dana Whitfield", "Lee Park"]
        await pilot.press("down", "space")  # untick Lee Park
        await pilot.press("a")
        await pilot.pause()
    assert app.release.contacts == (
        Contact(
            "Dana Whitfield",
            "dana@example.org",
            "617-555-0143",
            "Harbor Coalition",
            "Communications Director",
        ),
    )


async def test_contacts_already_in_the_release_are_not_ticked_again(library: Library) -> None:
    app = desk(library)  # the sample release already lists Dana Whitfield
    async with app.run_test(size=(120, 30)) as pilot:
        app.action_pick_contacts()
        await pilot.pause()
        assert app.screen.query_one("#contacts-people", SelectionList).selected == ["Lee Park"]


async def test_a_quote_from_a_saved_spokesperson(library: Library) -> None:
    app = desk(library)
    async with app.run_test(size=(120, 30)) as pilot:
        app.action_pick_speaker()
        await pilot.pause()
        assert isinstance(app.screen, SpeakerPicker)
        orgs = app.screen.query_one("#speaker-orgs", OptionList)
        # Members come first: they are who a coalition statement quotes.
        assert [orgs.get_option_at_index(i).id for i in range(orgs.option_count)] == [
            "tenants-first",
            "fair-rent-now",
            "harbor-coalition",
        ]
        await pilot.press("enter")  # Tenants First
        await pilot.press("down", "enter")  # Omar Haddad
        await pilot.pause()
    last = app.release.body[-1]
    assert isinstance(last, Quote)
    assert last.speaker == Speaker("Omar Haddad", "Lead Organizer", "Tenants First")


async def test_a_boilerplate_from_the_library_remembers_where_it_came_from(
    library: Library,
) -> None:
    app = desk(library, release=sample_release().replace(boilerplate=()))
    async with app.run_test(size=(120, 30)) as pilot:
        app.action_pick_boilerplate()
        await pilot.pause()
        assert isinstance(app.screen, BoilerplatePicker)
        preview = str(app.screen.query_one("#boilerplate-text").render())
        assert "About the Harbor Coalition" in preview
        await pilot.press("down", "enter")
        await pilot.pause()
    assert app.release.boilerplate == (
        Boilerplate(
            "Tenants First",
            "Tenants First organizes renters across Bayport.",
            "",
            "tenants-first",
        ),
    )


async def test_escape_closes_a_picker_without_changing_the_release(library: Library) -> None:
    app = desk(library)
    async with app.run_test(size=(120, 30)) as pilot:
        before = app.release
        app.action_pick_speaker()
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SpeakerPicker)
    assert app.release == before


async def test_an_empty_library_says_how_to_fill_it(tmp_path: Path) -> None:
    app = desk(Library.open(tmp_path / "empty"))
    async with app.run_test(size=(120, 30)) as pilot:
        app.action_pick_speaker()
        await pilot.pause()
        help_text = str(app.screen.query_one(".picker-help").render())
        assert "no spokespeople yet" in help_text
        assert "library save-from" in help_text


async def test_a_new_speaker_is_saved_back_to_the_library_files(library: Library) -> None:
    release = sample_release()
    newcomer = Speaker("Rosa Delgado", "Campaign Lead", "Bayport Renters Union")
    body = (*release.body[:1], Quote(("We will keep organizing.",), newcomer))
    app = desk(library, release=release.replace(body=body))
    async with app.run_test(size=(120, 30)) as pilot:
        await to_quote(app, pilot)  # the cursor in Rosa Delgado's quote
        app.action_save_to_library()
        await settle(app, pilot)
        assert isinstance(app.screen, SaveToLibrary)
        # It says what saving changes, and nothing is written until Save is pressed.
        preview = str(app.screen.query_one("#save-preview").render())
        assert "added member Bayport Renters Union" in preview
        assert "Rosa Delgado" in preview
        assert not (library.path / "bayport-renters-union.toml").exists()
        await pilot.press("enter")  # Save has the focus
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, SaveToLibrary)
    saved = tomllib.loads((library.path / "bayport-renters-union.toml").read_text("utf-8"))
    assert saved["name"] == "Bayport Renters Union"
    assert saved["people"] == [
        {"name": "Rosa Delgado", "title": "Campaign Lead", "media_contact": False}
    ]
    assert any("Bayport Renters Union" in line for line in app.notes)
    # The app reopened the library: the newcomer can now be picked for the next quote.
    assert (
        app.editor.desk is not None
        and app.editor.desk.library.match("Bayport Renters Union") is not None
    )


async def test_a_promotion_typed_in_the_editor_updates_the_saved_title(library: Library) -> None:
    release = sample_release()
    promoted = Speaker("Ana Ruiz", "Co-Director", "Tenants First")
    body = (*release.body[:1], Quote(("Onward.",), promoted))
    app = desk(library, release=release.replace(body=body))
    async with app.run_test(size=(120, 30)) as pilot:
        await to_quote(app, pilot)
        app.action_save_to_library()
        await settle(app, pilot)
        await pilot.click("#save-go")
        await app.workers.wait_for_complete()
        await pilot.pause()
    people = tomllib.loads((library.path / "tenants-first.toml").read_text("utf-8"))["people"]
    assert [p["title"] for p in people if p["name"] == "Ana Ruiz"] == ["Co-Director"]
    assert len(people) == 2


async def test_suggestions_come_from_the_library_as_you_type(library: Library) -> None:
    from textual.app import App, ComposeResult

    class Fields(App[None]):
        def compose(self) -> ComposeResult:
            yield Input(id="org", suggester=organisation_suggester(lambda: library))
            yield Input(
                id="name",
                suggester=speaker_suggester(lambda: library, lambda: "Tenants First"),
            )

    app = Fields()
    async with app.run_test() as pilot:
        await pilot.click("#org")
        await pilot.press(*"fair")
        await pilot.press("right")  # accept the suggestion
        assert app.query_one("#org", Input).value == "Fair Rent Now"
        await pilot.click("#name")
        await pilot.press("o")
        await pilot.press("right")
        # Omar Haddad, of the organisation typed, not another group's person.
        assert app.query_one("#name", Input).value == "Omar Haddad"


async def test_contacts_from_two_organisations_in_one_go(library: Library) -> None:
    from textual.widgets import Select

    app = desk(library, release=sample_release().replace(contacts=()))
    async with app.run_test(size=(120, 30)) as pilot:
        app.action_pick_contacts()
        await pilot.pause()
        app.screen.query_one("#contacts-org", Select).value = "tenants-first"
        await pilot.pause()
        people = app.screen.query_one("#contacts-people", SelectionList)
        assert people.selected == []  # nobody at Tenants First is a media contact
        people.focus()
        await pilot.press("space")  # Ana Ruiz
        await pilot.press("a")
        await pilot.pause()
    # The coalition's ticked contacts were kept while another organisation was shown.
    assert [(c.name, c.org) for c in app.release.contacts] == [
        ("Dana Whitfield", "Harbor Coalition"),
        ("Lee Park", "Harbor Coalition"),
        ("Ana Ruiz", "Tenants First"),
    ]


def test_saving_a_boilerplate_keeps_the_old_one_and_names_its_library_slug(
    library: Library,
) -> None:
    from datetime import date

    from pressdesk.tui.screens.save_to_library import save_item

    typed = Boilerplate("Tenants First", "Tenants First organizes 5,000 renters across Bayport.")
    saved = save_item(library.path, typed, date(2026, 11, 24))
    assert saved.boilerplate == Boilerplate(typed.org, typed.text, "", "tenants-first")
    data = tomllib.loads((library.path / "tenants-first.toml").read_text("utf-8"))
    assert data["boilerplate"]["text"] == typed.text
    assert data["boilerplate"]["earlier"] == [
        {
            "replaced": date(2026, 11, 24),
            "text": "Tenants First organizes renters across Bayport.",
        }
    ]
    assert any("Tenants First" in line for line in saved.lines)


def test_saving_a_contact_marks_them_a_media_contact_of_their_organisation(
    library: Library,
) -> None:
    from datetime import date

    from pressdesk.tui.screens.save_to_library import save_item

    typed = Contact("Omar Haddad", "omar@example.org", "617-555-0199", "Tenants First")
    save_item(library.path, typed, date(2026, 11, 24))
    people = tomllib.loads((library.path / "tenants-first.toml").read_text("utf-8"))["people"]
    (omar,) = [p for p in people if p["name"] == "Omar Haddad"]
    assert omar == {
        "name": "Omar Haddad",
        "title": "Lead Organizer",
        "email": "omar@example.org",
        "phone": "617-555-0199",
        "media_contact": True,
    }


def test_a_speaker_without_an_organisation_is_not_saved(library: Library) -> None:
    import pytest

    from pressdesk.tui.screens.save_to_library import save_item

    before = sorted(p.name for p in library.path.iterdir())
    with pytest.raises(ValueError, match="needs a name and an organisation"):
        save_item(library.path, Speaker("Nobody Known"), sample_release().date)
    assert sorted(p.name for p in library.path.iterdir()) == before


async def test_save_to_library_needs_the_cursor_in_something_saveable(library: Library) -> None:
    app = desk(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.click("#headline")
        app.action_save_to_library()
        await pilot.pause()
        assert not isinstance(app.screen, SaveToLibrary)
    assert any("Put the cursor in a quote's speaker" in note for note in app.notes)
