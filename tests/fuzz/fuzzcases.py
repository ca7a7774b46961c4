"""What the fuzz suite feeds pressdesk: hostile text, and valid releases mutated at random.

Every payload is invented; the valid release uses example.org addresses and 555 numbers.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from pressdesk.model import (
    Boilerplate,
    BulletList,
    Contact,
    Heading,
    Paragraph,
    Quote,
    Release,
    Speaker,
)

# A release file with one of everything the format has.
VALID = """\
pressdesk = 1
kind = "statement"
line = "embargoed"
date = 2026-11-24
embargo = 2026-11-24T09:00:00-05:00
zone = "America/New_York"
headline = "Riverside Coalition Statement: County Board Votes to Freeze Rents"
subheadline = "Twelve member groups welcome the vote"
dateline = "RIVERSIDE, Calif."
end_mark = "###"
profile = "coalition"

[[contacts]]
name = "Dana Whitlow"
email = "dana@example.org"
phone = "951-555-0142"
org = "Riverside Coalition"

[[body]]
text = "The Riverside Coalition welcomed the board's 4-1 vote on Tuesday. Read [the order](https://example.org/order)."

[[body]]
speaker = { name = "Ana Lee", title = "Executive Director", org = "Tenants United" }
paragraphs = ["We fought for this for two years.", "It is a \\"start\\", not the end."]
approved = true

[[body]]
speaker = { org = "Renters Rising" }
paragraphs = ["Families can stay in their homes."]
style = "said"
approved = false

[[body]]
heading = "Background"

[[body]]
items = ["first point", "second point"]

[[boilerplate]]
org = "Riverside Coalition"
heading = "About the Riverside Coalition"
text = "The Riverside Coalition unites 12 groups working for safe, affordable homes."
"""

# Pieces that broke a parser, a renderer or a header somewhere, or nearly did.
PAYLOADS = [
    "](", "[](", "[x](", "[[the report](javascript:alert(1))](https://example.org)",
    "![x](data:text/html,x)", "<script>alert(1)</script>", "<https://example.org>", "&lt;",
    "&#0;", "=?utf-8?q?Hi=0D=0ABcc:x@example.org?=", "\r\nBcc: x@example.org", ". . . . ",
    "\x00", "\x85", "\u2028", "\ufeff", "\u202e", "\U0001f4e3", "\t", "\\", '"', "'", "\u201c",
    "\u2019", "*", "_", "`", "```", "~~~", "#", "# ", "1. ", "- ", "> ", "|", "---", "===",
    "[NAME]", "TK", "###", "-30-", "{{ 7*7 }}", "{% raw %}", "%s", "http://", "www.", "mailto:",
    "@", "555-0100", "dana@example.org", "EMBARGOED UNTIL ", "FOR IMMEDIATE RELEASE",
    "Media contact:", "About ", " said ", "\n", "\n\n", " ", "é", "\u05e9\u05dc\u05d5\u05dd",
    "\ud800",
]  # fmt: skip
PAYLOAD = st.sampled_from(PAYLOADS)
TEXT = st.lists(st.one_of(PAYLOAD, st.text(max_size=10)), max_size=10).map("".join)
# TOML-level pieces for mutating the file itself.
TOML_PIECES = [
    "[[body]]\n", "[[contacts]]\n", "[[boilerplate]]\n", 'text = ""\n', "paragraphs = []\n",
    "speaker = {}\n", '"', "'''", '"""', "=", "\n", "[", "]", "{", "}", ",", "#", "\\u0000",
    "\\", "2026-02-30", "1e999", "true", "-", "\ufeff", "\r", "pressdesk = 2\n", 'line = "x"\n',
    'kind = "memo"\n', "embargo = 2026-11-24T09:00:00\n", 'style = "sung"\n',
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, base: str = VALID) -> str:
    """`base` with a few random cuts, copies and insertions (TOML pieces and payloads)."""
    text = base
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        end = draw(st.integers(at, min(len(text), at + 40)))
        how = draw(st.sampled_from(["cut", "copy", "insert", "replace"]))
        if how == "cut":
            text = text[:at] + text[end:]
        elif how == "copy":
            text = text[:end] + text[at:end] + text[end:]
        else:
            piece = draw(st.one_of(st.sampled_from(TOML_PIECES), PAYLOAD, st.text(max_size=6)))
            text = text[:at] + piece + text[end if how == "replace" else at :]
    return text


def speakers() -> st.SearchStrategy[Speaker | None]:
    return st.none() | st.builds(Speaker, TEXT, TEXT, TEXT)


BLOCK = st.one_of(
    st.builds(Paragraph, TEXT),
    st.builds(
        Quote,
        st.lists(TEXT, max_size=3).map(tuple),
        speakers(),
        st.sampled_from(["statement", "said"]),
        st.booleans(),
    ),
    st.builds(Heading, TEXT),
    st.builds(BulletList, st.lists(TEXT, max_size=3).map(tuple)),
)


@st.composite
def releases(draw: st.DrawFn) -> Release:
    """Any release the model can hold, every text field hostile."""
    embargoed = draw(st.booleans())
    when = draw(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2199, 12, 31)))
    offset = timezone(timedelta(minutes=draw(st.integers(-14 * 60, 14 * 60))))
    return Release(
        date=draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))),
        kind=draw(st.sampled_from(["statement", "announcement", "advisory"])),
        headline=draw(TEXT),
        line="embargoed" if embargoed else "immediate",
        embargo=when.replace(tzinfo=offset) if embargoed else None,
        zone=draw(st.sampled_from(["", "America/New_York", "Asia/Kolkata", "Europe/Paris"])),
        subheadline=draw(TEXT),
        dateline=draw(TEXT),
        end_mark=draw(st.sampled_from(["###", "-30-"])),
        profile=draw(st.sampled_from(["coalition", "ap", "wire"])),
        contacts=tuple(
            draw(st.lists(st.builds(Contact, TEXT, TEXT, TEXT, TEXT, TEXT), max_size=2))
        ),
        body=tuple(draw(st.lists(BLOCK, max_size=6))),
        boilerplate=tuple(draw(st.lists(st.builds(Boilerplate, TEXT, TEXT, TEXT), max_size=2))),
    )


# A typed release, for the importer: release-shaped lines with payloads among them.
TYPED_LINES = [
    "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 10 a.m. ET", "EMBARGOED UNTIL FURTHER NOTICE",
    "EMBARGOED UNTIL 12:01 a.m. EST, Nov. 24, 2026", "Media Contact: Dana Whitlow, dana@example.org",
    "951-555-0142", "Riverside Coalition Welcomes the Vote", "", "",
    "RIVERSIDE, Calif. (Nov. 24, 2026) — The board voted 4-1.",
    "“We fought for this,” said Ana Lee, executive director of Tenants United.",
    "Ana Lee, Executive Director, Tenants United", "“Families can stay.”", "###", "-30-",
    "About the Riverside Coalition", "The Riverside Coalition unites 12 groups.", "# Heading",
    "- item", "**bold**", "Page 2 of 3",
]  # fmt: skip
TYPED = st.lists(st.one_of(st.sampled_from(TYPED_LINES), TEXT), min_size=1, max_size=14).map(
    "\n".join
)
