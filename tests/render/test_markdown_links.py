"""Unsafe links never survive into the Markdown export (issue 17), nested or not: the export is
rendered here as a CommonMark renderer with no scheme filter would render it, and no link or image
may point anywhere but http, https or mailto."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
from render_samples import statement

from pressdesk.model import Boilerplate, BulletList, Contact, Heading, Paragraph, Quote, Speaker
from pressdesk.render import render_markdown
from pressdesk.render.inline import literal_markdown, to_markdown

SAFE = ("http:", "https:", "mailto:")
UNSAFE_TARGETS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "file:///etc/passwd",
    "javascript&#58;alert(1)",
    "<javascript:alert(1)>",
    "%6Aavascript:alert(1)",
]
# Each shape wraps an unsafe target {t}; the first is the one the adversarial run found.
SHAPES = [
    "Read [[the report]({t})](https://example.org)",
    "Read [the report]({t})",
    "Read [*the* report]({t}) and [**more**]({t})",
    "Read *[the report]({t})* now",
    "Read **[[x]({t})](https://example.org)**",
    "[![logo]({t})](https://example.org)",
    "![chart]({t})",
    "[a [b]({t}) c](https://example.org)",
    "[`code`]({t})",
    '[x]({t} "title")',
    "<{t}>",
    "[report][1]\n\n[1]: {t}",
    "[report]\n[report]: {t}",
    "\\[[x]({t})](https://example.org)",
    "[x\\]({t})](https://example.org)",
    "!\\[x]({t})",
    "[x](https://example.org)[y]({t})",
    '<a href="{t}">x</a>',
    "`x` [y]({t}) `z`",
    "[x](<{t}>)",
]
PAYLOADS = [shape.format(t=target) for shape in SHAPES for target in UNSAFE_TARGETS]


def permissive() -> MarkdownIt:
    """CommonMark with raw HTML on and no link filter: the worst renderer the export may meet."""
    md = MarkdownIt("commonmark", {"html": True})
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


def _walk(tokens: list[Token]) -> Iterator[Token]:
    for tok in tokens:
        yield tok
        yield from _walk(tok.children or [])


def active(markdown: str) -> list[str]:
    """Every link and image target, and any raw HTML, a permissive renderer makes of `markdown`."""
    found = []
    for tok in _walk(permissive().parse(markdown)):
        if tok.type == "link_open":
            found.append(str(tok.attrs["href"]))
        elif tok.type == "image":
            found.append(f"image {tok.attrs['src']}")
        elif tok.type in ("html_inline", "html_block"):
            found.append(f"html {tok.content}")
    return found


def unsafe(markdown: str) -> list[str]:
    return [target for target in active(markdown) if not target.lower().startswith(SAFE)]


def _everywhere(text: str) -> object:
    """The sample release with `text` in every one of its text fields."""
    release = statement()
    quote = Quote((text, text), Speaker(text, text, text), "statement", approved=True)
    said = Quote((text,), Speaker(text, text, text), "said", approved=True)
    return release.replace(
        headline=text,
        subheadline=text,
        dateline=text,
        contacts=(Contact(text, text, text, text, text),),
        body=(Paragraph(text), quote, said, Heading(text), BulletList((text, text))),
        boilerplate=(Boilerplate(text, text, text),),
    )


@pytest.mark.parametrize("payload", PAYLOADS)
def test_unsafe_link_nested_or_not_never_survives_in_any_field(payload: str) -> None:
    markdown = render_markdown(_everywhere(payload))  # type: ignore[arg-type]
    assert unsafe(markdown) == []


def test_unsafe_link_nested_in_a_safe_one_keeps_the_safe_one() -> None:
    markdown = to_markdown("Read [[the report](javascript:alert(1))](https://example.org)")
    assert active(markdown) == ["https://example.org"]
    assert permissive().renderInline(markdown) == (
        'Read <a href="https://example.org">[the report](javascript:alert(1))</a>'
    )


def test_safe_links_emphasis_and_code_pass_through_as_typed() -> None:
    typed = "Read the **full** [report](https://example.org/r), *now* — `code` or [mail](mailto:press@example.org)."
    assert to_markdown(typed) == typed


def test_text_that_only_looks_like_markup_stays_text() -> None:
    assert to_markdown("Send [NAME] a *draft") == "Send \\[NAME\\] a \\*draft"
    assert to_markdown("AT&T, &copy; and \\&copy; and a_b") == "AT&T, © and \\&copy; and a_b"
    assert literal_markdown("[Dana](javascript:x) <dana@example.org>") == (
        "\\[Dana\\](javascript:x) \\<dana@example.org>"
    )
    assert permissive().renderInline(to_markdown("Wow![x](https://example.org/x.png)")) == (
        'Wow!<a href="https://example.org/x.png">x</a>'
    )


MARKUP = st.sampled_from(
    ["[", "]", "(", ")", "](", "![", "<", ">", "*", "**", "_", "`", "``", "\\", "&#58;", ":",
     "javascript:", "data:", "vbscript:", "file:", "https://example.org", "mailto:a@example.org",
     " ", '"', "\n", "#", "1.", "-", "&", "x"]
)  # fmt: skip
LINKISH = st.lists(MARKUP, max_size=24).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINKISH)
def test_no_text_makes_an_unsafe_link(text: str) -> None:
    assert unsafe(to_markdown(text)) == []
    assert active(literal_markdown(text)) == []  # data is never a link at all


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINKISH)
def test_the_links_kept_are_the_links_the_html_export_makes(text: str) -> None:
    from pressdesk.render.inline import one_line, parser

    tokens = parser().parseInline(one_line(text))
    hrefs = [str(t.attrs["href"]) for t in _walk(tokens) if t.type == "link_open"]
    html_links = [href for href in hrefs if href]  # `[x]()`: a link to nowhere stays text
    assert active(to_markdown(text)) == html_links
