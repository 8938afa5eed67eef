"""The audit log: entries in the same transaction as the change, filters, permission."""

from __future__ import annotations

import re

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


# --- the entries in the user's language -----------------------------------------------------------------


def _recorded_actions() -> set[str]:
    """Every action code the services record: the literal third argument of ``audit.record(…)``, the
    ``action=`` of ``record_many``'s entries, and the codes built from tables (approvals, alerts)."""
    import ast
    from pathlib import Path

    from app.approvals.common import ACTIONS
    from app.attendance.alerts import _AUDIT_ACTION as ALERT_ACTIONS  # noqa: PLC2701 (the table the code uses)

    codes: set[str] = set()
    entities: set[str] = set()
    built = []
    for path in sorted(Path(audit.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == "record" and len(node.args) >= 3 and isinstance(node.func, ast.Attribute) \
                    and getattr(node.func.value, "id", "") == "audit":
                if len(node.args) >= 4 and isinstance(node.args[3], ast.Constant):
                    entities.add(node.args[3].value)
                arg = node.args[2]
                if isinstance(arg, ast.Constant):
                    codes.add(arg.value)
                else:
                    built.append(ast.unparse(arg))
            if name == "dict":
                for kw in node.keywords:
                    if kw.arg == "action" and isinstance(kw.value, ast.Constant) and "." in kw.value.value:
                        codes.add(kw.value.value)
    assert sorted(built) == ["_AUDIT_ACTION[action]", "f'approval.{action}'"], "a new way of naming an action"
    codes |= {f"approval.{a}" for a in ACTIONS} | set(ALERT_ACTIONS.values())
    assert len(codes) > 60 and len(entities) > 25  # the pass finds the call sites
    return codes, entities


def test_every_recorded_action_has_its_label_and_description_in_both_languages():
    from app.messages import catalog

    table = catalog()
    actions, entities = _recorded_actions()
    wanted = [audit.action_code(kind, a) for a in actions for kind in ("label", "summary")]
    wanted += [f"audit.entity__{e}" for e in entities]
    missing = sorted(code for code in wanted if not {"zh_CN", "en"} <= set(table.get(code, {})))
    assert missing == []


def test_an_entry_is_described_in_english_from_its_stored_fields_and_chinese_stays_as_stored():
    row = audit.AuditRow(7, TODAY, "wang", "student.status", "student", 12, "马月妍:在校 → 辍学(随父母务工)",
                         {"status": "in_school"}, {"status": "dropout"})
    assert row.described("zh_CN") == row.summary
    assert row.described("en") == "Student #12: in school → dropped out"
    assert audit.action_text("student.status", "en") == "Student status change"
    assert audit.action_text("student.status", "zh_CN") == "学籍变动"
    # a field the template names but the entry lacks: the action's label, never a half-filled sentence
    bare = audit.AuditRow(8, TODAY, "wang", "alert.raise", "absence_alert", 3, "某某 连续无故缺勤", None, {})
    assert bare.described("en") == "Absence alert #3"
    # an action the table lacks: its stored summary, and its code as its label
    other = audit.AuditRow(9, TODAY, "wang", "someday.new", "thing", None, "新的操作", None, None)
    assert other.described("en") == "新的操作"
    assert audit.action_text("someday.new", "en") == "someday.new"
    assert (audit.entity_text("pledge", "en"), audit.entity_text("pledge", "zh_CN")) == ("Pledge", "责任书")
    assert audit.entity_text("someday_thing", "en") == "someday_thing"


def test_the_entries_of_a_school_are_described_in_english_with_only_typed_chinese(school_db):
    admin = school_db.actors["admin"]
    with school_db.transaction() as s:
        school.create_staff(s, admin, "钱老师")
        rows = audit.query(s, admin)
    assert {r.action for r in rows} >= {"staff.create", "account.login"}
    for row in rows:
        text = row.described("en")
        for side in (row.before or {}, row.after or {}):  # the values stored with the entry are the school's data
            for value in side.values():
                if isinstance(value, str) and value:
                    text = text.replace(value, "")
        assert text and not re.search(r"[\u4e00-\u9fff]", text), (row.action, row.described("en"))
    assert next(r for r in rows if r.action == "staff.create").described("en") == "New staff member 钱老师"
