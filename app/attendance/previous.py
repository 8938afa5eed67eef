"""What the previous roll call says about this one: who to show first, and who to carry over (同昨日).

A roll call is about the pupils who are not in school, and absence comes in runs: a pupil absent
without reason yesterday is the likeliest to be absent today, and a pupil whose absence alert is
still open is the one the dropout control is about. Two rules follow, both here (the page only
applies them):

* **Who a search shows first** (:meth:`PreviousRollCall.find_rank`). Among the pupils whose
  initials match what the teacher typed, those absent without reason on the previous roll call
  come first, then those with an open absence alert or missed for a reason (sick or personal
  leave, an approved leave) there, then everyone else — each group in roll order. A pupil the
  teacher already marked by a key in this sitting, or whose mark is locked by an approved leave
  today, is not moved up (the teacher is not looking for them next, or cannot mark them).
* **Same as yesterday** (:meth:`PreviousRollCall.carried`): one key marks again as absent
  without reason the pupils who were so on the previous roll call — only on a roll call not
  submitted yet, only pupils on roll today, not covered by an approved leave today and still
  marked present on the screen. Nothing else is carried: a sick or personal leave was told by
  the family for that day, an approved leave that ended says nothing about today, a late or an
  early leave means the pupil was in school. The marks are shown before 提交 and undone by Ctrl+Z.

"The previous roll call" is the one covering the half school day just before this roll call, on
the same time line as the absence alerts (:mod:`app.attendance.alerts`): for a whole-day or a
morning roll call the afternoon of the previous school day, for an afternoon roll call the same
morning. When nobody took the roll then, there is nothing to carry — as the alerts do not guess
what happened on a day without roll call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Mapping

from sqlmodel import Session, select

from app.accounts import Actor, can_view_class
from app.attendance import ABSENT_MARKS, EXCUSED_MARKS, PRESENT, RollCall, RollCallStudent, can_take_roll
from app.attendance.alerts import SESSION_HALVES
from app.data.models import AbsenceAlert, AttendanceMark, AttendanceSheet, SchoolClass, Student
from app.errors import NotFound, PermissionDenied
from app.school_calendar import load_calendar

#: why a pupil is shown first (the page names the reason beside the search), best first
ABSENT_BEFORE = "absent_before"  # absent without reason on the previous roll call
ALERT_OPEN = "alert_open"  # an absence alert still open (its case not closed)
MISSED_BEFORE = "missed_before"  # not in school for a reason on the previous roll call
REASONS: tuple[str, ...] = (ABSENT_BEFORE, ALERT_OPEN, MISSED_BEFORE)
#: the rank of a pupil with no reason to be shown first
OTHERS = len(REASONS)


@dataclass(frozen=True)
class PreviousRollCall:
    """The previous roll call of a class as the next one uses it (plain data)."""

    class_id: int
    day: date  # the roll call these hints are for
    session: str
    previous_day: date | None  # the day of the half before it (None: no school day before it)
    previous_session: str | None  # the saved roll call covering that half (None: the roll was not taken)
    marks: Mapping[int, str] = field(default_factory=dict)  # pupil → mark there, for those not simply present
    open_alerts: frozenset[int] = frozenset()  # pupils of the class with an open absence alert

    @property
    def taken(self) -> bool:
        return self.previous_session is not None

    def reason(self, student_id: int) -> str | None:
        """Why the pupil is shown first (one of :data:`REASONS`), or None."""
        mark = self.marks.get(student_id)
        if mark in ABSENT_MARKS:
            return ABSENT_BEFORE
        if student_id in self.open_alerts:
            return ALERT_OPEN
        if mark in EXCUSED_MARKS:
            return MISSED_BEFORE
        return None

    def find_rank(self, student: RollCallStudent, marked_by_key: bool = False) -> int:
        """0, 1, … : the lower, the earlier the pupil comes among the matches of a search (ties: roll order)."""
        if marked_by_key or student.locked_by_leave:
            return OTHERS
        why = self.reason(student.student_id)
        return OTHERS if why is None else REASONS.index(why)

    def carried(self, rc: RollCall, current: Mapping[int, str]) -> list[int]:
        """The pupils "same as yesterday" marks absent without reason, in roll order (``current``: the marks
        on the screen, pupil → mark; a pupil not in it has the loaded mark)."""
        if not self.taken or rc.taken or not rc.can_edit:
            return []
        out = []
        for s in rc.students:
            if (self.marks.get(s.student_id) in ABSENT_MARKS and not s.locked_by_leave
                    and current.get(s.student_id, s.mark) == PRESENT):
                out.append(s.student_id)
        return out


def previous_half(calendar, day: date, session_key: str) -> tuple[date, int] | None:
    """The half school day just before the roll call's first half: (day, 0 morning / 1 afternoon)."""
    first = SESSION_HALVES[session_key][0]
    if first == 1:
        return day, 0
    prev = calendar.previous_school_day(day)
    return None if prev is None else (prev, 1)


def previous_roll_call(session: Session, actor: Actor, class_id: int, day: date,
                       session_key: str = "day") -> PreviousRollCall:
    """The marks of the roll call before this one and the class's open alerts (who may see the roll call)."""
    c = session.get(SchoolClass, class_id)
    if c is None:
        raise NotFound("common.class_does_not_exist", class_id=class_id)
    if not (can_take_roll(actor, class_id) or can_view_class(actor, class_id)):
        raise PermissionDenied("attendance.may_not_take_roll_call", c_name=c.name, username=actor.username)
    open_alerts = frozenset(session.exec(
        select(AbsenceAlert.student_id).join(Student, Student.id == AbsenceAlert.student_id)
        .where(Student.class_id == class_id, AbsenceAlert.status == "open")).all())
    half = previous_half(load_calendar(session), day, session_key)
    if half is None:
        return PreviousRollCall(class_id, day, session_key, None, None, {}, open_alerts)
    prev_day, prev_half = half
    sheets = session.exec(select(AttendanceSheet.id, AttendanceSheet.session).where(
        AttendanceSheet.class_id == class_id, AttendanceSheet.day == prev_day)).all()
    covering = [(sid, s) for sid, s in sheets if prev_half in SESSION_HALVES.get(s, ())]
    # the half's own roll call before a whole-day one (both exist only after a change of the policy)
    covering.sort(key=lambda row: row[1] == "day")
    if not covering:
        return PreviousRollCall(class_id, day, session_key, prev_day, None, {}, open_alerts)
    sheet_id, prev_session = covering[0]
    marks = dict(session.exec(select(AttendanceMark.student_id, AttendanceMark.mark)
                              .where(AttendanceMark.sheet_id == sheet_id)).all())
    return PreviousRollCall(class_id, day, session_key, prev_day, prev_session, marks, open_alerts)


def find_ranks(previous: PreviousRollCall, students: Iterable[RollCallStudent],
               marked_by_key: Iterable[int] = ()) -> dict[int, int]:
    """:meth:`PreviousRollCall.find_rank` of every pupil: pupil → rank."""
    touched = set(marked_by_key)
    return {s.student_id: previous.find_rank(s, s.student_id in touched) for s in students}


__all__ = ["ABSENT_BEFORE", "ALERT_OPEN", "MISSED_BEFORE", "OTHERS", "PreviousRollCall", "REASONS", "find_ranks",
           "previous_half", "previous_roll_call"]
