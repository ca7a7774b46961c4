"""Words the dictionary lacks but English builds from words it has: `funders`, `telehealth`, `roadmaps`.

A word list never keeps up with new compounds and derivations, and a staffer's jargon is full of
them. Such a word is taken as written when it splits into common known parts: a plural, a prefix
on a known word (`multisociety`, `reoperation`), two known words joined (`blockchain`,
`timesheets`), or a known word with a derivational ending (`funders`, `duplicative`).

The endings where typists go wrong (`-ing`, `-ed`, `-ly`, `-able`, `-ment`: `occuring`,
`truely`, `noticable`, `arguement`) are never accepted here, and the rule only asks at all when
the nearest known word is a weak match (a dropped letter or a vowel), never for a swap or a
doubled letter.
"""

from __future__ import annotations

from typing import Protocol

# Prefixes English writes closed up to a word.
PREFIXES = (
    "anti", "bio", "co", "counter", "cyber", "eco", "inter", "macro", "mega", "meta", "micro",
    "mid", "mini", "multi", "nano", "neo", "non", "over", "post", "pre", "pro", "re", "self",
    "semi", "sub", "super", "tele", "trans", "ultra", "un", "under",
)  # fmt: skip

# Derivational endings, and whether the stem may have lost a final `e` (`immerse` -> `immersive`).
SUFFIXES = {"ers": False, "ists": False, "ist": False, "ism": False, "ness": False, "ship": False, "ive": True, "ative": False}  # fmt: skip

# A part must be a word people use: at least this long and this common (a share of all words).
MIN_PART = 4
COMMON = 1e-6


class Words(Protocol):
    def known(self, word: str) -> bool: ...

    def frequency(self, word: str) -> float: ...


def builds_from_known(word: str, words: Words, *, depth: int = 2) -> bool:
    """Whether `word` (lower case, unknown itself) is built from common known words."""
    if depth == 0 or len(word) < 2 * MIN_PART - 1:
        return False
    return (
        _plural(word, words, depth)
        or _prefixed(word, words, depth)
        or _derived(word, words)
        or _compound(word, words)
    )


def _common(part: str, words: Words) -> bool:
    return len(part) >= MIN_PART and words.frequency(part) >= COMMON


def _plural(word: str, words: Words, depth: int) -> bool:
    if word.endswith("ies"):
        stem = word[:-3] + "y"
    elif word.endswith(("ses", "xes", "zes", "ches", "shes")):
        stem = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        stem = word[:-1]
    else:
        return False
    return words.known(stem) or builds_from_known(stem, words, depth=depth - 1)


def _prefixed(word: str, words: Words, depth: int) -> bool:
    rests = [word[len(p) :] for p in PREFIXES if word.startswith(p)]
    return any(
        _common(rest, words) or builds_from_known(rest, words, depth=depth - 1)
        for rest in rests
        if len(rest) >= MIN_PART
    )


def _derived(word: str, words: Words) -> bool:
    for suffix, drops_e in SUFFIXES.items():
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if _common(stem, words) or (drops_e and _common(stem + "e", words)):
                return True
    return False


def _compound(word: str, words: Words) -> bool:
    return any(
        _common(word[:i], words) and _common(word[i:], words)
        for i in range(MIN_PART, len(word) - MIN_PART + 1)
    )
