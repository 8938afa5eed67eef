"""Item 3 of #18: the figures at 500 and 5,000 pupils and at one and five years, side by side.

Each scale is generated with :func:`bench.bench_attendance._build` (the program's schema, a
roll call every school day, ~2 % exceptions). A figure that grows with the school should
grow ten times from 500 to 5,000 pupils (work for one class: not at all), and not with the
years; the ratios in the table show a quadratic path as a number, not as a surprise.
Written to ``bench/results.json`` under ``"scaling"`` and to README's scaling table.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from bench.bench_attendance import TODAY, _build
from bench.harness import checkpointed_size, timeit

SCALES = [(500, 1), (500, 5), (5000, 1), (5000, 5)]


def _measure(n_students: int, years: int) -> dict[str, float]:
    from sqlalchemy import text
    from sqlmodel import Session, select

    from app import attendance, early_warning, students
    from app.accounts import SYSTEM
    from app.attendance import alerts
    from bench.harness import open_school
    from app.data.models import Student
    from app.school_calendar import load_calendar

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="baoxue-bench-scale-") as tmp:
        paths, _baseline, base_size, class_ids, _ids, days = _build(Path(tmp), n_students, years)
        db = open_school(paths)
        out["database size, MB"] = checkpointed_size(db) / 1e6
        rng = random.Random(7)
        picks = [(rng.choice(class_ids), rng.choice(days)) for _ in range(10)]
        day, cid = days[-1], class_ids[len(class_ids) // 2]
        with Session(db.engine) as s:
            cal = load_calendar(s)
            ids = list(s.exec(select(Student.id).where(Student.class_id == cid).order_by(Student.id)))
            out["a class's roll call (open_roll_call), ms"] = timeit(
                lambda: [attendance.open_roll_call(s, SYSTEM, c, d, today=TODAY) for c, d in picks],
                repeat=3, cpu=True) / len(picks) * 1000
            out["early warning, whole school, ms"] = timeit(
                lambda: early_warning.school_risk(s, SYSTEM, TODAY, calendar=cal), repeat=3, cpu=True) * 1000
            out["registry search “xuesheng”, ms"] = timeit(
                lambda: students.search(s, SYSTEM, "xuesheng"), repeat=3, cpu=True) * 1000

        def save():
            with Session(db.engine) as s:
                s.exec(text("DELETE FROM attendance_mark WHERE sheet_id IN (SELECT id FROM attendance_sheet "
                            "WHERE class_id = :c AND day = :d)").bindparams(c=cid, d=day.isoformat()))
                s.exec(text("DELETE FROM attendance_sheet WHERE class_id = :c AND day = :d")
                       .bindparams(c=cid, d=day.isoformat()))
                t0 = time.process_time()
                attendance.submit_roll_call(s, SYSTEM, cid, day, "day", {i: ("absent", "") for i in ids[:3]}, 0,
                                            today=day)
                s.flush()
                elapsed = time.process_time() - t0
                s.rollback()
            return elapsed

        def recompute():
            with Session(db.engine) as s:
                t0 = time.process_time()
                alerts.recompute_all(s, TODAY, cal, actor=SYSTEM)
                s.flush()
                elapsed = time.process_time() - t0
                s.rollback()
            return elapsed

        save()
        out["saving a class's roll call, ms"] = statistics.median(save() for _ in range(7)) * 1000
        recompute()
        out["recomputing all alerts, ms"] = statistics.median(recompute() for _ in range(3)) * 1000
        db.close()
    return out


def scaling_table(rows: dict[str, dict[str, float]]) -> str:
    """Markdown: one line per figure, a column per scale, and the growth ratios."""
    labels = [f"{n:,} pupils, {y} yr" for n, y in SCALES]
    figures = list(next(iter(rows.values())))
    out = ["| figure | " + " | ".join(labels) + " | ×10 pupils (1 yr) | ×5 years (5,000) |",
           "|---|" + "---|" * (len(labels) + 2)]
    for f in figures:
        v = [rows[label][f] for label in labels]
        out.append(f"| {f} | " + " | ".join(f"{x:.3g}" for x in v)
                   + f" | {v[2] / v[0]:.2g} | {v[3] / v[2]:.2g} |")
    return "\n".join(out)


def run() -> list:
    from bench.harness import write_scaling

    rows = {}
    for n, y in SCALES:
        t0 = time.perf_counter()
        rows[f"{n:,} pupils, {y} yr"] = _measure(n, y)
        print(f"   {n:,} pupils, {y} yr: {time.perf_counter() - t0:.0f} s", flush=True)
    table = scaling_table(rows)
    print(table)
    write_scaling(rows, table)
    return []
