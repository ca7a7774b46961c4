"""`pressdesk import TEXTFILE`: turn a plain-text, Markdown or Word release into a release file.

The importer's layout findings are printed like a compiler's (`file:line:col: severity [rule] …`)
on standard error; the release file is written atomically and never over an existing one
without `--force`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pressdesk.cli.common import require_file
from pressdesk.errors import PressdeskError
from pressdesk.fileio import output_path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "textfile",
        type=Path,
        help="the release as plain text (.txt), Markdown (.md) or a Word document (.docx)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE.toml",
        help="where to write the release file (default: beside TEXTFILE, ending .toml); - for stdout",
    )  # fmt: skip
    parser.add_argument("--force", action="store_true", help="overwrite an existing release file")


def run(args: argparse.Namespace) -> int:
    from pressdesk import store
    from pressdesk.importer import import_text
    from pressdesk.inputs import typed_format

    source = require_file(args.textfile)
    if source.suffix.lower() == ".toml":
        raise PressdeskError(f"{source}: is already a release file; open or check it directly")
    if args.output is not None and not args.output.strip():
        raise PressdeskError("-o needs a file name ending .toml (or - for standard output)")
    target = None if args.output == "-" else Path(args.output or source.with_suffix(".toml"))
    if target is not None:
        if target.suffix.lower() != ".toml" and not target.is_dir():
            raise PressdeskError(f"{target}: a release file needs a name ending .toml")
        if target.exists() and os.path.samefile(target, source):
            raise PressdeskError(f"{target}: that is the text being imported; choose another -o")
        if target.is_dir():
            raise PressdeskError(f"{target}: is a folder; give a file name ending .toml")
        if target.exists() and not args.force:
            raise PressdeskError(f"{target}: already exists (use --force to overwrite)")
        output_path(target)  # a symlink loop, a FIFO, a read-only file: refused before reading
        if not target.parent.is_dir():
            raise PressdeskError(f"{target.parent}: no such folder")
    fmt = typed_format(source)
    if fmt == "docx":
        from pressdesk.importer.docx import read_docx

        result = read_docx(source)
    else:
        result = import_text(store.read_text(source), fmt=fmt, name=str(source))
    for f in result.findings:
        print(
            f"{source}:{f.line or 1}:{f.column or 1}: {f.severity} [{f.rule}] {f.message}",
            file=sys.stderr,
        )
    if target is None:
        sys.stdout.write(store.dumps(result.release))
        return 0
    store.save(target, result.release)
    count = len(result.findings)
    noun = "finding" if count == 1 else "findings"
    print(
        f"wrote {target} ({count} layout {noun}; run `pressdesk check {target}` for the rest)",
        file=sys.stderr,
    )
    return 0
