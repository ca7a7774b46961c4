"""The people a release names, so a second reference finds its first: `said Okoye` → Amal Okoye,
`said Dr. Okoye` → Amal Okoye, `said the Senator` → Senator Mark Ruiz, `she said` → the person the
paragraph is about.

Read once per import, in one pass over the text (a run of capitalised words at a time), and only
when a quote needs it.
"""

from __future__ import annotations

import re

from pressdesk.importer.attribution import Who, is_title_word, titleish
from pressdesk.importer.words import is_name
from pressdesk.model import Speaker

_PARTICLES = r"de|del|da|di|van|von|der|la|le|du|bin|al"
_WORD = rf"(?:[A-Z][\w’'\-]*\.?|(?:{_PARTICLES})(?=\s+(?:[A-Z]|(?:{_PARTICLES})\s+[A-Z])))"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{1,6}}")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")


# Capitalised words that open sentences or name dates, never a person.
_NOT_NAMES = frozenset((
    "The", "A", "An", "For", "And", "Or", "But", "In", "On", "At", "To", "Of", "By", "With",
    "From", "This", "That", "These", "Those", "Today", "Tomorrow", "Yesterday", "It", "We", "Our",
    "Their", "His", "Her", "Its", "As", "If", "When", "While", "After", "Before", "During",
    "Since", "Under", "Over", "About", "Contact", "Media", "Press", "Immediate", "Release",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
))  # fmt: skip
_ABBREVIATED = re.compile(r"^(?:[A-Z]|Dr|Mr|Mrs|Ms|Mx|Jr|Sr|St|Rev|Prof|Gov|Sen|Rep|Lt|Gen)\.$")


def _key(word: str) -> str:
    return _POSSESSIVE.sub("", word.strip(".,;:()")).lower()


def _sentences(words: list[str]) -> list[list[str]]:
    """A run of capitalised words cut where a sentence ends (`… Tom Lee. Orchard Alliance …`)."""
    runs: list[list[str]] = [[]]
    for word in words:
        runs[-1].append(word)
        if word.endswith(".") and not _ABBREVIATED.match(word):
            runs.append([])
    return [run for run in runs if run]


class NameBook:
    """Full names by surname and by the title written before them, first mention first."""

    def __init__(self, text: str) -> None:
        self.by_surname: dict[str, str] = {}
        self.by_title: dict[str, str] = {}
        for m in _RUN.finditer(text):
            for run in _sentences(m.group().split()):
                self._read_run(run)

    def _read_run(self, words: list[str]) -> None:
        words = [_POSSESSIVE.sub("", w) for w in words]
        cut = 0
        for k, word in enumerate(words):
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if (
                titleish(word, nxt)
                or word in _NOT_NAMES
                or _ABBREVIATED.match(word)
                and len(word) > 2
            ):
                cut = k + 1
        name = words[cut:]
        if not 2 <= len(name) <= 4 or not is_name(" ".join(name)):
            return
        full = " ".join(name).rstrip(".") if len(name[-1]) > 2 else " ".join(name)
        self.by_surname.setdefault(_key(name[-1]), full)
        for title in words[:cut]:
            if is_title_word(title):
                self.by_title.setdefault(_key(title), full)

    def surname(self, word: str) -> str | None:
        return self.by_surname.get(_key(word))

    def titled(self, role: str) -> str | None:
        """The person first named after `role`'s last word (`the Senator` → Senator Mark Ruiz)."""
        words = role.split()
        return self.by_title.get(_key(words[-1])) if words else None

    def subject(self, text: str) -> str | None:
        """The person a sentence opens with (`Representative Lee, who …`), as first named."""
        m = _RUN.match(text.lstrip("*_ "))
        if m is None:
            single = re.match(r"[A-Z][\w’'\-]+", text.lstrip("*_ "))
            return self.surname(single.group()) if single else None
        words = m.group().split()
        owners = [k for k, w in enumerate(words[:-1]) if _POSSESSIVE.search(w)]
        words = [_POSSESSIVE.sub("", w) for w in words[owners[-1] + 1 if owners else 0 :]]
        name = [  # `Acme's Okafor` → Okafor; `Ana Reyes de la Cruz` keeps its `de la`
            w
            for k, w in enumerate(words)
            if not titleish(w, words[k + 1] if k + 1 < len(words) else "")
        ]
        if len(name) >= 2 and is_name(" ".join(name)):
            return " ".join(name)
        return self.surname(words[-1])


def _named_after(role: str, text: str, book: NameBook) -> str | None:
    """The person `role` names in `text` (`Senator Ana Ruiz`, or `Senator Ruiz` as first named)."""
    word = re.escape(role.split()[-1])
    near = re.search(rf"\b{word}\s+((?:[A-Z][\w’'\-]+\.?\s+){{0,2}}[A-Z][\w’'\-]+)", text, re.I)
    if near is None:
        return None
    name = _POSSESSIVE.sub("", near.group(1))
    return name if len(name.split()) > 1 and is_name(name) else book.surname(name.split()[-1])


def resolve(
    who: Who, book: NameBook, last: Speaker | None, before: str
) -> tuple[Speaker | None, bool]:
    """The speaker `who` names, and whether that is a guess (a pronoun or a role read from around
    the quote). `last` is the speaker quoted before; `before` the paragraph's words before the quote."""
    if who.kind in ("name", "org"):
        return who.speaker, False
    if who.kind == "surname" and who.speaker is not None:
        if last is not None and last.name and _key(last.name.split()[-1]) == _key(who.ref):
            return Speaker(last.name, who.speaker.title, who.speaker.org), False
        full = book.surname(who.ref)
        if full is None:
            return who.speaker, False
        return Speaker(full, who.speaker.title, who.speaker.org), False
    if who.kind == "role":
        full = _named_after(who.ref, before, book) or book.titled(who.ref)
        return (Speaker(full, who.ref), True) if full else (None, True)
    subject = book.subject(before) if before.strip() else None  # a pronoun
    if subject is not None:
        return Speaker(subject), True
    return last, True
