"""延长休学 — an approved suspension lasts longer.

No status change: the suspension's end moves (:func:`suspension_end`). The policy limits how many times
(``suspension_extensions``) and by how much (``suspension_max_months``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from app.accounts import Actor
from app.approvals.common import (DONE_STATES, OPEN_STATES, Checked, Effect, Kind, Text, add_months, clean_texts,
                                  require_status)
from app.approvals.suspension import KIND as SUSPENSION
from app.data.approval_models import ApprovalRequest
from app.data.models import Student
from app.errors import NotFound, ValidationError
from app.messages import Message, msg
from app.policy import Policy


@dataclass(frozen=True)
class SuspensionExtensionDetails:
    suspension_request_id: int
    months: int
    reason: str


FIELD_LABELS = {"suspension_request_id": "原休学申请"}
TEXTS = {"reason": Text("延长原因", required=True)}


def extensions(session: Session, suspension_id: int, states: Iterable[str]) -> list[ApprovalRequest]:
    """The extensions of a suspension in these states."""
    rows = session.exec(select(ApprovalRequest).where(ApprovalRequest.kind == KIND.key,
                                                      col(ApprovalRequest.state).in_(list(states)),
                                                      ApprovalRequest.student_id.isnot(None)))
    return [r for r in rows if r.details.get("suspension_request_id") == suspension_id]


def suspension_end(session: Session, suspension_request_id: int) -> date:
    """The end of a suspension, moved by its approved extensions."""
    req = session.get(ApprovalRequest, suspension_request_id)
    if req is None or req.kind != SUSPENSION.key:
        raise NotFound("approvals.suspension_request_does_not_exist", suspension_request_id=suspension_request_id)
    end = req.end_date
    for ext in extensions(session, req.id, DONE_STATES):
        end = max(end, ext.end_date)
    return end


def check(session: Session, s: Student, d: SuspensionExtensionDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    require_status(s, {"suspended"}, msg("approvals.doing_extension"))
    base = session.get(ApprovalRequest, d.suspension_request_id)
    if base is None or base.kind != SUSPENSION.key or base.student_id != s.id or base.state not in DONE_STATES:
        raise ValidationError("原休学申请", "approvals.not_approved_suspension_request",
                                       suspension_request_id=d.suspension_request_id,
                                       s_name=s.name)
    done = [e for e in extensions(session, base.id, DONE_STATES | OPEN_STATES) if e.id != request_id]
    if len(done) >= policy.suspension_extensions:
        raise ValidationError("延长休学", "approvals.school_s_policy_allows_most",
                                      suspension_extensions=policy.suspension_extensions,
                                      s_name=s.name,
                                      done_count=len(done))
    if not 1 <= d.months <= policy.suspension_max_months:
        raise ValidationError("延长月数", "approvals.must_1_months_not",
                                      suspension_max_months=policy.suspension_max_months,
                                      months=d.months)
    d = clean_texts(d, TEXTS)
    start = suspension_end(session, base.id)
    return Checked(d, s, s.class_id, start, add_months(start, d.months))


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: SuspensionExtensionDetails,
          today: date) -> Effect:
    return Effect({"suspension_end": req.end_date.isoformat()}, [req.student_id], f"休学延长至 {req.end_date}")


def describe(req: ApprovalRequest) -> Message:
    d = req.details
    return msg("approvals.describe_suspension_extension", months=d["months"], end=req.end_date, reason=d["reason"])


KIND = Kind("suspension_extension", "延长休学", SuspensionExtensionDetails, FIELD_LABELS, check, apply, describe,
            texts=TEXTS)
