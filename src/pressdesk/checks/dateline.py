"""The dateline: CITY, State — in AP form, opening the first paragraph, with a date that matches."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from pressdesk.ap import ap_date
from pressdesk.checks.context import Context
from pressdesk.checks.dates import DateMention, find_dates
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.states import STATES, state_by_written_form
from pressdesk.checks.text import finding
from pressdesk.findings import Finding, Fix, Severity
from pressdesk.model import Paragraph, Release

SOURCES = "AP-DL, GATEHOUSE, NEWSWIRE-DL"
TRAILING_DASH = lazy_pattern(r"\s*(?:—|–|--?|/[^/]{0,60}/\s*--?)$")
LEADING_DASH = lazy_pattern(r"^\s*(?:—|–|--?)\s*")
# A dateline typed at the start of the lede, in the forms real releases and wires use:
#   RIVERSIDE, Calif. —            FRESNO:                  Fresno, Calif., June 3, 2026 —
#   (Example Wire) - June 3, 2026 - FRESNO —                3 June 2026 —FRESNO, CA—
#   Fresno, CA, June 3, 2026 /Example Wire/ --              Fresno (Example Wire) June 3, 2026 —
# A place in capitals needs only the dash (or colon) after it; a place in ordinary capitals
# also needs a state, a date or a wire tag, so that a lede opening "Tenants United — …" is
# not taken for a dateline. Every repetition is bounded: this reads at most a few hundred
# characters, whatever the paragraph's length.
_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s{1,3})?"
    r"(?:[A-Z][a-z]{2,8}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s{1,3}[A-Z][a-z]{2,8}\.?),?\s{1,3}\d{4}"
)
_WIRE = r"(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/)"
_STATE = r"(?:,\s{0,3}[A-Z][A-Za-z.]{0,20}(?:\s[A-Z][A-Za-z.]{0,20}){0,2}){1,2}"
_DASH = r"\s{0,3}(?:—|–|--?)\s{0,3}"
_TAIL = rf"(?:,?\s{{0,3}}{_DATE})?(?:\s{{0,3}}{_WIRE})?(?:,?\s{{0,3}}{_DATE})?(?:\s{{0,3}}@[^—–\n]{{1,30}}?)?"
TYPED_DATELINE = lazy_pattern(
    rf"(?:{_WIRE}{_DASH})?(?:{_DATE}{_DASH})?"
    rf"(?:(?P<caps>[A-Z][A-Z.'’-]{{1,30}}(?:\s[A-Z][A-Z.'’-]{{1,30}}){{0,3}})"
    rf"|(?P<place>[A-Z][a-z][A-Za-z.'’-]{{0,30}}(?:\s[A-Z][A-Za-z.'’-]{{0,30}}){{0,3}}))"
    rf"(?P<state>{_STATE})?(?P<tail>{_TAIL})"
    rf"(?:{_DASH}|(?P<colon>:\s))"
)


def typed_dateline(text: str) -> int:
    """Where a dateline typed at the start of `text` ends (0 when it does not start with one)."""
    m = TYPED_DATELINE.match(text[:300])
    if m is None:
        return 0
    if m.group("place") and not (m.group("state") or m.group("tail").strip()):
        return 0  # "Tenants United — …": ordinary capitals and a dash are not enough
    if m.group("place") and m.group("colon"):
        return 0  # "Tenants United: …" reads as a label, not a dateline
    return m.end()


class Dateline(NamedTuple):
    """The parts of a dateline as typed: city, optional state, optional date (spans into the text)."""

    city: str
    city_end: int
    state: str
    state_start: int
    state_end: int
    date: DateMention | None


def trailing_dash(text: str) -> int | None:
    """Where a dash typed after the dateline (`WASHINGTON —`, `/Wire/ --`) starts, if any.

    Only the last characters before the trailing spaces are read, so a dateline of any length
    (or of nothing but spaces) costs the same."""
    content_end = len(text.rstrip())
    m = TRAILING_DASH.search(text, max(0, content_end - 80), content_end)
    return m.start() if m else None


def parse_dateline(text: str) -> Dateline:
    dash = trailing_dash(text)
    body = text if dash is None else text[:dash]
    dates = find_dates(body)
    mention = dates[0] if dates else None
    head_end = mention.start if mention else len(body)
    head = body[:head_end].rstrip().rstrip(",").rstrip()
    comma = head.find(",")
    if comma < 0:
        return Dateline(head.strip(), len(head), "", len(head), len(head), mention)
    city_end = len(head[:comma].rstrip())
    rest = head[comma + 1 :]
    state_start = comma + 1 + (len(rest) - len(rest.lstrip()))
    return Dateline(
        head[:comma].strip(), city_end, head[state_start:].strip(), state_start, len(head), mention
    )


@rule(
    "dateline-present",
    "error",
    "A dateline opens the first body paragraph (not a quote or a heading; not typed into the lede).",
    "AP-DL, POLIS, LOCALGEN",
)
def dateline_present(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "dateline-present"
    first = release.body[0] if release.body else None
    if release.dateline.strip():
        if first is not None and not isinstance(first, Paragraph):
            yield finding(
                rid,
                "error",
                f"the dateline must open a paragraph, but the body starts with a {type(first).__name__.lower()}",
                "body[0]",
            )
        return
    if isinstance(first, Paragraph) and not ctx.imported:
        # A text input types its dateline into the lede by nature: it is there, so quiet.
        end = typed_dateline(first.text)
        if end:
            yield finding(
                rid,
                "error",
                "the dateline is typed into the lede: move it to the dateline field",
                "body[0].text",
                0,
                end,
            )


@rule(
    "dateline-city-caps",
    "error",
    "The dateline city is in capitals; the state is not (ANN ARBOR, Mich.).",
    "AP-DL, GATEHOUSE",
)
def dateline_city_caps(release: Release, ctx: Context) -> Iterator[Finding]:
    if not release.dateline.strip():
        return
    d = parse_dateline(release.dateline)
    start = release.dateline.find(d.city)
    if d.city and d.city != d.city.upper():
        yield finding(
            "dateline-city-caps",
            "error",
            f"dateline cities are in capitals: {d.city.upper()}",
            "dateline",
            start,
            start + len(d.city),
            d.city.upper(),
        )
    state = d.state
    if (
        len(state.replace(".", "")) > 2
        and state == state.upper()
        and any(ch.isalpha() for ch in state)
    ):
        known = state_by_written_form(state)
        proper = None
        if known is not None:
            name, ap = known, STATES[known][1]
            proper = ap if ap and ap.upper() == state else name if name.upper() == state else None
        if proper is not None and proper != state:
            yield finding(
                "dateline-city-caps",
                "error",
                f"only the city is in capitals: {proper}",
                "dateline",
                d.state_start,
                d.state_end,
                proper,
            )


@rule(
    "dateline-standalone-city",
    "warning",
    "AP's 30 stand-alone cities take no state: WASHINGTON, not WASHINGTON, D.C.",
    SOURCES,
)
def dateline_standalone_city(release: Release, ctx: Context) -> Iterator[Finding]:
    d = parse_dateline(release.dateline)
    if d.state and d.city.upper() in ctx.settings.standalone_cities:
        # A date after the state ("D.C. June 1", "D.C.June 1") stays set off by a comma once
        # the state goes: WASHINGTON, June 1.
        text = release.dateline
        end = d.state_end
        while end < len(text) and text[end].isspace():
            end += 1
        keep = ", " if end < len(text) and text[end] != "," else ""
        yield Finding(
            "dateline-standalone-city",
            Severity.WARNING,
            f"AP datelines write {d.city.upper()} alone",
            "dateline",
            d.city_end,
            d.state_end,
            Fix("dateline", d.city_end, end, keep),
        )


@rule(
    "dateline-state-ap",
    "warning",
    "A state in a dateline takes its AP abbreviation (Calif., not CA); eight states are never abbreviated.",
    "AP-DL, AP-STATES, AP-2014, ACCESSWIRE, CHEATO57",
    profiles="wire: info",
)
def dateline_state_ap(release: Release, ctx: Context) -> Iterator[Finding]:
    d = parse_dateline(release.dateline)
    if not d.state or d.city.upper() in ctx.settings.standalone_cities:
        return
    name = state_by_written_form(d.state)
    if name is None:
        return  # a country or a region: not AP's US list
    postal, ap = STATES[name]
    want = ap or name
    if d.state.replace(" ", "").casefold() == want.replace(" ", "").casefold():
        return  # right form (capitals are dateline-city-caps' business)
    severity = "info" if ctx.settings.profile == "wire" else "warning"
    if d.state.replace(".", "").upper() == postal:
        why = f"{d.state} is the postal code"
    elif ap is None:
        why = f"AP never abbreviates {name}"
    elif d.state.casefold() == name.casefold():
        why = f"AP abbreviates {name} in datelines"
    else:
        why = f"{d.state} is not AP's abbreviation"
    yield finding(
        "dateline-state-ap",
        severity,
        f"{why}: write {want}",
        "dateline",
        d.state_start,
        d.state_end,
    )


@rule(
    "dateline-dash",
    "info",
    "The dateline dash ( — ) is set by pressdesk: not typed at the end of the dateline or the start of the lede.",
    "AP-DASH, UGA-DASH, LIFETIPS, BITWIRE",
)
def dateline_dash(release: Release, ctx: Context) -> Iterator[Finding]:
    dash = trailing_dash(release.dateline) if release.dateline.strip() else None
    if dash is not None:
        yield finding(
            "dateline-dash",
            "info",
            "a dash typed after the dateline: pressdesk sets “ — ” itself",
            "dateline",
            dash,
            len(release.dateline),
            "",
        )
    lede = release.body[0] if release.body else None
    if isinstance(lede, Paragraph) and release.dateline.strip():
        m = LEADING_DASH.match(lede.text)
        if m and m.end() > 0:
            yield finding(
                "dateline-dash",
                "info",
                "a dash typed at the start of the lede: pressdesk sets “ — ” after the dateline",
                "body[0].text",
                0,
                m.end(),
                "",
            )


@rule(
    "dateline-date",
    "error",
    "A date in the dateline matches the release (or embargo) date.",
    "BITWIRE, ACCESSWIRE, LOCALGEN, AP-DL",
    profiles="ap: any date in the dateline is info",
)
def dateline_date(release: Release, ctx: Context) -> Iterator[Finding]:
    d = parse_dateline(release.dateline)
    if d.date is None:
        return
    if ctx.is_guess("date") and not (release.line == "embargoed" and release.embargo):
        return  # the release date is the importer's guess: nothing to compare with
    span = (d.date.start, d.date.end)
    if ctx.settings.profile == "ap":
        yield finding("dateline-date", "info", "AP news datelines carry no date", "dateline", *span)
        return
    expected = (
        release.embargo.date() if release.line == "embargoed" and release.embargo else release.date
    )
    written = d.date.value(expected)
    if written is not None and written != expected:
        what = "embargo" if release.line == "embargoed" else "release"
        yield finding(
            "dateline-date",
            "error",
            f"dateline says {ap_date(written)} but the {what} date is {ap_date(expected)}",
            "dateline",
            *span,
        )
