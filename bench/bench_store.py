"""Release files: load and save a 1,500-word release (medians, with tomllib/tomli-w baselines)."""

from __future__ import annotations

import tempfile
import tomllib
from pathlib import Path

import tomli_w
from run import Row, median_ms
from sample import release_of_words

from pressdesk import store
from pressdesk.tomlsource import scan


def run() -> list[Row]:
    release = release_of_words(1500)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "release.toml"
        store.save(path, release)
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
        size = f"{len(text.encode('utf-8')):,} bytes"
        return [
            Row(
                "baseline: tomllib.loads of the file's text",
                median_ms(lambda: tomllib.loads(text)),
                note=size,
            ),
            Row(
                "store.load (read, parse, validate, source map)",
                median_ms(lambda: store.load(path)),
            ),
            Row("  of which the source-map scan", median_ms(lambda: scan(text))),
            Row(
                "baseline: tomli_w.dumps of the parsed table",
                median_ms(lambda: tomli_w.dumps(data)),
            ),
            Row("store.dumps (canonical layout)", median_ms(lambda: store.dumps(release))),
            Row(
                "store.save (atomic: temp file, fsync, rename)",
                median_ms(lambda: store.save(path, release)),
            ),
        ]
