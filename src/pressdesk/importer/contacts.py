"""Media contacts: one line (`Media Contact: Name, email, phone / …`) or blocks of short lines.

Emails and phone numbers are kept exactly as written, mangled or not (`[email protected]`), so the
checks can report them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from pressdesk.findings import Origin
from pressdesk.importer.fields import EMAIL, PHONE, Field, contact_fields
from pressdesk.importer.lines import BANNER, END_MARK, Unit
from pressdesk.importer.words import (
    OPENING_MARKS,
    is_name,
    looks_like_org,
    looks_like_title,
    plain,
    unescape,
)

LABEL_RE = re.compile(
    r"^(?:\*\*|__)?(?:"
    r"for\s+(?:more|further)\s+information(?:\s+(?:on|about)\s+[^:,]{1,40})?\s*,?\s*(?:please\s+)?"
    r"(?P<verb>contact|email|call|reach)?"
    r"|for\s+(?:media|press)\s+(?:inquiries|enquiries|information)(?:\s+and\s+[^:]{1,40})?"
    r"|(?:media|press|news|public\s+affairs|[A-Za-z]{2,8}\s+public\s+affairs)\s+(?:contacts?|inquiries|enquiries)"
    r"|contacts?(?:\s+(?:information|details))?"
    r"|to\s+arrange\s+interviews,?\s+(?:please\s+)?(?P<verb2>contact)"
    r")(?P<colon>\s*[:\-–—])?(?:\*\*|__)?\s*",
    re.IGNORECASE,
)
# Lines that end a contact block: what follows them is not a media contact.
NOT_A_CONTACT = re.compile(
    r"^(?:\*\*|__)?(?:for\s+)?(?:public|general|customer)\s+(?:inquiries|enquiries)"
    r"|^(?:company\s+website|website(?=\s*:|https?:|www\.)|resources\s*:|follow\s+us"
    r"|(?:youtube|tiktok|instagram|facebook|twitter|linkedin|x)\s*:)",
    re.IGNORECASE,
)
# A line that is only a link: a website or a social-media account, as wire cards end.
LINK_LINE = re.compile(
    r"^(?:company\s+)?website\s*:?\s*(?:https?://|www\.)|^(?:youtube|tiktok|instagram|facebook|twitter"
    r"|linkedin|x)\s*:\s*\S+$|^(?:https?://|www\.)\S+$",
    re.IGNORECASE,
)
EMAIL_RE = re.compile(EMAIL, re.IGNORECASE)
PHONE_RE = re.compile(PHONE, re.IGNORECASE)


@dataclass(frozen=True)
class Card:
    """What contact reading knows about the release: its words, when its contact cards are
    fused (`Media Contact:Jane DoeAcme`), and the organisations its boilerplate names."""

    known: frozenset[str] | None = None
    orgs: tuple[str, ...] = ()


PLAIN_CARD = Card()


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
            if key in ("title", "org") and value.casefold() not in getattr(self, key).casefold():
                setattr(self, key, f"{getattr(self, key)}, {value}")
            elif key in ("title", "org"):
                pass  # `Acme` again, as a fused card repeats it
            else:
                self.left_out.append((key, value, origin))
            return
        setattr(self, key, value)
        self.origins[key] = origin

    def absorb(self, line: ContactDraft) -> None:
        """The fields of the contact's next line (read on its own) added to it."""
        for key in ("name", "title", "org", "email", "phone"):
            value = getattr(line, key)
            if value and key == "name" and self.name and not is_name(value):
                # Read alone, `Vice President, Acme` opened with a "name"; under one it is a title.
                key = "title" if looks_like_title(value) and not self.title else "org"
                self.set(key, value, line.origins["name"])
            elif value:
                self.set(key, value, line.origins[key])
        self.left_out.extend(line.left_out)

    @property
    def reachable(self) -> bool:
        return bool(self.email or self.phone)

    @property
    def empty(self) -> bool:
        return not (self.name or self.email or self.phone or self.org or self.title)


def label_match(text: str) -> re.Match[str] | None:
    """`Media Contact:`, `Contacts:`, `Press contact`, `For more information, contact:` at the
    start; also `For further information, please contact Jane Doe …` and a wire's glued
    `Contact DetailsJane Doe`."""
    m = LABEL_RE.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    glued = m.end() < len(text) and text[m.end() - 1].isalpha() and text[m.end()].isupper()
    if m.group("colon") or not rest.strip() or has_reach(rest) or glued:
        return m
    if (m.group("verb") or m.group("verb2")) and rest[:1].isupper():
        return m
    return None


def has_reach(text: str) -> bool:
    """Whether the text holds an email address or a phone number (contact lines are short)."""
    text = text[:500]
    # Cheap looks first: most paragraphs have neither an `@` nor seven digits close together.
    if _EMAIL_HINT.search(text) and EMAIL_RE.search(text):
        return True
    return _DIGITS_HINT.search(text) is not None and _is_phone(text)


_EMAIL_HINT = re.compile(r"@|\[email|\bat\b[\])]", re.IGNORECASE)
_DIGITS_HINT = re.compile(r"\d(?:\D{0,3}\d){6}")


def _is_phone(text: str) -> bool:
    m = PHONE_RE.search(text)
    return m is not None and sum(ch.isdigit() for ch in m.group()) >= 7


def read_fields(
    draft: ContactDraft, unit: Unit, start: int, end: int | None = None, card: Card = PLAIN_CARD
) -> None:
    """Read the fields of one contact in `unit.text[start:end]` into `draft`."""
    _apply(draft, unit, contact_fields(unit.text, start, end, card.known), card)


def _apply(draft: ContactDraft, unit: Unit, fields: list[Field], card: Card) -> None:
    texts: list[tuple[str, int]] = []
    for f in fields:
        origin = unit.origin_at(f.offset)
        if f.kind == "email":
            draft.set("email", unescape(f.value).removeprefix("mailto:"), origin)
        elif f.kind == "phone":
            draft.set("phone", unescape(f.value), origin)
        else:
            texts.extend(_org_then_name(unescape(f.value), f.offset, card.orgs))
    if any(_ADDRESS.search(text) for text, _ in texts):
        return  # a postal address: no name, title or organisation in it
    _name_title_org(draft, unit, _merge_legal_suffixes(texts))


def _org_then_name(text: str, offset: int, orgs: tuple[str, ...]) -> list[tuple[str, int]]:
    """`Acme Corp Jane Doe` → the organisation the release names, then the name."""
    for org in orgs:
        if text.startswith(org + " ") and is_name(text[len(org) + 1 :]):
            return [(org, offset), (text[len(org) + 1 :], offset + len(org) + 1)]
    return [(text, offset)]


def _merge_legal_suffixes(texts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for text, offset in texts:
        if out and re.fullmatch(r"(?:Inc|LLC|Ltd|Co|Corp|L\.P|P\.C)\.?", text):
            out[-1] = (f"{out[-1][0]}, {text}", out[-1][1])
        else:
            out.append((text, offset))
    return out


def _name_title_org(draft: ContactDraft, unit: Unit, leftovers: list[tuple[str, int]]) -> None:
    leftovers = [(raw, at) for raw, at in leftovers if not _NOT_A_FIELD.search(raw)]
    named = next((x for x in leftovers if is_name(x[0])), None)
    for raw, offset in leftovers:
        origin = unit.origin_at(offset)
        if not draft.name and (
            (raw, offset) == named
            or named is None
            and len(raw.split()) > 1
            and not looks_like_org(raw)
            and (not looks_like_title(raw) or (raw, offset) == leftovers[0] and len(leftovers) > 1)
        ):
            draft.set("name", raw, origin)
        elif looks_like_title(raw) and not looks_like_org(raw) and not draft.title:
            draft.set("title", raw, origin)
        elif not draft.org:
            draft.set("org", raw, origin)
        elif not draft.title:
            draft.set("title", raw, origin)
        else:
            draft.set("org", raw, origin)


# Words beside a phone number that describe it: no name, title or organisation.
_NOT_A_FIELD = re.compile(
    r"^(?i:(?:national\s+)?toll[- ]free|fax|main(?:\s+line)?|office|cell|mobile|direct|tel)$"
)
_ADDRESS = re.compile(
    r"^\d+\s+[A-Z]|\b\d{5}(?:-\d{4})?(?!\d)|\b(?:Suite|Ste\.|Bldg|P\.?O\.? Box)\b"
)


def one_line_contacts(unit: Unit, start: int, card: Card = PLAIN_CARD) -> list[ContactDraft]:
    """`Name, email, phone / Name, email, phone` (or `;`, `|` or a run of spaces between): a new
    contact starts at a name once the one before has an email or phone; another label
    (`Public Affairs Contact:`) starts one too, and a label that names no contact ends them."""
    drafts: list[ContactDraft] = []
    fields: list[Field] = []
    for piece_start, piece_end in _labelled_pieces(unit.text, start):
        for f in contact_fields(unit.text, piece_start, piece_end, card.known):
            if f.kind == "text" and is_name(f.value) and any(g.kind != "text" for g in fields):
                drafts.append(_draft(unit, fields, card))
                fields = []
            fields.append(f)
        if fields:
            drafts.append(_draft(unit, fields, card))
            fields = []
    return [d for d in drafts if not d.empty]


def _draft(unit: Unit, fields: list[Field], card: Card) -> ContactDraft:
    draft = ContactDraft()
    _apply(draft, unit, fields, card)
    return draft


_INNER_LABEL = re.compile(r"\s{2,}(?=[A-Z][A-Za-z ]{2,40}:)")


def _labelled_pieces(text: str, start: int) -> list[tuple[int, int]]:
    """`A | a@x  PUBLIC AFFAIRS CONTACT: B | b@x  RESOURCES: …`: one piece per contact label,
    up to a label that names no contact."""
    pieces: list[tuple[int, int]] = []
    pos = start
    for m in _INNER_LABEL.finditer(text, start):
        rest = text[m.end() :]
        label = label_match(rest)
        if label is None and not NOT_A_CONTACT.match(rest):
            continue
        pieces.append((pos, m.start()))
        if label is None:
            return pieces
        pos = m.end() + label.end()
    pieces.append((pos, len(text)))
    return pieces


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


def reach_ahead(units: list[Unit], k: int, limit: int = 5, *, gaps: bool = False) -> bool:
    """Whether an email or phone follows within the next few short lines (a new contact's);
    `gaps`: across blank lines too (under a label, where a wire's card spaces its fields)."""
    for j in range(k, min(len(units), k + limit)):
        if not contactish(units[j]) or (j > k and units[j].gap_before and not gaps):
            return False
        if has_reach(units[j].text):
            return True
    return False


MAX_BLOCK_LINES = 60  # ten contacts of six lines: a longer run of short lines is not contacts


def contact_block(
    units: list[Unit], k: int, first: ContactDraft | None, card: Card = PLAIN_CARD
) -> tuple[list[ContactDraft], int]:
    """Contacts written as blocks of short lines from `units[k]` on; returns them and the next index."""
    drafts: list[ContactDraft] = []
    current = first if first is not None else ContactDraft()
    stop = min(len(units), k + MAX_BLOCK_LINES)
    while k < stop:
        unit = units[k]
        if not contactish(unit) or label_match(unit.text) or NOT_A_CONTACT.match(unit.text):
            break
        if len(unit.text) < 40 and BANNER.match(plain(unit.text)):
            break  # `MEDIA ADVISORY` under the contacts
        if _SUB_LABEL.match(plain(unit.text)):
            k += 1  # `Media:` / `Investors:` inside a contact block
            continue
        line = ContactDraft()
        read_fields(line, unit, 0, card=card)
        step = _step(current, line, unit, partial(reach_ahead, units, k, gaps=first is not None))
        if step == "stop":
            break
        if step == "new":
            drafts.append(current)
            current = ContactDraft()
        current.absorb(line)
        k += 1
    if not current.empty:
        drafts.append(current)
    return [d for d in drafts if not d.empty], k


def _step(
    current: ContactDraft, line: ContactDraft, unit: Unit, reach_follows: Callable[[], bool]
) -> str:
    """What a line does to the contact being read: "same", "new" (the next contact) or "stop".

    A wire's card puts every field in a paragraph of its own, so a blank line alone does not
    start a new contact: a new name does, once the contact before can be reached."""
    if not current.reachable:
        if not current.empty and not line.reachable and not reach_follows():
            return "stop"
        return "same"
    if line.reachable:
        return "new" if line.name else "same"
    complete = bool(current.email and current.phone)
    if unit.gap_before or complete or (line.name and current.name):
        return "new" if (line.name or not unit.gap_before) and reach_follows() else "stop"
    return "same"  # a title or organisation under the name and number


# `For interviews, email Jo Lee at jo@example.org.`: a contact inside a sentence.
_CONTACT_SENTENCE = re.compile(
    r"(?i:\b(?:media|press|reporters?|journalists?|interviews?|information)\b).{0,160}?"
    r"\b(?i:contact|e-?mail|call|reach)\s+(?P<who>[A-Z][^@\d]{2,120}?)\s+(?i:at|on|via)\s+"
    r"(?=\S+@|\(?\+?\d)"
)


_CONTACT_VERB = re.compile(r"(?i:contact|e-?mail|call|reach)")


def sentence_contact(unit: Unit) -> ContactDraft | None:
    """The contact a short paragraph gives in a sentence, if it gives one."""
    text = unit.text
    if len(text) > 400 or not _CONTACT_VERB.search(text) or not has_reach(text):
        return None
    m = _CONTACT_SENTENCE.search(text)
    if m is None:
        return None
    draft = ContactDraft()
    read_fields(draft, unit, m.start("who"))
    return draft if draft.name and draft.reachable else None
