"""Who may do what to a request now (the state machine's guards).

* **Request**: teachers and class teachers for students of the classes they may edit
  (:func:`app.accounts.can_edit_class`), the registrar (and admin) for anyone. A kind that says so
  (:attr:`Kind.by_registrar <app.approvals.common.Kind.by_registrar>`: a graduation batch, a transfer in of a
  new child): the registrar. Only the requester edits and submits a draft.
* **Approve / reject**: the role the request names (``approver_role``): the class teacher (head teacher) of
  the student's class or the principal for ``class_teacher``, else the principal. Nobody decides on a request
  they made themselves.
* **Report / acknowledge** (the county's steps, recorded at the school): the registrar.
* **Cancel**: a draft or a submitted request (the requester or the principal); an approved request only of a
  kind with a :class:`~app.approvals.common.Withdrawal` (a leave), before its first day (the requester, the
  class teacher or the principal).

:func:`refusal` says why not without raising, so a window can grey out a button and show the reason as a
tooltip; :func:`allowed_actions` lists what the actor may do now.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from app.accounts import Actor, can_edit_class, can_view_class
from app.approvals.common import ACTIONS, STATES, STEP_ACTIONS, TRANSITIONS, Checked, Kind, load_request
from app.approvals.registry import REGISTRY
from app.data.approval_models import ApprovalRequest
from app.data.models import SchoolClass
from app.access import role_names
from app.errors import PermissionDenied, ValidationError
from app.messages import Message, label, msg
from app.policy import load as load_policy


def headed_classes(session: Session, actor: Actor) -> frozenset[int]:
    """The classes the actor is the class teacher (head teacher) of."""
    if actor.staff_id is None:
        return frozenset()
    return frozenset(session.exec(select(SchoolClass.id).where(SchoolClass.head_teacher_id == actor.staff_id)).all())


def may_request(actor: Actor, kind: Kind, checked: Checked) -> Message | None:
    """Why the actor may not ask for this request (None: they may)."""
    if kind.by_registrar(checked):
        if not actor.has("approval.request_batch"):
            return msg("approvals.registrar_only_request", kind=kind.name, username=actor.username)
        return None
    if not actor.has("approval.request"):
        return msg("approvals.may_not_request", username=actor.username, roles=role_names(actor.roles))
    if not can_edit_class(actor, checked.class_id):
        who = (msg("access.the_student", name=checked.student.name) if checked.student is not None
               else msg("approvals.students_of_class"))
        return msg("approvals.may_not_request_for", who=who)
    return None


def is_own(actor: Actor, req: ApprovalRequest) -> bool:
    return actor.user_id == req.created_by


def may_decide(session: Session, actor: Actor, req: ApprovalRequest) -> Message | None:
    """Why the actor may not approve or reject the request (None: they may)."""
    if req.approver_role == "class_teacher":
        allowed = actor.has("approval.decide") or (
            actor.has("approval.decide_leave") and req.class_id in headed_classes(session, actor))
        who = msg("approvals.class_teacher_or_principal")
    else:
        allowed = actor.has("approval.decide")
        who = msg("approvals.principal")
        over_limit = REGISTRY[req.kind].over_limit
        if over_limit is not None:
            who = msg("approvals.principal_over_limit", why=over_limit(load_policy(session)))
    if not allowed:
        return msg("approvals.decided_by", who=who, username=actor.username)
    if is_own(actor, req):
        other = msg("approvals.principal") if req.approver_role == "class_teacher" and not actor.has("approval.decide") \
            else msg("approvals.another_leader")
        return msg("approvals.not_own_request", other=other)
    return None


def may_view(actor: Actor, req: ApprovalRequest) -> bool:
    return (actor.has("approval.view_all") or is_own(actor, req)
            or (req.class_id is not None and can_view_class(actor, req.class_id)))


def refusal(session: Session, actor: Actor, request_id: int, action: str, today: date | None = None) \
        -> tuple[type[Exception], Message] | None:
    """Why ``actor`` may not take ``action`` on the request now (exception class, message), or None when allowed.

    The state and permission rules only; the content is checked again when the step is taken.
    """
    today = today or date.today()
    req = load_request(session, request_id)
    kind = REGISTRY[req.kind]
    if action == "edit":
        if req.state != "draft":
            return ValidationError, msg("approvals.only_drafts_edited", req_id=req.id,
                                        state=label("request_state", req.state, STATES))
        if not is_own(actor, req):
            return PermissionDenied, msg("approvals.only_applicant_edits")
        return None
    if action not in TRANSITIONS:
        return ValidationError, msg("approvals.unknown_action", action=action)
    if req.state not in TRANSITIONS[action]:
        return ValidationError, _state_refusal(req, action)
    if action == "submit":
        if not is_own(actor, req):
            return PermissionDenied, msg("approvals.only_applicant_submits")
        return None
    if action in ("approve", "reject"):
        why = may_decide(session, actor, req)
        return (PermissionDenied, why) if why else None
    if action in ("report", "acknowledge"):
        if not req.needs_county:
            return ValidationError, msg("approvals.no_county_needed", kind=kind.name)
        if not actor.has("approval.report"):
            return PermissionDenied, msg("approvals.registrar_reports", username=actor.username)
        return None
    # cancel
    if req.state == "approved":
        if kind.withdrawal is None:
            return ValidationError, msg("approvals.approved_cannot_withdraw", kind=kind.name)
        if req.effective_date <= today:
            return ValidationError, msg(kind.withdrawal.too_late, day=req.effective_date)
        ok = is_own(actor, req) or actor.has("approval.decide") or (
            req.class_id in headed_classes(session, actor))
        return None if ok else (PermissionDenied, msg("approvals.who_withdraws_approved", kind=kind.name))
    if not (is_own(actor, req) or actor.has("approval.decide")):
        return PermissionDenied, msg("approvals.who_withdraws")
    return None


#: what a step needs of the request's state (codes of the message catalog)
STATE_NEEDS = {"submit": "approvals.only_submit", "approve": "approvals.only_approve", "reject": "approvals.only_reject",
               "report": "approvals.only_report", "acknowledge": "approvals.only_acknowledge",
               "cancel": "approvals.only_cancel"}


def _state_refusal(req: ApprovalRequest, action: str) -> Message:
    return msg("approvals.state_refuses", req_id=req.id, kind=REGISTRY[req.kind].name,
               state=label("request_state", req.state, STATES), action=label("request_action", action, ACTIONS),
               need=msg(STATE_NEEDS[action]))


def allowed_actions(session: Session, actor: Actor, request_id: int, today: date | None = None) -> tuple[str, ...]:
    """The steps the actor may take now (for the inbox's buttons)."""
    return tuple(a for a in ("edit", *STEP_ACTIONS) if refusal(session, actor, request_id, a, today) is None)


def raise_refusal(refused: tuple[type[Exception], str] | None) -> None:
    """Raise the refusal (a state refusal as a ValidationError of the request's state), if there is one."""
    if refused is None:
        return
    cls, message = refused
    if cls is ValidationError:
        raise ValidationError("申请状态", message.code, **dict(message.params))
    raise cls(message.code, **dict(message.params))
