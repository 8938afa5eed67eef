"""Mentors (帮扶教师) and one plan per student (一人一案) — issue 5, domain.md §2.

Each teacher watches 6–8 students (``Policy.mentor_min_caseload`` …
``mentor_max_caseload``), learns their situation, judges the dropout risk and keeps
one-to-one measures until the child graduates or transfers.

Coverage
--------
Who needs a mentor (:func:`needs`): every on-roll student of a focus group
(:data:`app.students.FOCUS_GROUPS`), every student with an open absence alert and
every student with an open case (a registered dropout under persuasion too).
:func:`uncovered` lists those without a current mentor, each with why.

The capability's modules: :mod:`app.mentors.assigning` (assignments, handover),
:mod:`app.mentors.board` (the caseloads), :mod:`app.mentors.suggesting` (the suggestion),
:mod:`app.mentors.planning` (the plan) and :mod:`app.mentors.home_teaching` (送教上门).

Who may do what: the principal, the registrar and the admin manage assignments
(permission ``mentor.manage``); a teacher sees and works on their own mentees; the class
teacher of a student also works on the student's plan.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlalchemy import and_, or_
from sqlmodel import Session, col, func, select

from app.accounts import Actor, can_view_class
from app.attendance.alerts import LEVELS
from app.cases import OPEN_STAGES, STAGES
from app.codes import ON_ROLL_STATUSES
from app.data.db import core
from app.data.mentor_models import MentorAssignment
from app.data.models import AbsenceAlert, AbsenceCase, SchoolClass, Staff, Student
from app.errors import NotFound, PermissionDenied
from app.messages import CLAUSE_SEPARATOR, DEFAULT_LANG, Message, label, label_table, msg
from app.students import FOCUS_COLUMN, FOCUS_GROUPS, any_focus_condition


# --- vocabularies ------------------------------------------------------------------------------

END_REASONS: dict[str, str] = {
    "staff_left": "帮扶教师离职或调走",
    "transferred": "学生转学",
    "graduated": "学生毕业",
    "completed": "学生结业",
    "deceased": "学生死亡",
    "reassigned": "更换帮扶教师",
    "not_needed": "不再需要帮扶",
    "other": "其他",
}

#: national change code (JY/T 1001) → end reason; other changes keep the mentor (a suspended
#: child or a dropout under persuasion still needs one)
STATUS_END_REASONS: dict[str, str] = {"21": "graduated", "22": "completed", "26": "deceased", "27": "transferred"}

FIVE_ONES: dict[str, str] = {
    "habit": "养成一个好习惯",
    "shortcoming": "改正一个缺点",
    "subject": "提高一门学科",
    "hobby": "培养一项爱好",
    "book": "读一本好书",
}
MEASURE_KINDS: dict[str, str] = {**FIVE_ONES, "other": "其他帮扶措施"}
MEASURE_STATUSES: dict[str, str] = {"active": "进行中", "achieved": "已达成", "dropped": "已停止"}
RISK_LEVELS: dict[str, str] = {"": "未评估", "low": "低", "medium": "中", "high": "高"}

CASELOAD_STATES: dict[str, str] = {"below": "低于最少人数", "ok": "正常", "full": "已满", "over": "超出上限"}

#: statuses after which a child is no longer this school's to mentor
GONE_STATUSES: frozenset[str] = frozenset({"transferred_out", "graduated", "completed", "deceased"})

NEIGHBOURS_KEY = "mentor_neighbour_villages"

# scoring of the suggestion (see plan_suggestions)
SCORE_PREVIOUS = 100
SCORE_HEAD = 40
SCORE_TEACHES = 25
SCORE_VILLAGE = 30
SCORE_NEIGHBOUR = 15
LOAD_PENALTY = 4
AT_MIN_PENALTY = 20


def can_manage(actor: Actor) -> bool:
    return actor.has("mentor.manage")


def require_manage(actor: Actor, what: str = "管理帮扶教师安排") -> None:
    if not can_manage(actor):
        raise PermissionDenied("mentors.may_not_principal_registrar_system", what=what, username=actor.username)


def not_ended(day: date):
    """Assignments not ended by ``day`` (current, or starting later)."""
    return or_(col(MentorAssignment.end_date).is_(None), MentorAssignment.end_date > day)


def current_on(day: date):
    return and_(MentorAssignment.start_date <= day, not_ended(day))


# --- who needs a mentor ----------------------------------------------------------------------------

_FOCUS_COLUMN = FOCUS_COLUMN


_FOCUS_LABELS = tuple(label("focus", key, FOCUS_GROUPS) for key in _FOCUS_COLUMN)


def needs(session: Session, day: date, *, student_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    """Every student who must have a mentor on ``day``, with why (Chinese, one line per reason)."""
    return {sid: [str(m) for m in why] for sid, why in need_reasons(session, day, student_ids=student_ids).items()}


def need_reasons(session: Session, day: date, *,
                 student_ids: Iterable[int] | None = None) -> dict[int, list[Message]]:
    """:func:`needs` as messages (a window renders them in its language)."""
    only = set(student_ids) if student_ids is not None else None
    out: dict[int, list[Message]] = defaultdict(list)
    cols = [Student.id, *[getattr(Student, c) for c in _FOCUS_COLUMN.values()]]
    stmt = select(*cols).where(col(Student.status).in_(ON_ROLL_STATUSES), any_focus_condition())
    if only is not None:
        stmt = stmt.where(col(Student.id).in_(sorted(only) or [-1]))
    for r in core(session).execute(stmt):  # (id, one value per focus group): the groups whose value is set
        out[r[0]].append(msg("mentors.need_focus",
                             groups=[group for group, value in zip(_FOCUS_LABELS, r[1:]) if value]))
    gone = col(Student.status).not_in(GONE_STATUSES)
    alerted: set[int] = set()
    stmt = (select(AbsenceAlert.student_id, AbsenceAlert.level, AbsenceAlert.days_absent)
            .join(Student, Student.id == AbsenceAlert.student_id)
            .where(AbsenceAlert.status == "open", gone).order_by(AbsenceAlert.id))
    for sid, level, days in core(session).execute(stmt):
        if only is not None and sid not in only:
            continue
        alerted.add(sid)
        out[sid].append(msg("mentors.need_alert", level=label("alert_level", level, LEVELS), days=days))
    stmt = (select(AbsenceCase.student_id, AbsenceCase.stage).join(Student, Student.id == AbsenceCase.student_id)
            .where(col(AbsenceCase.stage).in_(OPEN_STAGES), gone).order_by(AbsenceCase.id))
    for sid, stage in core(session).execute(stmt):
        if (only is not None and sid not in only) or sid in alerted:
            continue
        out[sid].append(msg("mentors.need_case", stage=label("case_stage", stage, STAGES)))
    return dict(out)


def current_mentor(session: Session, student_id: int, day: date | None = None) -> int | None:
    """The staff id of the student's mentor on ``day`` (default today), or None."""
    day = day or date.today()
    return session.exec(select(MentorAssignment.staff_id)
                        .where(MentorAssignment.student_id == student_id, current_on(day))).first()


def _covered(session: Session, day: date) -> set[int]:
    return set(core(session).execute(select(MentorAssignment.student_id).where(current_on(day))).scalars())


def caseloads(session: Session, day: date) -> dict[int, int]:
    """Staff id → number of assignments not ended by ``day``."""
    return dict(core(session).execute(select(MentorAssignment.staff_id, func.count())
                                      .where(not_ended(day)).group_by(MentorAssignment.staff_id)).all())


@dataclass(frozen=True)
class UncoveredRow:
    """A student who needs a mentor and has none, with why."""

    student_id: int
    student_name: str
    class_id: int | None
    class_name: str
    grade_level: int
    village: str
    reasons: tuple[Message, ...]  # why, as messages (a window renders them in its language)
    previous_mentor_id: int | None = None
    previous_mentor_name: str = ""

    @property
    def reason_text(self) -> str:
        """Why, in Chinese, on one line."""
        return self.reason_text_in(DEFAULT_LANG)

    def reasons_in(self, lang: str) -> tuple[str, ...]:
        return tuple(m.in_language(lang) for m in self.reasons)

    def reason_text_in(self, lang: str) -> str:
        return CLAUSE_SEPARATOR.get(lang, "; ").join(self.reasons_in(lang))


def previous_mentors(session: Session, student_ids: Iterable[int], day: date) -> dict[int, tuple[int, date]]:
    """Student → (staff id, end date) of the most recent ended assignment before ``day``."""
    ids = sorted(set(student_ids))
    out: dict[int, tuple[int, date]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows = session.exec(select(MentorAssignment.student_id, MentorAssignment.staff_id, MentorAssignment.end_date)
                            .where(col(MentorAssignment.student_id).in_(chunk),
                                   col(MentorAssignment.end_date).is_not(None), MentorAssignment.end_date <= day)
                            .order_by(MentorAssignment.end_date, MentorAssignment.id))
        for sid, staff_id, end in rows:
            out[sid] = (staff_id, end)  # the last one wins
    return out


def uncovered_rows(session: Session, day: date, class_ids: frozenset[int] | None = None,
               need: dict[int, list[Message]] | None = None) -> list[UncoveredRow]:
    """``need``: :func:`need_reasons` of the day when the caller has it already (read once per operation)."""
    need = need_reasons(session, day) if need is None else need
    covered = _covered(session, day)
    ids = [sid for sid in need if sid not in covered]
    if not ids:
        return []
    prev = previous_mentors(session, ids, day)
    staff_names = dict(session.exec(select(Staff.id, Staff.name)).all())
    rows = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        stmt = (select(Student.id, Student.name, Student.class_id, SchoolClass.name, Student.grade_level,
                       Student.village)
                .join(SchoolClass, SchoolClass.id == Student.class_id, isouter=True)
                .where(col(Student.id).in_(chunk)))
        for sid, name, class_id, cname, grade, village in session.exec(stmt):
            if class_ids is not None and class_id not in class_ids:
                continue
            p = prev.get(sid)
            rows.append(UncoveredRow(sid, name, class_id, cname or "", grade, village or "", tuple(need[sid]),
                                     p[0] if p else None, staff_names.get(p[0], "") if p else ""))
    rows.sort(key=lambda r: (r.grade_level, r.class_name, r.student_name, r.student_id))
    return rows


def uncovered(session: Session, actor: Actor, day: date | None = None) -> list[UncoveredRow]:
    """Students who need a mentor and have none on ``day``; a teacher sees those of their own classes."""
    day = day or date.today()
    if can_manage(actor) or actor.has("student.view_all"):
        return uncovered_rows(session, day)
    return uncovered_rows(session, day, frozenset(actor.class_ids))




# --- the plan (一人一案) ----------------------------------------------------------------------------


def _class_head(session: Session, student: Student) -> int | None:
    c = session.get(SchoolClass, student.class_id) if student.class_id else None
    return c.head_teacher_id if c else None


def can_work_on_plan(session: Session, actor: Actor, student: Student, day: date | None = None) -> bool:
    """The managers, the student's current mentor and the class head teacher."""
    if can_manage(actor):
        return True
    if actor.staff_id is None:
        return False
    return actor.staff_id in (current_mentor(session, student.id, day), _class_head(session, student))


def _student(session: Session, student_id: int) -> Student:
    s = session.get(Student, student_id)
    if s is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    return s


def require_work_student(session: Session, actor: Actor, student_id: int, day: date | None = None) -> Student:
    s = _student(session, student_id)
    if not can_work_on_plan(session, actor, s, day):
        raise PermissionDenied("mentors.may_not_edit_support_plan", s_name=s.name)
    return s


def require_view_student(session: Session, actor: Actor, student_id: int) -> Student:
    s = _student(session, student_id)
    if not (can_work_on_plan(session, actor, s) or can_view_class(actor, s.class_id)
            or (actor.staff_id is not None and session.exec(
                select(MentorAssignment.id).where(MentorAssignment.student_id == student_id,
                                                  MentorAssignment.staff_id == actor.staff_id)).first())):
        raise PermissionDenied("mentors.may_not_see_support_plan", s_name=s.name)
    return s

for _name, _table in (("end_reason", END_REASONS), ("risk_level", RISK_LEVELS), ("measure_kind", MEASURE_KINDS),
                      ("measure_status", MEASURE_STATUSES)):
    label_table(_name, _table)
