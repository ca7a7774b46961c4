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
