"""Responsibility pledges (责任书, domain.md §2 item 2, §7): templates, printing, returns.

Kinds (the education line of the 七长 chain):

* ``bureau_principal`` — county education bureau ↔ principal (one per school);
* ``principal_teacher`` — principal ↔ class teacher (one per class with a head teacher);
* ``teacher_parent`` — school/class teacher ↔ parent: one per guardian on file, pre-filled
  with the student's name and class and the guardian's name, relation and phone.

Templates: the text is stored in ``pledge_template`` (no row = the shipped default in
``resources/templates/pledge_<kind>.txt``). Placeholders are ``{名称}``; each kind
allows the common ones plus its own (:data:`KINDS`); saving a text with an unknown
placeholder or a stray brace is refused, naming it. A line starting with ``一、`` …
``十、`` is a section heading; every other line is a paragraph.

Printing: each pledge gets a number ``JZ2026-000123-7`` (kind prefix, school-year start,
row id, check digit) printed as text and a Code 128 barcode on both copies (甲方留存 /
乙方留存). A batch is a numbered file (:func:`app.numbered_files.publish`): the numbers are
issued first in a short transaction (a counter, committed to disk), the PDF is drawn under a
temporary name holding no lock (roll calls go on meanwhile), then the pledge rows, the batch row
and the audit entry are written in a second short transaction, and only then does the PDF get its
name. A cancelled, failed or crashed batch leaves no file and no pledge rows, and its numbers are
never issued again (the next batch starts after them). Students with no guardian on file are
returned in the result (``without_guardian``), never silently skipped.

Returns: the copy handed back is marked by typing or scanning its number
(:func:`mark_returned`, idempotent, audited). :func:`return_status` lists per class
what was printed, returned and what is still missing; a pledge reprinted for the same
person counts once (the returned copy, else the newest).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer, Table
from sqlmodel import Session, col, func, select

from app import audit, fields
from app.accounts import Actor, require
from app.codes import RELATION
from app.data.document_models import Pledge, PledgeBatch, PledgeTemplate
from app.data.models import Guardian, SchoolClass, Staff, Student
from app.documents import (
    DocumentResult,
    SchoolContext,
    can_print_class,
    require_print_class,
    school_context,
)
from app.documents.pdf import (
    A4,
    Cancelled,
    DocumentError,
    Progress,
    ProgressMark,
    atomic_output,
    body_frame,
    build_pdf,
    check_writable,
    content_width,
    date_blank,
    decorate_page,
    form_table,
    mm,
    official,
    official_markup,
    page_canvas,
    para,
    plain_table,
    styles,
    tstyle,
    write_pdf,
)
from app.errors import NotFound, PermissionDenied, ValidationError
from app.numbered_files import FileSpec, publish, reserve_numbers
from app.paths import resource

# --- kinds and placeholders ---------------------------------------------------------------

COMMON_PLACEHOLDERS: dict[str, str] = {
    "学校": "学校名称",
    "学年": "学年,如 2026-2027学年",
    "县区": "县(区)名称",
    "乡镇": "乡镇名称",
    "校长": "校长姓名",
    "教育局": "县(区)教育局",
    "乡镇政府": "乡镇人民政府",
    "巩固率目标": "巩固率目标,如 99.8%",
}


@dataclass(frozen=True)
class KindSpec:
    key: str
    label: str
    prefix: str
    party_a_label: str
    party_b_label: str
    placeholders: dict[str, str]
    sign_a: tuple[str, ...]
    sign_b: tuple[str, ...]


KINDS: dict[str, KindSpec] = {
    "teacher_parent": KindSpec(
        "teacher_parent", "家长责任书(学校—家长)", "JZ", "甲方(学校)", "乙方(家长/监护人)",
        {"学生姓名": "学生姓名", "班级": "班级", "班主任": "班主任姓名", "家长姓名": "家长(监护人)姓名",
         "关系": "与学生关系", "联系电话": "家长联系电话"},
        ("甲方(盖章):", "班主任(签字):"), ("乙方(家长/监护人)签字:", "联系电话:")),
    "principal_teacher": KindSpec(
        "principal_teacher", "班主任责任书(校长—班主任)", "JS", "甲方(学校)", "乙方(班主任)",
        {"教师姓名": "班主任姓名", "班级": "班级", "学生人数": "本班在册学生数"},
        ("甲方(盖章):", "校长(签字):"), ("乙方(班主任)签字:", "联系电话:")),
    "bureau_principal": KindSpec(
        "bureau_principal", "校长责任书(教育局—校长)", "XZ", "甲方(教育局)", "乙方(学校)",
        {"学生人数": "全校在册学生数"},
        ("甲方(盖章):", "局长(签字):"), ("乙方(盖章):", "校长(签字):")),
}
PREFIX_KIND = {k.prefix: k.key for k in KINDS.values()}

_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")
_HEADING_RE = re.compile(r"^[一二三四五六七八九十]+、")
MAX_TITLE, MAX_BODY = 60, 8000


def _kind(kind: str) -> KindSpec:
    spec = KINDS.get(kind)
    if spec is None:
        raise ValidationError("责任书类别", f"未知的类别“{kind}”(可选:{'、'.join(KINDS)})")
    return spec


def allowed_placeholders(kind: str) -> dict[str, str]:
    return {**COMMON_PLACEHOLDERS, **_kind(kind).placeholders}


def placeholders_in(text: str) -> list[str]:
    return _PLACEHOLDER_RE.findall(text or "")


def check_text(kind: str, text: str, label: str) -> None:
    """Refuse unknown placeholders (named) and unpaired braces."""
    allowed = allowed_placeholders(kind)
    unknown = []
    for name in placeholders_in(text):
        if name not in allowed and name not in unknown:
            unknown.append(name)
    if unknown:
        others = [u for u in unknown if u in _all_placeholders()]
        hint = f"(这是其他类别责任书的占位符,{_kind(kind).label}不能使用)" if others else ""
        raise ValidationError(label, f"未知的占位符 {'、'.join('{' + u + '}' for u in unknown)}{hint};"
                                     f"可用:{'、'.join('{' + a + '}' for a in allowed)}")
    stripped = _PLACEHOLDER_RE.sub("", text or "")
    if "{" in stripped or "}" in stripped:
        line = next(i for i, ln in enumerate((text or "").splitlines(), 1)
                    if "{" in _PLACEHOLDER_RE.sub("", ln) or "}" in _PLACEHOLDER_RE.sub("", ln))
        raise ValidationError(label, f"第 {line} 行有不成对的花括号“{{”或“}}”:占位符应写成 {{学生姓名}} 这样")


def _all_placeholders() -> set[str]:
    out = set(COMMON_PLACEHOLDERS)
    for k in KINDS.values():
        out |= set(k.placeholders)
    return out


def fill(text: str, values: dict[str, str]) -> str:
    """Replace ``{名称}`` by its value (unknown names are left as written)."""
    return _PLACEHOLDER_RE.sub(lambda m: str(values.get(m.group(1), m.group(0))), text)


# --- templates ----------------------------------------------------------------------------

DEFAULT_RETENTION = "99.8%"


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    label: str
    title: str
    body: str
    retention_target: str
    is_default: bool
    placeholders: dict[str, str]


def default_template(kind: str) -> tuple[str, str]:
    """(title, body) of the shipped text."""
    _kind(kind)
    path = resource("templates", f"pledge_{kind}.txt")
    text = path.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    return title.strip(), body.strip("\n")


def get_template(session: Session, kind: str) -> TemplateInfo:
    spec = _kind(kind)
    row = session.exec(select(PledgeTemplate).where(PledgeTemplate.kind == kind)).first()
    if row is None:
        title, body = default_template(kind)
        return TemplateInfo(kind, spec.label, title, body, DEFAULT_RETENTION, True, allowed_placeholders(kind))
    return TemplateInfo(kind, spec.label, row.title, row.body, row.retention_target, False,
                        allowed_placeholders(kind))


def list_templates(session: Session) -> list[TemplateInfo]:
    return [get_template(session, k) for k in KINDS]


_TARGET_RE = re.compile(r"^\d{1,3}(\.\d{1,2})?%$")


def save_template(session: Session, actor: Actor, kind: str, *, title: str, body: str,
                  retention_target: str = DEFAULT_RETENTION) -> TemplateInfo:
    """Store the edited text of one kind; refused when a placeholder is unknown."""
    require(actor, "documents.templates")
    _kind(kind)
    title = fields.text(title, "责任书标题", required=True, limit=MAX_TITLE, multiline=False)
    body = fields.text(body, "责任书正文", required=True, limit=MAX_BODY)
    retention_target = unicodedata.normalize("NFKC", retention_target or "").strip()
    if not _TARGET_RE.match(retention_target) or float(retention_target[:-1]) > 100:
        raise ValidationError("巩固率目标", f"应写成百分数,如 99.8%,而不是“{retention_target}”")
    check_text(kind, title, "责任书标题")
    check_text(kind, body, "责任书正文")
    row = session.exec(select(PledgeTemplate).where(PledgeTemplate.kind == kind)).first()
    before = audit.snapshot(row, ["title", "body", "retention_target"]) if row else None
    if row is None:
        row = PledgeTemplate(kind=kind, title=title, body=body)
    row.title, row.body, row.retention_target = title, body, retention_target
    row.updated_by, row.updated_at = actor.user_id, datetime.now(timezone.utc)
    session.add(row)
    session.flush()
    audit.record(session, actor, "pledge_template.save", "pledge_template", row.id, before=before,
                 after=audit.snapshot(row, ["title", "body", "retention_target"]),
                 summary=f"修改{KINDS[kind].label}模板")
    return get_template(session, kind)


def reset_template(session: Session, actor: Actor, kind: str) -> TemplateInfo:
    """Back to the shipped text."""
    require(actor, "documents.templates")
    _kind(kind)
    row = session.exec(select(PledgeTemplate).where(PledgeTemplate.kind == kind)).first()
    if row is not None:
        before = audit.snapshot(row, ["title", "body", "retention_target"])
        session.delete(row)
        audit.record(session, actor, "pledge_template.reset", "pledge_template", row.id, before=before,
                     summary=f"{KINDS[kind].label}模板恢复为默认文本", changed_only=False)
    return get_template(session, kind)


# --- numbers ------------------------------------------------------------------------------

_NUMBER_RE = re.compile(r"^([A-Z]{2})(\d{4})-?(\d{6,})-?(\d)$")


def _check_digit(digits: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def make_number(kind: str, year: int, seq: int) -> str:
    body = f"{year:04d}{seq:06d}"
    return f"{_kind(kind).prefix}{year:04d}-{seq:06d}-{_check_digit(body)}"


def normalize_number(text: str) -> str:
    """The canonical form of a typed or scanned number; a typing mistake is caught by the check digit."""
    raw = unicodedata.normalize("NFKC", text or "").strip().upper().replace(" ", "").replace("—", "-")
    m = _NUMBER_RE.match(raw)
    if not m:
        raise ValidationError("责任书编号", f"“{text.strip()}”不是责任书编号:编号形如 JZ2026-000123-7"
                                        "(两个字母、年份、序号、校验位)")
    prefix, year, seq, check = m.groups()
    if prefix not in PREFIX_KIND:
        raise ValidationError("责任书编号", f"“{text.strip()}”开头的“{prefix}”不是责任书类别(JZ 家长、JS 班主任、XZ 校长)")
    if _check_digit(year + seq) != check:
        raise ValidationError("责任书编号", f"“{text.strip()}”的校验位不符:可能输错了一位数字,请对照纸上的编号重新输入")
    return f"{prefix}{year}-{int(seq):06d}-{check}"


def _school_year_start(school_year: str) -> int:
    m = re.match(r"(\d{4})", school_year)
    return int(m.group(1)) if m else date.today().year


# --- what to print --------------------------------------------------------------------------


@dataclass(frozen=True)
class MissingGuardian:
    """A student for whom no parent pledge could be printed (no guardian on file)."""

    student_id: int
    student_name: str
    class_id: int | None
    class_name: str


@dataclass
class _Item:
    student_id: int | None
    staff_id: int | None
    class_id: int | None
    class_name: str
    party_a: str
    party_b: str
    phone: str
    student_name: str
    values: dict[str, str]
    info_rows: list[list[str]] = field(default_factory=list)


def _common_values(ctx: SchoolContext, retention: str) -> dict[str, str]:
    return {"学校": ctx.name, "学年": ctx.school_year, "县区": ctx.county_name or "", "乡镇": ctx.township or "",
            "校长": ctx.principal_name or "", "教育局": ctx.bureau, "乡镇政府": ctx.township_government,
            "巩固率目标": retention}


def classes_in_scope(session: Session, actor: Actor, class_id: int | None, all_classes: bool) -> list[SchoolClass]:
    if all_classes == (class_id is not None):
        raise ValidationError("范围", "请指定一个班级(--class ID)或全校(--all),二者选一")
    if all_classes:
        require(actor, "documents.print_all")
        return list(session.exec(select(SchoolClass).where(SchoolClass.active == True)  # noqa: E712
                                 .order_by(SchoolClass.grade_level, SchoolClass.name)))
    c = session.get(SchoolClass, class_id)
    if c is None:
        raise NotFound(f"班级 {class_id} 不存在")
    require_print_class(actor, c.id, c.name)
    return [c]


def _head_names(session: Session) -> dict[int, Staff]:
    return {s.id: s for s in session.exec(select(Staff))}


def _on_roll_counts(session: Session) -> dict[int | None, int]:
    return dict(session.exec(select(Student.class_id, func.count()).where(Student.status == "in_school")
                             .group_by(Student.class_id)).all())


def _parent_items(session: Session, classes: list[SchoolClass], common: dict[str, str], ctx: SchoolContext,
                  skip: set[tuple[int | None, str]]) -> tuple[list[_Item], list[MissingGuardian]]:
    staff = _head_names(session)
    by_class = {c.id: c for c in classes}
    students = session.exec(select(Student).where(col(Student.class_id).in_(list(by_class)),
                                                  Student.status == "in_school")
                            .order_by(Student.class_id, Student.name_pinyin, Student.id)).all()
    guardians: dict[int, list[Guardian]] = {}
    if students:
        for g in session.exec(select(Guardian).where(col(Guardian.student_id).in_([s.id for s in students]))
                              .order_by(Guardian.student_id, Guardian.sort_order, Guardian.id)):
            guardians.setdefault(g.student_id, []).append(g)
    order = {c.id: i for i, c in enumerate(classes)}
    students = sorted(students, key=lambda s: (order[s.class_id], s.name_pinyin, s.id))
    items, missing = [], []
    for s in students:
        c = by_class[s.class_id]
        head = staff.get(c.head_teacher_id).name if c.head_teacher_id in staff else ""
        gs = guardians.get(s.id, [])
        if not gs:
            missing.append(MissingGuardian(s.id, s.name, c.id, c.name))
            continue
        for g in gs:
            if (s.id, g.name) in skip:
                continue
            relation = RELATION.get(g.relation, g.relation)
            values = {**common, "学生姓名": s.name, "班级": c.name, "班主任": head, "家长姓名": g.name,
                      "关系": relation, "联系电话": g.phone or "________"}
            info = [["学生姓名", s.name, "班级", c.name, "班主任", head or ""],
                    ["家长(监护人)", g.name, "与学生关系", relation, "联系电话", g.phone or ""]]
            items.append(_Item(s.id, None, c.id, c.name, ctx.name, g.name, g.phone, s.name, values, info))
    return items, missing


def _teacher_items(session: Session, classes: list[SchoolClass], common: dict[str, str], ctx: SchoolContext,
                   skip: set[tuple[int | None, str]]) -> tuple[list[_Item], list[str]]:
    staff = _head_names(session)
    counts = _on_roll_counts(session)
    items, missing = [], []
    for c in classes:
        t = staff.get(c.head_teacher_id) if c.head_teacher_id else None
        if t is None:
            missing.append(c.name)
            continue
        if (t.id, c.name) in skip:
            continue
        values = {**common, "教师姓名": t.name, "班级": c.name, "学生人数": str(counts.get(c.id, 0))}
        info = [["班级", c.name, "班主任", t.name, "在册学生", f"{counts.get(c.id, 0)} 名"]]
        items.append(_Item(None, t.id, c.id, c.name, ctx.name, t.name, t.phone, "", values, info))
    return items, missing


def _bureau_items(session: Session, common: dict[str, str], ctx: SchoolContext) -> list[_Item]:
    total = session.exec(select(func.count()).select_from(Student).where(Student.status == "in_school")).one()
    values = {**common, "学生人数": str(total)}
    info = [["学校", ctx.name, "校长", ctx.principal_name or "", "在册学生", f"{total} 名"]]
    party_b = f"{ctx.name}(校长{ctx.principal_name})" if ctx.principal_name else ctx.name
    return [_Item(None, None, None, "", ctx.bureau, party_b, ctx.phone, "", values, info)]


# --- rendering ----------------------------------------------------------------------------


class _Body:
    """The template split into lines, each a heading or a paragraph; static lines are kept as paragraphs."""

    def __init__(self, title: str, body: str, common: dict[str, str], per_item: set[str]):
        s = styles()
        self.title = fill(title, common)
        self.lines: list[tuple[str, bool]] = []  # (text with common values filled, is_heading)
        for raw in body.splitlines():
            text = raw.strip()
            if not text:
                continue
            self.lines.append((fill(text, common), bool(_HEADING_RE.match(text))))
        self.per_item = per_item
        self._s = s

    def flowables(self, values: dict[str, str], p=None) -> list:
        """The body's paragraphs for one pledge; ``p(text, style, static=)`` makes each (default: a new one)."""
        s = self._s
        make = p or (lambda text, style, static=False: para(text, style))
        return [make(fill(text, values), s.heading if heading else s.body,
                     static=not _PLACEHOLDER_RE.search(text)) for text, heading in self.lines]


def _barcode_block(number: str, p=para):
    s = styles()
    code = Code128(number, barHeight=9 * mm, barWidth=0.8, humanReadable=False, quiet=False)
    t = Table([[code], [p(f"编号:{number}", s.cell_center)]], colWidths=[62 * mm])
    t.setStyle(tstyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _copy_content(spec: KindSpec, body: _Body, item: _Item, number: str, label_flowable, width: float,
                  p=None) -> list:
    """What one copy's sheet holds, top to bottom; ``label_flowable`` is the copy label (甲方留存/乙方留存).

    ``p(text, style, markup=False, static=False)`` makes the paragraphs: the reference makes a new one
    each time; the batch renderer (:class:`_Paragraphs`) reuses those whose text is the same on every pledge.
    """
    s = styles()
    if p is None:
        def p(text, style, markup=False, static=False):
            return para(text, style, markup=markup)
    label = Table([[label_flowable]], colWidths=[24 * mm], rowHeights=[9 * mm])
    label.setStyle(tstyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    head = Table([[label, "", _barcode_block(number, p)]], colWidths=[30 * mm, width - 92 * mm, 62 * mm])
    head.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    title = fill(body.title, item.values)
    story: list = [head, Spacer(1, 2 * mm), p(title, s.title, static=title == body.title)]
    parties = [[p(f"{spec.party_a_label}:{item.party_a}", s.body_plain, static=True)],
               [p(f"{spec.party_b_label}:{item.party_b}", s.body_plain)]]
    story.append(plain_table(parties, [width], style=s.body_plain, pad=0))
    story.append(Spacer(1, 2 * mm))
    if item.info_rows:
        cw = [width * f for f in (0.15, 0.19, 0.15, 0.19, 0.13, 0.19)]
        labels = {0, 2, 4}
        rows = [[p(cell, s.label if c in labels else s.cell, static=c in labels) for c, cell in enumerate(row)]
                for row in item.info_rows]
        story.append(form_table(rows, cw, extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2")),
                                                 ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f2f2f2")),
                                                 ("BACKGROUND", (4, 0), (4, -1), colors.HexColor("#f2f2f2"))]))
        story.append(Spacer(1, 3 * mm))
    story.extend(body.flowables(item.values, p))
    story.append(Spacer(1, 7 * mm))
    blank_line = "\u00a0" * 22
    a_name = item.party_a
    sign_rows = [
        [f"{spec.sign_a[0]}{a_name if spec.sign_a[0].startswith('甲方(盖章)') else ''}",
         f"{spec.sign_b[0]}<u>{blank_line}</u>"],
        [f"{spec.sign_a[1]}<u>{blank_line}</u>",
         f"{spec.sign_b[1]}" + (f"{escape(item.phone)}" if item.phone and spec.sign_b[1] == "联系电话:" else
                                f"<u>{blank_line}</u>")],
        [f"日期:{date_blank()}", f"日期:{date_blank()}"],
    ]
    rows = [[p(c, s.body_plain, markup="<u>" in c or "日期" in c, static=r != 1 or k == 0)
             for k, c in enumerate(row)] for r, row in enumerate(sign_rows)]
    sign = Table(rows, colWidths=[width / 2, width / 2])
    sign.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story.append(sign)
    return story


def _copy_story(spec: KindSpec, body: _Body, item: _Item, number: str, copy_label: str, width: float) -> list:
    # Each copy is one sheet: a longer text edited by the school is shrunk to fit rather than
    # spilling the signatures onto a second page.
    content = _copy_content(spec, body, item, number, para(copy_label, styles().label), width)
    return [KeepInFrame(width, _FRAME_HEIGHT, content, mode="shrink"), PageBreak()]


COPY_LABELS = ("甲方留存", "乙方留存")
_FRAME_HEIGHT = A4[1] - 17 * mm - 16 * mm - 1


def _render_story(out, spec: KindSpec, body: _Body, items: list[_Item], numbers: list[str], ctx: SchoolContext,
                  progress: Progress | None) -> tuple[Path, int]:
    """:func:`_draw_story` into ``out`` atomically."""
    with atomic_output(out) as tmp:
        pages = _draw_story(tmp, spec, body, items, numbers, ctx, progress)
    return Path(out).expanduser(), pages


def _draw_story(target: Path, spec: KindSpec, body: _Body, items: list[_Item], numbers: list[str],
                ctx: SchoolContext, progress: Progress | None) -> int:
    """The reference layout: every copy built as a platypus story and laid out by the document template."""
    width = content_width()
    story: list = []
    total = len(items)
    for i, (item, number) in enumerate(zip(items, numbers), start=1):
        for label in COPY_LABELS:
            story.extend(_copy_story(spec, body, item, number, label, width))
        story.append(ProgressMark(progress, i, total))
    if story and isinstance(story[-2], PageBreak):
        story.pop(-2)  # no blank page at the end
    return build_pdf(target, story, school_name=ctx.name, doc_title=f"{ctx.school_year} {spec.label}")


class _Once(Paragraph):
    """A paragraph that keeps its lines per width: ReportLab breaks the lines again each time a
    paragraph is measured (a sheet measures each two or three times); this one breaks them once."""

    def __init__(self, text: str, style):
        super().__init__(text, style)
        self._laid: dict[float, tuple] = {}

    def wrap(self, availWidth, availHeight):
        laid = self._laid.get(availWidth)
        if laid is None:
            w, h = super().wrap(availWidth, availHeight)
            if w == availWidth:  # a real layout (not "does not fit")
                self._laid[availWidth] = (self._wrapWidths, self.blPara, h)
            return w, h
        self.width = availWidth
        self._wrapWidths, self.blPara, self.height = laid
        return availWidth, self.height


class _Fixed(_Once):
    """A paragraph whose text is the same on every pledge of the batch: laid out once, drawn once into
    a form XObject per width, and placed on each page by reference (``/Name Do``)."""

    def __init__(self, text: str, style, name: str):
        super().__init__(text, style)
        self._name = name
        self._forms: dict[float, str] = {}

    def drawOn(self, canv, x, y, _sW=0):
        form = self._forms.get(self.width)
        if form is None:
            form = self._forms[self.width] = f"{self._name}w{len(self._forms)}"
            margin = 2 * self.style.fontSize + 36  # the form's box clips: room for any descender or overhang
            canv.beginForm(form, -margin, -margin, self.width + margin, self.height + margin)
            self._drawOn(canv)
            canv.endForm()
        canv.saveState()
        canv.translate(self._hAlignAdjust(x, _sW), y)
        canv.doForm(form)
        canv.restoreState()


class _Paragraphs:
    """Makes the paragraphs of a batch: one :class:`_Fixed` per text that is the same on every pledge
    (``static``), a new :class:`_Once` for the others. Lives for one batch."""

    def __init__(self):
        self._fixed: dict[tuple[str, str], _Fixed] = {}

    def __call__(self, text: str, style, markup: bool = False, static: bool = False) -> Paragraph:
        text = escape(official(text or "")).replace("\n", "<br/>") if not markup else official_markup(text)
        if not static:
            return _Once(text, style)
        key = (text, style.name)
        p = self._fixed.get(key)
        if p is None:
            p = self._fixed[key] = _Fixed(text, style, f"BxP{len(self._fixed)}")
        return p


class _Slot(Flowable):
    """The copy label's place on the sheet (甲方留存 / 乙方留存): sized like the label, drawn on each
    copy's page rather than into the form both copies share."""

    def __init__(self, label: Paragraph):
        super().__init__()
        self.label = label
        self._at: tuple | None = None

    def wrap(self, availWidth, availHeight):
        self._avail = (availWidth, availHeight)
        return self.label.wrap(availWidth, availHeight)

    def getSpaceBefore(self):
        return self.label.getSpaceBefore()

    def getSpaceAfter(self):
        return self.label.getSpaceAfter()

    def drawOn(self, canv, x, y, _sW=0):
        # the transformation in force here (the sheet may be shrunk): ReportLab keeps it on the canvas
        self._at = (canv._currentMatrix, x, y, _sW, self._avail)

    def place(self, canv, label: Paragraph) -> None:
        matrix, x, y, sw, (aw, ah) = self._at
        canv.saveState()
        canv.transform(*matrix)
        label.wrap(aw, ah)
        label.drawOn(canv, x, y, sw)
        canv.restoreState()


def _render(out, spec: KindSpec, body: _Body, items: list[_Item], numbers: list[str], ctx: SchoolContext,
            progress: Progress | None) -> tuple[Path, int]:
    """:func:`_draw` into ``out`` atomically (the sample, which carries no number)."""
    with atomic_output(out) as tmp:
        pages = _draw(tmp, spec, body, items, numbers, ctx, progress)
    return Path(out).expanduser(), pages


def _draw(target: Path, spec: KindSpec, body: _Body, items: list[_Item], numbers: list[str], ctx: SchoolContext,
          progress: Progress | None) -> int:
    """The batch renderer: the same sheets as :func:`_render_story`, drawn for less.

    Each pledge's sheet is laid out once (the same platypus flowables, frame and shrink-to-fit as the
    reference) into a form XObject that both copies' pages show, with only the copy label drawn on each
    page; paragraphs whose text is the same on every pledge are broken into lines once and drawn once
    per batch (their own forms); every page is finished as it is drawn (the page count is known: one
    sheet per copy), so nothing is kept to number the pages at the end. The test compares both renderers'
    text and pixels.
    """
    width = content_width()
    doc_title = f"{ctx.school_year} {spec.label}"
    s = styles()
    make = _Paragraphs()
    labels = [_Once(escape(official(label)), s.label) for label in COPY_LABELS]
    total = len(items) * len(labels)
    page = 0
    canv = page_canvas(target, school_name=ctx.name, doc_title=doc_title)
    frame = body_frame()
    for i, (item, number) in enumerate(zip(items, numbers), start=1):
        slot = _Slot(labels[0])
        sheet = KeepInFrame(width, _FRAME_HEIGHT, _copy_content(spec, body, item, number, slot, width, make),
                            mode="shrink")
        form = f"BxSheet{i}"
        canv.beginForm(form)
        frame._reset()
        if not frame.add(sheet, canv):
            raise DocumentError(f"第 {i} 份责任书({item.party_b})排不下一页:请缩短模板正文后重试")
        canv.endForm()
        for label in labels:
            page += 1
            canv.doForm(form)
            slot.place(canv, label)
            decorate_page(canv, A4, ctx.name, doc_title, page, total)
            canv.showPage()
        if progress is not None and progress(i, len(items)) is False:
            raise Cancelled()
    canv.save()
    return page


# --- printing -------------------------------------------------------------------------------


class _Returned:
    """The returned pledges not to print again; counts those actually met in the batch's scope."""

    def __init__(self, keys: set[tuple[int | None, str]]):
        self.keys, self.met = keys, 0

    def __contains__(self, key: object) -> bool:
        hit = key in self.keys
        self.met += hit
        return hit


@dataclass(frozen=True)
class PledgeBatchResult:
    batch_id: int
    path: Path
    pages: int
    count: int
    numbers: tuple[str, ...]
    without_guardian: tuple[MissingGuardian, ...]
    classes_without_head: tuple[str, ...]
    skipped_returned: int


def print_pledges(session: Session, actor: Actor, out, *, kind: str = "teacher_parent",
                  class_id: int | None = None, all_classes: bool = False, today: date | None = None,
                  skip_returned: bool = True, progress: Progress | None = None) -> PledgeBatchResult:
    """Print a pledge for every guardian (teacher / principal) in scope, two copies each, numbered.

    ``skip_returned``: guardians whose pledge of this kind and school year already came back
    are not printed again. Raises :class:`ValidationError` when nothing can be printed
    (the message lists the students with no guardian on file).
    """
    spec = _kind(kind)
    today = today or date.today()
    ctx = school_context(session, today)
    tmpl = get_template(session, kind)
    common = _common_values(ctx, tmpl.retention_target)
    skip: set[tuple[int | None, str]] = set()
    if skip_returned:
        for sid, staff_id, party_b, class_name in session.exec(
                select(Pledge.student_id, Pledge.staff_id, Pledge.party_b, SchoolClass.name)
                .join(SchoolClass, Pledge.class_id == SchoolClass.id, isouter=True)
                .where(Pledge.kind == kind, Pledge.school_year == ctx.school_year,
                       col(Pledge.returned_on).is_not(None))).all():
            skip.add((sid, party_b) if kind == "teacher_parent" else (staff_id, class_name))
    returned = _Returned(skip)  # "N already returned were not printed again" counts this batch's scope only
    missing: list[MissingGuardian] = []
    no_head: list[str] = []
    if kind == "bureau_principal":
        require(actor, "documents.print_all")
        items = _bureau_items(session, common, ctx)
        classes: list[SchoolClass] = []
    else:
        classes = classes_in_scope(session, actor, class_id, all_classes)
        if kind == "teacher_parent":
            items, missing = _parent_items(session, classes, common, ctx, returned)
        else:
            require(actor, "documents.print_all")
            items, no_head = _teacher_items(session, classes, common, ctx, returned)
    if not items:
        if missing:
            names = "、".join(f"{m.student_name}({m.class_name})" for m in missing[:10])
            more = f"等 {len(missing)} 名" if len(missing) > 10 else ""
            raise ValidationError("监护人", f"没有可打印的家长责任书:{names}{more}学生没有登记监护人,"
                                          "请先在学生信息中补充监护人姓名和电话")
        if no_head:
            raise ValidationError("班主任", f"没有可打印的班主任责任书:{'、'.join(no_head)}尚未指定班主任")
        raise ValidationError("范围", "所选范围内没有需要打印的责任书(可能都已收回,或班级没有在校学生)")
    path = check_writable(out)
    body = _Body(tmpl.title, tmpl.body, common, set(spec.placeholders))
    scope = "全校" if all_classes or kind == "bureau_principal" else classes[0].name
    year = _school_year_start(ctx.school_year)
    pages: list[int] = []

    def reserve(s: Session) -> list[str]:
        """The numbers are issued (committed to disk) before the PDF carrying them is drawn."""
        used = s.exec(select(func.max(Pledge.id))).one() or 0
        first = reserve_numbers(s, PLEDGE_SERIES, len(items), at_least=used)
        return [make_number(kind, year, first + i) for i in range(len(items))]

    def draw(numbers: list[str]) -> list[FileSpec]:
        return [FileSpec(path, lambda part: pages.append(_draw(part, spec, body, items, numbers, ctx, progress)),
                         "pledges", "责任书 PDF")]

    def record(s: Session, numbers: list[str], _written) -> PledgeBatch:
        """The history of the batch, in one short transaction once its PDF is written whole."""
        batch = PledgeBatch(kind=kind, school_year=ctx.school_year, class_id=class_id if not all_classes else None,
                            count=len(items), file_name=path.name, created_by=actor.user_id)
        s.add(batch)
        s.flush()
        now = datetime.now(timezone.utc)
        s.add_all([Pledge(id=_number_id(number), number=number, batch_id=batch.id, kind=kind,
                          school_year=ctx.school_year, class_id=item.class_id, student_id=item.student_id,
                          staff_id=item.staff_id, party_a=item.party_a, party_b=item.party_b,
                          party_b_phone=item.phone or "", student_name=item.student_name, printed_at=now)
                   for item, number in zip(items, numbers)])
        s.flush()
        audit.record(s, actor, "pledge.print", "pledge_batch", batch.id,
                     after={"kind": kind, "school_year": ctx.school_year, "count": len(items),
                            "first": numbers[0], "last": numbers[-1], "file": str(path),
                            "without_guardian": [m.student_id for m in missing]},
                     summary=f"打印{spec.label}:{scope} {len(items)} 份({numbers[0]}–{numbers[-1]})")
        return batch

    numbers, batch = publish(session, reserve=reserve, files=draw, record=record,
                             note=lambda ns: f"责任书 {ns[0]}–{ns[-1]}")
    return PledgeBatchResult(batch.id, path, pages[0], len(items), tuple(numbers), tuple(missing), tuple(no_head),
                             returned.met)


#: the series of :func:`app.numbered_files.reserve_numbers` the pledge numbers (and row ids) are issued from
PLEDGE_SERIES = "pledge"


def _number_id(number: str) -> int:
    """The row id a pledge number carries (its serial part)."""
    return int(_NUMBER_RE.match(number).group(3))


def sample_values(session: Session, kind: str, retention: str, today: date | None = None) -> dict[str, str]:
    ctx = school_context(session, today or date.today())
    values = {**_common_values(ctx, retention), "学生姓名": "张小明", "班级": "三年级(1)班", "班主任": "王老师",
              "家长姓名": "张建国", "关系": "父亲", "联系电话": "13912345678", "教师姓名": "王老师",
              "学生人数": "45"}
    return values


def preview_template(session: Session, actor: Actor, kind: str, out, *, title: str | None = None,
                     body: str | None = None, retention_target: str | None = None,
                     today: date | None = None) -> DocumentResult:
    """Render one sample pledge (the stored text, or the text being edited) with sample values.

    Nothing is numbered or recorded; the number printed is ``样张``-marked sample.
    """
    if not (actor.has("documents.templates") or actor.has("documents.print_all")
            or actor.has("documents.print_class")):
        raise PermissionDenied("没有权限预览责任书。")
    spec = _kind(kind)
    tmpl = get_template(session, kind)
    title = tmpl.title if title is None else title
    text = tmpl.body if body is None else body
    retention = retention_target or tmpl.retention_target
    check_text(kind, title, "责任书标题")
    check_text(kind, text, "责任书正文")
    ctx = school_context(session, today or date.today())
    values = sample_values(session, kind, retention, today)
    info = {
        "teacher_parent": [["学生姓名", "张小明", "班级", "三年级(1)班", "班主任", "王老师"],
                           ["家长(监护人)", "张建国", "与学生关系", "父亲", "联系电话", "13912345678"]],
        "principal_teacher": [["班级", "三年级(1)班", "班主任", "王老师", "在册学生", "45 名"]],
        "bureau_principal": [["学校", ctx.name, "校长", ctx.principal_name, "在册学生", "45 名"]],
    }[kind]
    party_a = ctx.bureau if kind == "bureau_principal" else ctx.name
    party_b = {"teacher_parent": "张建国", "principal_teacher": "王老师"}.get(kind, ctx.name)
    item = _Item(None, None, None, "", party_a, party_b, "13912345678", "张小明", values, info)
    b = _Body(title, text, _common_values(ctx, retention), set(spec.placeholders))
    number = make_number(kind, _school_year_start(ctx.school_year), 0)
    path, pages = _render(out, spec, b, [item], [number], ctx, None)
    return DocumentResult(path, pages, f"{spec.label}(样张)")


# --- returns --------------------------------------------------------------------------------

STATUS_LABELS = {"printed": "已打印,未收回", "returned": "已收回(已签字)", "returned_unsigned": "已收回(未签字)"}


@dataclass(frozen=True)
class PledgeRow:
    id: int
    number: str
    kind: str
    school_year: str
    class_id: int | None
    class_name: str
    student_id: int | None
    student_name: str
    party_b: str
    phone: str
    printed_at: datetime
    returned_on: date | None
    signed: bool

    @property
    def status(self) -> str:
        if self.returned_on is None:
            return "printed"
        return "returned" if self.signed else "returned_unsigned"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def _row(p: Pledge, class_name: str) -> PledgeRow:
    return PledgeRow(p.id, p.number, p.kind, p.school_year, p.class_id, class_name or "", p.student_id,
                     p.student_name, p.party_b, p.party_b_phone, p.printed_at, p.returned_on, p.signed)


@dataclass(frozen=True)
class ReturnResult:
    pledge: PledgeRow
    already_returned: bool

    @property
    def message(self) -> str:
        p = self.pledge
        who = f"{p.student_name}({p.class_name})家长 {p.party_b}" if p.student_name else p.party_b
        if self.already_returned:
            return f"{p.number} 已于 {p.returned_on} 登记收回({who}),无需重复登记"
        return f"已登记收回:{p.number} {who}"


def _can_handle(actor: Actor, class_id: int | None) -> bool:
    return actor.has("documents.print_all") or (class_id is not None and can_print_class(actor, class_id))


def mark_returned(session: Session, actor: Actor, number: str, *, signed: bool = True,
                  day: date | None = None) -> ReturnResult:
    """Record that the signed copy of a pledge came back (typed or scanned number). Idempotent."""
    canonical = normalize_number(number)
    p = session.exec(select(Pledge).where(Pledge.number == canonical)).first()
    if p is None:
        raise NotFound(f"没有编号为 {canonical} 的责任书:请核对编号,或确认这份责任书是在本校打印的")
    if not _can_handle(actor, p.class_id):
        raise PermissionDenied(f"没有权限登记 {canonical}:只能登记自己任教或担任班主任的班级的责任书。")
    class_name = session.get(SchoolClass, p.class_id).name if p.class_id else ""
    if p.returned_on is not None:
        if signed and not p.signed:  # the unsigned copy came back again, now signed
            before = audit.snapshot(p, ["signed"])
            p.signed = True
            session.add(p)
            audit.record(session, actor, "pledge.signed", "pledge", p.id, before=before,
                         after=audit.snapshot(p, ["signed"]), summary=f"责任书 {p.number} 补签")
            return ReturnResult(_row(p, class_name), False)
        return ReturnResult(_row(p, class_name), True)
    before = audit.snapshot(p, ["returned_on", "signed"])
    p.returned_on = day or date.today()
    p.signed = signed
    p.returned_by, p.returned_at = actor.user_id, datetime.now(timezone.utc)
    session.add(p)
    audit.record(session, actor, "pledge.return", "pledge", p.id, before=before,
                 after=audit.snapshot(p, ["returned_on", "signed"]),
                 summary=f"收回责任书 {p.number}({p.student_name or p.party_b}{'' if signed else ',未签字'})")
    return ReturnResult(_row(p, class_name), False)


def list_pledges(session: Session, actor: Actor, *, kind: str | None = None, class_id: int | None = None,
                 school_year: str | None = None, only_missing: bool = False) -> list[PledgeRow]:
    stmt = (select(Pledge, SchoolClass.name).join(SchoolClass, Pledge.class_id == SchoolClass.id, isouter=True))
    if kind:
        stmt = stmt.where(Pledge.kind == kind)
    if class_id is not None:
        stmt = stmt.where(Pledge.class_id == class_id)
    if school_year:
        stmt = stmt.where(Pledge.school_year == school_year)
    if not actor.has("documents.print_all"):
        stmt = stmt.where(col(Pledge.class_id).in_(sorted(actor.class_ids) or [-1]))
    rows = [_row(p, cn) for p, cn in session.exec(stmt.order_by(Pledge.id))]
    rows = _current(rows)
    if only_missing:
        rows = [r for r in rows if r.returned_on is None]
    return rows


def _current(rows: list[PledgeRow]) -> list[PledgeRow]:
    """One pledge per person and school year: the returned one, else the newest."""
    best: dict[tuple, PledgeRow] = {}
    for r in rows:
        key = (r.kind, r.school_year, r.student_id, r.party_b, r.class_id)
        cur = best.get(key)
        if cur is None or (cur.returned_on is None and (r.returned_on is not None or r.id > cur.id)):
            best[key] = r
    return sorted(best.values(), key=lambda r: r.id)


@dataclass(frozen=True)
class ClassReturnSummary:
    class_id: int | None
    class_name: str
    printed: int
    returned: int
    unsigned: int
    missing: tuple[PledgeRow, ...]

    @property
    def return_rate(self) -> float:
        return self.returned / self.printed if self.printed else 0.0


def return_status(session: Session, actor: Actor, *, kind: str = "teacher_parent", class_id: int | None = None,
                  school_year: str | None = None, today: date | None = None) -> list[ClassReturnSummary]:
    """Per class: pledges printed, returned, returned unsigned, and the missing ones (who, which number)."""
    _kind(kind)
    if class_id is not None and not _can_handle(actor, class_id):
        raise PermissionDenied("没有权限查看该班的责任书收回情况。")
    year = school_year or school_context(session, today or date.today()).school_year
    rows = list_pledges(session, actor, kind=kind, class_id=class_id, school_year=year)
    groups: dict[int | None, list[PledgeRow]] = {}
    for r in rows:
        groups.setdefault(r.class_id, []).append(r)
    out = []
    for cid, rs in groups.items():
        out.append(ClassReturnSummary(cid, rs[0].class_name or "(全校)", len(rs),
                                      sum(1 for r in rs if r.returned_on is not None),
                                      sum(1 for r in rs if r.returned_on is not None and not r.signed),
                                      tuple(r for r in rs if r.returned_on is None)))
    return sorted(out, key=lambda x: x.class_name)


__all__ = ["COMMON_PLACEHOLDERS", "COPY_LABELS", "ClassReturnSummary", "KINDS", "KindSpec", "MissingGuardian",
           "PledgeBatchResult", "PledgeRow", "ReturnResult", "TemplateInfo", "allowed_placeholders", "check_text",
           "default_template", "fill", "get_template", "list_pledges", "list_templates", "make_number",
           "mark_returned", "normalize_number", "placeholders_in", "preview_template", "print_pledges",
           "reset_template", "return_status", "sample_values", "save_template"]
