"""Python's full garbage collection (90-280 ms with a release open) waits for a pause in the
typing, runs at least every LONGEST seconds while it is due, and Python gets its own schedule back
when the editor closes."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pressdesk.store import save
from pressdesk.tui.app import make_app
from pressdesk.tui.collector import LONGEST, PAUSE, Collector

from .tui_helpers import full_release


class Host:
    """Stands in for the screen: the collector's ticks are driven by the test's clock."""

    every: float | None = None

    def set_interval(self, interval: float, callback: Callable[[], None], name: str) -> None:
        self.every = interval  # the screen would call `callback` this often, by `name`


@pytest.fixture
def full_collections() -> Iterator[list[int]]:
    """One entry for each full collection Python runs while the test does."""
    seen: list[int] = []

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info["generation"] == 2:
            seen.append(2)

    gc.callbacks.append(callback)
    try:
        yield seen
    finally:
        gc.callbacks.remove(callback)


def make_due(collector: Collector) -> None:
    """Allocate as a busy editor does, until Python would run a full collection."""
    kept = []
    while not collector.due:
        kept.append([[] for _ in range(1000)])
    kept.clear()


def test_a_due_full_collection_waits_for_the_typing_to_pause(
    full_collections: list[int],
) -> None:
    before = gc.get_threshold()
    now = [100.0]
    host = Host()
    collector = Collector(host, clock=lambda: now[0])  # type: ignore[arg-type]
    collector.start()
    assert host.every is not None and host.every <= PAUSE  # a pause is seen within a second
    try:
        make_due(collector)
        for _ in range(10):  # a key every 0.3 s: never a pause
            now[0] += 0.3
            collector.changed()
            collector.tick()
        assert full_collections == []
        assert collector.due
        now[0] += PAUSE  # the staffer stops to read
        collector.tick()
        assert len(full_collections) == 1
        assert not collector.due

        # Typing without a pause for longer than LONGEST: it runs anyway, once.
        make_due(collector)
        start = now[0]
        while now[0] - start < LONGEST + 1:
            now[0] += 0.3
            collector.changed()
            collector.tick()
        assert len(full_collections) == 2
    finally:
        collector.stop()
    assert gc.get_threshold() == before


async def test_the_editor_holds_full_collections_while_open_and_gives_them_back(
    tmp_path: Path,
) -> None:
    before = gc.get_threshold()
    path = tmp_path / "release.toml"
    save(path, full_release())
    app = make_app(path, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f4")
        assert gc.get_threshold()[:2] == before[:2]  # the young generations as Python has them
        assert gc.get_threshold()[2] > 100_000  # the full one waits for the editor's pauses
    assert gc.get_threshold() == before


async def test_pressdesk_file_collects_nothing_until_the_editor_is_up(tmp_path: Path) -> None:
    """`pressdesk FILE` builds the editor with the collector off (what it makes lasts), and the
    editor turns it back on once its first screen is up, frozen so it is never walked again."""
    from pressdesk.cli.tui import build_editor

    path = tmp_path / "release.toml"
    save(path, full_release())
    frozen_before = gc.get_freeze_count()
    try:
        app = build_editor(path)
        assert not gc.isenabled()
        async with app.run_test(size=(100, 30)) as pilot:
            for _ in range(500):  # each round lets the app run what it has queued
                if gc.isenabled():
                    break
                await pilot.pause()
            assert gc.isenabled()
            assert app.screen.query_one("#next").is_mounted  # the editor's after-frame work ran
            assert gc.get_freeze_count() > frozen_before
    finally:
        gc.enable()
        gc.unfreeze()


async def test_an_editor_closed_before_it_is_up_gives_the_collector_back(tmp_path: Path) -> None:
    from pressdesk.cli.tui import build_editor

    path = tmp_path / "release.toml"
    save(path, full_release())
    try:
        app = build_editor(path)
        async with app.run_test(size=(100, 30)):
            app.exit()  # before its first frame's follow-up work can run
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
