"""Issue 3 item 8: storing only the roll call's exceptions stays fast and small (5,000 pupils, five years).

Two databases are generated in a temporary folder from the same random attendance:

* **ours** — the program's own schema (migrated), the school with its terms,
  students and status history, and the roll call as
  ``attendance_sheet`` (one row per class per school day) + ``attendance_mark``
  (one row per pupil *not simply present*: ~2 % of pupil-days);
* **baseline** — the same school, with the roll call as one row per pupil per
  school day (``attendance_daily``: student, class, day, session, mark, note;
  primary key (student, day, session), index (class, day)).

Figures (each against the baseline measured in the same run):

* the size the attendance adds to the database;
* a class's roll call for one day — :func:`app.attendance.open_roll_call`, the
  real service (roster, saved marks, leaves, history) — against one indexed
  SELECT on the baseline;
* a pupil's attendance rate for one term — :func:`app.attendance.attendance_rate`
  — against one aggregate on the baseline;
* early warning for the whole school — :func:`app.early_warning.school_risk` —
  against the bare per-pupil aggregate of this term on the baseline (which
  gives only the attendance part of the answer).

``BENCH_QUICK=1`` (or ``--quick`` in the arguments) runs 1,000 pupils over one
year instead; the full run takes about a minute.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from bench.harness import checkpointed_size, raw_connect

from bench.harness import Result, timeit

TODAY = date(2026, 11, 27)
MISSED = ("absent", "sick_leave", "personal_leave", "excused")
# (mark, weight) of the exceptions; ~2.2 % of pupil-days are not simply present
EXCEPTIONS = [("late", 6), ("left_early", 2), ("absent", 2), ("sick_leave", 6), ("personal_leave", 2),
              ("excused", 4)]
P_EXCEPTION = 0.022
CLASS_SIZE = 42


def _quick() -> bool:
    return os.environ.get("BENCH_QUICK") == "1" or "--quick" in sys.argv


def _scale() -> tuple[int, int]:
    return (1000, 1) if _quick() else (5000, 5)


def _ts(d: date) -> str:
    """A morning roll call (00:10 UTC = 08:10 Beijing), stored the way SQLAlchemy stores a DateTime."""
    return datetime.combine(d, datetime.min.time()).replace(minute=10).strftime("%Y-%m-%d %H:%M:%S.%f")




def _build(root: Path, n_students: int, years: int):
    """The two databases; returns (ours, baseline, base size, class ids, student ids, school days)."""
    from sqlalchemy import insert
    from sqlmodel import select

    from app import school
    from app.accounts import SYSTEM
    from app.data.db import open_database
    from app.data.models import SchoolClass, StatusChange, Student
    from app.paths import DataPaths
    from app.school_calendar import load_calendar

    rng = random.Random(2026)
    paths = DataPaths(root / "ours")
    db = open_database(paths)
    current = school.school_year_start_for(TODAY)
    first_year = current - years  # `years` whole school years, then the current one so far
    with db.transaction() as s:
        school.setup_school(s, code="3161000777", name="基准测试学校", county_code="610729", county_name="留坝县",
                            township="马道镇", admin_username="admin", admin_password="bench-pass", today=TODAY)
        for y in range(first_year, current):
            school.add_school_year(s, SYSTEM, y)
        n_classes = -(-n_students // CLASS_SIZE)
        for i in range(n_classes):
            grade = 1 + i * 9 // n_classes
            s.add(SchoolClass(name=f"{grade}年级({i + 1})班", grade_level=grade))
        s.flush()
        class_ids = list(s.exec(select(SchoolClass.id).order_by(SchoolClass.id)).all())
        enrolled = date(first_year, 9, 1)
        rows = [dict(name=f"学生{i:05d}", name_pinyin=f"xuesheng{i:05d}", name_initials="xs", sex="1" if i % 2 else "2",
                     birth_date=date(2015, 1, 1), student_number=f"J610729{i:011d}", grade_level=1,
                     class_id=class_ids[i % n_classes], enrolled_on=enrolled,
                     poor_household=i % 9 == 0, left_behind=2 if i % 7 == 0 else 0) for i in range(n_students)]
        s.execute(insert(Student), rows)
        student_rows = s.exec(select(Student.id, Student.class_id).order_by(Student.id)).all()
        s.execute(insert(StatusChange), [dict(student_id=sid, code="11", effective_date=enrolled, to_status="in_school")
                                         for sid, _c in student_rows])
        cal = load_calendar(s)
    days = [d for t in cal.terms for d in cal.school_days(t.start_date, min(t.end_date, TODAY))]
    db.close()
    base_size = checkpointed_size(db)

    baseline = root / "baseline.sqlite3"
    shutil.copy(paths.database, baseline)
    by_class: dict[int, list[int]] = {}
    for sid, cid in student_rows:
        by_class.setdefault(cid, []).append(sid)

    ours = raw_connect(db)  # the baseline is a copy of the same encrypted file: the same key opens it
    base = raw_connect(db, baseline)
    for con in (ours, base):  # generated data: one transaction, no journal to copy it twice
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA cache_size=-262144")  # 256 MB: the indexes stay in memory while they grow
    base.execute("CREATE TABLE attendance_daily (student_id INTEGER NOT NULL, class_id INTEGER NOT NULL, "
                 "day DATE NOT NULL, session VARCHAR(3) NOT NULL, mark VARCHAR NOT NULL, note VARCHAR NOT NULL, "
                 "PRIMARY KEY (student_id, day, session))")
    base.execute("CREATE INDEX ix_attendance_daily_class_day ON attendance_daily (class_id, day)")
    marks_kinds, weights = zip(*EXCEPTIONS)
    sheet_id = 0
    for d in days:
        iso, ts = d.isoformat(), _ts(d)
        sheets, marks, daily = [], [], []
        for cid, pupils in by_class.items():
            sheet_id += 1
            missed = 0
            for sid in pupils:
                mark = rng.choices(marks_kinds, weights)[0] if rng.random() < P_EXCEPTION else "present"
                daily.append((sid, cid, iso, "day", mark, ""))
                if mark != "present":
                    marks.append((sheet_id, sid, mark, "", None, ""))
                    missed += mark in MISSED
            sheets.append((sheet_id, cid, iso, "day", 1, len(pupils), len(pupils) - missed, None, ts))
        ours.executemany("INSERT INTO attendance_sheet (id, class_id, day, session, revision, enrolled, present, "
                         "taken_by, taken_at) VALUES (?,?,?,?,?,?,?,?,?)", sheets)
        ours.executemany("INSERT INTO attendance_mark (sheet_id, student_id, mark, note, leave_id, typed_mark) "
                         "VALUES (?,?,?,?,?,?)", marks)
        base.executemany("INSERT INTO attendance_daily VALUES (?,?,?,?,?,?)", daily)
    ours.commit()
    base.commit()
    ours.execute("PRAGMA journal_mode=WAL")  # as the program runs it
    ours.close()
    base.close()
    return paths, baseline, base_size, class_ids, [sid for sid, _c in student_rows], days


def run() -> list[Result]:
    from sqlmodel import Session

    from app import attendance, early_warning
    from app.accounts import SYSTEM
    from app.data.db import open_database
    from app.school_calendar import load_calendar

    n_students, years = _scale()
    label = f"{n_students:,} pupils, {years}+ yr"
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="baoxue-bench-att-") as tmp:
        t0 = time.perf_counter()
        paths, baseline, base_size, class_ids, student_ids, days = _build(Path(tmp), n_students, years)
        print(f"   generated {len(days)} school days for {label} in {time.perf_counter() - t0:.1f} s", flush=True)

        db = open_database(paths)
        ours_size = checkpointed_size(db) - base_size
        base_add = checkpointed_size(db, baseline) - base_size
        results.append(Result(f"attendance storage, {label}", ours_size / 1e6, "MB", base_add / 1e6,
                              "one row per pupil per school day", "#3"))

        con = raw_connect(db, baseline)
        raw = raw_connect(db)
        rng = random.Random(7)
        picks = [(rng.choice(class_ids), rng.choice(days)) for _ in range(20)]
        with Session(db.engine) as s:
            cal = load_calendar(s)

            def roll_calls():
                for cid, d in picks:
                    attendance.open_roll_call(s, SYSTEM, cid, d, today=TODAY)

            def roll_calls_base():
                for cid, d in picks:
                    con.execute("SELECT a.student_id, s.name, a.mark, a.note FROM attendance_daily a "
                                "JOIN student s ON s.id = a.student_id WHERE a.class_id = ? AND a.day = ? "
                                "ORDER BY s.name_pinyin", (cid, d.isoformat())).fetchall()

            results.append(Result(f"class-day roll call (open_roll_call), {label}",
                                  timeit(roll_calls, repeat=5) / len(picks) * 1000, "ms",
                                  timeit(roll_calls_base, repeat=5) / len(picks) * 1000,
                                  "SELECT the class's day on the row-per-day table", "#3"))

            def roll_calls_ours_sql():
                for cid, d in picks:
                    raw.execute("SELECT s.id, s.name, m.mark, m.note FROM student s "
                                "JOIN attendance_sheet h ON h.class_id = s.class_id AND h.day = ? "
                                "LEFT JOIN attendance_mark m ON m.sheet_id = h.id AND m.student_id = s.id "
                                "WHERE s.class_id = ? ORDER BY s.name_pinyin", (d.isoformat(), cid)).fetchall()

            results.append(Result(f"class-day roll call, plain SQL on exceptions, {label}",
                                  timeit(roll_calls_ours_sql, repeat=5) / len(picks) * 1000, "ms",
                                  timeit(roll_calls_base, repeat=5) / len(picks) * 1000,
                                  "SELECT the class's day on the row-per-day table", "#3"))

            term = cal.terms[-2] if len(cal.terms) > 1 else cal.terms[-1]
            pupils = rng.sample(student_ids, 20)

            def rates():
                for sid in pupils:
                    attendance.attendance_rate(s, sid, term.start_date, term.end_date, cal)

            def rates_base():
                for sid in pupils:
                    con.execute("SELECT count(*), sum(mark IN (?,?,?,?)) FROM attendance_daily "
                                "WHERE student_id = ? AND day BETWEEN ? AND ?",
                                (*MISSED, sid, term.start_date.isoformat(), term.end_date.isoformat())).fetchall()

            def rates_ours_sql():
                for sid in pupils:
                    raw.execute("SELECT count(*) FROM attendance_mark m JOIN attendance_sheet h ON h.id = m.sheet_id "
                                "WHERE m.student_id = ? AND h.day BETWEEN ? AND ? AND m.mark IN (?,?,?,?)",
                                (sid, term.start_date.isoformat(), term.end_date.isoformat(), *MISSED)).fetchall()

            results.append(Result(f"pupil-term missed days, plain SQL on exceptions, {label}",
                                  timeit(rates_ours_sql, repeat=5) / len(pupils) * 1000, "ms",
                                  timeit(rates_base, repeat=5) / len(pupils) * 1000,
                                  "aggregate on the row-per-day table", "#3"))
            results.append(Result(f"pupil-term rate (attendance_rate), {label}",
                                  timeit(rates, repeat=5) / len(pupils) * 1000, "ms",
                                  timeit(rates_base, repeat=5) / len(pupils) * 1000,
                                  "aggregate on the row-per-day table", "#3"))

            now_term = early_warning.current_term(cal, TODAY)

            def risk():
                listed = early_warning.school_risk(s, SYSTEM, TODAY, calendar=cal)
                assert listed, "early warning found nobody"

            def risk_base():
                con.execute("SELECT student_id, count(*), sum(mark IN (?,?,?,?)) FROM attendance_daily "
                            "WHERE day BETWEEN ? AND ? GROUP BY student_id",
                            (*MISSED, now_term.start_date.isoformat(), TODAY.isoformat())).fetchall()

            results.append(Result(f"early warning, whole school (school_risk), {label}",
                                  timeit(risk, repeat=3) * 1000, "ms", timeit(risk_base, repeat=3) * 1000,
                                  "per-pupil missed-days GROUP BY on the row-per-day table", "#3"))
            results.extend(_saving_and_recomputing(db, paths.database, class_ids, days, label))
        con.close()
        raw.close()
        db.close()
    results.extend(_keystrokes())
    return results


SAVE_NOTE = ("done: 8 statements where the baseline runs 13 — the class, its saved roll call and the token of the "
             "calendar's and the policy's rows in one SELECT (the calendar and the policy are kept under that token: "
             "triggers of migration 0029 renew it with any write to their rows), the roster with its status "
             "history and the day's approved leaves in one, the sheet and its marks in two INSERTs, the audit entry "
             "by one Core INSERT (the chain's head read once, HMAC), the pupils' absences and alerts in one fixed "
             "statement each (ids as one JSON parameter, no expanding IN), the alerts window's school days "
             "remembered by the calendar; what is left over the baseline is SQLAlchemy's ~15 µs a statement "
             "(execution context, parameters, result) and the audit entry's JSON and HMAC; below that means raw "
             "DBAPI cursors on the hot path (which the change-set trace would no longer see)")
RECOMPUTE_NOTE = ("done: the window's absences and the alerts read as plain rows (an ORM object only for an alert "
                  "a pass changes; one found current is not loaded even when its class has no head teacher), pupils "
                  "who cannot raise or follow an alert skipped before their runs are worked out, the policy kept "
                  "under its rows' token, the window's school days remembered by the calendar, the second pass's "
                  "pupils by one fixed statement (ids as one JSON parameter), the missing cases looked for by one "
                  "query of ids")


def _saving_and_recomputing(db, raw_path: Path, class_ids, days, label, recompute_rest: str = "") -> list[Result]:
    """Saving one class's roll call with three absentees, and working out the whole school's alerts.

    Each saving is rolled back, so every repeat saves the same roll call anew. The fair
    baselines run on the program's own tables with raw ``sqlite3`` and do the same reads and
    writes the plainest way: calendar and policy are already in memory, one statement each.
    Times are CPU time of this process (median of several runs).
    """
    import gc
    import json

    from sqlalchemy import text
    from sqlmodel import Session, func, select

    from app import attendance
    from app.accounts import SYSTEM
    from app.attendance import alerts
    from app.data.models import Student
    from app.policy import load as load_policy
    from app.school_calendar import load_calendar

    out: list[Result] = []
    day = days[-1]
    cid = class_ids[len(class_ids) // 2]
    with Session(db.engine) as s:
        ids = [i for i in s.exec(select(Student.id).where(Student.class_id == cid, Student.status == "in_school")
                                 .order_by(Student.id))]
        cal, policy = load_calendar(s), load_policy(s)
        n = s.exec(select(func.count()).select_from(Student)).one()
        floor = s.exec(text("SELECT min(day) FROM attendance_sheet")).one()[0]
    absentees = {sid: ("absent", "") for sid in ids[:3]}
    window_start = alerts._school_days_back(cal, TODAY, alerts.window_school_days(policy),
                                            date.fromisoformat(floor)).isoformat()
    con = raw_connect(db, raw_path, autocommit=True)

    def clear(execute):
        execute("DELETE FROM attendance_mark WHERE sheet_id IN (SELECT id FROM attendance_sheet "
                "WHERE class_id = :c AND day = :d)", dict(c=cid, d=day.isoformat()))
        execute("DELETE FROM attendance_sheet WHERE class_id = :c AND day = :d", dict(c=cid, d=day.isoformat()))

    def save():
        with Session(db.engine) as s:
            # the day's saved roll call, if the generator made one, is taken away first: a first submission
            clear(lambda q, p: s.exec(text(q).bindparams(**p)))
            t0 = time.process_time()
            attendance.submit_roll_call(s, SYSTEM, cid, day, "day", absentees, 0, today=day)
            s.flush()
            elapsed = time.process_time() - t0
            s.rollback()
        return elapsed

    def save_base():
        con.execute("BEGIN")
        clear(con.execute)
        t0 = time.process_time()
        iso = day.isoformat()
        con.execute("SELECT id, name, active, head_teacher_id FROM school_class WHERE id = ?", (cid,)).fetchone()
        # the calendar and the policy as they stand (no cache outlives an operation)
        con.execute("SELECT day, kind, label FROM calendar_day").fetchall()
        con.execute("SELECT day, kind, name FROM national_holiday").fetchall()
        con.execute("SELECT t.id, y.name, t.name, t.start_date, t.end_date FROM term t "
                    "JOIN school_year y ON y.id = t.school_year_id ORDER BY t.start_date").fetchall()
        con.execute("SELECT value FROM setting WHERE key = 'policy'").fetchone()
        pupils = con.execute("SELECT s.id, s.name, s.status, h.to_status FROM student s "
                             "LEFT JOIN status_change h ON h.student_id = s.id AND h.effective_date <= ? "
                             "WHERE s.class_id = ? AND s.enrolled_on <= ? ORDER BY s.name_pinyin, s.id, "
                             "h.effective_date, h.id", (iso, cid, iso)).fetchall()
        pupils = list({sid: (sid, name) for sid, name, _st, _to in pupils}.values())
        con.execute("SELECT student_id, id, kind FROM leave WHERE status = 'approved' AND start_day <= ? "
                    "AND end_day >= ? AND student_id IN (SELECT id FROM student WHERE class_id = ?)",
                    (iso, iso, cid)).fetchall()
        con.execute("SELECT id, revision FROM attendance_sheet WHERE class_id = ? AND day = ? AND session = 'day'",
                    (cid, iso)).fetchone()
        sheet = con.execute("INSERT INTO attendance_sheet (class_id, day, session, revision, enrolled, present, "
                            "taken_by, taken_at) VALUES (?, ?, 'day', 1, ?, ?, NULL, ?)",
                            (cid, iso, len(pupils), len(pupils) - 3, _ts(day))).lastrowid
        con.executemany("INSERT INTO attendance_mark (sheet_id, student_id, mark, note, leave_id, typed_mark) "
                        "VALUES (?, ?, 'absent', '', NULL, '')", [(sheet, sid) for sid in absentees])
        names = dict(pupils)
        con.execute("INSERT INTO audit_entry (at, user_id, username, action, entity, entity_id, summary, after) "
                    "VALUES (?, NULL, 'system', 'attendance.take', 'attendance_sheet', ?, ?, ?)",
                    (_ts(day), sheet, f"{iso} 点名:3 人缺勤",
                     json.dumps({str(sid): {"姓名": names.get(sid, ""), "mark": "absent"} for sid in absentees},
                                ensure_ascii=False)))
        marks = ",".join(str(sid) for sid in absentees)
        con.execute(f"SELECT m.student_id, h.day, h.session FROM attendance_mark m JOIN attendance_sheet h "
                    f"ON h.id = m.sheet_id WHERE m.student_id IN ({marks}) AND m.mark = 'absent' AND h.day >= ?",
                    (window_start,)).fetchall()
        con.execute(f"SELECT * FROM absence_alert WHERE student_id IN ({marks}) AND "
                    f"(status = 'open' OR last_absent_day >= ?)", (window_start,)).fetchall()
        elapsed = time.process_time() - t0
        con.execute("ROLLBACK")
        return elapsed

    # what earlier benchmarks of this process left alive is not the program's: out of the cyclic GC's way,
    # as the program freezes what is alive once its window is shown (app/ui/main_window.py)
    gc.collect()
    gc.freeze()
    save()
    save_base()
    ours = statistics.median(save() for _ in range(15))
    base = statistics.median(save_base() for _ in range(15))
    out.append(Result(f"saving a {len(ids)}-pupil roll call, 3 absent (submit_roll_call), {label}, CPU",
                      ours * 1000, "ms", base * 1000,
                      "raw sqlite3 (the SQLCipher build, same key) on our tables: the same reads (class, calendar, terms, policy, roster with its "
                      "status history, leaves, sheet, recent absences, alerts) and writes (sheet, marks, audit)", "#3",
                      goal=5, runs=15,
                      note=SAVE_NOTE))

    def recompute():
        with Session(db.engine) as s:
            cal = load_calendar(s)
            t0 = time.process_time()
            alerts.recompute_all(s, TODAY, cal, actor=SYSTEM)
            s.flush()
            elapsed = time.process_time() - t0
            s.rollback()
        return elapsed

    def recompute_base():
        t0 = time.process_time()
        con.execute("SELECT m.student_id, h.day, h.session FROM attendance_mark m JOIN attendance_sheet h "
                    "ON h.id = m.sheet_id WHERE m.mark = 'absent' AND h.day BETWEEN ? AND ? "
                    "ORDER BY m.student_id, h.day", (window_start, TODAY.isoformat())).fetchall()
        con.execute("SELECT * FROM absence_alert WHERE status = 'open' OR last_absent_day >= ?",
                    (window_start,)).fetchall()
        return time.process_time() - t0

    # The generated term has alerts nobody worked out yet: the first pass raises them (and opens their
    # cases); as the program runs, the alerts are current by then (every save works out its pupils'
    # alerts), so the figure is the pass that finds them current, after one committed pass.
    raising = statistics.median(recompute() for _ in range(3)) * 1000
    with Session(db.engine) as s:
        alerts.recompute_all(s, TODAY, load_calendar(s), actor=SYSTEM)
        s.commit()
    recompute()
    out.append(Result(f"recomputing the alerts of the whole school ({n:,} pupils), {label}, CPU",
                      statistics.median(recompute() for _ in range(9)) * 1000, "ms",
                      statistics.median(recompute_base() for _ in range(9)) * 1000,
                      "raw sqlite3 (the SQLCipher build, same key) on our tables: one query for the window's absences, one for the alerts it may touch",
                      "#3",
                      goal=3, runs=9,
                      note=f"{RECOMPUTE_NOTE}; alerts already current (the pass that raised the term's new alert, "
                           f"its case and their audit entries: {raising:.3g} ms)" + recompute_rest))
    con.close()
    gc.unfreeze()
    return out


#: the class of the keystroke figures (the names of tests/ui/test_roll_call_page.py)
KEY_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘蒋蔡余杜叶程苏魏吕"
KEY_GIVEN = ["小明", "雨欣", "浩然", "子涵", "梓萱", "一诺", "俊杰", "欣怡", "宇航", "佳怡", "思远", "雅琪", "晨曦",
             "博文", "诗涵"]
KEY_NAMES = [KEY_SURNAMES[i] + KEY_GIVEN[i % len(KEY_GIVEN)] for i in range(45)]
#: the issue's three absentees (the figure measured since #15 was filed)
KEY_ABSENT = ["曹诗涵", "程雅琪", "魏博文"]

KEYS_COUNTED = ("counted: every key after the password (Enter to log in, the letters typed until the page shows the "
                "pupil — Tab when another pupil with those initials comes first —, the mark, = for 同昨日, Space "
                "for a pupil back, Ctrl+Enter), on the real page from the login dialog, by a teacher who knows who "
                "is missing and watches the screen; the password is the user's own and not counted. The keyboard "
                "is in today's roll call at login")


def _keystrokes() -> list[Result]:
    """Keys a teacher presses for a class of 45 with 3 absentees, on the real roll-call page, from login.

    Three days, each on a school of its own (the same class of 45):

    * the issue's day: nobody was absent the day before (a new school: no roll call before), the three
      absentees of the issue (:data:`KEY_ABSENT`) are found by their initials;
    * a continuing day: the same three were absent without reason on the previous school day and are absent
      again — once with = (同昨日), once by initials only (the search shows yesterday's absentees first);
    * a mixed day: two of yesterday's three are absent again, the third is back, and a pupil picked at random
      (seeded) is newly absent — by initials (= would save nothing: the pupil back must then be found and set
      present); its note gives the mean cost of a new absentee over every pupil who could be the one.

    Baseline: a form with one entry per pupil (a key per pupil, then submit).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.app import setup_application

    app = setup_application("en")
    out = []
    keys, mean = _day_from_login(app, {}, KEY_ABSENT, same=False)
    out.append(_keys_result(
        "keystrokes from login: class of 45, 3 absentees (Enter to log in, marks, submit)",
        keys, KEY_ABSENT,
        note=f"{KEYS_COUNTED}. Nobody was absent the day before, so nothing tells the page who is "
             f"likelier: a pupil of this class takes {mean:.1f} keys on average (letters, then the "
             f"mark), so 3 pupils picked at random take about {2 + 3 * mean:.0f}; 2 a pupil would need "
             f"finding any of 45 pupils in one key, which pinyin initials (26 letters, surnames "
             f"bunched on a few) cannot do. When the absentees were absent the day before too (the "
             f"pupils a dropout control is about), the other #15 keystroke rows"))
    yesterday = {n: "absent" for n in KEY_ABSENT}
    keys, _mean = _day_from_login(app, yesterday, KEY_ABSENT, same=True)
    out.append(_keys_result(
        "keystrokes from login: class of 45, the same 3 absent as yesterday, with = (同昨日)",
        keys, KEY_ABSENT,
        note=f"{KEYS_COUNTED}. The three were absent without reason on the previous school day: "
             "Enter, = (marks again yesterday's unexcused absentees still on roll and not on leave "
             "today: app.attendance.previous), Ctrl+Enter"))
    keys, _mean = _day_from_login(app, yesterday, KEY_ABSENT, same=False)
    out.append(_keys_result(
        "keystrokes from login: class of 45, the same 3 absent as yesterday, initials only",
        keys, KEY_ABSENT,
        note=f"{KEYS_COUNTED}. The three were absent without reason on the previous school day and "
             "the teacher types initials: a search shows yesterday's absentees first (then an open "
             "alert, then a leave; a pupil already marked by a key no longer), so one letter each"))
    rng = random.Random(15)
    back = KEY_ABSENT[1]
    new = rng.choice([n for n in KEY_NAMES if n not in KEY_ABSENT])
    today = [n for n in KEY_ABSENT if n != back] + [new]
    keys, mean_new = _day_from_login(app, yesterday, today, same=False, new_absentee_mean=True)
    out.append(_keys_result(
        f"keystrokes from login: class of 45, 2 of yesterday's 3 absent again, 1 new ({new})",
        keys, today,
        note=f"{KEYS_COUNTED}. Yesterday {'、'.join(KEY_ABSENT)} were absent without reason; today "
             f"{back} is back (present: no key) and {new}, picked at random, is newly absent. The "
             f"ranking's cost: a new absentee takes {mean_new:.1f} keys on average (letters, then "
             f"the mark; over the 42 pupils who could be the one), where a class with nobody absent "
             f"the day before takes {mean:.1f}: such a day takes about {6 + mean_new:.0f} keys "
             f"whoever the new one is"))
    return out


def _keys_result(name: str, keys: int, absent: list[str], *, note: str) -> Result:
    """A keystroke figure of #15: against a form with a key per pupil; the goal 2 keys per absentee + 3."""
    return Result(name, keys, "keys", len(KEY_NAMES) + 1, "a key per pupil, then submit", "#15",
                  limit=2 * len(absent) + 3 + 0.5, note=note)


def _day_from_login(app, yesterday: dict[str, str], absent: list[str], *, same: bool,
                    new_absentee_mean: bool = False) -> tuple[int, float]:
    """One school of the class of 45: ``yesterday``'s roll call (name → mark) saved on the previous school
    day, then from the login dialog today's with ``absent`` (absent without reason), ``same``: with = first.
    Returns the keys and the mean keys (letters + mark) of a pupil — of a pupil not absent yesterday when
    ``new_absentee_mean``."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app import attendance, school, students
    from app.accounts import SYSTEM, create_user
    from app.data.db import open_database
    from app.identity import sample_resident_id
    from app.paths import DataPaths
    from app.school_calendar import load_calendar
    from app.students import GuardianInput, StudentInput
    from app.ui.context import AppContext
    from app.ui.login import LoginDialog
    from app.ui.main_window import MainWindow

    names = KEY_NAMES
    with tempfile.TemporaryDirectory(prefix="baoxue-bench-keys-") as tmp:
        db = open_database(DataPaths(Path(tmp)))
        with db.transaction() as s:
            school.setup_school(s, code="3161000123", name="键盘小学", county_code="610729", county_name="留坝县",
                                township="马道镇", admin_username="admin", admin_password="bench-pass-1", today=TODAY)
            t = school.create_staff(s, SYSTEM, "王老师", sex="2")
            cid = school.create_class(s, SYSTEM, "三年级(1)班", 3, head_teacher_id=t)
            create_user(s, SYSTEM, "wang", "teacher-pass", {"class_teacher", "teacher"}, staff_id=t)
            ids = {}
            for n, name in enumerate(names, start=1):
                sex = "1" if n % 2 else "2"
                rid = sample_resident_id("610729", date(2017, 3, 5), n * 2 + (sex == "1"), sex=sex)
                ids[name] = students.create_student(s, SYSTEM, StudentInput(
                    name=name, sex=sex, birth_date=date(2017, 3, 5), student_number="G" + rid, class_id=cid,
                    id_number=rid, enrolled_on=date(2023, 9, 1), village="马道村", township="马道镇",
                    guardians=[GuardianInput("张大山", "father", "13912345678", True, False, "")]), today=TODAY)
        if yesterday:
            with db.transaction() as s:
                before = load_calendar(s).previous_school_day(TODAY)
                attendance.submit_roll_call(s, SYSTEM, cid, before, "day",
                                            {ids[n]: (m, "") for n, m in yesterday.items()}, 0, today=before)
        # from the login window: the password is typed (not counted), Enter logs in (counted); after
        # that every key goes wherever the program put the keyboard (QApplication.focusWidget())
        login = LoginDialog(db, username="wang")
        login.show()
        app.processEvents()
        QTest.keyClicks(login.password_edit, "teacher-pass")
        QTest.keyClick(login.password_edit, Qt.Key.Key_Return)
        keys = 1
        actor = login.actor
        assert actor is not None, "login failed"
        window = MainWindow(AppContext(db, actor))
        page = window.page("roll_call")
        page._today = lambda: TODAY  # the bench's school day, whatever the date of the run
        page.go_to_today()
        window.show()
        window.activateWindow()
        for _ in range(20):
            app.processEvents()
        assert QApplication.focusWidget() is page.table, "after login the keyboard is not in the roll call's table"
        candidates = [n for n in names if n not in yesterday] if new_absentee_mean else names
        mean = statistics.mean(_keys_to_find(page.model, n) for n in candidates) + 1
        if same:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Equal)
            keys += 1
        for name in [r.name for r in page.model.rows()]:  # in roll order, going down the list on screen
            mark = page.model.mark_of(ids[name])
            if name in absent and mark != "absent":
                keys += _find_by_keys(page, name) + 1
                QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_5)  # 5 = absent without reason
            elif name not in absent and mark == "absent":  # carried over by = but here today
                keys += _find_by_keys(page, name) + 1
                QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        keys += 1
        for _ in range(50):
            app.processEvents()
        with db.transaction() as s:
            rc = attendance_open(s, actor, cid)
        assert sorted(st.name for st in rc.students if st.mark == "absent") == sorted(absent), "roll call not saved"
        window.close()
        window.deleteLater()
        login.deleteLater()
        app.processEvents()
        db.close()
    return keys, mean


def _find_by_keys(page, name: str) -> int:
    """Type ``name``'s pinyin initials one letter at a time, as a teacher watching the screen does: stop
    when the page shows that pupil; Tab for the next match if the initials are another pupil's too."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    def shown() -> bool:
        row = page.model.row_at(page.table.currentIndex())
        return row is not None and row.name == name and page.table.finding

    initials = _typed_initials(name)
    keys = 0
    for letter in initials:
        QTest.keyClick(QApplication.focusWidget(), letter)
        keys += 1
        if shown():
            return keys
    for _ in range(page.model.rowCount()):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        keys += 1
        if shown():
            return keys
    raise AssertionError(f"the roll call does not find {name} by its initials")


def _keys_to_find(model, name: str) -> int:
    """Letters (then Tabs) the page's own search needs to show ``name`` first, as :func:`_find_by_keys` types them."""
    row = next(n for n, r in enumerate(model.rows()) if r.name == name)
    initials = _typed_initials(name)
    for k in range(1, len(initials) + 1):
        hits = model.find(initials[:k])
        if hits[:1] == [row]:
            return k
    return len(initials) + model.find(initials).index(row)


def _typed_initials(name: str) -> str:
    """The initials a teacher types: those of the name's usual reading (张浩然 → zhr; the page finds every
    reading of a polyphonic character, but nobody types 张浩然 as zgr)."""
    from pypinyin import Style, pinyin

    from app import students

    initials = "".join(p[0][:1] for p in pinyin(name, style=Style.FIRST_LETTER, errors="ignore")).lower()
    assert f"|{initials}|" in students.pinyin_keys(name)[1], f"the page does not know {name} as {initials}"
    return initials


def attendance_open(session, actor, class_id):
    from app import attendance

    return attendance.open_roll_call(session, actor, class_id, TODAY, today=TODAY)


if __name__ == "__main__":  # python -m bench.bench_attendance keys: the keystroke figures alone, into results.json
    from bench.harness import print_table, write_readme_table, write_results

    if "keys" in sys.argv[1:]:
        figures = _keystrokes()
        print_table(figures)
        write_results(figures)
        write_readme_table()
