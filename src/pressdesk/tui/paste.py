"""Text pasted from a document (Google Docs, Word, an email) into a quote or a paragraph, shaped
the way pressdesk keeps it. What any paste may hold at all is `tui/clean_text.py`'s job.
No Textual here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressdesk.model import Speaker
from pressdesk.tui.clean_text import clean_paste

# docs/editor.md, "Pasting": quote paragraphs are kept without their enclosing marks, a quotation
# inside a quote in single marks, straight marks throughout (the exports set curly ones, see
# docs/exports.md "Typography"), one paragraph per field entry.

_OPENING_DOUBLE = "“„«"
_CLOSING_DOUBLE = "”»"
_DOUBLES = '"' + _OPENING_DOUBLE + _CLOSING_DOUBLE
_SINGLES = "'‘’‚‹›"
_OPENS_AFTER = " \n([{—–-/"  # a straight mark after one of these (or first) opens a quotation
# A line that ends a sentence: its last word's punctuation, then any closing marks or brackets.
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")
_SPACES = re.compile(r"[ \t]+")
_TITLE_WORDS = frozenset(
    [
        "director",
        "president",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "ceo",
        "cfo",
        "coo",
        "founder",
        "co-founder",
        "organizer",
        "organiser",
        "coordinator",
        "manager",
        "officer",
        "secretary",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "lead",
        "head",
        "member",
        "advocate",
        "attorney",
        "counsel",
        "professor",
        "mayor",
        "senator",
        "representative",
        "commissioner",
        "pastor",
        "reverend",
        "executive",
        "senior",
        "vice",
        "deputy",
        "treasurer",
        "strategist",
        "fellow",
        "analyst",
        "researcher",
        "volunteer",
        "leader",
        "tenant",
        "resident",
    ]
)


@dataclass(frozen=True)
class ShapedPaste:
    """A paste shaped for a quote or a body paragraph: its paragraphs, and the speaker its first
    line named (`Name, Title, Organization`), if it had one."""

    paragraphs: tuple[str, ...]
    speaker: Speaker | None = None
    speaker_line: str = ""  # the line that named it, as pasted (to keep if the quote has one)


def shape_paste(text: str, *, quote: bool) -> ShapedPaste:
    """`text` pasted from a document into a quote's text (`quote`) or a body paragraph.

    Paragraphs split at blank lines and at single line breaks after a line that ends a sentence
    (a line that does not is a wrapped line, joined with a space); spaces collapsed. In a quote, a
    first line `Name, Title, Organization` is the speaker and each paragraph loses the quote marks
    around it (the exports put them back). Curly marks and apostrophes become straight ones, and a
    quotation inside a quote takes single marks, as pressdesk keeps its text.
    """
    lines = clean_paste(text).split("\n")
    speaker, named_by = None, ""
    if quote:
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is not None and any(line.strip() for line in lines[first + 1 :]):
            speaker = speaker_line(lines[first])
            if speaker is not None:
                named_by = lines[first].strip()
                lines = lines[first + 1 :]
    paragraphs = tuple(
        shaped
        for para in split_paragraphs(lines)
        if (shaped := straighten(strip_enclosing(para) if quote else para, inside_quote=quote))
    )
    return ShapedPaste(paragraphs, speaker, named_by)


def split_paragraphs(lines: list[str]) -> list[str]:
    """Lines into paragraphs: a blank line, or a line break after a sentence's end, starts one."""
    paragraphs: list[list[str]] = [[]]
    for raw in lines:
        line = _SPACES.sub(" ", raw).strip()
        current = paragraphs[-1]
        if not line:
            if current:
                paragraphs.append([])
            continue
        if current and _SENTENCE_END.search(current[-1]):
            paragraphs.append([line])
        else:
            current.append(line)
    return [" ".join(p) for p in paragraphs if p]


def speaker_line(line: str) -> Speaker | None:
    """The speaker a line such as `Marisol Vega, Executive Director, Renters United` names, or
    None if it reads like anything else (a sentence, a quotation, a long line)."""
    text = _SPACES.sub(" ", line).strip().lstrip("—–-― ").rstrip(":—–- ").strip()
    if not text or len(text) > 150 or text[0] in _DOUBLES + _SINGLES:
        return None
    if _SENTENCE_END.search(text) and not text.endswith("."):  # "Jr." and "Inc." may end it
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) < 2 or not _looks_like_name(parts[0]):
        return None
    if any(
        len(p.split()) > 10 or p.endswith((".", "!", "?")) and len(p.split()) > 3 for p in parts
    ):
        return None
    if len(parts) == 2:
        rest = parts[1]
        if any(word.lower().strip(".") in _TITLE_WORDS for word in rest.split()):
            return Speaker(parts[0], title=rest)
        return Speaker(parts[0], org=rest)
    return Speaker(parts[0], title=parts[1], org=", ".join(parts[2:]))


def _looks_like_name(text: str) -> bool:
    """Two to six words, each capitalised (particles such as `de` and `van` aside), no digits."""
    words = text.split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in text):
        return False
    particles = {"de", "del", "la", "van", "von", "der", "da", "di", "du", "le", "bin", "al"}
    return words[0][:1].isupper() and all(w[:1].isupper() or w in particles for w in words)


def strip_enclosing(text: str) -> str:
    """A quote paragraph without the marks around it: the opening mark (an AP continuing paragraph
    has no closing one) and the closing mark, when they enclose the paragraph rather than a
    quotation at its start or end (`"Fair" rent …` keeps its marks)."""
    text = text.strip()
    if len(text) < 2:
        return text
    lead = text[0] in _DOUBLES and _double_opens(text, 0)
    trail = text[-1] in _DOUBLES and not _double_opens(text, len(text) - 1)
    for cut_lead, cut_trail in ((lead, trail), (lead, False), (False, trail)):
        if not (cut_lead or cut_trail):
            continue
        inner = text[1 if cut_lead else 0 : -1 if cut_trail else None]
        if _walk(inner) == (0, False):  # what is left pairs up: the cut marks were the outer ones
            return inner.strip()
    return text


def _double_opens(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _OPENING_DOUBLE:
        return True
    if ch in _CLOSING_DOUBLE:
        return False
    return i == 0 or text[i - 1] in _OPENS_AFTER


def _walk(text: str) -> tuple[int, bool]:
    """(open double quotations at the end, whether a closing mark ever had nothing to close)."""
    depth, broken = 0, False
    for i, ch in enumerate(text):
        if ch not in _DOUBLES:
            continue
        if _double_opens(text, i):
            depth += 1
        elif depth:
            depth -= 1
        else:
            broken = True
    return depth, broken


def straighten(text: str, *, inside_quote: bool) -> str:
    """Straight marks and apostrophes throughout; quotations nest double, single, double … from
    the paragraph's own level (a quote paragraph is already inside one, so its first is single)."""
    out: list[str] = []
    stack: list[bool] = []  # each open quotation: typed as a single mark?
    base = 1 if inside_quote else 0

    def mark(depth: int) -> str:
        return "'" if (depth + base) % 2 == 0 else '"'

    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in _DOUBLES:
            if _double_opens(text, i):
                stack.append(False)
                out.append(mark(len(stack)))
            elif stack:
                out.append(mark(len(stack)))
                stack.pop()
            else:
                out.append('"')
        elif ch in _SINGLES:
            opening = ch in "‘‚‹" or (ch == "'" and (not prev or prev in _OPENS_AFTER))
            if prev.isalnum() and nxt.isalnum():
                out.append("'")  # don't, Amazon's
            elif opening and nxt.isalpha():
                stack.append(True)
                out.append(mark(len(stack)))
            elif stack and stack[-1] and not nxt.isalnum():
                out.append(mark(len(stack)))
                stack.pop()
            else:
                out.append("'")  # members', ’90s
        else:
            out.append(ch)
    return "".join(out).strip()
