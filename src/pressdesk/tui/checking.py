"""The live checker: runs the rulebook on a snapshot of the release while the staffer types.

`LiveChecker` is an invisible widget. The app calls `checker.check(release)` on every change. One
worker at a time runs the pure `run_checks` in a thread (they take milliseconds) and posts
`FindingsReady`, which bubbles up to the app. A change made while a check runs waits for it and is
checked next, replacing any change that was waiting before it; a result overtaken by a newer change
is dropped. So findings follow the typing within about two checks' time, with no fixed wait, and
typing is never blocked (docs/editor.md).
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.widget import Widget

from pressdesk.findings import Finding
from pressdesk.model import Release

if TYPE_CHECKING:
    from pressdesk.checks.context import Context
    from pressdesk.checks.settings import Settings
    from pressdesk.library import Library

DEBOUNCE = 0.0  # no fixed wait: the checks take milliseconds and a busy checker coalesces changes


@dataclasses.dataclass(frozen=True)
class _Request:
    """A snapshot waiting to be checked, and when to check it at the earliest."""

    release: Release
    generation: int
    requested_at: float  # perf_counter() of the change (the last keystroke)
    not_before: float  # perf_counter() before which the check waits (a debounce, if any)


class FindingsReady(Message):
    """New findings for a snapshot of the release; newer ones supersede older ones in the queue."""

    def __init__(
        self,
        release: Release,
        findings: tuple[Finding, ...],
        *,
        generation: int,
        requested_at: float,
        check_seconds: float,
    ) -> None:
        super().__init__()
        self.release = release
        """The snapshot that was checked (spans in the findings refer to its text)."""
        self.findings = findings
        """The findings, in reading order."""
        self.generation = generation
        """Counts up with each request, so a receiver can ignore anything older than it has shown."""
        self.requested_at = requested_at
        """`time.perf_counter()` when the check was asked for (the last keystroke)."""
        self.check_seconds = check_seconds
        """How long `run_checks` itself took."""

    def can_replace(self, message: Message) -> bool:
        # Called on the queued message with the one behind it: a newer result makes this one stale.
        return isinstance(message, FindingsReady)


class CheckSetup:
    """How to build a check `Context` for a release: its settings, the library, `--final`.

    Settings come from the nearest `pressdesk.toml` above `folder` (rules switched off, thresholds),
    under the release's own `profile`, so switching profile in the editor changes the findings.
    Settings are cached per profile.
    """

    def __init__(
        self,
        *,
        folder: Path | None = None,
        library: Library | None = None,
        final: bool = False,
    ) -> None:
        self.folder = folder
        self.library = library
        self.final = final
        self.problem = ""
        """Why the project's settings file could not be used ("" when it could)."""
        self._settings: dict[str, Settings] = {}

    def settings(self, profile: str) -> Settings:
        """The settings for `profile`: the project file's choices, under that profile."""
        if profile not in self._settings:
            from pressdesk.checks import Settings, load_settings
            from pressdesk.errors import PressdeskError

            base = Settings()
            if self.folder is not None:
                try:
                    base = load_settings(self.folder)
                except PressdeskError as exc:
                    # A broken pressdesk.toml must not stop the editor: check with the defaults
                    # and say why once.
                    self.problem = str(exc)
            self._settings[profile] = base.with_profile(profile)
        return self._settings[profile]

    def context(self, release: Release, *, final: bool | None = None) -> Context:
        from pressdesk import clock
        from pressdesk.checks.context import Context

        return Context(
            settings=self.settings(release.profile),
            today=clock.today(),
            final=self.final if final is None else final,
            library=self.library,
        )


def check_release(release: Release, context: Context) -> tuple[Finding, ...]:
    """The findings for `release`: the same call `pressdesk check` makes."""
    from pressdesk.checks import run_checks

    return tuple(run_checks(release, context))


def run_setup_checks(release: Release, setup: CheckSetup) -> tuple[Finding, ...]:
    """The default check: every rule, under the setup's settings."""
    return check_release(release, setup.context(release))


CheckFunction = Callable[[Release, CheckSetup], Sequence[Finding]]


class LiveChecker(Widget):
    """Checks the release in the background and posts `FindingsReady` (invisible; mount once)."""

    DEFAULT_CSS = "LiveChecker { display: none; }"

    def __init__(
        self,
        setup: CheckSetup | None = None,
        *,
        debounce: float = DEBOUNCE,
        check: CheckFunction | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.setup = setup or CheckSetup()
        self.debounce = debounce
        self.check_function: CheckFunction = check or run_setup_checks
        self.generation = 0
        """The number of the newest request."""
        self._told = ""  # the settings problem already shown, so it is said once
        self.last: FindingsReady | None = None
        """The newest result posted, for callers that want the current findings without waiting."""
        self._waiting: _Request | None = None  # the newest change not yet being checked
        self._busy = False  # a worker is checking (and will take `_waiting` next)

    def check(self, release: Release) -> None:
        """Check `release` as soon as the checker is free (call on every change)."""
        self._request(release, self.debounce)

    def check_now(self, release: Release) -> None:
        """Check `release` without any debounce (on load, after a fix, after a profile switch)."""
        self._request(release, 0.0)

    def _request(self, release: Release, delay: float) -> None:
        self.generation += 1
        now = time.perf_counter()
        # Only the newest snapshot is worth checking: it replaces one still waiting.
        self._waiting = _Request(release, self.generation, now, now + delay)
        if not self._busy:
            self._busy = True
            self._run()

    def refresh_setup(self, **changes: object) -> None:
        """Change the folder, library or final flag (the next check uses them)."""
        fresh = CheckSetup(
            folder=self.setup.folder, library=self.setup.library, final=self.setup.final
        )
        for name, value in changes.items():
            if name not in ("folder", "library", "final"):
                raise TypeError(f"unknown check setting {name!r}")
            setattr(fresh, name, value)
        self.setup = fresh

    @work(group="checks")
    async def _run(self) -> None:
        # One worker checks the waiting snapshot, then the one that came while it ran, and so on;
        # `_busy` is cleared (with nothing waiting) before it ends, so `check` starts a new one.
        try:
            while (request := self._waiting) is not None:
                if (wait := request.not_before - time.perf_counter()) > 0:
                    await asyncio.sleep(wait)  # a debounce; a newer change pushes it back
                    continue
                self._waiting = None
                await self._check(request)
        finally:
            self._busy = False

    async def _check(self, request: _Request) -> None:
        setup = self.setup
        try:
            findings, seconds = await asyncio.to_thread(
                _timed, self.check_function, request.release, setup
            )
        except Exception as exc:  # a rule's bug must never take the editor (and the text) down
            self.app.notify(f"The checks failed: {exc!r}", title="Checks", severity="error")
            return
        if setup.problem and setup.problem != self._told:
            self._told = setup.problem
            self.app.notify(
                f"{setup.problem}; checking with the defaults", title="Settings", severity="warning"
            )
        if request.generation != self.generation:
            return  # stale: a newer change is waiting and is checked next
        message = FindingsReady(
            request.release,
            findings,
            generation=request.generation,
            requested_at=request.requested_at,
            check_seconds=seconds,
        )
        self.last = message
        self.post_message(message)


def _timed(
    check: CheckFunction, release: Release, setup: CheckSetup
) -> tuple[tuple[Finding, ...], float]:
    start = time.perf_counter()
    findings = tuple(check(release, setup))
    return findings, time.perf_counter() - start


def final_context(setup: CheckSetup, release: Release) -> Context:
    """The context of `check --final` for this release (for the export gate)."""
    return dataclasses.replace(setup.context(release), final=True)
