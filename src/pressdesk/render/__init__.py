"""The exports: one release as plain text, Markdown, email-ready HTML and a `.eml` draft."""

from __future__ import annotations

from pressdesk.model import Release
from pressdesk.render.naming import EXTENSIONS, output_name, output_stem
from pressdesk.render.text import render_text

FORMATS: tuple[str, ...] = ("text", "markdown", "html", "eml")

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "output_name",
    "output_stem",
    "render",
    "render_eml",
    "render_html",
    "render_markdown",
    "render_text",
]


def render_markdown(release: Release) -> str:
    from pressdesk.render.markdown import render_markdown as _render

    return _render(release)


def render_html(release: Release) -> str:
    from pressdesk.render.html import render_html as _render

    return _render(release)


def render_eml(release: Release) -> bytes:
    from pressdesk.render.eml import render_eml as _render

    return _render(release)


def render(release: Release, fmt: str, *, wrap: int | None = None) -> bytes:
    """One export as bytes (UTF-8 for the text formats); `wrap` applies to plain text only."""
    if fmt == "text":
        return render_text(release, wrap).encode("utf-8")
    if fmt == "markdown":
        return render_markdown(release).encode("utf-8")
    if fmt == "html":
        return render_html(release).encode("utf-8")
    if fmt == "eml":
        return render_eml(release)
    raise ValueError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")
