"""The list of steps down the side: where you are, which steps still lack something, and keys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from pressdesk.tui.steps import STEPS

if TYPE_CHECKING:
    from pressdesk.tui.finding_steps import StepCount


class StepList(OptionList):
    """Click a step (or press its key) to go there. A step marked ✗ still lacks a required part."""

    HELP = """\
### Steps
A release goes Release → Contacts → Story → Boilerplate → Review. Every step is one key away
(F2 to F6), or use Next and Back. A ✗ marks a step that still lacks a required part; ✓ one
that has what it needs. A ● and a number count the step's findings (red: errors; F7 lists them)."""

    @dataclass
    class StepChosen(Message):
        """The user picked a step in the list."""

        step: str

    def __init__(self) -> None:
        super().__init__(*[Option(s.title, id=s.id) for s in STEPS], id="steps", compact=True)
        self.problems: dict[str, int] = {}
        self.counts: dict[str, int] = {}
        self.findings: dict[str, StepCount] = {}
        self._shown: dict[str, str] = {}  # each step's line as shown (Content markup)

    def show(self, problems: dict[str, int], counts: dict[str, int] | None = None) -> None:
        """Mark each step with its number of problems (and, later, findings counts)."""
        counts = counts or {}
        if problems == self.problems and counts == self.counts:
            return
        self.problems, self.counts = dict(problems), dict(counts)
        self._reprompt()

    def show_findings(self, findings: dict[str, StepCount]) -> None:
        """Mark each step with its number of findings, coloured by the worst."""
        if findings == self.findings:
            return
        self.findings = dict(findings)
        self._reprompt()

    def _reprompt(self) -> None:
        # Only the steps whose line changed: each replacement clears the list's render caches.
        for s in STEPS:
            prompt = self._prompt(s.id, s.title, s.key)
            if prompt.markup != self._shown.get(s.id):
                self._shown[s.id] = prompt.markup
                self.replace_option_prompt(s.id, prompt)

    def _prompt(self, step: str, title: str, key: str) -> Content:
        missing = self.problems.get(step, 0)
        count = self.counts.get(step)
        mark = (
            Content.from_markup(" [$text-error]✗[/]")
            if missing
            else Content.from_markup(" [$text-success]✓[/]")
        )
        if step == "review":
            mark = Content("")
        label = Content.from_markup(f"[dim]{key.upper()}[/] {title}")
        if count:
            label += Content(f" {count}")
        found = self.findings.get(step)
        if found is not None and found.total:
            style = (
                "$text-error"
                if found.errors
                else "$text-warning"
                if found.warnings
                else "$text-muted"
            )
            mark += Content.from_markup(f" [{style}]●{found.total}[/]")
        return label + mark

    def on_mount(self) -> None:
        for s in STEPS:
            self.replace_option_prompt(s.id, self._prompt(s.id, s.title, s.key))

    def select_step(self, step: str) -> None:
        self.highlighted = self.get_option_index(step)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.StepChosen(event.option.id))
