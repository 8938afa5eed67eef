"""The school calendar: which days are school days, and why.

A day is a school day when it lies inside a term and is a working day in the
national calendar — weekends and statutory holidays off, make-up working days
(调休) on — unless the school marked it itself (a closure for snow, an extra
school day, or a holiday of a year the national table does not cover yet).

The national table comes from the maintained ``chinesecalendar`` package, or —
for a year the package does not know yet, or to replace its data — from a
holiday file the school or county loads (:mod:`app.holidays`, stored in the
``national_holiday`` table; a loaded year wins over the package).

A year with neither is **unconfirmed**, and nothing pretends otherwise:

* its days are counted as a registrar would until told: Monday to Friday are
  school days, Saturday and Sunday are not, and every such day carries
  ``DayInfo.confirmed = False`` with the reason ``上课日(未确认)`` /
  ``周末(未确认)``. Roll call stays possible on them (a class that is in school
  must be able to take the roll);
* alerts and deadlines counted across such a day are **provisional** (暂定):
  :meth:`Calendar.unconfirmed_between` tells which, the alerts list and
  ``baoxue alerts`` mark them;
* :func:`coverage_warning` names the years of the current and next term that
  lack data and says what to do; the roll-call page, the alerts page and
  ``baoxue alerts`` show it.

The school's own marks (closure, extra school day, holiday) are always
confirmed — the school said so — but they never make a year "covered".
Every count of absence is made in these school days.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from chinese_calendar import constants as cc
from sqlalchemy import literal_column, union_all
from sqlmodel import Session, select

from app import audit, events
from app.accounts import Actor, require
from app.data.db import core
from app.data.models import CalendarDay, NationalHoliday
from app.errors import ValidationError
from app.policy import rules_token
from app.school import TERMS, TermInfo
from app.messages import DEFAULT_LANG, label_table, table_label

KINDS: dict[str, str] = {"closure": "学校停课", "school_day": "学校上课日", "holiday": "节假日"}

_HOLIDAY_CN = {h.value: h.chinese for h in cc.Holiday}
_NATIONAL_YEARS = frozenset(d.year for d in cc.holidays)


@dataclass(frozen=True)
class DayInfo:
    day: date
    school_day: bool
    reason: str  # in Chinese: 上课日 / 周末 / 国庆节 / 调休上课日 / 学校停课:大雪 / 假期(学期外)
    term: TermInfo | None
    confirmed: bool = True  # False: a year without national holiday data (counted Mon–Fri until loaded)


#: the reason of an ordinary school day (a weekday of a term, no holiday)
SCHOOL_DAY = "上课日"


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
    return True, SCHOOL_DAY


UNCONFIRMED_SCHOOL_DAY = "上课日(未确认)"
UNCONFIRMED_WEEKEND = "周末(未确认)"


def builtin_years() -> frozenset[int]:
    """The years the chinesecalendar package has data for."""
    return _NATIONAL_YEARS


#: spans a calendar remembers at most (:meth:`Calendar.school_days`)
_SPANS_KEPT = 512


class Calendar:
    """A snapshot of terms, the loaded national table and the school's own days; cheap to query many times.

    ``national``: days of loaded holiday files, ``{day: (kind, name)}`` with kind ``holiday`` | ``workday``;
    every year present there replaces the package's data for that year.
    """

    def __init__(self, terms: list[TermInfo], overrides: dict[date, tuple[str, str]],
                 national: dict[date, tuple[str, str]] | None = None):
        self.terms = sorted(terms, key=lambda t: t.start_date)
        self._starts = [t.start_date for t in self.terms]
        self.overrides = dict(overrides)
        self.national = dict(national or {})
        self.loaded_years = frozenset(d.year for d in self.national)
        self._school: dict[date, bool] = {}
        #: spans worked out (school days between two days, the start of n school days back), shared by copies
        self._spans: dict[tuple, Any] = {}

    def copy(self) -> "Calendar":
        """Another snapshot of the same days, sharing this one's memo of school days (derived from them alone)."""
        other = Calendar.__new__(Calendar)
        other.__dict__.update(self.__dict__)
        other.terms, other._starts = list(self.terms), list(self._starts)
        other.overrides, other.national = dict(self.overrides), dict(self.national)
        return other

    def covered(self, year: int) -> bool:
        """Whether the national holidays of ``year`` are known (loaded file or the package)."""
        return year in self.loaded_years or year in _NATIONAL_YEARS

    def national_day(self, day: date) -> tuple[bool, str, bool]:
        """(is a working day, why, confirmed) in the national calendar alone."""
        if day.year in self.loaded_years:
            entry = self.national.get(day)
            if entry is not None:
                kind, name = entry
                if kind == "workday":
                    return True, "调休上课日", True
                return False, name or "法定节假日", True
            return (False, "周末", True) if day.weekday() >= 5 else (True, SCHOOL_DAY, True)
        if day.year in _NATIONAL_YEARS:
            working, why = national_workday(day)
            return working, why, True
        if day.weekday() >= 5:
            return False, UNCONFIRMED_WEEKEND, False
        return True, UNCONFIRMED_SCHOOL_DAY, False

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
        working, why, confirmed = self.national_day(day)
        return DayInfo(day, working, why, term, confirmed)

    def is_school_day(self, day: date) -> bool:
        """``info(day).school_day``, remembered per day for the life of this snapshot (counting school
        days walks the same days many times)."""
        known = self._school.get(day)
        if known is None:
            known = self._school[day] = self._is_school_day(day)
        return known

    def _is_school_day(self, day: date) -> bool:
        term = self.term_of(day)
        override = self.overrides.get(day)
        if override is not None:
            return override[0] == "school_day" and term is not None
        return term is not None and self.national_day(day)[0]

    def school_days(self, start: date, end: date) -> list[date]:
        """School days from ``start`` to ``end``, both included (a new list; the span is remembered for the
        life of this snapshot and its copies: every roll call works out the same window of weeks)."""
        key = ("days", start, end)
        known = self._spans.get(key)
        if known is None:
            out, day = [], start
            while day <= end:
                if self.is_school_day(day):
                    out.append(day)
                day += timedelta(days=1)
            known = self._remember(key, tuple(out))
        return list(known)

    def school_days_back(self, up_to: date, n: int, floor: date) -> date:
        """The latest day such that [day, ``up_to``] holds ``n`` school days, not before ``floor`` (``floor``
        when there are fewer); remembered like :meth:`school_days`."""
        key = ("back", up_to, n, floor)
        known = self._spans.get(key)
        if known is None:
            known, d, seen = floor, up_to, 0
            while d > floor:
                if self.is_school_day(d):
                    seen += 1
                    if seen >= n:
                        known = d
                        break
                d -= timedelta(days=1)
            self._remember(key, known)
        return known

    def _remember(self, key: tuple, value: Any) -> Any:
        if len(self._spans) >= _SPANS_KEPT:  # arbitrary spans (a rate over any dates) do not pile up
            self._spans.clear()
        self._spans[key] = value
        return value

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
        raise ValidationError("日期", "calendar.no_school_day_no_within", day=day, limit_days=limit_days, n=n)

    def uncovered_years(self) -> list[int]:
        """Years of the terms for which neither the package nor a loaded file has the national holidays."""
        years = sorted({y for t in self.terms for y in range(t.start_date.year, t.end_date.year + 1)})
        return [y for y in years if not self.covered(y)]

    def unconfirmed_between(self, start: date, end: date) -> list[date]:
        """Days from ``start`` to ``end`` (both included) inside a term whose year has no national data.

        Anything counted across them (a run of absence, a deadline) is provisional.
        """
        if start > end:
            return []
        out, day = [], start
        while day <= end:
            if not self.covered(day.year) and day not in self.overrides and self.term_of(day) is not None:
                out.append(day)
            day += timedelta(days=1)
        return out

    def relevant_terms(self, today: date) -> list[TermInfo]:
        """The current term (the one containing ``today``, else none) and the next one to start."""
        out = [t for t in self.terms if t.start_date <= today <= t.end_date]
        later = [t for t in self.terms if t.start_date > today]
        if later:
            out.append(later[0])
        return out


@dataclass(frozen=True)
class CoverageWarning:
    """Years of the current or next term without national holiday data, and what to do."""

    years: tuple[int, ...]
    terms: tuple[str, ...]

    @property
    def years_text(self) -> str:
        return "、".join(str(y) for y in self.years)

    @property
    def message(self) -> str:
        return (f"{self.years_text} 年的国家法定节假日和调休安排尚未载入(学期:{'、'.join(self.terms)})。"
                "在载入之前,这些日子暂按周一至周五上课、周六周日休息计算,标为“未确认”;"
                "跨越这些日子计算的缺勤预警和期限为暂定。")

    @property
    def action(self) -> str:
        return ("国务院公布该年放假安排后,请在“设置 → 校历”点“载入节假日文件”,"
                f"或运行 baoxue calendar import 节假日文件.csv(每年一个文件,格式见 README“节假日文件”一节)。")

    def __str__(self) -> str:
        return self.message + self.action


def coverage_warning(calendar: Calendar, today: date) -> CoverageWarning | None:
    """A warning when a year of the current or next term has no national holiday data; None when all is known."""
    terms = calendar.relevant_terms(today)
    years: set[int] = set()
    names: list[str] = []
    for t in terms:
        missing = [y for y in range(t.start_date.year, t.end_date.year + 1) if not calendar.covered(y)]
        if missing:
            years.update(missing)
            names.append(t.label)
    if not years:
        return None
    return CoverageWarning(tuple(sorted(years)), tuple(names))


#: the school's own days and the loaded national days in one statement (0: the school's, 1: national)
_DAYS = union_all(select(CalendarDay.day, CalendarDay.kind, CalendarDay.label, literal_column("0")),
                  select(NationalHoliday.day, NationalHoliday.kind, NationalHoliday.name, literal_column("1")))
#: the rows' token the last calendar was made at, and that calendar (see :func:`load_calendar`)
_LAST: tuple[str, Calendar] | None = None


def load_calendar(session: Session, token: str | None = None) -> Calendar:
    """A snapshot of the calendar as it stands in the session's transaction.

    The calendar follows from its rows alone, and their token (:func:`app.policy.rules_token`: it
    changes with every write to them, in the writing transaction) says whether they are the rows the
    last calendar was made of: then the new snapshot is a copy of that one, with its memo of which days
    are school days (an operation walks a window of weeks day by day), and the rows are not read again.
    ``token``: read by the caller in the same transaction (one statement for calendar and policy)."""
    global _LAST
    token = token or rules_token(session)
    last = _LAST
    if token is not None and last is not None and last[0] == token:
        return last[1].copy()
    conn = core(session)
    terms, days = conn.execute(TERMS).all(), conn.execute(_DAYS).all()
    calendar = Calendar([TermInfo(*r) for r in terms], {d: (kind, label) for d, kind, label, n in days if not n},
                        {d: (kind, name) for d, kind, name, n in days if n})
    if token is not None:
        _LAST = (token, calendar)
    return calendar.copy()


def calendar_warning(session: Session, today: date | None = None) -> CoverageWarning | None:
    """:func:`coverage_warning` of the school's calendar (a read; no permission needed: it names no child)."""
    return coverage_warning(load_calendar(session), today or date.today())


def _recompute_alerts(session: Session, actor: Actor, today: date | None) -> None:
    """A closure or an extra school day changes what counts as absence: alerts are worked out again."""
    events.emit(session, events.CountingRulesChanged(actor, today or date.today()))


def set_day(session: Session, actor: Actor, day: date, kind: str, label: str = "", *,
            today: date | None = None) -> None:
    """Mark a day: ``closure`` (school closed), ``school_day`` (extra school day) or ``holiday``."""
    require(actor, "school.manage")
    if kind not in KINDS:
        raise ValidationError("日期类型", "common.must_be_one_of_these", choices=list(KINDS))
    label = label.strip()
    if kind in ("closure", "holiday") and not label:
        raise ValidationError("说明", "calendar.give_reason_such_school_closed")
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
        raise ValidationError("日期", "calendar.has_no_arrangement_made_school", day=day)
    before = audit.snapshot(row)
    session.delete(row)
    audit.record(session, actor, "calendar.clear", "calendar_day", None, before=before,
                 summary=f"取消 {day} 的学校自设安排")
    _recompute_alerts(session, actor, today)


def national_data_years() -> tuple[int, int]:
    return min(_NATIONAL_YEARS), max(_NATIONAL_YEARS)


#: the reasons :meth:`Calendar.info` gives, by their Chinese (the value code compares), for their English
DAY_REASONS: dict[str, str] = {r: r for r in (SCHOOL_DAY, "周末", "调休上课日", "法定节假日", "假期(学期外)",
                                             UNCONFIRMED_SCHOOL_DAY, UNCONFIRMED_WEEKEND)}
#: the national holidays' Chinese names (the package's, and those of the State Council's notice a loaded
#: holiday file usually gives) for their English
HOLIDAY_NAMES: dict[str, str] = {name: name for name in (*_HOLIDAY_CN.values(), "清明节", "端午节", "中秋节")}


@dataclass(frozen=True)
class DayReason:
    """Why a day is or is not a school day, shown in the user's language (the Chinese stays what code compares)."""

    zh: str

    def in_language(self, lang: str) -> str:
        if lang == DEFAULT_LANG:
            return self.zh
        if self.zh in DAY_REASONS:
            return table_label("day_reason", self.zh, lang)
        if self.zh in HOLIDAY_NAMES:
            return table_label("holiday_name", self.zh, lang)
        kind, sep, label = self.zh.partition(":")
        for key, zh in KINDS.items():
            if kind == zh:  # the school's own day: its kind, then the label the school typed
                return table_label("calendar_kind", key, lang) + (f": {label}" if sep and label else "")
        return self.zh  # a holiday name from a loaded file, as the file has it

    def __str__(self) -> str:
        return self.zh


def reason_said(info: DayInfo) -> DayReason:
    """:attr:`DayInfo.reason` as something the windows show in their language."""
    return DayReason(info.reason)


__all__ = ["Calendar", "CoverageWarning", "DAY_REASONS", "DayInfo", "DayReason", "HOLIDAY_NAMES", "KINDS", "SCHOOL_DAY",
           "UNCONFIRMED_SCHOOL_DAY", "UNCONFIRMED_WEEKEND", "builtin_years", "calendar_warning", "clear_day",
           "coverage_warning", "load_calendar", "national_data_years", "national_workday", "reason_said", "set_day"]

label_table("calendar_kind", KINDS)
label_table("day_reason", DAY_REASONS)
label_table("holiday_name", HOLIDAY_NAMES)
