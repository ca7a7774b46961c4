"""The live checker: runs the rulebook on a snapshot of the release while the staffer types.

`LiveChecker` is an invisible widget. The app calls `checker.check(release)` on every change; a
debounced worker (a newer call cancels the waiting one) runs the pure `run_checks` in a thread and
posts `FindingsReady`, which bubbles up to the app. Typing is never blocked.
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

DEBOUNCE = 0.25  # seconds of quiet after the last keystroke before the checks run


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

    def check(self, release: Release) -> None:
        """Check `release` once typing pauses for `debounce` seconds (call on every change)."""
        self.generation += 1
        self._run(release, self.generation, time.perf_counter(), self.debounce)

    def check_now(self, release: Release) -> None:
        """Check `release` straight away (on load, after a fix, after a profile switch)."""
        self.generation += 1
        self._run(release, self.generation, time.perf_counter(), 0.0)

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

    @work(exclusive=True, group="checks")
    async def _run(
        self, release: Release, generation: int, requested_at: float, delay: float
    ) -> None:
        if delay:
            # The debounce: a keystroke during this sleep cancels this worker and starts another.
            await asyncio.sleep(delay)
        setup = self.setup
        try:
            findings, seconds = await asyncio.to_thread(_timed, self.check_function, release, setup)
        except Exception as exc:  # a rule's bug must never take the editor (and the text) down
            self.app.notify(f"The checks failed: {exc!r}", title="Checks", severity="error")
            return
        if setup.problem and setup.problem != self._told:
            self._told = setup.problem
            self.app.notify(
                f"{setup.problem}; checking with the defaults", title="Settings", severity="warning"
            )
        if generation != self.generation:
            return  # a newer request is already on its way
        message = FindingsReady(
            release,
            findings,
            generation=generation,
            requested_at=requested_at,
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
