"""A small desk app for the tests: a headline, a quote text area, the checker and the panel.

It wires the pieces exactly as docs/desk-integration.md tells the main app to, so these tests
exercise the same few lines the editor runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Input, TextArea

from pressdesk.findings import Finding
from pressdesk.library import Library
from pressdesk.model import (
    Boilerplate,
    Contact,
    Paragraph,
    Quote,
    Release,
    Speaker,
    get_text,
    set_text,
)
from pressdesk.tui.checking import CheckFunction, CheckSetup, FindingsReady, LiveChecker
from pressdesk.tui.desk_commands import DeskCommands
from pressdesk.tui.fixing import FixError, FixHistory
from pressdesk.tui.library_actions import boilerplate_from, speaker_from
from pressdesk.tui.screens.export_screen import ExportScreen
from pressdesk.tui.screens.library_pickers import (
    BoilerplatePicker,
    ContactsPicker,
    Saved,
    SaveToLibrary,
    SpeakerPicker,
)
from pressdesk.tui.spans import select_finding
from pressdesk.tui.widgets.findings_panel import FindingsPanel

QUOTE = 1  # the body block the quote area edits


class LineField(Input):
    """A one-line field that edits the top-level text field `path` (headline, dateline)."""

    def __init__(self, path: str, value: str) -> None:
        super().__init__(value, id=path, select_on_focus=False)
        self.path = path


class QuoteField(TextArea):
    path = f"body[{QUOTE}].paragraphs"


def sample_release() -> Release:
    return Release(
        date=date(2026, 11, 24),
        headline="Harbor Coalition Welcomes Rent Board Vote",
        dateline="BOSTON",
        contacts=(
            Contact("Dana Whitfield", "dana@example.org", "617-555-0143", "Harbor Coalition"),
        ),
        body=(
            Paragraph("The Harbor Coalition welcomed the vote on Tuesday, its members said."),
            Quote(("This vote is a start.",), Speaker("Ana Ruiz", "Director", "Tenants First")),
        ),
        boilerplate=(Boilerplate("Harbor Coalition", "The Harbor Coalition is 30 groups."),),
    )


class DeskApp(App[None]):
    """The desk pieces mounted the way the integration notes say."""

    COMMANDS = App.COMMANDS | {DeskCommands}
    BINDINGS = [
        Binding("ctrl+u", "undo_fix", "Undo fix", id="desk.undo-fix", tooltip="Undo the last fix"),
    ]
    CSS = """
    #editor { width: 2fr; }
    #quote { height: 1fr; }
    """

    def __init__(
        self,
        release: Release | None = None,
        *,
        path: Path | None = None,
        library: Library | None = None,
        debounce: float = 0.05,
        check: CheckFunction | None = None,
        blink: bool = True,
    ) -> None:
        super().__init__()
        self.blink = blink
        self.release = release or sample_release()
        self.path = path
        self.library = library
        self.debounce = debounce
        self.check = check
        self.fixes = FixHistory()
        self.notes: list[str] = []

    # --- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal():
            with Vertical(id="editor"):
                yield LineField("headline", self.release.headline)
                yield LineField("dateline", self.release.dateline)
                yield QuoteField(self._quote_text(), id="quote")
            yield FindingsPanel(profile=self.release.profile)
        yield LiveChecker(
            CheckSetup(folder=self.path.parent if self.path else None, library=self.library),
            debounce=self.debounce,
            check=self.check,
            id="checker",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.checker.check_now(self.release)

    def on_descendant_mount(self, event: object) -> None:
        # Snapshots turn the blinking cursor off so every frame is the same.
        widget = getattr(event, "widget", None)
        if not self.blink and isinstance(widget, Input | TextArea):
            widget.cursor_blink = False

    @property
    def checker(self) -> LiveChecker:
        return self.query_one(LiveChecker)

    @property
    def panel(self) -> FindingsPanel:
        return self.query_one(FindingsPanel)

    def _quote_text(self) -> str:
        block = self.release.body[QUOTE]
        return "\n\n".join(block.paragraphs) if isinstance(block, Quote) else ""

    def load(self, release: Release) -> None:
        """Put a release into the fields (after a fix or an undo) and check it."""
        self.release = release
        for line in self.query(LineField):
            with line.prevent(Input.Changed):
                line.value = get_text(release, line.path)
        quote = self.query_one(QuoteField)
        if quote.text != self._quote_text():
            with quote.prevent(TextArea.Changed):
                quote.load_text(self._quote_text())
        self.checker.check_now(release)

    # --- typing: every change is checked (debounced) --------------------------------------------

    @on(Input.Changed, "LineField")
    def _line_typed(self, event: Input.Changed) -> None:
        assert isinstance(event.input, LineField)
        if get_text(self.release, event.input.path) == event.value:
            return  # an Input reports its first value on mount: nothing was typed
        self.release = set_text(self.release, event.input.path, event.value)
        self.checker.check(self.release)

    @on(TextArea.Changed, "#quote")
    def _quote_typed(self, event: TextArea.Changed) -> None:
        block = self.release.body[QUOTE]
        assert isinstance(block, Quote)
        paragraphs = tuple(p.strip() for p in event.text_area.text.split("\n\n") if p.strip())
        body = list(self.release.body)
        body[QUOTE] = Quote(paragraphs or ("",), block.speaker, block.style, block.approved)
        self.release = self.release.replace(body=tuple(body))
        self.checker.check(self.release)

    # --- the integration lines ----------------------------------------------------------------

    def on_findings_ready(self, message: FindingsReady) -> None:
        self.panel.show(message.findings, message.generation)

    def on_findings_panel_selected(self, message: FindingsPanel.Selected) -> None:
        select_finding(self.screen, message.finding)

    def on_findings_panel_fix_requested(self, message: FindingsPanel.FixRequested) -> None:
        try:
            self.load(self.fixes.apply(self.release, message.finding))
        except FixError as exc:
            self.notify(str(exc), severity="warning")

    def on_findings_panel_profile_changed(self, message: FindingsPanel.ProfileChanged) -> None:
        self.load(self.release.replace(profile=message.profile))

    def action_undo_fix(self) -> None:
        try:
            release, _undone = self.fixes.undo(self.release)
        except FixError as exc:
            self.notify(str(exc), severity="warning")
            return
        self.load(release)

    # --- actions the palette calls by name ----------------------------------------------------

    def action_export(self, fmt: str = "") -> None:
        self.push_screen(
            ExportScreen(
                self.release, self.path, formats=[fmt] if fmt else None, setup=self.checker.setup
            )
        )

    def action_check_profile(self, profile: str) -> None:
        self.panel.profile = profile
        self.load(self.release.replace(profile=profile))

    def action_pick_contacts(self) -> None:
        if self.library is not None:
            self.push_screen(ContactsPicker(self.library, self.release), self.add_contacts)

    def action_pick_speaker(self) -> None:
        if self.library is not None:
            self.push_screen(SpeakerPicker(self.library, self.release), self.add_quote)

    def action_pick_boilerplate(self) -> None:
        if self.library is not None:
            self.push_screen(BoilerplatePicker(self.library, self.release), self.add_boilerplate)

    def action_insert_boilerplate(self, slug: str) -> None:
        if self.library is not None:
            self.add_boilerplate(boilerplate_from(self.library.orgs[slug]))

    def action_add_quote_from(self, slug: str, name: str) -> None:
        if self.library is not None:
            org = self.library.orgs[slug]
            person = org.person(name)
            if person is not None:
                self.add_quote(speaker_from(org, person))

    def action_save_to_library(self) -> None:
        block = self.release.body[QUOTE]
        if self.library is not None and isinstance(block, Quote) and block.speaker:
            self.push_screen(
                SaveToLibrary(self.library.path, block.speaker, today=self.release.date),
                self.saved,
            )

    # --- what the pickers give back -----------------------------------------------------------

    def add_contacts(self, contacts: Sequence[Contact] | None) -> None:
        if contacts:
            self.load(self.release.replace(contacts=self.release.contacts + tuple(contacts)))

    def add_quote(self, speaker: Speaker | None) -> None:
        if speaker is not None:
            quote = Quote(("",), speaker)
            self.load(self.release.replace(body=(*self.release.body, quote)))

    def add_boilerplate(self, boilerplate: Boilerplate | None) -> None:
        if boilerplate is not None:
            blocks = (*self.release.boilerplate, boilerplate)
            self.load(self.release.replace(boilerplate=blocks))

    def saved(self, saved: Saved | None) -> None:
        if saved is not None:
            self.library = Library.open(self.library.path) if self.library else None
            self.checker.refresh_setup(library=self.library)  # library rules see the new file
            self.notify("\n".join(saved.lines), title="Saved to the library")

    # --- for the tests -------------------------------------------------------------------------

    def notify(self, message: str, **kwargs: object) -> None:  # type: ignore[override]
        self.notes.append(message)
        super().notify(message, **kwargs)  # type: ignore[arg-type]

    def findings_for(self, rule: str) -> list[Finding]:
        return [f for f in self.panel.findings if f.rule == rule]
