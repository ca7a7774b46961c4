"""Datelines: `WASHINGTON, D.C. –`, `OAKLAND, Calif., March 3, 2026 /PRNewswire/ --`, `NEW YORK, NY (June 1, 2026) –`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pressdesk.importer.dates import _MONTH_RE, _WEEKDAY_RE, parse_date

_WORD = r"[A-Z](?:[A-Z.’']|-(?=[A-Z]))*"
_CITY = rf"{_WORD}(?: {_WORD}){{0,4}}"
_STATE = r"[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}"
_DATE = (
    rf"{_WEEKDAY_RE}?(?:{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE},?\s+\d{{4}})"
)
DATELINE_RE = re.compile(
    rf"^(?P<place>{_CITY}(?:,\s+{_STATE}){{0,2}}?)"
    rf"(?:,\s+(?P<date>{_DATE}))?"
    rf"(?:\s*\((?P<pdate>{_DATE})\))?"
    r"(?:(?:\s*--)?\s*(?P<wire>/[^/\n]{2,40}/|\((?:BUSINESS WIRE|GLOBE NEWSWIRE|ACCESSWIRE|PRNewswire|EINPresswire)[^)]*\)))?"
    r"(?P<dash>\s*--\s*|\s+[—–-]\s+|\s*—\s*|\s*–\s*|\s*:\s+)"
    r"(?=\S)",
)


@dataclass(frozen=True)
class Dateline:
    place: str  # city and state, as written: `WASHINGTON, D.C.`
    date: date | None
    dash: str  # the separator as written, spaces included
    dash_start: int
    lede_start: int  # where the lede's own words begin


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening `text`, or None. The city must be in capitals, as datelines are."""
    m = DATELINE_RE.match(text)
    if m is None:
        return None
    place = m.group("place")
    city = place.split(",")[0]
    if sum(ch.isalpha() for ch in city) < 3:
        return None
    if m.group("dash").strip() == ":" and not (
        m.group("date") or m.group("pdate") or m.group("wire")
    ):
        return None  # `WHAT: …` in an advisory is a label, not a dateline
    written = m.group("date") or m.group("pdate")
    found = parse_date(written) if written else None
    return Dateline(place, found[0] if found else None, m.group("dash"), m.start("dash"), m.end())
