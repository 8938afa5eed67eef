"""The monthly ledgers of the 2024 rule as printable A4 forms (landscape), from :mod:`app.monthly`.

One PDF for a month, three forms, each starting on a new page with its header repeated:

* 疑似辍学学生台账 — one row per child;
* 辍学学生台账 — one row per child (未登记 where the dropout threshold is reached but not registered);
* 劝返复学台账 — per child a block: the child and family, then one row per persuasion attempt
  (date, who went from the administrative line and from the education line, what was done, result),
  the township's notice and the result.

A form with nobody on it says so (本月无) — the county needs to see that the school reported.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape as esc

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer
from sqlmodel import Session

from app.accounts import Actor, require
from app.documents import DocumentResult, SchoolContext, school_context
from app.documents.forms import audit_print, form_head, sign_line
from app.documents.pdf import A4, cn_date, form_table, landscape, mm, para, styles, write_pdf
from app.monthly import LEDGERS, LedgerChild, MonthlyReport, build_report

PAGE = landscape(A4)
MARGINS = (15 * mm, 15 * mm, 17 * mm, 15 * mm)
W = PAGE[0] - 30 * mm


def _d(day: date | None) -> str:
    return cn_date(day) if day else ""


def _header(title: str, ctx: SchoolContext, r: MonthlyReport) -> list:
    return form_head(title, ctx, f"填报单位:{esc(ctx.name)}(盖章)\u00a0\u00a0学校标识码:{ctx.code}",
                 f"报告月份:{r.month}\u00a0\u00a0截至:{_d(r.as_of)}", width=W)


def _none_row(n_cols: int, text: str = "本月无") -> list[str]:
    return [text] + [""] * (n_cols - 1)


def _ledger_table(children: list[LedgerChild], *, dropout: bool) -> list:
    s = styles()
    head = ["序号", "姓名", "性别", "班级", "学籍号", "监护人", "联系电话", "家庭住址", "离校时间",
            "缺勤(上学日)", "离校原因", "去向", "责任人", "目前状况"]
    rows = [head]
    for i, c in enumerate(children, 1):
        state = c.result + ("" if c.registered or not dropout else "(未登记辍学)")
        rows.append([str(i), c.name, c.sex, c.class_name, c.student_number, c.guardian or "未登记", c.phone,
                     c.address, _d(c.left_on), f"{c.days_absent:g}", c.reason_left or "待查明", c.whereabouts or "待查明",
                     c.responsible, state])
    spans = []
    if not children:
        rows.append(_none_row(len(head)))
        spans = [((0, 1), (-1, 1))]
    cw = [W * f for f in (0.035, 0.06, 0.035, 0.075, 0.11, 0.08, 0.08, 0.11, 0.065, 0.05, 0.08, 0.07, 0.06, 0.09)]
    return [form_table(rows, cw, header_rows=1, spans=spans, cell_style=s.cell_small,
                       label_cells=[(0, r) for r in range(len(rows))])]


def _persuasion_block(i: int, c: LedgerChild) -> list:
    s = styles()
    rows = [
        [f"{i}. {c.name}", f"{c.sex} · {c.class_name} · 学籍号 {c.student_number}", "监护人", c.guardian or "未登记",
         "联系电话", c.phone],
        ["家庭住址", c.address, "离校时间", _d(c.left_on), "去向", c.whereabouts or "待查明"],
        ["离校原因", c.reason_left or "待查明", "责任人", c.responsible, "缺勤", f"{c.days_absent:g} 个上学日"],
        ["劝返日期", "行政线参与人员", "教育线参与人员", "劝返措施", "", "结果"],
    ]
    for a in c.attempts:
        rows.append([_d(a.day), a.administrative or "—", a.education or "—", a.actions, "", a.result])
    if not c.attempts:
        rows.append(["尚无劝返记录", "", "", "", "", ""])
    notice = (f"{_d(c.notice_issued_on)} {c.notice_issuer} {c.notice_reference}".strip()
              + (f",限 {_d(c.notice_deadline)} 前返校" if c.notice_deadline else "")) if c.notice_issued_on else "未发"
    rows.append(["乡镇限期返校通知书", notice, "", "劝返结果", c.result, ""])
    n = len(rows)
    spans = [((3, r), (4, r)) for r in range(3, n - 1)]
    spans += [((1, n - 1), (2, n - 1)), ((4, n - 1), (5, n - 1))]
    if not c.attempts:
        spans.append(((0, 4), (-1, 4)))
    cw = [W * f for f in (0.12, 0.24, 0.12, 0.22, 0.10, 0.20)]
    labels = [(0, 1), (0, 2), (2, 0), (4, 0), (2, 1), (4, 1), (2, 2), (4, 2), (0, n - 1), (3, n - 1)]
    labels += [(col, 3) for col in range(6)]
    t = form_table(rows, cw, spans=spans, label_cells=labels, cell_style=s.cell_small)
    return [KeepTogether([t]), Spacer(1, 3 * mm)]


def render_monthly_ledgers(out, ctx: SchoolContext, r: MonthlyReport, *, prepared_by: str = ""):
    s = styles()
    story: list = []
    story += _header(f"{LEDGERS['suspected'].replace('台账', '学生台账')}({r.month})", ctx, r)
    story += _ledger_table(r.suspected, dropout=False)
    story.append(para("疑似辍学:无故连续缺勤达到本县规定天数(或两次家访未果)的学生;“目前状况”为截至日期的情况。", s.note))
    story += sign_line("填报人:", "校长(签字):", "报送日期:")
    story.append(PageBreak())
    story += _header(f"{LEDGERS['dropout'].replace('台账', '学生台账')}({r.month})", ctx, r)
    story += _ledger_table(r.dropouts, dropout=True)
    story.append(para("辍学:达到本县辍学认定标准或家长明确拒绝送返的学生;学校已书面报告乡镇政府、县教育局和学籍主管部门。", s.note))
    story += sign_line("填报人:", "校长(签字):", "报送日期:")
    story.append(PageBreak())
    story += _header(f"{LEDGERS['persuasion']}({r.month})", ctx, r)
    people = r.persuasion
    story.append(para(f"本月在册 {len(people)} 人:已返校 {len(r.returned)} 人,仍未返校 {len(r.still_out)} 人。"
                      "劝返须行政线(县、乡镇、村)和教育线(教育局、学校)共同参与。", s.cell))
    story.append(Spacer(1, 2 * mm))
    if not people:
        story.append(form_table([["本月无"]], [W]))
    for i, c in enumerate(people, 1):
        story.append(CondPageBreak(40 * mm))
        story += _persuasion_block(i, c)
    story += sign_line("填报人:", "校长(签字):", "报送日期:")
    if prepared_by:
        story.append(para(f"(系统生成,填报人:{prepared_by};报送截止 {_d(r.due)})", s.note))
    return write_pdf(out, story, school_name=ctx.name, doc_title=r.title, pagesize=PAGE, margins=MARGINS)


def print_monthly_ledgers(session: Session, actor: Actor, out, month: str, *,
                          today: date | None = None) -> DocumentResult:
    """The month's three ledgers as one PDF (the office only; printing personal data is audited)."""
    require(actor, "documents.print_all")
    report = build_report(session, actor, month, today=today)
    ctx = school_context(session, report.as_of)
    path, pages = render_monthly_ledgers(out, ctx, report, prepared_by=actor.display_name or actor.username)
    audit_print(session, actor, "monthly_ledgers", "school", None, path, f"打印{report.title}台账")
    return DocumentResult(path, pages, report.title)


__all__ = ["print_monthly_ledgers", "render_monthly_ledgers"]
