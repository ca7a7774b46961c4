"""Safe fixes applied from the findings panel (Textual-free, so it is tested directly).

A fix changes one field, through the same code as `check --fix`; the editor's history
(`tui/history.py`) takes it back.
"""

from __future__ import annotations

from dataclasses import dataclass

from pressdesk.findings import Finding
from pressdesk.model import FieldPathError, Release, get_text


class FixError(Exception):
    """A fix that cannot be applied or undone; the message says why, for a notification."""


@dataclass(frozen=True)
class AppliedFix:
    """One fix applied: which finding, which field, and its text before and after."""

    finding: Finding
    field: str
    before: str
    after: str
    release_before: Release
    release_after: Release


def apply_fix(release: Release, finding: Finding) -> tuple[Release, AppliedFix]:
    """The release with `finding`'s safe fix applied, through the same code as `check --fix`."""
    from pressdesk.checks import apply_fixes

    if finding.fix is None:
        raise FixError(f"{finding.rule}: this finding has no safe fix")
    field = finding.fix.field
    try:
        before = get_text(release, field)
    except FieldPathError as exc:
        raise FixError(f"{finding.rule}: the field it points at is gone") from exc
    fixed, _applied = apply_fixes(release, [finding])
    after = get_text(fixed, field)
    if fixed == release:
        raise FixError(f"{finding.rule}: nothing to fix any more (the text has changed)")
    return fixed, AppliedFix(finding, field, before, after, release, fixed)
