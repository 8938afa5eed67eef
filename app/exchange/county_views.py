"""The county clerk's cross-school views of a week (``baoxue county report``), besides the summary of
:mod:`app.exchange.county_report`:

* **schools that did not report**: every school the county knows — from a bundle, or only from a registered
  certificate — without a bundle (not superseded) whose period overlaps the week; with its last bundle and how many
  weeks ago its period ended;
* **children reported out in the week, by school**: status changes dated in the week that take a child off the
  roll (suspension, transfer out, borrow-study elsewhere, dropout, death; graduation and completion are the normal
  way out and are left out);
* **transfers in flight**: children a school transferred out by the week's end whom no other school of the
  database has on its roll by then (the same 学籍号 ``in_school`` elsewhere, arrived by that day). The school days
  since they left are counted in the national calendar (weekends, statutory holidays and 调休; a school's own
  holidays are not known to the county); past :data:`TRANSFER_DAYS` the line is flagged (人籍分离: a child must
  not stay on no school's roll). A pupil without a 学籍号 yet (``U…`` key) cannot be matched across schools and is
  named so. Transfers that arrived during the week are listed after them;
* **the quarterly re-check** of the quarter the week ends in (:mod:`app.exchange.quarterly`).

:func:`write_county_report` writes the summary and these views as one ``.xlsx`` (a sheet each) or one ``.pdf``
(a section each, the shipped Chinese font).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.x509.oid import NameOID
from sqlalchemy import select

from app.codes import CHANGE, STATUS
from app.documents.pdf import A4, form_table, landscape, mm, para, styles, write_pdf
from app.exchange import keys as keys_mod
from app.exchange import county_transfers
from app.exchange.county import CountyDB, bundle_t, cert_t, effective_records, school_t, student_t
from app.exchange.county_report import (REPORT_COLUMNS, WeekReport, bold_rows, check_output, summary_lines,
                                        summary_table, weekly_summary, write_sheet)
from app.exchange.quarterly import QuarterlyReport, quarterly_report, quarterly_sections, quarterly_summary
from app.exchange.county_transfers import TRANSFER_DAYS, Transfer, school_days_between  # noqa: F401 (re-exported)

#: statuses that take a child off the roll and that the county follows
OUT_STATUSES = ("suspended", "transferred_out", "borrow_out", "dropout", "deceased")


@dataclass(frozen=True)
class SilentSchool:
    county: str
    code: str
    name: str
    last_sequence: int | None
    last_period: str
    weeks_silent: int | None  # whole weeks since its last bundle's period ended (None: never received)

    @property
    def last_label(self) -> str:
        return f"第 {self.last_sequence} 号({self.last_period})" if self.last_sequence else "从未收到"


@dataclass(frozen=True)
class ChildOut:
    county: str
    school_code: str
    school_name: str
    number: str
    name: str
    change: str  # 转出, 辍学, 休学, 借读外出 …
    from_status: str
    to_status: str
    effective: date
    reason: str


@dataclass(frozen=True)
class CountyView:
    summary: WeekReport
    silent: list[SilentSchool]
    children_out: list[ChildOut]
    in_flight: list[Transfer]
    arrived: list[Transfer]  # arrived during the week
    quarterly: QuarterlyReport
    transfer_days: int

    @property
    def overdue(self) -> list[Transfer]:
        return [t for t in self.in_flight if t.overdue(self.transfer_days)]

    @property
    def title(self) -> str:
        return f"控辍保学县级汇总({self.summary.start}–{self.summary.end})"


def _registered_only(c, known: set[str]) -> list[tuple[str, str, str]]:
    """(code, name, county code) of schools with a registered certificate but no bundle yet, from the certificate."""
    out: dict[str, tuple[str, str, str]] = {}
    for code, pem in c.execute(select(cert_t.c.school_code, cert_t.c.cert_pem).order_by(cert_t.c.id)):
        if code in known or code in out:
            continue
        subject = keys_mod.load_cert(pem).subject
        org = subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
        unit = subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
        county = unit[0].value.removeprefix("county ").strip() if unit else ""
        out[code] = (code, org[0].value if org else "", county if county.isdigit() else "")
    return list(out.values())


def silent_schools(db: CountyDB, start: date, end: date) -> list[SilentSchool]:
    with db.engine.connect() as c:
        schools = c.execute(select(school_t).order_by(school_t.c.county_code, school_t.c.code)).all()
        bundles = c.execute(select(bundle_t.c.school_code, bundle_t.c.sequence, bundle_t.c.period_start,
                                   bundle_t.c.period_end, bundle_t.c.superseded_by)
                            .where(bundle_t.c.period_start <= end)).all()
        newcomers = _registered_only(c, {s.code for s in schools})
    out = []
    for s in schools:
        mine = [b for b in bundles if b.school_code == s.code and b.superseded_by is None]
        if any(b.period_end >= start for b in mine):
            continue
        last = max(mine, key=lambda b: b.sequence, default=None)
        out.append(SilentSchool(f"{s.county_code} {s.county_name}".strip(), s.code, s.name,
                                last.sequence if last else None,
                                f"{last.period_start}–{last.period_end}" if last else "",
                                (end - last.period_end).days // 7 if last else None))
    out += [SilentSchool(county or "—", code, name or "(证书上无校名)", None, "", None) for code, name, county in newcomers]
    return sorted(out, key=lambda s: (s.county, s.code))


def _names(c) -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    schools = {s.code: (s.name, f"{s.county_code} {s.county_name}".strip()) for s in c.execute(select(school_t))}
    pupils = {(r.school_code, r.number): r.name
              for r in c.execute(select(student_t.c.school_code, student_t.c.number, student_t.c.name))}
    return schools, pupils


def _change_label(a: dict) -> str:
    code = a.get("code")
    if code:
        return CHANGE.get(code, code)
    return "借读外出" if a.get("toStatus") == "borrow_out" else "借读返回" if a.get("fromStatus") == "borrow_out" else "变动"


def children_out(db: CountyDB, start: date, end: date) -> list[ChildOut]:
    with db.engine.connect() as c:
        schools, pupils = _names(c)
        changes = effective_records(c, "status_change", day_from=start, day_to=end)
    out = []
    for (school, _k), d in changes.items():
        a = d["a"]
        if a["toStatus"] not in OUT_STATUSES:
            continue
        name, county = schools.get(school, ("", ""))
        out.append(ChildOut(county, school, name, a["student"], pupils.get((school, a["student"]), ""),
                            _change_label(a), STATUS.get(a.get("fromStatus") or "", a.get("fromStatus") or "—"),
                            STATUS.get(a["toStatus"], a["toStatus"]), date.fromisoformat(a["effective"]),
                            a.get("reason", "")))
    return sorted(out, key=lambda x: (x.county, x.school_code, x.effective, x.number))


def transfers(db: CountyDB, start: date, end: date) -> tuple[list[Transfer], list[Transfer]]:
    """(in flight on ``end``, arrived between ``start`` and ``end``) — see :mod:`app.exchange.county_transfers`."""
    with db.engine.connect() as c:
        return county_transfers.transfers(c, start, end)


def quarter_of(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def county_view(db: CountyDB, week: date | tuple[date, date], *, report_weekday: int = 3,
                transfer_days: int = TRANSFER_DAYS, due_day: int = 28, today: date | None = None) -> CountyView:
    """The summary of the week and the cross-school views (see the module's text). ``today`` decides which monthly
    reports of the quarter are already due (default: the week's last day)."""
    summary = weekly_summary(db, week, report_weekday=report_weekday)
    start, end = summary.start, summary.end
    flying, arrived = transfers(db, start, end)
    return CountyView(summary, silent_schools(db, start, end), children_out(db, start, end), flying, arrived,
                      quarterly_report(db, quarter_of(end), today=today or end, due_day=due_day), transfer_days)


# --- the file -----------------------------------------------------------------------------------------------------

SILENT_COLUMNS = ["县(区)", "学校", "学校标识码", "最近收到的数据包", "已连续未报(周)"]
OUT_COLUMNS = ["县(区)", "学校", "学籍号", "姓名", "变动", "原状态", "现状态", "生效日期", "原因"]
TRANSFER_COLUMNS = ["转出学校", "学籍号", "姓名", "转出日期", "转往(学校填写)", "已过上学日", "状态"]


def _transfer_state(t: Transfer, limit: int) -> str:
    if t.arrived_at:
        return f"已到达 {t.arrived_at} {t.arrived_on}"
    late = f"超过 {limit} 个上学日仍未到任何学校(人籍分离)" if t.overdue(limit) else ""
    if not t.matchable:
        return "无学籍号,无法跨校核对" + (f";{late}" if late else "")
    return late or "在途"


def sections(view: CountyView) -> list[tuple[str, str, list[str], list[list]]]:
    """(sheet title, note, column headings, lines) of each view after the summary."""
    limit = view.transfer_days
    q = view.quarterly
    out = [
        ("未报送学校", f"本周({view.summary.start}–{view.summary.end})没有收到数据包的学校 {len(view.silent)} 所",
         SILENT_COLUMNS, [[s.county, s.name, s.code, s.last_label, "" if s.weeks_silent is None else s.weeks_silent]
                          for s in view.silent]),
        ("本期转出学生", f"本周离开学籍的学生 {len(view.children_out)} 人(毕业、结业不列)", OUT_COLUMNS,
         [[x.county, x.school_name, x.number, x.name, x.change, x.from_status, x.to_status, x.effective.isoformat(),
           x.reason] for x in view.children_out]),
        ("在途转学", f"在途 {len(view.in_flight)} 人,其中超过 {limit} 个上学日 {len(view.overdue)} 人;本周到达 {len(view.arrived)} 人"
                   "(上学日按国家法定节假日计)", TRANSFER_COLUMNS,
         [[f"{t.school_name}({t.school_code})", t.number, t.name, t.left_on.isoformat(), t.destination, t.school_days,
           _transfer_state(t, limit)] for t in view.in_flight + view.arrived]),
    ]
    for title, headers, lines in quarterly_sections(q):
        out.append((f"季度复核-{title}", f"{q.title}:{quarterly_summary(q)}", headers, lines))
    return out


def column_widths(data: list[list[str]], width: float) -> list[float]:
    """Widths in proportion to the longest text of each column (between 4 and 24 characters)."""
    longest = [min(24, max(4, max(len(str(row[i])) for row in data))) for i in range(len(data[0]))]
    return [width * n / sum(longest) for n in longest]


def write_county_report(view: CountyView, out: Path) -> Path:
    """The summary and the views as ``.xlsx`` (a sheet each) or ``.pdf`` (A4 landscape), written atomically."""
    out = check_output(out)
    parts = sections(view)
    if out.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        write_sheet(ws, "周报汇总", view.summary.title, "", [label for _k, label in REPORT_COLUMNS],
                    summary_lines(view.summary), bold_rows=bold_rows(view.summary))
        ws.freeze_panes = "D3"
        for title, note, headers, rows in parts:
            sheet = wb.create_sheet()
            write_sheet(sheet, title[:31], f"{view.title} · {title}", note, headers, rows)
            sheet.freeze_panes = "A4"
        tmp = out.with_name(out.name + ".part")
        wb.save(tmp)
        tmp.replace(out)
        return out
    from reportlab.platypus import CondPageBreak, Spacer

    s = styles()
    width = landscape(A4)[0] - 20 * mm
    story: list = [para(view.summary.title, s.title), summary_table(view.summary)]
    for title, note, headers, rows in parts:  # a section starts on a new page only when little room is left
        story += [Spacer(1, 6 * mm), CondPageBreak(45 * mm), para(title, s.subtitle), para(note, s.cell),
                  Spacer(1, 2 * mm)]
        data = [headers] + [[str(x) for x in r] for r in rows] if rows else [headers, ["无"] + [""] * (len(headers) - 1)]
        story.append(form_table(data, column_widths(data, width), header_rows=1, cell_style=s.cell_small))
    write_pdf(out, story, school_name="县教育局", doc_title=view.title, pagesize=landscape(A4),
              margins=(10 * mm, 10 * mm, 15 * mm, 15 * mm))
    return out
