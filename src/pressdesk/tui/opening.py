"""Opening an export or its folder with the desktop's own program, and saying plainly when that
cannot work (a server over SSH has no display). No Textual here.

The standard library's `webbrowser` does the opening: on Linux it hands a file or folder to
`xdg-open` (the file manager for a folder), on macOS to `open`, on Windows to the shell.
"""

from __future__ import annotations

import os
import sys
import webbrowser
from pathlib import Path

# Desktops where a graphical program needs an X11 or Wayland display to show a window.
_NEEDS_DISPLAY = ("linux", "freebsd", "openbsd", "netbsd")


def no_display_reason() -> str | None:
    """Why nothing can be opened on screen here, or None when a desktop is likely there."""
    if not sys.platform.startswith(_NEEDS_DISPLAY):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "no display here (neither DISPLAY nor WAYLAND_DISPLAY is set, as over SSH)"


def open_on_desktop(path: Path, what: str) -> str:
    """Open `path` (a file in the browser, or a folder in the file manager) and say what happened.

    Never raises: the answer is the one line the staffer reads, including where the file is when
    it could not be opened, so they can open it themselves.
    """
    reason = no_display_reason()
    if reason is not None:
        return f"Cannot open {what}: {reason}. It is at {path}"
    try:
        opened = webbrowser.open(path.resolve().as_uri())
    except (webbrowser.Error, OSError) as exc:
        return f"Cannot open {what} ({exc}). It is at {path}"
    if not opened:
        return f"Cannot open {what}: no browser or file manager answered. It is at {path}"
    return f"Opened {what}: {path}"
