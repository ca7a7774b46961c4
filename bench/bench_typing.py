"""Typing: what a key costs in a 1,500-word quote, beside a bare Textual TextArea holding the same text.

Everything runs in fresh subprocesses, headless. 500 keys are typed at the start of a quote of
1,500 words (15 paragraphs: each key rewraps the first one after it), again at 140x40 (the preview
and the findings beside the step) and again at the quote's end (only its last lines rewrap); a bare
TextArea holding the same text is measured the same way each time. The budget is read against what
the typist sees: the wall time from a key sent to the first frame drawn with its character in the
field. Beside it is the CPU a key costs in all, which also counts what a key leaves to run after
that frame (the checks in their thread, the new findings in the panel), and the time spent in
handlers (the key and every message it causes, up to the new release in the model).

Keys are sent three ways. "As typed" sends each key through the app's driver, as a terminal does,
and waits until the process is idle again (the key handled, every message it caused, and the
repaint on the screen's 60 fps timer: one repaint per key). "Paced" sends a key every 40 ms without
waiting, so the checks a key starts are still running when the next key comes, as in a fast burst
of typing. "Pilot" uses `Pilot.press`, which after each key also makes every widget on the screen
(hidden steps included) run a callback and go idle, so tests know the app has settled; a real
terminal never does that, and that cost grows with the number of widgets rather than with the work
a key causes. A last run has TEXTUAL=debug and TEXTUAL_SLOW_THRESHOLD=100 and counts the handlers
Textual reports as slow. (How soon the findings follow the last key: bench/bench_desk.py.)
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from run import ROOT, Row, child_env, percentile

KEYS = 500
PACE = 0.04  # seconds between keys in the paced run: 25 keys a second, faster than a typist's burst

_KEYSTROKES = """
import asyncio, json, sys, time
from pathlib import Path
from textual.app import App
from textual.widgets import Footer, Header, TextArea
from textual.message_pump import MessagePump
from pressdesk.store import load
from pressdesk.tui.app import make_app

# Time spent in message and event handlers (the key, then every message it causes), apart from
# painting, which Textual does on its own timer at most 60 times a second.
handling = [0.0, 0]
_dispatch = MessagePump._dispatch_message

async def timed_dispatch(self, message):
    handling[1] += 1
    start = time.perf_counter()
    try:
        return await _dispatch(self, message)
    finally:
        handling[1] -= 1
        if handling[1] == 0:
            handling[0] += time.perf_counter() - start

MessagePump._dispatch_message = timed_dispatch

# Every frame goes through App._display: note when each is drawn and how long the focused field's
# text was then, so a key's latency is read to the first frame that shows its character.
frames = []
_display = App._display

def noted_display(self, screen, update):
    frames.append((time.perf_counter(), len(getattr(self.focused, "text", ""))))
    return _display(self, screen, update)

App._display = noted_display

class Bare(App):
    def compose(self):
        text = "\\n\\n".join(load(Path(sys.argv[1])).body[0].paragraphs)
        yield Header()
        yield TextArea(text, soft_wrap=True)
        yield Footer()

async def paced(app, field, text, keys):
    # A fast typist: a key every PACE seconds through the driver, never waiting for the app to
    # settle, so whatever a key leaves running (the checks) is still running when the next comes.
    from textual import events

    base, sent = len(field.text), []
    for i in range(keys):
        ch = text[i % len(text)]
        key = events.Key("space" if ch == " " else ch, ch)
        key.set_sender(app)
        sent.append(time.perf_counter())
        app._driver.send_message(key)
        await asyncio.sleep({pace})
    await app._press_keys(["wait:300"])  # the last frames drawn
    return [
        next(((t - at) * 1000 for t, n in frames if t >= at and n >= base + i + 1), None)
        for i, at in enumerate(sent)
    ]

async def main():
    bare = sys.argv[2] == "bare"
    typed = sys.argv[3] == "typed"
    columns, lines = (int(n) for n in sys.argv[4].split("x"))
    app = Bare() if bare else make_app(Path(sys.argv[1]), cursor_blink=False)
    async with app.run_test(size=(columns, lines)) as pilot:
        if not bare:
            await pilot.press("f4")
        field = next(f for f in app.screen.query(TextArea) if bare or f.path.endswith(".paragraphs"))
        field.cursor_blink = False
        field.focus()
        await pilot.pause()
        if sys.argv[5] == "end":
            field.move_cursor(field.document.end)
            await pilot.pause()
        times, handled, shown = [], [], []
        text = "and the county must act now "
        if sys.argv[3] == "paced":
            shown = await paced(app, field, text, {keys})
        for i in range(0 if shown else {keys}):
            ch = text[i % len(text)]
            handling[0] = 0.0
            frames.clear()
            length = len(field.text)
            sent = time.perf_counter()
            start = time.process_time()
            if typed:
                # What the driver does with a key from the terminal; waits until idle and painted.
                await app._press_keys([ch])
            else:
                await pilot.press(ch)
            times.append((time.process_time() - start) * 1000)
            handled.append(handling[0] * 1000)
            shown.append(next(((t - sent) * 1000 for t, n in frames if n == length + 1), None))
        words = len(field.text.split())
    print(json.dumps({{"times": times, "handled": handled, "shown": shown, "words": words}}))

asyncio.run(main())
"""


class Typed(NamedTuple):
    """Per key, in milliseconds: time in handlers, CPU in all, and the wait for the frame showing it."""

    handled: list[float]
    cpu: list[float]
    shown: list[float | None]


def _keystrokes(
    quote: Path,
    which: str,
    how: str = "typed",
    size: str = "100x30",
    where: str = "start",
    **env: str,
) -> Typed:
    """Per key typed into the quote (`which`: pressdesk or bare; `how`: typed, paced or pilot; `size`:
    the screen, 140x40 to have the preview and findings beside the step; `where`: at the start
    of the quote, where each key rewraps the paragraph after it, or at its end): milliseconds
    spent in handlers; CPU milliseconds in all (handlers, repaint, the checks' thread, and
    whatever runs after the frame); and wall milliseconds from sending the key to the first frame
    drawn with its character in the field (None if no frame showed it)."""
    argv = [str(quote), which, how, size, where]
    out = subprocess.run(
        [sys.executable, "-c", _KEYSTROKES.format(keys=KEYS, pace=PACE), *argv],
        capture_output=True,
        text=True,
        env=child_env(**env),
        check=True,
        cwd=ROOT,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return Typed(result["handled"], result["times"], result["shown"])


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


def _keystroke_rows(quote: Path) -> list[Row]:
    """Keys typed into the quote, pressdesk beside a bare TextArea: first what the typist sees (the
    wait from a key to the frame showing it), then the CPU each key costs in all, including what
    runs after that frame (the checks, the findings), then the same through Pilot."""
    runs = {
        "at the quote's start": (_keystrokes(quote, "pressdesk"), _keystrokes(quote, "bare")),
        "at 140x40 (preview, findings on screen)": (
            _keystrokes(quote, "pressdesk", size="140x40"),
            _keystrokes(quote, "bare", size="140x40"),
        ),
        "at the quote's end (only its last lines rewrap)": (
            _keystrokes(quote, "pressdesk", where="end"),
            _keystrokes(quote, "bare", where="end"),
        ),
    }
    rows: list[Row] = []
    for where, (ours, bare) in runs.items():
        rows += _pair_rows(f"key to the frame showing it, {where}", ours.shown, bare.shown, "16 ms")
    for where, (ours, bare) in runs.items():
        rows += _pair_rows(f"CPU per key in all, {where}", ours.cpu, bare.cpu, "")
    rows += _pair_rows(
        f"key to the frame showing it, a key every {PACE * 1000:.0f} ms at 140x40",
        _keystrokes(quote, "pressdesk", "paced", size="140x40").shown,
        _keystrokes(quote, "bare", "paced", size="140x40").shown,
        "16 ms",
    )
    ours, bare = runs["at the quote's start"]
    unseen = sum(run.shown.count(None) for pair in runs.values() for run in pair)
    rows.append(Row("keys no frame showed", unseen, unit="", note="should be 0"))
    rows.append(Row("time in handlers per key, median", statistics.median(ours.handled)))
    rows.append(Row("  bare TextArea", statistics.median(bare.handled), note="baseline"))
    pilot, bare_pilot = (
        _keystrokes(quote, "pressdesk", "pilot"),
        _keystrokes(quote, "bare", "pilot"),
    )
    rows += _pair_rows("CPU per key via Pilot.press", pilot.cpu, bare_pilot.cpu, "")
    return rows


def _pair_rows(
    title: str, ours: Sequence[float | None], bare: Sequence[float | None], budget: str
) -> list[Row]:
    """Median and p95 of ours, with the bare TextArea's beside them."""
    mine = [ms for ms in ours if ms is not None]
    base = [ms for ms in bare if ms is not None]
    return [
        Row(
            f"{title}: median",
            statistics.median(mine),
            note=f"bare {statistics.median(base):.1f} ms",
        ),
        Row(
            f"{title}: p95",
            percentile(mine, 95),
            note=f"bare {percentile(base, 95):.1f} ms" + (f"; budget {budget}" if budget else ""),
        ),
    ]


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        quote = _quote_release(folder)
        rows = _keystroke_rows(quote)
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
