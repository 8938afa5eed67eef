"""Issue 6 figure: 1,000 parent pledges (two copies each, numbered, barcoded) against 1,000 minimal ReportLab pages.

The school is built once in ``bench/data/documents-1000`` (20 classes × 50 students, one
guardian each). Each run prints the whole school in one transaction and rolls it back,
so the pledge numbers do not pile up between runs. The baseline writes the same number
of pages as there are pledges, each with one line in the same embedded Chinese font —
what ReportLab costs at the least.
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
    from app.data.db import open_database
    from app.data.models import Guardian, Student
    from app.students import pinyin_keys

    paths = _paths()
    if paths.database.exists():
        return paths
    t0 = time.perf_counter()
    db = open_database(paths)
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


def bench_pledges(paths) -> Result:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from app.accounts import SYSTEM
    from app.data.db import open_database
    from app.documents import pledges
    from app.documents.pdf import FONT, register_fonts

    register_fonts()
    tmp = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    db = open_database(paths)

    def ours():
        with db.session() as s:
            r = pledges.print_pledges(s, SYSTEM, tmp / "pledges.pdf", all_classes=True, today=TODAY)
            assert r.count == N and r.pages == 2 * N, (r.count, r.pages)
            s.rollback()

    def minimal():
        c = canvas.Canvas(str(tmp / "minimal.pdf"), pagesize=A4)
        for i in range(N):
            c.setFont(FONT, 12)
            c.drawString(72, 760, f"第 {i + 1} 页 责任书")
            c.showPage()
        c.save()

    base = timeit(minimal, repeat=3)
    value = timeit(ours, repeat=1, warmup=0)
    db.close()
    print(f"   {N} pledges ({2 * N} pages): {value:.1f} s, {(tmp / 'pledges.pdf').stat().st_size / 1e6:.1f} MB",
          flush=True)
    return Result("1,000 parent pledges (2,000 pages) to PDF", value, "s", base,
                  "1,000 minimal ReportLab pages, same font", "#6")


def run() -> list[Result]:
    return [bench_pledges(_ensure_school())]
