"""What every ``baoxue`` subcommand shares: exit codes, output that survives any console, the data
folder, logging in like the window does, a progress line.

Used by :mod:`app.cli` and the capability command modules (``app.documents.cli``,
``app.exchange.cli``).
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Callable

from app import messages
from app.accounts import authenticate
from app.data.db import DatabaseLocked, open_database, unlock_database
from app.errors import BaoxueError
from app.instance_lock import lock_folder
from app.messages import msg
from app.numbered_files import recover
from app.paths import DataPaths, resolve_data_dir

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def out(text: str = "") -> None:
    stream = sys.stdout
    if stream is None:  # pragma: no cover - ensure_streams() runs first in main()
        return
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:  # a Windows console in a legacy code page
        stream.buffer.write((text + "\n").encode(stream.encoding or "utf-8", errors="replace"))


#: the command line's language for refusals (``baoxue --lang en ...`` or ``BAOXUE_LANG=en``), Chinese by default
LANGUAGE = {"lang": messages.DEFAULT_LANG}
ERROR_PREFIX = {"zh_CN": "错误:", "en": "error: "}


def set_language(option: str | None) -> str:
    LANGUAGE["lang"] = messages.cli_language(option)
    return LANGUAGE["lang"]


def error_line(exc: BaseException) -> str:
    """A refusal as the command line prints it: ``错误:…`` (or ``error: …`` in English)."""
    lang = LANGUAGE["lang"]
    return ERROR_PREFIX.get(lang, ERROR_PREFIX[messages.DEFAULT_LANG]) + messages.text(exc, lang)


def data_paths(args) -> DataPaths:
    return DataPaths(resolve_data_dir(getattr(args, "data_dir", None)))


#: the refusal when an encrypted database is opened without --user (a code of the message catalog)
LOCKED_HINT = "cli.database_locked"


def open_db(args, *, lock: bool = True):
    """The school's database; ``lock``: hold the data folder for this process (a second copy is told).

    Only reading commands that are safe beside a running window (``db check``, ``db backup``) pass
    ``lock=False`` (they never encrypt an older Baoxue's plain database: that needs the folder).
    An encrypted database is opened with the password of ``--user``.
    """
    paths = data_paths(args)
    if lock:
        lock_folder(paths.root)
    try:
        db = open_database(paths, encrypt=lock)
    except DatabaseLocked:
        if not getattr(args, "user", None):
            raise BaoxueError(LOCKED_HINT) from None
        db = unlock_database(paths, args.user, password(args), encrypt=lock)
    if lock:  # this process changes data: finish or clean up the numbered files a crash cut off
        for line in recover(db):
            sys.stderr.write(f"提示:{line}\n")
    return db


def password(args, prompt: str | None = None, env: str = "BAOXUE_PASSWORD") -> str:
    """A secret from the environment variable ``env`` or a prompt (never an argument); asked once per command."""
    cache = args.__dict__.setdefault("_secrets", {})
    if env in cache:
        return cache[env]
    value = os.environ.get(env)
    if value is None:
        if sys.stdin is None or not sys.stdin.isatty():
            raise BaoxueError("cli.set_environment_variable", env=env, what=prompt or msg("cli.a_password"))
        value = getpass.getpass(f"{prompt or (args.user + ' 的密码')}: ")
    cache[env] = value
    return value


def login(db, args):
    with db.transaction() as s:
        return authenticate(s, args.user, password(args))


def progress_printer(label: str) -> Callable[..., bool]:
    state = {"last": -1}

    def progress(done: int, total: int, *_rest) -> bool:
        if total and sys.stderr.isatty():
            pct = int(done * 100 / total)
            if pct != state["last"]:
                state["last"] = pct
                sys.stderr.write(f"\r{label} {pct:3d}%")
                if done >= total:
                    sys.stderr.write("\n")
        return True

    return progress


__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "LOCKED_HINT", "data_paths", "login", "open_db", "out", "password",
           "progress_printer"]
