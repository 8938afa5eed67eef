"""Issue 6 figure: 1,000 parent pledges (two copies each, numbered, barcoded) against the same pages drawn plainly.

The school is built once in ``bench/data/documents-1000`` (20 classes × 50 students, one
guardian each). Each run prints the whole school in one transaction and rolls it back,
so the pledge numbers do not pile up between runs. The fair baseline (:func:`plain_pledges`)
draws the same pages — the same text, grid, barcode, header and footer — with plain canvas
calls, in the same run.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from bench.harness import DATA_DIR, Result, timeit

N = 1000
CLASSES = 20
TODAY = date(2026, 11, 27)


def _paths():
    from app.paths import DataPaths

    return DataPaths(DATA_DIR / "documents-1000")


def _ensure_school():
    from app import school
    from app.accounts import SYSTEM
    from bench.harness import open_school
    from app.data.models import Guardian, Student
    from app.students import pinyin_keys

    paths = _paths()
    if paths.database.exists():
        return paths
    t0 = time.perf_counter()
    db = open_school(paths)
    surnames, given = "王李张刘陈杨赵黄周吴", "明华强军芳丽敏静磊洋"
    with db.transaction() as s:
        school.setup_school(s, code="3161000777", name="留坝县马道镇中心小学", county_code="610729",
                            county_name="留坝县", township="马道镇", principal_name="刘建华",
                            admin_username="admin", admin_password="bench-pass", today=TODAY)
        per = N // CLASSES
        for c in range(CLASSES):
            grade = c // 4 + 1
            t = school.create_staff(s, SYSTEM, f"{surnames[c % 10]}老师{c}", phone=f"1380013{c:04d}")
            cid = school.create_class(s, SYSTEM, f"{'一二三四五六七八九'[grade - 1]}年级({c % 4 + 1})班", grade,
                                      head_teacher_id=t)
            for i in range(per):
                n = c * per + i
                name = surnames[n % 10] + given[(n // 10) % 10] + given[(n // 100) % 10]
                full, initials = pinyin_keys(name)
                st = Student(name=name, name_pinyin=full, name_initials=initials, sex="1" if n % 2 else "2",
                             birth_date=date(2016, 1 + n % 12, 1 + n % 28), student_number=f"L{n:018d}",
                             class_id=cid, grade_level=grade, enrolled_on=date(2023, 9, 1), village="马道村",
                             township="马道镇")
                s.add(st)
                s.flush()
                s.add(Guardian(student_id=st.id, name=surnames[n % 10] + "建国", relation="father",
                               phone=f"139{n:08d}", lives_with_child=True))
    db.close()
    print(f"   built the {N}-student documents school in {time.perf_counter() - t0:.1f} s", flush=True)
    return paths


def plain_pledges(target: Path, items, numbers, title: str, lines: list[tuple[str, bool]], school_name: str,
                  doc_title: str) -> int:
    """The fair baseline: the same pledges drawn with plain ReportLab canvas calls.

    Per copy: header (school, title, rule) and footer (page N of M), copy label box, Code128
    barcode and its number, title, the two parties, the 2×6 information grid, every line of
    the template filled with the child's values and wrapped at the frame width (a greedy
    character wrap with ``stringWidth``), and the three signature rows. No flowables, no
    shrink-to-fit: what drawing the same marks costs at the least.
    """
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from app.documents.pdf import FONT
    from app.documents.pledge_records import fill
    from app.documents.pledges import COPY_LABELS

    w, h = A4
    left, width = 18 * mm, w - 36 * mm
    total = 2 * len(items)
    c = canvas.Canvas(str(target), pagesize=A4, initialFontName=FONT)

    def wrap(text: str, size: float, indent: float) -> list[str]:
        out, line, room = [], "", width - indent
        for ch in text:
            if stringWidth(line + ch, FONT, size) > room:
                out.append(line)
                line, room = "", width
            line += ch
        return out + [line]

    page = 0
    for item, number in zip(items, numbers):
        body = [(fill(t, item.values), head) for t, head in lines]
        for label in COPY_LABELS:
            page += 1
            c.setFont(FONT, 8.5)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(left, h - 11 * mm, school_name)
            c.drawRightString(w - 18 * mm, h - 11 * mm, doc_title)
            c.setStrokeColor(colors.HexColor("#888888"))
            c.line(left, h - 12.5 * mm, w - 18 * mm, h - 12.5 * mm)
            c.setFont(FONT, 9)
            c.drawCentredString(w / 2, 9 * mm, f"第 {page} 页  共 {total} 页")
            c.setFillColor(colors.black)
            c.setStrokeColor(colors.black)
            y = h - 17 * mm
            c.rect(left, y - 9 * mm, 24 * mm, 9 * mm)
            c.setFont(FONT, 10)
            c.drawCentredString(left + 12 * mm, y - 6 * mm, label)
            code = Code128(number, barHeight=9 * mm, barWidth=0.8, humanReadable=False, quiet=False)
            code.drawOn(c, w - 18 * mm - 62 * mm + (62 * mm - code.width) / 2, y - 9 * mm)
            c.drawCentredString(w - 18 * mm - 31 * mm, y - 14 * mm, f"编号:{number}")
            y -= 24 * mm
            c.setFont(FONT, 17)
            c.drawCentredString(w / 2, y, fill(title, item.values))
            y -= 10 * mm
            c.setFont(FONT, 10.5)
            for party in (f"甲方:{item.party_a}", f"乙方:{item.party_b}"):
                c.drawString(left, y, party)
                y -= 16.5
            cw = [width * f for f in (0.15, 0.19, 0.15, 0.19, 0.13, 0.19)]
            for row in item.info_rows:
                x = left
                for cell, cwidth in zip(row, cw):
                    c.rect(x, y - 6, cwidth, 18)
                    c.drawString(x + 3, y, cell)
                    x += cwidth
                y -= 18
            y -= 8 * mm
            for text, head in body:
                for k, part in enumerate(wrap(text, 10.5, 0 if head else 21)):
                    c.drawString(left + (21 if k == 0 and not head else 0), y, part)
                    y -= 16.5
            y -= 7 * mm
            for a, b in (("甲方(盖章):", "乙方(签字):"), ("负责人(签字):", "联系电话:"), ("日期:", "日期:")):
                c.drawString(left, y, a)
                c.line(left + 60, y - 2, left + width / 2 - 10, y - 2)
                c.drawString(left + width / 2, y, b)
                c.line(left + width / 2 + 60, y - 2, left + width, y - 2)
                y -= 22
            c.showPage()
    c.save()
    return page


def bench_pledges(paths) -> Result:
    from app.accounts import SYSTEM
    from bench.harness import open_school
    from app.documents import pledge_records, pledges
    from app.documents import school_context
    from app.documents.pdf import register_fonts

    register_fonts()
    tmp = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    db = open_school(paths, password="bench-pass")

    def ours():
        with db.session() as s:
            r = pledges.print_pledges(s, SYSTEM, tmp / "pledges.pdf", all_classes=True, today=TODAY)
            assert r.count == N and r.pages == 2 * N, (r.count, r.pages)
            s.rollback()

    with db.session() as s:  # the same items, numbers and template the service prints
        ctx = school_context(s, TODAY)
        tmpl = pledge_records.get_template(s, "teacher_parent")
        common = pledges._common_values(ctx, tmpl.retention_target)
        classes = pledge_records.classes_in_scope(s, SYSTEM, None, True)
        items, _missing = pledges._parent_items(s, classes, common, ctx, set())
        body = pledges._Body(tmpl.title, tmpl.body, common, set())
        numbers = [pledge_records.make_number("teacher_parent", 2026, i + 1) for i in range(len(items))]
        doc_title = f"{ctx.school_year} {pledge_records.kind_spec('teacher_parent').label}"

    def plain():
        pages = plain_pledges(tmp / "plain.pdf", items, numbers, body.title, body.lines, ctx.name, doc_title)
        assert pages == 2 * N

    base = timeit(plain, repeat=3, warmup=0, cpu=True)
    value = timeit(ours, repeat=3, warmup=0, cpu=True)
    db.close()
    print(f"   {N} pledges ({2 * N} pages): {value:.1f} s CPU, {(tmp / 'pledges.pdf').stat().st_size / 1e6:.1f} MB;"
          f" plain canvas {base:.1f} s, {(tmp / 'plain.pdf').stat().st_size / 1e6:.1f} MB", flush=True)
    return Result("1,000 parent pledges (2,000 pages) to PDF, CPU", value, "s", base,
                  "plain ReportLab canvas drawing the same text, grid, barcode, header and footer", "#6",
                  goal=2, runs=3,
                  note="done: each sheet laid out once into a form XObject both copies show, the text that is "
                       "the same on every pledge broken into lines and drawn once per batch, pages finished as "
                       "drawn; the same text and pixels as the platypus reference "
                       "(tests/documents/test_pledge_layout.py). The baseline draws every page in full")


def run() -> list[Result]:
    return [bench_pledges(_ensure_school())]
