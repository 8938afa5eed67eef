"""The weekly (or monthly) figures the school reports to the county (周报, domain.md §2 measure 4, §3).

The period
----------
* weekly (Hanzhong): the 7 days ending on the reporting day
  (``policy.report_weekday``, Thursday by default). For a given day the period is
  the one whose reporting day is that day or the next reporting day after it —
  the report being prepared.
* monthly (``policy.report_rhythm == "monthly"``, the national rule since 2024):
  the calendar month of the day.

The figures (each with the ids of the students behind it, so the UI can show who)
-------------------------------------------------------------------------------
* ``new_alerts`` — alerts raised in the period (cleared ones do not count: the
  absence was excused or the roll call corrected).
* ``home_visits`` — home visits in person made in the period (count = visits;
  ids = the children visited). Phone and video contacts are not home visits.
* ``suspected_dropouts`` — children whose unexcused run reached the suspected-
  dropout threshold (``policy.suspected_dropout_after_days`` school days) in
  the period: the day it was reached is the n-th school day of the run.
* ``dropouts`` — dropout registrations (status change 28) effective in the period.
* ``persuaded_back`` — children back at school in the period who had been
  suspected dropouts or registered dropouts (cases closed as "returned").
* ``still_out`` — at the end of the period: registered dropouts not yet back,
  and suspected dropouts whose case is still open.

A teacher sees the figures of the classes they teach or head; the office sees
the whole school.
"""

from __future__ import annotations

import calendar as _cal
import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, select

from app.accounts import Actor, require
from app.data.models import AbsenceAlert, AbsenceCase, Contact, PersuasionLedger, SchoolClass, Student
from app.policy import Policy
from app.policy import load as load_policy
from app.school_calendar import Calendar, load_calendar

WEEKDAYS = "一二三四五六日"

FIGURES: dict[str, tuple[str, str]] = {
    "new_alerts": ("新增缺勤预警", "本期新产生的无故缺勤预警(已撤销的不计)"),
    "home_visits": ("完成家访", "本期入户家访次数(电话、视频联系不计)"),
    "suspected_dropouts": ("新增疑似辍学", "本期连续无故缺勤达到疑似辍学标准的学生"),
    "dropouts": ("新增辍学", "本期登记辍学(学籍变动 28)的学生"),
    "persuaded_back": ("劝返复学", "本期返校的疑似辍学和辍学学生"),
    "still_out": ("仍未返校", "期末仍未返校的辍学和疑似辍学学生"),
}


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    definition: str
    count: int
    student_ids: tuple[int, ...]


@dataclass(frozen=True)
class PeriodReport:
    rhythm: str  # weekly | monthly
    start: date
    end: date  # the reporting day (weekly) or the month's last day
    figures: list[Figure]

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    @property
    def title(self) -> str:
        if self.rhythm == "monthly":
            return f"{self.start.year}年{self.start.month}月控辍保学月报"
        return f"控辍保学周报({self.start}–{self.end},周{WEEKDAYS[self.end.weekday()]}报送)"

    def as_dict(self) -> dict[str, Any]:
        return {"rhythm": self.rhythm, "start": self.start.isoformat(), "end": self.end.isoformat(),
                "title": self.title,
                "figures": [{"key": f.key, "label": f.label, "definition": f.definition, "count": f.count,
                             "student_ids": list(f.student_ids)} for f in self.figures]}


# --- periods (pure) ---------------------------------------------------------------------------


def week_for(day: date, report_weekday: int) -> tuple[date, date]:
    """The 7 days ending on the reporting day that is ``day`` or the next one after it."""
    end = day + timedelta(days=(report_weekday - day.weekday()) % 7)
    return end - timedelta(days=6), end


def month_for(day: date) -> tuple[date, date]:
    return day.replace(day=1), day.replace(day=_cal.monthrange(day.year, day.month)[1])


def period_for(day: date, policy: Policy) -> tuple[date, date]:
    return month_for(day) if policy.report_rhythm == "monthly" else week_for(day, policy.report_weekday)


def day_reaching(calendar: Calendar, first_day: date, school_days: float, *, limit: int = 400) -> date | None:
    """The school day on which a run starting on ``first_day`` reaches ``school_days`` (the ⌈n⌉-th school day)."""
    n = max(1, math.ceil(school_days))
    d, seen = first_day, 0
    for _ in range(limit):
        if calendar.is_school_day(d):
            seen += 1
            if seen == n:
                return d
        d += timedelta(days=1)
    return None


# --- the figures ---------------------------------------------------------------------------------


def _visible(session: Session, actor: Actor) -> set[int] | None:
    if actor.has("cases.work_all") or actor.has("student.view_all"):
        return None
    ids = sorted(actor.class_ids) or [-1]
    return set(session.exec(select(Student.id).where(col(Student.class_id).in_(ids))).all())


def figures(session: Session, actor: Actor, start: date, end: date, *, rhythm: str = "weekly",
            calendar: Calendar | None = None, policy: Policy | None = None) -> PeriodReport:
    """The six figures for any period ``start``..``end`` (both included)."""
    require(actor, "alerts.view")
    calendar = calendar or load_calendar(session)
    policy = policy or load_policy(session)
    visible = _visible(session, actor)
    out: dict[str, list[int]] = {k: [] for k in FIGURES}
    counts: dict[str, int] = {}

    alerts = session.exec(select(AbsenceAlert).where(AbsenceAlert.status != "cleared",
                                                     AbsenceAlert.first_absent_day <= end)).all()
    cases = {c.alert_id: c for c in session.exec(select(AbsenceCase).where(
        col(AbsenceCase.alert_id).in_([a.id for a in alerts] or [-1])))}
    ledgers = {lg.case_id: lg for lg in session.exec(select(PersuasionLedger).where(PersuasionLedger.dropout_on <= end))}

    threshold = policy.suspected_dropout_after_days
    for a in alerts:
        case = cases.get(a.id)
        if start <= a.raised_on <= end:
            out["new_alerts"].append(a.student_id)
        reached = day_reaching(calendar, a.first_absent_day, threshold) if a.days_absent >= threshold else None
        if reached is not None and start <= reached <= end:
            out["suspected_dropouts"].append(a.student_id)
        ledger = ledgers.get(case.id) if case else None
        closed_by_end = case is not None and case.closed_on is not None and case.closed_on <= end
        if ledger is not None:
            if start <= ledger.dropout_on <= end:
                out["dropouts"].append(a.student_id)
            if ledger.closed_on is None or ledger.closed_on > end:
                out["still_out"].append(a.student_id)
        elif reached is not None and reached <= end and not closed_by_end:
            out["still_out"].append(a.student_id)
        if (case is not None and case.outcome == "returned" and start <= case.closed_on <= end
                and (ledger is not None or reached is not None)):
            out["persuaded_back"].append(a.student_id)

    visits = session.exec(select(Contact.student_id).where(Contact.form == "in_person", Contact.contact_date >= start,
                                                           Contact.contact_date <= end)).all()
    visits = [sid for sid in visits if visible is None or sid in visible]
    counts["home_visits"] = len(visits)
    out["home_visits"] = visits

    result = []
    for key, (label, definition) in FIGURES.items():
        ids = sorted({sid for sid in out[key] if visible is None or sid in visible})
        result.append(Figure(key, label, definition, counts.get(key, len(ids)), tuple(ids)))
    return PeriodReport(rhythm, start, end, result)


def weekly_figures(session: Session, actor: Actor, day: date) -> PeriodReport:
    """The week ending on the reporting day that is ``day`` or the next one after it."""
    policy = load_policy(session)
    start, end = week_for(day, policy.report_weekday)
    return figures(session, actor, start, end, rhythm="weekly", policy=policy)


def monthly_figures(session: Session, actor: Actor, day: date) -> PeriodReport:
    """The calendar month of ``day``."""
    start, end = month_for(day)
    return figures(session, actor, start, end, rhythm="monthly")


def report_for(session: Session, actor: Actor, day: date) -> PeriodReport:
    """The figures in the school's reporting rhythm (weekly or monthly, from the policy)."""
    policy = load_policy(session)
    start, end = period_for(day, policy)
    rhythm = "monthly" if policy.report_rhythm == "monthly" else "weekly"  # "both": the figures stay weekly
    return figures(session, actor, start, end, rhythm=rhythm, policy=policy)


def format_report(report: PeriodReport, names: dict[int, str] | None = None) -> str:
    """Plain text: one line per figure, with the children's names when given."""
    lines = [report.title]
    for f in report.figures:
        who = ""
        if names and f.student_ids:
            who = ":" + "、".join(names.get(i, str(i)) for i in f.student_ids)
        lines.append(f"  {f.label}:{f.count}{who}")
    return "\n".join(lines)


def names_of(session: Session, ids: tuple[int, ...] | list[int]) -> dict[int, tuple[str, str]]:
    """Names and classes of the children behind a figure (the figure already says who the user may see)."""
    if not ids:
        return {}
    rows = session.exec(select(Student.id, Student.name, SchoolClass.name)
                        .join(SchoolClass, SchoolClass.id == Student.class_id, isouter=True)
                        .where(col(Student.id).in_(sorted(set(ids))))).all()
    return {sid: (name, cname or "") for sid, name, cname in rows}


__all__ = ["FIGURES", "Figure", "PeriodReport", "day_reaching", "figures", "format_report", "month_for", "names_of",
           "monthly_figures", "period_for", "report_for", "week_for", "weekly_figures"]
