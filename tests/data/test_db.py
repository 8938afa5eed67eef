"""The database: creation at head, migrations, backups, refusal of newer or broken files."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import raw_connect
from sqlmodel import func, select
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.data.db import (
    DatabaseError,
    DatabaseTooNew,
    alembic_config,
    check_database,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)
from app.data.models import metadata


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_new_database_is_created_at_head_and_matches_models(db):
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == [], f"models and migrations disagree: {diff}"


def test_pragmas_wal_and_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar().lower() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    from app.data.models import Guardian

    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.add(Guardian(student_id=424242, name="x", relation="father"))


@pytest.mark.parametrize("start", [None, *_revisions_oldest_first()[:-1]])
def test_upgrade_from_each_older_revision_keeps_data_and_backs_up(paths, start):
    """A file at any older revision (or an empty versioned file) is backed up, then upgraded to head."""
    paths.root.mkdir(parents=True)
    engine = make_engine(paths.database)
    cfg = alembic_config(engine)
    if start is None:
        command.upgrade(cfg, "head")
        command.downgrade(cfg, "base")
    else:
        command.upgrade(cfg, start)
        with engine.begin() as conn:  # data written by the older program must survive the upgrade
            conn.exec_driver_sql(
                "INSERT INTO school (code, name, county_code, county_name, township, address, phone, "
                "principal_name, is_demo, created_at) VALUES ('3161000123', '旧版学校', '610729', '', '', '', '', "
                "'', 0, '2025-01-01 00:00:00')")
    before_rev = current_revision(engine)
    engine.dispose()

    db = open_database(paths)  # an older Baoxue's plain file: encrypted first (a plain copy before), then upgraded
    try:
        assert current_revision(db.engine) == head_revision() and db.encrypted
        plain = list(paths.backups.glob("baoxue-*-before-encrypt.sqlite3"))
        assert len(plain) == 1 and plain[0].read_bytes()[:16] == b"SQLite format 3\x00"
        old = make_engine(plain[0])
        assert current_revision(old) == before_rev
        old.dispose()
        upgraded = list(paths.backups.glob(f"baoxue-*-before-{head_revision()}.sqlite3"))
        assert len(upgraded) == 1 and upgraded[0].read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted too
        assert check_database(db).ok
        if start is not None:
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT name FROM school").scalar() == "旧版学校"
    finally:
        db.close()


def test_open_at_head_makes_no_backup(paths):
    open_database(paths).close()
    open_database(paths).close()
    assert not paths.backups.exists() or not list(paths.backups.iterdir())


def test_newer_database_is_refused(paths):
    open_database(paths).close()
    con = raw_connect(paths)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseTooNew, match="比本程序新"):
        open_database(paths)


def test_corrupt_file_is_refused_and_left_alone(paths):
    paths.root.mkdir(parents=True)
    paths.database.write_bytes(b"this is not a database at all" * 100)
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseError, match="不是 Baoxue 数据库"):
        open_database(paths)
    assert paths.database.read_bytes() == before


def test_truncated_sqlite_file_is_refused_or_flagged(paths):
    open_database(paths).close()
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[:200])
    try:
        db = open_database(paths)
    except DatabaseError as exc:
        assert str(paths.database) in str(exc)
    else:
        try:
            assert not check_database(db).ok
        finally:
            db.close()


def test_foreign_sqlite_database_is_refused(paths):
    paths.root.mkdir(parents=True)
    con = sqlite3.connect(paths.database)
    con.execute("CREATE TABLE something_else (x INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="没有版本记录"):
        open_database(paths)


def test_read_only_data_dir_is_reported(paths, monkeypatch):
    """A data dir the user may not write to (permission bits do not bind root, so the OS refusal is simulated)."""
    import builtins

    paths.root.mkdir(parents=True)
    real_open = builtins.open

    def refusing_open(file, mode="r", *args, **kwargs):
        if str(file).startswith(str(paths.root)) and any(m in mode for m in "wa"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    with pytest.raises(DatabaseError, match="不可写"):
        open_database(paths)
    assert not paths.database.exists()


def test_unwritable_data_dir_is_reported(tmp_path):
    """A data dir path that is a file (like a read-only or wrong location) gets a clear message."""
    from app.paths import DataPaths

    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="数据目录"):
        open_database(DataPaths(blocker / "data"))


def test_locked_database_is_reported(paths, monkeypatch):
    """Another program holding an exclusive lock: a clear message, nothing changed."""
    from app.data import db as dbmod
    from app.data.models import Staff

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 50)
    db = open_database(paths)
    con = raw_connect(paths)
    con.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="正忙.*没有保存任何内容.*重试"):
            with db.transaction() as s:
                s.add(Staff(name="甲"))
    finally:
        con.rollback()
        con.close()
    with db.transaction() as s:
        assert s.exec(select(func.count()).select_from(Staff)).one() == 0
    db.close()


def test_backup_file_is_a_consistent_copy(db, tmp_path):
    from app.data.db import backup_file

    from app.data import keyring

    key = keyring.key_of(db.engine)
    dest = backup_file(db.paths.database, tmp_path / "copy.sqlite3", key)
    assert dest.read_bytes()[:16] != b"SQLite format 3\x00"
    other = make_engine(dest, key=key)
    assert current_revision(other) == head_revision()
    other.dispose()


def test_transaction_rolls_back_everything_on_error(db):
    from app.data.models import Staff

    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            s.add(Staff(name="甲"))
            s.flush()
            raise RuntimeError("crash mid-save")
    with db.transaction() as s:
        assert s.exec(select(func.count()).select_from(Staff)).one() == 0


def test_quick_head_revision_agrees_with_alembic():
    from app.data.db import quick_head_revision

    assert quick_head_revision() == head_revision()


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from app.paths import DataPaths; from app.data.db import open_database; "
            f"p = DataPaths(__import__('pathlib').Path({str(tmp_path)!r})); open_database(p).close(); "
            "[sys.modules.pop(m) for m in list(sys.modules) if m.startswith('alembic')]; "
            "db = open_database(p); print(any(m.startswith('alembic') for m in sys.modules)); db.close()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
