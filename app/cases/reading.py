"""Reading the case files: the list, one case file with its steps, the alerts report."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, time
from typing import Any

from sqlmodel import Session, select

from app.accounts import Actor, require
from app.attendance.alerts import LEVEL_RANK, LEVELS
from app.cases.stages import (
    FORMS,
    LINES,
    STAGES,
    Step,
    pending_steps,
    stage_for,
)
from app.cases.work import (
    can_view,
    can_work_on,
    class_head,
    ledger_of,
    load_case,
)
from app.data.models import (
    AbsenceAlert,
    AbsenceCase,
    CaseReport,
    Contact,
    PersuasionAttempt,
    SchoolClass,
    Staff,
    Student,
)
from app.errors import PermissionDenied
from app.school import get_school, list_staff
from app.school_calendar import load_calendar
from app.students import guardians_of

# --- reading ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseRow:
    """One line of the list of open alerts and cases."""

    case_id: int | None
    alert_id: int
    student_id: int
    student_name: str
    class_id: int | None
    class_name: str
    level: str
    level_label: str
    days_absent: float
    first_absent_day: date
    last_absent_day: date
    raised_on: date
    stage: str
    stage_label: str
    next_step: str
    next_due: date | None
    overdue: bool
    overdue_steps: tuple[str, ...]
    visit_due: date
    report_due: date
    visited_on: date | None
    reported_on: date | None
    assigned_staff_id: int | None
    assigned_teacher: str
    notice_deadline: date | None
    can_work: bool
    #: counted across days of a year without national holiday data (app.school_calendar): 暂定
    provisional: bool = False

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return {k: (v.isoformat() if isinstance(v, date) else list(v) if isinstance(v, tuple) else v)
                for k, v in d.items()}


def list_cases(session: Session, actor: Actor, today: date | None = None, *,
               student_id: int | None = None) -> list[CaseRow]:
    """Open alerts with their cases (stage, next step, due date, overdue), most urgent first.

    A teacher sees the classes they teach or head and the cases assigned to them;
    the principal and the registrar see all.
    """
    require(actor, "alerts.view")
    today = today or date.today()
    stmt = (select(AbsenceAlert, AbsenceCase, Student.name, SchoolClass.name, Staff.name)
            .join(Student, Student.id == AbsenceAlert.student_id)
            .join(AbsenceCase, AbsenceCase.id == AbsenceAlert.case_id, isouter=True)
            .join(SchoolClass, SchoolClass.id == AbsenceAlert.class_id, isouter=True)
            .join(Staff, Staff.id == AbsenceAlert.assigned_staff_id, isouter=True)
            .where(AbsenceAlert.status == "open"))
    if student_id is not None:
        stmt = stmt.where(AbsenceAlert.student_id == student_id)
    office = bool(actor.has("cases.work_all")) or actor.has("student.view_all")
    calendar = load_calendar(session)
    rows = []
    for a, c, sname, cname, tname in session.exec(stmt):
        mine = actor.staff_id is not None and (c is not None and c.assigned_staff_id == actor.staff_id)
        if not (office or mine or (a.class_id is not None and a.class_id in actor.class_ids)):
            continue
        visited = c is not None and c.visited_on is not None
        reported = c is not None and c.reported_on is not None
        stage = c.stage if c is not None else stage_for(alert_status=a.status, level=a.level, visited=False,
                                                        reported=False, ledger_open=False, outcome="")
        steps = pending_steps(stage=stage, level=a.level, visited=visited, reported=reported, visit_due=a.visit_due,
                              report_due=a.report_due, notice_deadline=c.notice_deadline if c else None, today=today)
        first = steps[0] if steps else None
        can_work = office or mine or (actor.staff_id is not None and c is not None
                                      and actor.staff_id == class_head(session, a.student_id))
        rows.append(CaseRow(
            case_id=c.id if c else None, alert_id=a.id, student_id=a.student_id, student_name=sname,
            class_id=a.class_id, class_name=cname or "", level=a.level, level_label=LEVELS.get(a.level, a.level),
            days_absent=a.days_absent, first_absent_day=a.first_absent_day, last_absent_day=a.last_absent_day,
            raised_on=a.raised_on, stage=stage, stage_label=STAGES[stage],
            next_step=first.label if first else "", next_due=first.due if first else None,
            overdue=any(s.overdue for s in steps), overdue_steps=tuple(s.label for s in steps if s.overdue),
            visit_due=a.visit_due, report_due=a.report_due, visited_on=c.visited_on if c else None,
            reported_on=c.reported_on if c else None, assigned_staff_id=a.assigned_staff_id,
            assigned_teacher=tname or "", notice_deadline=c.notice_deadline if c else None,
            can_work=bool(can_work and c is not None),
            provisional=bool(calendar.unconfirmed_between(
                a.first_absent_day, max(a.last_absent_day, a.visit_due, a.report_due,
                                        first.due if first and first.due else a.report_due)))))
    rows.sort(key=lambda r: (not r.overdue, -LEVEL_RANK.get(r.level, 0), r.next_due or date.max, r.class_name,
                             r.student_name))
    return rows


def alerts_report(session: Session, actor: Actor, day: date) -> list[dict[str, Any]]:
    """The rows of ``baoxue alerts [--date D] [--json]``: JSON-able dicts (dates as ISO strings)."""
    return [r.as_dict() for r in list_cases(session, actor, day)]


def format_alerts_report(rows: list[dict[str, Any]], day: date | None = None) -> str:
    """Plain text for the terminal: one line per open alert and case, overdue ones marked ⚠."""
    head = f"未结缺勤预警和个案({day.isoformat() if day else ''}):{len(rows)} 条"
    if not rows:
        return head + "\n(无)"
    lines = [head]
    for r in rows:
        mark = "⚠ 逾期" if r["overdue"] else "  "
        if r.get("provisional"):
            mark += "(暂定)"
        due = f",期限 {r['next_due']}" if r["next_due"] else ""
        lines.append(
            f"{mark} {r['class_name']} {r['student_name']}  {r['level_label']}(连续 {r['days_absent']:g} 个上学日,"
            f"{r['first_absent_day']}–{r['last_absent_day']})  阶段:{r['stage_label']}  "
            f"下一步:{r['next_step']}{due}  负责:{r['assigned_teacher'] or '(未指定)'}")
        if r["overdue_steps"]:
            lines.append("      逾期未办:" + "、".join(r["overdue_steps"]))
    return "\n".join(lines)


@dataclass(frozen=True)
class ContactRow:
    id: int
    student_id: int
    case_id: int | None
    contact_date: date
    contact_time: time | None
    form: str
    form_label: str
    staff_id: int | None
    staff_name: str
    companions: str
    address: str
    guardian_met: str
    guardian_relation: str
    family_situation: str
    purpose: str
    student_condition: str
    problems: str
    measures: str
    guardian_opinion: str


@dataclass(frozen=True)
class ReportRow:
    id: int
    report_date: date
    kind: str
    recipients: str
    reference: str
    content: str


@dataclass(frozen=True)
class AttemptRow:
    id: int
    attempt_date: date
    participants: tuple[dict, ...]
    actions: str
    result: str

    @property
    def both_lines(self) -> bool:
        return {p["line"] for p in self.participants} >= set(LINES)


@dataclass(frozen=True)
class LedgerRow:
    id: int
    dropout_on: date
    left_on: date
    reason_left: str
    whereabouts: str
    responsible_staff_id: int | None
    closed_on: date | None
    result: str


@dataclass(frozen=True)
class CaseFile:
    """Everything on one case, for the case page and the printed 一人一案."""

    id: int
    student_id: int
    student_name: str
    class_name: str
    stage: str
    stage_label: str
    level: str
    days_absent: float
    first_absent_day: date
    last_absent_day: date
    raised_on: date
    visit_due: date
    report_due: date
    assigned_teacher: str
    opened_on: date
    notice_issued_on: date | None
    notice_deadline: date | None
    notice_issuer: str
    notice_reference: str
    closed_on: date | None
    outcome: str
    outcome_note: str
    steps: list[Step]
    contacts: list[ContactRow] = field(default_factory=list)
    reports: list[ReportRow] = field(default_factory=list)
    attempts: list[AttemptRow] = field(default_factory=list)
    ledger: LedgerRow | None = None
    can_work: bool = False


def contacts_of_student(session: Session, student_id: int, case_id: int | None = None) -> list[ContactRow]:
    """The contact log of a student (all of them, or one case's): shared with the mentors capability."""
    stmt = (select(Contact, Staff.name).join(Staff, Staff.id == Contact.staff_id, isouter=True)
            .where(Contact.student_id == student_id))
    if case_id is not None:
        stmt = stmt.where(Contact.case_id == case_id)
    stmt = stmt.order_by(Contact.contact_date, Contact.id)
    return [ContactRow(c.id, c.student_id, c.case_id, c.contact_date, c.contact_time, c.form, FORMS.get(c.form, c.form),
                       c.staff_id, sname or "", c.companions, c.address, c.guardian_met, c.guardian_relation,
                       c.family_situation, c.purpose, c.student_condition, c.problems, c.measures,
                       c.guardian_opinion)
            for c, sname in session.exec(stmt)]


def get_case(session: Session, actor: Actor, case_id: int, today: date | None = None) -> CaseFile:
    today = today or date.today()
    case, alert, student = load_case(session, case_id)
    if not can_view(session, actor, case):
        raise PermissionDenied("cases.may_not_see_case_student", student_name=student.name)
    c = session.get(SchoolClass, case.class_id) if case.class_id else None
    staff = session.get(Staff, case.assigned_staff_id) if case.assigned_staff_id else None
    reports = [ReportRow(r.id, r.report_date, r.kind, r.recipients, r.reference, r.content)
               for r in session.exec(select(CaseReport).where(CaseReport.case_id == case.id)
                                     .order_by(CaseReport.report_date, CaseReport.id))]
    attempts = [AttemptRow(p.id, p.attempt_date, tuple(p.participants or ()), p.actions, p.result)
                for p in session.exec(select(PersuasionAttempt).where(PersuasionAttempt.case_id == case.id)
                                      .order_by(PersuasionAttempt.attempt_date, PersuasionAttempt.id))]
    lg = ledger_of(session, case.id)
    ledger = LedgerRow(lg.id, lg.dropout_on, lg.left_on, lg.reason_left, lg.whereabouts, lg.responsible_staff_id,
                       lg.closed_on, lg.result) if lg else None
    steps = pending_steps(stage=case.stage, level=alert.level, visited=case.visited_on is not None,
                          reported=case.reported_on is not None, visit_due=alert.visit_due,
                          report_due=alert.report_due, notice_deadline=case.notice_deadline, today=today)
    return CaseFile(
        id=case.id, student_id=student.id, student_name=student.name, class_name=c.name if c else "",
        stage=case.stage, stage_label=STAGES[case.stage], level=alert.level, days_absent=alert.days_absent,
        first_absent_day=alert.first_absent_day, last_absent_day=alert.last_absent_day, raised_on=alert.raised_on,
        visit_due=alert.visit_due, report_due=alert.report_due, assigned_teacher=staff.name if staff else "",
        opened_on=case.opened_on, notice_issued_on=case.notice_issued_on, notice_deadline=case.notice_deadline,
        notice_issuer=case.notice_issuer, notice_reference=case.notice_reference, closed_on=case.closed_on,
        outcome=case.outcome, outcome_note=case.outcome_note, steps=steps,
        contacts=contacts_of_student(session, student.id, case.id), reports=reports, attempts=attempts,
        ledger=ledger, can_work=can_work_on(session, actor, case))


@dataclass(frozen=True)
class GuardianLine:
    name: str
    relation: str  # app.codes.RELATION key
    phone: str
    lives_with_child: bool
    works_away: bool
    work_place: str


@dataclass(frozen=True)
class CaseView:
    """What the dialog shows: the case file plus the family and the school's names (plain values)."""

    case: CaseFile
    guardians: tuple[GuardianLine, ...]
    address: str
    township: str
    county_name: str
    principal_name: str
    staff: tuple[tuple[int, str], ...]
    whereabouts: str = ""  # 去向, for the monthly ledgers


def case_view(session: Session, actor: Actor, case_id: int, today: date) -> CaseView:
    """What the case dialog shows: the case file (:func:`get_case` checks who may see it), the child's
    guardians and address, the school's names."""
    f = get_case(session, actor, case_id, today)
    guardians = tuple(GuardianLine(g.name, g.relation, g.phone, g.lives_with_child, g.works_away, g.work_place)
                      for g in guardians_of(session, f.student_id))
    student = session.get(Student, f.student_id)
    info = get_school(session)
    staff = tuple((s.id, s.name) for s in list_staff(session))
    row = session.get(AbsenceCase, case_id)
    return CaseView(f, guardians, student.address if student else "", info.township if info else "",
                    info.county_name if info else "", info.principal_name if info else "", staff,
                    row.whereabouts if row else "")


def case_of_alert(session: Session, alert_id: int) -> int | None:
    a = session.get(AbsenceAlert, alert_id)
    return a.case_id if a else None


def report_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)


__all__ = [
    "AttemptRow",
    "CaseFile",
    "CaseRow",
    "CaseView",
    "ContactRow",
    "GuardianLine",
    "LedgerRow",
    "ReportRow",
    "alerts_report",
    "case_of_alert",
    "case_view",
    "contacts_of_student",
    "format_alerts_report",
    "get_case",
    "list_cases",
    "report_json",
]
