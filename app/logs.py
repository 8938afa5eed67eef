"""The program's log, its crash record, and the problem report a teacher can send.

* :func:`configure_logging` (at every start, window or command line): ``logging`` to a rotating
  ``baoxue.log`` in the user's log folder (:func:`app.paths.log_dir`), ``faulthandler`` to
  ``crash.log`` beside it (a hard crash of Qt or SQLite leaves its stack there), and hooks that log
  an uncaught exception of the main thread or of any other thread before Python's own handling.
* :func:`mask_text`: resident ID numbers (18 characters, the last one may be X; the old 15-digit
  ones; with a 学籍号 letter G/L/J in front), mobile and landline numbers, and the names given
  (students, guardians, staff: :func:`personal_names`) are masked, so a report leaves the school
  without personal data.
* :func:`write_problem_report`: one zip of the logs (masked) and the versions (program, Python, Qt,
  SQLite, the operating system, the database's schema revision).

A log that cannot be opened (a read-only profile) never stops the program. No Qt here: the window
adds Qt's version and the message dialog (app/ui/error_dialog.py).
"""

from __future__ import annotations

import faulthandler
import json
import locale
import logging
import logging.handlers
import os
import platform
import re
import sqlite3
import sys
import threading
import zipfile
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Iterable

from app import __version__
from app.data.models import Guardian, Staff, Student, User
from app.files import write_atomically
from app.messages import msg
from app.paths import log_dir

LOG_FILE = "baoxue.log"
CRASH_FILE = "crash.log"
CONSOLE_FILE = "console.log"  # a windowed program's stdout/stderr (app.cli.ensure_streams)
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s"

log = logging.getLogger(__name__)
_state: dict = {"handler": None, "crash": None, "folder": None}


def configure_logging(folder: Path | None = None, *, level: int = logging.INFO, crash_file: bool = True,
                      hooks: bool = True) -> Path | None:
    """Log to ``folder/baoxue.log`` (default: the user's log folder); returns the file, None if it cannot be opened.

    Called again (another data folder, a test), the earlier file handler is replaced, not doubled.
    """
    folder = Path(folder) if folder is not None else log_dir()
    if _state["handler"] is not None and _state["folder"] == folder:
        return folder / LOG_FILE  # already logging there (the command line configured it before the window)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_FILE, maxBytes=MAX_BYTES,
                                                       backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root = logging.getLogger()
    old = _state["handler"]
    if old is not None:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.captureWarnings(True)
    _state["handler"], _state["folder"] = handler, folder
    if crash_file:
        enable_crash_file(folder)
    if hooks:
        install_hooks()
    return folder / LOG_FILE


def enable_crash_file(folder: Path) -> Path | None:
    """``faulthandler`` writes the stacks of a hard crash (segfault, abort) to ``crash.log``."""
    try:
        stream = open(folder / CRASH_FILE, "a", encoding="utf-8")
    except OSError:
        return None
    stream.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S} Baoxue {__version__} started (pid {os.getpid()})\n")
    stream.flush()
    faulthandler.enable(file=stream, all_threads=True)
    previous = _state["crash"]
    _state["crash"] = stream
    if previous is not None:
        previous.close()
    return folder / CRASH_FILE


def log_exception(exc_type, exc, tb, *, where: str = "") -> None:
    """Write an uncaught exception with its traceback to the log."""
    logging.getLogger("baoxue.uncaught").critical("uncaught exception%s", f" in {where}" if where else "",
                                                  exc_info=(exc_type, exc, tb))


def install_hooks() -> None:
    """Log uncaught exceptions (main thread and others), then let the previous hook do its part.

    The window replaces ``sys.excepthook`` with one that also shows a message (app.ui.error_dialog).
    """
    if getattr(sys.excepthook, "_baoxue_logs", False):
        return
    previous, previous_thread = sys.excepthook, threading.excepthook

    def hook(exc_type, exc, tb):
        if not issubclass(exc_type, KeyboardInterrupt):
            log_exception(exc_type, exc, tb)
        previous(exc_type, exc, tb)

    def thread_hook(args):
        if args.exc_type is not SystemExit:
            log_exception(args.exc_type, args.exc_value, args.exc_traceback,
                          where=f"thread {args.thread.name if args.thread else '?'}")
        previous_thread(args)

    hook._baoxue_logs = True  # type: ignore[attr-defined]
    thread_hook._baoxue_logs = True  # type: ignore[attr-defined]
    sys.excepthook = hook
    threading.excepthook = thread_hook


def current_log_folder() -> Path:
    return _state["folder"] or log_dir()


# --- masking personal data ------------------------------------------------------------------------------

#: an 18-character resident ID (last character a digit or X) wherever it stands: in a 学籍号 (G/L/J before
#: it), glued to words or letters; only more digits around it make it something else
_ID18 = re.compile(r"(?<![0-9])([0-9]{6})[0-9]{11}[0-9Xx](?![0-9])")
_ID15 = re.compile(r"(?<![0-9])([0-9]{6})[0-9]{9}(?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])((?:\+?86[- ]?)?1[3-9][0-9])[- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])")
_LANDLINE = re.compile(r"(?<![0-9])(0[0-9]{2,3})-[0-9]{7,8}(?![0-9])")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u00b7\u30fb]+")


def _mask_name(name: str) -> str:
    return name[0] + "*" * (len(name) - 1)


def mask_text(text: str, names: Iterable[str] = ()) -> str:
    """``text`` with resident IDs, phone numbers and the given (Chinese) names masked.

    An ID keeps its first six digits (the county of the ID, useful to tell a place code problem),
    a mobile its first three, a landline its area code, a name its first character (the surname).
    Names are matched in runs of Chinese characters, longest first, so a student 王小明 is masked in
    “王小明缺勤” but the 王 of another word is left alone unless a name starts there.
    """
    text = _ID18.sub(lambda m: m[1] + "*" * 12, text)
    text = _ID15.sub(lambda m: m[1] + "*" * 9, text)
    text = _MOBILE.sub(lambda m: m[1] + "*" * 8, text)
    text = _LANDLINE.sub(lambda m: m[1] + "-" + "*" * 7, text)
    known = {n.strip() for n in names if n and len(n.strip()) >= 2}
    if not known:
        return text
    lengths = sorted({len(n) for n in known}, reverse=True)

    def in_run(m: re.Match) -> str:
        run, out, i = m[0], [], 0
        while i < len(run):
            for n in lengths:
                piece = run[i:i + n]
                if len(piece) == n and piece in known:
                    out.append(_mask_name(piece))
                    i += n
                    break
            else:
                out.append(run[i])
                i += 1
        return "".join(out)

    return _CJK_RUN.sub(in_run, text)


def personal_names(session) -> set[str]:
    """Every name of a person the database holds: students, guardians, staff, accounts' display names."""
    from sqlmodel import select

    names: set[str] = set()
    for column in (Student.name, Guardian.name, Staff.name, User.display_name):
        names.update(n for n in session.exec(select(column)).all() if n)
    return names


# --- the problem report ---------------------------------------------------------------------------------


def system_facts(*, data_dir: Path | None = None, revision: str | None = None, head: str | None = None,
                 extra: dict[str, str] | None = None) -> dict[str, str]:
    """Versions and places that help to understand a problem (no personal data)."""
    facts = {
        "保学 Baoxue": __version__,
        "Python": sys.version.replace("\n", " "),
        "SQLite": sqlite3.sqlite_version,
        "操作系统": platform.platform(),
        "机器": platform.machine(),
        "打包程序": "是" if getattr(sys, "frozen", False) else "否(源码运行)",
        "编码": f"{locale.getpreferredencoding(False)} / 文件系统 {sys.getfilesystemencoding()}",
        "数据库结构版本": f"{revision or '未知'}(本程序最新 {head or '未知'})",
        "数据目录": str(data_dir) if data_dir else "未打开",
        "日志文件夹": str(current_log_folder()),
        "报告时间": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    facts.update(extra or {})
    return facts


def log_files(folder: Path | None = None) -> list[Path]:
    folder = folder or current_log_folder()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file()
                  and (p.name.startswith(LOG_FILE) or p.name in (CRASH_FILE, CONSOLE_FILE)))


def write_problem_report(dest: Path, *, names: Iterable[str] = (), facts: dict[str, str] | None = None,
                         folder: Path | None = None) -> Path:
    """A zip at ``dest``: ``system.txt`` (the facts) and the log files, every text masked (:func:`mask_text`)."""
    names = set(names)
    facts = facts or system_facts()
    handler = _state["handler"]
    if handler is not None:
        handler.flush()
    files = log_files(folder)

    def write(fh: BinaryIO) -> None:
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
            lines = [f"{k}: {v}" for k, v in facts.items()]
            lines.append("")
            lines.append("身份证号、电话号码和学生、家长、教职工的姓名已打码。")
            zf.writestr("system.txt", mask_text("\n".join(lines) + "\n", names))
            zf.writestr("system.json", mask_text(json.dumps(facts, ensure_ascii=False, indent=1), names))
            for path in files:
                try:
                    text = path.read_text(encoding="utf-8", errors="replace")
                except OSError as exc:
                    text = f"(无法读取 {path.name}:{exc})"
                zf.writestr(f"logs/{path.name}", mask_text(text, names))

    write_atomically(Path(dest), write, what=msg("files.problem_report"))
    log.info("problem report written: %s (%d log files)", dest, len(files))
    return Path(dest)
