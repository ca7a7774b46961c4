"""pressdesk's benchmarks: `python bench/run.py` prints median timings as tables.

Each `bench/bench_*.py` module exposes `run() -> list[Row]`; this runner imports them in order and
prints one table per module. Baselines are measured beside the figure in the same run.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


@dataclass
class Row:
    """One measured figure: a name, a value with its unit, and an optional note (budget, baseline)."""

    name: str
    value: float
    unit: str = "ms"
    note: str = ""


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a benchmark's child process: this checkout's pressdesk first on the
    path, and no TEXTUAL_* setting of the caller's (a devtools or debug setting slows an app)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
    env["PYTHONPATH"] = str(ROOT / "src")
    env.update(extra)
    return env


def median_ms(func: Callable[[], object], *, repeat: int = 21, warmup: int = 2) -> float:
    """Median wall time of `func()` in milliseconds."""
    for _ in range(warmup):
        func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def main(argv: list[str]) -> int:
    wanted = set(argv)
    modules = sorted(HERE.glob("bench_*.py"))
    for path in modules:
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows: list[Row] = module.run()
        title = (module.__doc__ or name).strip().splitlines()[0]
        print(f"\n## {title}\n")
        width = max(len(r.name) for r in rows) if rows else 10
        print(f"{'figure':<{width}}  {'value':>12}  note")
        print(f"{'-' * width}  {'-' * 12}  ----")
        for r in rows:
            value = f"{r.value:,.3f} {r.unit}" if r.unit else f"{r.value:,.0f}"
            print(f"{r.name:<{width}}  {value:>12}  {r.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
