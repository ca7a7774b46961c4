"""`pressdesk [FILE]`: open the editor."""

from __future__ import annotations

import argparse

from pressdesk.errors import PressdeskError


def run(args: argparse.Namespace) -> int:
    raise PressdeskError("the editor is not built yet; try `pressdesk --help`")
