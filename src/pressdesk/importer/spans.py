"""Where quotations open and close inside one paragraph, curly marks, straight ones or a mix.

Typed releases mix their marks (`"It's time,” said …`), nest straight marks inside straight ones
(`"… related "big data" tools …"`) and leave quotes open at a paragraph's end (AP continuation),
so marks are paired by their shape: a straight mark after a space and before a word opens, one
after a word and before a space or punctuation closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARKS = re.compile(r"[“”\"„«»]")
_OPENERS = "“„«"
_CLOSERS = "”»"
_BEFORE_OPEN = "([—–-/"
_AFTER_CLOSE = ".,;:!?)]—–-…"


@dataclass(frozen=True)
class Span:
    """One quotation: the opening mark at `start`, the closing one at `end` (or the text's end)."""

    start: int
    end: int
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        """Where the quoted words are (marks excluded)."""
        return self.start + 1, self.end


def quote_spans(text: str, *, inside: bool = False) -> list[Span]:
    """The outermost quotations of `text`, in order; the last may be left open. `inside`: the
    paragraph continues a quotation left open before it (its first span starts at -1)."""
    spans: list[Span] = []
    depth = 1 if inside else 0
    opened = -1
    for m in _MARKS.finditer(text):
        i = m.start()
        mark = m.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if mark in _OPENERS or (mark == '"' and _opens(before, after, depth)):
            if depth == 0:
                opened = i
            depth += 1
        elif depth and (mark in _CLOSERS or mark == '"'):
            depth -= 1
            if depth == 0:
                spans.append(Span(opened, i, True))
    if depth:
        spans.append(Span(opened, len(text), False))
    return spans


def _opens(before: str, after: str, depth: int) -> bool:
    """Whether a straight mark opens: after a space and before a word (or at the start)."""
    if after.isspace() or after in _AFTER_CLOSE:
        return False
    if depth == 0:
        return before.isspace() or before in _BEFORE_OPEN or not before.isalnum()
    return before.isspace() or before in _BEFORE_OPEN
