"""Through the real command line: each unusable file is one line on stderr, exit 2, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from store_bad_files import BAD_FILES, BadFile

RUN = "import sys; from pressdesk.cli import main; sys.exit(main())"


def pressdesk(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUN, *args], cwd=cwd, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("bad", BAD_FILES, ids=lambda b: b.name)
@pytest.mark.parametrize("command", [["export", "--to", "text", "-o", "-"], ["check"]])
def test_one_line_on_stderr_exit_2_and_the_input_untouched(
    bad: BadFile, command: list[str], tmp_path: Path
) -> None:
    path = bad.make(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    result = pressdesk(command[0], path.name, *command[1:], cwd=tmp_path)
    assert result.returncode == 2
    if command[0] == "export":  # `check` goes on to print its summary of the files it could read
        assert result.stdout == ""
    assert result.stderr == f"pressdesk: {bad.message.format(path=path.name)}\n"
    assert (path.read_bytes() if path.is_file() else None) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ([path.name] if path.exists() else [])
