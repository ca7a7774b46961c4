"""The release line: FOR IMMEDIATE RELEASE or EMBARGOED UNTIL a complete moment in a zone that fits it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from pressdesk.ap import ap_date, embargo_local, is_us_daylight, load_zone, zone_abbreviation
from pressdesk.checks.context import Context
from pressdesk.checks.dates import DateMention, find_dates
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import finding, lowered, occurs, prose_fields
from pressdesk.findings import Finding
from pressdesk.model import RELEASE_LINES, Release

IMMEDIATE = lazy_pattern(r"\bfor\s+immediate\s+release\b", re.IGNORECASE)
EMBARGO_PHRASE = lazy_pattern(
    r"\b(?:embargoed(?:\s+for\s+release)?\s+until|hold\s+for\s+release\s+until|embargo:)",
    re.IGNORECASE,
)
CLOCK = lazy_pattern(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?|\bnoon\b|\bmidnight\b", re.IGNORECASE)
ZONE_WORD = lazy_pattern(r"\b(?:[ECMP][SD]?T|AK[SD]T|HST|UTC|GMT)\b")

# Daylight/standard abbreviations written in text, and the plain form AP and the wires accept.
DAYLIGHT = {"EDT": "ET", "CDT": "CT", "MDT": "MT", "PDT": "PT", "AKDT": "AKT"}
STANDARD = {"EST": "ET", "CST": "CT", "MST": "MT", "PST": "PT", "AKST": "AKT"}
COUNTERPART = {
    **{s: d for s, d in zip(STANDARD, DAYLIGHT, strict=True)},
    **{d: s for s, d in zip(STANDARD, DAYLIGHT, strict=True)},
}
# The lookahead names the letters a zone can start with, so the search skips ahead to them instead
# of trying every word boundary: twice as fast, and it runs on every text after every key typed.
ZONE_IN_TEXT = lazy_pattern(r"(?=[ACEMP])\b(EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT)\b")


@rule(
    "release-line-present",
    "warning",
    "The release line is FOR IMMEDIATE RELEASE or an embargo with a lift time to print.",
    "NPMT, JFKL, HORSEROAR, GEOLSOC",
)
def release_line_present(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "release-line-present"
    if release.line not in RELEASE_LINES:
        yield finding(
            rid,
            "warning",
            f"release line {release.line!r} is neither immediate nor embargoed",
            "line",
        )
    elif release.line == "embargoed" and release.embargo is None:
        yield finding(
            rid,
            "warning",
            "embargoed release with no lift time: the line cannot be printed",
            "line",
        )


@rule(
    "release-line-date",
    "warning",
    "The release line carries a date that parses.",
    "NPMT, JFKL",
)
def release_line_date(release: Release, ctx: Context) -> Iterator[Finding]:
    if not isinstance(release.date, date):
        yield finding(
            "release-line-date", "warning", "the release has no date for its release line", "date"
        )


@rule(
    "release-line-conflict",
    "error",
    "A release is either for immediate release or embargoed, never both.",
    "AHCJ",
)
def release_line_conflict(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "release-line-conflict"
    if release.line == "immediate" and release.embargo is not None:
        yield finding(
            rid,
            "error",
            "immediate release with an embargo time: set the line to embargoed or remove the embargo",
            "embargo",
        )
    wrong = EMBARGO_PHRASE if release.line == "immediate" else IMMEDIATE
    hints = ("embargo", "hold for") if release.line == "immediate" else ("immediate",)
    for f in prose_fields(release):
        low = lowered(f.text)
        if not any(h in low for h in hints):
            continue
        m = wrong.search(f.text)
        if m:
            yield finding(
                rid,
                "error",
                f"“{m.group(0)}” in the text of a release whose line is {release.line}",
                f.path,
                m.start(),
                m.end(),
            )


@rule(
    "embargo-complete",
    "error",
    "An embargo carries a date, a clock time and a time zone.",
    "GEOLSOC, MYPRW, APTZ",
)
def embargo_complete(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "embargo-complete"
    if release.line == "embargoed" and release.embargo is None:
        yield finding(rid, "error", "embargoed with no date, clock time and zone", "embargo")
    elif isinstance(release.embargo, datetime) and release.embargo.utcoffset() is None:
        yield finding(
            rid,
            "error",
            "the embargo time has no time zone (write it with an offset, e.g. 00:01:00-04:00)",
            "embargo",
        )
    # An embargo typed into the text must name the moment in full too.
    for f in prose_fields(release):
        low = lowered(f.text)
        if "embargo" not in low and "hold for" not in low:
            continue
        for m in EMBARGO_PHRASE.finditer(f.text):
            tail = f.text[m.end() : m.end() + 60]
            missing = [
                what
                for what, found in (
                    ("date", find_dates(tail)),
                    ("clock time", CLOCK.search(tail)),
                    ("time zone", ZONE_WORD.search(tail)),
                )
                if not found
            ]
            if missing:
                yield finding(
                    rid,
                    "error",
                    f"embargo with no {' or '.join(missing)}",
                    f.path,
                    m.start(),
                    m.end(),
                )


@rule(
    "embargo-past",
    "warning",
    "The embargo lifts no earlier than the release date (and, with --final, not before today).",
    "(logic)",
    profiles="--final: error",
)
def embargo_past(release: Release, ctx: Context) -> Iterator[Finding]:
    emb = release.embargo
    if release.line != "embargoed" or not isinstance(emb, datetime) or emb.utcoffset() is None:
        return
    lift = embargo_local(emb, release.zone).date()
    if lift < release.date and not ctx.is_guess("date"):
        yield finding(
            "embargo-past",
            "warning",
            f"the embargo lifts on {ap_date(lift)}, before the release date ({ap_date(release.date)})",
            "embargo",
        )
    elif ctx.final and lift < ctx.today:
        # Only when the release is about to go out: a draft may be checked on any day.
        yield finding(
            "embargo-past",
            "error",
            f"the embargo lifted on {ap_date(lift)}, before today: send it as an immediate "
            "release or set a new lift time",
            "embargo",
        )


@rule(
    "embargo-dst",
    "error",
    "Daylight-time zones (EDT…) only inside US daylight time and standard ones (EST…) outside it; the embargo offset matches its zone.",
    "BW-MISTAKES, BW-DST, MWIRE, APDST",
)
def embargo_dst(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "embargo-dst"
    emb = release.embargo
    if isinstance(emb, datetime) and emb.utcoffset() is not None and release.zone:
        tz = load_zone(release.zone)
        if tz is not None:
            expected = emb.astimezone(tz).utcoffset()
            if expected != emb.utcoffset():
                yield finding(
                    rid,
                    "error",
                    f"embargo offset {_offset(emb.utcoffset())} is not {release.zone}'s offset on "
                    f"{ap_date(emb.astimezone(tz).date())} ({_offset(expected)}, "
                    f"{zone_abbreviation(emb, release.zone)})",
                    "embargo",
                )
    # No automatic fix: EST -> ET swaps a word, and --fix never changes words.
    default_day: date | None = emb.date() if isinstance(emb, datetime) else release.date
    if not isinstance(emb, datetime) and ctx.is_guess("date"):
        default_day = None  # a zone with no date near it is judged against no guessed date
    arizona = release.zone in ("America/Phoenix", "Pacific/Honolulu")
    for f in prose_fields(release):
        if not occurs(ZONE_IN_TEXT, f.text):
            continue
        nearest = _NearestDate(find_dates(f.text), default_day)
        for m in ZONE_IN_TEXT.finditer(f.text):
            abbr = m.group(1)
            day = nearest(m.start())
            if day is None:
                continue
            daylight = is_us_daylight(day)
            if abbr in STANDARD and daylight and not (arizona and abbr in ("MST", "HST")):
                yield finding(
                    rid,
                    "error",
                    f"{abbr} on {ap_date(day)}, which is in daylight time: write {COUNTERPART[abbr]} or {STANDARD[abbr]}",
                    f.path,
                    m.start(),
                    m.end(),
                )
            elif abbr in DAYLIGHT and not daylight:
                yield finding(
                    rid,
                    "error",
                    f"{abbr} on {ap_date(day)}, which is in standard time: write {COUNTERPART[abbr]} or {DAYLIGHT[abbr]}",
                    f.path,
                    m.start(),
                    m.end(),
                )


class _NearestDate:
    """The date written nearest a place in a text (found by bisection), else `default`."""

    def __init__(self, dates: list[DateMention], default: date | None) -> None:
        known = [(d.start, value) for d in dates if (value := d.value(default)) is not None]
        self.starts = [start for start, _ in known]
        self.values = [value for _, value in known]
        self.default = default

    def __call__(self, pos: int) -> date | None:
        if not self.starts:
            return self.default
        k = bisect.bisect_left(self.starts, pos)
        # The nearest is the first date at or after `pos` or the last one before it; a tie
        # goes to the earlier date, as the date a zone follows usually comes first.
        candidates = [j for j in (k - 1, k) if 0 <= j < len(self.starts)]
        best = min(candidates, key=lambda j: (abs(self.starts[j] - pos), j))
        return self.values[best]


def _offset(delta: timedelta | None) -> str:
    if delta is None:
        return "none"
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"
