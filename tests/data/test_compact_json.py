"""JSON columns are stored compactly (UTF-8 as it is, no spaces), and revision 0019 rewrites older rows so."""

from __future__ import annotations

import json

from sqlmodel import select

from app import audit
from app.accounts import SYSTEM
from app.data.db import alembic_config, open_database
from app.data.models import AuditEntry
from tests.conftest import raw_connect

BEFORE = {"姓名": "张三", "mark": "absent", "标记": "旷课(无故缺勤)", "n": [1, 2.5, None, True]}
AFTER = {"12": {"姓名": "李四", "note": "家长说:\"发烧\""}}


def _raw(paths, sql: str, *args):
    con = raw_connect(paths)
    try:
        rows = con.execute(sql, args).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


def test_new_json_values_are_stored_without_escapes_or_spaces_and_read_back_the_same(paths):
    db = open_database(paths)
    with db.transaction() as s:
        audit.record(s, SYSTEM, "test.json", "student", 1, before=BEFORE, after=AFTER, changed_only=False)
    (before, after), = _raw(paths, 'SELECT "before", "after" FROM audit_entry WHERE action = ?', "test.json")
    assert before == json.dumps(BEFORE, ensure_ascii=False, separators=(",", ":"))
    assert "\\u" not in before + after and ", " not in before and '": ' not in after
    with db.session() as s:
        e = s.exec(select(AuditEntry).where(AuditEntry.action == "test.json")).one()
        assert (e.before, e.after) == (BEFORE, AFTER)
    db.close()


def test_revision_0019_rewrites_the_values_stored_before_it(paths):
    db = open_database(paths)
    with db.transaction() as s:
        audit.record(s, SYSTEM, "test.json", "student", 1, before=BEFORE, after=AFTER, changed_only=False)
    from alembic import command

    command.downgrade(alembic_config(db.engine), "0018")  # the file as it was before revision 0019
    db.close()
    # as an older program wrote them: \uXXXX escapes and spaces
    _raw(paths, 'UPDATE audit_entry SET "before" = ?, "after" = ? WHERE action = ?', json.dumps(BEFORE),
         json.dumps(AFTER), "test.json")
    assert "\\u59d3" in _raw(paths, 'SELECT "before" FROM audit_entry WHERE action = ?', "test.json")[0][0]

    db = open_database(paths)  # upgrades 0018 → head
    (before, after), = _raw(paths, 'SELECT "before", "after" FROM audit_entry WHERE action = ?', "test.json")
    assert before == json.dumps(BEFORE, ensure_ascii=False, separators=(",", ":"))
    assert after == json.dumps(AFTER, ensure_ascii=False, separators=(",", ":"))
    with db.session() as s:
        e = s.exec(select(AuditEntry).where(AuditEntry.action == "test.json")).one()
        assert (e.before, e.after) == (BEFORE, AFTER)
    assert list(paths.backups.glob("*before-00*"))  # the file was copied before the upgrade
    db.close()
