"""Fixtures for the whole suite: every test is hermetic.

The user's config, data, cache and log folders point into the test's own temporary folder, the
library is empty unless a test fills it, and "today" is pinned, so a developer's own files never
leak in and no test writes into the repository.
"""

from __future__ import annotations

from pathlib import Path

import pytest

TODAY = "2026-11-24"  # a Tuesday; tests that need another day set PRESSDESK_TODAY themselves


@pytest.fixture(autouse=True)
def hermetic(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    for var, sub in [
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ]:
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("PRESSDESK_LIBRARY", raising=False)
    monkeypatch.setenv("PRESSDESK_TODAY", TODAY)
    monkeypatch.setenv("NO_COLOR", "1")
    return home


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Start the longest tests first: on two workers the suite then ends when the short tests do,
    not a minute later with one worker still typing into a pseudo-terminal. The editor on a
    pseudo-terminal first (the longest of those first), then the other `slow` tests, then the
    rest, each in collection order."""

    def weight(item: pytest.Item) -> int:
        if item.path.name in LONGEST:
            return LONGEST.index(item.path.name)
        return len(LONGEST) + (0 if item.get_closest_marker("slow") else 1)

    items.sort(key=weight)


# The test files that take longest, longest first (typing 20 cards under a CPU hog; every key on
# every step): measured with `pytest --durations`.
LONGEST = ("test_typing_pty.py", "test_keys_pty.py")
