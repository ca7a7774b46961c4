"""The export-format registry: one entry per format, read by the CLI and the editor."""

from __future__ import annotations

import pytest
from render_samples import statement

from pressdesk.render import EXPORTS, export_format, format_for_extension, output_name, render


def test_every_format_has_its_own_extension_and_label() -> None:
    assert [(f.name, f.extension) for f in EXPORTS.values()] == [
        ("text", ".txt"),
        ("markdown", ".md"),
        ("html", ".html"),
        ("eml", ".eml"),
        ("docx", ".docx"),
        ("pdf", ".pdf"),
    ]
    assert len({f.label for f in EXPORTS.values()}) == len(EXPORTS)


def test_a_file_extension_names_its_format() -> None:
    assert [format_for_extension(e) for e in (".HTML", ".md", ".eml", ".pdfx")] == [
        "html",
        "markdown",
        "eml",
        None,
    ]


def test_an_unknown_format_names_the_ones_there_are() -> None:
    with pytest.raises(ValueError, match="expected one of text, markdown, html, eml"):
        export_format("rtf")
    with pytest.raises(ValueError, match="unknown export format 'rtf'"):
        output_name(statement(), "rtf")


def test_render_dispatches_through_the_registry() -> None:
    release = statement()
    assert render(release, "markdown").decode().startswith("**")
    assert render(release, "eml").startswith(b"Subject: ")
