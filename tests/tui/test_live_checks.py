"""The checks follow the typing with no fixed wait: each change is checked as soon as the checker
is free, changes made meanwhile are checked once (the newest), and overtaken results never show."""

from __future__ import annotations

import asyncio
import threading

from pressdesk.findings import Finding, Severity
from pressdesk.model import Release
from pressdesk.tui.checking import DEBOUNCE, CheckSetup, FindingsReady, run_setup_checks

from .desk_app import DeskApp, sample_release
from .desk_helpers import settle

HEADLINE = "HARBOR COALITION WELCOMES RENT BOARD VOTE"


async def test_typing_is_checked_while_it_goes_on_and_the_last_key_brings_its_findings() -> None:
    checked: list[str] = []

    def recording_check(release: Release, setup: CheckSetup) -> tuple[Finding, ...]:
        checked.append(release.headline)
        return run_setup_checks(release, setup)

    ready: list[FindingsReady] = []
    app = DeskApp(sample_release().replace(headline=""), debounce=DEBOUNCE, check=recording_check)
    async with app.run_test(
        size=(140, 36),
        message_hook=lambda m: ready.append(m) if isinstance(m, FindingsReady) else None,
    ) as pilot:
        await settle(app, pilot)
        await pilot.click("#headline")
        await pilot.press(*HEADLINE)
        await settle(app, pilot)
        # The first key was checked while the staffer went on typing, not after a pause.
        assert checked[:2] == ["", "H"]
        assert checked[-1] == HEADLINE
        # The last findings are for the headline as typed, and the panel shows them.
        assert ready[-1].release.headline == HEADLINE
        assert [f.rule for f in app.findings_for("headline-all-caps")] == ["headline-all-caps"]
        assert app.panel.findings == ready[-1].findings


async def test_changes_made_during_a_check_are_checked_once_and_its_stale_result_dropped() -> None:
    checked: list[str] = []
    started = threading.Event()  # the check of "R" has begun
    go_on = threading.Event()  # the test lets it finish

    def held_check(release: Release, setup: CheckSetup) -> tuple[Finding, ...]:
        checked.append(release.headline)
        if release.headline == "R":
            started.set()
            go_on.wait(30)  # a slow check: the keys below arrive while it runs
        return (Finding("seen", Severity.INFO, f"checked {release.headline!r}", "headline"),)

    ready: list[FindingsReady] = []
    app = DeskApp(sample_release().replace(headline=""), debounce=DEBOUNCE, check=held_check)
    async with app.run_test(
        size=(140, 36),
        message_hook=lambda m: ready.append(m) if isinstance(m, FindingsReady) else None,
    ) as pilot:
        await settle(app, pilot)
        await pilot.click("#headline")
        await pilot.press("R")
        await asyncio.to_thread(started.wait, 30)
        await pilot.press(*"ent")
        go_on.set()
        await settle(app, pilot)
        # "Re" and "Ren" were overtaken before their turn; "R" was checked but never shown.
        assert checked == ["", "R", "Rent"]
        headlines = [m.release.headline for m in ready]
        assert headlines[0] == "" and headlines[-1] == "Rent" and "R" not in headlines
        assert [f.message for f in app.panel.findings] == ["checked 'Rent'"]
