"""A 5,000-pupil school of five school years built through the services (issue #18), cached on disk.

The demo's roster, staff, classes and accounts are the start (:func:`app.demo.build_demo`, without
its term of activity, dated the first school year's September). Then every school day from that
September to :data:`TODAY` goes through the services the program uses:

* each class's roll call — :func:`app.attendance.submit_roll_call` (its audit entry, its pupils'
  alerts worked out, a new alert opening its case) — with the bench's rural exception rates
  (:data:`bench.bench_attendance.EXCEPTIONS`) and one frequent absentee per 300 pupils, whose runs
  raise alerts at every level; three school days after an alert, a child back in school gets the
  home visit and the return on the case (:func:`app.cases.record_contact`, :func:`app.cases.record_return`);
* approved sick and personal leaves of one to three days — :func:`app.attendance.add_leave`,
  recorded the morning they start;
* each week's bundle for the county — :func:`app.exchange.export.export_bundle`, the evening of the period's last
  school day, as the registrar does (encrypted to the county, signed with the school's key) — which a county
  database beside the school ingests (:func:`app.exchange.county.ingest`); every :data:`PACKAGE_WEEKS` weeks the
  county writes its package (:func:`app.exchange.county_package.write_packages`) and the school imports it
  (:func:`app.exchange.receipts.import_package`): its receipts let the history clear the copies of confirmed
  bundles (:mod:`app.exchange.copies`);
* each new school year (:func:`app.school.add_school_year`): the ninth grade graduates
  (:func:`app.students.record_status_change`, code 21), every graded class moves up a grade
  (:func:`app.school.update_class`) and the freed classes take a new first grade
  (:func:`app.students.create_student`). The pupils' own ``grade_level`` field is left as enrolled.

One school day is one transaction (the services as they run, batched by day). The result is kept
in ``bench/data/five-year-<pupils>-<key>``, where the key is a digest of the generating code and its
parameters (:func:`content_key`): ``make bench`` builds it once (6½ minutes of CPU for 5,000
pupils with their 223 weekly bundles; 27 minutes on two cores shared with other work) and reuses it, migrated like any school's database when the schema
moves on; delete the folder to rebuild it after changing what the services write.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import random
import shutil
import time
from datetime import date

from bench.bench_attendance import EXCEPTIONS, P_EXCEPTION, TODAY
from bench.harness import DATA_DIR

SEED = 18
FREQUENT_PER = 300  # one frequent absentee per this many pupils
P_FREQUENT = 0.3  # the chance a frequent absentee is out on a school day
P_LEAVE = 0.001  # the chance a pupil starts an approved leave on a school day
PACKAGE_WEEKS = 4  # the county sends its package of receipts every this many weeks


def content_key(n_students: int, years: int) -> str:
    """A digest of what makes the school: the generating code, its rates and the parameters.

    The schema is not in it: an older cached school is brought up to date by the migrations when it
    is opened, like any school's database.
    """
    h = hashlib.sha256()
    for fn in (_intake_input, _rollover, _rolls, _close_cases, _County, _build):
        h.update(inspect.getsource(fn).encode())
    h.update(repr((n_students, years, SEED, TODAY, FREQUENT_PER, P_FREQUENT, P_LEAVE, EXCEPTIONS, P_EXCEPTION, PACKAGE_WEEKS))
             .encode())
    return h.hexdigest()[:12]


def ensure(n_students: int = 5000, years: int = 5, *, quiet: bool = False):
    """The data folder of the built school (built now when its key has none)."""
    from app.paths import DataPaths

    root = DATA_DIR / f"five-year-{n_students}-{content_key(n_students, years)}"
    done = root / "built.json"
    if done.exists():
        return DataPaths(root)
    for old in DATA_DIR.glob(f"five-year-{n_students}-*"):  # an earlier key's school
        shutil.rmtree(old, ignore_errors=True)
    t0 = time.perf_counter()
    stats = _build(DataPaths(root), n_students, years, quiet=quiet)
    stats["seconds"] = round(time.perf_counter() - t0, 1)
    done.write_text(json.dumps(stats, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not quiet:
        print(f"   built the {years}-year {n_students:,}-pupil school through the services in {stats['seconds']:.0f} s",
              flush=True)
    return DataPaths(root)


def _intake_input(rng: random.Random, class_id: int, start_year: int, seq: int):
    """A new first-grader (``seq``: the ID number's 3-digit sequence)."""
    from app.identity import sample_resident_id
    from app.students import GuardianInput, StudentInput

    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘蒋蔡余杜叶程苏魏吕"
    given = "明华强军芳丽敏静磊洋雨欣浩然子涵梓萱一诺俊杰宇航佳怡思远雅琪晨曦博文诗涵"
    sex = rng.choice("12")
    birth = date(start_year - 6, rng.randint(1, 8), rng.randint(1, 28))
    rid = sample_resident_id("610729", birth, seq, sex=sex)
    surname = rng.choice(surnames)
    return StudentInput(
        name=surname + rng.choice(given) + (rng.choice(given) if rng.random() < 0.7 else ""), sex=sex,
        birth_date=birth, student_number="G" + rid, class_id=class_id, id_number=rid,
        enrolled_on=date(start_year, 9, 1), village="马道村", township="马道镇",
        poor_household=rng.random() < 0.08, left_behind=2 if rng.random() < 0.1 else 0,
        guardians=[GuardianInput(surname + "建国", "father", f"139{rng.randrange(10**8):08d}", True, False, "")])


def _rollover(session, rng: random.Random, start_year: int, seq: int) -> tuple[int, int]:
    """A new school year: the ninth grade graduates, the graded classes move up, a new first grade enrols.
    Returns (pupils enrolled so far, pupils who graduated now)."""
    from sqlmodel import select

    from app import school, students
    from app.accounts import SYSTEM
    from app.data.models import SchoolClass, Student
    from app.errors import ValidationError

    graded = [c for c in session.exec(select(SchoolClass).where(SchoolClass.active == True)).all()  # noqa: E712
              if not c.extra_grade_levels]
    by_grade: dict[int, list] = {}
    for c in sorted(graded, key=lambda c: c.name):
        by_grade.setdefault(c.grade_level, []).append(c)
    leaving = by_grade.get(9, [])
    sizes = {}
    for c in leaving:
        pupils = session.exec(select(Student.id).where(Student.class_id == c.id, Student.status == "in_school")).all()
        sizes[c.id] = len(pupils)
        for sid in pupils:
            students.record_status_change(session, SYSTEM, sid, "21", date(start_year, 7, 1), reason="初中毕业")
        school.update_class(session, SYSTEM, c.id, name=f"待编班{c.id}", grade_level=1, extra_grade_levels=())
    for grade in range(8, 0, -1):
        for n, c in enumerate(by_grade.get(grade, []), start=1):
            school.update_class(session, SYSTEM, c.id, name=school.standard_class_name(grade + 1, n),
                                grade_level=grade + 1, extra_grade_levels=())
    for n, c in enumerate(leaving, start=1):
        school.update_class(session, SYSTEM, c.id, name=school.standard_class_name(1, n), grade_level=1,
                            extra_grade_levels=())
        for _ in range(sizes[c.id]):
            seq += 1
            for attempt in range(50):  # a random ID number may be taken already: draw another
                try:
                    students.create_student(session, SYSTEM, _intake_input(rng, c.id, start_year, rng.randrange(1000)),
                                            today=date(start_year, 9, 1))
                    break
                except ValidationError:
                    if attempt == 49:
                        raise
    return seq, sum(sizes.values())


def _close_cases(session, cal, day: date, absent_today: set[int]) -> int:
    """The class teacher's follow-up: a case whose alert is three school days old and whose child is in school
    today gets its home visit and the return (:func:`app.cases.record_contact`, :func:`app.cases.record_return`)."""
    from sqlmodel import select

    from app import cases
    from app.accounts import SYSTEM
    from app.data.case_models import AbsenceCase
    from app.data.models import AbsenceAlert, Student

    rows = session.exec(select(AbsenceCase.id, AbsenceCase.student_id, AbsenceAlert.raised_on, Student.status)
                        .join(AbsenceAlert, AbsenceAlert.id == AbsenceCase.alert_id)
                        .join(Student, Student.id == AbsenceCase.student_id)
                        .where(AbsenceCase.closed_on == None, AbsenceAlert.status == "open",  # noqa: E711
                               AbsenceAlert.last_absent_day < day)).all()
    n = 0
    for case_id, student_id, raised, status in rows:
        if status != "in_school":  # graduated meanwhile: closed as such
            cases.close_case(session, SYSTEM, case_id, day, "other", "学生已毕业", today=day)
            n += 1
            continue
        if student_id in absent_today or cal.add_school_days(raised, 3) > day:
            continue
        cases.record_contact(session, SYSTEM, case_id, cases.ContactInput(
            contact_date=day, form="in_person", student_condition="已返校上课", family_situation="家长外出务工,祖父母照看",
            measures="班主任每日点名后与家长电话联系"), today=day)
        cases.record_return(session, SYSTEM, case_id, day, "经家访,学生已返校上课", today=day)
        n += 1
    return n


def _rolls(session) -> dict[int, list[int]]:
    """Class → the pupils on its roll (in school), as the roll call counts them today."""
    from sqlmodel import select

    from app.data.models import SchoolClass, Student

    out: dict[int, list[int]] = {}
    rows = session.exec(select(Student.id, Student.class_id).join(SchoolClass, SchoolClass.id == Student.class_id)
                        .where(Student.status == "in_school", SchoolClass.active == True)  # noqa: E712
                        .order_by(Student.id)).all()
    for sid, cid in rows:
        out.setdefault(cid, []).append(sid)
    return out



class _County:
    """The county beside the school: its database (SQLite, in the school's folder under ``county/``), its package key,
    the bundles it ingests and the packages it sends back."""

    def __init__(self, db, paths):
        from app.accounts import SYSTEM
        from app.demo import county as demo_county
        from app.exchange import keys
        from app.exchange.county import CountyDB, register_certificate
        from app.exchange.county_package import create_county_key
        from app.exchange.receipts import register_county

        self.dir = paths.root / "county"
        self.out = self.dir / "out"
        self.out.mkdir(parents=True)
        self.db = CountyDB(f"sqlite:///{(self.dir / 'county.sqlite3').as_posix()}")
        with db.transaction() as s:
            keys.populate_demo(paths, s)
            register_certificate(self.db, keys.active_key_row(s).cert_pem.encode())
        demo_county.install(self.db)
        self.pw = keys.DEMO_KEY_PASSPHRASE
        key = create_county_key(self.db, "610729", "留坝县教育局", self.pw, key_size=2048)
        with db.transaction() as s:
            register_county(s, SYSTEM, key.cert_pem.encode(), expected_fingerprint=key.fingerprint)
        self.weeks = 0

    def week(self, db, day: date) -> tuple[int, int]:
        """The evening of a period's last school day: the bundle exported, taken to the county and ingested; every
        PACKAGE_WEEKS weeks the county's package imported. Returns the bundle's sequence."""
        from datetime import datetime, timezone

        from app.accounts import SYSTEM
        from app.exchange.county import ingest
        from app.exchange.county_package import write_packages
        from app.exchange.export import export_bundle
        from app.exchange.receipts import import_package

        with db.transaction() as s:
            done = export_bundle(s, SYSTEM, db.paths, out_dir=self.out, passphrase=self.pw, today=day,
                                 now=datetime(day.year, day.month, day.day, 9, tzinfo=timezone.utc))
        result = ingest([done.path], self.db, passphrase=self.pw)
        if not result.ok:
            raise RuntimeError(f"the county refused bundle {done.sequence}")
        for f in self.out.iterdir():
            f.unlink()
        self.weeks += 1
        if self.weeks % PACKAGE_WEEKS == 0:
            back = self.dir / "back"
            for w in write_packages(self.db, back, self.pw,
                                    now=datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc)):
                if w.sequence:
                    with db.transaction() as s:
                        import_package(s, SYSTEM, w.path, today=day, settings="decline")
            for f in back.iterdir():
                f.unlink()
        return done.sequence

    def close(self) -> None:
        import shutil

        self.db.close()
        shutil.rmtree(self.dir)

def _build(paths, n_students: int, years: int, *, quiet: bool) -> dict:
    from app import attendance, school
    from app.accounts import SYSTEM
    from bench.harness import open_school
    from app.demo import build_demo
    from app.errors import ValidationError
    from app.school_calendar import load_calendar
    from app import weekly
    from app.policy import load as load_policy

    rng = random.Random(SEED)
    first = school.school_year_start_for(TODAY) - years
    build_demo(paths, students=n_students, seed=SEED, today=date(first, 9, 1), activity=False)
    db = open_school(paths)
    with db.transaction() as s:
        for y in range(first + 1, school.school_year_start_for(TODAY) + 1):
            school.add_school_year(s, SYSTEM, y)
    with db.session() as s:
        cal = load_calendar(s)
        rolls = _rolls(s)
        policy = load_policy(s)
    county = _County(db, paths)
    days = cal.school_days(date(first, 9, 1), TODAY)
    kinds, weights = zip(*EXCEPTIONS)
    typed_kinds = [(k, w) for k, w in zip(kinds, weights) if k != "excused"]  # excused comes from leaves only
    t_kinds, t_weights = zip(*typed_kinds)
    pupils = [sid for ids in rolls.values() for sid in ids]
    frequent = set(rng.sample(pupils, max(1, len(pupils) // FREQUENT_PER)))
    stats = {"school_days": len(days), "bundles": 0, "roll_calls": 0, "leaves": 0, "graduated": 0, "enrolled": 0, "closed": 0}
    absent_today: set[int] = set()
    seq, year, t0 = 0, first, time.perf_counter()
    for i, day in enumerate(days):
        start_year = school.school_year_start_for(day)
        with db.transaction() as s:
            if start_year != year:
                seq, graduated = _rollover(s, rng, start_year, seq)
                rolls = _rolls(s)
                stats["graduated"] += graduated
                stats["enrolled"] = seq
                frequent = {sid for sid in frequent if any(sid in v for v in rolls.values())}
                year = start_year
            for cid, ids in rolls.items():
                marks: dict[int, tuple[str, str]] = {}
                for sid in ids:
                    if sid in frequent and rng.random() < P_FREQUENT:
                        marks[sid] = ("absent", "")
                    elif rng.random() < P_EXCEPTION:
                        marks[sid] = (rng.choices(t_kinds, t_weights)[0], "")
                    if rng.random() < P_LEAVE:
                        last = cal.add_school_days(day, rng.randint(0, 2)) if day < TODAY else day
                        try:
                            attendance.add_leave(s, SYSTEM, sid, rng.choice(("sick", "sick", "personal")), day,
                                                 min(last, TODAY), reason="家长请假", today=day)
                            stats["leaves"] += 1
                        except ValidationError:  # overlaps an earlier leave of the pupil: none this time
                            pass
                attendance.submit_roll_call(s, SYSTEM, cid, day, "day", marks, 0, today=day)
                stats["roll_calls"] += 1
                absent_today.update(sid for sid, (mark, _n) in marks.items() if mark == "absent")
            stats["closed"] += _close_cases(s, cal, day, absent_today)
            absent_today.clear()
        if i + 1 == len(days) or weekly.period_for(days[i + 1], policy) != weekly.period_for(day, policy):
            stats["bundles"] = county.week(db, day)
        if not quiet and (i + 1) % 100 == 0:
            print(f"   … {i + 1}/{len(days)} school days ({day}), {time.perf_counter() - t0:.0f} s", flush=True)
    county.close()
    db.close()
    return stats
