"""TUI: time to the first screen (beside a bare Textual app) and keystroke cost in a 1,500-word quote.

Everything runs in fresh subprocesses, headless. Start-up is measured from just before the process is
spawned to the moment the first screen is ready (the app's auto-pilot runs), median of several runs,
alternating with a bare app (Header, Input, Footer) so both see the same machine load. The keystroke
figure is the CPU time the app spends handling one key typed into a quote of 1,500 words, including
the screen update, over 500 keys; the run has TEXTUAL_SLOW_THRESHOLD=100 and counts slow handlers.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import Row, percentile

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
KEYS = 500

_STARTUP = """
import sys, time
t0 = float(sys.argv[1])
from pathlib import Path
if sys.argv[2] == "bare":
    from textual.app import App
    from textual.widgets import Footer, Header, Input

    class Bare(App):
        def compose(self):
            yield Header()
            yield Input()
            yield Footer()

    app = Bare()
else:
    from pressdesk.tui.app import make_app

    app = make_app(Path(sys.argv[2]))

async def ready(pilot):
    print(f"{(time.time() - t0) * 1000:.3f}", flush=True)
    pilot.app.exit()

app.run(headless=True, size=(100, 30), auto_pilot=ready)
"""

_KEYSTROKES = """
import asyncio, json, sys, time
from pathlib import Path
from textual.app import App
from textual.widgets import Footer, Header, TextArea
from pressdesk.store import load
from pressdesk.tui.app import make_app

class Bare(App):
    def compose(self):
        text = "\\n\\n".join(load(Path(sys.argv[1])).body[0].paragraphs)
        yield Header()
        yield TextArea(text, soft_wrap=True)
        yield Footer()

async def main():
    bare = sys.argv[2] == "bare"
    app = Bare() if bare else make_app(Path(sys.argv[1]), cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        if not bare:
            await pilot.press("f4")
        field = next(f for f in app.screen.query(TextArea) if bare or f.path.endswith(".paragraphs"))
        field.cursor_blink = False
        field.focus()
        await pilot.pause()
        await pilot.press("ctrl+end")
        times = []
        text = "and the county must act now "
        for i in range({keys}):
            ch = text[i % len(text)]
            start = time.process_time()
            await pilot.press(ch)
            times.append((time.process_time() - start) * 1000)
        words = len(field.text.split())
    print(json.dumps({{"times": times, "words": words}}))

asyncio.run(main())
"""


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
    env["PYTHONPATH"] = str(ROOT / "src")
    env.update(extra)
    return env


def _startup_ms(target: str) -> float:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", _STARTUP, str(start), target],
        capture_output=True,
        text=True,
        env=_env(),
        check=True,
        cwd=ROOT,
    )
    return float(out.stdout.strip().splitlines()[-1])


def _keystrokes(quote: Path, which: str, **env: str) -> list[float]:
    """CPU milliseconds per key typed into the quote (`which`: pressdesk or bare)."""
    out = subprocess.run(
        [sys.executable, "-c", _KEYSTROKES.format(keys=KEYS), str(quote), which],
        capture_output=True,
        text=True,
        env=_env(**env),
        check=True,
        cwd=ROOT,
    )
    times: list[float] = json.loads(out.stdout.strip().splitlines()[-1])["times"]
    return times


def _quote_release(folder: Path) -> Path:
    from sample import release_of_words

    from pressdesk.model import Quote, Speaker
    from pressdesk.store import save

    base = release_of_words(1500)
    words = " ".join(" ".join(b.paragraphs) for b in base.body if isinstance(b, Quote)).split()
    while len(words) < 1500:
        words += words
    # Paragraphs of about 100 words, as a real statement has them (15 in all).
    paragraphs = tuple(" ".join(words[i : i + 100]) for i in range(0, 1500, 100))
    quote = Quote(paragraphs, Speaker("Ana Soto", "Director", "Tenants United"))
    path = folder / "quote.toml"
    save(path, base.replace(body=(quote, *base.body)))
    return path


def run() -> list[Row]:
    from sample import release_of_words

    from pressdesk.store import save

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        release = folder / "release.toml"
        save(release, release_of_words(1500))
        ours, bare = [], []
        for _ in range(RUNS):
            bare.append(_startup_ms("bare"))
            ours.append(_startup_ms(str(release)))
        ours_ms, bare_ms = statistics.median(ours), statistics.median(bare)
        rows.append(
            Row(
                "first screen ready: bare Textual app (baseline)", bare_ms, note=f"median of {RUNS}"
            )
        )
        rows.append(
            Row(
                "first screen ready: pressdesk on a 1,500-word release",
                ours_ms,
                note=f"{ours_ms / bare_ms:.2f}x the bare app (budget 1.3x)",
            )
        )

        quote = _quote_release(folder)
        bare_keys = _keystrokes(quote, "bare")
        rows.append(
            Row(
                "keystroke, bare Textual TextArea, same text: median CPU",
                statistics.median(bare_keys),
                note="baseline",
            )
        )
        rows.append(
            Row(
                "keystroke, bare Textual TextArea, same text: p95 CPU",
                percentile(bare_keys, 95),
                note="baseline",
            )
        )
        ours_keys = _keystrokes(quote, "pressdesk")
        rows.append(
            Row(
                "keystroke in a 1,500-word quote: median CPU",
                statistics.median(ours_keys),
                note=f"{KEYS} keys",
            )
        )
        rows.append(
            Row(
                "keystroke in a 1,500-word quote: p95 CPU",
                percentile(ours_keys, 95),
                note="budget 16 ms",
            )
        )

        log = folder / "textual.log"
        _keystrokes(
            quote, "pressdesk", TEXTUAL="debug", TEXTUAL_SLOW_THRESHOLD="100", TEXTUAL_LOG=str(log)
        )
        slow = log.read_text(encoding="utf-8").count("Took over") if log.exists() else 0
        rows.append(
            Row(
                "handlers over TEXTUAL_SLOW_THRESHOLD=100 ms (debug run)",
                slow,
                unit="",
                note="should be 0",
            )
        )
    return rows
