"""What the paged exports (PDF, Word) take from outside the release: the paper and the logo.

The paper is `page = "letter" | "a4"` in the nearest `pressdesk.toml`, read by the same lookup as
the check settings. The logo is `logo = "path"` in the library file of the organisation whose
boilerplate the release carries (docs/library.md), relative to the library folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from pressdesk.errors import PressdeskError
from pressdesk.model import Release
from pressdesk.render.formats import EXPORTS, ExportOptions, Paper

if TYPE_CHECKING:
    from pressdesk.library import Library


@dataclass(frozen=True)
class PageSetup:
    paper: Paper = "letter"
    logo: Path | None = None
    # Why a logo named in the library is not used (one line each), for the command to print.
    notes: tuple[str, ...] = field(default=())


def export_options(
    folder: Path, release: Release, formats: Iterable[str], wrap: int | None = None
) -> tuple[ExportOptions, tuple[str, ...]]:
    """What `formats` need besides a release kept in `folder`, and why a logo is not used.

    Only a paged format reads `pressdesk.toml`, and only the PDF opens the library, so a text
    export never fails on either. A bad `pressdesk.toml` is a PressdeskError, as for `check`.
    """
    formats = list(formats)
    if not any(EXPORTS[f].paged for f in formats):
        return ExportOptions(wrap=wrap), ()
    setup = page_setup(folder, release, open_library() if "pdf" in formats else None)
    return ExportOptions(wrap, setup.paper, setup.logo), setup.notes


def paper_for(folder: Path) -> Paper:
    """The paper named in the nearest `pressdesk.toml` above `folder` (Letter when none)."""
    from pressdesk.checks import load_settings  # checked against the rule registry

    return cast(Paper, load_settings(folder).page)


def page_setup(folder: Path, release: Release, library: Library | None) -> PageSetup:
    """The paper for a release in `folder`, and its organisation's logo from `library`."""
    paper = paper_for(folder)
    if library is None:
        return PageSetup(paper)
    try:
        logo = logo_for(release, library)
    except PressdeskError as exc:
        return PageSetup(paper, None, (f"logo not used ({exc})",))
    return PageSetup(paper, logo)


def logo_for(release: Release, library: Library) -> Path | None:
    """The logo of the first boilerplate's library organisation that has one, if any.

    A boilerplate remembers the library file it came from (`library`); one typed by hand is
    matched by its organisation's name.
    """
    for boiler in release.boilerplate:
        org = library.orgs.get(boiler.library) if boiler.library else None
        if org is None and boiler.org.strip():
            org = library.match(boiler.org)
        if org is None or not org.logo:
            continue
        path = Path(org.logo).expanduser()
        path = path if path.is_absolute() else library.path / path
        if not path.is_file():
            raise PressdeskError(f"{library.file_of(org.slug)}: logo {org.logo}: no such file")
        return path
    return None


def open_library() -> Library | None:
    """The library in use (`PRESSDESK_LIBRARY` or the user data folder), when there is one."""
    from pressdesk.library import Library, library_path

    path = library_path()
    if not path.is_dir():
        return None
    return Library.open(path)
