"""The previous roll call's hints: who a search shows first, and who "same as yesterday" carries over."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app import attendance as att
from app import policy as policy_mod
from app.attendance import previous as prev
from app.errors import PermissionDenied
from app.students import record_status_change
from tests.attendance.test_attendance import add_students, take
from tests.conftest import TODAY

MON, TUE, WED, THU, FRI = (date(2026, 11, 23) + timedelta(days=i) for i in range(5))
C3 = "三年级(1)班"


@pytest.fixture
def klass(school_db):
    school_db.c3 = add_students(school_db, C3, 8)
    return school_db


def hints(db, day=FRI, session_key="day", who="wang"):
    with db.session() as s:
        rc = att.open_roll_call(s, db.actors[who], db.class_ids[C3], day, session_key, today=day)
        return rc, prev.previous_roll_call(s, db.actors[who], db.class_ids[C3], day, session_key)


def test_yesterdays_unexcused_absentees_are_carried_and_nobody_else(klass):
    db, ids = klass, klass.c3
    take(db, "wang", C3, THU, {ids[0]: ("absent", ""), ids[1]: ("sick_leave", "发烧"), ids[2]: ("late", ""),
                               ids[3]: ("personal_leave", ""), ids[4]: ("absent", ""), ids[5]: ("absent", "")})
    with db.transaction() as s:  # ids[4] is on an approved leave today; ids[5] left the school today
        att.add_leave(s, db.actors["reg"], ids[4], "sick", FRI, FRI, reason="住院", today=FRI)
        record_status_change(s, db.actors["reg"], ids[5], "27", FRI, reason="转学")
    rc, p = hints(db)
    assert p.taken and (p.previous_day, p.previous_session) == (THU, "day")
    assert p.carried(rc, {}) == [ids[0]], "only the unexcused absentee still on roll and not on leave today"
    assert p.carried(rc, {ids[0]: "late"}) == [], "a pupil the teacher has already marked here is not changed"


def test_nothing_is_carried_onto_a_submitted_roll_call_or_from_a_day_nobody_took(klass):
    db, ids = klass, klass.c3
    rc, p = hints(db)
    assert p.previous_day == THU and not p.taken and p.carried(rc, {}) == []
    take(db, "wang", C3, THU, {ids[0]: ("absent", "")})
    take(db, "wang", C3, FRI, {})
    rc, p = hints(db)
    assert rc.taken and p.carried(rc, {}) == [], "a submitted roll call is corrected by hand, never carried over"
    rc, p = hints(db, who="boss")  # the principal may look, not take the roll
    assert p.carried(rc, {}) == []


def test_monday_follows_friday_and_the_afternoon_follows_the_morning(klass):
    db, ids = klass, klass.c3
    take(db, "wang", C3, date(2026, 11, 20), {ids[2]: ("absent", "")})
    rc, p = hints(db, MON)
    assert p.previous_day == date(2026, 11, 20) and p.carried(rc, {}) == [ids[2]]
    with db.transaction() as s:
        policy_mod.save(s, db.actors["admin"], sessions="am_pm")
    take(db, "wang", C3, FRI, {ids[1]: ("absent", "")}, "am")
    rc, p = hints(db, FRI, "pm")
    assert (p.previous_day, p.previous_session) == (FRI, "am") and p.carried(rc, {}) == [ids[1]]
    rc, p = hints(db, FRI, "am")  # the morning follows Thursday's afternoon: no roll call then
    assert p.previous_day == THU and not p.taken


def test_a_search_shows_the_likely_absentees_first(klass):
    db, ids = klass, klass.c3
    take(db, "wang", C3, THU, {ids[3]: ("absent", ""), ids[5]: ("sick_leave", "")})
    for day in (MON, TUE, WED):
        take(db, "wang", C3, day, {ids[6]: ("absent", "")})  # three days: an open alert, back on Thursday
    rc, p = hints(db)
    by_id = {s.student_id: s for s in rc.students}
    assert p.open_alerts == {ids[6]}
    ranks = prev.find_ranks(p, rc.students)
    assert ranks[ids[3]] == 0 and p.reason(ids[3]) == prev.ABSENT_BEFORE
    assert ranks[ids[6]] == 1 and p.reason(ids[6]) == prev.ALERT_OPEN
    assert ranks[ids[5]] == 2 and p.reason(ids[5]) == prev.MISSED_BEFORE
    assert ranks[ids[0]] == prev.OTHERS and p.reason(ids[0]) is None
    assert prev.find_ranks(p, rc.students, marked_by_key=[ids[3]])[ids[3]] == prev.OTHERS, \
        "a pupil just marked by a key is not the one looked for next"
    locked = by_id[ids[3]]._replace(locked_by_leave=True)
    assert p.find_rank(locked) == prev.OTHERS, "a pupil locked by a leave cannot be marked: not moved up"


def test_only_who_may_see_the_roll_call_reads_it(klass):
    with pytest.raises(PermissionDenied):
        with klass.session() as s:
            prev.previous_roll_call(s, klass.actors["li"], klass.class_ids[C3], FRI)
