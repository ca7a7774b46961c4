"""The export formats, in one registry: what the CLI offers for `--to`, the editor's export screen
lists, and default file names end with. Adding a format means adding one entry here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pressdesk.model import Release

Paper = Literal["letter", "a4"]
PAPERS: tuple[Paper, ...] = ("letter", "a4")


@dataclass(frozen=True)
class ExportOptions:
    """What an export may need besides the release; each format reads only its own."""

    wrap: int | None = None  # plain text: a column count, or one line per paragraph
    paper: Paper = "letter"  # PDF and Word: `page` in pressdesk.toml (docs/exports.md)
    logo: Path | None = None  # PDF: the image named by the library organisation's `logo`


@dataclass(frozen=True)
class ExportFormat:
    """One export: its `--to` name, file extension, a label for people, and how it is made."""

    name: str
    extension: str
    label: str
    make: Callable[[Release, ExportOptions], bytes]
    paged: bool = False  # laid out on pages: takes the paper from pressdesk.toml


# Each renderer is imported when its format is first used: `export --to text` never loads the
# HTML email's CSS inliner.


def _text(release: Release, options: ExportOptions) -> bytes:
    from pressdesk.render.text import render_text

    return render_text(release, options.wrap).encode("utf-8")


def _markdown(release: Release, options: ExportOptions) -> bytes:
    from pressdesk.render.markdown import render_markdown

    return render_markdown(release).encode("utf-8")


def _html(release: Release, options: ExportOptions) -> bytes:
    from pressdesk.render.html import render_html

    return render_html(release).encode("utf-8")


def _eml(release: Release, options: ExportOptions) -> bytes:
    from pressdesk.render.eml import render_eml

    return render_eml(release)


def _docx(release: Release, options: ExportOptions) -> bytes:
    from pressdesk.render.docx import render_docx

    return render_docx(release, options.paper)


def _pdf(release: Release, options: ExportOptions) -> bytes:
    from pressdesk.render.pdf import render_pdf

    return render_pdf(release, options.paper, options.logo)


EXPORTS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("text", ".txt", "Plain text", _text),
        ExportFormat("markdown", ".md", "Markdown", _markdown),
        ExportFormat("html", ".html", "HTML email", _html),
        ExportFormat("eml", ".eml", "Email draft (.eml)", _eml),
        ExportFormat("docx", ".docx", "Word document", _docx, paged=True),
        ExportFormat("pdf", ".pdf", "PDF for print", _pdf, paged=True),
    )
}

FORMATS: tuple[str, ...] = tuple(EXPORTS)
EXTENSIONS: dict[str, str] = {name: f.extension for name, f in EXPORTS.items()}


def export_format(name: str) -> ExportFormat:
    """The format called `name`; a ValueError naming the formats there are otherwise."""
    try:
        return EXPORTS[name]
    except KeyError:
        raise ValueError(
            f"unknown export format {name!r} (expected one of {', '.join(FORMATS)})"
        ) from None


def format_for_extension(extension: str) -> str | None:
    """The format whose files end with `extension` (`.html` -> `html`), if any."""
    extension = extension.lower()
    return next((name for name, f in EXPORTS.items() if f.extension == extension), None)
