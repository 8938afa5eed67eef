"""Working on a case (一人一案): every absence alert opens a case that is followed until it is closed.

domain.md §2 measure 4, §3 and §6. An alert (:mod:`app.attendance.alerts`) opens a case in
the same transaction, assigned by :func:`pick_assignee` (the student's mentor,
else the class teacher). The case then collects:

* **contacts** (:class:`app.data.models.Contact`): home visits in person and
  phone / video contacts with the family, with the fields of the 家访记录. A
  contact has a ``student_id`` and an optional ``case_id``: the mentors'
  contact log uses the same rows;
* **written reports** to the township government and the county education bureau;
* **persuasion attempts** (劝返) with participants from both lines
  (administrative: county, township, village; education: bureau, principal, teacher);
* the township's **deadline-to-return notice** (限期返校通知书);
* a **dropout registration**: status change 28 via
  :func:`app.students.record_status_change`, and a persuasion ledger entry
  (劝返台账) that stays open until the child returns;
* the **outcome**: a return to school closes the case with a date (and, for a
  registered dropout, records status change 12 复学 and closes the ledger);
  otherwise a closing with a stated outcome (transferred, suspended…).

Steps and due dates
-------------------
The due dates are those of the alert (``visit_due``, ``report_due``, counted in
school days from ``raised_on`` by :func:`app.attendance.alerts.due_dates`). The home-visit
step is done by a visit **in person** (the rule says "a home visit verifies the
situation"); phone and video contacts are kept on file but do not replace it.
A step is overdue when it is not done and ``today`` is past its due day
(:func:`pending_steps`). The stage (:func:`stage_for`) is worked out from the
facts and stored after every change so lists can filter on it.

Who may work on a case: the teacher it is assigned to, the class teacher of the
student, the principal and the registrar (:func:`can_work_on`); a status change
(dropout registration, return of a registered dropout) also needs the
``student.status`` permission, i.e. the registrar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Iterable

from sqlmodel import Session, col, select

from app import audit, fields
from app.accounts import Actor, can_view_class
from app.cases.stages import (
    CLOSE_OUTCOMES,
    FORMS,
    OUTCOMES,
    PARTICIPANT_ROLES,
    REPORT_KINDS,
    STAGES,
    VISIT_FORMS,
    stage_for,
)
from app.codes import RELATION, STATUS
from app.data.db import core
from app.data.mentor_models import open_mentor
from app.data.models import (
    AbsenceAlert,
    AbsenceCase,
    CaseReport,
    Contact,
    PersuasionAttempt,
    PersuasionLedger,
    SchoolClass,
    Staff,
    Student,
    utcnow,
)
from app.errors import NotFound, PermissionDenied, ValidationError
from app.messages import Label, Message, label, labels, msg
from app.students import record_status_change

# --- who works on a case ---------------------------------------------------------------------

def pick_assignee(session: Session, student_id: int, class_id: int | None) -> int | None:
    """Who a new case is assigned to: the student's current mentor, else the class teacher."""
    staff_id = open_mentor(session, student_id)
    if staff_id is not None:
        return staff_id
    if class_id is None:
        return None
    c = session.get(SchoolClass, class_id)
    return c.head_teacher_id if c else None


def class_head(session: Session, student_id: int) -> int | None:
    s = session.get(Student, student_id)
    if s is None or s.class_id is None:
        return None
    c = session.get(SchoolClass, s.class_id)
    return c.head_teacher_id if c else None


def can_work_on(session: Session, actor: Actor, case: AbsenceCase) -> bool:
    """The assigned teacher, the student's class teacher, the principal and the registrar."""
    if actor.has("cases.work_all"):
        return True
    if actor.staff_id is None:
        return False
    return actor.staff_id in (case.assigned_staff_id, class_head(session, case.student_id))


def _require_work(session: Session, actor: Actor, case: AbsenceCase, student: Student) -> None:
    if not can_work_on(session, actor, case):
        raise PermissionDenied(
            "cases.may_not_work_case_student", student_name=student.name, username=actor.username)


def can_view(session: Session, actor: Actor, case: AbsenceCase) -> bool:
    return can_work_on(session, actor, case) or (actor.has("alerts.view") and can_view_class(actor, case.class_id))


# --- opening, following the alert --------------------------------------------------------------


def _facts(session: Session, case: AbsenceCase, alert: AbsenceAlert) -> dict:
    ledger = ledger_of(session, case.id)
    return dict(alert_status=alert.status, level=alert.level, visited=case.visited_on is not None,
                reported=case.reported_on is not None, ledger_open=ledger is not None and ledger.closed_on is None,
                outcome=case.outcome)


def refresh_stage(session: Session, case: AbsenceCase, alert: AbsenceAlert | None = None) -> str:
    alert = alert or session.get(AbsenceAlert, case.alert_id)
    stage = stage_for(**_facts(session, case, alert))
    if stage != case.stage:
        case.stage = stage
        case.updated_at = utcnow()
        session.add(case)
    return stage


def open_for_alert(session: Session, alert: AbsenceAlert, actor: Actor | None, today: date) -> AbsenceCase:
    """Open the case of a newly raised alert (called by :mod:`app.attendance.alerts` in the same transaction)."""
    if alert.case_id is not None:
        existing = session.get(AbsenceCase, alert.case_id)
        if existing is not None:
            return existing
    assignee = pick_assignee(session, alert.student_id, alert.class_id)
    if assignee is not None:
        alert.assigned_staff_id = assignee
    case = AbsenceCase(student_id=alert.student_id, class_id=alert.class_id, alert_id=alert.id,
                       assigned_staff_id=alert.assigned_staff_id, opened_on=alert.raised_on)
    case.stage = stage_for(alert_status=alert.status, level=alert.level, visited=False, reported=False,
                           ledger_open=False, outcome="")
    session.add(case)
    session.flush()
    alert.case_id = case.id
    session.add(alert)
    student = session.get(Student, alert.student_id)
    staff = session.get(Staff, case.assigned_staff_id) if case.assigned_staff_id else None
    audit.record(session, actor, "case.open", "absence_case", case.id, after=audit.snapshot(case),
                 summary=f"为{student.name if student else alert.student_id}建立个案,"
                         f"由{staff.name if staff else '(未指定)'}负责;家访期限 {alert.visit_due},"
                         f"书面报告期限 {alert.report_due}")
    return case


def alert_changed(session: Session, alert: AbsenceAlert, actor: Actor | None, today: date) -> None:
    """Keep the case in step with its alert (upgraded, cleared, reopened); open it when missing."""
    if alert.case_id is None:
        if alert.status == "open":
            open_for_alert(session, alert, actor, today)
        return
    case = session.get(AbsenceCase, alert.case_id)
    if case is None:
        return
    before = case.stage
    after = refresh_stage(session, case, alert)
    if after != before and (after == "cancelled" or before == "cancelled"):
        audit.record(session, actor, "case.stage", "absence_case", case.id, before={"stage": before},
                     after={"stage": after},
                     summary=f"个案{'随预警撤销' if after == 'cancelled' else '随预警重新开启'}:{STAGES[after]}")


_WITHOUT_CASE = (select(AbsenceAlert.id).where(AbsenceAlert.status == "open", col(AbsenceAlert.case_id).is_(None))
                 .order_by(AbsenceAlert.id))


def ensure_cases(session: Session, actor: Actor | None, today: date) -> int:
    """Open the missing cases of open alerts (alerts raised before this capability existed). One query."""
    ids = core(session).execute(_WITHOUT_CASE).scalars().all()  # nearly always none: no ORM query then
    missing = [session.get(AbsenceAlert, i) for i in ids]
    for a in missing:
        open_for_alert(session, a, actor, today)
    return len(missing)


# --- inputs --------------------------------------------------------------------------------------


@dataclass
class ContactInput:
    """A home visit or a phone / video contact (家访记录, domain.md §6)."""

    contact_date: date
    form: str = "in_person"
    student_condition: str = ""  # how the student is (required)
    contact_time: time | None = None
    staff_id: int | None = None  # the teacher who went or called; default: the actor's staff id
    companions: str = ""
    address: str = ""
    guardian_met: str = ""
    guardian_relation: str = ""
    family_situation: str = ""
    purpose: str = ""
    problems: str = ""
    measures: str = ""
    guardian_opinion: str = ""


@dataclass(frozen=True)
class Participant:
    role: str  # PARTICIPANT_ROLES key
    name: str

    @property
    def line(self) -> str:
        return PARTICIPANT_ROLES[self.role][0] if self.role in PARTICIPANT_ROLES else ""


def _not_future(day: date, today: date, label: str) -> None:
    if day > today:
        raise ValidationError(label, "cases.has_not_come_yet_future", day=day)


# --- loading ----------------------------------------------------------------------------------


def ledger_of(session: Session, case_id: int) -> PersuasionLedger | None:
    return session.exec(select(PersuasionLedger).where(PersuasionLedger.case_id == case_id)).first()


def load_case(session: Session, case_id: int) -> tuple[AbsenceCase, AbsenceAlert, Student]:
    case = session.get(AbsenceCase, case_id)
    if case is None:
        raise NotFound("common.case_does_not_exist", case_id=case_id)
    alert = session.get(AbsenceAlert, case.alert_id)
    student = session.get(Student, case.student_id)
    return case, alert, student


def _require_open(case: AbsenceCase, what: Message) -> None:
    if case.outcome:
        raise ValidationError("个案状态", "cases.case_closed_can_no_longer",
                                      closed_on=case.closed_on,
                                      outcome=label("case_outcome", case.outcome, OUTCOMES),
                                      what=what)
    if case.stage == "cancelled":
        raise ValidationError("个案状态", "cases.alert_case_withdrawn_leave_recorded", what=what)


def _open_for_work(session: Session, actor: Actor, case_id: int,
                   what: Message) -> tuple[AbsenceCase, AbsenceAlert, Student]:
    """The case, its alert and its student, for a step of work named ``what``: refused when ``actor`` may not work
    on the case or the case is no longer open."""
    case, alert, student = load_case(session, case_id)
    _require_work(session, actor, case, student)
    _require_open(case, what)
    return case, alert, student


def _touch(session: Session, case: AbsenceCase) -> None:
    case.updated_at = utcnow()
    session.add(case)


# --- contacts ------------------------------------------------------------------------------------


def _clean_contact(inp: ContactInput, today: date) -> dict:
    if inp.form not in FORMS:
        raise ValidationError("联系方式", "common.must_be_one_of_these", choices=labels("contact_form", FORMS, FORMS))
    _not_future(inp.contact_date, today, "家访日期")
    if inp.guardian_relation and inp.guardian_relation not in RELATION:
        raise ValidationError("见到的监护人关系", "cases.unknown_relation", guardian_relation=inp.guardian_relation)
    return dict(
        contact_date=inp.contact_date, contact_time=inp.contact_time, form=inp.form, staff_id=inp.staff_id,
        companions=fields.text(inp.companions, "其他参加人员", limit=200), address=fields.text(inp.address, "家访地址", limit=200),
        guardian_met=fields.text(inp.guardian_met, "见到的监护人", limit=50), guardian_relation=inp.guardian_relation,
        family_situation=fields.text(inp.family_situation, "家庭情况"), purpose=fields.text(inp.purpose, "家访目的"),
        student_condition=fields.text(inp.student_condition, "学生现状", required=True),
        problems=fields.text(inp.problems, "存在问题"), measures=fields.text(inp.measures, "措施和后续计划"),
        guardian_opinion=fields.text(inp.guardian_opinion, "监护人意见"),
    )


def record_contact(session: Session, actor: Actor, case_id: int, inp: ContactInput,
                   today: date | None = None) -> int:
    """Add a home visit or a phone / video contact to a case; an in-person visit completes the visit step."""
    today = today or date.today()
    case, alert, student = _open_for_work(session, actor, case_id, msg("cases.doing_contact"))
    values = _clean_contact(inp, today)
    if inp.contact_date < alert.first_absent_day:
        raise ValidationError("家访日期", "cases.before_first_day_absence_check",
                                      contact_date=inp.contact_date,
                                      first_absent_day=alert.first_absent_day)
    values["staff_id"] = values["staff_id"] or actor.staff_id
    if values["staff_id"] is not None and session.get(Staff, values["staff_id"]) is None:
        raise ValidationError("家访教师", "common.staff_member_does_not_exist", staff_id=values['staff_id'])
    values["address"] = values["address"] or student.address
    row = Contact(student_id=student.id, case_id=case.id, recorded_by=actor.user_id, **values)
    session.add(row)
    session.flush()
    if inp.form in VISIT_FORMS and (case.visited_on is None or inp.contact_date < case.visited_on):
        case.visited_on = inp.contact_date
    _touch(session, case)
    refresh_stage(session, case, alert)
    audit.record(session, actor, "case.contact", "absence_case", case.id, after=audit.snapshot(row),
                 summary=f"{student.name}:{inp.contact_date} {FORMS[inp.form]}({values['student_condition'][:40]})")
    return row.id


def record_student_contact(session: Session, actor: Actor, student_id: int, inp: ContactInput,
                           today: date | None = None) -> int:
    """A contact with a family outside any case (e.g. a mentor's regular visit): the same rows, no case."""
    today = today or date.today()
    student = session.get(Student, student_id)
    if student is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    if not (actor.has("cases.work_all") or (student.class_id is not None and student.class_id in actor.class_ids)):
        raise PermissionDenied("cases.may_not_record_home_visit", student_name=student.name)
    values = _clean_contact(inp, today)
    values["staff_id"] = values["staff_id"] or actor.staff_id
    values["address"] = values["address"] or student.address
    row = Contact(student_id=student.id, case_id=None, recorded_by=actor.user_id, **values)
    session.add(row)
    session.flush()
    audit.record(session, actor, "contact.create", "contact", row.id, after=audit.snapshot(row),
                 summary=f"{student.name}:{inp.contact_date} {FORMS[inp.form]}")
    return row.id


# --- written report --------------------------------------------------------------------------------


def record_report(session: Session, actor: Actor, case_id: int, report_date: date, recipients: Iterable[str], *,
                  reference: str = "", content: str = "", kind: str = "absence", today: date | None = None) -> int:
    """The written report to the township government and the county education bureau."""
    today = today or date.today()
    case, alert, student = _open_for_work(session, actor, case_id, msg("cases.doing_report"))
    if kind not in REPORT_KINDS:
        raise ValidationError("报告类型", "common.must_be_one_of_these", choices=labels("report_kind", REPORT_KINDS, REPORT_KINDS))
    _not_future(report_date, today, "报告日期")
    if report_date < alert.raised_on:
        raise ValidationError("报告日期", "cases.before_alert_date_report_can",
                                      report_date=report_date,
                                      raised_on=alert.raised_on)
    names = [r.strip() for r in recipients if r and r.strip()]
    if not names:
        raise ValidationError("报送单位", "cases.fill_where_reported_township_government")
    row = CaseReport(case_id=case.id, report_date=report_date, kind=kind, recipients="、".join(names),
                     reference=fields.text(reference, "文号", limit=100), content=fields.text(content, "报告内容"),
                     recorded_by=actor.user_id)
    session.add(row)
    session.flush()
    if case.reported_on is None or report_date < case.reported_on:
        case.reported_on = report_date
    _touch(session, case)
    refresh_stage(session, case, alert)
    audit.record(session, actor, "case.report", "absence_case", case.id, after=audit.snapshot(row),
                 summary=f"{student.name}:{report_date} 书面报告{row.recipients}"
                         + (f"({row.reference})" if row.reference else ""))
    return row.id


# --- persuasion ----------------------------------------------------------------------------------


def record_persuasion(session: Session, actor: Actor, case_id: int, attempt_date: date,
                      participants: Iterable[Participant], actions: str, *, result: str = "",
                      today: date | None = None) -> int:
    """One attempt to persuade the child back (劝返), with the people of both lines who went."""
    today = today or date.today()
    case, alert, student = _open_for_work(session, actor, case_id, msg("cases.doing_persuasion"))
    _not_future(attempt_date, today, "劝返日期")
    if attempt_date < alert.first_absent_day:
        raise ValidationError("劝返日期", "cases.before_first_day_absence",
                                      attempt_date=attempt_date,
                                      first_absent_day=alert.first_absent_day)
    people = []
    for i, p in enumerate(participants, start=1):
        if p.role not in PARTICIPANT_ROLES:
            raise ValidationError(f"参加人员{i}身份", "common.must_be_one_of_these",
                                  choices=[Label("participant_role", key, lbl) for key, (_l, lbl) in PARTICIPANT_ROLES.items()])
        name = fields.text(p.name, f"参加人员{i}姓名", required=True, limit=30)
        people.append({"line": p.line, "role": p.role, "name": name})
    if not people:
        raise ValidationError("参加人员", "cases.fill_least_one_person_who")
    row = PersuasionAttempt(case_id=case.id, attempt_date=attempt_date, participants=people,
                            actions=fields.text(actions, "劝返措施", required=True), result=fields.text(result, "劝返结果"),
                            recorded_by=actor.user_id)
    session.add(row)
    session.flush()
    _touch(session, case)
    audit.record(session, actor, "case.persuasion", "absence_case", case.id, after=audit.snapshot(row),
                 summary=f"{student.name}:{attempt_date} 劝返(" + "、".join(p["name"] for p in people) + ")")
    return row.id


def record_notice(session: Session, actor: Actor, case_id: int, issued_on: date, deadline: date, issuer: str, *,
                  reference: str = "", today: date | None = None) -> None:
    """The township's deadline-to-return notice (限期返校通知书) served on the family."""
    today = today or date.today()
    case, alert, student = _open_for_work(session, actor, case_id, msg("cases.doing_notice"))
    _not_future(issued_on, today, "通知书下达日期")
    if issued_on < alert.first_absent_day:
        raise ValidationError("通知书下达日期", "cases.before_first_day_absence_2",
                                         issued_on=issued_on,
                                         first_absent_day=alert.first_absent_day)
    if deadline < issued_on:
        raise ValidationError("限期返校日期", "cases.before_date_issue", deadline=deadline, issued_on=issued_on)
    before = audit.snapshot(case, ["notice_issued_on", "notice_deadline", "notice_issuer", "notice_reference"])
    case.notice_issued_on, case.notice_deadline = issued_on, deadline
    case.notice_issuer = fields.text(issuer, "下达单位", required=True, limit=60)
    case.notice_reference = fields.text(reference, "通知书文号", limit=100)
    _touch(session, case)
    audit.record(session, actor, "case.notice", "absence_case", case.id, before=before,
                 after=audit.snapshot(case, ["notice_issued_on", "notice_deadline", "notice_issuer", "notice_reference"]),
                 summary=f"{student.name}:{case.notice_issuer} {issued_on} 下达限期返校通知书,限 {deadline} 前返校")


# --- dropout, return, closing ------------------------------------------------------------------------


def register_dropout(session: Session, actor: Actor, case_id: int, day: date, reason_left: str, *,
                     whereabouts: str = "", left_on: date | None = None, family_refused: bool = False,
                     today: date | None = None) -> int:
    """Register the child as a dropout: status change 28 and a persuasion ledger entry, open until the return.

    Allowed when the alert reached the dropout threshold (four school weeks by
    default) or the family refuses to send the child back (``family_refused``).
    """
    today = today or date.today()
    case, alert, student = _open_for_work(session, actor, case_id, msg("cases.doing_dropout"))
    if case.stage == "dropout":
        raise ValidationError("个案状态", "cases.student_registered_dropped_out_persuasion", student_name=student.name)
    if alert.level != "dropout" and not family_refused:
        raise ValidationError("辍学认定", "cases.student_has_absent_without_reason",
                                      student_name=student.name,
                                      days_absent=alert.days_absent)
    _not_future(day, today, "辍学登记日期")
    left_on = left_on or alert.first_absent_day
    if left_on > day:
        raise ValidationError("离校日期", "cases.after_dropout_registration_date", left_on=left_on, day=day)
    if day < alert.first_absent_day:
        raise ValidationError("辍学登记日期", "cases.before_first_day_absence_3",
                                        day=day,
                                        first_absent_day=alert.first_absent_day)
    reason = fields.text(reason_left, "辍学原因", required=True, limit=200)
    record_status_change(session, actor, student.id, "28", day, reason=reason, reference=f"个案 {case.id}")
    ledger = PersuasionLedger(case_id=case.id, student_id=student.id, dropout_on=day, left_on=left_on,
                              reason_left=reason, whereabouts=fields.text(whereabouts, "现在去向", limit=200),
                              responsible_staff_id=case.assigned_staff_id, recorded_by=actor.user_id)
    session.add(ledger)
    session.flush()
    _touch(session, case)
    refresh_stage(session, case, alert)
    audit.record(session, actor, "case.dropout", "absence_case", case.id, after=audit.snapshot(ledger),
                 summary=f"{student.name}:{day} 登记辍学({reason}),建立劝返台账")
    return ledger.id


def record_return(session: Session, actor: Actor, case_id: int, day: date, note: str = "", *,
                  today: date | None = None) -> None:
    """The child is back at school on ``day``: the case is closed; a registered dropout is restored (复学)."""
    today = today or date.today()
    case, alert, student = _open_for_work(session, actor, case_id, msg("cases.doing_return"))
    _not_future(day, today, "返校日期")
    if day <= alert.last_absent_day:
        raise ValidationError("返校日期", "cases.not_after_last_day_absence",
                                      day=day,
                                      last_absent_day=alert.last_absent_day)
    ledger = ledger_of(session, case.id)
    if ledger is not None and ledger.closed_on is None:
        if day < ledger.dropout_on:
            raise ValidationError("返校日期", "cases.before_dropout_registration_date",
                                          day=day,
                                          dropout_on=ledger.dropout_on)
        record_status_change(session, actor, student.id, "12", day, reason="劝返复学", reference=f"个案 {case.id}")
        ledger.closed_on, ledger.result = day, "returned"
        session.add(ledger)
    elif student.status != "in_school":
        raise ValidationError("学籍状态", "cases.student_now_complete_matching_change",
                                      student_name=student.name,
                                      student_status=STATUS.get(student.status, student.status))
    _close(session, actor, case, alert, student, day, "returned", fields.text(note, "说明"))


def close_case(session: Session, actor: Actor, case_id: int, day: date, outcome: str, note: str = "", *,
               today: date | None = None) -> None:
    """Close a case without a return (transferred, suspended, deceased, other — say why)."""
    today = today or date.today()
    case, alert, student = _open_for_work(session, actor, case_id, msg("cases.doing_close"))
    if outcome not in CLOSE_OUTCOMES:
        raise ValidationError("结案结果", "cases.close_outcome_choices",
                              choices=labels("close_outcome", CLOSE_OUTCOMES, CLOSE_OUTCOMES))
    _not_future(day, today, "结案日期")
    if day < alert.first_absent_day:
        raise ValidationError("结案日期", "cases.before_first_day_absence_3",
                                      day=day,
                                      first_absent_day=alert.first_absent_day)
    ledger = ledger_of(session, case.id)
    if ledger is not None and ledger.closed_on is None and outcome != "deceased":
        raise ValidationError("结案结果", "cases.student_registered_dropped_out_persuasion_2",
                                      student_name=student.name,
                                      close_outcomes=CLOSE_OUTCOMES[outcome])
    note = fields.text(note, "结案说明", required=outcome == "other")
    if ledger is not None and ledger.closed_on is None:
        ledger.closed_on, ledger.result = day, outcome
        session.add(ledger)
    _close(session, actor, case, alert, student, day, outcome, note)


def _close(session: Session, actor: Actor, case: AbsenceCase, alert: AbsenceAlert, student: Student, day: date,
           outcome: str, note: str) -> None:
    before = audit.snapshot(case, ["stage", "closed_on", "outcome", "outcome_note"])
    case.closed_on, case.outcome, case.outcome_note = day, outcome, note
    _touch(session, case)
    refresh_stage(session, case, alert)
    alert.status = "closed"
    session.add(alert)
    audit.record(session, actor, "case.close", "absence_case", case.id, before=before,
                 after=audit.snapshot(case, ["stage", "closed_on", "outcome", "outcome_note"]),
                 summary=f"{student.name}:{day} 结案({OUTCOMES[outcome]})" + (f":{note}" if note else ""))


__all__ = [
    "ContactInput",
    "Participant",
    "alert_changed",
    "can_view",
    "can_work_on",
    "class_head",
    "close_case",
    "ensure_cases",
    "ledger_of",
    "load_case",
    "open_for_alert",
    "pick_assignee",
    "record_contact",
    "record_notice",
    "record_persuasion",
    "record_report",
    "record_return",
    "record_student_contact",
    "refresh_stage",
    "register_dropout",
]
