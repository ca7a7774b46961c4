"""Two pressdesk processes saving into one library at once: every file stays valid, nothing is lost."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pressdesk.library import Library

ROUNDS = 60

WRITER = """
import sys
from datetime import date
from pathlib import Path
from pressdesk.library import save_from
from pressdesk.model import Quote, Release, Speaker

folder, tag, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for i in range(rounds):
    release = Release(
        date=date(2026, 11, 24),
        headline="h",
        body=(
            Quote(("q",), Speaker(f"Person {tag} {i}", "Organizer", "The Shared Group")),
            Quote(("q",), Speaker(f"Own {i}", "Organizer", f"Own Group {tag}")),
        ),
    )
    save_from(folder, release, today=date(2026, 11, 24))
print("done", tag)
"""


@pytest.mark.slow
def test_two_processes_saving_at_once(library_dir: Path) -> None:
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(library_dir), tag, str(ROUNDS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("A", "B")
    ]
    # Meanwhile read the library over and over, as `pressdesk check` would: never a broken file.
    reads = 0
    while any(w.poll() is None for w in writers):
        library = Library.open(library_dir)
        assert library.broken == {}
        reads += 1
    for writer in writers:
        out, err = writer.communicate()
        assert writer.returncode == 0, err
        assert out.startswith("done")
    assert reads > 0

    for path in library_dir.glob("*.toml"):
        tomllib.loads(path.read_text(encoding="utf-8"))  # every file is valid TOML
    library = Library.open(library_dir)
    assert library.problems() == []
    assert sorted(library.orgs) == ["own-group-a", "own-group-b", "the-shared-group"]
    shared = {p.name for p in library.orgs["the-shared-group"].people}
    # No lost updates: every person either process added is still there.
    assert shared == {f"Person {tag} {i}" for tag in "AB" for i in range(ROUNDS)}
    for tag in "ab":
        assert len(library.orgs[f"own-group-{tag}"].people) == ROUNDS
    assert not [p for p in library_dir.iterdir() if p.name.endswith(".tmp")]
