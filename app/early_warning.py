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
from app.messages import DEFAULT_LANG, Label, Message, label, msg
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
    """One record behind a risk point: a missed roll call, a flag, a status change, an alert.

    What it says is kept as a message and worded only when it is shown (the page shows the records of
    the pupil selected, not of the ~12,000 points a 5,000-pupil school has: bench_foundation's risk page).
    """

    kind: str  # "attendance" | "flag" | "status_change" | "alert"
    day: date | None
    said: Message | Label  # e.g. "2026-11-23 旷课(无故缺勤)"
    ref_id: int | None = None  # attendance_sheet.id / status_change.id / absence_alert.id

    @property
    def text(self) -> str:
        """The record in Chinese."""
        return self.said.in_language(DEFAULT_LANG)

    def text_in(self, lang: str) -> str:
        return self.said.in_language(lang)


@dataclass(frozen=True)
class RiskPoint:
    """A rule that fired for a student, with its points and the records behind it (worded when shown)."""

    rule: str  # a RULES key
    points: int
    named: Message | Label  # the rule's name, e.g. "长期缺勤" or "重点群体:留守儿童"
    said: Message  # the explanation with the figures and the threshold
    records: tuple[RiskRecord, ...] = ()

    @property
    def label(self) -> str:
        """The rule's name in Chinese."""
        return self.named.in_language(DEFAULT_LANG)

    @property
    def detail(self) -> str:
        """The explanation in Chinese."""
        return self.said.in_language(DEFAULT_LANG)

    def label_in(self, lang: str) -> str:
        return self.named.in_language(lang)

    def detail_in(self, lang: str) -> str:
        return self.said.in_language(lang)


def _point(rule: str, named, points: int, said: Message, records: tuple[RiskRecord, ...] = ()) -> RiskPoint:
    return RiskPoint(rule, points, named, said, records)


def _record(kind: str, day: date | None, said, ref_id: int | None = None) -> RiskRecord:
    return RiskRecord(kind, day, said, ref_id)


#: the labels of the program's fixed tables named here (rules, focus groups, marks, sessions, alert levels), one
#: object each: the same few are named for the thousands of records of a school
_FIXED_LABELS: dict[tuple[str, str], Label] = {}


def _fixed(table: str, key: str, labels: dict) -> Label:
    found = _FIXED_LABELS.get((table, key))
    if found is None:
        found = _FIXED_LABELS[table, key] = label(table, key, labels)
    return found


def _rule(rule: str) -> Label:
    return _fixed("risk_rule", rule, RULES)


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
        return self.summary_in(DEFAULT_LANG)

    def summary_in(self, lang: str) -> str:
        if not self.reasons:
            return msg("reports.no_risk").in_language(lang)
        return (" + ".join(f"{r.label_in(lang)} {r.points}" for r in self.reasons)
                + msg("reports.risk_total", points=self.points).in_language(lang))


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


def _pct(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


# --- the rules -------------------------------------------------------------------------


def _flag_text(row, key: str):
    focus = _fixed("focus", key, FOCUS_GROUPS)
    if key == "left_behind":
        return msg("reports.flag_with", focus=focus, detail=label("left_behind", str(row.left_behind), LEFT_BEHIND))
    if key == "disabled":
        return msg("reports.flag_with", focus=focus, detail=label("disability", row.disability_type, DISABILITY))
    return focus


def _change_text(ch) -> Message:
    _sid, _id, code, eff, from_status, to_status, reason = ch
    if code:
        what = label("change", code, CHANGE)
    else:
        what = msg("reports.borrow_out" if to_status == "borrow_out" else "reports.borrow_return")
    params = dict(eff=eff, what=what, code=code or msg("reports.no_code"),
                  before=label("status", from_status, STATUS) if from_status else "—",
                  after=label("status", to_status, STATUS))
    if reason and reason != str(what):
        return msg("reports.change_with_reason", **params, reason=reason)
    return msg("reports.change", **params)


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
    where = msg("reports.risk_where", term=term.name if term else msg("reports.this_term"), days=days, missed=missed)
    if chronic:
        out.append(_point("chronic_absence", _rule("chronic_absence"), POINTS["chronic_absence"],
                          msg("reports.risk_chronic", where=where, share=_pct(100 * missed / days),
                              line=_pct(policy.chronic_absence_percent)), records))
    if at_risk:
        out.append(_point("attendance_at_risk", _rule("attendance_at_risk"), POINTS["attendance_at_risk"],
                          msg("reports.risk_at_risk", rate=_pct(100 * rate),
                              line=_pct(policy.attendance_at_risk_percent), where=where), records))
    if warning:
        out.append(_point("attendance_warning", _rule("attendance_warning"), POINTS["attendance_warning"],
                          msg("reports.risk_warning", rate=_pct(100 * rate),
                              line=_pct(policy.attendance_warning_percent), where=where), records))
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
                    mark_name = _fixed("mark", mark, MARK_LABELS)
                    said = (msg("reports.record_day", day=day, mark=mark_name) if sess == "day" else
                            msg("reports.record_session", day=day, session=_fixed("session", sess, SESSIONS),
                                mark=mark_name))
                    records.append(_record("attendance", day, said, sheet_id))
        missed = min(missed, float(n_days))
        rate = (n_days - missed) / n_days if n_days else None
        reasons += _attendance_points(policy, term, n_days, missed, tuple(records))

        # focus groups
        for key, i in _FOCUS_INDEX:
            if r[i]:
                text = _flag_text(r, key)
                reasons.append(_point("focus_group", msg("reports.risk_focus_label", rule=_rule("focus_group"),
                                                         focus=_fixed("focus", key, FOCUS_GROUPS)),
                                      POINTS["focus_group"], msg("reports.risk_focus_detail", text=text),
                                      (_record("flag", None, text),)))

        # recent status changes
        for ch in mine:
            code, eff = ch[2], ch[3]
            if code in NOT_RISK_CHANGES or not (recent_from < eff <= today):
                continue
            text = _change_text(ch)
            reasons.append(_point("recent_status_change", _rule("recent_status_change"),
                                  POINTS["recent_status_change"],
                                  msg("reports.risk_recent_change", days=(today - eff).days, eff=eff,
                                      within=policy.recent_status_change_days),
                                  (_record("status_change", eff, text, ch[1]),)))

        # open absence alerts
        for a in alerts.get(rid, ()):
            level = _fixed("alert_level", a.level, LEVELS)
            text = msg("reports.risk_alert", level=level, first=a.first_absent_day, last=a.last_absent_day,
                       days=a.days_absent, raised=a.raised_on)
            reasons.append(_point("open_alert", msg("reports.risk_alert_label", rule=_rule("open_alert"), level=level),
                                  ALERT_POINTS.get(a.level, ALERT_POINTS["alert"]), text,
                                  (_record("alert", a.raised_on, text, a.id),)))

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
