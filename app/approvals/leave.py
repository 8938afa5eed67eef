"""请假 — sick or personal leave of a student on the roll.

Approved, it becomes a :class:`~app.data.models.Leave` (:func:`app.attendance.add_leave`: saved roll calls
become excused, alerts are worked out again and cleared when the leave covers their run). A leave of at most
``policy.class_teacher_leave_limit_days`` school days goes to the class teacher, a longer one to the
principal. It is the one kind withdrawn after approval: before its first day, the Leave is cancelled with it.
The county is not told (the leave is in the bundle's ``Leaves``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from app.accounts import Actor
from app.approvals.common import (OPEN_STATES, STATES, Checked, Effect, Kind, StepResult, Text, Withdrawal,
                                  clean_texts, parse_as, reference, status_label)
from app.attendance import LEAVE_KINDS, SESSIONS, add_leave, cancel_leave, leave_bounds, leave_text
from app.data.approval_models import ApprovalRequest
from app.data.models import Leave, Student
from app.errors import ValidationError
from app.messages import Message, label, labels, msg
from app.policy import Policy
from app.school_calendar import load_calendar


@dataclass(frozen=True)
class LeaveDetails:
    leave_kind: str  # app.attendance.LEAVE_KINDS: sick | personal
    start_day: date
    end_day: date
    start_session: str = "day"  # "pm": from noon
    end_session: str = "day"  # "am": until noon
    reason: str = ""


FIELD_LABELS = {"leave_kind": "请假类型", "start_day": "开始日期", "end_day": "结束日期", "start_session": "开始时段",
                "end_session": "结束时段"}
TEXTS = {"reason": Text("请假事由")}


def leave_days(session: Session, d: LeaveDetails) -> float:
    """School days a leave covers (half days count 0.5); weekends and holidays inside do not count."""
    days = load_calendar(session).school_days(d.start_day, d.end_day)
    n = float(len(days))
    if d.start_day in days and d.start_session == "pm":
        n -= 0.5
    if d.end_day in days and d.end_session == "am":
        n -= 0.5
    return max(n, 0.0)


def transient_leave(d: LeaveDetails, student_id: int) -> Leave:
    """The Leave the request would make (not added to the session): for its bounds and its words."""
    return Leave(student_id=student_id, kind=d.leave_kind, start_day=d.start_day, start_session=d.start_session,
                 end_day=d.end_day, end_session=d.end_session, reason=d.reason)


def check(session: Session, s: Student, d: LeaveDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    if d.leave_kind not in LEAVE_KINDS:
        raise ValidationError("请假类型", "common.must_be_one_of", choices=labels("leave_kind", LEAVE_KINDS, LEAVE_KINDS))
    for label, value in (("开始时段", d.start_session), ("结束时段", d.end_session)):
        if value not in SESSIONS:
            raise ValidationError(label, "common.must_whole_day_morning_afternoon")
    d = clean_texts(d, TEXTS)
    mine = transient_leave(d, s.id)
    start, end = leave_bounds(mine)
    if end < start:
        raise ValidationError("请假日期", "approvals.end_date_cannot_before_start",
                                      end_day=d.end_day,
                                      start_day=d.start_day)
    if d.end_day < s.enrolled_on:
        raise ValidationError("请假日期", "approvals.enrolled_no_leave_days_before",
                                      s_name=s.name,
                                      enrolled_on=s.enrolled_on)
    if s.status != "in_school":
        raise ValidationError("学籍状态", "approvals.now_no_leave_can_requested",
                                      s_name=s.name,
                                      status_label=status_label(s.status))
    for other in session.exec(select(Leave).where(Leave.student_id == s.id, Leave.status == "approved",
                                                  Leave.start_day <= d.end_day, Leave.end_day >= d.start_day)):
        o_start, o_end = leave_bounds(other)
        if o_start <= end and start <= o_end:
            raise ValidationError("请假日期", "approvals.overlaps_approved_leave_extend_withdraw",
                                          s_name=s.name,
                                          leave_text=leave_text(other))
    for other in session.exec(select(ApprovalRequest).where(
            ApprovalRequest.student_id == s.id, ApprovalRequest.kind == KIND.key,
            col(ApprovalRequest.state).in_(sorted(OPEN_STATES)))):
        if other.id == request_id:
            continue
        theirs = transient_leave(parse_as(KIND, other.details), s.id)
        o_start, o_end = leave_bounds(theirs)
        if o_start <= end and start <= o_end:
            raise ValidationError("请假日期", "approvals.overlaps_another_leave_request",
                                          s_name=s.name,
                                          states=STATES[other.state],
                                          other_id=other.id,
                                          leave_text=leave_text(theirs))
    return Checked(d, s, s.class_id, d.start_day, d.end_day)


def approver(session: Session, d: LeaveDetails, policy: Policy) -> str:
    """``class_teacher`` for a leave within the policy's limit, else ``principal``."""
    limit = policy.class_teacher_leave_limit_days
    return "class_teacher" if limit > 0 and leave_days(session, d) <= limit else "principal"


def over_limit(policy: Policy) -> Message:
    return msg("approvals.over_class_teacher_limit", days=policy.class_teacher_leave_limit_days)


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: LeaveDetails, today: date) -> Effect:
    leave_id = add_leave(session, actor, req.student_id, d.leave_kind, d.start_day, d.end_day, d.start_session,
                         d.end_session, reason=d.reason, reference=reference(req), today=today)
    return Effect({"leave_id": leave_id}, [req.student_id], "已登记请假,所涉点名记为已请假")


def undo(session: Session, actor: Actor, req: ApprovalRequest, reason: str, today: date) -> StepResult:
    """The approved leave withdrawn before its first day: its Leave is cancelled too."""
    leave_id = (req.outcome or {}).get("leave_id")
    if leave_id is not None:
        cancel_leave(session, actor, leave_id, reason=f"申请 #{req.id} 撤销:{reason}", today=today)
    return StepResult(req.id, req.state, (req.student_id,), leave_id)


def describe(req: ApprovalRequest) -> Message:
    d = parse_as(KIND, req.details)

    def one(day, session: str):
        return day if session == "day" else msg("approvals.describe_day_session", day=day,
                                                session=label("session", session, SESSIONS))

    same = (d.end_day, d.end_session) == (d.start_day, d.start_session)
    reason = req.details.get("reason")
    return msg("approvals.describe_leave", kind=label("leave_kind", d.leave_kind, LEAVE_KINDS),
               start=one(d.start_day, d.start_session),
               end="" if same else msg("approvals.describe_leave_end", end=one(d.end_day, d.end_session)),
               note=msg("approvals.describe_note", text=reason) if reason else "")


KIND = Kind("leave", "请假", LeaveDetails, FIELD_LABELS, check, apply, describe, texts=TEXTS, county=False,
            approver=approver, over_limit=over_limit,
            withdrawal=Withdrawal(undo, "approvals.leave_begun_cannot_withdraw"))
