"""Autosave, for real: the editor runs in its own process on a pseudo-terminal, keys are typed
into it, and it is killed with SIGKILL. The file must hold every character shown a second before,
never be torn, and keep up with steady typing (a save at least every second)."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from pty_editor import PtyEditor

from pressdesk.model import Release
from pressdesk.store import load, save

pytestmark = pytest.mark.slow

TYPED = "Riverside Coalition Wins Vote on Rent Freeze"
STEADY = "Tenants in Bayport win a rent freeze after a year"


def release_file(tmp_path: Path) -> Path:
    path = tmp_path / "autosave.toml"
    save(path, Release(date=date(2026, 11, 24), headline=""))
    return path


def test_sigkill_a_second_after_typing_stops_loses_nothing(tmp_path: Path) -> None:
    path = release_file(tmp_path)
    terminal = PtyEditor(path, columns=100, lines=30)
    try:
        terminal.wait_for("Step 1 of 5")
        terminal.type(TYPED)
        terminal.wait_for(TYPED)  # the last key is in the field
        time.sleep(1.0)  # the promise under test: a second after the last key, it is on disk
    finally:
        terminal.kill()
    assert load(path).headline == TYPED


def test_steady_typing_is_saved_while_it_goes_on(tmp_path: Path) -> None:
    # Eight keys a second for six seconds, never a pause of half a second: a save that waited
    # for quiet would never come before the typing stopped. The file is read as each key goes
    # out: it must have grown while keys were still coming (how soon is measured, under load,
    # by the pty tests' latency figures, not asserted here).
    path = release_file(tmp_path)
    terminal = PtyEditor(path, columns=100, lines=30)
    grew_while_typing: list[int] = []

    def sent(_: str) -> None:
        if saved := load(path).headline:
            grew_while_typing.append(len(saved))

    try:
        terminal.wait_for("Step 1 of 5")
        terminal.type(STEADY, gap=0.125, sent=sent)
        terminal.wait_for(STEADY[-12:])
    finally:
        terminal.kill()
    assert grew_while_typing, "nothing was saved while the typing went on"
    assert len(set(grew_while_typing)) >= 2, "saved once, then never again while typing"
    assert STEADY.startswith(load(path).headline)


@pytest.mark.parametrize("after_last_key", [0.45, 0.5, 0.52, 0.55, 0.6, 0.7])
def test_sigkill_mid_save_never_leaves_a_torn_file(tmp_path: Path, after_last_key: float) -> None:
    # Kills land around the moment the autosave fires (0.5 s after the last key), so some hit
    # a save in progress. The file must load every time, holding some prefix of what was typed.
    path = release_file(tmp_path)
    terminal = PtyEditor(path, columns=100, lines=30)
    try:
        terminal.wait_for("Step 1 of 5")
        terminal.type(TYPED[:20])
        # One autosave first, so the next one replaces a real file.
        terminal.wait_until(lambda: load(path).headline == TYPED[:20], "the first save")
        terminal.type(TYPED[20:])
        time.sleep(after_last_key)
    finally:
        terminal.kill()
    headline = load(path).headline
    assert TYPED.startswith(headline) and len(headline) >= 20
