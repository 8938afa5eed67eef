"""Weekly (and monthly) figures: the period, the six figures and the children behind each."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from app import cases, weekly
from app import policy as policy_mod
from app.data.models import AbsenceCase
from app.school_calendar import load_calendar
from tests.attendance.test_attendance import add_students, take

C3, C4 = "三年级(1)班", "四年级(1)班"
D = lambda m, d: date(2026, m, d)  # noqa: E731


# --- periods ---------------------------------------------------------------------------------


@given(day=st.dates(date(2020, 1, 1), date(2035, 12, 31)), weekday=st.integers(0, 6))
def test_the_week_is_the_seven_days_ending_on_the_next_reporting_day(day, weekday):
    start, end = weekly.week_for(day, weekday)
    assert end.weekday() == weekday and end - start == timedelta(days=6)
    assert start <= day <= end
    assert weekly.week_for(end, weekday) == (start, end)


@given(day=st.dates(date(2020, 1, 1), date(2035, 12, 31)))
def test_the_month_holds_the_day(day):
    start, end = weekly.month_for(day)
    assert start.day == 1 and start <= day <= end and (end + timedelta(days=1)).day == 1


def test_thursday_by_default_and_monthly_by_policy(school_db):
    db = school_db
    with db.session() as s:
        r = weekly.report_for(s, db.actors["boss"], D(11, 27))
    assert (r.rhythm, r.start, r.end) == ("weekly", D(11, 27), D(12, 3)) and "周四" in r.title
    with db.transaction() as s:
        policy_mod.save(s, db.actors["admin"], report_rhythm="monthly")
    with db.session() as s:
        r = weekly.report_for(s, db.actors["boss"], D(11, 27))
    assert (r.rhythm, r.start, r.end, r.title) == ("monthly", D(11, 1), D(11, 30), "2026年11月控辍保学月报")
    assert [f.key for f in r.figures] == list(weekly.FIGURES) and all(f.count == 0 for f in r.figures)


def test_day_reaching_counts_school_days_only(school_db):
    with school_db.session() as s:
        cal = load_calendar(s)
    # Mon 28 Sep, Tue 29, Wed 30, [1–7 Oct National Day], Thu 8, Fri 9, Sat 10 (make-up day)
    assert weekly.day_reaching(cal, D(9, 28), 4) == D(10, 8)
    assert weekly.day_reaching(cal, D(9, 28), 6) == D(10, 10)
    assert weekly.day_reaching(cal, D(9, 28), 5.5) == D(10, 10)


# --- the figures ---------------------------------------------------------------------------------


@pytest.fixture
def school_week(school_db):
    """A: alert 25 Nov, visited 26 Nov. B: absent 16–24 Nov, suspected on 23 Nov, dropout on 24 Nov, back 30 Nov.
    C (四年级): alert 25 Nov."""
    db = school_db
    a, b = add_students(db, C3, 2)
    (c,) = add_students(db, C4, 1, seq0=200)
    for d in (D(11, 16), D(11, 17), D(11, 18), D(11, 19), D(11, 20)):
        take(db, "wang", C3, d, {b: ("absent", "")})
        take(db, "li", C4, d, {})
    for d in (D(11, 23), D(11, 24)):
        take(db, "wang", C3, d, {a: ("absent", ""), b: ("absent", "")})
        take(db, "li", C4, d, {c: ("absent", "")})
    with db.session() as s:
        case = {x.student_id: x.id for x in s.exec(select(AbsenceCase))}
    with db.transaction() as s:
        cases.register_dropout(s, db.actors["reg"], case[b], D(11, 24), "在家照看弟妹", family_refused=True,
                               today=D(11, 24))
    with db.transaction() as s:
        cases.record_contact(s, db.actors["wang"], case[a], cases.ContactInput(
            D(11, 26), "in_person", "孩子感冒已好,明天到校"), today=D(11, 26))
        cases.record_contact(s, db.actors["wang"], case[a], cases.ContactInput(
            D(11, 26), "phone", "电话确认"), today=D(11, 26))
        cases.record_contact(s, db.actors["reg"], case[b], cases.ContactInput(
            D(11, 19), "in_person", "孩子在家照看弟妹"), today=D(11, 26))
    db.abc = a, b, c
    db.case = case
    return db


def figures(db, who, day) -> dict[str, tuple[int, tuple[int, ...]]]:
    with db.session() as s:
        r = weekly.weekly_figures(s, db.actors[who], day)
    return {f.key: (f.count, f.student_ids) for f in r.figures}


def test_the_week_ending_thursday_26_november(school_week):
    db = school_week
    a, b, c = db.abc
    assert figures(db, "boss", D(11, 25)) == {
        "new_alerts": (2, tuple(sorted((a, c)))),
        "home_visits": (1, (a,)),  # the phone call is not a visit; B's visit was on the 19th
        "suspected_dropouts": (1, (b,)),
        "dropouts": (1, (b,)),
        "persuaded_back": (0, ()),
        "still_out": (1, (b,)),
    }


def test_the_week_before_and_the_week_after_the_return(school_week):
    db = school_week
    a, b, c = db.abc
    before = figures(db, "boss", D(11, 19))
    assert before["new_alerts"] == (1, (b,)) and before["home_visits"] == (1, (b,))
    assert before["suspected_dropouts"] == before["still_out"] == before["dropouts"] == (0, ())
    with db.transaction() as s:
        cases.record_return(s, db.actors["reg"], db.case[b], D(11, 30), "劝返成功", today=D(11, 30))
    after = figures(db, "boss", D(11, 30))
    assert after["persuaded_back"] == (1, (b,)) and after["still_out"] == (0, ()) and after["new_alerts"] == (0, ())
    assert figures(db, "boss", D(11, 26))["still_out"] == (1, (b,)), "still out at the end of that week"
    with db.transaction() as s:
        policy_mod.save(s, db.actors["admin"], report_rhythm="monthly")
    with db.session() as s:
        month = weekly.report_for(s, db.actors["reg"], D(11, 3))
        text = weekly.format_report(month, {a: "张一", b: "李二"})
    got = {f.key: f.student_ids for f in month.figures}
    assert got["new_alerts"] == tuple(sorted((a, b, c))) and got["persuaded_back"] == (b,)
    assert got["dropouts"] == (b,) and got["still_out"] == ()
    assert "劝返复学:1:李二" in text
    assert month.as_dict()["figures"][0]["student_ids"] == list(got["new_alerts"])


def test_a_teacher_sees_only_the_children_of_their_classes(school_week):
    db = school_week
    a, b, c = db.abc
    li = figures(db, "li", D(11, 25))
    assert li["new_alerts"] == (1, (c,)) and li["home_visits"] == (0, ()) and li["still_out"] == (0, ())
    assert figures(db, "wang", D(11, 25))["new_alerts"] == (1, (a,))


def test_a_cleared_alert_is_not_a_new_alert(school_week):
    db = school_week
    a, b, c = db.abc
    take(db, "li", C4, D(11, 23), {}, today=D(11, 25))  # C's Monday corrected: the alert is cleared
    assert figures(db, "boss", D(11, 25))["new_alerts"] == (1, (a,))
