"""The dateline: CITY, State — in AP form, opening the first paragraph, with a date that matches."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pressdesk.ap import ap_date
from pressdesk.checks.dates import DateMention, find_dates
from pressdesk.checks.registry import Context, rule
from pressdesk.checks.states import STATES, state_by_written_form
from pressdesk.checks.text import finding
from pressdesk.findings import Finding
from pressdesk.model import Paragraph, Release

SOURCES = "AP-DL, GATEHOUSE, NEWSWIRE-DL"
TRAILING_DASH = re.compile(r"\s*(?:—|–|--?|/[^/]*/\s*--?)\s*$")
LEADING_DASH = re.compile(r"^\s*(?:—|–|--?)\s*")
DATELINE_IN_LEDE = re.compile(r"^[A-Z][A-Z .'’-]{2,}(?:,[^—–\n]{1,40}?)?\s+(?:—|–|--?)\s")


@dataclass(frozen=True)
class Dateline:
    """The parts of a dateline as typed: city, optional state, optional date (spans into the text)."""

    city: str
    city_end: int
    state: str
    state_start: int
    state_end: int
    date: DateMention | None


def parse_dateline(text: str) -> Dateline:
    body = TRAILING_DASH.sub("", text)
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
    if isinstance(first, Paragraph):
        m = DATELINE_IN_LEDE.match(first.text)
        if m:
            yield finding(
                rid,
                "error",
                "the dateline is typed into the lede: move it to the dateline field",
                "body[0].text",
                0,
                m.end(),
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
        yield finding(
            "dateline-standalone-city",
            "warning",
            f"AP datelines write {d.city.upper()} alone",
            "dateline",
            d.city_end,
            d.state_end,
            "",
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
    m = TRAILING_DASH.search(release.dateline) if release.dateline.strip() else None
    if m:
        yield finding(
            "dateline-dash",
            "info",
            "a dash typed after the dateline: pressdesk sets “ — ” itself",
            "dateline",
            m.start(),
            m.end(),
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
