"""The fields of one contact as a text gives them, in any order and with any separators:
`Jane Doe, Valley Coalition, 202-555-0100, jane@example.org`, `Jane Doe (212) 555-0100`,
`Jane Doe: jane@example.org`, `Jane Doe | Press Secretary | jane@example.org`, and the fused cards
some wires print (`Media Contact:Jane DoeAcme Corp.jane@acme.example.org555.010.0199`).

Emails and phone numbers are found first, wherever they stand; what is left between them is
split at separators into the name, title and organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pressdesk.importer.words import looks_like_title

EMAIL = (
    r"\\?\[email\s*protected\\?\]"  # a scraper's stand-in, maybe escaped in Markdown
    r"|[^\s,;<>()\[\]|:]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"|[\w.+\-]+ @ [\w\-]+(?:\.[\w\-]+)+"  # `jane @ example.org`, spaced against harvesters
    r"|[^\s,;()]+\s*(?:\[\s*at\s*\]|\(at\))\s*[^\s,;]+(?:\s*(?:\[\s*dot\s*\]|\(dot\))\s*[^\s,;]+)*"
)
PHONE = (
    r"(?:\+?\(?\d[\d\s().\-–\\]{5,}\d)"
    r"(?:\s*(?:,\s*)?(?:ext\.?|ex\.|x)\s*\d+)?"
    r"|\b1-800-[A-Z0-9-]{7,}"
)
_ITEM = re.compile(
    rf"\[(?P<mdtext>[^\]\n]{{3,80}})\]\((?:mailto:)?[^)\s]*\)"  # a Markdown link: its text
    rf"|(?P<url>(?:https?://|www\.)\S+)"
    rf"|(?P<email>{EMAIL})"
    rf"|(?P<label>\b(?i:e-?mail|phone|tel(?:ephone)?(?:/whatsapp)?|whatsapp|cell|mobile|office"
    r"|direct|fax|website|web|url|ph|p|t|m|o|c|e)\.?\s*:)"
    rf"|(?P<phone>{PHONE})",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r",\s*|\s+\|\s*|\|\s*|;\s*|\s+/\s*|^\s*/\s*|\s+[–—-]\s+|:\s+|\s{2,}|\s+\((?!\d)|\)\s*"
    r"|\s+(?:at|or|and)\s+(?=[^\s,]*@|\+?\(?\d)|^\s*(?:at|or)\s*$"
)
_DROP_AFTER = re.compile(r"(?i:fax|website|web|url)")
_SUFFIX = re.compile(r"(?:Inc|Ltd|Co|Corp|LLC|LLP|PLC|GmbH)\.")
_LIST_MARK = re.compile(r"^[-*•–]\s+")
_TRAILING_WORD = re.compile(r"\s+(?:at|or|and|via|on)$")
_LOWER_UPPER = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@dataclass(frozen=True)
class Field:
    """One field of a contact as written: "email", "phone" or "text", and where it starts."""

    kind: str
    value: str
    offset: int


def contact_fields(
    text: str, start: int = 0, end: int | None = None, known: frozenset[str] | None = None
) -> list[Field]:
    """The fields in `text[start:end]`, in order, with their offsets in `text`. `known`: the
    words the release writes, when its cards are fused (then glued words come apart)."""
    stop = len(text) if end is None else end
    out: list[Field] = []
    pos = start
    drop_next = False
    for m in _ITEM.finditer(text, start, stop):
        kind = m.lastgroup or ""
        value = m.group().strip()
        glued = 0
        if kind == "email" and known is not None:
            glued = len(value) - len(clean_email(value, text[start : m.start()], known))
        out.extend(_text_fields(text, pos, m.start() + glued, known))
        pos = m.end()
        if kind == "label":
            drop_next = bool(_DROP_AFTER.match(value))
            continue
        if kind == "mdtext":
            inner = m.group("mdtext")
            out.append(Field("email" if "@" in inner else "text", inner, m.start() + 1))
        elif kind in ("email", "phone") and not drop_next:
            out.append(Field(kind, value[glued:], m.start() + glued))
        drop_next = False
    out.extend(_text_fields(text, pos, stop, known))
    return _join_extensions(out)


def _text_fields(text: str, start: int, stop: int, known: frozenset[str] | None) -> Iterator[Field]:
    pos = start
    for m in _SEPARATOR.finditer(text, start, stop):
        yield from _piece(text, pos, m.start(), known)
        pos = m.end()
    yield from _piece(text, pos, stop, known)


def _piece(text: str, start: int, stop: int, known: frozenset[str] | None) -> Iterator[Field]:
    piece = text[start:stop]
    lead = len(piece) - len(piece.lstrip())
    value = _TRAILING_WORD.sub("", _LIST_MARK.sub("", piece.strip().strip("*_").strip()))
    if not value or not any(ch.isalnum() for ch in value) or value.lower() in ("at", "or", "and"):
        return
    if known is None:
        yield Field("text", value, start + lead)
        return
    at = start + lead
    for part in unfuse(value, known):
        found = text.find(part.split()[0], at, stop)
        yield Field("text", part, found if found >= 0 else at)


def _join_extensions(fields: list[Field]) -> list[Field]:
    # "202-555-0100, ext. 12" was split at its comma; put the extension back on the number.
    out: list[Field] = []
    for f in fields:
        if out and out[-1].kind == "phone" and re.fullmatch(r"(?:ext\.?|x)\s*\d+", f.value, re.I):
            prev = out[-1]
            out[-1] = Field("phone", f"{prev.value}, {f.value}", prev.offset)
        else:
            out.append(f)
    return out


def unfuse(value: str, known: frozenset[str]) -> list[str]:
    """A fused card's run of words taken apart where case changes inside a word
    (`Jane DoeAcme Corp` → `Jane Doe`, `Acme Corp`), keeping words the release writes so
    elsewhere (`AcmeWorks`, `McAllister`)."""
    parts: list[list[str]] = [[]]
    for word in value.split():
        pieces = _segments(word, known)
        parts[-1].append(pieces[0])
        parts.extend([piece] for piece in pieces[1:])
    return [" ".join(p) for p in parts if p]


def _segments(word: str, known: frozenset[str]) -> list[str]:
    """`DoeAcmeWorks` → `Doe`, `AcmeWorks`: a word split where its case first changes inside it,
    unless the release writes it so elsewhere."""
    if word in known:
        return [word]
    pieces = [p for p in _LOWER_UPPER.split(word) if p]
    return [pieces[0], "".join(pieces[1:])] if len(pieces) > 1 else [word]


def clean_email(email: str, before: str, known: frozenset[str]) -> str:
    """An email with what a fused card glued before it taken off (`CEOjane@acme.example.org`,
    `Acmejane@acme.example.org`, `Inc.jane@…`); an email as written otherwise."""
    local, _, domain = email.partition("@")
    if not local[:1].isupper() or " " in email or not local[1:]:
        return email
    label = domain.split(".")[0].lower()
    for k in range(len(local) - 1, 0, -1):
        head, tail = local[:k], local[k:]
        if not (tail[:1].islower() or tail[:1].isdigit()) or tail.lower() != tail:
            continue
        if _glued(head, before, label, known):
            return f"{tail}@{domain}"
    return email


def _glued(head: str, before: str, label: str, known: frozenset[str]) -> bool:
    """Whether `head` is a word of the card glued to the email (not the email's own start)."""
    last = _LOWER_UPPER.split(head)[-1]  # `DoeCEO`: the card's last word glued on
    if head.lower() == label or (len(last) > 1 and last.isupper()) or _SUFFIX.fullmatch(head):
        return True
    if looks_like_title(last):  # `Officerjo@…`, not `Mediarelations@…`
        return True
    prev = before.rstrip()
    return head in known and bool(prev) and prev[-1].isalpha()  # `Acme Mediajo@…`: a word before
