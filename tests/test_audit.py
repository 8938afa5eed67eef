"""The audit log: entries in the same transaction as the change, filters, permission."""

from __future__ import annotations

import pytest
from sqlmodel import func, select

from app import audit, school
from app.data.models import AuditEntry
from app.errors import PermissionDenied
from tests.conftest import TODAY


def test_entry_commits_and_rolls_back_with_its_change(school_db):
    admin = school_db.actors["admin"]
    with school_db.transaction() as s:
        n = s.exec(select(func.count()).select_from(AuditEntry)).one()
    with pytest.raises(RuntimeError):
        with school_db.transaction() as s:
            school.create_staff(s, admin, "钱老师")
            raise RuntimeError("power cut")
    with school_db.transaction() as s:
        assert s.exec(select(func.count()).select_from(AuditEntry)).one() == n


def test_query_filters_and_permission(school_db):
    admin, wang = school_db.actors["admin"], school_db.actors["wang"]
    with school_db.transaction() as s:
        school.create_staff(s, admin, "钱老师")
        rows = audit.query(s, admin, action="staff.create")
        assert rows and all(r.action == "staff.create" for r in rows)
        assert rows[0].summary == "新增教职工 钱老师" and rows[0].username == "admin"
        assert audit.query(s, admin, text="钱老师")[0].after["name"] == "钱老师"
        assert "account.login" in audit.actions(s)
        assert len(audit.query(s, admin, limit=2)) == 2
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            audit.query(s, wang)


def test_diff_keeps_only_changes():
    before, after = audit.diff({"a": 1, "b": 2}, {"a": 1, "b": 3})
    assert before == {"b": 2} and after == {"b": 3}


def test_the_log_names_people_not_only_logins(school_db):
    """Issue #15 item 8: a history shows who did it by name (王老师), with the login beside it."""
    from app import attendance

    wang = school_db.actors["wang"]
    with school_db.transaction() as s:
        attendance.open_roll_call(s, wang, school_db.class_ids["三年级(1)班"], TODAY, "day", today=TODAY)
    with school_db.transaction() as s:
        row = next(r for r in audit.query(s, school_db.actors["admin"]) if r.username == "wang")
        system = audit.query(s, school_db.actors["admin"], username="system")
    assert (row.name, row.who) == ("王老师", "王老师 (wang)")
    assert all(r.name == "" and r.who == "system" for r in system)
