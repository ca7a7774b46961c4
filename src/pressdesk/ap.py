"""AP style for dates, times and time zones, shared by the exports, the checks and the importer."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# With a day number AP abbreviates these months and spells out March to July.
AP_MONTH_ABBR = {
    "January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
    "October": "Oct.", "November": "Nov.", "December": "Dec.",
}  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# US zones whose abbreviation AP prints after a clock time, standard and daylight.
US_ZONE_ABBR: dict[str, tuple[str, str]] = {
    "America/New_York": ("EST", "EDT"),
    "America/Detroit": ("EST", "EDT"),
    "America/Chicago": ("CST", "CDT"),
    "America/Denver": ("MST", "MDT"),
    "America/Phoenix": ("MST", "MST"),  # Arizona does not observe daylight time
    "America/Los_Angeles": ("PST", "PDT"),
    "America/Anchorage": ("AKST", "AKDT"),
    "Pacific/Honolulu": ("HST", "HST"),
}


def ap_month(month: int, *, with_day: bool) -> str:
    name = MONTHS[month - 1]
    return AP_MONTH_ABBR.get(name, name) if with_day else name


def ap_date(d: date, *, weekday: bool = False, year: bool = True) -> str:
    """`Sept. 4, 2026`, `June 11, 2020`; with `weekday`, `Friday, Sept. 4, 2026`."""
    text = f"{ap_month(d.month, with_day=True)} {d.day}"
    if year:
        text += f", {d.year}"
    if weekday:
        text = f"{WEEKDAYS[d.weekday()]}, {text}"
    return text


def ap_time(t: datetime) -> str:
    """`9 a.m.`, `3:30 p.m.`, `noon`, `midnight` (AP: no `:00`, lowercase with periods)."""
    if t.hour == 12 and t.minute == 0:
        return "noon"
    if t.hour == 0 and t.minute == 0:
        return "midnight"
    hour = t.hour % 12 or 12
    suffix = "a.m." if t.hour < 12 else "p.m."
    return f"{hour} {suffix}" if t.minute == 0 else f"{hour}:{t.minute:02d} {suffix}"


def load_zone(name: str) -> tzinfo | None:
    """The IANA zone called `name`, or None when it is empty or unknown."""
    if not name:
        return None
    # Imported on first use: only releases with an embargo or a zone need the zone database.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_abbreviation(moment: datetime, zone: str) -> str:
    """The abbreviation AP prints after a clock time: `EDT` in June, `EST` in December.

    With no usable zone the offset itself is shown (`UTC-4`), which is never wrong.
    """
    tz = load_zone(zone)
    if tz is not None:
        local = moment.astimezone(tz)
        if zone in US_ZONE_ABBR:
            standard, daylight = US_ZONE_ABBR[zone]
            return daylight if local.dst() else standard
        abbr = local.tzname()
        if abbr and not abbr.startswith(("+", "-")):
            return abbr
        return _offset_name(local.utcoffset())
    return _offset_name(moment.utcoffset())


def _offset_name(offset: timedelta | None) -> str:
    if offset is None or offset == timedelta(0):
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes > 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{mins:02d}" if mins else "")


def embargo_local(embargo: datetime, zone: str) -> datetime:
    """The embargo time as the release's zone sees it (or as written, with no zone)."""
    tz = load_zone(zone)
    return embargo.astimezone(tz) if tz is not None else embargo


def ap_embargo(embargo: datetime, zone: str) -> str:
    """`12:01 a.m. EDT, Tuesday, June 9, 2020`: clock time, zone, weekday and date."""
    local = embargo_local(embargo, zone)
    return f"{ap_time(local)} {zone_abbreviation(embargo, zone)}, {ap_date(local.date(), weekday=True)}"


def is_us_daylight(d: date) -> bool:
    """Whether US daylight time is in force on `d` (second Sunday in March to first in November)."""
    from zoneinfo import ZoneInfo

    ny = ZoneInfo("America/New_York")
    noon = datetime(d.year, d.month, d.day, 12, tzinfo=ny)
    return bool(noon.dst())
