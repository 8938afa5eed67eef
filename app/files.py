"""Writing a file so that its final name never holds half of it, and saying why a write failed.

The one way a file is written (every caller: bundles, manifests, PDFs, keys, backups): to a hidden
temporary name beside it, ``.<name>.<pid>.part`` (:func:`temporary_name`), flushed and ``fsync``ed
(:func:`write_part`), then renamed over the final name (:func:`promote`: ``os.replace``, atomic on the
same disk, and the folder synced). :func:`write_atomically` does both at once; the numbered files
(:mod:`app.numbered_files`) put their history's commit between the two. On any failure the temporary
file is removed and the final name is left as it was. An ``OSError`` becomes a :class:`WriteFailed`
whose message says, in Chinese, what to do: a full disk, a read-only or write-protected USB stick, a
folder that is gone (a stick pulled out). A ``.part`` left by a process that died (kill, power cut) is
found by its name and removed by :func:`clean_parts`. No Qt here.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
from pathlib import Path
from typing import BinaryIO, Callable, TypeVar

from app.errors import BaoxueError
from app.messages import Message, msg

T = TypeVar("T")

_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
#: what a file is called when the caller does not say
A_FILE = msg("files.a_file")


class WriteFailed(BaoxueError):
    """A file could not be written; the message names the place and what to do."""


def explain_os_error(exc: OSError, target: Path, what: Message = A_FILE) -> Message:
    """What went wrong writing ``what`` (a message: 备份文件, …) at ``target``, for the user."""
    folder = target.parent
    if exc.errno == errno.ENOSPC or getattr(exc, "winerror", None) in (39, 112):  # ERROR_HANDLE_DISK_FULL, DISK_FULL
        return msg("files.disk_full", folder=folder, what=what, name=target.name)
    if exc.errno in _READ_ONLY or getattr(exc, "winerror", None) in (5, 19):  # ACCESS_DENIED, WRITE_PROTECT
        return msg("files.read_only", folder=folder)
    if exc.errno == errno.ENOENT:
        return msg("files.folder_missing", folder=folder)
    return msg("files.cannot_write", what=what, target=target, strerror=exc.strerror or exc)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Make what was written to ``path`` durable (written by a library that closed it without syncing)."""
    with open(path, "r+b") as fh:
        os.fsync(fh.fileno())


def temporary_name(target: Path) -> Path:
    """The hidden name a file is written under before it gets ``target``'s name."""
    return target.with_name(f".{target.name}.{os.getpid()}.part")


_PART_RE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.part$")


def write_part(target: Path, write: Callable[[BinaryIO], T], *, what: Message = A_FILE, mode: int | None = None,
               by_path: Callable[[Path], T] | None = None) -> tuple[Path, T]:
    """Write ``target``'s content under its temporary name, flushed and ``fsync``ed; the final name is untouched.

    ``write(file)`` fills an open binary file; or ``by_path(path)`` writes the file itself (a PDF library
    that wants a file name) — ``write`` is then ignored. Returns (the temporary file, what the writer
    returned). Any error leaves no temporary file; an ``OSError`` is raised as :class:`WriteFailed`.
    """
    target = Path(target)
    tmp = temporary_name(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if by_path is not None:
            result = by_path(tmp)
            if mode is not None:
                os.chmod(tmp, mode)
            fsync_file(tmp)
        else:
            with open(tmp, "wb") as fh:
                if mode is not None:
                    os.chmod(tmp, mode)
                result = write(fh)
                fh.flush()
                os.fsync(fh.fileno())
    except OSError as exc:
        _remove(tmp)
        raise WriteFailed(explain_os_error(exc, target, what)) from exc
    except BaseException:
        _remove(tmp)
        raise
    return tmp, result


def promote(part: Path, target: Path, *, what: Message = A_FILE) -> None:
    """Give the written temporary file ``part`` its final name ``target`` (atomic), and make the rename durable."""
    try:
        os.replace(part, target)
    except OSError as exc:
        _remove(part)
        raise WriteFailed(explain_os_error(exc, Path(target), what)) from exc
    fsync_folder(Path(target).parent)


def write_atomically(target: Path, write: Callable[[BinaryIO], T], *, what: Message = A_FILE, mode: int | None = None) -> T:
    """Call ``write(file)`` on a temporary file beside ``target``, then give it ``target``'s name.

    Returns what ``write`` returned. Any error leaves no temporary file and no new ``target``;
    an ``OSError`` is raised as :class:`WriteFailed` with the reason in Chinese.
    """
    part, result = write_part(target, write, what=what, mode=mode)
    promote(part, Path(target), what=what)
    return result


def write_bytes_atomically(target: Path, data: bytes, *, what: Message = A_FILE, mode: int | None = None) -> None:
    write_atomically(target, lambda fh: fh.write(data), what=what, mode=mode)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def part_owner(path: Path) -> int | None:
    """The process id in a temporary file's name (``.<name>.<pid>.part``), None for any other name."""
    m = _PART_RE.match(Path(path).name)
    return int(m.group("pid")) if m else None


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (a ``.part`` of a live writer is left alone)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_parts(folder: Path, *, prefix: str = "") -> list[Path]:
    """Remove the temporary files in ``folder`` left by writers that are gone (killed, power cut); the removed ones.

    A writer still running (this process, or another one alive) keeps its file. ``prefix``: only those of
    final names starting with it (a USB stick holds other programs' files too). A folder that is not there
    is no error.
    """
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        m = _PART_RE.match(entry.name)
        if m is None or not m.group("name").startswith(prefix) or pid_alive(int(m.group("pid"))):
            continue
        try:
            entry.unlink()
            removed.append(entry)
        except OSError:
            pass
    return removed


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def copy_atomically(source: Path, target: Path, *, what: Message = A_FILE, chunk: int = 1 << 20) -> Path:
    """Copy ``source`` to ``target`` through :func:`write_atomically` (never a half copy under the final name)."""
    def copy(out: BinaryIO) -> None:
        with open(source, "rb") as src:
            while True:
                block = src.read(chunk)
                if not block:
                    break
                out.write(block)

    write_atomically(target, copy, what=what)
    return target
