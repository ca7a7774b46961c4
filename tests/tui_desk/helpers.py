"""Waiting for the desk's background work the way a user waits: until it is done or asks something."""

from __future__ import annotations

import contextlib
from typing import Any

from textual.app import App
from textual.worker import WorkerCancelled

from pressdesk.tui.screens.desk_confirm import DeskConfirm

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
    await pilot.pause()
