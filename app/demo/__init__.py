"""The demo school: a realistic village school in 留坝县马道镇, built from a seed.

``build_demo(paths)`` fills a data directory of its own with one 九年一贯制 school
(grades 1–9), its staff, classes, teaching assignments, students with guardians
and focus-group situations at rural-Shaanxi rates, and login accounts that all
share :data:`DEMO_PASSWORD`. Everything random comes from ``random.Random(seed)``:
the same seed (and the same ``today``) gives the same school, name for name.

Rules that keep it safe:

* the demo never mixes with a real school: a data directory whose database holds
  a school that is not marked ``is_demo`` is refused, ``replace`` or not;
* an existing demo is only rebuilt with ``replace=True`` (the old database files
  are deleted first);
* the whole school is written in ONE transaction; a progress callback returning
  ``False`` cancels and rolls everything back.

Every record goes through the same rules as a hand-entered one: school, staff,
classes and teaching through :mod:`app.school`; students through
:func:`app.students.create_student` for small schools; for big ones
:mod:`app.demo.students` applies the same validation
(:func:`app.students.check_input`), pinyin keys, status change and one audit
entry per student, but inserts in batches.

The build is split in stages (``build_school``, ``build_staff``,
``build_classes``, ``build_accounts`` in :mod:`app.demo.staff`, ``build_students`` in
:mod:`app.demo.students`), each a function of a small :class:`app.demo.builder.Builder`
(with what the demo is drawn from: the place, the names, the rates); the later capabilities add their own stage after
``build_students``, each a module of this package with a ``populate_demo``:
:mod:`app.demo.attendance` (a term of roll calls and leave), :mod:`app.demo.cases`
(cases at every stage), :mod:`app.demo.mentors` (mentors, plans, home teaching),
:mod:`app.demo.approvals` (requests in every state); the pledges come last. The
stages are imported when the demo is built, so importing ``DEMO_PASSWORD`` does not load them.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from sqlmodel import func, select

from app import school
from app.accounts import SYSTEM
from app.data import keyring
from app.data.db import database_state, locked_database, open_database, unlock_database
from app.data.models import SchoolClass, Staff, Student, User
from app.demo.builder import COUNTY_CODE, DEMO_PASSWORD, SCHOOL_CODE, Builder, Progress
from app.demo.staff import build_accounts, build_classes, build_school, build_staff, plan_classes, role_labels
from app.demo.students import build_students
from app.errors import ValidationError
from app.paths import DataPaths, demo_data_dir


MIN_STUDENTS, MAX_STUDENTS = 20, 20000


@dataclass
class DemoInfo:
    data_dir: Path
    school_name: str
    school_code: str
    students: int
    classes: int
    staff: int
    #: (username, role labels in Chinese, password)
    accounts: list[tuple[str, str, str]] = field(default_factory=list)




# --- checks before building ---------------------------------------------------------------


def _existing_school(paths: DataPaths) -> tuple[str, bool] | None:
    """(name, is_demo) of the school already in ``paths``, read without migrating or writing.

    An encrypted database is not opened: its keyring names the school (written when it was opened); a
    keyring that names none counts as a real school, so the demo never replaces what it cannot read."""
    db_path = paths.database
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    if database_state(paths) == "encrypted":
        ring = keyring.read(paths)
        if ring is not None and not ring.openable:
            return None  # made but never given an account (a cancelled build): no school in it
        locked = locked_database(paths)
        return (locked.school_name or str(paths.root), locked.is_demo)
    try:
        con = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ValidationError("数据目录", "demo.existing_database_cannot_read_will", db_path=db_path, exc=exc) from exc
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "school" not in tables:
            return None
        cols = {r[1] for r in con.execute("PRAGMA table_info(school)")}
        row = con.execute(
            f"SELECT name, {'is_demo' if 'is_demo' in cols else '0'} FROM school ORDER BY id LIMIT 1"
        ).fetchone()
    except sqlite3.Error as exc:
        raise ValidationError("数据目录", "demo.existing_database_cannot_read_will", db_path=db_path, exc=exc) from exc
    finally:
        con.close()
    return (row[0], bool(row[1])) if row else None


def _delete_database_files(paths: DataPaths) -> None:
    db_path = paths.database
    for p in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        p.unlink(missing_ok=True)


# --- entry points --------------------------------------------------------------------------


def build_demo(paths: DataPaths, *, students: int = 600, seed: int = 2026, today: date | None = None,
               progress: Progress | None = None, replace: bool = False, activity: bool = True) -> DemoInfo:
    """Build the demo school into ``paths`` (its own data directory) and return what was built.

    ``activity=False`` stops after the roster and accounts (the later capabilities' tests add
    their own records on top); by default the demo gets a term of roll calls, alerts and cases,
    mentors and requests in every state, so every capability shows with data.
    """
    if not isinstance(students, int) or not (MIN_STUDENTS <= students <= MAX_STUDENTS):
        raise ValidationError("学生人数", "demo.must_between_not",
                                      min_students=MIN_STUDENTS,
                                      max_students=MAX_STUDENTS,
                                      students=students)
    existing = _existing_school(paths)
    if existing is not None:
        name, is_demo = existing
        if not is_demo:
            raise ValidationError(
                "数据目录",
                "demo.already_holds_data_real_school", root=paths.root, name=name)
        if not replace:
            raise ValidationError("数据目录", "demo.already_holds_demo_school_build", root=paths.root, name=name)
        _delete_database_files(paths)

    today = today or date.today()
    db = open_database(paths)
    try:
        with db.transaction() as session:
            b = Builder(session=session, rng=random.Random(seed), n_students=students, today=today,
                         progress=progress)
            b.total = students + 4 + ((ATTENDANCE_UNITS + len(LATER_STAGES)) if activity else 0)
            b.step("正在准备")
            plan_classes(b)
            build_school(b)
            build_staff(b)
            build_classes(b)
            build_students(b)
            build_accounts(b)
            if activity:
                _build_attendance(b)
                b.paths = paths
                for label, stage in LATER_STAGES:
                    stage(b)
                    b.step(label, 1)
            b.step("完成", b.total)
        if activity:
            # The school's signing key for the county bundles (its passphrase is printed by `baoxue demo`).
            from app.exchange.keys import populate_demo as demo_key

            with db.transaction() as session:
                demo_key(paths, session)
            # The county's certificate, registered as a real school's administrator does: the demo's bundles are
            # encrypted to the demo county (app.demo.county), whose key app.demo.county.install gives a county database.
            from app.demo import county as demo_county

            with db.transaction() as session:
                demo_county.trust(session, SYSTEM, COUNTY_CODE)
        db.settle_keyring()  # the accounts made beside create_user (one shared hash) open the database too
    finally:
        db.close()
    return DemoInfo(data_dir=paths.root, school_name=b.school_name, school_code=SCHOOL_CODE,
                    students=len(b.student_ids), classes=len(b.plan), staff=len(b.staff), accounts=b.accounts)


# --- later capabilities: each adds its records to the demo school --------------------------

ATTENDANCE_UNITS = 100  # the term of roll calls is the longest stage: a hundredth of it per unit


def _build_attendance(b: "Builder") -> None:
    from app.demo import attendance

    base = b.done

    def progress(done: int, total: int, label: str) -> bool:
        b.done = base + (ATTENDANCE_UNITS * done // max(total, 1))
        b.step(label or "正在生成本学期的点名")
        return True

    attendance.populate_demo(b.session, b.actor, b.rng, b.today, progress=progress)
    b.done = base + ATTENDANCE_UNITS


def _build_cases(b: "Builder") -> None:
    from app.demo import cases

    cases.populate_demo(b.session, b.actor, b.rng, b.today)


def _build_mentors(b: "Builder") -> None:
    from app.demo import mentors

    mentors.populate_demo(b.session, b.rng, b.today, actor=b.actor)


def _build_approvals(b: "Builder") -> None:
    from app.demo import approvals

    approvals.populate_demo(b.session, b.rng, b.today, paths=b.paths)


def _build_pledges(b: "Builder") -> None:
    """Parent pledges printed for the two lowest classes at term start; most signed copies came back."""
    from app.documents import pledge_records, pledges

    classes = b.session.exec(select(SchoolClass).where(SchoolClass.active == True)  # noqa: E712
                             .order_by(SchoolClass.grade_level, SchoolClass.name)).all()[:2]
    out_dir = b.paths.root / "printed"
    out_dir.mkdir(parents=True, exist_ok=True)
    for c in classes:
        batch = pledges.print_pledges(b.session, b.actor, out_dir / f"demo-pledges-{c.id}.pdf", class_id=c.id,
                                      today=b.today)
        for number in batch.numbers:
            roll = b.rng.random()
            if roll < 0.8:
                pledge_records.mark_returned(b.session, b.actor, number, signed=roll < 0.77, day=b.today)


LATER_STAGES: list[tuple[str, Callable[["Builder"], None]]] = [
    ("正在生成缺勤个案", _build_cases),
    ("正在安排帮扶教师", _build_mentors),
    ("正在生成各类申请", _build_approvals),
    ("正在打印家长责任书", _build_pledges),
]


def ensure_demo(paths: DataPaths | None = None, **kw) -> DemoInfo:
    """The demo in ``paths`` (default: the demo's own directory): built if missing, else read back."""
    paths = paths or DataPaths(demo_data_dir())
    existing = _existing_school(paths)
    if existing is None:
        return build_demo(paths, **kw)
    if not existing[1]:
        return build_demo(paths, **kw)  # refuses with the real school's name
    return demo_info(paths)


def demo_info(paths: DataPaths) -> DemoInfo:
    """What an existing demo school holds (counts and accounts), read from its database (opened with the
    demo administrator's published password when this process has not opened it yet)."""
    db = unlock_database(paths, "admin", DEMO_PASSWORD)
    try:
        with db.transaction() as s:
            info = school.get_school(s)
            if info is None or not info.is_demo:
                raise ValidationError("数据目录", "demo.there_no_demo_school", root=paths.root)
            n_students = s.exec(select(func.count()).select_from(Student)).one()
            n_classes = s.exec(select(func.count()).select_from(SchoolClass)
                               .where(SchoolClass.active == True)).one()  # noqa: E712
            n_staff = s.exec(select(func.count()).select_from(Staff).where(Staff.active == True)).one()  # noqa: E712
            users = s.exec(select(User).where(User.active == True).order_by(User.id)).all()  # noqa: E712
            accounts = [(u.username, role_labels(frozenset(u.roles.split(","))), DEMO_PASSWORD) for u in users]
    finally:
        db.close()
    return DemoInfo(paths.root, info.name, info.code, n_students, n_classes, n_staff, accounts)
