"""The state machine every kind goes through: create, edit, submit, approve, reject, report, acknowledge,
cancel.

It knows no kind: what a kind checks, does on approval and says of itself comes from its
:class:`~app.approvals.common.Kind` in :data:`~app.approvals.registry.REGISTRY`. Every step writes an
:class:`~app.data.models.ApprovalStep` and an audit entry, in the caller's transaction, with the effects of
the step; an illegal step is refused (:mod:`app.approvals.permissions`) before anything is written.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlmodel import Session, col, select

from app import audit
from app.accounts import Actor
from app.approvals.common import (ACTIONS, OPEN_STATES, STATES, STEP_ACTIONS, TRANSITIONS, Checked, StepResult,
                                  details_to_json, load_request, parse_as, text)
from app.approvals.permissions import may_request, may_view, raise_refusal, refusal
from app.approvals.registry import REGISTRY, describe, kind_of
from app.data.approval_models import ApprovalAttachment, ApprovalRequest, ApprovalStep
from app.data.models import SchoolClass, Student, utcnow
from app.errors import NotFound, PermissionDenied, ValidationError
from app.policy import Policy
from app.policy import load as load_policy


def approver_role_for(session: Session, kind: str, details, policy: Policy | None = None) -> str:
    """Who decides: ``class_teacher`` when the kind says so (a leave within the policy's limit), else ``principal``."""
    approver = kind_of(kind).approver
    if approver is None:
        return "principal"
    return approver(session, details, policy or load_policy(session))


def authority(actor: Actor) -> Actor:
    """The approver acting on an approved request: allowed the status change the approval authorises.

    The status change is recorded in the approver's name (the approval is its authority), although a
    principal does not hold ``student.status`` for direct edits.
    """
    return replace(actor, roles=actor.roles | frozenset({"registrar"}))


# --- the checks that come before the kind's own ------------------------------------------------------


def _other_open(session: Session, student_id: int, request_id: int | None) -> ApprovalRequest | None:
    one_open = sorted(key for key, k in REGISTRY.items() if k.one_open)
    for r in session.exec(select(ApprovalRequest).where(
            ApprovalRequest.student_id == student_id, col(ApprovalRequest.kind).in_(one_open),
            col(ApprovalRequest.state).in_(sorted(OPEN_STATES))).order_by(ApprovalRequest.id)):
        if r.id != request_id:
            return r
    return None


def check(session: Session, kind_key: str, student_id: int | None, details, today: date,
          request_id: int | None = None) -> Checked:
    """Every rule of a kind that needs no actor: run on create, edit, submit and again on approve."""
    kind = kind_of(kind_key)
    d = parse_as(kind, details)
    policy = load_policy(session)
    s = None
    if not kind.takes_student(details_to_json(d)):
        if student_id is not None:
            if kind.no_student_message:
                raise ValidationError("学生", kind.no_student_message)
            raise ValidationError("学生", "approvals.kind_takes_no_student", kind=kind.name)
    else:
        if student_id is None:
            raise ValidationError("学生", "approvals.choose_student")
        s = session.get(Student, student_id)
        if s is None:
            raise NotFound("common.student_does_not_exist", student_id=student_id)
        if kind.one_open:
            other = _other_open(session, s.id, request_id)
            if other is not None:
                raise ValidationError("学生", "approvals.already_has_request_deal_withdraw",
                                            s_name=s.name,
                                            states=STATES[other.state],
                                            registry_label=REGISTRY[other.kind].label,
                                            other_id=other.id)
    return kind.check(session, s, d, today=today, request_id=request_id, policy=policy)


def stored_student(req: ApprovalRequest) -> int | None:
    """The student a stored request is about, as its kind's check takes it (None for a new child …)."""
    return req.student_id if REGISTRY[req.kind].takes_student(req.details) else None


# --- steps, audit ------------------------------------------------------------------------------------


def _step(session: Session, actor: Actor, req: ApprovalRequest, action: str, from_state: str | None,
          comment: str, summary: str, before: dict | None = None) -> None:
    session.add(ApprovalStep(request_id=req.id, action=action, from_state=from_state, to_state=req.state,
                             user_id=actor.user_id, username=actor.username, comment=comment))
    audit.record(session, actor, f"approval.{action}", "approval_request", req.id, before=before,
                 after=_audit_view(req), summary=summary)


def _audit_view(req: ApprovalRequest) -> dict:
    return {"kind": req.kind, "state": req.state, "student_id": req.student_id, "class_id": req.class_id,
            "effective_date": req.effective_date.isoformat(),
            "end_date": req.end_date.isoformat() if req.end_date else None,
            "approver_role": req.approver_role, "details": req.details, "outcome": req.outcome}


def _who(session: Session, req: ApprovalRequest) -> str:
    if req.student_id is not None:
        s = session.get(Student, req.student_id)
        return s.name if s else f"学生{req.student_id}"
    kind = REGISTRY[req.kind]
    if kind.subject is not None:
        return kind.subject(req.details)
    c = session.get(SchoolClass, req.class_id) if req.class_id else None
    return c.name if c else ""


def _summary(session: Session, action: str, req: ApprovalRequest) -> str:
    return f"{ACTIONS[action]}{REGISTRY[req.kind].label}申请 #{req.id}:{_who(session, req)} {describe(req)}"


# --- creating and editing ------------------------------------------------------------------------


def create_request(session: Session, actor: Actor, kind: str, details, *, student_id: int | None = None,
                   comment: str = "", submit: bool = False, today: date | None = None) -> int:
    """A new request as a draft (or submitted at once with ``submit=True``). Returns its id."""
    today = today or date.today()
    checked = check(session, kind, student_id, details, today)
    the_kind = REGISTRY[kind]
    raise_refusal((PermissionDenied, why) if (why := may_request(actor, the_kind, checked)) else None)
    comment = text(comment, "备注")
    req = ApprovalRequest(kind=kind, state="draft", student_id=checked.student.id if checked.student else None,
                          class_id=checked.class_id, effective_date=checked.effective_date, end_date=checked.end_date,
                          details=details_to_json(checked.details),
                          approver_role=approver_role_for(session, kind, checked.details),
                          needs_county=the_kind.county, created_by=actor.user_id)
    session.add(req)
    session.flush()
    _step(session, actor, req, "create", None, comment, _summary(session, "create", req))
    if submit:
        submit_request(session, actor, req.id, today=today)
    return req.id


def update_draft(session: Session, actor: Actor, request_id: int, details, *, comment: str = "",
                 today: date | None = None) -> None:
    """Change the details of one's own draft (the student and the kind stay)."""
    today = today or date.today()
    req = load_request(session, request_id)
    raise_refusal(refusal(session, actor, request_id, "edit", today))
    before = _audit_view(req)
    checked = check(session, req.kind, stored_student(req), details, today, request_id=req.id)
    req.details = details_to_json(checked.details)
    req.class_id, req.effective_date, req.end_date = checked.class_id, checked.effective_date, checked.end_date
    req.approver_role = approver_role_for(session, req.kind, checked.details)
    req.updated_at = utcnow()
    session.add(req)
    _step(session, actor, req, "edit", "draft", text(comment, "备注"), _summary(session, "edit", req), before)


def copy_as_draft(session: Session, actor: Actor, request_id: int, *, today: date | None = None) -> int:
    """A new draft with the details of a rejected or cancelled request (to correct and resubmit)."""
    req = load_request(session, request_id)
    if not may_view(actor, req):
        raise PermissionDenied("approvals.may_not_see_request")
    return create_request(session, actor, req.kind, req.details, student_id=stored_student(req),
                          comment=f"据申请 #{req.id} 重新填写", today=today)


# --- the steps ----------------------------------------------------------------------------------


def _transition(session: Session, actor: Actor, request_id: int, action: str, comment: str, today: date,
                summary_extra: str = "") -> ApprovalRequest:
    req = load_request(session, request_id)
    raise_refusal(refusal(session, actor, request_id, action, today))
    before = _audit_view(req)
    from_state = req.state
    req.state = TRANSITIONS[action][from_state]
    now = utcnow()
    req.updated_at = now
    if action == "submit":
        req.submitted_at = now
    elif action in ("approve", "reject"):
        req.decided_by, req.decided_at = actor.user_id, now
    elif action == "report":
        req.reported_at = now
    elif action == "acknowledge":
        req.acknowledged_at = now
    if req.state in ("rejected", "cancelled"):
        req.closed_at = now
    session.add(req)
    _step(session, actor, req, action, from_state, comment,
          _summary(session, action, req) + (f"({comment})" if comment else "") + summary_extra, before)
    return req


def _recheck(session: Session, req: ApprovalRequest, today: date) -> Checked:
    checked = check(session, req.kind, stored_student(req), req.details, today, request_id=req.id)
    req.approver_role = approver_role_for(session, req.kind, checked.details)
    return checked


def submit_request(session: Session, actor: Actor, request_id: int, comment: str = "",
                   today: date | None = None) -> None:
    """Send a draft for approval; everything is checked again, and the proof a kind needs must be attached."""
    today = today or date.today()
    req = load_request(session, request_id)
    raise_refusal(refusal(session, actor, request_id, "submit", today))
    _recheck(session, req, today)
    kind = REGISTRY[req.kind]
    if kind.proof:
        n = session.exec(select(ApprovalAttachment.id).where(ApprovalAttachment.request_id == req.id)).first()
        if n is None:
            raise ValidationError("附件", "approvals.request_needs_scan_photo_jpg",
                                        kind_label=kind.name,
                                        proof=kind.proof)
    _transition(session, actor, request_id, "submit", text(comment, "备注"), today)


def approve(session: Session, actor: Actor, request_id: int, comment: str = "",
            today: date | None = None) -> StepResult:
    """Approve and apply the kind's effect in the same transaction (leave, status change, borrow-study …)."""
    today = today or date.today()
    req = load_request(session, request_id)
    raise_refusal(refusal(session, actor, request_id, "approve", today))
    checked = _recheck(session, req, today)
    comment = text(comment, "审批意见")
    req = _transition(session, actor, request_id, "approve", comment, today)
    effect = REGISTRY[req.kind].apply(session, authority(actor), req, checked.details, today)
    req.outcome = effect.outcome
    session.add(req)
    session.flush()
    return StepResult(req.id, req.state, tuple(effect.students), effect.outcome.get("leave_id"), effect.message)


def reject(session: Session, actor: Actor, request_id: int, reason: str, today: date | None = None) -> StepResult:
    today = today or date.today()
    raise_refusal(refusal(session, actor, request_id, "reject", today))
    reason = text(reason, "驳回理由", required=True)
    req = _transition(session, actor, request_id, "reject", reason, today)
    return StepResult(req.id, req.state)


def report_to_county(session: Session, actor: Actor, request_id: int, comment: str = "",
                     today: date | None = None) -> StepResult:
    """The registrar records that the change was filed with the county bureau (how, reference in the comment)."""
    today = today or date.today()
    req = _transition(session, actor, request_id, "report", text(comment, "报送说明"), today)
    return StepResult(req.id, req.state)


def acknowledge(session: Session, actor: Actor, request_id: int, comment: str = "",
                today: date | None = None) -> StepResult:
    """The registrar records the county's acknowledgement (for a transfer out: arrival confirmed)."""
    today = today or date.today()
    req = _transition(session, actor, request_id, "acknowledge", text(comment, "县教育局确认说明"), today)
    return StepResult(req.id, req.state, (req.student_id,) if req.student_id else ())


def cancel(session: Session, actor: Actor, request_id: int, reason: str = "", today: date | None = None) -> StepResult:
    """Withdraw a draft or a submitted request; an approved one of a kind that allows it (a leave) before its
    first day, its effect undone (the Leave is cancelled)."""
    today = today or date.today()
    req = load_request(session, request_id)
    raise_refusal(refusal(session, actor, request_id, "cancel", today))
    was = req.state
    reason = text(reason, "撤销理由", required=was == "approved")
    req = _transition(session, actor, request_id, "cancel", reason, today)
    withdrawal = REGISTRY[req.kind].withdrawal
    if was == "approved" and withdrawal is not None:
        return withdrawal.undo(session, authority(actor), req, reason, today)
    return StepResult(req.id, req.state)


def step(session: Session, actor: Actor, request_id: int, action: str, comment: str = "",
         today: date | None = None) -> StepResult:
    """Take one step by name (``submit``, ``approve``, ``reject``, ``report``, ``acknowledge``, ``cancel``)."""
    fn = {"submit": lambda: (submit_request(session, actor, request_id, comment, today),
                             StepResult(request_id, load_request(session, request_id).state))[1],
          "approve": lambda: approve(session, actor, request_id, comment, today),
          "reject": lambda: reject(session, actor, request_id, comment, today),
          "report": lambda: report_to_county(session, actor, request_id, comment, today),
          "acknowledge": lambda: acknowledge(session, actor, request_id, comment, today),
          "cancel": lambda: cancel(session, actor, request_id, comment, today)}.get(action)
    if fn is None:
        raise ValidationError("操作", "approvals.unknown_step", action=action, choices=list(STEP_ACTIONS))
    return fn()
