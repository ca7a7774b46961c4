"""`pressdesk [FILE]`: open the editor on FILE (created from the statement starter if missing),
or on a new untitled draft. Textual is imported here, inside `run`, and nowhere else in the CLI."""

from __future__ import annotations

import argparse
import gc
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.errors import PressdeskError

if TYPE_CHECKING:
    from pressdesk.tui.app import PressdeskApp


def run(args: argparse.Namespace) -> int:
    path = Path(args.file) if getattr(args, "file", None) else None
    if path is not None:
        if path.is_dir():
            raise PressdeskError(f"{path}: is a folder, not a release file")
        if not path.exists() and not path.parent.is_dir():
            raise PressdeskError(f"{path.parent}: no such folder")
    build_editor(path).run()
    return 0


def build_editor(path: Path | None) -> PressdeskApp:
    """Import and build the editor, ready to run (`bench/` starts it through here too).

    Importing Textual and the editor, and then drawing the first screen, makes tens of thousands
    of objects that live as long as the process and almost no garbage, so the collector is off
    while they are made: it would otherwise walk them all, again and again, before the release
    is on screen. The editor turns it back on once its first screen is up, and tells it to leave
    those objects alone for good (tui/collector.py)."""
    gc.disable()
    try:
        from pressdesk.tui.app import make_app

        return make_app(path)  # a file that does not load stops here, before the screen changes
    except BaseException:
        gc.enable()
        raise
