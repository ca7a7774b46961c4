"""The plain-text export: the house layout of a coalition statement, for wires and pasting."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from pressdesk.model import Release
from pressdesk.render import content
from pressdesk.render.environment import template
from pressdesk.render.inline import one_line, to_plain


def _filler(wrap: int | None) -> Callable[[str, str], str]:
    def fill(text: str, bullet: str = "") -> str:
        if wrap is None:
            return bullet + text
        # Never break a word, a URL or an email address: a long one may run past the width.
        return (
            textwrap.fill(
                text,
                width=wrap,
                initial_indent=bullet,
                subsequent_indent=" " * len(bullet),
                break_long_words=False,
                break_on_hyphens=False,
            )
            or bullet.rstrip()
        )

    return fill


def plain_content(release: Release) -> content.Content[str]:
    """The release worded as plain text (inline Markdown resolved, data on one line)."""
    return content.build(release, to_plain, one_line)


def render_text(release: Release, wrap: int | None = None) -> str:
    """The release as plain text: one line per paragraph, or wrapped at `wrap` columns."""
    if wrap is not None and wrap < 1:
        raise ValueError("wrap must be a positive number of columns")
    return template("release.txt.j2", html=False).render(
        c=plain_content(release), fill=_filler(wrap), gap="\n" if wrap else ""
    )
