"""Property tests: exporting any valid release never raises, and never lets user text become code."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import date, datetime, timedelta, timezone

import html5lib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from pressdesk.errors import PressdeskError
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
from pressdesk.render import FORMATS, render, render_html, render_markdown, render_text

# Every kind of text a staffer (or a paste from anywhere) can put in a field: quote marks, markup,
# Markdown, emoji, right-to-left script, line breaks and TOML-special characters.
SPICE = st.sampled_from(
    ['"', "'", "\u201c", "\u2019", "<", ">", "&", "*", "_", "`", "[", "](", ")", "#", "-", "--",
     "\n", "\r\n", "\u2028", "\\", "=?", "?=", "javascript:", "http://x.example", "1.", "> ",
     "\U0001f4e3", "\u05e9\u05dc\u05d5\u05dd", "{{", "}}", "\t", "\x00", "\x85", " "]
)  # fmt: skip
TEXT = st.lists(st.one_of(SPICE, st.text(max_size=8)), max_size=8).map("".join)
WORDS = st.text(max_size=30)


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
    embargoed = draw(st.booleans())
    when = draw(
        st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31))
    ).replace(tzinfo=timezone(timedelta(hours=draw(st.integers(-12, 14)))))
    return Release(
        date=draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))),
        headline=draw(TEXT),
        line="embargoed" if embargoed else "immediate",
        embargo=when if embargoed else None,
        zone=draw(st.sampled_from(["", "America/New_York", "America/Phoenix", "Europe/Paris"])),
        subheadline=draw(TEXT),
        dateline=draw(TEXT),
        end_mark=draw(st.sampled_from(["###", "-30-"])),
        contacts=tuple(
            draw(st.lists(st.builds(Contact, TEXT, TEXT, TEXT, TEXT, TEXT), max_size=2))
        ),
        body=tuple(draw(st.lists(BLOCK, max_size=6))),
        boilerplate=tuple(draw(st.lists(st.builds(Boilerplate, TEXT, TEXT, TEXT), max_size=2))),
    )


def header_unsafe(release: Release) -> bool:
    fields = [release.headline]
    if release.contacts and release.contacts[0].email.strip():
        fields += [release.contacts[0].name, release.contacts[0].email]
    return any(
        len(f.splitlines()) > 1 or "\r" in f or "\n" in f or "\0" in f
        or re.search(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=", f)
        for f in fields
    )  # fmt: skip


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ALLOWED_MD_TAGS = {"p", "h1", "h2", "strong", "em", "a", "code", "ul", "li"}


@FAST
@given(releases())
def test_export_never_raises(release: Release) -> None:
    for fmt in FORMATS:
        if fmt == "eml" and header_unsafe(release):
            try:
                render(release, fmt)
            except PressdeskError as exc:
                assert "\n" not in str(exc)
            continue
        first = render(release, fmt)
        assert render(release, fmt) == first, f"{fmt} export is not deterministic"


@FAST
@given(releases())
def test_markdown_never_makes_html_or_extra_headlines(release: Release) -> None:
    html = MarkdownIt("commonmark", {"html": True}).render(render_markdown(release))
    tags = set(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", html))
    assert tags <= ALLOWED_MD_TAGS, tags - ALLOWED_MD_TAGS
    assert html.count("<h1>") == 1
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.lower().startswith(("http:", "https:", "mailto:")), href


@FAST
@given(releases())
def test_html_parses_cleanly_and_has_no_active_content(release: Release) -> None:
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    root = parser.parse(render_html(release))
    assert parser.errors == []
    for el in root.iter():
        assert (
            el.tag not in ("script", "img", "iframe", "svg", "form", "style") or el.tag == "style"
        )
        assert not any(name.lower().startswith("on") for name in el.attrib)
        href = el.get("href")
        assert href is None or href.lower().startswith(("http:", "https:", "mailto:"))
    assert len(list(root.iter("table"))) == 2


@FAST
@given(releases())
def test_eml_parts_are_the_exports(release: Release) -> None:
    if header_unsafe(release):
        return
    msg = email.message_from_bytes(render(release, "eml"), policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    text, html = (p.get_content().replace("\r\n", "\n") for p in msg.iter_parts())
    assert text == render_text(release)
    assert html == render_html(release)
