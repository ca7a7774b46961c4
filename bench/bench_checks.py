"""Checks: in-process check time for a 1,500-word release and 10× and 100× it, pathological fields, and whole-process `pressdesk check`."""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from run import Row, median_ms
from sample import release_of_words

from pressdesk import store
from pressdesk.checks import Context, Settings, run_checks
from pressdesk.checks.text import clear_caches
from pressdesk.model import Block, Boilerplate, Paragraph, Quote, Release, Speaker

CTX = Context(Settings(), date(2026, 11, 24))


def cpu_median_ms(func: Callable[[], object], *, repeat: int = 21, warmup: int = 2) -> float:
    """Median CPU time of `func()` in ms: on a shared, busy machine wall time also counts the
    other processes' time slices, which a long run collects more of than a short one."""
    for _ in range(warmup):
        func()
    times = []
    for _ in range(repeat):
        start = time.process_time()
        func()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def _cold(release: object) -> None:
    # Forget what earlier runs remembered about the same texts: a CLI check starts cold.
    clear_caches()
    run_checks(release, CTX)  # type: ignore[arg-type]


def distinct(release: Release) -> Release:
    """The sample with every paragraph made different, so no rule gets a cached answer for free."""
    body: list[Block] = []
    for n, block in enumerate(release.body):
        if isinstance(block, Paragraph):
            body.append(Paragraph(f"{block.text} Note {n}."))
        elif isinstance(block, Quote):
            paras = tuple(f"{p} Point {n}.{k}." for k, p in enumerate(block.paragraphs))
            body.append(Quote(paras, block.speaker, block.style, block.approved))
        else:
            body.append(block)
    return release.replace(body=tuple(body))


# Shapes that once made a rule rescan or backtrack (issue 17: 20 kB of `[](` took 5.4 s), each
# typed into the field where it hurt: (name, repeated text, field).
SHAPES = (
    ("[]( runs (Markdown links)", "[](", "paragraph"),
    ("[x]( runs", "[x](", "paragraph"),
    ("“ runs in a quote", "“", "quote"),
    ("spaces in a paragraph", "  ", "paragraph"),
    ("line breaks in a boilerplate", "\n", "boilerplate"),
    ("tabs in the dateline", "\t", "dateline"),
    ("June 1 EST (zones and dates)", "June 1 EST ", "paragraph"),
    ("TK run together (names)", "TK", "paragraph"),
    ("capitals (hype-caps)", "ABCD Efgh ", "paragraph"),
    ("{{ and [ADD (placeholders)", "{{[ADD ", "paragraph"),
)


def with_field(base: Release, field: str, text: str) -> Release:
    if field == "quote":
        return base.replace(body=base.body + (Quote((text,), Speaker("Ana Lopez", "Director")),))
    if field == "boilerplate":
        return base.replace(boilerplate=(Boilerplate("Org", text),))
    if field == "dateline":
        return base.replace(dateline=text)
    return base.replace(body=base.body + (Paragraph(text),))


def shapes(base: Release) -> list[Row]:
    """Check time with one field of 10 kB and of 40 kB of each shape: linear is 4×."""
    rows: list[Row] = []
    for name, unit, field in SHAPES:
        times = []
        for size in (10_000, 40_000):
            big = with_field(base, field, unit * (size // len(unit)))
            times.append(cpu_median_ms(lambda big=big: _cold(big), repeat=5, warmup=1))
        rows.append(Row(f"{name}: 40 kB field (CPU)", times[1]))
        rows.append(Row(f"{name}: growth 10 → 40 kB", times[1] / times[0], "×", "linear = 4×"))
    return rows


def run() -> list[Row]:
    rows: list[Row] = []
    base = distinct(release_of_words(1500))
    rows.append(
        Row("check, 1,500 words (cold, wall)", median_ms(lambda: _cold(base)), note="budget 5 ms")
    )
    one = cpu_median_ms(lambda: _cold(base))
    rows.append(Row("check, 1,500 words (cold, CPU)", one, note="budget 5 ms"))
    rows.append(
        Row(
            "check, 1,500 words (warm: TUI re-check, CPU)",
            cpu_median_ms(lambda: run_checks(base, CTX)),
        )
    )
    times = {1: one}
    for factor in (10, 100):
        big = distinct(release_of_words(1500 * factor))
        times[factor] = cpu_median_ms(
            lambda big=big: _cold(big), repeat=7 if factor == 100 else 11, warmup=1
        )
        rows.append(Row(f"check, {1500 * factor:,} words (cold, CPU)", times[factor]))
    rows.append(Row("growth: 10× text", times[10] / one, unit="×", note="linear = 10×"))
    rows.append(Row("growth: 100× text", times[100] / one, unit="×", note="must be ≤ 150×"))
    rows += shapes(release_of_words(300))

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "release.toml"
        path.write_text(store.dumps(base), encoding="utf-8")
        script = "import sys; from pressdesk.cli import main; sys.exit(main(sys.argv[1:]))"
        check = [sys.executable, "-c", script, "check", str(path)]
        baseline = [sys.executable, "-c", "pass"]
        env = {"PRESSDESK_TODAY": "2026-11-24", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"}

        def proc(cmd: list[str]) -> None:
            subprocess.run(cmd, capture_output=True, env=env, check=False)

        def proc_cpu_ms(cmd: list[str], repeat: int = 11) -> float:
            # CPU time of the child (user + system), which other load on the machine cannot inflate.
            times = []
            for _ in range(repeat):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                proc(cmd)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                times.append(used * 1000)
            return statistics.median(times)

        rows.append(
            Row(
                "whole process: python -c pass (wall)", median_ms(lambda: proc(baseline), repeat=11)
            )
        )
        rows.append(
            Row(
                "whole process: pressdesk check FILE (wall)",
                median_ms(lambda: proc(check), repeat=11),
                note="1,500-word release",
            )
        )
        rows.append(Row("whole process: python -c pass (CPU)", proc_cpu_ms(baseline)))
        rows.append(
            Row(
                "whole process: pressdesk check FILE (CPU)",
                proc_cpu_ms(check),
                note="1,500-word release",
            )
        )
    return rows
