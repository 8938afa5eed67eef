"""Engine, sessions, schema migrations and backups of one school's database.

``open_database(paths)`` is the only way in: it checks the data directory,
backs the file up before any schema upgrade, applies the Alembic migrations
shipped in ``app/data/migrations`` (a new file is built by running them all),
and refuses a database written by a newer program.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

import re
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from app.errors import BaoxueError
from app.paths import DataPaths

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: how long a writer waits for another program's lock before giving up
BUSY_TIMEOUT_MS = 5000
#: what to do with a damaged database (app.backup restores from the files in backups/)
RESTORE_HINT = ("请从 backups 目录中的备份恢复:在保学打不开数据库时出现的窗口中选“从备份恢复…”,"
                "或运行 baoxue db restore 备份文件。")


class DatabaseError(BaoxueError):
    """The database cannot be opened or used; the message says what to do."""


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseBusy(DatabaseError):
    """Another operation held the write lock longer than we wait (``BUSY_TIMEOUT_MS``): nothing was changed."""


BUSY_MESSAGE = ("数据库正忙:另一项操作(打印、导出、导入或另一位老师)正在写入,已等待 {seconds} 秒。"
                "这次没有保存任何内容,请稍等片刻后重试。")


def _set_sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def compact_json(value) -> str:
    """How JSON columns are stored: UTF-8 text as it is (not ``\\uXXXX``: a Chinese character takes 3 bytes,
    not 6) and no spaces after separators. Audit entries are most of a school's file; reading is unchanged."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def make_engine(url_or_path: str | os.PathLike) -> Engine:
    """An engine for a SQLite file (or any SQLAlchemy URL), with our pragmas."""
    url = str(url_or_path)
    if "://" not in url:
        url = "sqlite:///" + Path(url).as_posix()
    is_sqlite = url.startswith("sqlite")
    # Each Session stays on one thread, but background workers take pooled connections.
    engine = create_engine(url, connect_args={"check_same_thread": False} if is_sqlite else {},
                           json_serializer=compact_json)
    if is_sqlite:
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config  # Alembic is loaded only when a migration has to run

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


_REVISION_RE = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w]+|None)['\"]?\s*$", re.MULTILINE)


def quick_head_revision(versions: Path | None = None) -> str | None:
    """The head revision read from the migration files' ``revision`` lines, without loading Alembic.

    ``None`` when the files do not show one linear head (Alembic then decides). Opening a
    current database needs no more than this (start-up time; see bench/bench_foundation.py).
    ``versions``: another tree's folder of revisions (the county's, :mod:`app.exchange.county_schema`).
    """
    revisions, parents = set(), set()
    for path in (versions or MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(_REVISION_RE.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        if found.get("down_revision", "None") != "None":
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
        except OperationalError:  # no version table yet: a new database
            return None
    return rows[0][0] if len(rows) == 1 else None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def core(session: Session):
    """The session's own connection, for plain SQLAlchemy Core statements in the operation's transaction.

    Core skips the ORM's per-row objects (a few times faster for reads of many rows, and for
    executemany writes); pending ORM changes are flushed first, as an ORM query would, so the
    statement sees them. Rows written this way are not in the session's identity map: use it for
    rows the operation does not also handle as ORM objects.
    """
    if session.autoflush:
        session.flush()
    return session.connection()


@dataclass
class Database:
    """An open, migrated school database."""

    paths: DataPaths
    engine: Engine

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One operation = one transaction: commit on success, roll back on error."""
        with Session(self.engine, expire_on_commit=False) as session, _committed(session, self.paths.database):
            yield session

    def close(self) -> None:
        self.engine.dispose()


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` (an SQLAlchemy or sqlite3 error) says the database was locked by another writer."""
    msg = str(getattr(exc, "orig", exc)).lower()
    return "locked" in msg or "busy" in msg


@contextmanager
def _committed(session: Session, db_path: Path | None = None) -> Iterator[Session]:
    """Commit ``session`` after the block, roll it back on error; a lock held too long is :class:`DatabaseBusy`
    (and, with ``db_path``, any other SQLite error a :class:`DatabaseError` saying what to do)."""
    try:
        yield session
        session.commit()
    except OperationalError as exc:
        session.rollback()
        if is_busy(exc):
            raise busy_error() from exc
        if db_path is None:
            raise
        raise DatabaseError(_explain_operational(db_path, exc)) from exc
    except BaseException:
        session.rollback()
        raise


def busy_error() -> DatabaseBusy:
    return DatabaseBusy(BUSY_MESSAGE.format(seconds=f"{BUSY_TIMEOUT_MS / 1000:g}"))


@contextmanager
def issuing(session: Session) -> Iterator[Session]:
    """A short write transaction that issues numbers, committed durably on leaving the block.

    What the session had open is committed first; then the write lock is taken at once (``BEGIN
    IMMEDIATE``: what the block reads — the last number issued — cannot change under it, so two
    processes or threads never issue the same number), and the commit is synced to disk
    (``synchronous=FULL``: a number issued is still issued after a power cut, before any file with it gets
    its final name). A lock held by another writer beyond ``BUSY_TIMEOUT_MS`` raises
    :class:`DatabaseBusy`; an error in the block rolls it back.
    """
    session.commit()
    conn = session.connection()
    sqlite = conn.dialect.name == "sqlite"
    raw = conn.connection.dbapi_connection if sqlite else None
    try:
        with _committed(session):
            if sqlite:
                conn.exec_driver_sql("PRAGMA synchronous=FULL")
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            yield session
    finally:
        if raw is not None:
            try:
                raw.execute("PRAGMA synchronous=NORMAL")
            except Exception:  # taken by another thread meanwhile: it stays FULL (slower, never less safe)
                pass


def backup_file(db_path: Path, dest: Path) -> Path:
    """Consistent copy of a live SQLite file (the online backup API, WAL-safe)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    src = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    os.replace(tmp, dest)
    return dest


def timestamped_backup(paths: DataPaths, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_file(paths.database, paths.backups / f"baoxue-{stamp}-{reason}.sqlite3")


def _check_data_dir(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"无法创建数据目录 {root}:{exc.strerror or exc}。请检查路径和权限,或用 --data-dir 指定其他目录。") from exc
    probe = root / ".write-test"
    try:
        with open(probe, "w", encoding="utf-8") as fh:
            fh.write("ok")
        probe.unlink()
    except OSError as exc:
        raise DatabaseError(
            f"数据目录 {root} 不可写({exc.strerror or exc})。请让管理员开放该目录的写权限,或用 --data-dir 指定其他目录。"
        ) from exc


def _check_is_sqlite(db_path: Path) -> None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    with open(db_path, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(
            f"文件 {db_path} 不是 Baoxue 数据库(文件头不对,可能已损坏)。" + RESTORE_HINT
        )


def open_database(paths: DataPaths, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and migrate the database of ``paths``."""
    _check_data_dir(paths.root)
    db_path = paths.database
    _check_is_sqlite(db_path)
    existed = db_path.exists() and db_path.stat().st_size > 0
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            if existed:
                conn.exec_driver_sql("PRAGMA schema_version").scalar()
        current = current_revision(engine)
        if current is not None and current == quick_head_revision():
            return Database(paths=paths, engine=engine)  # current: no Alembic to load
        head = head_revision()
        if current is not None and current not in known_revisions():
            raise DatabaseTooNew(
                f"数据库 {db_path} 的结构版本({current})比本程序新,本程序无法安全打开。"
                "请安装最新版 Baoxue 后再打开。"
            )
        if existed and current is None and _has_tables(engine):
            raise DatabaseError(f"文件 {db_path} 不是 Baoxue 数据库(没有版本记录)。")
        if migrate and current != head:
            if existed:
                timestamped_backup(paths, f"before-{head}")
            from alembic import command

            cfg = alembic_config(engine)
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(_explain_operational(db_path, exc)) from exc
    except SADatabaseError as exc:
        engine.dispose()
        raise DatabaseError(f"无法打开数据库 {db_path}:{exc.orig}。文件可能已损坏。" + RESTORE_HINT) from exc
    except BaoxueError:
        engine.dispose()
        raise
    return Database(paths=paths, engine=engine)


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT IN ('alembic_version')"
        )).scalar() > 0


def _explain_operational(db_path: Path, exc: OperationalError) -> str:
    msg = str(exc.orig).lower()
    if "locked" in msg or "busy" in msg:
        return f"数据库 {db_path} 正被另一个程序占用(已锁定)。请关闭其他 Baoxue 窗口后重试。"
    if "readonly" in msg or "read-only" in msg:
        return f"数据库 {db_path} 是只读的。请检查文件权限,或用 --data-dir 指定可写的目录。"
    if "not a database" in msg or "malformed" in msg:
        return f"数据库 {db_path} 已损坏({exc.orig})。" + RESTORE_HINT
    return f"无法打开数据库 {db_path}:{exc.orig}"


@dataclass
class CheckResult:
    integrity: str
    revision: str | None
    head: str
    foreign_key_errors: int

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.revision == self.head and self.foreign_key_errors == 0


def check_database(db: Database) -> CheckResult:
    try:
        with db.engine.connect() as conn:
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    except SADatabaseError as exc:
        return CheckResult(integrity=f"无法读取:{exc.orig}", revision=None, head=head_revision(),
                           foreign_key_errors=0)
    return CheckResult(integrity=str(integrity), revision=current_revision(db.engine), head=head_revision(),
                       foreign_key_errors=len(fk))
