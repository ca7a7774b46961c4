"""`hype-caps`: a word in capitals for emphasis ("Tickets are FREE") reads as shouting; a word in
capitals that is a name ("RTDF", "RSVP", "FRESNO —") does not.

Real releases are full of capitals that are names: acronyms defined in the text, organisations,
tickers, credentials, datelines, wire tags, field labels (`WHEN:`), headings set in capitals. A
word is reported only when none of those readings fits: an ordinary word in capitals among
lower-case words. Every test looks at a short window around the word, so a field of any length
is read in linear time.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator

from pressdesk.checks.context import Context
from pressdesk.checks.headline import headline_is_caps
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import Field, finding, occurs, per_release, prose_fields
from pressdesk.findings import Finding
from pressdesk.model import Release
from pressdesk.placeholders import PLACEHOLDER, may_hold_placeholder

# The lookahead lets the search skip to capitals, as ZONE_IN_TEXT's does (release_line.py).
CAPS_WORD = lazy_pattern(r"(?=[A-Z])\b[A-Z]{4,}\b")
ROMAN = lazy_pattern(r"[IVXLCDM]+")
VOWELS = frozenset("AEIOU")
# "Joint Enterprise Defense Infrastructure (JEDI)": a short name defined in parentheses.
PARENTHESISED = lazy_pattern(r"\(([A-Z][A-Za-z0-9&.-]{1,})\)")
# A capitalised word, or a short joining word inside a name ("Department of Law Enforcement").
NAME_WORD = lazy_pattern(r"\b(?:[A-Z][\w'’.&-]*|of|and|the|for|on|in|at|to|de|du|la)\b|&")
JOINING = frozenset({"of", "and", "the", "for", "on", "in", "at", "to", "de", "du", "la", "&"})
# Company forms after a name in capitals: `SANTOS CO., LTD.`, `ACME INC.`
COMPANY_AFTER = lazy_pattern(
    r"[ ,]{1,3}(?:CO|INC|LTD|LLC|LLP|CORP|PLC|GMBH|AG|SA)\b", re.IGNORECASE
)
# `(Nasdaq: EXMPL)`, `(NYSE: XYZ)`: a ticker after an exchange's name.
TICKER_BEFORE = lazy_pattern(r"\(\s*[A-Za-z]{2,12}\s*:\s*$")
# After a dateline city: optional `, State` (up to three words), then the dateline dash.
DATELINE_AFTER = lazy_pattern(
    r"(?:,\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})?\s?(?:—|–|--|-\s)"
)
# Credentials after a name: `Katherine Smith, M.D., FAHA`.
DEGREE_BEFORE = lazy_pattern(r"(?:[A-Z][a-z]{0,2}\.){2,}\s?,\s?$")
LABEL_AFTER = lazy_pattern(r"\s?:")
# A run of capitalised words: `EXAMPLE WIRE`, `ABOUT THE RIVERSIDE TENANT FUND`.
CAPS_RUN = lazy_pattern(r"[A-Z][A-Z0-9&'’.-]*(?:[ ,]{1,2}[A-Z][A-Z0-9&'’.-]*)+")
WINDOW = 40  # characters looked at on each side of a word

# More capitals than this share of a field's letters: the field is set in capitals as a whole
# (a heading or a label), which is not emphasis inside a sentence.
CAPS_FIELD_SHARE = 0.8


@rule(
    "hype-caps",
    "warning",
    "No words in capitals for emphasis (acronyms, names, datelines, labels and headings are fine).",
    "PRWEB, NEWSWIRE-G, PRESSWIRE, IPTV",
)
def hype_caps(release: Release, ctx: Context) -> Iterator[Finding]:
    names: set[str] | None = None
    for f in prose_fields(release, dateline=False):
        if not occurs(CAPS_WORD, f.text) or _set_in_capitals(f):
            continue
        runs = Runs(f.text)
        # A starter's [NAME] or [HEADLINE] is placeholder-left's to report, not shouting.
        blanks = (
            [m.span() for m in PLACEHOLDER.finditer(f.text)] if may_hold_placeholder(f.text) else []
        )
        for m in CAPS_WORD.finditer(f.text):
            word = m.group(0)
            if any(a <= m.start() < b for a, b in blanks):
                continue
            if _reads_as_name(f.text, m.start(), m.end(), runs):
                continue
            if names is None:
                names = known_names(release, ctx)
            if word in names:
                continue
            yield finding(
                "hype-caps",
                "warning",
                f"“{word}” in capitals reads as shouting "
                "(add it to words.acronyms if it is a name)",
                f.path,
                m.start(),
                m.end(),
            )


def _set_in_capitals(f: Field) -> bool:
    """A heading, label or short line set in capitals as a whole (the headline is
    headline-all-caps' to judge)."""
    if f.kind == "headline":
        return headline_is_caps(f.text)
    letters = [ch for ch in f.text if ch.isalpha()]
    caps = sum(ch.isupper() for ch in letters)
    return bool(letters) and caps > CAPS_FIELD_SHARE * len(letters)


class Runs:
    """The runs of capitalised words in a text, to find the one a word is in by bisection."""

    def __init__(self, text: str) -> None:
        self.spans = [m.span() for m in CAPS_RUN.finditer(text)]
        self.starts = [a for a, _ in self.spans]

    def around(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and pos < self.spans[k][1]:
            return self.spans[k]
        return None


def _reads_as_name(text: str, start: int, end: int, runs: Runs) -> bool:
    """Whether the capitals at `start:end` read as a name from what is around them."""
    word = text[start:end]
    if ROMAN.fullmatch(word) or not VOWELS & set(word):
        return True  # XVII; HDTV, HTTP: no vowel, so no ordinary word
    before = text[max(0, start - WINDOW) : start]
    after = text[end : end + WINDOW]
    if before.endswith(("-", "/", "&", "@", ".")) or after.startswith(("-", "/", "&", "@")):
        return True  # SUNY-Binghamton, RFID-enabled, SBIR/STTR: part of a compound name
    if after.startswith(("'s", "’s", "®", "™")):
        return True  # a possessive or a brand mark: a name
    if LABEL_AFTER.match(after) and _line_start(text, start):
        return True  # WHEN: a field label
    if DATELINE_AFTER.match(after) or (start == 0 and after.startswith(",")):
        return True  # FRESNO —, PINE HILL, MD—, RIVERBEND, CA, …: a dateline city
    if COMPANY_AFTER.match(after) or TICKER_BEFORE.search(before) or DEGREE_BEFORE.search(before):
        return True
    run = runs.around(start)
    if run is not None and _run_is_a_name(text, run):
        return True
    return _next_to_a_name(before, after)


def _line_start(text: str, start: int) -> bool:
    line_start = text.rfind("\n", max(0, start - WINDOW), start) + 1
    return not text[line_start:start].strip(" *•-\t")


def _run_is_a_name(text: str, run: tuple[int, int]) -> bool:
    """A run of capitalised words is a tag, a heading or a name, not emphasis, when it is in
    parentheses (`(EXAMPLE WIRE)`), opens its line (`MEDIA ADVISORY`, `ABOUT …`) or is three
    words or more (`RIVERSIDE MUSEUM OF ART`)."""
    a, b = run
    inside = text[a:b]
    if len(inside.split()) >= 3:
        return True
    if text[max(0, a - 1) : a] == "(" or text[b : b + 1] == ")":
        return True
    return _line_start(text, a)


def _next_to_a_name(before: str, after: str) -> bool:
    """Between capitalised words of a name (`TenantsFirst RTDF`, `VALOR Act`, `Example HTTP
    Server`) or in a list of names (`CALDERA, Fair Rent Now`), not a sentence's first word."""
    after_word = re.match(r"(?:,\s)?\s?([A-Z][a-z][\w'’]*)", after)
    if after_word:
        return True
    m = re.search(r"(\S+)(,?)\s$", before)
    if m is None:
        return False
    previous = m.group(1)
    if not previous[:1].isupper():
        return False
    head = before[: m.start()].rstrip()
    sentence_start = not head or head[-1] in '.!?:;"“”(—–'
    return not sentence_start


def known_names(release: Release, ctx: Context) -> set[str]:
    """Capitals that are names in this release: the built-in and the user's acronyms, the
    capitalised words of the organisations it names (contacts, speakers, boilerplate, the
    library), short names defined in it, and capitals it uses three times or more."""
    names = {a.upper() for a in ctx.settings.acronyms}
    return names | _release_names(release) | _library_names(ctx)


@per_release
def _release_names(release: Release) -> set[str]:
    names: set[str] = set()
    orgs = [c.org for c in release.contacts] + [c.name for c in release.contacts]
    orgs += [b.org for b in release.boilerplate] + [b.heading for b in release.boilerplate]
    orgs += [b.speaker.org for b in release.quotes if b.speaker]
    for name in orgs:
        names.update(m.group(0) for m in CAPS_WORD.finditer(name))
    used: Counter[str] = Counter()
    for f in prose_fields(release):
        if "(" in f.text:
            names.update(m.group(1).upper() for m in PARENTHESISED.finditer(f.text))
        used.update(m.group(0) for m in CAPS_WORD.finditer(f.text))
        names.update(_initialisms(f.text))
    # A word shouted once is emphasis; one a release writes in capitals again and again is
    # how it spells a name (KELPWORKS, ZORBLAX).
    names.update(word for word, n in used.items() if n >= 3)
    return names


def _initialisms(text: str) -> Iterator[str]:
    """The initials of each run of capitalised words (`Riverside Tenant Defense Fund` gives RTDF,
    `Valley Legal Aid and Education Fund` gives VLAEF): a name the text spells out
    defines its acronym. Runs are cut at eight words, so this stays linear."""
    run: list[str] = []
    last_end = -2
    for m in NAME_WORD.finditer(text):
        # Words one space apart make a run; a comma, a lower-case word or a ninth word ends it.
        if m.start() != last_end + 1 or text[last_end] != " " or len(run) >= 8:
            yield from _run_initials(run)
            run = []
        run.append(m.group(0))
        last_end = m.end()
    yield from _run_initials(run)


def _run_initials(run: list[str]) -> Iterator[str]:
    for i, first in enumerate(run):
        if first in JOINING:
            continue
        initials = ""
        for w in run[i:]:
            if w not in JOINING:
                initials += w[0]
                if len(initials) >= 4:
                    yield initials


def _library_names(ctx: Context) -> set[str]:
    if ctx.library is None:
        return set()
    names: set[str] = set()
    for org in ctx.library.orgs.values():
        for name in (org.name, org.short_name):
            names.update(m.group(0) for m in CAPS_WORD.finditer(name))
        if org.short_name.strip().isalpha():
            names.add(org.short_name.strip().upper())  # a short name written in capitals
    return names
