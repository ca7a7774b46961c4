"""What kind of slip turns a word into a misspelling: the typist's classic ones and the rest.

Spell checkers meet two kinds of unknown words: slips (`recieve`, `goverment`, `untill`) and real
words the dictionary lacks (a surname, a brand, new jargon). Slips are overwhelmingly of four
kinds: two letters swapped, a letter doubled, a letter dropped, one vowel written for another.
The rule trusts those "classic" slips more than any other one-letter change.
"""

from __future__ import annotations

from typing import Literal, NamedTuple, TypeAlias

EditKind: TypeAlias = Literal[
    "swapped", "doubled", "dropped", "vowel", "extra", "shortened", "other"
]

VOWELS = frozenset("aeiou")
CLASSIC: frozenset[EditKind] = frozenset({"swapped", "doubled", "dropped", "vowel"})


class Edit(NamedTuple):
    """One change that turns the misspelling back into the word; `at` is where, in the misspelling."""

    kind: EditKind
    at: int

    @property
    def classic(self) -> bool:
        return self.kind in CLASSIC


def typo_edit(typo: str, word: str) -> Edit | None:
    """The single slip that turns `word` into `typo`, or None when they are not one slip apart."""
    if len(typo) == len(word):
        return _same_length(typo, word)
    if len(typo) == len(word) + 1:
        i = _first_difference(typo, word)
        if typo[i + 1 :] != word[i:]:
            return None
        doubled = (i > 0 and typo[i] == typo[i - 1]) or (
            i + 1 < len(typo) and typo[i] == typo[i + 1]
        )
        return Edit("doubled" if doubled else "extra", i)
    if len(typo) + 1 == len(word):
        i = _first_difference(typo, word)
        if typo[i:] != word[i + 1 :]:
            return None
        # A word one letter short of another at its end is mostly a word of its own or a
        # shortening (`tech`, `facto`), rarely a slip.
        return Edit("dropped" if i < len(typo) else "shortened", i)
    return None


def _same_length(typo: str, word: str) -> Edit | None:
    diffs = [i for i, (a, b) in enumerate(zip(typo, word, strict=True)) if a != b]
    if len(diffs) == 1:
        i = diffs[0]
        both_vowels = typo[i] in VOWELS and word[i] in VOWELS
        return Edit("vowel" if both_vowels else "other", i)
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
        i, j = diffs
        if typo[i] == word[j] and typo[j] == word[i]:
            return Edit("swapped", i)
    return None


def _first_difference(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))
