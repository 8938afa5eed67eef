"""外校学生来校借读 — a child registered at another school studies here.

Filed only: the child is not on this school's 学籍, so the request is about a guest (by name) in a class,
and its approval changes no record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from app.accounts import Actor
from app.approvals.common import Checked, Effect, Kind, Text, clean_texts, labels_of, never, not_before, other_school
from app.data.approval_models import ApprovalRequest
from app.data.models import SchoolClass
from app.errors import ValidationError
from app.policy import Policy
from app.messages import Message, msg


@dataclass(frozen=True)
class BorrowInDetails:
    effective_date: date
    guest_name: str
    home_school: str
    home_county: str
    class_id: int
    guest_student_number: str = ""
    reason: str = ""
    end_date: date | None = None


TEXTS = {"guest_name": Text("借读学生姓名", required=True, limit=30),
         **other_school("home", "学籍所在学校", "学籍所在县(区)"),
         "guest_student_number": Text("借读学生学籍号", limit=20, upper=True),
         "reason": Text("借读原因")}
#: the fields named as their text rules name them; the reason keeps the shared name (事由)
FIELD_LABELS = {name: label for name, label in labels_of(TEXTS).items() if name != "reason"}


def check(session: Session, s: None, d: BorrowInDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    c = session.get(SchoolClass, d.class_id)
    if c is None or not c.active:
        raise ValidationError("班级", "common.chosen_class_does_not_exist")
    d = clean_texts(d, TEXTS)
    not_before(d.end_date, d.effective_date)
    return Checked(d, None, c.id, d.effective_date, d.end_date)


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: BorrowInDetails, today: date) -> Effect:
    return Effect({"filed": True}, [], "已备案(借读学生学籍不在本校)")


def describe(req: ApprovalRequest) -> Message:
    d = req.details
    return msg("approvals.describe_borrow_in", day=req.effective_date, county=d["home_county"], school=d["home_school"])


def subject(details: Mapping[str, Any]) -> str:
    return details.get("guest_name", "")


KIND = Kind("borrow_in", "外校学生来校借读", BorrowInDetails, FIELD_LABELS, check, apply, describe, texts=TEXTS,
            takes_student=never, subject=subject)
