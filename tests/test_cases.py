"""The case file (一人一案): opened with the alert, steps and due dates, records, permissions, dropout and return."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import func, select

from app import cases
from app.cases import work as cases_work
from app.data.models import (
    AbsenceAlert,
    AbsenceCase,
    AuditEntry,
    CaseReport,
    Contact,
    PersuasionLedger,
    StatusChange,
    Student,
)
from app.errors import PermissionDenied, ValidationError
from tests.attendance.test_attendance import add_students, take
from tests.conftest import TODAY

MON, TUE, WED, THU, FRI = (date(2026, 11, 23) + timedelta(days=i) for i in range(5))
NEXT_MON, NEXT_TUE = date(2026, 11, 30), date(2026, 12, 1)
C3 = "三年级(1)班"


def visit(day=THU, form="in_person", **kw) -> cases.ContactInput:
    values = dict(contact_date=day, form=form, student_condition="孩子在家帮忙干农活,身体无恙",
                  guardian_met="张大山", guardian_relation="father", family_situation="父母在家务农",
                  purpose="核实缺勤原因", problems="家长未请假", measures="明天送孩子到校,班主任每天电话跟进",
                  guardian_opinion="同意明天送孩子到校")
    values.update(kw)
    return cases.ContactInput(**values)


@pytest.fixture
def opened(school_db):
    """张一 of 三年级(1)班 absent Monday and Tuesday: alert raised Wednesday, case open."""
    db = school_db
    db.c3 = add_students(db, C3, 3)
    db.c4 = add_students(db, "四年级(1)班", 1, seq0=200)
    db.kid = db.c3[0]
    for d in (MON, TUE):
        take(db, "wang", C3, d, {db.kid: ("absent", "")})
    with db.session() as s:
        db.case_id = s.exec(select(AbsenceCase.id)).one()
    return db


def run(db, who, fn, *args, **kw):
    with db.transaction() as s:
        return fn(s, db.actors[who], *args, **kw)


def case_row(db, who="boss", today=TODAY) -> cases.CaseRow:
    with db.session() as s:
        (row,) = [r for r in cases.list_cases(s, db.actors[who], today) if r.case_id == db.case_id]
        return row


def count(db, model) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(model)).one()


# --- opening ---------------------------------------------------------------------------------


def test_the_alert_opens_a_case_assigned_to_the_class_teacher(opened):
    db = opened
    with db.session() as s:
        case = s.get(AbsenceCase, db.case_id)
        alert = s.exec(select(AbsenceAlert)).one()
        assert alert.case_id == case.id and case.alert_id == alert.id
        assert case.stage == "alert" and case.opened_on == WED == alert.raised_on
        assert case.student_id == db.kid and case.class_id == db.class_ids[C3]
        assert case.assigned_staff_id == alert.assigned_staff_id
        opened_entry = s.exec(select(AuditEntry).where(AuditEntry.action == "case.open")).one()
        assert "王老师" in opened_entry.summary and opened_entry.username == "wang"
    row = case_row(db, today=WED)
    assert (row.stage, row.next_step, row.next_due, row.overdue) == ("alert", "入户家访,核实情况", THU, False)
    assert row.assigned_teacher == "王老师" and row.can_work


def test_overdue_steps_are_flagged_by_today(opened):
    db = opened
    assert not case_row(db, today=THU).overdue
    row = case_row(db, today=FRI)
    assert row.overdue and row.overdue_steps == ("入户家访,核实情况",)  # report is due on Friday itself
    row = case_row(db, today=NEXT_MON)
    assert row.overdue_steps == ("入户家访,核实情况", "书面报告乡镇政府和县教育局")


def test_visit_then_report_moves_the_stage_and_clears_the_overdue_flags(opened):
    db = opened
    run(db, "wang", cases.record_contact, db.case_id, visit(THU, form="phone"), today=THU)
    assert case_row(db, today=FRI).stage == "alert", "a phone call is not a home visit"
    run(db, "wang", cases.record_contact, db.case_id, visit(FRI), today=FRI)
    row = case_row(db, today=NEXT_MON)
    assert (row.stage, row.visited_on, row.overdue_steps) == ("visited", FRI, ("书面报告乡镇政府和县教育局",))
    run(db, "wang", cases.record_report, db.case_id, NEXT_MON, ["马道镇人民政府", "留坝县教育局"],
        reference="马道小〔2026〕12号", today=NEXT_MON)
    row = case_row(db, today=NEXT_MON)
    assert (row.stage, row.reported_on, row.overdue, row.next_step) == ("reported", NEXT_MON, False,
                                                                       "跟踪到校情况,返校后结案")
    with db.session() as s:
        from app.attendance import alerts
        (a,) = alerts.open_alerts(s, db.actors["wang"], today=NEXT_MON)
        assert not a.visit_overdue and not a.report_overdue
        f = cases.get_case(s, db.actors["wang"], db.case_id, today=NEXT_MON)
    assert [c.form for c in f.contacts] == ["phone", "in_person"]
    assert f.contacts[1].guardian_relation == "father" and f.contacts[1].staff_name == "王老师"
    assert f.reports[0].recipients == "马道镇人民政府、留坝县教育局" and f.reports[0].reference == "马道小〔2026〕12号"


# --- refusals ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["zhao", "li"])
def test_other_teachers_may_not_work_on_the_case(opened, who):
    db = opened
    with pytest.raises(PermissionDenied, match="只有负责该个案的教师、班主任、校长和学籍管理员"):
        run(db, who, cases.record_contact, db.case_id, visit(), today=TODAY)
    assert count(db, Contact) == 0


@pytest.mark.parametrize("who", ["wang", "boss", "reg"])
def test_class_teacher_principal_and_registrar_may(opened, who):
    db = opened
    run(db, who, cases.record_contact, opened.case_id, visit(), today=TODAY)
    assert count(db, Contact) == 1


def test_the_assignee_hook_gives_the_mentor_the_case(school_db, monkeypatch):
    db = school_db
    li_staff = db.actors["li"].staff_id
    monkeypatch.setattr(cases_work, "open_mentor", lambda session, student_id: li_staff)  # a mentor of every child
    kid = add_students(db, C3, 1)[0]
    for d in (MON, TUE):
        take(db, "wang", C3, d, {kid: ("absent", "")})
    with db.session() as s:
        case = s.exec(select(AbsenceCase)).one()
        assert case.assigned_staff_id == li_staff
        assert s.exec(select(AbsenceAlert)).one().assigned_staff_id == li_staff
    run(db, "li", cases.record_contact, case.id, visit(), today=TODAY)  # the mentor (another class's teacher)
    run(db, "wang", cases.record_contact, case.id, visit(), today=TODAY)  # and still the class teacher
    with pytest.raises(PermissionDenied):
        run(db, "zhao", cases.record_contact, case.id, visit(), today=TODAY)


@pytest.mark.parametrize("fn, args, field", [
    (cases.record_report, (TUE, ["马道镇人民政府"]), "报告日期"),  # before the alert (raised Wednesday)
    (cases.record_report, (THU, []), "报送单位"),
    (cases.record_report, (NEXT_TUE, ["马道镇人民政府"]), "报告日期"),  # in the future
    (cases.record_contact, (visit(date(2026, 11, 20)),), "家访日期"),  # before the absence began
    (cases.record_contact, (visit(THU, student_condition=" "),), "学生现状"),
    (cases.record_contact, (visit(THU, form="letter"),), "联系方式"),
    (cases.record_return, (TUE,), "返校日期"),  # back before leaving
    (cases.record_notice, (THU, WED, "马道镇人民政府"), "限期返校日期"),
    (cases.record_persuasion, (THU, [], "入户劝返"), "参加人员"),
    (cases.record_persuasion, (THU, [cases.Participant("mayor", "某某")], "入户劝返"), "参加人员1身份"),
    (cases.register_dropout, (THU, "厌学"), "辍学认定"),  # 2 days absent: not a dropout yet
    (cases.close_case, (THU, "other", ""), "结案说明"),
])
def test_illegal_steps_are_refused_with_the_field_named(opened, fn, args, field):
    db = opened
    with pytest.raises(ValidationError) as err:
        run(db, "reg", fn, db.case_id, *args, today=TODAY)
    assert err.value.field == field and err.value.reason
    with db.session() as s:
        case = s.get(AbsenceCase, db.case_id)
        assert (case.stage, case.visited_on, case.reported_on, case.outcome) == ("alert", None, None, "")
        assert s.get(Student, db.kid).status == "in_school"
    assert count(db, Contact) == count(db, CaseReport) == count(db, PersuasionLedger) == 0


def test_return_closes_the_case_and_a_closed_case_takes_no_more_records(opened):
    db = opened
    take(db, "wang", C3, WED, {})
    run(db, "wang", cases.record_contact, db.case_id, visit(WED), today=WED)
    run(db, "wang", cases.record_return, db.case_id, WED, "家访后返校", today=WED)
    with db.session() as s:
        case = s.get(AbsenceCase, db.case_id)
        assert (case.stage, case.closed_on, case.outcome) == ("returned", WED, "returned")
        assert s.get(AbsenceAlert, case.alert_id).status == "closed"
        assert cases.list_cases(s, db.actors["boss"], TODAY) == []
    with pytest.raises(ValidationError, match="已于 2026-11-25 结案"):
        run(db, "wang", cases.record_contact, db.case_id, visit(THU), today=TODAY)
    # absent again: a new alert opens a new case
    for d in (THU, FRI):
        take(db, "wang", C3, d, {db.kid: ("absent", "")})
    with db.session() as s:
        assert [c.stage for c in s.exec(select(AbsenceCase).order_by(AbsenceCase.id))] == ["returned", "alert"]


def test_a_cleared_alert_cancels_the_case_and_reopening_restores_it(opened):
    db = opened
    take(db, "wang", C3, MON, {}, today=TUE)  # the roll call is corrected
    with db.session() as s:
        assert s.get(AbsenceCase, db.case_id).stage == "cancelled"
        assert s.exec(select(AuditEntry).where(AuditEntry.action == "case.stage")).first() is not None
    with pytest.raises(ValidationError, match="预警已撤销"):
        run(db, "wang", cases.record_contact, db.case_id, visit(), today=TODAY)
    take(db, "wang", C3, MON, {db.kid: ("absent", "")}, today=TUE)
    with db.session() as s:
        assert s.get(AbsenceCase, db.case_id).stage == "alert"
        assert s.exec(select(func.count()).select_from(AbsenceCase)).one() == 1


# --- dropout and persuasion ---------------------------------------------------------------------------


def test_dropout_registration_ledger_persuasion_notice_and_return(opened):
    db = opened
    both = [cases.Participant("township", "刘德明(包村干部)"), cases.Participant("village", "马国平(村支书)"),
            cases.Participant("principal", "陈校长"), cases.Participant("teacher", "王老师")]
    run(db, "wang", cases.record_contact, db.case_id, visit(THU), today=THU)
    run(db, "wang", cases.record_persuasion, db.case_id, THU, both, "镇村干部和校长、班主任入户宣讲义务教育法",
        result="家长不同意返校", today=THU)
    run(db, "wang", cases.record_notice, db.case_id, THU, NEXT_TUE, "马道镇人民政府", reference="马政限返〔2026〕3号",
        today=THU)
    # a teacher cannot change the student's status
    with pytest.raises(PermissionDenied):
        run(db, "wang", cases.register_dropout, db.case_id, FRI, "随父母外出务工", family_refused=True, today=FRI)
    assert count(db, PersuasionLedger) == 0
    run(db, "reg", cases.register_dropout, db.case_id, FRI, "随父母外出务工", whereabouts="浙江宁波",
        family_refused=True, today=FRI)
    with db.session() as s:
        assert s.get(Student, db.kid).status == "dropout"
        change = s.exec(select(StatusChange).where(StatusChange.student_id == db.kid, StatusChange.code == "28")).one()
        assert change.effective_date == FRI
        ledger = s.exec(select(PersuasionLedger)).one()
        assert (ledger.closed_on, ledger.left_on, ledger.whereabouts) == (None, MON, "浙江宁波")
    row = case_row(db, today=NEXT_MON)
    assert (row.stage, row.next_step) == ("dropout", "书面报告乡镇政府和县教育局")
    with pytest.raises(ValidationError, match="劝返台账须保留到返校为止"):
        run(db, "reg", cases.close_case, db.case_id, NEXT_MON, "transferred", today=NEXT_MON)
    with pytest.raises(ValidationError, match="已登记辍学"):
        run(db, "reg", cases.register_dropout, db.case_id, FRI, "再次", family_refused=True, today=NEXT_MON)
    with pytest.raises(ValidationError, match="早于辍学登记日期"):
        run(db, "reg", cases.record_return, db.case_id, THU, today=NEXT_MON)
    run(db, "reg", cases.record_return, db.case_id, NEXT_TUE, "劝返成功", today=NEXT_TUE)
    with db.session() as s:
        assert s.get(Student, db.kid).status == "in_school"
        assert s.exec(select(StatusChange.code).where(StatusChange.student_id == db.kid)
                      .order_by(StatusChange.id)).all() == ["11", "28", "12"]
        ledger = s.exec(select(PersuasionLedger)).one()
        assert (ledger.closed_on, ledger.result) == (NEXT_TUE, "returned")
        f = cases.get_case(s, db.actors["boss"], db.case_id, today=NEXT_TUE)
    assert (f.stage, f.outcome, f.closed_on, f.steps) == ("returned", "returned", NEXT_TUE, [])
    assert f.attempts[0].both_lines and {p["role"] for p in f.attempts[0].participants} == {
        "township", "village", "principal", "teacher"}
    assert (f.notice_deadline, f.notice_issuer, f.ledger.result) == (NEXT_TUE, "马道镇人民政府", "returned")


def test_a_contact_outside_any_case_shares_the_contact_rows(opened):
    db = opened
    run(db, "wang", cases.record_contact, db.case_id, visit(THU), today=THU)
    run(db, "wang", cases.record_student_contact, db.kid, visit(FRI, form="video", purpose="每周帮扶联系"), today=FRI)
    with pytest.raises(PermissionDenied):
        run(db, "li", cases.record_student_contact, db.kid, visit(FRI), today=FRI)
    with db.session() as s:
        log = cases.contacts_of_student(s, db.kid)
        assert [(c.case_id, c.form) for c in log] == [(db.case_id, "in_person"), (None, "video")]
        assert [c.form for c in cases.contacts_of_student(s, db.kid, db.case_id)] == ["in_person"]


# --- listing ----------------------------------------------------------------------------------------------


def test_alerts_report_is_json_and_text(opened):
    db = opened
    with db.session() as s:
        rows = cases.alerts_report(s, db.actors["boss"], FRI)
        assert cases.alerts_report(s, db.actors["li"], FRI) == []
        assert len(cases.alerts_report(s, db.actors["zhao"], FRI)) == 1  # teaches the class: may look
    data = json.loads(json.dumps(rows, ensure_ascii=False))
    assert data[0]["student_name"] == "张一" and data[0]["next_due"] == "2026-11-26" and data[0]["overdue"]
    assert data[0]["stage"] == "alert" and data[0]["stage_label"] == "已预警,待家访"
    text = cases.format_alerts_report(rows, FRI)
    assert "张一" in text and "逾期" in text and "王老师" in text
    assert "(无)" in cases.format_alerts_report([], FRI)


# --- properties --------------------------------------------------------------------------------------------

LEVELS = st.sampled_from(["alert", "suspected_dropout", "dropout"])


@given(alert_status=st.sampled_from(["open", "cleared", "closed"]), level=LEVELS, visited=st.booleans(),
       reported=st.booleans(), ledger_open=st.booleans(), outcome=st.sampled_from(["", *cases.OUTCOMES]))
def test_stage_follows_the_escalation_chain(alert_status, level, visited, reported, ledger_open, outcome):
    stage = cases.stage_for(alert_status=alert_status, level=level, visited=visited, reported=reported,
                            ledger_open=ledger_open, outcome=outcome)
    assert stage in cases.STAGES
    assert (stage == "returned") == (outcome == "returned")
    assert (stage in cases.OPEN_STAGES) == (not outcome and alert_status != "cleared")
    if stage in cases.OPEN_STAGES:
        assert (stage == "dropout") == ledger_open
        if not ledger_open and level != "alert":
            assert stage == "suspected_dropout"
        if stage == "alert":
            assert not visited and not reported


@given(level=LEVELS, visited=st.booleans(), reported=st.booleans(), stage=st.sampled_from(sorted(cases.STAGES)),
       visit_due=st.dates(date(2026, 9, 1), date(2027, 1, 20)), gap=st.integers(0, 5), shift=st.integers(-10, 10))
def test_a_step_is_overdue_exactly_when_undone_and_past_due(level, visited, reported, stage, visit_due, gap, shift):
    report_due = visit_due + timedelta(days=gap)
    today = visit_due + timedelta(days=shift)
    steps = cases.pending_steps(stage=stage, level=level, visited=visited, reported=reported, visit_due=visit_due,
                                report_due=report_due, notice_deadline=None, today=today)
    if stage not in cases.OPEN_STAGES:
        assert steps == []
        return
    assert steps, "an open case always has a next step"
    keys = {s.key: s for s in steps}
    assert ("visit" in keys) == (not visited) and ("report" in keys) == (not reported)
    if not visited:
        assert keys["visit"].overdue == (today > visit_due)
    if not reported:
        assert keys["report"].overdue == (today > report_due)
    assert all(not s.overdue for s in steps if s.key not in ("visit", "report"))
