"""Release lines and the dates, clock times and time zones written in them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from pressdesk.ap import MONTHS, load_zone
from pressdesk.importer.lines import Unit

_MONTH_NAMES = {m.lower(): i for i, m in enumerate(MONTHS, start=1)}
_MONTH_NAMES.update({m[:3].lower(): i for i, m in enumerate(MONTHS, start=1)})
_MONTH_NAMES["sept"] = 9
_MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY_RE = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"

DATE_RE = re.compile(
    rf"(?:{_WEEKDAY_RE})?(?:(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH_RE}),?\s+(?P<year2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<us>\d{1,2})/(?P<usd>\d{1,2})/(?P<usy>\d{4}))",
    re.IGNORECASE,
)
TIME_RE = re.compile(
    r"(?P<noon>\bnoon\b|\bmidnight\b)"
    r"|\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>\d{2})\b",
    re.IGNORECASE,
)
ZONE_RE = re.compile(
    r"\b(?P<abbr>AKST|AKDT|AKT|HST|HT|[ECMP][SD]?T|GMT|BST|CEST|CET)\b"
    r"|\b(?P<word>(?i:pacific|eastern|central|mountain))(?:\s+(?i:standard|daylight))?(?:\s+(?i:time))?\b"
    r"|\bUTC(?:\s*(?P<sign>[+\-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?",
)
# abbreviation -> (IANA zone, UTC offset in hours or None when the zone decides)
ZONES: dict[str, tuple[str, float | None]] = {
    "EST": ("America/New_York", -5), "EDT": ("America/New_York", -4), "ET": ("America/New_York", None),
    "CST": ("America/Chicago", -6), "CDT": ("America/Chicago", -5), "CT": ("America/Chicago", None),
    "MST": ("America/Denver", -7), "MDT": ("America/Denver", -6), "MT": ("America/Denver", None),
    "PST": ("America/Los_Angeles", -8), "PDT": ("America/Los_Angeles", -7),
    "PT": ("America/Los_Angeles", None),
    "AKST": ("America/Anchorage", -9), "AKDT": ("America/Anchorage", -8),
    "AKT": ("America/Anchorage", None),
    "HST": ("Pacific/Honolulu", -10), "HT": ("Pacific/Honolulu", None),
    "GMT": ("", 0), "BST": ("Europe/London", 1), "CET": ("Europe/Berlin", 1),
    "CEST": ("Europe/Berlin", 2),
}  # fmt: skip

RELEASE_RE = re.compile(
    r"^(?P<kw>for\s+immediate\s+release|immediate\s+release|release\s+immediately"
    r"|(?:embargoed|hold|under\s+embargo)(?:\s+for\s+release)?(?:\s+(?:until|till|to|for))?"
    r"|embargo(?:ed)?|not\s+for\s+release\s+(?:until|before)"
    r"|for\s+release(?:\s+(?:on|at|after))?)\b\s*[:\-–—]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ReleaseLine:
    """What a release line says: immediate or embargoed, with the date and time it names."""

    line: str  # "immediate" | "embargoed"
    keyword: str
    rest_start: int  # where the text after the keyword starts
    date: date | None = None
    date_start: int = -1
    embargo: datetime | None = None
    zone: str = ""
    has_zone: bool = False
    zone_abbr: str = ""
    clock: time | None = None
    offset: float | None = None


@dataclass(frozen=True)
class Pending:
    """An embargo line's parts, until the release's date is known."""

    unit: Unit  # the embargo line
    clock: time | None
    zone: str
    offset: float | None
    has_zone: bool
    has_date: bool


def _month(name: str) -> int:
    return _MONTH_NAMES[name.rstrip(".").lower()[:3]]


def parse_date(text: str) -> tuple[date, int, int] | None:
    """The first date written in `text`, with its span; None when there is none that is valid.

    Only the first 300 characters are read: a release line, a date line or a dateline is short.
    """
    for m in DATE_RE.finditer(text[:300]):
        try:
            if m.group("mon"):
                found = date(int(m.group("year")), _month(m.group("mon")), int(m.group("day")))
            elif m.group("mon2"):
                mon = _month(m.group("mon2"))
                found = date(int(m.group("year2")), mon, int(m.group("day2")))
            elif m.group("iso"):
                found = date.fromisoformat(m.group("iso"))
            else:
                found = date(int(m.group("usy")), int(m.group("us")), int(m.group("usd")))
        except (ValueError, KeyError):
            continue
        return found, m.start(), m.end()
    return None


def is_date_only(text: str) -> bool:
    """A line that is nothing but a date (the date under a release line)."""
    found = parse_date(text)
    if found is None:
        return False
    _, start, end = found
    rest = (text[:start] + text[end:]).strip(" ,.–—-:()*_")
    return rest == "" or bool(re.fullmatch(_WEEKDAY_RE.strip("()?") + r"?", rest + ", "))


def parse_time(text: str) -> time | None:
    m = TIME_RE.search(text)
    if m is None:
        return None
    if m.group("noon"):
        return time(12) if m.group("noon").lower() == "noon" else time(0)
    if m.group("h"):
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        if not (1 <= hour <= 12 and minute < 60):
            return None
        pm = m.group("ampm").lower().startswith("p")
        return time((hour % 12) + (12 if pm else 0), minute)
    return time(int(m.group("h24")), int(m.group("m24")))


def parse_zone(text: str) -> tuple[str, float | None, str] | None:
    """(IANA zone or "", offset in hours or None, abbreviation as written) for a zone in `text`."""
    m = ZONE_RE.search(text)
    if m is None:
        return None
    if m.group("abbr"):
        zone, offset = ZONES[m.group("abbr")]
        return zone, offset, m.group("abbr")
    if m.group("word"):  # `9 a.m. (PACIFIC)`, `noon Eastern Time`: the zone decides the offset
        zone, _ = ZONES[m.group("word")[0].upper() + "T"]
        return zone, None, ""
    if m.group("sign"):
        hours = int(m.group("oh")) + int(m.group("om") or 0) / 60
        return "", (-hours if m.group("sign") in "-−" else hours), m.group(0)
    return "", 0.0, "UTC"


def parse_release_line(text: str) -> ReleaseLine | None:
    """`FOR IMMEDIATE RELEASE`, `For Immediate Release: June 11, 2020`, `EMBARGOED UNTIL …`."""
    m = RELEASE_RE.match(text)
    if m is None:
        return None
    keyword = m.group("kw")
    rest = m.group("rest")
    if keyword.lower().startswith("for release") and (
        len(rest.split()) > 12 or not parse_date(rest)
    ):
        return None
    if len(text.split()) > 25:
        return None
    embargoed = not re.search(r"immediate", keyword, re.IGNORECASE)
    found = parse_date(rest)
    day = found[0] if found else None
    date_start = m.start("rest") + found[1] if found else -1
    if not embargoed:
        return ReleaseLine("immediate", keyword, m.start("rest"), day, date_start)
    clock = parse_time(rest)
    zone_info = parse_zone(rest)
    zone, offset, abbr = zone_info if zone_info else ("", None, "")
    moment = None
    if day is not None:
        moment = make_moment(day, clock or time(0), zone, offset)
    return ReleaseLine(
        "embargoed", keyword, m.start("rest"), day, date_start, moment, zone,
        zone_info is not None, abbr, clock, offset,
    )  # fmt: skip


def make_moment(day: date, clock: time, zone: str, offset: float | None) -> datetime:
    """An aware datetime with a fixed UTC offset: as written, or as `zone` has it on that day."""
    naive = datetime.combine(day, clock)
    if offset is None:
        tz = load_zone(zone) or ZoneInfo("UTC")
        delta = naive.replace(tzinfo=tz).utcoffset() or timedelta(0)
    else:
        delta = timedelta(minutes=round(offset * 60))
    return naive.replace(tzinfo=timezone(delta))
