"""`pressdesk check FILE…`: check releases against the rulebook, print findings like a compiler.

Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 when an input cannot be
used (the other files are still checked). Textual is never imported here, and rich only for a
terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressdesk.errors import PressdeskError
from pressdesk.findings import Finding, Severity, locate
from pressdesk.model import PROFILES, Release

if TYPE_CHECKING:
    from pressdesk.checks import Context
    from pressdesk.inputs import Loaded
    from pressdesk.library import Library

LEVELS = ("error", "warning", "info")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="release .toml, or a .txt/.md release"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.add_argument(
        "--profile", choices=PROFILES, help="house style (default: the release's own)"
    )
    parser.add_argument(
        "--final",
        action="store_true",
        help="about to go out: unapproved quotes and placeholders are errors",
    )
    parser.add_argument(
        "--fix", action="store_true", help="apply safe fixes in place (never changes words)"
    )
    parser.add_argument(
        "--fail-on",
        choices=LEVELS,
        default="error",
        help="exit 1 on findings at or above this level (default: error)",
    )
    parser.add_argument("--list-rules", action="store_true", help="list every rule and exit")
    parser.add_argument("--library", metavar="DIR", help="library folder (or PRESSDESK_LIBRARY)")


class Checked:
    """One file's result: its findings after any fixes, and the findings the fixes removed."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.findings: list[Finding] = []
        self.fixed: list[Finding] = []
        self.note = ""


def run(args: argparse.Namespace) -> int:
    from pressdesk.checks import REGISTRY

    if args.list_rules:
        return list_rules(REGISTRY, args.format)
    if not args.files:
        raise PressdeskError("check: give at least one FILE (see pressdesk check --help)")
    library = open_library(args.library)
    results: list[Checked] = []
    unusable = False
    for name in args.files:
        try:
            results.append(check_file(Path(name), name, args, library))
        except PressdeskError as exc:
            print(f"pressdesk: {exc}", file=sys.stderr)
            unusable = True
    if args.format == "json":
        print_json(results)
    elif results:  # when no file could be read, the error lines above say it all
        print_text(results)
    if unusable:
        return 2
    threshold = Severity(args.fail_on).rank
    failing = any(f.severity.rank >= threshold for r in results for f in r.findings)
    return 1 if failing else 0


def open_library(explicit: str | None) -> Library | None:
    """The library, when its folder exists; a library that cannot be opened never stops a check."""
    try:
        from pressdesk.library import library_path

        path = library_path(explicit)
        if not path.is_dir():
            return None
        from pressdesk.library import Library

        return Library.open(path)
    except Exception as exc:  # noqa: BLE001 - the library is a help, not a requirement
        print(f"pressdesk: library not used ({exc})", file=sys.stderr)
        return None


def context_for(
    path: Path, loaded: Loaded, *, profile: str | None, final: bool, library: Library | None
) -> Context:
    """What the checks of the release loaded from `path` need: settings, profile, today, library."""
    from pressdesk import clock
    from pressdesk.checks import Context, load_settings

    settings = load_settings(path.parent if str(path.parent) else Path("."))
    # --profile > the release file's own `profile` key > pressdesk.toml > coalition.
    profile = profile or (
        loaded.release.profile if "profile" in loaded.source else settings.profile
    )
    return Context(
        settings.with_profile(profile),
        clock.today(),
        final,
        library,
        imported=loaded.fmt != "toml",
        guessed=loaded.guessed,
    )


def findings_of(loaded: Loaded, ctx: Context) -> list[Finding]:
    """Every finding in a loaded release: the importer's (as settings have them) and the rules'."""
    from pressdesk.checks import apply_settings, run_checks

    checked = run_checks(loaded.release, ctx)
    return without_repeats(apply_settings(loaded.findings, ctx), checked) + checked


def check_file(path: Path, name: str, args: argparse.Namespace, library: Library | None) -> Checked:
    from pressdesk.checks import fix_all

    loaded = load(path)
    ctx = context_for(path, loaded, profile=args.profile, final=args.final, library=library)
    result = Checked(name)
    if args.fix:
        if loaded.fmt != "toml":
            result.note = (
                f"fixes need a release file: run `pressdesk import {name}` and check the .toml"
            )
        else:
            fixed_release, fixed = fix_all(loaded.release, ctx)
            if fixed:
                save(path, fixed_release)
                result.fixed = sort_by_place(locate(fixed, loaded.source))
                loaded = load(path)
    result.findings = sort_by_place(locate(findings_of(loaded, ctx), loaded.source))
    return result


# Ids both the importer (reading the typed text) and a rule (reading the release) report: when the
# rule speaks, it says it per field, counted and with a fix, so the importer's note would repeat it.
REPORTED_BY_BOTH = frozenset({"quote-marks-consistent"})


def without_repeats(imported: list[Finding], checked: list[Finding]) -> list[Finding]:
    """The importer's findings less those a rule's own findings already say."""
    spoken = {f.rule for f in checked} & REPORTED_BY_BOTH
    return [f for f in imported if f.rule not in spoken]


def load(path: Path) -> Loaded:
    from pressdesk.inputs import load_input

    return load_input(path)


def save(path: Path, release: Release) -> None:
    from pressdesk.store import save as store_save

    store_save(path, release)


def sort_by_place(findings: list[Finding]) -> list[Finding]:
    """File order where lines are known; the rest keep reading order, after them."""
    far = 1 << 30
    return sorted(findings, key=lambda f: (f.line or far, f.column or 0) if f.line else (far, 0))


# --- output -------------------------------------------------------------------------------------


def summary(results: list[Checked]) -> dict[str, int]:
    counts = {level: 0 for level in LEVELS}
    for r in results:
        for f in r.findings:
            counts[f.severity.value] += 1
    return counts


def print_json(results: list[Checked]) -> None:
    import json

    doc = {
        "files": [{"file": r.file, "findings": [f.to_json() for f in r.findings]} for r in results],
        "summary": summary(results),
    }
    json.dump(doc, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


def _where(file: str, f: Finding) -> str:
    if f.line is not None:
        return f"{file}:{f.line}:{f.column or 1}"
    return file


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 or word == 'info' else 's'}"


def print_text(results: list[Checked]) -> None:
    out = _Printer()
    for r in results:
        for f in r.fixed:
            out.line(f"{_where(r.file, f)}: fixed [{f.rule}] {f.message}", "fixed")
        if r.note:
            out.line(f"{r.file}: note: {r.note}", "note")
        for f in r.findings:
            where = _where(r.file, f)
            field_hint = "" if f.line is not None else f" ({f.field})"
            out.finding(where, f.severity.value, f.rule, f.message + field_hint)
    counts = summary(results)
    files = _plural(len(results), "file")
    fixed = sum(len(r.fixed) for r in results)
    fixed_text = f", {fixed} fixed" if fixed else ""
    if not any(counts.values()):
        out.line(f"no findings in {files}{fixed_text}", "summary")
    else:
        parts = ", ".join(_plural(counts[level], level) for level in LEVELS)
        out.line(f"{parts} in {files}{fixed_text}", "summary")


class _Printer:
    """Plain lines, or rich colours when stdout is a terminal (and NO_COLOR is unset)."""

    STYLES = {
        "error": "bold red",
        "warning": "yellow",
        "info": "cyan",
        "fixed": "green",
        "note": "dim",
        "summary": "bold",
    }

    def __init__(self) -> None:
        self.console: Any = None
        if sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
            from rich.console import Console

            self.console = Console(highlight=False, soft_wrap=True, force_terminal=True)

    def line(self, text: str, style: str) -> None:
        if self.console is None:
            print(text)
        else:
            from rich.text import Text

            self.console.print(Text(text, style=self.STYLES.get(style, "")))

    def finding(self, where: str, level: str, rule: str, message: str) -> None:
        if self.console is None:
            print(f"{where}: {level} [{rule}] {message}")
            return
        from rich.text import Text

        text = Text(f"{where}: ", style="bold")
        text.append(level, style=self.STYLES[level])
        text.append(f" [{rule}] ", style="dim")
        text.append(message)
        self.console.print(text)


def list_rules(registry: Any, fmt: str) -> int:
    rules = sorted(registry.values(), key=lambda r: r.id)
    if fmt == "json":
        import json

        doc = [
            {
                "id": r.id,
                "severity": r.severity.value,
                "profiles": r.profiles,
                "description": r.description,
                "source": r.source,
            }
            for r in rules
        ]
        print(json.dumps({"rules": doc}, ensure_ascii=False))
        return 0
    width = max(len(r.id) for r in rules)
    for r in rules:
        extra = f" ({r.profiles})" if r.profiles else ""
        print(f"{r.id:<{width}}  {r.severity.value:<7}  {r.description}{extra}")
    return 0
