"""转出 — a student leaves for another school (national change code 27).

Until the county confirms that the child arrived there (the request's acknowledgement) the child is listed
by :func:`app.approvals.reading.unconfirmed_transfers`: that is where children can vanish.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from app.accounts import Actor
from app.approvals.common import (Checked, Effect, Kind, Text, change_status, labels_of, other_school,
                                  status_request)
from app.data.approval_models import ApprovalRequest
from app.data.models import Student
from app.messages import Message, msg
from app.policy import Policy


@dataclass(frozen=True)
class TransferOutDetails:
    effective_date: date
    destination_school: str
    destination_county: str
    reason: str


CODE = "27"
DESTINATION = other_school("destination", "转入学校")
FIELD_LABELS = labels_of(DESTINATION)
TEXTS = {**DESTINATION, "reason": Text("转学原因", required=True)}


def check(session: Session, s: Student, d: TransferOutDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    d = status_request(session, s, d, allowed={"in_school"}, doing=msg("approvals.doing_transfer_out"), texts=TEXTS)
    return Checked(d, s, s.class_id, d.effective_date)


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: TransferOutDetails, today: date) -> Effect:
    return change_status(session, actor, req, CODE, d.effective_date,
                         f"转出至{d.destination_county}{d.destination_school}({d.reason})",
                         "学生已转出;县教育局确认对方学校接收前,列为“转出待确认”")


def describe(req: ApprovalRequest) -> Message:
    d = req.details
    return msg("approvals.describe_transfer_out", day=req.effective_date, county=d["destination_county"],
               school=d["destination_school"], reason=d["reason"])


KIND = Kind("transfer_out", "转出", TransferOutDetails, FIELD_LABELS, check, apply, describe, code=CODE,
            texts=TEXTS, one_open=True)
