"""Property: any valid release survives save -> load unchanged, and a second save gives the same bytes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pressdesk import store
from pressdesk.model import (
    Boilerplate,
    BulletList,
    Contact,
    Heading,
    Paragraph,
    Quote,
    Release,
    Speaker,
    text_fields,
)

# Text a staffer might paste, and text that trips up TOML writers: quotes of every kind, triple
# quotes, backslashes, newlines, carriage returns, tabs, control characters, emoji, right-to-left.
TRICKY = [
    '"', "'", '"""', "'''", "\\", "\\n", "\n", "\r\n", "\r", "\t", "\x00", "\x7f", "\u2028",
    "#", "[[body]]", "= 1", "{ }", "“", "”", "‘", "’", "«", "»", "—", "👩🏽‍⚖️", "🇺🇸", "مرحبا بكم",
    "שלום", "\u200f", "\ufeff", "é", "漢字",
]  # fmt: skip
text = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(TRICKY)), max_size=6).map("".join)
texts = st.lists(text, max_size=3).map(tuple)
offsets = st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(lambda m: timezone(timedelta(minutes=m)))
embargoes = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=offsets
)
speakers = st.builds(Speaker, text, text, text)
blocks = st.one_of(
    st.builds(Paragraph, text),
    st.builds(
        Quote,
        texts,
        st.none() | speakers,
        st.sampled_from(["statement", "said"]),
        st.booleans(),
    ),
    st.builds(Heading, text),
    st.builds(BulletList, texts),
)


@st.composite
def releases(draw: st.DrawFn) -> Release:
    line = draw(st.sampled_from(["immediate", "embargoed"]))
    embargo = draw(embargoes) if line == "embargoed" else draw(st.none() | embargoes)
    return Release(
        date=draw(st.dates()),
        headline=draw(text),
        kind=draw(st.sampled_from(["statement", "announcement", "advisory"])),
        line=line,  # type: ignore[arg-type]
        embargo=embargo,
        zone=draw(
            st.sampled_from(["", "America/New_York", "America/Phoenix", "Asia/Kolkata", "UTC"])
        ),
        subheadline=draw(text),
        dateline=draw(text),
        end_mark=draw(st.sampled_from(["###", "-30-"])),
        profile=draw(st.sampled_from(["coalition", "ap", "wire"])),
        contacts=tuple(
            draw(st.lists(st.builds(Contact, text, text, text, text, text), max_size=3))
        ),
        body=tuple(draw(st.lists(blocks, max_size=6))),
        boilerplate=tuple(
            draw(st.lists(st.builds(Boilerplate, text, text, text, text), max_size=2))
        ),
    )


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(release=releases())
def test_any_release_survives_save_and_load(release: Release, tmp_path: Path) -> None:
    path = tmp_path / "release.toml"
    store.save(path, release)
    first = path.read_bytes()
    loaded = store.load(path)
    assert loaded == release
    # Equal datetimes may still differ in offset; the offset is what the release line prints.
    assert (loaded.embargo and loaded.embargo.utcoffset()) == (
        release.embargo and release.embargo.utcoffset()
    )
    store.save(path, loaded)
    assert path.read_bytes() == first


# Characters written as escapes move the text right of where `Origin` expects it; leave them out.
PLAIN = st.lists(
    st.just("\n")
    | st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters='"\\'),
        min_size=1,
        max_size=8,
    ),
    max_size=6,
).map("".join)


@settings(max_examples=100, deadline=None)
@example(headline="a\nb", paragraphs=["x\nyz"], items=["q\n\nr"], org="x\nyz")
@given(
    headline=PLAIN,
    paragraphs=st.lists(PLAIN, min_size=1, max_size=3),
    items=st.lists(PLAIN, max_size=3),
    org=PLAIN,
)
def test_the_source_map_finds_every_character_of_every_text_field(
    headline: str, paragraphs: list[str], items: list[str], org: str
) -> None:
    release = Release(
        date=datetime(2026, 11, 24).date(),
        headline=headline,
        contacts=(Contact("Ana Ortiz", org=org),),
        body=(
            Paragraph(paragraphs[0]),
            Quote(tuple(paragraphs), Speaker("Ana Ortiz", org=org)),
            BulletList(tuple(items)),
        ),
        boilerplate=(Boilerplate(org, paragraphs[-1]),),
    )
    saved = store.dumps(release)
    lines = saved.split("\n")
    source = store.loads(saved).source
    for path, value in text_fields(release):
        origin = source[path]
        for offset, char in enumerate(value):
            if char != "\n":
                line, column = origin.position(offset)
                assert lines[line - 1][column - 1] == char, (path, offset)
