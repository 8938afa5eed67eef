"""School days: weekends, statutory holidays, make-up working days (调休), terms and the school's own days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import policy, school
from app import school_calendar as sc
from app.accounts import SYSTEM
from app.data.models import NationalHoliday
from app.errors import PermissionDenied, ValidationError
from app.school import TermInfo

TERM1 = TermInfo(1, "2026-2027学年", "第一学期", date(2026, 9, 1), date(2027, 1, 20))
TERM0 = TermInfo(2, "2025-2026学年", "第二学期", date(2026, 3, 2), date(2026, 7, 10))


def cal(overrides=None) -> sc.Calendar:
    return sc.Calendar([TERM1, TERM0], overrides or {})


def test_national_days_2026():
    c = cal()
    assert not c.is_school_day(date(2026, 10, 1))
    assert c.info(date(2026, 10, 1)).reason == "国庆节"
    assert c.info(date(2026, 9, 20)).school_day, "Sunday 20 Sept 2026 is a make-up working day"
    assert c.info(date(2026, 9, 20)).reason == "调休上课日"
    assert c.info(date(2026, 10, 10)).school_day, "Saturday 10 Oct 2026 is a make-up working day"
    assert c.info(date(2026, 11, 28)).reason == "周末"
    assert c.info(date(2026, 8, 10)).reason == "假期(学期外)"
    assert c.is_school_day(date(2026, 11, 27))


def test_school_closure_and_extra_day():
    c = cal({date(2026, 11, 27): ("closure", "大雪"), date(2026, 11, 28): ("school_day", "补课")})
    assert not c.is_school_day(date(2026, 11, 27))
    assert c.info(date(2026, 11, 27)).reason == "学校停课:大雪"
    assert c.is_school_day(date(2026, 11, 28))


def test_deadline_in_school_time_skips_the_national_day_week():
    c = cal()
    # Tuesday 29 Sept 2026 + 2 school days: 30 Sept, then the holiday until 7 Oct, 8 Oct
    assert c.add_school_days(date(2026, 9, 29), 2) == date(2026, 10, 8)


def test_uncovered_year_is_reported():
    c = sc.Calendar([TermInfo(3, "2027-2028学年", "第二学期", date(2028, 2, 20), date(2028, 7, 10))], {})
    assert 2028 in c.uncovered_years()
    # a holiday the school marks itself does not make the year known: only the national table does
    c2 = sc.Calendar(c.terms, {date(2028, 4, 4): ("holiday", "清明节")})
    assert 2028 in c2.uncovered_years()
    c3 = sc.Calendar(c.terms, {}, {date(2028, 4, 4): ("holiday", "清明节")})
    assert 2028 not in c3.uncovered_years()


days = st.dates(min_value=date(2025, 8, 1), max_value=date(2027, 2, 28))


@settings(max_examples=200)
@given(days, st.integers(0, 60))
def test_counting_matches_a_day_by_day_walk(start, span):
    c = cal()
    end = start + timedelta(days=span)
    walk = 0
    d = start
    while d <= end:
        working, _ = sc.national_workday(d)
        in_term = any(t.start_date <= d <= t.end_date for t in (TERM0, TERM1))
        walk += working and in_term
        d += timedelta(days=1)
    assert c.count_school_days(start, end) == walk


@settings(max_examples=200)
@given(days, st.integers(1, 15))
def test_add_school_days_is_the_inverse_of_counting(start, n):
    c = cal()
    try:
        end = c.add_school_days(start, n)
    except ValidationError:
        return
    assert c.is_school_day(end)
    assert c.count_school_days(start + timedelta(days=1), end) == n


@given(days)
def test_weekends_are_off_unless_make_up_days(day):
    c = cal()
    info = c.info(day)
    if day.weekday() >= 5 and info.school_day:
        assert info.reason in ("调休上课日",)


def test_setting_days_needs_permission_and_a_reason(school_db):
    admin, wang = school_db.actors["admin"], school_db.actors["wang"]
    with pytest.raises(ValidationError, match="原因"):
        with school_db.transaction() as s:
            sc.set_day(s, admin, date(2026, 12, 1), "closure")
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            sc.set_day(s, wang, date(2026, 12, 1), "closure", "大雪")
    with school_db.transaction() as s:
        sc.set_day(s, admin, date(2026, 12, 1), "closure", "大雪")
    with school_db.transaction() as s:
        c = sc.load_calendar(s)
        assert not c.is_school_day(date(2026, 12, 1))
        sc.clear_day(s, admin, date(2026, 12, 1))
    with school_db.transaction() as s:
        assert sc.load_calendar(s).is_school_day(date(2026, 12, 1))


def test_the_rules_token_follows_every_write_to_the_calendar_and_the_policy(school_db):
    """The calendar and the policy are kept under their rows' token (migration 0029): it moves with every
    write to those rows, in the writing transaction, and a rollback brings the old one back with the old rows."""
    admin, day = school_db.actors["admin"], date(2026, 12, 1)
    with school_db.transaction() as s:
        before = policy.rules_token(s)
        assert before and sc.load_calendar(s).is_school_day(day)
        school.create_staff(s, SYSTEM, "孙老师")  # any other write leaves the token alone
        assert policy.rules_token(s) == before
    with school_db.transaction() as s:
        sc.set_day(s, admin, day, "closure", "大雪")
        moved = policy.rules_token(s)
        assert moved != before
        assert not sc.load_calendar(s).is_school_day(day)  # seen in the transaction that made it
        s.rollback()
    with school_db.transaction() as s:
        assert policy.rules_token(s) == before
        assert sc.load_calendar(s).is_school_day(day)  # the rolled-back closure is not kept
        policy.save(s, admin, alert_after_days=3)
        assert policy.rules_token(s) not in (before, moved)
        assert policy.load(s).alert_after_days == 3
    with school_db.transaction() as s:
        token = policy.rules_token(s)
        school.add_school_year(s, SYSTEM, 2027)
        assert policy.rules_token(s) != token
        token = policy.rules_token(s)
        s.add(NationalHoliday(day=date(2027, 5, 3), year=2027, kind="holiday", name="劳动节"))
        s.flush()
        assert policy.rules_token(s) != token
        assert sc.load_calendar(s).national.get(date(2027, 5, 3)) == ("holiday", "劳动节")


def test_a_days_reason_is_shown_in_english_and_stays_chinese_for_the_code():
    """#15 item 6: the calendar's day reasons in the English windows (they were the Chinese strings code compares)."""
    from app.school_calendar import DayReason

    cases = {"上课日": "school day", "周末(未确认)": "weekend (unconfirmed)", "国庆节": "National Day",
             "中秋节": "Mid-autumn Festival", "学校停课:大雪": "school closed: 大雪", "学校上课日": "school day",
             "某地方节日": "某地方节日"}  # a name only a loaded holiday file knows: as the file has it
    for zh, en in cases.items():
        reason = DayReason(zh)
        assert reason.in_language("en") == en and reason.in_language("zh_CN") == zh and str(reason) == zh
