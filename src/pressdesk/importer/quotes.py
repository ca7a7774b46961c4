"""Speaker header lines (`Name, Title, Organization`) and the quote marks around quote paragraphs."""

from __future__ import annotations

import re
from functools import lru_cache

from pressdesk.importer.words import (
    ABBREVIATION_END,
    CLOSE_DOUBLE,
    CLOSING_MARKS,
    OPENING_MARKS,
    is_name,
    looks_like_org,
    looks_like_title,
    plain,
)
from pressdesk.model import Speaker

_STATEMENT_OF = re.compile(
    r"^(?:(?:joint\s+)?statement\s+(?:of|from|by)\s+)(?=[A-Z])(.*?):?$", re.I
)
_HEADER_SEPARATORS = re.compile(r"\s+[|–—]\s+|\s+-\s+")
_LEGAL_SUFFIX = re.compile(r"^(?:Inc|LLC|Ltd|L\.P|Co|Corp|PLLC|P\.C)\.?$")


@lru_cache(maxsize=256)
def speaker_from_header(text: str) -> Speaker | None:
    """`Name, Title, Organization` (also `Name – Title, Org` or `Name | Title | Org`), else None."""
    if len(text) > 204:
        return None
    line = _STATEMENT_OF.sub(r"\1", plain(text))  # `Statement of Jane Doe, Director:`
    if not line or line[0] in OPENING_MARKS:
        return None
    if line.endswith((".", "!", "?", ":", ";")) and not ABBREVIATION_END.search(line):
        return None
    if any(ch in line for ch in OPENING_MARKS + CLOSING_MARKS):
        return None
    parts = [p.strip() for p in _HEADER_SEPARATORS.sub(", ", line).split(",")]
    parts = _merge_suffixes([p for p in parts if p])
    if not parts or not is_name(parts[0]):
        return None
    name, rest = parts[0], parts[1:]
    if len(rest) == 0:
        return Speaker(name)
    if len(rest) == 1:
        title, org = _title_and_org(rest[0])
        return Speaker(name, title, org)
    return Speaker(name, ", ".join(rest[:-1]), rest[-1])


def _merge_suffixes(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if out and _LEGAL_SUFFIX.match(part):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


_TITLE_OF_ORG = re.compile(r"^(?P<title>.+?)\s+(?:of|at|for|with)\s+(?:the\s+)?(?P<org>[A-Z].*)$")


def _title_and_org(text: str) -> tuple[str, str]:
    """One part after the name: `Title at Org`, or a title alone, or an organisation alone."""
    m = _TITLE_OF_ORG.match(text)
    if m and looks_like_title(m.group("title")) and not looks_like_title(m.group("org")):
        return m.group("title"), m.group("org")
    if looks_like_title(text) and not looks_like_org(text):
        return text, ""
    return "", text


def strip_marks(text: str) -> tuple[str, bool, bool]:
    """The paragraph without its enclosing marks: (text, had an opening mark, had a closing mark)."""
    opened = bool(text) and text[0] in OPENING_MARKS
    body = text[1:] if opened else text
    closed = bool(body) and body[-1] in CLOSING_MARKS and _closes_enclosing(body)
    if closed:
        body = body[:-1]
    return body.strip(), opened, closed


def _closes_enclosing(body: str) -> bool:
    # A closing mark at the end closes the enclosing quotation unless it closes an inner one
    # that opened inside the paragraph (`… he said, “not now”` typed with double marks).
    if body[-1] == '"':
        return body.count('"') % 2 == 1
    inner_opens = sum(body.count(ch) for ch in OPENING_MARKS if ch != '"')
    inner_closes = sum(body.count(ch) for ch in CLOSE_DOUBLE)
    return inner_closes > inner_opens
