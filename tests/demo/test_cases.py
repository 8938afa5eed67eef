"""The demo's case stage: alerts from generated attendance become cases at every stage, through the real rules."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlmodel import select

from app import cases, weekly
from app.accounts import SYSTEM
from app.data.models import (
    AbsenceCase,
    AuditEntry,
    CaseReport,
    Contact,
    PersuasionAttempt,
    PersuasionLedger,
    Student,
)
from app.demo.cases import populate_demo
from app.school_calendar import load_calendar
from tests.attendance.test_attendance import add_students, take
from tests.conftest import TODAY

C3 = "三年级(1)班"


def school_days_back(db, n):
    with db.session() as s:
        cal = load_calendar(s)
    out, d = [], TODAY
    while len(out) < n:
        if cal.is_school_day(d):
            out.append(d)
        d -= timedelta(days=1)
    return out[::-1]


def build(db):
    """Eight pupils, 25 school days of roll calls: a long-term absentee, a suspected dropout, short absences."""
    kids = add_students(db, C3, 8)
    days = school_days_back(db, 25)
    absent = {
        kids[0]: set(days[2:]),  # 23 days: dropout level
        kids[1]: set(days[-8:]),  # 8 days: suspected dropout
        kids[2]: set(days[5:7]),  # 2 days, back since
        kids[3]: set(days[10:13]),  # 3 days, back since
        kids[4]: set(days[-2:]),  # the last two days: newest alert
        kids[5]: set(days[15:17]),
    }
    for d in days:
        take(db, "wang", C3, d, {k: ("absent", "") for k, ds in absent.items() if d in ds}, today=TODAY)
    return kids


def test_populate_demo_makes_cases_at_every_stage(school_db):
    db = school_db
    kids = build(db)
    with db.session() as s:
        assert len(s.exec(select(AbsenceCase)).all()) == 6
    with db.transaction() as s:
        result = populate_demo(s, SYSTEM, random.Random(7), TODAY)
    assert result.dropouts == 1 and result.returned == 1 and result.notices >= 1 and result.attempts >= 2
    with db.session() as s:
        stages = {c.student_id: c.stage for c in s.exec(select(AbsenceCase))}
        assert stages[kids[0]] == "dropout" and s.get(Student, kids[0]).status == "dropout"
        assert stages[kids[1]] == "suspected_dropout"
        assert "returned" in stages.values()
        assert set(stages.values()) == {"dropout", "suspected_dropout", "returned", "reported", "visited", "alert"}
        assert result.stages == dict(__import__("collections").Counter(stages.values()))
        ledger = s.exec(select(PersuasionLedger)).one()
        assert ledger.closed_on is None and ledger.student_id == kids[0] and ledger.reason_left
        attempts = s.exec(select(PersuasionAttempt)).all()
        assert all({p["line"] for p in a.participants} == {"administrative", "education"} for a in attempts)
        notice_case = s.exec(select(AbsenceCase).where(AbsenceCase.notice_issued_on.is_not(None))).first()
        assert notice_case.notice_deadline > notice_case.notice_issued_on and "人民政府" in notice_case.notice_issuer
        visits = s.exec(select(Contact).where(Contact.form == "in_person")).all()
        assert visits and all(v.student_condition and v.measures and v.family_situation for v in visits)
        assert all(v.contact_date <= TODAY for v in visits)
        reports = s.exec(select(CaseReport)).all()
        assert reports and all("教育局" in r.recipients for r in reports)
        # every record went through the services: audited
        assert len(s.exec(select(AuditEntry).where(AuditEntry.action == "case.contact")).all()) == len(
            s.exec(select(Contact)).all())
        # the listing and the figures read it back
        rows = cases.list_cases(s, db.actors["boss"], TODAY)
        assert {r.stage for r in rows} >= {"dropout", "suspected_dropout"}
        assert all(r.stage != "returned" for r in rows)
        month = weekly.monthly_figures(s, db.actors["boss"], TODAY)
        assert kids[0] in month.figure("still_out").student_ids


def test_populate_demo_is_repeatable_from_the_seed(school_db):
    db = school_db
    build(db)
    with db.transaction() as s:
        s.begin_nested()
        first = populate_demo(s, SYSTEM, random.Random(3), TODAY)
        texts = sorted(c.family_situation for c in s.exec(select(Contact)))
        s.rollback()
    with db.transaction() as s:
        second = populate_demo(s, SYSTEM, random.Random(3), TODAY)
        again = sorted(c.family_situation for c in s.exec(select(Contact)))
    assert first == second and texts == again


def test_populate_demo_with_no_alerts_does_nothing(school_db):
    db = school_db
    add_students(db, C3, 2)
    with db.transaction() as s:
        result = populate_demo(s, SYSTEM, random.Random(1), TODAY)
    assert result.contacts == result.dropouts == 0 and result.stages == {}
