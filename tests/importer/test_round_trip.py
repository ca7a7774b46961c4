"""Importing pressdesk's own text and Markdown exports gives back the same release."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressdesk import store
from pressdesk.importer import import_text
from pressdesk.model import Release
from pressdesk.render import render_markdown, render_text

from .helpers import FIXTURES, differences
from .strategies import releases

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.toml"))
# The fixtures' expected releases are releases too: export them and read them back.
RELEASES = EXAMPLES + sorted(FIXTURES.glob("*.toml"))


def _carried(release: Release) -> Release:
    """What a text export carries: profile, approval and library links are not in it, and of the
    kinds only an advisory shows (by its WHO/WHAT/WHEN/WHERE labels)."""
    from pressdesk.model import Boilerplate, Quote

    body = tuple(
        Quote(b.paragraphs, b.speaker, b.style, False) if isinstance(b, Quote) else b
        for b in release.body
    )
    boiler = tuple(Boilerplate(b.org, b.text, b.heading) for b in release.boilerplate)
    kind = "advisory" if release.kind == "advisory" else "statement"
    return release.replace(kind=kind, profile="coalition", body=body, boilerplate=boiler)


def _exports(release: Release) -> list[tuple[str, str, str]]:
    return [
        ("text", render_text(release), "text"),
        ("text wrapped at 72", render_text(release, wrap=72), "text"),
        ("markdown", render_markdown(release), "markdown"),
    ]


def _normalised(release: Release) -> Release:
    # Export once so the release is in house typography, then the round trip must be exact.
    return _carried(import_text(render_text(release), fmt="text").release)


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.name)
def test_examples_round_trip(path: Path) -> None:
    release = _normalised(store.load(path))
    for name, text, fmt in _exports(release):
        got = _carried(import_text(text, fmt=fmt).release)
        _, wrong = differences(got, release)
        assert wrong == [], name


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases(), st.sampled_from((40, 50, 60, 80, 100)))
def test_generated_releases_round_trip(release: Release, wrap: int) -> None:
    exports = [
        *_exports(release),
        (f"text wrapped at {wrap}", render_text(release, wrap=wrap), "text"),
    ]
    for name, text, fmt in exports:
        got = _carried(import_text(text, fmt=fmt).release)
        _, wrong = differences(got, release)
        assert wrong == [], (name, text)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_examples_exported_files_import_back(path: Path, fmt: str) -> None:
    from pressdesk.render import output_name

    release = store.load(path)
    exported = path.parent / output_name(release, fmt)
    assert exported.exists(), f"{exported.name} is missing beside {path.name}"
    got = _carried(import_text(exported.read_text(encoding="utf-8"), fmt=fmt).release)
    _, wrong = differences(got, _normalised(release))
    assert wrong == []
