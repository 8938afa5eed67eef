"""Holiday files: one year's official holidays and make-up working days (调休), loaded by the school or county.

The State Council announces each year's holidays in the autumn before; the
``chinesecalendar`` package lags behind (1.11 has nothing for 2027). Until a year
is known, :mod:`app.school_calendar` counts its days Monday to Friday and marks
them unconfirmed. This module reads the year's official table from a file and
stores it in the ``national_holiday`` table, where it replaces the package's data
for that year. The format (documented in the README, schema
``resources/schema/holidays-1.schema.json``):

CSV (UTF-8 or GB18030/GBK, as Excel in China saves it), one row per day or range::

    date,end,kind,name,year
    2027-01-01,,holiday,元旦,2027
    2027-02-06,2027-02-12,holiday,春节,2027
    2027-02-14,,workday,春节调休上班,2027

``end`` (last day of a range, inclusive) and ``year`` are optional columns;
``kind`` is ``holiday`` or ``workday`` (also 放假/休息 and 上班/调休上班/补班).

JSON::

    {"format": "baoxue-holidays-1", "year": 2027,
     "days": [{"date": "2027-01-01", "kind": "holiday", "name": "元旦"},
              {"date": "2027-02-06", "end": "2027-02-12", "kind": "holiday", "name": "春节"}]}

Checks, each reported with its row (CSV line / JSON entry) and reason, and the
whole file refused when any fails: missing columns, impossible dates, an end
before its start, unknown kinds, a holiday without a name, a date given twice
(also inside overlapping ranges), a make-up working day that is not a Saturday or
Sunday, dates of another year than the file's (``year`` column/field, or the
first date's year), a file without any holiday. Loading a year replaces that
year's earlier file, is audited, and works the alerts out again.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlmodel import Session, delete, select

from app import audit, events
from app.accounts import Actor, require
from app.data.models import NationalHoliday
from app.errors import BaoxueError, ValidationError
from app.messages import DEFAULT_LANG, Label, Lines, Message, msg
from app.school_calendar import builtin_years

log = logging.getLogger(__name__)

FORMAT = "baoxue-holidays-1"
KINDS = {"holiday": "放假", "workday": "调休上班"}
_KIND_ALIASES = {
    "holiday": "holiday", "假日": "holiday", "放假": "holiday", "休息": "holiday", "节假日": "holiday",
    "法定节假日": "holiday", "休": "holiday",
    "workday": "workday", "上班": "workday", "调休": "workday", "调休上班": "workday", "补班": "workday",
    "班": "workday", "工作日": "workday",
}
_COLUMNS = {
    "date": "date", "日期": "date", "开始日期": "date", "start": "date",
    "end": "end", "结束日期": "end", "end_date": "end",
    "kind": "kind", "类型": "kind", "type": "kind",
    "name": "name", "名称": "name", "说明": "name", "节日": "name",
    "year": "year", "年份": "year", "年度": "year",
}
MAX_BYTES = 1_000_000
#: the name of a working day in lieu when the file gives none (stored: the calendar shows it)
WORKDAY_NAME = "调休上班"
#: Monday … Friday, as a refusal names them
WEEKDAY_NAMES = "一二三四五"


@dataclass(frozen=True)
class Problem:
    at: Message  # 第 3 行 / 第 2 项 / 文件
    field: str  # the column (date, kind, …) or what of the file (表头, 内容, 编码, 大小)
    why: Message

    @property
    def row(self) -> str:
        return str(self.at)

    @property
    def reason(self) -> str:
        return str(self.why)

    def in_language(self, lang: str = DEFAULT_LANG) -> str:
        return msg("calendar.problem", at=self.at, field=field_name(self.field), why=self.why).in_language(lang)

    def __str__(self) -> str:
        return self.in_language()


def field_name(name: str) -> Label:
    """A column or part of the holiday file as a message parameter (表头 → header, date → date)."""
    return Label("holiday_file_part", name, name)


def row_at(n: int) -> Message:
    return msg("calendar.row", n=n)


def item_at(n: int) -> Message:
    return msg("calendar.item", n=n)


#: a problem of the file as a whole
THE_FILE = msg("calendar.the_file")


class HolidayFileError(ValidationError):
    """The file cannot be loaded; ``problems`` names every bad row. Nothing was changed."""

    def __init__(self, name: str, problems: list[Problem]):
        self.problems = problems
        more = msg("calendar.more_problems", count=len(problems) - 30) if len(problems) > 30 else ""
        super().__init__("节假日文件", "calendar.holiday_file_errors", name=name, count=len(problems),
                         lines=Lines(problems[:30]), more=more)


@dataclass(frozen=True)
class HolidayDay:
    day: date
    kind: str  # holiday | workday
    name: str
    row: str


@dataclass
class HolidayFile:
    """A checked file: one year's days, ready to load."""

    name: str
    sha256: str
    year: int
    days: list[HolidayDay] = field(default_factory=list)

    @property
    def holidays(self) -> list[HolidayDay]:
        return [d for d in self.days if d.kind == "holiday"]

    @property
    def workdays(self) -> list[HolidayDay]:
        return [d for d in self.days if d.kind == "workday"]

    def as_table(self) -> dict[date, tuple[str, str]]:
        return {d.day: (d.kind, d.name) for d in self.days}


# --- reading ---------------------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise HolidayFileError(name, [Problem(THE_FILE, "编码", msg("calendar.not_utf8_or_gbk"))])


def _parse_day(text: str) -> date:
    t = text.strip().replace("/", "-").replace(".", "-")
    parts = t.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValueError(msg("calendar.not_a_date", text=text))
    y, m, d = (int(p) for p in parts)
    try:
        return date(y, m, d)
    except ValueError:
        raise ValueError(msg("calendar.not_a_real_date", text=text)) from None


def _raw_entries_csv(text: str, name: str) -> tuple[list[tuple[str, dict[str, str]]], str | None]:
    rows = list(csv.reader(text.splitlines()))
    header_at = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), None)
    if header_at is None:
        raise HolidayFileError(name, [Problem(THE_FILE, "内容", msg("calendar.file_empty"))])
    header = [c.strip().lstrip("\ufeff").lower() for c in rows[header_at]]
    mapped = [_COLUMNS.get(h) for h in header]
    problems = []
    for need, label in (("date", msg("calendar.column_date")), ("kind", msg("calendar.column_kind")),
                        ("name", msg("calendar.column_name"))):
        if need not in mapped:
            problems.append(Problem(row_at(header_at + 1), "表头", msg("calendar.column_missing", column=label)))
    unknown = [header[i] for i, m in enumerate(mapped) if m is None and header[i]]
    if unknown:
        problems.append(Problem(row_at(header_at + 1), "表头", msg("calendar.unknown_columns", columns=unknown)))
    if problems:
        raise HolidayFileError(name, problems)
    out = []
    for i, r in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not any(c.strip() for c in r):
            continue
        values = {m: (r[j].strip() if j < len(r) else "") for j, m in enumerate(mapped) if m}
        out.append((row_at(i), values))
    return out, None


def _raw_entries_json(text: str, name: str) -> tuple[list[tuple[str, dict[str, str]]], str | None]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HolidayFileError(name, [Problem(row_at(exc.lineno), "JSON", msg("calendar.not_json", colno=exc.colno))]) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("days"), list):
        raise HolidayFileError(name, [Problem(THE_FILE, "JSON", msg("calendar.json_shape"))])
    if doc.get("format", FORMAT) != FORMAT:
        raise HolidayFileError(name, [Problem(THE_FILE, "format", msg("calendar.wrong_format", expected=FORMAT, given=doc.get("format")))])
    year = doc.get("year")
    if year is None:
        raise HolidayFileError(name, [Problem(THE_FILE, "year", msg("calendar.year_missing"))])
    out = []
    for i, e in enumerate(doc["days"], start=1):
        if not isinstance(e, dict):
            out.append((item_at(i), {"date": "", "kind": "", "name": "", "_bad": msg("calendar.not_an_object")}))
            continue
        out.append((item_at(i), {k: ("" if e.get(k) is None else str(e.get(k))) for k in ("date", "end", "kind", "name", "year")}))
    return out, str(year)


def parse_holiday_file(data: bytes, name: str = "节假日文件", *, expected_year: int | None = None) -> HolidayFile:
    """Check a holiday file's bytes (CSV or JSON); raise :class:`HolidayFileError` naming every bad row."""
    if len(data) > MAX_BYTES:
        raise HolidayFileError(name, [Problem(THE_FILE, "大小", msg("calendar.file_too_large"))])
    text = _decode(data, name)
    is_json = name.lower().endswith(".json") or text.lstrip().startswith("{")
    entries, header_year = (_raw_entries_json if is_json else _raw_entries_csv)(text, name)
    problems: list[Problem] = []
    year: int | None = None
    if header_year is not None:
        try:
            year = int(header_year)
        except ValueError:
            problems.append(Problem(THE_FILE, "year", msg("calendar.year_not_number", year=header_year)))
    if expected_year is not None:
        if year is not None and year != expected_year:
            problems.append(Problem(THE_FILE, "year", msg("calendar.other_year", year=year, expected_year=expected_year)))
        year = expected_year if year is None else year
    seen: dict[date, str] = {}
    days: list[HolidayDay] = []
    for row, v in entries:
        if v.get("_bad"):
            problems.append(Problem(row, "内容", v["_bad"]))
            continue
        start = end = None
        try:
            start = _parse_day(v.get("date", ""))
        except ValueError as exc:
            problems.append(Problem(row, "date", exc.args[0] if v.get("date") else msg("calendar.date_empty")))
        if v.get("end"):
            try:
                end = _parse_day(v["end"])
            except ValueError as exc:
                problems.append(Problem(row, "end", exc.args[0]))
        kind_text = v.get("kind", "").strip()
        kind = _KIND_ALIASES.get(kind_text.lower())
        if kind is None:
            problems.append(Problem(row, "kind", msg("calendar.unknown_kind", kind=kind_text)
                                    if kind_text else msg("calendar.kind_empty")))
        name_text = v.get("name", "").strip()
        if kind == "holiday" and not name_text:
            problems.append(Problem(row, "name", msg("calendar.holiday_needs_name")))
        if v.get("year"):
            try:
                row_year = int(v["year"])
            except ValueError:
                problems.append(Problem(row, "year", msg("calendar.year_not_number", year=v["year"])))
            else:
                if year is None:
                    year = row_year
                elif row_year != year:
                    problems.append(Problem(row, "year", msg("calendar.row_year_differs", row_year=row_year, year=year)))
        if start is None:
            continue
        if year is None:
            year = start.year
        end = end or start
        if end < start:
            problems.append(Problem(row, "end", msg("calendar.end_before_start", end=end, start=start)))
            continue
        if (end - start).days > 31:
            problems.append(Problem(row, "end", msg("calendar.longer_than_month", start=start, end=end)))
            continue
        d = start
        while d <= end:
            if d.year != year:
                problems.append(Problem(row, "date", msg("calendar.day_not_in_year", d=d, year=year)))
            elif d in seen:
                problems.append(Problem(row, "date", msg("calendar.day_repeated", d=d, other=seen[d])))
            elif kind == "workday" and d.weekday() < 5:
                problems.append(Problem(row, "date", msg("calendar.weekday_not_in_lieu", d=d,
                                                         weekday=Label("weekday", str(d.weekday()), WEEKDAY_NAMES[d.weekday()]))))
            elif kind is not None:
                seen[d] = row
                days.append(HolidayDay(d, kind, name_text or WORKDAY_NAME, str(row)))
            d += timedelta(days=1)
    if not problems and not any(d.kind == "holiday" for d in days):
        problems.append(Problem(THE_FILE, "内容", msg("calendar.no_holidays")))
    if problems:
        raise HolidayFileError(name, problems)
    days.sort(key=lambda d: d.day)
    return HolidayFile(name, hashlib.sha256(data).hexdigest(), int(year), days)


def read_holiday_file(path: str | os.PathLike, *, expected_year: int | None = None) -> HolidayFile:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise BaoxueError("calendar.holiday_file_cannot_read", p=p, strerror=exc.strerror or exc) from None
    return parse_holiday_file(data, p.name, expected_year=expected_year)


# --- comparing and loading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class HolidayPreview:
    """What loading a file would do."""

    file: HolidayFile
    replaces: int  # days of an earlier file for that year
    builtin: bool  # the chinesecalendar package has data for the year
    differences: tuple[str, ...]  # differences from what the calendar says now, in Chinese

    @property
    def year(self) -> int:
        return self.file.year

    def summary(self) -> str:
        f = self.file
        text = (f"{f.year} 年:放假 {len(f.holidays)} 天,调休上班 {len(f.workdays)} 天"
                f"({'、'.join(sorted({d.name for d in f.holidays}))})。")
        if self.replaces:
            text += f"将替换此前载入的 {f.year} 年安排({self.replaces} 天)。"
        if self.builtin:
            text += (f"与内置国家节假日表相同。" if not self.differences
                     else f"与内置国家节假日表有 {len(self.differences)} 处不同,以此文件为准。")
        return text


def year_table(session: Session, year: int) -> dict[date, tuple[str, str]]:
    """The national table the school counts ``year`` with: its loaded file, else the package's, else nothing."""
    from chinese_calendar import constants as cc

    loaded = {h.day: (h.kind, h.name) for h in session.exec(select(NationalHoliday).where(NationalHoliday.year == year))}
    if loaded:
        return loaded
    if year in builtin_years():
        names = {h.value: h.chinese for h in cc.Holiday}
        out: dict[date, tuple[str, str]] = {d: ("holiday", names.get(v, "法定节假日"))
                                            for d, v in cc.holidays.items() if d.year == year and d.weekday() < 5}
        out.update({d: ("workday", "调休上班") for d in cc.workdays if d.year == year})
        return out
    return {}


def differences(before: dict[date, tuple[str, str]], after: dict[date, tuple[str, str]]) -> list[str]:
    """Days whose working status differs (a holiday on a weekend changes nothing and is not a difference)."""
    def working(table, d):
        if d in table:
            return table[d][0] == "workday"
        return d.weekday() < 5

    out = []
    for d in sorted(set(before) | set(after)):
        if working(before, d) != working(after, d):
            out.append(f"{d}:{'上班' if working(before, d) else '放假'} → {'上班' if working(after, d) else '放假'}")
    return out


def preview_holidays(session: Session, actor: Actor, hf: HolidayFile) -> HolidayPreview:
    require(actor, "school.manage")
    replaces = len(session.exec(select(NationalHoliday.day).where(NationalHoliday.year == hf.year)).all())
    before = year_table(session, hf.year)
    builtin = hf.year in builtin_years()
    diffs = differences(before, hf.as_table()) if (builtin or replaces) else []
    return HolidayPreview(hf, replaces, builtin, tuple(diffs))


def load_holidays(session: Session, actor: Actor, hf: HolidayFile, *, today: date | None = None) -> HolidayPreview:
    """Store the file's year (replacing an earlier file of that year), audit it, work the alerts out again."""
    require(actor, "school.manage")
    preview = preview_holidays(session, actor, hf)
    before = {d.isoformat(): k for d, (k, _n) in year_table(session, hf.year).items()} if preview.replaces else None
    session.exec(delete(NationalHoliday).where(NationalHoliday.year == hf.year))
    source = f"{hf.name} sha256:{hf.sha256[:16]}"
    for d in hf.days:
        session.add(NationalHoliday(day=d.day, year=hf.year, kind=d.kind, name=d.name, source=source,
                                    loaded_by=actor.user_id))
    audit.record(session, actor, "calendar.holidays_loaded", "national_holiday", hf.year,
                 before=before, after={d.day.isoformat(): d.kind for d in hf.days}, changed_only=False,
                 summary=f"载入 {hf.year} 年国家节假日文件 {hf.name}:" + preview.summary())
    events.emit(session, events.CountingRulesChanged(actor, today or date.today()))
    log.info("holiday file %s loaded by %s: year %d, %d days", hf.name, actor.username, hf.year, len(hf.days))
    return preview


def import_holiday_file(session: Session, actor: Actor, path: str | os.PathLike, *, dry_run: bool = False,
                        expected_year: int | None = None, today: date | None = None) -> HolidayPreview:
    """``baoxue calendar import FILE [--dry-run]``: check, then (unless a dry run) load."""
    require(actor, "school.manage")
    hf = read_holiday_file(path, expected_year=expected_year)
    if dry_run:
        return preview_holidays(session, actor, hf)
    return load_holidays(session, actor, hf, today=today)


@dataclass(frozen=True)
class LoadedYear:
    year: int
    holidays: int
    workdays: int
    source: str


def loaded_years(session: Session) -> list[LoadedYear]:
    rows = session.exec(select(NationalHoliday).order_by(NationalHoliday.day)).all()
    out: dict[int, list[NationalHoliday]] = {}
    for r in rows:
        out.setdefault(r.year, []).append(r)
    return [LoadedYear(y, sum(r.kind == "holiday" for r in rs), sum(r.kind == "workday" for r in rs), rs[0].source)
            for y, rs in sorted(out.items())]


__all__ = ["FORMAT", "HolidayDay", "HolidayFile", "HolidayFileError", "HolidayPreview", "KINDS", "LoadedYear",
           "Problem", "differences", "import_holiday_file", "load_holidays", "loaded_years", "parse_holiday_file",
           "preview_holidays", "read_holiday_file", "year_table"]
