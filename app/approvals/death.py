"""死亡 — a student's death (national change code 26): the registration is closed.

It needs a scanned death certificate, and cannot be registered ahead of its date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from app.accounts import Actor
from app.approvals.common import Checked, Effect, Kind, Text, change_status, in_brackets, not_future, status_request
from app.data.approval_models import ApprovalRequest
from app.data.models import Student
from app.messages import Message, msg
from app.policy import Policy


@dataclass(frozen=True)
class DeathDetails:
    effective_date: date
    cause: str = ""


CODE = "26"
FIELD_LABELS = {"cause": "死因"}
TEXTS = {"cause": Text("死因")}


def check(session: Session, s: Student, d: DeathDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    d = status_request(session, s, d, allowed={"in_school", "suspended", "borrow_out", "dropout"}, doing=msg("approvals.doing_death"),
                       texts=TEXTS, then=lambda d: not_future(d.effective_date, today, "死亡日期"))
    return Checked(d, s, s.class_id, d.effective_date)


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: DeathDetails, today: date) -> Effect:
    return change_status(session, actor, req, CODE, d.effective_date, "死亡" + in_brackets(d.cause))


def describe(req: ApprovalRequest) -> Message:
    cause = req.details.get("cause")
    return msg("approvals.describe_death", day=req.effective_date,
               note=msg("approvals.describe_note", text=cause) if cause else "")


KIND = Kind("death", "死亡", DeathDetails, FIELD_LABELS, check, apply, describe, code=CODE, texts=TEXTS,
            one_open=True, proof="死亡证明")
