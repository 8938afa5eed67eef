"""Roll call: exceptions only, school days only, the class's own students, optimistic concurrency, leave."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import func, select

from app import attendance as att
from app import policy as policy_mod
from app.data.models import AttendanceMark, AttendanceSheet, AuditEntry, Leave
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.students import create_student, record_status_change
from tests.conftest import TODAY, make_student_input

MON, TUE, WED, THU, FRI = (date(2026, 11, 23) + timedelta(days=i) for i in range(5))
NAMES = ["张一", "李二", "王三", "赵四", "钱五", "孙六", "周七", "吴八", "郑九", "冯十", "陈十一", "褚十二"]


def add_students(db, class_name: str, n: int, *, seq0: int = 1, **extra) -> list[int]:
    cid = db.class_ids[class_name]
    with db.transaction() as s:
        return [create_student(s, db.actors["admin"],
                               make_student_input(cid, name=NAMES[i % len(NAMES)], seq=2 * (seq0 + i) + 1, **extra),
                               today=TODAY) for i in range(n)]


def take(db, who: str, class_name: str, day: date, marks: dict, session_key: str = "day", today: date | None = None):
    with db.transaction() as s:
        rc = att.open_roll_call(s, db.actors[who], db.class_ids[class_name], day, session_key, today=today or day)
        return att.submit_roll_call(s, db.actors[who], db.class_ids[class_name], day, session_key, marks,
                                    rc.revision, today=today or day)


def count(db, model) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(model)).one()


@pytest.fixture
def klass(school_db):
    """三年级(1)班 with 10 students, 四年级(1)班 with 2."""
    school_db.c3 = add_students(school_db, "三年级(1)班", 10)
    school_db.c4 = add_students(school_db, "四年级(1)班", 2, seq0=200)
    return school_db


# --- storage ---------------------------------------------------------------------------


def test_three_absentees_write_exactly_three_rows(klass):
    db = klass
    ids = db.c3
    res = take(db, "wang", "三年级(1)班", THU, {ids[0]: ("absent", ""), ids[1]: ("sick_leave", "发烧"),
                                               ids[2]: ("late", "")})
    assert res.revision == 1
    assert count(db, AttendanceMark) == 3
    with db.session() as s:
        sheet = s.exec(select(AttendanceSheet)).one()
        assert (sheet.enrolled, sheet.present, sheet.session) == (10, 8, "day")
    assert sorted(res.changed) == sorted(ids[:3])


def test_all_present_writes_no_mark_row(klass):
    db = klass
    take(db, "wang", "三年级(1)班", THU, {})
    assert count(db, AttendanceSheet) == 1
    assert count(db, AttendanceMark) == 0


def test_open_roll_call_starts_present_then_shows_what_was_saved(klass):
    db = klass
    with db.session() as s:
        rc = att.open_roll_call(s, db.actors["wang"], db.class_ids["三年级(1)班"], THU, today=TODAY)
    assert rc.revision == 0 and not rc.taken and len(rc.students) == 10
    assert {st.mark for st in rc.students} == {"present"}
    take(db, "wang", "三年级(1)班", THU, {db.c3[3]: ("absent", "未到")}, today=TODAY)
    with db.session() as s:
        rc = att.open_roll_call(s, db.actors["wang"], db.class_ids["三年级(1)班"], THU, today=TODAY)
    assert rc.revision == 1 and rc.taken_by == "wang" and rc.taken_at is not None
    marked = {st.student_id: (st.mark, st.note) for st in rc.students if st.mark != "present"}
    assert marked == {db.c3[3]: ("absent", "未到")}
    assert rc.history and "1 人缺勤" in rc.history[0].summary


def test_marks_and_labels():
    assert att.MARKS["absent"] == "旷课(无故缺勤)" and att.MARKS["excused"] == "已请假"
    assert att.ABSENT_MARKS == {"absent"}
    assert "excused" in att.EXCUSED_MARKS and "absent" not in att.EXCUSED_MARKS
    assert att.sessions_for(policy_mod.Policy()) == ("day",)
    assert att.sessions_for(policy_mod.Policy(sessions="am_pm")) == ("am", "pm")


# --- refusals: nothing saved ---------------------------------------------------------------


@pytest.mark.parametrize("day, words", [
    (date(2026, 11, 22), "周末"),
    (date(2026, 10, 1), "国庆节"),
    (date(2026, 8, 20), "学期外"),
])
def test_roll_call_on_a_day_off_is_refused_with_the_reason(klass, day, words):
    db = klass
    with pytest.raises(ValidationError, match=words):
        take(db, "wang", "三年级(1)班", day, {db.c3[0]: ("absent", "")}, today=TODAY)
    assert count(db, AttendanceSheet) == 0 and count(db, AttendanceMark) == 0


def test_make_up_working_day_takes_a_roll_call(klass):
    db = klass
    take(db, "wang", "三年级(1)班", date(2026, 10, 10), {db.c3[0]: ("absent", "")}, today=TODAY)
    assert count(db, AttendanceMark) == 1


def test_school_closure_is_refused(klass):
    from app.school_calendar import set_day

    db = klass
    with db.transaction() as s:
        set_day(s, db.actors["admin"], WED, "closure", "大雪")
    with pytest.raises(ValidationError, match="学校停课:大雪"):
        take(db, "wang", "三年级(1)班", WED, {}, today=TODAY)


def test_future_date_is_refused(klass):
    db = klass
    with pytest.raises(ValidationError, match="还没到"):
        take(db, "wang", "三年级(1)班", date(2026, 11, 30), {}, today=TODAY)
    assert count(db, AttendanceSheet) == 0


def test_student_of_another_class_is_refused_and_nothing_saved(klass):
    db = klass
    with pytest.raises(ValidationError, match="不是三年级\\(1\\)班的学生"):
        take(db, "wang", "三年级(1)班", THU, {db.c3[0]: ("absent", ""), db.c4[0]: ("absent", "")}, today=TODAY)
    assert count(db, AttendanceSheet) == 0 and count(db, AttendanceMark) == 0


def test_suspended_student_is_not_on_roll(klass):
    db = klass
    with db.transaction() as s:
        record_status_change(s, db.actors["reg"], db.c3[0], "23", date(2026, 11, 20), reason="病休")
    with db.session() as s:
        rc = att.open_roll_call(s, db.actors["wang"], db.class_ids["三年级(1)班"], THU, today=TODAY)
        assert db.c3[0] not in {st.student_id for st in rc.students}
        # still on roll on a day before the suspension: an old roll call can be corrected
        rc_before = att.open_roll_call(s, db.actors["wang"], db.class_ids["三年级(1)班"], date(2026, 11, 19),
                                       today=TODAY)
        assert db.c3[0] in {st.student_id for st in rc_before.students}
    with pytest.raises(ValidationError, match="休学"):
        take(db, "wang", "三年级(1)班", THU, {db.c3[0]: ("absent", "")}, today=TODAY)
    assert count(db, AttendanceSheet) == 0


def test_a_mark_saved_before_a_backdated_status_change_is_kept_and_named_not_counted(klass):
    """Seen on the 1366×768 pictures: a dropout registered from an earlier day after today's roll call had marked
    him absent — the page said 缺勤 0 while its history said 1 人缺勤. The roll call now names the saved mark of a
    pupil no longer on that day's roll, keeps it through a revision, and does not count it."""
    db = klass
    cid = db.class_ids["三年级(1)班"]
    gone, other = db.c3[0], db.c3[1]
    take(db, "wang", "三年级(1)班", THU, {gone: ("absent", "")}, today=TODAY)
    with db.transaction() as s:
        record_status_change(s, db.actors["reg"], gone, "23", WED, reason="病休")  # dated before the roll call
    with db.session() as s:
        rc = att.open_roll_call(s, db.actors["wang"], cid, THU, today=TODAY)
    assert gone not in {st.student_id for st in rc.students}
    assert [(o.student_id, o.mark, o.status) for o in rc.off_roll] == [(gone, "absent", "suspended")]
    # a revision of the roll call (another pupil late) leaves his saved mark as it was
    take(db, "wang", "三年级(1)班", THU, {other: ("late", "")}, today=TODAY)
    with db.session() as s:
        rc = att.open_roll_call(s, db.actors["wang"], cid, THU, today=TODAY)
        assert [o.mark for o in rc.off_roll] == ["absent"]
        sheet = s.exec(select(AttendanceSheet)).one()
        assert sheet.enrolled == len(rc.students)  # counted over the pupils on that day's roll


def test_student_not_yet_enrolled_is_refused(klass):
    db = klass
    late = add_students(db, "三年级(1)班", 1, seq0=300, enrolled_on=WED)[0]
    with pytest.raises(ValidationError, match="才入学"):
        take(db, "wang", "三年级(1)班", TUE, {late: ("absent", "")}, today=TODAY)
    res = take(db, "wang", "三年级(1)班", THU, {late: ("late", "")}, today=TODAY)
    assert res.revision == 1
    with db.session() as s:
        assert s.exec(select(AttendanceSheet.enrolled)).one() == 11


def test_unknown_mark_and_typed_excused_are_refused(klass):
    db = klass
    with pytest.raises(ValidationError, match="无效"):
        take(db, "wang", "三年级(1)班", THU, {db.c3[0]: ("gone", "")}, today=TODAY)
    with pytest.raises(ValidationError, match="没有批准的请假"):
        take(db, "wang", "三年级(1)班", THU, {db.c3[0]: ("excused", "")}, today=TODAY)
    assert count(db, AttendanceSheet) == 0


def test_stale_revision_is_a_conflict_and_saves_nothing(klass):
    db = klass
    cid = db.class_ids["三年级(1)班"]
    with db.session() as s:  # two windows open the same roll call
        first = att.open_roll_call(s, db.actors["wang"], cid, TODAY, today=TODAY)
        second = att.open_roll_call(s, db.actors["zhao"], cid, TODAY, today=TODAY)
    with db.transaction() as s:
        att.submit_roll_call(s, db.actors["wang"], cid, TODAY, "day", {db.c3[0]: ("absent", "")}, first.revision,
                             today=TODAY)
    with pytest.raises(ConflictError, match=r"本班今天的点名已被 wang 在 \d\d:\d\d 修改,请刷新后再提交"):
        with db.transaction() as s:
            att.submit_roll_call(s, db.actors["zhao"], cid, TODAY, "day", {db.c3[1]: ("absent", "")},
                                 second.revision, today=TODAY)
    with db.session() as s:
        rows = s.exec(select(AttendanceMark.student_id)).all()
        assert rows == [db.c3[0]]
        assert s.exec(select(AttendanceSheet.revision)).one() == 1
    # after refreshing, the second teacher's change goes through as revision 2
    res = take(db, "zhao", "三年级(1)班", TODAY, {db.c3[0]: ("absent", ""), db.c3[1]: ("absent", "")})
    assert res.revision == 2 and res.changed == [db.c3[1]]
    with pytest.raises(ConflictError, match="zhao"):
        with db.transaction() as s:
            att.submit_roll_call(s, db.actors["wang"], cid, TODAY, "day", {}, 1, today=TODAY)


def test_a_true_race_is_caught_by_the_conditional_update(klass):
    """Two windows that both passed the revision check: the second write finds the revision moved."""
    db = klass
    cid = db.class_ids["三年级(1)班"]
    take(db, "wang", "三年级(1)班", TODAY, {db.c3[0]: ("absent", "")})
    with db.transaction() as slow:
        rc = att.open_roll_call(slow, db.actors["zhao"], cid, TODAY, today=TODAY)
        stale = slow.exec(select(AttendanceSheet)).one()  # this session keeps seeing revision 1
        take(db, "wang", "三年级(1)班", TODAY, {})  # meanwhile another window saves revision 2
        with pytest.raises(ConflictError, match="已被 wang"):
            att.submit_roll_call(slow, db.actors["zhao"], cid, TODAY, "day", {db.c3[2]: ("late", "")}, rc.revision,
                                 today=TODAY)
        assert stale.revision == 2  # refreshed by the failed write
        slow.rollback()
    with db.session() as s:
        assert s.exec(select(AttendanceSheet.revision)).one() == 2
        assert s.exec(select(AttendanceMark)).all() == []


def test_teacher_of_another_class_is_refused(klass):
    db = klass
    with pytest.raises(PermissionDenied):
        take(db, "li", "三年级(1)班", THU, {}, today=TODAY)
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            att.open_roll_call(s, db.actors["li"], db.class_ids["三年级(1)班"], THU, today=TODAY)
    # the subject teacher of the class and the registrar may take it; the principal may only look
    take(db, "zhao", "三年级(1)班", THU, {}, today=TODAY)
    take(db, "reg", "三年级(1)班", WED, {}, today=TODAY)
    with db.session() as s:
        rc = att.open_roll_call(s, db.actors["boss"], db.class_ids["三年级(1)班"], THU, today=TODAY)
        assert rc.revision == 1 and not rc.can_edit
    with pytest.raises(PermissionDenied):
        take(db, "boss", "三年级(1)班", TUE, {}, today=TODAY)
    assert count(db, AttendanceSheet) == 2


# --- revisions are audited -----------------------------------------------------------------


def test_revision_is_audited_with_only_the_differences(klass):
    db = klass
    a, b, c = db.c3[:3]
    take(db, "wang", "三年级(1)班", WED, {a: ("absent", ""), b: ("late", "")}, today=TODAY)
    res = take(db, "wang", "三年级(1)班", WED, {a: ("present", ""), b: ("late", ""), c: ("left_early", "肚子疼")},
               today=TODAY)
    assert res.revision == 2 and sorted(res.changed) == sorted([a, c])
    with db.session() as s:
        entries = s.exec(select(AuditEntry).where(AuditEntry.entity == "attendance_sheet")
                         .order_by(AuditEntry.id)).all()
        assert [e.action for e in entries] == ["attendance.take", "attendance.revise"]
        first, rev = entries
        assert first.summary.startswith("三年级(1)班 2026-11-25 点名:1 人缺勤")
        assert "修改点名" in rev.summary and "张一 旷课(无故缺勤)→出勤" in rev.summary
        assert set(rev.before) == set(rev.after) == {str(a), str(c)}
        assert rev.before[str(a)]["mark"] == "absent" and rev.after[str(a)]["mark"] == "present"
        assert rev.before[str(c)]["mark"] == "present" and rev.after[str(c)]["note"] == "肚子疼"
        assert s.exec(select(func.count()).select_from(AttendanceMark)).one() == 2
        sheet = s.exec(select(AttendanceSheet)).one()
        assert sheet.revised_by == db.actors["wang"].user_id and sheet.revised_at is not None
    with db.session() as s:
        rc = att.open_roll_call(s, db.actors["wang"], db.class_ids["三年级(1)班"], WED, today=TODAY)
    assert rc.revised_by == "wang" and len(rc.history) == 2


def test_resubmitting_the_same_marks_changes_nothing(klass):
    db = klass
    take(db, "wang", "三年级(1)班", WED, {db.c3[0]: ("absent", "")}, today=TODAY)
    res = take(db, "wang", "三年级(1)班", WED, {db.c3[0]: ("absent", "")}, today=TODAY)
    assert res.revision == 1 and res.changed == []


# --- the principal's overview ------------------------------------------------------------


def test_classes_without_roll_call(klass):
    db = klass
    take(db, "wang", "三年级(1)班", TODAY, {})
    with db.session() as s:
        missing = att.classes_without_roll_call(s, db.actors["boss"], TODAY)
        assert [(m.class_name, m.sessions, m.head_teacher, m.students) for m in missing] == [
            ("四年级(1)班", ("day",), "李老师", 2)]
        assert att.classes_without_roll_call(s, db.actors["boss"], date(2026, 11, 28)) == []
        with pytest.raises(PermissionDenied):
            att.classes_without_roll_call(s, db.actors["wang"], TODAY)


def test_am_pm_sessions(klass):
    db = klass
    with db.transaction() as s:
        policy_mod.save(s, db.actors["admin"], sessions="am_pm")
    with pytest.raises(ValidationError, match="点名时段"):
        take(db, "wang", "三年级(1)班", THU, {}, "day", today=TODAY)
    take(db, "wang", "三年级(1)班", TODAY, {db.c3[0]: ("absent", "")}, "am")
    with db.session() as s:
        missing = {m.class_name: m.sessions for m in att.classes_without_roll_call(s, db.actors["boss"], TODAY)}
    assert missing == {"三年级(1)班": ("pm",), "四年级(1)班": ("am", "pm")}
    res = take(db, "wang", "三年级(1)班", TODAY, {}, "pm")
    assert res.revision == 1
    with db.session() as s:
        assert att.student_attendance(s, db.c3[0], TODAY, TODAY) == [(TODAY, "am", "absent"), (TODAY, "pm", "present")]
        days, missed, rate = att.attendance_rate(s, db.c3[0], TODAY, TODAY)
        assert (days, missed, rate) == (1, 0.5, 0.5)


# --- leave -----------------------------------------------------------------------------


def test_approved_leave_locks_the_roll_call_as_excused(klass):
    db = klass
    sid = db.c3[0]
    with db.transaction() as s:
        leave_id = att.add_leave(s, db.actors["wang"], sid, "sick", TUE, THU, reason="住院", reference="REQ-7",
                                 today=MON)
    with db.session() as s:
        rc = att.open_roll_call(s, db.actors["wang"], db.class_ids["三年级(1)班"], WED, today=TODAY)
        st = next(x for x in rc.students if x.student_id == sid)
        assert st.mark == "excused" and st.locked_by_leave and "病假" in st.note
    take(db, "wang", "三年级(1)班", WED, {sid: ("absent", "")}, today=TODAY)  # typed absent: the leave wins
    with db.session() as s:
        row = s.exec(select(AttendanceMark)).one()
        assert (row.mark, row.leave_id, row.typed_mark) == ("excused", leave_id, "absent")
        assert s.exec(select(AttendanceSheet.present)).one() == 9


def test_leave_overlapping_another_is_refused(klass):
    db = klass
    sid = db.c3[0]
    with db.transaction() as s:
        att.add_leave(s, db.actors["wang"], sid, "personal", TUE, WED, today=MON)
    with pytest.raises(ValidationError, match="2026-11-24 至 2026-11-25"):
        with db.transaction() as s:
            att.add_leave(s, db.actors["wang"], sid, "sick", WED, FRI, today=MON)
    # half days: Wednesday afternoon does not overlap a leave ending Wednesday noon
    with db.transaction() as s:
        att.add_leave(s, db.actors["wang"], db.c3[1], "sick", MON, WED, end_session="am", today=MON)
        att.add_leave(s, db.actors["wang"], db.c3[1], "personal", WED, THU, start_session="pm", today=MON)
    with pytest.raises(ValidationError, match="重叠"):
        with db.transaction() as s:
            att.add_leave(s, db.actors["wang"], db.c3[1], "personal", WED, WED, start_session="am",
                          end_session="am", today=MON)
    assert count(db, Leave) == 3


def test_leave_ending_before_it_starts_is_refused(klass):
    db = klass
    with pytest.raises(ValidationError, match="不能早于"):
        with db.transaction() as s:
            att.add_leave(s, db.actors["wang"], db.c3[0], "sick", THU, TUE, today=MON)
    with pytest.raises(ValidationError, match="不能早于"):
        with db.transaction() as s:
            att.add_leave(s, db.actors["wang"], db.c3[0], "sick", THU, THU, start_session="pm", end_session="am",
                          today=MON)
    with pytest.raises(PermissionDenied):
        with db.transaction() as s:
            att.add_leave(s, db.actors["li"], db.c3[0], "sick", TUE, THU, today=MON)
    assert count(db, Leave) == 0


def test_retroactive_leave_marks_saved_roll_calls_and_cancel_restores_them(klass):
    db = klass
    a, b = db.c3[:2]
    take(db, "wang", "三年级(1)班", MON, {a: ("absent", "")}, today=TODAY)
    take(db, "wang", "三年级(1)班", TUE, {}, today=TODAY)
    with db.transaction() as s:
        leave_id = att.add_leave(s, db.actors["reg"], a, "sick", MON, TUE, today=TODAY)
    with db.session() as s:
        assert att.student_attendance(s, a, MON, TUE) == [(MON, "day", "excused"), (TUE, "day", "excused")]
        revs = s.exec(select(AttendanceSheet.revision).order_by(AttendanceSheet.day)).all()
        assert revs == [2, 2]
    with db.transaction() as s:
        assert att.cancel_leave(s, db.actors["reg"], leave_id, "家长撤回", today=TODAY) == 2
    with db.session() as s:
        assert att.student_attendance(s, a, MON, TUE) == [(MON, "day", "absent"), (TUE, "day", "present")]
        assert s.get(Leave, leave_id).status == "cancelled"
        assert att.student_attendance(s, b, MON, TUE) == [(MON, "day", "present"), (TUE, "day", "present")]


def test_cancelling_a_leave_that_was_there_first_asks_the_teacher_to_check(klass):
    db = klass
    a = db.c3[0]
    with db.transaction() as s:
        leave_id = att.add_leave(s, db.actors["wang"], a, "personal", MON, MON, today=MON)
    take(db, "wang", "三年级(1)班", MON, {a: ("excused", "")}, today=TODAY)
    with db.transaction() as s:
        att.cancel_leave(s, db.actors["wang"], leave_id, today=TODAY)
    with db.session() as s:
        row = s.exec(select(AttendanceMark)).one()
        assert row.mark == "absent" and "核对" in row.note and row.leave_id is None
        assert [r.status for r in att.leaves_of(s, db.actors["wang"], a)] == ["cancelled"]


def test_attendance_rate_counts_every_reason_in_school_days(klass):
    db = klass
    a = db.c3[0]
    take(db, "wang", "三年级(1)班", MON, {a: ("absent", "")}, today=TODAY)
    take(db, "wang", "三年级(1)班", TUE, {a: ("sick_leave", "")}, today=TODAY)
    take(db, "wang", "三年级(1)班", WED, {a: ("late", "")}, today=TODAY)
    with db.session() as s:
        # Mon–Sun: 5 school days; absent and sick missed, late attended; Thu/Fri without roll call count as attended
        assert att.attendance_rate(s, a, MON, MON + timedelta(days=6)) == (5, 2.0, 0.6)
        assert att.student_attendance(s, a, MON, WED) == [(MON, "day", "absent"), (TUE, "day", "sick_leave"),
                                                          (WED, "day", "late")]
        assert att.attendance_rate(s, a, date(2026, 11, 28), date(2026, 11, 29)) == (0, 0.0, None)


def test_a_revised_mark_is_audited_with_old_and_new_and_reaches_the_alerts(klass):
    """Changing a saved mark (absent → late) is audited as such and clears the alert it raised."""
    from app.data.models import AbsenceAlert, Student

    db = klass
    cid = db.class_ids["三年级(1)班"]
    with db.session() as s:
        sid = s.exec(select(Student.id).where(Student.class_id == cid).order_by(Student.id)).first()
    thu, fri = date(2026, 11, 26), date(2026, 11, 27)
    take(db, "wang", "三年级(1)班", thu, {sid: ("absent", "")})
    take(db, "wang", "三年级(1)班", fri, {sid: ("absent", "")})
    with db.session() as s:
        assert s.exec(select(AbsenceAlert).where(AbsenceAlert.student_id == sid,
                                                 AbsenceAlert.status == "open")).all()
    take(db, "wang", "三年级(1)班", fri, {sid: ("late", "")})
    with db.session() as s:
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "attendance.revise")).one()
        assert "旷课(无故缺勤)→迟到" in entry.summary
        assert entry.before[str(sid)]["mark"] == "absent" and entry.after[str(sid)]["mark"] == "late"
        assert s.exec(select(AbsenceAlert).where(AbsenceAlert.student_id == sid,
                                                 AbsenceAlert.status == "open")).all() == []
