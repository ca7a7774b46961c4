"""Spelling: the dictionary's load time and the spelling rule on a 1,500-word release (budget 10 ms)."""

from __future__ import annotations

import contextlib
import gzip
import importlib.resources
import json
import os
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from bench_checks import distinct
from run import Row, median_ms
from sample import release_of_words

from pressdesk.checks import Context, Settings
from pressdesk.checks.spelling import spelling
from pressdesk.model import Paragraph, Release, text_fields
from pressdesk.spelling import dictionary as dictionary_module
from pressdesk.spelling import load_dictionary

CTX = Context(Settings(), date(2026, 11, 24))
SLIPS = (
    "Supervisors said they would recieve the letter untill Friday, but the goverment office "
    "gave no seperate date, and Jospeh Marlow said the comittee and its fmailies were "
    "definately owed an answer on the housnig plan before the enviroment review."
)


def _corpus_folder() -> Path | None:
    """../shared/corpus beside the repository (or beside a folder above it, for a worktree)."""
    for folder in Path(__file__).resolve().parents[2:]:
        if (folder / "shared" / "corpus").is_dir():
            return folder / "shared" / "corpus"
    return None


def _load(variant: str) -> None:
    dictionary_module._load.cache_clear()  # a fresh load, as a new process does
    dictionary_module._table.cache_clear()  # (it opens the word table the first check built)
    load_dictionary(variant)  # type: ignore[arg-type]


def _build_table() -> None:
    """What the first check after installing does once: read the word list, write the table."""
    dictionary_module._table.cache_clear()
    with tempfile.TemporaryDirectory() as cache, _cache_home(cache):
        dictionary_module._table()
    dictionary_module._table.cache_clear()


@contextlib.contextmanager
def _cache_home(folder: str) -> Iterator[None]:
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = folder
    try:
        yield
    finally:
        if before is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = before


def _raw_word_list() -> None:
    # What any dictionary from this word list costs at least: decompress and parse it.
    data = importlib.resources.files("spellchecker") / "resources" / "en.json.gz"
    json.loads(gzip.decompress(data.read_bytes()))


def _words(release: Release) -> list[str]:
    return " ".join(text for _, text in text_fields(release)).split()


def _cold_suggestions(release: Release) -> None:
    load_dictionary()._near.clear()  # the slips' suggestions are worked out afresh
    list(spelling(release, CTX))


def run() -> list[Row]:
    rows = [
        Row("dictionary load, en-US", median_ms(lambda: _load("en-US"), repeat=7, warmup=1)),
        Row("dictionary load, en-GB", median_ms(lambda: _load("en-GB"), repeat=7, warmup=1)),
        Row(
            "baseline: gunzip + json.loads of the word list",
            median_ms(_raw_word_list, repeat=7, warmup=1),
        ),
        Row(
            "word table built (first check after installing)",
            median_ms(_build_table, repeat=3, warmup=0),
        ),
    ]
    load_dictionary()
    base = distinct(release_of_words(1500))
    text = " ".join(text for _, text in text_fields(base))
    rows.append(
        Row(
            f"spelling rule, {len(_words(base)):,} words, no slips",
            median_ms(lambda: list(spelling(base, CTX))),
            note="budget 10 ms, dictionary loaded",
        )
    )
    rows.append(Row("baseline: str.split over the same text", median_ms(text.split)))
    slipped = base.replace(body=(*base.body, Paragraph(SLIPS)))
    found = len(list(spelling(slipped, CTX)))
    rows.append(
        Row(
            f"spelling rule, same + {found} slips (suggestions worked out)",
            median_ms(lambda: _cold_suggestions(slipped)),
            note="budget 10 ms",
        )
    )
    rows += _corpus()
    return rows


def _corpus() -> list[Row]:
    """How many spelling findings the importable corpus releases get (each read by hand: docs)."""
    corpus = _corpus_folder()
    if corpus is None:
        return []
    from pressdesk.errors import PressdeskError
    from pressdesk.inputs import load_input

    checked = findings = 0
    for path in sorted(corpus.glob("*.txt")):
        try:
            release = load_input(path).release
        except PressdeskError:  # a few are not press releases to the importer
            continue
        checked += 1
        findings += len(list(spelling(release, CTX)))
    return [Row(f"corpus: spelling findings in {checked} releases (en-US)", findings, unit="")]
