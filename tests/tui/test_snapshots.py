"""SVG snapshots of every step at 80×24 and 120×40, in a dark and a light theme.

The cursor does not blink, the header has no clock, the release and "today" are fixed, and the
preview (shown beside the step on wide terminals) is waited for, so every run draws the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_helpers import workers_done

from pressdesk.tui.app import make_app

STEP_KEYS = {"release": "f2", "contacts": "f3", "story": "f4", "boilerplate": "f5", "review": "f6"}
SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
THEMES = {"dark": "textual-dark", "light": "textual-light"}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("step", STEP_KEYS)
def test_every_step(snap_compare, release_file: Path, step: str, size: str, theme: str) -> None:  # type: ignore[no-untyped-def]
    app = make_app(release_file, cursor_blink=False)

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.app.screen.loaded.wait()  # every step shows the release
        pilot.app.theme = THEMES[theme]
        await pilot.press(STEP_KEYS[step])
        await pilot.app.screen.step_ready.wait()  # a step's fields load when first visited
        await workers_done(pilot)

    assert snap_compare(app, run_before=run_before, terminal_size=SIZES[size])
