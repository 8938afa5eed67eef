"""Encryption at rest (issue #14 item 4): the school database and its backups are SQLCipher files whose key
is wrapped by each account's password and by the recovery key (app.data.keyring).

The defect reproduced: the database and the backups were plain SQLite (every ID number and phone
readable with any SQLite tool), files 0644.
"""

from __future__ import annotations

import json
import sqlite3
import stat
import sys
import zipfile

import pytest
from sqlmodel import select

from app import accounts, backup
from app.accounts import SYSTEM, authenticate, change_password, create_user, make_recovery_key, reset_with_recovery
from app.cli import EXIT_OK, main
from app.data import db as dbmod
from app.data import keyring
from app.data.db import (DatabaseLocked, database_state, encrypt_database, make_engine, open_database,
                         unlock_database, unlock_with_recovery)
from app.data.models import Student, User
from app.errors import PermissionDenied
from app.paths import DataPaths
from tests.conftest import ADMIN_PASSWORD, make_student_input
from tests.documents.conftest import assert_official_punctuation

C3 = "三年级(1)班"
NAME = "欧阳明珠"


@pytest.fixture
def pupil(school_db):
    from app.students import create_student

    with school_db.transaction() as s:
        sid = create_student(s, school_db.actors["admin"], make_student_input(school_db.class_ids[C3], name=NAME))
        rid = s.get(Student, sid).id_number
    return rid


def _secrets_in(data: bytes, rid: str) -> list[str]:
    """The personal data found in clear in ``data`` (UTF-8 and GB18030 spellings of the name, the ID number)."""
    found = []
    for label, needle in (("name", NAME.encode("utf-8")), ("name-gbk", NAME.encode("gb18030")),
                          ("id", rid.encode("ascii")), ("id-utf16", rid.encode("utf-16-le")),
                          ("phone", b"13912345678"), ("table", b"CREATE TABLE")):
        if needle in data:
            found.append(label)
    return found


def _folder_bytes(root) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and "attachments" not in p.parts)


def test_the_database_file_holds_no_plaintext_and_is_owner_only(school_db, paths, pupil):
    school_db.close()  # everything checkpointed into the file
    data = paths.database.read_bytes()
    assert not data.startswith(b"SQLite format 3") and _secrets_in(data, pupil) == []
    # nothing else beside it gives the data or a key away either (keyring, sealed audit key, WAL)
    assert _secrets_in(_folder_bytes(paths.root), pupil) == []
    ring = json.loads(keyring.keyring_path(paths).read_text(encoding="utf-8"))
    assert ADMIN_PASSWORD not in json.dumps(ring) and set(ring["accounts"]) >= {"admin", "reg", "boss", "wang"}
    if sys.platform != "win32":
        for p in (paths.database, keyring.keyring_path(paths), paths.keys / "audit.key"):
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
        assert stat.S_IMODE(paths.root.stat().st_mode) & 0o077 == 0


def test_without_a_key_the_database_does_not_open(school_db, paths, pupil):
    school_db.close()
    con = sqlite3.connect(paths.database)  # any SQLite tool
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        con.execute("SELECT name FROM student").fetchall()
    con.close()
    keyring.forget_all()  # a new process: nothing opened yet
    with pytest.raises(DatabaseLocked):
        open_database(paths)
    wrong = dbmod.connect_raw(paths.database, keyring.new_key())
    with pytest.raises(Exception, match="not a database"):
        wrong.execute("SELECT count(*) FROM student").fetchall()
    wrong.close()


@pytest.mark.parametrize("username,password", [("admin", ADMIN_PASSWORD), ("wang", "teacher-pass"),
                                               ("reg", "registrar-pass"), ("boss", "principal-pass")])
def test_any_accounts_password_opens_it(school_db, paths, pupil, username, password):
    school_db.close()
    keyring.forget_all()
    db = unlock_database(paths, username, password)
    try:
        with db.transaction() as s:
            actor = authenticate(s, username, password)
            assert actor.username == username
            assert s.exec(select(Student.id_number)).first() == pupil
    finally:
        db.close()


def test_a_wrong_password_or_unknown_account_is_refused_cleanly(school_db, paths):
    school_db.close()
    keyring.forget_all()
    for username, password in (("admin", "wrong-pass"), ("nobody", ADMIN_PASSWORD), ("admin", "")):
        with pytest.raises(PermissionDenied, match="用户名或密码不正确"):
            unlock_database(paths, username, password)
    assert keyring.remembered_keys() == []  # nothing was opened


def test_password_change_new_account_and_deactivation_update_the_wrappers(school_db, paths):
    admin = school_db.actors["admin"]
    with school_db.transaction() as s:
        wang = s.exec(select(User).where(User.username == "wang")).one()
        change_password(s, admin, wang.id, "new-teacher-pass")
        create_user(s, admin, "qian", "qian-pass-1", {"teacher"})
        zhao = s.exec(select(User).where(User.username == "zhao")).one()
        accounts.set_active(s, admin, zhao.id, False)
    school_db.close()
    keyring.forget_all()
    ring = keyring.read(paths)
    assert len(ring.accounts["wang"]) == 1 and "zhao" not in ring.accounts
    with pytest.raises(PermissionDenied):
        unlock_database(paths, "wang", "teacher-pass")  # the old password no longer opens it
    with pytest.raises(PermissionDenied):
        unlock_database(paths, "zhao", "teacher-pass")  # nor a deactivated account
    unlock_database(paths, "wang", "new-teacher-pass").close()
    keyring.forget_all()
    unlock_database(paths, "qian", "qian-pass-1").close()


def test_a_rolled_back_password_change_keeps_the_old_wrapper(school_db, paths):
    admin = school_db.actors["admin"]
    with pytest.raises(RuntimeError):
        with school_db.transaction() as s:
            wang = s.exec(select(User).where(User.username == "wang")).one()
            change_password(s, admin, wang.id, "never-committed")
            raise RuntimeError("the operation fails after the wrapper was staged")
    school_db.close()
    keyring.forget_all()
    assert len(keyring.read(paths).accounts["wang"]) == 1
    with pytest.raises(PermissionDenied):
        unlock_database(paths, "wang", "never-committed")
    unlock_database(paths, "wang", "teacher-pass").close()


@pytest.mark.parametrize("committed", [False, True])
def test_a_crash_between_the_wrapper_and_the_commit_locks_nobody_out(school_db, paths, monkeypatch, committed):
    """The keyring is written before the commit with old + new; a crash (no after-commit/rollback step)
    leaves both; whichever state the database has, its password opens it, and the next opening tidies up."""
    admin = school_db.actors["admin"]
    monkeypatch.setattr(keyring, "_settle", lambda session, committed: None)  # the process dies here
    session = school_db.session()
    wang = session.exec(select(User).where(User.username == "wang")).one()
    change_password(session, admin, wang.id, "new-teacher-pass")
    session.flush()
    assert len(keyring.read(paths).accounts["wang"]) == 2  # both open it while the operation is under way
    if committed:
        session.commit()
    session.close()  # not committed: SQLite drops the transaction, as after a power cut
    school_db.close()
    monkeypatch.undo()
    keyring.forget_all()
    good, bad = ("new-teacher-pass", "teacher-pass") if committed else ("teacher-pass", "new-teacher-pass")
    db = unlock_database(paths, "wang", good)
    try:
        with db.transaction() as s:
            assert authenticate(s, "wang", good).username == "wang"
    finally:
        db.close()
    ring = keyring.read(paths)
    assert len(ring.accounts["wang"]) == 1  # reconciled at the opening
    keyring.forget_all()
    with pytest.raises(PermissionDenied):
        unlock_database(paths, "wang", bad)


def test_the_backup_zip_holds_no_plaintext_and_restores(school_db, paths, pupil, tmp_path):
    info = backup.create_backup(paths, tmp_path / "usb" / "b.zip")
    with zipfile.ZipFile(info.path) as zf:
        names = zf.namelist()
        assert backup.KEYRING_MEMBER in names and info.encrypted
        blob = b"".join(zf.read(n) for n in names if not n.startswith("attachments/"))
    assert _secrets_in(blob, pupil) == [] and _secrets_in(info.path.read_bytes(), pupil) == []
    with school_db.transaction() as s:
        s.exec(select(Student)).one().name = "改过的名字"
    school_db.close()
    result = backup.restore_backup(paths, info.path)
    db = open_database(paths)
    try:
        with db.session() as s:
            assert s.exec(select(Student.name)).one() == NAME
    finally:
        db.close()
    assert result.kept is not None and backup.read_backup(result.kept).encrypted


def test_a_backup_from_another_key_opens_with_a_password_of_its_time(school_db, paths, tmp_path):
    info = backup.create_backup(paths, tmp_path / "b.zip")
    school_db.close()
    keyring.forget_all()  # a new PC: an empty folder, nothing opened
    target = DataPaths(tmp_path / "new-pc")
    with pytest.raises(backup.BackupLocked, match="用户名和密码"):
        backup.restore_backup(target, info.path)
    assert not target.database.exists()
    backup.restore_backup(target, info.path, credentials=("reg", "registrar-pass"))
    keyring.forget_all()
    unlock_database(target, "admin", ADMIN_PASSWORD).close()


def test_the_recovery_key_opens_it_and_sets_a_new_password(school_db, paths):
    with school_db.transaction() as s:
        code = make_recovery_key(s, school_db.actors["boss"])
    with school_db.transaction() as s:
        with pytest.raises(PermissionDenied):
            make_recovery_key(s, school_db.actors["wang"])  # a teacher may not
    school_db.close()
    keyring.forget_all()
    with pytest.raises(PermissionDenied, match="恢复密钥不正确"):
        unlock_with_recovery(paths, keyring.new_recovery_code())
    db = unlock_with_recovery(paths, code.lower().replace("-", " "))  # as typed from the sheet
    try:
        with db.transaction() as s:
            with pytest.raises(PermissionDenied):
                reset_with_recovery(s, keyring.new_recovery_code(), "admin", "brand-new-pass")
        with db.transaction() as s:
            reset_with_recovery(s, code, "admin", "brand-new-pass")
    finally:
        db.close()
    keyring.forget_all()
    db = unlock_database(paths, "admin", "brand-new-pass")
    try:
        with db.transaction() as s:
            authenticate(s, "admin", "brand-new-pass")
            from app.data.models import AuditEntry

            assert s.exec(select(AuditEntry.username).where(AuditEntry.action == "account.recover")).one() == "恢复密钥"
    finally:
        db.close()


def test_the_cli_recovers_with_the_key_and_needs_a_login_for_an_encrypted_database(school_db, paths, monkeypatch,
                                                                                   capsys):
    with school_db.transaction() as s:
        code = make_recovery_key(s, school_db.actors["admin"])
    school_db.close()
    keyring.forget_all()
    assert main(["db", "check", "--data-dir", str(paths.root)]) != EXIT_OK
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("BAOXUE_RECOVERY_KEY", code)
    monkeypatch.setenv("BAOXUE_NEW_PASSWORD", "cli-new-pass")
    assert main(["db", "recover", "--user", "reg", "--data-dir", str(paths.root)]) == EXIT_OK
    keyring.forget_all()
    monkeypatch.setenv("BAOXUE_PASSWORD", "cli-new-pass")
    assert main(["db", "check", "--user", "reg", "--data-dir", str(paths.root)]) == EXIT_OK
    assert "结论:正常" in capsys.readouterr().out


def test_the_recovery_sheet_is_a_chinese_pdf_never_saved_in_the_data_folder(school_db, paths, tmp_path):
    from app.documents.recovery import write_recovery_sheet
    from app.errors import ValidationError

    code = keyring.new_recovery_code()
    with pytest.raises(ValidationError, match="不能保存在数据目录"):
        write_recovery_sheet(paths.root / "printed" / "r.pdf", paths, school_name="测试县第一小学",
                             school_code="3161000123", code=code)
    (tmp_path / "usb").mkdir()
    pdf = write_recovery_sheet(tmp_path / "usb" / "r.pdf", paths, school_name="测试县第一小学",
                               school_code="3161000123", code=code)
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "数据库恢复密钥单" in text and code in text and "baoxue db recover" in text
    assert_official_punctuation(pdf)  # issue #15 item 7


def _plain_school(paths: DataPaths, pupil_name: str) -> dict[str, int]:
    """An older Baoxue's plain database with a school, accounts and a pupil (and a plain audit key)."""
    from app import school
    from app.students import create_student

    db = open_database(paths)  # made encrypted; turned back into the plain file an older version had
    with db.transaction() as s:
        school.setup_school(s, code="3161000123", name="测试县第一小学", county_code="610729", county_name="留坝县",
                            township="马道镇", admin_username="admin", admin_password=ADMIN_PASSWORD)
        cid = school.create_class(s, SYSTEM, C3, 3)
        create_user(s, SYSTEM, "reg", "registrar-pass", {"registrar"})
        create_student(s, SYSTEM, make_student_input(cid, name=pupil_name))
    key = keyring.key_of(db.engine)
    with db.session() as s:
        from app import audit

        chain_key = audit.chain_key(s)
    db.close()
    plain = paths.root / "plain.sqlite3"
    con = dbmod.connect_raw(paths.database, key)
    con.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    con.execute("SELECT sqlcipher_export('plain')")
    con.execute("PRAGMA plain.user_version = 0")
    con.execute("DETACH DATABASE plain")
    con.close()
    for p in (paths.database, *dbmod._companions(paths.database), keyring.keyring_path(paths)):  # noqa: SLF001
        p.unlink(missing_ok=True)
    plain.replace(paths.database)
    (paths.keys / "audit.key").write_text(chain_key.hex() + "\n", encoding="ascii")
    keyring.forget_all()
    con = sqlite3.connect(paths.database)
    counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
              for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()}
    con.close()
    return counts


def test_a_plain_database_is_encrypted_with_a_backup_first_keeping_every_record(paths):
    before = _plain_school(paths, NAME)
    assert database_state(paths) == "plain"
    result = encrypt_database(paths)
    assert database_state(paths) == "encrypted"
    copy = sqlite3.connect(result.backup)  # the plain copy made first holds everything
    assert copy.execute("SELECT name FROM student").fetchone()[0] == NAME
    copy.close()
    assert result.plain_backups == [result.backup]
    con = dbmod.connect_raw(paths.database, result.key)
    after = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in before}
    con.close()
    assert after == before and NAME.encode("utf-8") not in paths.database.read_bytes()
    sealed = (paths.keys / "audit.key").read_text(encoding="ascii")
    assert keyring.is_sealed(sealed)
    keyring.forget_all()
    db = unlock_database(paths, "reg", "registrar-pass")  # every account keeps its password (a wrapper from its hash)
    try:
        with db.transaction() as s:
            authenticate(s, "reg", "registrar-pass")
        from app import audit

        with db.session() as s:
            assert audit.verify_chain(s).ok  # the chain's key came through sealed
    finally:
        db.close()
    assert keyring.wrapper_kind(paths, "reg") == "password"  # the first login replaced the wrapper from the hash


def test_the_first_start_of_the_new_version_encrypts_and_the_cli_can_drop_plain_backups(paths, monkeypatch, capsys):
    _plain_school(paths, NAME)
    db = open_database(paths)  # the window's or any command's first opening
    assert db.encrypted
    db.close()
    assert dbmod.plain_backups(paths)
    keyring.forget_all()
    monkeypatch.setenv("BAOXUE_PASSWORD", ADMIN_PASSWORD)
    assert main(["db", "encrypt", "--data-dir", str(paths.root), "--user", "admin", "--delete-plain-backups"]) == EXIT_OK
    assert "删除了 1 个未加密的旧备份" in capsys.readouterr().out
    assert dbmod.plain_backups(paths) == []


def test_an_interrupted_encryption_starts_again_from_the_plain_file(paths, monkeypatch):
    _plain_school(paths, NAME)
    real_replace = dbmod.os.replace

    def crash(src, dst):
        if str(dst) == str(paths.database):
            raise OSError("power cut")
        return real_replace(src, dst)

    monkeypatch.setattr(dbmod.os, "replace", crash)
    with pytest.raises(OSError):
        encrypt_database(paths)
    monkeypatch.undo()
    assert database_state(paths) == "plain" and keyring.keyring_path(paths).exists()  # the keyring went first
    keyring.forget_all()
    db = open_database(paths)
    try:
        with db.session() as s:
            assert s.exec(select(Student.name)).one() == NAME
    finally:
        db.close()


def test_a_new_database_nobody_was_given_is_set_aside_and_made_anew(paths):
    open_database(paths).close()  # a wizard cancelled before the school (and its first account) was saved
    keyring.forget_all()
    db = open_database(paths)
    db.close()
    assert list(paths.backups.glob("unopenable-*"))


def test_the_sqlcipher_engine_is_sqlalchemys_pysqlcipher_dialect(db):
    assert db.engine.dialect.driver == "pysqlcipher" and "x'" not in repr(db.engine.url)
    other = make_engine(db.paths.database, key=keyring.key_of(db.engine))
    with other.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    other.dispose()
