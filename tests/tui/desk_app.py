"""The real editor, for the desk's tests: a sample release in a file of its own, the desk's checker
given the test's debounce (and, for some tests, its own check function), and what the tests read
(the release, the panel, the notes shown) one attribute away."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.pilot import Pilot
from textual.widgets import TextArea

from pressdesk.findings import Finding
from pressdesk.library import Library
from pressdesk.model import Boilerplate, Contact, Paragraph, Quote, Release, Speaker
from pressdesk.store import save
from pressdesk.tui.app import PressdeskApp
from pressdesk.tui.checking import CheckFunction, CheckSetup, LiveChecker
from pressdesk.tui.desk import Desk
from pressdesk.tui.screens.editor import EditorScreen
from pressdesk.tui.widgets.findings_panel import FindingsPanel

QUOTE = 1  # the body block the quote tests edit


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


class TestDesk(Desk):
    """The desk with the test's debounce and, if given, its own check function."""

    def __init__(
        self, folder: Path, library: Library | None, debounce: float, check: CheckFunction | None
    ) -> None:
        super().__init__(folder, library)
        self.debounce = debounce
        self.check_function = check

    def compose(self) -> ComposeResult:
        yield LiveChecker(
            CheckSetup(folder=self._folder), debounce=self.debounce, check=self.check_function
        )


class DeskApp(PressdeskApp):
    """The editor on `release`, saved to `path` (a fresh temporary file if none is given)."""

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
        release = release or sample_release()
        if path is None:
            path = Path(tempfile.mkdtemp(prefix="desk-")) / "release.toml"
        save(path, release)
        super().__init__(path, release, cursor_blink=blink, library=library)
        self.debounce = debounce
        self.check = check
        self.notes: list[str] = []
        self.steps_visited: list[str] = []

    def on_mount(self) -> None:
        super().on_mount()
        self.watch(self.editor, "step", self._visited, init=False)

    def _visited(self, step: str) -> None:
        self.steps_visited.append(step)

    def get_default_screen(self) -> EditorScreen:
        editor = super().get_default_screen()
        editor.desk = TestDesk(editor.path.parent, self.library, self.debounce, self.check)
        return editor

    @property
    def release(self) -> Release:
        return self.editor.release

    @property
    def checker(self) -> LiveChecker:
        return self.editor.query_one(LiveChecker)

    @property
    def panel(self) -> FindingsPanel:
        return self.editor.query_one(FindingsPanel)

    @property
    def step_counts(self) -> dict[str, int]:
        return {step: count.total for step, count in self.panel.counts_by_step().items()}

    def quote_area(self) -> TextArea:
        """The text area of the sample's quote (on the Story step)."""
        found = [
            w
            for w in self.editor.query(TextArea)
            if getattr(w, "path", "") == f"body[{QUOTE}].paragraphs"
        ]
        assert len(found) == 1, "go to the Story step first"
        return found[0]

    def notify(self, message: str, **kwargs: Any) -> None:
        self.notes.append(message)
        super().notify(message, **kwargs)

    def findings_for(self, rule: str) -> list[Finding]:
        return [f for f in self.panel.findings if f.rule == rule]

    # --- the desk's actions, as the editor's keys and palette reach them ---------------------------

    def action_export(self, fmt: str = "") -> None:
        self.editor.action_export(fmt)

    def action_pick_contacts(self) -> None:
        self._desk().pick("contacts", self.release)

    def action_pick_speaker(self) -> None:
        self._desk().pick("story", self.release)

    def action_pick_boilerplate(self) -> None:
        self._desk().pick("boilerplate", self.release)

    def action_save_to_library(self) -> None:
        self.editor.action_save_to_library()

    def _desk(self) -> Desk:
        return self.editor.desk


async def to_quote(app: DeskApp, pilot: Pilot[None]) -> TextArea:
    """Go to the Story step and click in the sample's quote, as a user would."""
    await pilot.press("f4")
    await app.editor.step_ready.wait()
    area = app.quote_area()
    area.scroll_visible(animate=False)
    await pilot.pause()
    await pilot.click(area)
    await pilot.pause()
    return area
