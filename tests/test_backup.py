"""Backups that restore: one checked file, refused when bad, restored whole or not at all, kept by a rule."""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import backup
from app.backup import BackupError
from app.errors import PermissionDenied, ValidationError
from app.files import WriteFailed
from app.paths import DataPaths
from app.data.db import connect_raw
from tests.conftest import TODAY, raw_connect, unlock
from tests.test_instance_lock import HOLDER

NOW = datetime(2026, 11, 27, 16, 30, 0)
DEMO_CODE = "2161072901"


# --- fixtures -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """A small demo school (roster, a term of roll calls, cases, requests with a scan, the signing key), built once."""
    from app.demo import build_demo

    root = tmp_path_factory.mktemp("demo-template") / "data"
    build_demo(DataPaths(root), students=40, today=TODAY)
    (root / "baoxue.lock").unlink(missing_ok=True)
    return root


@pytest.fixture
def demo(demo_template, tmp_path) -> DataPaths:
    """A copy of the demo school of its own for each test."""
    root = tmp_path / "demo-school"  # beside the school_db fixture's tmp_path / "data"
    shutil.copytree(demo_template, root)
    unlock(DataPaths(root))  # its encrypted database opened once with the demo password (the key kept for the test)
    return DataPaths(root)


def state_of(paths: DataPaths) -> dict[str, str]:
    """Every file of the data folder that a restore may touch, with its SHA-256 (the database by its rows)."""
    out = {}
    for sub in ("attachments", "keys"):
        folder = paths.root / sub
        for p in sorted(folder.rglob("*")) if folder.exists() else []:
            if p.is_file():
                out[p.relative_to(paths.root).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    out["database"] = database_dump(paths.database)
    return out


def _connect(db_path: Path):
    """The database file as SQLite sees it (with its folder's key, which this process opened)."""
    return connect_raw(db_path, backup.live_key(DataPaths(db_path.parent)))


def database_dump(db_path: Path) -> str:
    con = _connect(db_path)
    try:
        h = hashlib.sha256()
        for name, sql in con.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall():
            h.update(f"{name}\n{sql}\n".encode("utf-8"))
            if sql and sql.startswith("CREATE TABLE"):
                for row in con.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
                    h.update(repr(row).encode("utf-8"))
        return h.hexdigest()
    finally:
        con.close()


def leftovers(folder: Path) -> list[str]:
    """Half-written or staging files a failed operation might have left."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part") or p.name.startswith(".restore-"))


def rewrite_zip(src: Path, dest: Path, change) -> Path:
    """Copy the backup ``src`` to ``dest``, letting ``change(name, data) -> data | None`` alter or drop members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = change(item.filename, zin.read(item.filename))
            if data is not None:
                zout.writestr(item.filename, data)
    return dest


def with_manifest(src: Path, dest: Path, edit) -> Path:
    """A copy of the backup with ``edit(manifest)`` applied to its manifest (checksums kept as they are)."""
    def change(name, data):
        if name == backup.MANIFEST:
            manifest = json.loads(data)
            edit(manifest)
            return json.dumps(manifest).encode("utf-8")
        return data
    return rewrite_zip(src, dest, change)


# --- what a backup holds --------------------------------------------------------------------------------


def test_a_backup_holds_database_attachments_key_and_settings_with_their_checksums(demo, tmp_path):
    from app.paths import ui_settings_file

    ui_settings_file().parent.mkdir(parents=True, exist_ok=True)
    ui_settings_file().write_text('{"lang": "zh_CN"}', encoding="utf-8")
    info = backup.create_backup(demo, tmp_path / "usb" / "b.zip", now=NOW)
    assert info.kind == "full" and info.school_code == DEMO_CODE and info.is_demo
    assert info.created == NOW and info.revision == backup_revision(demo.database)
    with zipfile.ZipFile(info.path) as zf:
        manifest = json.loads(zf.read(backup.MANIFEST))
        names = set(zf.namelist())
        for name, member in manifest["members"].items():
            assert hashlib.sha256(zf.read(name)).hexdigest() == member["sha256"]
    files = {p.relative_to(demo.root).as_posix() for sub in ("attachments", "keys")
             for p in (demo.root / sub).rglob("*") if p.is_file()}
    assert files and files <= names and "settings/ui.json" in names
    assert any(n.endswith(".key.pem") for n in names) and any(n.startswith("attachments/") for n in names)
    assert manifest["program_version"] and manifest["school"]["name"] == info.school_name
    con = raw_connect(demo)
    assert info.counts["student"] == con.execute("SELECT count(*) FROM student").fetchone()[0] == 40
    assert info.counts["attendance_sheet"] == con.execute("SELECT count(*) FROM attendance_sheet").fetchone()[0] > 0
    con.close()
    lines = "\n".join(info.summary_lines())
    assert info.school_name in lines and "学生 40" in lines and "2026-11-27 16:30" in lines
    assert leftovers(info.path.parent) == []


def backup_revision(db_path: Path) -> str:
    con = _connect(db_path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def test_nothing_to_back_up_in_an_empty_folder(tmp_path):
    with pytest.raises(BackupError, match="还没有数据库"):
        backup.create_backup(DataPaths(tmp_path / "empty"), tmp_path / "b.zip")
    assert not (tmp_path / "b.zip").exists()


# --- the round trip ---------------------------------------------------------------------------------------


def test_round_trip_brings_back_database_attachments_and_the_key_that_still_signs(demo, tmp_path):
    from app.accounts import authenticate
    from app.data.db import open_database
    from app.exchange import keys
    from app.exchange.county import CountyDB, register_certificate, verify
    from app.exchange.export import export_bundle

    before = state_of(demo)
    db = open_database(demo)
    with db.session() as s:
        cert = keys.current_key(s, demo).cert_pem
    db.close()
    info = backup.create_backup(demo, tmp_path / "backup.zip", now=NOW)

    # a bad day: a student deleted, names changed, the scans and the key folder lost
    con = raw_connect(demo)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("DELETE FROM student WHERE id = (SELECT min(id) FROM student)")
    con.execute("UPDATE guardian SET name = '改掉了'")
    con.commit()
    con.close()
    shutil.rmtree(demo.attachments)
    shutil.rmtree(demo.keys)
    assert state_of(demo) != before

    result = backup.restore_backup(demo, info.path, now=NOW + timedelta(hours=1))
    assert result.kept is not None and result.kept.parent == demo.backups and result.migrated_from is None
    kept = backup.read_backup(result.kept)  # the bad day is kept too, as a backup that restores
    assert kept.counts["student"] == 39 and kept.reason == "before-restore"
    after = state_of(demo)
    assert {k: v for k, v in after.items() if k != "database"} == {k: v for k, v in before.items() if k != "database"}
    con = raw_connect(demo)
    assert con.execute("SELECT count(*) FROM student").fetchone()[0] == 40
    assert con.execute("SELECT count(*) FROM guardian WHERE name = '改掉了'").fetchone()[0] == 0
    assert con.execute("SELECT summary FROM audit_entry WHERE action = 'backup.restore'").fetchone()[0].startswith(
        "从备份恢复:backup.zip")
    con.close()
    assert leftovers(demo.root) == []

    # the restored school signs a bundle the county verifies against the certificate it registered before
    county = CountyDB(f"sqlite:///{(tmp_path / 'county.sqlite3').as_posix()}")
    pem = tmp_path / "school.pem"
    pem.write_text(cert)
    register_certificate(county, pem)
    db = open_database(demo)
    with db.transaction() as s:
        reg = authenticate(s, "registrar", "baoxue2026")
        out = export_bundle(s, reg, demo, out_dir=tmp_path / "out", passphrase=keys.DEMO_KEY_PASSPHRASE, today=TODAY)
    db.close()
    [checked] = verify([out.path], county)
    assert checked.ok, checked.errors
    assert checked.school_code == DEMO_CODE
    county.close()


def test_the_copy_kept_before_a_restore_restores_back(demo, tmp_path):
    info = backup.create_backup(demo, tmp_path / "old.zip", now=NOW)
    con = raw_connect(demo)
    con.execute("UPDATE school SET address = '新地址'")
    con.commit()
    con.close()
    changed = state_of(demo)
    result = backup.restore_backup(demo, info.path, now=NOW + timedelta(minutes=5))
    back = backup.restore_backup(demo, result.kept, now=NOW + timedelta(minutes=10))
    assert back.kept is not None
    con = raw_connect(demo)
    assert con.execute("SELECT address FROM school").fetchone()[0] == "新地址"
    con.close()
    assert {k: v for k, v in state_of(demo).items() if k != "database"} == \
           {k: v for k, v in changed.items() if k != "database"}


def test_restore_on_a_new_pc_into_an_empty_folder(demo, tmp_path, monkeypatch):
    from app.paths import ui_settings_file

    ui_settings_file().parent.mkdir(parents=True, exist_ok=True)
    ui_settings_file().write_text('{"lang": "en"}', encoding="utf-8")
    info = backup.create_backup(demo, tmp_path / "b.zip", now=NOW)
    ui_settings_file().unlink()  # the new PC has no settings of this user yet
    monkeypatch.setattr(backup, "demo_data_dir", lambda: tmp_path / "new-pc")  # the demo's own folder
    target = DataPaths(tmp_path / "new-pc")
    result = backup.restore_backup(target, info.path)
    assert result.kept is None and result.kept_files is None
    assert {k: v for k, v in state_of(target).items() if k != "database"} == \
           {k: v for k, v in state_of(demo).items() if k != "database"}
    assert backup.current_data(target).school.code == DEMO_CODE
    assert json.loads(ui_settings_file().read_text(encoding="utf-8")) == {"lang": "en"}
    ui_settings_file().write_text('{"lang": "zh_CN"}', encoding="utf-8")
    backup.restore_backup(target, info.path, now=NOW + timedelta(minutes=1))
    assert json.loads(ui_settings_file().read_text(encoding="utf-8")) == {"lang": "zh_CN"}  # this PC's own stay


def test_a_demo_backup_never_lands_in_a_real_schools_empty_folder(demo, tmp_path):
    info = backup.create_backup(demo, tmp_path / "b.zip", now=NOW)
    target = DataPaths(tmp_path / "real")
    with pytest.raises(BackupError, match="演示学校的备份"):
        backup.restore_backup(target, info.path)
    assert not target.database.exists()


def test_a_damaged_current_database_is_replaced_and_its_files_kept(demo, tmp_path):
    info = backup.create_backup(demo, tmp_path / "b.zip", now=NOW)
    demo.database.write_bytes(b"this is not sqlite at all" * 100)
    result = backup.restore_backup(demo, info.path, now=NOW)
    assert result.kept is None and result.kept_files is not None
    assert (result.kept_files / "baoxue.sqlite3").read_bytes().startswith(b"this is not sqlite")
    assert backup.current_data(demo).school.code == DEMO_CODE


def test_a_plain_database_copy_restores_the_database_only(demo, tmp_path):
    from app.data.db import backup_file

    copy = backup_file(demo.database, demo.backups / "baoxue-20261127-before-0009.sqlite3", backup.live_key(demo))
    info = backup.read_backup(copy)  # encrypted with the folder's key, which this process opened
    assert info.kind == "database" and info.encrypted and info.school_code == DEMO_CODE and "仅数据库" in "\n".join(info.summary_lines())
    files_before = {k: v for k, v in state_of(demo).items() if k != "database"}
    for f in demo.keys.iterdir():  # a database-only restore leaves the key folder as it is:
        if f.name != "audit.key":  # (the audit log's key stays, or the restored log could not be checked)
            f.unlink()
    result = backup.restore_backup(demo, copy, now=NOW)
    assert result.kept is not None and [f.name for f in demo.keys.iterdir()] == ["audit.key"]
    assert {k: v for k, v in state_of(demo).items() if k != "database" and not k.startswith("keys/")} == \
           {k: v for k, v in files_before.items() if not k.startswith("keys/")}


def test_an_older_backup_is_upgraded_after_the_restore(tmp_path, monkeypatch):
    from alembic import command

    from app.data.db import alembic_config, make_engine, quick_head_revision

    old = DataPaths(tmp_path / "old")
    old.root.mkdir()
    engine = make_engine(old.database)
    command.upgrade(alembic_config(engine), "0008")
    with engine.begin() as c:
        c.exec_driver_sql("INSERT INTO school (code, name, county_code, county_name, township, address, phone, "
                          "principal_name, is_demo, created_at) VALUES ('3161000777', '旧版小学', '610729', '留坝县', "
                          "'', '', '', '', 0, '2025-01-01 00:00:00')")
    engine.dispose()
    info = backup.create_backup(old, tmp_path / "old.zip", now=NOW)
    assert info.revision == "0008"
    target = DataPaths(tmp_path / "new")
    result = backup.restore_backup(target, info.path)
    assert result.migrated_from == "0008"
    assert backup_revision(target.database) == quick_head_revision()


# --- bad backups: refused with the reason, the current data untouched --------------------------------------


@pytest.fixture
def good(demo, tmp_path) -> Path:
    return backup.create_backup(demo, tmp_path / "good.zip", now=NOW).path


def refused(demo: DataPaths, file: Path, match: str, expected=None) -> str:
    """Restoring ``file`` is refused with ``match`` before anything is touched (not even a copy is made)."""
    before = state_of(demo)
    with pytest.raises(BackupError, match=match) as caught:
        backup.restore_backup(demo, file, now=NOW + timedelta(hours=2), expected=expected)
    assert state_of(demo) == before
    assert leftovers(demo.root) == []
    assert not demo.backups.exists() or list(demo.backups.iterdir()) == []
    return str(caught.value)


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_a_truncated_backup_is_refused(demo, good, tmp_path, keep):
    data = good.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[:int(len(data) * keep)])
    message = refused(demo, cut, "不是完整的保学备份文件")
    assert "截断" in message
    with pytest.raises(BackupError):
        backup.read_backup(cut)


def test_a_file_that_is_no_backup_is_refused(demo, tmp_path):
    other = tmp_path / "photo.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8\xff")
    refused(demo, other, "没有 manifest.json")
    refused(demo, tmp_path / "missing.zip", "找不到备份文件")


def test_a_backup_of_another_school_is_refused(demo, school_db, tmp_path):
    other = backup.create_backup(school_db.paths, tmp_path / "other.zip", now=NOW)
    message = refused(demo, other.path, "另一所学校")
    assert "测试县第一小学" in message and "3161000123" in message and DEMO_CODE in message


def test_a_backup_from_a_newer_program_is_refused(demo, good, tmp_path):
    def newer(name, data):
        if name == backup.DB_MEMBER:
            return None
        if name == backup.MANIFEST:
            m = json.loads(data)
            m["revision"], m["program_version"] = "0099", "9.0.0"
            m["members"].pop(backup.DB_MEMBER)
            return json.dumps(m).encode("utf-8")
        return data

    # a newer schema: the database member carries the newer revision too
    tmp_db = tmp_path / "newer.sqlite3"
    with zipfile.ZipFile(good) as zf:
        tmp_db.write_bytes(zf.read(backup.DB_MEMBER))
    con = connect_raw(tmp_db, backup.live_key(demo))
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    newer_db = tmp_db.read_bytes()
    path = rewrite_zip(good, tmp_path / "newer.zip", newer)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(backup.DB_MEMBER, newer_db)
    path = with_manifest(path, tmp_path / "newer2.zip", lambda m: m["members"].__setitem__(
        backup.DB_MEMBER, {"sha256": hashlib.sha256(newer_db).hexdigest(), "size": len(newer_db)}))
    assert backup.read_backup(path).revision == "0099"  # a sound file …
    message = refused(demo, path, "由更新版本的程序创建")  # … that this program must not restore
    assert "9.0.0" in message and "最新版" in message
    future = with_manifest(good, tmp_path / "format2.zip", lambda m: m.__setitem__("format", "baoxue-backup-2"))
    refused(demo, future, "更新版本的程序")


def test_a_tampered_member_is_refused(demo, good, tmp_path):
    def tamper(name, data):
        return data + b"x" if name.startswith("keys/") and name.endswith(".key.pem") else data

    message = refused(demo, rewrite_zip(good, tmp_path / "t1.zip", tamper), "校验值")
    assert ".key.pem" in message
    extra = rewrite_zip(good, tmp_path / "t3.zip", lambda n, d: d)
    backup.read_backup(extra)  # an honest copy is fine …
    with zipfile.ZipFile(extra, "a") as zf:
        zf.writestr("attachments/ff/planted.pdf", b"%PDF-1.4")
    refused(demo, extra, "不在备份清单里")  # … a planted file is not
    missing = rewrite_zip(good, tmp_path / "t4.zip", lambda n, d: None if n.startswith("attachments/") else d)
    refused(demo, missing, "缺少清单中的")
    unsafe = rewrite_zip(good, tmp_path / "t5.zip", lambda n, d: d)
    with zipfile.ZipFile(unsafe, "a") as zf:
        zf.writestr("../../evil.txt", b"x")
    refused(demo, unsafe, "不应出现的文件")


def test_a_backup_changed_after_it_was_confirmed_is_refused(demo, good, tmp_path):
    confirmed = backup.read_backup(good)
    other = backup.create_backup(demo, tmp_path / "later.zip", now=NOW + timedelta(days=1))
    shutil.copy(other.path, good)  # another file under the name the user saw and confirmed
    refused(demo, good, "确认之后被改动", expected=confirmed)


# --- a full disk, a read-only stick: a clear message, no half file with the final name -----------------------


def test_a_full_disk_while_writing_a_backup(demo, tmp_path, monkeypatch):
    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    target = tmp_path / "usb" / "b.zip"
    with pytest.raises(WriteFailed, match="磁盘空间不足") as caught:
        backup.create_backup(demo, target, now=NOW)
    assert "没有留下不完整的文件" in str(caught.value) and str(target.parent) in str(caught.value)
    assert not target.exists() and leftovers(target.parent) == []


@pytest.fixture
def read_only_folder(tmp_path, monkeypatch):
    """A folder nobody may write into (the tests run as root, who ignores the mode: then open() is refused too)."""
    import app.files as files

    folder = tmp_path / "stick"
    folder.mkdir()
    folder.chmod(0o555)
    real_open = open

    def guarded(file, *a, **k):
        if Path(file).parent == folder and (a[:1] or [k.get("mode", "r")])[0][:1] in "wxa":
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr(files, "open", guarded, raising=False)
    yield folder
    folder.chmod(0o755)


def test_a_read_only_target_folder(demo, read_only_folder):
    target = read_only_folder / "b.zip"
    with pytest.raises(WriteFailed, match="只读的或没有写权限"):
        backup.create_backup(demo, target, now=NOW)
    assert list(read_only_folder.iterdir()) == []


def test_a_full_disk_while_staging_a_restore_changes_nothing(demo, good, monkeypatch):
    real = backup._extract
    calls = {"n": 0}

    def extract(*a, **k):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*a, **k)

    monkeypatch.setattr(backup, "_extract", extract)
    before = state_of(demo)
    with pytest.raises(BackupError, match="当前数据没有改动.*磁盘空间不足"):
        backup.restore_backup(demo, good, now=NOW + timedelta(hours=1))
    assert state_of(demo) == before and leftovers(demo.root) == []


def test_a_failed_rename_during_the_swap_is_rolled_back(demo, good, monkeypatch):
    import os

    real = os.replace
    calls = {"n": 0}

    def flaky(src, dst):
        if ".restore-" in str(src) and str(src).endswith("-new/keys"):  # the last staged item refuses to move
            raise PermissionError(errno.EACCES, "file in use", str(src))
        calls["n"] += 1
        return real(src, dst)

    monkeypatch.setattr(backup.os, "replace", flaky)
    before = state_of(demo)
    with pytest.raises(BackupError, match="窗口还开着"):
        backup.restore_backup(demo, good, now=NOW + timedelta(hours=1))
    monkeypatch.setattr(backup.os, "replace", real)
    assert state_of(demo) == before and leftovers(demo.root) == [] and calls["n"] > 3


def test_a_restored_database_that_cannot_be_opened_puts_the_old_data_back(demo, good, monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("migration failed")

    monkeypatch.setattr(backup, "_record_restore", broken)
    before = state_of(demo)
    with pytest.raises(BackupError, match="已放回原来的数据"):
        backup.restore_backup(demo, good, now=NOW + timedelta(hours=1))
    assert state_of(demo) == before and leftovers(demo.root) == []


def test_restore_is_refused_while_another_program_uses_the_folder(demo, good):
    from app.instance_lock import FolderInUse

    p = subprocess.Popen([sys.executable, "-c", HOLDER, str(demo.root)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline().strip() == "locked"
        before = state_of(demo)
        with pytest.raises(FolderInUse):
            backup.restore_backup(demo, good)
        assert state_of(demo) == before
    finally:
        p.stdin.close()
        p.wait(timeout=30)


def test_only_the_admin_restores_and_the_registrar_backs_up(school_db, tmp_path):
    actors = school_db.actors
    info = backup.create_backup(school_db.paths, tmp_path / "b.zip", actor=actors["reg"])
    with pytest.raises(PermissionDenied, match="从备份恢复"):
        backup.restore_backup(school_db.paths, info.path, actor=actors["reg"])
    with pytest.raises(PermissionDenied, match="备份全部数据"):
        backup.create_backup(school_db.paths, tmp_path / "c.zip", actor=actors["wang"])
    assert not (tmp_path / "c.zip").exists()


# --- automatic backups and retention -----------------------------------------------------------------------

stamps = st.lists(st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31)),
                  min_size=0, max_size=80)


@settings(max_examples=200, deadline=None)
@given(stamps)
def test_retention_keeps_the_newest_of_each_recent_day_week_and_month(times):
    keep = backup.retention(times)
    assert keep <= set(times)
    if times:
        assert max(times) in keep
    for count, period in ((7, lambda t: t.date()), (4, lambda t: tuple(t.isocalendar())[:2]),
                          (12, lambda t: (t.year, t.month))):
        periods = sorted({period(t) for t in times}, reverse=True)[:count]
        for p in periods:  # the newest of each of the most recent periods is kept
            assert max(t for t in times if period(t) == p) in keep
    per_day = [t.date() for t in keep]
    assert len(per_day) == len(set(per_day))  # never two of one day
    assert len(keep) <= 7 + 4 + 12
    assert all(t == max(u for u in times if u.date() == t.date()) for t in keep)  # always a day's last one


@settings(max_examples=200, deadline=None)
@given(stamps, stamps)
def test_pruning_as_we_go_keeps_what_pruning_at_the_end_would(times, later):
    keep = backup.retention(times)
    assert backup.retention(keep) == keep  # pruning again never removes more
    newest = max(times, default=datetime(2023, 12, 31))
    newer = {t for t in later if t > newest}
    assert backup.retention(keep | newer) == backup.retention(set(times) | newer)


def test_a_year_of_daily_backups_keeps_seven_days_four_weeks_twelve_months():
    times = [datetime(2026, 1, 1, 17, 0) + timedelta(days=d) for d in range(365)]
    keep = backup.retention(times)
    newest = times[-1]
    assert {t for t in keep if newest - t < timedelta(days=7)} == {t for t in times if newest - t < timedelta(days=7)}
    assert len({(t.year, t.month) for t in keep}) == 12
    assert len({tuple(t.isocalendar())[:2] for t in keep}) >= 4
    assert len(keep) < 7 + 4 + 12


def test_automatic_backups_are_pruned_and_copied_to_the_second_folder(demo, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    assert backup.daily_backup_due(demo, NOW.date())
    made = []
    for d in range(12):
        for hour in (8, 17):  # the day's first start and the exit
            made.append(backup.automatic_backup(demo, now=NOW + timedelta(days=d, hours=hour - 16), mirror_dir=stick))
    assert not backup.daily_backup_due(demo, (NOW + timedelta(days=11)).date())
    assert backup.daily_backup_due(demo, (NOW + timedelta(days=12)).date())
    kept = [t for t, _ in backup.automatic_backups(demo.backups, DEMO_CODE)]
    assert set(kept) == backup.retention(t for r in made for t in [datetime.strptime(
        backup.AUTO_NAME.match(r.path.name)["stamp"], "%Y%m%d-%H%M%S")])
    assert [p.name for _, p in backup.automatic_backups(stick, DEMO_CODE)] == \
           [p.name for _, p in backup.automatic_backups(demo.backups, DEMO_CODE)]
    assert all(r.mirror_error == "" for r in made)
    hand_made = backup.create_backup(demo, demo.backups / "mine.zip")
    backup.automatic_backup(demo, now=NOW + timedelta(days=40))
    assert hand_made.path.exists()  # only automatic backups are pruned
    assert leftovers(stick) == [] and leftovers(demo.backups) == []


def test_a_missing_second_folder_does_not_fail_the_backup(demo, tmp_path):
    result = backup.automatic_backup(demo, now=NOW, mirror_dir=tmp_path / "pulled-out-stick")
    assert result.path.exists() and result.mirror is None
    assert "找不到" in result.mirror_error and "本机 backups 文件夹中的备份已完成" in result.mirror_error


def test_no_automatic_backup_without_a_school(tmp_path):
    empty = DataPaths(tmp_path / "empty")
    assert backup.automatic_backup(empty) is None and not backup.daily_backup_due(empty)


def test_the_second_folder_setting_is_checked_audited_and_for_the_admin(school_db, tmp_path):
    from app import audit

    stick = tmp_path / "usb"
    stick.mkdir()
    actors = school_db.actors
    with school_db.transaction() as s:
        assert backup.set_mirror_folder(s, actors["admin"], str(stick)) == str(stick.resolve())
    with school_db.session() as s:
        assert backup.mirror_folder(s) == str(stick.resolve())
        entry = audit.query(s, actors["admin"], action="backup.settings")[0]
        assert entry.after == {"mirror_dir": str(stick.resolve())}
    with pytest.raises(ValidationError, match="不存在"), school_db.transaction() as s:
        backup.set_mirror_folder(s, actors["admin"], str(tmp_path / "nowhere"))
    with pytest.raises(PermissionDenied), school_db.transaction() as s:
        backup.set_mirror_folder(s, actors["reg"], "")
    with school_db.transaction() as s:
        backup.set_mirror_folder(s, actors["admin"], "")
    with school_db.session() as s:
        assert backup.mirror_folder(s) == ""
    assert list(stick.iterdir()) == []  # the write test left nothing behind


def test_the_warnings_before_a_restore_name_bundles_sent_and_a_key_replaced_since(demo, tmp_path):
    from app.accounts import SYSTEM
    from app.data.db import open_database
    from app.exchange import keys
    from app.exchange.export import export_bundle

    info = backup.create_backup(demo, tmp_path / "b.zip", now=NOW)
    assert backup.restore_warnings(info, backup.current_data(demo)) == []
    db = open_database(demo)
    with db.transaction() as s:
        export_bundle(s, SYSTEM, demo, out_dir=tmp_path / "out", passphrase=keys.DEMO_KEY_PASSPHRASE, today=TODAY)
    with db.transaction() as s:
        keys.replace_key(s, SYSTEM, demo, "a-new-passphrase", old_passphrase=keys.DEMO_KEY_PASSPHRASE, key_size=2048)
    db.close()
    warnings = backup.restore_warnings(info, backup.current_data(demo))
    assert len(warnings) == 2
    assert "已导出 1 个县级数据包,备份中只有 0 个" in warnings[0] and "更换过签名密钥" in warnings[1]


# --- the command line ----------------------------------------------------------------------------------------


def test_the_db_commands_back_up_verify_and_restore(demo, school_db, tmp_path, capsys):
    from app.cli import EXIT_ERROR, EXIT_OK, main

    def run(*args):
        code = main([*args])
        out, err = capsys.readouterr()
        return code, out, err

    target = tmp_path / "usb" / "demo.zip"
    code, out, _ = run("db", "backup", str(target), "--data-dir", str(demo.root))
    assert code == EXIT_OK and target.exists() and "已核对" in out and "学生 40" in out
    code, out, _ = run("db", "verify-backup", str(target))
    assert code == EXIT_OK and "留坝县马道镇中心学校" in out and "结论:完整" in out
    con = raw_connect(demo)
    con.execute("UPDATE school SET address = '改了'")
    con.commit()
    con.close()
    code, out, err = run("db", "restore", str(target), "--data-dir", str(demo.root))  # no terminal, no --yes
    assert code == EXIT_ERROR and "--yes" in err
    assert backup.current_data(demo).school and raw_connect(demo).execute(
        "SELECT address FROM school").fetchone()[0] == "改了"
    code, out, _ = run("db", "restore", str(target), "--data-dir", str(demo.root), "--yes")
    assert code == EXIT_OK and "恢复前的数据已备份为" in out
    assert raw_connect(demo).execute("SELECT address FROM school").fetchone()[0] != "改了"
    other = tmp_path / "other.zip"
    assert run("db", "backup", str(other), "--data-dir", str(school_db.paths.root))[0] == EXIT_OK
    code, _out, err = run("db", "restore", str(other), "--data-dir", str(demo.root), "--yes")
    assert code == EXIT_ERROR and "另一所学校" in err
    cut = tmp_path / "cut.zip"
    cut.write_bytes(target.read_bytes()[:1000])
    code, _out, err = run("db", "verify-backup", str(cut))
    assert code == EXIT_ERROR and "截断" in err
