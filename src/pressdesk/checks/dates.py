"""Dates and times in the text, AP style: month forms, no ordinals, right weekdays, sane years, 9 a.m."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from pressdesk.ap import MONTHS, WEEKDAYS, ap_date, ap_month
from pressdesk.checks.context import Context
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import CACHES, finding, has_digit, per_text, prose_fields
from pressdesk.findings import Finding
from pressdesk.model import Release

# Starts with a literal month prefix so the scan skips quickly to candidate letters; the word
# boundary before the month and a weekday before it are checked by hand (see _find_dates).
_DATE = lazy_pattern(
    r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})(?P<dot>\.)?"
    r"\s+(?P<day>\d{1,2})(?P<ord>st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4})\b)?"
)
# Day before month, as in much of the world and on some wires: `9 September 2019`, `4th Jan.`.
_DAY_MONTH = lazy_pattern(
    r"(?P<day>\d{1,2})(?P<ord>st|nd|rd|th)?\s+"
    r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})(?P<dot>\.)?"
    r"(?![^\W\d_])(?:,?\s+(?P<year>\d{4})\b)?"
)
_WEEKDAY_BEFORE = lazy_pattern(
    r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$"
)
# An abbreviated month with no day after it: AP spells it out (`September 2020`, not `Sept. 2020`).
_ABBR_ALONE = lazy_pattern(
    r"\b(?P<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"(?:\.(?!\s*\d{1,2}\b)(?![^\W\d_])|(?=\s+\d{4}\b))"
)

_ABBR_HINTS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@per_text
def _may_abbreviate(text: str) -> bool:
    """Whether `text` holds the start of an abbreviated month (without one, _ABBR_ALONE cannot
    match): substring searches, faster than a pattern, and kept per text."""
    return any(a in text for a in _ABBR_HINTS)


def month_number(word: str) -> int | None:
    """1–12 for a month name or a prefix of one of at least three letters (`Sept`, `Janu`)."""
    if len(word) < 3:
        return None
    for n, name in enumerate(MONTHS, 1):
        if name.startswith(word):
            return n
    return None


class DateMention(NamedTuple):
    """A month-and-day date written in text, with the parts the rules judge."""

    start: int
    end: int
    weekday: str | None
    weekday_start: int
    month: int
    month_start: int
    month_end: int  # includes the period, if any
    month_text: str  # as written, with its period
    day: int
    day_end: int
    ordinal_end: int  # == day_end when there is no ordinal
    year: int | None
    day_first: bool = False  # written day before month (`9 September 2019`)

    def value(self, default: date | None = None) -> date | None:
        """The date meant, taking the year from `default` when none is written."""
        year = self.year if self.year is not None else (default.year if default else None)
        if year is None:
            return None
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


@lru_cache(maxsize=4096)
def _find_dates(text: str) -> tuple[DateMention, ...]:
    if not has_digit(text):
        return ()
    found = [d for m in _DATE.finditer(text) if (d := _mention(text, m, day_first=False))]
    taken = [(d.start, d.end) for d in found]
    for m in _DAY_MONTH.finditer(text):
        d = _mention(text, m, day_first=True)
        # "June 4 2020" is month-day; only a day with no month-day date over it counts.
        if d is not None and not any(a < d.end and d.start < b for a, b in taken):
            found.append(d)
    return tuple(sorted(found, key=lambda d: d.start))


def _mention(text: str, m: re.Match[str], *, day_first: bool) -> DateMention | None:
    """The date `m` matched, or None when it is not one (inside a word, no such month or day)."""
    first = m.start()
    if first > 0 and (text[first - 1].isalpha() or (day_first and text[first - 1].isdigit())):
        return None  # inside a word ("Remay 4") or a longer number ("2024 June")
    month = month_number(m.group("month"))
    if month is None or not 1 <= int(m.group("day")) <= 31:
        return None
    w = _WEEKDAY_BEFORE.search(text, max(0, first - 12), first)
    return DateMention(
        start=w.start("weekday") if w else first,
        end=m.end(),
        weekday=w.group("weekday") if w else None,
        weekday_start=w.start("weekday") if w else -1,
        month=month,
        month_start=m.start("month"),
        month_end=m.end("dot") if m.group("dot") else m.end("month"),
        month_text=m.group("month") + (m.group("dot") or ""),
        day=int(m.group("day")),
        day_end=m.end("day"),
        ordinal_end=m.end("ord") if m.group("ord") else m.end("day"),
        year=int(m.group("year")) if m.group("year") else None,
        day_first=day_first,
    )


CACHES.append(_find_dates)


def find_dates(text: str) -> list[DateMention]:
    """Every `[Weekday, ]Month Day[, Year]` in `text`."""
    return list(_find_dates(text))


@rule(
    "date-month-ap",
    "warning",
    "With a day: Jan. Feb. Aug. Sept. Oct. Nov. Dec., and March to July in full; alone or with a year, in full.",
    "APMONTHS, WE-MONTHS, GETEDITED",
)
def date_month_ap(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "date-month-ap"
    for f in prose_fields(release):
        dates = find_dates(f.text)
        for d in dates:
            want = ap_month(d.month, with_day=True)
            if d.day_first:
                # No fix: putting the month first reorders words, and --fix never does that.
                year = f", {d.year}" if d.year is not None else ""
                yield finding(
                    rid,
                    "warning",
                    f"AP puts the month first: {want} {d.day}{year}",
                    f.path,
                    d.start,
                    d.end,
                )
            elif d.month_text != want:
                yield finding(
                    rid,
                    "warning",
                    f"AP writes {want} before a day, not {d.month_text}",
                    f.path,
                    d.month_start,
                    d.month_end,
                    want,
                )
        if not _may_abbreviate(f.text):
            continue
        for m in _ABBR_ALONE.finditer(f.text):
            if any(d.start <= m.start() < d.end for d in dates):
                continue  # the month of a day-month date ("7 Sept. 2017"): reported above
            month = month_number(m.group("month"))
            assert month is not None
            full = MONTHS[month - 1]
            yield finding(
                rid,
                "warning",
                f"a month with no day is spelled out: {full}",
                f.path,
                m.start(),
                m.end(),
                full,
            )


@rule(
    "date-no-ordinal",
    "warning",
    "No st/nd/rd/th after a day number (June 4, not June 4th).",
    "BW-AP8, PRRELEASE-AP",
)
def date_no_ordinal(release: Release, ctx: Context) -> Iterator[Finding]:
    for f in prose_fields(release):
        for d in find_dates(f.text):
            if d.ordinal_end > d.day_end:
                suffix = f.text[d.day_end : d.ordinal_end]
                yield finding(
                    "date-no-ordinal",
                    "warning",
                    f"AP writes {ap_month(d.month, with_day=True)} {d.day}, without “{suffix}”",
                    f.path,
                    d.day_end,
                    d.ordinal_end,
                    "",
                )


@rule(
    "date-weekday-match",
    "error",
    "A weekday given with a date is the right one for that date.",
    "BW-MISTAKES",
)
def date_weekday_match(release: Release, ctx: Context) -> Iterator[Finding]:
    for f in prose_fields(release):
        for d in find_dates(f.text):
            if d.weekday is None or (d.year is None and ctx.is_guess("date")):
                continue  # with no year written, the year would come from a guessed date
            value = d.value(release.date)
            if value is None:
                continue
            right = WEEKDAYS[value.weekday()]
            if right != d.weekday:
                yield finding(
                    "date-weekday-match",
                    "error",
                    f"{ap_date(value)} is a {right}, not a {d.weekday}",
                    f.path,
                    d.weekday_start,
                    d.weekday_start + len(d.weekday),
                )


@rule(
    "date-year-sanity",
    "warning",
    "The release date (and a dateline date) is this year and within about 30 days of today.",
    "BW-MISTAKES, MWIRE",
)
def date_year_sanity(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "date-year-sanity"
    if isinstance(release.date, date) and not ctx.is_guess("date"):
        if release.date.year != ctx.today.year:
            yield finding(
                rid,
                "warning",
                f"release dated {release.date.year}, but it is {ctx.today.year}: a reused template?",
                "date",
            )
        elif abs((release.date - ctx.today).days) > 30:
            yield finding(
                rid,
                "warning",
                f"release dated {ap_date(release.date)}, more than 30 days from today ({ap_date(ctx.today)})",
                "date",
            )
    for d in find_dates(release.dateline):
        if d.year is not None and d.year != ctx.today.year:
            yield finding(
                rid,
                "warning",
                f"dateline year {d.year} is not this year ({ctx.today.year})",
                "dateline",
                d.start,
                d.end,
            )


# --- times --------------------------------------------------------------------------------------

_TIME = lazy_pattern(
    r"(?P<hour>\d{1,2})(?::(?P<min>\d{2}))?(?P<space>\s*)"
    r"(?P<suffix>[aApP]\.?\s?[mM]\b\.?)"
    r"(?P<redundant>\s+(?:this\s+morning|tonight|this\s+evening|in\s+the\s+(?:morning|evening)))?"
)
_NOON = lazy_pattern(r"\b12\s+noon\b|\b12\s+midnight\b", re.IGNORECASE)


@rule(
    "time-ap-format",
    "warning",
    "Times read 9 a.m. and 3:30 p.m.; noon and midnight, not 12 p.m./12 a.m.; no “10 a.m. this morning”.",
    "APTIME, CREW, PROSELINT",
)
def time_ap_format(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "time-ap-format"
    for f in prose_fields(release):
        text = f.text
        if not has_digit(text):
            continue
        for m in _TIME.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue  # the tail of a longer number or word ("112 am")
            yield from _clock_time(rid, f.path, text, m)
        for m in _NOON.finditer(text) if "12" in text else ():
            yield finding(
                rid,
                "warning",
                f"AP writes {m.group(0).split()[1].lower()}, not {m.group(0)}",
                f.path,
                m.start(),
                m.end(),
            )


def _clock_time(rid: str, path: str, text: str, m: re.Match[str]) -> Iterator[Finding]:
    """The findings for one clock time `m` in `text`: AP form, noon/midnight, a redundant word."""
    hour = int(m.group("hour"))
    minute = m.group("min")
    if not 1 <= hour <= 12 or (minute is not None and int(minute) > 59):
        return
    pm = m.group("suffix")[0] in "pP"
    if hour == 12 and minute in (None, "00"):
        word = "noon" if pm else "midnight"
        message = f"AP writes {word}, not {m.group(0).strip()}"
        yield finding(rid, "warning", message, path, m.start(), m.end("suffix"))
        return
    want = (
        str(hour)
        + (f":{minute}" if minute not in (None, "00") else "")
        + (" p.m." if pm else " a.m.")
    )
    written = text[m.start() : m.end("suffix")]
    # A no-break space (or a narrow one) between the figure and a.m. is a space, well chosen.
    if written.replace("\u00a0", " ").replace("\u202f", " ") != want:
        # A sentence-ending period doubles as the one in `p.m.`.
        message = f"AP writes {want}, not {written}"
        yield finding(rid, "warning", message, path, m.start(), m.end("suffix"), want)
    if m.group("redundant"):
        message = f"“{m.group('redundant').strip()}” repeats what a.m./p.m. says"
        yield finding(rid, "warning", message, path, m.start("redundant"), m.end("redundant"))
