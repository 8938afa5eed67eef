"""Tables of the cases capability (case file 一人一案: cases, contacts, reports, persuasion).

Imported at the end of :mod:`app.data.models`, so every table is on the one metadata.
Schema changes here go with the migration ``0004_cases``.

* :class:`AbsenceCase` — one per absence alert (``absence_alert.case_id`` points back);
  the stage is stored so lists and weekly figures can filter on it, and is worked
  out again by :func:`app.cases.stage_for` after every change.
* :class:`Contact` — a home visit or a phone/video contact with the family
  (domain.md §6). It carries the ``student_id`` and an optional ``case_id`` so
  the mentors capability logs its contacts in the same rows (no copy).
* :class:`CaseReport` — the written report to the township government and the
  county education bureau.
* :class:`PersuasionAttempt` — one attempt to persuade the child back, with its
  participants from both lines (JSON list of ``{line, role, name}``).
* :class:`PersuasionLedger` — the persuasion ledger entry (劝返台账) opened by a
  dropout registration (status change 28), open until the child returns.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, Optional

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from app.data.models import utcnow


class AbsenceCase(SQLModel, table=True):
    """The case file of one absence alert: stage, steps done, the township notice, the outcome."""

    __tablename__ = "absence_case"
    __table_args__ = (Index("ix_absence_case_student_stage", "student_id", "stage"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id")
    class_id: Optional[int] = Field(default=None, foreign_key="school_class.id")
    alert_id: int = Field(foreign_key="absence_alert.id", unique=True)
    stage: str = Field(default="alert", description="app.cases.STAGES key")
    assigned_staff_id: Optional[int] = Field(default=None, foreign_key="staff.id", index=True)
    opened_on: date
    visited_on: Optional[date] = Field(default=None, description="first home visit in person")
    reported_on: Optional[date] = Field(default=None, description="first written report")
    whereabouts: str = Field(default="", description="where the child is now (去向), for the monthly ledgers")
    # the township's deadline-to-return notice (限期返校通知书)
    notice_issued_on: Optional[date] = None
    notice_deadline: Optional[date] = None
    notice_issuer: str = ""
    notice_reference: str = ""
    # outcome
    closed_on: Optional[date] = None
    outcome: str = Field(default="", description="'' while open | returned | transferred | suspended | deceased | other")
    outcome_note: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Contact(SQLModel, table=True):
    """A home visit (in person) or a phone / video contact with the family (家访记录, domain.md §6)."""

    __tablename__ = "contact"
    __table_args__ = (Index("ix_contact_student_day", "student_id", "contact_date"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id")
    case_id: Optional[int] = Field(default=None, foreign_key="absence_case.id", index=True)
    contact_date: date = Field(index=True)
    contact_time: Optional[time] = None
    form: str = Field(description="in_person | phone | video")
    staff_id: Optional[int] = Field(default=None, foreign_key="staff.id", description="the teacher who went / called")
    companions: str = Field(default="", description="other teachers, village cadres… who took part")
    address: str = ""
    guardian_met: str = ""
    guardian_relation: str = Field(default="", description="app.codes.RELATION key or ''")
    family_situation: str = ""
    purpose: str = ""
    student_condition: str = ""
    problems: str = ""
    measures: str = Field(default="", description="measures and follow-up plan")
    guardian_opinion: str = ""
    recorded_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)


class CaseReport(SQLModel, table=True):
    """A written report on the case to the township government and the county bureau."""

    __tablename__ = "case_report"

    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="absence_case.id", index=True)
    report_date: date
    kind: str = Field(default="absence", description="absence | dropout")
    recipients: str = Field(description="、-separated, e.g. 马道镇人民政府、留坝县教育局")
    reference: str = Field(default="", description="文号 or register number")
    content: str = ""
    recorded_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)


class PersuasionAttempt(SQLModel, table=True):
    """One attempt to persuade the child back (劝返), with who went from both lines."""

    __tablename__ = "persuasion_attempt"

    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="absence_case.id", index=True)
    attempt_date: date
    participants: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                               description="[{line, role, name}], see app.cases.PARTICIPANT_ROLES")
    actions: str = Field(description="what was done")
    result: str = ""
    recorded_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)


class PersuasionLedger(SQLModel, table=True):
    """The persuasion ledger entry (劝返台账) of a registered dropout; open until the child returns."""

    __tablename__ = "persuasion_ledger"

    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="absence_case.id", unique=True)
    student_id: int = Field(foreign_key="student.id", index=True)
    dropout_on: date = Field(description="effective date of the status change 28")
    left_on: date = Field(description="when the child stopped coming")
    reason_left: str
    whereabouts: str = ""
    responsible_staff_id: Optional[int] = Field(default=None, foreign_key="staff.id")
    closed_on: Optional[date] = None
    result: str = Field(default="", description="'' while open | returned")
    recorded_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)


__all__: list[str] = ["AbsenceCase", "CaseReport", "Contact", "PersuasionAttempt", "PersuasionLedger"]
