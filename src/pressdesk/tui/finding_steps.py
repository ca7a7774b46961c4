"""Findings counted and grouped by the editor step that shows their field (`steps.step_of`).

Pure functions (no Textual): the findings panel groups by them and the step list shows the counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from pressdesk.findings import Finding, Severity
from pressdesk.tui.steps import STEP_IDS, step_of


@dataclass(frozen=True)
class StepCount:
    """How many findings a step has, and how bad the worst is."""

    errors: int = 0
    warnings: int = 0
    infos: int = 0

    @property
    def total(self) -> int:
        return self.errors + self.warnings + self.infos

    def add(self, severity: Severity) -> StepCount:
        return StepCount(
            self.errors + (severity is Severity.ERROR),
            self.warnings + (severity is Severity.WARNING),
            self.infos + (severity is Severity.INFO),
        )


def count_by_step(findings: Iterable[Finding]) -> dict[str, StepCount]:
    """Every step (in order, even those with none) with the count of its findings."""
    counts = {step: StepCount() for step in STEP_IDS}
    for finding in findings:
        step = step_of(finding.field)
        counts[step] = counts[step].add(finding.severity)
    return counts


def group_by_step(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """The findings of each step that has any, steps in editor order, findings in given order."""
    groups: dict[str, list[Finding]] = {step: [] for step in STEP_IDS}
    for finding in findings:
        groups[step_of(finding.field)].append(finding)
    return {step: items for step, items in groups.items() if items}


# A quote block's whole speaker (`body[3].speaker`), or an orphan quote's text (`quote-attributed`
# points at the words with no speaker): the staffer fixes either in the Speaker field.
_SPEAKER = re.compile(r"^(?P<quote>body\[\d+\])\.speaker$")
_QUOTE = re.compile(r"^(?P<quote>body\[\d+\])(?:\.|$)")
_ORPHAN = re.compile(r"^(?P<quote>body\[\d+\])(?:\.paragraphs\[\d+\])?$")


def jump_target(finding: Finding) -> Finding:
    """The finding as the editor jumps to it: a quote not approved goes to its Sign-off box; one
    about a quote's speaker to the quote's Speaker field (nothing selected there, so a key typed
    next cannot replace the name); any other to its own field and span."""
    if finding.rule == "quote-approved" and (quote := _QUOTE.match(finding.field)):
        return replace(finding, field=f"{quote['quote']}.approved", start=None, end=None)
    found = _SPEAKER.match(finding.field)
    if found is None and finding.rule == "quote-attributed":
        found = _ORPHAN.match(finding.field)
    if found is None:
        return finding
    return replace(finding, field=f"{found['quote']}.speaker.name", start=None, end=None)
