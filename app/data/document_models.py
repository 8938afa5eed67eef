"""Tables of the documents capability (printed documents: pledge templates, pledges and returns).

Imported at the end of :mod:`app.data.models`, so every table is on the one metadata.
Schema changes here go with the migration ``0005_documents``.

* :class:`PledgeTemplate` — the editable text of one kind of responsibility pledge
  (责任书). No row means "the shipped default" (``resources/templates/pledge_<kind>.txt``).
* :class:`PledgeBatch` — one print run (a class or the whole school): who, when, how many.
* :class:`Pledge` — one printed pledge with its number (printed as text and Code 128
  barcode). The parties are copied as printed (names and phone), so a later edit of a
  guardian — which replaces the guardian rows — never changes what was signed.
  ``returned_on`` / ``signed`` track the copy the other party hands back.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from app.data.models import utcnow


class PledgeTemplate(SQLModel, table=True):
    """The editable text of one kind of pledge (app.documents.pledge_records.KINDS)."""

    __tablename__ = "pledge_template"

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(unique=True, description="bureau_principal | principal_teacher | teacher_parent")
    title: str
    body: str = Field(description="paragraphs with {占位符}; a line '一、…' starts a section")
    retention_target: str = Field(default="99.8%", description="fills {巩固率目标}")
    updated_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    updated_at: datetime = Field(default_factory=utcnow)


class PledgeBatch(SQLModel, table=True):
    """One print run of pledges."""

    __tablename__ = "pledge_batch"

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str
    school_year: str
    class_id: Optional[int] = Field(default=None, foreign_key="school_class.id", description="None = whole school")
    count: int = 0
    file_name: str = ""
    created_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)


class Pledge(SQLModel, table=True):
    """One printed pledge (two copies on paper, one number)."""

    __tablename__ = "pledge"
    __table_args__ = (Index("ix_pledge_class_kind", "class_id", "kind"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    number: str = Field(unique=True, description="e.g. JZ2026-000123-7 (check digit last)")
    batch_id: int = Field(foreign_key="pledge_batch.id", index=True)
    kind: str
    school_year: str
    class_id: Optional[int] = Field(default=None, foreign_key="school_class.id")
    student_id: Optional[int] = Field(default=None, foreign_key="student.id", index=True)
    staff_id: Optional[int] = Field(default=None, foreign_key="staff.id")
    party_a: str = Field(description="甲方 as printed")
    party_b: str = Field(description="乙方 as printed (guardian, teacher or principal name)")
    party_b_phone: str = ""
    student_name: str = ""
    printed_at: datetime = Field(default_factory=utcnow)
    returned_on: Optional[date] = None
    signed: bool = False
    returned_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    returned_at: Optional[datetime] = None


__all__: list[str] = ["Pledge", "PledgeBatch", "PledgeTemplate"]
