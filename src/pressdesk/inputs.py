"""Any release a command is given: a `.toml` release file, or a text or Markdown release.

Text and Markdown releases go through the importer on the fly; everything else is read as TOML.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pressdesk.findings import Finding, Origin
from pressdesk.model import Release
from pressdesk.store import loads, read_text

InputFormat = Literal["toml", "text", "markdown"]

# Suffixes read as typed releases rather than release files; anything else is TOML.
TEXT_SUFFIXES: dict[str, Literal["text", "markdown"]] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}


@dataclass(frozen=True)
class Loaded:
    """A release, where its fields start in the file, and what the importer could not place."""

    release: Release
    source: Mapping[str, Origin]
    findings: list[Finding] = field(default_factory=list)
    fmt: InputFormat = "toml"


def input_format(path: Path | str) -> InputFormat:
    """How a file will be read, from its suffix."""
    return TEXT_SUFFIXES.get(Path(path).suffix.lower(), "toml")


def load_input(path: Path | str) -> Loaded:
    """Load `path` as a release; a missing, folder, non-UTF-8 or empty file is a PressdeskError."""
    path = Path(path)
    text = read_text(path)
    fmt = input_format(path)
    if fmt == "toml":
        document = loads(text, name=str(path))
        return Loaded(document.release, document.source, [], "toml")
    # Imported here, not at the top: only text inputs need the importer.
    from pressdesk.importer import import_text

    result = import_text(text, fmt=fmt, name=str(path))
    return Loaded(result.release, dict(result.source), list(result.findings), fmt)
