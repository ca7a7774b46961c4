"""The library's words (`words.txt`): what `pressdesk library words` shows and keeps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk.cli import main
from pressdesk.errors import PressdeskError
from pressdesk.library import Library, add_word, read_words, remove_word
from pressdesk.library.files import LibraryFileError


def words_cli(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    status = main(["library", "words", *args, "--library", str(folder)])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_library_without_words_has_none(library_dir: Path) -> None:
    assert read_words(library_dir) == ()
    assert Library.open(library_dir).words == ()


def test_added_words_are_kept_sorted_once_each_with_comments(library_dir: Path) -> None:
    assert add_word(library_dir, "Verrett")
    assert add_word(library_dir, "  Deshmukh ")
    assert not add_word(library_dir, "verrett")  # already there, in another case
    assert add_word(library_dir, "niños")
    text = (library_dir / "words.txt").read_text(encoding="utf-8")
    assert text.splitlines()[1:] == ["Deshmukh", "niños", "Verrett"]
    assert text.startswith("# ")
    (library_dir / "words.txt").write_text("# our team's names\nVerrett\n", encoding="utf-8")
    add_word(library_dir, "Alhadeff")
    assert (library_dir / "words.txt").read_text() == "# our team's names\nAlhadeff\nVerrett\n"
    assert Library.open(library_dir).words == ("Alhadeff", "Verrett")


def test_removing_a_word(library_dir: Path) -> None:
    add_word(library_dir, "Verrett")
    add_word(library_dir, "Deshmukh")
    assert remove_word(library_dir, "VERRETT")
    assert not remove_word(library_dir, "Verrett")
    assert read_words(library_dir) == ("Deshmukh",)


@pytest.mark.parametrize("bad", ["two words", "", "1234", "@handle", "a/b"])
def test_only_one_word_is_added(library_dir: Path, bad: str) -> None:
    with pytest.raises(PressdeskError, match="is not one word"):
        add_word(library_dir, bad)
    assert not (library_dir / "words.txt").exists()


def test_words_txt_is_not_an_organisation_and_a_bad_one_is_a_problem(library_dir: Path) -> None:
    library_dir.mkdir()
    (library_dir / "words.txt").write_bytes(b"caf\xe9\n")
    library = Library.open(library_dir)
    assert library.orgs == {} and library.broken == {}
    assert library.words == ()
    assert library.problems() == [f"{library_dir / 'words.txt'}: not UTF-8 text"]
    with pytest.raises(LibraryFileError, match="not UTF-8"):
        add_word(library_dir, "Verrett")
    assert (library_dir / "words.txt").read_bytes() == b"caf\xe9\n"  # left as it was


def test_the_words_command(library_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = library_dir / "words.txt"
    assert words_cli(capsys, library_dir) == (
        0,
        f"Words in {file} (0):\n  (none yet: `pressdesk library words add WORD` adds one)\n",
        "",
    )
    assert words_cli(capsys, library_dir, "add", "Verrett") == (
        0,
        f"Added “Verrett” to {file}\n",
        "",
    )
    assert words_cli(capsys, library_dir, "add", "Verrett") == (
        0,
        f"“Verrett” is already in {file}\n",
        "",
    )
    assert words_cli(capsys, library_dir, "list") == (0, f"Words in {file} (1):\n  Verrett\n", "")
    assert words_cli(capsys, library_dir, "remove", "Verrett") == (
        0,
        f"Removed “Verrett” from {file}\n",
        "",
    )
    assert words_cli(capsys, library_dir, "remove", "Verrett") == (
        2,
        "",
        f"pressdesk: “Verrett” is not in {file}\n",
    )


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["add"], "library words add needs WORD"),
        (["add", "two words"], "'two words' is not one word"),
        (["shout", "x"], "library words shout: choose list, add WORD or remove WORD"),
        (["list", "x"], "library words list takes no word (got 'x')"),
    ],
)
def test_words_command_mistakes_are_one_line(
    library_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], error: str
) -> None:
    status, out, err = words_cli(capsys, library_dir, *args)
    assert (status, out) == (2, "")
    assert err.startswith(f"pressdesk: {error}") and err.count("\n") == 1


ADDER = """
import sys
from pathlib import Path
from pressdesk.library import add_word
folder, tag = Path(sys.argv[1]), sys.argv[2]
for i in range(40):
    add_word(folder, f"word{tag}x{chr(97 + i % 26)}{chr(97 + i // 26)}")
"""


@pytest.mark.slow
def test_two_processes_adding_words_at_once_keep_every_word(library_dir: Path) -> None:
    adders = [
        subprocess.Popen(
            [sys.executable, "-c", ADDER, str(library_dir), tag], stderr=subprocess.PIPE
        )
        for tag in ("a", "b")
    ]
    for adder in adders:
        _, err = adder.communicate(timeout=120)
        assert adder.returncode == 0, err
    assert len(read_words(library_dir)) == 80
