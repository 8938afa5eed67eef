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
