"""The `pressdesk` command's own dispatching: what reaches a subcommand and what is refused early."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk.cli import main


def test_files_after_options_are_all_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    assert main(["new", str(first)]) == 0
    assert main(["new", str(second)]) == 0
    capsys.readouterr()
    main(["check", str(first), "--format", "json", str(second)])
    out = capsys.readouterr().out
    assert str(first) in out and str(second) in out


def test_a_mistyped_command_is_not_taken_for_a_new_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["chekc"]) == 2
    assert capsys.readouterr().err == (
        "pressdesk: 'chekc' is not a command (did you mean `pressdesk check`?)\n"
    )
    assert main(["notes"]) == 2
    assert "a new release file needs a .toml name" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_editor_refuses_to_start_without_a_terminal(tmp_path: Path) -> None:
    target = tmp_path / "release.toml"
    done = subprocess.run(
        [sys.executable, "-m", "pressdesk", str(target)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("pressdesk: the editor needs a terminal")
    assert not target.exists()
