"""Fixtures for the editor's tests: a release file with every kind of part and an invented
coalition library, each in the test's own folder; the editor drawn in colour."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_helpers import full_release

from pressdesk.library import Library, Organisation, Person
from pressdesk.store import save


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    """A saved release with every kind of part."""
    path = tmp_path / "statement.toml"
    save(path, full_release())
    return path


def make_library(folder: Path) -> Library:
    """The Harbor Coalition, two member groups and their people, saved as library files."""
    library = Library.open(folder)
    library.save(
        Organisation(
            slug="harbor-coalition",
            name="Harbor Coalition",
            kind="coalition",
            short_name="HC",
            website="https://harbor.example.org",
            boilerplate="The Harbor Coalition unites 30 tenant and legal aid groups in Bayport.",
            boilerplate_heading="About the Harbor Coalition",
            boilerplate_since=date(2026, 3, 1),
            people=(
                Person(
                    "Dana Whitfield",
                    "Communications Director",
                    "dana@example.org",
                    "617-555-0143",
                    media_contact=True,
                ),
                Person("Lee Park", "Press Officer", "lee@example.org", "617-555-0178", True),
                Person("Sam Okafor", "Chair"),
            ),
            members=("tenants-first", "fair-rent-now"),
        )
    )
    library.save(
        Organisation(
            slug="tenants-first",
            name="Tenants First",
            boilerplate="Tenants First organizes renters across Bayport.",
            people=(
                Person("Ana Ruiz", "Executive Director"),
                Person("Omar Haddad", "Lead Organizer"),
            ),
        )
    )
    library.save(
        Organisation(
            slug="fair-rent-now",
            name="Fair Rent Now",
            people=(Person("June Baptiste", "Policy Director"),),
        )
    )
    return Library.open(folder)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return make_library(tmp_path / "library")


@pytest.fixture(autouse=True)
def colours(hermetic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The editor in colour: the suite's NO_COLOR (for the CLI's plain output) would make Textual
    draw in monochrome, and the dark and light snapshots would not show the themes."""
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture(autouse=True)
def presses_wait_their_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    """`Pilot.press` returns when Textual looks idle, but pressdesk hands keys out one round at a
    time (`KeyOrder`): on a busy machine a key may still be waiting its turn when `press`
    returns. Wait until it has been handed out, as a user waits to see what a key did."""
    press = Pilot.press

    async def press_in_turn(self: Pilot[None], *keys: str) -> None:
        await press(self, *keys)
        order = getattr(self.app, "key_order", None)
        while order is not None and not order.idle and self.app.is_running:
            await self.pause()

    monkeypatch.setattr(Pilot, "press", press_in_turn)
