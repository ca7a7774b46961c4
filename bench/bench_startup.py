"""Start-up: whole-process `pressdesk` commands beside `python -c pass` in the same venv (issue 18).

Each round runs every command once, in turn, so the machine's load falls on all of them alike;
the figures are medians over the rounds (wall time, and the child's CPU time, which other load
inflates less). The package's bytecode is compiled first, as `pip install` leaves it, and the
spelling rule's word table is built by one check before timing, as a user's first check leaves it
(`check, first run` times that build). The bar: `check` on a 1,500-word release ≤ 3× the baseline.
"""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_checks import distinct
from run import Row
from sample import release_of_words

import pressdesk
from pressdesk import store

ROUNDS = 11
# The standard-library modules `check` cannot do without (argument parsing, paths, TOML, the
# model's dataclasses, the library and cache folders, the word table): what Python alone takes
# to import them is the floor under any `check`.
FLOOR = (
    "import argparse, pathlib, re, dataclasses, enum, typing, tomllib, datetime, platformdirs, "
    "mmap, array, zlib; argparse.ArgumentParser()"
)


def _pressdesk_command() -> list[str]:
    """`pressdesk` as installed (the venv's console script), else the same entry point by hand."""
    script = Path(sys.executable).with_name("pressdesk")
    if script.is_file():
        return [str(script)]
    entry = "import sys; from pressdesk.cli import main; sys.exit(main(sys.argv[1:]))"
    return [sys.executable, "-c", entry]


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def _library(folder: Path) -> Path:
    """A small library: the coalition and two of its members, as `pressdesk library` saves them."""
    folder.mkdir()
    (folder / "riverside-housing-coalition.toml").write_text(
        'name = "Riverside Housing Coalition"\nkind = "coalition"\n'
        'members = ["tenants-united", "fair-rent-now"]\n\n[boilerplate]\n'
        'text = "The Riverside Housing Coalition is an alliance of 40 tenant groups."\n',
        encoding="utf-8",
    )
    for slug, name in (("tenants-united", "Tenants United"), ("fair-rent-now", "Fair Rent Now")):
        (folder / f"{slug}.toml").write_text(f'name = "{name}"\n', encoding="utf-8")
    return folder


def run() -> list[Row]:
    compileall.compile_dir(Path(pressdesk.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        release = home / "release.toml"
        release.write_text(store.dumps(distinct(release_of_words(1500))), encoding="utf-8")
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "PRESSDESK_TODAY": "2026-11-24",
            "NO_COLOR": "1",
        }
        env.pop("PRESSDESK_LIBRARY", None)
        pd = _pressdesk_command()
        check = [*pd, "check", str(release)]
        first = []
        for n in range(3):  # each in an empty cache folder: the word table is built
            first.append(_run(check, {**env, "XDG_CACHE_HOME": str(home / f"cold{n}")})[0])
        _run(check, env)  # the table every later check reads
        library = _library(home / "library")
        commands = {
            "python -c pass (baseline)": [sys.executable, "-c", "pass"],
            "floor: import the stdlib modules check needs": [sys.executable, "-c", FLOOR],
            "pressdesk --version": [*pd, "--version"],
            "pressdesk check FILE": check,
            "pressdesk check --format json FILE": [*pd, "check", "--format", "json", str(release)],
            "pressdesk check FILE, with a library": [*pd, "check", "--library", str(library)]
            + [str(release)],
            "pressdesk export FILE --to text -o -": [*pd, "export", str(release)]
            + ["--to", "text", "-o", "-"],
        }
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(ROUNDS):
            for name, cmd in commands.items():
                wall, cpu = _run(cmd, env)
                walls[name].append(wall)
                cpus[name].append(cpu)
    base_wall = statistics.median(walls["python -c pass (baseline)"])
    base_cpu = statistics.median(cpus["python -c pass (baseline)"])
    rows = []
    for name in commands:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        pairs = statistics.median(
            w / b for w, b in zip(walls[name], walls["python -c pass (baseline)"], strict=True)
        )
        note = f"{wall / base_wall:.2f}× baseline (pairs {pairs:.2f}×); CPU {cpu:.1f} ms, {cpu / base_cpu:.2f}×"
        if name == "pressdesk check FILE":
            note += "; bar ≤ 3×"
        rows.append(Row(f"{name} (wall)", wall, note=note))
    rows.append(
        Row(
            "pressdesk check FILE, first run (builds the word table)",
            statistics.median(first),
            note=f"{statistics.median(first) / base_wall:.1f}× baseline, once per install",
        )
    )
    rows.append(Row("rounds (medians over)", ROUNDS, unit=""))
    return rows
