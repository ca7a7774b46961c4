"""Findings map onto the editor's steps, and each step's counts add up."""

from __future__ import annotations

import pytest

from pressdesk.findings import Finding, Severity
from pressdesk.tui.finding_steps import count_by_step, group_by_step
from pressdesk.tui.steps import STEP_IDS, step_of


@pytest.mark.parametrize(
    ("field", "step"),
    [
        ("headline", "release"),
        ("subheadline", "release"),
        ("date", "release"),
        ("dateline", "release"),
        ("embargo", "release"),
        ("zone", "release"),
        ("end_mark", "release"),
        ("contacts", "contacts"),
        ("contacts[1].email", "contacts"),
        ("body", "story"),
        ("body[3].paragraphs[1]", "story"),
        ("body[2].speaker.org", "story"),
        ("boilerplate[0].text", "boilerplate"),
        ("release", "review"),
    ],
)
def test_each_field_belongs_to_the_step_that_edits_it(field: str, step: str) -> None:
    assert step_of(field) == step


def _finding(field: str, severity: str, rule: str = "some-rule") -> Finding:
    return Finding(rule, Severity(severity), "message", field)


def test_counts_cover_every_step_and_split_by_severity() -> None:
    findings = [
        _finding("headline", "error"),
        _finding("dateline", "warning"),
        _finding("body[1].paragraphs[0]", "info"),
        _finding("body[2].text", "info"),
        _finding("release", "error"),
    ]
    counts = count_by_step(findings)
    assert list(counts) == list(STEP_IDS)
    assert (counts["release"].errors, counts["release"].warnings) == (1, 1)
    assert counts["story"].infos == 2
    assert counts["contacts"].total == 0
    assert counts["review"].total == 1


def test_groups_keep_reading_order_and_leave_out_empty_steps() -> None:
    findings = [
        _finding("release", "error", "a"),
        _finding("headline", "error", "b"),
        _finding("body[0].text", "info", "c"),
        _finding("dateline", "info", "d"),
    ]
    groups = group_by_step(findings)
    assert list(groups) == ["release", "story", "review"]
    assert [f.rule for f in groups["release"]] == ["b", "d"]
