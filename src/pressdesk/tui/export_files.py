"""What the export screen writes and where: the same names, options and bytes as `pressdesk export`.

The paper comes from `page` in the nearest pressdesk.toml and the logo from the library
organisation whose boilerplate the release carries, through the CLI's own lookups
(`render.page_setup`, docs/exports.md), so the desk's files equal the CLI's byte for byte. No
Textual here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.errors import PressdeskError
from pressdesk.model import Release
from pressdesk.render.formats import PAPERS, ExportOptions, Paper

if TYPE_CHECKING:
    from pressdesk.library import Library


@dataclass(frozen=True)
class PaperChoice:
    """What the screen offers for the paged exports: the paper, and the logo if there is one."""

    paper: Paper = "letter"
    logo: Path | None = None
    notes: tuple[str, ...] = field(default=())  # why the toml or the logo is not used


def export_targets(release: Release, folder: Path, formats: Sequence[str]) -> dict[str, Path]:
    """Where each format goes: `folder` / date + slugified headline + extension, as the CLI names it."""
    from pressdesk.render import output_name

    return {fmt: folder / output_name(release, fmt) for fmt in formats}


def paper_choice(folder: Path, release: Release, library: Library | None) -> PaperChoice:
    """The CLI's paper and logo for a release kept in `folder`; never raises.

    A pressdesk.toml that cannot be read leaves Letter chosen and says why (the CLI would refuse
    to export; here the staffer can still pick the paper by hand).
    """
    from pressdesk.render.page_setup import logo_for, paper_for

    notes: list[str] = []
    try:
        paper = paper_for(folder)
    except PressdeskError as exc:
        paper = "letter"
        notes.append(f"paper: Letter, because pressdesk.toml could not be read ({exc})")
    logo = None
    if library is not None:
        try:
            logo = logo_for(release, library)
        except PressdeskError as exc:
            notes.append(f"logo not used ({exc})")
    return PaperChoice(paper if paper in PAPERS else "letter", logo, tuple(notes))


def write_exports(
    release: Release, targets: dict[str, Path], options: ExportOptions | None = None
) -> list[Path]:
    """Render and write each file atomically, exactly as `pressdesk export --force` does.

    Everything is rendered before anything is written, so a format that cannot be rendered (a
    headline a mail header refuses) leaves no half-done set of files behind.
    """
    from pressdesk.fileio import atomic_write
    from pressdesk.render import render

    rendered = {fmt: render(release, fmt, options=options) for fmt in targets}
    for path in targets.values():
        if path.is_dir():
            raise PressdeskError(f"{path}: is a folder")
    written = []
    for fmt, path in targets.items():
        atomic_write(path, rendered[fmt], overwrite=True)
        written.append(path)
    return written
