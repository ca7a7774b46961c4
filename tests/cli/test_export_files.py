"""`pressdesk export` on real files: a release file through the store, and typed releases
(`.txt`, `.md`) through the importer, which must read back what the exports wrote."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from render_samples import embargoed, statement

from pressdesk.cli import main
from pressdesk.render import output_name, render
from pressdesk.store import dumps


@pytest.fixture
def toml_file(tmp_path: Path) -> Path:
    path = tmp_path / "harbor.toml"
    path.write_text(dumps(statement()), encoding="utf-8")
    return path


def test_toml_release_exports_every_format(toml_file: Path) -> None:
    assert main(["export", str(toml_file), "--to", "all"]) == 0
    for fmt in ("text", "markdown", "html", "eml"):
        written = toml_file.parent / output_name(statement(), fmt)
        assert written.read_bytes() == render(statement(), fmt)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("make", [statement, embargoed])
def test_a_typed_export_reads_back_to_the_same_export(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], fmt: str, make: object
) -> None:
    release = make()  # type: ignore[operator]
    exported = tmp_path / output_name(release, fmt)
    exported.write_bytes(render(release, fmt))
    assert main(["export", str(exported), "--to", fmt, "-o", "-"]) == 0
    assert capsysbinary.readouterr().out == exported.read_bytes()


def test_broken_release_file_exits_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'pressdesk = 1\ndate = 2026-09-04\nheadline = "x"\nsurprise = 1\n', encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from pressdesk.cli import main; sys.exit(main())"]
        + ["export", str(bad), "--to", "all"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("pressdesk: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.toml"]


def test_real_export_command_does_not_import_textual(toml_file: Path) -> None:
    code = (
        "import sys\n"
        "from pressdesk.cli import main\n"
        f"rc = main(['export', {str(toml_file)!r}, '--to', 'all'])\n"
        "print(rc, sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "0 []"
