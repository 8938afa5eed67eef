"""Tables of the approvals capability (approvals: requests, steps, attachments).

Imported at the end of :mod:`app.data.models`, so every table is on the one metadata.
Schema changes here go with the migration ``0007_approvals``.

Plain data only: the rules (kinds, the state machine, who approves, the effects)
live in :mod:`app.approvals`; the files of attachments in :mod:`app.attachments`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.data.models import utcnow


class ApprovalRequest(SQLModel, table=True):
    """One request (leave, suspension, transfer, …) moving through draft → submitted → approved → reported → acknowledged."""

    __tablename__ = "approval_request"
    __table_args__ = (
        Index("ix_approval_request_state_kind", "state", "kind"),
        Index("ix_approval_request_student_state", "student_id", "state"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(max_length=24, description="app.approvals.KINDS key")
    state: str = Field(default="draft", max_length=16, description="app.approvals.STATES key")
    student_id: Optional[int] = Field(default=None, foreign_key="student.id",
                                      description="None for a graduation batch or a new transfer-in child until approval")
    class_id: Optional[int] = Field(default=None, foreign_key="school_class.id",
                                    description="the student's class when requested; the class for a graduation")
    effective_date: date = Field(description="from when the change holds (first day of a leave)")
    end_date: Optional[date] = Field(default=None, description="last day of a leave, end of a suspension")
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False),
                                    description="kind-specific fields, validated by app.approvals")
    outcome: Optional[dict[str, Any]] = Field(default=None, sa_column=Column(JSON),
                                              description="what the approval did (leave id, graduated students …)")
    approver_role: str = Field(default="principal", max_length=16, description="class_teacher | principal")
    needs_county: bool = Field(default=False, description="reported to and acknowledged by the county after approval")
    created_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)
    submitted_at: Optional[datetime] = None
    decided_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    decided_at: Optional[datetime] = None
    reported_at: Optional[datetime] = None
    acknowledged_at: Optional[datetime] = None
    closed_at: Optional[datetime] = Field(default=None, description="rejected or cancelled")
    updated_at: datetime = Field(default_factory=utcnow)


class ApprovalStep(SQLModel, table=True):
    """One step of a request: who did what, when, with which comment."""

    __tablename__ = "approval_step"

    id: Optional[int] = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="approval_request.id", index=True, ondelete="CASCADE")
    action: str = Field(max_length=16, description="create | edit | submit | approve | reject | report | acknowledge | cancel")
    from_state: Optional[str] = Field(default=None, max_length=16)
    to_state: str = Field(max_length=16)
    user_id: Optional[int] = Field(default=None, foreign_key="user_account.id")
    username: str = ""
    at: datetime = Field(default_factory=utcnow)
    comment: str = ""


class ApprovalAttachment(SQLModel, table=True):
    """A scanned proof (JPG, PNG, PDF) of a request; the file lives under the data dir, named by its SHA-256."""

    __tablename__ = "approval_attachment"
    __table_args__ = (UniqueConstraint("request_id", "sha256"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="approval_request.id", index=True, ondelete="CASCADE")
    sha256: str = Field(max_length=64, index=True)
    filename: str = Field(description="the name the user chose (shown, never used as a path)")
    media_type: str = Field(max_length=32, description="image/jpeg | image/png | application/pdf")
    size: int
    description: str = ""
    uploaded_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    uploaded_at: datetime = Field(default_factory=utcnow)


__all__ = ["ApprovalAttachment", "ApprovalRequest", "ApprovalStep"]
