"""End marks and boilerplate: ### where it belongs, one style, and a short "About" block."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pressdesk.checks.context import Context
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import count_words, finding, prose_fields
from pressdesk.findings import Finding
from pressdesk.model import END_MARKS, Release

# An end mark typed into a text field, on its own or at the end.
TYPED_END_MARK = lazy_pattern(
    r"(?:^|\s+)(#\s?#\s?#|-\s?30\s?-|-END-|[–—-]\s?end\s?[–—-])\s*$", re.IGNORECASE
)


def _style(mark: str) -> str:
    squashed = mark.replace(" ", "").upper()
    return "###" if squashed == "###" else "-30-" if squashed == "-30-" else "-END-"


@rule(
    "end-mark-present",
    "error",
    "The release ends its body with an end mark (### or -30-).",
    "PETNW, CANADY, WIKI-PR, NPMT, COLUM",
)
def end_mark_present(release: Release, ctx: Context) -> Iterator[Finding]:
    if release.end_mark not in END_MARKS:
        yield finding(
            "end-mark-present",
            "error",
            f"end mark {release.end_mark!r} is not ### or -30-",
            "end_mark",
        )


def _typed_marks(release: Release) -> Iterator[tuple[str, int, int, str, bool]]:
    """(field, start, end, mark, the mark is the field's whole text) for end marks typed in text."""
    for f in prose_fields(release, dateline=False):
        if f.kind == "headline" or f.kind == "subheadline":
            continue
        # Only the end of a field can hold a typed end mark: look at its last few characters
        # (up to the trailing spaces, however many: `$` matches at the window's end).
        content_end = len(f.text.rstrip())
        tail_start = max(0, content_end - 12)
        m = TYPED_END_MARK.search(f.text, tail_start, content_end)
        if m:
            start = m.start() if m.start() > tail_start or tail_start == 0 else m.start(1)
            yield f.path, start, m.end(), m.group(1), not f.text[:start].strip()


@rule(
    "end-mark-style",
    "warning",
    "One end-mark style per release: no -30- typed in a ### release, or the reverse.",
    "WIKI-PR, BSB",
)
def end_mark_style(release: Release, ctx: Context) -> Iterator[Finding]:
    for path, start, end, mark, _ in _typed_marks(release):
        if _style(mark) != _style(release.end_mark):
            yield finding(
                "end-mark-style",
                "warning",
                f"“{mark}” typed here, but this release ends with {release.end_mark}",
                path,
                start,
                end,
            )


@rule(
    "end-mark-position",
    "warning",
    "End marks go after the body and after the boilerplate, where pressdesk puts them, not typed in the text.",
    "BALLST, INFOCOMM, CANADY, WIKI-PR, BSB",
)
def end_mark_position(release: Release, ctx: Context) -> Iterator[Finding]:
    for path, start, end, mark, whole in _typed_marks(release):
        if _style(mark) == _style(release.end_mark):
            yield finding(
                "end-mark-position",
                "warning",
                f"{mark} typed into the text: pressdesk places the end marks itself",
                path,
                start,
                end,
                None if whole else "",
            )


@rule(
    "boilerplate-present",
    "warning",
    "At least one boilerplate (“About …”) block after the body.",
    "RWIRE, XPRESS, CANADY",
)
def boilerplate_present(release: Release, ctx: Context) -> Iterator[Finding]:
    if not release.boilerplate:
        yield finding(
            "boilerplate-present",
            "warning",
            "no boilerplate: add an “About” block for the "
            + ("coalition" if ctx.settings.profile == "coalition" else "organisation"),
            "boilerplate",
        )
    for i, b in enumerate(release.boilerplate):
        if not b.text.strip():
            yield finding(
                "boilerplate-present",
                "warning",
                f"the boilerplate for {b.org or 'this block'} is empty",
                f"boilerplate[{i}].text",
            )


@rule(
    "boilerplate-length",
    "warning",
    "Boilerplate blocks: info over 50 words, warning over 100.",
    "WYLIE-BP, PRDAILY-BP, PRSUBMIT, XPRESS",
)
def boilerplate_length(release: Release, ctx: Context) -> Iterator[Finding]:
    s = ctx.settings
    for i, b in enumerate(release.boilerplate):
        n = count_words(b.text)
        if n > s.boilerplate_words_warning:
            yield finding(
                "boilerplate-length",
                "warning",
                f"boilerplate is {n} words: keep it to {s.boilerplate_words_warning} or fewer (wires bill by length)",
                f"boilerplate[{i}].text",
            )
        elif n > s.boilerplate_words_info:
            yield finding(
                "boilerplate-length",
                "info",
                f"boilerplate is {n} words: {s.boilerplate_words_info} or fewer is best",
                f"boilerplate[{i}].text",
            )
