"""Fixtures for the library tests: an invented coalition statement and an empty library folder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from pressdesk.model import Boilerplate, Contact, Paragraph, Quote, Release, Speaker

COALITION_TEXT = (
    "The Harbor City Housing Coalition is an alliance of 30 tenant, faith and legal-aid groups "
    "working for safe, affordable homes for every family in Harbor City."
)


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    return tmp_path / "library"


@pytest.fixture
def statement() -> Release:
    """A coalition statement: two coalition contacts, three member quotes, the coalition boilerplate."""
    return Release(
        date=date(2026, 11, 20),
        headline="Harbor City Housing Coalition Statement: Council Passes Rent Freeze",
        dateline="HARBOR CITY, Ore.",
        contacts=(
            Contact("Rosa Delgado", "rosa@housing.example.org", "555-555-0101"),
            Contact("Sam Okafor", "sam@housing.example.org", "555-555-0102"),
        ),
        body=(
            Paragraph(
                "In response to the council's vote, the Harbor City Housing Coalition released the "
                "following statements from member groups The Tenants' Union, Niños Unidos and "
                "Eastside Legal Aid:"
            ),
            Quote(
                ("Today renters won.",),
                Speaker("Jane Doe", "Executive Director", "The Tenants' Union"),
            ),
            Quote(("Families can stay.",), Speaker("Luis Peña", "Organizer", "Niños Unidos")),
            Quote(("We will enforce it.",), Speaker("Amy Li", "Director", "Eastside Legal Aid")),
        ),
        boilerplate=(Boilerplate("Harbor City Housing Coalition", COALITION_TEXT),),
    )


@pytest.fixture
def write_org(library_dir: Path) -> Callable[[str, str], Path]:
    """Writes a hand-made library file `<slug>.toml` into the library folder."""

    def write(slug: str, text: str) -> Path:
        library_dir.mkdir(parents=True, exist_ok=True)
        path = library_dir / f"{slug}.toml"
        path.write_text(text, encoding="utf-8")
        return path

    return write
