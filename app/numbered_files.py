"""Files that carry a number (county bundles, numbered pledges): one protocol, so a number is issued once.

A numbered file must never get its final name before the school's history holds it — otherwise a crash
in between leaves, say, a valid signed bundle #1 on the USB stick that the history does not know, the
next export issues #1 again, and the county, having ingested the first, refuses every later bundle as a
fork. :func:`publish` writes every numbered file in these steps:

1. **reserve** (``reserve(session)``) in a short write transaction (:func:`app.data.db.issuing`: the write
   lock taken at once, the commit synced to disk), with a journal row per file (state ``reserved``): from
   here on the number is issued, even across a power cut;
2. **write** each file under its temporary name (``.<name>.<pid>.part``, :func:`app.files.write_part`),
   flushed and ``fsync``ed, outside any transaction (rendering a big PDF holds no lock);
3. **commit the history** (``record(session, reservation, written)``) in a second short transaction, the
   journal rows set to ``committed`` with each file's SHA-256;
4. **rename** each file to its final name (:func:`app.files.promote`) and drop the journal rows.

:func:`reconcile` runs before each publication and :func:`recover` at start (the window, and every CLI
command that changes data): a ``reserved`` row (cut off before the history held the file) has its
``.part`` removed — its number stays used (the pledge counter, the bundle record), never issued again; a
``committed`` row is finished: the ``.part`` is renamed when it is whole (its SHA-256 matches), or the row
dropped when the final file is already there. ``.part`` files of writers that are gone are removed from
the folders written to. A failure before step 3 leaves no file and no history; after it, the history and
the file agree.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence, TypeVar

from sqlmodel import Session, col, select

from app.data.db import Database, issuing
from app.data.file_models import FileJournal, NumberCounter
from app.files import WriteFailed, clean_parts, part_owner, promote, sha256_of, temporary_name, write_part
from app.paths import DataPaths

log = logging.getLogger(__name__)

R = TypeVar("R")
T = TypeVar("T")

_active: set[int] = set()  # journal rows of publications running in this process (other threads)
_active_lock = threading.Lock()


@dataclass(frozen=True)
class FileSpec:
    """One file of a publication: where it goes and how it is written (``write(path)`` fills ``path``)."""

    path: Path
    write: Callable[[Path], object]
    kind: str = "file"
    what: str = "文件"
    mode: int | None = None


@dataclass(frozen=True)
class Written:
    path: Path
    sha256: str
    size: int


#: hooks of tests and of ``make torture``: called with the step's name ("reserve", "reserved", "written",
#: "committed", "renamed") — a crash is simulated there. Empty in the program.
step_hooks: list[Callable[[str], None]] = []


def _step(name: str) -> None:
    for hook in step_hooks:
        hook(name)


def reserve_numbers(session: Session, series: str, count: int, *, at_least: int = 0) -> int:
    """Issue ``count`` numbers of ``series`` (inside :func:`publish`'s reservation); the first one.

    ``at_least``: the last number already used by rows the counter did not issue (a database from before
    the counter), so a number is never given twice.
    """
    row = session.get(NumberCounter, series)
    if row is None:
        row = NumberCounter(name=series, last=0)
    first = max(row.last, at_least) + 1
    row.last = first + count - 1
    session.add(row)
    session.flush()
    return first


def publish(session: Session, *, reserve: Callable[[Session], R], files: Callable[[R], Sequence[FileSpec]],
            record: Callable[[Session, R, list[Written]], T], note: str | Callable[[R], str] = "") -> tuple[R, T]:
    """Reserve, write, commit the history, rename (see the module's text); (the reservation, what ``record`` gave).

    ``session`` is committed in steps (each step's transaction is short); an error before the history's
    commit leaves no file, and what was reserved stays used.
    """
    reconcile(session)
    _step("reserve")
    with issuing(session):
        reservation = reserve(session)
        specs = list(files(reservation))
        text = note(reservation) if callable(note) else note
        rows = [FileJournal(kind=s.kind, target=str(s.path), part=str(temporary_name(s.path)), note=text)
                for s in specs]
        session.add_all(rows)
        session.flush()
        ids = [r.id for r in rows]
        with _active_lock:
            _active.update(ids)
    try:
        _step("reserved")
        parts: list[Path] = []
        try:
            for spec in specs:
                clean_parts(spec.path.parent, prefix=spec.path.name)
                part, _ = write_part(spec.path, None, by_path=spec.write, what=spec.what, mode=spec.mode)
                parts.append(part)
            written = [Written(spec.path, sha256_of(part), part.stat().st_size) for spec, part in zip(specs, parts)]
            _step("written")
            with issuing(session):
                result = record(session, reservation, written)
                for row, w in zip(rows, written):
                    row.state, row.sha256, row.size = "committed", w.sha256, w.size
                    session.add(row)
        except BaseException:
            for part in parts:
                part.unlink(missing_ok=True)
            try:
                _forget(session, rows)
            except Exception:  # the rows are cleaned up by the next reconcile
                log.exception("could not drop the journal rows %s", ids)
            raise
        _step("committed")
        try:
            for spec, part in zip(specs, parts):
                promote(part, spec.path, what=spec.what)
        finally:
            _step("renamed")
            _forget(session, rows)
    finally:
        with _active_lock:
            _active.difference_update(ids)
    return reservation, result


def _forget(session: Session, rows: list[FileJournal]) -> None:
    """Drop the journal rows of a publication that finished (or failed before its history was written)."""
    session.rollback()
    for row in rows:
        stored = session.get(FileJournal, row.id)
        if stored is not None:
            session.delete(stored)
    session.commit()


def reconcile(session: Session) -> list[str]:
    """Finish or clean up the publications a crash cut off (see the module's text); what was done, in Chinese.

    Commits ``session`` (it is called at the start of an operation).
    """
    with _active_lock:
        busy = set(_active)
    rows = [r for r in session.exec(select(FileJournal).order_by(col(FileJournal.id))) if r.id not in busy]
    if not rows:
        return []
    done: list[str] = []
    for row in rows:
        target, part = Path(row.target), Path(row.part)
        what = row.note or target.name
        if row.state != "committed":
            if part_owner(part) is not None:
                part.unlink(missing_ok=True)
            done.append(f"{what}:上次写出 {target.name} 时中断(文件没有写完,已删除临时文件);这些编号已用过,不会再次使用。")
        elif target.exists() and sha256_of(target) == row.sha256:
            pass
        elif part.exists() and sha256_of(part) == row.sha256:
            try:
                promote(part, target)
            except WriteFailed as exc:  # the final name is held (a PDF reader on Windows): next time
                log.warning("could not finish %s: %s", target, exc)
                continue
            done.append(f"{what}:上次写出时在最后一步中断,已补完 {target}。")
        elif not target.parent.exists():
            continue  # the USB stick is not plugged in: try again next time
        else:
            done.append(f"{what}:文件 {target} 已不在原处(被移走或删除);需要时请重新写出。")
        session.delete(row)
    session.commit()
    for line in done:
        log.warning("reconciled: %s", line)
    return done


#: the folders of the data folder that hold files written through :mod:`app.files`
def _own_folders(paths: DataPaths) -> list[Path]:
    return [paths.root, paths.backups, paths.exports, paths.keys, paths.root / "printed"]


def recover(db: Database) -> list[str]:
    """At start: remove the ``.part`` files of writers that are gone, and :func:`reconcile` the journal."""
    for folder in _own_folders(db.paths):
        clean_parts(folder)
    with db.transaction() as session:
        return reconcile(session)


__all__ = ["FileSpec", "Written", "publish", "reconcile", "recover", "reserve_numbers", "step_hooks"]
