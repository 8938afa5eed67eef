"""复学 — a suspended student comes back on the roll (national change code 12)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from app.accounts import Actor
from app.approvals.common import Checked, Effect, Kind, Text, change_status, in_brackets, status_request
from app.approvals.suspension import CODE as SUSPENSION_CODE
from app.data.approval_models import ApprovalRequest
from app.data.models import StatusChange, Student
from app.errors import ValidationError
from app.messages import Message, msg
from app.policy import Policy


@dataclass(frozen=True)
class ResumptionDetails:
    effective_date: date
    note: str = ""


CODE = "12"
FIELD_LABELS: dict[str, str] = {}
TEXTS = {"note": Text("说明")}


def check(session: Session, s: Student, d: ResumptionDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    if s.status == "in_school":
        ever = session.exec(select(StatusChange.id).where(StatusChange.student_id == s.id,
                                                          StatusChange.code == SUSPENSION_CODE)).first()
        if ever is None:
            raise ValidationError("学籍状态", "approvals.never_suspended_needs_no_resumption", s_name=s.name)
    d = status_request(session, s, d, allowed={"suspended"}, doing=msg("approvals.doing_resumption"), texts=TEXTS)
    return Checked(d, s, s.class_id, d.effective_date)


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: ResumptionDetails, today: date) -> Effect:
    return change_status(session, actor, req, CODE, d.effective_date, "复学" + in_brackets(d.note))


def describe(req: ApprovalRequest) -> Message:
    return msg("approvals.describe_resumption", day=req.effective_date)


KIND = Kind("resumption", "复学", ResumptionDetails, FIELD_LABELS, check, apply, describe, code=CODE, texts=TEXTS,
            one_open=True)
