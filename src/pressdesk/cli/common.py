"""Helpers every subcommand shares: the argument parser, crash reports, loading any input."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from pathlib import Path


class CommandParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and exit 2."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(2)


def report_crash(exc: BaseException) -> Path | None:
    """Write the traceback to the user's log folder and print one line saying where."""
    # Imported here: every command imports this module, and only a crash needs these.
    import traceback
    from datetime import datetime

    from platformdirs import user_log_path

    try:
        folder = user_log_path("pressdesk", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
    except OSError:
        print(f"pressdesk: internal error: {exc!r}", file=sys.stderr)
        return None
    print(f"pressdesk: internal error: {exc!r} (full report in {path})", file=sys.stderr)
    return path


def require_file(path: Path) -> Path:
    """Refuse at once, in one line, what is not a regular file: missing, a folder, a FIFO, a loop."""
    from pressdesk.fileio import require_file as regular_file

    regular_file(path)
    return path
