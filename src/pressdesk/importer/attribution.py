"""Attributions around a quotation: `“…,” said Name, Title of Org.`, `“…,” Name said.`,
`Name, Title, said: “…”`, `“…” says Name.`, with the speaker's words taken apart.

What the words name is a `Who`: a whole speaker (`Amal Okoye, Ph.D., director of …`), or a
reference the reader resolves against the rest of the release (`Okoye`, `Dr. Okoye`, `she`,
`the Senator`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressdesk.importer.words import (
    ORG_WORDS,
    TITLE_WORDS,
    is_name,
    looks_like_org,
    looks_like_title,
)
from pressdesk.model import Speaker

VERBS = (
    r"(?:said|says|say|added|adds|continued|continues|explained|explains|noted|notes|stated|states"
    r"|wrote|writes|argued|argues|responded|responds|replied|commented|comments|remarked"
    r"|declared|concluded|concludes|emphasi[sz]ed|emphasi[sz]es|observed|observes|told|asked"
    r"|urged|urges|insisted|recalled|acknowledged|agreed|warned|warns|predicted|cautioned)"
)
_VERB_FIRST = re.compile(rf"[\s,]*(?:\*\*|__)?\s*{VERBS}\b\s+(?=\S)")
_NAME_FIRST = re.compile(rf"[\s,]*(?P<who>[^\s“”\"][^“”\"]{{0,160}}?)\s+(?:\*\*|__)?{VERBS}\b")
# `“…” — Jane Doe, Director`: a quotation signed after a dash, to the paragraph's end.
_DASH = re.compile(r"[.,]?\s*(?:—|–|--|-)\s*(?=[A-Z][^“”\"]{2,150}$)")
_PUNCT = re.compile(r"[.!?,:“\"]")
_NEXT_QUOTE = re.compile(r"[*_]*['’]?\s*[“\"]")
_PRONOUNS = {"he", "she", "they", "we", "i", "it"}
_COURTESY = re.compile(r"^(?:Dr|Rev|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Sr|Fr|Hon|Lt|Gen|Col|Capt)\.?\s+")
ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Dr|Mr|Mrs|Ms|Mx|Jr|Sr|St|Inc|Co|Corp|Ltd|Bros|Mt|Ft|Gov|Sen|Rep|Prof|Rev|"
    r"Gen|Col|Capt|Lt|No|Vol|Dept|Univ|Assn|Ave|Blvd|etc|vs|a\.m|p\.m)|(?:[A-Za-z]\.)+[A-Za-z])$"
)
_DEGREE = re.compile(
    r"^(?:Ph\.?\s?D|M\.?D|M\.?P\.?H|J\.?D|M\.?B\.?A|M\.?S\.?W|B\.?A|M\.?A|M\.?S|B\.?S|R\.?N|D\.?O"
    r"|Esq|F[A-Z]{2,5}|DDS|DVM|DNP|Ed\.?D|Pharm\.?D|LCSW|CPA|PE)\.?$"
)
_ASIDE = re.compile(
    r",\s+(?:who|which|whose|where|when)\b.*$|\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|their|its)"
    r"\s+(?:statement|interview|report|news|press|release|letter|post|video|speech|email)\b.*$",
    re.IGNORECASE,
)
# Words that come before a name as its title even when no title list knows them.
_ROLE_NOUNS = re.compile(
    r"(?i:agent|staff|alum|alumni|alumnus|resident|student|volunteer|judge|justice|deputy|"
    r"assistant|inspector|detective|sheriff|captain|sergeant|officer|chief|trustee|author|"
    r"artist|activist|plaintiff|parent|teacher|nurse|doctor|physician|coach|survivor|veteran|"
    r"leader|co-founder|cofounder|founder|spokesperson|ambassador|councilmember|councilwoman|"
    r"councilman|councillor|alderman|alderwoman|assemblymember|assemblywoman|assemblyman|"
    r"delegate|congressman|congresswoman|commissioner|secretary|rabbi|imam|bishop|father|sister)"
)


_PARTICLES = {"de", "del", "da", "di", "van", "von", "der", "la", "le", "du", "bin", "al", "y"}


@dataclass(frozen=True)
class Who:
    """Who an attribution names: a speaker, or a reference (`kind`) to resolve."""

    kind: str  # "name" | "surname" | "pronoun" | "role" | "org"
    speaker: Speaker | None = None  # for "name" and "org"; the title and org for a "surname"
    ref: str = ""  # the surname, pronoun or role as written
    left_out: str = ""  # words of the attribution a release file cannot keep


@dataclass(frozen=True)
class Attribution:
    """An attribution found in a paragraph: the span of its words, what follows, who it names."""

    start: int
    end: int  # the end of the attribution's words (before `.`, `,` or `:`)
    joiner: str  # what follows: "." (a sentence ends), "," (the quotation goes on), ":" or "end"
    who: Who


def after(text: str, pos: int) -> Attribution | None:
    """The attribution right after a quotation that closed at `pos` (`, said Name.`, or a
    signature after a dash: `— Jane Doe, Director`)."""
    dash = _DASH.match(text, pos)
    if dash is not None:
        who = parse_who(text[dash.end() :])
        if who is not None and who.kind == "name":
            return Attribution(pos, len(text), "end", who)
        return None
    m = _VERB_FIRST.match(text, pos)
    if m is not None:
        end, joiner = attribution_end(text, m.end())
        who = parse_who(text[m.end() : end])
        return Attribution(pos, end, joiner, who) if who is not None else None
    m = _NAME_FIRST.match(text, pos)
    if m is None or len(m.group("who").split()) > 14 or _sentence_break(m.group("who")):
        return None
    first = m.group("who").lstrip("*_")
    if first[:1].islower() and first.split()[0].lower() not in (*_PRONOUNS, "the"):
        return None  # `“Friday,” and filmed …`: no one is named before the verb
    who = parse_who(m.group("who"))
    if who is None:
        return None
    end, joiner = attribution_end(text, m.end())
    tail = text[m.end() : end].strip()
    if len(tail.split()) > 6:  # `“…,” Doe said, adding that …`: the attribution stops at the verb
        end, joiner = m.end(), "."
    return Attribution(pos, end, joiner, who)


def attribution_end(text: str, pos: int) -> tuple[int, str]:
    """Where attribution words from `pos` end, and what follows them."""
    for m in _PUNCT.finditer(text, pos):
        j = m.start()
        mark = m.group()
        if mark in '“"':
            return j, "quote"
        if _NEXT_QUOTE.match(text, j + 1):
            return j, "," if mark == "," else (":" if mark == ":" else ".")
        if mark in ".!?" and _ends_sentence(text, j):
            return j, "."
    return len(text), "end"


def _ends_sentence(text: str, j: int) -> bool:
    if j + 1 < len(text) and not (text[j + 1].isspace() or text[j + 1] in "'’”\""):
        return False
    return text[j] != "." or ABBREVIATION.search(text, 0, j) is None


def _sentence_break(words: str) -> bool:
    return any(_ends_sentence(words, m.start()) for m in re.finditer(r"[.!?](?=\s)", words))


def parse_who(words: str) -> Who | None:
    """What attribution words name; None when they name nobody (`“Friday,” and filmed …`)."""
    words = " ".join(words.replace("**", "").replace("__", "").split()).strip(" ,;:")
    if not words:
        return None
    left_out = ""
    aside = _ASIDE.search(words)
    if aside is not None:
        words, left_out = words[: aside.start()], aside.group().lstrip(", ")
    words = words.rstrip(" ,;:")
    if words.endswith(".") and not ABBREVIATION.search(words, 0, len(words) - 1):
        words = words[:-1]  # `**said Owen Hart.**`: the sentence's period inside the emphasis
    if words.lower() in _PRONOUNS:
        return Who("pronoun", ref=words.lower(), left_out=left_out)
    role = re.fullmatch(r"(?i:the)\s+(?P<role>[\w’'\- ]{2,40})", words)
    if role is not None and looks_like_org(role.group("role")) and role.group("role")[0].isupper():
        return Who("org", Speaker("", "", role.group("role")), left_out=left_out)
    if role is not None:
        return Who("role", ref=role.group("role"), left_out=left_out)
    found = _person(words)
    if found is not None:
        kind, speaker = found
        return Who(kind, speaker, speaker.name if kind == "surname" else "", left_out)
    if (looks_like_org(words) or re.fullmatch(r"[A-Z][A-Z&.\-]{1,9}", words)) and ", " not in words:
        return Who("org", Speaker("", "", words), left_out=left_out)
    return None


def _person(words: str) -> tuple[str, Speaker] | None:
    """A person in `Name, Title of Org` (maybe after a clause: `Noting …, Name, Title`)."""
    parts = [p.strip() for p in re.split(r",\s+|;\s+", words) if p.strip()]
    for k, part in enumerate(parts[:4]):
        named = _name_in(part)
        if named is None:
            continue
        title, name, org, words_after = named
        rest = [p for p in parts[k + 1 :] if not _DEGREE.match(p)]
        if words_after:  # `Jo Lee of the Trust`, `Jo Lee in the county's report, …`
            return "name", Speaker(name, title, org)
        extra_title, org = _title_org(rest)
        title = ", ".join(t for t in (title, extra_title) if t)
        kind = "name" if len(name.split()) > 1 else "surname"
        return kind, Speaker(name, title, org)
    return None


def _name_in(part: str) -> tuple[str, str, str, bool] | None:
    """(title, name, organisation, whether words follow the name) when `part` is or ends with a
    person's name: `Mark Ruiz`, `Senator Mark Ruiz`, `Mayor Mark Ruiz of Alder`, `Dr. Ruiz`,
    `Mark Ruiz in the Harbor Trust report` (the words after a name go)."""
    bare = _COURTESY.sub("", part.strip())
    courtesy = part.strip()[: len(part.strip()) - len(bare)].strip()
    words = bare.split()
    if not words:
        return None
    for m in reversed(list(_OF_ORG.finditer(bare))):  # `Mayor Ines Falk of Birch Falls`
        named = _trailing_name(bare[: m.start()].split(), bool(courtesy))
        if named is not None and is_name(named[1]):
            return named[0], named[1], bare[m.end() :], True
    trailing = _trailing_name(words, bool(courtesy))
    if trailing is not None:
        return trailing
    for n in (4, 3, 2):  # `Jo Lee of the Trust`, `Jo Lee in the Trust's report`: name first
        if len(words) > n and words[n][:1].islower() and is_name(" ".join(words[:n])):
            if words[n] in ("of", "at", "from", "with") and len(words) > n + 1:
                org = " ".join(words[n + 1 :])
                return "", " ".join(words[:n]), org.removeprefix("the "), True
            return "", " ".join(words[:n]), "", True
    return None


_OF_ORG = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?(?=[A-Z])")
_NOT_IN_TITLES = {"in", "the", "a", "an", "to", "on", "by", "from", "during", "that", "this"}


def _trailing_name(words: list[str], courtesy: bool) -> tuple[str, str, str, bool] | None:
    cut = 0
    for k, word in enumerate(words[:-1]):  # `James Governor`: a surname may be a title word
        if titleish(word, words[k + 1]):
            cut = k + 1
    name = words[cut:]
    title = words[:cut]
    if not name or len(name) > 4 or any(w.lower() in _NOT_IN_TITLES for w in title):
        return None
    joined = " ".join(name).removesuffix("’s").removesuffix("'s")
    if len(name) == 1:
        if not (cut or courtesy or len(words) == 1) or not re.fullmatch(r"[A-Z][\w’'\-]+", joined):
            return None
    elif not (is_name(joined) or _name_with_title_word(name)):
        return None
    return " ".join(title), joined, "", False


def _name_with_title_word(words: list[str]) -> bool:
    """`James Governor`, `Ana Bishop`: a name whose surname is also a title word."""
    last = words[-1]
    return (
        is_name(" ".join([*words[:-1], "Lee"]))
        and bool(re.fullmatch(r"[A-Z][a-z]+", last))
        and is_title_word(last)
        and not ORG_WORDS.fullmatch(last)
    )


def is_title_word(word: str) -> bool:
    """`Senator`, `Director`, `Councilmember`: a word that is a title by itself."""
    bare = word.strip("().,")
    return bool(TITLE_WORDS.fullmatch(bare) or _ROLE_NOUNS.fullmatch(bare))


def titleish(word: str, nxt: str = "") -> bool:
    """A word that belongs to a title or an organisation rather than to a name (`de` before a
    capitalised word, as in `Ana Reyes de la Cruz`, belongs to the name)."""
    if word in _PARTICLES and (nxt[:1].isupper() or nxt in _PARTICLES):
        return False
    bare = word.strip("().,").removesuffix("’s").removesuffix("'s")
    if not bare or bare[0].islower() or bare.isupper() and len(bare) > 1:
        return True
    return bool(
        TITLE_WORDS.fullmatch(bare) or ORG_WORDS.fullmatch(bare) or _ROLE_NOUNS.fullmatch(bare)
    )


def _title_org(parts: list[str]) -> tuple[str, str]:
    """The title and organisation from what follows the name (`director of Harbor Trust`)."""
    if not parts:
        return "", ""
    if len(parts) == 1:
        return _split_title(parts[0])
    if re.fullmatch(r"(?:Inc|LLC|Ltd|Co|Corp|L\.P|P\.C)\.?", parts[-1]):
        parts = [*parts[:-2], f"{parts[-2]}, {parts[-1]}"]
        if len(parts) == 1:
            return _title_org(parts)
    title, org = _split_title(parts[-1])
    return ", ".join([*parts[:-1], title] if title else parts[:-1]), org


# `director at Harbor Trust` before `director for …` before `Director of Engineering at …`.
_CONNECTORS = [
    re.compile(rf"\s+{word}\s+(?:the\s+)?(?=[A-Z0-9])") for word in ("at", "for", "of", "with")
]


def _split_title(part: str) -> tuple[str, str]:
    """`Director of Engineering at Acme Corp.` → (`Director of Engineering`, `Acme Corp.`)."""
    for connector in _CONNECTORS:
        m = connector.search(part)
        if m is not None and m.start() > 0 and looks_like_title(part[: m.start()]):
            return part[: m.start()], part[m.end() :]
    if looks_like_title(part) and not looks_like_org(part):
        return part, ""
    m = re.match(r"^(?:of|at|from|with)\s+(?:the\s+)?", part)
    return ("", part[m.end() :]) if m else ("", part)
