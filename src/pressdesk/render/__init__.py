"""The exports: one release as plain text, Markdown, email-ready HTML, a `.eml` draft, Word and PDF."""

from __future__ import annotations

from dataclasses import replace

from pressdesk.model import Release
from pressdesk.render.formats import (
    EXPORTS,
    EXTENSIONS,
    FORMATS,
    ExportFormat,
    ExportOptions,
    export_format,
    format_for_extension,
)
from pressdesk.render.naming import output_name, output_stem

__all__ = [
    "EXPORTS",
    "EXTENSIONS",
    "FORMATS",
    "ExportFormat",
    "ExportOptions",
    "export_format",
    "format_for_extension",
    "output_name",
    "output_stem",
    "render",
    "render_eml",
    "render_html",
    "render_markdown",
    "render_text",
]


# The renderers load Jinja2 and friends: imported on first use, so a command that only needs the
# format table or a file name starts without them.


def render_text(release: Release, wrap: int | None = None) -> str:
    from pressdesk.render.text import render_text as _render

    return _render(release, wrap)


def render_markdown(release: Release) -> str:
    from pressdesk.render.markdown import render_markdown as _render

    return _render(release)


def render_html(release: Release) -> str:
    from pressdesk.render.html import render_html as _render

    return _render(release)


def render_eml(release: Release) -> bytes:
    from pressdesk.render.eml import render_eml as _render

    return _render(release)


def render(
    release: Release, fmt: str, *, wrap: int | None = None, options: ExportOptions | None = None
) -> bytes:
    """One export as bytes (UTF-8 for the text formats); `wrap` applies to plain text only."""
    from pressdesk.model import encodable

    if options is None:
        options = ExportOptions(wrap=wrap)
    elif wrap is not None:
        options = replace(options, wrap=wrap)
    return export_format(fmt).make(encodable(release), options)
