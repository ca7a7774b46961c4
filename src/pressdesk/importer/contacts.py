"""Media contacts: one line (`Media Contact: Name, email, phone / …`) or blocks of short lines.

Emails and phone numbers are kept exactly as written, mangled or not (`[email protected]`), so the
checks can report them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressdesk.findings import Origin
from pressdesk.importer.lines import END_MARK, Unit
from pressdesk.importer.words import (
    OPENING_MARKS,
    is_name,
    looks_like_org,
    looks_like_title,
    plain,
    unescape,
)

LABEL_RE = re.compile(
    r"^(?:\*\*|__)?(?:for\s+(?:more\s+information|media\s+inquiries|press\s+inquiries)\s*,?\s*(?:contact)?"
    r"|(?:media|press|news)\s+(?:contacts?|inquiries|enquiries)|contacts?)"
    r"(?:\s+information)?\s*(?P<colon>[:\-–—])?(?:\*\*|__)?\s*",
    re.IGNORECASE,
)
EMAIL_RE = re.compile(
    r"[^\s,;<>()]+@[^\s,;<>()]+|\[email\s*protected\]"
    r"|[^\s,;]+\s*(?:\[\s*at\s*\]|\(at\))\s*[^\s,;]+(?:\s*(?:\[\s*dot\s*\]|\(dot\))\s*[^\s,;]+)*",
    re.IGNORECASE,
)
# Between the fields of one contact: commas, bars, dashes, parentheses, `at`/`or` before an
# address or number (`Jane Doe at jane@example.org or 202-555-0100`).
_FIELD_SEPARATOR = re.compile(
    r"(,\s*|\s+\|\s+|\s+[–—]\s+|\s+\((?!\d|at\)|dot\))"
    r"|\s+(?:at|or)\s+(?=[^\s,]*@|\+?\(?\d))"
)
PHONE_RE = re.compile(
    r"(?:\+?\(?\d[\d\s().\-–]{5,}\d)(?:\s*(?:,\s*)?(?:ext\.?|x)\s*\d+)?", re.IGNORECASE
)
_FIELD_LABEL = re.compile(
    r"^(?:e-?mail|phone|tel(?:ephone)?|cell|mobile|office|direct|ph|p|t|m|o|c|e)\.?\s*:\s*",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s+/\s+|\s*;\s*|\s+\|\s+")


@dataclass
class ContactDraft:
    """A contact being read, with where each of its fields came from."""

    name: str = ""
    title: str = ""
    org: str = ""
    email: str = ""
    phone: str = ""
    origins: dict[str, Origin] = field(default_factory=dict)
    left_out: list[tuple[str, str, Origin]] = field(default_factory=list)  # a second phone, …

    def set(self, key: str, value: str, origin: Origin) -> None:
        if getattr(self, key):
            if key in ("title", "org"):
                setattr(self, key, f"{getattr(self, key)}, {value}")
            else:
                self.left_out.append((key, value, origin))
            return
        setattr(self, key, value)
        self.origins[key] = origin

    @property
    def reachable(self) -> bool:
        return bool(self.email or self.phone)

    @property
    def empty(self) -> bool:
        return not (self.name or self.email or self.phone or self.org or self.title)


def label_match(text: str) -> re.Match[str] | None:
    """`Media Contact:`, `Contacts:`, `Press contact`, `For more information, contact:` at the start."""
    m = LABEL_RE.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    if m.group("colon") or not rest.strip() or has_reach(rest):
        return m
    return None


def has_reach(text: str) -> bool:
    """Whether the text holds an email address or a phone number (contact lines are short)."""
    text = text[:500]
    return bool(EMAIL_RE.search(text) or _is_phone(text))


def _is_phone(text: str) -> bool:
    m = PHONE_RE.search(text)
    return m is not None and sum(ch.isdigit() for ch in m.group()) >= 7


def _pieces(unit: Unit, start: int, separators: re.Pattern[str]) -> list[tuple[str, int]]:
    """Split `unit.text[start:]` at separators, keeping each piece's offset."""
    out: list[tuple[str, int]] = []
    text = unit.text
    pos = start
    for m in separators.finditer(text, start):
        out.append((text[pos : m.start()], pos))
        pos = m.end()
    out.append((text[pos:], pos))
    return out


def read_fields(draft: ContactDraft, unit: Unit, start: int, end: int | None = None) -> None:
    """Read comma-separated fields of one contact from `unit.text[start:end]` into `draft`."""
    stop = len(unit.text) if end is None else end
    segment = unit.text[start:stop]
    pos = start
    parts: list[tuple[str, int]] = []
    for n, piece in enumerate(_FIELD_SEPARATOR.split(segment)):
        if piece and n % 2 == 0:  # odd pieces are the separators themselves
            parts.append((piece, pos))
        pos += len(piece)
    parts = _join_extensions(parts)
    leftovers: list[tuple[str, int]] = []
    for piece, offset in parts:
        lead = len(piece) - len(piece.lstrip())
        raw = piece.strip()
        offset += lead
        label = _FIELD_LABEL.match(raw)
        if label:
            offset += label.end()
            raw = raw[label.end() :]
        raw = unescape(raw.strip().strip("*").strip())
        if raw.endswith(")") and raw.count("(") < raw.count(")"):
            raw = raw[:-1].rstrip()  # the end of `Jane Doe (jane@example.org, 202-555-0100)`
        if not raw:
            continue
        origin = unit.origin_at(offset)
        if EMAIL_RE.fullmatch(raw) or (EMAIL_RE.search(raw) and " " not in raw):
            draft.set("email", raw.removeprefix("mailto:"), origin)
        elif _is_phone(raw) and PHONE_RE.fullmatch(raw):
            draft.set("phone", raw, origin)
        else:
            leftovers.append((raw, offset))
    for raw, offset in leftovers:
        origin = unit.origin_at(offset)
        if (
            not draft.name
            and not looks_like_org(raw)
            and not looks_like_title(raw)
            or not draft.name
            and len(leftovers) > 1
            and (raw, offset) == leftovers[0]
        ):
            draft.set("name", raw, origin)
        elif looks_like_org(raw) and not draft.org:
            draft.set("org", raw, origin)
        elif not draft.title and (looks_like_title(raw) or len(leftovers) > 2):
            draft.set("title", raw, origin)
        elif not draft.org:
            draft.set("org", raw, origin)
        elif not draft.title:
            draft.set("title", raw, origin)
        else:
            draft.set("org", raw, origin)


def _join_extensions(parts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    # "202-555-0100, ext. 12" was split at its comma; put the extension back on the number.
    out: list[tuple[str, int]] = []
    for piece, offset in parts:
        if out and re.match(r"\s*(?:ext\.?|x)\s*\d+\s*$", piece, re.IGNORECASE):
            prev, prev_offset = out[-1]
            out[-1] = (prev + ", " + piece.strip(), prev_offset)
        else:
            out.append((piece, offset))
    return out


def one_line_contacts(unit: Unit, start: int) -> list[ContactDraft]:
    """`Name, email, phone / Name, email, phone` (also `;` or `|` between contacts)."""
    drafts = []
    for piece, offset in _pieces(unit, start, _SEPARATORS):
        if not piece.strip():
            continue
        draft = ContactDraft()
        read_fields(draft, unit, offset, offset + len(piece))
        if not draft.empty:
            drafts.append(draft)
    return drafts


_SUB_LABEL = re.compile(
    r"^(?:media|press|investors?|analysts?|general|business)\s*(?:inquiries|relations)?:$", re.I
)


def contactish(unit: Unit) -> bool:
    """A short line that could belong to a contact block (name, title, org, phone, email)."""
    if len(unit.text) > 300:
        return False
    text = plain(unit.text)
    if not text or unit.hint in ("heading", "quote"):
        return False
    if END_MARK.match(text) or text[0] in OPENING_MARKS:
        return False
    if _SUB_LABEL.match(text):
        return True
    if has_reach(text):
        return len(text.split()) <= 16
    words = text.split()
    return len(words) <= 10 and not text.endswith((".", "!", "?", ":")) or _ends_abbrev(text)


def _ends_abbrev(text: str) -> bool:
    return bool(re.search(r"\b(?:Inc|Co|Corp|Ltd|LLC|D\.C)\.$", text)) and len(text.split()) <= 10


def reach_ahead(units: list[Unit], k: int, limit: int = 5) -> bool:
    """Whether an email or phone follows within the next few short lines (a new contact's)."""
    for j in range(k, min(len(units), k + limit)):
        if not contactish(units[j]) or (j > k and units[j].gap_before):
            return False
        if has_reach(units[j].text):
            return True
    return False


def contact_block(
    units: list[Unit], k: int, first: ContactDraft | None
) -> tuple[list[ContactDraft], int]:
    """Contacts written as blocks of short lines from `units[k]` on; returns them and the next index."""
    drafts: list[ContactDraft] = []
    current = first if first is not None else ContactDraft()
    while k < len(units):
        unit = units[k]
        if not contactish(unit) or label_match(unit.text):
            break
        text = plain(unit.text)
        if _SUB_LABEL.match(text):
            k += 1  # `Media:` / `Investors:` inside a contact block
            continue
        reach = has_reach(text)
        starts_new = (
            current.reachable
            and not reach
            and (unit.gap_before or is_name(text) or (current.email and current.phone))
        ) or (unit.gap_before and current.reachable)
        if starts_new:
            if not reach_ahead(units, k):
                break
            drafts.append(current)
            current = ContactDraft()
        elif (
            not current.empty and not current.reachable and not reach and not reach_ahead(units, k)
        ):
            break
        read_fields(current, unit, 0)
        k += 1
    if not current.empty:
        drafts.append(current)
    return [d for d in drafts if not d.empty], k
