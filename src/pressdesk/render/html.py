"""The HTML email export: Jinja2 (escaping everything) then css-inline, ready for any inbox."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from markupsafe import Markup

from pressdesk.model import Paragraph, Release
from pressdesk.render import content
from pressdesk.render.environment import template
from pressdesk.render.inline import to_html, to_plain
from pressdesk.render.typography import smarten

PREHEADER_MAX = 100
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\u201d\u2019]))\s+(?=[A-Z\u201c\u2018\"'])")


@lru_cache(maxsize=1)
def _inliner() -> Any:
    import css_inline

    # Never fetch anything: a release must render the same offline, and a template should not
    # make pressdesk reach the network.
    return css_inline.CSSInliner(
        keep_style_tags=True, load_remote_stylesheets=False, minify_css=True
    )


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:\u2014") + "\u2026"


def preheader(release: Release, subject: str) -> str:
    """The inbox preview: the lede's first sentence (at most 100 characters), never the subject."""
    candidates = [p.text for p in release.body if isinstance(p, Paragraph)]
    candidates += [release.subheadline]
    for raw in candidates:
        text = to_plain(smarten(raw.strip()))
        if not text:
            continue
        first = _SENTENCE_END.split(text, maxsplit=1)[0]
        short = _shorten(first, PREHEADER_MAX)
        if short and short != subject:
            return short
    return _shorten(content.release_line(release), PREHEADER_MAX)


def render_html(release: Release) -> str:
    """The release as one email-ready HTML document (UTF-8, inline CSS, 600 px, no scripts)."""
    worded = content.build(release, to_html, _data)
    subject = content.subject(release, to_plain)
    document = template("release.html.j2", html=True).render(
        c=worded, subject=subject, preheader=preheader(release, subject)
    )
    inlined: str = _inliner().inline(document)
    return inlined if inlined.endswith("\n") else inlined + "\n"


def _data(value: str) -> Markup:
    from markupsafe import escape

    from pressdesk.render.inline import one_line

    return escape(one_line(value))
