"""Hostile inputs (issue 17): whole-process time and peak memory of `pressdesk` on a 50 MB file, 200,000 body blocks, a 1 MB headline and 40 kB of `](`, and growth from 20 kB to 40 kB (linear = 2×)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from run import Row

from pressdesk import store
from pressdesk.model import Contact, Paragraph, Release

BASE = Release(
    date=date(2026, 11, 24),
    headline="Riverside Coalition Welcomes the Vote",
    dateline="RIVERSIDE, Calif.",
    contacts=(Contact("Dana Whitlow", "dana@example.org", "951-555-0142"),),
    body=(Paragraph("The Riverside Coalition welcomed the board's vote on Tuesday."),),
)


# A fresh wrapper per run: the peak memory of a process's children is the largest of them all so
# far, so each `pressdesk` is measured as the only child of a process of its own.
_MEASURE = """\
import resource, subprocess, sys, time
start = time.perf_counter()
status = subprocess.run(sys.argv[1:], capture_output=True, timeout=600).returncode
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, status)
"""


def _pressdesk(folder: Path, *args: str) -> tuple[float, float, int]:
    """Wall seconds, peak memory (MB) and exit status of one `pressdesk ARGS…` run."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "pressdesk", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak_kb, status = done.stdout.split()
    return float(seconds), int(peak_kb) / 1024, int(status)


def _files(folder: Path) -> dict[str, str]:
    """The hostile files, written once; name -> what it is."""
    fifty = folder / "fifty-mb.toml"
    with fifty.open("w", encoding="utf-8") as out:
        out.write(store.dumps(BASE))
        line = "# " + "x" * 1021 + "\n"
        for _ in range(50 * 1024):
            out.write(line)
    blocks = BASE.replace(
        body=tuple(Paragraph(f"Paragraph {i} says one thing.") for i in range(200_000))
    )
    store.save(folder / "blocks-200k.toml", blocks)
    # The largest file under the 2 MB limit, of the same short paragraphs.
    store.save(folder / "blocks-limit.toml", blocks.replace(body=blocks.body[:40_000]))
    store.save(folder / "headline-1mb.toml", BASE.replace(headline="Word " * 200_000))
    for kb in (20, 40):
        junk = Paragraph("Read " + "](" * (kb * 512) + " now.")
        store.save(folder / f"links-{kb}kb.toml", BASE.replace(body=(*BASE.body, junk)))
    return {
        "fifty-mb.toml": "50 MB file",
        "blocks-200k.toml": "200,000 blocks (9 MB)",
        "blocks-limit.toml": "40,000 blocks (1.9 MB)",
        "headline-1mb.toml": "1 MB headline",
        "links-20kb.toml": "20 kB of ](",
        "links-40kb.toml": "40 kB of ](",
    }


def run() -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = _files(folder)
        times: dict[tuple[str, str], float] = {}
        for name, what in files.items():
            for command in (
                ["check", name],
                ["export", name, "--to", "all", "-o", "out", "--force"],
            ):
                seconds, peak, status = _pressdesk(folder, *command)
                times[(name, command[0])] = seconds
                rows.append(
                    Row(f"{command[0]} {what}", seconds, "s", f"exit {status}, peak {peak:,.0f} MB")
                )
        for verb in ("check", "export"):
            growth = times[("links-40kb.toml", verb)] / times[("links-20kb.toml", verb)]
            rows.append(Row(f"{verb}: 40 kB / 20 kB of ](", growth, "×", "linear: 2×"))
    return rows
