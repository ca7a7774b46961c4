"""The lede and body lists: every member group the lede names is quoted, inline lists count 1, 2, 3."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pressdesk.checks.context import Context
from pressdesk.checks.patterns import LazyPattern, lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import CACHES, body_fields, finding
from pressdesk.findings import Finding
from pressdesk.model import Paragraph, Quote, Release
from pressdesk.placeholders import has_placeholder

# "… released the following statements from member groups A, B, C and D:"
MEMBERS_INTRO = lazy_pattern(
    r"\bfrom\s+(?:(?:its|our|the|their|these|several|six|five|four|three|two)\s+)*"
    r"(?:member\s+|partner\s+|coalition\s+)?(?:groups|organi[sz]ations|members|partners)\b"
    r"(?:\s*,?\s*including)?\s*:?\s*",
    re.IGNORECASE,
)
LIST_END = lazy_pattern(r":|;|\.(?:\s|$)|$")
COMMA = lazy_pattern(r"\s*,\s*(?:and\s+)?")
AND = lazy_pattern(r"\s+and\s+|\s*&\s*")


@lru_cache(maxsize=1024)
def _norm(text: str) -> str:
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    words = [w for w in text.split() if w != "the"]
    return " ".join(words)


CACHES.append(_norm)


def org_matches(group: str, org: str) -> bool:
    """Fuzzy, case-insensitive: `For Us Not Amazon` matches `La ColectiVA and For Us Not Amazon`."""
    g, o = _norm(group), _norm(org)
    if not g or not o:
        return False
    if f" {g} " in f" {o} " or f" {o} " in f" {g} ":
        return True
    if 2 * min(len(g), len(o)) < 0.85 * (len(g) + len(o)):
        return False  # too different in length for the ratio to reach 0.85
    from difflib import SequenceMatcher  # only when names are close: most checks never need it

    matcher = SequenceMatcher(None, g, o)
    return (
        matcher.real_quick_ratio() >= 0.85
        and matcher.quick_ratio() >= 0.85
        and matcher.ratio() >= 0.85
    )


def named_groups(text: str, orgs: list[str]) -> Iterator[tuple[str, int]]:
    """The member groups an intro paragraph announces, with where each starts.

    The list splits at commas, then at "and", unless the part with "and" is itself the name of
    a quoted group ("Friends and Neighbors").
    """
    for m in MEMBERS_INTRO.finditer(text):
        end_match = LIST_END.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        for part, start in _split(COMMA, text, m.end(), end):
            if AND.search(part) and not any(_is_one_group(part, o) for o in orgs):
                yield from _split(AND, text, start, start + len(part))
            else:
                yield part, start


def _is_one_group(part: str, org: str) -> bool:
    # "Friends and Neighbors" as a whole is one quoted group's name (or part of it); an org name
    # merely contained in the part ("Mijente and the Valley Legal Aid Society") is not enough.
    p, o = _norm(part), _norm(org)
    if not p:
        return False
    if f" {p} " in f" {o} ":
        return True
    from difflib import SequenceMatcher

    return SequenceMatcher(None, p, o).ratio() >= 0.85


def _split(pattern: LazyPattern, text: str, start: int, end: int) -> Iterator[tuple[str, int]]:
    pos = start
    for sep in pattern.finditer(text, start, end):
        if sep.start() > pos:
            yield text[pos : sep.start()], pos
        pos = sep.end()
    if end > pos and text[pos:end].strip():
        piece = text[pos:end]
        yield piece.rstrip(), pos


@rule(
    "lede-members-quoted",
    "warning",
    "Each member group the lede announces a statement from has a quote whose speaker is from that group.",
    "(coalition statements)",
)
def lede_members_quoted(release: Release, ctx: Context) -> Iterator[Finding]:
    orgs = [
        b.speaker.org for b in release.body if isinstance(b, Quote) and b.speaker and b.speaker.org
    ]
    for i, block in enumerate(release.body):
        if isinstance(block, Quote):
            break  # the intro is what comes before the first quote
        if not isinstance(block, Paragraph):
            continue
        for group, start in named_groups(block.text, orgs):
            if has_placeholder(group):
                continue  # a starter's "[MEMBER GROUP A]" is placeholder-left's to report
            if not any(org_matches(group, org) for org in orgs):
                yield finding(
                    "lede-members-quoted",
                    "warning",
                    f"the lede names {group}, but no quote is from {group}",
                    f"body[{i}].text",
                    start,
                    start + len(group),
                )


# --- inline numbered lists -------------------------------------------------------------------------

CLOSE_MARKER = lazy_pattern(r"(?:^|(?<=[\s:;—–]))(\d{1,2})\)(?=\s)")
BOTH_MARKER = lazy_pattern(r"\((\d{1,2})\)(?=\s)")


@rule(
    "list-numbering",
    "warning",
    "An inline list 1) 2) 3) or (1) (2) in one paragraph counts up from 1 with no repeats or gaps.",
    "(coalition statements)",
)
def list_numbering(release: Release, ctx: Context) -> Iterator[Finding]:
    for f in body_fields(release):
        if ")" not in f.text:
            continue
        for pattern, fmt in ((CLOSE_MARKER, "{})"), (BOTH_MARKER, "({})")):
            markers = [(int(m.group(1)), m.start(), m.end()) for m in pattern.finditer(f.text)]
            if len(markers) < 2:
                continue
            previous = 0
            for n, start, end in markers:
                label = fmt.format(n)
                if n == previous:
                    message = f"{label} repeats: the next item is {fmt.format(previous + 1)}"
                elif n != previous + 1:
                    want = fmt.format(previous + 1)
                    message = (
                        f"the list starts at {label}, not {want}"
                        if previous == 0
                        else f"the list jumps from {fmt.format(previous)} to {label}"
                    )
                else:
                    previous = n
                    continue
                yield finding("list-numbering", "warning", message, f.path, start, end)
                previous = n
