"""`pressdesk [FILE]`: open the editor on FILE (created from the statement starter if missing),
or on a new untitled draft. Textual is imported here, inside `run`, and nowhere else in the CLI."""

from __future__ import annotations

import argparse
from pathlib import Path

from pressdesk.errors import PressdeskError


def run(args: argparse.Namespace) -> int:
    path = Path(args.file) if getattr(args, "file", None) else None
    if path is not None:
        if path.is_dir():
            raise PressdeskError(f"{path}: is a folder, not a release file")
        if not path.exists() and not path.parent.is_dir():
            raise PressdeskError(f"{path.parent}: no such folder")
    from pressdesk.tui.app import make_app

    app = make_app(path)  # a file that does not load stops here, before the screen changes
    app.run()
    return 0
