"""Desk: time from the last keystroke to updated findings on a 1,500-word release.

A headless app holds a quote text area over `release_of_words(1500)`, the live checker (its real
debounce) and the findings panel. Each trial types a burst of keys into the quote as fast as
they can be queued, then times from the last key to the moment the panel shows findings for
the text with that key in it. Reported beside it: the debounce itself, the same pipeline with no
debounce, and `run_checks` alone on the same release (the baseline).
"""

from __future__ import annotations

import asyncio
import statistics
import time

from run import Row, median_ms, percentile
from sample import release_of_words

TRIALS = 41
BURST = 5


def _measure(debounce: float) -> list[float]:
    from textual import events
    from textual.app import App, ComposeResult
    from textual.widgets import TextArea

    from pressdesk.model import Quote, Release
    from pressdesk.tui.checking import FindingsReady, LiveChecker
    from pressdesk.tui.widgets.findings_panel import FindingsPanel

    release = release_of_words(1500)

    class Desk(App[None]):
        def __init__(self) -> None:
            super().__init__()
            self.release: Release = release
            self.shown = asyncio.Event()
            self.wanted = ""

        def compose(self) -> ComposeResult:
            quote = self.release.body[1]
            assert isinstance(quote, Quote)
            yield TextArea("\n\n".join(quote.paragraphs), id="quote")
            yield FindingsPanel()
            yield LiveChecker(debounce=debounce)

        def on_text_area_changed(self, event: TextArea.Changed) -> None:
            quote = self.release.body[1]
            assert isinstance(quote, Quote)
            paragraphs = tuple(p for p in event.text_area.text.split("\n\n") if p.strip())
            body = list(self.release.body)
            body[1] = Quote(paragraphs, quote.speaker, quote.style, quote.approved)
            self.release = self.release.replace(body=tuple(body))
            self.query_one(LiveChecker).check(self.release)

        def on_findings_ready(self, message: FindingsReady) -> None:
            self.query_one(FindingsPanel).show(message.findings, message.generation)
            quote = message.release.body[1]
            if isinstance(quote, Quote) and quote.paragraphs[0].startswith(self.wanted):
                self.shown.set()

    async def trials() -> list[float]:
        app = Desk()
        out: list[float] = []
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            area = app.query_one(TextArea)
            area.focus()
            await pilot.pause()
            typed = ""
            for n in range(TRIALS + 3):
                burst = "abcdefghij"[n % 10] * BURST
                typed = burst + typed
                app.wanted = typed
                app.shown.clear()
                area.move_cursor((0, 0))
                for char in burst:
                    app.post_message(events.Key(char, char))
                last_key = time.perf_counter()
                await app.shown.wait()
                if n >= 3:  # the first rounds warm the rules' imports and caches
                    out.append((time.perf_counter() - last_key) * 1000)
                await pilot.pause()
        return out

    return asyncio.run(trials())


def run() -> list[Row]:
    from pressdesk.tui.checking import DEBOUNCE, CheckSetup, check_release

    release = release_of_words(1500)
    setup = CheckSetup()
    baseline = median_ms(lambda: check_release(release, setup.context(release)))
    with_debounce = _measure(DEBOUNCE)
    without = _measure(0.0)
    debounce_ms = DEBOUNCE * 1000
    return [
        Row(
            "last key -> findings shown, median",
            statistics.median(with_debounce),
            note=f"includes the {debounce_ms:.0f} ms debounce; {TRIALS} bursts of {BURST} keys",
        ),
        Row("last key -> findings shown, p95", percentile(with_debounce, 95)),
        Row(
            "  of which beyond the debounce, median",
            statistics.median(with_debounce) - debounce_ms,
        ),
        Row("same with no debounce, median", statistics.median(without)),
        Row("same with no debounce, p95", percentile(without, 95)),
        Row("run_checks alone (baseline), median", baseline, note="in-process, no UI"),
    ]
