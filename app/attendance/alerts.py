"""Absence alerts: 48 hours unexcused → home visit and written report; longer → suspected dropout, dropout.

The rules come from domain.md §2 measure 4 and the thresholds of §3 (all in
:class:`app.policy.Policy`). Alerts are *derived* from the roll call: they are
worked out again whenever attendance changes (:func:`recompute_students`, called
by :mod:`app.attendance`) and for the whole school when the program starts
(:func:`recompute_all`). The same attendance always gives the same alerts.

Counting rules (school time)
----------------------------
* Time is counted in **half school days**. Every school day (per
  :class:`app.school_calendar.Calendar`: inside a term, a national working day —
  make-up working days 调休 included — and not closed by the school) has a morning
  half and an afternoon half; weekends, holidays and school closures simply do
  not exist on this time line, so they neither count nor break a run.
* A roll call ``"day"`` covers both halves; ``"am"`` and ``"pm"`` cover one each.
  A half counts as **unexcused absence** only when a roll call covers it and the
  student's mark there is ``absent``. One day absent = 1.0; a morning = 0.5.
* A **run** is a maximal sequence of unexcused halves that are consecutive on the
  time line. Anything else on the line ends it: present (no row), late, left
  early, sick or personal leave, excused by an approved leave, the student not
  on roll — and a half with **no roll call at all**: we do not guess what happened
  on a day nobody took the roll (the principal's overview shows those classes).
  Halves after the class's latest roll call are simply not known yet.
* The *current* run (:func:`consecutive_unexcused`) is the run that ends at the
  last half covered by the latest roll call of the student's class on/before the
  given day.
* Levels: ``days ≥ alert_after_days`` → ``alert``; ``≥ suspected_dropout_after_days``
  → ``suspected_dropout``; ``≥ dropout_after_days`` → ``dropout``.
* ``raised_on`` is the moment the threshold of 48 school hours is complete: the
  half after the half where the run reached ``alert_after_days``. Absent Monday
  and Tuesday (day roll call) → the threshold is reached at the end of Tuesday →
  raised on Wednesday (morning). With am/pm roll calls, absent Monday afternoon,
  Tuesday and Wednesday morning → raised on Wednesday (afternoon).
* ``visit_due = calendar.add_school_days(raised_on, home_visit_within_days)`` and
  ``report_due = calendar.add_school_days(raised_on, report_within_days)``: the
  policy values are "school days after the alert" (0 = the same day). A step is
  overdue when it is not done in the case file and ``today > due``.
  The dates are those of the first threshold of the run: an upgrade changes the
  level (audited), not the dates; they move only if a correction moves the
  start of the run.
* An alert follows its run: while the run grows, ``last_absent_day`` and
  ``days_absent`` grow and the level goes up; when a correction or a retroactive
  leave makes the run fall below ``alert_after_days`` (or vanish) the alert is
  **cleared** (reason 补办请假 or 点名已更正). A student coming back does *not*
  clear an alert: the run simply stops growing; closing it is the case file's job
  (status ``closed``, :mod:`app.cases`). Each raised alert opens its case in the
  same transaction; an upgrade, a clearing or a reopening updates the case's stage. The absences inside a closed alert's days are never counted
  again: a new absence after the case was closed starts a new run and a new alert.
  A cleared alert whose run reaches the threshold again is reopened.

Speed: only ``absent`` rows matter (present students have no row, other marks
break a run just like presence), so :func:`recompute_all` reads the absent rows
of a window of ``2 × dropout_after_days`` school days (≈ 8 school weeks, whatever
holidays lie between) in one query, plus the alerts, and computes in memory. A
run's level is settled once it reaches ``dropout_after_days``, so every run that
can change level lies inside that window; the rare run that reaches back to the
window's first half (a long-term absentee) or an open alert older than the
window is re-read with a longer window for those students only.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from sqlalchemy import bindparam, literal_column
from sqlmodel import Session, col, func, select

from app import audit, events
from app.accounts import Actor, require
from app.data.db import core
from app.data.models import (
    AbsenceAlert,
    AbsenceCase,
    AttendanceMark,
    AttendanceSheet,
    SchoolClass,
    Staff,
    Student,
)
from app.policy import Policy
from app.policy import load as load_policy
from app.school_calendar import Calendar, load_calendar
from app.messages import label_table

ABSENT = "absent"  # app.attendance.ABSENT_MARKS (not imported: app.attendance imports this module)

LEVELS: dict[str, str] = {
    "alert": "无故缺勤预警",
    "suspected_dropout": "疑似辍学",
    "dropout": "达到辍学认定标准",
}
LEVEL_RANK: dict[str, int] = {"alert": 1, "suspected_dropout": 2, "dropout": 3}
STATUSES: dict[str, str] = {"open": "处理中", "cleared": "已撤销", "closed": "已结案"}

CLEARED_BY_LEAVE = "补办请假"
CLEARED_BY_CORRECTION = "点名已更正"

#: halves of a school day covered by a roll call session (0 = morning, 1 = afternoon)
SESSION_HALVES: dict[str, tuple[int, ...]] = {"day": (0, 1), "am": (0,), "pm": (1,)}



# --- the time line ---------------------------------------------------------------------


class Timeline:
    """The half school days from ``start`` to ``end``, numbered 0, 1, 2, … (two per school day)."""

    def __init__(self, calendar: Calendar, start: date, end: date):
        self.start, self.end = start, end
        self.days = calendar.school_days(start, end) if start <= end else []
        self._index = {d: i for i, d in enumerate(self.days)}

    def pos(self, day: date, half: int) -> int | None:
        i = self._index.get(day)
        return None if i is None else 2 * i + half

    def slot(self, pos: int) -> tuple[date, int]:
        return self.days[pos // 2], pos % 2

    def __len__(self) -> int:
        return 2 * len(self.days)


@dataclass(frozen=True)
class Run:
    """Consecutive unexcused halves ``start``..``end`` (positions on a :class:`Timeline`, both included)."""

    start: int
    end: int
    first_day: date
    last_day: date

    @property
    def days(self) -> float:
        return (self.end - self.start + 1) / 2


def runs_in(timeline: Timeline, absent: Iterable[tuple[date, int]],
            skip_spans: Iterable[tuple[date, date]] = ()) -> list[Run]:
    """The runs made by the absent halves; halves off the time line or inside ``skip_spans`` are ignored."""
    spans = list(skip_spans)
    index = timeline._index
    if spans:
        positions = sorted({2 * i + h for d, h in absent if (i := index.get(d)) is not None
                            and not any(f <= d <= l for f, l in spans)})
    else:  # most pupils: no closed alert in the window
        positions = sorted({2 * i + h for d, h in absent if (i := index.get(d)) is not None})
    runs: list[Run] = []
    start = prev = None
    for p in positions:
        if prev is not None and p == prev + 1:
            prev = p
            continue
        if start is not None:
            runs.append(Run(start, prev, timeline.slot(start)[0], timeline.slot(prev)[0]))
        start = prev = p
    if start is not None:
        runs.append(Run(start, prev, timeline.slot(start)[0], timeline.slot(prev)[0]))
    return runs


def level_for(days: float, policy: Policy) -> str | None:
    if days >= policy.dropout_after_days:
        return "dropout"
    if days >= policy.suspected_dropout_after_days:
        return "suspected_dropout"
    if days >= policy.alert_after_days:
        return "alert"
    return None


def _add_school_days(calendar: Calendar, day: date, n: int) -> date:
    """``calendar.add_school_days`` that never fails (no term defined yet after ``day``: plain days)."""
    try:
        return calendar.add_school_days(day, n)
    except Exception:  # ValidationError: no school day ahead in the terms entered so far
        return day + timedelta(days=n)


def raised_on(run: Run, timeline: Timeline, calendar: Calendar, policy: Policy) -> date:
    """The half after the one where the run reached ``alert_after_days`` (see the module doc)."""
    k = max(1, math.ceil(2 * policy.alert_after_days)) - 1
    day, half = timeline.slot(min(run.start + k, run.end))
    return day if half == 0 else _add_school_days(calendar, day, 1)


def due_dates(calendar: Calendar, policy: Policy, raised: date) -> tuple[date, date]:
    return (_add_school_days(calendar, raised, policy.home_visit_within_days),
            _add_school_days(calendar, raised, policy.report_within_days))


def _school_days_back(calendar: Calendar, up_to: date, n: int, floor: date) -> date:
    """The earliest day such that [day, up_to] holds ``n`` school days (not before ``floor``)."""
    return calendar.school_days_back(up_to, n, floor)


def window_school_days(policy: Policy) -> int:
    return 2 * max(policy.dropout_after_days, policy.suspected_dropout_after_days, policy.alert_after_days)


# --- the current run of one student ---------------------------------------------------


def consecutive_unexcused(session: Session, student_id: int, up_to: date, calendar: Calendar,
                          policy: Policy | None = None) -> tuple[float, date | None, date | None]:
    """(days, first day, last day) of the unexcused run ending at the latest roll call on/before ``up_to``.

    The walk starts at the last half covered by the latest roll call of the
    student's class and goes back over school-day halves while the student is
    marked ``absent``; see the module doc for what ends a run. Closed alerts are
    not taken into account here: this is the raw count.
    """
    student = session.get(Student, student_id)
    if student is None or student.class_id is None:
        return 0.0, None, None
    latest = session.exec(
        select(AttendanceSheet.day, AttendanceSheet.session)
        .where(AttendanceSheet.class_id == student.class_id, AttendanceSheet.day <= up_to)
        .order_by(col(AttendanceSheet.day).desc()).limit(3)
    ).all()
    if not latest:
        return 0.0, None, None
    last_day = latest[0][0]
    half = max(max(SESSION_HALVES.get(s, (1,))) for d, s in latest if d == last_day)
    absent = {
        (d, h)
        for d, s in session.exec(
            select(AttendanceSheet.day, AttendanceSheet.session)
            .join(AttendanceMark, AttendanceMark.sheet_id == AttendanceSheet.id)
            .where(AttendanceMark.student_id == student_id, AttendanceMark.mark == ABSENT,
                   AttendanceSheet.day <= up_to)
        )
        for h in SESSION_HALVES.get(s, ())
    }
    day: date | None = last_day
    if not calendar.is_school_day(day):
        day, half = calendar.previous_school_day(day), 1
    count, first, last = 0, None, None
    while day is not None and (day, half) in absent:
        count += 1
        first = day
        last = last or day
        if half == 1:
            half = 0
        else:
            day, half = calendar.previous_school_day(day), 1
    return count / 2, first, last


# --- recomputing the alerts -------------------------------------------------------------


@dataclass(frozen=True)
class AlertChange:
    alert_id: int
    student_id: int
    action: str  # raised | upgraded | downgraded | cleared | reopened
    level: str
    days_absent: float


_ABSENT = (select(AttendanceMark.student_id, AttendanceSheet.day, AttendanceSheet.session)
           .join(AttendanceSheet, AttendanceSheet.id == AttendanceMark.sheet_id)
           .where(AttendanceSheet.day >= bindparam("start"), AttendanceSheet.day <= bindparam("end"),
                  AttendanceMark.mark == ABSENT))
#: the ids of a few students as one parameter (a JSON array): one statement, compiled once, for any number of them
_IDS = select(literal_column("value")).select_from(func.json_each(bindparam("ids"))).scalar_subquery()
_ABSENT_OF = _ABSENT.where(col(AttendanceMark.student_id).in_(_IDS))
_ALERTS = (select(AbsenceAlert.__table__)
           .where((AbsenceAlert.status == "open") | (AbsenceAlert.last_absent_day >= bindparam("since"))))
_ALERTS_OF = _ALERTS.where(col(AbsenceAlert.student_id).in_(_IDS))
_FIRST_SHEET = select(func.min(AttendanceSheet.day))
_HEAD_TEACHER = select(SchoolClass.head_teacher_id).where(SchoolClass.id == bindparam("id"))


def _id_list(student_ids: set[int]) -> str:
    """The ids as the one parameter of :data:`_IDS` (a JSON array)."""
    return json.dumps(sorted(student_ids))


def _load_absent(session: Session, start: date, end: date,
                 student_ids: set[int] | None) -> dict[int, list[tuple[date, int]]]:
    """Absent halves per student between two days, in one query.

    A list, not a set: a half appears twice only when two roll calls of one day cover it (a policy change
    between "day" and "am"/"pm"), and :func:`runs_in` counts positions once anyway.
    """
    out: dict[int, list[tuple[date, int]]] = defaultdict(list)
    if student_ids is None:
        rows = core(session).execute(_ABSENT, {"start": start, "end": end})
    else:
        rows = core(session).execute(_ABSENT_OF, {"start": start, "end": end, "ids": _id_list(student_ids)})
    for sid, d, s in rows.all():
        if s == "day":  # nearly every row: both halves
            mine = out[sid]
            mine.append((d, 0))
            mine.append((d, 1))
        elif s in SESSION_HALVES:
            out[sid].extend((d, h) for h in SESSION_HALVES[s])
    return out


def _load_alerts(session: Session, student_ids: set[int] | None, since: date) -> dict[int, list]:
    """Open alerts (all) and cleared/closed alerts reaching ``since`` or later, per student, in one query.

    Plain rows (Core, with the columns' names): most are found current and only read; the few a
    pass changes are loaded as ORM objects then (:meth:`_Recomputer.writable`)."""
    out: dict[int, list] = defaultdict(list)
    if student_ids is None:
        rows = core(session).execute(_ALERTS, {"since": since})
    else:
        rows = core(session).execute(_ALERTS_OF, {"since": since, "ids": _id_list(student_ids)})
    for a in rows:
        out[a.student_id].append(a)
    return out


_AUDIT_ACTION = {"reopened": "alert.reopen", "upgraded": "alert.upgrade", "downgraded": "alert.downgrade"}


def _overlaps(run: Run, a: AbsenceAlert) -> bool:
    return run.first_day <= a.last_absent_day and a.first_absent_day <= run.last_day


class _Recomputer:
    def __init__(self, session: Session, today: date, calendar: Calendar, policy: Policy,
                 actor: Actor | None, reason: str | None):
        self.session, self.today, self.calendar, self.policy = session, today, calendar, policy
        self.actor, self.reason = actor, reason
        self.changes: list[AlertChange] = []
        self._class_head: dict[int, int | None] = {}

    # data -----------------------------------------------------------------------------
    def floor(self) -> date:
        first_sheet = core(self.session).execute(_FIRST_SHEET).scalar()
        return first_sheet or self.today

    def head_of(self, class_id: int | None) -> int | None:
        """The class's head teacher (read once per class and pass: a pass asks for a few classes at most)."""
        if class_id is None:
            return None
        if class_id not in self._class_head:
            self._class_head[class_id] = core(self.session).execute(_HEAD_TEACHER, {"id": class_id}).scalar()
        return self._class_head[class_id]

    # the passes ------------------------------------------------------------------------
    def run(self, student_ids: set[int] | None, since: date | None = None) -> list[AlertChange]:
        """All students (``None``) or the given ones; extra passes only for the rare long runs."""
        n = window_school_days(self.policy)
        least = max(1, math.ceil(2 * self.policy.alert_after_days))  # absent halves of the shortest alertable run
        # no day before the first term can be a school day; the first roll call's day (the floor) is read
        # only when a run may reach further back than the window (no roll call before it: nothing is there)
        bound = self.calendar.terms[0].start_date if self.calendar.terms else self.today
        floor: date | None = None
        start = _school_days_back(self.calendar, self.today, n, bound)
        if since is not None:
            start = max(bound, min(start, since))
        scope = student_ids
        while True:
            timeline = None  # made for the first student who may have a run to follow
            absent = _load_absent(self.session, start, self.today, scope)
            alerts = _load_alerts(self.session, scope, start)
            todo = set(absent) | set(alerts) if scope is None else set(scope)
            need_more: set[int] = set()
            earliest_open = start
            first = self._first_school_day(start)
            first_half = (first, 0) if first is not None else None
            for sid in sorted(todo):
                mine = alerts.get(sid, [])
                halves = absent.get(sid, ())
                if not mine and len(halves) < least and first_half not in halves:
                    continue  # no alert, too few absent halves for one, none reaching back: nothing can change
                if timeline is None:
                    timeline = Timeline(self.calendar, start, self.today)
                opened = [a for a in mine if a.status == "open"]
                runs = runs_in(timeline, halves,
                               [(a.first_absent_day, a.last_absent_day) for a in mine if a.status == "closed"])
                older = [a.first_absent_day for a in opened if a.first_absent_day < start]
                touches = bool(runs) and runs[0].start == 0
                if (older or touches) and start > (floor := floor or self.floor()):
                    need_more.add(sid)
                    earliest_open = min([earliest_open, *older])
                    continue
                self.apply(sid, timeline, runs, mine)
            if not need_more:
                return self.changes
            scope = need_more
            start = max(floor, min(earliest_open, _school_days_back(self.calendar, start, n + 1, floor)))  # floor read

    def _first_school_day(self, start: date) -> date | None:
        """The first school day from ``start`` to today (the first day of the pass's time line)."""
        d = start
        while d <= self.today:
            if self.calendar.is_school_day(d):
                return d
            d += timedelta(days=1)
        return None

    # one student ---------------------------------------------------------------------
    def apply(self, sid: int, timeline: Timeline, runs: list[Run], alerts: list) -> None:
        policy = self.policy
        alertable = [r for r in runs if r.days >= policy.alert_after_days]
        opened = sorted((a for a in alerts if a.status == "open"), key=lambda a: a.first_absent_day)
        if not alertable and not opened:
            return
        used: set[int] = set()
        for a in opened:
            match = next((i for i, r in enumerate(alertable) if i not in used and _overlaps(r, a)), None)
            if match is None:
                self.clear(a)
            else:
                used.add(match)
                self.follow(a, alertable[match], timeline, reopened=False)
        cleared = sorted((a for a in alerts if a.status == "cleared"), key=lambda a: a.id or 0, reverse=True)
        for i, r in enumerate(alertable):
            if i in used:
                continue
            again = next((a for a in cleared if _overlaps(r, a)), None)
            if again is not None:
                cleared.remove(again)
                self.follow(again, r, timeline, reopened=True)
            else:
                self.raise_(sid, r, timeline)

    def _describe(self, a: AbsenceAlert) -> str:
        s = self.session.get(Student, a.student_id)
        c = self.session.get(SchoolClass, a.class_id) if a.class_id else None
        return f"{s.name if s else a.student_id}({c.name if c else '未分班'})"

    def _fields(self, run: Run, timeline: Timeline) -> dict:
        raised = raised_on(run, timeline, self.calendar, self.policy)
        visit, report = due_dates(self.calendar, self.policy, raised)
        return dict(first_absent_day=run.first_day, last_absent_day=run.last_day, days_absent=run.days,
                    level=level_for(run.days, self.policy), raised_on=raised, visit_due=visit, report_due=report)

    def raise_(self, sid: int, run: Run, timeline: Timeline) -> None:
        student = self.session.get(Student, sid)
        class_id = student.class_id if student else None
        a = AbsenceAlert(student_id=sid, class_id=class_id, status="open", assigned_staff_id=self.head_of(class_id),
                         **self._fields(run, timeline))
        self.session.add(a)
        self.session.flush()
        audit.record(self.session, self.actor, "alert.raise", "absence_alert", a.id, after=audit.snapshot(a),
                     summary=f"{self._describe(a)} 连续无故缺勤 {a.days_absent:g} 个上学日"
                             f"({a.first_absent_day}–{a.last_absent_day}):{LEVELS[a.level]};"
                             f"家访期限 {a.visit_due},书面报告期限 {a.report_due}")
        self.changes.append(AlertChange(a.id, sid, "raised", a.level, a.days_absent))
        events.emit(self.session, events.AlertRaised(a, self.actor, self.today))  # 一人一案: its case, same transaction

    def writable(self, a) -> AbsenceAlert:
        """The ORM object of an alert read as a plain row (the session's own, if it holds it already)."""
        return a if isinstance(a, AbsenceAlert) else self.session.get(AbsenceAlert, a.id)

    def follow(self, a, run: Run, timeline: Timeline, *, reopened: bool) -> None:
        new = self._fields(run, timeline)  # derived from the run alone: the same attendance, the same alert
        if not reopened and all(getattr(a, k) == v for k, v in new.items()) and (
                a.assigned_staff_id is not None or self.head_of(a.class_id) is None):
            return  # nothing moved (most open alerts on most passes): no snapshots to compare
        a = self.writable(a)
        before = audit.snapshot(a)
        old_level = a.level
        for k, v in new.items():
            setattr(a, k, v)
        if a.assigned_staff_id is None:
            a.assigned_staff_id = self.head_of(a.class_id)
        if reopened:
            a.status, a.cleared_on, a.cleared_reason = "open", None, ""
        after = audit.snapshot(a)
        if after == before:
            return
        self.session.add(a)
        if reopened:
            action, verb = "reopened", "重新开启"
        elif LEVEL_RANK[a.level] > LEVEL_RANK[old_level]:
            action, verb = "upgraded", "升级为"
        elif LEVEL_RANK[a.level] < LEVEL_RANK[old_level]:
            action, verb = "downgraded", "点名更正后降为"
        else:
            return  # the run grew or moved within its level: derived data, no audit entry
        audit.record(self.session, self.actor, _AUDIT_ACTION[action], "absence_alert", a.id, before=before, after=after,
                     summary=f"{self._describe(a)} 连续无故缺勤 {a.days_absent:g} 个上学日,{verb}{LEVELS[a.level]}")
        self.changes.append(AlertChange(a.id, a.student_id, action, a.level, a.days_absent))
        events.emit(self.session, events.AlertChanged(a, self.actor, self.today))

    def clear(self, a) -> None:
        a = self.writable(a)
        before = audit.snapshot(a)
        a.status, a.cleared_on, a.cleared_reason = "cleared", self.today, self.reason or self._clear_reason(a)
        self.session.add(a)
        audit.record(self.session, self.actor, "alert.clear", "absence_alert", a.id, before=before,
                     after=audit.snapshot(a),
                     summary=f"{self._describe(a)} 的{LEVELS[a.level]}已撤销:{a.cleared_reason}")
        self.changes.append(AlertChange(a.id, a.student_id, "cleared", a.level, a.days_absent))
        events.emit(self.session, events.AlertChanged(a, self.actor, self.today))

    def _clear_reason(self, a: AbsenceAlert) -> str:
        by_leave = self.session.exec(
            select(AttendanceMark.student_id)
            .join(AttendanceSheet, AttendanceSheet.id == AttendanceMark.sheet_id)
            .where(AttendanceMark.student_id == a.student_id, col(AttendanceMark.leave_id).is_not(None),
                   AttendanceSheet.day >= a.first_absent_day, AttendanceSheet.day <= a.last_absent_day)
            .limit(1)
        ).first()
        return CLEARED_BY_LEAVE if by_leave is not None else CLEARED_BY_CORRECTION


def recompute_students(session: Session, student_ids: Iterable[int], today: date, calendar: Calendar | None = None,
                       policy: Policy | None = None, *, actor: Actor | None = None,
                       reason: str | None = None, since: date | None = None) -> list[AlertChange]:
    """Bring the alerts of these students in line with their attendance (after a roll call or a leave).

    ``actor`` is recorded in the audit log (``None`` = "system"); ``reason`` is the
    Chinese reason given to any alert this clears (worked out when not given);
    ``since`` is the earliest day that changed, when older than the usual window
    (a roll call corrected months later still raises or clears its alert).
    """
    ids = {int(i) for i in student_ids}
    if not ids:
        return []
    calendar = calendar or load_calendar(session)
    policy = policy or load_policy(session)
    return _Recomputer(session, today, calendar, policy, actor, reason).run(ids, since)


def recompute_all(session: Session, today: date, calendar: Calendar | None = None, policy: Policy | None = None,
                  *, actor: Actor | None = None) -> list[AlertChange]:
    """The whole school, in a few queries (at program start; after a change of calendar or policy)."""
    calendar = calendar or load_calendar(session)
    policy = policy or load_policy(session)
    changes = _Recomputer(session, today, calendar, policy, actor, None).run(None)
    events.emit(session, events.AlertsRecomputed(actor, today))  # cases for alerts raised before cases existed
    return changes


# --- reading --------------------------------------------------------------------------


@dataclass(frozen=True)
class AlertRow:
    id: int
    student_id: int
    student_name: str
    class_id: int | None
    class_name: str
    level: str
    level_label: str
    status: str
    first_absent_day: date
    last_absent_day: date
    days_absent: float
    raised_on: date
    visit_due: date
    report_due: date
    visit_overdue: bool
    report_overdue: bool
    assigned_staff_id: int | None
    assigned_teacher: str
    case_id: int | None

    @property
    def overdue(self) -> bool:
        return self.visit_overdue or self.report_overdue


def open_alerts(session: Session, actor: Actor, today: date | None = None) -> list[AlertRow]:
    """Open alerts, most serious first; a teacher sees the classes they teach or head, the office all.

    Overdue = the step is not done in the case file (:mod:`app.cases`: a home
    visit in person, a written report) and ``today`` is past its due day.
    """
    require(actor, "alerts.view")
    today = today or date.today()
    stmt = (select(AbsenceAlert, Student.name, SchoolClass.name, Staff.name, AbsenceCase.visited_on,
                   AbsenceCase.reported_on)
            .join(Student, Student.id == AbsenceAlert.student_id)
            .join(SchoolClass, SchoolClass.id == AbsenceAlert.class_id, isouter=True)
            .join(Staff, Staff.id == AbsenceAlert.assigned_staff_id, isouter=True)
            .join(AbsenceCase, AbsenceCase.id == AbsenceAlert.case_id, isouter=True)
            .where(AbsenceAlert.status == "open"))
    if not actor.has("student.view_all"):
        stmt = stmt.where(col(AbsenceAlert.class_id).in_(sorted(actor.class_ids) or [-1]))
    rows = [
        AlertRow(a.id, a.student_id, sname, a.class_id, cname or "", a.level, LEVELS.get(a.level, a.level), a.status,
                 a.first_absent_day, a.last_absent_day, a.days_absent, a.raised_on, a.visit_due, a.report_due,
                 visited is None and today > a.visit_due, reported is None and today > a.report_due,
                 a.assigned_staff_id, tname or "", a.case_id)
        for a, sname, cname, tname, visited, reported in session.exec(stmt)
    ]
    rows.sort(key=lambda r: (-LEVEL_RANK.get(r.level, 0), r.raised_on, r.class_name, r.student_name))
    return rows


__all__ = ["AlertChange", "AlertRow", "CLEARED_BY_CORRECTION", "CLEARED_BY_LEAVE", "LEVELS", "Run", "Timeline",
           "consecutive_unexcused", "due_dates", "level_for", "open_alerts", "raised_on", "recompute_all",
           "recompute_students", "runs_in"]

label_table("alert_level", LEVELS)
label_table("alert_status", STATUSES)
