"""The tables of one school's database (SQLModel).

Codes follow the national tables in :mod:`app.codes`; where no national code
exists (status, disability type, relation) the keys are our own and stable.
Plain data only: no rule lives here — the services in ``app/`` own the rules.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, Optional

from sqlalchemy import JSON, Column, Index, MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

# A naming convention keeps Alembic batch migrations on SQLite deterministic.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class School(SQLModel, table=True):
    """The one school this database belongs to."""

    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(max_length=10, description="学校标识码, 10 digits")
    name: str
    county_code: str = Field(max_length=6, description="GB/T 2260 county code")
    county_name: str = ""
    township: str = ""
    address: str = ""
    phone: str = ""
    principal_name: str = ""
    is_demo: bool = False
    created_at: datetime = Field(default_factory=utcnow)


class SchoolYear(SQLModel, table=True):
    __tablename__ = "school_year"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True, description="e.g. 2026-2027学年")
    start_date: date
    end_date: date


class Term(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    school_year_id: int = Field(foreign_key="school_year.id", index=True)
    name: str = Field(description="第一学期 / 第二学期")
    start_date: date
    end_date: date


class Staff(SQLModel, table=True):
    """A member of staff (teachers, principal, registrar, ...)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    sex: str = Field(default="", max_length=1)
    phone: str = ""
    title: str = Field(default="", description="职务, free text, e.g. 语文教师")
    village: str = Field(default="", description="where the teacher lives (for home visits)")
    active: bool = True
    left_on: Optional[date] = None


class SchoolClass(SQLModel, table=True):
    """A class (班级). A mixed-grade class (复式班) lists several grade levels."""

    __tablename__ = "school_class"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True, description="e.g. 三年级(2)班")
    grade_level: int = Field(description="main grade level 1–9")
    extra_grade_levels: str = Field(default="", description="comma list for mixed-grade classes")
    head_teacher_id: Optional[int] = Field(default=None, foreign_key="staff.id", index=True)
    active: bool = True


class TeachingAssignment(SQLModel, table=True):
    """Which teachers teach which class (gives a teacher access to its students)."""

    __tablename__ = "teaching_assignment"
    staff_id: int = Field(foreign_key="staff.id", primary_key=True)
    class_id: int = Field(foreign_key="school_class.id", primary_key=True)
    subject: str = ""


class User(SQLModel, table=True):
    """A local login account."""

    __tablename__ = "user_account"
    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(unique=True)
    display_name: str = ""
    staff_id: Optional[int] = Field(default=None, foreign_key="staff.id", index=True)
    password_hash: str
    roles: str = Field(description="comma list of role keys (see app.accounts.ROLES)")
    active: bool = True
    must_change_password: bool = False
    failed_logins: int = 0
    locked_until: Optional[datetime] = Field(default=None, description="no login before this time (UTC), after repeated wrong passwords")
    created_at: datetime = Field(default_factory=utcnow)
    last_login_at: Optional[datetime] = None


class Student(SQLModel, table=True):
    __table_args__ = (
        Index("ix_student_class_status", "class_id", "status"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    name_pinyin: str = Field(default="", index=True, description="full pinyin, lower case, no spaces")
    name_initials: str = Field(default="", index=True, description="pinyin initials: 张三 → zs")
    sex: str = Field(max_length=1)
    birth_date: date
    ethnicity: str = Field(default="01", max_length=2)
    id_doc_type: str = Field(default="1", max_length=1)
    id_number: Optional[str] = Field(default=None, unique=True)
    student_number: Optional[str] = Field(default=None, unique=True,
                                          description="全国学籍号 G/L/J…; None until registered (待注册学籍)")
    class_id: Optional[int] = Field(default=None, foreign_key="school_class.id", index=True)
    grade_level: int
    enrolled_on: date
    status: str = Field(default="in_school", index=True)
    hukou: str = Field(default="1", max_length=1)
    health: str = Field(default="10", max_length=2)
    boarding: str = Field(default="1", max_length=1)
    address: str = ""
    township: str = ""
    village: str = ""
    # focus groups and special situations (domain.md §2 item 5, §4)
    poor_household: bool = False
    left_behind: int = 0
    migrant_child: bool = False
    learning_difficulty: bool = False
    disability_type: Optional[str] = None
    orphan: bool = False
    prisoner_child: bool = False
    economic_hardship: bool = False
    martyr_child: bool = False
    only_child: bool = False
    phone: str = Field(default="", description="联系电话 of the family, as in the national file")
    inclusive_class: bool = Field(default=False, description="随班就读 (a disabled child in a regular class)")
    # the 2024 list (domain.md §10); poor_household stays as the historical 建档立卡
    de_facto_unsupported: bool = Field(default=False, description="事实无人抚养儿童")
    hardship_child: bool = Field(default=False, description="困境儿童")
    case_involved: bool = Field(default=False, description="涉案未成年人")
    household_status: str = Field(default="", max_length=10, description="app.codes.HOUSEHOLD: 脱贫户 / 防返贫监测")
    notes: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Guardian(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id", index=True, ondelete="CASCADE")
    name: str
    relation: str = Field(description="app.codes.RELATION key")
    phone: str = ""
    lives_with_child: bool = False
    works_away: bool = False
    work_place: str = ""
    is_guardian: bool = Field(default=True, description="成员N是否监护人 of the national file")
    sort_order: int = 0


class StatusChange(SQLModel, table=True):
    """History of a student's status, with the national change code (JY/T 1001)."""

    __tablename__ = "status_change"
    id: Optional[int] = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id", index=True)
    code: str = Field(max_length=2)
    effective_date: date
    from_status: Optional[str] = None
    to_status: str
    reason: str = ""
    reference: str = Field(default="", description="e.g. approval request id")
    recorded_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    recorded_at: datetime = Field(default_factory=utcnow)


class AuditEntry(SQLModel, table=True):
    """Who changed what, when, with the values before and after."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user_id: Optional[int] = Field(default=None, foreign_key="user_account.id")
    username: str = ""
    action: str = Field(index=True)
    entity: str
    entity_id: Optional[int] = None
    summary: str = ""
    before: Optional[dict[str, Any]] = Field(default=None, sa_column=Column(JSON))
    after: Optional[dict[str, Any]] = Field(default=None, sa_column=Column(JSON))
    chain_hash: Optional[str] = Field(default=None, max_length=64,
                                      description="HMAC-SHA256 linking this entry to the one before it (app.audit)")


class CalendarDay(SQLModel, table=True):
    """A day the school marks itself: a closure, an extra school day, or a holiday the national table lacks."""

    __tablename__ = "calendar_day"
    day: date = Field(primary_key=True)
    kind: str = Field(description="closure | school_day | holiday")
    label: str = ""
    created_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)


class NationalHoliday(SQLModel, table=True):
    """A day of the national holiday table loaded from a file (app.holidays): a holiday or a make-up working day.

    A year present here replaces the chinesecalendar package's data for that year.
    """

    __tablename__ = "national_holiday"
    day: date = Field(primary_key=True)
    year: int = Field(index=True)
    kind: str = Field(description="holiday | workday")
    name: str = ""
    source: str = Field(default="", description="the file it came from (name and SHA-256)")
    loaded_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    loaded_at: datetime = Field(default_factory=utcnow)


class Setting(SQLModel, table=True):
    """Key/value settings (policy thresholds and the like), values as JSON."""

    key: str = Field(primary_key=True)
    value: Any = Field(default=None, sa_column=Column(JSON))


class DataRevision(SQLModel, table=True):
    """A token that changes with every write to a group of tables, so that what is made of them can be kept.

    ``rules``: the calendar (``school_year``, ``term``, ``calendar_day``, ``national_holiday``) and the
    policy (``setting`` ``policy``). Triggers (migration 0029) give the row a new random token in the
    same statement as any insert, update or delete there, so it is transactional like the change: a
    transaction sees the token of what it sees, and a rollback brings the old token back with the old rows
    (a random token, not a counter, so that a rolled-back change and a later one never share one).
    :func:`app.school_calendar.load_calendar` and :func:`app.policy.load` keep what they made of the rows
    under the token it was made at."""

    __tablename__ = "data_revision"
    name: str = Field(primary_key=True, max_length=20)
    token: str = Field(max_length=32)


# --- roll call, leave and absence alerts (app.attendance, app.attendance.alerts) ----------------


class AttendanceSheet(SQLModel, table=True):
    """One roll call: a class, a school day, a session ("day", or "am"/"pm").

    Present students have no row: only the exceptions are stored in
    :class:`AttendanceMark`, so a 5,000-pupil school writes a few dozen rows a day.
    ``revision`` starts at 1 and grows with every change (optimistic concurrency).
    """

    __tablename__ = "attendance_sheet"
    __table_args__ = (UniqueConstraint("class_id", "day", "session"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    class_id: int = Field(foreign_key="school_class.id")
    day: date = Field(index=True)
    session: str = Field(default="day", max_length=3, description="day | am | pm")
    revision: int = 1
    enrolled: int = Field(default=0, description="students on roll in the class that day")
    present: int = Field(default=0, description="enrolled minus those not in school (absent or on leave)")
    taken_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    taken_at: datetime = Field(default_factory=utcnow)
    revised_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    revised_at: Optional[datetime] = None


class AttendanceMark(SQLModel, table=True):
    """A student who was not simply present at one roll call (late, absent, on leave…)."""

    __tablename__ = "attendance_mark"

    sheet_id: int = Field(foreign_key="attendance_sheet.id", primary_key=True, ondelete="CASCADE")
    student_id: int = Field(foreign_key="student.id", primary_key=True, index=True)
    mark: str = Field(description="app.attendance.MARKS key")
    note: str = ""
    leave_id: Optional[int] = Field(default=None, foreign_key="leave.id", index=True)
    typed_mark: str = Field(default="", description="what the teacher recorded when an approved leave overrode it")


class Leave(SQLModel, table=True):
    """An approved leave of absence; the roll call marks the days it covers as excused."""

    __tablename__ = "leave"
    __table_args__ = (Index("ix_leave_student_start", "student_id", "start_day"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id")
    kind: str = Field(description="sick | personal")
    start_day: date
    start_session: str = Field(default="day", max_length=3, description="day | am | pm")
    end_day: date
    end_session: str = Field(default="day", max_length=3, description="day | am | pm")
    reason: str = ""
    status: str = Field(default="approved", description="approved | cancelled")
    reference: str = Field(default="", description="e.g. the approval request id")
    created_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    created_at: datetime = Field(default_factory=utcnow)


class AbsenceAlert(SQLModel, table=True):
    """A run of unexcused absence that reached a policy threshold (domain.md §2 measure 4, §3)."""

    __tablename__ = "absence_alert"
    __table_args__ = (Index("ix_absence_alert_student_status", "student_id", "status"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id")
    class_id: Optional[int] = Field(default=None, foreign_key="school_class.id")
    first_absent_day: date
    last_absent_day: date
    days_absent: float = Field(description="school days, half days for am/pm sessions")
    level: str = Field(default="alert", description="alert | suspected_dropout | dropout")
    status: str = Field(default="open", description="open | cleared | closed")
    raised_on: date
    cleared_on: Optional[date] = None
    cleared_reason: str = ""
    visit_due: date
    report_due: date
    assigned_staff_id: Optional[int] = Field(default=None, foreign_key="staff.id")
    case_id: Optional[int] = None


__all__ = [
    "AbsenceAlert",
    "AttendanceMark",
    "AttendanceSheet",
    "Leave",
    "AuditEntry",
    "CalendarDay",
    "NationalHoliday",
    "Guardian",
    "School",
    "SchoolClass",
    "SchoolYear",
    "Setting",
    "Staff",
    "StatusChange",
    "Student",
    "TeachingAssignment",
    "Term",
    "User",
    "metadata",
    "utcnow",
]


# Tables of later capabilities live in their own modules (one per capability) and
# join the same metadata here, so Alembic and the tests see every table.
from app.data.approval_models import *  # noqa: E402,F401,F403
from app.data.case_models import *  # noqa: E402,F401,F403
from app.data.document_models import *  # noqa: E402,F401,F403
from app.data.exchange_models import *  # noqa: E402,F401,F403
from app.data.mentor_models import *  # noqa: E402,F401,F403
from app.data.receipt_models import *  # noqa: E402,F401,F403
from app.data.file_models import *  # noqa: E402,F401,F403
