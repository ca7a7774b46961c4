"""The dictionary loads only when a release is checked: never for --version, export or new."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Runs one pressdesk command in a fresh interpreter, then prints which spelling libraries it loaded.
PROBE = """
import sys
from pressdesk.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("spellchecker", "breame"))
print("LOADED:" + ",".join(loaded), file=sys.stderr)
"""


def loaded_by(*args: str, cwd: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], cwd=cwd, capture_output=True, text=True, timeout=60
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("LOADED:"))
    return line.removeprefix("LOADED:")


@pytest.mark.slow
def test_export_new_and_version_never_load_the_dictionary(tmp_path: Path) -> None:
    example = REPO / "examples" / "coalition-statement.toml"
    assert loaded_by("--version", cwd=tmp_path) == ""
    assert loaded_by("new", str(tmp_path / "fresh.toml"), cwd=tmp_path) == ""
    assert (tmp_path / "fresh.toml").exists()
    assert (
        loaded_by(
            "export", str(example), "--to", "text", "-o", str(tmp_path / "out.txt"), cwd=tmp_path
        )
        == ""
    )
    assert (tmp_path / "out.txt").exists()


@pytest.mark.slow
def test_check_loads_it(tmp_path: Path) -> None:
    example = REPO / "examples" / "coalition-statement.toml"
    assert "spellchecker" in loaded_by("check", str(example), cwd=tmp_path).split(",")
