"""Home teaching (送教上门): enrolment, sessions, the year's hours and visits against the policy."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.data.models import AuditEntry
from app.errors import PermissionDenied, ValidationError
from app.mentors import assigning
from app.mentors import home_teaching as ht
from app.students import create_student
from tests.conftest import TODAY, make_student_input

C4 = "四年级(1)班"


@pytest.fixture
def child(school_db):
    cid = school_db.class_ids[C4]
    with school_db.transaction() as s:
        kid = create_student(s, school_db.actors["admin"],
                             make_student_input(cid, name="残疾儿童", seq=301, disability_type="multiple"), today=TODAY)
        plain = create_student(s, school_db.actors["admin"], make_student_input(cid, name="普通学生", seq=303),
                               today=TODAY)
    return kid, plain


def staff_id(db, username):
    return db.actors[username].staff_id


def test_only_a_disabled_child_is_enrolled(school_db, child):
    kid, plain = child
    with pytest.raises(ValidationError, match="残疾类型"):
        with school_db.transaction() as s:
            ht.enrol(s, school_db.actors["reg"], plain, date(2026, 9, 1))
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            ht.enrol(s, school_db.actors["zhao"], kid, date(2026, 9, 1))
    with school_db.transaction() as s:
        ht.enrol(s, school_db.actors["reg"], kid, date(2026, 9, 1), "重度多重残疾,不能到校")
    with pytest.raises(ValidationError, match="已在送教上门名单中"):
        with school_db.transaction() as s:
            ht.enrol(s, school_db.actors["reg"], kid, date(2026, 10, 1))


def test_sessions_and_progress_against_targets(school_db, child):
    kid, _ = child
    with school_db.transaction() as s:
        ht.enrol(s, school_db.actors["reg"], kid, date(2026, 11, 2))
    # weeks of 2 Nov, 9 Nov, 16 Nov: two visits each; week of 23 Nov (still running on the 27th): one visit
    days = [date(2026, 11, 3), date(2026, 11, 5), date(2026, 11, 10), date(2026, 11, 12), date(2026, 11, 17),
            date(2026, 11, 24)]
    with school_db.transaction() as s:
        for d in days:
            ht.log_session(s, school_db.actors["zhao"], kid,
                           ht.SessionInput(d, None, 2, "生活自理训练、认读汉字"), today=TODAY)
        # a second teacher the same day: more hours, not one more visit
        ht.log_session(s, school_db.actors["reg"], kid,
                       ht.SessionInput(date(2026, 11, 17), staff_id(school_db, "li"), 1, "康复训练"), today=TODAY)
    with school_db.session() as s:
        p = ht.progress(s, school_db.actors["reg"], kid, TODAY)
        assert p.hours == 13 and p.visits == 6 and p.weeks == 4 and p.target_visits == 8
        assert p.weeks_short == (date(2026, 11, 16),)  # one visit only (two teachers the same day)
        assert not p.visits_on_track
        assert p.target_hours_year == 30 and 0 < p.expected_hours < 30 and p.hours_on_track
        assert p.teachers == ("李老师", "赵老师")
        assert [x.student_id for x in ht.overview(s, school_db.actors["boss"], TODAY)] == [kid]
        assert ht.overview(s, school_db.actors["wang"], TODAY) == []  # neither teaches, mentors nor heads
        assert [x.student_id for x in ht.overview(s, school_db.actors["zhao"], TODAY)] == [kid]  # went there
        assert s.exec(select(AuditEntry).where(AuditEntry.action == "home_teaching.session")).all()


def test_session_rules(school_db, child):
    kid, _ = child
    with school_db.transaction() as s:
        ht.enrol(s, school_db.actors["reg"], kid, date(2026, 11, 2))
    bad = [
        (ht.SessionInput(date(2026, 10, 1), None, 2, "x"), "不在送教上门名单"),
        (ht.SessionInput(TODAY + timedelta(days=1), None, 2, "x"), "还没到"),
        (ht.SessionInput(TODAY, None, 0, "x"), "课时"),
        (ht.SessionInput(TODAY, None, 1.3, "x"), "半课时"),
        (ht.SessionInput(TODAY, None, 2, "  "), "送教内容"),
    ]
    for inp, msg in bad:
        with pytest.raises(ValidationError, match=msg):
            with school_db.transaction() as s:
                ht.log_session(s, school_db.actors["zhao"], kid, inp, today=TODAY)
    with pytest.raises(PermissionDenied):  # 王老师 logging for 赵老师, neither mentor nor head of the class
        with school_db.transaction() as s:
            ht.log_session(s, school_db.actors["wang"], kid,
                           ht.SessionInput(TODAY, staff_id(school_db, "zhao"), 2, "x"), today=TODAY)
    with school_db.transaction() as s:  # the mentor may log for another teacher
        assigning.assign(s, school_db.actors["boss"], kid, staff_id(school_db, "wang"), date(2026, 11, 2))
        ht.log_session(s, school_db.actors["wang"], kid,
                       ht.SessionInput(TODAY, staff_id(school_db, "zhao"), 2, "认读"), today=TODAY)


def test_ended_enrolment_keeps_sessions(school_db, child):
    kid, _ = child
    with school_db.transaction() as s:
        ht.enrol(s, school_db.actors["reg"], kid, date(2026, 11, 2))
        ht.log_session(s, school_db.actors["zhao"], kid, ht.SessionInput(date(2026, 11, 3), None, 2, "认读"),
                       today=TODAY)
    with school_db.transaction() as s:
        ht.end_enrolment(s, school_db.actors["reg"], kid, date(2026, 11, 20), "经康复可随班就读")
    with school_db.session() as s:
        p = ht.progress(s, school_db.actors["reg"], kid, TODAY)
        assert p.period_end == date(2026, 11, 19) and p.hours == 2 and p.weeks == 3
        assert len(ht.sessions_of(s, school_db.actors["reg"], kid)) == 1
    with pytest.raises(ValidationError, match="不在送教上门名单"):
        with school_db.transaction() as s:
            ht.log_session(s, school_db.actors["zhao"], kid, ht.SessionInput(date(2026, 11, 24), None, 2, "认读"),
                           today=TODAY)
