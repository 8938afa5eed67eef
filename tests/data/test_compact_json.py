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


def test_insert_many_stores_every_value_as_a_core_insert_does(paths):
    """app.data.db.insert_many (the driver's executemany) writes the same stored text as SQLAlchemy's Core insert:
    dates, booleans, JSON (null too), times, and the Python defaults of the columns left out."""
    from datetime import date, datetime, timezone

    from sqlalchemy import insert

    from app.data.db import core, insert_many
    from app.data.models import StatusChange, Student

    db = open_database(paths)
    at = datetime(2026, 11, 27, 8, 30, 15, 123456, tzinfo=timezone.utc)
    rows = [dict(id=i, name=name, sex="1", birth_date=date(2017, 3, 5), student_number=f"G61072920170305{i:04d}",
                 grade_level=3, enrolled_on=date(2023, 9, 1), orphan=i == 1, disability_type=None,
                 created_at=at, updated_at=at) for i, name in ((1, "张三"), (2, "李四"))]
    entry = dict(at=at, user_id=None, username="system", action="test.bulk", entity="student", entity_id=1,
                 summary="", before=None, after=AFTER, chain_hash=None)
    with db.transaction() as s:
        conn = core(s)
        conn.execute(insert(Student.__table__), rows)
        conn.execute(insert(AuditEntry.__table__), [entry])
        conn.execute(insert(StatusChange.__table__), [dict(student_id=1, code="11", effective_date=date(2023, 9, 1),
                                                          to_status="in_school")])
    core_rows = [_raw(paths, f"SELECT * FROM {t}") for t in ("student", "audit_entry", "status_change")]
    with db.transaction() as s:
        conn = core(s)
        for t in ("status_change", "audit_entry", "student"):
            conn.exec_driver_sql(f"DELETE FROM {t}")
        insert_many(conn, Student.__table__, rows)
        insert_many(conn, AuditEntry.__table__, [entry])
        insert_many(conn, StatusChange.__table__, [dict(student_id=1, code="11", effective_date=date(2023, 9, 1),
                                                        to_status="in_school")])
    ours = [_raw(paths, f"SELECT * FROM {t}") for t in ("student", "audit_entry", "status_change")]
    assert ours[:2] == core_rows[:2]
    # status_change.recorded_at is the column's default (now): everything else is equal
    assert [r[:-1] for r in ours[2]] == [r[:-1] for r in core_rows[2]] and ours[2][0][-1] >= core_rows[2][0][-1]
    assert ours[1][0][8:10] == ("null", json.dumps(AFTER, ensure_ascii=False, separators=(",", ":")))
    db.close()


def test_the_chain_signs_a_json_native_value_as_its_round_trip():
    """audit.canonical skips the JSON round trip for values made of JSON's own types: the bytes are the same."""
    from datetime import datetime, timezone

    at = datetime(2026, 11, 27, tzinfo=timezone.utc)
    values = [BEFORE, AFTER, {"t": (1, "二", [None, False, 2.5e-7]), "nested": [{"k": ["v"]}]}, [], {}, "x", 3, None,
              {1: "int key", "1b": 2}, {"d": {2: [3]}}]
    for v in values:
        signed = audit.canonical(1, at, None, "system", "a", "e", 1, "", v, v)
        stored = json.loads(json.dumps(v))
        assert signed == audit.canonical(1, at, None, "system", "a", "e", 1, "", stored, stored), v
        assert json.loads(signed)[-1] == stored
