"""The export formats, in one registry: what the CLI offers for `--to`, the editor's export screen
lists, and default file names end with. Adding a format means adding one entry here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pressdesk.model import Release


@dataclass(frozen=True)
class ExportFormat:
    """One export: its `--to` name, file extension, a label for people, and how it is made."""

    name: str
    extension: str
    label: str
    # `wrap` is a column count for plain text; formats that lay out their own lines ignore it.
    make: Callable[[Release, int | None], bytes]


# Each renderer is imported when its format is first used: `export --to text` never loads the
# HTML email's CSS inliner.


def _text(release: Release, wrap: int | None) -> bytes:
    from pressdesk.render.text import render_text

    return render_text(release, wrap).encode("utf-8")


def _markdown(release: Release, wrap: int | None) -> bytes:
    from pressdesk.render.markdown import render_markdown

    return render_markdown(release).encode("utf-8")


def _html(release: Release, wrap: int | None) -> bytes:
    from pressdesk.render.html import render_html

    return render_html(release).encode("utf-8")


def _eml(release: Release, wrap: int | None) -> bytes:
    from pressdesk.render.eml import render_eml

    return render_eml(release)


EXPORTS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("text", ".txt", "Plain text", _text),
        ExportFormat("markdown", ".md", "Markdown", _markdown),
        ExportFormat("html", ".html", "HTML email", _html),
        ExportFormat("eml", ".eml", "Email draft (.eml)", _eml),
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
