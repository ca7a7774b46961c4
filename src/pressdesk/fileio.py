"""The one place pressdesk opens a user's file: reading with limits, and writing atomically.

Reading (docs/cli.md "Inputs and limits"): only a regular file is read, never a FIFO, device or
socket (a FIFO would wait forever for a writer, `/dev/zero` never ends), and never more than a
limit, so a wrong file is one line at once. Writing: through a temporary file in the same folder,
renamed over the target, so a crash or a kill leaves the old file or the new one, never a mixture.
A symbolic link at an output path is followed: the file it points to is replaced, the link stays.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pressdesk.errors import PressdeskError

MB = 1024 * 1024
# A long press release is 20 kB; these leave a hundred times that and keep a mistaken file
# (a log, a database, a disk image) from being read into memory and checked for minutes.
TEXT_LIMIT = 2 * MB  # a release file, a text or Markdown release, a library file, settings
DOCX_LIMIT = 20 * MB  # a Word document: zipped XML, often with pictures
IMAGE_LIMIT = 10 * MB  # an organisation's logo, for the Word and PDF exports

__all__ = [
    "DOCX_LIMIT",
    "TEXT_LIMIT",
    "UnreadableFile",
    "atomic_write",
    "read_bytes",
    "require_file",
]


class UnreadableFile(PressdeskError):
    """A file that cannot be read as asked: `problem` says why, without the path in front."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _stat(path: Path) -> os.stat_result:
    """`os.stat(path)`, following links, with each failure said in one line."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        raise UnreadableFile(path, "no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnreadableFile(path, "symlink loop (the link leads back to itself)") from None
        raise UnreadableFile(path, f"cannot read it ({exc.strerror})") from None


def require_file(path: Path | str, what: str = "release file") -> os.stat_result:
    """Refuse at once what is not a regular file: missing, a folder, a FIFO, a device, a loop."""
    path = Path(path)
    info = _stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFile(path, f"is a folder, not a {what}")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile(path, f"is {_kind(info.st_mode)}, not a file; nothing was read")
    return info


def _too_big(path: Path, limit: int) -> UnreadableFile:
    return UnreadableFile(
        path, f"is larger than {limit // MB} MB, too big for a release; nothing was read"
    )


def read_bytes(path: Path | str, what: str = "release file", *, limit: int = TEXT_LIMIT) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them, else an UnreadableFile."""
    path = Path(path)
    if require_file(path, what).st_size > limit:
        raise _too_big(path, limit)
    # Non-blocking, so a FIFO swapped in after the check cannot hang the open; fstat then makes
    # sure the file opened is still a regular one.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnreadableFile(path, f"cannot read it ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(path, f"is {_kind(info.st_mode)}, not a file; nothing was read")
        data = _read_at_most(fd, limit + 1)  # the file may have grown since it was measured
    except OSError as exc:
        raise UnreadableFile(path, f"cannot read it ({exc.strerror})") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise _too_big(path, limit)
    return data


def _read_at_most(fd: int, size: int) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = os.read(fd, min(left, MB))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


# --- writing -------------------------------------------------------------------------------------


def output_path(path: Path | str) -> Path:
    """Where a write to `path` lands: the file a symbolic link points to (the link itself stays).

    Refused in one line: a symlink loop, a folder, a FIFO or device, a read-only file.
    """
    path = Path(path)
    try:
        info: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        info = None  # a new file, or a link to one not written yet
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise PressdeskError(f"{path}: symlink loop (the link leads back to itself)") from None
        if exc.errno == errno.ENOTDIR:
            raise PressdeskError(f"{path.parent}: no such folder") from None
        raise PressdeskError(f"{path}: cannot write here ({exc.strerror})") from None
    target = Path(os.path.realpath(path)) if os.path.islink(path) else path
    if info is None:
        return target
    if stat.S_ISDIR(info.st_mode):
        raise PressdeskError(f"{path}: is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise PressdeskError(f"{path}: is {_kind(info.st_mode)}; pressdesk writes only files")
    # Root may write anything, so the permission bits are read too: a file nobody may write to
    # was made read-only on purpose, and renaming a new file over it would undo that.
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise PressdeskError(f"{path}: is read-only; make it writable to change it")
    return target


def atomic_write(path: Path | str, data: bytes, *, overwrite: bool = True) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename it over.

    The temporary file is flushed and fsynced before the rename, so `path` holds either the old
    bytes or the new ones, never a mixture. With `overwrite=False` an existing `path` is refused.
    Temporary files a killed write left beside `path` are removed first.
    """
    path = Path(path)
    if not overwrite and (path.exists() or path.is_symlink()):
        raise PressdeskError(f"{path}: already exists (use --force to overwrite)")
    target = output_path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PressdeskError(f"{folder}: no such folder")
    _remove_leftovers(folder, target.name)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PressdeskError(f"{path}: cannot write here ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            _lock(
                fd
            )  # held until the rename or this process's end: an unheld lock marks a leftover
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            with contextlib.suppress(OSError):
                # Keep the permissions of the file being replaced (mkstemp makes it 0600).
                os.chmod(tmp, os.stat(target).st_mode & 0o7777 if target.exists() else 0o644)
            os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise PressdeskError(f"{path}: cannot write it ({exc.strerror or exc})") from exc
        raise
    _fsync_folder(folder)


def _leftovers(folder: Path, name: str) -> Iterator[Path]:
    with contextlib.suppress(OSError):
        yield from folder.glob(f".{_glob_escape(name)}.*.tmp")


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _remove_leftovers(folder: Path, name: str) -> None:
    """Delete the temporary files of writes to `name` that were killed before their rename.

    A writer holds a lock on its temporary file while it writes (`_lock`), and a lock dies with
    its process; so a temporary file whose lock can be taken belongs to nobody any more.
    """
    for leftover in _leftovers(folder, name):
        with contextlib.suppress(OSError):
            if not stat.S_ISREG(os.lstat(leftover).st_mode):
                continue
            fd = os.open(leftover, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            try:
                if _try_lock(fd):
                    os.unlink(leftover)
            finally:
                os.close(fd)


try:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

except ImportError:  # Windows: no advisory locks; leftovers stay for the user to delete

    def _lock(fd: int) -> None:
        return None

    def _try_lock(fd: int) -> bool:
        return False


def _fsync_folder(folder: Path) -> None:
    # Make the rename itself durable; not every platform lets a folder be opened.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
