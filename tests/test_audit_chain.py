"""The tamper-evident audit log (issue #14 item 5): each entry chained to the one before by a keyed hash.

The defect reproduced: with sqlite3 alone a pupil was renamed, audit entries edited or deleted and the
registrar promoted to admin, and ``db check`` still said 正常. Now the chain names the first broken
entry, and logins take their roles from the chain, not from the editable row.
"""

from __future__ import annotations

import stat
import sys
import threading
from datetime import datetime, timedelta, timezone

import pytest
from alembic import command
from sqlmodel import select

from app import accounts, audit, school
from app.accounts import SYSTEM, authenticate, create_user, set_active, set_roles
from app.cli import EXIT_ERROR, EXIT_OK, main
from app.data.db import alembic_config, make_engine, open_database
from app.data.models import AuditEntry, User
from app.errors import PermissionDenied
from tests.conftest import ADMIN_PASSWORD, make_student_input, raw_connect

C3 = "三年级(1)班"


def _sql(paths, statement: str, *params) -> None:
    """What an insider does with the sqlite3 tool, outside the program."""
    con = raw_connect(paths)
    try:
        con.execute(statement, params)
        con.commit()
    finally:
        con.close()


def _check(db) -> audit.ChainCheck:
    with db.session() as s:
        return audit.verify_chain(s)


def _db_check(paths, monkeypatch, capsys) -> tuple[int, str]:
    code = main(["db", "check", "--data-dir", str(paths.root)])
    return code, capsys.readouterr().out


def _entry(db, action: str) -> AuditEntry:
    with db.session() as s:
        return s.exec(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)).first()


def test_every_entry_is_chained_and_the_whole_log_verifies(school_db, paths):
    with school_db.transaction() as s:
        school.create_staff(s, school_db.actors["admin"], "钱老师")
        school.create_staff(s, school_db.actors["admin"], "孙老师")
    with school_db.session() as s:
        rows = s.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert rows and all(r.chain_hash and len(r.chain_hash) == 64 for r in rows)
    assert [r.id for r in rows] == list(range(1, len(rows) + 1))
    assert len({r.chain_hash for r in rows}) == len(rows)
    check = _check(school_db)
    assert check.ok and check.entries == len(rows) and check.head_id == rows[-1].id
    assert check.head_hash == rows[-1].chain_hash


def test_key_is_made_at_first_use_owner_only(school_db, paths):
    key = paths.keys / audit.KEY_FILE
    # sealed under the database key (issue #14 item 4): the chain's key is not in clear beside the database
    with school_db.session() as s:
        chain_key = audit.chain_key(s)
    text = key.read_text()
    assert key.is_file() and text.startswith("baoxue-keyring-1 ") and chain_key.hex() not in text
    if sys.platform != "win32":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.keys.stat().st_mode) & 0o077 == 0


def test_renamed_pupil_and_edited_entry_are_named_by_db_check(school_db, paths, monkeypatch, capsys):
    with school_db.transaction() as s:
        from app.students import create_student

        sid = create_student(s, school_db.actors["admin"], make_student_input(school_db.class_ids[C3]))
    assert _db_check(paths, monkeypatch, capsys)[0] == EXIT_OK
    created = _entry(school_db, "student.create")
    # the insider renames the pupil and makes the audit entry say so
    _sql(paths, "UPDATE student SET name='李四' WHERE id=?", sid)
    _sql(paths, "UPDATE audit_entry SET after=replace(after, '张三', '李四'), summary=replace(summary, '张三', '李四') "
                "WHERE id=?", created.id)
    check = _check(school_db)
    assert not check.ok and check.broken.id == created.id and check.broken.action == "student.create"
    code, out = _db_check(paths, monkeypatch, capsys)
    assert code == EXIT_ERROR and "结论:有问题" in out
    assert f"第 {created.id} 条" in out and "student.create" in out and created.at.strftime("%Y-%m-%d") in out


def test_deleted_entry_is_named_with_the_gap(school_db, paths):
    with school_db.transaction() as s:
        for name in ("钱老师", "孙老师", "周老师"):
            school.create_staff(s, school_db.actors["admin"], name)
    victim = _entry(school_db, "staff.create").id
    _sql(paths, "DELETE FROM audit_entry WHERE id=?", victim + 1)
    check = _check(school_db)
    assert check.broken.id == victim + 2 and f"第 {victim + 1} 条不见了" in check.broken.reason


def test_entry_inserted_by_hand_is_named(school_db, paths):
    _sql(paths, "INSERT INTO audit_entry (at, username, action, entity, summary) "
                "VALUES ('2026-11-27 08:00:00.000000', 'admin', 'student.delete', 'student', '删除学生')")
    check = _check(school_db)
    assert check.broken.action == "student.delete" and "没有校验值" in check.broken.reason


def test_recomputing_a_hash_without_the_key_does_not_help(school_db, paths):
    """An attacker who knows the format but not the key cannot make an edited entry match."""
    import hashlib

    e = _entry(school_db, "staff.create")
    with school_db.session() as s:
        prev = s.exec(select(AuditEntry.chain_hash).where(AuditEntry.id == e.id - 1)).one()
    data = audit.canonical(e.id, e.at, e.user_id, "admin", e.action, e.entity, e.entity_id, "改过的", e.before, e.after)
    forged = hashlib.sha256(prev.encode() + b"\n" + data).hexdigest()
    _sql(paths, "UPDATE audit_entry SET username='admin', summary='改过的', chain_hash=? WHERE id=?", forged, e.id)
    assert _check(school_db).broken.id == e.id


def test_promoted_registrar_gets_no_admin_rights_and_db_check_says_so(school_db, paths, monkeypatch, capsys):
    _sql(paths, "UPDATE user_account SET roles='admin,registrar' WHERE username='reg'")
    with school_db.transaction() as s:
        reg = authenticate(s, "reg", "registrar-pass")
    assert reg.roles == frozenset({"registrar"}) and not reg.has("account.manage")
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            create_user(s, reg, "mole", "secret123", {"admin"})
    assert _check(school_db).ok  # the log itself was not touched
    code, out = _db_check(paths, monkeypatch, capsys)
    assert code == EXIT_ERROR and "账户 reg" in out and "admin,registrar" in out and "只按操作日志的角色" in out


def test_editing_the_role_entry_too_breaks_the_chain_and_the_login(school_db, paths, monkeypatch, capsys):
    with school_db.session() as s:
        made = s.exec(select(AuditEntry).where(AuditEntry.action == "account.create",
                                               AuditEntry.summary.contains("reg"))).one()
    _sql(paths, "UPDATE user_account SET roles='admin' WHERE username='reg'")
    _sql(paths, "UPDATE audit_entry SET after=replace(after, '\"registrar\"', '\"admin\"') WHERE id=?", made.id)
    with pytest.raises(PermissionDenied, match="无法核实"):
        with school_db.transaction() as s:
            authenticate(s, "reg", "registrar-pass")
    assert _check(school_db).broken.id == made.id
    code, out = _db_check(paths, monkeypatch, capsys)
    assert code == EXIT_ERROR and f"第 {made.id} 条" in out


def test_role_changes_through_the_program_are_what_logins_get(school_db):
    admin = school_db.actors["admin"]
    with school_db.transaction() as s:
        uid = s.exec(select(User.id).where(User.username == "reg")).one()
        set_roles(s, admin, uid, {"registrar", "principal"})
    with school_db.transaction() as s:
        assert authenticate(s, "reg", "registrar-pass").roles == frozenset({"registrar", "principal"})
        assert accounts.check_accounts(s) == []


def test_reactivated_row_of_a_disabled_account_does_not_log_in(school_db, paths):
    admin = school_db.actors["admin"]
    with school_db.transaction() as s:
        uid = s.exec(select(User.id).where(User.username == "zhao")).one()
        set_active(s, admin, uid, False)
    _sql(paths, "UPDATE user_account SET active=1 WHERE username='zhao'")
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            authenticate(s, "zhao", "teacher-pass")
    with school_db.session() as s:
        assert any("zhao" in p and "停用" in p for p in accounts.check_accounts(s))


def test_missing_key_is_reported_and_nothing_is_recorded(school_db, paths, monkeypatch, capsys):
    (paths.keys / audit.KEY_FILE).unlink()
    assert "找不到操作日志的密钥文件" in _check(school_db).problem
    with pytest.raises(audit.AuditKeyError, match="keys"):
        with school_db.transaction() as s:
            school.create_staff(s, SYSTEM, "钱老师")
    assert not (paths.keys / audit.KEY_FILE).exists()  # not silently replaced by a new key
    code, out = _db_check(paths, monkeypatch, capsys)
    assert code == EXIT_ERROR and "audit.key" in out


def test_backdated_entry_time_is_part_of_the_chain(school_db):
    then = datetime(2026, 9, 1, 7, 55, tzinfo=timezone(timedelta(hours=8)))
    with school_db.transaction() as s:
        audit.record(s, SYSTEM, "test.backdated", "school", 1, summary="补记", at=then)
    check = _check(school_db)
    assert check.ok
    with school_db.session() as s:
        e = s.exec(select(AuditEntry).where(AuditEntry.action == "test.backdated")).one()
    assert e.at == then  # the same instant, kept in UTC


def test_concurrent_writers_extend_one_chain(school_db, paths):
    """Two connections writing at once: the head is read and extended under the write lock."""
    other = open_database(paths)
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(db, tag: str) -> None:
        try:
            start.wait()
            for i in range(25):
                with db.transaction() as s:
                    s.exec(select(User.id)).all()  # a read first: the transaction began as a reader
                    audit.record(s, SYSTEM, "test.concurrent", "school", i, summary=f"{tag}{i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(d, t)) for d, t in ((school_db, "a"), (other, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert not errors
    check = _check(school_db)
    with school_db.session() as s:
        n = len(s.exec(select(AuditEntry.id).where(AuditEntry.action == "test.concurrent")).all())
    assert n == 50 and check.ok


def test_migration_chains_existing_entries_in_order_and_records_the_roles(paths):
    """A database of the version before the chain: its entries are chained and every account gets a baseline."""
    paths.root.mkdir(parents=True)
    engine = make_engine(paths.database)
    command.upgrade(alembic_config(engine), "0009")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO user_account (username, display_name, password_hash, roles, active, "
                             "must_change_password, failed_logins, created_at) VALUES ('admin', '', ?, 'admin', 1, 0, 0, "
                             "'2025-01-01 00:00:00.000000')", (accounts.hash_password(ADMIN_PASSWORD),))
        for i, action in enumerate(("school.setup", "account.create", "staff.create"), start=1):
            conn.exec_driver_sql("INSERT INTO audit_entry (id, at, username, action, entity, summary, after) "
                                 "VALUES (?, ?, 'system', ?, 'x', ?, '{\"n\": 1}')",
                                 (i * 2, f"2025-01-0{i} 08:00:00.000000", action, f"旧的第 {i} 条"))
    engine.dispose()
    db = open_database(paths)
    try:
        with db.session() as s:
            rows = s.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
            assert [r.action for r in rows] == ["school.setup", "account.create", "staff.create", "account.baseline"]
            assert rows[-1].after == {"roles": "admin", "active": True}
            assert audit.verify_chain(s).ok and accounts.check_accounts(s) == []
        with db.transaction() as s:
            assert authenticate(s, "admin", ADMIN_PASSWORD).roles == frozenset({"admin"})
        assert _check(db).ok
    finally:
        db.close()
