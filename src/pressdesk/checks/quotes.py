"""Quotation marks: the marks inside quotes pair up, nest as AP says, and are all of one style.

Quote paragraphs are stored without their enclosing marks (the exports add them), so the mark rules
look at what was typed anyway: stray enclosing marks, inner marks that do not pair, double marks
nested inside the quote (AP: single), and straight marks mixed with curly ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from pressdesk.checks.context import Context
from pressdesk.checks.registry import rule
from pressdesk.checks.text import (
    CACHES,
    DOUBLE_MARKS,
    all_text,
    double_mark_pairs,
    finding,
    first_words,
    mark_opens,
    prose_fields,
)
from pressdesk.findings import Finding
from pressdesk.model import Quote, Release

SOURCES_Q = "GATEHOUSE-Q, VCU, SPEAKW, QMORG"


# --- quotation marks inside quote paragraphs ------------------------------------------------------


@lru_cache(maxsize=256)
def _enclosing(
    text: str,
) -> tuple[int | None, int | None, tuple[int, ...], tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Stray enclosing marks and the inner marks of one quote paragraph (remembered: three rules
    ask about the same paragraph).

    Returns (typed opening mark, typed closing mark, unclosed inner openers, unopened inner closers,
    paired inner marks).
    """
    pairs, stray_closes = double_mark_pairs(text)
    stripped_start = len(text) - len(text.lstrip())
    last = len(text.rstrip()) - 1
    lead = trail = None
    unclosed: list[int] = []
    paired: list[tuple[int, int]] = []
    for p in pairs:
        if p.open == stripped_start and (p.close is None or p.close == last):
            lead = p.open
            if p.close is not None:
                trail = p.close
        elif p.close is None:
            unclosed.append(p.open)
        else:
            paired.append((p.open, p.close))
    closers = list(stray_closes)
    if last >= 0 and closers and closers[-1] == last:  # marks come in order: the last is last
        closers.pop()
        trail = last
    return lead, trail, tuple(unclosed), tuple(closers), tuple(paired)


CACHES.append(_enclosing)


def _quote_paragraphs(release: Release) -> Iterator[tuple[str, str, bool]]:
    """(path, text, is the last paragraph of its block) for every quote paragraph."""
    for i, block in enumerate(release.body):
        if isinstance(block, Quote):
            n = len(block.paragraphs)
            for j, para in enumerate(block.paragraphs):
                yield f"body[{i}].paragraphs[{j}]", para, j == n - 1


def _has_double(text: str) -> bool:
    return any(m in text for m in DOUBLE_MARKS)


@rule(
    "quote-continuation",
    "warning",
    "Quote marks around quote paragraphs are set on export (AP running quotes): none typed at a paragraph's start or end.",
    SOURCES_Q,
)
def quote_continuation(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "quote-continuation"
    for path, text, last in _quote_paragraphs(release):
        if not _has_double(text):
            continue
        lead, trail, *_ = _enclosing(text)
        if lead is not None:
            yield finding(
                rid,
                "warning",
                "a typed opening mark: pressdesk opens each quote paragraph itself",
                path,
                lead,
                lead + 1,
                "",
            )
        if trail is not None:
            why = (
                "pressdesk closes the quote after its last paragraph"
                if last
                else "AP: a quote that runs on into the next paragraph does not close"
            )
            yield finding(
                rid, "warning", f"a typed closing mark: {why}", path, trail, trail + 1, ""
            )


@rule(
    "quote-balanced",
    "error",
    "Quotation marks inside a quote open and close in pairs.",
    "GATEHOUSE-Q, VCU",
)
def quote_balanced(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "quote-balanced"
    for path, text, _ in _quote_paragraphs(release):
        if not _has_double(text):
            continue
        _, _, unclosed, closers, _ = _enclosing(text)
        for pos in unclosed:
            yield finding(
                rid,
                "error",
                f"“{first_words(text[pos + 1 : pos + 400], 4)}”: a quotation opened here never closes",
                path,
                pos,
                pos + 1,
            )
        for pos in closers:
            yield finding(
                rid, "error", "a closing quotation mark with no opening one", path, pos, pos + 1
            )


@rule(
    "quote-nested",
    "warning",
    "A quotation inside a quote takes single marks (‘…’), not double.",
    "SPEAKW, JOOMAG, QMORG",
)
def quote_nested(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "quote-nested"
    for path, text, _ in _quote_paragraphs(release):
        if not _has_double(text):
            continue
        _, _, unclosed, _, paired = _enclosing(text)
        for a, b in paired:
            straight = text[a] == '"'
            left, right = ("'", "'") if straight else ("‘", "’")
            inner = text[a + 1 : b]
            yield finding(
                rid,
                "warning",
                f"a quote inside a quote takes single marks: {left}{inner}{right}",
                path,
                a,
                b + 1,
                left + inner + right,
            )
        for pos in unclosed:
            yield finding(
                rid, "warning", "a quote inside a quote takes single marks", path, pos, pos + 1
            )


# --- straight and curly marks ----------------------------------------------------------------------

_STRAIGHT = "\"'"
_CURLY = "“”‘’"


@rule(
    "quote-marks-consistent",
    "warning",
    "Quotation marks and apostrophes are all straight or all curly, not a mix.",
    "ECLECTIC, NETACT, ITEACH",
)
def quote_marks_consistent(release: Release, ctx: Context) -> Iterator[Finding]:
    everything = all_text(release)
    if not any(c in everything for c in _CURLY) or not any(c in everything for c in _STRAIGHT):
        return
    fields = list(prose_fields(release))
    straight = sum(f.text.count('"') + f.text.count("'") for f in fields)
    curly = sum(sum(f.text.count(c) for c in _CURLY) for f in fields)
    if not straight or not curly:
        return
    to_curly = curly >= straight
    minority = _STRAIGHT if to_curly else _CURLY
    style = "curly" if to_curly else "straight"
    for f in fields:
        positions = [k for k, ch in enumerate(f.text) if ch in minority]
        if not positions:
            continue
        a, b = positions[0], positions[-1] + 1
        replacement = "".join(_convert(f.text, k, to_curly) for k in range(a, b))
        n = len(positions)
        yield finding(
            "quote-marks-consistent",
            "warning",
            f"{n} {'straight' if to_curly else 'curly'} mark{'s' if n > 1 else ''} in a release that uses {style} ones",
            f.path,
            a,
            b,
            replacement,
        )


def _convert(text: str, k: int, to_curly: bool) -> str:
    ch = text[k]
    if not to_curly:
        return {"“": '"', "”": '"', "‘": "'", "’": "'"}.get(ch, ch)
    if ch == '"':
        return "“" if mark_opens(text, k) else "”"
    if ch == "'":
        opening = mark_opens(text, k) and k + 1 < len(text) and text[k + 1].isalpha()
        return "‘" if opening else "’"
    return ch
