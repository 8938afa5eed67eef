"""Reading requests: the rows of a list, one request in full, each role's inbox, and the transfers out the
county has not confirmed. Plain frozen data; nothing here writes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable

from sqlalchemy import or_
from sqlmodel import Session, col, select

from app.accounts import Actor
from app.approvals import transfer_out
from app.approvals.attachments import AttachmentRow, attachment_row
from app.approvals.common import ACTIONS, APPROVER_ROLES, STATES, STEP_ACTIONS, load_request, user_names
from app.approvals.permissions import may_decide, may_view, refusal
from app.approvals.registry import REGISTRY, describe, parse_details
from app.data.approval_models import ApprovalAttachment, ApprovalRequest, ApprovalStep
from app.data.models import SchoolClass, Student
from app.data.receipt_models import CountyPackageImport
from app.errors import PermissionDenied
from app.messages import text
from app.policy import load as load_policy
from app.school_calendar import load_calendar


@dataclass(frozen=True)
class RequestRow:
    """One line of the inbox or a request list."""

    id: int
    kind: str
    state: str
    student_id: int | None
    subject: str  # the student's name, the guest's, or the class for a graduation
    class_id: int | None
    class_name: str
    effective_date: date
    end_date: date | None
    description: str
    approver_role: str
    needs_county: bool
    requested_by: str
    created_by: int | None
    created_at: datetime
    submitted_at: datetime | None
    decided_by: str
    decided_at: datetime | None
    attachments: int
    #: ``description`` as its kind worded it (a message: the windows show it in their language)
    said: Any = None

    def description_in(self, lang: str) -> str:
        return text(self.said, lang) if self.said is not None else self.description

    @property
    def kind_label(self) -> str:
        return REGISTRY[self.kind].label

    @property
    def state_label(self) -> str:
        return STATES[self.state]

    @property
    def approver_label(self) -> str:
        return APPROVER_ROLES.get(self.approver_role, self.approver_role)

    @property
    def waiting_for(self) -> str:
        """Who has to act next, in words (empty when nothing is pending)."""
        if self.state == "draft":
            return "申请人提交"
        if self.state == "submitted":
            return f"{self.approver_label}审批"
        if self.state == "approved" and self.needs_county:
            return "学籍管理员报县教育局"
        if self.state == "reported":
            return "县教育局确认"
        return ""


@dataclass(frozen=True)
class StepRow:
    action: str
    action_label: str
    from_state: str | None
    to_state: str
    username: str
    at: datetime
    comment: str


@dataclass(frozen=True)
class RequestDetail:
    row: RequestRow
    details: Any  # the kind's details dataclass
    outcome: dict
    steps: list[StepRow]
    attachments: list[AttachmentRow]
    actions: tuple[str, ...]  # what the viewing actor may do now
    refusals: dict[str, str]  # why the other steps are not possible now (for tooltips), in Chinese
    needs_proof: str  # what proof the kind needs ("" when none)
    #: the same refusals as messages (a window renders them in its language)
    refusal_messages: dict[str, Any] = field(default_factory=dict)


def _subject(r: ApprovalRequest, students: dict[int, str], classes: dict[int, str]) -> str:
    if r.student_id:
        return students.get(r.student_id, "")
    kind = REGISTRY[r.kind]
    return kind.subject(r.details) if kind.subject is not None else classes.get(r.class_id, "")


def rows(session: Session, reqs: list[ApprovalRequest]) -> list[RequestRow]:
    if not reqs:
        return []
    names = user_names(session, [r.created_by for r in reqs] + [r.decided_by for r in reqs])
    sids = sorted({r.student_id for r in reqs if r.student_id})
    students = {s.id: s.name for s in session.exec(select(Student).where(col(Student.id).in_(sids or [-1])))}
    classes = {c.id: c.name for c in session.exec(select(SchoolClass))}
    ids = [r.id for r in reqs]
    counts = Counter(session.exec(select(ApprovalAttachment.request_id)
                                  .where(col(ApprovalAttachment.request_id).in_(ids))).all())
    said = {r.id: describe(r) for r in reqs}
    return [RequestRow(r.id, r.kind, r.state, r.student_id, _subject(r, students, classes), r.class_id,
                       classes.get(r.class_id, ""), r.effective_date, r.end_date, str(said[r.id]), r.approver_role,
                       r.needs_county, names.get(r.created_by, "系统") if r.created_by else "系统", r.created_by,
                       r.created_at, r.submitted_at, names.get(r.decided_by, "") if r.decided_by else "",
                       r.decided_at, counts.get(r.id, 0), said[r.id])
            for r in reqs]


def visible(actor: Actor, stmt):
    """The statement narrowed to the requests the actor may see."""
    if actor.has("approval.view_all"):
        return stmt
    conds = [ApprovalRequest.created_by == actor.user_id]
    if actor.class_ids:
        conds.append(col(ApprovalRequest.class_id).in_(sorted(actor.class_ids)))
    return stmt.where(or_(*conds))


def list_requests(session: Session, actor: Actor, *, states: Iterable[str] | None = None,
                  kinds: Iterable[str] | None = None, student_id: int | None = None, class_id: int | None = None,
                  mine: bool = False, limit: int = 500, offset: int = 0) -> list[RequestRow]:
    """Requests the actor may see, newest first, filtered."""
    stmt = visible(actor, select(ApprovalRequest))
    if states:
        stmt = stmt.where(col(ApprovalRequest.state).in_(list(states)))
    if kinds:
        stmt = stmt.where(col(ApprovalRequest.kind).in_(list(kinds)))
    if student_id is not None:
        stmt = stmt.where(ApprovalRequest.student_id == student_id)
    if class_id is not None:
        stmt = stmt.where(ApprovalRequest.class_id == class_id)
    if mine:
        stmt = stmt.where(ApprovalRequest.created_by == actor.user_id)
    stmt = stmt.order_by(col(ApprovalRequest.id).desc()).offset(offset).limit(limit)
    return rows(session, list(session.exec(stmt)))


def get_request(session: Session, actor: Actor, request_id: int, today: date | None = None) -> RequestDetail:
    req = load_request(session, request_id)
    if not may_view(actor, req):
        raise PermissionDenied("approvals.may_not_see_request_can")
    step_rows = list(session.exec(select(ApprovalStep).where(ApprovalStep.request_id == req.id)
                                  .order_by(ApprovalStep.id)))
    names = user_names(session, [a.uploaded_by for a in session.exec(
        select(ApprovalAttachment).where(ApprovalAttachment.request_id == req.id))] + [s.user_id for s in step_rows])
    # the history shows people's names (王老师), not their logins (wang); the login stays in the audit log
    steps = [StepRow(s.action, ACTIONS.get(s.action, s.action), s.from_state, s.to_state,
                     names.get(s.user_id, s.username) if s.user_id is not None else s.username, s.at, s.comment)
             for s in step_rows]
    atts = [attachment_row(a, names) for a in session.exec(
        select(ApprovalAttachment).where(ApprovalAttachment.request_id == req.id).order_by(ApprovalAttachment.id))]
    actions, refusals, said = [], {}, {}
    for a in ("edit", *STEP_ACTIONS):
        why = refusal(session, actor, req.id, a, today)
        if why is None:
            actions.append(a)
        else:
            refusals[a] = str(why[1])
            said[a] = why[1]
    return RequestDetail(rows(session, [req])[0], parse_details(req.kind, req.details), dict(req.outcome or {}),
                         steps, atts, tuple(actions), refusals, REGISTRY[req.kind].proof, said)


# --- inbox ----------------------------------------------------------------------------------------

INBOX_SECTIONS: dict[str, str] = {
    "to_approve": "待我审批",
    "to_report": "待报县教育局",
    "awaiting_county": "待县教育局确认",
    "my_drafts": "我的草稿",
    "my_waiting": "我提交待审批",
    "my_rejected": "被驳回(近 30 天)",
}


@dataclass(frozen=True)
class Inbox:
    """What waits for the actor: rows per section and their counts (for the navigation badge)."""

    sections: dict[str, list[RequestRow]]

    @property
    def counts(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.sections.items()}

    @property
    def badge(self) -> int:
        """The number on the navigation: what the actor must act on (approve, report, drafts to send)."""
        return sum(len(self.sections[k]) for k in ("to_approve", "to_report", "awaiting_county", "my_drafts"))


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def inbox(session: Session, actor: Actor, today: date | None = None) -> Inbox:
    """Each role's waiting work: the approver's submitted requests, the registrar's county filings, one's own drafts."""
    today = today or date.today()
    submitted = list(session.exec(select(ApprovalRequest).where(ApprovalRequest.state == "submitted")
                                  .order_by(ApprovalRequest.submitted_at, ApprovalRequest.id)))
    to_approve = [r for r in submitted if may_decide(session, actor, r) is None]
    to_report, awaiting = [], []
    if actor.has("approval.report"):
        to_report = list(session.exec(select(ApprovalRequest).where(
            ApprovalRequest.state == "approved", ApprovalRequest.needs_county == True)  # noqa: E712
            .order_by(ApprovalRequest.decided_at, ApprovalRequest.id)))
        awaiting = list(session.exec(select(ApprovalRequest).where(ApprovalRequest.state == "reported")
                                     .order_by(ApprovalRequest.reported_at, ApprovalRequest.id)))
    mine = list(session.exec(select(ApprovalRequest).where(
        ApprovalRequest.created_by == actor.user_id, col(ApprovalRequest.state).in_(["draft", "submitted", "rejected"]))
        .order_by(col(ApprovalRequest.id).desc()))) if actor.user_id is not None else []
    since = datetime.combine(today - timedelta(days=30), datetime.min.time()).astimezone()
    rejected = [r for r in mine if r.state == "rejected" and r.closed_at is not None
                and _aware(r.closed_at) >= since]
    return Inbox({
        "to_approve": rows(session, to_approve),
        "to_report": rows(session, to_report),
        "awaiting_county": rows(session, awaiting),
        "my_drafts": rows(session, [r for r in mine if r.state == "draft"]),
        "my_waiting": rows(session, [r for r in mine if r.state == "submitted"]),
        "my_rejected": rows(session, rejected),
    })


def badge_count(session: Session, actor: Actor, today: date | None = None) -> int:
    return inbox(session, actor, today).badge


# --- transfers not yet confirmed ---------------------------------------------------------------------


@dataclass(frozen=True)
class UnconfirmedTransfer:
    request_id: int
    student_id: int
    student_name: str
    class_name: str
    destination_school: str
    destination_county: str
    effective_date: date
    state: str  # approved (not yet reported) | reported (waiting for the county)
    days_waiting: int
    #: school days since the child left (the school's calendar), and the policy's limit (transfer_confirm_days)
    school_days: int = 0
    limit: int = 10
    #: the county's latest package named the child as on no school's roll since this day (人籍分离)
    county_unseen_since: date | None = None

    @property
    def state_label(self) -> str:
        return STATES[self.state]

    @property
    def overdue(self) -> bool:
        """Past the limit with no school confirmed, or named by the county: the rule against 人籍分离."""
        return self.school_days > self.limit or self.county_unseen_since is not None


def unconfirmed_transfers(session: Session, actor: Actor, today: date | None = None) -> list[UnconfirmedTransfer]:
    """Students transferred out whose arrival the county has not confirmed: where children can vanish. Each says
    how many school days it has been and whether that is past the policy's ``transfer_confirm_days`` or the
    county's latest package named the child as on no school's roll (:mod:`app.exchange.receipts`)."""
    today = today or date.today()
    reqs = list(session.exec(visible(actor, select(ApprovalRequest).where(
        ApprovalRequest.kind == transfer_out.KIND.key, col(ApprovalRequest.state).in_(["approved", "reported"])))
        .order_by(ApprovalRequest.effective_date, ApprovalRequest.id)))
    if not reqs:
        return []
    calendar = load_calendar(session)
    limit = load_policy(session).transfer_confirm_days
    last = session.exec(select(CountyPackageImport).order_by(col(CountyPackageImport.sequence).desc())).first()
    unseen = {u["request"]: date.fromisoformat(u["overdueSince"]) for u in (last.unseen if last else [])}
    return [UnconfirmedTransfer(r.id, r.student_id, r.subject, r.class_name, req.details["destination_school"],
                                req.details["destination_county"], r.effective_date, r.state,
                                max(0, (today - r.effective_date).days),
                                calendar.count_school_days(r.effective_date + timedelta(days=1), today)
                                if today > r.effective_date else 0, limit, unseen.get(req.id))
            for req, r in zip(reqs, rows(session, reqs))]
