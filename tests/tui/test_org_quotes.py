"""Statements issued by an organisation, not a person: the editor lets the Speaker name stay
empty, names the quote after its organisation, and a finding about a quote's speaker takes the
cursor to the Speaker field."""

from __future__ import annotations

from textual.widgets import Label

from pressdesk.findings import Finding, Severity
from pressdesk.model import Quote, Speaker
from pressdesk.store import load
from pressdesk.tui.finding_steps import jump_target
from pressdesk.tui.widgets.blocks import QuoteCard

from .desk_app import DeskApp, sample_release
from .desk_helpers import settle
from .test_findings_flow import highlight
from .tui_helpers import field, type_here


def titles(app: DeskApp) -> list[str]:
    return [
        str(card.query_one(".card-title", Label).render()) for card in app.editor.query(QuoteCard)
    ]


async def test_an_organisation_only_quote_is_named_after_the_organisation_and_not_an_orphan() -> (
    None
):
    release = sample_release()
    mijente = Quote(("We stand with renters.",), Speaker("", org="Mijente"), approved=True)
    app = DeskApp(release.replace(body=(*release.body, mijente)))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("f4")
        await settle(app, pilot)
        assert titles(app) == ["Quote: Ana Ruiz", "Quote: Mijente"]
        assert not [f for f in app.panel.findings if f.field.startswith("body[2]")]

        # Ana Ruiz's quote becomes her organisation's: the name is emptied, nothing complains.
        await pilot.click(field(pilot, "body[1].speaker.name"))
        await pilot.press("ctrl+u")
        await settle(app, pilot)
        assert titles(app) == ["Quote: Tenants First", "Quote: Mijente"]
        assert not app.findings_for("quote-attributed")
        assert not [f for f in app.findings_for("speaker-header-format")]
        await pilot.press("ctrl+s")
    saved = load(app.editor.path)
    assert saved.body[1] == Quote(
        ("This vote is a start.",), Speaker("", "Director", "Tenants First"), "statement"
    )


async def test_a_finding_about_a_quotes_speaker_goes_to_the_speaker_field() -> None:
    release = sample_release()
    orphan = Quote(("Rents are too high.",), None, approved=True)
    app = DeskApp(release.replace(body=(*release.body, orphan)))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await highlight(app, pilot, "quote-attributed")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.focused is field(pilot, "body[2].speaker.name")
        await type_here(pilot, "Omar Haddad")
        await settle(app, pilot)
        assert not app.findings_for("quote-attributed")


def test_where_each_speaker_finding_jumps() -> None:
    def at(rule: str, path: str) -> str:
        return jump_target(Finding(rule, Severity.ERROR, "…", path, 0, 4)).field

    assert at("quote-attributed", "body[3].paragraphs[0]") == "body[3].speaker.name"
    assert at("quote-attributed", "body[3]") == "body[3].speaker.name"
    assert at("quote-attributed", "body[2].text") == "body[2].text"  # a paragraph that quotes
    assert at("library-speaker", "body[3].speaker") == "body[3].speaker.name"
    assert at("speaker-header-format", "body[3].speaker.title") == "body[3].speaker.title"
    assert at("quote-nested", "body[3].paragraphs[1]") == "body[3].paragraphs[1]"
    assert at("quote-approved", "body[3].speaker") == "body[3].approved"
    assert at("quote-approved", "body[3].paragraphs[0]") == "body[3].approved"


async def test_enter_on_a_quote_not_approved_goes_to_its_sign_off_and_space_signs_it() -> None:
    """In tmux, Enter on "Ana Ruiz has not approved this quote" then space (as a checkbox wants)
    went to the Speaker field and the space replaced her name."""
    app = DeskApp(sample_release())
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await highlight(app, pilot, "quote-approved")
        await pilot.press("enter")
        await settle(app, pilot)
        assert getattr(app.focused, "path", None) == "body[1].approved"
        await pilot.press("space")
        await settle(app, pilot)
        assert not app.findings_for("quote-approved")
        await pilot.press("ctrl+s")
    saved = load(app.editor.path).body[1]
    assert isinstance(saved, Quote) and saved.approved
    assert saved.speaker == Speaker("Ana Ruiz", "Director", "Tenants First")
