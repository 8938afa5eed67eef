"""The transaction works out what it changed (app.changes): every way of writing is seen."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import insert, text, update
from sqlmodel import Session, select

from app import changes
from app.changes import ChangeSet
from app.data.models import AuditEntry, School, Staff


def _tracked(db, fn):
    with db.transaction() as session:
        tracker = changes.track(session)
        fn(session)
    return tracker.result()


def test_orm_inserts_updates_and_deletes_name_their_tables_and_rows(school_db):
    def work(s):
        st = Staff(name="钱老师")
        s.add(st)
        s.flush()
        work.staff_id = st.id
        school = s.exec(select(School)).one()
        school.name = school.name + "(新)"
        s.add(school)
    cs = _tracked(school_db, work)
    assert {"staff", "school"} <= cs.kinds
    assert work.staff_id in cs.ids("staff")

    def remove(s):
        s.delete(s.get(Staff, work.staff_id))
    cs = _tracked(school_db, remove)
    assert cs.kinds == {"staff"} and cs.ids("staff") == {work.staff_id}


def test_core_statements_bulk_rows_and_plain_sql_are_seen(school_db):
    def work(s):
        s.execute(update(Staff).where(Staff.name == "nobody").values(name="x"))  # matches nothing: still written
        now = datetime(2026, 12, 3, 8, 0, tzinfo=timezone.utc)
        s.execute(insert(AuditEntry), [{"action": "t.one", "entity": "t", "summary": "a", "at": now},
                                       {"action": "t.two", "entity": "t", "summary": "b", "at": now}])
        s.execute(text("DELETE FROM school_class WHERE 1 = 0"))
    cs = _tracked(school_db, work)
    assert {"staff", "audit_entry", "school_class"} <= cs.kinds


def test_reads_and_untouched_dirty_objects_change_nothing(school_db):
    def work(s):
        school = s.exec(select(School)).one()
        school.name = school.name  # same value: no UPDATE
        s.add(school)
        s.exec(select(Staff)).all()
    assert _tracked(school_db, work) == changes.NOTHING
    assert not changes.NOTHING


def test_a_note_announces_what_is_not_a_row(school_db):
    cs = _tracked(school_db, lambda s: changes.note(s, changes.SIGNING_KEY))
    assert cs.touches(changes.EXCHANGE) and not cs.touches(changes.STUDENTS)
    with Session(school_db.engine) as s:  # outside a tracked operation a note is a no-op
        changes.note(s, changes.SIGNING_KEY)


def test_a_failed_operation_leaves_the_session_events_clean(school_db):
    with school_db.transaction() as session:
        tracker = changes.track(session)
        session.add(Staff(name="甲"))
        session.flush()
        first = tracker.result()
        session.add(Staff(name="乙"))
        session.flush()  # no longer listening
    assert first.kinds == {"staff"} and len(first.ids("staff")) == 1
    assert "baoxue.changes" not in session.info


def test_change_sets_combine_and_answer_by_kind():
    a = ChangeSet(frozenset({"student"}), {"student": frozenset({1})})
    b = ChangeSet(frozenset({"student", "guardian"}), {"student": frozenset({2})})
    both = a | b
    assert both.kinds == {"student", "guardian"} and both.ids("student") == {1, 2}
    assert both.touches(changes.STUDENTS) and not both.touches(changes.ALERTS)
    assert ChangeSet.of("absence_alert").touches(changes.ALERTS)


def test_every_record_kind_named_by_the_windows_is_a_table():
    from sqlmodel import SQLModel

    import app.data  # noqa: F401  (all table modules)
    from app.data import approval_models, case_models, document_models, exchange_models, mentor_models  # noqa: F401

    tables = set(SQLModel.metadata.tables)
    groups = [v for k, v in vars(changes).items() if k.isupper() and isinstance(v, frozenset) and k != "EXTRA_KINDS"]
    named = set().union(*groups)
    assert named - tables <= changes.EXTRA_KINDS, named - tables - changes.EXTRA_KINDS
    assert tables <= named, f"tables no group names (add them to app.changes): {sorted(tables - named)}"
