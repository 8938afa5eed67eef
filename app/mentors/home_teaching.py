"""Home teaching (送教上门) for severely disabled children taught at home — issue 5, domain.md §6.

A child is enrolled for home teaching (:func:`enrol`, only a child with a recorded
disability); teachers log each visit (:func:`log_session`: date, teacher, class
hours, content). :func:`progress` compares the school year's hours and visits with
the policy's targets (``Policy.home_teaching_visits_per_week``, default 2, and
``Policy.home_teaching_hours_per_year``, default 30):

* a **visit** is a day with at least one session (two teachers the same day = one visit);
* the **weeks** are the calendar weeks (Monday–Sunday) holding at least one school day
  of the school year while the child is enrolled (:class:`app.school_calendar.Calendar`),
  so holidays do not count against the target;
* visits due to date = visits per week × weeks so far; the hours due to date are the
  year's target pro rata of the enrolled weeks so far; ``weeks_short`` lists the weeks
  that had fewer visits than the weekly target.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from app import audit, fields
from app.accounts import Actor
from app.data.mentor_models import HomeTeachingEnrolment, HomeTeachingSession
from app.data.models import SchoolClass, SchoolYear, Staff, Student
from app.errors import NotFound, PermissionDenied, ValidationError
from app.mentors import GONE_STATUSES, can_manage, current_mentor, require_manage
from app.policy import load as load_policy
from app.school_calendar import load_calendar

MAX_HOURS_PER_SESSION = 8.0


def _student(session: Session, student_id: int) -> Student:
    s = session.get(Student, student_id)
    if s is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    return s


def _enrolment_on(session: Session, student_id: int, day: date) -> HomeTeachingEnrolment | None:
    return session.exec(select(HomeTeachingEnrolment).where(
        HomeTeachingEnrolment.student_id == student_id, HomeTeachingEnrolment.start_date <= day,
        (col(HomeTeachingEnrolment.end_date).is_(None)) | (HomeTeachingEnrolment.end_date > day))).first()


def enrol(session: Session, actor: Actor, student_id: int, start_date: date, reason: str = "") -> int:
    """Enrol a severely disabled child for home teaching from ``start_date``."""
    require_manage(actor, "安排送教上门")
    s = _student(session, student_id)
    if not s.disability_type:
        raise ValidationError("残疾类型", "mentors.has_no_disability_type_recorded", s_name=s.name)
    if s.status in GONE_STATUSES:
        raise ValidationError("学生", "mentors.no_longer_school_no_home", s_name=s.name)
    open_ = session.exec(select(HomeTeachingEnrolment).where(
        HomeTeachingEnrolment.student_id == student_id,
        (col(HomeTeachingEnrolment.end_date).is_(None)) | (HomeTeachingEnrolment.end_date > start_date))).first()
    if open_ is not None:
        raise ValidationError("送教上门", "mentors.has_home_teaching_list_since",
                                      s_name=s.name,
                                      start_date=open_.start_date)
    e = HomeTeachingEnrolment(student_id=student_id, start_date=start_date,
                              reason=fields.text(reason, "送教原因", limit=500), created_by=actor.user_id)
    session.add(e)
    session.flush()
    audit.record(session, actor, "home_teaching.enrol", "home_teaching_enrolment", e.id, after=audit.snapshot(e),
                 summary=f"{s.name}自 {start_date} 起送教上门")
    return e.id


def end_enrolment(session: Session, actor: Actor, student_id: int, day: date, reason: str) -> None:
    """End home teaching on ``day`` (back to school, moved away…); the sessions stay on file."""
    require_manage(actor, "结束送教上门")
    s = _student(session, student_id)
    e = _enrolment_on(session, student_id, day) or session.exec(select(HomeTeachingEnrolment).where(
        HomeTeachingEnrolment.student_id == student_id, col(HomeTeachingEnrolment.end_date).is_(None))).first()
    if e is None:
        raise ValidationError("送教上门", "mentors.not_home_teaching_list", s_name=s.name)
    reason = fields.text(reason, "结束原因", required=True, limit=200)
    before = audit.snapshot(e, ["end_date", "end_reason"])
    e.end_date, e.end_reason = max(day, e.start_date), reason
    session.add(e)
    audit.record(session, actor, "home_teaching.end", "home_teaching_enrolment", e.id, before=before,
                 after=audit.snapshot(e, ["end_date", "end_reason"]), summary=f"{s.name}结束送教上门:{reason}")


@dataclass
class SessionInput:
    session_date: date
    staff_id: int | None  # default: the actor's staff record
    hours: float
    content: str
    companions: str = ""
    notes: str = ""


def can_log(session: Session, actor: Actor, student: Student, staff_id: int | None, day: date) -> bool:
    """Managers; the teacher who went; the student's mentor and class head teacher."""
    if can_manage(actor):
        return True
    if actor.staff_id is None:
        return False
    if actor.staff_id == staff_id:
        return True
    c = session.get(SchoolClass, student.class_id) if student.class_id else None
    return actor.staff_id in (current_mentor(session, student.id, day), c.head_teacher_id if c else None)


def log_session(session: Session, actor: Actor, student_id: int, inp: SessionInput,
                today: date | None = None) -> int:
    """Log one home-teaching visit. Returns the session id."""
    today = today or date.today()
    s = _student(session, student_id)
    staff_id = inp.staff_id if inp.staff_id is not None else actor.staff_id
    if not can_log(session, actor, s, staff_id, inp.session_date):
        raise PermissionDenied("mentors.may_not_record_home_teaching", s_name=s.name)
    if inp.session_date > today:
        raise ValidationError("送教日期", "mentors.has_not_come_yet_future", session_date=inp.session_date)
    if _enrolment_on(session, student_id, inp.session_date) is None:
        raise ValidationError("送教日期", "mentors.not_home_teaching_list_2",
                                      s_name=s.name,
                                      session_date=inp.session_date)
    if staff_id is None:
        raise ValidationError("送教教师", "mentors.choose_home_teacher")
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise ValidationError("送教教师", "common.staff_member_does_not_exist", staff_id=staff_id)
    if staff.left_on is not None and staff.left_on <= inp.session_date:
        raise ValidationError("送教教师", "mentors.left", staff_name=staff.name, left_on=staff.left_on)
    try:
        hours = float(inp.hours)
    except (TypeError, ValueError):
        raise ValidationError("课时", "common.must_number") from None
    if not (0 < hours <= MAX_HOURS_PER_SESSION):
        raise ValidationError("课时", "mentors.must_between_0_not",
                                    max_hours_per_session=MAX_HOURS_PER_SESSION,
                                    hours=inp.hours)
    if round(hours * 2) != hours * 2:
        raise ValidationError("课时", "mentors.half_lessons_such_1_1")
    row = HomeTeachingSession(student_id=student_id, staff_id=staff_id, session_date=inp.session_date, hours=hours,
                              content=fields.text(inp.content, "送教内容", required=True),
                              companions=fields.text(inp.companions, "同去人员", limit=200),
                              notes=fields.text(inp.notes, "备注"), recorded_by=actor.user_id)
    session.add(row)
    session.flush()
    audit.record(session, actor, "home_teaching.session", "home_teaching_session", row.id,
                 after=audit.snapshot(row), summary=f"{s.name}:{inp.session_date} {staff.name}送教 {hours:g} 课时")
    return row.id


@dataclass(frozen=True)
class SessionRow:
    id: int
    session_date: date
    staff_id: int
    staff_name: str
    hours: float
    content: str
    companions: str
    notes: str


def sessions_of(session: Session, actor: Actor, student_id: int, *, start: date | None = None,
                end: date | None = None) -> list[SessionRow]:
    s = _student(session, student_id)
    if not can_log(session, actor, s, None, date.today()) and not (actor.has("student.view_all")
                                                                   or s.class_id in actor.class_ids):
        raise PermissionDenied("mentors.may_not_see_home_teaching", s_name=s.name)
    stmt = (select(HomeTeachingSession, Staff.name).join(Staff, Staff.id == HomeTeachingSession.staff_id)
            .where(HomeTeachingSession.student_id == student_id))
    if start:
        stmt = stmt.where(HomeTeachingSession.session_date >= start)
    if end:
        stmt = stmt.where(HomeTeachingSession.session_date <= end)
    return [SessionRow(r.id, r.session_date, r.staff_id, name, r.hours, r.content, r.companions, r.notes)
            for r, name in session.exec(stmt.order_by(HomeTeachingSession.session_date, HomeTeachingSession.id))]


@dataclass(frozen=True)
class Progress:
    """One child's home teaching in a school year, against the policy's targets."""

    student_id: int
    student_name: str
    class_name: str
    school_year: str
    period_start: date
    period_end: date  # the day counted up to (today, or the year's / enrolment's end)
    hours: float
    visits: int
    target_hours_year: float
    expected_hours: float  # pro rata of the enrolled weeks so far
    weeks: int  # enrolled weeks with school days so far
    weeks_in_year: int  # enrolled weeks with school days in the whole year
    target_visits: int  # visits per week × weeks so far
    weeks_short: tuple[date, ...]  # Mondays of the weeks with fewer visits than the weekly target
    teachers: tuple[str, ...]

    @property
    def hours_on_track(self) -> bool:
        return self.hours >= self.expected_hours

    @property
    def visits_on_track(self) -> bool:
        return self.visits >= self.target_visits

    @property
    def hours_percent(self) -> float:
        return 100.0 * self.hours / self.target_hours_year if self.target_hours_year else 100.0


def _year_of(session: Session, day: date) -> SchoolYear:
    y = session.exec(select(SchoolYear).where(SchoolYear.start_date <= day, SchoolYear.end_date >= day)).first()
    if y is None:  # in the summer holiday: the year that ended last
        y = session.exec(select(SchoolYear).where(SchoolYear.end_date < day)
                         .order_by(col(SchoolYear.end_date).desc())).first()
    if y is None:
        raise ValidationError("学年", "mentors.no_school_year_set_up", day=day)
    return y


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _progress(session: Session, student: Student, year: SchoolYear, day: date, enrolments, cal, policy,
              class_name: str) -> Progress:
    spans = [(max(e.start_date, year.start_date), min((e.end_date - timedelta(days=1)) if e.end_date else year.end_date,
                                                     year.end_date)) for e in enrolments]
    spans = [(a, b) for a, b in spans if a <= b]
    start = min((a for a, _ in spans), default=year.start_date)
    upto = min(day, max((b for _, b in spans), default=year.end_date))
    weeks_all: set[date] = set()
    weeks_now: set[date] = set()
    for a, b in spans:
        for d in cal.school_days(a, b):
            weeks_all.add(_monday(d))
            if d <= upto:
                weeks_now.add(_monday(d))
    rows = session.exec(select(HomeTeachingSession, Staff.name).join(Staff, Staff.id == HomeTeachingSession.staff_id)
                        .where(HomeTeachingSession.student_id == student.id,
                               HomeTeachingSession.session_date >= year.start_date,
                               HomeTeachingSession.session_date <= min(upto, year.end_date))).all()
    hours = sum(r.hours for r, _ in rows)
    days = {r.session_date for r, _ in rows}
    per_week: dict[date, int] = defaultdict(int)
    for d in days:
        per_week[_monday(d)] += 1
    short = tuple(sorted(w for w in weeks_now if per_week.get(w, 0) < policy.home_teaching_visits_per_week
                         and w + timedelta(days=6) < day))  # a week still running is not short yet
    target_year = float(policy.home_teaching_hours_per_year)
    expected = round(target_year * len(weeks_now) / len(weeks_all), 1) if weeks_all else 0.0
    teachers = tuple(sorted({name for _, name in rows}))
    return Progress(student.id, student.name, class_name, year.name, start, upto, hours, len(days), target_year,
                    expected, len(weeks_now), len(weeks_all), policy.home_teaching_visits_per_week * len(weeks_now),
                    short, teachers)


def progress(session: Session, actor: Actor, student_id: int, day: date | None = None) -> Progress:
    """The school year's hours and visits of one child against the targets, up to ``day``."""
    day = day or date.today()
    s = _student(session, student_id)
    if not (can_log(session, actor, s, None, day) or actor.has("student.view_all") or s.class_id in actor.class_ids):
        raise PermissionDenied("mentors.may_not_see_home_teaching", s_name=s.name)
    year = _year_of(session, day)
    enrolments = session.exec(select(HomeTeachingEnrolment).where(HomeTeachingEnrolment.student_id == student_id)).all()
    if not enrolments:
        raise ValidationError("送教上门", "mentors.not_home_teaching_list", s_name=s.name)
    c = session.get(SchoolClass, s.class_id) if s.class_id else None
    return _progress(session, s, year, day, enrolments, load_calendar(session), load_policy(session),
                     c.name if c else "")


def overview(session: Session, actor: Actor, day: date | None = None) -> list[Progress]:
    """Every child taught at home during the school year of ``day``, with progress; managers see all,
    a teacher the children they teach at home, mentor or head."""
    day = day or date.today()
    year = _year_of(session, day)
    enrol_rows = session.exec(select(HomeTeachingEnrolment).where(
        HomeTeachingEnrolment.start_date <= year.end_date,
        (col(HomeTeachingEnrolment.end_date).is_(None)) | (HomeTeachingEnrolment.end_date > year.start_date))).all()
    by_student: dict[int, list] = defaultdict(list)
    for e in enrol_rows:
        by_student[e.student_id].append(e)
    cal, policy = load_calendar(session), load_policy(session)
    taught_by_me: set[int] = set()
    if actor.staff_id is not None:
        taught_by_me = set(session.exec(select(HomeTeachingSession.student_id)
                                        .where(HomeTeachingSession.staff_id == actor.staff_id)).all())
    out = []
    for sid in sorted(by_student):
        s = session.get(Student, sid)
        if not (sid in taught_by_me or can_log(session, actor, s, None, day) or actor.has("student.view_all")):
            continue
        c = session.get(SchoolClass, s.class_id) if s.class_id else None
        out.append(_progress(session, s, year, day, by_student[sid], cal, policy, c.name if c else ""))
    out.sort(key=lambda p: (p.visits_on_track and p.hours_on_track, p.class_name, p.student_name))
    return out


__all__ = ["Progress", "SessionInput", "SessionRow", "can_log", "end_enrolment", "enrol", "log_session",
           "overview", "progress", "sessions_of"]
