"""The school calendar: which days are school days, and why.

A day is a school day when it lies inside a term and is a working day in the
national calendar — weekends and statutory holidays off, make-up working days
(调休) on — unless the school marked it itself (a closure for snow, an extra
school day, or a holiday of a year the national table does not cover yet).

The national table comes from the maintained ``chinesecalendar`` package; the
State Council announces each year's holidays in the autumn before, so a year
past the package's data falls back to plain weekends and the program says so
(:func:`Calendar.uncovered_years`) until the school enters that year's days.
Every count of absence is made in these school days.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from chinese_calendar import constants as cc
from sqlmodel import Session, select

from app import audit
from app.accounts import Actor, require
from app.data.models import CalendarDay
from app.errors import ValidationError
from app.school import TermInfo, list_terms

KINDS: dict[str, str] = {"closure": "学校停课", "school_day": "学校上课日", "holiday": "节假日"}

_HOLIDAY_CN = {h.value: h.chinese for h in cc.Holiday}
_NATIONAL_YEARS = frozenset(d.year for d in cc.holidays)


@dataclass(frozen=True)
class DayInfo:
    day: date
    school_day: bool
    reason: str  # in Chinese: 上课日 / 周末 / 国庆节 / 调休上课日 / 学校停课:大雪 / 假期(学期外)
    term: TermInfo | None


@lru_cache(maxsize=4096)
def national_workday(day: date) -> tuple[bool, str]:
    """(is a working day, why) from the national table; weekends only where it has no data."""
    if day.year in _NATIONAL_YEARS:
        if day in cc.workdays:
            return True, "调休上课日"
        if day in cc.holidays:
            return False, _HOLIDAY_CN.get(cc.holidays[day], "法定节假日")
    if day.weekday() >= 5:
        return False, "周末"
    return True, "上课日"


class Calendar:
    """A snapshot of terms and the school's own days; cheap to query many times."""

    def __init__(self, terms: list[TermInfo], overrides: dict[date, tuple[str, str]]):
        self.terms = sorted(terms, key=lambda t: t.start_date)
        self._starts = [t.start_date for t in self.terms]
        self.overrides = dict(overrides)

    def term_of(self, day: date) -> TermInfo | None:
        i = bisect.bisect_right(self._starts, day) - 1
        if i >= 0 and self.terms[i].start_date <= day <= self.terms[i].end_date:
            return self.terms[i]
        return None

    def info(self, day: date) -> DayInfo:
        term = self.term_of(day)
        if day in self.overrides:
            kind, label = self.overrides[day]
            reason = KINDS[kind] + (f":{label}" if label else "")
            return DayInfo(day, kind == "school_day" and term is not None, reason, term)
        if term is None:
            return DayInfo(day, False, "假期(学期外)", None)
        working, why = national_workday(day)
        return DayInfo(day, working, why, term)

    def is_school_day(self, day: date) -> bool:
        return self.info(day).school_day

    def school_days(self, start: date, end: date) -> list[date]:
        """School days from ``start`` to ``end``, both included."""
        out, day = [], start
        while day <= end:
            if self.is_school_day(day):
                out.append(day)
            day += timedelta(days=1)
        return out

    def count_school_days(self, start: date, end: date) -> int:
        return len(self.school_days(start, end))

    def previous_school_day(self, day: date, *, limit_days: int = 400) -> date | None:
        d = day - timedelta(days=1)
        for _ in range(limit_days):
            if self.is_school_day(d):
                return d
            d -= timedelta(days=1)
        return None

    def add_school_days(self, day: date, n: int, *, limit_days: int = 800) -> date:
        """The ``n``-th school day after ``day`` (n ≥ 1); a deadline counted in school time."""
        if n <= 0:
            return day
        d, seen = day, 0
        for _ in range(limit_days):
            d += timedelta(days=1)
            if self.is_school_day(d):
                seen += 1
                if seen == n:
                    return d
        raise ValidationError("日期", f"{day} 之后 {limit_days} 天内找不到第 {n} 个上学日(请检查学期设置)")

    def uncovered_years(self) -> list[int]:
        """Years of the terms for which the national holiday table has no data and the school entered none."""
        years = sorted({y for t in self.terms for y in range(t.start_date.year, t.end_date.year + 1)})
        entered = {d.year for d, (k, _l) in self.overrides.items() if k == "holiday"}
        return [y for y in years if y not in _NATIONAL_YEARS and y not in entered]


def load_calendar(session: Session) -> Calendar:
    overrides = {c.day: (c.kind, c.label) for c in session.exec(select(CalendarDay))}
    return Calendar(list_terms(session), overrides)


def _recompute_alerts(session: Session, actor: Actor, today: date | None) -> None:
    """A closure or an extra school day changes what counts as absence: alerts are worked out again."""
    from app import alerts  # late import: alerts reads the calendar

    session.flush()
    alerts.recompute_all(session, today or date.today(), load_calendar(session), actor=actor)


def set_day(session: Session, actor: Actor, day: date, kind: str, label: str = "", *,
            today: date | None = None) -> None:
    """Mark a day: ``closure`` (school closed), ``school_day`` (extra school day) or ``holiday``."""
    require(actor, "school.manage")
    if kind not in KINDS:
        raise ValidationError("日期类型", f"应为 {'、'.join(KINDS)} 之一")
    label = label.strip()
    if kind in ("closure", "holiday") and not label:
        raise ValidationError("说明", "请写明原因(如:大雪停课、2027年春节)")
    row = session.get(CalendarDay, day)
    before = audit.snapshot(row)
    if row is None:
        row = CalendarDay(day=day, kind=kind, label=label, created_by=actor.user_id)
    else:
        row.kind, row.label = kind, label
    session.add(row)
    audit.record(session, actor, "calendar.set", "calendar_day", None, before=before, after=audit.snapshot(row),
                 summary=f"{day} 设为{KINDS[kind]}{(':' + label) if label else ''}")
    _recompute_alerts(session, actor, today)


def clear_day(session: Session, actor: Actor, day: date, *, today: date | None = None) -> None:
    require(actor, "school.manage")
    row = session.get(CalendarDay, day)
    if row is None:
        raise ValidationError("日期", f"{day} 没有学校自设的安排")
    before = audit.snapshot(row)
    session.delete(row)
    audit.record(session, actor, "calendar.clear", "calendar_day", None, before=before,
                 summary=f"取消 {day} 的学校自设安排")
    _recompute_alerts(session, actor, today)


def national_data_years() -> tuple[int, int]:
    return min(_NATIONAL_YEARS), max(_NATIONAL_YEARS)


__all__ = ["Calendar", "DayInfo", "KINDS", "clear_day", "load_calendar", "national_data_years",
           "national_workday", "set_day"]
