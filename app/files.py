"""Writing a file so that its final name never holds half of it, and saying why a write failed.

:func:`write_atomically` writes to a hidden temporary name in the target folder, flushes and
``fsync``s it, then renames it over the final name (``os.replace``, atomic on the same disk);
on any failure the temporary file is removed and the final name is left as it was. An
``OSError`` becomes a :class:`WriteFailed` whose message says, in Chinese, what to do: a full
disk, a read-only or write-protected USB stick, a folder that is gone (a stick pulled out).
No Qt here.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import BinaryIO, Callable, TypeVar

from app.errors import BaoxueError

T = TypeVar("T")

_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class WriteFailed(BaoxueError):
    """A file could not be written; the message names the place and what to do."""


def explain_os_error(exc: OSError, target: Path, what: str = "文件") -> str:
    """A Chinese sentence for a failed write of ``what`` at ``target``."""
    folder = target.parent
    if exc.errno == errno.ENOSPC or getattr(exc, "winerror", None) in (39, 112):  # ERROR_HANDLE_DISK_FULL, DISK_FULL
        return (f"磁盘空间不足:无法在 {folder} 写入{what} {target.name}。请清理磁盘或换一个有足够空间的 U 盘后重试"
                "(没有留下不完整的文件)。")
    if exc.errno in _READ_ONLY or getattr(exc, "winerror", None) in (5, 19):  # ACCESS_DENIED, WRITE_PROTECT
        return (f"无法写入 {folder}:该文件夹是只读的或没有写权限(U 盘可能拨到了写保护)。"
                "请换一个文件夹,或打开写权限后重试。")
    if exc.errno == errno.ENOENT:
        return f"文件夹 {folder} 不存在(U 盘可能已拔出)。请插好 U 盘或另选一个文件夹。"
    return f"无法写入{what} {target}:{exc.strerror or exc}。"


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


def temporary_name(target: Path) -> Path:
    """The hidden name a file is written under before it gets ``target``'s name."""
    return target.with_name(f".{target.name}.{os.getpid()}.part")


def write_atomically(target: Path, write: Callable[[BinaryIO], T], *, what: str = "文件", mode: int | None = None) -> T:
    """Call ``write(file)`` on a temporary file beside ``target``, then give it ``target``'s name.

    Returns what ``write`` returned. Any error leaves no temporary file and no new ``target``;
    an ``OSError`` is raised as :class:`WriteFailed` with the reason in Chinese.
    """
    target = Path(target)
    tmp = temporary_name(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            if mode is not None:
                os.chmod(tmp, mode)
            result = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise WriteFailed(explain_os_error(exc, target, what)) from exc
    except BaseException:
        _remove(tmp)
        raise
    fsync_folder(target.parent)
    return result


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def copy_atomically(source: Path, target: Path, *, what: str = "文件", chunk: int = 1 << 20) -> Path:
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
