"""The top of a release: release line and date, top contacts, headline and subheadline."""

from __future__ import annotations

import re

from pressdesk.ap import ap_date, is_us_daylight
from pressdesk.findings import Severity
from pressdesk.importer.builder import Builder
from pressdesk.importer.contacts import (
    ContactDraft,
    contact_block,
    contactish,
    has_reach,
    label_match,
    one_line_contacts,
    reach_ahead,
    read_fields,
)
from pressdesk.importer.dateline import starts_dateline
from pressdesk.importer.dates import ReleaseLine, is_date_only, parse_date, parse_release_line
from pressdesk.importer.lines import END_MARK, Unit
from pressdesk.importer.quotes import speaker_from_header
from pressdesk.importer.words import is_name, loose, opens_quote, plain

BANNER = re.compile(
    r"^(?P<advisory>(?:media|news|press|photo|tv|broadcast)\s+advisory|advisory)"
    r"|^(?:news|press)\s+release|^for\s+planning\s+purposes(?:\s+only)?|^statement$",
    re.IGNORECASE,
)
ADVISORY_LABEL = re.compile(
    r"^(?:\*\*|__)?(?P<label>WHO|WHAT|WHEN|WHERE|WHY|VISUALS|RSVP|DETAILS|BACKGROUND)"
    r"(?P<colon>\s*:)?(?:\*\*|__)?\s*(?:(?<=:)|(?<=\*\*)|(?<=__)|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def advisory_label(text: str) -> re.Match[str] | None:
    """`WHAT: …`, `WHEN`, `**WHERE:** …`: a media advisory's labels."""
    m = ADVISORY_LABEL.match(text.strip())
    if m is None:
        return None
    label = m.group("label")
    if not m.group("colon") and (m.group("rest") or not label.isupper()):
        return None
    if m.group("rest") and not (label.isupper() or text.startswith(("**", "__"))):
        return None
    return m


def read_contacts(b: Builder, units: list[Unit], i: int) -> int:
    """Contacts starting at `units[i]` (labelled or not); returns the index after them."""
    unit = units[i]
    label = label_match(unit.text)
    if label is not None:
        start = label.end()
        rest = unit.text[start:]
        if has_reach(rest) and not _block_follows(units, i):
            k = i + 1
            while k < len(units) and _goes_on(unit.text, units[k]):
                unit = unit.joined(units[k])  # a contact line wrapped where no width showed
                k += 1
            for draft in one_line_contacts(unit, start):
                b.add_contact(draft)
            return k
        first = ContactDraft()
        if rest.strip():
            read_fields(first, unit, start)
        drafts, k = contact_block(units, i + 1, first)
    else:
        drafts, k = contact_block(units, i, None)
    for draft in drafts:
        b.add_contact(draft)
    return max(k, i + 1)


def _goes_on(line: str, nxt: Unit) -> bool:
    """Whether the next line carries on a one-line contact list (`… / Dana` + `Whitfield, …`)."""
    if nxt.gap_before or END_MARK.match(nxt.text) or label_match(nxt.text):
        return False
    last = line.rsplit(" / ", 1)[-1]
    return (
        line.rstrip().endswith((",", "/"))
        or nxt.text.lstrip().startswith("/")
        or (not has_reach(last) and has_reach(nxt.text) and "," in nxt.text)
    )


def _block_follows(units: list[Unit], i: int) -> bool:
    # `Media Contact: Jane Doe, 202-555-0100` over `jane@example.org`: one contact on two lines.
    if i + 1 >= len(units):
        return False
    nxt = units[i + 1]
    return (
        not nxt.gap_before
        and contactish(nxt)
        and has_reach(nxt.text)
        and " / " not in units[i].text
        and not nxt.text.startswith(("/", ";", "|"))  # the next contact of a one-line list
    )


def _apply_release_line(b: Builder, units: list[Unit], i: int) -> int:
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
    if rl.embargo is not None:
        b.embargo = rl.embargo
        b.zone = rl.zone
        b.source["embargo"] = unit.origin_at(raw(rl.rest_start))
        b.source["zone"] = b.source["embargo"]
        if not rl.has_time or not rl.has_zone:
            missing = "a clock time and a time zone" if not rl.has_time else "a time zone"
            b.note("embargo-complete", Severity.ERROR, f"the embargo line has no {missing}", unit)
        _check_daylight(b, unit, rl)
    if rl.date is not None:
        b.date = rl.date
        b.source["date"] = unit.origin_at(raw(rl.date_start))
        return i + 1
    if i + 1 < len(units) and is_date_only(plain(units[i + 1].text)):
        found = parse_date(plain(units[i + 1].text))
        assert found is not None
        b.date = found[0]
        b.source["date"] = units[i + 1].origin
        if rl.line == "embargoed":
            b.note(
                "embargo-complete", Severity.ERROR,
                "the embargo line names no clock time or time zone", unit,
            )  # fmt: skip
            b.embargo = None
        return i + 2
    if rl.line == "embargoed":
        b.note("embargo-complete", Severity.ERROR, "the embargo line names no date", unit)
    return i + 1


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


def read_front(b: Builder, units: list[Unit]) -> int:
    """Read the top of the release; returns the index of the first body unit (the lede)."""
    i = 0
    headline: Unit | None = None
    while i < len(units):
        unit = units[i]
        text = plain(unit.text)
        if END_MARK.match(text):
            break
        if not b.found_release_line and parse_release_line(loose(text)):
            i = _apply_release_line(b, units, i)
            continue
        banner = BANNER.match(text) if len(text.split()) <= 4 else None
        if banner and headline is None:
            if banner.group("advisory"):
                b.kind = "advisory"
            i += 1
            continue
        if headline is not None and label_match(unit.text) and not b.dateline:
            i = read_contacts(b, units, i)  # `Contact:` under a headline that came first
            continue
        if headline is None:
            if label_match(unit.text) or (
                contactish(unit)
                and (has_reach(text) or (is_name(text) and reach_ahead(units, i + 1)))
            ):
                i = read_contacts(b, units, i)
                continue
            if b.date is None and is_date_only(text):
                found = parse_date(text)
                assert found is not None
                b.date = found[0]
                b.source["date"] = unit.origin
                i += 1
                continue
            if (
                starts_dateline(units, i, colon=False)
                or unit.hint in ("quote", "item")
                or opens_quote(text)
            ):
                break
            if advisory_label(text) or _is_header_before_quote(units, i):
                break
            headline = unit
            b.headline = _heading_text(unit)
            b.source["headline"] = unit.origin_at(_lead(unit))
            i += 1
            continue
        if starts_dateline(units, i) or b.subheadline:
            break
        if _is_subheadline(units, i):
            b.subheadline = _heading_text(unit)
            b.source["subheadline"] = unit.origin_at(_lead(unit))
            i += 1
            continue
        break
    return i


def _is_header_before_quote(units: list[Unit], i: int) -> bool:
    return (
        speaker_from_header(units[i].text) is not None
        and i + 1 < len(units)
        and (opens_quote(plain(units[i + 1].text)) or units[i + 1].hint == "quote")
    )


def _is_subheadline(units: list[Unit], i: int) -> bool:
    unit = units[i]
    text = plain(unit.text)
    if unit.hint in ("quote", "item") or opens_quote(text) or advisory_label(text):
        return False
    if label_match(unit.text) or _is_header_before_quote(units, i):
        return False
    if unit.hint == "emph" or (unit.hint == "heading" and unit.level >= 2):
        return True
    nxt = units[i + 1] if i + 1 < len(units) else None
    return nxt is not None and starts_dateline(units, i + 1)


_EMPHASIS_WRAP = re.compile(r"^(\*\*|__|\*|_)(?P<t>\S.*?\S|\S)\1$")


def _lead(unit: Unit) -> int:
    m = _EMPHASIS_WRAP.match(unit.text)
    return len(m.group(1)) if m else 0


def _heading_text(unit: Unit) -> str:
    """A headline or subheadline as typed, without emphasis wrapped around the whole line."""
    m = _EMPHASIS_WRAP.match(unit.text)
    return m.group("t") if m else unit.text
