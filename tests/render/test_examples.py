"""The committed exports beside each example release are the golden files: they must match what
the code renders now, byte for byte, in every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk.render import FORMATS, output_name, render
from pressdesk.store import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
RELEASES = sorted(EXAMPLES.glob("*.toml"))
REGENERATE = 'for f in examples/*.toml; do pressdesk export "$f" --to all --force; done'


def test_there_are_example_releases() -> None:
    assert len(RELEASES) >= 2, f"expected example releases in {EXAMPLES}"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("path", RELEASES, ids=[p.stem for p in RELEASES])
def test_committed_export_is_up_to_date(path: Path, fmt: str) -> None:
    release = load(path)
    golden = path.parent / output_name(release, fmt)
    assert golden.exists(), (
        f"{golden.name} is missing; regenerate the exports with:\n  {REGENERATE}"
    )
    assert golden.read_bytes() == render(release, fmt), (
        f"examples/{golden.name} is out of date with the code; regenerate the exports with:\n"
        f"  {REGENERATE}\nthen review the diff before committing."
    )


@pytest.mark.parametrize("path", RELEASES, ids=[p.stem for p in RELEASES])
def test_example_html_is_email_ready(path: Path) -> None:
    from test_html import check_email_ready

    from pressdesk.render.content import subject
    from pressdesk.render.inline import to_plain

    release = load(path)
    html = (path.parent / output_name(release, "html")).read_text(encoding="utf-8")
    check_email_ready(html, subject(release, to_plain))


def test_no_stray_exports() -> None:
    # Every export in examples/ belongs to an example release (none left from a renamed headline).
    expected = {output_name(load(p), f) for p in RELEASES for f in FORMATS}
    found = {
        p.name
        for p in EXAMPLES.iterdir()
        if p.suffix in (".txt", ".md", ".html", ".eml", ".docx", ".pdf")
        and not p.name.startswith("README")
    }
    assert found - expected == set(), f"stray exports; delete them and regenerate: {REGENERATE}"
