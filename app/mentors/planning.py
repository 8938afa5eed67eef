"""The plan (一人一案): the situation, the measures, the reviews and the contacts of one mentored student.

:class:`MentorPlan` holds the situation and the risk notes; measures
(:class:`PlanMeasure`) include the "five ones"; reviews (:class:`PlanReview`) have
due dates, listed by :func:`reviews_due` (due soon / overdue). The contact log is
the case file's ``contact`` table (:func:`app.cases.contacts_of_student`,
:func:`app.cases.record_student_contact`): one row per talk, call or visit, seen
from the case and from the plan alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from app import audit, cases, early_warning, fields
from app.accounts import Actor
from app.cases import contacts_of_student
from app.data.mentor_models import MentorAssignment, MentorPlan, PlanMeasure, PlanReview
from app.data.models import SchoolClass, Staff, Student, utcnow
from app.errors import NotFound, ValidationError
from app.mentors import (
    FIVE_ONES,
    GONE_STATUSES,
    MEASURE_KINDS,
    MEASURE_STATUSES,
    RISK_LEVELS,
    can_manage,
    can_work_on_plan,
    current_mentor,
    current_on,
    need_reasons,
    require_view_student,
    require_work_student,
)
from app.mentors.assigning import AssignmentRow, assignment_row
from app.messages import Message, labels, msg



def _plan_of(session: Session, student_id: int) -> MentorPlan | None:
    return session.exec(select(MentorPlan).where(MentorPlan.student_id == student_id)).first()


def _ensure_plan(session: Session, actor: Actor, student: Student) -> MentorPlan:
    plan = _plan_of(session, student.id)
    if plan is None:
        plan = MentorPlan(student_id=student.id, created_by=actor.user_id, updated_by=actor.user_id)
        session.add(plan)
        session.flush()
        audit.record(session, actor, "plan.create", "mentor_plan", plan.id, after={"student_id": student.id},
                     summary=f"建立{student.name}的帮扶方案(一人一案)")
    return plan


def _touch(plan: MentorPlan, actor: Actor) -> None:
    plan.updated_at, plan.updated_by = utcnow(), actor.user_id


@dataclass
class PlanInput:
    situation: str = ""
    risk_notes: str = ""
    risk_level: str = ""


def save_plan(session: Session, actor: Actor, student_id: int, inp: PlanInput) -> int:
    """Write the situation and the risk notes of a student's plan (created when missing). Returns the plan id."""
    student = require_work_student(session, actor, student_id)
    if inp.risk_level not in RISK_LEVELS:
        raise ValidationError("风险等级", "common.must_be_one_of_these", choices=labels("risk_level", RISK_LEVELS, RISK_LEVELS))
    situation = fields.text(inp.situation, "基本情况")
    risk_notes = fields.text(inp.risk_notes, "风险研判")
    plan = _ensure_plan(session, actor, student)
    fields_ = ["situation", "risk_notes", "risk_level"]
    before = audit.snapshot(plan, fields_)
    plan.situation, plan.risk_notes, plan.risk_level = situation, risk_notes, inp.risk_level
    _touch(plan, actor)
    session.add(plan)
    audit.record(session, actor, "plan.update", "mentor_plan", plan.id, before=before,
                 after=audit.snapshot(plan, fields_), summary=f"修改{student.name}的帮扶方案")
    return plan.id


def add_measure(session: Session, actor: Actor, student_id: int, kind: str, content: str,
                started_on: date) -> int:
    """Add a measure; for a five-ones kind the active measure of that kind (if any) is replaced."""
    student = require_work_student(session, actor, student_id)
    if kind not in MEASURE_KINDS:
        raise ValidationError("措施类别", "common.must_be_one_of_these",
                              choices=labels("measure_kind", MEASURE_KINDS, MEASURE_KINDS))
    content = fields.text(content, MEASURE_KINDS[kind], required=True, limit=500)
    plan = _ensure_plan(session, actor, student)
    if kind in FIVE_ONES:
        for old in session.exec(select(PlanMeasure).where(PlanMeasure.plan_id == plan.id, PlanMeasure.kind == kind,
                                                          PlanMeasure.status == "active")):
            if old.content == content:
                return old.id
            old.status, old.closed_on, old.result = "dropped", started_on, old.result or "已由新措施替代"
            old.updated_at = utcnow()
            session.add(old)
    m = PlanMeasure(plan_id=plan.id, kind=kind, content=content, started_on=started_on, created_by=actor.user_id)
    session.add(m)
    _touch(plan, actor)
    session.add(plan)
    session.flush()
    audit.record(session, actor, "plan.measure", "plan_measure", m.id, after=audit.snapshot(m),
                 summary=f"{student.name}:{MEASURE_KINDS[kind]} — {content[:40]}")
    return m.id


@dataclass
class FiveOnes:
    habit: str = ""
    shortcoming: str = ""
    subject: str = ""
    hobby: str = ""
    book: str = ""


def set_five_ones(session: Session, actor: Actor, student_id: int, five: FiveOnes, day: date) -> list[int]:
    """Set the "five ones" at once (empty ones are left as they are). Returns the measure ids."""
    return [add_measure(session, actor, student_id, k, getattr(five, k), day)
            for k in FIVE_ONES if (getattr(five, k) or "").strip()]


def close_measure(session: Session, actor: Actor, measure_id: int, status: str, day: date, result: str = "") -> None:
    """Mark a measure achieved or dropped, with the result."""
    m = session.get(PlanMeasure, measure_id)
    if m is None:
        raise NotFound("mentors.support_measure_does_not_exist", measure_id=measure_id)
    plan = session.get(MentorPlan, m.plan_id)
    student = require_work_student(session, actor, plan.student_id)
    if status not in ("achieved", "dropped"):
        raise ValidationError("措施状态", "mentors.must_achieved_stopped")
    if day < m.started_on:
        raise ValidationError("日期", "mentors.cannot_before_measure_s_start", started_on=m.started_on)
    before = audit.snapshot(m, ["status", "result", "closed_on"])
    m.status, m.closed_on, m.result = status, day, fields.text(result, "效果", limit=500)
    m.updated_at = utcnow()
    session.add(m)
    audit.record(session, actor, "plan.measure_close", "plan_measure", m.id, before=before,
                 after=audit.snapshot(m, ["status", "result", "closed_on"]),
                 summary=f"{student.name}:{MEASURE_KINDS[m.kind]}{MEASURE_STATUSES[status]}")


def schedule_review(session: Session, actor: Actor, student_id: int, due_date: date, purpose: str = "", *,
                    today: date | None = None) -> int:
    """Set a review date of the plan (listed by :func:`reviews_due` when it comes near)."""
    student = require_work_student(session, actor, student_id)
    today = today or date.today()
    if due_date < today:
        raise ValidationError("复查日期", "mentors.has_passed_choose_today_later", due_date=due_date)
    plan = _ensure_plan(session, actor, student)
    r = PlanReview(plan_id=plan.id, due_date=due_date, purpose=fields.text(purpose, "复查内容", limit=200),
                   created_by=actor.user_id)
    session.add(r)
    session.flush()
    audit.record(session, actor, "plan.review_schedule", "plan_review", r.id, after=audit.snapshot(r),
                 summary=f"{student.name}:安排 {due_date} 复查帮扶方案")
    return r.id


def complete_review(session: Session, actor: Actor, review_id: int, done_on: date, notes: str, *,
                    next_due: date | None = None, today: date | None = None) -> int | None:
    """Record a review as done; optionally schedule the next one. Returns the next review's id."""
    today = today or date.today()
    r = session.get(PlanReview, review_id)
    if r is None:
        raise NotFound("mentors.review_does_not_exist", review_id=review_id)
    plan = session.get(MentorPlan, r.plan_id)
    student = require_work_student(session, actor, plan.student_id)
    if r.done_on is not None:
        raise ValidationError("复查", "mentors.review_done", done_on=r.done_on)
    if done_on > today:
        raise ValidationError("复查日期", "mentors.has_not_come_yet_future_2", done_on=done_on)
    before = audit.snapshot(r, ["done_on", "notes", "done_by"])
    r.done_on, r.notes, r.done_by = done_on, fields.text(notes, "复查情况", required=True), actor.staff_id
    session.add(r)
    audit.record(session, actor, "plan.review_done", "plan_review", r.id, before=before,
                 after=audit.snapshot(r, ["done_on", "notes", "done_by"]), summary=f"{student.name}:完成方案复查")
    if next_due is not None:
        return schedule_review(session, actor, student.id, next_due, r.purpose, today=today)
    return None


@dataclass(frozen=True)
class ReviewRow:
    id: int
    student_id: int
    student_name: str
    class_name: str
    mentor_name: str
    due_date: date
    purpose: str
    overdue: bool
    days_left: int


def reviews_due(session: Session, actor: Actor, today: date | None = None, *, within_days: int = 7) -> list[ReviewRow]:
    """Reminders: open reviews due within ``within_days`` or overdue, most urgent first.

    Managers see all; a teacher sees those of their mentees and of the classes they head.
    """
    today = today or date.today()
    stmt = (select(PlanReview, MentorPlan.student_id, Student.name, SchoolClass.name, SchoolClass.head_teacher_id)
            .join(MentorPlan, MentorPlan.id == PlanReview.plan_id)
            .join(Student, Student.id == MentorPlan.student_id)
            .join(SchoolClass, SchoolClass.id == Student.class_id, isouter=True)
            .where(col(PlanReview.done_on).is_(None), PlanReview.due_date <= today + timedelta(days=within_days),
                   col(Student.status).not_in(GONE_STATUSES)))
    rows = session.exec(stmt).all()
    ids = [sid for _, sid, *_ in rows]
    mentors = dict(session.exec(select(MentorAssignment.student_id, MentorAssignment.staff_id)
                                .where(col(MentorAssignment.student_id).in_(ids or [-1]), current_on(today))).all())
    names = dict(session.exec(select(Staff.id, Staff.name)).all())
    manage = can_manage(actor)
    out = []
    for r, sid, sname, cname, head in rows:
        mentor = mentors.get(sid)
        if not manage and (actor.staff_id is None or actor.staff_id not in (mentor, head)):
            continue
        out.append(ReviewRow(r.id, sid, sname, cname or "", names.get(mentor, "") if mentor else "", r.due_date,
                             r.purpose, r.due_date < today, (r.due_date - today).days))
    out.sort(key=lambda x: (x.due_date, x.class_name, x.student_name, x.id))
    return out


def log_contact(session: Session, actor: Actor, student_id: int, inp, today: date | None = None) -> int:
    """Add a talk, call or home visit to the student's contact log — the case file's ``contact`` table.

    ``inp`` is an :class:`app.cases.ContactInput`. The row is written by
    :func:`app.cases.record_student_contact` (its checks, its audit entry); the current mentor is allowed
    even when they do not teach the student's class.
    """
    from dataclasses import replace

    student = require_work_student(session, actor, student_id, today)
    grant = actor
    if student.class_id is not None and student.class_id not in actor.class_ids and not actor.has("cases.work_all"):
        grant = replace(actor, class_ids=frozenset(actor.class_ids) | {student.class_id})
    return cases.record_student_contact(session, grant, student_id, inp, today)


@dataclass(frozen=True)
class MeasureRow:
    id: int
    kind: str
    kind_label: str
    content: str
    started_on: date
    status: str
    status_label: str
    result: str
    closed_on: date | None


@dataclass(frozen=True)
class PlanView:
    """Everything on one student's plan, for the plan page and the printed 一人一案."""

    student_id: int
    student_name: str
    class_name: str
    plan_id: int | None
    situation: str
    risk_notes: str
    risk_level: str
    #: why the child needs a mentor now (focus groups, alerts, cases, early warning): ``str()`` is the Chinese,
    #: ``in_language(lang)`` a window's language
    risk_facts: tuple[Message, ...]
    mentor_id: int | None
    mentor_name: str
    five_ones: dict[str, MeasureRow | None]
    measures: list[MeasureRow]
    reviews: list[ReviewRow]
    contacts: list  # app.cases.ContactRow, shared with the case file
    history: list[AssignmentRow]
    can_edit: bool

    @property
    def risk_level_label(self) -> str:
        return RISK_LEVELS.get(self.risk_level, self.risk_level)


def get_plan(session: Session, actor: Actor, student_id: int, today: date | None = None) -> PlanView:
    today = today or date.today()
    student = require_view_student(session, actor, student_id)
    c = session.get(SchoolClass, student.class_id) if student.class_id else None
    plan = _plan_of(session, student_id)
    measures: list[MeasureRow] = []
    reviews: list[ReviewRow] = []
    mentor = current_mentor(session, student_id, today)
    mentor_staff = session.get(Staff, mentor) if mentor else None
    if plan is not None:
        for m in session.exec(select(PlanMeasure).where(PlanMeasure.plan_id == plan.id)
                              .order_by(PlanMeasure.started_on, PlanMeasure.id)):
            measures.append(MeasureRow(m.id, m.kind, MEASURE_KINDS.get(m.kind, m.kind), m.content, m.started_on,
                                       m.status, MEASURE_STATUSES.get(m.status, m.status), m.result, m.closed_on))
        for r in session.exec(select(PlanReview).where(PlanReview.plan_id == plan.id)
                              .order_by(PlanReview.due_date, PlanReview.id)):
            reviews.append(ReviewRow(r.id, student_id, student.name, c.name if c else "",
                                     mentor_staff.name if mentor_staff else "", r.due_date, r.purpose,
                                     r.done_on is None and r.due_date < today, (r.due_date - today).days))
    five = {k: next((m for m in reversed(measures) if m.kind == k and m.status == "active"), None) for k in FIVE_ONES}
    facts = list(need_reasons(session, today, student_ids=[student_id]).get(student_id, []))
    facts.extend(_early_warning_lines(session, student_id, today))
    history = [assignment_row(session, a) for a in session.exec(
        select(MentorAssignment).where(MentorAssignment.student_id == student_id)
        .order_by(MentorAssignment.start_date, MentorAssignment.id))]
    return PlanView(student_id, student.name, c.name if c else "", plan.id if plan else None,
                    plan.situation if plan else "", plan.risk_notes if plan else "", plan.risk_level if plan else "",
                    tuple(facts), mentor, mentor_staff.name if mentor_staff else "", five, measures, reviews,
                    contacts_of_student(session, student_id), history, can_work_on_plan(session, actor, student, today))


def _early_warning_lines(session: Session, student_id: int, today: date) -> list[Message]:
    """The early warning's explained points for the plan: each rule with its points and the records behind it."""
    risk = early_warning.risk_for_students(session, [student_id], today).get(student_id)
    if risk is None or not risk.reasons:
        return []
    return [msg("mentors.risk_point_detail", rule=p.named, points=p.points, detail=p.said)
            if p.detail else msg("mentors.risk_point", rule=p.named, points=p.points)
            for p in risk.reasons]
