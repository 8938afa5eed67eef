"""The counts on a saved roll call follow the roll when it changes afterwards (issue #14 item 8).

The defect reproduced: 25 of the demo's 629 sheets stored ``enrolled``/``present`` that disagreed with
the roll after a status change effective on an earlier day, and the county received those counts."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app import attendance as att
from app.data.models import AttendanceMark, AttendanceSheet, Student
from app.students import record_status_change
from tests.attendance.test_attendance import MON, THU, TUE, WED, add_students, take

C3 = "三年级(1)班"


def _derived(s, sheet: AttendanceSheet) -> tuple[int, int]:
    """The counts by the rule: the students on roll that day, minus those marked as not in school."""
    on_roll = {p.id for p in att.roster(s, sheet.class_id, sheet.day)}
    marks = [m.mark for m in s.exec(select(AttendanceMark).where(AttendanceMark.sheet_id == sheet.id))
             if m.student_id in on_roll]
    return len(on_roll), att.count_present(len(on_roll), marks)


def _sheets(db) -> list[tuple[date, int, int]]:
    with db.session() as s:
        return [(sh.day, sh.enrolled, sh.present)
                for sh in s.exec(select(AttendanceSheet).order_by(AttendanceSheet.day))]


def test_backdated_suspension_lowers_the_counts_of_the_days_after_it(school_db):
    ids = add_students(school_db, C3, 6)
    for day in (MON, TUE, WED, THU):
        take(school_db, "wang", C3, day, {ids[0]: ("absent", ""), ids[1]: ("late", "")})
    assert [(e, p) for _d, e, p in _sheets(school_db)] == [(6, 5)] * 4
    with school_db.transaction() as s:  # recorded on Thursday, effective since Tuesday
        record_status_change(s, school_db.actors["reg"], ids[0], "23", TUE, reason="病休")
    assert _sheets(school_db) == [(MON, 6, 5), (TUE, 5, 5), (WED, 5, 5), (THU, 5, 5)]
    with school_db.transaction() as s:  # back at school from Wednesday
        record_status_change(s, school_db.actors["reg"], ids[0], "12", WED, reason="复学")
    assert _sheets(school_db) == [(MON, 6, 5), (TUE, 5, 5), (WED, 6, 5), (THU, 6, 5)]


def test_a_pupil_present_on_the_sheet_leaves_present_too(school_db):
    ids = add_students(school_db, C3, 4)
    take(school_db, "wang", C3, WED, {ids[1]: ("sick_leave", "")})
    with school_db.transaction() as s:
        record_status_change(s, school_db.actors["reg"], ids[0], "27", MON, reason="转学")
    assert _sheets(school_db) == [(WED, 3, 2)]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(marks=st.lists(st.sampled_from(["present", "absent", "late", "sick_leave", "personal_leave"]),
                      min_size=5, max_size=5),
       who=st.integers(0, 4), code=st.sampled_from(["23", "27", "28"]), effective=st.sampled_from([MON, TUE, WED, THU]))
def test_after_any_backdated_change_every_sheet_agrees_with_the_roll(school_db, marks, who, code, effective):
    cid = school_db.class_ids[C3]
    with school_db.session() as s:
        existing = [p.id for p in att.roster(s, cid, date(2026, 11, 1))]
    ids = existing[:5] if len(existing) >= 5 else add_students(school_db, C3, 5, seq0=100)
    with school_db.transaction() as s:
        for sh in s.exec(select(AttendanceSheet)).all():  # every example starts from no roll call
            for m in s.exec(select(AttendanceMark).where(AttendanceMark.sheet_id == sh.id)).all():
                s.delete(m)
            s.delete(sh)
    for day in (MON, TUE, WED, THU):
        with school_db.session() as s:
            on_roll = {p.id for p in att.roster(s, cid, day)}
            revision = att.open_roll_call(s, school_db.actors["wang"], cid, day, today=THU).revision
        exceptions = {sid: (m, "") for sid, m in zip(ids, marks) if m != "present" and sid in on_roll}
        with school_db.transaction() as s:
            att.submit_roll_call(s, school_db.actors["wang"], cid, day, "day", exceptions, revision, today=THU)
    with school_db.session() as s:
        pupil = s.get(Student, ids[who])
        status = pupil.status
    if status == "in_school":
        with school_db.transaction() as s:
            record_status_change(s, school_db.actors["reg"], ids[who], code, effective)
    with school_db.session() as s:
        for sh in s.exec(select(AttendanceSheet)):
            assert (sh.enrolled, sh.present) == _derived(s, sh), sh.day
