"""休学 — a student leaves the roll for some months (national change code 23).

It needs a scanned proof (a hospital certificate …) and the principal's approval; the policy caps its
length (``suspension_max_months``). Its end moves with approved extensions (:mod:`.suspension_extension`);
the student comes back with a resumption (:mod:`.resumption`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from app.accounts import Actor
from app.approvals.common import (Checked, Effect, Kind, Text, add_months, change_status, check_dates, clean_texts,
                                  require_status)
from app.data.approval_models import ApprovalRequest
from app.data.models import Student
from app.errors import ValidationError
from app.messages import Message, msg
from app.policy import Policy


@dataclass(frozen=True)
class SuspensionDetails:
    effective_date: date
    months: int
    reason: str


CODE = "23"
FIELD_LABELS: dict[str, str] = {}
TEXTS = {"reason": Text("休学原因", required=True)}


def check(session: Session, s: Student, d: SuspensionDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    require_status(s, {"in_school"}, msg("approvals.doing_suspension"))
    if not 1 <= d.months <= policy.suspension_max_months:
        raise ValidationError("休学月数", "approvals.must_1_months_school_s",
                                      suspension_max_months=policy.suspension_max_months,
                                      months=d.months)
    d = clean_texts(d, TEXTS)
    check_dates(session, s, d.effective_date, msg("approvals.doing_suspension"))
    return Checked(d, s, s.class_id, d.effective_date, add_months(d.effective_date, d.months))


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: SuspensionDetails, today: date) -> Effect:
    return change_status(session, actor, req, CODE, d.effective_date,
                         f"休学 {d.months} 个月,至 {req.end_date}({d.reason})")


def describe(req: ApprovalRequest) -> Message:
    d = req.details
    return msg("approvals.describe_suspension", day=req.effective_date, months=d["months"], end=req.end_date,
               reason=d["reason"])


KIND = Kind("suspension", "休学", SuspensionDetails, FIELD_LABELS, check, apply, describe, code=CODE, texts=TEXTS,
            one_open=True, proof="医院诊断证明等休学证明")
