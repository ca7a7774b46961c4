"""Which editor step a finding belongs to, and findings counted per step.

Pure functions (no Textual): the findings panel groups by them and the step list shows the counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pressdesk.findings import Finding, Severity

# The editor's steps in order, as (id, label). The ids are those of the step widgets.
STEPS: tuple[tuple[str, str], ...] = (
    ("release", "Release"),
    ("contacts", "Contacts"),
    ("story", "Story"),
    ("boilerplate", "Boilerplate"),
    ("review", "Review"),
)
STEP_IDS: tuple[str, ...] = tuple(step for step, _ in STEPS)
STEP_LABELS: dict[str, str] = dict(STEPS)


def step_of(field: str) -> str:
    """The step whose widgets edit `field` (a field path such as `body[3].paragraphs[1]`).

    `release` (the whole document) belongs to Review; any other top-level field (headline,
    date, dateline, embargo, zone, end mark, profile…) to Release.
    """
    head = field.split(".", 1)[0].split("[", 1)[0]
    if head == "contacts":
        return "contacts"
    if head == "body":
        return "story"
    if head == "boilerplate":
        return "boilerplate"
    if head == "release" or not head:
        return "review"
    return "release"


@dataclass(frozen=True)
class StepCount:
    """How many findings a step has, and how bad the worst is."""

    errors: int = 0
    warnings: int = 0
    infos: int = 0

    @property
    def total(self) -> int:
        return self.errors + self.warnings + self.infos

    @property
    def worst(self) -> Severity | None:
        if self.errors:
            return Severity.ERROR
        if self.warnings:
            return Severity.WARNING
        if self.infos:
            return Severity.INFO
        return None

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
