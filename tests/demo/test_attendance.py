"""The demo's attendance stage: a term of roll calls written in bulk exactly as the service writes them."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

import pytest
from sqlmodel import col, delete, func, select

from app import attendance as att
from app import early_warning as ew
from app.accounts import SYSTEM, actor_for
from app.attendance import alerts
from app.data.db import open_database
from app.data.models import (
    AbsenceAlert,
    AbsenceCase,
    AttendanceMark,
    AttendanceSheet,
    AuditEntry,
    Leave,
    SchoolClass,
    User,
)
from app.demo import build_demo
from app.demo.attendance import SCENARIOS, populate_demo
from app.errors import BaoxueError
from app.paths import DataPaths
from app.school_calendar import load_calendar
from tests.conftest import TODAY

N = 160


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    paths = DataPaths(tmp_path_factory.mktemp("demo_att") / "data")
    build_demo(paths, students=N, seed=11, today=TODAY, activity=False)
    db = open_database(paths)
    with db.transaction() as s:
        db.result = populate_demo(s, SYSTEM, random.Random(5), TODAY)
    yield db
    db.close()


def teacher(s, class_id):
    c = s.get(SchoolClass, class_id)
    u = s.exec(select(User).where(User.staff_id == c.head_teacher_id)).first()
    return actor_for(s, u)


def test_every_class_has_a_roll_call_every_school_day_of_the_term(demo):
    r = demo.result
    with demo.session() as s:
        cal = load_calendar(s)
        days = cal.school_days(date(2026, 9, 1), TODAY)
        classes = s.exec(select(SchoolClass.id)).all()
        taken = Counter(s.exec(select(AttendanceSheet.class_id)).all())
        assert r.school_days == len(days) == 60 and r.term == "2026-2027学年 第一学期"
        assert {cid: taken[cid] for cid in classes} == {
            cid: len(days) - (cid in r.untaken_today) for cid in classes}
        assert set(s.exec(select(AttendanceSheet.day)).all()) == set(days)  # no weekend, holiday or future day
        # the principal sees which class has not taken today's roll yet
        missing = att.classes_without_roll_call(s, SYSTEM, TODAY)
        assert [m.class_id for m in missing] == r.untaken_today and len(r.untaken_today) == 1
        assert s.exec(select(func.count()).select_from(AttendanceSheet)).one() == r.sheets
        assert s.exec(select(func.count()).select_from(AttendanceMark)).one() == r.marks


def test_marks_are_exceptions_at_realistic_rates(demo):
    with demo.session() as s:
        sheets = s.exec(select(AttendanceSheet)).all()
        marks = Counter(s.exec(select(AttendanceMark.mark)).all())
    student_days = sum(sh.enrolled for sh in sheets)
    assert 0.005 < sum(marks.values()) / student_days < 0.05  # present pupils have no row
    assert {"late", "left_early", "sick_leave", "absent", "excused"} <= set(marks)
    assert marks["late"] > marks["left_early"]
    assert all(sh.present <= sh.enrolled for sh in sheets)


def test_leaves_go_through_the_service_some_brought_in_after_the_roll_call(demo):
    r = demo.result
    with demo.session() as s:
        leaves = s.exec(select(Leave)).all()
        assert len(leaves) == r.leaves and r.retroactive_leaves >= 1
        assert {lv.kind for lv in leaves} == {"sick", "personal"} and all(lv.status == "approved" for lv in leaves)
        excused = s.exec(select(AttendanceMark, AttendanceSheet)
                         .join(AttendanceSheet, AttendanceSheet.id == AttendanceMark.sheet_id)
                         .where(col(AttendanceMark.leave_id).is_not(None))).all()
        assert all(m.mark == "excused" for m, _ in excused)
        # recorded before the day: the teacher typed nothing; brought in later: what the teacher had typed
        before = [m for m, sh in excused if m.typed_mark == att.PRESENT]
        after = [(m, sh) for m, sh in excused if m.typed_mark != att.PRESENT]
        assert before and after
        assert all(m.typed_mark in ("sick_leave", "absent") and sh.revision > 1 and sh.revised_by == sh.taken_by
                   for m, sh in after)
        n_audit = s.exec(select(func.count()).select_from(AuditEntry)
                         .where(AuditEntry.action == "attendance.leave")).one()
        assert n_audit == len(after)


def test_sheets_equal_what_the_service_stores(demo):
    """Reopen demo sheets with open_roll_call, then re-submit them through submit_roll_call: identical rows."""
    rng = random.Random(3)
    with demo.session() as s:
        sheets = s.exec(select(AttendanceSheet).order_by(AttendanceSheet.id)).all()
        with_leave = set(s.exec(select(AttendanceMark.sheet_id)
                                .where(col(AttendanceMark.leave_id).is_not(None))).all())
        sample = [sh for sh in sheets if sh.id in with_leave][:10] + rng.sample(sheets, 20)
        entries = {e.entity_id: e for e in s.exec(select(AuditEntry).where(AuditEntry.action == "attendance.take"))}
        for sheet in sample:
            stored = {m.student_id: (m.mark, m.note, m.leave_id, m.typed_mark)
                      for m in s.exec(select(AttendanceMark).where(AttendanceMark.sheet_id == sheet.id))}
            who = teacher(s, sheet.class_id)
            assert sheet.taken_by == who.user_id and entries[sheet.id].username == who.username
            rc = att.open_roll_call(s, who, sheet.class_id, sheet.day, sheet.session, today=TODAY)
            assert rc.revision == sheet.revision and len(rc.students) == sheet.enrolled
            shown = {st.student_id: st.mark for st in rc.students if st.mark != att.PRESENT}
            assert shown == {sid: v[0] for sid, v in stored.items()}
            assert sum(1 for st in rc.students if st.mark not in att.MISSED_MARKS) == sheet.present
            assert all(st.locked_by_leave == (stored.get(st.student_id, (None,) * 4)[2] is not None)
                       for st in rc.students)
            # what the teacher typed, submitted again through the service on an empty sheet
            typed = {}
            for sid, (mark, note, leave_id, typed_mark) in stored.items():
                if leave_id is None:
                    typed[sid] = (mark, note)
                elif typed_mark not in ("", att.PRESENT):
                    typed[sid] = (typed_mark, note)
            key = (sheet.class_id, sheet.day, sheet.session, sheet.enrolled, sheet.present)
            s.exec(delete(AttendanceMark).where(AttendanceMark.sheet_id == sheet.id))
            s.exec(delete(AttendanceSheet).where(AttendanceSheet.id == sheet.id))
            s.flush()
            s.expunge_all()
            att.submit_roll_call(s, who, key[0], key[1], key[2], typed, 0, today=TODAY)
            again = s.exec(select(AttendanceSheet).where(AttendanceSheet.class_id == key[0], AttendanceSheet.day == key[1],
                                                         AttendanceSheet.session == key[2])).one()
            assert (again.class_id, again.day, again.session, again.enrolled, again.present) == key
            assert {m.student_id: (m.mark, m.note, m.leave_id, m.typed_mark) for m in s.exec(
                select(AttendanceMark).where(AttendanceMark.sheet_id == again.id))} == stored
            new_entry = s.exec(select(AuditEntry).where(AuditEntry.entity == "attendance_sheet",
                                                        AuditEntry.entity_id == again.id)).one()
            old = entries[sheet.id]
            if sheet.revision == 1:  # a leave brought in later adds its own entries on top
                assert (new_entry.summary, new_entry.after) == (old.summary, old.after)
        s.rollback()


def test_scripted_children_raise_alerts_at_every_stage(demo):
    r = demo.result
    assert set(r.scripted) == set(SCENARIOS)
    with demo.session() as s:
        cal = load_calendar(s)
        opened = {a.student_id: a for a in s.exec(select(AbsenceAlert).where(AbsenceAlert.status == "open"))}
        assert set(opened) == set(r.scripted.values())  # nobody else ever reaches an alert
        fresh, overdue, suspected, dropout, returned = (opened[r.scripted[k]] for k in
                                                        ("fresh", "overdue", "suspected", "dropout", "returned"))
        assert (fresh.level, fresh.days_absent, fresh.raised_on) == ("alert", 2.0, TODAY)
        assert overdue.level == "alert" and overdue.visit_due < TODAY and overdue.last_absent_day == TODAY
        assert suspected.level == "suspected_dropout" and suspected.last_absent_day == TODAY
        assert (dropout.level, dropout.days_absent) == ("dropout", 20.0)
        assert returned.level == "alert" and cal.count_school_days(returned.last_absent_day, TODAY) > 5
        assert fresh.class_id in r.untaken_today
        assert len({a.class_id for a in opened.values()}) == 5
        cases = s.exec(select(AbsenceCase)).all()
        assert {c.student_id for c in cases} == set(opened)  # each alert opened its case
        assert r.alerts == Counter({"alert": 3, "suspected_dropout": 1, "dropout": 1})
        rows = {row.student_id: row for row in alerts.open_alerts(s, SYSTEM, TODAY)}
        assert rows[r.scripted["overdue"]].visit_overdue and not rows[r.scripted["fresh"]].overdue


def test_early_warning_has_children_to_show(demo):
    r = demo.result
    with demo.session() as s:
        listed = ew.school_risk(s, SYSTEM, TODAY)
    by_id = {x.student_id: x for x in listed}
    for sid in r.frequent_absentees:
        assert by_id[sid].rules & {"attendance_warning", "attendance_at_risk"}
        assert "chronic_absence" in by_id[sid].rules
    assert "open_alert" in by_id[r.scripted["dropout"]].rules
    assert listed[0].points >= listed[-1].points


def test_the_case_stage_runs_on_top(demo):
    from app.demo.cases import populate_demo as populate_cases

    with demo.session() as s:
        out = populate_cases(s, SYSTEM, random.Random(2), TODAY)
        assert out.dropouts == 1 and out.returned == 1
        s.rollback()


def test_progress_is_reported_and_cancel_rolls_back(tmp_path):
    paths = DataPaths(tmp_path / "data")
    build_demo(paths, students=40, seed=3, today=date(2026, 9, 18), activity=False)
    db = open_database(paths)
    try:
        seen = []
        with pytest.raises(BaoxueError, match="已取消"):
            with db.transaction() as s:
                populate_demo(s, SYSTEM, random.Random(1), date(2026, 9, 18),
                              progress=lambda done, total, label: seen.append((done, total)) or done < 5)
        assert seen[-1] == (5, 14)
        with db.session() as s:
            assert s.exec(select(func.count()).select_from(AttendanceSheet)).one() == 0
        # a young term: the stages that need more school days than there are are left out
        with db.transaction() as s:
            r = populate_demo(s, SYSTEM, random.Random(1), date(2026, 9, 18))
        assert r.school_days == 14 and "dropout" not in r.scripted and {"fresh", "overdue"} <= set(r.scripted)
    finally:
        db.close()
