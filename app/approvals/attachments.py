"""Scanned proof on a request: stored once by its SHA-256 (:mod:`app.attachments`), recorded per request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from app import attachments as files
from app import audit
from app.accounts import Actor
from app.approvals.common import OPEN_STATES, STATES, found, load_request, text, user_names
from app.approvals.permissions import is_own, may_decide, may_view
from app.data.approval_models import ApprovalAttachment
from app.errors import PermissionDenied, ValidationError
from app.paths import DataPaths


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    request_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    description: str
    uploaded_by: str
    uploaded_at: datetime


def attachment_row(a: ApprovalAttachment, names: dict[int, str]) -> AttachmentRow:
    return AttachmentRow(a.id, a.request_id, a.filename, a.media_type, a.size, a.sha256, a.description,
                         names.get(a.uploaded_by, "系统") if a.uploaded_by else "系统", a.uploaded_at)


def attach_file(session: Session, actor: Actor, paths: DataPaths, request_id: int, filename: str, data: bytes,
                description: str = "") -> AttachmentRow:
    """Attach a scanned proof to a draft or submitted request (its requester, or whoever may decide on it)."""
    req = load_request(session, request_id)
    if req.state not in OPEN_STATES:
        raise ValidationError("附件", "approvals.request_no_more_attachments_can",
                                    req_id=req.id,
                                    states=STATES[req.state])
    if not (is_own(actor, req) or may_decide(session, actor, req) is None
            or actor.has("approval.report")):
        raise PermissionDenied("approvals.applicant_approver_registrar_can_add")
    checked = files.check(filename, data)
    description = text(description, "附件说明", limit=100)
    dup = session.exec(select(ApprovalAttachment).where(ApprovalAttachment.request_id == req.id,
                                                        ApprovalAttachment.sha256 == checked.sha256)).first()
    if dup is not None:
        raise ValidationError("附件", "approvals.same_file_already_attached_request", filename=dup.filename)
    files.store(paths, checked)
    a = ApprovalAttachment(request_id=req.id, sha256=checked.sha256, filename=checked.filename,
                           media_type=checked.media_type, size=checked.size, description=description,
                           uploaded_by=actor.user_id)
    session.add(a)
    session.flush()
    audit.record(session, actor, "approval.attach", "approval_request", req.id,
                 after={"attachment_id": a.id, "filename": a.filename, "sha256": a.sha256, "size": a.size},
                 summary=f"为申请 #{req.id} 上传附件 {a.filename}({files.TYPES[files.MEDIA_TYPES[a.media_type]][2]},"
                         f"SHA-256 {a.sha256[:12]}…)")
    return attachment_row(a, user_names(session, [a.uploaded_by]))


def attach_path(session: Session, actor: Actor, paths: DataPaths, request_id: int, path,
                description: str = "") -> AttachmentRow:
    name, data = files.read_source(path)
    return attach_file(session, actor, paths, request_id, name, data, description)


def _attachment(session: Session, attachment_id: int) -> ApprovalAttachment:
    return found(session, ApprovalAttachment, attachment_id, "附件")


def remove_attachment(session: Session, actor: Actor, attachment_id: int) -> None:
    """Remove an attachment from a draft (the file stays: other requests may share it)."""
    a = _attachment(session, attachment_id)
    req = load_request(session, a.request_id)
    if req.state != "draft":
        raise ValidationError("附件", "approvals.request_attachments_submitted_cannot_removed",
                                    req_id=req.id,
                                    states=STATES[req.state])
    if not is_own(actor, req):
        raise PermissionDenied("approvals.applicant_can_remove_attachments_draft")
    session.delete(a)
    audit.record(session, actor, "approval.detach", "approval_request", req.id,
                 before={"attachment_id": a.id, "filename": a.filename, "sha256": a.sha256},
                 summary=f"删除申请 #{req.id} 的附件 {a.filename}")


def open_attachment(session: Session, actor: Actor, paths: DataPaths, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    """The attachment and its bytes (verified against the recorded SHA-256), for viewing."""
    a = _attachment(session, attachment_id)
    if not may_view(actor, load_request(session, a.request_id)):
        raise PermissionDenied("approvals.may_not_see_attachments_request")
    return attachment_row(a, user_names(session, [a.uploaded_by])), files.read(paths, a.sha256, a.media_type)
