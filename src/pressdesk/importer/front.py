"""The top of a release: release line and date, top contacts, headline and subheadline."""

from __future__ import annotations

import re

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
from pressdesk.importer.dates import is_date_only, parse_date, parse_release_line
from pressdesk.importer.embargo import apply_release_line
from pressdesk.importer.lines import BANNER, END_MARK, Unit
from pressdesk.importer.quotes import speaker_from_header
from pressdesk.importer.words import is_name, loose, opens_quote, plain

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
    block = len(b.contacts)
    if label is not None:
        start = label.end()
        rest = unit.text[start:]
        if has_reach(rest) and not _block_follows(units, i):
            k = i + 1
            while k < len(units) and _goes_on(unit.text, units[k]):
                unit = unit.joined(units[k])  # a contact line wrapped where no width showed
                k += 1
            for draft in one_line_contacts(unit, start, b.card()):
                b.add_contact(draft, block)
            return k
        first = ContactDraft()
        if rest.strip():
            read_fields(first, unit, start, card=b.card())
        drafts, k = contact_block(units, i + 1, first, b.card())
    else:
        drafts, k = contact_block(units, i, None, b.card())
    for draft in drafts:
        b.add_contact(draft, block)
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


def read_front(b: Builder, units: list[Unit]) -> int:
    """Read the top of the release; returns the index of the first body unit (the lede)."""
    i = 0
    while i < len(units):
        step = _front_step(b, units, i)
        if step is None:
            break
        i = step
    return i


# `Case #M-1234`, `Release No. 26-14`: a reference number over the release, not part of it.
_REFERENCE = re.compile(
    r"^(?:Case|File|Ref(?:erence)?|Release|Docket|No\.?)\s*(?:#|No\.?|Number)\s*\S{1,20}$", re.I
)


def _front_step(b: Builder, units: list[Unit], i: int) -> int | None:
    """What one line of the top is, read into `b`; the index after it, or None where the body
    begins."""
    unit = units[i]
    text = plain(unit.text)
    if END_MARK.match(text):
        return None
    if not b.found_release_line and parse_release_line(loose(text)):
        return apply_release_line(b, units, i)
    banner = BANNER.match(text) if len(text.split()) <= 4 else None
    if banner and (not b.headline or text.isupper()):
        b.kind = "advisory" if banner.group("advisory") else b.kind
        return i + 1
    if b.date is None and is_date_only(text):
        found = parse_date(text)
        assert found is not None
        b.date = found[0]
        b.source["date"] = unit.origin
        return i + 1
    if _REFERENCE.match(text):
        b.note(
            "import-unplaced",
            Severity.INFO,
            f"line {unit.line}: a reference number ({text}), left out",
            unit,
        )
        return i + 1
    if _contacts_here(b, units, i):
        return read_contacts(b, units, i)
    if not b.headline:
        return _headline(b, units, i)
    if starts_dateline(units, i) or b.subheadline or not _is_subheadline(units, i):
        return None
    b.subheadline = _heading_text(unit)
    b.source["subheadline"] = unit.origin_at(_lead(unit))
    return i + 1


def _contacts_here(b: Builder, units: list[Unit], i: int) -> bool:
    """Contacts at the top: labelled, or short lines with an email or phone (above the headline),
    or a name over its phone or email lines (above or under it)."""
    unit = units[i]
    if label_match(unit.text):
        return not b.dateline
    text = plain(unit.text)
    if not contactish(unit):
        return False
    if is_name(text) and reach_ahead(units, i + 1):
        return True
    return not b.headline and has_reach(text)


def _headline(b: Builder, units: list[Unit], i: int) -> int | None:
    unit = units[i]
    text = plain(unit.text)
    if starts_dateline(units, i, lede=False) or unit.hint in ("quote", "item") or opens_quote(text):
        return None
    if advisory_label(text) or _is_header_before_quote(units, i):
        return None
    nxt = units[i + 1] if i + 1 < len(units) else None
    if nxt is not None and not nxt.gap_before and not nxt.hint and _HANGS.search(text):
        unit = unit.joined(nxt)  # `Web browsers:` over `the EU acts`: one headline on two lines
        i += 1
    b.headline = _heading_text(unit)
    b.source["headline"] = unit.origin_at(_lead(unit))
    deck = _DECK.match(b.headline)
    if deck is not None and _title_case(deck.group("head")) and not _title_case(deck.group("deck")):
        # `Council Passes Budget - vote was 7 to 2`: a headline and its deck on one line.
        b.headline = deck.group("head")
        b.subheadline = deck.group("deck")
        b.source["subheadline"] = unit.origin_at(_lead(unit) + deck.start("deck"))
    return i + 1


# A headline line that cannot end there: it hangs on a colon, comma, dash or small word.
_HANGS = re.compile(r"(?:[:,–—&-]|\b(?:of|for|to|and|or|the|a|an|in|on|with|at|by|from))$")
_DECK = re.compile(r"^(?P<head>.{15,}?)\s+[-–—]\s+(?P<deck>\S.{9,})$")


def _title_case(text: str) -> bool:
    """Whether most of the longer words start with a capital, as headlines in title case do."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", text) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) * 10 >= len(words) * 7


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
