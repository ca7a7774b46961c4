"""Finding misspelled words in a release's texts, without crying wolf over names and jargon.

An unknown word is not yet a misspelling: it may be a surname, a brand, a foreign word or new
jargon. A word is reported only when the evidence says "slip":

- lower case: the nearest known word is one classic slip away (two letters swapped, a letter
  doubled or dropped inside the word, one vowel for another). A dropped letter or a vowel is weaker
  evidence, so it is not enough when the word is built from common known parts (`funders`,
  `telehealth`), is used twice in the release (a term, not a slip) or is nearer only to a rare word;
- capitalised in mid-sentence (probably a name): only a swap or a doubled letter that is not the
  first letter (`Jospeh`, `Februray`), or a one-slip variant of a name the release or the library
  already uses (`Verret` where `Verrett` appears three times); words capitalised at least twice
  are names;
- at the start of a sentence or in a title-case headline, where capitals say nothing: the lower-
  case evidence, but never a change to the first letter;
- in en-US, a British spelling (`organisation`), with the American one as the suggestion.

Never read: acronyms, words with digits, addresses, handles, hashtags (see `tokens`), and the
names and known words the caller gives.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Literal, NamedTuple, TypeAlias

from pressdesk.spelling.dictionary import Dictionary
from pressdesk.spelling.edits import Edit, typo_edit
from pressdesk.spelling.morphology import PREFIXES, builds_from_known
from pressdesk.spelling.tokens import Token, tokens

Reason: TypeAlias = Literal["typo", "name", "variant", "british"]

MIN_LENGTH = 3  # shorter words are too often abbreviations or foreign to judge
# Longer "words" are not words (a run of pasted letters): the longest English words are ~30
# letters, and the candidate corrections of a word grow with the square of its length (a
# 6,400-letter run took 2 s and 1.2 GB to judge).
MAX_LENGTH = 45
MIN_NAME_LENGTH = 5  # capitalised words shorter than this are left alone
SHORT = 4  # up to this length only a swap between common words counts (`teh`, `taht`)
COMMON_FIX = 1e-7  # a weak slip must lead to a word at least this common (a share of all words)
COMMON_SHORT_FIX = 1e-5  # a swap in a short word (`teh`)
VERY_COMMON = 3e-4  # a letter dropped from a short word (`woud`, `whch`): only the commonest words
NAME_FIX = 1e-7  # a swap in a capitalised word must lead to a well-known word (Joseph, February)
MAX_SUGGESTIONS = 3

_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


class Text(NamedTuple):
    """One text to check; `title_case` when capitals say nothing there (a title-case headline)."""

    text: str
    title_case: bool = False


class Misspelling(NamedTuple):
    """A word that looks misspelled: where, what, the suggestions (best first) and why.

    `reason` is `typo`; `name`, a capitalised word that may be a name the dictionary lacks (so
    the message invites adding it); `variant`, one slip from a name written elsewhere in the
    release or the library; or `british`, a British spelling in an en-US release.
    """

    start: int
    end: int
    word: str
    suggestions: tuple[str, ...]
    reason: Reason


class Speller:
    """Checks texts against a dictionary, never reporting `names` or `known` words."""

    def __init__(
        self, dictionary: Dictionary, *, names: Iterable[str] = (), known: Iterable[str] = ()
    ) -> None:
        self.dictionary = dictionary
        self.names = {n for n in names if n}
        self.skip = {w.casefold() for w in (*self.names, *known)}

    def check(self, texts: Sequence[Text]) -> list[list[Misspelling]]:
        """The misspellings of each text; words are counted across all of them."""
        skip = frozenset(self.skip)
        read = [_unknown_words(self.dictionary, skip, text.text) for text in texts]
        uses = Counter(t.text for found in read for t in found)
        lower_uses = Counter(t.text.casefold() for found in read for t in found)
        judge = _Judge(self, uses, lower_uses)
        out: list[list[Misspelling]] = []
        for text, found in zip(texts, read, strict=True):
            misspelt = (judge.judge(t, text.title_case) for t in found)
            out.append([m for m in misspelt if m is not None])
        return out


def forget_texts() -> None:
    """Forget the words kept for each text read (a benchmark's cold check keeps nothing)."""
    _unknown_words.cache_clear()


@lru_cache(maxsize=1024)
def _unknown_words(dictionary: Dictionary, skip: frozenset[str], text: str) -> tuple[Token, ...]:
    """The words of `text` worth judging: long enough, not known, not a name or known word.

    Reading the words is nearly all of the spelling rule's time (3.8 ms on a 2,900-word release,
    half of all the checks), and the editor checks on every key, when only the field being typed
    in has changed: so each text's words are kept, for the same dictionary, names and known words
    (all the checks after a key: 8.1 -> 2.6 ms; bench/bench_typing.py, keystroke CPU).
    """

    def unknown(word: str) -> bool:
        if not MIN_LENGTH <= len(word) <= MAX_LENGTH:
            return False
        key = word.replace("’", "'").casefold()
        return not dictionary.known(key) and key not in skip

    return tuple(tokens(text, unknown))


class _Judge:
    def __init__(self, speller: Speller, uses: Counter[str], lower_uses: Counter[str]) -> None:
        self.d = speller.dictionary
        self.uses = uses
        self.lower_uses = lower_uses
        # Names to compare one-off capitalised words with: the given names, and unknown
        # capitalised words the texts use more than once.
        self.name_forms = {
            w
            for w in (*speller.names, *(w for w, n in uses.items() if n > 1))
            if len(w) >= MIN_NAME_LENGTH and w[:1].isupper() and not self.d.known(w.casefold())
        }

    def judge(self, token: Token, title_case: bool) -> Misspelling | None:
        word = token.text.replace("’", "'")
        if "'" in word or word.isupper():  # contractions, O'Neill; acronyms
            return None
        key = word.casefold()
        if self.d.known(key):
            return None
        if word.islower():
            if token.hyphen_after and key in PREFIXES:
                return None
            return self._lower(token, key)
        if word[0].isupper() and word[1:].islower():
            return self._capitalised(token, key, token.sentence_start or title_case)
        return self._camel(token, word)

    def _lower(self, token: Token, key: str) -> Misspelling | None:
        american = self.d.american_of(key)
        if american is not None and self.d.variant == "en-US":
            return Misspelling(token.start, token.end, token.text, (american,), "british")
        fixes = self._slip_fixes(key, repeated=self.lower_uses[key] > 1)
        return self._found(token, fixes, "typo", capital=False)

    def _capitalised(self, token: Token, key: str, free: bool) -> Misspelling | None:
        if free and len(key) <= SHORT:  # `Teh` opening a sentence: no name is that short a slip
            return self._found(token, self._slip_fixes(key, repeated=False), "typo", capital=True)
        if len(key) < MIN_NAME_LENGTH or self.uses[token.text] > 1:
            return None
        if token.hyphen_before or token.hyphen_after:  # a double-barrelled name: Valdes-Valle
            return None
        variant = self._name_variant(token.text)
        if variant is not None:
            return Misspelling(token.start, token.end, token.text, (variant,), "variant")
        if free:  # where capitals say nothing: as in lower case, but only towards common words
            fixes = self._slip_fixes(key, repeated=False, keep_first=True, floor=NAME_FIX)
        else:  # mid-sentence, probably a name: only two letters swapped in a well-known word
            fixes = self._name_slip(key)
        return self._found(token, fixes, "name", capital=True)

    def _camel(self, token: Token, word: str) -> Misspelling | None:
        """`CrytpoFund`: a swap or doubled letter inside one capitalised part of a joined name."""
        if self.uses[word] > 1:
            return None
        variant = self._name_variant(word)
        if variant is not None:
            return Misspelling(token.start, token.end, token.text, (variant,), "variant")
        for part in _CAMEL_PART.finditer(word):
            key = part.group(0).casefold()
            if len(key) < MIN_NAME_LENGTH or self.d.known(key):
                continue
            fixes = self._name_slip(key)
            if fixes:
                a, b = part.span()
                whole = tuple(word[:a] + fix.capitalize() + word[b:] for fix in fixes)
                return Misspelling(token.start, token.end, token.text, whole, "name")
        return None

    def _name_variant(self, word: str) -> str | None:
        """A name used elsewhere that `word` is one slip away from (not the first letter)."""
        key = word.casefold()
        for name in sorted(self.name_forms):
            if name == word:
                continue
            edit = typo_edit(key, name.casefold())
            # Against a name already written out, a letter short at the end is a slip too.
            if edit is not None and (edit.classic or edit.kind == "shortened") and edit.at > 0:
                return name
        return None

    def _name_slip(self, key: str) -> list[str]:
        return self._slip_fixes(
            key, repeated=False, swaps_only=True, keep_first=True, floor=NAME_FIX
        )

    def _slip_fixes(
        self,
        key: str,
        *,
        repeated: bool,
        swaps_only: bool = False,
        keep_first: bool = False,
        floor: float = 0.0,
    ) -> list[str]:
        """The words `key` is probably a slip for, best first; empty when it is probably a word.

        `keep_first`: a change to the first letter does not count (capitalised words).
        `swaps_only`: only two letters swapped counts. `floor`: the fix must be this common.
        """
        near = [
            (word, edit)
            for word, edit in self.d.near(key)
            if edit.classic
            and not (keep_first and edit.at == 0)
            and not (swaps_only and edit.kind != "swapped")
        ]
        if not near:
            return []
        best, edit = near[0]
        if self.d.frequency(best) < floor:
            return []
        strong = edit.kind in ("swapped", "doubled")
        if len(key) <= SHORT:
            if not self._short_slip(edit, best):
                return []
        elif not strong:
            if repeated or self.d.frequency(best) < COMMON_FIX:
                return []
            if builds_from_known(key, self.d):
                return []
        # Other choices only when they are words people use about as often as the best one.
        floor = self.d.frequency(best) / 100
        fixes = [self.d.preferred(w) for w, _ in near if w == best or self.d.frequency(w) >= floor]
        return list(dict.fromkeys(fixes))[:MAX_SUGGESTIONS]

    def _short_slip(self, edit: Edit, fix: str) -> bool:
        """In words this short most one-letter changes make another word or an abbreviation."""
        if edit.kind == "swapped":
            return self.d.frequency(fix) >= COMMON_SHORT_FIX
        return edit.kind == "dropped" and edit.at > 0 and self.d.frequency(fix) >= VERY_COMMON

    def _found(
        self, token: Token, fixes: list[str], reason: Reason, *, capital: bool
    ) -> Misspelling | None:
        if not fixes:
            return None
        shown = tuple(f.capitalize() if capital else f for f in fixes)
        return Misspelling(token.start, token.end, token.text, shown, reason)
