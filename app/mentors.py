"""Mentors (帮扶教师) and one plan per student (一人一案) — issue 5, domain.md §2.

Each teacher watches 6–8 students (``Policy.mentor_min_caseload`` …
``mentor_max_caseload``), learns their situation, judges the dropout risk and keeps
one-to-one measures until the child graduates or transfers.

Assignments
-----------
An assignment (:class:`app.data.mentor_models.MentorAssignment`) links a teacher
and a student from ``start_date`` until ``end_date`` (exclusive, NULL = current),
with the end reason. Ended rows stay: they are the history, and "keep last year's
mentor" reads them. Rules (:func:`assign`):

* the mentor must be active staff who has not left by the start date;
* one student has at most one mentor at a time (overlapping assignments refused);
* a caseload above the policy maximum needs a stated reason, kept on the row and
  in the audit entry.

The caseload of a teacher on a day counts the assignments not ended by that day
(current ones and ones planned to start later).

Coverage
--------
Who needs a mentor (:func:`needs`): every on-roll student of a focus group
(:data:`app.students.FOCUS_GROUPS`), every student with an open absence alert and
every student with an open case (a registered dropout under persuasion too).
:func:`uncovered` lists those without a current mentor, each with why.

Suggestion
----------
:func:`suggest` proposes a mentor for every uncovered student in one call; see
:func:`plan_suggestions` for the scoring. It is deterministic, says why for each
proposal, and never goes above the maximum while any candidate teacher has room
(so never when a solution exists: any student may be mentored by any teacher, so a
solution within the maximum exists exactly when the free places suffice).
:func:`apply_suggestions` accepts, edits (another teacher) or rejects each one.

The plan
--------
:class:`MentorPlan` holds the situation and the risk notes; measures
(:class:`PlanMeasure`) include the "five ones"; reviews (:class:`PlanReview`) have
due dates, listed by :func:`reviews_due` (due soon / overdue). The contact log is
the case file's ``contact`` table (:func:`app.cases.contacts_of_student`,
:func:`app.cases.record_student_contact`): one row per talk, call or visit, seen
from the case and from the plan alike.

Handover
--------
:func:`end_for_staff` (a teacher leaves) and :func:`end_for_student` /
:func:`on_status_change` (transfer, graduation…) end assignments with a reason;
a student still at risk shows up again in :func:`uncovered`.

Who may do what: the principal, the registrar and the admin manage assignments
(permission ``mentor.manage``); a teacher sees and works on their own mentees; the class
teacher of a student also works on the student's plan.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from sqlalchemy import and_, or_
from sqlmodel import Session, col, func, select

from app import audit, cases, early_warning, fields
from app.accounts import Actor, can_view_class
from app.attendance.alerts import LEVELS
from app.cases import OPEN_STAGES, STAGES, contacts_of_student
from app.codes import ON_ROLL_STATUSES, STATUS
from app.data.db import core
from app.data.mentor_models import MentorAssignment, MentorPlan, PlanMeasure, PlanReview
from app.data.models import (
    AbsenceAlert,
    AbsenceCase,
    SchoolClass,
    Setting,
    Staff,
    Student,
    TeachingAssignment,
    utcnow,
)
from app.errors import NotFound, PermissionDenied, ValidationError
from app.policy import load as load_policy
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
        raise PermissionDenied(f"没有权限{what}:只有校长、学籍管理员和系统管理员可以操作(当前用户 {actor.username})。")


def _not_ended(day: date):
    """Assignments not ended by ``day`` (current, or starting later)."""
    return or_(col(MentorAssignment.end_date).is_(None), MentorAssignment.end_date > day)


def _current_on(day: date):
    return and_(MentorAssignment.start_date <= day, _not_ended(day))


# --- who needs a mentor ----------------------------------------------------------------------------

_FOCUS_COLUMN = FOCUS_COLUMN


_FOCUS_LABELS = tuple(FOCUS_GROUPS[key] for key in _FOCUS_COLUMN)


def needs(session: Session, day: date, *, student_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    """Every student who must have a mentor on ``day``, with why (Chinese, one line per reason)."""
    only = set(student_ids) if student_ids is not None else None
    out: dict[int, list[str]] = defaultdict(list)
    cols = [Student.id, *[getattr(Student, c) for c in _FOCUS_COLUMN.values()]]
    stmt = select(*cols).where(col(Student.status).in_(ON_ROLL_STATUSES), any_focus_condition())
    if only is not None:
        stmt = stmt.where(col(Student.id).in_(sorted(only) or [-1]))
    for r in core(session).execute(stmt):  # (id, one value per focus group): the groups whose value is set
        out[r[0]].append("重点群体:" + "、".join(label for label, value in zip(_FOCUS_LABELS, r[1:]) if value))
    gone = col(Student.status).not_in(GONE_STATUSES)
    alerted: set[int] = set()
    stmt = (select(AbsenceAlert.student_id, AbsenceAlert.level, AbsenceAlert.days_absent)
            .join(Student, Student.id == AbsenceAlert.student_id)
            .where(AbsenceAlert.status == "open", gone).order_by(AbsenceAlert.id))
    for sid, level, days in session.exec(stmt):
        if only is not None and sid not in only:
            continue
        alerted.add(sid)
        out[sid].append(f"{LEVELS.get(level, level)}(无故缺勤 {days:g} 天,个案处理中)")
    stmt = (select(AbsenceCase.student_id, AbsenceCase.stage).join(Student, Student.id == AbsenceCase.student_id)
            .where(col(AbsenceCase.stage).in_(OPEN_STAGES), gone).order_by(AbsenceCase.id))
    for sid, stage in session.exec(stmt):
        if (only is not None and sid not in only) or sid in alerted:
            continue
        out[sid].append(f"个案未结:{STAGES.get(stage, stage)}")
    return dict(out)


def current_mentor(session: Session, student_id: int, day: date | None = None) -> int | None:
    """The staff id of the student's mentor on ``day`` (default today), or None."""
    day = day or date.today()
    return session.exec(select(MentorAssignment.staff_id)
                        .where(MentorAssignment.student_id == student_id, _current_on(day))).first()


def _covered(session: Session, day: date) -> set[int]:
    return set(session.exec(select(MentorAssignment.student_id).where(_current_on(day))).all())


def caseloads(session: Session, day: date) -> dict[int, int]:
    """Staff id → number of assignments not ended by ``day``."""
    return dict(session.exec(select(MentorAssignment.staff_id, func.count())
                             .where(_not_ended(day)).group_by(MentorAssignment.staff_id)).all())


@dataclass(frozen=True)
class UncoveredRow:
    """A student who needs a mentor and has none, with why."""

    student_id: int
    student_name: str
    class_id: int | None
    class_name: str
    grade_level: int
    village: str
    reasons: tuple[str, ...]
    previous_mentor_id: int | None = None
    previous_mentor_name: str = ""

    @property
    def reason_text(self) -> str:
        return ";".join(self.reasons)


def _previous_mentors(session: Session, student_ids: Iterable[int], day: date) -> dict[int, tuple[int, date]]:
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


def _uncovered(session: Session, day: date, class_ids: frozenset[int] | None = None,
               need: dict[int, list[str]] | None = None) -> list[UncoveredRow]:
    """``need``: :func:`needs` of the day when the caller has it already (read once per operation)."""
    need = needs(session, day) if need is None else need
    covered = _covered(session, day)
    ids = [sid for sid in need if sid not in covered]
    if not ids:
        return []
    prev = _previous_mentors(session, ids, day)
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
        return _uncovered(session, day)
    return _uncovered(session, day, frozenset(actor.class_ids))


# --- assignments --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    staff_id: int
    staff_name: str
    student_id: int
    student_name: str
    start_date: date
    end_date: date | None
    end_reason: str
    end_reason_label: str
    end_note: str
    over_max_reason: str
    source: str

    @property
    def current(self) -> bool:
        return self.end_date is None


def _row(session: Session, a: MentorAssignment) -> AssignmentRow:
    staff = session.get(Staff, a.staff_id)
    student = session.get(Student, a.student_id)
    return AssignmentRow(a.id, a.staff_id, staff.name if staff else "", a.student_id, student.name if student else "",
                         a.start_date, a.end_date, a.end_reason, END_REASONS.get(a.end_reason, a.end_reason),
                         a.end_note, a.over_max_reason, a.source)


def _check_mentor(session: Session, staff_id: int, day: date) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise ValidationError("帮扶教师", f"教职工 {staff_id} 不存在,帮扶教师必须是本校在职教职工")
    if not staff.active or (staff.left_on is not None and staff.left_on <= day):
        when = f"于 {staff.left_on} " if staff.left_on else ""
        raise ValidationError("帮扶教师", f"“{staff.name}”已{when}离职或不在岗,不能担任帮扶教师")
    return staff


def assign(session: Session, actor: Actor, student_id: int, staff_id: int, start_date: date, *,
           over_max_reason: str = "", note: str = "", source: str = "manual") -> int:
    """Make ``staff_id`` the mentor of ``student_id`` from ``start_date``. Returns the assignment id."""
    require_manage(actor)
    student = session.get(Student, student_id)
    if student is None:
        raise NotFound(f"学生 {student_id} 不存在")
    if student.status in GONE_STATUSES:
        raise ValidationError("学生", f"“{student.name}”已{_status_label(student.status)},不能再安排帮扶教师")
    if start_date < student.enrolled_on:
        raise ValidationError("开始日期", f"不能早于学生的入学日期 {student.enrolled_on}")
    staff = _check_mentor(session, staff_id, start_date)
    over_max_reason = fields.text(over_max_reason, "超出上限的理由", limit=500)
    note = fields.text(note, "备注", limit=500)
    clash = session.exec(select(MentorAssignment).where(MentorAssignment.student_id == student_id,
                                                        _not_ended(start_date))).first()
    if clash is not None:
        other = session.get(Staff, clash.staff_id)
        raise ValidationError("帮扶教师", f"“{student.name}”已由{other.name if other else clash.staff_id}"
                                        f"自 {clash.start_date} 起帮扶,同一时间只能有一位帮扶教师;"
                                        "如需更换,请先结束原安排(或使用“更换帮扶教师”)")
    policy = load_policy(session)
    load = session.exec(select(func.count()).select_from(MentorAssignment)
                        .where(MentorAssignment.staff_id == staff_id, _not_ended(start_date))).one()
    over = load + 1 > policy.mentor_max_caseload
    if over and not over_max_reason:
        raise ValidationError("帮扶学生数", f"{staff.name}已帮扶 {load} 名学生,再增加将超过上限 "
                                         f"{policy.mentor_max_caseload} 人;确需超出,请填写理由")
    a = MentorAssignment(staff_id=staff_id, student_id=student_id, start_date=start_date,
                         over_max_reason=over_max_reason if over else "", source=source, note=note,
                         created_by=actor.user_id)
    session.add(a)
    session.flush()
    summary = f"安排{staff.name}帮扶{student.name}(自 {start_date} 起)"
    if over:
        summary += f";超出上限({load + 1}/{policy.mentor_max_caseload}),理由:{over_max_reason}"
    audit.record(session, actor, "mentor.assign", "mentor_assignment", a.id, after=audit.snapshot(a), summary=summary)
    return a.id


def _status_label(status: str) -> str:
    return STATUS.get(status, status)


def _end(session: Session, actor: Actor, a: MentorAssignment, day: date, reason: str, note: str) -> None:
    if reason not in END_REASONS:
        raise ValidationError("结束原因", f"应为 {'、'.join(END_REASONS.values())} 之一")
    if a.end_date is not None:
        raise ValidationError("帮扶安排", f"该安排已于 {a.end_date} 结束")
    note = fields.text(note, "结束说明", limit=500)
    if reason == "other" and not note:
        raise ValidationError("结束说明", "结束原因为“其他”时请写明原因")
    before = audit.snapshot(a, ["end_date", "end_reason", "end_note"])
    a.end_date = max(day, a.start_date)
    a.end_reason, a.end_note = reason, note
    a.ended_by, a.ended_at = actor.user_id, utcnow()
    session.add(a)
    staff = session.get(Staff, a.staff_id)
    student = session.get(Student, a.student_id)
    audit.record(session, actor, "mentor.end", "mentor_assignment", a.id, before=before,
                 after=audit.snapshot(a, ["end_date", "end_reason", "end_note"]),
                 summary=f"结束{staff.name if staff else a.staff_id}对{student.name if student else a.student_id}"
                         f"的帮扶({a.end_date},{END_REASONS[reason]}{':' + note if note else ''})")


def end_assignment(session: Session, actor: Actor, assignment_id: int, day: date, reason: str,
                   note: str = "") -> AssignmentRow:
    """End one assignment on ``day`` (the mentor is no longer responsible from that day)."""
    require_manage(actor)
    a = session.get(MentorAssignment, assignment_id)
    if a is None:
        raise NotFound(f"帮扶安排 {assignment_id} 不存在")
    _end(session, actor, a, day, reason, note)
    return _row(session, a)


def reassign(session: Session, actor: Actor, student_id: int, staff_id: int, day: date, *,
             reason: str = "reassigned", note: str = "", over_max_reason: str = "") -> int:
    """Hand a student to another mentor from ``day`` (ends the current assignment, starts the new one)."""
    require_manage(actor)
    for a in session.exec(select(MentorAssignment).where(MentorAssignment.student_id == student_id,
                                                         _not_ended(day))).all():
        if a.staff_id == staff_id and a.start_date <= day:
            raise ValidationError("帮扶教师", "新的帮扶教师与当前帮扶教师相同")
        _end(session, actor, a, day, reason, note)
    session.flush()
    return assign(session, actor, student_id, staff_id, day, over_max_reason=over_max_reason, note=note)


@dataclass(frozen=True)
class HandoverResult:
    ended: list[AssignmentRow]
    uncovered: list[UncoveredRow]  # of the students just handed over, those still needing a mentor


def _end_where(session: Session, actor: Actor, cond, day: date, reason: str, note: str) -> HandoverResult:
    rows = session.exec(select(MentorAssignment).where(cond, _not_ended(day)).order_by(MentorAssignment.id)).all()
    for a in rows:
        _end(session, actor, a, day, reason, note)
    session.flush()
    ids = {a.student_id for a in rows}
    need = needs(session, day, student_ids=ids) if ids else {}
    still = [u for u in _uncovered(session, day) if u.student_id in ids and u.student_id in need]
    return HandoverResult([_row(session, a) for a in rows], still)


def _require_handover(actor: Actor, permission: str) -> None:
    if not (can_manage(actor) or actor.has(permission)):
        require_manage(actor, "结束帮扶安排")


def end_for_staff(session: Session, actor: Actor, staff_id: int, day: date, *, reason: str = "staff_left",
                  note: str = "") -> HandoverResult:
    """A teacher leaves: every assignment of theirs ends on ``day``; history stays. Call from school.staff_leaves."""
    _require_handover(actor, "staff.manage")
    return _end_where(session, actor, MentorAssignment.staff_id == staff_id, day, reason, note)


def end_for_student(session: Session, actor: Actor, student_id: int, day: date, *, reason: str,
                    note: str = "") -> HandoverResult:
    """A student transfers, graduates…: the assignment ends on ``day`` with the reason."""
    _require_handover(actor, "student.status")
    return _end_where(session, actor, MentorAssignment.student_id == student_id, day, reason, note)


def on_status_change(session: Session, actor: Actor, student_id: int, code: str, day: date,
                     note: str = "") -> HandoverResult | None:
    """Hook for :func:`app.students.record_status_change`: graduation, completion, transfer out and death end
    the mentoring; other changes (suspension, dropout, borrow-study) keep it."""
    reason = STATUS_END_REASONS.get(code)
    if reason is None:
        return None
    return end_for_student(session, actor, student_id, day, reason=reason, note=note)


def assignments_of_student(session: Session, actor: Actor, student_id: int) -> list[AssignmentRow]:
    """The student's mentors, oldest first, ended ones included."""
    _require_view_student(session, actor, student_id)
    rows = session.exec(select(MentorAssignment).where(MentorAssignment.student_id == student_id)
                        .order_by(MentorAssignment.start_date, MentorAssignment.id)).all()
    return [_row(session, a) for a in rows]


# --- the suggestion ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A teacher who may mentor: where they live, which classes they head and teach, their caseload."""

    staff_id: int
    name: str
    village: str = ""
    heads: frozenset[int] = frozenset()
    teaches: frozenset[int] = frozenset()
    load: int = 0


@dataclass(frozen=True)
class Need:
    """An uncovered student as the suggestion sees them."""

    student_id: int
    name: str = ""
    class_id: int | None = None
    village: str = ""
    previous_staff_id: int | None = None
    previous_end: date | None = None


@dataclass(frozen=True)
class Suggestion:
    student_id: int
    student_name: str
    class_name: str
    needs: tuple[str, ...]
    staff_id: int | None
    staff_name: str
    reasons: tuple[str, ...]
    load_before: int
    load_after: int
    over_max: bool
    score: int

    @property
    def reason_text(self) -> str:
        return ";".join(self.reasons)


@dataclass(frozen=True)
class SuggestionSet:
    day: date
    min_caseload: int
    max_caseload: int
    free_places: int
    suggestions: list[Suggestion]

    @property
    def over_max(self) -> list[Suggestion]:
        return [s for s in self.suggestions if s.over_max]


def _penalty(load: int, min_caseload: int) -> int:
    return LOAD_PENALTY * load + (AT_MIN_PENALTY if load >= min_caseload else 0)


def plan_suggestions(needs_: list[Need], candidates: list[Candidate], min_caseload: int, max_caseload: int, *,
                     neighbours: dict[str, set[str]] | None = None,
                     ) -> list[tuple[int, int | None, tuple[str, ...], int, int, bool]]:
    """The core of :func:`suggest`, without the database.

    Affinity of a teacher for a student: last mentor +100, class head teacher +40 (or teacher of the
    class +25), lives in the student's village +30 (or a neighbouring one +15). A teacher's load costs
    4 per student already mentored, and 20 more once the load reaches the minimum, so class teachers and
    neighbours are preferred until they have their share, then the cases spread. Students go in a fixed
    order (those with a last mentor first, then those with the fewest preferred teachers, then by id); each
    takes the best-scoring teacher still below the maximum (ties: lower load, then lower staff id). Only when
    no teacher is below the maximum does a student go to the least-loaded teacher, flagged ``over_max``.

    Returns (student_id, staff_id, reasons, load_before, score, over_max) per need, in the order of ``needs_``.
    """
    neighbours = neighbours or {}
    load = {c.staff_id: max(c.load, 0) for c in candidates}
    by_id = {c.staff_id: c for c in candidates}
    heads: dict[int, list[int]] = defaultdict(list)
    teaches: dict[int, list[int]] = defaultdict(list)
    by_village: dict[str, list[int]] = defaultdict(list)
    for c in sorted(candidates, key=lambda c: c.staff_id):
        for k in c.heads:
            heads[k].append(c.staff_id)
        for k in c.teaches:
            teaches[k].append(c.staff_id)
        if c.village:
            by_village[c.village].append(c.staff_id)

    def affinity(n: Need, sid: int) -> tuple[int, list[str]]:
        c = by_id[sid]
        pts, why = 0, []
        if n.previous_staff_id == sid:
            pts += SCORE_PREVIOUS
            why.append("保持原帮扶教师" + (f"(上次帮扶至 {n.previous_end})" if n.previous_end else ""))
        if n.class_id is not None and n.class_id in c.heads:
            pts += SCORE_HEAD
            why.append("本班班主任")
        elif n.class_id is not None and n.class_id in c.teaches:
            pts += SCORE_TEACHES
            why.append("本班任课教师")
        if n.village and c.village == n.village:
            pts += SCORE_VILLAGE
            why.append(f"家住学生所在的{n.village},便于家访")
        elif n.village and c.village and c.village in neighbours.get(n.village, ()):
            pts += SCORE_NEIGHBOUR
            why.append(f"家住邻近的{c.village},便于家访")
        return pts, why

    def options(n: Need) -> list[int]:
        ids = set()
        if n.previous_staff_id in by_id:
            ids.add(n.previous_staff_id)
        if n.class_id is not None:
            ids.update(heads.get(n.class_id, ()))
            ids.update(teaches.get(n.class_id, ()))
        if n.village:
            ids.update(by_village.get(n.village, ()))
            for v in sorted(neighbours.get(n.village, ())):
                ids.update(by_village.get(v, ()))
        return sorted(ids)

    opts = {n.student_id: options(n) for n in needs_}
    order = sorted(needs_, key=lambda n: (0 if n.previous_staff_id in by_id else 1, len(opts[n.student_id]),
                                          n.student_id))
    heap = [(load[sid], sid) for sid in sorted(load)]
    heapq.heapify(heap)

    def least_loaded_below_max() -> int | None:
        while heap:
            ld, sid = heap[0]
            if ld != load[sid] or ld >= max_caseload:
                heapq.heappop(heap)
                continue
            return sid
        return None

    result: dict[int, tuple[int, int | None, tuple[str, ...], int, int, bool]] = {}
    for n in order:
        best = None  # (score, -load, -id, sid, why)
        pool = [sid for sid in opts[n.student_id] if load[sid] < max_caseload]
        spare = least_loaded_below_max()
        if spare is not None and spare not in pool:
            pool.append(spare)
        for sid in pool:
            pts, why = affinity(n, sid)
            key = (pts - _penalty(load[sid], min_caseload), -load[sid], -sid)
            if best is None or key > best[0]:
                best = (key, sid, why)
        over = False
        if best is None:
            if not load:
                result[n.student_id] = (n.student_id, None, ("没有可安排的在职教师",), 0, 0, False)
                continue
            sid = min(load, key=lambda s: (load[s], s))
            pts, why = affinity(n, sid)
            best = ((pts - _penalty(load[sid], min_caseload), -load[sid], -sid), sid, why)
            over = True
        (score, _, _), sid, why = best
        before = load[sid]
        why = list(why)
        if before < min_caseload:
            why.append(f"目前帮扶 {before} 人,少于最少人数 {min_caseload}")
        elif not why:
            why.append(f"各教师帮扶人数均衡:目前帮扶 {before} 人,为最少者之一")
        if over:
            why.append(f"所有教师均已达到上限 {max_caseload} 人,须说明理由才能超出")
        load[sid] = before + 1
        if not over:
            heapq.heappush(heap, (load[sid], sid))
        result[n.student_id] = (n.student_id, sid, tuple(why), before, score, over)
    return [result[n.student_id] for n in needs_]


def neighbour_villages(session: Session) -> dict[str, set[str]]:
    """Village → villages counted as near it (symmetric), as the school entered them."""
    row = session.get(Setting, NEIGHBOURS_KEY)
    out: dict[str, set[str]] = defaultdict(set)
    for a, b in (row.value if row and row.value else []):
        out[a].add(b)
        out[b].add(a)
    return dict(out)


def set_neighbour_villages(session: Session, actor: Actor, pairs: Iterable[tuple[str, str]]) -> int:
    """Which villages are near each other (for home visits). Replaces the list; audited. Returns the pair count."""
    require_manage(actor, "设置邻近村")
    clean = sorted({tuple(sorted((a.strip(), b.strip()))) for a, b in pairs if a.strip() and b.strip()
                    and a.strip() != b.strip()})
    row = session.get(Setting, NEIGHBOURS_KEY) or Setting(key=NEIGHBOURS_KEY)
    before = row.value
    row.value = [list(p) for p in clean]
    session.add(row)
    audit.record(session, actor, "mentor.neighbours", "setting", None, before={"pairs": before},
                 after={"pairs": row.value}, summary=f"设置邻近村({len(clean)} 对)")
    return len(clean)


def candidates(session: Session, day: date, staff_ids: Iterable[int] | None = None) -> list[Candidate]:
    """Active staff who head or teach an active class or mentor already (or exactly ``staff_ids``)."""
    staff = session.exec(select(Staff).where(Staff.active == True,  # noqa: E712
                                             or_(col(Staff.left_on).is_(None), Staff.left_on > day))).all()
    heads: dict[int, set[int]] = defaultdict(set)
    for cid, sid in session.exec(select(SchoolClass.id, SchoolClass.head_teacher_id)
                                 .where(SchoolClass.active == True,  # noqa: E712
                                        col(SchoolClass.head_teacher_id).is_not(None))):
        heads[sid].add(cid)
    teaches: dict[int, set[int]] = defaultdict(set)
    for sid, cid in session.exec(select(TeachingAssignment.staff_id, TeachingAssignment.class_id)
                                 .join(SchoolClass, SchoolClass.id == TeachingAssignment.class_id)
                                 .where(SchoolClass.active == True)):  # noqa: E712
        teaches[sid].add(cid)
    loads = caseloads(session, day)
    wanted = set(staff_ids) if staff_ids is not None else None
    out = []
    for s in sorted(staff, key=lambda s: s.id):
        if wanted is not None:
            if s.id not in wanted:
                continue
        elif not (heads.get(s.id) or teaches.get(s.id) or loads.get(s.id)):
            continue
        out.append(Candidate(s.id, s.name, s.village or "", frozenset(heads.get(s.id, ())),
                             frozenset(teaches.get(s.id, ())), loads.get(s.id, 0)))
    return out


def suggest(session: Session, actor: Actor, day: date | None = None, *,
            staff_ids: Iterable[int] | None = None) -> SuggestionSet:
    """Propose a mentor for every uncovered student (nothing is saved; see :func:`apply_suggestions`)."""
    require_manage(actor)
    day = day or date.today()
    policy = load_policy(session)
    rows = _uncovered(session, day)
    cands = candidates(session, day, staff_ids)
    prev = _previous_mentors(session, [r.student_id for r in rows], day)
    need_list = [Need(r.student_id, r.student_name, r.class_id, r.village,
                      *(prev[r.student_id] if r.student_id in prev else (None, None))) for r in rows]
    free = sum(max(policy.mentor_max_caseload - c.load, 0) for c in cands)
    planned = plan_suggestions(need_list, cands, policy.mentor_min_caseload, policy.mentor_max_caseload,
                               neighbours=neighbour_villages(session))
    names = {c.staff_id: c.name for c in cands}
    out = []
    for r, (sid, staff_id, why, before, score, over) in zip(rows, planned):
        out.append(Suggestion(r.student_id, r.student_name, r.class_name, r.reasons, staff_id,
                              names.get(staff_id, ""), why, before, before + 1 if staff_id else 0, over, score))
    return SuggestionSet(day, policy.mentor_min_caseload, policy.mentor_max_caseload, free, out)


@dataclass(frozen=True)
class Decision:
    """What the user did with one suggestion: accept (the suggested staff), edit (another staff) or reject (None)."""

    student_id: int
    staff_id: int | None
    over_max_reason: str = ""
    note: str = ""


def apply_suggestions(session: Session, actor: Actor, decisions: Iterable[Decision], day: date) -> list[int]:
    """Create the accepted (or edited) assignments in one transaction; rejected ones are skipped.

    All or nothing: if one is refused (the student got a mentor meanwhile, a caseload above the maximum
    without a reason…) the caller's transaction rolls back and the error names the student.
    """
    require_manage(actor)
    ids = []
    # Those given a reason to go above the maximum come last, whatever the order on screen: the
    # assignments within the maximum are made first, and only the excess needs (and uses) a reason.
    for d in sorted(decisions, key=lambda d: bool(d.over_max_reason)):
        if d.staff_id is None:
            continue
        try:
            ids.append(assign(session, actor, d.student_id, d.staff_id, day, over_max_reason=d.over_max_reason,
                              note=d.note, source="suggested"))
        except ValidationError as e:
            student = session.get(Student, d.student_id)
            raise ValidationError(e.field, f"{student.name if student else d.student_id}:{e.reason}") from e
    return ids


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
    needs: tuple[str, ...]  # why the child needs a mentor now (empty: no longer at risk)
    next_review: date | None
    review_overdue: bool


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
                 need: dict[int, list[str]] | None = None) -> dict[int, list[MenteeRow]]:
    """``need``: the whole school's :func:`needs` of the day when the caller has it already."""
    stmt = (select(MentorAssignment.id, MentorAssignment.student_id, MentorAssignment.staff_id,
                   MentorAssignment.start_date, Student.name, Student.class_id, SchoolClass.name, Student.village)
            .join(Student, Student.id == MentorAssignment.student_id)
            .join(SchoolClass, SchoolClass.id == Student.class_id, isouter=True)
            .where(_not_ended(day)))
    if staff_ids is not None:
        stmt = stmt.where(col(MentorAssignment.staff_id).in_(sorted(staff_ids) or [-1]))
    rows = core(session).execute(stmt).all()  # plain rows: thousands of assignments on a big school's board
    ids = [r[1] for r in rows]
    if need is None:
        need = needs(session, day, student_ids=ids) if ids else {}
    reviews: dict[int, date] = {}
    if ids:
        for sid, due in session.exec(select(MentorPlan.student_id, func.min(PlanReview.due_date))
                                     .join(PlanReview, PlanReview.plan_id == MentorPlan.id)
                                     .where(col(PlanReview.done_on).is_(None),
                                            col(MentorPlan.student_id).in_(ids))
                                     .group_by(MentorPlan.student_id)):
            reviews[sid] = due
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
    need = needs(session, day)  # once for the board: the mentees' needs and the uncovered come from it
    mentees = _mentee_rows(session, day, None, need)
    staff = {s.id: s for s in session.exec(select(Staff).where(col(Staff.id).in_(sorted(set(cands) | set(mentees))
                                                                                  or [-1])))}
    teachers = []
    for sid in sorted(staff, key=lambda i: (staff[i].name, i)):
        s = staff[sid]
        m = tuple(mentees.get(sid, ()))
        teachers.append(TeacherLoad(sid, s.name, s.title, s.village, len(m), lo, hi, _state(len(m), lo, hi), m))
    unc = _uncovered(session, day, need=need)
    return Board(day, lo, hi, teachers, unc, len(need), len(need) - len(unc))


def mentees_of(session: Session, actor: Actor, staff_id: int, day: date | None = None) -> list[MenteeRow]:
    """The mentees of one teacher; a teacher may ask only for their own."""
    if not (can_manage(actor) or (actor.staff_id is not None and actor.staff_id == staff_id)):
        raise PermissionDenied("只能查看自己帮扶的学生。")
    return _mentee_rows(session, day or date.today(), [staff_id]).get(staff_id, [])


def my_mentees(session: Session, actor: Actor, day: date | None = None) -> list[MenteeRow]:
    """The logged-in teacher's own mentees (empty for an account without a staff record)."""
    if actor.staff_id is None:
        return []
    return mentees_of(session, actor, actor.staff_id, day)


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
        raise NotFound(f"学生 {student_id} 不存在")
    return s


def _require_work_student(session: Session, actor: Actor, student_id: int, day: date | None = None) -> Student:
    s = _student(session, student_id)
    if not can_work_on_plan(session, actor, s, day):
        raise PermissionDenied(f"没有权限编辑学生“{s.name}”的帮扶方案:只有帮扶教师、班主任、校长和学籍管理员可以编辑。")
    return s


def _require_view_student(session: Session, actor: Actor, student_id: int) -> Student:
    s = _student(session, student_id)
    if not (can_work_on_plan(session, actor, s) or can_view_class(actor, s.class_id)
            or (actor.staff_id is not None and session.exec(
                select(MentorAssignment.id).where(MentorAssignment.student_id == student_id,
                                                  MentorAssignment.staff_id == actor.staff_id)).first())):
        raise PermissionDenied(f"没有权限查看学生“{s.name}”的帮扶方案。")
    return s


def _plan_of(session: Session, student_id: int) -> MentorPlan | None:
    return session.exec(select(MentorPlan).where(MentorPlan.student_id == student_id)).first()


def _ensure_plan(session: Session, actor: Actor, student: Student) -> MentorPlan:
    plan = _plan_of(session, student.id)
    if plan is None:
        plan = MentorPlan(student_id=student.id, created_by=actor.user_id, updated_by=actor.user_id)
        session.add(plan)
        session.flush()
        audit.record(session, actor, "plan.create", "mentor_plan", plan.id, after={"student_id": student.id},
                     summary=f"建立{student.name}的帮扶方案(一人一案)")
    return plan


def _touch(plan: MentorPlan, actor: Actor) -> None:
    plan.updated_at, plan.updated_by = utcnow(), actor.user_id


@dataclass
class PlanInput:
    situation: str = ""
    risk_notes: str = ""
    risk_level: str = ""


def save_plan(session: Session, actor: Actor, student_id: int, inp: PlanInput) -> int:
    """Write the situation and the risk notes of a student's plan (created when missing). Returns the plan id."""
    student = _require_work_student(session, actor, student_id)
    if inp.risk_level not in RISK_LEVELS:
        raise ValidationError("风险等级", f"应为 {'、'.join(RISK_LEVELS.values())} 之一")
    situation = fields.text(inp.situation, "基本情况")
    risk_notes = fields.text(inp.risk_notes, "风险研判")
    plan = _ensure_plan(session, actor, student)
    fields_ = ["situation", "risk_notes", "risk_level"]
    before = audit.snapshot(plan, fields_)
    plan.situation, plan.risk_notes, plan.risk_level = situation, risk_notes, inp.risk_level
    _touch(plan, actor)
    session.add(plan)
    audit.record(session, actor, "plan.update", "mentor_plan", plan.id, before=before,
                 after=audit.snapshot(plan, fields_), summary=f"修改{student.name}的帮扶方案")
    return plan.id


def add_measure(session: Session, actor: Actor, student_id: int, kind: str, content: str,
                started_on: date) -> int:
    """Add a measure; for a five-ones kind the active measure of that kind (if any) is replaced."""
    student = _require_work_student(session, actor, student_id)
    if kind not in MEASURE_KINDS:
        raise ValidationError("措施类别", f"应为 {'、'.join(MEASURE_KINDS.values())} 之一")
    content = fields.text(content, MEASURE_KINDS[kind], required=True, limit=500)
    plan = _ensure_plan(session, actor, student)
    if kind in FIVE_ONES:
        for old in session.exec(select(PlanMeasure).where(PlanMeasure.plan_id == plan.id, PlanMeasure.kind == kind,
                                                          PlanMeasure.status == "active")):
            if old.content == content:
                return old.id
            old.status, old.closed_on, old.result = "dropped", started_on, old.result or "已由新措施替代"
            old.updated_at = utcnow()
            session.add(old)
    m = PlanMeasure(plan_id=plan.id, kind=kind, content=content, started_on=started_on, created_by=actor.user_id)
    session.add(m)
    _touch(plan, actor)
    session.add(plan)
    session.flush()
    audit.record(session, actor, "plan.measure", "plan_measure", m.id, after=audit.snapshot(m),
                 summary=f"{student.name}:{MEASURE_KINDS[kind]} — {content[:40]}")
    return m.id


@dataclass
class FiveOnes:
    habit: str = ""
    shortcoming: str = ""
    subject: str = ""
    hobby: str = ""
    book: str = ""


def set_five_ones(session: Session, actor: Actor, student_id: int, five: FiveOnes, day: date) -> list[int]:
    """Set the "five ones" at once (empty ones are left as they are). Returns the measure ids."""
    return [add_measure(session, actor, student_id, k, getattr(five, k), day)
            for k in FIVE_ONES if (getattr(five, k) or "").strip()]


def close_measure(session: Session, actor: Actor, measure_id: int, status: str, day: date, result: str = "") -> None:
    """Mark a measure achieved or dropped, with the result."""
    m = session.get(PlanMeasure, measure_id)
    if m is None:
        raise NotFound(f"帮扶措施 {measure_id} 不存在")
    plan = session.get(MentorPlan, m.plan_id)
    student = _require_work_student(session, actor, plan.student_id)
    if status not in ("achieved", "dropped"):
        raise ValidationError("措施状态", "应为 已达成 或 已停止")
    if day < m.started_on:
        raise ValidationError("日期", f"不能早于措施开始日期 {m.started_on}")
    before = audit.snapshot(m, ["status", "result", "closed_on"])
    m.status, m.closed_on, m.result = status, day, fields.text(result, "效果", limit=500)
    m.updated_at = utcnow()
    session.add(m)
    audit.record(session, actor, "plan.measure_close", "plan_measure", m.id, before=before,
                 after=audit.snapshot(m, ["status", "result", "closed_on"]),
                 summary=f"{student.name}:{MEASURE_KINDS[m.kind]}{MEASURE_STATUSES[status]}")


def schedule_review(session: Session, actor: Actor, student_id: int, due_date: date, purpose: str = "", *,
                    today: date | None = None) -> int:
    """Set a review date of the plan (listed by :func:`reviews_due` when it comes near)."""
    student = _require_work_student(session, actor, student_id)
    today = today or date.today()
    if due_date < today:
        raise ValidationError("复查日期", f"{due_date} 已经过去,请选今天或以后的日期")
    plan = _ensure_plan(session, actor, student)
    r = PlanReview(plan_id=plan.id, due_date=due_date, purpose=fields.text(purpose, "复查内容", limit=200),
                   created_by=actor.user_id)
    session.add(r)
    session.flush()
    audit.record(session, actor, "plan.review_schedule", "plan_review", r.id, after=audit.snapshot(r),
                 summary=f"{student.name}:安排 {due_date} 复查帮扶方案")
    return r.id


def complete_review(session: Session, actor: Actor, review_id: int, done_on: date, notes: str, *,
                    next_due: date | None = None, today: date | None = None) -> int | None:
    """Record a review as done; optionally schedule the next one. Returns the next review's id."""
    today = today or date.today()
    r = session.get(PlanReview, review_id)
    if r is None:
        raise NotFound(f"复查 {review_id} 不存在")
    plan = session.get(MentorPlan, r.plan_id)
    student = _require_work_student(session, actor, plan.student_id)
    if r.done_on is not None:
        raise ValidationError("复查", f"该复查已于 {r.done_on} 完成")
    if done_on > today:
        raise ValidationError("复查日期", f"{done_on} 还没到,不能登记将来的日期")
    before = audit.snapshot(r, ["done_on", "notes", "done_by"])
    r.done_on, r.notes, r.done_by = done_on, fields.text(notes, "复查情况", required=True), actor.staff_id
    session.add(r)
    audit.record(session, actor, "plan.review_done", "plan_review", r.id, before=before,
                 after=audit.snapshot(r, ["done_on", "notes", "done_by"]), summary=f"{student.name}:完成方案复查")
    if next_due is not None:
        return schedule_review(session, actor, student.id, next_due, r.purpose, today=today)
    return None


@dataclass(frozen=True)
class ReviewRow:
    id: int
    student_id: int
    student_name: str
    class_name: str
    mentor_name: str
    due_date: date
    purpose: str
    overdue: bool
    days_left: int


def reviews_due(session: Session, actor: Actor, today: date | None = None, *, within_days: int = 7) -> list[ReviewRow]:
    """Reminders: open reviews due within ``within_days`` or overdue, most urgent first.

    Managers see all; a teacher sees those of their mentees and of the classes they head.
    """
    today = today or date.today()
    stmt = (select(PlanReview, MentorPlan.student_id, Student.name, SchoolClass.name, SchoolClass.head_teacher_id)
            .join(MentorPlan, MentorPlan.id == PlanReview.plan_id)
            .join(Student, Student.id == MentorPlan.student_id)
            .join(SchoolClass, SchoolClass.id == Student.class_id, isouter=True)
            .where(col(PlanReview.done_on).is_(None), PlanReview.due_date <= today + timedelta(days=within_days),
                   col(Student.status).not_in(GONE_STATUSES)))
    rows = session.exec(stmt).all()
    ids = [sid for _, sid, *_ in rows]
    mentors = dict(session.exec(select(MentorAssignment.student_id, MentorAssignment.staff_id)
                                .where(col(MentorAssignment.student_id).in_(ids or [-1]), _current_on(today))).all())
    names = dict(session.exec(select(Staff.id, Staff.name)).all())
    manage = can_manage(actor)
    out = []
    for r, sid, sname, cname, head in rows:
        mentor = mentors.get(sid)
        if not manage and (actor.staff_id is None or actor.staff_id not in (mentor, head)):
            continue
        out.append(ReviewRow(r.id, sid, sname, cname or "", names.get(mentor, "") if mentor else "", r.due_date,
                             r.purpose, r.due_date < today, (r.due_date - today).days))
    out.sort(key=lambda x: (x.due_date, x.class_name, x.student_name, x.id))
    return out


def log_contact(session: Session, actor: Actor, student_id: int, inp, today: date | None = None) -> int:
    """Add a talk, call or home visit to the student's contact log — the case file's ``contact`` table.

    ``inp`` is an :class:`app.cases.ContactInput`. The row is written by
    :func:`app.cases.record_student_contact` (its checks, its audit entry); the current mentor is allowed
    even when they do not teach the student's class.
    """
    from dataclasses import replace

    student = _require_work_student(session, actor, student_id, today)
    grant = actor
    if student.class_id is not None and student.class_id not in actor.class_ids and not actor.has("cases.work_all"):
        grant = replace(actor, class_ids=frozenset(actor.class_ids) | {student.class_id})
    return cases.record_student_contact(session, grant, student_id, inp, today)


@dataclass(frozen=True)
class MeasureRow:
    id: int
    kind: str
    kind_label: str
    content: str
    started_on: date
    status: str
    status_label: str
    result: str
    closed_on: date | None


@dataclass(frozen=True)
class PlanView:
    """Everything on one student's plan, for the plan page and the printed 一人一案."""

    student_id: int
    student_name: str
    class_name: str
    plan_id: int | None
    situation: str
    risk_notes: str
    risk_level: str
    risk_facts: tuple[str, ...]  # why the child needs a mentor now (focus groups, alerts, cases, early warning)
    mentor_id: int | None
    mentor_name: str
    five_ones: dict[str, MeasureRow | None]
    measures: list[MeasureRow]
    reviews: list[ReviewRow]
    contacts: list  # app.cases.ContactRow, shared with the case file
    history: list[AssignmentRow]
    can_edit: bool

    @property
    def risk_level_label(self) -> str:
        return RISK_LEVELS.get(self.risk_level, self.risk_level)


def get_plan(session: Session, actor: Actor, student_id: int, today: date | None = None) -> PlanView:
    today = today or date.today()
    student = _require_view_student(session, actor, student_id)
    c = session.get(SchoolClass, student.class_id) if student.class_id else None
    plan = _plan_of(session, student_id)
    measures: list[MeasureRow] = []
    reviews: list[ReviewRow] = []
    mentor = current_mentor(session, student_id, today)
    mentor_staff = session.get(Staff, mentor) if mentor else None
    if plan is not None:
        for m in session.exec(select(PlanMeasure).where(PlanMeasure.plan_id == plan.id)
                              .order_by(PlanMeasure.started_on, PlanMeasure.id)):
            measures.append(MeasureRow(m.id, m.kind, MEASURE_KINDS.get(m.kind, m.kind), m.content, m.started_on,
                                       m.status, MEASURE_STATUSES.get(m.status, m.status), m.result, m.closed_on))
        for r in session.exec(select(PlanReview).where(PlanReview.plan_id == plan.id)
                              .order_by(PlanReview.due_date, PlanReview.id)):
            reviews.append(ReviewRow(r.id, student_id, student.name, c.name if c else "",
                                     mentor_staff.name if mentor_staff else "", r.due_date, r.purpose,
                                     r.done_on is None and r.due_date < today, (r.due_date - today).days))
    five = {k: next((m for m in reversed(measures) if m.kind == k and m.status == "active"), None) for k in FIVE_ONES}
    facts = list(needs(session, today, student_ids=[student_id]).get(student_id, []))
    facts.extend(_early_warning_lines(session, student_id, today))
    history = [_row(session, a) for a in session.exec(
        select(MentorAssignment).where(MentorAssignment.student_id == student_id)
        .order_by(MentorAssignment.start_date, MentorAssignment.id))]
    return PlanView(student_id, student.name, c.name if c else "", plan.id if plan else None,
                    plan.situation if plan else "", plan.risk_notes if plan else "", plan.risk_level if plan else "",
                    tuple(facts), mentor, mentor_staff.name if mentor_staff else "", five, measures, reviews,
                    contacts_of_student(session, student_id), history, can_work_on_plan(session, actor, student, today))


def _early_warning_lines(session: Session, student_id: int, today: date) -> list[str]:
    """The early warning's explained points for the plan: each rule with its points and the records behind it."""
    risk = early_warning.risk_for_students(session, [student_id], today).get(student_id)
    if risk is None or not risk.reasons:
        return []
    return [f"预警:{p.label} +{p.points} 分({p.detail})" if p.detail else f"预警:{p.label} +{p.points} 分"
            for p in risk.reasons]


# --- the case file asks us who a new case goes to ------------------------------------------------


__all__ = [
    "AssignmentRow", "Board", "Candidate", "Decision", "END_REASONS", "FIVE_ONES", "FiveOnes", "HandoverResult",
    "MEASURE_KINDS", "MeasureRow", "MenteeRow", "Need", "PlanInput", "PlanView", "ReviewRow", "STATUS_END_REASONS",
    "Suggestion", "SuggestionSet", "TeacherLoad", "UncoveredRow", "add_measure", "apply_suggestions", "assign",
    "assignments_of_student", "board", "can_work_on_plan", "candidates", "caseloads", "close_measure",
    "complete_review", "current_mentor", "end_assignment", "end_for_staff", "end_for_student", "get_plan",
    "log_contact", "mentees_of", "my_mentees", "needs", "neighbour_villages", "on_status_change",
    "plan_suggestions", "reassign", "reviews_due", "save_plan",
    "schedule_review", "set_five_ones", "set_neighbour_villages", "suggest", "uncovered",
]
