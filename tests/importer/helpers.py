"""Shared by the importer tests: the fixtures and a field-by-field comparison of releases."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pressdesk.model import Release

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_texts() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md"))


def fmt_of(path: Path) -> str:
    return "markdown" if path.suffix == ".md" else "text"


def fields(release: Release) -> dict[str, object]:
    """A release as flat field paths -> values (`body[3].paragraphs[1]`, `contacts[0].email`, …)."""
    out: dict[str, object] = {}
    for f in dataclasses.fields(release):
        value = getattr(release, f.name)
        if isinstance(value, tuple):
            out[f"{f.name}.count"] = len(value)
            for i, item in enumerate(value):
                _flatten(out, f"{f.name}[{i}]", item)
        else:
            out[f.name] = value
    return out


def _flatten(out: dict[str, object], prefix: str, item: object) -> None:
    out[f"{prefix}.kind"] = type(item).__name__
    for f in dataclasses.fields(item):  # type: ignore[arg-type]
        value = getattr(item, f.name)
        if isinstance(value, tuple):
            for j, v in enumerate(value):
                out[f"{prefix}.{f.name}[{j}]"] = v
            out[f"{prefix}.{f.name}.count"] = len(value)
        elif dataclasses.is_dataclass(value):
            for g in dataclasses.fields(value):
                out[f"{prefix}.{f.name}.{g.name}"] = getattr(value, g.name)
        else:
            out[f"{prefix}.{f.name}"] = value


def differences(got: Release, want: Release) -> tuple[int, list[str]]:
    """How many fields were compared, and a line for each one that differs."""
    a, b = fields(got), fields(want)
    keys = sorted(set(a) | set(b))
    wrong = [f"{k}: got {a.get(k)!r}, want {b.get(k)!r}" for k in keys if a.get(k) != b.get(k)]
    return len(keys), wrong
