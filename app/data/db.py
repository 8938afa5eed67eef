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
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

import re
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from app.data import keyring
from app.errors import BaoxueError
from app.files import write_atomically
from app.messages import Message, msg
from app.paths import DB_FILENAME, DataPaths

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: how long a writer waits for another program's lock before giving up
BUSY_TIMEOUT_MS = 5000
#: what to do with a damaged database (app.backup restores from the files in backups/)
SQLITE_HEADER = b"SQLite format 3\x00"
#: what to do when the database is damaged (a message, said after the reason)
RESTORE_HINT = msg("data.restore_hint")


class DatabaseError(BaoxueError):
    """The database cannot be opened or used; the message says what to do."""


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseBusy(DatabaseError):
    """Another operation held the write lock longer than we wait (``BUSY_TIMEOUT_MS``): nothing was changed."""


#: the refusal when the write lock was not had in time (a code of the message catalog)
BUSY_MESSAGE = "data.database_busy"


class DatabaseLocked(BaoxueError):
    """The database is encrypted and no key for it is open in this process: log in (or use the recovery key)."""


@dataclass(frozen=True)
class LockedDatabase:
    """An encrypted school database not opened yet: what the login shows before the password is typed."""

    paths: DataPaths
    school_name: str
    is_demo: bool


def sqlcipher_module():
    import sqlcipher3  # the SQLCipher build of the sqlite3 module (wheels for Windows and Linux)

    return sqlcipher3


def connect_raw(db_path: Path, key: bytes | None, *, read_only: bool = False):
    """A DB-API connection to the file (``sqlcipher3`` keyed with ``key``; Python's ``sqlite3`` without one)."""
    target = f"file:{Path(db_path).as_posix()}?mode=ro" if read_only else str(db_path)
    if key is None:
        return sqlite3.connect(target, uri=read_only)
    con = sqlcipher_module().connect(target, uri=read_only)
    con.execute(f'PRAGMA key="{keyring.passphrase_of(key)}"')
    return con


def _set_sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


#: one encoder for every JSON value stored (``json.dumps`` with options builds a new one per call)
_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def compact_json(value) -> str:
    """How JSON columns are stored: UTF-8 text as it is (not ``\\uXXXX``: a Chinese character takes 3 bytes,
    not 6) and no spaces after separators. Audit entries are most of a school's file; reading is unchanged."""
    return _COMPACT_JSON.encode(value)


def make_engine(url_or_path: str | os.PathLike, *, key: bytes | None = None) -> Engine:
    """An engine for a SQLite file (or any SQLAlchemy URL), with our pragmas.

    ``key``: the file is a SQLCipher database (``sqlite+pysqlcipher``, the raw key as its passphrase;
    the dialect sets it first on every connection)."""
    url: str | URL = str(url_or_path)
    extra = {}
    if key is not None:
        url = URL.create("sqlite+pysqlcipher", password=keyring.passphrase_of(key), database=Path(url).as_posix())
        extra = {"poolclass": QueuePool}  # as for plain SQLite files (the dialect's default is one per thread)
    elif "://" not in url:
        url = "sqlite:///" + Path(url).as_posix()
    is_sqlite = str(url).startswith("sqlite")
    # Each Session stays on one thread, but background workers take pooled connections.
    engine = create_engine(url, connect_args={"check_same_thread": False} if is_sqlite else {},
                           json_serializer=compact_json, **extra)
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


def insert_many(conn, table, rows: list[dict]) -> None:
    """INSERT ``rows`` (dicts with the keys of the first one) into ``table`` by the driver's ``executemany`` of one
    statement: SQLAlchemy's per-row parameter processing of a Core executemany was a tenth of a roster import.

    Each value is stored as SQLAlchemy stores it (the column type's bind processor: dates, booleans, JSON by the
    engine's serializer); a column left out takes its Python default (a callable one called per row, as SQLAlchemy
    does). On a driver without positional parameters it is a plain Core executemany."""
    if not rows:
        return
    keys = tuple(rows[0])
    dialect = conn.dialect
    prepared = _INSERT_MANY.get((table, keys, dialect))
    if prepared is None:
        prepared = _INSERT_MANY[(table, keys, dialect)] = _prepare_insert_many(table, keys, dialect)
    if prepared is False:
        from sqlalchemy import insert

        conn.execute(insert(table), rows)
        return
    sql, get, defaults, processors, reorder = prepared
    params = []
    for r in rows:
        values = [*get(r), *(default(None) if call else default for default, call in defaults)]
        for i, process in processors:
            values[i] = process(values[i])
        params.append(reorder(values))
    conn.exec_driver_sql(sql, params)


#: (table, keys, dialect) → how :func:`insert_many` makes its parameters (see there), or False (not positional)
_INSERT_MANY: dict = {}


def _prepare_insert_many(table, keys: tuple[str, ...], dialect):
    """(SQL, the given values of a row, the defaults of the other columns (value, callable), the bind processors by
    position, the values put in the statement's order)."""
    from operator import itemgetter

    from sqlalchemy import insert

    if not dialect.positional:
        return False
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    positions = list(compiled.positiontup)
    given = [k for k in keys if k in positions]
    defaults = []
    for key in positions:
        if key in given:
            continue
        default = table.c[key].default
        if default is None or not (default.is_scalar or default.is_callable):
            return False  # a default SQLAlchemy computes otherwise (a sequence, an SQL expression): let it
        defaults.append((key, default.arg, default.is_callable))
    mine = [*given, *(k for k, _, _ in defaults)]
    processors = tuple((i, f) for i, f in enumerate(table.c[k].type.dialect_impl(dialect).bind_processor(dialect)
                                                    for k in mine) if f is not None)
    one = itemgetter(*given) if given else (lambda r: ())
    get = one if len(given) != 1 else (lambda r: (one(r),))
    reorder = itemgetter(*(mine.index(k) for k in positions))
    if len(positions) == 1:
        reorder = (lambda single: lambda v: (single(v),))(reorder)
    return str(compiled), get, tuple((arg, call) for _, arg, call in defaults), processors, reorder


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

    @property
    def encrypted(self) -> bool:
        return keyring.key_of(self.engine) is not None

    def settle_keyring(self) -> None:
        """The keyring made to match the accounts now (after accounts were written without the services)."""
        _settle_keyring(self.engine)

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
    return DatabaseBusy(BUSY_MESSAGE, seconds=BUSY_TIMEOUT_MS / 1000)


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


def backup_file(db_path: Path, dest: Path, key: bytes | None = None) -> Path:
    """Consistent copy of a live SQLite file (the online backup API, WAL-safe); owner-only.

    ``key``: the file is encrypted, and so is the copy, with the same key (SQLCipher copies
    pages between two databases keyed alike)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    src = connect_raw(db_path, key, read_only=True)
    try:
        out = connect_raw(tmp, key)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    keyring.restrict(tmp)
    os.replace(tmp, dest)
    return dest


def timestamped_backup(paths: DataPaths, reason: str, key: bytes | None = None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_file(paths.database, paths.backups / f"baoxue-{stamp}-{reason}.sqlite3", key)


def _check_data_dir(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError("data.data_folder_cannot_created_check", root=root, strerror=exc.strerror or exc) from exc
    probe = root / ".write-test"
    try:
        with open(probe, "w", encoding="utf-8") as fh:
            fh.write("ok")
        probe.unlink()
    except OSError as exc:
        raise DatabaseError(
            "data.data_folder_not_writable_ask", root=root, strerror=exc.strerror or exc
        ) from exc


def _has_plain_header(db_path: Path) -> bool:
    with open(db_path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def _exists(db_path: Path) -> bool:
    return db_path.exists() and db_path.stat().st_size > 0


def database_state(paths: DataPaths) -> str:
    """``"new"`` (no database yet), ``"plain"`` (an unencrypted one, from an older Baoxue) or ``"encrypted"``.

    A plain file beside a keyring is an encryption that did not finish (the keyring is written
    first): still plain. An encrypted file is one whose first bytes are not SQLite's header."""
    if not _exists(paths.database):
        return "new"
    return "plain" if _has_plain_header(paths.database) else "encrypted"


def locked_database(paths: DataPaths) -> LockedDatabase:
    ring = keyring.read(paths)
    school = ring.school if ring else {}
    return LockedDatabase(paths, str(school.get("name", "")), bool(school.get("is_demo", False)))


def _key_for(paths: DataPaths, key: bytes | None) -> bytes:
    """The key that opens the encrypted database of ``paths`` (given, or opened earlier in this process)."""
    ring = keyring.read(paths)
    if ring is None:
        raise DatabaseError("data.not_a_database_or_key_missing", database=paths.database,
                            keyring=keyring.keyring_path(paths).name, hint=RESTORE_HINT)
    if key is not None:
        if keyring.key_id(key) != ring.key_id:
            raise DatabaseError("data.key_does_not_match_key", database=paths.database)
        return key
    found = keyring.remembered(paths, ring)
    if found is None:
        raise DatabaseLocked("data.database_encrypted_log_type_user")
    return found


def _new_encrypted(paths: DataPaths) -> bytes:
    """A new database's key and its keyring (no account can open it yet: the first one is added at set-up)."""
    for leftover in (paths.database, *_companions(paths.database)):
        leftover.unlink(missing_ok=True)
    key = keyring.new_key()
    keyring.write(paths, keyring.Keyring(key_id=keyring.key_id(key)))
    return key


def _companions(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal")]


def _set_aside_unopenable(paths: DataPaths) -> None:
    """A database whose keyring opens for nobody was never given an account (set-up gives the first one in
    the transaction that makes the school): it holds no school. It is moved into backups/ and made anew."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = paths.backups / f"unopenable-{stamp}"
    folder.mkdir(parents=True)
    for p in (paths.database, *_companions(paths.database), keyring.keyring_path(paths)):
        if p.exists():
            os.replace(p, folder / p.name)


def open_database(paths: DataPaths, *, migrate: bool = True, key: bytes | None = None,
                  encrypt: bool = True) -> Database:
    """Open (creating if needed) and migrate the database of ``paths``.

    A new database is encrypted (SQLCipher) with a new random key; an encrypted one needs ``key``
    (:func:`unlock_database`) unless it was opened in this process before; a plain one (an older
    Baoxue's) is encrypted first when ``encrypt`` (:func:`encrypt_database`, a backup before)."""
    _check_data_dir(paths.root)
    keyring.restrict(paths.root)  # owner-only (POSIX; group too in a folder shared by every account of the PC)
    db_path = paths.database
    state = database_state(paths)
    if state == "encrypted":
        ring = keyring.read(paths)
        if ring is not None and not ring.openable and key is None and keyring.remembered(paths, ring) is None:
            _set_aside_unopenable(paths)
            state = "new"
    if state == "plain" and encrypt:
        key = encrypt_database(paths).key
        state = "encrypted"
    if state == "new":
        key = _new_encrypted(paths)
    elif state == "encrypted":
        key = _key_for(paths, key)
    else:
        key = None
    existed = state != "new"
    engine = make_engine(db_path, key=key)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            if existed:
                conn.exec_driver_sql("PRAGMA schema_version").scalar()
        keyring.restrict(db_path)
        if key is not None:
            keyring.remember(paths, key)
        current = current_revision(engine)
        if current is not None and current == quick_head_revision():
            _settle_keyring(engine)
            return Database(paths=paths, engine=engine)  # current: no Alembic to load
        head = head_revision()
        if current is not None and current not in known_revisions():
            raise DatabaseTooNew(
                "data.schema_version_database_newer_than", db_path=db_path, current=current
            )
        if existed and current is None and _has_tables(engine):
            raise DatabaseError("data.file_not_baoxue_database_has", db_path=db_path)
        if migrate and current != head:
            if existed:
                timestamped_backup(paths, f"before-{head}", key)
            from alembic import command

            cfg = alembic_config(engine)
            command.upgrade(cfg, "head")
        _settle_keyring(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(_explain_operational(db_path, exc)) from exc
    except SADatabaseError as exc:
        engine.dispose()
        raise DatabaseError("data.cannot_open_damaged", db_path=db_path, error=exc.orig, hint=RESTORE_HINT) from exc
    except BaoxueError:
        engine.dispose()
        raise
    return Database(paths=paths, engine=engine)


def _settle_keyring(engine: Engine) -> None:
    """The keyring after the opening: one current wrapper per active account, the school's name for the login."""
    if keyring.key_of(engine) is None:
        return
    with engine.connect() as conn:
        try:
            row = conn.exec_driver_sql("SELECT code, name, is_demo FROM school ORDER BY id LIMIT 1").first()
        except OperationalError:
            row = None
    school = {"code": str(row[0]), "name": str(row[1]), "is_demo": bool(row[2])} if row else None
    keyring.reconcile(engine, school=school)


def unlock_database(paths: DataPaths, username: str, password: str, **kwargs) -> Database:
    """Open the encrypted database with an account's password (PermissionDenied when it does not open it).

    A plain or new database is opened (and encrypted) as :func:`open_database` does."""
    if database_state(paths) != "encrypted":
        return open_database(paths, **kwargs)
    ring = keyring.read(paths)
    if ring is None:
        return open_database(paths, **kwargs)  # says the keyring is missing
    return open_database(paths, key=keyring.unwrap_with_password(ring, username.strip(), password), **kwargs)


def unlock_with_recovery(paths: DataPaths, code: str, **kwargs) -> Database:
    """Open the encrypted database with the recovery key printed for the principal."""
    ring = keyring.read(paths)
    if database_state(paths) != "encrypted" or ring is None:
        return open_database(paths, **kwargs)
    return open_database(paths, key=keyring.unwrap_with_recovery(ring, code), **kwargs)


@dataclass(frozen=True)
class EncryptResult:
    key: bytes
    backup: Path  # the plain copy made first
    plain_backups: list[Path]  # older backups in backups/ that are still unencrypted (README: delete them)


def _table_counts(con) -> dict[str, int]:
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def encrypt_database(paths: DataPaths) -> EncryptResult:
    """Turn the plain database of ``paths`` into an encrypted one, keeping every record; a backup first.

    1. a plain copy goes to ``backups/baoxue-<time>-before-encrypt.sqlite3``;
    2. ``sqlcipher_export`` writes an encrypted copy under a temporary name, checked (integrity, the
       same number of rows in every table);
    3. the keyring (a wrapper per active account, from its password hash) is written, then the
       encrypted copy takes the database's name; a crash before that rename leaves the plain file,
       which is encrypted again at the next start;
    4. the audit chain's key is sealed under the new key (app.audit reads both forms).

    The caller holds the data folder (app.instance_lock)."""
    db_path = paths.database
    if database_state(paths) != "plain":
        raise DatabaseError("data.database_not_unencrypted_database_needs", db_path=db_path)
    paths.backups.mkdir(parents=True, exist_ok=True)
    keyring.restrict(paths.backups)
    backup = timestamped_backup(paths, "before-encrypt")
    key = keyring.new_key()
    tmp = db_path.with_name(f".{db_path.name}.encrypting")
    for p in (tmp, *_companions(tmp)):
        p.unlink(missing_ok=True)
    try:
        con = sqlcipher_module().connect(str(db_path))  # no key: reads the plain file
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            plain_counts = _table_counts(con)
            if plain_counts and "alembic_version" not in plain_counts:
                raise DatabaseError("data.file_not_baoxue_database_has", db_path=db_path)
            version = con.execute("PRAGMA user_version").fetchone()[0]
            users = con.execute("SELECT username, password_hash, active FROM user_account").fetchall() \
                if "user_account" in plain_counts else []
            school = con.execute("SELECT code, name, is_demo FROM school ORDER BY id LIMIT 1").fetchone() \
                if "school" in plain_counts else None
            con.execute("ATTACH DATABASE ? AS encrypted KEY \"" + keyring.passphrase_of(key) + "\"", (str(tmp),))
            con.execute("SELECT sqlcipher_export('encrypted')")
            con.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            con.commit()
            con.execute("DETACH DATABASE encrypted")
        finally:
            con.close()
        check = connect_raw(tmp, key)
        try:
            ok = check.execute("PRAGMA integrity_check").fetchone()[0]
            counts = _table_counts(check)
        finally:
            check.close()
        if ok != "ok" or counts != plain_counts:
            raise DatabaseError("data.encrypted_check_failed" if counts == plain_counts else "data.encrypted_counts_differ",
                                ok=ok, db_path=db_path)
        ring = keyring.Keyring(key_id=keyring.key_id(key))
        if school:
            ring.school = {"code": str(school[0]), "name": str(school[1]), "is_demo": bool(school[2])}
        for username, stored, active in users:
            made = keyring.account_wrapper(key, username, stored or "") if active else None
            if made:
                ring.accounts[username] = [made]
        keyring.write(paths, ring)
        keyring.restrict(tmp)
        os.replace(tmp, db_path)
        for p in _companions(db_path):
            p.unlink(missing_ok=True)
    finally:
        for p in (tmp, *_companions(tmp)):
            p.unlink(missing_ok=True)
    keyring.remember(paths, key)
    _seal_audit_key(paths, key)
    return EncryptResult(key=key, backup=backup, plain_backups=plain_backups(paths))


def _seal_audit_key(paths: DataPaths, key: bytes) -> None:
    """keys/audit.key written in hex by an older Baoxue, sealed under the database key (same key inside)."""
    path = paths.keys / "audit.key"
    try:
        content = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return
    if keyring.is_sealed(content):
        return
    try:
        raw = bytes.fromhex(content)
    except ValueError:
        return
    body = keyring.seal_secret(key, "audit.key", raw).encode("ascii")
    write_atomically(path, lambda fh: fh.write(body), what=msg("files.audit_key_file"), mode=keyring.private_mode(paths.root))


def _is_plain_backup(path: Path) -> bool:
    """A file in backups/ that holds the school's records in clear: a plain SQLite copy, or a zip backup of one."""
    try:
        if _has_plain_header(path):
            return True
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf, zf.open("database/" + DB_FILENAME) as member:
                return member.read(16) == SQLITE_HEADER
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    return False


def plain_backups(paths: DataPaths) -> list[Path]:
    """The unencrypted copies of the school's records left in ``backups/`` (by an older Baoxue, or before encrypting)."""
    if not paths.backups.is_dir():
        return []
    return [p for p in sorted(paths.backups.rglob("*")) if p.is_file() and _is_plain_backup(p)]


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT IN ('alembic_version')"
        )).scalar() > 0


def _explain_operational(db_path: Path, exc: OperationalError) -> Message:
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return msg("data.database_in_use", db_path=db_path)
    if "readonly" in text or "read-only" in text:
        return msg("data.database_read_only", db_path=db_path)
    if "not a database" in text or "malformed" in text:
        return msg("data.database_damaged", db_path=db_path, error=exc.orig, hint=RESTORE_HINT)
    return msg("data.cannot_open", db_path=db_path, error=exc.orig)


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
