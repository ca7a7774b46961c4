"""`About …` sections and the paragraphs that describe an organisation, however a site or wire
laid them out: `About Acme` over its paragraph, `About Acme: Acme is …` or `About Acme -- …` on
one line, `ABOUT ACME Founded in 1990, …`, or the heading run into its text (`About AcmeAcme
is …`, `About Acme GroupFounded in …`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(
    r"^(?:\*\*|__)?(?i:about)\s+(?P<org>(?:the\s+)?[“\"]?[A-Z0-9].{0,160}?)\s*:?(?:\*\*|__)?$"
)
_WITH_TEXT = re.compile(
    r"^(?:\*\*|__)?(?i:about)\s+(?P<org>[^:]{2,120}?)(?:\*\*|__)?\s*(?::|\s--|\s[—–])\s*(?=\S)"
)
_CAPS = re.compile(r"^ABOUT\s+(?P<org>[A-Z0-9&.'’\- ]{2,80}?)\s+(?=[A-Z][a-z])")
_RUN_INTO = re.compile(r"^About\s+(?P<org>.{2,80}?)\s*(?P=org)", re.IGNORECASE)
_CASE_JUNCTION = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# `Acme is a …`, `The Acme Trust (ATR) is the …`, `Acme’s mission is …`: a paragraph that
# defines an organisation, as boilerplate does.
DEFINITION = re.compile(
    r"^(?:[A-Z][\w ,]{0,40}?,\s+)?(?P<org>(?:[Tt]he\s+)?[A-Z0-9][\w&.'’\-]*(?:\s+(?:[A-Z0-9&][\w&.'’\-™®]*"
    r"|of|for|and|the|on|in|de|du)){0,8}?)[™®]?(?:\s*\([^)]{1,40}\))?(?:’s?|'s?)?"
    r"(?:\s+mission)?,?\s+(?:is|are|was|has been|serves|works|exists)\s+(?:an?|the|one|to|dedicated|committed)\b"
)
# What gives a paragraph away as an organisation's boilerplate rather than news (or a person's
# biography): what kind of body the organisation is, or its mission.
_BOILERPLATE_CUES = re.compile(
    r"\b(?:is|are)\s+(?:a|an|the)\s+(?:[\w()\-–,'’]+\s+){0,6}?(?:nonprofit|non-profit|organi[sz]ation"
    r"|company|coalition|network|group|foundation|firm|agency|institution|association|alliance"
    r"|collective|charity|trust|provider|platform|union|society|fund|museum|university|college"
    r"|library|cent(?:er|re)|campaign|program|programme)s?\b|501\(c\)\(3\)|\bmission is\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class About:
    """An `About …` section's start: the organisation, and where its text starts (-1: on the
    next line)."""

    org: str
    text_start: int


def about_at(text: str) -> About | None:
    """The `About …` heading `text` opens with, in any of the layouts above, or None."""
    if text.lstrip("*_")[:6].lower() != "about ":
        return None
    for pattern in (_WITH_TEXT, _CAPS):
        m = pattern.match(text)
        if m is not None:
            return About(_org(m.group("org")), m.end())
    m = _RUN_INTO.match(text[:300])
    # A name starts with a capital or a digit: `About these tenants` is a sentence, not `the` run
    # into `these`; `About the University of Acme The University …` is a run-into.
    if m is not None and _is_name_start(m.group("org")):
        start = m.end() - len(m.group("org"))
        return About(_org(text[start : m.end()]), start)
    head = text[6:120]
    junction = _CASE_JUNCTION.search(head)  # `About Acme GroupFounded in 1990, …`
    if (
        junction is not None
        and len(head[: junction.start()].split()) <= 6
        and len(text[6 + junction.start() :].split()) >= 6
    ):
        return About(_org(head[: junction.start()]), 6 + junction.start())
    m = _HEADING.match(text)
    if (
        m is not None
        and len(text.split()) <= 24
        and not text.rstrip("*_").endswith((".", "!", "?"))
    ):
        return About(_org(m.group("org")), -1)
    return None


def _is_name_start(org: str) -> bool:
    core = org[4:] if org[:4].lower() == "the " else org
    return core[:1].isupper() or core[:1].isdigit()


def _org(text: str) -> str:
    org = " ".join(text.strip(" *_:").split())
    return org[4:] if org.startswith("the ") else org


def definition_org(text: str) -> str:
    """The organisation a paragraph opens by defining (`Acme is a …`), or ""."""
    m = DEFINITION.match(text[:300])
    if m is None:
        return ""
    org = m.group("org").strip()
    return org[4:] if org.startswith(("The ", "the ")) else org


def looks_like_boilerplate(text: str) -> bool:
    """A paragraph that defines an organisation in boilerplate's words."""
    return bool(definition_org(text)) and bool(_BOILERPLATE_CUES.search(text))
