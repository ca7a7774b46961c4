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
        self.problems: dict[str, int] = {}
        self.counts: dict[str, int] = {}
        self.findings: dict[str, StepCount] = {}
        # Each step's line as shown, as the parts `Content.assemble` takes: built from parts, not
        # markup, and compared as parts, since parsing markup cost the first frame 2 ms.
        self._shown = {s.id: self._line(s.id, s.title, s.key) for s in STEPS}
        super().__init__(
            *[Option(Content.assemble(*self._shown[s.id]), id=s.id) for s in STEPS],
            id="steps",
            compact=True,
        )

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
            line = self._line(s.id, s.title, s.key)
            if line != self._shown[s.id]:
                self._shown[s.id] = line
                self.replace_option_prompt(s.id, Content.assemble(*line))

    def _line(self, step: str, title: str, key: str) -> tuple[str | tuple[str, str], ...]:
        """The step's line: its key, its title, how many items it has, ✗ or ✓, and a ● with
        its number of findings, coloured by the worst."""
        parts: list[str | tuple[str, str]] = [(key.upper(), "dim"), f" {title}"]
        if count := self.counts.get(step):
            parts.append(f" {count}")
        if step != "review":
            missing = self.problems.get(step, 0)
            parts += [" ", ("✗", "$text-error") if missing else ("✓", "$text-success")]
        found = self.findings.get(step)
        if found is not None and found.total:
            style = (
                "$text-error"
                if found.errors
                else "$text-warning"
                if found.warnings
                else "$text-muted"
            )
            parts += [" ", (f"●{found.total}", style)]
        return tuple(parts)

    def select_step(self, step: str) -> None:
        self.highlighted = self.get_option_index(step)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.StepChosen(event.option.id))
