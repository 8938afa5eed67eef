"""The mentor board (帮扶安排总览): every teacher's caseload against the policy, the mentees, the uncovered.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlmodel import Session, col, func, select

from app.accounts import Actor
from app.data.db import core
from app.data.mentor_models import MentorAssignment, MentorPlan, PlanReview
from app.data.models import SchoolClass, Staff, Student
from app.errors import PermissionDenied
from app.messages import CLAUSE_SEPARATOR, DEFAULT_LANG, Message
from app.mentors import CASELOAD_STATES, UncoveredRow, can_manage, need_reasons, not_ended, require_manage, uncovered_rows
from app.mentors.suggesting import candidates
from app.policy import load as load_policy


# --- the board ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MenteeRow:
    assignment_id: int
    student_id: int
    student_name: str
    class_id: int | None
    class_name: str
    village: str
    start_date: date
    needs: tuple[Message, ...]  # why the child needs a mentor now (empty: no longer at risk), as messages
    next_review: date | None
    review_overdue: bool

    def needs_in(self, lang: str = DEFAULT_LANG) -> tuple[str, ...]:
        return tuple(m.in_language(lang) for m in self.needs)

    def need_text_in(self, lang: str = DEFAULT_LANG) -> str:
        return CLAUSE_SEPARATOR.get(lang, "; ").join(self.needs_in(lang))


@dataclass(frozen=True)
class TeacherLoad:
    staff_id: int
    name: str
    title: str
    village: str
    load: int
    min_caseload: int
    max_caseload: int
    state: str
    mentees: tuple[MenteeRow, ...]

    @property
    def state_label(self) -> str:
        return CASELOAD_STATES[self.state]


@dataclass(frozen=True)
class Board:
    day: date
    min_caseload: int
    max_caseload: int
    teachers: list[TeacherLoad]
    uncovered: list[UncoveredRow]
    needing: int  # students who need a mentor
    covered: int  # of them, those who have one


def _state(load: int, lo: int, hi: int) -> str:
    if load > hi:
        return "over"
    if load == hi:
        return "full"
    if load < lo:
        return "below"
    return "ok"


def _mentee_rows(session: Session, day: date, staff_ids: Iterable[int] | None,
                 need: dict[int, list[Message]] | None = None) -> dict[int, list[MenteeRow]]:
    """``need``: the whole school's :func:`need_reasons` of the day when the caller has it already."""
    stmt = (select(MentorAssignment.id, MentorAssignment.student_id, MentorAssignment.staff_id,
                   MentorAssignment.start_date, Student.name, Student.class_id, SchoolClass.name, Student.village)
            .join(Student, Student.id == MentorAssignment.student_id)
            .join(SchoolClass, SchoolClass.id == Student.class_id, isouter=True)
            .where(not_ended(day)))
    if staff_ids is not None:
        stmt = stmt.where(col(MentorAssignment.staff_id).in_(sorted(staff_ids) or [-1]))
    rows = core(session).execute(stmt).all()  # plain rows: thousands of assignments on a big school's board
    ids = [r[1] for r in rows]
    if need is None:
        need = need_reasons(session, day, student_ids=ids) if ids else {}
    reviews: dict[int, date] = {}
    if ids:
        stmt = (select(MentorPlan.student_id, func.min(PlanReview.due_date))
                .join(PlanReview, PlanReview.plan_id == MentorPlan.id)
                .where(col(PlanReview.done_on).is_(None)).group_by(MentorPlan.student_id))
        if staff_ids is not None:  # a teacher's mentees; the whole board takes every plan's (no list of ids)
            stmt = stmt.where(col(MentorPlan.student_id).in_(ids))
        reviews = dict(core(session).execute(stmt).all())
    out: dict[int, list[MenteeRow]] = defaultdict(list)
    for assignment_id, student_id, staff_id, start_date, name, class_id, cname, village in rows:
        due = reviews.get(student_id)
        out[staff_id].append(MenteeRow(assignment_id, student_id, name, class_id, cname or "", village or "",
                                       start_date, tuple(need.get(student_id, ())), due,
                                       due is not None and due < day))
    for v in out.values():
        v.sort(key=lambda m: (m.class_name, m.student_name, m.student_id))
    return out


def board(session: Session, actor: Actor, day: date | None = None) -> Board:
    """All teachers with their caseloads and mentees, and all uncovered students (for the principal's board)."""
    require_manage(actor, "查看帮扶总览")
    day = day or date.today()
    policy = load_policy(session)
    lo, hi = policy.mentor_min_caseload, policy.mentor_max_caseload
    cands = {c.staff_id: c for c in candidates(session, day)}
    need = need_reasons(session, day)  # once for the board: the mentees' needs and the uncovered come from it
    mentees = _mentee_rows(session, day, None, need)
    shown = set(cands) | set(mentees)
    staff = {s.id: s for s in core(session).execute(select(Staff.id, Staff.name, Staff.title, Staff.village))
             if s.id in shown}  # plain rows of every member of staff: no list of ids to bind
    teachers = []
    for sid in sorted(staff, key=lambda i: (staff[i].name, i)):
        s = staff[sid]
        m = tuple(mentees.get(sid, ()))
        teachers.append(TeacherLoad(sid, s.name, s.title, s.village, len(m), lo, hi, _state(len(m), lo, hi), m))
    unc = uncovered_rows(session, day, need=need)
    return Board(day, lo, hi, teachers, unc, len(need), len(need) - len(unc))


def mentees_of(session: Session, actor: Actor, staff_id: int, day: date | None = None) -> list[MenteeRow]:
    """The mentees of one teacher; a teacher may ask only for their own."""
    if not (can_manage(actor) or (actor.staff_id is not None and actor.staff_id == staff_id)):
        raise PermissionDenied("mentors.can_see_students_mentor")
    return _mentee_rows(session, day or date.today(), [staff_id]).get(staff_id, [])


def my_mentees(session: Session, actor: Actor, day: date | None = None) -> list[MenteeRow]:
    """The logged-in teacher's own mentees (empty for an account without a staff record)."""
    if actor.staff_id is None:
        return []
    return mentees_of(session, actor, actor.staff_id, day)
