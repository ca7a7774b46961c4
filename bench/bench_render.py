"""Render: median time to export a 1,500-word release in each format, and the files' sizes.

Baselines in the same run: a bare Jinja2 render of the same words (no typography, no inline
Markdown, no CSS inlining), the stdlib building an `.eml` around already-rendered parts,
python-docx saving the same paragraphs with no layout, and Typst typesetting the same paragraphs
with its defaults (no layout template, no keep-together measuring). Budget for Word and PDF:
300 ms each.
"""

from __future__ import annotations

import email.policy
import io
from email.message import EmailMessage

import jinja2
from run import Row, median_ms
from sample import release_of_words

from pressdesk.importer import import_text
from pressdesk.importer.docx import import_docx
from pressdesk.model import Paragraph, Quote, Release
from pressdesk.render import render, render_eml, render_html, render_markdown, render_text
from pressdesk.render.pdf import _compiler_for, render_pdf


def run() -> list[Row]:
    release = release_of_words(1500)
    words = sum(
        len(t.split())
        for b in release.body
        for t in (
            b.paragraphs if isinstance(b, Quote) else (b.text,) if isinstance(b, Paragraph) else ()
        )
    )
    paragraphs = [
        p
        for b in release.body
        for p in (b.paragraphs if isinstance(b, Quote) else (b.text,))  # type: ignore[union-attr]
    ]
    bare = jinja2.Environment(autoescape=True).from_string(
        "<html><body><h1>{{ h }}</h1>{% for p in ps %}<p>{{ p }}</p>{% endfor %}</body></html>"
    )
    text = render_text(release)
    html = render_html(release)

    def stdlib_eml() -> bytes:
        msg = EmailMessage(policy=email.policy.SMTP)
        msg["Subject"] = release.headline
        msg.set_content(text, cte="quoted-printable")
        msg.add_alternative(html, subtype="html", cte="quoted-printable")
        return msg.as_bytes()

    baseline = median_ms(lambda: bare.render(h=release.headline, ps=paragraphs))
    rows = [
        Row("body words", words, unit="", note="sample.release_of_words(1500)"),
        Row("text", median_ms(lambda: render_text(release))),
        Row("text --wrap 72", median_ms(lambda: render_text(release, 72))),
        Row("markdown", median_ms(lambda: render_markdown(release))),
        Row("html (Jinja2 + css-inline)", median_ms(lambda: render_html(release))),
        Row("eml (text + html + MIME + read-back)", median_ms(lambda: render_eml(release))),
        Row("baseline: bare Jinja2 HTML of the same words", baseline),
        Row("baseline: stdlib .eml of ready parts", median_ms(stdlib_eml)),
        Row("html size", len(html.encode("utf-8")), unit="", note="bytes; Gmail clips at 102,000"),
        Row("eml size", len(render_eml(release)), unit="", note="bytes"),
        *paged_rows(release, paragraphs, text),
    ]
    return rows


def paged_rows(release: Release, paragraphs: list[str], text: str) -> list[Row]:
    """Word and PDF: export times against bare python-docx and bare Typst, and reading back."""
    import docx
    import typst

    def bare_docx() -> bytes:
        document = docx.Document()
        document.add_heading(release.headline, level=1)
        for p in paragraphs:
            document.add_paragraph(p)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    source = "\n\n".join(["= " + release.headline, *paragraphs]).replace("#", "\\#")

    def bare_typst() -> bytes:
        out = typst.Compiler(ignore_system_fonts=True).compile(
            input=(source + str(next(edits))).encode("utf-8"), format="pdf"
        )
        assert isinstance(out, bytes)
        return out

    edits = iter(range(10**6))

    def edited_pdf() -> bytes:
        # A changed word each time, as after an edit in the desk: Typst's caches help less.
        return render_pdf(release.replace(headline=f"{release.headline} {next(edits)}"))

    def cold_pdf() -> bytes:
        # A new compiler each time, as the first PDF of a `pressdesk export` process.
        _compiler_for.cache_clear()
        return render_pdf(release)

    word = render(release, "docx")
    pdf = render_pdf(release)
    pages = pdf.count(b"/Type/Page") - pdf.count(b"/Type/Pages")
    return [
        Row(
            "docx (python-docx, house styles)",
            median_ms(lambda: render(release, "docx")),
            note="budget 300",
        ),
        Row("baseline: bare python-docx of the same words", median_ms(bare_docx)),
        Row("pdf (Typst, house layout), same release", median_ms(lambda: render_pdf(release))),
        Row("pdf, a word changed each time", median_ms(edited_pdf), note="budget 300"),
        Row("pdf, first in a process (new compiler)", median_ms(cold_pdf), note="budget 300"),
        Row("baseline: bare Typst of the same words, new compiler", median_ms(bare_typst)),
        Row("docx size", len(word), unit="", note="bytes"),
        Row("pdf size", len(pdf), unit="", note=f"bytes; {pages} pages, fonts embedded"),
        Row("import .docx (the Word export)", median_ms(lambda: import_docx(word))),
        Row("baseline: import the text export", median_ms(lambda: import_text(text))),
    ]
