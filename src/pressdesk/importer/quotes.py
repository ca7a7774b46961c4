"""Speaker header lines, said-style attributions and the quote marks around quote paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass
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

_HEADER_SEPARATORS = re.compile(r"\s+[|–—]\s+|\s+-\s+")
_LEGAL_SUFFIX = re.compile(r"^(?:Inc|LLC|Ltd|L\.P|Co|Corp|PLLC|P\.C)\.?$")


@lru_cache(maxsize=256)
def speaker_from_header(text: str) -> Speaker | None:
    """`Name, Title, Organization` (also `Name – Title, Org` or `Name | Title | Org`), else None."""
    if len(text) > 204:
        return None
    line = plain(text)
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


def speaker_from_attribution(words: str) -> Speaker | None:
    """`Jane Doe, executive director of the Riverside Coalition` (what follows `said`)."""
    words = re.sub(r",\s+(?:who|which|whose|where)\b.*$", "", words.strip())
    words = words.strip().rstrip(".,;:").strip()
    if not words:
        return None
    m = re.match(
        r"^(?P<name>[^,]+?)(?:,\s+(?P<rest>.+)|\s+(?:of|at|from)\s+(?:the\s+)?(?P<org>[A-Z].*))?$",
        words,
    )
    if m is None:
        return None
    name = m.group("name")
    prefix = ""
    if not is_name(name):
        # `said Secretary Alma Reyes`, `said Council chair Henry Aku`: a title before the name.
        split = _title_before_name(name)
        if split is None:
            return None
        prefix, name = split
    if m.group("org"):
        return Speaker(name, prefix, m.group("org"))
    rest = m.group("rest") or ""
    if prefix:
        title, org = _title_and_org(rest) if rest else ("", "")
        return Speaker(name, prefix if not title else f"{prefix}, {title}", org)
    if not rest:
        return Speaker(name)
    if ", " in rest:
        title, org = rest.rsplit(", ", 1)
        return Speaker(name, title, org)
    title_org = re.match(
        r"^(?P<title>.+?)\s+(?:of|at|for|with)\s+(?:the\s+)?(?P<org>[A-Z].*)$", rest
    )
    if title_org:
        return Speaker(name, title_org.group("title"), title_org.group("org"))
    title, org = _title_and_org(rest)
    return Speaker(name, title, org)


def _title_before_name(words: str) -> tuple[str, str] | None:
    parts = words.split()
    for k in range(1, min(len(parts) - 1, 5)):
        title, name = " ".join(parts[:k]), " ".join(parts[k:])
        if is_name(name) and looks_like_title(title):
            return title, name
    return None


@dataclass(frozen=True)
class Said:
    """A said-style quote paragraph taken apart: quoted words, the speaker, and what follows."""

    quoted: str  # without marks; a comma before `said` is given back its period
    speaker: Speaker
    quoted_start: int
    rest: str  # quoted words after the attribution (`… said Doe. “More words.”`), marks removed
    rest_start: int


# “Quoted words,” said Name, title of Org.   /   “Quoted words,” Name said.
_SAID_AFTER = re.compile(
    r"^[“\"](?P<q>.+?)(?P<punct>[,?!—])?[”\"]\s+"
    r"(?:(?:said|says|added|explained|noted|stated)\s+(?P<who>[^“\"]+?)"
    r"|(?P<who2>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\s+(?:said|says|added))"
    r"\.(?:\s+(?P<rest>[“\"].*))?$"
)
_PRONOUNS = ("He", "She", "They", "It", "We", "I", "You")
_SAID_WORDS = ("said", "says", "added", "explained", "noted", "stated")
# Name, title of Org, said: “Quoted words.”
_SAID_BEFORE = re.compile(
    r"^(?P<who>[^“\":]{3,160}?),?\s+(?:said|says|added|stated)\s*[:,]\s+[“\"](?P<q>.+)$"
)


@lru_cache(maxsize=256)  # the body reader asks about the same paragraph more than once
def parse_said(text: str) -> Said | None:
    """A paragraph with its attribution inside: `“…,” said Name, Title of Org.` or `Name, …, said: “…”`."""
    if len(text) > 5000 or not any(word in text for word in _SAID_WORDS):
        return None  # cheap checks first: the patterns below are costly on long paragraphs
    m = _SAID_AFTER.match(text)
    if m:
        who = (m.group("who") or m.group("who2") or "").strip()
        speaker = speaker_from_attribution(who)
        if speaker is None and re.fullmatch(r"[A-Z][\w’'\-]+", who) and who not in _PRONOUNS:
            speaker = Speaker(who)  # `“…,” Lopez said.`: a second reference by surname
        if speaker is None:
            return None
        quoted = m.group("q")
        punct = m.group("punct") or ""
        quoted = quoted + ("." if punct == "," else punct)
        rest = m.group("rest") or ""
        rest_start = m.start("rest") if rest else len(text)
        return Said(quoted, speaker, 1, strip_marks(rest)[0], rest_start + (1 if rest else 0))
    m = _SAID_BEFORE.match(text)
    if m:
        speaker = speaker_from_attribution(m.group("who"))
        if speaker is None:
            return None
        quoted, _, _ = strip_marks("\u201c" + m.group("q"))
        return Said(quoted, speaker, m.start("q"), "", len(text))
    return None


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
