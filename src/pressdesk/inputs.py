"""Any release a command is given: a `.toml` release file, or a text, Markdown or Word release.

Text, Markdown and Word releases go through the importer on the fly; everything else is read as
TOML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pressdesk.errors import PressdeskError
from pressdesk.findings import Finding, Origin
from pressdesk.model import Release
from pressdesk.store import ReleaseFileError, loads, read_text

InputFormat = Literal["toml", "text", "markdown", "docx"]
TypedFormat = Literal["text", "markdown", "docx"]

# Suffixes read as typed releases rather than release files. `check` and `export` read anything
# else as a release file (TOML); `import` reads anything but `.toml` as plain text. A `.docx` is
# read as bytes (importer/docx.py), the rest as UTF-8 text.
TEXT_SUFFIXES: dict[str, TypedFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".docx": "docx",
}


@dataclass(frozen=True)
class Loaded:
    """A release, where its fields start in the file, and what the importer could not place."""

    release: Release
    source: Mapping[str, Origin]
    findings: list[Finding] = field(default_factory=list)
    fmt: InputFormat = "toml"
    # Fields the importer filled in without the text saying so (see ImportResult.guessed).
    guessed: frozenset[str] = frozenset()


def input_format(path: Path | str) -> InputFormat:
    """How `check` and `export` read a file, from its suffix."""
    return TEXT_SUFFIXES.get(Path(path).suffix.lower(), "toml")


def typed_format(path: Path | str) -> TypedFormat:
    """How `import` reads a typed release: Markdown by its suffix, anything else as plain text."""
    return TEXT_SUFFIXES.get(Path(path).suffix.lower(), "text")


def load_input(path: Path | str) -> Loaded:
    """Load `path` as a release; a missing, folder, non-UTF-8 or empty file is a PressdeskError."""
    path = Path(path)
    fmt = input_format(path)
    if fmt == "docx":
        from pressdesk.importer.docx import read_docx

        imported = read_docx(path)
        return Loaded(imported.release, dict(imported.source), list(imported.findings), fmt)
    text = read_text(path)
    if fmt == "toml":
        try:
            document = loads(text, name=str(path))
        except ReleaseFileError:
            if _TYPED_RELEASE.search(text) and not _RELEASE_FILE.search(text):
                typed = path.with_suffix(".txt").name
                raise ReleaseFileError(
                    f"{path}: reads like a typed release, not a release file: name it {typed} "
                    f"to check or export it, or run `pressdesk import {typed}`"
                ) from None
            raise
        return Loaded(document.release, document.source, [], "toml")
    # Imported here, not at the top: only text inputs need the importer.
    from pressdesk.importer import import_text

    try:
        result = import_text(text, fmt=fmt, name=str(path))
    except PressdeskError:
        if _RELEASE_FILE.search(text):
            raise PressdeskError(
                f"{path}: reads like a release file (TOML), not a typed release: "
                f"name it {path.with_suffix('.toml').name}"
            ) from None
        raise
    return Loaded(result.release, dict(result.source), list(result.findings), fmt, result.guessed)


# A typed release starts with its release line or media contact; a release file says `pressdesk = 1`.
# Used only to say what a file is when it fails to load as the kind its name promises.
_TYPED_RELEASE = re.compile(r"(?im)^\W*(?:for immediate release|embargoed|media contacts?\b)")
_RELEASE_FILE = re.compile(r"(?m)^pressdesk[ \t]*=[ \t]*\d+[ \t]*(?:#.*)?$")
