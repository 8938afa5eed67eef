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
from app.errors import PermissionDenied, ValidationError
from app.policy import load as load_policy


def headed_classes(session: Session, actor: Actor) -> frozenset[int]:
    """The classes the actor is the class teacher (head teacher) of."""
    if actor.staff_id is None:
        return frozenset()
    return frozenset(session.exec(select(SchoolClass.id).where(SchoolClass.head_teacher_id == actor.staff_id)).all())


def may_request(actor: Actor, kind: Kind, checked: Checked) -> str | None:
    """Why the actor may not ask for this request (None: they may)."""
    if kind.by_registrar(checked):
        if not actor.has("approval.request_batch"):
            return f"只有学籍管理员可以提出{kind.label}申请(当前用户 {actor.username})"
        return None
    if not actor.has("approval.request"):
        return f"没有权限提出申请(当前用户 {actor.username},角色 {actor.role_labels or '无'})"
    if not can_edit_class(actor, checked.class_id):
        who = f"学生“{checked.student.name}”" if checked.student is not None else "该班级的学生"
        return f"没有权限为{who}提出申请:只能为自己任教或担任班主任的班级的学生申请"
    return None


def is_own(actor: Actor, req: ApprovalRequest) -> bool:
    return actor.user_id == req.created_by


def may_decide(session: Session, actor: Actor, req: ApprovalRequest) -> str | None:
    """Why the actor may not approve or reject the request (None: they may)."""
    if req.approver_role == "class_teacher":
        allowed = actor.has("approval.decide") or (
            actor.has("approval.decide_leave") and req.class_id in headed_classes(session, actor))
        who = "该班班主任或校长"
    else:
        allowed = actor.has("approval.decide")
        who = "校长"
        over_limit = REGISTRY[req.kind].over_limit
        if over_limit is not None:
            who += over_limit(load_policy(session))
    if not allowed:
        return f"此申请应由{who}审批(当前用户 {actor.username})"
    if is_own(actor, req):
        other = "校长" if req.approver_role == "class_teacher" and not actor.has("approval.decide") \
            else "另一位有审批权的校领导"
        return f"不能审批自己提出的申请:请由{other}审批"
    return None


def may_view(actor: Actor, req: ApprovalRequest) -> bool:
    return (actor.has("approval.view_all") or is_own(actor, req)
            or (req.class_id is not None and can_view_class(actor, req.class_id)))


def refusal(session: Session, actor: Actor, request_id: int, action: str, today: date | None = None) \
        -> tuple[type[Exception], str] | None:
    """Why ``actor`` may not take ``action`` on the request now (exception class, message), or None when allowed.

    The state and permission rules only; the content is checked again when the step is taken.
    """
    today = today or date.today()
    req = load_request(session, request_id)
    kind = REGISTRY[req.kind]
    if action == "edit":
        if req.state != "draft":
            return ValidationError, f"申请 #{req.id} {STATES[req.state]},只有草稿可以修改"
        if not is_own(actor, req):
            return PermissionDenied, "只有提出申请的人可以修改草稿"
        return None
    if action not in TRANSITIONS:
        return ValidationError, f"未知的操作“{action}”"
    if req.state not in TRANSITIONS[action]:
        return ValidationError, _state_refusal(req, action)
    if action == "submit":
        if not is_own(actor, req):
            return PermissionDenied, "只有提出申请的人可以提交"
        return None
    if action in ("approve", "reject"):
        why = may_decide(session, actor, req)
        return (PermissionDenied, why) if why else None
    if action in ("report", "acknowledge"):
        if not req.needs_county:
            return ValidationError, f"{kind.label}不需要报县教育局,批准后即办结"
        if not actor.has("approval.report"):
            return PermissionDenied, f"报县教育局和登记县教育局确认由学籍管理员办理(当前用户 {actor.username})"
        return None
    # cancel
    if req.state == "approved":
        if kind.withdrawal is None:
            return ValidationError, (f"{kind.label}已批准并记入学籍,不能撤销;如需恢复,请提出相反的申请"
                                     "(如复学、借读返回、转入)")
        if req.effective_date <= today:
            return ValidationError, kind.withdrawal.too_late.format(day=req.effective_date)
        ok = is_own(actor, req) or actor.has("approval.decide") or (
            req.class_id in headed_classes(session, actor))
        return None if ok else (PermissionDenied, f"只有申请人、班主任或校长可以撤销已批准的{kind.label}")
    if not (is_own(actor, req) or actor.has("approval.decide")):
        return PermissionDenied, "只有申请人或校长可以撤销申请"
    return None


def _state_refusal(req: ApprovalRequest, action: str) -> str:
    now = STATES[req.state]
    need = {
        "submit": "只有草稿可以提交",
        "approve": "只有已提交(待审批)的申请可以批准",
        "reject": "只有已提交(待审批)的申请可以驳回",
        "report": "只有已批准的申请可以报县教育局",
        "acknowledge": "县教育局确认只能在报县教育局之后登记",
        "cancel": "只有草稿、待审批的申请(以及尚未开始的已批准请假)可以撤销",
    }[action]
    return f"申请 #{req.id}({REGISTRY[req.kind].label})现在是“{now}”,不能{ACTIONS[action]}:{need}"


def allowed_actions(session: Session, actor: Actor, request_id: int, today: date | None = None) -> tuple[str, ...]:
    """The steps the actor may take now (for the inbox's buttons)."""
    return tuple(a for a in ("edit", *STEP_ACTIONS) if refusal(session, actor, request_id, a, today) is None)


def raise_refusal(refused: tuple[type[Exception], str] | None) -> None:
    """Raise the refusal (a state refusal as a ValidationError of the request's state), if there is one."""
    if refused is None:
        return
    cls, message = refused
    if cls is ValidationError:
        raise ValidationError("申请状态", message)
    raise cls(message)
