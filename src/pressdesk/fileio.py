"""Atomic file writes: a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from pressdesk.errors import PressdeskError


def atomic_write(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename it over.

    The temporary file is flushed and fsynced before the rename, so `path` holds either the old
    bytes or the new ones, never a mixture. With `overwrite=False` an existing `path` is refused.
    """
    path = Path(path)
    if not overwrite and path.exists():
        raise PressdeskError(f"{path}: already exists (use --force to overwrite)")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise PressdeskError(f"{folder}: no such folder")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PressdeskError(f"{path}: cannot write here ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            # Keep the permissions of the file being replaced (mkstemp makes it 0600).
            os.chmod(tmp, os.stat(path).st_mode & 0o7777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    # Make the rename itself durable; not every platform lets a folder be opened.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
