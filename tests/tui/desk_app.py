"""A small desk app for the tests: a headline, a dateline, a quote text area, and the desk.

It mounts the desk through `DeskMixin` with the same few lines docs/desk-integration.md gives the
editor, so these tests exercise the code the editor runs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual import on
from textual.app import App, ComposeResult
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
from pressdesk.tui.checking import CheckFunction, LiveChecker
from pressdesk.tui.desk_commands import DeskCommands
from pressdesk.tui.desk_wiring import DESK_BINDINGS, DeskMixin
from pressdesk.tui.finding_steps import StepCount
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


class DeskApp(DeskMixin, App[None]):
    """The desk pieces mounted through `DeskMixin`, as the integration notes tell the editor to."""

    COMMANDS = App.COMMANDS | {DeskCommands}
    BINDINGS = DESK_BINDINGS
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
        self.notes: list[str] = []
        self.step = ""
        self.steps_visited: list[str] = []
        self.step_counts: dict[str, int] = {}

    # --- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal():
            with Vertical(id="editor"):
                yield LineField("headline", self.release.headline)
                yield LineField("dateline", self.release.dateline)
                yield QuoteField(self._quote_text(), id="quote")
            yield from self.compose_desk()
        yield Footer()

    def on_mount(self) -> None:
        # The test's own debounce and check function, on the checker the mixin mounted.
        self.checker.debounce = self.debounce
        if self.check is not None:
            self.checker.check_function = self.check
        self.desk_start()

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

    # --- what DeskMixin asks of its host ---------------------------------------------------------

    def desk_reload(self) -> None:
        for line in self.query(LineField):
            with line.prevent(Input.Changed):
                line.value = get_text(self.release, line.path)
        quote = self.query_one(QuoteField)
        if quote.text != self._quote_text():
            with quote.prevent(TextArea.Changed):
                quote.load_text(self._quote_text())

    def desk_changed(self) -> None:
        self.desk_check()

    def desk_go(self, step: str) -> None:
        self.step = step
        self.steps_visited.append(step)

    def desk_show_counts(self, counts: dict[str, StepCount]) -> None:
        self.step_counts = {step: count.total for step, count in counts.items()}

    # --- typing: every change is checked (debounced) --------------------------------------------

    @on(Input.Changed, "LineField")
    def _line_typed(self, event: Input.Changed) -> None:
        assert isinstance(event.input, LineField)
        if get_text(self.release, event.input.path) == event.value:
            return  # an Input reports its first value on mount: nothing was typed
        self.release = set_text(self.release, event.input.path, event.value)
        self.desk_changed()

    @on(TextArea.Changed, "#quote")
    def _quote_typed(self, event: TextArea.Changed) -> None:
        block = self.release.body[QUOTE]
        assert isinstance(block, Quote)
        paragraphs = tuple(p.strip() for p in event.text_area.text.split("\n\n") if p.strip())
        body = list(self.release.body)
        body[QUOTE] = Quote(paragraphs or ("",), block.speaker, block.style, block.approved)
        self.release = self.release.replace(body=tuple(body))
        self.desk_changed()

    # --- for the tests -------------------------------------------------------------------------

    def notify(self, message: str, **kwargs: object) -> None:  # type: ignore[override]
        self.notes.append(message)
        super().notify(message, **kwargs)  # type: ignore[arg-type]

    def findings_for(self, rule: str) -> list[Finding]:
        return [f for f in self.panel.findings if f.rule == rule]
