"""Hypothesis releases that the plain-text and Markdown exports can represent.

What the text cannot carry is held fixed: `kind` (a text does not say statement or announcement),
`profile`, `approved` (False), `library` on boilerplate, `zone` without an embargo, and inline
Markdown (the text export resolves it). Shapes the layout cannot tell apart are not generated:
an orphan quote straight after a said-style quote (it reads as that quote's next paragraph), a
heading as the last block, two lists in a row, a release without a dateline, a first body block
that is not the lede paragraph. Typed quote marks and `--` are left out, since the export sets
house typography on them.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from pressdesk.model import (
    Block,
    Boilerplate,
    BulletList,
    Contact,
    Heading,
    Paragraph,
    Quote,
    Release,
    Speaker,
)

WORDS = [
    "tenants",
    "renters",
    "families",
    "county",
    "program",
    "data",
    "rules",
    "board",
    "city",
    "water",
    "river",
    "trail",
    "school",
    "students",
    "workers",
    "wages",
    "homes",
    "parks",
    "library",
    "clinic",
    "funding",
    "report",
    "survey",
    "vote",
    "plan",
    "budget",
    "today",
    "announced",
    "released",
    "welcomed",
    "asked",
    "will",
    "would",
    "should",
    "must",
    "can",
    "new",
    "more",
    "every",
    "many",
    "across",
    "since",
    "after",
    "before",
    "during",
    "through",
    "with",
    "without",
    "into",
    "from",
    "over",
    "under",
    "about",
    "the",
    "a",
    "and",
    "but",
    "or",
    "because",
    "while",
    "when",
    "where",
    "which",
    "that",
    "this",
    "these",
    "those",
    "their",
    "our",
    "its",
    "by",
    "for",
    "of",
    "in",
    "on",
    "at",
    "to",
    "three",
    "four",
    "twelve",
    "hundred",
    "million",
    "percent",
    "summer",
    "winter",
    "spring",
    "week",
    "month",
    "year",
]
FIRST = ("Dana", "Marco", "Priya", "Owen", "Hana", "Luis", "Grace", "Nadia", "Tomás", "Ada")
LAST = ("Whitfield", "Ruiz", "Natarajan", "Castellano", "Okafor", "Ferreira", "Liang", "Brooks")
ORG_HEAD = ("Riverside", "Valley", "Eastside", "Harbor", "Prairie", "Lakeshore", "Northfield")
ORG_TAIL = ("Coalition", "Alliance", "Network", "Foundation", "Project", "Council", "Fund")
TITLES = (
    "Executive Director",
    "Policy Director",
    "Campaign Manager",
    "Staff Attorney",
    "Organizer",
)
SAID_TITLES = ("executive director", "policy director", "campaign manager", "staff attorney")
CITIES = ("WASHINGTON", "RIVERSIDE", "ANN ARBOR", "OAKLAND", "SAN DIEGO", "JUNEAU")
STATES = ("", "D.C.", "Calif.", "Mich.", "N.Y.", "Texas")
ZONES = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Anchorage", "Pacific/Honolulu",
)  # fmt: skip

names = st.builds(lambda f, last: f"{f} {last}", st.sampled_from(FIRST), st.sampled_from(LAST))
orgs = st.builds(lambda h, t: f"{h} {t}", st.sampled_from(ORG_HEAD), st.sampled_from(ORG_TAIL))


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 4, max_words: int = 14, end: str = ".") -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    text = " ".join(words)
    return text[0].upper() + text[1:] + end


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))


@st.composite
def contacts(draw: st.DrawFn) -> Contact:
    name = draw(names)
    first, last = name.split()
    return Contact(
        name=name,
        email=f"{first.lower()}.{last.lower()}@example.org".replace("á", "a"),
        phone=f"202-555-01{draw(st.integers(10, 99))}",
        org=draw(st.sampled_from(("", *ORG_HEAD)).map(lambda h: f"{h} Coalition" if h else "")),
        title=draw(st.sampled_from(("", *TITLES))),
    )


@st.composite
def speakers(draw: st.DrawFn, said: bool = False) -> Speaker:
    title = draw(st.sampled_from(("", *(SAID_TITLES if said else TITLES))))
    return Speaker(draw(names), title, draw(st.sampled_from(("",)) | orgs))


@st.composite
def quotes(draw: st.DrawFn, orphan_ok: bool) -> Quote:
    kind = draw(
        st.sampled_from(("statement", "said", "orphan") if orphan_ok else ("statement", "said"))
    )
    paras = tuple(draw(st.lists(paragraphs(), min_size=1, max_size=3)))
    if kind == "orphan":
        return Quote(paras, None)
    if kind == "said":
        return Quote(paras, draw(speakers(said=True)), "said")
    return Quote(paras, draw(speakers()))


@st.composite
def headings(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))
    text = " ".join(words)
    return text[0].upper() + text[1:]


@st.composite
def bodies(draw: st.DrawFn) -> tuple[Block, ...]:
    blocks: list[Block] = [Paragraph(draw(paragraphs()))]
    for _ in range(draw(st.integers(0, 7))):
        prev = blocks[-1]
        choices = ["paragraph", "quote"]
        if not isinstance(prev, BulletList):
            choices.append("list")
        choices.append("heading")
        kind = draw(st.sampled_from(choices))
        if kind == "paragraph":
            blocks.append(Paragraph(draw(paragraphs())))
        elif kind == "quote":
            orphan_ok = not (isinstance(prev, Quote) and prev.style == "said")
            blocks.append(draw(quotes(orphan_ok)))
        elif kind == "list":
            items = draw(st.lists(sentences(1, 6, end=""), min_size=1, max_size=4))
            blocks.append(BulletList(tuple(items)))
        else:
            blocks.append(Heading(draw(headings())))
            blocks.append(Paragraph(draw(paragraphs())))
    return tuple(blocks)


@st.composite
def advisory_bodies(draw: st.DrawFn) -> tuple[Block, ...]:
    """A media advisory: the lede, then WHO / WHAT / WHEN / WHERE / WHY, each with its paragraph."""
    labels = draw(
        st.lists(
            st.sampled_from(("WHO", "WHAT", "WHEN", "WHERE", "WHY")),
            min_size=2,
            max_size=5,
            unique=True,
        )
    )
    blocks: list[Block] = [Paragraph(draw(paragraphs()))]
    for label in labels:
        blocks += [Heading(label), Paragraph(draw(sentences()))]
    return tuple(blocks)


@st.composite
def boilerplates(draw: st.DrawFn) -> Boilerplate:
    org = draw(orgs)
    rest = draw(sentences()).lower().rstrip(".")
    if draw(st.booleans()):
        return Boilerplate(org, f"{org} is a {rest}.", heading=f"About {org}")
    return Boilerplate(org, f"{org} is a {rest}.")


@st.composite
def releases(draw: st.DrawFn) -> Release:
    embargoed = draw(st.booleans())
    day = draw(st.dates(date(2001, 1, 1), date(2098, 12, 31)))
    embargo = None
    zone = ""
    if embargoed:
        clock = time(draw(st.sampled_from((0, 4, 6, 9, 12, 15, 18, 23))), draw(st.integers(0, 59)))
        zone = draw(st.sampled_from(("", *ZONES)))
        if zone:
            embargo = datetime.combine(day, clock, ZoneInfo(zone))
        else:
            from datetime import timedelta, timezone

            hours = draw(st.integers(-11, 12))
            embargo = datetime.combine(day, clock, timezone(timedelta(hours=hours)))
    city = draw(st.sampled_from(CITIES))
    state = draw(st.sampled_from(STATES))
    headline = draw(sentences(3, 10, end="")).title()
    advisory = draw(st.booleans()) and draw(st.booleans())
    return Release(
        date=day,
        headline=headline,
        kind="advisory" if advisory else "statement",
        line="embargoed" if embargoed else "immediate",
        embargo=embargo,
        zone=zone,
        subheadline=draw(st.sampled_from(("",)) | sentences(4, 12)),
        dateline=f"{city}, {state}" if state else city,
        end_mark=draw(st.sampled_from(("###", "-30-"))),
        contacts=tuple(draw(st.lists(contacts(), min_size=0, max_size=3))),
        body=draw(advisory_bodies() if advisory else bodies()),
        boilerplate=tuple(draw(st.lists(boilerplates(), min_size=0, max_size=2))),
    )
