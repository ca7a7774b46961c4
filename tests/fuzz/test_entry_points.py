"""Fuzzing every public entry point (issue 17): load, check, fix, each export, import, library,
and the command line, with arbitrary text and mutated valid releases. Each either works or
raises PressdeskError with one line; nothing else. The quick run (CI) tries a few thousand
inputs; the `soak` run (`pytest -m soak -n 2 tests/fuzz`, about 20 minutes) a hundred thousand."""

from __future__ import annotations

import contextlib
import io
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fuzzcases import TEXT, TYPED, VALID, mutated, releases
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from pressdesk import store
from pressdesk.checks import Context, Settings, fix_all, run_checks
from pressdesk.cli import main
from pressdesk.errors import PressdeskError
from pressdesk.importer import import_text
from pressdesk.library.files import parse_org
from pressdesk.library.harvest import save_from
from pressdesk.model import Release, encodable
from pressdesk.render import FORMATS, render

TODAY = date(2026, 11, 24)
CHEAP = [f for f in FORMATS if f not in ("docx", "pdf")]


def _settings(n: int) -> settings:
    return settings(
        max_examples=n,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


def one_line(exc: PressdeskError) -> None:
    assert str(exc) and "\n" not in str(exc) and "\r" not in str(exc), repr(str(exc))


# --- the properties -----------------------------------------------------------------------------


def loads_or_says_why(text: str) -> None:
    """A release file loads, or says in one line why not; what loads saves and loads again."""
    try:
        release = store.loads(text, name="fuzz.toml").release
    except PressdeskError as exc:
        one_line(exc)
        return
    # Text given in memory may hold a lone surrogate, which a file cannot (saved as U+FFFD).
    assert store.loads(store.dumps(release)).release == encodable(release)


def checks_and_fixes(release: Release) -> None:
    for profile in ("coalition", "ap", "wire"):
        for final in (False, True):
            ctx = Context(Settings().with_profile(profile), TODAY, final)
            for f in run_checks(release, ctx):
                assert f.message and "\n" not in f.message
    fixed, _ = fix_all(release, Context(Settings(), TODAY))
    run_checks(fixed, Context(Settings(), TODAY))


def permissive_links(markdown: str) -> list[str]:
    md = MarkdownIt("commonmark", {"html": True})
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    out = []
    for tok in md.parse(markdown):
        for child in tok.children or []:
            if child.type == "link_open":
                out.append(str(child.attrs["href"]))
            elif child.type == "image":
                out.append(str(child.attrs["src"]))
    return out


def exports(release: Release, formats: list[str]) -> None:
    for fmt in formats:
        try:
            data = render(release, fmt)
        except PressdeskError as exc:
            one_line(exc)
            continue
        assert data
        if fmt == "markdown":
            for target in permissive_links(data.decode("utf-8")):
                assert target.lower().startswith(("http:", "https:", "mailto:")), target


def saves_and_loads(release: Release) -> None:
    """What the model holds saves to a file pressdesk loads again."""
    store.loads(store.dumps(release))


def imports(text: str, fmt: str) -> None:
    """A typed release imports to a release file that loads, or says in one line why not."""
    try:
        result = import_text(text, fmt=fmt, name="fuzz.txt")
    except PressdeskError as exc:
        one_line(exc)
        return
    assert store.loads(store.dumps(result.release)).release == encodable(result.release)
    for f in result.findings:
        assert "\n" not in f.message


def library_file(text: str) -> None:
    try:
        parse_org(text, Path("tenants-union.toml"))
    except PressdeskError as exc:
        one_line(exc)


def library_save(release: Release) -> None:
    with tempfile.TemporaryDirectory() as folder:
        try:
            save_from(Path(folder), release, today=TODAY, update=True)
            save_from(Path(folder), release, today=TODAY, update=True)
        except PressdeskError as exc:
            one_line(exc)
            return
        from pressdesk.library import Library

        assert Library.open(folder).broken == {}


def command_line(text: str, suffix: str, command: str) -> None:
    """`pressdesk COMMAND` on a file holding `text`: exit 0, 1 or 2, never an internal error."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_text(text, encoding="utf-8", errors="replace")
        args = {
            "check": ["check", str(path), "--format", "json"],
            "fix": ["check", "--fix", str(path)],
            "export": ["export", str(path), "--to", "all", "-o", f"{folder}/out", "--force"],
            "import": ["import", str(path), "-o", f"{folder}/imported.toml", "--force"],
            "library": ["library", "save-from", str(path), "--library", f"{folder}/lib"],
        }[command]
        err, out = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            status = main(args)
        assert status in (0, 1, 2), status
        assert "internal error" not in err.getvalue(), err.getvalue()
        assert "Traceback" not in err.getvalue()


# --- quick (CI) and slow runs ----------------------------------------------------------------------

ANY_TEXT = st.one_of(TEXT, st.text(max_size=400))
TOML_TEXT = st.one_of(mutated(), ANY_TEXT)
PROPERTIES: dict[str, tuple[Callable[..., None], tuple[Any, ...], int, int]] = {
    "loads_arbitrary_and_mutated_release_files": (loads_or_says_why, (TOML_TEXT,), 700, 40_000),
    "checks_and_fixes_any_release": (checks_and_fixes, (releases(),), 150, 5_000),
    "exports_any_release_as_text_markdown_html_eml": (
        exports, (releases(), st.just(CHEAP)), 200, 8_000,
    ),
    "exports_any_release_as_docx_and_pdf": (
        exports, (releases(), st.just(["docx", "pdf"])), 12, 300,
    ),
    "saves_any_release_to_a_file_that_loads": (saves_and_loads, (releases(),), 300, 8_000),
    "imports_any_typed_release": (
        imports, (st.one_of(TYPED, ANY_TEXT), st.sampled_from(["text", "markdown"])), 500, 30_000,
    ),
    "reads_any_library_file": (library_file, (st.one_of(ANY_TEXT, mutated(VALID)),), 300, 8_000),
    "saves_any_release_to_the_library": (library_save, (releases(),), 60, 1_500),
    "command_line_on_any_file": (
        command_line,
        (
            st.one_of(mutated(), TYPED, ANY_TEXT),
            st.sampled_from([".toml", ".txt", ".md"]),
            st.sampled_from(["check", "fix", "export", "import", "library"]),
        ),
        40, 600,
    ),
}  # fmt: skip


def _run(name: str, slow: bool) -> None:
    prop, strategies, quick_n, slow_n = PROPERTIES[name]
    test = _settings(slow_n if slow else quick_n)(given(*strategies)(prop))
    test()


@pytest.mark.parametrize("name", list(PROPERTIES))
def test_fuzz(name: str) -> None:
    _run(name, slow=False)


@pytest.mark.slow
@pytest.mark.soak
@pytest.mark.parametrize("name", list(PROPERTIES))
def test_fuzz_100k(name: str) -> None:
    _run(name, slow=True)
