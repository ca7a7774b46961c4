"""Desk: time from the last keystroke to updated findings on screen, in the real editor.

The editor as `pressdesk FILE` builds it (`make_app`) runs headless at 140x40, wide enough for the
findings panel to show beside the step, on a saved 1,500-word release. Each trial types a burst of
keys into the first quote at a fast typist's pace (one key every `GAP` seconds, each posted to the
app as a terminal's driver posts it), then times from the last key to the first frame drawn after
the findings panel shows the findings for the text with that key in it. Reported beside it:
`run_checks` alone on the same release (the baseline), and the checker's own time per check in
the editor (its thread shares the process with the typing).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from run import Row, median_ms, percentile
from sample import release_of_words

TRIALS = 41
BURST = 5
GAP = 0.04  # seconds between keys: a fast typist (about 25 keys a second)
WARM = 3  # the first bursts warm the rules' imports and caches and are not counted
QUOTE = "body[1].paragraphs"  # the first quote of `release_of_words`


def _hooked_app(path: Path) -> tuple[Any, dict[str, Any]]:
    """The editor on `path`, with hooks that tell the bench which findings reached the screen."""
    from textual.app import App

    from pressdesk.tui.app import make_app
    from pressdesk.tui.checking import FindingsReady

    app = make_app(path, cursor_blink=False)
    state: dict[str, Any] = {
        "wanted": None,  # the quote's first paragraph must start with this
        "generation": None,  # the checker's generation holding the wanted text
        "shown": False,  # the panel shows that generation (or a newer one)
        "drawn": asyncio.Event(),  # a frame was drawn after that
        "checks": [],  # seconds per check, as the checker measured them
        "changed": False,  # the wanted findings changed what the panel shows
    }

    def hook(message: object) -> None:
        # Every FindingsReady the checker posts: is it the text with the last key in it?
        if not isinstance(message, FindingsReady) or state["wanted"] is None:
            return
        state["checks"].append(message.check_seconds)
        paragraphs = message.release.body[1].paragraphs  # type: ignore[union-attr]
        if state["generation"] is None and paragraphs[0].startswith(state["wanted"]):
            state["generation"] = message.generation
            state["requested_at"] = message.requested_at
            state["posted_at"] = time.perf_counter()

    display = App._display

    def draw(self: App[Any], screen: Any, update: Any) -> None:
        display(self, screen, update)
        panel = _panel(self)
        wanted = state["generation"]
        if panel is not None and wanted is not None and panel.generation >= wanted:
            state["drawn"].set()

    app._display = draw.__get__(app)  # type: ignore[method-assign]
    state["hook"] = hook
    return app, state


def _watch_show(panel: Any, state: dict[str, Any]) -> None:
    """Findings that leave the panel as it was are on screen once the panel has taken them (there
    is nothing to draw); those that change it, at the next frame (see `draw`)."""
    show = panel.show

    def watched(findings: Any, generation: int | None = None) -> None:
        before = _on_screen(panel)
        show(findings, generation)
        wanted = state["generation"]
        if wanted is None or panel.generation < wanted or state["drawn"].is_set():
            return
        state["changed"] = _on_screen(panel) != before
        if not state["changed"]:
            state["drawn"].set()

    panel.show = watched


def _on_screen(panel: Any) -> tuple[object, ...]:
    from textual.content import Content
    from textual.widgets import OptionList, Static

    options = panel.query_one("#findings-list", OptionList).options
    prompts = [o.prompt.markup if isinstance(o.prompt, Content) else str(o.prompt) for o in options]
    return (*prompts, str(panel.query_one("#findings-summary", Static).content))


def _panel(app: Any) -> Any:
    from pressdesk.tui.widgets.findings_panel import FindingsPanel

    found = app.screen_stack[0].query(FindingsPanel) if app.screen_stack else None
    return found.first() if found else None


async def _trials(
    path: Path,
) -> tuple[list[float], list[float], list[float], list[tuple[float, float]]]:
    from textual import events

    from pressdesk.tui.widgets.prose_field import ProseField

    app, state = _hooked_app(path)
    out: list[float] = []
    stages: list[tuple[float, float]] = []  # last key -> check asked for, -> findings posted
    redrawn: list[float] = []  # the bursts whose findings changed the panel
    async with app.run_test(size=(140, 40), message_hook=state["hook"]) as pilot:
        while (panel := _panel(app)) is None or panel.generation < 1:
            await pilot.pause()  # the first frame, then the side column and the first check
        _watch_show(panel, state)
        await pilot.press("f4")
        await app.screen.step_ready.wait()
        area = next(f for f in app.screen.query(ProseField) if f.path == QUOTE)
        area.focus()
        await pilot.pause()
        typed = ""
        for n in range(TRIALS + WARM):
            # A new word each burst: it is not in the dictionary, so the findings change too.
            burst = "abcdefghij"[n % 10] * (BURST - 1) + " "
            typed = burst + typed
            state.update(wanted=typed, generation=None, changed=False)
            state["drawn"].clear()
            area.move_cursor((0, 0))
            for char in burst:
                await asyncio.sleep(GAP)  # the typist's pace, not a wait for the editor
                app.post_message(events.Key(char, char))  # as the driver posts a terminal's key
            last_key = time.perf_counter()
            await state["drawn"].wait()
            if n >= WARM:
                out.append((time.perf_counter() - last_key) * 1000)
                if state["changed"]:
                    redrawn.append(out[-1])
                asked, posted = state["requested_at"], state["posted_at"]
                stages.append(((asked - last_key) * 1000, (posted - asked) * 1000))
            await pilot.pause()
    return out, redrawn, [s * 1000 for s in state["checks"]], stages


def run() -> list[Row]:
    from pressdesk.store import save
    from pressdesk.tui.checking import CheckSetup, check_release

    release = release_of_words(1500)
    setup = CheckSetup()
    baseline = median_ms(lambda: check_release(release, setup.context(release)))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "release.toml"
        save(path, release)
        shown, redrawn, checks, stages = asyncio.run(_trials(path))
    return [
        Row(
            "last key -> findings on screen, median",
            statistics.median(shown),
            note=f"real editor, {TRIALS} bursts of {BURST} keys {GAP * 1000:.0f} ms apart; "
            "budget 100 ms",
        ),
        Row("last key -> findings on screen, p95", percentile(shown, 95), note="budget 150 ms"),
        Row(
            "  when the panel changed, median",
            statistics.median(redrawn) if redrawn else float("nan"),
            note=f"{len(redrawn)} of {len(shown)} bursts (a new word, a new finding)",
        ),
        Row(
            "  of which: last key -> check asked for, median",
            statistics.median(s[0] for s in stages),
            note="the key and the edit it makes handled",
        ),
        Row(
            "  of which: check asked for -> findings posted, median",
            statistics.median(s[1] for s in stages),
            note="waiting for the checker, then the check",
        ),
        Row("  one check in the editor (its thread), median", statistics.median(checks)),
        Row("run_checks alone (baseline), median", baseline, note="in-process, no UI"),
    ]
