"""The official forms, filled from the database (domain.md §2 measure 4, §3, §5, §6).

Each form has a plain dataclass of what is typed on it (so other capabilities — the case
file, approvals — fill it from their own records), a ``render_*`` function that only lays
out the PDF, and a ``print_*`` service that reads the database, checks the permission,
writes the file atomically and records one audit entry (printing personal data is logged).

* 家访记录表 — :class:`HomeVisitFields`, blank or filled (:func:`print_home_visit`)
* 学生缺勤情况报告 to the township government and county bureau — :func:`print_absence_report`
* 限期返校通知书 with a tear-off receipt — :func:`print_return_notice`
* 控辍保学周报 / 月报 — :class:`PeriodFigures` (:func:`print_period_report`)
* 在校学生核查表 (enrolled against present on a day) — :func:`print_inspection_sheet`
* 班级学生花名册 — :func:`print_class_roll`
* 转学联系表 — :class:`TransferFields` (:func:`print_transfer_form`)
* 休学审批表 — :class:`SuspensionFields` (:func:`print_suspension_form`)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from xml.sax.saxutils import escape as esc

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepInFrame, PageBreak, Spacer
from sqlmodel import Session, col, select

from app import audit, weekly
from app.accounts import Actor, require
from app.attendance import MARKS, MISSED_MARKS
from app.codes import HEALTH, RELATION, SEX, STATUS
from app.data.models import (
    AbsenceAlert,
    AttendanceMark,
    AttendanceSheet,
    Contact,
    Guardian,
    SchoolClass,
    Staff,
    Student,
)
from app.documents import (
    DocumentResult,
    SchoolContext,
    require_print_class,
    school_context,
)
from app.documents.pdf import (
    A4,
    Progress,
    ProgressMark,
    blank,
    cn_date,
    content_width,
    date_blank,
    form_table,
    landscape,
    mm,
    para,
    plain_table,
    styles,
    write_pdf,
)
from app.documents.form_fields import FORMS, AbsenceReportDetails, ReturnNoticeFields, SuspensionFields, TransferFields
from app.documents.pledge_records import classes_in_scope
from app.errors import NotFound, PermissionDenied, ValidationError
from app.fields import FIELDS
from app.students import FOCUS_GROUPS, focus_groups_of, home_address

W = content_width()
LEVELS = {"alert": "无故缺勤预警", "suspected_dropout": "疑似辍学", "dropout": "辍学"}
CONTACT_FORMS = {"in_person": "入户家访", "phone": "电话联系", "video": "视频联系"}


def _d(day: date | None) -> str:
    return cn_date(day) if day else ""


def _d_or_blank(day: date | None) -> str:
    return cn_date(day) if day else date_blank()


# --- the student on a form ------------------------------------------------------------------


@dataclass(frozen=True)
class GuardianFacts:
    name: str
    relation: str
    phone: str
    lives_with_child: bool
    works_away: bool
    work_place: str


@dataclass(frozen=True)
class StudentFacts:
    """What forms print about a student (plain data)."""

    id: int
    name: str
    sex: str
    birth_date: date
    id_number: str
    student_number: str
    class_id: int | None
    class_name: str
    head_teacher: str
    head_teacher_phone: str
    address: str
    status: str
    health: str
    focus: str
    enrolled_on: date
    guardians: tuple[GuardianFacts, ...]

    @property
    def first_phone(self) -> str:
        return next((g.phone for g in self.guardians if g.phone), "")

    @property
    def guardian_line(self) -> str:
        return ";".join(f"{g.name}({g.relation}){g.phone}" for g in self.guardians)


def student_facts(session: Session, actor: Actor, student_id: int) -> StudentFacts:
    s = session.get(Student, student_id)
    if s is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    c = session.get(SchoolClass, s.class_id) if s.class_id else None
    require_print_class(actor, s.class_id, c.name if c else "该学生所在班级")
    head = session.get(Staff, c.head_teacher_id) if c and c.head_teacher_id else None
    gs = session.exec(select(Guardian).where(Guardian.student_id == s.id)
                      .order_by(Guardian.sort_order, Guardian.id)).all()
    # every text cut to its field's length: an older version may have stored more, and the form must fit its page
    short = {key: f.shorten for key, f in FIELDS.items()}
    return StudentFacts(
        s.id, short["student.name"](s.name), SEX.get(s.sex, ""), s.birth_date, short["student.id_number"](s.id_number),
        s.student_number, s.class_id, short["class.name"](c.name) if c else "",
        short["staff.name"](head.name) if head else "", short["staff.phone"](head.phone) if head else "",
        home_address(s), STATUS.get(s.status, s.status), HEALTH.get(s.health, s.health),
        "、".join(FOCUS_GROUPS[k] for k in focus_groups_of(s)), s.enrolled_on,
        tuple(GuardianFacts(short["guardian.name"](g.name), RELATION.get(g.relation, g.relation),
                            short["guardian.phone"](g.phone), g.lives_with_child, g.works_away,
                            short["guardian.work_place"](g.work_place)) for g in gs))


def audit_print(session: Session, actor: Actor, what: str, entity: str, entity_id: int | None, path: Path,
                 summary: str) -> None:
    audit.record(session, actor, "document.print", entity, entity_id, after={"form": what, "file": str(path)},
                 summary=summary)


def form_head(title: str, ctx: SchoolContext, left: str = "", right: str = "", width: float | None = None) -> list:
    """Title, then a line with ``left`` and ``right`` (markup: escape user text with :func:`esc`)."""
    s = styles()
    w = width or W
    out = [para(title, s.title)]
    if left or right:
        right_style = ParagraphStyle("bx-head-r", parent=s.cell, alignment=TA_RIGHT)
        out.append(plain_table([[para(left, s.cell, markup=True), para(right, right_style, markup=True)]],
                               [w * 0.6, w * 0.4]))
        out.append(Spacer(1, 2 * mm))
    return out


def _student_block(st: StudentFacts) -> list[list]:
    return [
        ["学生姓名", st.name, "性别", st.sex, "出生日期", _d(st.birth_date)],
        ["班级", st.class_name, "班主任", st.head_teacher, "学籍号", st.student_number],
        ["身份证号", st.id_number, "家庭住址", st.address, "", ""],
    ]


_SIX = [W * f for f in (0.12, 0.25, 0.10, 0.17, 0.11, 0.25)]
_LABELS6 = [(c, r) for r in range(40) for c in (0, 2, 4)]


def _grey(cols=(0, 2, 4), rows: tuple[int, int] = (0, -1)) -> list[tuple]:
    return [("BACKGROUND", (c, rows[0]), (c, rows[1]), colors.HexColor("#f2f2f2")) for c in cols]


def sign_line(*labels: str) -> list:
    s = styles()
    cells = [f"{lab}{blank(7)}" for lab in labels]
    t = plain_table([[para(c, s.body_plain, markup=True) for c in cells]], [W / len(cells)] * len(cells), pad=6)
    return [Spacer(1, 3 * mm), t]


# --- 家访记录表 ----------------------------------------------------------------------------------


@dataclass
class HomeVisitFields:
    """One home-visit record (domain.md §6). Every field is optional: empty prints a blank to write on."""

    student_name: str = ""
    class_name: str = ""
    sex: str = ""
    address: str = ""
    contact_phone: str = ""
    visit_date: date | None = None
    visit_time: time | None = None
    form: str = ""  # 入户家访 / 电话联系 / 视频联系 (or the key in_person/phone/video)
    visitors: str = ""
    guardian_met: str = ""
    guardian_relation: str = ""
    family_situation: str = ""
    purpose: str = ""
    student_condition: str = ""
    problems: str = ""
    measures: str = ""
    guardian_opinion: str = ""
    focus: str = ""


def home_visit_fields(session: Session, actor: Actor, student_id: int) -> HomeVisitFields:
    """The student's side of a home-visit sheet, filled from the record (the visit itself left blank)."""
    st = student_facts(session, actor, student_id)
    return HomeVisitFields(student_name=st.name, class_name=st.class_name, sex=st.sex, address=st.address,
                           contact_phone=st.guardian_line, focus=st.focus)


def home_visit_from_contact(session: Session, actor: Actor, contact_id: int) -> HomeVisitFields:
    """A recorded contact (app.cases) as a filled home-visit sheet."""
    c = session.get(Contact, contact_id)
    if c is None:
        raise NotFound("documents.home_visit_record_does_not", contact_id=contact_id)
    f = home_visit_fields(session, actor, c.student_id)
    staff = session.get(Staff, c.staff_id) if c.staff_id else None
    visitors = "、".join(x for x in [staff.name if staff else "", c.companions] if x)
    f.address = c.address or f.address
    f.visit_date, f.visit_time = c.contact_date, c.contact_time
    f.form = CONTACT_FORMS.get(c.form, c.form)
    f.visitors, f.guardian_met = visitors, c.guardian_met
    f.guardian_relation = RELATION.get(c.guardian_relation, c.guardian_relation)
    f.family_situation, f.purpose, f.student_condition = c.family_situation, c.purpose, c.student_condition
    f.problems, f.measures, f.guardian_opinion = c.problems, c.measures, c.guardian_opinion
    return f


def _home_visit_story(ctx: SchoolContext, v: HomeVisitFields | None) -> list:
    v = v or HomeVisitFields()
    form = CONTACT_FORMS.get(v.form, v.form)
    forms_box = "  ".join(("■" if form == lab else "□") + lab for lab in CONTACT_FORMS.values())
    when = ""
    if v.visit_date:
        when = cn_date(v.visit_date) + (f" {v.visit_time.strftime('%H:%M')}" if v.visit_time else "")
    else:
        when = date_blank() + "\u00a0\u00a0\u00a0时\u00a0\u00a0\u00a0分"
    rows = [
        ["学生姓名", v.student_name, "性别", v.sex, "班级", v.class_name],
        ["家庭住址", v.address, "", "", "重点群体", v.focus],
        ["家长联系方式", v.contact_phone, "", "", "", ""],
        ["家访时间", when, "", "家访形式", forms_box, ""],
        ["家访教师及\n参加人员", v.visitors, "", "", "", ""],
        ["接待家长", v.guardian_met, "与学生关系", v.guardian_relation, "", ""],
        ["家庭基本情况\n（成员、收入、\n监护、外出\n务工）", v.family_situation, "", "", "", ""],
        ["家访目的", v.purpose, "", "", "", ""],
        ["学生在家表现\n及现状", v.student_condition, "", "", "", ""],
        ["存在的问题", v.problems, "", "", "", ""],
        ["帮扶措施及\n后续计划", v.measures, "", "", "", ""],
        ["家长意见", v.guardian_opinion, "", "", "", ""],
        ["签字", "家访教师:", "", "家长:", "", ""],
    ]
    spans = [((1, 1), (3, 1)), ((1, 2), (5, 2)), ((1, 3), (2, 3)), ((4, 3), (5, 3)), ((1, 4), (5, 4)),
             ((3, 5), (5, 5)), ((1, 6), (5, 6)), ((1, 7), (5, 7)), ((1, 8), (5, 8)), ((1, 9), (5, 9)),
             ((1, 10), (5, 10)), ((1, 11), (5, 11)), ((1, 12), (2, 12)), ((3, 12), (5, 12))]
    heights = [None, None, None, None, 12 * mm, None, 30 * mm, 16 * mm, 24 * mm, 24 * mm, 30 * mm, 18 * mm,
               14 * mm]
    labels = [(0, r) for r in range(13)] + [(2, 0), (4, 0), (4, 1), (3, 3), (2, 5)]
    cw = [W * f for f in (0.16, 0.20, 0.14, 0.14, 0.13, 0.23)]
    t = form_table(rows, cw, spans=spans, label_cells=labels, row_heights=heights,
                   extra=[("VALIGN", (1, 6), (5, 11), "TOP")]
                   + [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2"))])
    # one sheet a visit: a long address or name (up to its field's length) shrinks the form rather than push
    # the signatures onto a second page
    return form_head("学生家访记录表", ctx, f"学校:{esc(ctx.name)}", esc(ctx.school_year)) + [
        KeepInFrame(W, 0, [t], mode="shrink")]


def render_home_visit(out, ctx: SchoolContext, visits: list[HomeVisitFields | None]) -> tuple[Path, int]:
    story: list = []
    for i, v in enumerate(visits):
        if i:
            story.append(PageBreak())
        story.extend(_home_visit_story(ctx, v))
    return write_pdf(out, story, school_name=ctx.name, doc_title="学生家访记录表")


def print_home_visit(session: Session, actor: Actor, out, *, student_id: int | None = None,
                     contact_id: int | None = None, fields: HomeVisitFields | None = None, copies: int = 1,
                     today: date | None = None) -> DocumentResult:
    """A home-visit sheet: blank (no argument), pre-filled for a student, or filled from a contact / fields."""
    ctx = school_context(session, today)
    if copies < 1 or copies > 200:
        raise ValidationError("份数", "documents.must_between_1_200")
    if contact_id is not None:
        fields = home_visit_from_contact(session, actor, contact_id)
    elif student_id is not None and fields is None:
        fields = home_visit_fields(session, actor, student_id)
    elif fields is None and not (actor.has("documents.print_all") or actor.has("documents.print_class")):
        raise PermissionDenied("documents.may_not_print_home_visit")
    path, pages = render_home_visit(out, ctx, [fields] * copies)
    audit_print(session, actor, "home_visit", "student", student_id, path,
                 f"打印家访记录表{('(' + fields.student_name + ')') if fields and fields.student_name else '(空白)'}")
    return DocumentResult(path, pages, "学生家访记录表")


# --- 缺勤情况报告 ---------------------------------------------------------------------------------


def render_absence_report(out, ctx: SchoolContext, st: StudentFacts, alert: AbsenceAlert,
                          d: AbsenceReportDetails) -> tuple[Path, int]:
    s = styles()
    level = LEVELS.get(alert.level, alert.level)
    days = f"{alert.days_absent:g}"
    story = form_head(f"关于学生{st.name}{level}情况的报告", ctx, esc(ctx.name),
                  esc(d.reference) if d.reference else "文号:" + blank(5))
    story.append(para(f"{ctx.township_government}、{ctx.bureau}:", s.body_plain))
    story.append(para(
        f"我校{st.class_name}学生{st.name}自{_d(alert.first_absent_day)}起未到校,至{_d(alert.last_absent_day)}"
        f"已无故缺勤{days}个上学日,达到{level}标准。根据控辍保学工作要求,现将有关情况报告如下:", s.body))
    story.append(Spacer(1, 2 * mm))
    story.append(form_table(_student_block(st), _SIX, spans=[((3, 2), (5, 2))], label_cells=_LABELS6,
                            extra=_grey()))
    g_rows = [["监护人", "关系", "联系电话", "是否与学生同住", "外出务工地点"]]
    for g in st.guardians or (GuardianFacts("", "", "", False, False, ""),):
        g_rows.append([g.name, g.relation, g.phone, "是" if g.lives_with_child else ("否" if g.name else ""),
                       g.work_place if g.works_away else ("未外出" if g.name else "")])
    story.append(form_table(g_rows, [W * f for f in (0.18, 0.12, 0.22, 0.16, 0.32)], header_rows=1,
                            label_cells=[(c, r) for r in range(len(g_rows)) for c in (1, 3)]))
    rows = [
        ["缺勤起止", f"{_d(alert.first_absent_day)} 至 {_d(alert.last_absent_day)},共 {days} 个上学日", "", ""],
        ["预警级别", level, "预警日期", _d(alert.raised_on)],
        ["缺勤原因", d.reason, "", ""],
        ["学生现在何处", d.whereabouts, "", ""],
        ["学校已采取的\n措施(家访等)", d.actions_taken, "", ""],
        ["下一步工作", d.next_steps, "", ""],
        ["请求协助事项", d.requests, "", ""],
    ]
    cw = [W * 0.16, W * 0.40, W * 0.14, W * 0.30]
    story.append(form_table(rows, cw, spans=[((1, 0), (3, 0))] + [((1, r), (3, r)) for r in range(2, 7)],
                            label_cells=[(0, r) for r in range(7)] + [(2, 1)],
                            row_heights=[None, None, 16 * mm, 14 * mm, 26 * mm, 18 * mm, 14 * mm],
                            extra=[("VALIGN", (1, 2), (3, 6), "TOP")] + _grey((0,))))
    story.append(Spacer(1, 4 * mm))
    story.append(para("特此报告。", s.body))
    story.append(Spacer(1, 6 * mm))
    reporter = d.reporter or blank(5)
    phone = d.reporter_phone or blank(6)
    sign = [[para(f"报告人:{reporter}\u00a0\u00a0联系电话:{phone}", s.body_plain, markup=True),
             para(f"{ctx.name}(盖章)<br/>{_d_or_blank(d.report_date)}", s.right, markup=True)]]
    story.append(plain_table(sign, [W * 0.5, W * 0.5], valign="BOTTOM"))
    story.append(Spacer(1, 4 * mm))
    story.append(para(f"抄送:{ctx.bureau}学籍管理部门", s.note))
    return write_pdf(out, story, school_name=ctx.name, doc_title="学生缺勤情况报告")


def print_absence_report(session: Session, actor: Actor, out, alert_id: int, *,
                         details: AbsenceReportDetails | None = None, today: date | None = None) -> DocumentResult:
    """The written report to the township government and the county bureau, filled from an absence alert."""
    alert = session.get(AbsenceAlert, alert_id)
    if alert is None:
        raise NotFound("documents.absence_alert_does_not_exist", alert_id=alert_id)
    st = student_facts(session, actor, alert.student_id)
    ctx = school_context(session, today)
    d = details or AbsenceReportDetails()
    path, pages = render_absence_report(out, ctx, st, alert, d)
    audit_print(session, actor, "absence_report", "absence_alert", alert.id, path,
                 f"打印缺勤情况报告({st.name})")
    return DocumentResult(path, pages, "学生缺勤情况报告")


# --- 限期返校通知书 --------------------------------------------------------------------------------


def render_return_notice(out, ctx: SchoolContext, st: StudentFacts, f: ReturnNoticeFields) -> tuple[Path, int]:
    s = styles()
    issuer = f.issuer or ctx.township_government
    parents = "、".join(g.name for g in st.guardians) or blank(5)
    contact = f.school_contact or (f"{st.head_teacher} {st.head_teacher_phone}".strip() if st.head_teacher else "")
    story = [para("限期返校通知书", s.title),
             para(f.reference or f"{blank(3)}〔{f.issued_on.year if f.issued_on else blank(2)}〕{blank(1)}号",
                  s.subtitle, markup=not f.reference)]
    story.append(para(f"{parents}(学生{st.name}的监护人):", s.body_plain, markup=not st.guardians))
    since = f"自{_d(f.since)}起" if f.since else ""
    story.append(para(
        f"你的子女{st.name}(性别:{st.sex},出生日期:{_d(st.birth_date)},学籍号:{st.student_number})"
        f"系{ctx.name}{st.class_name}学生,{since}未到校上课。经学校和村(社区)多次劝返,至今仍未返校。", s.body))
    story.append(para(
        "根据《中华人民共和国义务教育法》第五条、第十一条和《中华人民共和国未成年人保护法》第十六条的规定,"
        "适龄儿童、少年的父母或者其他法定监护人应当依法保证其按时入学接受并完成义务教育。"
        f"现责令你于{_d(f.deadline)}前送子女到{ctx.name}报到复学。", s.body))
    story.append(para(
        "逾期仍不送子女返校的,将依照《中华人民共和国义务教育法》第五十八条等有关规定,"
        "由当地乡镇人民政府或者县级人民政府教育行政部门给予批评教育,责令限期改正;"
        "情节严重的,依法申请人民法院处理。", s.body))
    story.append(para(f"学校联系人及电话:{contact or blank(8)}", s.body, markup=not contact))
    story.append(Spacer(1, 8 * mm))
    story.append(plain_table([["", para(f"{issuer}(盖章)<br/>{_d_or_blank(f.issued_on)}", s.right, markup=True)]],
                             [W * 0.4, W * 0.6]))
    story.append(Spacer(1, 8 * mm))
    story.append(para("- " * 26 + "沿此线剪开" + " -" * 26, styles().label))
    story.append(Spacer(1, 3 * mm))
    story.append(para("回  执", s.subtitle))
    story.append(para(f"{issuer}:", s.body_plain))
    story.append(para(f"《限期返校通知书》({f.reference or '编号' + blank(4)})已收到。我保证于{_d(f.deadline)}前送子女"
                      f"{st.name}到{ctx.name}报到复学。", s.body, markup=True))
    story.append(Spacer(1, 4 * mm))
    story.extend(sign_line("监护人(签字):", "联系电话:", "签收日期:"))
    story.append(Spacer(1, 2 * mm))
    story.append(para("本通知书一式三份:监护人、乡镇人民政府、学校各一份;回执由送达人收回,交学校存档。", s.note))
    return write_pdf(out, story, school_name=ctx.name, doc_title="限期返校通知书")


def print_return_notice(session: Session, actor: Actor, out, *, fields: ReturnNoticeFields,
                        student_id: int | None = None, alert_id: int | None = None,
                        today: date | None = None) -> DocumentResult:
    """The deadline-to-return notice for a student (or the student of an absence alert)."""
    if (student_id is None) == (alert_id is None):
        raise ValidationError("学生", "documents.name_either_student_absence_alert")
    if alert_id is not None:
        alert = session.get(AbsenceAlert, alert_id)
        if alert is None:
            raise NotFound("documents.absence_alert_does_not_exist", alert_id=alert_id)
        student_id = alert.student_id
        if fields.since is None:
            fields.since = alert.first_absent_day
    st = student_facts(session, actor, student_id)
    issued = fields.issued_on or today or date.today()
    if fields.deadline < issued:
        raise ValidationError("返校期限", "documents.before_date_issue_fill_again",
                                      deadline=fields.deadline,
                                      issued=issued)
    ctx = school_context(session, today)
    path, pages = render_return_notice(out, ctx, st, fields)
    audit_print(session, actor, "return_notice", "student", st.id, path,
                 f"打印限期返校通知书({st.name},期限 {fields.deadline})")
    return DocumentResult(path, pages, "限期返校通知书")


# --- 周报 / 月报 ------------------------------------------------------------------------------------


@dataclass
class FigureRow:
    label: str
    count: int
    names: str = ""
    definition: str = ""


@dataclass
class PeriodFigures:
    """The figures of one weekly or monthly report (app.weekly gives them; anything else can too)."""

    title: str
    start: date
    end: date
    rhythm: str = "weekly"  # weekly | monthly
    rows: list[FigureRow] = field(default_factory=list)
    enrolled: int | None = None
    prepared_by: str = ""
    notes: str = ""


def period_figures_from_report(report, names: dict[int, str] | None = None, *, enrolled: int | None = None,
                               prepared_by: str = "") -> PeriodFigures:
    """Adapt an :class:`app.weekly.PeriodReport` (with the children's names) to the printed form."""
    names = names or {}
    rows = [FigureRow(f.label, f.count, "、".join(names.get(i, str(i)) for i in f.student_ids), f.definition)
            for f in report.figures]
    return PeriodFigures(report.title, report.start, report.end, report.rhythm, rows, enrolled, prepared_by)


def render_period_report(out, ctx: SchoolContext, p: PeriodFigures) -> tuple[Path, int]:
    s = styles()
    kind = "月报" if p.rhythm == "monthly" else "周报"
    story = form_head(f"控辍保学工作{kind}", ctx, f"填报单位:{esc(ctx.name)}(盖章)",
                  f"报告期:{_d(p.start)}至{_d(p.end)}")
    if p.enrolled is not None:
        story.append(para(f"本校在校学生 {p.enrolled} 名。", s.cell))
        story.append(Spacer(1, 2 * mm))
    rows = [["序号", "项目", "人数", "学生姓名", "说明"]]
    for i, r in enumerate(p.rows, 1):
        rows.append([str(i), r.label, str(r.count), r.names or "—", r.definition])
    cw = [W * f for f in (0.07, 0.17, 0.08, 0.38, 0.30)]
    story.append(form_table(rows, cw, header_rows=1, label_cells=[(0, r) for r in range(len(rows))]
                            + [(2, r) for r in range(len(rows))],
                            extra=[("FONTSIZE", (4, 1), (4, -1), 8)]))
    story.append(Spacer(1, 3 * mm))
    story.append(form_table([["情况说明", p.notes]], [W * 0.14, W * 0.86], label_cells=[(0, 0)],
                            row_heights=[34 * mm], extra=[("VALIGN", (1, 0), (1, 0), "TOP")]))
    story.extend(sign_line("填报人:", "校长(签字):", "报送日期:"))
    if p.prepared_by:
        story.append(para(f"(系统生成,填报人:{p.prepared_by})", s.note))
    return write_pdf(out, story, school_name=ctx.name, doc_title=p.title)


def print_period_report(session: Session, actor: Actor, out, day: date, *,
                        figures: PeriodFigures | None = None, notes: str = "") -> DocumentResult:
    """The weekly (or monthly, per the policy) report for the period containing ``day``."""
    ctx = school_context(session, day)
    if figures is None:
        report = weekly.report_for(session, actor, day)
        ids = {i for f in report.figures for i in f.student_ids}
        names = dict(session.exec(select(Student.id, Student.name).where(col(Student.id).in_(ids))).all()) if ids else {}
        enrolled = len(session.exec(select(Student.id).where(Student.status == "in_school")).all())
        figures = period_figures_from_report(report, names, enrolled=enrolled,
                                             prepared_by=actor.display_name or actor.username)
    if notes:
        figures.notes = notes
    path, pages = render_period_report(out, ctx, figures)
    audit_print(session, actor, "period_report", "school", None, path, f"打印{figures.title}")
    return DocumentResult(path, pages, figures.title)


# --- 核查表 -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InspectionRow:
    class_id: int
    class_name: str
    head_teacher: str
    enrolled: int | None  # None: no roll call that day
    present: int | None
    absent_names: str


def inspection_rows(session: Session, actor: Actor, day: date, class_id: int | None = None) -> list[InspectionRow]:
    """Per class: enrolled against present at the day's roll call (the morning one when there are two)."""
    if class_id is None:
        require(actor, "documents.print_all")
    classes = session.exec(select(SchoolClass).where(SchoolClass.active == True)  # noqa: E712
                           .order_by(SchoolClass.grade_level, SchoolClass.name)).all()
    if class_id is not None:
        classes = [c for c in classes if c.id == class_id]
        if not classes:
            raise NotFound("common.class_does_not_exist", class_id=class_id)
        require_print_class(actor, class_id, classes[0].name)
    staff = {s.id: s.name for s in session.exec(select(Staff))}
    sheets: dict[int, AttendanceSheet] = {}
    for sh in session.exec(select(AttendanceSheet).where(AttendanceSheet.day == day)
                           .order_by(AttendanceSheet.session)):
        if sh.class_id not in sheets or sh.session in ("day", "am"):
            sheets[sh.class_id] = sh
    absent: dict[int, list[str]] = {}
    if sheets:
        for sheet_id, name, mark in session.exec(
                select(AttendanceMark.sheet_id, Student.name, AttendanceMark.mark)
                .join(Student, AttendanceMark.student_id == Student.id)
                .where(col(AttendanceMark.sheet_id).in_([s.id for s in sheets.values()]))
                .order_by(Student.name_pinyin)).all():
            if mark in MISSED_MARKS:
                absent.setdefault(sheet_id, []).append(f"{name}({MARKS[mark]})")
    out = []
    for c in classes:
        sh = sheets.get(c.id)
        out.append(InspectionRow(c.id, c.name, staff.get(c.head_teacher_id, ""), sh.enrolled if sh else None,
                                 sh.present if sh else None, "、".join(absent.get(sh.id, [])) if sh else ""))
    return out


def render_inspection_sheet(out, ctx: SchoolContext, day: date, rows: list[InspectionRow]) -> tuple[Path, int]:
    s = styles()
    story = form_head("义务教育学生在校情况核查表", ctx, f"学校:{esc(ctx.name)}(盖章)\u00a0\u00a0学校标识码:{ctx.code}",
                  f"核查日期:{_d(day)}")
    data = [["序号", "班级", "班主任", "在册人数", "实到人数", "未到人数", "未到学生及原因", "核实情况"]]
    te = tp = 0
    for i, r in enumerate(rows, 1):
        if r.enrolled is None:
            data.append([str(i), r.class_name, r.head_teacher, "", "", "", "当日未点名", ""])
        else:
            te += r.enrolled
            tp += r.present
            data.append([str(i), r.class_name, r.head_teacher, str(r.enrolled), str(r.present),
                         str(r.enrolled - r.present), r.absent_names or "—", ""])
    data.append(["合计", "", "", str(te), str(tp), str(te - tp), "", ""])
    n = len(data)
    cw = [W * f for f in (0.06, 0.165, 0.10, 0.09, 0.09, 0.09, 0.275, 0.13)]  # "三年级（1）班" on one line
    story.append(form_table(data, cw, header_rows=1, spans=[((0, n - 1), (2, n - 1))],
                            label_cells=[(c, r) for r in range(n) for c in (0, 3, 4, 5)],
                            extra=[("BACKGROUND", (0, n - 1), (-1, n - 1), colors.HexColor("#f2f2f2"))]))
    story.append(Spacer(1, 2 * mm))
    story.append(para("说明:在册人数为当日在籍在校学生数;实到人数 = 在册人数 − 缺勤(含病假、事假、旷课)人数;"
                      "“核实情况”栏由核查人员现场填写。", s.note))
    story.extend(sign_line("学校填表人:", "校长(签字):", "核查人员(签字):"))
    return write_pdf(out, story, school_name=ctx.name, doc_title=f"在校情况核查表 {day.isoformat()}")


def print_inspection_sheet(session: Session, actor: Actor, out, day: date, *,
                           class_id: int | None = None) -> DocumentResult:
    ctx = school_context(session, day)
    rows = inspection_rows(session, actor, day, class_id)
    path, pages = render_inspection_sheet(out, ctx, day, rows)
    audit_print(session, actor, "inspection_sheet", "school_class", class_id, path, f"打印核查表({day})")
    return DocumentResult(path, pages, "义务教育学生在校情况核查表")


# --- 花名册 -------------------------------------------------------------------------------------------

ROLL_PAGE = landscape(A4)
ROLL_W = ROLL_PAGE[0] - 30 * mm


def _roll_story(ctx: SchoolContext, c: SchoolClass, head: str, studs: list[StudentFacts],
                today: date | None = None) -> list:
    s = styles()
    story = [para(f"{ctx.name} {c.name}学生花名册", s.title),
             plain_table([[f"学年:{ctx.school_year}  班主任:{head}", f"在校学生 {len(studs)} 名(男 "
                           f"{sum(1 for x in studs if x.sex == '男')},女 {sum(1 for x in studs if x.sex == '女')})"]],
                         [ROLL_W * 0.6, ROLL_W * 0.4], style=s.cell),
             Spacer(1, 2 * mm)]
    data = [["序号", "姓名", "性别", "出生日期", "学籍号", "身份证号", "家庭住址", "监护人", "联系电话", "重点群体"]]
    for i, st in enumerate(studs, 1):
        g = st.guardians[0] if st.guardians else None
        data.append([str(i), st.name, st.sex, st.birth_date.isoformat(), st.student_number, st.id_number,
                     st.address, f"{g.name}({g.relation})" if g else "未登记", g.phone if g else "", st.focus])
    cw = [ROLL_W * f for f in (0.04, 0.07, 0.04, 0.08, 0.15, 0.15, 0.15, 0.10, 0.10, 0.12)]
    story.append(form_table(data, cw, header_rows=1, cell_style=s.cell_small,
                            label_cells=[(c_, r) for r in range(len(data)) for c_ in (0, 2)]))
    story.extend([Spacer(1, 3 * mm),
                  plain_table([[para(f"班主任(签字):{blank(6)}", s.cell, markup=True),
                                para(f"学籍管理员(签字):{blank(6)}", s.cell, markup=True),
                                para(f"打印日期:{_d(today or date.today())}", s.cell)]], [ROLL_W / 3] * 3)])
    return story


def print_class_roll(session: Session, actor: Actor, out, *, class_id: int | None = None, all_classes: bool = False,
                     today: date | None = None, progress: Progress | None = None) -> DocumentResult:
    """花名册 of one class or of every class (each class starts on a new page; headers repeat)."""
    ctx = school_context(session, today)
    classes = classes_in_scope(session, actor, class_id, all_classes)
    staff = {s.id: s.name for s in session.exec(select(Staff))}
    story: list = []
    for i, c in enumerate(classes, 1):
        ids = session.exec(select(Student.id).where(Student.class_id == c.id, Student.status == "in_school")
                           .order_by(Student.name_pinyin, Student.id)).all()
        studs = [student_facts(session, actor, sid) for sid in ids]
        if story:
            story.append(PageBreak())
        story.extend(_roll_story(ctx, c, staff.get(c.head_teacher_id, ""), studs, today))
        story.append(ProgressMark(progress, i, len(classes)))
    path, pages = write_pdf(out, story, school_name=ctx.name, doc_title="学生花名册", pagesize=ROLL_PAGE,
                            margins=(15 * mm, 15 * mm, 17 * mm, 15 * mm))
    audit_print(session, actor, "class_roll", "school_class", class_id, path,
                 f"打印花名册({'全校' if all_classes else classes[0].name})")
    return DocumentResult(path, pages, "学生花名册")


# --- 转学联系表 --------------------------------------------------------------------------------------


def render_transfer_form(out, ctx: SchoolContext, st: StudentFacts, f: TransferFields) -> tuple[Path, int]:
    s = styles()
    g = st.guardians[0] if st.guardians else None
    guardian = f.guardian or (f"{g.name}({g.relation})" if g else "")
    phone = f.guardian_phone or (g.phone if g else "")
    story = form_head("义务教育阶段学生转学联系表", ctx, f"编号:{esc(f.reference) or blank(6)}",
                  f"申请日期:{_d_or_blank(f.apply_date)}")
    rows = _student_block(st) + [
        ["监护人", guardian, "联系电话", phone, "户籍所在地", ""],
        ["转出学校", ctx.name, "", "", "转出年级", st.class_name],
        ["转入学校", f.to_school, "", "", "转入年级", f.to_grade],
        ["转入地", f.to_county, "", "", "", ""],
        ["转学原因", f.reason, "", "", "", ""],
    ]
    spans = [((3, 2), (5, 2)), ((1, 4), (3, 4)), ((1, 5), (3, 5)), ((1, 6), (5, 6)), ((1, 7), (5, 7))]
    story.append(form_table(rows, _SIX, spans=spans, label_cells=_LABELS6, row_heights=[None] * 7 + [18 * mm],
                            extra=_grey() + [("VALIGN", (1, 7), (5, 7), "TOP")]))
    story.append(Spacer(1, 3 * mm))
    box = [
        ["转出学校意见", "转入学校意见"],
        [para(f"<br/><br/><br/>校长(签字):{blank(5)}<br/>(盖章)<br/>{date_blank()}", s.right, markup=True),
         para(f"<br/><br/><br/>校长(签字):{blank(5)}<br/>(盖章)<br/>{date_blank()}", s.right, markup=True)],
        ["转出地教育行政部门意见", "转入地教育行政部门意见"],
        [para(f"<br/><br/><br/>经办人(签字):{blank(5)}<br/>(盖章)<br/>{date_blank()}", s.right, markup=True),
         para(f"<br/><br/><br/>经办人(签字):{blank(5)}<br/>(盖章)<br/>{date_blank()}", s.right, markup=True)],
    ]
    story.append(form_table(box, [W / 2, W / 2], label_cells=[(0, 0), (1, 0), (0, 2), (1, 2)],
                            extra=[("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2f2f2")),
                                   ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#f2f2f2"))]))
    story.append(Spacer(1, 2 * mm))
    story.append(para("说明:1. 本表一式四份,转出学校、转入学校、转出地和转入地教育行政部门各存一份。"
                      "2. 跨县(区)转学须经两地教育行政部门盖章。3. 转入学校在学籍系统中发起转学申请,"
                      "转出学校核办,学生学籍随之转移,不得出现“人籍分离”。", s.note))
    return write_pdf(out, story, school_name=ctx.name, doc_title="转学联系表")


def print_transfer_form(session: Session, actor: Actor, out, student_id: int, fields: TransferFields, *,
                        today: date | None = None) -> DocumentResult:
    st = student_facts(session, actor, student_id)
    ctx = school_context(session, today)
    if fields.apply_date is None:
        fields.apply_date = today
    path, pages = render_transfer_form(out, ctx, st, fields)
    audit_print(session, actor, "transfer_form", "student", st.id, path,
                 f"打印转学联系表({st.name} → {fields.to_school or '未填'})")
    return DocumentResult(path, pages, "义务教育阶段学生转学联系表")


# --- 休学审批表 --------------------------------------------------------------------------------------


def render_suspension_form(out, ctx: SchoolContext, st: StudentFacts, f: SuspensionFields) -> tuple[Path, int]:
    s = styles()
    g = st.guardians[0] if st.guardians else None
    period = (f"{_d(f.start)} 至 {_d(f.end)}" if f.start and f.end else f"{date_blank()} 至 {date_blank()}")
    story = form_head("义务教育阶段学生休学审批表", ctx, f"学校:{esc(ctx.name)}",
                  f"申请日期:{_d_or_blank(f.apply_date)}")
    rows = _student_block(st) + [
        ["监护人", f"{g.name}({g.relation})" if g else "", "联系电话", g.phone if g else "", "健康状况", st.health],
        ["休学期限", period, "", "", "", ""],
        ["休学原因", f.reason, "", "", "", ""],
        ["证明材料", f.proof, "", "", "", ""],
        ["监护人申请\n意见", para(f"<br/><br/>监护人(签字):{blank(5)}\u00a0\u00a0{date_blank()}", s.right, markup=True),
         "", "", "", ""],
        ["班主任意见", para(f"<br/><br/>班主任(签字):{blank(5)}\u00a0\u00a0{date_blank()}", s.right, markup=True),
         "", "", "", ""],
        ["学校意见", para(f"<br/><br/>校长(签字):{blank(5)}\u00a0\u00a0(盖章)\u00a0\u00a0{date_blank()}", s.right,
                        markup=True), "", "", "", ""],
        ["教育行政部门\n审核意见", para(f"<br/><br/>经办人(签字):{blank(5)}\u00a0\u00a0(盖章)\u00a0\u00a0{date_blank()}",
                                    s.right, markup=True), "", "", "", ""],
    ]
    spans = [((3, 2), (5, 2))] + [((1, r), (5, r)) for r in range(4, 11)]
    heights = [None] * 5 + [22 * mm, None] + [24 * mm] * 4
    story.append(form_table(rows, _SIX, spans=spans, label_cells=_LABELS6[:0] + [(0, r) for r in range(11)]
                            + [(2, 0), (4, 0), (2, 1), (4, 1), (2, 3), (4, 3)], row_heights=heights,
                            extra=_grey((0,)) + [("VALIGN", (1, 5), (5, 5), "TOP")]))
    story.append(Spacer(1, 2 * mm))
    story.append(para("说明:休学期限一般不超过一学年,期满可申请延长一次;须附县级以上医院诊断证明等材料。"
                      "本表一式三份,学校、教育行政部门、监护人各存一份;学校在学籍系统中办理休学(变动代码 23)。",
                      s.note))
    return write_pdf(out, story, school_name=ctx.name, doc_title="休学审批表")


def print_suspension_form(session: Session, actor: Actor, out, student_id: int, fields: SuspensionFields, *,
                          today: date | None = None) -> DocumentResult:
    st = student_facts(session, actor, student_id)
    if fields.start and fields.end and fields.end <= fields.start:
        raise ValidationError("休学期限", "documents.end_date_must_after_start")
    ctx = school_context(session, today)
    if fields.apply_date is None:
        fields.apply_date = today
    path, pages = render_suspension_form(out, ctx, st, fields)
    audit_print(session, actor, "suspension_form", "student", st.id, path, f"打印休学审批表({st.name})")
    return DocumentResult(path, pages, "义务教育阶段学生休学审批表")


__all__ = ["AbsenceReportDetails", "FORMS", "FigureRow", "GuardianFacts", "HomeVisitFields", "InspectionRow",
           "PeriodFigures", "ReturnNoticeFields", "StudentFacts", "SuspensionFields", "TransferFields",
           "home_visit_fields", "home_visit_from_contact", "inspection_rows", "period_figures_from_report",
           "print_absence_report", "print_class_roll", "print_home_visit", "print_inspection_sheet",
           "print_period_report", "print_return_notice", "print_suspension_form", "print_transfer_form",
           "render_absence_report", "render_home_visit", "render_inspection_sheet", "render_period_report",
           "render_return_notice", "render_suspension_form", "render_transfer_form", "student_facts"]
