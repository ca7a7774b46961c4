"""Safe fixes applied from the findings panel, the palette and the fix-all key (Textual-free, so
it is tested directly).

A fix changes one field, and fix-all every field with a safe fix, through the same code as
`check --fix`; the editor's history (`tui/history.py`) takes either back in one step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pressdesk.findings import Finding
from pressdesk.model import (
    Boilerplate,
    BulletList,
    Contact,
    FieldPathError,
    Heading,
    Quote,
    Release,
    get_text,
)
from pressdesk.tui.edits import Group, SetField

if TYPE_CHECKING:
    from pressdesk.checks.context import Context


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


def fix_everything(release: Release, context: Context) -> tuple[Group, int]:
    """Every safe fix in the release at once, through the same code as `check --fix`, as one
    edit (one undo takes it all back), and how many fixes it makes."""
    from pressdesk.checks import fix_all

    fixed, applied = fix_all(release, context)
    paths = dict.fromkeys(f.fix.field for f in applied if f.fix is not None)
    edits = tuple(
        SetField(path, after)
        for path in paths
        if (after := get_text(fixed, path)) != get_text(release, path)
    )
    return Group(edits), len(applied) if edits else 0


def what_it_fixes(finding: Finding) -> str:
    """A finding's message as a short name for its fix: "typed closing mark", "double space"."""
    what = finding.message.split(": ", 1)[0].strip()
    for article in ("a ", "an ", "the "):
        if what.lower().startswith(article):
            what = what[len(article) :]
            break
    return what if len(what) <= 60 else what[:59].rstrip() + "…"


_PLACE = re.compile(r"^(?P<list>contacts|body|boilerplate)\[(?P<index>\d+)\]")


def place_of(release: Release, field: str) -> str:
    """Where a field is, as a staffer finds it: "quote 3, Marisol Vega", "paragraph 2",
    "contact 1, Dana Whitfield", "headline"."""
    found = _PLACE.match(field)
    if found is None:
        return field.split(".", 1)[0].replace("_", " ")
    index = int(found["index"])
    items = getattr(release, found["list"])
    if index >= len(items):
        return field
    item = items[index]
    if isinstance(item, Contact):
        return f"contact {index + 1}, {item.name}" if item.name else f"contact {index + 1}"
    if isinstance(item, Boilerplate):
        return f"boilerplate, {item.org}" if item.org else f"boilerplate {index + 1}"
    return _block_place(release, index)


def _block_place(release: Release, index: int) -> str:
    block = release.body[index]
    if block is release.lede:
        return "lede"
    ordinal = sum(isinstance(b, type(block)) for b in release.body[: index + 1])
    if isinstance(block, Quote):
        who = block.speaker.who if block.speaker is not None else ""
        return f"quote {ordinal}, {who}" if who else f"quote {ordinal}"
    if isinstance(block, Heading):
        return f"heading “{block.text}”" if block.text else f"heading {ordinal}"
    return f"{'list' if isinstance(block, BulletList) else 'paragraph'} {ordinal}"
