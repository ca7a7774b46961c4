"""Spelling in the editor: a finding's suggestions as choices, and its word for the library.

A suggestion changes a word, so it is never a safe fix (`--fix` never applies one): the staffer
chooses it. Choosing one becomes a one-off `Fix` over the word's span, applied through the
editor's fix path so one ctrl+z takes it back (tui/history.py). The span is trusted only while
the field still says, at that place, the word the checks saw. No Textual here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pressdesk.findings import Finding, Fix
from pressdesk.model import FieldPathError, Release, get_text

SPELLING = "spelling"
CHOICES = 5  # suggestions offered at most, best first
# The spelling rule's messages open with the word in curly quotes (checks/spelling.py, `message`).
_QUOTED = re.compile(r"^“([^”]+)”")


def offers_choices(finding: Finding) -> bool:
    """Whether the finding has words to choose from and a span to put the chosen one."""
    return bool(finding.suggestions) and finding.start is not None and finding.end is not None


def choices(finding: Finding) -> tuple[str, ...]:
    """The suggestions offered, best first."""
    return finding.suggestions[:CHOICES] if offers_choices(finding) else ()


def named_word(finding: Finding) -> str:
    """The word the finding is about, as its message names it ("" when it names none)."""
    found = _QUOTED.match(finding.message)
    return found[1] if found else ""


def span_text(release: Release, finding: Finding) -> str | None:
    """The text of the finding's span in `release`, or None when the field or span is gone."""
    if finding.start is None or finding.end is None:
        return None
    try:
        text = get_text(release, finding.field)
    except (FieldPathError, IndexError, KeyError, ValueError, AttributeError):
        return None
    if not 0 <= finding.start <= finding.end <= len(text):
        return None
    return text[finding.start : finding.end]


def suggestion_fix(
    checked: Release | None, current: Release, finding: Finding, word: str
) -> Finding | None:
    """`finding` with a fix that puts `word` in place of the word at fault, or None when the
    text has changed there since the checks saw it (the next check offers fresh choices)."""
    seen = span_text(checked, finding) if checked is not None else named_word(finding)
    now = span_text(current, finding)
    if not seen or now != seen or not word.strip():
        return None
    assert finding.start is not None and finding.end is not None
    return replace(finding, fix=Fix(finding.field, finding.start, finding.end, word))
