"""Waiting for the desk's background work the way a user waits: until it is done or asks something."""

from __future__ import annotations

import contextlib
from typing import Any

from textual.app import App
from textual.worker import WorkerCancelled

from pressdesk.tui.checking import LiveChecker
from pressdesk.tui.screens.desk_confirm import DeskConfirm
from pressdesk.tui.widgets.findings_panel import FindingsPanel

# Workers that may stop to ask the user (they wait on a dialog, so they are polled, not awaited).
ASKING_GROUPS = {"export"}


async def settle(app: App[Any], pilot: Any) -> None:
    """Let the debounced checks, exports and saves finish, or stop at a question on screen.

    Workers the debounce cancelled are skipped. Nothing sleeps: each round lets the app process
    what is pending (`pilot.pause()`), and the checks' worker is awaited directly.
    """
    await pilot.pause()
    for _ in range(1000):
        asking = isinstance(app.screen, DeskConfirm)
        pending = [w for w in app.workers if not w.is_finished]
        waiting = [w for w in pending if w.group not in ASKING_GROUPS]
        if not waiting and (asking or not pending):
            break
        for worker in waiting:
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()
        await pilot.pause()
    else:
        raise AssertionError(f"the app never settled: {list(app.workers)}")
    # The newest findings travel up to the app as a message: let the panel show them.
    base = app.screen_stack[0]
    for checker in base.query(LiveChecker):
        for _ in range(100):
            if checker.last is None or base.query_one(FindingsPanel).generation >= (
                checker.last.generation
            ):
                break
            await pilot.pause()
    await pilot.pause()
