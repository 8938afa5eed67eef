"""The PDF foundation of every printed document: font, styles, page template, safe output.

* The shipped WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``) is registered
  with ReportLab from the TTC (``subfontIndex=0``) and embedded as a subset in every
  file, so a PC with no Chinese font prints the same page. No system font is assumed.
* Chinese line breaking: every paragraph style uses ``wordWrap="CJK"`` (break between
  any two ideographs, never before closing punctuation).
* Each page carries the school's name and the document title at the top and
  "第 N 页 共 M 页" at the bottom; the total is written when the file is finished
  (:class:`_NumberedCanvas`).
* Output is written to a temporary file in the target folder and renamed at the end
  (:func:`atomic_output`), so a cancelled or failed batch leaves no half file; a
  folder that cannot be written gives a Chinese message naming it.
* Official punctuation: Chinese text on paper uses full-width punctuation (，：；？！（）“”), so every
  text drawn goes through :func:`official` (plain text) or :func:`official_markup` (paragraph markup:
  tags and entities untouched) — a half-width , : ; ? ! ( ) or " next to a Chinese character becomes
  its full-width form; numbers, dates, times, codes and Latin text keep theirs (``16:30``, ``1,200``,
  ``(ID 3)``). It applies to the templates, the program's own labels and what users typed alike.
* Long batches call ``progress(done, total) -> bool`` as they go; ``False`` cancels
  (:class:`Cancelled`).
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from app.errors import BaoxueError, ValidationError
from app.files import WriteFailed, clean_parts, fsync_file, promote, temporary_name
from app.fields import printable
from app.paths import resource

FONT = "WQYMicroHei"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

Progress = Callable[[int, int], bool]


class Cancelled(BaoxueError):
    """The user cancelled a batch; nothing was written."""

    def __init__(self, message: str = "已取消:没有生成文件,也没有登记编号。"):
        super().__init__(message)


class DocumentError(BaoxueError):
    """A document cannot be produced (missing font, bad data); the message says what to do."""


# --- official punctuation -----------------------------------------------------------------

#: half-width punctuation → the full-width form Chinese official papers use
FULL_WIDTH = {",": "\uff0c", ":": "\uff1a", ";": "\uff1b", "?": "\uff1f", "!": "\uff01", "(": "\uff08",
              ")": "\uff09"}
_QUOTES = ("\u201c", "\u201d")
_CANDIDATES = frozenset(',:;?!()" ')
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")


def is_cjk(ch: str) -> bool:
    """A Chinese character, or Chinese / full-width punctuation (what makes a neighbour "Chinese text")."""
    return bool(ch) and ("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"
                         or ch in "\u201c\u201d\u2018\u2019\u2014\u2026")


def _official(chars: list[str]) -> list[str]:
    """Per character, what it becomes (a dropped space becomes ""): see the module's text."""
    n = len(chars)
    out = list(chars)

    def at(i: int) -> str:  # what the character is by now (a bracket already made full-width counts)
        return out[i] if 0 <= i < n else ""

    def near(i: int) -> bool:  # a Chinese neighbour, or one across a single space ("张三 (男)")
        return (is_cjk(at(i - 1)) or is_cjk(at(i + 1)) or (at(i - 1) == " " and is_cjk(at(i - 2)))
                or (at(i + 1) == " " and is_cjk(at(i + 2))))

    marks = [i for i, c in enumerate(chars) if c in _CANDIDATES]  # only these can change
    partner: dict[int, int] = {}
    stack: list[int] = []
    for i in marks:
        if chars[i] == "(":
            stack.append(i)
        elif chars[i] == ")" and stack:
            j = stack.pop()
            partner[i], partner[j] = j, i
    converted: set[int] = set()
    for i in sorted(k for k in partner if chars[k] == "("):  # brackets first: by their content and neighbours
        j = partner[i]
        if near(i) or near(j) or any(is_cjk(x) for x in chars[i + 1:j]):
            out[i], out[j] = FULL_WIDTH["("], FULL_WIDTH[")"]
            converted |= {i, j}
    quotes = 0
    for i in marks:
        c = chars[i]
        if c == " " or i in converted or c in "()" and i in partner:
            continue
        if c in FULL_WIDTH and near(i) and not (c in ",:" and at(i - 1).isdigit() and at(i + 1).isdigit()):
            out[i] = FULL_WIDTH[c]
            converted.add(i)
        elif c == '"' and near(i):
            out[i] = _QUOTES[quotes % 2]
            quotes += 1
            converted.add(i)
    for i in marks:  # full-width punctuation carries its own space
        if chars[i] == " " and (i - 1 in converted or i + 1 in converted):
            out[i] = ""
    return out


@lru_cache(maxsize=4096)  # a batch prints the same labels and texts on every sheet
def official(text: str) -> str:
    """Plain text with full-width punctuation next to Chinese characters (:data:`FULL_WIDTH`, quotes → “”)."""
    if not text or not any(c in FULL_WIDTH or c == '"' for c in text):
        return text
    return "".join(_official(list(text)))


@lru_cache(maxsize=4096)
def official_markup(markup: str) -> str:
    """:func:`official` on a paragraph's markup: the text between the tags, as one text; tags and entities kept."""
    if not markup or not any(c in FULL_WIDTH or c == '"' for c in _MARKUP.sub("", markup)):
        return markup
    parts = _MARKUP.split(markup)
    chars: list[str] = []
    owner: list[int] = []  # the part each character of the text belongs to
    for k, part in enumerate(parts):
        if k % 2 == 0:
            chars.extend(part)
            owner.extend([k] * len(part))
        elif part.startswith("&"):
            chars.append("\u00a0" if part == "&nbsp;" else "&")  # an entity: one neutral character
            owner.append(-1)
    done = _official(chars)
    rebuilt = [[] for _ in parts]
    for ch, k in zip(done, owner):
        if k >= 0:
            rebuilt[k].append(ch)
    return "".join(part if k % 2 else "".join(rebuilt[k]) for k, part in enumerate(parts))


# --- font ---------------------------------------------------------------------------------

_registered = False


def register_fonts() -> str:
    """Register the shipped Chinese font once; returns its ReportLab name."""
    global _registered
    if not _registered:
        path = resource(*FONT_FILE)
        if not path.is_file():
            raise DocumentError(f"找不到随程序提供的中文字体文件 {path},请重新安装程序。")
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
        _registered = True
    return FONT


# --- styles -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    body_plain: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_small: ParagraphStyle
    label: ParagraphStyle
    note: ParagraphStyle
    right: ParagraphStyle


_styles: Styles | None = None


def styles() -> Styles:
    global _styles
    if _styles is None:
        register_fonts()

        def st(name, size, leading, **kw):
            return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=leading, wordWrap="CJK", **kw)

        _styles = Styles(
            title=st("bx-title", 17, 24, alignment=TA_CENTER, spaceAfter=3 * mm),
            subtitle=st("bx-subtitle", 11, 16, alignment=TA_CENTER, spaceAfter=3 * mm),
            body=st("bx-body", 10.5, 16.5, alignment=TA_JUSTIFY, firstLineIndent=21),
            body_plain=st("bx-body-plain", 10.5, 16.5, alignment=TA_JUSTIFY),
            heading=st("bx-heading", 10.5, 17, spaceBefore=2, alignment=TA_LEFT),
            cell=st("bx-cell", 10, 14, alignment=TA_LEFT),
            cell_center=st("bx-cell-c", 10, 14, alignment=TA_CENTER),
            cell_small=st("bx-cell-s", 8.5, 11, alignment=TA_LEFT),
            label=st("bx-label", 10, 14, alignment=TA_CENTER),
            note=st("bx-note", 9, 13, alignment=TA_LEFT, textColor=colors.HexColor("#333333")),
            right=st("bx-right", 11, 19, alignment=TA_RIGHT),
        )
    return _styles


def para(text: str, style: ParagraphStyle | None = None, *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept) unless ``markup``."""
    s = style or styles().body
    if not markup:
        # what no field may hold (an older version's stored text may have it) is left out, never drawn or fatal
        text = escape(official(printable(text, multiline=True))).replace("\n", "<br/>")
    else:
        text = official_markup(text)
    return Paragraph(text, s)


def blank(width_chars: int = 8) -> str:
    """An underlined blank for handwriting (non-breaking spaces under a line)."""
    return "<u>" + "\u00a0" * (width_chars * 2) + "</u>"


def date_blank() -> str:
    return "\u00a0" * 6 + "年" + "\u00a0" * 4 + "月" + "\u00a0" * 4 + "日"


def cn_date(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


# --- tables -------------------------------------------------------------------------------


def tstyle(cmds: Iterable[tuple] = ()) -> TableStyle:
    """A TableStyle whose cells use our font (ReportLab's default Helvetica would be referenced, not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *cmds])

GRID = 0.6
BOX = 1.2


def form_table(rows: Sequence[Sequence[object]], col_widths: Sequence[float], *,
               spans: Iterable[tuple[tuple[int, int], tuple[int, int]]] = (),
               label_cells: Iterable[tuple[int, int]] = (), row_heights: Sequence[float | None] | None = None,
               header_rows: int = 0, extra: Iterable[tuple] = (), cell_style: ParagraphStyle | None = None) -> Table:
    """A ruled form table: strings become wrapping paragraphs; label cells are centred.

    ``spans`` are ((col0,row0),(col1,row1)) pairs as in ReportLab's SPAN command.
    """
    s = styles()
    labels = set(label_cells)
    body_style = cell_style or s.cell
    data = []
    for r, row in enumerate(rows):
        out = []
        for c, cell in enumerate(row):
            if isinstance(cell, str):
                if (c, r) in labels or r < header_rows:
                    cell = para(cell, s.label)
                else:
                    cell = para(cell, body_style)
            out.append(cell)
        data.append(out)
    t = Table(data, colWidths=list(col_widths), rowHeights=row_heights, repeatRows=header_rows)
    cmds = [
        ("GRID", (0, 0), (-1, -1), GRID, colors.black),
        ("BOX", (0, 0), (-1, -1), BOX, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for a, b in spans:
        cmds.append(("SPAN", a, b))
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")))
    cmds.extend(extra)
    t.setStyle(tstyle(cmds))
    return t


def plain_table(rows: Sequence[Sequence[object]], col_widths: Sequence[float], **kw) -> Table:
    """A table without rules (signature lines, header blocks)."""
    s = styles()
    data = [[para(c, kw.get("style", s.body_plain)) if isinstance(c, str) else c for c in row] for row in rows]
    t = Table(data, colWidths=list(col_widths))
    t.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), kw.get("valign", "TOP")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), kw.get("pad", 2)),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), kw.get("pad", 2))]))
    return t


# --- page template ------------------------------------------------------------------------


def _footer_canvas_class(school_name: str, doc_title: str, pagesize, counter: list[int]):
    """A canvas that remembers its pages and writes header and "第 N 页 共 M 页" when saved."""

    class _NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            if not kwargs.get("initialFontName"):  # no stray non-embedded Helvetica in the file
                kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            counter.append(total)
            for i, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(i, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def _decorate(self, page: int, total: int) -> None:
            decorate_page(self, pagesize, school_name, doc_title, page, total)

    return _NumberedCanvas


def decorate_page(canv, pagesize, school_name: str, doc_title: str, page: int, total: int) -> None:
    """The school's name and the title at the top of a page, "第 N 页 共 M 页" at the bottom."""
    w, h = pagesize
    canv.saveState()
    canv.setFont(FONT, 8.5)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawString(18 * mm, h - 11 * mm, official(school_name))
    if doc_title:
        canv.drawRightString(w - 18 * mm, h - 11 * mm, official(doc_title))
    canv.setStrokeColor(colors.HexColor("#888888"))
    canv.setLineWidth(0.4)
    canv.line(18 * mm, h - 12.5 * mm, w - 18 * mm, h - 12.5 * mm)
    canv.setFont(FONT, 9)
    canv.drawCentredString(w / 2, 9 * mm, f"第 {page} 页  共 {total} 页")
    canv.restoreState()


class ProgressMark(Flowable):
    """A zero-size flowable: reports progress when the layout reaches it; False → cancel."""

    def __init__(self, progress: Progress | None, done: int, total: int):
        super().__init__()
        self.progress, self.done, self.total = progress, done, total
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise Cancelled()


def check_output(out: str | os.PathLike) -> Path:
    """The PDF's final path, refused (naming what to do) when it is a folder, not a .pdf or in no folder."""
    path = Path(out).expanduser()
    if path.is_dir():
        raise ValidationError("输出文件", f"“{path}”是一个文件夹,请给出文件名,例如 {path / '责任书.pdf'}")
    if path.suffix.lower() != ".pdf":
        raise ValidationError("输出文件", f"“{path.name}”应以 .pdf 结尾")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("输出文件", f"文件夹“{folder}”不存在,请先建立该文件夹或另选保存位置")
    return path


def _explain(exc: WriteFailed, path: Path) -> ValidationError:
    return ValidationError("输出文件", f"{exc}也可能是“{path.name}”正被 PDF 阅读器打开:请关闭后重试,或另选文件名。")


@contextmanager
def atomic_output(out: str | os.PathLike) -> Iterator[Path]:
    """Yield the temporary path beside ``out`` (:func:`app.files.temporary_name`); when the block succeeds it is
    fsynced and renamed onto ``out`` (:func:`app.files.promote`), else removed. For the PDFs that carry no
    number; numbered ones (pledges) go through :func:`app.numbered_files.publish`."""
    path = check_output(out)
    clean_parts(path.parent, prefix=path.name)
    part = prepare_part(path)
    try:
        yield part
        try:
            fsync_file(part)
            promote(part, path, what="PDF 文件")
        except WriteFailed as exc:
            raise _explain(exc, path) from exc
    finally:
        part.unlink(missing_ok=True)


def prepare_part(path: Path) -> Path:
    """The temporary name of ``path``, created empty: a folder that cannot be written is refused before any work."""
    part = temporary_name(path)
    try:
        open(part, "wb").close()
    except OSError as exc:
        raise ValidationError("输出文件", f"不能在“{path.parent}”中写入文件({exc.strerror or exc}):"
                                      "请检查文件夹权限、U盘是否写保护或磁盘是否已满,或另选保存位置") from exc
    return part


def check_writable(out: str | os.PathLike) -> Path:
    """:func:`check_output`, and the folder tried for writing (before a number is issued for the file)."""
    path = check_output(out)
    prepare_part(path).unlink(missing_ok=True)
    return path


MARGINS = (18 * mm, 18 * mm, 17 * mm, 16 * mm)  # left, right, top, bottom


def body_frame(pagesize=A4, margins: tuple[float, float, float, float] = MARGINS) -> Frame:
    """The frame a page's content is laid out in: inside the margins, no padding."""
    left, right, top, bottom = margins
    w, h = pagesize
    return Frame(left, bottom, w - left - right, h - top - bottom, id="body", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)


def page_canvas(target: Path, *, school_name: str, doc_title: str, pagesize=A4, author: str = "",
                subject: str = "") -> rl_canvas.Canvas:
    """A canvas carrying the metadata :func:`build_pdf` gives its files, for documents drawn page by page."""
    register_fonts()
    canv = rl_canvas.Canvas(str(target), pagesize=pagesize, invariant=False, initialFontName=FONT)
    canv.setAuthor(author or school_name)
    canv.setTitle(doc_title)
    canv.setSubject(subject or doc_title)
    canv.setCreator("保学 Baoxue")
    return canv


def build_pdf(target: Path, story: list, *, school_name: str, doc_title: str, pagesize=A4,
              margins: tuple[float, float, float, float] = MARGINS,
              author: str = "", subject: str = "") -> int:
    """Lay ``story`` out on A4 pages with the school header and page numbers; returns the page count.

    ``margins`` = (left, right, top, bottom). Writes straight to ``target`` (use
    :func:`atomic_output` for the final file).
    """
    register_fonts()
    left, right, top, bottom = margins
    w, h = pagesize
    counter: list[int] = []
    doc = BaseDocTemplate(str(target), pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=doc_title, author=author or school_name,
                          subject=subject or doc_title, creator="保学 Baoxue", invariant=False,
                          initialFontName=FONT)
    frame = body_frame(pagesize, margins)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        doc.build(story, canvasmaker=_footer_canvas_class(school_name, doc_title, pagesize, counter))
    except LayoutError as exc:  # a cell taller than a page: the texts are cut to their fields' lengths, so rare
        raise DocumentError(f"“{doc_title}”中有一格内容太多,一页放不下,没有生成文件。请缩短过长的内容后重试。") from exc
    return counter[-1] if counter else 0


def write_pdf(out: str | os.PathLike, story: list, **kw) -> tuple[Path, int]:
    """Build ``story`` into ``out`` atomically; returns (final path, page count)."""
    with atomic_output(out) as tmp:
        pages = build_pdf(tmp, story, **kw)
    return Path(out).expanduser(), pages


def content_width(pagesize=A4, margins=(18 * mm, 18 * mm)) -> float:
    return pagesize[0] - margins[0] - margins[1]


__all__ = ["A4", "Cancelled", "DocumentError", "FONT", "GRID", "MARGINS", "Progress", "ProgressMark", "Spacer",
           "Styles", "atomic_output", "blank", "check_output", "check_writable", "prepare_part", "body_frame", "build_pdf", "cn_date", "content_width", "date_blank",
           "decorate_page", "form_table", "page_canvas",
           "landscape", "mm", "para", "plain_table", "register_fonts", "styles", "tstyle", "write_pdf"]
