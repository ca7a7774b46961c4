"""The Markdown export: reads well raw, renders as the same release, never as raw HTML."""

from __future__ import annotations

from markdown_it import MarkdownIt
from render_samples import statement
from test_html import hostile_release  # noqa: F401 - same payloads as the HTML test

from pressdesk.model import BulletList, Heading, Paragraph
from pressdesk.render import render_markdown


def commonmark(text: str) -> str:
    # The full CommonMark preset with raw HTML allowed, as a permissive website renderer would.
    return MarkdownIt("commonmark", {"html": True}).render(text)


def test_markdown_layout() -> None:
    md = render_markdown(statement())
    lines = md.split("\n\n")
    assert lines[0] == "**For Immediate Release: Sept. 4, 2026**"
    assert lines[1].startswith(
        "**Media Contact:** Dana Whitfield, dana@example.org, 202-555-0143 / "
    )
    assert lines[2] == "# Harbor Coalition Statement: Port Authority Pauses Tenant Evictions"
    assert lines[3].startswith("BALTIMORE \u2014 In response to the Port Authority\u2019s decision")
    assert lines[4] == "**Ana Lee, Executive Director, Tenants United**"
    assert lines[5] == "\u201cTenants United has fought for this pause for two years."
    assert md.count("\\###") == 2
    assert md.endswith("\\###\n")


def test_rendered_markdown_shows_end_marks_and_one_h1() -> None:
    html = commonmark(render_markdown(statement()))
    assert html.count("<h1>") == 1
    assert "<h1>Harbor Coalition Statement: Port Authority Pauses Tenant Evictions</h1>" in html
    assert html.count("<p>###</p>") == 2
    assert "<h3" not in html


def test_inline_markdown_passes_through_and_blocks_are_escaped() -> None:
    release = statement().replace(
        body=(
            Paragraph("Read the **full** [report](https://example.org/r)."),
            Paragraph("1. Not a list"),
            Paragraph("# Not a heading"),
            Paragraph("- not a bullet"),
            Paragraph("> not a quote"),
            Paragraph("---"),
            Heading("Background"),
            BulletList(("first", "# second")),
        ),
    )
    html = commonmark(render_markdown(release))
    assert '<strong>full</strong> <a href="https://example.org/r">report</a>' in html
    assert "<p>1. Not a list</p>" in html
    assert "<p># Not a heading</p>" in html
    assert "<p>- not a bullet</p>" in html
    assert "<p>&gt; not a quote</p>" in html
    assert "<p>---</p>" in html
    assert "<h2>Background</h2>" in html
    assert "<li>first</li>\n<li># second</li>" in html
    assert html.count("<h1>") == 1


def test_no_raw_html_from_user_text() -> None:
    md = render_markdown(hostile_release())
    html = commonmark(md)
    assert "<script" not in html
    assert "<img" not in html
    assert "</td>" not in html and "</table>" not in html
    assert "javascript:" not in "".join(part.split('"')[0] for part in html.split('href="')[1:]), (
        "no link with a javascript: target"
    )
    assert "data:" not in "".join(part.split('"')[0] for part in html.split('href="')[1:])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html


def test_said_style_and_dash_end_mark() -> None:
    release = statement().replace(end_mark="-30-")
    md = render_markdown(release)
    assert "\n\n-30-\n\n" in md
    assert commonmark(md).count("<p>-30-</p>") == 2
