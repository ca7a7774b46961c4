"""Findings on real releases: how many findings each rule reports on ../shared/corpus, per severity.

The corpus (real releases with hand-read ground truth) is kept outside the repository; this bench
looks for `shared/corpus` beside the repository or any folder above it (or `PRESSDESK_CORPUS`)
and says so when there is none. It runs `pressdesk check --format json` in-process on every
release, exactly as a user would, so the counts can be set beside a review of each finding.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections import Counter
from pathlib import Path

from run import Row

from pressdesk import clock
from pressdesk.cli import main

REPO = Path(__file__).resolve().parents[1]


def corpus_folder() -> Path | None:
    explicit = os.environ.get("PRESSDESK_CORPUS")
    if explicit:
        return Path(explicit) if Path(explicit).is_dir() else None
    for folder in (REPO, *REPO.parents):
        candidate = folder / "shared" / "corpus"
        if candidate.is_dir():
            return candidate
    return None


def check_json(files: list[Path]) -> dict[str, object]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(["check", "--format", "json", *map(str, files)])
    result: dict[str, object] = json.loads(out.getvalue())
    return result


def run() -> list[Row]:
    folder = corpus_folder()
    if folder is None:
        return [Row("no corpus found (../shared/corpus): skipped", 0, unit="")]
    files = sorted(folder.glob("*.txt"))
    doc = check_json(files)
    checked = doc["files"]
    assert isinstance(checked, list)
    per_rule: Counter[tuple[str, str]] = Counter()
    for entry in checked:
        for f in entry["findings"]:
            per_rule[(f["rule"], f["severity"])] += 1
    summary = doc["summary"]
    assert isinstance(summary, dict)
    rows = [
        Row(
            "releases checked",
            len(checked),
            unit="",
            note=f"of {len(files)} in {folder}, as of {clock.today()} (PRESSDESK_TODAY sets it)",
        ),
        Row("releases refused (not read as a release)", len(files) - len(checked), unit=""),
        Row("findings", sum(per_rule.values()), unit=""),
    ]
    rows += [Row(f"  {level}", summary[level], unit="") for level in ("error", "warning", "info")]
    for (rule, severity), n in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(Row(f"{rule} ({severity})", n, unit=""))
    return rows
