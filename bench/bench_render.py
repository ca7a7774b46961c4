"""Render: median time to export a 1,500-word release in each format, and the HTML's size.

Baselines in the same run: a bare Jinja2 render of the same words (no typography, no inline
Markdown, no CSS inlining), and the stdlib building an `.eml` around already-rendered parts.
"""

from __future__ import annotations

import email.policy
from email.message import EmailMessage

import jinja2
from run import Row, median_ms
from sample import release_of_words

from pressdesk.model import Paragraph, Quote
from pressdesk.render import render_eml, render_html, render_markdown, render_text


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
    ]
    return rows
