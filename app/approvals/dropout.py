"""辍学登记 — a student registered as a dropout (national change code 28).

When the request names the child's absence case, the dropout is registered through the case
(:func:`app.cases.register_dropout`: the status change and the persuasion ledger); otherwise the status
change is recorded alone. It cannot be registered ahead of its date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from app import cases
from app.accounts import Actor
from app.approvals.common import Checked, Effect, Kind, Text, change_status, not_future, status_request
from app.data.approval_models import ApprovalRequest
from app.data.models import AbsenceCase, Student
from app.errors import ValidationError
from app.messages import Message, msg
from app.policy import Policy


@dataclass(frozen=True)
class DropoutDetails:
    effective_date: date
    reason: str
    case_id: int | None = None
    left_on: date | None = None
    whereabouts: str = ""
    family_refused: bool = False


CODE = "28"
FIELD_LABELS = {"case_id": "个案", "left_on": "离校日期", "whereabouts": "现在去向", "family_refused": "家长拒绝返校"}
TEXTS = {"reason": Text("辍学原因", required=True), "whereabouts": Text("现在去向")}


def check(session: Session, s: Student, d: DropoutDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    d = status_request(session, s, d, allowed={"in_school"}, doing=msg("approvals.doing_dropout"), texts=TEXTS,
                       then=lambda d: not_future(d.effective_date, today, "辍学登记日期"))
    if d.case_id is not None:
        case = session.get(AbsenceCase, d.case_id)
        if case is None or case.student_id != s.id:
            raise ValidationError("个案", "approvals.case_not_case", case_id=d.case_id, s_name=s.name)
        if case.closed_on is not None:
            raise ValidationError("个案", "approvals.case_closed", case_id=d.case_id, closed_on=case.closed_on)
    return Checked(d, s, s.class_id, d.effective_date)


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: DropoutDetails, today: date) -> Effect:
    if d.case_id is None:
        return change_status(session, actor, req, CODE, d.effective_date, d.reason)
    cases.register_dropout(session, actor, d.case_id, d.effective_date, d.reason, whereabouts=d.whereabouts,
                           left_on=d.left_on, family_refused=True, today=today)
    return Effect({"status": "dropout", "case_id": d.case_id}, [req.student_id], "已登记辍学并建立劝返台账")


def describe(req: ApprovalRequest) -> Message:
    d = req.details
    return msg("approvals.describe_dropout", day=req.effective_date, reason=d["reason"],
               case=msg("approvals.describe_case", case_id=d["case_id"]) if d.get("case_id") else "")


KIND = Kind("dropout", "辍学登记", DropoutDetails, FIELD_LABELS, check, apply, describe, code=CODE, texts=TEXTS,
            one_open=True)
