"""Tables of the mentors capability (mentors: assignments, plans, home teaching).

Imported at the end of :mod:`app.data.models`, so every table is on the one metadata.
Schema changes here go with the migration ``0008_mentors``.

* :class:`MentorAssignment` — the link table teacher ↔ student with its own
  attributes (start, end, end reason, the stated reason when the teacher's caseload
  goes above the policy maximum). Ended rows are kept: they are the history.
  The interval is half-open: the mentor is responsible from ``start_date`` and no
  longer from ``end_date`` on, so a handover ends one row and starts the next on
  the same day without overlap.
* :class:`MentorPlan` — the plan (一人一案) of one student: situation and risk notes.
* :class:`PlanMeasure` — one measure of a plan; the seed's "five ones" are measures
  of the kinds ``habit``, ``shortcoming``, ``subject``, ``hobby``, ``book``.
* :class:`PlanReview` — a review date of a plan (due, done, notes).
* :class:`HomeTeachingEnrolment` — a severely disabled child taught at home (送教上门).
* :class:`HomeTeachingSession` — one home-teaching visit: date, teacher, hours, content.

The contact log of a mentor is **not** here: it is the case file's ``contact`` table
(:class:`app.data.case_models.Contact`, rows with ``case_id`` NULL), shared, never copied.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Index
from sqlmodel import Field, Session, SQLModel, col, select

from app.data.models import utcnow


class MentorAssignment(SQLModel, table=True):
    """A teacher mentors a student (帮扶) from ``start_date`` until ``end_date`` (exclusive)."""

    __tablename__ = "mentor_assignment"
    __table_args__ = (
        Index("ix_mentor_assignment_student_end", "student_id", "end_date"),
        Index("ix_mentor_assignment_staff_end", "staff_id", "end_date"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id")
    student_id: int = Field(foreign_key="student.id")
    start_date: date
    end_date: Optional[date] = Field(default=None, description="first day no longer mentored; NULL = current")
    end_reason: str = Field(default="", description="app.mentors.END_REASONS key, '' while current")
    end_note: str = ""
    over_max_reason: str = Field(default="", description="why the caseload may exceed the policy maximum")
    source: str = Field(default="manual", description="manual | suggested")
    note: str = ""
    created_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)
    ended_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    ended_at: Optional[datetime] = None


class MentorPlan(SQLModel, table=True):
    """The plan of one student (一人一案): the situation and the risk as the mentor judges them."""

    __tablename__ = "mentor_plan"

    id: Optional[int] = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id", unique=True)
    situation: str = Field(default="", description="family and school situation")
    risk_notes: str = Field(default="", description="the mentor's judgement of the dropout risk")
    risk_level: str = Field(default="", description="'' | low | medium | high (the mentor's judgement)")
    created_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)
    updated_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    updated_at: datetime = Field(default_factory=utcnow)


class PlanMeasure(SQLModel, table=True):
    """One measure of a plan; the "five ones" are the kinds habit/shortcoming/subject/hobby/book."""

    __tablename__ = "plan_measure"

    id: Optional[int] = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="mentor_plan.id", index=True)
    kind: str = Field(description="app.mentors.MEASURE_KINDS key")
    content: str
    started_on: date
    status: str = Field(default="active", description="active | achieved | dropped")
    result: str = ""
    closed_on: Optional[date] = None
    created_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class PlanReview(SQLModel, table=True):
    """A review date of a plan: due on ``due_date``, done on ``done_on`` with the notes."""

    __tablename__ = "plan_review"
    __table_args__ = (Index("ix_plan_review_done_due", "done_on", "due_date"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="mentor_plan.id", index=True)
    due_date: date
    purpose: str = ""
    done_on: Optional[date] = None
    done_by: Optional[int] = Field(default=None, foreign_key="staff.id")
    notes: str = ""
    created_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)


class HomeTeachingEnrolment(SQLModel, table=True):
    """A severely disabled child taught at home (送教上门) from ``start_date`` (to ``end_date``, exclusive)."""

    __tablename__ = "home_teaching_enrolment"

    id: Optional[int] = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id", index=True)
    start_date: date
    end_date: Optional[date] = None
    reason: str = ""
    end_reason: str = ""
    created_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)


class HomeTeachingSession(SQLModel, table=True):
    """One home-teaching visit: the day, the teacher, the class hours, what was taught."""

    __tablename__ = "home_teaching_session"
    __table_args__ = (Index("ix_home_teaching_session_student_day", "student_id", "session_date"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id")
    staff_id: int = Field(foreign_key="staff.id", index=True)
    session_date: date
    hours: float = Field(description="class hours (课时)")
    content: str
    companions: str = ""
    notes: str = ""
    recorded_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)


__all__: list[str] = [
    "HomeTeachingEnrolment",
    "HomeTeachingSession",
    "MentorAssignment",
    "MentorPlan",
    "PlanMeasure",
    "PlanReview",
]


def open_mentor(session: Session, student_id: int) -> int | None:
    """The mentor of the student's open assignment (the one not ended), for a new absence case."""
    return session.exec(select(MentorAssignment.staff_id)
                        .where(MentorAssignment.student_id == student_id, col(MentorAssignment.end_date).is_(None))
                        .order_by(col(MentorAssignment.start_date).desc())).first()
