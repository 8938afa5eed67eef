"""Absence alerts: counted in school time, raised, upgraded, cleared; a property test against brute force."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event
from sqlmodel import delete, select

from app import attendance as att
from app import policy as policy_mod
from app.attendance import alerts
from app.data.models import (
    AbsenceAlert,
    AbsenceCase,
    AttendanceMark,
    AttendanceSheet,
    AuditEntry,
)
from app.school_calendar import load_calendar
from tests.attendance.test_attendance import add_students, take
from tests.conftest import TODAY

MON, TUE, WED, THU, FRI = (date(2026, 11, 23) + timedelta(days=i) for i in range(5))
C3 = "三年级(1)班"


@pytest.fixture
def klass(school_db):
    school_db.c3 = add_students(school_db, C3, 4)
    school_db.c4 = add_students(school_db, "四年级(1)班", 1, seq0=200)
    return school_db


def alerts_of(db, sid=None, status=None) -> list[AbsenceAlert]:
    with db.session() as s:
        stmt = select(AbsenceAlert).order_by(AbsenceAlert.id)
        if sid is not None:
            stmt = stmt.where(AbsenceAlert.student_id == sid)
        if status is not None:
            stmt = stmt.where(AbsenceAlert.status == status)
        return list(s.exec(stmt))


def absent_days(db, days, sid, session_key="day", marks=None):
    """Take the roll on each day with ``sid`` absent (everyone else present)."""
    for d in days:
        take(db, "wang", C3, d, marks if marks is not None else {sid: ("absent", "")}, session_key)


def counted(db, sid, up_to):
    with db.session() as s:
        return alerts.consecutive_unexcused(s, sid, up_to, load_calendar(s), policy_mod.load(s))


# --- the scenarios ------------------------------------------------------------------------


def test_unexcused_monday_and_tuesday_raise_an_alert_on_wednesday(klass):
    db = klass
    sid = db.c3[0]
    absent_days(db, [MON], sid)
    assert alerts_of(db) == []
    res = take(db, "wang", C3, TUE, {sid: ("absent", "")})
    assert [(c.action, c.level) for c in res.alerts_changed] == [("raised", "alert")]
    (a,) = alerts_of(db)
    assert (a.status, a.level, a.first_absent_day, a.last_absent_day, a.days_absent) == ("open", "alert", MON, TUE, 2.0)
    assert a.raised_on == WED
    assert a.visit_due == THU  # home_visit_within_days = 1 school day after the alert
    assert a.report_due == FRI  # report_within_days = 2
    assert a.assigned_staff_id is not None and a.class_id == db.class_ids[C3]
    assert counted(db, sid, TUE) == (2.0, MON, TUE)
    with db.session() as s:
        rows = alerts.open_alerts(s, db.actors["wang"], today=date(2026, 11, 27))
        assert [(r.student_name, r.level_label, r.assigned_teacher, r.visit_overdue, r.report_overdue) for r in rows] \
            == [("张一", "无故缺勤预警", "王老师", True, False)]
        assert alerts.open_alerts(s, db.actors["li"], today=TODAY) == []
        assert len(alerts.open_alerts(s, db.actors["boss"], today=TODAY)) == 1
        assert len(alerts.open_alerts(s, db.actors["zhao"], today=TODAY)) == 1
        assert not alerts.open_alerts(s, db.actors["wang"], today=THU)[0].overdue
        raised = s.exec(select(AuditEntry).where(AuditEntry.action == "alert.raise")).one()
        assert "张一" in raised.summary and raised.username == "wang"


def test_approved_leave_never_alerts(klass):
    db = klass
    sid = db.c3[0]
    with db.transaction() as s:
        att.add_leave(s, db.actors["wang"], sid, "sick", MON, THU, today=MON)
    absent_days(db, [MON, TUE, WED, THU], sid)  # the teacher typed absent: the leave wins
    assert alerts_of(db) == []
    assert counted(db, sid, THU) == (0.0, None, None)


def test_late_and_told_leave_are_not_absence(klass):
    db = klass
    sid = db.c3[0]
    absent_days(db, [MON, TUE, WED], sid, marks={sid: ("late", "")})
    absent_days(db, [THU, FRI], sid, marks={sid: ("sick_leave", "家长来电")})
    assert alerts_of(db) == []
    take(db, "wang", C3, date(2026, 11, 20), {sid: ("left_early", "")})
    assert alerts_of(db) == []


def test_retroactive_leave_clears_the_alert(klass):
    db = klass
    sid = db.c3[0]
    absent_days(db, [MON, TUE], sid)
    assert alerts_of(db, status="open")
    with db.transaction() as s:
        att.add_leave(s, db.actors["wang"], sid, "personal", MON, TUE, reason="家中有事,补假", today=WED)
    (a,) = alerts_of(db)
    assert (a.status, a.cleared_on, a.cleared_reason) == ("cleared", WED, "补办请假")
    with db.session() as s:
        cleared = s.exec(select(AuditEntry).where(AuditEntry.action == "alert.clear")).one()
        assert "补办请假" in cleared.summary
        assert alerts.open_alerts(s, db.actors["wang"], today=WED) == []


def test_corrected_roll_call_clears_and_restoring_it_reopens(klass):
    db = klass
    sid = db.c3[0]
    absent_days(db, [MON, TUE], sid)
    res = take(db, "wang", C3, MON, {}, today=TUE)
    assert [c.action for c in res.alerts_changed] == ["cleared"]
    (a,) = alerts_of(db)
    assert a.status == "cleared" and a.cleared_reason == "点名已更正"
    res = take(db, "wang", C3, MON, {sid: ("absent", "")}, today=TUE)
    assert [c.action for c in res.alerts_changed] == ["reopened"]
    (a,) = alerts_of(db)
    assert a.status == "open" and a.cleared_on is None


def test_student_coming_back_does_not_clear_the_alert(klass):
    db = klass
    sid = db.c3[0]
    absent_days(db, [MON, TUE], sid)
    take(db, "wang", C3, WED, {})
    (a,) = alerts_of(db)
    assert a.status == "open" and a.last_absent_day == TUE


def test_friday_and_monday_across_the_weekend_are_two_school_days(klass):
    db = klass
    sid = db.c3[0]
    absent_days(db, [date(2026, 11, 20), MON], sid)
    (a,) = alerts_of(db)
    assert (a.first_absent_day, a.last_absent_day, a.days_absent, a.raised_on) == (date(2026, 11, 20), MON, 2.0, TUE)


def test_a_school_day_without_roll_call_breaks_the_run(klass):
    db = klass
    sid = db.c3[0]
    absent_days(db, [MON, WED], sid)  # nobody took the roll on Tuesday: we do not guess
    assert alerts_of(db) == []
    assert counted(db, sid, WED) == (1.0, WED, WED)
    assert counted(db, sid, TODAY) == (1.0, WED, WED), "the walk starts at the latest roll call"


def test_national_day_week_neither_breaks_nor_counts(klass):
    db = klass
    sid = db.c3[0]
    # Tue 29 Sep, Wed 30 Sep, [1–7 Oct National Day], Thu 8, Fri 9, Sat 10 Oct (make-up working day), Mon 12
    days = [date(2026, 9, 29), date(2026, 9, 30), date(2026, 10, 8), date(2026, 10, 9), date(2026, 10, 10),
            date(2026, 10, 12)]
    absent_days(db, days[:2], sid)
    (a,) = alerts_of(db)
    assert (a.days_absent, a.raised_on) == (2.0, date(2026, 10, 8))  # threshold at the end of 30 Sep
    absent_days(db, days[2:3], sid)
    assert counted(db, sid, date(2026, 10, 8)) == (3.0, date(2026, 9, 29), date(2026, 10, 8))
    absent_days(db, days[3:], sid)
    assert counted(db, sid, date(2026, 10, 12)) == (6.0, date(2026, 9, 29), date(2026, 10, 12))
    (a,) = alerts_of(db)
    assert (a.level, a.days_absent, a.raised_on) == ("suspected_dropout", 6.0, date(2026, 10, 8))


def test_mid_autumn_and_make_up_sunday(klass):
    db = klass
    sid = db.c3[0]
    # Thu 24 Sep, [25–27 Sep Mid-autumn], Mon 28: two school days; Sun 20 Sep is a make-up working day
    absent_days(db, [date(2026, 9, 24), date(2026, 9, 28)], sid)
    assert counted(db, sid, date(2026, 9, 28)) == (2.0, date(2026, 9, 24), date(2026, 9, 28))
    absent_days(db, [date(2026, 9, 18), date(2026, 9, 21)], sid)  # the make-up Sunday 20 Sep had no roll call
    assert counted(db, sid, date(2026, 9, 21)) == (1.0, date(2026, 9, 21), date(2026, 9, 21))


def test_am_pm_sessions_count_half_days(klass):
    db = klass
    sid = db.c3[0]
    with db.transaction() as s:
        policy_mod.save(s, db.actors["admin"], sessions="am_pm")
    absent_days(db, [MON], sid, "am")
    absent_days(db, [MON], sid, "pm")
    assert counted(db, sid, MON) == (1.0, MON, MON)
    assert alerts_of(db) == []


def test_am_pm_half_day_run_reaches_two_days(klass):
    db = klass
    sid = db.c3[0]
    with db.transaction() as s:
        policy_mod.save(s, db.actors["admin"], sessions="am_pm")
    take(db, "wang", C3, MON, {}, "am")
    for d, sess in [(MON, "pm"), (TUE, "am"), (TUE, "pm")]:
        take(db, "wang", C3, d, {sid: ("absent", "")}, sess)
    assert alerts_of(db) == []
    assert counted(db, sid, TUE) == (1.5, MON, TUE)
    take(db, "wang", C3, WED, {sid: ("absent", "")}, "am")
    assert counted(db, sid, WED) == (2.0, MON, WED)
    (a,) = alerts_of(db)
    assert (a.days_absent, a.first_absent_day, a.last_absent_day) == (2.0, MON, WED)
    assert a.raised_on == WED, "48 school hours are complete at Wednesday noon"
    take(db, "wang", C3, WED, {}, "pm")
    assert counted(db, sid, WED) == (0.0, None, None)


def school_days_back(db, last: date, n: int) -> list[date]:
    with db.session() as s:
        cal = load_calendar(s)
    out, d = [], last
    while len(out) < n:
        if cal.is_school_day(d):
            out.append(d)
        d -= timedelta(days=1)
    return out[::-1]


def test_suspected_dropout_after_six_and_dropout_after_twenty_school_days(klass):
    db = klass
    sid = db.c3[0]
    days = school_days_back(db, TODAY, 21)
    absent_days(db, days[:5], sid)
    assert [a.level for a in alerts_of(db)] == ["alert"]
    absent_days(db, days[5:6], sid)
    assert [(a.level, a.days_absent) for a in alerts_of(db)] == [("suspected_dropout", 6.0)]
    absent_days(db, days[6:19], sid)
    assert [(a.level, a.days_absent) for a in alerts_of(db)] == [("suspected_dropout", 19.0)]
    res = take(db, "wang", C3, days[19], {sid: ("absent", "")})
    assert [(c.action, c.level) for c in res.alerts_changed] == [("upgraded", "dropout")]
    (a,) = alerts_of(db)
    assert (a.level, a.days_absent, a.first_absent_day, a.raised_on) == ("dropout", 20.0, days[0], days[2])
    with db.session() as s:
        ups = s.exec(select(AuditEntry.summary).where(AuditEntry.action == "alert.upgrade")
                     .order_by(AuditEntry.id)).all()
        assert len(ups) == 2 and "疑似辍学" in ups[0] and "辍学认定" in ups[1]
        row = alerts.open_alerts(s, db.actors["boss"], today=TODAY)[0]
        assert row.level_label == "达到辍学认定标准" and row.days_absent == 20.0


def test_closed_alert_is_not_reopened_a_new_run_is_a_new_alert(klass):
    db = klass
    sid = db.c3[0]
    absent_days(db, [date(2026, 11, 16), date(2026, 11, 17)], sid)
    (a,) = alerts_of(db)
    with db.transaction() as s:  # the case file feature closes it: the child is back
        row = s.get(AbsenceAlert, a.id)
        row.status = "closed"
        s.add(row)
    with db.transaction() as s:
        assert alerts.recompute_all(s, TODAY) == []
    absent_days(db, [date(2026, 11, 18), date(2026, 11, 19)], sid)  # absent again after the closed run
    first, second = alerts_of(db)
    assert first.status == "closed" and first.last_absent_day == date(2026, 11, 17)
    assert (second.status, second.first_absent_day, second.days_absent) == ("open", date(2026, 11, 18), 2.0)


def test_recompute_all_agrees_with_the_incremental_alerts(klass):
    db = klass
    a, b, c = db.c3[:3]
    d = db.c4[0]
    days = school_days_back(db, TODAY, 9)
    for i, day in enumerate(days):
        marks = {a: ("absent", "")}
        if i >= 6:
            marks[b] = ("absent", "")
        if i in (2, 4, 7):  # never two in a row
            marks[c] = ("absent", "")
        take(db, "wang", C3, day, marks)
        take(db, "li", "四年级(1)班", day, {d: ("absent", "")} if i < 2 else {})
    incremental = [(x.student_id, x.level, x.first_absent_day, x.last_absent_day, x.days_absent, x.raised_on,
                    x.visit_due, x.report_due, x.status) for x in alerts_of(db)]
    assert {x[0] for x in incremental} == {a, b, d}
    with db.transaction() as s:
        s.exec(delete(AbsenceCase))
        s.exec(delete(AbsenceAlert))
    with db.transaction() as s:
        changes = alerts.recompute_all(s, TODAY)
    assert sorted(c.action for c in changes) == ["raised"] * 3
    again = [(x.student_id, x.level, x.first_absent_day, x.last_absent_day, x.days_absent, x.raised_on,
              x.visit_due, x.report_due, x.status) for x in alerts_of(db)]
    assert sorted(again) == sorted(incremental)
    with db.transaction() as s:
        assert alerts.recompute_all(s, TODAY) == []


def test_recompute_all_uses_a_fixed_number_of_queries(klass):
    """No query per student: the statement count does not grow with the school."""
    db = klass
    more = add_students(db, C3, 8, seq0=400)
    for day in school_days_back(db, TODAY, 3):
        take(db, "wang", C3, day, {sid: ("absent", "") for sid in more})
    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    with db.transaction() as s:
        alerts.recompute_all(s, TODAY)
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            assert alerts.recompute_all(s, TODAY) == []
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
    assert len(alerts_of(db, status="open")) == 8
    assert len(statements) <= 8, statements  # 7 for the alerts (with the loaded national days) + 1 for cases


def test_a_run_longer_than_the_window_is_counted_in_full(klass):
    """Long-term absentees: the window is extended for them only, the run is never cut."""
    db = klass
    sid = db.c3[0]
    with db.session() as s:
        cal = load_calendar(s)
    days = school_days_back(db, TODAY, 45)  # more than 2 × dropout_after_days; crosses National Day
    with db.transaction() as s:
        for day in days:
            sheet = AttendanceSheet(class_id=db.class_ids[C3], day=day, session="day", enrolled=4, present=3)
            s.add(sheet)
            s.flush()
            s.add(AttendanceMark(sheet_id=sheet.id, student_id=sid, mark="absent"))
    with db.transaction() as s:
        alerts.recompute_all(s, TODAY, cal)
    (a,) = alerts_of(db)
    assert (a.level, a.days_absent, a.first_absent_day) == ("dropout", 45.0, days[0])
    with db.transaction() as s:
        alerts.recompute_students(s, [sid], TODAY, cal)
    assert [(x.days_absent, x.first_absent_day) for x in alerts_of(db)] == [(45.0, days[0])]


# --- property: the count against brute force ---------------------------------------------

# 14 Sep – 20 Oct 2026: weekends, Mid-autumn (25–27 Sep), National Day (1–7 Oct), make-up days 20 Sep and 10 Oct
RANGE_START, RANGE_DAYS = date(2026, 9, 14), 37
STATES = st.sampled_from(["none", "present", "late", "sick_leave", "absent", "absent", "absent", "absent"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(am_pm=st.booleans(), offset=st.integers(0, 20), length=st.integers(1, 17),
       states=st.lists(STATES, min_size=2 * RANGE_DAYS, max_size=2 * RANGE_DAYS))
def test_count_matches_brute_force(school_db, am_pm, offset, length, states):
    db = school_db
    if not hasattr(db, "kid"):
        db.kid = add_students(db, C3, 1)[0]
    sid, cid = db.kid, db.class_ids[C3]
    start = RANGE_START + timedelta(days=offset)
    end = start + timedelta(days=length - 1)
    with db.session() as s:
        cal = load_calendar(s)
        pol = policy_mod.load(s)
    # build the roll calls straight into the tables, and the brute-force list of half days
    halves: list[str] = []  # per school-day half: none | present | late | sick_leave | absent
    with db.transaction() as s:
        s.exec(delete(AbsenceCase))
        s.exec(delete(AbsenceAlert))
        s.exec(delete(AttendanceMark))
        s.exec(delete(AttendanceSheet))
        day, i = start, 0
        while day <= end:
            if cal.is_school_day(day):
                am, pm = states[2 * i], states[2 * i + 1]
                if not am_pm:
                    pm = am
                for key, state in ([("am", am), ("pm", pm)] if am_pm else [("day", am)]):
                    if state == "none":
                        continue
                    sheet = AttendanceSheet(class_id=cid, day=day, session=key, enrolled=1, present=1)
                    s.add(sheet)
                    s.flush()
                    if state != "present":
                        s.add(AttendanceMark(sheet_id=sheet.id, student_id=sid, mark=state))
                halves += [am, pm]
            day += timedelta(days=1)
            i += 1
    # brute force: drop the halves after the last roll call, then count the absent tail
    while halves and halves[-1] == "none":
        halves.pop()
    n = 0
    while halves and halves[-1] == "absent":
        halves.pop()
        n += 1
    expected = n / 2
    with db.transaction() as s:
        got, first, last = alerts.consecutive_unexcused(s, sid, end, cal, pol)
        assert got == expected
        assert (first is None) == (expected == 0)
        alerts.recompute_students(s, [sid], end, cal, pol)
        current = [a for a in s.exec(select(AbsenceAlert).where(AbsenceAlert.status == "open"))
                   if a.last_absent_day == last]
    if expected >= pol.alert_after_days:
        assert [(a.days_absent, a.first_absent_day, a.level) for a in current] == [
            (expected, first, alerts.level_for(expected, pol))]
    else:
        assert current == []


def test_run_helpers_on_a_time_line():
    from app.school import TermInfo
    from app.school_calendar import Calendar

    cal = Calendar([TermInfo(1, "2026-2027学年", "第一学期", date(2026, 9, 1), date(2027, 1, 20))], {})
    tl = alerts.Timeline(cal, date(2026, 9, 28), date(2026, 10, 9))
    assert tl.days == [date(2026, 9, 28), date(2026, 9, 29), date(2026, 9, 30), date(2026, 10, 8), date(2026, 10, 9)]
    absent = {(date(2026, 9, 30), 0), (date(2026, 9, 30), 1), (date(2026, 10, 8), 0), (date(2026, 10, 8), 1),
              (date(2026, 10, 3), 0), (date(2026, 9, 28), 1)}  # 3 Oct is a holiday: off the time line
    runs = alerts.runs_in(tl, absent)
    assert [(r.first_day, r.last_day, r.days) for r in runs] == [
        (date(2026, 9, 28), date(2026, 9, 28), 0.5), (date(2026, 9, 30), date(2026, 10, 8), 2.0)]
    pol = policy_mod.Policy()
    assert alerts.raised_on(runs[1], tl, cal, pol) == date(2026, 10, 9)
    assert alerts.level_for(1.5, pol) is None and alerts.level_for(2, pol) == "alert"
    assert alerts.level_for(6, pol) == "suspected_dropout" and alerts.level_for(20, pol) == "dropout"


def test_an_old_roll_call_corrected_today_still_raises_its_alert(klass):
    """The recompute after a change reaches back to the changed day, beyond the usual window."""
    db = klass
    sid = db.c3[0]
    for d in (date(2026, 9, 2), date(2026, 9, 3)):
        take(db, "wang", C3, d, {sid: ("absent", "")}, today=TODAY)
    (a,) = alerts_of(db)
    assert (a.first_absent_day, a.raised_on, a.status) == (date(2026, 9, 2), date(2026, 9, 4), "open")
    with db.session() as s:
        assert alerts.open_alerts(s, db.actors["wang"], today=TODAY)[0].report_overdue
    take(db, "wang", C3, date(2026, 9, 2), {}, today=TODAY)
    assert alerts_of(db, status="cleared")


# --- the rules change: alerts follow ---------------------------------------------------------


def test_raising_the_threshold_in_the_policy_clears_an_alert_it_no_longer_meets(klass):
    db = klass
    sid = db.c3[0]
    absent_days(db, [MON, TUE], sid)
    assert [a.status for a in alerts_of(db, sid)] == ["open"]
    with db.transaction() as s:
        policy_mod.save(s, db.actors["admin"], today=TODAY, alert_after_days=3)
    assert [a.status for a in alerts_of(db, sid)] == ["cleared"]
    with db.transaction() as s:
        policy_mod.save(s, db.actors["admin"], today=TODAY, alert_after_days=2)
    assert [a.status for a in alerts_of(db, sid, status="open")] != []


def test_a_snow_closure_on_an_absent_day_is_no_longer_counted(klass):
    from app import school_calendar

    db = klass
    sid = db.c3[0]
    absent_days(db, [MON, TUE], sid)
    assert alerts_of(db, sid, status="open")
    with db.transaction() as s:
        school_calendar.set_day(s, db.actors["reg"], TUE, "closure", "大雪停课", today=TODAY)
    assert alerts_of(db, sid, status="open") == []
    assert counted(db, sid, TUE)[0] == 1.0
