"""The PDF export: a print-ready release, typeset by Typst with its own fonts embedded.

The layout lives in `templates/export/release.pdf.typ` (a user may copy and adapt it, as the other
templates); this module appends the release to it as Typst code. Every word goes in as a Typst
string literal (`#"…"`), never as markup, so nothing a staffer types can turn into Typst syntax.
The words come from `pressdesk.render.content`, as in every export (docs/exports.md).

The same release gives the same bytes: the document carries no date, and only the fonts built into
Typst (or a user's font folder) are used, never the machine's.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.errors import PressdeskError
from pressdesk.model import Release
from pressdesk.render import content
from pressdesk.render.formats import Paper
from pressdesk.render.runs import Run, Runs, plain_runs, runs_text, to_runs

if TYPE_CHECKING:
    import typst

TEMPLATE = "release.pdf.typ"
TYPST_PAPER = {"letter": "us-letter", "a4": "a4"}
# Typst reads files (the logo) only under a root folder; the logo's own folder is used.
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")

_lock = threading.Lock()  # one compiler, reused for its caches; compile one document at a time


def render_pdf(release: Release, paper: Paper = "letter", logo: Path | None = None) -> bytes:
    """The release as a PDF on Letter or A4 paper, with the logo at the top if one is given."""
    source = typst_source(release, paper, logo)
    root = logo.parent if logo is not None else None
    try:
        with _lock:
            pdf = _compiler().compile(input=source.encode("utf-8"), format="pdf", root=root)
    except RuntimeError as exc:  # typst.TypstError: a user's template, or an unreadable logo
        message = str(getattr(exc, "message", "") or exc).strip().splitlines()[0]
        raise PressdeskError(f"the PDF could not be made: {message}") from None
    assert isinstance(pdf, bytes)
    return pdf


def typst_source(release: Release, paper: Paper, logo: Path | None) -> str:
    """The whole Typst document: the layout template, then the release as calls to it."""
    if logo is not None:
        _check_logo(logo)
    worded = content.build(release, to_runs, plain_runs)
    options = ", ".join(
        (
            f"paper: {_string(TYPST_PAPER[paper])}",
            f"logo: {_string('/' + logo.name) if logo is not None else 'none'}",
            f"title: {_string(runs_text(worded.headline))}",
        )
    )
    lines = [_template(), f"#show: release.with({options})", *_body(worded)]
    return "\n".join(lines) + "\n"


def _body(c: content.Content[Runs]) -> list[str]:
    out = [f"#release-line[{_markup(c.release_line)}]"]
    if c.contacts:
        joined: Runs = ()
        for i, contact in enumerate(c.contacts):
            joined += ((Run(" / "),) if i else ()) + contact
        out.append(f"#contacts({_string(c.contact_label + ':')})[{_markup(joined)}]")
    out.append(f"#headline[{_markup(c.headline)}]")
    if c.subheadline:
        out.append(f"#subheadline[{_markup(c.subheadline)}]")
    for block in c.blocks:
        if block.kind == "quote":
            if block.header:
                out.append(f"#speaker[{_markup(block.header)}]")
            out.extend(f"#para[{_markup(p)}]" for p in block.paragraphs)
        elif block.kind == "list":
            out.append("#items(" + ", ".join(f"[{_markup(i)}]" for i in block.items) + ")")
        elif block.kind == "heading" and block.text:
            out.append(f"#section[{_markup(block.text)}]")
        elif block.text:
            out.append(f"#para[{_markup(block.text)}]")
    out.append(f"#end-mark[{_markup((Run(c.end_mark),))}]")
    for boiler in c.boilerplate:
        if boiler.heading:
            out.append(f"#about[{_markup(boiler.heading)}]")
        out.append(f"#para[{_markup(boiler.text)}]")
    if c.boilerplate:
        out.append(f"#end-mark[{_markup((Run(c.end_mark),))}]")
    return out


def _markup(runs: Runs) -> str:
    """Runs as Typst markup whose every word is a string literal."""
    return "".join(_run(r) for r in runs)


def _run(run: Run) -> str:
    words = f"#raw({_string(run.text)})" if run.code else f"#{_string(run.text)}"
    if run.italic:
        words = f"#emph[{words}]"
    if run.bold:
        words = f"#strong[{words}]"
    if run.link:
        words = f"#link({_string(run.link)})[{words}]"
    return words


def _string(text: str) -> str:
    """A Typst string literal: backslash, quote and line breaks escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'


def _check_logo(logo: Path) -> None:
    if logo.suffix.lower() not in LOGO_SUFFIXES:
        raise PressdeskError(f"{logo}: a logo must be a PNG, JPEG, GIF, SVG or WebP image")
    if not logo.is_file():  # a regular file: a FIFO named logo.png would hang the export
        raise PressdeskError(f"{logo}: no such logo file")
    from pressdesk.fileio import IMAGE_LIMIT, MB

    if logo.stat().st_size > IMAGE_LIMIT:
        raise PressdeskError(f"{logo}: a logo larger than {IMAGE_LIMIT // MB} MB is not used")


def _template() -> str:
    from pressdesk.resources import template_dirs

    for folder in template_dirs():
        path = folder / "export" / TEMPLATE
        if path.is_file():
            try:
                return path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise PressdeskError(f"{path}: cannot read the PDF layout ({exc})") from None
    raise PressdeskError(f"export template {TEMPLATE} not found")


def _font_folders() -> tuple[str, ...]:
    from pressdesk.resources import user_templates

    fonts = user_templates() / "export" / "fonts"
    return (str(fonts),) if fonts.is_dir() else ()


@lru_cache(maxsize=4)
def _compiler_for(fonts: tuple[str, ...]) -> typst.Compiler:
    import typst

    # The machine's fonts are left out: the same release must give the same PDF everywhere.
    return typst.Compiler(font_paths=list(fonts), ignore_system_fonts=True)


def _compiler() -> typst.Compiler:
    return _compiler_for(_font_folders())
