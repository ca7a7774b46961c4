"""Where the library folder is: `--library DIR`, `PRESSDESK_LIBRARY`, or the user data folder.

A module of its own because every `pressdesk check` asks, and most find no library there: the
answer needs none of the code that reads one.
"""

from __future__ import annotations

import os
from pathlib import Path


def library_path(explicit: str | None = None) -> Path:
    """The library folder: `--library DIR`, else `PRESSDESK_LIBRARY`, else the user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get("PRESSDESK_LIBRARY", "").strip()
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("pressdesk", appauthor=False) / "library"
