"""Accounts: password hashing, login, roles, and the permission checks in the services."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app import accounts, students
from app.accounts import ROLES, authenticate, create_user, hash_password, verify_password
from app.data.models import AuditEntry, User
from app.errors import PermissionDenied, ValidationError
from tests.conftest import ADMIN_PASSWORD, make_student_input


@pytest.mark.real_scrypt
def test_hash_is_salted_slow_and_verifies():
    h1, h2 = hash_password("秘密password"), hash_password("秘密password")
    assert h1 != h2, "each hash must have its own salt"
    assert h1.startswith("scrypt$")
    n = int(h1.split("$")[1])
    assert n >= 2**14, "the work factor must be slow enough"
    assert verify_password("秘密password", h1)
    assert not verify_password("秘密Password", h1)
    assert not verify_password("x", "garbage")


def test_login_success_failure_and_audit(school_db):
    with school_db.transaction() as s:
        actor = authenticate(s, "admin", ADMIN_PASSWORD)
    assert actor.roles == frozenset({"admin"})
    with pytest.raises(PermissionDenied, match="用户名或密码不正确"):
        with school_db.transaction() as s:
            authenticate(s, "admin", "wrong")
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            authenticate(s, "nobody", "wrong")
    with school_db.transaction() as s:
        logins = s.exec(select(AuditEntry).where(AuditEntry.action == "account.login")).all()
        assert logins, "a login is audited"


def test_password_never_stored_in_clear_or_in_audit(school_db):
    with school_db.transaction() as s:
        for u in s.exec(select(User)):
            assert "pass" not in u.password_hash
        for e in s.exec(select(AuditEntry)):
            assert "password_hash" not in (e.after or {})


def test_disabled_user_cannot_log_in(school_db):
    admin = school_db.actors["admin"]
    with school_db.transaction() as s:
        uid = s.exec(select(User.id).where(User.username == "zhao")).one()
        accounts.set_active(s, admin, uid, False)
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            authenticate(s, "zhao", "teacher-pass")


@pytest.mark.parametrize("who", ["wang", "zhao", "reg", "boss"])
def test_only_admin_manages_accounts(school_db, who):
    with pytest.raises(PermissionDenied, match="管理账户"):
        with school_db.transaction() as s:
            create_user(s, school_db.actors[who], "newbie", "secret123", {"teacher"})


def test_account_validation_messages(school_db):
    admin = school_db.actors["admin"]
    with pytest.raises(ValidationError, match="已被使用"):
        with school_db.transaction() as s:
            create_user(s, admin, "wang", "secret123", {"teacher"})
    with pytest.raises(ValidationError, match="至少需要"):
        with school_db.transaction() as s:
            create_user(s, admin, "newbie", "123", {"teacher"})
    with pytest.raises(ValidationError, match="未知的角色"):
        with school_db.transaction() as s:
            create_user(s, admin, "newbie", "secret123", {"janitor"})


def test_admin_cannot_lock_themselves_out(school_db):
    admin = school_db.actors["admin"]
    with pytest.raises(ValidationError):
        with school_db.transaction() as s:
            accounts.set_roles(s, admin, admin.user_id, {"teacher"})
    with pytest.raises(ValidationError):
        with school_db.transaction() as s:
            accounts.set_active(s, admin, admin.user_id, False)


def test_change_own_password_needs_old_one(school_db):
    wang = school_db.actors["wang"]
    with pytest.raises(ValidationError, match="原密码"):
        with school_db.transaction() as s:
            accounts.change_password(s, wang, wang.user_id, "new-pass-1", old_password="bad")
    with school_db.transaction() as s:
        accounts.change_password(s, wang, wang.user_id, "new-pass-1", old_password="teacher-pass")
    with school_db.transaction() as s:
        assert authenticate(s, "wang", "new-pass-1").username == "wang"


def test_class_teacher_sees_and_edits_only_own_class(school_db):
    c3, c4 = school_db.class_ids["三年级(1)班"], school_db.class_ids["四年级(1)班"]
    reg = school_db.actors["reg"]
    with school_db.transaction() as s:
        a = students.create_student(s, reg, make_student_input(c3, name="张三", seq=11))
        b = students.create_student(s, reg, make_student_input(c4, name="李四", seq=13))
    wang, li = school_db.actors["wang"], school_db.actors["li"]
    with school_db.transaction() as s:
        assert [r.name for r in students.search(s, wang)] == ["张三"]
        assert [r.name for r in students.search(s, li)] == ["李四"]
        inp = students.input_of(s, wang, a)
        inp.address = "马道村一组"
        students.update_student(s, wang, a, inp)
    # Calling the service directly for another class's student is refused.
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            inp = students.input_of(s, reg, b)
            inp.address = "偷改"
            students.update_student(s, wang, b, inp)
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            students.get_detail(s, wang, b)
    # Nor may a class teacher move a child into a class they do not hold.
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            inp = students.input_of(s, wang, a)
            inp.class_id = c4
            students.update_student(s, wang, a, inp)


def test_subject_teacher_edits_taught_class_but_cannot_create(school_db):
    c3 = school_db.class_ids["三年级(1)班"]
    reg, zhao = school_db.actors["reg"], school_db.actors["zhao"]
    with school_db.transaction() as s:
        sid = students.create_student(s, reg, make_student_input(c3, seq=21))
    with school_db.transaction() as s:
        assert len(students.search(s, zhao)) == 1
    with pytest.raises(PermissionDenied, match="新增学生"):
        with school_db.transaction() as s:
            students.create_student(s, zhao, make_student_input(c3, seq=23, name="王五"))
    with pytest.raises(PermissionDenied, match="变更学籍状态"):
        with school_db.transaction() as s:
            from datetime import date

            students.record_status_change(s, zhao, sid, "23", date(2026, 10, 1))


def test_principal_views_all_but_cannot_edit(school_db):
    c3 = school_db.class_ids["三年级(1)班"]
    with school_db.transaction() as s:
        sid = students.create_student(s, school_db.actors["reg"], make_student_input(c3, seq=31))
    boss = school_db.actors["boss"]
    with school_db.transaction() as s:
        assert len(students.search(s, boss)) == 1
        inp = students.input_of(s, boss, sid)
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            students.update_student(s, boss, sid, inp)


def test_roles_have_chinese_labels():
    assert set(ROLES) == {"teacher", "class_teacher", "registrar", "principal", "admin"}
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in label) for label in ROLES.values())


# --- lockout after repeated failures (issue #14, item 6) ------------------------------------------

def _failed_logins(db, username):
    with db.session() as s:
        return s.exec(select(User).where(User.username == username)).one()


def _try(db, username, password, now):
    with db.transaction() as s:
        return authenticate(s, username, password, now=now)


def test_failed_logins_are_counted_and_audited_though_the_login_rolls_back(school_db):
    from datetime import datetime
    now = datetime(2026, 12, 2, 8, 0)
    for _ in range(3):
        with pytest.raises(PermissionDenied):
            _try(school_db, "zhao", "wrong", now)
    assert _failed_logins(school_db, "zhao").failed_logins == 3
    with school_db.session() as s:
        failed = s.exec(select(AuditEntry).where(AuditEntry.action == "account.login_failed")).all()
    assert len(failed) == 3 and all(e.entity_id == _failed_logins(school_db, "zhao").id for e in failed)
    _try(school_db, "zhao", "teacher-pass", now)
    assert _failed_logins(school_db, "zhao").failed_logins == 0


def test_thirty_wrong_passwords_lock_the_account_and_the_right_one_waits(school_db):
    """Reproduces the defect: 30 wrong passwords, then the right one worked and the counter stayed 0."""
    from datetime import datetime, timedelta
    now = datetime(2026, 12, 2, 8, 0)
    messages = []
    for i in range(30):
        with pytest.raises(PermissionDenied) as err:
            _try(school_db, "zhao", f"wrong-{i}", now + timedelta(seconds=i))
        messages.append(str(err.value))
    user = _failed_logins(school_db, "zhao")
    assert user.failed_logins == accounts.LOCKOUT_AFTER, "attempts while locked are refused without counting"
    assert user.locked_until is not None
    with pytest.raises(accounts.AccountLocked) as err:
        _try(school_db, "zhao", "teacher-pass", now + timedelta(seconds=31))
    assert "分钟" in str(err.value) and "管理员" in str(err.value), "the message says how long to wait and who can unlock"
    assert err.value.wait_seconds > 0
    # after the wait the right password works again and clears the counter
    _try(school_db, "zhao", "teacher-pass", user.locked_until + timedelta(seconds=1))
    assert _failed_logins(school_db, "zhao").failed_logins == 0
    assert _failed_logins(school_db, "zhao").locked_until is None


def test_lockout_backs_off_each_time_it_is_hit_again(school_db):
    from datetime import datetime, timedelta
    now = datetime(2026, 12, 2, 8, 0)
    waits = []
    for _round in range(4):
        for _ in range(accounts.LOCKOUT_AFTER if not waits else 1):
            with pytest.raises(PermissionDenied):
                _try(school_db, "zhao", "wrong", now)
        user = _failed_logins(school_db, "zhao")
        waits.append(user.locked_until.replace(tzinfo=None) - now)
        now = user.locked_until.replace(tzinfo=None) + timedelta(seconds=1)
    assert waits == sorted(waits) and waits[0] < waits[-1], waits
    assert waits[-1] <= timedelta(minutes=accounts.LOCKOUT_MAX_MINUTES)


def test_admin_unlocks_and_unlock_is_audited(school_db):
    from datetime import datetime
    now = datetime.now()
    for _ in range(accounts.LOCKOUT_AFTER):
        with pytest.raises(PermissionDenied):
            _try(school_db, "zhao", "wrong", now)
    uid = _failed_logins(school_db, "zhao").id
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            accounts.unlock_user(s, school_db.actors["wang"], uid)
    with school_db.transaction() as s:
        info = accounts.unlock_user(s, school_db.actors["admin"], uid)
    assert info.locked_until is None
    _try(school_db, "zhao", "teacher-pass", now)
    with school_db.session() as s:
        assert s.exec(select(AuditEntry).where(AuditEntry.action == "account.unlock")).all()


def test_unknown_user_gets_the_same_message_and_no_row(school_db):
    from datetime import datetime
    with pytest.raises(PermissionDenied, match="用户名或密码不正确"):
        _try(school_db, "nobody", "wrong", datetime.now())
