"""Responsibility pledges (责任书, domain.md §2 item 2, §7): printing them (ReportLab).

The kinds, templates, numbers and returns are :mod:`app.documents.pledge_records` (no ReportLab: the
documents page lists and records pledges without loading it, and loads this module when the user prints).

Printing: each pledge gets a number ``JZ2026-000123-7`` (kind prefix, school-year start,
row id, check digit) printed as text and a Code 128 barcode on both copies (甲方留存 /
乙方留存). A batch is a numbered file (:func:`app.numbered_files.publish`): the numbers are
issued first in a short transaction (a counter, committed to disk), the PDF is drawn under a
temporary name holding no lock (roll calls go on meanwhile), then the pledge rows, the batch row
and the audit entry are written in a second short transaction, and only then does the PDF get its
name. A cancelled, failed or crashed batch leaves no file and no pledge rows, and its numbers are
never issued again (the next batch starts after them). Students with no guardian on file are
returned in the result (``without_guardian``), never silently skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer, Table
from sqlmodel import Session, col, func, select

from app import audit
from app.accounts import Actor, require
from app.codes import RELATION
from app.data.document_models import Pledge, PledgeBatch
from app.data.models import Guardian, SchoolClass, Staff, Student
from app.documents import DocumentResult, SchoolContext, school_context
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
)
from app.documents.pledge_records import (
    PLEDGE_SERIES,
    KindSpec,
    check_text,
    classes_in_scope,
    fill,
    get_template,
    kind_spec,
    make_number,
    number_id,
    placeholders_in,
    school_year_start,
)
from app.errors import PermissionDenied, ValidationError
from app.messages import msg
from app.numbered_files import FileSpec, publish, reserve_numbers

_HEADING_RE = re.compile(r"^[一二三四五六七八九十]+、")

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
                     static=not placeholders_in(text)) for text, heading in self.lines]


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
            raise DocumentError("documents.pledge_does_not_fit_one", i=i, party_b=item.party_b)
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
    spec = kind_spec(kind)
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
            names = [msg("documents.student_of_class", name=m.student_name, class_name=m.class_name) for m in missing[:10]]
            more = msg("documents.and_more", count=len(missing)) if len(missing) > 10 else ""
            raise ValidationError("监护人", "documents.there_no_parents_pledges_print", names=names, more=more)
        if no_head:
            raise ValidationError("班主任", "documents.no_head_teacher_pledges", classes=no_head)
        raise ValidationError("范围", "documents.there_no_pledges_print_chosen")
    path = check_writable(out)
    body = _Body(tmpl.title, tmpl.body, common, set(spec.placeholders))
    scope = "全校" if all_classes or kind == "bureau_principal" else classes[0].name
    year = school_year_start(ctx.school_year)
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
        s.add_all([Pledge(id=number_id(number), number=number, batch_id=batch.id, kind=kind,
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
        raise PermissionDenied("documents.may_not_preview_pledges")
    spec = kind_spec(kind)
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
    number = make_number(kind, school_year_start(ctx.school_year), 0)
    path, pages = _render(out, spec, b, [item], [number], ctx, None)
    return DocumentResult(path, pages, f"{spec.label}(样张)")


__all__ = ["COPY_LABELS", "MissingGuardian", "PledgeBatchResult", "preview_template", "print_pledges", "sample_values"]
