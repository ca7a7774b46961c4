"""Safe fixes applied from the desk, each one undoable (Textual-free, so it is tested directly).

A fix changes one field. Undo puts that field's old text back, as long as nobody has typed in it
since; edits to other fields made after the fix are kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from pressdesk.findings import Finding
from pressdesk.model import FieldPathError, Release, get_text, set_text


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


class FixHistory:
    """The fixes applied from the panel, newest last, for undo."""

    def __init__(self) -> None:
        self._done: list[AppliedFix] = []

    def __len__(self) -> int:
        return len(self._done)

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    def apply(self, release: Release, finding: Finding) -> Release:
        """Apply `finding`'s fix and remember it."""
        fixed, applied = apply_fix(release, finding)
        self._done.append(applied)
        return fixed

    def undo(self, release: Release) -> tuple[Release, AppliedFix]:
        """Undo the newest fix: its field gets its old text back."""
        if not self._done:
            raise FixError("no fix to undo")
        last = self._done.pop()
        if release == last.release_after:
            return last.release_before, last  # nothing typed since: step back exactly
        try:
            current = get_text(release, last.field)
            if current != last.after:
                raise FixError(f"cannot undo {last.finding.rule}: the field was edited since")
            return set_text(release, last.field, last.before), last
        except FieldPathError as exc:
            raise FixError(f"cannot undo {last.finding.rule}: the field is gone") from exc
