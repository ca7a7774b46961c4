"""The English dictionary behind the `spelling` rule: pyspellchecker's word list, loaded lazily.

pyspellchecker ships its English word frequencies inside the package, so nothing is fetched at
run time. It knows American spellings; `en-GB` adds the British forms of breame's table of
American/British pairs (colour, organisation, centre …). Reading that list takes a few hundred
milliseconds, so the first check builds a word table from it in the user's cache folder
(`wordtable`) and every later process looks words up there without loading anything. Nothing is
read before a word is looked up: `pressdesk export`, `new` and `--version` never pay for it (see
docs/checks.md, "Spelling").
"""

from __future__ import annotations

import _thread
import contextlib
import marshal
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypeAlias, cast

from pressdesk.spelling.edits import Edit, typo_edit
from pressdesk.spelling.wordtable import WordTable, table_key, write_table

Variant: TypeAlias = Literal["en-US", "en-GB"]
VARIANTS: tuple[Variant, ...] = ("en-US", "en-GB")

# The editor may check from a worker thread while the CLI never does (`_thread`: a lock without
# importing `threading`).
_lock = _thread.allocate_lock()


class Dictionary:
    """Which words are English, how common each is, and the close words a misspelling is near.

    `count` says how often a word (lower case) was counted, 0 for a word the list lacks; `total`
    is what all the list's words add up to. `Dictionary.from_counts` builds one from a mapping.
    """

    def __init__(
        self,
        count: Callable[[str], int],
        total: int,
        variant: Variant = "en-US",
        british: Mapping[str, str] | None = None,
        american: Mapping[str, str] | None = None,
    ) -> None:
        self.variant = variant
        self._lookup = count
        self._total = max(1, total)
        # British form -> American form, and the reverse (both lower case).
        self._british = dict(british or {})
        self._american = dict(american or {})
        # Counts already looked up: a release uses most of its words many times.
        self._seen: dict[str, int] = {}
        self._near: dict[str, tuple[tuple[str, Edit], ...]] = {}

    @classmethod
    def from_counts(
        cls,
        counts: Mapping[str, int],
        variant: Variant = "en-US",
        british: Mapping[str, str] | None = None,
        american: Mapping[str, str] | None = None,
    ) -> Dictionary:
        """A dictionary of `counts` (word -> how often); en-GB adds `british`'s forms."""
        words = dict(counts)
        total = sum(words.values())
        if variant == "en-GB":
            words.update(british_forms(words, british or {}))
        return cls(lambda word: words.get(word, 0), total, variant, british, american)

    def _count(self, word: str) -> int:
        found = self._seen.get(word)
        if found is None:
            if len(self._seen) > 200_000:  # a long editing session: forget, rather than grow
                self._seen.clear()
            found = self._seen[word] = self._lookup(word)
        return found

    def known(self, word: str) -> bool:
        """Whether `word` (lower case) is an English word in this variant."""
        return self._count(word) > 0

    def frequency(self, word: str) -> float:
        """How common `word` is: its share of all the words the list was counted from."""
        return self._count(word) / self._total

    def american_of(self, word: str) -> str | None:
        """The American spelling of a British form (`organisation` -> `organization`), if any."""
        return self._british.get(word)

    def near(self, word: str) -> list[tuple[str, Edit]]:
        """The known words one classic slip away from `word` (lower case), most likely first.

        Classic slips: two letters swapped, a letter doubled or dropped, one vowel for another
        (see `edits`). Likely means the more common word first.
        """
        found = self._near.get(word)
        if found is None:
            if len(self._near) > 20_000:  # a long editing session: forget, rather than grow
                self._near.clear()
            found = self._near[word] = self._find_near(word)
        return list(found)

    def _find_near(self, word: str) -> tuple[tuple[str, Edit], ...]:
        found: list[tuple[str, Edit, int]] = []
        for candidate in _classic_candidates(word):
            count = self._count(candidate)
            if count:
                edit = typo_edit(word, candidate)
                if edit is not None and edit.classic:
                    found.append((candidate, edit, count))
        found.sort(key=lambda known: (-known[2], known[0]))
        return tuple((candidate, edit) for candidate, edit, _ in found)

    def preferred(self, word: str) -> str:
        """`word` as this variant spells it (an American suggestion becomes British in en-GB)."""
        if self.variant == "en-GB":
            return self._american.get(word, word)
        return word


def british_forms(counts: Mapping[str, int], british: Mapping[str, str]) -> dict[str, int]:
    """The British forms `counts` lacks, each counted as often as its American twin, so that it
    ranks like it (1 when the twin is not counted either)."""
    added: dict[str, int] = {}
    for gb, us in british.items():
        if gb not in counts and gb not in added:
            added[gb] = counts[us] if us in counts else added.get(us, 1)
    return added


_LETTERS = "abcdefghijklmnopqrstuvwxyz'"
_VOWELS = "aeiou"


def _classic_candidates(word: str) -> set[str]:
    """The strings a classic slip could have turned into `word`: a letter dropped inside it
    (insert one), a letter doubled (remove one), two letters swapped, one vowel for another.

    A subset of Norvig's edits1: the other one-letter changes are never taken as slips, so they
    are not looked up (a word of 8 letters has about 240 of these, against about 450).
    """
    seen: set[str] = set()
    for i in range(len(word)):
        left, right = word[:i], word[i:]
        seen.add(left + right[1:])
        if len(right) > 1:
            seen.add(left + right[1] + right[0] + right[2:])
        for c in _LETTERS:
            seen.add(left + c + right)
        if right[0] in _VOWELS:
            for c in _VOWELS:
                seen.add(left + c + right[1:])
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
    table = _table()
    if table is None:
        british, american = _spelling_pairs()
        return Dictionary.from_counts(_word_counts(), variant, british, american)
    british, american, gb_forms = cast(_Extras, marshal.loads(table.extras))
    if variant == "en-US":
        return Dictionary(table.count, table.total, variant, british, american)

    def count(word: str, base: Callable[[str], int] = table.count) -> int:
        return base(word) or gb_forms.get(word, 0)

    return Dictionary(count, table.total, variant, british, american)


# Stored beside the words: British -> American, American -> British, British forms' counts.
_Extras: TypeAlias = tuple[dict[str, str], dict[str, str], dict[str, int]]


@lru_cache(maxsize=1)
def _table() -> WordTable | None:
    """The word table in the user's cache folder, built on first use; None when it cannot be."""
    from platformdirs import user_cache_path

    sources = _source_files()
    if sources is None:
        return None
    folder = user_cache_path("pressdesk", appauthor=False)
    path = folder / f"words-{table_key(*sources)}.bin"
    try:
        return WordTable(path)
    except (OSError, ValueError):  # not built yet, or not readable as a table: (re)build it
        pass
    counts = _word_counts()
    british, american = _spelling_pairs()
    if not counts or min(counts.values()) < 1 or max(counts.values()) >= 1 << 32:
        return None  # counts the table's layout cannot hold: keep them in memory
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _forget_old_tables(folder)
        extras = marshal.dumps((british, american, british_forms(counts, british)))
        write_table(path, counts, sum(counts.values()), extras)
        return WordTable(path)
    except (OSError, ValueError):  # a read-only or full cache folder: keep them in memory
        return None


# A table built from other versions of the word lists is left for the pressdesk that may still
# use it (another virtual environment) until nothing has rebuilt it for this long.
_KEEP_SECONDS = 30 * 24 * 3600


def _forget_old_tables(folder: Path) -> None:
    import time

    for old in folder.glob("words-*.bin"):
        with contextlib.suppress(OSError):
            if time.time() - old.stat().st_mtime > _KEEP_SECONDS:
                old.unlink()


def _source_files() -> tuple[Path, Path] | None:
    """pyspellchecker's word list and breame's spelling pairs, found without importing either."""
    from importlib.machinery import PathFinder

    found = []
    for package, file in (
        ("spellchecker", ("resources", "en.json.gz")),
        ("breame", ("data", "spelling_constants.py")),
    ):
        spec = PathFinder.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            return None
        path = Path(next(iter(spec.submodule_search_locations)), *file)
        if not path.is_file():
            return None
        found.append(path)
    return found[0], found[1]


def _spelling_pairs() -> tuple[dict[str, str], dict[str, str]]:
    """breame's British -> American and American -> British spellings (lower case)."""
    from breame.data.spelling_constants import (
        AMERICAN_ENGLISH_SPELLINGS,
        BRITISH_ENGLISH_SPELLINGS,
    )

    return dict(BRITISH_ENGLISH_SPELLINGS), dict(AMERICAN_ENGLISH_SPELLINGS)


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
    import json
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
