"""Loose matching of organisation and people names, so one group saved twice stays one group.

"The Tenants' Union", "tenants union" and "Tenants’ Union" are the same organisation; "Niños Unidos"
and "Ninos Unidos" are the same too. Case, accents, punctuation and a leading "The" never count.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Apostrophes vanish ("Tenants'" -> "tenants"); every other mark becomes a space.
_APOSTROPHES = re.compile(r"['’‘`´]")
_NOT_WORD = re.compile(r"[\W_]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@functools.lru_cache(maxsize=4096)  # the same few hundred names are compared over and over
def loose_key(name: str) -> str:
    """The form of a name that loose matching compares: "The Tenants' Union" -> "tenants union"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ")
    text = _APOSTROPHES.sub("", text)
    text = _NOT_WORD.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same name, loosely (empty names never match)."""
    key = loose_key(a)
    return bool(key) and key == loose_key(b)


def same_text(a: str, b: str) -> bool:
    """Whether two passages say the same thing letter for letter, ignoring spacing and quote styles.

    The editor and the importer may hold curly quotes where a hand-edited library file has straight
    ones; rendering applies typography anyway, so that is not drift.
    """
    return _plain(a) == _plain(b)


def _plain(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split())


def same_phone(a: str, b: str) -> bool:
    """Whether two phone numbers have the same digits (202.555.0100 is (202) 555-0100)."""
    return re.sub(r"\D", "", a).lstrip("1") == re.sub(r"\D", "", b).lstrip("1")


def org_parts(org: str) -> list[str]:
    """The organisations a speaker line names: "La ColectiVA and For Us Not Amazon" gives both.

    The whole string comes first, so an organisation whose own name contains "and" still matches.
    """
    parts = [org]
    pieces = [p.strip() for p in re.split(r"\s+(?:and|&)\s+|\s*[,;/]\s*", org) if p.strip()]
    if len(pieces) > 1:
        parts.extend(pieces)
    return parts


# An address as a reader can use it: one @, a dot in the domain, no spaces or brackets. A web
# scraper's "[email protected]" or a "name [at] org" is not one, and never goes into the library.
_USABLE_EMAIL = re.compile(r"[^@\s\[\]<>()]+@[^@\s\[\]<>()]+\.[^@\s\[\]<>()]+")


def usable_email(email: str) -> bool:
    """Whether `email` reads as a real address that can be saved and reused."""
    return _USABLE_EMAIL.fullmatch(email.strip()) is not None
