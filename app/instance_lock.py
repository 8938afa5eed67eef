"""One running copy of the program per data folder.

A school's database must not be changed by two copies of Baoxue at once (two teachers on a
shared PC, or the window and a script): the second one is told, clearly, and changes nothing.
The guard is an operating-system lock on ``baoxue.lock`` in the data folder — ``msvcrt.locking``
on Windows, ``fcntl.flock`` elsewhere — held while the window or a changing command runs. The
OS lets go of it when the process ends, even when it crashes, so a stale lock never locks a
school out. The file holds the holder's process id and computer name, for the message only.
"""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime
from pathlib import Path

from app.errors import BaoxueError
from app.messages import msg

LOCK_FILENAME = "baoxue.lock"

if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FolderInUse(BaoxueError):
    """Another copy of the program is using this data folder."""

    def __init__(self, folder: Path, holder: dict):
        self.folder = folder
        self.holder = holder
        who = ""
        if holder.get("pid"):
            who = msg("files.held_by_process", pid=holder["pid"], host=holder.get("host", ""),
                      since=holder.get("since", ""))
        super().__init__("files.folder_in_use", folder=folder, who=who)


class FolderLock:
    """The lock on one data folder; ``acquire()`` raises :class:`FolderInUse` when it is held."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.path = self.folder / LOCK_FILENAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> "FolderLock":
        if self._fd is not None:
            return self
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError:  # a folder that cannot be made or written: opening the database says so clearly
            return self
        if not _try_lock(fd):
            os.close(fd)
            raise FolderInUse(self.folder, read_holder(self.path))
        info = {"pid": os.getpid(), "host": socket.gethostname(),
                "since": datetime.now().strftime("%Y-%m-%d %H:%M")}
        data = json.dumps(info).encode("utf-8")
        # Windows locks byte 0 only; the holder is written after it so other processes can read it.
        os.lseek(fd, 1, os.SEEK_SET)
        os.write(fd, data)
        os.ftruncate(fd, 1 + len(data))
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> "FolderLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def read_holder(path: Path) -> dict:
    try:
        with open(path, "rb") as f:  # byte 0 is the locked one (Windows refuses reads of it)
            f.seek(1)
            raw = f.read()
        data = json.loads(raw.decode("utf-8")) if raw.strip() else {}
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_locked(path: Path) -> bool:
    """True when another process holds the lock file ``path`` (checking takes and drops it)."""
    path = Path(path)
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


_held: dict[Path, FolderLock] = {}


def lock_folder(folder: Path) -> FolderLock:
    """Take (once per process) the lock of ``folder`` for the rest of this process's life."""
    key = Path(folder).resolve()
    lock = _held.get(key)
    if lock is None:
        lock = FolderLock(key).acquire()
        _held[key] = lock
    return lock


def release_all() -> None:
    for lock in _held.values():
        lock.release()
    _held.clear()
