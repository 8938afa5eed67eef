"""Issue 2 figures: roster import, registry search, cold start, database size (5,000 students)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.harness import DATA_DIR, Result, checkpointed_size, open_school, raw_connect, timeit

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
    from app.students.roster_export import export_roster
    from bench.harness import open_school

    xlsx = DATA_DIR / "roster-5000.xlsx"
    if not xlsx.exists():
        db = open_school(paths)
        with db.transaction() as s:
            export_roster(s, SYSTEM, xlsx)
        db.close()
    return xlsx


def _import_target(root: Path):
    """A new school to import into (not timed: creating a school is not part of an import)."""
    from app import school
    from app.paths import DataPaths

    shutil.rmtree(root, ignore_errors=True)
    db = open_school(DataPaths(root))
    with db.transaction() as s:
        school.setup_school(s, code="3161000999", name="导入测试学校", county_code="610729",
                            admin_username="admin", admin_password="bench-pass")
    return db


def _plain_import(db, xlsx: Path) -> int:
    """The fair baseline of an import: the same file read the plainest way (openpyxl read-only), and the same
    rows written the plainest way (sqlite3 ``executemany`` on the same SQLCipher file): each pupil's row, their
    guardians, status change 11 and an audit entry holding the row as JSON, chained by HMAC-SHA256 like ours.
    Cells are stored as the file has them (no code tables, no checks, no pinyin): that is the program's work."""
    import hashlib
    import hmac
    import json
    from datetime import date, datetime

    import openpyxl

    from app.students.roster_layout import COLUMNS

    by_header = {c.header: c.attribute for c in COLUMNS}
    yes_no = {"是": 1, "否": 0}

    def plain(v):
        return v.date().isoformat() if isinstance(v, datetime) else v.isoformat() if isinstance(v, date) else v

    wb = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
    rows = wb.worksheets[0].iter_rows(values_only=True)
    attrs = [by_header.get(str(h).rstrip("*")) if h else None for h in next(rows)]
    fields = [a for a in attrs if a and "." not in a and a not in ("class_name",)]
    pos = {a: i for i, a in enumerate(attrs) if a}
    students, guardians, changes, entries = [], [], [], []
    now = datetime.now().isoformat(" ")
    for sid, values in enumerate(rows, start=1):
        rec = {a: plain(values[pos[a]]) for a in fields}
        rec = {a: (yes_no.get(v, v) if v is not None else ("" if a not in ("id_number", "student_number",
                                                                              "disability_type") else None))
               for a, v in rec.items()}
        rec["grade_level"] = 1
        students.append((sid, *rec.values(), "", "", "in_school", "", now, now))
        gs = []
        for n in (1, 2, 3):
            g = [values[pos[f"guardian{n}.{k}"]] for k in ("name", "relation", "phone", "lives_with_child",
                                                             "works_away", "work_place", "is_guardian")]
            if g[0]:
                g[3:5] = (yes_no.get(g[3], 0), yes_no.get(g[4], 0))
                g[6] = yes_no.get(g[6], 1)
                guardians.append((sid, *(x if x is not None else "" for x in g), n - 1))
                gs.append(g)
        changes.append((sid, "11", rec.get("enrolled_on") or now[:10], "in_school", "名册导入", "", now))
        entries.append((now, "student.create", "student", sid, f"新增学生 {rec['name']}(名册导入)",
                        json.dumps({**rec, "guardians": gs}, ensure_ascii=False)))
    wb.close()
    con = raw_connect(db)
    previous, key = (con.execute("SELECT chain_hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()[0],
                     b"k" * 32)
    chained = []
    for e in entries:
        previous = hmac.new(key, previous.encode() + b"\n" + e[-1].encode(), hashlib.sha256).hexdigest()
        chained.append((*e, previous))
    cols = ", ".join([*fields, "name_pinyin", "name_initials", "status", "notes", "created_at", "updated_at"])
    con.execute("PRAGMA foreign_keys=ON")
    con.executemany(f"INSERT INTO student (id, {cols}) VALUES ({', '.join('?' * (len(fields) + 7))})", students)
    con.executemany("INSERT INTO guardian (student_id, name, relation, phone, lives_with_child, works_away, "
                    "work_place, is_guardian, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", guardians)
    con.executemany("INSERT INTO status_change (student_id, code, effective_date, to_status, reason, reference, "
                    "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", changes)
    con.executemany("INSERT INTO audit_entry (at, username, action, entity, entity_id, summary, after, chain_hash) "
                    "VALUES (?, 'system', ?, ?, ?, ?, ?, ?)", chained)
    con.commit()
    con.close()
    return len(students)


def _median_cpu(setup, fn, repeat: int = 3) -> float:
    """The median CPU time of ``fn(setup())`` over ``repeat`` runs, ``setup`` not timed."""
    import statistics

    times = []
    for _ in range(repeat):
        target = setup()
        t0 = time.process_time()
        fn(target)
        times.append(time.process_time() - t0)
        target.close()
    return statistics.median(times)


def bench_import(xlsx: Path, repeat: int = 3) -> Result:
    import openpyxl

    from app.accounts import SYSTEM
    from app.students import pinyin_keys
    from app.students.roster_import import import_roster

    def plain_read():
        wb = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
        for _row in wb.worksheets[0].iter_rows(values_only=True):
            pass
        wb.close()

    def our_import(db):
        plan, result = import_roster(db, SYSTEM, xlsx)
        assert not plan.errors, plan.errors[:3]
        # the demo's term moved a few pupils off the roll (transfer out, death): the file holds the rest
        assert result.created == len(plan.creates) >= N_STUDENTS - 20, result

    def plain_import(db):
        assert _plain_import(db, xlsx) >= N_STUDENTS - 20

    target = DATA_DIR / "import-target"
    read = timeit(plain_read, repeat=repeat, cpu=True)
    base = _median_cpu(lambda: _import_target(target), plain_import, repeat)
    def fresh_target():
        pinyin_keys.cache_clear()  # each run pays for its names, as the first import of a session does
        return _import_target(target)

    value = _median_cpu(fresh_target, our_import, repeat)
    print(f"   roster import: {value:.2f} s CPU; read only {read:.2f} s (×{value / read:.2f}); "
          f"read + raw inserts {base:.2f} s (×{value / base:.2f})", flush=True)
    return Result("roster import, 5,000-row .xlsx, CPU", value, "s", base,
                  "openpyxl read-only read of the same file + sqlite3 executemany of the same rows "
                  "(pupils, guardians, status changes, chained audit entries)", "#2", goal=2, runs=repeat,
                  note="(#18) the baseline is now the same physical work done the plainest way: the file read by "
                       "openpyxl read-only, and the same rows (pupils, guardians, status changes, audit entries "
                       "chained by HMAC) written by sqlite3 executemany on the same SQLCipher file; creating the "
                       "target school is not timed, and each run pays for its pupils' pinyin (cache cleared). Against "
                       "the read alone the ratio is about 1.9 (was 2.67 with the school's creation timed and pinyin "
                       "cached). Done: new pupils, guardians, status changes and every audit entry by the driver's "
                       "executemany (app.data.db.insert_many: SQLAlchemy's bind processors, ids after the largest "
                       "under the write lock, no RETURNING), each distinct cell of a column converted once, the "
                       "chain's canonical form without the JSON round trip for JSON-native snapshots, pinyin keys "
                       "from one pypinyin conversion per distinct name, the input dataclasses copied without "
                       "__init__. What is left over the baseline (1.2–1.4 s, largest first): checking each row "
                       "(field rules, ID check digits, dates, codes, duplicates: ~0.85 s), the audit snapshots, "
                       "their canonical form and HMAC (~0.3 s), the per-row values of the inserts (~0.15 s), pinyin "
                       "(~0.1 s), the 117 new classes through app.school (~0.06 s)")


NOTES = {
    "cold": "done: pypinyin loaded on first use (the roll call uses the keys stored with each record), no Alembic "
            "when the stored revision is the head; ReportLab and lxml were already lazy",
    "search": "done: the page searches the roster it has loaded, in memory (students.LoadedRoster: the conditions, "
              "case rules and order of the SQL search, tested against it), the first 200 hits and a count "
              "(\u201cN more\u201d); the baseline still runs the query",
    "risk": "was 605 ms (widths from every cell); columns sized from 100 rows; the service reads plain rows, "
            "counts a pupil's days on roll at once when the status did not change, writes no text for a pupil "
            "without a point and builds no row for a pupil the page leaves out (121 → 73 ms on the demo); since "
            "#15 item 6 every risk point is a catalog message, and each point's name and explanation and each "
            "record were rendered to their Chinese text as the service built them (~12,000 texts, 141 → 234 ms); "
            "done (#18): points and records keep their messages and are worded when shown (the rows the table "
            "paints, the selected pupil's details; 244 → 143 ms in one run on the shared machine), the fixed "
            "tables' labels (rules, marks, sessions, focus groups) made once, and the table fitted to its 100-row "
            "sample once per reset instead of at each of three layouts (12,840 → 5,640 data() calls); what is "
            "left is the service's pass over 5,000 pupils (its five reads, each pupil's days on roll and points)",
    "documents": "the page's own work is ~50 ms; its first opening in a session loaded ReportLab (~100 ms), which "
                 "the documents services imported at the top; done (#18): what the page lists, records and edits "
                 "(pledge kinds, templates, numbers, returns: app.documents.pledge_records; the forms and their "
                 "fields: app.documents.form_fields) imports no ReportLab, and the printing modules (pledges, "
                 "forms) are imported by the worker that prints, the first time the user prints (210 → 99 ms in "
                 "one run on the shared machine; tests/test_architecture.py keeps ReportLab out of the page)",
    "monthly": "the page's own work is ~30 ms; in the bench's order a full collection of the heap (~50 ms) falls "
               "due while it opens (before #18 it fell on the audit page, while ReportLab was loaded by the "
               "documents page)",
    "mentors": "who needs a mentor read once per board (was three times), the mentees, the staff, the candidates "
               "and the cover as plain rows, the whole board's plan reviews without a list of ids, the tables fitted "
               "to a sample of 100 rows once per reset instead of ResizeToContents measuring them at every layout "
               "(12,280 → 3,480 data() calls); what is left: the first opening imports the mentor services and "
               "dialogs (~30 ms) and compiles the board's statements",
}
WORST = "610729"  # the county code: in nearly every ID number, the most hits of any query


def bench_search(paths) -> list[Result]:
    """The service's search (median over the queries), and each keystroke of the worst one on the real page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sqlmodel import Session, select

    from app import students
    from app.accounts import actor_for
    from bench.harness import open_school
    from app.data.models import User

    db = open_school(paths)
    with Session(db.engine) as s:
        admin = actor_for(s, s.exec(select(User).where(User.username == "admin")).one())

    def ours():
        for q in QUERIES:
            with Session(db.engine) as s:
                students.search(s, admin, q)

    con = raw_connect(db)  # the same encrypted file with the same key
    sql = ("SELECT s.id, s.name, s.sex, s.birth_date, s.id_number, s.student_number, s.status, s.class_id, c.name "
           "FROM student s LEFT JOIN school_class c ON c.id = s.class_id WHERE s.name LIKE ? OR c.name LIKE ? "
           "OR s.name_initials LIKE ? OR s.name_pinyin LIKE ? OR s.id_number LIKE ? OR s.student_number LIKE ? "
           "ORDER BY s.grade_level, c.name, s.name_pinyin, s.id")

    def raw_rows(q: str):
        like = f"%{q}%"
        return con.execute(sql, (like, like, f"%|{q.lower()}%", f"{q.lower()}%", like.upper(), like.upper())).fetchall()

    def raw():
        for q in QUERIES:
            raw_rows(q)

    out = [Result("registry search, the service, median of 8 queries (5,000 students), CPU",
                  timeit(ours, repeat=7, cpu=True) / len(QUERIES) * 1000, "ms",
                  timeit(raw, repeat=7, cpu=True) / len(QUERIES) * 1000,
                  "raw sqlite3 (the SQLCipher build, same key): the same conditions, columns and order, every row fetched", "#2", runs=7)]

    from app.ui.app import setup_application
    from app.ui.context import AppContext
    from app.ui.registry import RegistryPage

    app = setup_application("zh_CN")
    page = RegistryPage(AppContext(db, admin))
    page.resize(1366, 700)
    page.show()
    app.processEvents()
    worst_keys, worst_base = [], []
    for _ in range(3):
        page.search_box.clear()
        page.refresh()
        app.processEvents()
        typed = ""
        for ch in WORST:
            typed += ch
            page.search_box.setText(typed)
            t0 = time.process_time()
            page.refresh()  # what the page's debounce timer calls
            app.processEvents()
            worst_keys.append(time.process_time() - t0)
            t0 = time.process_time()
            raw_rows(typed)
            worst_base.append(time.process_time() - t0)
    import statistics

    n_hits = page.model.rowCount()
    out.append(Result(f"registry search per keystroke, typing “{WORST}” on the real page ({n_hits:,} hits), "
                      f"slowest key, CPU", max(statistics.median(worst_keys[i::len(WORST)]) for i in range(len(WORST)))
                      * 1000, "ms",
                      max(statistics.median(worst_base[i::len(WORST)]) for i in range(len(WORST))) * 1000,
                      "raw sqlite3 (SQLCipher, same key) fetching the same rows for the same keystroke", "#2", limit=16, runs=3,
                      note=NOTES["search"]))
    page.close()
    page.deleteLater()
    app.processEvents()
    con.close()
    db.close()
    return out


def _school_key(data_dir: Path) -> str:
    """The school's key in hex, for the stack baseline's SQLCipher connection."""
    from app.data import keyring
    from app.paths import DataPaths

    db = open_school(DataPaths(data_dir))
    key = keyring.key_of(db.engine)
    db.close()
    return key.hex()


def _startup(kind: str, data_dir: Path | None) -> tuple[float, float, dict]:
    """(wall seconds to shown, peak RSS MB, page open times) of one child process."""
    import json

    from app.demo import DEMO_PASSWORD

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BAOXUE_BENCH_PASSWORD": DEMO_PASSWORD,
           "BAOXUE_BENCH_KEY": _school_key(data_dir) if data_dir else ""}
    args = [sys.executable, "-m", "bench.startup", kind] + ([str(data_dir)] if data_dir else [])
    t0 = time.perf_counter()
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent)
    elapsed = time.perf_counter() - t0
    assert "shown" in out.stdout, out.stdout + out.stderr
    rss = float(next(l for l in out.stdout.splitlines() if l.startswith("rss ")).split()[1])
    pages = next((json.loads(l[6:]) for l in out.stdout.splitlines() if l.startswith("pages ")), {})
    return elapsed, rss, pages


def bench_cold_start(paths) -> list[Result]:
    import statistics

    runs = {k: [_startup(k, None if k == "bare" else paths.root) for _ in range(5 if k != "pages" else 3)]
            for k in ("bare", "stack", "app", "pages")}
    wall = {k: statistics.median(r[0] for r in v) for k, v in runs.items()}
    rss = {k: statistics.median(r[1] for r in v) for k, v in runs.items()}
    out = [
        Result("cold start to shown main window (5,000 pupils)", wall["app"], "s", wall["stack"],
               "bare window + the SQLModel stack on the SQLCipher file + the login's scrypt + one query", "#2", goal=1.5, runs=5,
               note=NOTES["cold"]),
        Result("peak memory, main window open (5,000 pupils), over a bare window", rss["app"] - rss["bare"], "MB",
               rss["stack"] - rss["bare"], "the SQLModel stack + one query, over a bare window", "#2", limit=150,
               runs=5),
        Result("peak memory, every page opened (5,000 pupils), over a bare window", rss["pages"] - rss["bare"], "MB",
               rss["stack"] - rss["bare"], "the SQLModel stack + one query, over a bare window", "#2", runs=3),
    ]
    keys = sorted({k for r in runs["pages"] for k in r[2]})
    for key in keys:
        cpu = statistics.median(r[2][key][0] for r in runs["pages"] if key in r[2])
        out.append(Result(f"open the {key} page (5,000 pupils), CPU", cpu * 1000, "ms", 200,
                          "the goal: 200 ms", "#18", limit=200, runs=3, note=NOTES.get(key, "")))
    return out


def bench_db_size(paths, xlsx: Path) -> Result:
    db = open_school(paths)
    size = checkpointed_size(db) / 1e6
    db.close()
    return Result("database size, 5,000 students", size, "MB", xlsx.stat().st_size / 1e6,
                  "the same roster as .xlsx", "#2")


def run() -> list[Result]:
    paths = _ensure_demo()
    xlsx = _roster_file(paths)
    return [bench_import(xlsx), *bench_search(paths), *bench_cold_start(paths), bench_db_size(paths, xlsx)]
