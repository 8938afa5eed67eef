"""Issue 5 figure: suggesting mentors for 1,000 uncovered students among 200 teachers.

Baseline, in the same run: a naive round-robin assignment of the same students — reading the
ids of the same focus-group students and the same staff, and dealing them out in turn. The
ratio is what the explained, balanced, preference-aware suggestion costs over that.
"""

from __future__ import annotations

import random
import shutil
import time
from datetime import date

from sqlmodel import select

from bench.harness import DATA_DIR, Result, timeit

N_STUDENTS = 1000
N_TEACHERS = 200
N_CLASSES = 50
DAY = date(2026, 11, 27)
VILLAGES = [f"{n}村" for n in "马道 青桥 武关 沙坝 寺坪 小河 铁佛 江口 玉皇 紫柏".split()]


def _build(root):
    from app import school
    from app.accounts import SYSTEM
    from bench.harness import open_school
    from app.data.models import SchoolClass, Staff, Student, TeachingAssignment
    from app.paths import DataPaths

    shutil.rmtree(root, ignore_errors=True)
    db = open_school(DataPaths(root))
    rng = random.Random(5)
    with db.transaction() as s:
        school.setup_school(s, code="3161000555", name="帮扶测试学校", county_code="610729",
                            admin_username="admin", admin_password="bench-pass", today=DAY)
        staff = [Staff(name=f"教师{i:03d}", village=rng.choice(VILLAGES)) for i in range(N_TEACHERS)]
        s.add_all(staff)
        s.flush()
        classes = [SchoolClass(name=f"班级{i:02d}", grade_level=1 + i % 9, head_teacher_id=staff[i].id)
                   for i in range(N_CLASSES)]
        s.add_all(classes)
        s.flush()
        for i, t in enumerate(staff[N_CLASSES:]):
            for c in rng.sample(classes, 3):
                s.add(TeachingAssignment(staff_id=t.id, class_id=c.id, subject="数学"))
        for i in range(N_STUDENTS):
            c = classes[i % N_CLASSES]
            s.add(Student(name=f"学生{i:04d}", sex="1", birth_date=date(2015, 1, 1), student_number=f"L{i:018d}",
                          class_id=c.id, grade_level=c.grade_level, enrolled_on=date(2023, 9, 1),
                          village=rng.choice(VILLAGES), poor_household=i % 2 == 0, left_behind=1 if i % 2 else 0))
        _ = SYSTEM
    return db


def run() -> list[Result]:
    from app.accounts import SYSTEM
    from app.data.models import Staff, Student
    from app.mentors import suggesting
    from app.students import any_focus_condition

    t0 = time.perf_counter()
    db = _build(DATA_DIR / "mentors-1000")
    print(f"   built {N_STUDENTS} students / {N_TEACHERS} teachers in {time.perf_counter() - t0:.1f} s", flush=True)
    try:
        def ours():
            with db.session() as s:
                sug = suggesting.suggest(s, SYSTEM, DAY)
            assert len(sug.suggestions) == N_STUDENTS and not sug.over_max

        def round_robin():
            with db.session() as s:
                kids = s.exec(select(Student.id).where(any_focus_condition()).order_by(Student.id)).all()
                teachers = s.exec(select(Staff.id).where(Staff.active == True).order_by(Staff.id)).all()  # noqa: E712
            plan = [(k, teachers[i % len(teachers)]) for i, k in enumerate(kids)]
            assert len(plan) == N_STUDENTS

        base = timeit(round_robin, repeat=5)
        value = timeit(ours, repeat=3)
    finally:
        db.close()
    return [Result("mentor suggestion, 1,000 students / 200 teachers", value, "s", base,
                   "round-robin of the same students (ids read + dealt out)", "#5")]
