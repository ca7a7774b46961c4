"""The release line and its embargo: what the line says, and an embargo made whole.

A release file's embargo is a moment (date, time and zone), and an embargoed release must have
one, so the import always writes one: what the line leaves out comes from the release's date
(or today's) and the start of that day, and one `embargo-complete` finding says what the import
filled in. The release stays embargoed: an import never turns an embargo into an immediate
release (docs/import.md).
"""

from __future__ import annotations

from datetime import date, time

from pressdesk.ap import ap_date, ap_embargo, is_us_daylight
from pressdesk.findings import Severity
from pressdesk.importer.builder import Builder
from pressdesk.importer.dates import (
    Pending,
    ReleaseLine,
    is_date_only,
    make_moment,
    parse_date,
    parse_release_line,
)
from pressdesk.importer.lines import Unit
from pressdesk.importer.words import loose, plain


def apply_release_line(b: Builder, units: list[Unit], i: int) -> int:
    """Read the release line at `units[i]` (and a date on the line under it); the next index."""
    unit = units[i]
    said = loose(unit.text)
    rl = parse_release_line(said)
    assert rl is not None

    def raw(offset: int) -> int:
        # Where character `offset` of the text without Markdown markers sits in the line as typed.
        found = unit.text.find(said[offset : offset + 12]) if offset < len(said) else -1
        return found if found >= 0 else max(0, offset)

    b.found_release_line = True
    b.line = rl.line
    b.source["line"] = unit.origin
    nxt = i + 1
    if rl.date is not None:
        b.date = rl.date
        b.source["date"] = unit.origin_at(raw(rl.date_start))
    elif i + 1 < len(units) and is_date_only(plain(units[i + 1].text)):
        found = parse_date(plain(units[i + 1].text))
        assert found is not None
        b.date = found[0]
        b.source["date"] = units[i + 1].origin
        nxt = i + 2
    if rl.line == "embargoed":
        b.source["embargo"] = unit.origin_at(raw(rl.rest_start))
        b.source["zone"] = b.source["embargo"]
        b.pending_embargo = Pending(
            unit, rl.clock, rl.zone, rl.offset, rl.has_zone, rl.date is not None
        )
        _check_daylight(b, unit, rl)
    return nxt


def finish_embargo(b: Builder, day: date, dated_today: bool) -> None:
    """The embargo's moment from its line's parts and the release's date `day`; one finding for
    whatever the line left out."""
    pending = b.pending_embargo
    if pending is None:
        return
    b.embargo = make_moment(day, pending.clock or time(0), pending.zone, pending.offset)
    b.zone = pending.zone
    missing = [
        name
        for name, there in (
            ("date", pending.has_date or (not dated_today and b.date is not None)),
            ("clock time", pending.clock is not None),
            ("time zone", pending.has_zone),
        )
        if not there
    ]
    if not missing:
        return
    whose = "today's date" if dated_today else "the release date"
    b.note(
        "embargo-complete", Severity.ERROR,
        f"the embargo line names no {_listed(missing)}; until you set it, the release is "
        f"embargoed until {ap_embargo(b.embargo, b.zone)}"
        + (f" ({whose})" if "date" in missing else ""),
        pending.unit,
    )  # fmt: skip


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


_STANDARD = {"EST": "EDT", "CST": "CDT", "PST": "PDT", "AKST": "AKDT"}
_DAYLIGHT = {v: k for k, v in _STANDARD.items()} | {"MDT": "MST"}


def _check_daylight(b: Builder, unit: Unit, rl: ReleaseLine) -> None:
    """`embargo-dst`: EST on a summer date or EDT on a winter one (the text said it; checks can't)."""
    if rl.date is None or not rl.zone_abbr:
        return
    daylight = is_us_daylight(rl.date)
    right = _STANDARD.get(rl.zone_abbr) if daylight else _DAYLIGHT.get(rl.zone_abbr)
    if right is None:
        return
    at = unit.text.find(f" {rl.zone_abbr}") + 1
    when = "in force" if daylight else "not in force"
    b.note(
        "embargo-dst", Severity.ERROR,
        f"{rl.zone_abbr} on {ap_date(rl.date)}, when daylight time is {when}: write {right} "
        f"(or {rl.zone_abbr[:-2]}T)",
        unit, max(at, 0),
    )  # fmt: skip
