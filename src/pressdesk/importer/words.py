"""Small recognisers the importer shares: quote marks, names, titles and organisations."""

from __future__ import annotations

import re
from functools import lru_cache

OPEN_DOUBLE = "\u201c\u201e\u00ab"  # “ „ «
CLOSE_DOUBLE = "\u201d\u00bb"  # ” »
OPENING_MARKS = OPEN_DOUBLE + '"'
CLOSING_MARKS = CLOSE_DOUBLE + '"'

_WHOLE_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?P<t>\S.*?\S|\S)\1$")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")

ORG_WORDS = re.compile(
    r"\b(?:Coalition|Alliance|Association|Foundation|Institute|Center|Centre|Council|Network|"
    r"Project|Fund|Society|Union|League|Committee|Campaign|Partnership|Trust|Agency|Department|"
    r"Office|Ministry|Bureau|Commission|Authority|University|College|School|Hospital|Clinic|"
    r"Museum|Library|Company|Corporation|Corp|Inc|LLC|Ltd|Group|Industries|Labs?|Systems|"
    r"Technologies|Partners|Press|Media|News|Action|Now|Collective|Initiative|Works|Services|"
    r"Federation|Congress|Caucus|Board|Court|City|County|State|Church|Cooperative|Co-op|Bank|"
    r"Fellowship|Organization|Organisation|Movement|Watch|Justice|Future|Change|Rights|Aid|"
    r"Libraries|Agencies|Universities|Companies|Societies|Ministries|Authorities|Associations|"
    r"Foundations|Networks|Hospitals|Museums|Schools|Colleges|Centers|Centres|Councils|"
    r"Alliances|Coalitions|Institutes|Clinics|Departments|Unions|Federations|Projects|Programs?|Programmes?)\b\.?"
)
TITLE_WORDS = re.compile(
    r"\b(?:director|manager|officer|secretary|spokesperson|spokesman|spokeswoman|coordinator|"
    r"specialist|president|chair|chairman|chairwoman|chairperson|head|lead|chief|associate|"
    r"senior|vice|vp|svp|evp|avp|editor|strategist|organizer|organiser|founder|co-founder|ceo|cfo|coo|cto|"
    r"executive|governor|mayor|senator|representative|commissioner|professor|dean|provost|"
    r"chancellor|minister|counsel|attorney|advocate|analyst|researcher|fellow|campaigner|"
    r"member|treasurer|principal|superintendent|administrator|consultant|press|communications|"
    r"media|policy|advisor|adviser|partner|owner|steward|pastor|reverend|rev|dr|general)\b",
    re.IGNORECASE,
)
_NAME_WORD = r"(?:[A-Z][\w’'.\-]*|de|del|da|di|van|von|der|la|le|du|bin|al|ibn|y)"
_NAME = re.compile(rf"[A-Z][\w’'.\-]*(?: {_NAME_WORD}){{1,4}}")


def plain(text: str) -> str:
    """Text for recognising things: whole-line emphasis and Markdown escapes removed."""
    text = text.strip()
    for _ in range(3):  # `***bold italic***` at most; never loop over a line of stars
        m = _WHOLE_EMPHASIS.match(text) if text[:1] in ("*", "_") else None
        if m is None:
            break
        text = m.group("t").strip()
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


def loose(text: str) -> str:
    """Text with every `**`/`__` strong marker gone: `**FOR IMMEDIATE RELEASE** — May 3, 2026`."""
    text = plain(text)
    return (
        text.replace("**", "").replace("__", "").strip() if "**" in text or "__" in text else text
    )


def unescape(text: str) -> str:
    """Markdown backslash escapes removed (`jane\\_doe` → `jane_doe`)."""
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


_COURTESY = re.compile(r"^(?:Dr|Rev|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Sr|Fr)\.\s+")
_TITLE_NOUN = re.compile(
    r"(?:director|manager|officer|secretary|spokesperson|spokesman|spokeswoman|coordinator|"
    r"specialist|president|chair|chairman|chairwoman|chairperson|head|lead|chief|associate|"
    r"editor|strategist|organizer|organiser|founder|ceo|cfo|coo|cto|governor|mayor|senator|"
    r"representative|commissioner|professor|dean|provost|chancellor|minister|counsel|attorney|"
    r"advocate|analyst|researcher|fellow|campaigner|treasurer|principal|superintendent|"
    r"administrator|consultant|advisor|adviser|partner|owner|pastor|scientist|officer|"
    r"liaison|planner|writer|producer|assistant|intern|member|councilmember|councillor)s?$",
    re.IGNORECASE,
)


def role_of(text: str) -> str:
    """ "title" or "org" for a part of a contact or speaker line, by its last word first."""
    words = text.rstrip(".").split()
    if not words:
        return ""
    if len(words) > 1 and ORG_WORDS.fullmatch(words[0]) and words[1] in ("of", "for", "on"):
        return "org"  # Office of Communications, Center for …
    if _TITLE_NOUN.match(words[-1]) and not ORG_WORDS.search(words[-1]):
        return "title"
    if ORG_WORDS.search(words[-1]) or ORG_WORDS.search(text) and not TITLE_WORDS.search(text):
        return "org"
    if TITLE_WORDS.search(text):
        return "title"
    return ""


@lru_cache(maxsize=1024)
def is_name(text: str) -> bool:
    """A person's name as written on a header or contact line: 2–5 capitalised words, no digits."""
    if len(text) > 56:
        return False
    text = " ".join(_COURTESY.sub("", text).split())
    if len(text) > 48 or not _NAME.fullmatch(text) or any(ch.isdigit() for ch in text):
        return False
    return not (ORG_WORDS.search(text) or TITLE_WORDS.search(text))


def looks_like_org(text: str) -> bool:
    return role_of(text) == "org"


def looks_like_title(text: str) -> bool:
    return role_of(text) == "title"


def opens_quote(text: str) -> bool:
    return bool(text) and text[0] in OPENING_MARKS


def closes_quote(text: str) -> bool:
    """Whether the paragraph ends by closing a quotation (`…”`, `…’”`, `…"`)."""
    stripped = text.rstrip()
    return (
        bool(stripped)
        and stripped[-1] in CLOSING_MARKS
        and not (stripped[-1] == '"' and len(stripped) == 1)
    )


ABBREVIATION_END = re.compile(r"\b(?:Inc|Co|Corp|Ltd|Jr|Sr|D\.C|U\.S|L\.P|P\.C|St|Ave|Dr)\.$")
