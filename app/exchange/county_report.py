"""The county's weekly summary across schools — as things stood in that week — grouped by county code.

A report for a past week shows that week, not today:

* **pupils** are counted as they were on the week's last day: a child whose status changed later (dropped out,
  transferred, borrowed out, suspended) is rewound through the status changes dated after that day (the
  ``fromStatus`` of the first of them; absent ``fromStatus`` = the child was not on this school's roll before,
  as for an enrolment or a transfer in), and a child enrolled after the week (``enrolledOn``) is not counted. A
  record the school removed from its roster (a duplicate, a ``U…`` key replaced by the 学籍号) counts in no week.
  The focus-group flags are the latest the county holds;
* **alerts** are read as the school reported them for that week: the version of the latest bundle whose period
  began by the week's end. An alert counts as open at the week's end when it was raised by then and was not yet
  closed (its case's ``closedOn``; the run's last day when no case came) or cleared (``clearedOn``);
* **roll calls, status changes and weekly figures** are those dated in the week (the latest version: corrections
  count);
* **missing bundles** (缺号) are the gaps below the highest sequence received for that week.

Rows are grouped by the schools' county code (县区代码) — a city database holds several counties — with a subtotal
per county when there is more than one, and the total. Every optional attribute of the bundle schema is read as
optional (``.get``); a bundle carrying only the required attributes reports without error (tested).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.documents.pdf import A4, form_table, landscape, mm, para, styles, write_pdf
from app.errors import ValidationError
from app.exchange.county import CountyDB, bundle_t, effective_records, school_t, student_groups, student_t
from app.spreadsheets import append_row
from app.weekly import week_for

#: (key, heading) of the summary's columns; the first three name the row, the last three are text
REPORT_COLUMNS: list[tuple[str, str]] = [
    ("county", "县(区)"), ("school", "学校"), ("code", "学校标识码"),
    ("enrolled", "在校学生"), ("poor", "建档立卡"), ("left_behind", "留守儿童"),
    # the 2024 list (schemaVersion 1.3; absent in older bundles = 0)
    ("household", "脱贫/监测户"), ("unsupported", "事实无人抚养"), ("hardship", "困境儿童"), ("case_involved", "涉案未成年人"),
    ("roll_days", "点名班次"), ("expected", "应到人次"), ("present", "实到人次"), ("rate", "出勤率%"),
    ("absent", "无故缺勤人次"), ("new_alerts", "新增预警"), ("open_alerts", "未结预警"),
    ("suspected", "疑似辍学(未结)"), ("dropouts", "新增辍学"), ("persuaded_back", "劝返复学"), ("still_out", "仍未返校"),
    ("bundles", "本周数据包"), ("gaps", "缺号"),
]
LABELS = ("county", "school", "code")
TEXTS = ("rate", "bundles", "gaps")
COUNTS = [k for k, _l in REPORT_COLUMNS if k not in LABELS + TEXTS]


@dataclass(frozen=True)
class CountyGroup:
    code: str
    name: str
    rows: list[dict]
    subtotal: dict

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}".strip()


@dataclass(frozen=True)
class WeekReport:
    start: date
    end: date
    rows: list[dict]  # every school, by county code then school code
    total: dict
    counties: list[CountyGroup]

    @property
    def title(self) -> str:
        return f"控辍保学周报汇总({self.start}–{self.end})"


def week_of(day: date, report_weekday: int = 3) -> tuple[date, date]:
    return week_for(day, report_weekday)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _sum(rows: list[dict], label: dict) -> dict:
    out = {**label, "bundles": "", "gaps": ""}
    for k in COUNTS:
        out[k] = sum(r[k] for r in rows)
    out["rate"] = round(100 * out["present"] / out["expected"], 1) if out["expected"] else ""
    return out


def pupils_on(c: Connection, day: date) -> dict[str, list[dict]]:
    """Per school, the Student records of the children on its roll (``in_school``) on ``day``, rewound through the
    status changes dated after it (see the module's text)."""
    first_after: dict[tuple[str, str], tuple[date, str, dict]] = {}
    for (school, rkey), d in effective_records(c, "status_change", day_from=day + timedelta(days=1)).items():
        a = d["a"]
        key, when = (school, a["student"]), date.fromisoformat(a["effective"])
        if key not in first_after or (when, rkey) < first_after[key][:2]:
            first_after[key] = (when, rkey, a)
    out: dict[str, list[dict]] = {}
    for s in c.execute(select(student_t.c.school_code, student_t.c.number, student_t.c.status, student_t.c.data)
                       .where(student_t.c.removed == False)):  # noqa: E712
        data = s.data if isinstance(s.data, dict) else json.loads(s.data)
        enrolled = _day(data.get("enrolledOn"))
        if enrolled is not None and enrolled > day:
            continue
        change = first_after.get((s.school_code, s.number))
        status = change[2].get("fromStatus") if change else s.status
        if status == "in_school":
            out.setdefault(s.school_code, []).append(data)
    return out


def _alert_open_on(a: dict, day: date, case_closed: date | None) -> bool:
    if date.fromisoformat(a["raisedOn"]) > day:
        return False
    if a["status"] == "open":
        return True
    if a["status"] == "cleared":
        ended = _day(a.get("clearedOn"))
    else:  # closed: when its case closed, else when the run of absences ended
        ended = case_closed or _day(a.get("lastAbsentDay"))
    return ended is not None and ended > day


def weekly_summary(db: CountyDB, week: date | tuple[date, date], *, report_weekday: int = 3) -> WeekReport:
    start, end = week if isinstance(week, tuple) else week_of(week, report_weekday)
    with db.engine.connect() as c:
        schools = c.execute(select(school_t).order_by(school_t.c.county_code, school_t.c.code)).all()
        per: dict[str, dict] = {s.code: {"county": f"{s.county_code} {s.county_name}".strip(), "school": s.name,
                                         "code": s.code, **{k: 0 for k in COUNTS}, "bundles": "", "gaps": ""}
                                for s in schools}
        for school, pupils in pupils_on(c, end).items():
            row = per.get(school)
            if row is None:
                continue
            for data in pupils:
                row["enrolled"] += 1
                row["poor"] += data.get("poorHousehold") == "true"
                row["left_behind"] += data.get("leftBehind", "0") != "0"
                for key, n in student_groups(data).items():
                    row[key] += n
        for (school, _k), d in effective_records(c, "roll_call", day_from=start, day_to=end).items():
            row = per.get(school)
            if row is None:
                continue
            a = d["a"]
            row["roll_days"] += 1
            row["expected"] += int(a["enrolled"])
            row["present"] += int(a["present"])
            row["absent"] += sum(1 for _t, m in d.get("c", []) if m.get("mark") == "absent")
        closed_cases = {(school, d["a"].get("alert")): _day(d["a"].get("closedOn"))
                        for (school, _k), d in effective_records(c, "case").items()}
        for (school, _k), d in effective_records(c, "alert", as_of=end).items():
            row = per.get(school)
            if row is None:
                continue
            a = d["a"]
            is_open = _alert_open_on(a, end, closed_cases.get((school, a["key"])))
            if start <= date.fromisoformat(a["raisedOn"]) <= end and (a["status"] != "cleared" or is_open):
                row["new_alerts"] += 1
            if is_open:
                row["open_alerts"] += 1
                row["suspected"] += a["level"] == "suspected_dropout"
        for (school, _k), d in effective_records(c, "status_change", day_from=start, day_to=end).items():
            if school in per and d["a"].get("code") == "28":
                per[school]["dropouts"] += 1
        for (school, _k), d in effective_records(c, "weekly_figure", day_from=start, day_to=end + timedelta(days=6)).items():
            key = d["a"]["key"]
            if school in per and key in ("persuaded_back", "still_out"):
                per[school][key] = max(per[school][key], int(d["a"]["count"]))
        for s in schools:
            rows = c.execute(select(bundle_t.c.sequence, bundle_t.c.period_start, bundle_t.c.period_end,
                                    bundle_t.c.superseded_by).where(bundle_t.c.school_code == s.code,
                                                                    bundle_t.c.period_start <= end)).all()
            seqs = sorted(r.sequence for r in rows if r.superseded_by is None and r.period_end >= start)
            have = {r.sequence for r in rows}
            missing = sorted(set(range(1, max(have) + 1)) - have) if have else []
            per[s.code]["bundles"] = "、".join(map(str, seqs)) or "未收到"
            per[s.code]["gaps"] = "、".join(map(str, missing))
    rows = list(per.values())
    for r in rows:
        r["rate"] = round(100 * r["present"] / r["expected"], 1) if r["expected"] else ""
    groups = []
    for s in schools:
        if not groups or groups[-1][0] != s.county_code:
            groups.append((s.county_code, s.county_name, []))
        groups[-1][2].append(per[s.code])
    counties = [CountyGroup(code, name, members, _sum(members, {"county": f"{code} {name}".strip(), "school": "小计",
                                                                "code": f"{len(members)} 所学校"}))
                for code, name, members in groups]
    total = _sum(rows, {"county": f"{len(counties)} 个县(区)", "school": "合计", "code": f"{len(rows)} 所学校"})
    return WeekReport(start, end, rows, total, counties)


def summary_lines(report: WeekReport) -> list[list]:
    """The summary as table lines: each county's schools, its subtotal when there are several counties, the total."""
    lines: list[list] = []
    for g in report.counties:
        lines += [[r.get(k, "") for k, _l in REPORT_COLUMNS] for r in g.rows]
        if len(report.counties) > 1:
            lines.append([g.subtotal.get(k, "") for k, _l in REPORT_COLUMNS])
    lines.append([report.total.get(k, "") for k, _l in REPORT_COLUMNS])
    return lines


def check_output(out: Path) -> Path:
    out = Path(out)
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        raise ValidationError("输出文件", "exchange.xlsx_pdf_not", out_name=out.name)
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


def write_report(report: WeekReport, out: Path) -> Path:
    """The summary alone as ``.xlsx`` (openpyxl) or ``.pdf`` (the shipped Chinese font), written atomically.
    ``baoxue county report`` writes it with the cross-school views (:mod:`app.exchange.county_views`)."""
    out = check_output(out)
    headers = [label for _k, label in REPORT_COLUMNS]
    lines = summary_lines(report)
    if out.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        write_sheet(ws, "周报汇总", report.title, "", headers, lines, bold_rows=bold_rows(report))
        ws.freeze_panes = "D3"
        tmp = out.with_name(out.name + ".part")
        wb.save(tmp)
        tmp.replace(out)
        return out
    write_pdf(out, [para(report.title, styles().title), summary_table(report)], school_name="县教育局",
              doc_title=report.title, pagesize=landscape(A4), margins=(10 * mm, 10 * mm, 15 * mm, 15 * mm))
    return out


def bold_rows(report: WeekReport) -> set[int]:
    """Indexes (in :func:`summary_lines`) of the subtotal and total lines."""
    out, i = set(), 0
    for g in report.counties:
        i += len(g.rows)
        if len(report.counties) > 1:
            out.add(i)
            i += 1
    out.add(i)
    return out


def write_sheet(ws, title: str, heading: str, note: str, headers: list[str], lines: list[list], *,
                bold_rows: set[int] = frozenset()) -> None:
    """One sheet: the heading, a note line when given, the column headings (bold), the lines."""
    from openpyxl.styles import Font

    ws.title = title
    ws.append([heading])
    ws["A1"].font = Font(bold=True, size=14)
    if note:
        ws.append([note])
    ws.append(headers)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    first = ws.max_row + 1
    for line in lines:
        append_row(ws, line)  # school and pupil names come from the bundles: text, never a formula
    for i in bold_rows:
        for cell in ws[first + i]:
            cell.font = Font(bold=True)


def summary_table(report: WeekReport):
    """The summary as a PDF table (A4 landscape): a heading line per county, its schools, its subtotal (when there
    are several counties), the total; subtotal and total shaded."""
    from reportlab.lib import colors

    s = styles()
    columns = REPORT_COLUMNS[1:]  # the county is the heading line of its group
    headers = [label for _k, label in columns]
    data: list[list] = [headers]
    spans, shaded, heads = [], [], []

    def line(row: dict) -> list[str]:
        return [str(row.get(k, "")) for k, _l in columns]

    for g in report.counties:
        heads.append(len(data))
        data.append([f"{g.label}({len(g.rows)} 所学校)"] + [""] * (len(columns) - 1))
        data += [line(r) for r in g.rows]
        if len(report.counties) > 1:
            shaded.append(len(data))
            data.append(line(g.subtotal))
    shaded.append(len(data))
    data.append(line(report.total))
    width = landscape(A4)[0] - 20 * mm
    wide = {"school": 0.15, "code": 0.08, "bundles": 0.055, "gaps": 0.045}
    rest = (1 - sum(wide.values())) / (len(columns) - len(wide))
    widths = [width * wide.get(k, rest) for k, _l in columns]
    extra = [("SPAN", (0, r), (-1, r)) for r in heads]
    extra += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#e4ecf7")) for r in heads]
    extra += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2")) for r in shaded]
    return form_table(data, widths, header_rows=1, cell_style=s.cell_small, extra=extra)
