"""借读返回 — a student back from borrow-study at another school (app.students' borrow-back marker)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from app import students as st
from app.accounts import Actor
from app.approvals.common import Checked, Effect, Kind, Text, change_status, in_brackets, status_request
from app.data.approval_models import ApprovalRequest
from app.data.models import Student
from app.messages import Message, msg
from app.policy import Policy


@dataclass(frozen=True)
class BorrowReturnDetails:
    effective_date: date
    note: str = ""


CODE = st.BORROW_BACK
FIELD_LABELS: dict[str, str] = {}
TEXTS = {"note": Text("说明")}


def check(session: Session, s: Student, d: BorrowReturnDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    d = status_request(session, s, d, allowed={"borrow_out"}, doing=msg("approvals.doing_borrow_return"), texts=TEXTS)
    return Checked(d, s, s.class_id, d.effective_date)


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: BorrowReturnDetails, today: date) -> Effect:
    return change_status(session, actor, req, CODE, d.effective_date, "借读返回" + in_brackets(d.note),
                         "学生已回本校就读")


def describe(req: ApprovalRequest) -> Message:
    return msg("approvals.describe_borrow_return", day=req.effective_date)


KIND = Kind("borrow_return", "借读返回", BorrowReturnDetails, FIELD_LABELS, check, apply, describe, code=CODE,
            texts=TEXTS, one_open=True)
