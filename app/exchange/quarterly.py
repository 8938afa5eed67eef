"""The county's quarterly re-check (县区一季度一复核) of the schools' monthly ledgers (schema 1.2).

From what the county holds — the ``monthly_report`` and ``monthly_ledger`` records of the bundles it
ingested (generic period records of :mod:`app.exchange.county`, the version of the highest sequence
among bundles not superseded) — for the three months of a quarter:

* **reported**: every child in a school's monthly ledger in one of the months (suspected dropout or
  dropout), with the months and the ledger of the latest one;
* **returned**: children whose latest entry in the quarter says they returned;
* **still out**: children whose latest entry has no result;
* **schools that did not report**: per registered school, the months of the quarter (already due) for
  which no monthly report arrived.

The county's tables are read only through :func:`app.exchange.county.latest_records` and the school
list, so the storage may change underneath (issue 17 moves it to PostgreSQL) without touching this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.documents.pdf import A4, form_table, landscape, mm, para, styles, write_pdf
from app.errors import ValidationError
from app.exchange.county import CountyDB, latest_records, school_t, student_t
from app.monthly import due_date, parse_month
from app.spreadsheets import append_row

_QUARTER = re.compile(r"^(\d{4})\s*[Qq]([1-4])$")
RESULTS = {"returned": "已返校", "transferred": "已办理转学", "suspended": "已办理休学", "deceased": "死亡",
           "other": "其他"}


def parse_quarter(text: str) -> tuple[int, int]:
    m = _QUARTER.match((text or "").strip())
    if not m:
        raise ValidationError("季度", "exchange.should_written_yyyyqn_such_2026q4", text=text)
    return int(m.group(1)), int(m.group(2))


def quarter_months(year: int, quarter: int) -> list[str]:
    return [f"{year:04d}-{m:02d}" for m in range(3 * quarter - 2, 3 * quarter + 1)]


@dataclass
class ChildLine:
    school_code: str
    school_name: str
    student_number: str
    name: str
    months: list[str]
    ledger: str  # of the latest month: suspected | dropout
    left_on: str
    whereabouts: str
    attempts: int
    both_lines: bool
    result: str  # '' still out | returned | …
    returned_on: str

    @property
    def ledger_label(self) -> str:
        return "辍学" if self.ledger == "dropout" else "疑似辍学"

    @property
    def result_label(self) -> str:
        return RESULTS.get(self.result, self.result) if self.result else "仍未返校"


@dataclass
class SchoolLine:
    code: str
    name: str
    reported: list[str]
    missing: list[str]
    children: int


@dataclass
class QuarterlyReport:
    quarter: str
    months: list[str]
    as_of: date
    schools: list[SchoolLine] = field(default_factory=list)
    children: list[ChildLine] = field(default_factory=list)

    @property
    def title(self) -> str:
        y, q = parse_quarter(self.quarter)
        return f"{y}年第{q}季度控辍保学复核({self.months[0]}–{self.months[-1]})"

    @property
    def returned(self) -> list[ChildLine]:
        return [c for c in self.children if c.result == "returned"]

    @property
    def still_out(self) -> list[ChildLine]:
        return [c for c in self.children if not c.result]

    @property
    def not_reporting(self) -> list[SchoolLine]:
        return [s for s in self.schools if s.missing]


def quarterly_report(db: CountyDB, quarter: str, *, today: date | None = None, due_day: int = 28) -> QuarterlyReport:
    """The re-check of ``quarter`` (``2026Q4``) across every registered school.

    A month counts as missing only once it is due (its ``due_day``, default the 28th) on ``today``.
    """
    today = today or date.today()
    year, q = parse_quarter(quarter)
    months = quarter_months(year, q)
    report = QuarterlyReport(f"{year}Q{q}", months, today)
    with db.engine.connect() as c:
        schools = [(r.code, r.name) for r in c.execute(select(school_t.c.code, school_t.c.name)
                                                          .order_by(school_t.c.code))]
    due_months = [m for m in months if due_date(*parse_month(m), due_day) <= today]
    for code, name in schools:
        reported = sorted({d["a"]["month"] for d in latest_records(db, "monthly_report", code)} & set(months))
        students = _student_names(db, code)
        per_child: dict[str, list[dict]] = {}
        for d in latest_records(db, "monthly_ledger", code):
            a = d["a"]
            if a["month"] in months:
                per_child.setdefault(a["student"], []).append(a)
        for number, entries in per_child.items():
            entries.sort(key=lambda a: a["month"])
            last = entries[-1]
            report.children.append(ChildLine(
                code, name, number, students.get(number, ""), [a["month"] for a in entries], last["ledger"],
                last.get("leftOn", ""), last.get("whereabouts", ""), int(last.get("attempts", 0)),
                last.get("bothLines") == "true", last.get("result", ""), last.get("returnedOn", "")))
        report.schools.append(SchoolLine(code, name, reported, [m for m in due_months if m not in reported],
                                         len(per_child)))
    report.children.sort(key=lambda c: (c.school_code, c.result != "", c.name, c.student_number))
    return report


def _student_names(db: CountyDB, school_code: str) -> dict[str, str]:
    with db.engine.connect() as c:
        return {r.number: r.name for r in c.execute(select(student_t.c.number, student_t.c.name)
                                                       .where(student_t.c.school_code == school_code))}


CHILD_COLUMNS = ["学校", "学籍号", "姓名", "台账", "报告月份", "离校时间", "去向", "劝返次数", "两线参与", "结果", "返校日期"]
SCHOOL_COLUMNS = ["学校", "学校标识码", "已报月份", "未报月份", "台账人数"]


def _child_row(c: ChildLine) -> list:
    return [c.school_name, c.student_number, c.name, c.ledger_label, "、".join(c.months), c.left_on, c.whereabouts,
            c.attempts, "是" if c.both_lines else "否", c.result_label, c.returned_on]


def _school_row(s: SchoolLine) -> list:
    return [s.name, s.code, "、".join(s.reported) or "—", "、".join(s.missing) or "—", s.children]


def quarterly_summary(report: QuarterlyReport) -> str:
    return (f"台账学生 {len(report.children)} 人:已返校 {len(report.returned)} 人,仍未返校 {len(report.still_out)} 人;"
            f"未按月报告的学校 {len(report.not_reporting)} 所(截至 {report.as_of.isoformat()})。")


def quarterly_sections(report: QuarterlyReport) -> list[tuple[str, list[str], list[list]]]:
    """(title, column headings, lines) of each list of the re-check: still out, returned and other, the schools."""
    return [("仍未返校", CHILD_COLUMNS, [_child_row(c) for c in report.still_out]),
            ("已返校及其他", CHILD_COLUMNS, [_child_row(c) for c in report.children if c.result]),
            ("各校报告情况", SCHOOL_COLUMNS, [_school_row(s) for s in report.schools])]


def write_quarterly(report: QuarterlyReport, out: Path) -> Path:
    """``.xlsx`` (a sheet per list) or ``.pdf`` (A4 landscape, the shipped Chinese font), written atomically."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError("输出文件", "exchange.xlsx_pdf_not", out_name=out.name)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    summary = quarterly_summary(report)
    sections = quarterly_sections(report)
    if suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook()
        wb.remove(wb.active)
        for title, headers, rows in sections:
            ws = wb.create_sheet(title)
            ws.append([report.title])
            ws["A1"].font = Font(bold=True, size=14)
            ws.append([summary])
            ws.append(headers)
            for cell in ws[3]:
                cell.font = Font(bold=True)
            for row in rows:
                append_row(ws, row)  # names and places from the schools' bundles: text, never a formula
            ws.freeze_panes = "A4"
        wb.save(tmp)
    else:
        from reportlab.platypus import PageBreak, Spacer

        s = styles()
        page = landscape(A4)
        w = page[0] - 30 * mm
        story: list = [para(report.title, s.title), para(summary, s.cell), Spacer(1, 3 * mm)]
        for i, (title, headers, rows) in enumerate(sections):
            if i:
                story.append(PageBreak())
            story.append(para(title, s.title))
            data = [headers] + [[str(x) for x in r] for r in rows]
            if not rows:
                data.append(["无"] + [""] * (len(headers) - 1))
            cw = [w / len(headers)] * len(headers)
            story.append(form_table(data, cw, header_rows=1, cell_style=s.cell_small))
        write_pdf(out, story, school_name="县教育局", doc_title=report.title, pagesize=page,
                  margins=(15 * mm, 15 * mm, 17 * mm, 15 * mm))  # written atomically
        return out
    tmp.replace(out)
    return out


__all__ = ["ChildLine", "QuarterlyReport", "SchoolLine", "parse_quarter", "quarter_months", "quarterly_report",
           "quarterly_sections", "quarterly_summary", "write_quarterly"]
