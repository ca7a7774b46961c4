"""The words of a text that a spell checker should read, with where each one is.

Left out: web and email addresses, @handles, #hashtags, anything with a digit in it (`COVID-19`,
`3rd`), abbreviations with inner full stops (`U.S.`, `e.g.`), and in Markdown the link targets,
`<autolinks>` and `code spans`. Hyphenated and slashed words are read part by part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

# Markdown that holds no prose: a link's target `](…)`, an autolink `<…>`, a code span `…`.
_NOT_PROSE = re.compile(r"\]\([^)\s]*\)|<[^>\s]+>|`[^`\n]*`")
# Addresses and the like, recognised on the whole chunk between spaces.
_ADDRESS = re.compile(r"@|://|^www\.|^#\w|\w\.\w|\d")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_OPENERS = "\"'“‘([{*_"
_SENTENCE_END = ".!?:;•"


class Token(NamedTuple):
    """One word: its span in the text, whether a sentence begins with it, and what joins it on."""

    start: int
    end: int
    text: str
    sentence_start: bool
    hyphen_after: bool  # the first part of `co-designers`, `pre-dawn`
    hyphen_before: bool  # the second part of `Valdes-Valle`


def tokens(text: str, wanted: Callable[[str], bool] = lambda word: True) -> Iterator[Token]:
    """The words of `text` worth checking, in order; only those `wanted` (a quick first test).

    Most words of a release are common words: `wanted` lets the caller drop them before any
    further work, which is most of the rule's time.
    """
    # Markup that holds no prose is blanked out, so offsets still point into `text`.
    plain = _NOT_PROSE.sub(lambda m: " " * len(m.group(0)), text) if _has_markup(text) else text
    for m in _WORD.finditer(plain):
        word, start, end = m.group(0), m.start(), m.end()
        if word.endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        if not wanted(word) or _in_address(plain, start, m.end()):
            continue
        yield Token(
            start,
            end,
            word,
            _starts_sentence(text, start),
            text[m.end() : m.end() + 1] == "-",
            start > 0 and text[start - 1] == "-",
        )


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end is part of an address, handle, hashtag or number."""
    a = start
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = end
    while b < len(text) and not text[b].isspace():
        b += 1
    return _ADDRESS.search(text[a:b]) is not None


def _has_markup(text: str) -> bool:
    return "](" in text or "`" in text or "<" in text


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether the word at `pos` opens the text or a sentence (after . ! ? : and opening marks)."""
    i = pos - 1
    while i >= 0 and (text[i].isspace() or text[i] in _OPENERS):
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END
