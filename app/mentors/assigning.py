"""Mentor assignments (帮扶安排): who mentors whom, from when to when; the handover.

and a student from ``start_date`` until ``end_date`` (exclusive, NULL = current),
with the end reason. Ended rows stay: they are the history, and "keep last year's
mentor" reads them. Rules (:func:`assign`):

* the mentor must be active staff who has not left by the start date;
* one student has at most one mentor at a time (overlapping assignments refused);
* a caseload above the policy maximum needs a stated reason, kept on the row and
  in the audit entry.

The caseload of a teacher on a day counts the assignments not ended by that day
(current ones and ones planned to start later).

Handover
--------
:func:`end_for_staff` (a teacher leaves) and :func:`end_for_student` /
:func:`on_status_change` (transfer, graduation…) end assignments with a reason;
a student still at risk shows up again in :func:`uncovered`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, func, select

from app import audit, fields
from app.accounts import Actor
from app.codes import STATUS
from app.data.mentor_models import MentorAssignment
from app.data.models import Staff, Student, utcnow
from app.errors import NotFound, ValidationError
from app.mentors import (
    END_REASONS,
    GONE_STATUSES,
    STATUS_END_REASONS,
    UncoveredRow,
    can_manage,
    needs,
    not_ended,
    require_manage,
    require_view_student,
    uncovered_rows,
)
from app.messages import labels
from app.policy import load as load_policy


# --- assignments --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    staff_id: int
    staff_name: str
    student_id: int
    student_name: str
    start_date: date
    end_date: date | None
    end_reason: str
    end_reason_label: str
    end_note: str
    over_max_reason: str
    source: str

    @property
    def current(self) -> bool:
        return self.end_date is None


def assignment_row(session: Session, a: MentorAssignment) -> AssignmentRow:
    staff = session.get(Staff, a.staff_id)
    student = session.get(Student, a.student_id)
    return AssignmentRow(a.id, a.staff_id, staff.name if staff else "", a.student_id, student.name if student else "",
                         a.start_date, a.end_date, a.end_reason, END_REASONS.get(a.end_reason, a.end_reason),
                         a.end_note, a.over_max_reason, a.source)


def _check_mentor(session: Session, staff_id: int, day: date) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise ValidationError("帮扶教师", "mentors.staff_member_does_not_exist", staff_id=staff_id)
    if not staff.active or (staff.left_on is not None and staff.left_on <= day):
        when = f"于 {staff.left_on} " if staff.left_on else ""
        raise ValidationError("帮扶教师", "mentors.has_left_not_work_cannot", staff_name=staff.name, when=when)
    return staff


def assign(session: Session, actor: Actor, student_id: int, staff_id: int, start_date: date, *,
           over_max_reason: str = "", note: str = "", source: str = "manual") -> int:
    """Make ``staff_id`` the mentor of ``student_id`` from ``start_date``. Returns the assignment id."""
    require_manage(actor)
    student = session.get(Student, student_id)
    if student is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    if student.status in GONE_STATUSES:
        raise ValidationError("学生", "mentors.no_more_mentor_can_assigned",
                                    student_name=student.name,
                                    status_label=_status_label(student.status))
    if start_date < student.enrolled_on:
        raise ValidationError("开始日期", "mentors.cannot_before_student_s_enrolment", enrolled_on=student.enrolled_on)
    staff = _check_mentor(session, staff_id, start_date)
    over_max_reason = fields.text(over_max_reason, "超出上限的理由", limit=500)
    note = fields.text(note, "备注", limit=500)
    clash = session.exec(select(MentorAssignment).where(MentorAssignment.student_id == student_id,
                                                        not_ended(start_date))).first()
    if clash is not None:
        other = session.get(Staff, clash.staff_id)
        raise ValidationError("帮扶教师", "mentors.has_mentored_since_student_has",
                                      student_name=student.name,
                                      other_name=other.name if other else clash.staff_id,
                                      start_date=clash.start_date)
    policy = load_policy(session)
    load = session.exec(select(func.count()).select_from(MentorAssignment)
                        .where(MentorAssignment.staff_id == staff_id, not_ended(start_date))).one()
    over = load + 1 > policy.mentor_max_caseload
    if over and not over_max_reason:
        raise ValidationError("帮扶学生数", "mentors.already_mentors_students_one_more",
                                       staff_name=staff.name,
                                       load=load,
                                       mentor_max_caseload=policy.mentor_max_caseload)
    a = MentorAssignment(staff_id=staff_id, student_id=student_id, start_date=start_date,
                         over_max_reason=over_max_reason if over else "", source=source, note=note,
                         created_by=actor.user_id)
    session.add(a)
    session.flush()
    summary = f"安排{staff.name}帮扶{student.name}(自 {start_date} 起)"
    if over:
        summary += f";超出上限({load + 1}/{policy.mentor_max_caseload}),理由:{over_max_reason}"
    audit.record(session, actor, "mentor.assign", "mentor_assignment", a.id, after=audit.snapshot(a), summary=summary)
    return a.id


def _status_label(status: str) -> str:
    return STATUS.get(status, status)


def _end(session: Session, actor: Actor, a: MentorAssignment, day: date, reason: str, note: str) -> None:
    if reason not in END_REASONS:
        raise ValidationError("结束原因", "common.must_be_one_of_these", choices=labels("end_reason", END_REASONS, END_REASONS))
    if a.end_date is not None:
        raise ValidationError("帮扶安排", "mentors.assignment_ended", end_date=a.end_date)
    note = fields.text(note, "结束说明", limit=500)
    if reason == "other" and not note:
        raise ValidationError("结束说明", "mentors.give_reason_when_reason_ending")
    before = audit.snapshot(a, ["end_date", "end_reason", "end_note"])
    a.end_date = max(day, a.start_date)
    a.end_reason, a.end_note = reason, note
    a.ended_by, a.ended_at = actor.user_id, utcnow()
    session.add(a)
    staff = session.get(Staff, a.staff_id)
    student = session.get(Student, a.student_id)
    audit.record(session, actor, "mentor.end", "mentor_assignment", a.id, before=before,
                 after=audit.snapshot(a, ["end_date", "end_reason", "end_note"]),
                 summary=f"结束{staff.name if staff else a.staff_id}对{student.name if student else a.student_id}"
                         f"的帮扶({a.end_date},{END_REASONS[reason]}{':' + note if note else ''})")


def end_assignment(session: Session, actor: Actor, assignment_id: int, day: date, reason: str,
                   note: str = "") -> AssignmentRow:
    """End one assignment on ``day`` (the mentor is no longer responsible from that day)."""
    require_manage(actor)
    a = session.get(MentorAssignment, assignment_id)
    if a is None:
        raise NotFound("mentors.mentor_assignment_does_not_exist", assignment_id=assignment_id)
    _end(session, actor, a, day, reason, note)
    return assignment_row(session, a)


def reassign(session: Session, actor: Actor, student_id: int, staff_id: int, day: date, *,
             reason: str = "reassigned", note: str = "", over_max_reason: str = "") -> int:
    """Hand a student to another mentor from ``day`` (ends the current assignment, starts the new one)."""
    require_manage(actor)
    for a in session.exec(select(MentorAssignment).where(MentorAssignment.student_id == student_id,
                                                         not_ended(day))).all():
        if a.staff_id == staff_id and a.start_date <= day:
            raise ValidationError("帮扶教师", "mentors.new_mentor_same_current_mentor")
        _end(session, actor, a, day, reason, note)
    session.flush()
    return assign(session, actor, student_id, staff_id, day, over_max_reason=over_max_reason, note=note)


@dataclass(frozen=True)
class HandoverResult:
    ended: list[AssignmentRow]
    uncovered: list[UncoveredRow]  # of the students just handed over, those still needing a mentor


def _end_where(session: Session, actor: Actor, cond, day: date, reason: str, note: str) -> HandoverResult:
    rows = session.exec(select(MentorAssignment).where(cond, not_ended(day)).order_by(MentorAssignment.id)).all()
    for a in rows:
        _end(session, actor, a, day, reason, note)
    session.flush()
    ids = {a.student_id for a in rows}
    need = needs(session, day, student_ids=ids) if ids else {}
    still = [u for u in uncovered_rows(session, day) if u.student_id in ids and u.student_id in need]
    return HandoverResult([assignment_row(session, a) for a in rows], still)


def _require_handover(actor: Actor, permission: str) -> None:
    if not (can_manage(actor) or actor.has(permission)):
        require_manage(actor, "结束帮扶安排")


def end_for_staff(session: Session, actor: Actor, staff_id: int, day: date, *, reason: str = "staff_left",
                  note: str = "") -> HandoverResult:
    """A teacher leaves: every assignment of theirs ends on ``day``; history stays. Call from school.staff_leaves."""
    _require_handover(actor, "staff.manage")
    return _end_where(session, actor, MentorAssignment.staff_id == staff_id, day, reason, note)


def end_for_student(session: Session, actor: Actor, student_id: int, day: date, *, reason: str,
                    note: str = "") -> HandoverResult:
    """A student transfers, graduates…: the assignment ends on ``day`` with the reason."""
    _require_handover(actor, "student.status")
    return _end_where(session, actor, MentorAssignment.student_id == student_id, day, reason, note)


def on_status_change(session: Session, actor: Actor, student_id: int, code: str, day: date,
                     note: str = "") -> HandoverResult | None:
    """Hook for :func:`app.students.record_status_change`: graduation, completion, transfer out and death end
    the mentoring; other changes (suspension, dropout, borrow-study) keep it."""
    reason = STATUS_END_REASONS.get(code)
    if reason is None:
        return None
    return end_for_student(session, actor, student_id, day, reason=reason, note=note)


def assignments_of_student(session: Session, actor: Actor, student_id: int) -> list[AssignmentRow]:
    """The student's mentors, oldest first, ended ones included."""
    require_view_student(session, actor, student_id)
    rows = session.exec(select(MentorAssignment).where(MentorAssignment.student_id == student_id)
                        .order_by(MentorAssignment.start_date, MentorAssignment.id)).all()
    return [assignment_row(session, a) for a in rows]
