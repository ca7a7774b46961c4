"""The dictionary's word table in the user's cache folder: built by the first check, read by the
next ones without loading pyspellchecker, rebuilt when damaged, and never needed to check."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from checkcases import clean_release

from pressdesk import store
from pressdesk.model import Paragraph
from pressdesk.spelling.wordtable import WordTable, write_table

SLIPS = "Supervisors said they would recieve the letter untill Friday from the goverment office."

# Runs `pressdesk check FILE`, then says which spelling libraries the process imported.
PROBE = """
import sys
from pressdesk.cli import main
status = main(["check", sys.argv[1]])
loaded = sorted(m for m in ("spellchecker", "breame") if m in sys.modules)
print("LOADED:" + ",".join(loaded))
"""


def release_with_slips(folder: Path) -> Path:
    release = clean_release()
    path = folder / "release.toml"
    path.write_text(
        store.dumps(release.replace(body=(*release.body, Paragraph(SLIPS)))), encoding="utf-8"
    )
    return path


def check(path: Path, cache: Path) -> tuple[list[str], str]:
    """The check's output lines and the spelling libraries it imported, in a fresh process."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PRESSDESK_LIBRARY": str(cache / "none")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    lines = done.stdout.splitlines()
    assert lines and lines[-1].startswith("LOADED:"), done.stdout + done.stderr
    return lines[:-1], lines[-1].removeprefix("LOADED:")


def tables(cache: Path) -> list[Path]:
    return sorted((cache / "pressdesk").glob("words-*.bin"))


# The three slips of SLIPS, as docs/checks.md describes the rule's messages.
EXPECTED = [
    "“recieve” is not in the dictionary: did you mean “receive”?",
    "“untill” is not in the dictionary: did you mean “until”?",
    "“goverment” is not in the dictionary: did you mean “government”?",
]


def spelling_messages(lines: list[str]) -> list[str]:
    return [line.split("[spelling] ", 1)[1] for line in lines if "[spelling]" in line]


@pytest.mark.slow
def test_the_first_check_builds_the_table_and_the_next_reads_it(tmp_path: Path) -> None:
    path = release_with_slips(tmp_path)
    cache = tmp_path / "cache"
    first, loaded_first = check(path, cache)
    assert spelling_messages(first) == EXPECTED
    assert loaded_first == "breame,spellchecker"  # read from pyspellchecker and breame once
    assert len(tables(cache)) == 1
    second, loaded_second = check(path, cache)
    assert second == first
    assert loaded_second == ""  # then looked up in the table, without either library


@pytest.mark.slow
def test_a_damaged_table_is_built_again(tmp_path: Path) -> None:
    path = release_with_slips(tmp_path)
    cache = tmp_path / "cache"
    first, _ = check(path, cache)
    (table,) = tables(cache)
    table.write_bytes(table.read_bytes()[:1000])
    again, loaded = check(path, cache)
    assert again == first
    assert loaded == "breame,spellchecker"
    assert tables(cache) == [table] and table.stat().st_size > 1000


@pytest.mark.slow
def test_a_cache_folder_that_cannot_be_made_still_checks_spelling(tmp_path: Path) -> None:
    path = release_with_slips(tmp_path)
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    lines, _ = check(path, blocked)
    assert spelling_messages(lines) == EXPECTED


def test_the_table_gives_back_every_count_and_nothing_else(tmp_path: Path) -> None:
    counts = {"the": 2_000_000, "café": 7, "tenants'": 3, "a": 1, "zoning": 4_294_967_295}
    path = tmp_path / "words.bin"
    write_table(path, counts, total=12345, extras=b"beside")
    table = WordTable(path)
    assert {word: table.count(word) for word in counts} == counts
    assert [table.count(w) for w in ("", "thee", "cafe", "The", "zonin")] == [0, 0, 0, 0, 0]
    assert table.total == 12345 and table.extras == b"beside"


def test_a_file_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "words.bin"
    write_table(path, {"word": 1}, total=1)
    path.write_bytes(b"x" + path.read_bytes()[1:])
    with pytest.raises(ValueError):
        WordTable(path)
    path.write_bytes(b"short")
    with pytest.raises(ValueError):
        WordTable(path)


@pytest.mark.slow
def test_building_a_table_forgets_only_tables_long_unused(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (cache / "pressdesk").mkdir(parents=True)
    old, recent = cache / "pressdesk" / "words-old.bin", cache / "pressdesk" / "words-recent.bin"
    for other in (old, recent):
        other.write_bytes(b"a table of other versions of the word lists")
    long_ago = time.time() - 40 * 24 * 3600
    os.utime(old, (long_ago, long_ago))
    check(release_with_slips(tmp_path), cache)
    assert not old.exists()
    assert recent.exists()
    assert len(tables(cache)) == 2  # the one just built, and the recent one
