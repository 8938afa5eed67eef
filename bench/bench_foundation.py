"""Issue 2 figures: roster import, registry search, cold start, database size (5,000 students)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.harness import DATA_DIR, Result, timeit

N_STUDENTS = 5000
QUERIES = ["zs", "王", "wl", "610729", "三年级", "G6107", "li", "马道"]


def _demo_paths():
    from app.paths import DataPaths

    return DataPaths(DATA_DIR / "school-5000")


def _ensure_demo():
    from app.demo import build_demo

    paths = _demo_paths()
    if not paths.database.exists():
        t0 = time.perf_counter()
        build_demo(paths, students=N_STUDENTS, seed=7, replace=True)
        print(f"   built the {N_STUDENTS}-student demo school in {time.perf_counter() - t0:.1f} s", flush=True)
    return paths


def _roster_file(paths) -> Path:
    from app.accounts import SYSTEM
    from app.data.db import open_database
    from app.roster import export_roster

    xlsx = DATA_DIR / "roster-5000.xlsx"
    if not xlsx.exists():
        db = open_database(paths)
        with db.transaction() as s:
            export_roster(s, SYSTEM, xlsx)
        db.close()
    return xlsx


def bench_import(xlsx: Path) -> Result:
    import openpyxl

    from app import school
    from app.accounts import SYSTEM
    from app.data.db import open_database
    from app.paths import DataPaths
    from app.roster import import_roster

    def plain_read():
        wb = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
        for _row in wb.worksheets[0].iter_rows(values_only=True):
            pass
        wb.close()

    def our_import():
        root = DATA_DIR / "import-target"
        shutil.rmtree(root, ignore_errors=True)
        db = open_database(DataPaths(root))
        with db.transaction() as s:
            school.setup_school(s, code="3161000999", name="导入测试学校", county_code="610729",
                                admin_username="admin", admin_password="bench-pass")
        plan, result = import_roster(db, SYSTEM, xlsx)
        assert not plan.errors, plan.errors[:3]
        # the demo's term moved a few pupils off the roll (transfer out, death): the file holds the rest
        assert result.created == len(plan.creates) >= N_STUDENTS - 20, result
        db.close()

    base = timeit(plain_read, repeat=3)
    value = timeit(our_import, repeat=1, warmup=0)
    return Result("roster import, 5,000-row .xlsx", value, "s", base, "openpyxl read of the same file", "#2")


def bench_search(paths) -> Result:
    from sqlmodel import Session, select

    from app import students
    from app.accounts import actor_for
    from app.data.db import open_database
    from app.data.models import User

    db = open_database(paths)
    with Session(db.engine) as s:
        admin = actor_for(s, s.exec(select(User).where(User.username == "admin")).one())

    def ours():
        for q in QUERIES:
            with Session(db.engine) as s:
                students.search(s, admin, q)

    con = sqlite3.connect(paths.database)

    def raw():
        for q in QUERIES:
            con.execute("SELECT id, name FROM student WHERE name LIKE ? OR id_number LIKE ?",
                        (f"%{q}%", f"%{q}%")).fetchall()

    value = timeit(ours, repeat=7) / len(QUERIES)
    base = timeit(raw, repeat=7) / len(QUERIES)
    con.close()
    db.close()
    return Result("registry search latency (5,000 students)", value * 1000, "ms", base * 1000,
                  "raw sqlite3 LIKE on name/ID", "#2")


def _startup(kind: str, data_dir: Path | None) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = [sys.executable, "-m", "bench.startup", kind] + ([str(data_dir)] if data_dir else [])
    t0 = time.perf_counter()
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent)
    elapsed = time.perf_counter() - t0
    assert "shown" in out.stdout, out.stdout + out.stderr
    return elapsed


def bench_cold_start(paths) -> Result:
    import statistics

    bare = statistics.median(_startup("bare", None) for _ in range(3))
    ours = statistics.median(_startup("app", paths.root) for _ in range(3))
    return Result("cold start to shown main window", ours, "s", bare, "bare PySide6 window", "#2")


def bench_db_size(paths, xlsx: Path) -> Result:
    con = sqlite3.connect(paths.database)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    size = paths.database.stat().st_size / 1e6
    return Result("database size, 5,000 students", size, "MB", xlsx.stat().st_size / 1e6,
                  "the same roster as .xlsx", "#2")


def run() -> list[Result]:
    paths = _ensure_demo()
    xlsx = _roster_file(paths)
    return [bench_import(xlsx), bench_search(paths), bench_cold_start(paths), bench_db_size(paths, xlsx)]
