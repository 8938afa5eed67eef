"""外出借读 — a student studies at another school for a while; the registration stays here.

Borrow-study has no national change code: the status change is recorded with app.students' borrow-out
marker, and the student comes back with a borrow-study return (:mod:`.borrow_return`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from app import students as st
from app.accounts import Actor
from app.approvals.common import (Checked, Effect, Kind, Text, change_status, labels_of, not_before, other_school,
                                  status_request)
from app.data.approval_models import ApprovalRequest
from app.data.models import Student
from app.messages import Message, msg
from app.policy import Policy


@dataclass(frozen=True)
class BorrowOutDetails:
    effective_date: date
    host_school: str
    host_county: str
    reason: str
    end_date: date | None = None


CODE = st.BORROW_OUT
HOST = other_school("host", "借读学校")
FIELD_LABELS = labels_of(HOST)
TEXTS = {**HOST, "reason": Text("借读原因", required=True)}


def check(session: Session, s: Student, d: BorrowOutDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    d = status_request(session, s, d, allowed={"in_school"}, doing=msg("approvals.doing_borrow_out"), texts=TEXTS,
                       then=lambda d: not_before(d.end_date, d.effective_date))
    return Checked(d, s, s.class_id, d.effective_date, d.end_date)


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: BorrowOutDetails, today: date) -> Effect:
    return change_status(session, actor, req, CODE, d.effective_date,
                         f"借读:{d.host_county}{d.host_school}({d.reason})", "学生已转为借读外出,学籍仍在本校")


def describe(req: ApprovalRequest) -> Message:
    d = req.details
    until = msg("approvals.describe_until", day=d["end_date"]) if d.get("end_date") else ""
    return msg("approvals.describe_borrow_out", day=req.effective_date, until=until, county=d["host_county"],
               school=d["host_school"], reason=d["reason"])


KIND = Kind("borrow_out", "外出借读", BorrowOutDetails, FIELD_LABELS, check, apply, describe, code=CODE,
            texts=TEXTS, one_open=True)
