"""`pressdesk export FILE`: write a release as text, Markdown, HTML email, an `.eml` draft, Word or PDF.

Every export is rendered in memory first; then every target is checked (none may exist without
`--force`, none may be the input itself); only then is anything written, each file atomically.
The release is checked as `pressdesk check FILE` checks it: errors are said in one line after
the export, and with `--final` they refuse it (exit 1, nothing written), as the editor's final
check does (docs/cli.md).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.errors import PressdeskError
from pressdesk.model import Release
from pressdesk.render.formats import EXTENSIONS, FORMATS, ExportOptions, format_for_extension

if TYPE_CHECKING:
    from pressdesk.inputs import Loaded

CHOICES = (*FORMATS, "all")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", type=Path, help="release file (.toml), or a .txt, .md or .docx release"
    )
    parser.add_argument(
        "--to",
        choices=CHOICES,
        default=None,
        help="format to write (default: from the -o name's extension, else text); "
        "all writes every format with one name",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="where to write: a file, a folder, or - for standard output (one format only); "
        "with --to all, a folder or a name stem (out -> "
        + ", ".join(f"out{e}" for e in EXTENSIONS.values())
        + ")",
    )
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.add_argument(
        "--wrap", type=_columns, metavar="N", help="wrap plain text at N columns (text only)"
    )
    parser.add_argument(
        "--final",
        action="store_true",
        help="about to go out: refuse (exit 1, nothing written) if `check --final` finds errors",
    )


def _columns(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of columns") from None
    if not 20 <= number <= 1000:
        raise argparse.ArgumentTypeError("wrap between 20 and 1000 columns")
    return number


def load(path: Path) -> Loaded:
    """The release in FILE, through the same loader as `check` (a .txt or .md is imported)."""
    from pressdesk.inputs import load_input

    return load_input(path)


def count_errors(path: Path, loaded: Loaded, *, final: bool) -> int:
    """How many errors `pressdesk check FILE` (with `--final`, `check --final FILE`) would report."""
    from dataclasses import replace
    from types import MappingProxyType

    from pressdesk.cli.check import context_for, findings_of, open_library

    ctx = context_for(path, loaded, profile=None, final=final, library=open_library(None))
    if ctx.settings.level("spelling") != "error":
        # The spell check only warns (unless a team's pressdesk.toml makes it an error), and its
        # dictionary is the slowest thing to load: an export does without it.
        rules = MappingProxyType({**ctx.settings.rules, "spelling": "off"})
        ctx = replace(ctx, settings=replace(ctx.settings, rules=rules))
    return sum(1 for f in findings_of(loaded, ctx) if f.severity.value == "error")


def _errors(count: int) -> str:
    return f"{count} error{'' if count == 1 else 's'}"


def targets(release: Release, source: Path, formats: list[str], output: str | None) -> list[Path]:
    """The file each format is written to, in the order of `formats`."""
    from pressdesk.render import output_name, output_stem

    if output is None:
        return [source.parent / output_name(release, f) for f in formats]
    out = Path(output)
    if out.is_dir() or output.endswith(("/", "\\")):
        return [out / output_name(release, f) for f in formats]
    if len(formats) == 1:
        return [out]
    # A stem for every format; a typed export extension (out.txt) is not doubled (out.txt.md).
    stem = out.with_suffix("") if out.suffix in EXTENSIONS.values() else out
    if not stem.name:
        stem = stem / output_stem(release)
    return [stem.with_name(stem.name + EXTENSIONS[f]) for f in formats]


def run(args: argparse.Namespace) -> int:
    from pressdesk.cli.common import require_file
    from pressdesk.fileio import atomic_write
    from pressdesk.render import render

    source = require_file(args.file)
    if args.output is not None and not args.output.strip():
        raise PressdeskError("-o needs a path (or - for standard output)")
    to = args.to or _format_from_name(args.output)
    formats = list(FORMATS) if to == "all" else [to]
    if args.wrap is not None and "text" not in formats:
        raise PressdeskError("--wrap applies to the text export only (use --to text or all)")
    if args.output == "-" and len(formats) > 1:
        raise PressdeskError("-o - writes one format to standard output; choose one with --to")
    loaded = load(source)
    release = loaded.release
    errors = count_errors(source, loaded, final=args.final)
    if args.final and errors:
        print(
            f"pressdesk: {source}: not exported: {_errors(errors)} for a final release; "
            f"run `pressdesk check --final {source}`",
            file=sys.stderr,
        )
        return 1
    options = export_options(source, release, formats, args.wrap)
    try:
        rendered = {f: render(release, f, options=options) for f in formats}
    except PressdeskError as exc:
        raise PressdeskError(f"{source}: {exc}") from exc

    if args.output == "-":
        sys.stdout.buffer.write(rendered[formats[0]])
        sys.stdout.flush()
    else:
        paths = targets(release, source, formats, args.output)
        _check_targets(paths, source, force=args.force)
        for fmt, path in zip(formats, paths, strict=True):
            atomic_write(path, rendered[fmt])
            print(f"wrote {path}")
    if errors:
        print(
            f"pressdesk: exported with {_errors(errors)}; run `pressdesk check {source}`",
            file=sys.stderr,
        )
    return 0


def export_options(
    source: Path, release: Release, formats: list[str], wrap: int | None
) -> ExportOptions:
    """The plain text's wrap; for Word and PDF, the paper and the organisation's logo."""
    from pressdesk.render.page_setup import export_options as options_for

    options, notes = options_for(source.parent, release, formats, wrap)
    for note in notes:
        print(f"pressdesk: {note}", file=sys.stderr)
    return options


def _format_from_name(output: str | None) -> str:
    """`-o release.html` with no --to means the HTML email; anything else, plain text."""
    suffix = Path(output).suffix if output and output != "-" else ""
    return format_for_extension(suffix) or "text"


def _check_targets(paths: list[Path], source: Path, *, force: bool) -> None:
    """Refuse before writing anything: an existing file without --force, the input itself, or a
    target no file can be written to (a symlink loop, a FIFO, a read-only file: fileio)."""
    from pressdesk.fileio import output_path

    for path in paths:
        if path.exists() and os.path.samefile(path, source):
            raise PressdeskError(f"{path}: is the release being exported; choose another -o")
        if path.is_dir():
            raise PressdeskError(f"{path}: is a folder")
        if path.exists() and not force:
            raise PressdeskError(f"{path}: already exists (use --force to overwrite)")
        output_path(path)
        if not path.parent.is_dir():
            raise PressdeskError(f"{path.parent}: no such folder")
