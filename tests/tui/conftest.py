"""Fixtures for the editor's tests: async tests run on their own event loop, and a release file
with every kind of part lives in the test's own folder."""

from __future__ import annotations

import asyncio
import inspect
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for tui_helpers (tests import in importlib mode)

from tui_helpers import full_release  # noqa: E402

from pressdesk.store import save  # noqa: E402


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests with asyncio.run (no asyncio plugin is installed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    """A saved release with every kind of part."""
    path = tmp_path / "statement.toml"
    save(path, full_release())
    return path


@pytest.fixture(autouse=True)
def colours(hermetic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The editor in colour: the suite's NO_COLOR (for the CLI's plain output) would make Textual
    draw in monochrome, and the dark and light snapshots would not show the themes."""
    monkeypatch.delenv("NO_COLOR", raising=False)
