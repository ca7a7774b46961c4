"""The English dictionary behind the `spelling` rule: pyspellchecker's word list, loaded lazily.

pyspellchecker ships its English word frequencies inside the package, so nothing is fetched at
run time. It knows American spellings; `en-GB` adds the British forms of breame's table of
American/British pairs (colour, organisation, centre …). Loading takes a few hundred
milliseconds, so it happens the first time a word is looked up, never on import: `pressdesk
export`, `new` and `--version` never pay for it (see docs/checks.md, "Spelling").
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Literal, TypeAlias

from pressdesk.spelling.edits import Edit, typo_edit

Variant: TypeAlias = Literal["en-US", "en-GB"]
VARIANTS: tuple[Variant, ...] = ("en-US", "en-GB")

_lock = threading.Lock()  # the editor may check from a worker thread while the CLI never does


class Dictionary:
    """Which words are English, how common each is, and the close words a misspelling is near."""

    def __init__(
        self,
        counts: Mapping[str, int],
        variant: Variant = "en-US",
        british: Mapping[str, str] | None = None,
        american: Mapping[str, str] | None = None,
    ) -> None:
        self.variant = variant
        self._counts = dict(counts)
        self._total = max(1, sum(self._counts.values()))
        # British form -> American form, and the reverse (both lower case).
        self._british = dict(british or {})
        self._american = dict(american or {})
        self._near: dict[str, tuple[tuple[str, Edit], ...]] = {}
        if variant == "en-GB":
            for gb, us in self._british.items():
                # A British form counts as often as its American twin, so it ranks like it.
                self._counts.setdefault(gb, self._counts.get(us, 1))

    def known(self, word: str) -> bool:
        """Whether `word` (lower case) is an English word in this variant."""
        return word in self._counts

    def frequency(self, word: str) -> float:
        """How common `word` is: its share of all the words the list was counted from."""
        return self._counts.get(word, 0) / self._total

    def american_of(self, word: str) -> str | None:
        """The American spelling of a British form (`organisation` -> `organization`), if any."""
        return self._british.get(word)

    def british_of(self, word: str) -> str | None:
        """The British spelling of an American form (`color` -> `colour`), if any."""
        return self._american.get(word)

    def near(self, word: str) -> list[tuple[str, Edit]]:
        """The known words one typing slip away from `word` (lower case), most likely first.

        Likely means: a classic slip (two letters swapped, a letter doubled or dropped, one vowel
        for another) before any other one-letter change, then the more common word first.
        """
        found = self._near.get(word)
        if found is None:
            if len(self._near) > 20_000:  # a long editing session: forget, rather than grow
                self._near.clear()
            found = self._near[word] = self._find_near(word)
        return list(found)

    def _find_near(self, word: str) -> tuple[tuple[str, Edit], ...]:
        found: list[tuple[str, Edit]] = []
        for candidate in _one_edit_away(word):
            if candidate in self._counts:
                edit = typo_edit(word, candidate)
                if edit is not None:
                    found.append((candidate, edit))
        found.sort(key=lambda pair: (not pair[1].classic, -self._counts[pair[0]], pair[0]))
        return tuple(found)

    def preferred(self, word: str) -> str:
        """`word` as this variant spells it (an American suggestion becomes British in en-GB)."""
        if self.variant == "en-GB":
            return self._american.get(word, word)
        return word


_LETTERS = "abcdefghijklmnopqrstuvwxyz'"


def _one_edit_away(word: str) -> Iterable[str]:
    """Every string one deletion, swap, replacement or insertion away (Norvig's edits1)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    seen: set[str] = set()
    for left, right in splits:
        if right:
            seen.add(left + right[1:])
            if len(right) > 1:
                seen.add(left + right[1] + right[0] + right[2:])
            for c in _LETTERS:
                seen.add(left + c + right[1:])
        for c in _LETTERS:
            seen.add(left + c + right)
    seen.discard(word)
    return seen


def load_dictionary(variant: Variant = "en-US") -> Dictionary:
    """The dictionary for `variant`, loaded on first use and kept for the process."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown spelling variant {variant!r}")
    with _lock:
        return _load(variant)


@lru_cache(maxsize=2)
def _load(variant: Variant) -> Dictionary:
    from breame.data.spelling_constants import (
        AMERICAN_ENGLISH_SPELLINGS,
        BRITISH_ENGLISH_SPELLINGS,
    )

    return Dictionary(
        _word_counts(), variant, BRITISH_ENGLISH_SPELLINGS, AMERICAN_ENGLISH_SPELLINGS
    )


# Entries parsed per slice: a few milliseconds of work each (see _word_counts).
_SLICE = 4000


def _word_counts() -> dict[str, int]:
    """pyspellchecker's English word counts, read in slices.

    `SpellChecker()` reads its word list with one `json.loads`, which holds Python's interpreter
    lock for a quarter of a second or more: the editor checks in a thread, and its screen and
    autosave would freeze that long. The list is one `"word": count` a line, so it is parsed a
    few thousand lines at a time, letting other threads run in between. If the file is ever laid
    out differently, it is read whole, as pyspellchecker reads it.
    """
    import importlib.resources
    import zlib

    resource = importlib.resources.files("spellchecker") / "resources" / "en.json.gz"
    try:
        packed = resource.read_bytes()
    except OSError:  # not where this version keeps it: let pyspellchecker find it
        from spellchecker import SpellChecker

        return dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)
    unpack = zlib.decompressobj(16 + zlib.MAX_WBITS)  # gzip
    parts: list[bytes] = []
    while packed:
        parts.append(unpack.decompress(packed, 1 << 18))
        packed = unpack.unconsumed_tail
    text = b"".join(parts).decode("utf-8").lower()
    lines = text.split("\n")
    counts: dict[str, int] = {}
    try:
        for i in range(0, len(lines), _SLICE):
            piece = "\n".join(lines[i : i + _SLICE]).strip().strip("{}").strip().rstrip(",")
            if piece:
                counts.update(json.loads("{" + piece + "}"))
    except ValueError:
        counts = json.loads(text)
    return counts


def is_loaded() -> bool:
    """Whether a dictionary has been loaded in this process (the benchmarks and tests ask)."""
    return _load.cache_info().currsize > 0
