"""Datelines: `WASHINGTON, D.C. –`, `OAKLAND, Calif., March 3, 2026 /PRNewswire/ --`,
`NEW YORK, NY (June 1, 2026) –`, and the wire forms `Denver, CO, May 4, 2026 (GLOBE NEWSWIRE) --`,
`(Example Wire) - May 4, 2026 - DALLAS —`, `4 May 2026 —DALLAS—`.

A city in capitals is a dateline on its own; a city in ordinary case (`Yucca Valley, CA`) only
with something that only a dateline has beside it: a date, a wire's name, or a state written as
AP or the post office abbreviates it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pressdesk.importer.dates import _MONTH_RE, _WEEKDAY_RE, parse_date
from pressdesk.importer.lines import Unit

_CAPS_WORD = r"[A-Z](?:[A-Z.’']|-(?=[A-Z]))*"
_CAPS_CITY = rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,4}}"
_MIXED_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|St\.)"
_MIXED_CITY = rf"{_MIXED_WORD}(?: {_MIXED_WORD}){{0,3}}"
_STATE = r"[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}"
# `Calif.`, `N.M.`, `CA`, `D.C.`: a state as only a dateline writes it.
_STATE_MARK = r"(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}|W\.Va\.)"
_DATE = (
    rf"{_WEEKDAY_RE}?(?:{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE},?\s+\d{{4}})"
)
# `(BUSINESS WIRE)`, `(Example Newswire)`, `(Press Example)`: a wire names itself with one of these.
_WIRE_NAMES = r"[^()\n]{0,20}(?:[Ww]ire|WIRE|[Nn]ews|NEWS|[Pp]ress|PRESS)[^()\n]{0,20}"
_WIRE = rf"(?:/[^/\n]{{2,40}}/|\((?:{_WIRE_NAMES})\))"
_DASH = r"(?P<dash>\s*--\s*|\s+[—–-]\s+|\s*—\s*|\s*–\s*|\s*:\s+)"
# The wire or the date before the city: `(Example Wire) - May 4, 2026 - `, `4 May 2026 —`.
_LEAD = re.compile(rf"^(?:\((?P<lwire>[^()\n]{{2,40}})\)\s*[-–—]\s*)?(?P<ldate>{_DATE})\s*[-–—]\s*")
_AFTER = (
    rf"(?:,\s+(?P<date>{_DATE})|\s*\((?P<pdate>{_DATE})\)|\s+[-–—]\s+(?P<ddate>{_DATE}))?"
    rf"(?:(?:\s*--)?\s*(?P<wire>{_WIRE}))?"
    rf"(?:\s+(?P<wdate>{_DATE}))?"
    r"(?:\s*@\s*[\w: .]{1,30}?(?=\s*[—–-]))?"  # `@ 7:00 AM Pacific`: a wire's hour
)
CAPS_RE = re.compile(rf"(?P<place>{_CAPS_CITY}(?:,\s+{_STATE}){{0,2}}?){_AFTER}{_DASH}(?=\S)")
MIXED_RE = re.compile(
    rf"(?P<place>{_MIXED_CITY}(?:,\s+(?P<state>{_STATE_MARK}|{_STATE}))?){_AFTER}{_DASH}(?=\S)"
)
# A dateline alone on its line: `Fairview, United States - May 4, 2026 / Acme Corp /`.
ALONE_RE = re.compile(
    rf"^(?P<place>(?:{_CAPS_CITY}|{_MIXED_CITY})(?:,\s+{_STATE})?){_AFTER}(?P<dash>\s*[—–-]?)\s*$"
)
_NOT_PLACES = re.compile(
    r"\b(?:ADVISORY|RELEASE|STATEMENT|UPDATE|ALERT|NOTICE|MEDIA|PRESS|NEWS|AMENDED|CORRECTED"
    r"|UPDATED|EMBARGOED|BREAKING|IMMEDIATE)\b"
)
# Words that open sentences, not town names: `Today — the council …`.
_OPENERS = frozenset((
    "Today", "Yesterday", "Tomorrow", "Meanwhile", "Now", "Then", "But", "And", "However", "This",
    "That", "These", "It", "We", "They", "He", "She", "Here", "There", "Still", "Instead",
    "Finally", "Later", "Earlier", "Again",
))  # fmt: skip
_LABELS = re.compile(
    r"^(?:NOTE|UPDATE|CORRECTION|WHO|WHAT|WHEN|WHERE|WHY|CONTACTS?|SOURCE|ATTENTION|RSVP|VISUALS|"
    r"DETAILS|BACKGROUND|DATE|TIME|LOCATION|SPEAKERS|SCHEDULE|AGENDA|PHOTO|VIDEO|EDITOR.*)$"
)


@dataclass(frozen=True)
class Dateline:
    place: str  # city and state, as written: `WASHINGTON, D.C.`
    date: date | None
    dash: str  # the separator as written, spaces included
    dash_start: int
    lede_start: int  # where the lede's own words begin


def find_dateline(text: str, *, lede: bool = False) -> Dateline | None:
    """The dateline opening `text`, or None. `lede`: where the lede may begin, a colon after the
    city (`MINNEAPOLIS: …`) or a town in ordinary case before a spaced em dash (`Kelso — …`, as
    the exports write a dateline as typed) counts too."""
    if len(text) < 4 or not (text[0].isupper() or text[0].isdigit() or text[0] == "("):
        return None
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    for pattern in (CAPS_RE, MIXED_RE):
        m = pattern.match(text, start)
        if m is not None and _plausible(m, lead, pattern is MIXED_RE, lede):
            return _dateline(m, lead)
    return None


def alone_dateline(text: str) -> Dateline | None:
    """A line that is a dateline and nothing more, with a date or a wire to show it is one."""
    m = ALONE_RE.match(text) if len(text) <= 120 else None
    if m is None or not (
        m.group("date") or m.group("ddate") or m.group("pdate") or m.group("wire")
    ):
        return None
    return _dateline(m, None)


def _plausible(m: re.Match[str], lead: re.Match[str] | None, mixed: bool, lede: bool) -> bool:
    place = m.group("place")
    city = place.split(",")[0]
    if sum(ch.isalpha() for ch in city) < 3 or _NOT_PLACES.search(city):
        return False
    after = m.string[m.end() : m.end() + 40]
    if len(after) > 3 and not any(ch.islower() for ch in after):
        return False  # `AMENDED MEDIA ADVISORY – SID LANDAU`: a headline in capitals
    dated = bool(lead or any(m.group(k) for k in ("date", "pdate", "ddate", "wire", "wdate")))
    if m.group("dash").strip() == ":" and not dated:
        # `WHAT: …` in an advisory is a label; `MINNEAPOLIS: …` opening the lede is a dateline.
        return lede and not mixed and _LABELS.match(city) is None and "," not in place
    if mixed:
        state = m.group("state") or ""
        bare_town = lede and m.group("dash") == " — " and city.split()[0] not in _OPENERS
        return dated or bool(re.fullmatch(_STATE_MARK, state)) or bare_town
    return True


def _dateline(m: re.Match[str], lead: re.Match[str] | None) -> Dateline:
    groups = m.groupdict()
    written = next(
        (groups[k] for k in ("date", "pdate", "ddate", "wdate") if groups.get(k)),
        lead.group("ldate") if lead else None,
    )
    found = parse_date(written) if written else None
    return Dateline(m.group("place"), found[0] if found else None, m.group("dash"),
                    m.start("dash"), m.end())  # fmt: skip


_PLACE_ONLY = re.compile(rf"(?:{_CAPS_CITY}|{_MIXED_CITY})(?:,\s+{_STATE})?")
_OPENS_WITH_DASH = re.compile(r"^[:–—-]+\s*(?=\S)")


@dataclass(frozen=True)
class Placed:
    """A dateline found at a unit: where it is, and where the lede's words start."""

    dateline: Dateline
    unit: Unit  # the unit holding the dateline
    lede: Unit | None  # the lede's words (None: the next unit is the lede)
    dash_unit: Unit  # the unit holding the dash
    next: int  # the index after the units used


def dateline_at(units: list[Unit], i: int) -> Placed | None:
    """The dateline opening `units[i]`, or standing alone on it (`Miami, May 4, 2026` with the lede
    on the next line, maybe opening with the dash: `– The county …`)."""
    unit = units[i]
    dl = find_dateline(unit.text, lede=True)
    if dl is not None:
        return Placed(dl, unit, unit.cut(dl.lede_start), unit, i + 1)
    nxt = units[i + 1] if i + 1 < len(units) else None
    dash = _OPENS_WITH_DASH.match(nxt.text) if nxt is not None else None
    alone = alone_dateline(unit.text)
    if alone is None and dash is not None and _PLACE_ONLY.fullmatch(unit.text.rstrip(",")):
        alone = Dateline(unit.text.rstrip(","), None, "", len(unit.text), len(unit.text))
    if alone is None:
        return None
    if nxt is not None and dash is not None and not nxt.gap_before:
        written = Dateline(alone.place, alone.date, dash.group().rstrip() or dash.group(), 0, 0)
        return Placed(written, unit, nxt.cut(dash.end()), nxt, i + 2)
    return Placed(alone, unit, None, unit, i + 1)


def starts_dateline(units: list[Unit], i: int, *, lede: bool = True) -> bool:
    """Whether a dateline opens `units[i]` or stands alone on it (for where the top ends);
    `lede=False` where a headline may stand (`ACME: Board changes course` is not a dateline)."""
    text = units[i].text
    return find_dateline(text, lede=lede) is not None or alone_dateline(text) is not None
