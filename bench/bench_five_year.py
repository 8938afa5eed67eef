"""Issue #18: a school of five years built through the services — its size, what fills it, the figures on it.

The school is :mod:`bench.five_year`'s (built once, cached by its content key). The figures run on
a copy, so the cached school is never changed: its size against the issue's goal (≤ 200 MB), what
fills it (SQLite's ``dbstat``), and saving a roll call and working out every alert on it, with the
same fair baselines as :mod:`bench.bench_attendance`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.harness import Result, checkpointed_size, raw_connect

N_STUDENTS, YEARS = 5000, 5


def _shares(db) -> dict[str, float]:
    """MB per table, its indexes counted with it."""
    con = raw_connect(db)
    index_of = dict(con.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'").fetchall())
    out: dict[str, float] = {}
    for name, size in con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        table = index_of.get(name, name)
        out[table] = out.get(table, 0.0) + size / 1e6
    con.close()
    return out


def run() -> list[Result]:
    from sqlmodel import Session, select

    from bench.harness import open_school
    from app.data.models import SchoolClass
    from app.paths import DataPaths
    from app.school_calendar import load_calendar
    from bench.bench_attendance import TODAY, _saving_and_recomputing
    from bench.five_year import ensure

    cached = ensure(N_STUDENTS, YEARS)
    label = f"{N_STUDENTS:,} pupils, {YEARS} yr built through the services"
    with tempfile.TemporaryDirectory(prefix="baoxue-bench-5yr-") as tmp:
        paths = DataPaths(Path(tmp) / "school")
        shutil.copytree(cached.root, paths.root)
        db = open_school(paths)  # the migrations bring an older cached school up to date
        size = checkpointed_size(db) / 1e6
        shares = _shares(db)
        db.close()
        top = sorted(shares.items(), key=lambda kv: -kv[1])[:4]
        what = ", ".join(f"{t} {mb:.0f} MB" for t, mb in top)
        results = [Result(f"database size, {label}", size, "MB", 200, "the goal: 200 MB", "#18", limit=200,
                          note=f"tables with their indexes: {what}")]
        db = open_school(paths)
        with Session(db.engine) as s:
            cal = load_calendar(s)
            class_ids = list(s.exec(select(SchoolClass.id).where(SchoolClass.active == True)  # noqa: E712
                                    .order_by(SchoolClass.id)))
        days = cal.school_days(cal.terms[0].start_date, TODAY)
        results += _saving_and_recomputing(db, paths.database, class_ids, days, label, recompute_rest=(
            "; what is left over the baseline: the second pass for the pupils whose open alert or run reaches "
            "back before the window (17 here, long absentees) reads their absences back to their oldest open "
            "alert's first day, all marks of five years through the student index (a mark has no day: each is "
            "joined to its sheet, ~2 ms); to reach it with a margin: the day stored on attendance_mark with an "
            "index (student_id, mark, day) (a migration, and every writer of marks setting it), so that pass "
            "reads only the absences of its weeks"))
        db.close()
    for r in results:
        print(f"   {r.name}: {r.value:.4g} {r.unit} ({r.baseline:.4g} {r.unit} baseline)", flush=True)
    return results
