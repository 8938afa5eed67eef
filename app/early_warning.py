"""Early warning (预警): explainable risk points per student (domain.md §8, issue 3 item 6).

Every point comes from a named rule and carries the records behind it, so a
teacher can see *why* a child is on the list and check it against the roll call,
the status history or the roster — no opaque score. The rules:

==========================  =====================================================  ======
rule                        fires when                                             points
==========================  =====================================================  ======
长期缺勤 chronic_absence      missed ≥ ``policy.chronic_absence_percent`` of this        2
                            term's school days so far, **for any reason** (absent,
                            sick or personal leave, excused)
出勤率高风险 attendance_at_risk  attendance rate below ``attendance_at_risk_percent``       3
出勤率预警 attendance_warning   below ``attendance_warning_percent`` (only when not         2
                            already 高风险: one band per student)
重点群体 focus_group           each focus-group flag of :data:`app.students.FOCUS_GROUPS`  1 each
                            that is set (建档立卡、留守、随迁、学习困难、残疾、孤儿…)
近期学籍变动 recent_status_change  each status change effective within                     2 each
                            ``recent_status_change_days`` days before ``today``
                            (transfer in, resumption, borrow-study, suspension…;
                            the first enrolment, code 11, is not a risk)
未结缺勤预警 open_alert         each open absence alert (:mod:`app.attendance.alerts`):             3/4/5
                            无故缺勤预警 3, 疑似辍学 4, 达到辍学认定标准 5
==========================  =====================================================  ======

Thresholds come from the policy (:class:`app.policy.Policy`); the points per
rule are the constants below. **Ethnicity is never read**: the student query
names its columns, and ``ethnicity`` is not among them (a property test changes
every student's ethnicity and checks that nothing changes).

Attendance is counted exactly as :func:`app.attendance.attendance_rate` counts it
for one student — school days of this term from its first day to ``today`` on
which the student was on roll; half days for am/pm roll calls; a day with no roll
call counts as attended — but for the whole school in a handful of queries:
the students, their status history, the missed marks of this term (only the
exceptions are stored, so this is a few thousand rows even for 5,000 pupils),
the open alerts, and the class names. Nothing is queried per student.

"This term" is the term ``today`` falls in; in the holidays, the term that
ended last (its whole length).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from sqlmodel import Session, col, select

from app.accounts import Actor, can_view_class, require
from app.attendance import MARK_LABELS, MISSED_MARKS, SESSIONS, status_on
from app.attendance.alerts import LEVELS, SESSION_HALVES
from app.codes import CHANGE, DISABILITY, LEFT_BEHIND, ON_ROLL_STATUSES, STATUS
from app.data.db import core
from app.data.models import (
    AbsenceAlert,
    AttendanceMark,
    AttendanceSheet,
    SchoolClass,
    StatusChange,
    Student,
)
from app.errors import PermissionDenied
from app.policy import Policy
from app.policy import load as load_policy
from app.school import TermInfo
from app.school_calendar import Calendar, load_calendar
from app.students import FOCUS_COLUMN, FOCUS_GROUPS

RULES: dict[str, str] = {
    "chronic_absence": "长期缺勤",
    "attendance_at_risk": "出勤率高风险",
    "attendance_warning": "出勤率预警",
    "focus_group": "重点群体",
    "recent_status_change": "近期学籍变动",
    "open_alert": "未结缺勤预警",
}
POINTS: dict[str, int] = {
    "chronic_absence": 2,
    "attendance_at_risk": 3,
    "attendance_warning": 2,
    "focus_group": 1,
    "recent_status_change": 2,
}
ALERT_POINTS: dict[str, int] = {"alert": 3, "suspected_dropout": 4, "dropout": 5}
#: change codes that are not a risk in themselves (the first enrolment)
NOT_RISK_CHANGES: frozenset[str] = frozenset({"11"})

_CHUNK = 500

#: the student columns the rules may read — ethnicity is deliberately not here
_STUDENT_COLUMNS = (
    Student.id, Student.name, Student.class_id, Student.enrolled_on, Student.status,
    Student.poor_household, Student.left_behind, Student.migrant_child, Student.learning_difficulty,
    Student.disability_type, Student.orphan, Student.prisoner_child, Student.economic_hardship,
    # the 2024 list: the household's 脱贫户/防返贫监测 status and three new groups
    Student.household_status, Student.de_facto_unsupported, Student.hardship_child, Student.case_involved,
)


@dataclass(frozen=True)
class RiskRecord:
    """One record behind a risk point: a missed roll call, a flag, a status change, an alert."""

    kind: str  # "attendance" | "flag" | "status_change" | "alert"
    day: date | None
    text: str  # Chinese, e.g. "2026-11-23 旷课(无故缺勤)"
    ref_id: int | None = None  # attendance_sheet.id / status_change.id / absence_alert.id


@dataclass(frozen=True)
class RiskPoint:
    """A rule that fired for a student, with its points and the records behind it."""

    rule: str  # a RULES key
    label: str  # Chinese, e.g. "长期缺勤" or "重点群体:留守儿童"
    points: int
    detail: str  # Chinese explanation with the figures and the threshold
    records: tuple[RiskRecord, ...] = ()


@dataclass(frozen=True)
class StudentRisk:
    student_id: int
    name: str
    class_id: int | None
    class_name: str
    term: str  # e.g. "2026-2027学年 第一学期" ("" when no term is set up)
    school_days: int  # school days of the term so far on roll
    days_missed: float  # for any reason
    attendance_rate: float | None  # 0..1, None without a school day on roll
    reasons: tuple[RiskPoint, ...]

    @property
    def points(self) -> int:
        return sum(r.points for r in self.reasons)

    @property
    def rules(self) -> frozenset[str]:
        return frozenset(r.rule for r in self.reasons)

    @property
    def summary(self) -> str:
        """One line in Chinese: "长期缺勤 2 + 重点群体:留守儿童 1 = 3 分"."""
        if not self.reasons:
            return "无风险点"
        return " + ".join(f"{r.label} {r.points}" for r in self.reasons) + f" = {self.points} 分"


# --- the term ----------------------------------------------------------------------------


def current_term(calendar: Calendar, today: date) -> TermInfo | None:
    """The term ``today`` falls in, else the last term that started before it (holidays)."""
    term = calendar.term_of(today)
    if term is not None:
        return term
    started = [t for t in calendar.terms if t.start_date <= today]
    return started[-1] if started else None


# --- bulk reads ----------------------------------------------------------------------------


def _chunked(ids: list[int] | None) -> Iterable[list[int] | None]:
    if ids is None:
        yield None
        return
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _students(session: Session, ids: list[int] | None, where=()) -> list:
    out = []
    for chunk in _chunked(ids):
        stmt = select(*_STUDENT_COLUMNS).where(*where)
        if chunk is not None:
            stmt = stmt.where(col(Student.id).in_(chunk))
        out.extend(core(session).execute(stmt).all())
    return out


def _changes(session: Session, ids: list[int] | None) -> dict[int, list]:
    out: dict[int, list] = defaultdict(list)
    for chunk in _chunked(ids):
        stmt = (select(StatusChange.student_id, StatusChange.id, StatusChange.code, StatusChange.effective_date,
                       StatusChange.from_status, StatusChange.to_status, StatusChange.reason)
                .order_by(StatusChange.effective_date, StatusChange.id))
        if chunk is not None:
            stmt = stmt.where(col(StatusChange.student_id).in_(chunk))
        for row in core(session).execute(stmt):
            out[row[0]].append(row)
    return out


def _missed(session: Session, ids: list[int] | None, start: date, end: date) -> dict[int, list]:
    """(sheet id, day, session, mark) of every roll call of the window where the student was not in school."""
    out: dict[int, list] = defaultdict(list)
    for chunk in _chunked(ids):
        stmt = (select(AttendanceMark.student_id, AttendanceSheet.id, AttendanceSheet.day, AttendanceSheet.session,
                       AttendanceMark.mark)
                .join(AttendanceSheet, AttendanceSheet.id == AttendanceMark.sheet_id)
                .where(AttendanceSheet.day >= start, AttendanceSheet.day <= end,
                       col(AttendanceMark.mark).in_(sorted(MISSED_MARKS))))
        if chunk is not None:
            stmt = stmt.where(col(AttendanceMark.student_id).in_(chunk))
        for sid, sheet_id, day, sess, mark in core(session).execute(stmt):
            out[sid].append((sheet_id, day, sess, mark))
    return out


def _open_alerts(session: Session, ids: list[int] | None) -> dict[int, list[AbsenceAlert]]:
    out: dict[int, list[AbsenceAlert]] = defaultdict(list)
    for chunk in _chunked(ids):
        stmt = select(AbsenceAlert).where(AbsenceAlert.status == "open").order_by(AbsenceAlert.first_absent_day)
        if chunk is not None:
            stmt = stmt.where(col(AbsenceAlert.student_id).in_(chunk))
        for a in session.exec(stmt):
            out[a.student_id].append(a)
    return out


# --- days on roll --------------------------------------------------------------------------


def is_on_roll(enrolled_on: date, history: list[tuple[date, str]], current: str, day: date) -> bool:
    """The rule of :mod:`app.attendance`: enrolled by then, and 在校 on that day."""
    return enrolled_on <= day and status_on(history, current, day) in ON_ROLL_STATUSES


def _days_on_roll(days: list[date], enrolled_on: date, history: list[tuple[date, str]], current: str) -> int:
    """How many of the (sorted) school days the student was on roll — counted per stretch of equal status."""
    if not days:
        return 0
    start, end = days[0], days[-1]
    inside = {eff for eff, _to in history if start < eff <= end}
    if not inside:  # one status all the window (most pupils): the days from enrolment on, or none
        if status_on(history, current, start) not in ON_ROLL_STATUSES:
            return 0
        return len(days) - bisect.bisect_left(days, max(start, enrolled_on))
    cuts = sorted(inside | {start})
    total = 0
    for i, seg_start in enumerate(cuts):
        seg_end = cuts[i + 1] - timedelta(days=1) if i + 1 < len(cuts) else end
        if status_on(history, current, seg_start) not in ON_ROLL_STATUSES:
            continue
        lo = bisect.bisect_left(days, max(seg_start, enrolled_on))
        hi = bisect.bisect_right(days, seg_end)
        total += max(0, hi - lo)
    return total


def _session_word(session_key: str) -> str:
    return "" if session_key == "day" else SESSIONS.get(session_key, session_key)


def _pct(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


# --- the rules -------------------------------------------------------------------------


def _flag_text(row, key: str) -> str:
    label = FOCUS_GROUPS[key]
    if key == "left_behind":
        return f"{label}({LEFT_BEHIND.get(str(row.left_behind), row.left_behind)})"
    if key == "disabled":
        return f"{label}({DISABILITY.get(row.disability_type, row.disability_type)})"
    return label


def _change_text(ch) -> str:
    _sid, _id, code, eff, from_status, to_status, reason = ch
    what = CHANGE.get(code) if code else ("借读外出" if to_status == "borrow_out" else "借读返回")
    move = f"{STATUS.get(from_status, from_status or '—')}→{STATUS.get(to_status, to_status)}"
    return f"{eff} {what or code}(代码 {code or '无'},{move})" + (f":{reason}" if reason and reason != what else "")


def _attendance_points(policy: Policy, term: TermInfo | None, days: int, missed: float,
                       records: tuple[RiskRecord, ...]) -> list[RiskPoint]:
    if not days:
        return []
    rate = (days - missed) / days
    chronic = missed * 100 >= policy.chronic_absence_percent * days and missed > 0
    at_risk = rate * 100 < policy.attendance_at_risk_percent
    warning = not at_risk and rate * 100 < policy.attendance_warning_percent
    if not (chronic or at_risk or warning):
        return []  # most pupils: no point, no text to write
    out = []
    where = f"{term.name if term else '本学期'}至今 {days} 个上学日缺勤 {missed:g} 天"
    if chronic:
        out.append(RiskPoint("chronic_absence", RULES["chronic_absence"], POINTS["chronic_absence"],
                             f"{where}({_pct(100 * missed / days)}%),达到长期缺勤线 "
                             f"{_pct(policy.chronic_absence_percent)}%(含请假、病假)", records))
    if at_risk:
        out.append(RiskPoint("attendance_at_risk", RULES["attendance_at_risk"], POINTS["attendance_at_risk"],
                             f"出勤率 {_pct(100 * rate)}%,低于高风险线 {_pct(policy.attendance_at_risk_percent)}%"
                             f"({where})", records))
    if warning:
        out.append(RiskPoint("attendance_warning", RULES["attendance_warning"], POINTS["attendance_warning"],
                             f"出勤率 {_pct(100 * rate)}%,低于预警线 {_pct(policy.attendance_warning_percent)}%"
                             f"({where})", records))
    return out


_COLUMN_INDEX = {c.key: i for i, c in enumerate(_STUDENT_COLUMNS)}
#: (focus group, index of its column in a student row)
_FOCUS_INDEX = tuple((key, _COLUMN_INDEX[column]) for key, column in FOCUS_COLUMN.items())
_ID, _NAME, _CLASS, _ENROLLED, _STATUS = (_COLUMN_INDEX[k] for k in ("id", "name", "class_id", "enrolled_on", "status"))


def _compute(session: Session, rows: list, today: date, policy: Policy, calendar: Calendar,
             whole_school: bool, keep_zero: bool = True) -> dict[int, StudentRisk]:
    """The risk of each student row (:data:`_STUDENT_COLUMNS`); ``keep_zero=False`` leaves out those without a point."""
    ids = None if whole_school else sorted(r[_ID] for r in rows)
    term = current_term(calendar, today)
    start = term.start_date if term else today
    end = min(today, term.end_date) if term else today
    days = calendar.school_days(start, end) if term else []
    day_set = set(days)
    changes = _changes(session, ids)
    missed_rows = _missed(session, ids, start, end) if days else {}
    alerts = _open_alerts(session, ids)
    class_names = dict(core(session).execute(select(SchoolClass.id, SchoolClass.name)).all())
    recent_from = today - timedelta(days=policy.recent_status_change_days)
    term_label = term.label if term else ""
    no_changes: list = []

    out: dict[int, StudentRisk] = {}
    for r in rows:
        rid, enrolled_on, status = r[_ID], r[_ENROLLED], r[_STATUS]
        mine = changes.get(rid, no_changes)
        history = [(ch[3], ch[5]) for ch in mine]
        reasons: list[RiskPoint] = []

        # attendance (as app.attendance.attendance_rate counts it)
        n_days = _days_on_roll(days, enrolled_on, history, status)
        missed, records = 0.0, []
        mine_missed = missed_rows.get(rid)
        if mine_missed:
            for sheet_id, day, sess, mark in sorted(mine_missed, key=lambda m: (m[1], m[2])):
                if day in day_set and is_on_roll(enrolled_on, history, status, day):
                    missed += len(SESSION_HALVES.get(sess, (0, 1))) / 2
                    records.append(RiskRecord("attendance", day, f"{day}{_session_word(sess)} {MARK_LABELS[mark]}",
                                              sheet_id))
        missed = min(missed, float(n_days))
        rate = (n_days - missed) / n_days if n_days else None
        reasons += _attendance_points(policy, term, n_days, missed, tuple(records))

        # focus groups
        for key, i in _FOCUS_INDEX:
            if r[i]:
                text = _flag_text(r, key)
                reasons.append(RiskPoint("focus_group", f"{RULES['focus_group']}:{FOCUS_GROUPS[key]}",
                                         POINTS["focus_group"], f"学籍信息登记为{text}",
                                         (RiskRecord("flag", None, text),)))

        # recent status changes
        for ch in mine:
            code, eff = ch[2], ch[3]
            if code in NOT_RISK_CHANGES or not (recent_from < eff <= today):
                continue
            text = _change_text(ch)
            reasons.append(RiskPoint("recent_status_change", RULES["recent_status_change"],
                                     POINTS["recent_status_change"],
                                     f"{(today - eff).days} 天前({eff})学籍变动,在近 "
                                     f"{policy.recent_status_change_days} 天内",
                                     (RiskRecord("status_change", eff, text, ch[1]),)))

        # open absence alerts
        for a in alerts.get(rid, ()):
            level = LEVELS.get(a.level, a.level)
            text = (f"{level}:{a.first_absent_day} 至 {a.last_absent_day} 连续无故缺勤 {a.days_absent:g} 个上学日,"
                    f"{a.raised_on} 预警")
            reasons.append(RiskPoint("open_alert", f"{RULES['open_alert']}({level})",
                                     ALERT_POINTS.get(a.level, ALERT_POINTS["alert"]), text,
                                     (RiskRecord("alert", a.raised_on, text, a.id),)))

        if not reasons and not keep_zero:
            continue
        class_id = r[_CLASS]
        out[rid] = StudentRisk(rid, r[_NAME], class_id, class_names.get(class_id, "") if class_id else "",
                               term_label, n_days, missed, rate, tuple(reasons))
    return out


# --- entry points ------------------------------------------------------------------------


def risk_for_students(session: Session, student_ids: Iterable[int], today: date, policy: Policy | None = None,
                      calendar: Calendar | None = None) -> dict[int, StudentRisk]:
    """The risk of each given student (unknown ids are left out); no permission check — callers check."""
    ids = sorted({int(i) for i in student_ids})
    if not ids:
        return {}
    policy = policy or load_policy(session)
    calendar = calendar or load_calendar(session)
    return _compute(session, _students(session, ids), today, policy, calendar, whole_school=False)


def _sort_key(r: StudentRisk):
    """Most points first; among equals the lower attendance rate, then class and name."""
    rate = r.attendance_rate if r.attendance_rate is not None else 1.0
    return (-r.points, rate, r.class_name, r.name, r.student_id)


def school_risk(session: Session, actor: Actor, today: date, class_id: int | None = None, *,
                include_zero: bool = False, policy: Policy | None = None,
                calendar: Calendar | None = None) -> list[StudentRisk]:
    """Students on roll the actor may see (teachers: their classes), most points first.

    ``class_id`` narrows to one class; students without any risk point are left
    out unless ``include_zero``.
    """
    require(actor, "alerts.view")
    if class_id is not None and not can_view_class(actor, class_id):
        raise PermissionDenied("reports.may_not_see_alerts_class", username=actor.username)
    where = [col(Student.status).in_(sorted(ON_ROLL_STATUSES)), Student.enrolled_on <= today,
             col(Student.class_id).is_not(None)]
    if class_id is not None:
        where.append(Student.class_id == class_id)
    elif not actor.has("student.view_all"):
        where.append(col(Student.class_id).in_(sorted(actor.class_ids) or [-1]))
    rows = _students(session, None, where)
    policy = policy or load_policy(session)
    calendar = calendar or load_calendar(session)
    # the queries read the whole school's exceptions unless the rows are few (a class): both are bounded
    whole = class_id is None and actor.has("student.view_all")
    risks = _compute(session, rows, today, policy, calendar, whole_school=whole, keep_zero=include_zero)
    out = [r for r in risks.values() if include_zero or r.points > 0]
    out.sort(key=_sort_key)
    return out


__all__ = ["ALERT_POINTS", "NOT_RISK_CHANGES", "POINTS", "RULES", "RiskPoint", "RiskRecord", "StudentRisk",
           "current_term", "risk_for_students", "school_risk"]
