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
# Each part stops at the next bracket of its own kind and is bounded (a target may hold one
# balanced pair, `…/Foo_(bar)`), so 40 kB of `](` or `<` is read in linear time: `[^)\s]*`
# rescanned to the end of the field from every `](` (8 s to check 40 kB).
_NOT_PROSE = re.compile(r"\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}\)|<[^<>\s]{1,2000}>|`[^`\n]*`")
# Addresses and the like, recognised on the whole chunk between spaces.
_ADDRESS = re.compile(r"@|://|^www\.|^#\w|\w\.\w|\d")
_CHUNK = re.compile(r"\S+")
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
    # Chunk by chunk (the text between spaces), so whether a chunk is an address, handle,
    # hashtag or number is decided once for it, not once for each word in it: a 40 kB chunk of
    # `www.www.…` was rescanned for every word (23 s).
    for chunk in _CHUNK.finditer(plain):
        address: bool | None = None
        for m in _WORD.finditer(plain, chunk.start(), chunk.end()):
            word, start, end = m.group(0), m.start(), m.end()
            if word.endswith(("'s", "’s")):
                word, end = word[:-2], end - 2
            if not wanted(word):
                continue
            if address is None:
                address = _ADDRESS.search(chunk.group(0)) is not None
            if address:
                break
            yield Token(
                start,
                end,
                word,
                _starts_sentence(text, start),
                text[m.end() : m.end() + 1] == "-",
                start > 0 and text[start - 1] == "-",
            )


def _has_markup(text: str) -> bool:
    return "](" in text or "`" in text or "<" in text


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether the word at `pos` opens the text or a sentence (after . ! ? : and opening marks)."""
    i = pos - 1
    while i >= 0 and (text[i].isspace() or text[i] in _OPENERS):
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END
