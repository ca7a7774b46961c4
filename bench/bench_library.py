"""The library: opening a 60-organisation library, the library rules, and save-from.

Baselines beside each figure: tomllib alone on the same files (the floor for opening), and the
library rules with no library (the cost of just walking the release).
"""

from __future__ import annotations

import tempfile
import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path

from run import Row, median_ms
from sample import release_of_words

from pressdesk.checks import REGISTRY, Context, Settings
from pressdesk.library import EarlierBoilerplate, Library, Organisation, Person, save_from

MEMBERS = 59
PEOPLE = 8
TEXT = "The group is an alliance of tenant, legal aid and faith groups working for safe homes. " * 3


def _fill(folder: Path) -> None:
    library = Library.open(folder)
    members = []
    for n in range(MEMBERS):
        people = tuple(
            Person(
                f"Speaker {n}" if k == 0 else f"Person {n}-{k}",
                "Executive Director",
                f"p{k}@example.org",
                "555-555-0100",
            )
            for k in range(PEOPLE)
        )
        org = Organisation(
            slug=f"member-group-{n}", name=f"Member Group {n}", boilerplate=TEXT, people=people
        )
        library.save(org)
        members.append(org.slug)
    earlier = tuple(EarlierBoilerplate(f"Old text {y}.", date(y, 3, 1)) for y in (2024, 2025))
    library.save(
        Organisation(
            slug="riverside-housing-coalition",
            name="Riverside Housing Coalition",
            kind="coalition",
            boilerplate="A newer boilerplate.",
            earlier=earlier,
            people=(
                Person("Dana Whitfield", "Director", "dana@example.org", "202-555-0143", True),
            ),
            members=tuple(members),
        )
    )


def run() -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "library"
        _fill(folder)
        files = sorted(folder.glob("*.toml"))
        parse_only = median_ms(lambda: [tomllib.loads(p.read_text("utf-8")) for p in files])
        rows.append(
            Row(
                f"Library.open, {len(files)} files x {PEOPLE} people",
                median_ms(lambda: Library.open(folder)),
                note=f"tomllib alone: {parse_only:.2f} ms",
            )
        )

        release = release_of_words(1500)
        library = Library.open(folder)
        rules = [
            REGISTRY[r].func
            for r in (
                "boilerplate-drift",
                "speaker-library-title",
                "speaker-library-org",
                "speaker-not-member",
            )
        ]
        with_lib = Context(Settings.for_profile("coalition"), date(2026, 11, 24), library=library)
        without = replace(with_lib, library=None)

        def check(ctx: Context) -> None:
            for func in rules:
                list(func(release, ctx))

        rows.append(
            Row(
                "library rules, 1,500-word release",
                median_ms(lambda: check(with_lib)),
                note=f"no library: {median_ms(lambda: check(without)):.3f} ms",
            )
        )
        rows.append(
            Row(
                "save-from (dry run: lock, read, merge)",
                median_ms(
                    lambda: save_from(folder, release, today=date(2026, 11, 24), dry_run=True),
                    repeat=11,
                ),
                note="the 1,500-word release into the 60-file library",
            )
        )
    return rows
