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
:func:`app.students.create_student` for small schools, and for big ones through
:func:`_insert_students_bulk`, which applies the same validation
(:func:`app.students.check_input`), pinyin keys, status change and one audit
entry per student, but inserts in batches.

The build is split in stages (``_build_school``, ``_build_staff``,
``_build_classes``, ``_build_students``, ``_build_accounts``), each a function
of a small :class:`_Builder`; the later capabilities add their own stage after
``_build_students``, each a module of this package with a ``populate_demo``:
:mod:`app.demo.attendance` (a term of roll calls and leave), :mod:`app.demo.cases`
(cases at every stage), :mod:`app.demo.mentors` (mentors, plans, home teaching),
:mod:`app.demo.approvals` (requests in every state); the pledges come last. The
stages are imported when the demo is built, so importing ``DEMO_PASSWORD`` does not load them.
"""

from __future__ import annotations

import math
import random
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from pypinyin import lazy_pinyin
from sqlmodel import Session, func, select

from app import audit, school
from app.accounts import ROLES, SYSTEM, Actor, parse_roles
from app.codes import CHANGE, ETHNICITY
from app.data import keyring
from app.data.db import database_state, locked_database, open_database, unlock_database
from app.data.models import Guardian, SchoolClass, Staff, StatusChange, Student, User
from app.errors import BaoxueError, ValidationError
from app.identity import sample_resident_id
from app.paths import DataPaths, demo_data_dir
from app.students import GuardianInput, StudentInput, check_input, create_student, pinyin_keys

DEMO_PASSWORD = "baoxue2026"

Progress = Callable[[int, int, str], "bool | None"]

MIN_STUDENTS, MAX_STUDENTS = 20, 20000
#: at or above this many students the bulk insert path is used (same rules, batched writes)
BULK_THRESHOLD = 1000
_BATCH = 500

# --- the school ------------------------------------------------------------------------

SCHOOL_NAME = "留坝县马道镇中心学校"
SCHOOL_CODE = "2161072901"
COUNTY_CODE, COUNTY_NAME = "610729", "留坝县"
TOWNSHIP = "马道镇"
SCHOOL_ADDRESS = "陕西省汉中市留坝县马道镇马道村一组8号"
SCHOOL_PHONE = "0916-3921026"
TEACHING_POINT_VILLAGE = "青桥驿村"
MIXED_CLASS_NAME = "青桥驿教学点一二年级复式班"
MIXED_CLASS_MIN_STUDENTS = 300
MAX_CLASS_SIZE = 45  # the national limit against 大班额

# (village, weight): villages of 马道镇; the town seat is the biggest
VILLAGES: list[tuple[str, int]] = [
    ("马道村", 22), ("青桥驿村", 10), ("沙坝村", 9), ("小留坝村", 8), ("砖房村", 8), ("瓦窑坝村", 8),
    ("丰乐村", 7), ("红岩村", 7), ("寨子沟村", 6), ("石门村", 5), ("庙台村", 5), ("东河村", 5),
]
_GROUPS = "一二三四五六七八"

# resident-ID area codes: where the children were registered at birth
HOME_AREAS: list[tuple[str, int]] = [("610729", 86), ("610702", 5), ("610703", 4), ("610724", 3), ("610725", 2)]
MIGRANT_AREAS: list[tuple[str, int]] = [
    ("510821", 3),  # 四川广元旺苍县
    ("510822", 3),  # 四川广元青川县
    ("621227", 2),  # 甘肃陇南徽县
    ("621228", 2),  # 甘肃陇南两当县
    ("500101", 1),  # 重庆万州区
    ("411323", 1),  # 河南南阳淅川县
]

WORK_PLACES: list[tuple[str, int]] = [
    ("广东东莞", 12), ("广东深圳", 10), ("广东广州", 6), ("浙江宁波", 8), ("浙江杭州", 6), ("江苏苏州", 7),
    ("上海", 5), ("北京", 3), ("西安", 12), ("汉中市区", 6), ("新疆乌鲁木齐", 3), ("福建厦门", 3),
    ("四川成都", 4), ("山西太原", 2),
]

# --- names ---------------------------------------------------------------------------------

# (surname, weight ‰-ish): common surnames, tilted towards southern Shaanxi
SURNAMES: list[tuple[str, int]] = [
    ("王", 71), ("李", 70), ("张", 68), ("刘", 54), ("陈", 45), ("杨", 40), ("赵", 25), ("黄", 22), ("周", 21),
    ("吴", 20), ("徐", 16), ("孙", 15), ("胡", 13), ("朱", 12), ("高", 14), ("林", 8), ("何", 11), ("郭", 12),
    ("马", 12), ("罗", 9), ("梁", 8), ("宋", 7), ("郑", 7), ("谢", 6), ("韩", 6), ("唐", 6), ("冯", 7),
    ("于", 5), ("董", 5), ("程", 5), ("曹", 5), ("袁", 5), ("邓", 5), ("许", 5), ("傅", 4), ("沈", 4),
    ("曾", 4), ("彭", 4), ("吕", 4), ("苏", 4), ("卢", 4), ("蒋", 4), ("蔡", 4), ("贾", 4), ("丁", 3),
    ("魏", 4), ("薛", 3), ("叶", 3), ("阎", 3), ("余", 4), ("潘", 3), ("杜", 3), ("戴", 3), ("夏", 3),
    ("钟", 3), ("汪", 3), ("田", 4), ("任", 3), ("姜", 3), ("范", 3), ("方", 3), ("石", 3), ("姚", 3),
    ("谭", 3), ("廖", 2), ("邹", 2), ("熊", 2), ("金", 2), ("陆", 2), ("郝", 2), ("孔", 2), ("白", 2),
    ("崔", 2), ("康", 2), ("毛", 2), ("邱", 2), ("秦", 2), ("江", 2), ("史", 2), ("侯", 2), ("邵", 2),
    ("孟", 2), ("龙", 2), ("段", 2), ("雷", 3), ("汤", 2), ("尹", 2), ("常", 2), ("武", 2), ("乔", 2),
    ("贺", 2), ("龚", 2), ("文", 2), ("向", 2), ("鲜", 1), ("庞", 1),
]
# polyphonic surnames read as surnames (pypinyin alone reads 曾 as ceng)
_SURNAME_PINYIN = {"曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "翟": "zhai"}

_BOY_FIRST = "浩宇子梓俊博家嘉一天志文思明佳晨雨泽睿铭承皓鑫奕锦宏昊建伟"
_BOY_SECOND = "轩杰涛鹏强磊博文军伟明辉斌超勇峰刚健凯鑫宏阳恒亮旭睿泽豪然宇航林辰彬诚"
_GIRL_FIRST = "欣梓子雨思佳嘉诗语若紫梦雅静可心晓美婉秀一书月馨安"
_GIRL_SECOND = "怡婷雪娜静敏丽芳悦琪涵瑶萱慧婧琳颖蕊露妍晴甜倩茜洁丹媛彤曦萌玥瑜"
_MEN = ["建军", "国强", "志刚", "海军", "宏伟", "文斌", "永刚", "建华", "明", "勇", "军", "斌", "涛", "鹏", "伟",
        "强", "刚", "林", "波", "华", "永军", "小军", "红兵", "建平", "海涛", "俊", "亮", "峰", "新民", "长春",
        "立新", "东升", "金平", "小平", "宝林", "剑", "超", "杰", "磊", "军华"]
_WOMEN = ["丽", "芳", "艳", "红", "霞", "娟", "敏", "燕", "玲", "琴", "秀英", "小红", "春燕", "海燕", "丽娟", "晓燕",
          "桂芳", "小琴", "翠", "丹", "静", "莉", "萍", "英", "美玲", "春梅", "玉梅", "晓丽", "红梅", "雪梅",
          "慧", "婷", "小燕", "彩霞", "金凤", "秀琴", "丽华", "爱玲", "亚丽", "文静"]
_OLD_MEN = ["德明", "富贵", "长江", "国华", "振华", "建国", "保国", "有才", "正清", "水生", "玉林", "永福", "成林",
            "德胜", "万福", "世明", "家荣", "占山", "守成", "明德", "树林", "春生"]
_OLD_WOMEN = ["秀兰", "桂英", "玉兰", "秀英", "翠花", "凤英", "淑芬", "桂兰", "玉珍", "素珍", "春兰", "玉梅",
              "桂香", "兰英", "秀珍", "菊花", "金花", "玉芳", "凤兰", "腊梅"]

_MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
                    "153", "155", "156", "157", "158", "159", "180", "181", "182", "183", "187", "188", "189"]

# --- focus-group rates (share of all students) -------------------------------------------

RATES: dict[str, float] = {
    "poor_household": 0.12,
    "left_behind_1": 0.15,
    "left_behind_2": 0.10,
    "migrant_child": 0.03,
    "learning_difficulty": 0.06,
    "disabled": 0.015,
    "orphan": 0.005,
    "prisoner_child": 0.003,
    "economic_hardship": 0.08,
    "only_child": 0.20,
}
_DISABILITY_TYPES = [("physical", 3), ("intellectual", 3), ("hearing", 2), ("vision", 2), ("speech", 2),
                     ("mental", 1), ("multiple", 1), ("other", 1)]
_MINORITIES = [("回", 4), ("羌", 3), ("藏", 1), ("土家", 1), ("满", 1), ("苗", 1)]
_ETHNICITY_CODE = {label: code for code, label in ETHNICITY.items()}

# subjects beyond the head teacher's own, per grade
_PRIMARY_LOW = ["体育", "音乐", "美术"]
_PRIMARY_HIGH = ["英语", "科学", "体育"]
_JUNIOR = ["英语", "道德与法治", "历史", "地理", "体育"]


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


# --- the builder context ----------------------------------------------------------------


@dataclass
class _StaffRec:
    id: int
    name: str
    sex: str
    job: str  # "principal" | "registrar" | "head" | "subject"
    subject: str = ""


@dataclass
class _ClassPlan:
    name: str
    grade_level: int
    extra_grade_levels: tuple[int, ...]
    sizes: dict[int, int]  # grade level → number of students
    village: str = ""  # a teaching point's village (its pupils live there)
    id: int | None = None
    head: _StaffRec | None = None


@dataclass
class _Builder:
    """Everything the stages share: the session, the random source, the plan and what was built."""

    session: Session
    rng: random.Random
    n_students: int
    today: date
    progress: Progress | None
    start_year: int = 0
    total: int = 0
    done: int = 0
    actor: Actor = SYSTEM  # the demo is system work, recorded as such in the audit log
    password_hash: str = ""
    school_name: str = SCHOOL_NAME
    principal_name: str = ""
    principal_sex: str = "1"
    plan: list[_ClassPlan] = field(default_factory=list)
    staff: list[_StaffRec] = field(default_factory=list)
    student_ids: list[int] = field(default_factory=list)
    accounts: list[tuple[str, str, str]] = field(default_factory=list)
    used_ids: set[str] = field(default_factory=set)
    used_numbers: set[str] = field(default_factory=set)
    used_usernames: set[str] = field(default_factory=set)
    paths: DataPaths | None = None  # where attachments of the demo's requests are stored

    def step(self, label: str, advance: int = 0) -> None:
        self.done = min(self.total, self.done + advance)
        if self.progress is not None and self.progress(self.done, self.total, label) is False:
            raise BaoxueError("已取消")

    def weighted(self, pairs):
        items, weights = zip(*pairs)
        return self.rng.choices(items, weights=weights)[0]

    def mobile(self) -> str:
        return self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def surname(self) -> str:
        return self.weighted(SURNAMES)

    def child_given(self, sex: str) -> str:
        first, second = (_BOY_FIRST, _BOY_SECOND) if sex == "1" else (_GIRL_FIRST, _GIRL_SECOND)
        if self.rng.random() < 0.3:
            return self.rng.choice(second)
        a, b = self.rng.choice(first), self.rng.choice(second)
        return a + (b if b != a or sex == "2" else self.rng.choice(second))

    def adult_name(self, surname: str, sex: str, old: bool = False) -> str:
        pool = (_OLD_MEN if sex == "1" else _OLD_WOMEN) if old else (_MEN if sex == "1" else _WOMEN)
        return surname + self.rng.choice(pool)


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
        raise ValidationError("数据目录", f"无法读取已有的数据库 {db_path}({exc}),不会覆盖它。") from exc
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "school" not in tables:
            return None
        cols = {r[1] for r in con.execute("PRAGMA table_info(school)")}
        row = con.execute(
            f"SELECT name, {'is_demo' if 'is_demo' in cols else '0'} FROM school ORDER BY id LIMIT 1"
        ).fetchone()
    except sqlite3.Error as exc:
        raise ValidationError("数据目录", f"无法读取已有的数据库 {db_path}({exc}),不会覆盖它。") from exc
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
        raise ValidationError("学生人数", f"应在 {MIN_STUDENTS}–{MAX_STUDENTS} 之间,而不是 {students}")
    existing = _existing_school(paths)
    if existing is not None:
        name, is_demo = existing
        if not is_demo:
            raise ValidationError(
                "数据目录",
                f"{paths.root} 中已有真实学校“{name}”的数据。演示学校绝不能与真实学校混在一起,"
                "请换一个空的数据目录(演示学校默认使用单独的 baoxue-demo 目录)。")
        if not replace:
            raise ValidationError("数据目录", f"{paths.root} 中已有演示学校“{name}”。如要重新生成,请选择替换(--replace)。")
        _delete_database_files(paths)

    today = today or date.today()
    db = open_database(paths)
    try:
        with db.transaction() as session:
            b = _Builder(session=session, rng=random.Random(seed), n_students=students, today=today,
                         progress=progress)
            b.total = students + 4 + ((ATTENDANCE_UNITS + len(LATER_STAGES)) if activity else 0)
            b.step("正在准备")
            _plan_classes(b)
            _build_school(b)
            _build_staff(b)
            _build_classes(b)
            _build_students(b)
            _build_accounts(b)
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


def _build_attendance(b: "_Builder") -> None:
    from app.demo import attendance

    base = b.done

    def progress(done: int, total: int, label: str) -> bool:
        b.done = base + (ATTENDANCE_UNITS * done // max(total, 1))
        b.step(label or "正在生成本学期的点名")
        return True

    attendance.populate_demo(b.session, b.actor, b.rng, b.today, progress=progress)
    b.done = base + ATTENDANCE_UNITS


def _build_cases(b: "_Builder") -> None:
    from app.demo import cases

    cases.populate_demo(b.session, b.actor, b.rng, b.today)


def _build_mentors(b: "_Builder") -> None:
    from app.demo import mentors

    mentors.populate_demo(b.session, b.rng, b.today, actor=b.actor)


def _build_approvals(b: "_Builder") -> None:
    from app.demo import approvals

    approvals.populate_demo(b.session, b.rng, b.today, paths=b.paths)


def _build_pledges(b: "_Builder") -> None:
    """Parent pledges printed for the two lowest classes at term start; most signed copies came back."""
    from app.documents import pledges

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
                pledges.mark_returned(b.session, b.actor, number, signed=roll < 0.77, day=b.today)


LATER_STAGES: list[tuple[str, Callable[["_Builder"], None]]] = [
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
                raise ValidationError("数据目录", f"{paths.root} 中没有演示学校")
            n_students = s.exec(select(func.count()).select_from(Student)).one()
            n_classes = s.exec(select(func.count()).select_from(SchoolClass)
                               .where(SchoolClass.active == True)).one()  # noqa: E712
            n_staff = s.exec(select(func.count()).select_from(Staff).where(Staff.active == True)).one()  # noqa: E712
            users = s.exec(select(User).where(User.active == True).order_by(User.id)).all()  # noqa: E712
            accounts = [(u.username, _role_labels(frozenset(u.roles.split(","))), DEMO_PASSWORD) for u in users]
    finally:
        db.close()
    return DemoInfo(paths.root, info.name, info.code, n_students, n_classes, n_staff, accounts)


_ROLE_ORDER = ["admin", "principal", "registrar", "class_teacher", "teacher"]


def _role_labels(roles: frozenset[str]) -> str:
    return "、".join(ROLES[r] for r in _ROLE_ORDER if r in roles)


# --- stage 0: the plan -------------------------------------------------------------------

_GRADE_WEIGHTS = {1: 0.92, 2: 0.95, 3: 0.98, 4: 1.0, 5: 1.02, 6: 1.03, 7: 1.08, 8: 1.04, 9: 0.98}


def _split(total: int, weights: dict[int, float]) -> dict[int, int]:
    """Largest-remainder split of ``total`` by ``weights``."""
    wsum = sum(weights.values())
    raw = {k: total * w / wsum for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: (out[k] - raw[k], k))[: total - sum(out.values())]:
        out[k] += 1
    return out


def _plan_classes(b: _Builder) -> None:
    """How many students per grade and how they fall into classes (35–45 a class, never over 45)."""
    per_grade = _split(b.n_students, _GRADE_WEIGHTS)
    if b.n_students >= MIXED_CLASS_MIN_STUDENTS:
        g1, g2 = b.rng.randint(5, 9), b.rng.randint(5, 9)
        per_grade[1] -= g1
        per_grade[2] -= g2
        b.plan.append(_ClassPlan(MIXED_CLASS_NAME, 1, (2,), {1: g1, 2: g2}, village=TEACHING_POINT_VILLAGE))
    main = []
    for grade, n in per_grade.items():
        k = max(1, math.ceil(n / MAX_CLASS_SIZE))
        for i in range(k):
            size = n // k + (1 if i < n % k else 0)
            main.append(_ClassPlan(school.standard_class_name(grade, i + 1), grade, (), {grade: size}))
    b.plan[:0] = main  # graded classes first, the teaching point last


# --- stage 1: the school ----------------------------------------------------------------


def _build_school(b: _Builder) -> None:
    b.step("正在建立学校")
    sex = b.weighted([("1", 3), ("2", 1)])
    b.principal_name = b.adult_name(b.surname(), sex)
    b.principal_sex = sex
    b.start_year = school.school_year_start_for(b.today)
    info = school.setup_school(
        b.session, code=SCHOOL_CODE, name=SCHOOL_NAME, county_code=COUNTY_CODE, county_name=COUNTY_NAME,
        township=TOWNSHIP, address=SCHOOL_ADDRESS, phone=SCHOOL_PHONE, principal_name=b.principal_name,
        admin_username="admin", admin_password=DEMO_PASSWORD, admin_display_name="系统管理员", today=b.today,
        is_demo=True)
    b.school_name = info.name
    # setup_school hashed DEMO_PASSWORD for admin: reuse that hash (scrypt costs ~0.1 s a time)
    b.password_hash = b.session.exec(select(User.password_hash).where(User.username == "admin")).one()
    b.used_usernames.add("admin")
    b.accounts.append(("admin", _role_labels(frozenset({"admin"})), DEMO_PASSWORD))
    b.step("正在建立学校", 1)


# --- stage 2: staff ----------------------------------------------------------------------


def _subject_demand(b: _Builder) -> dict[str, int]:
    demand: dict[str, int] = {}
    for i, c in enumerate(b.plan):
        for subj in _class_subjects(c, _head_subject(c, i)):
            demand[subj] = demand.get(subj, 0) + 1
    return demand


def _head_subject(c: _ClassPlan, index: int) -> str:
    cycle = ["语文", "数学"] if c.grade_level <= 6 else ["语文", "数学", "英语"]
    return cycle[index % len(cycle)]


def _class_subjects(c: _ClassPlan, head_subject: str) -> list[str]:
    """The subjects other teachers teach in a class (the head teacher teaches ``head_subject``)."""
    g = c.grade_level
    core = ["语文", "数学"] + (["英语"] if g >= 3 else [])
    extra = _PRIMARY_LOW if g <= 2 else _PRIMARY_HIGH if g <= 6 else _JUNIOR
    extra = extra + (["生物"] if g in (7, 8) else []) + (["物理"] if g >= 8 else []) + (["化学"] if g == 9 else [])
    return [s for s in dict.fromkeys(core + extra) if s != head_subject]


def _build_staff(b: _Builder) -> None:
    """About one teacher per 15 students: principal, registrar, a head teacher per class, subject teachers."""
    b.step("正在添加教职工")
    n_classes = len(b.plan)
    n_staff = max(round(b.n_students / 15), n_classes + 4)
    n_subject = n_staff - n_classes - 2
    demand = _subject_demand(b)
    ranked = sorted(demand, key=lambda s: (-demand[s], s))
    alloc = {s: 0 for s in ranked}
    for i in range(min(n_subject, len(ranked))):  # one teacher for each subject in most demand first
        alloc[ranked[i]] += 1
    extra = n_subject - sum(alloc.values())
    if extra > 0:
        for s, k in _split(extra, {s: float(demand[s]) for s in ranked}).items():
            alloc[s] += k
    jobs: list[tuple[str, str, str]] = [("principal", "", "校长"), ("registrar", "", "教务主任(学籍管理员)")]
    for i, c in enumerate(b.plan):
        subj = _head_subject(c, i)
        jobs.append(("head", subj, f"{subj}教师"))
    for subj in ranked:
        jobs += [("subject", subj, f"{subj}教师")] * alloc[subj]
    villages = [v for v, _ in VILLAGES] + ["留坝县城"] * 4
    for job, subj, title in jobs:
        if job == "principal":
            name, sex = b.principal_name, b.principal_sex
        else:
            sex = b.weighted([("1", 45), ("2", 55)])
            name = b.adult_name(b.surname(), sex)
        sid = school.create_staff(b.session, b.actor, name, sex=sex, phone=b.mobile(), title=title,
                                  village=b.rng.choice(villages))
        b.staff.append(_StaffRec(sid, name, sex, job, subj))
    b.step("正在添加教职工", 1)


# --- stage 3: classes and teaching ---------------------------------------------------------


def _build_classes(b: _Builder) -> None:
    """Each class with its head teacher (who teaches only there) and subject teachers spread by load."""
    b.step("正在建立班级")
    heads = [s for s in b.staff if s.job == "head"]
    by_subject: dict[str, list[_StaffRec]] = {}
    for s in b.staff:
        if s.job == "subject":
            by_subject.setdefault(s.subject, []).append(s)
    load = {s.id: 0 for s in b.staff}
    for i, (c, head) in enumerate(zip(b.plan, heads)):
        c.id = school.create_class(b.session, b.actor, c.name, c.grade_level,
                                   extra_grade_levels=c.extra_grade_levels, head_teacher_id=head.id)
        c.head = head
        school.assign_teaching(b.session, b.actor, head.id, c.id, head.subject)
        for subj in _class_subjects(c, head.subject):
            teachers = by_subject.get(subj)
            if not teachers:
                continue  # a small school: the head teacher covers it
            t = min(teachers, key=lambda s: (load[s.id], s.id))
            load[t.id] += 1
            school.assign_teaching(b.session, b.actor, t.id, c.id, subj)
    b.step("正在建立班级", 1)


# --- stage 4: students ----------------------------------------------------------------------


@dataclass
class _Slot:
    """One student to be: where they sit and which situations apply (decided before the details)."""

    class_id: int
    grade_level: int
    teaching_point: str
    flags: set[str] = field(default_factory=set)
    left_behind: int = 0
    number_kind: str = "G"  # G, L, J


def _pick(b: _Builder, pool: list[int], rate: float, n_total: int) -> list[int]:
    k = min(len(pool), round(rate * n_total))
    return b.rng.sample(pool, k)


def _assign_situations(b: _Builder, slots: list[_Slot]) -> None:
    """Focus groups by quota, so that every demo has the intended rates (not just on average)."""
    n = len(slots)
    everyone = list(range(n))
    for i in _pick(b, everyone, RATES["migrant_child"], n):
        slots[i].flags.add("migrant_child")
    settled = [i for i in everyone if "migrant_child" not in slots[i].flags]
    for key in ("orphan", "prisoner_child"):
        free = [i for i in settled if not ({"orphan", "prisoner_child"} & slots[i].flags)]
        for i in _pick(b, free, RATES[key], n):
            slots[i].flags.add(key)
    parents_known = [i for i in settled if not ({"orphan", "prisoner_child"} & slots[i].flags)]
    away = _pick(b, parents_known, RATES["left_behind_1"] + RATES["left_behind_2"], n)
    n_both = round(RATES["left_behind_2"] * n)
    for j, i in enumerate(away):
        slots[i].left_behind = 2 if j < n_both else 1
    for key in ("poor_household", "learning_difficulty", "disabled", "only_child"):
        for i in _pick(b, everyone, RATES[key], n):
            slots[i].flags.add(key)
    # economic hardship overlaps with poor households (about one in five of them)
    poor = [i for i in everyone if "poor_household" in slots[i].flags]
    hard = set(_pick(b, poor, 0.2, len(poor)))
    rest = [i for i in everyone if i not in hard]
    hard |= set(_pick(b, rest, max(0.0, RATES["economic_hardship"] - len(hard) / n), n))
    for i in hard:
        slots[i].flags.add("economic_hardship")
    # student numbers: a handful of temporary L numbers, one or two J (no usable ID)
    n_l = max(1, round(n * 0.008))
    n_j = 2 if n >= 100 else 1
    for j, i in enumerate(b.rng.sample(everyone, n_l + n_j)):
        slots[i].number_kind = "J" if j < n_j else "L"


def _birth_date(b: _Builder, grade: int, slot: _Slot) -> date:
    """Grade 1 is born between September, 7 years before the school year, and the next August."""
    older = 0
    r = b.rng.random()
    if r < 0.06 or ({"disabled", "learning_difficulty"} & slot.flags and r < 0.25):
        older = 1
    elif r < 0.07:
        older = 2
    lo = date(b.start_year - 6 - grade - older, 9, 1)
    hi = date(b.start_year - 5 - grade - older, 8, 31)
    return lo + timedelta(days=b.rng.randrange((hi - lo).days + 1))


def _resident_id(b: _Builder, area: str, birth: date, sex: str) -> str:
    while True:
        seq = b.rng.randrange(1, 500) * 2 - (1 if sex == "1" else 0)  # odd = male
        rid = sample_resident_id(area, birth, seq, sex=sex)
        if rid not in b.used_ids:
            b.used_ids.add(rid)
            return rid


def _temporary_number(b: _Builder, letter: str, area: str, birth: date) -> str:
    while True:
        number = f"{letter}{area}{birth:%Y%m%d}{b.rng.randrange(10**4):04d}"
        if number not in b.used_numbers:
            b.used_numbers.add(number)
            return number


def _address(b: _Builder, village: str) -> str:
    return f"{COUNTY_NAME}{TOWNSHIP}{village}{b.rng.choice(_GROUPS[:6])}组{b.rng.randint(1, 60)}号"


def _guardians(b: _Builder, slot: _Slot, surname: str) -> list[GuardianInput]:
    """1–3 guardians consistent with the child's situation (who is away, who the child lives with)."""
    rng = b.rng
    mother_surname = b.surname()
    father = GuardianInput(b.adult_name(surname, "1"), "father", b.mobile(), True)
    mother = GuardianInput(b.adult_name(mother_surname, "2"), "mother", b.mobile(), True)

    def grandparent(with_phone: float = 0.7) -> GuardianInput:
        kind = b.weighted([("grandmother_p", 5), ("grandfather_p", 3), ("grandmother_m", 2), ("grandfather_m", 1)])
        sex = "1" if kind.startswith("grandfather") else "2"
        sname = (surname if kind == "grandfather_p" else mother_surname if kind == "grandfather_m" else b.surname())
        phone = b.mobile() if rng.random() < with_phone else ""
        return GuardianInput(b.adult_name(sname, sex, old=True), kind, phone, True)

    def away(g: GuardianInput) -> GuardianInput:
        g.works_away, g.lives_with_child, g.work_place = True, False, b.weighted(WORK_PLACES)
        return g

    if "orphan" in slot.flags:
        if rng.random() < 0.7:
            return [grandparent(0.9)]
        uncle = GuardianInput(b.adult_name(surname, "1"), "relative", b.mobile(), True)
        return [uncle, grandparent(0.5)] if rng.random() < 0.5 else [uncle]
    if "prisoner_child" in slot.flags:  # the imprisoned parent is not a guardian
        return [mother, grandparent()] if rng.random() < 0.7 else [mother]
    if "migrant_child" in slot.flags:  # the family came here for work and lives together
        return [father, mother]
    if slot.left_behind == 2:
        return [away(father), away(mother), grandparent(0.8)]
    if slot.left_behind == 1:
        if rng.random() < 0.8:
            out = [away(father), mother]
        else:
            out = [father, away(mother)]
        if rng.random() < 0.2:
            out.append(grandparent())
        return out
    r = rng.random()
    if r < 0.06:
        return [mother]  # single-parent family
    if r < 0.09:
        return [father]
    if r < 0.25:
        return [father, mother, grandparent()]
    return [father, mother]


def _make_student(b: _Builder, slot: _Slot) -> tuple[StudentInput, str]:
    """One child's record (and the status change code it enters with)."""
    rng = b.rng
    sex = "1" if rng.random() < 0.52 else "2"
    surname = b.surname()
    name = surname + b.child_given(sex)
    grade = slot.grade_level
    birth = _birth_date(b, grade, slot)
    migrant = "migrant_child" in slot.flags
    area = b.weighted(MIGRANT_AREAS if migrant else HOME_AREAS)
    village = slot.teaching_point or b.weighted(VILLAGES)
    if migrant and not slot.teaching_point:
        village = "马道村"  # migrant families rent in the town seat
    ethnicity = "01"
    if rng.random() < 0.025:
        ethnicity = _ETHNICITY_CODE[b.weighted(_MINORITIES) + "族"]

    doc_type, id_number = "1", ""
    if slot.number_kind == "J":
        doc_type = "Z" if rng.random() < 0.5 else "1"  # no usable resident ID
        student_number = _temporary_number(b, "J", area, birth)
    else:
        id_number = _resident_id(b, area, birth, sex)
        if slot.number_kind == "L":  # the ID failed verification: a temporary number until it is fixed
            student_number = f"L{id_number}"
        else:
            student_number = f"G{id_number}"
        b.used_numbers.add(student_number)

    entry_year = b.start_year - (grade - 1)
    change = "11"
    if migrant and grade > 1 and rng.random() < 0.6:
        entry_year = rng.randint(entry_year + 1, b.start_year)
        change = "13"  # transferred in when the family moved here
    enrolled = min(date(entry_year, 9, 1), b.today)

    disability, health = None, "10"
    if "disabled" in slot.flags:
        disability = b.weighted(_DISABILITY_TYPES)
        health = "50" if rng.random() < 0.4 else b.weighted([("40", 3), ("20", 1)])
    else:
        r = rng.random()
        health = "20" if r < 0.05 else "30" if r < 0.06 else "10"
    boarding = "1"
    if grade >= 7:
        boarding = "2" if rng.random() < 0.6 else "1"
    elif grade >= 4 and not slot.teaching_point:
        boarding = "2" if rng.random() < 0.08 else "1"

    notes = ""
    if "poor_household" in slot.flags and rng.random() < 0.3:
        notes = "建档立卡户,享受营养改善计划和生活补助"
    elif disability and health == "50" and rng.random() < 0.5:
        notes = "残疾较重,需要时可安排送教上门"

    inp = StudentInput(
        name=name, sex=sex, birth_date=birth, student_number=student_number, class_id=slot.class_id,
        grade_level=grade, id_doc_type=doc_type, id_number=id_number, ethnicity=ethnicity, enrolled_on=enrolled,
        hukou="2" if (not migrant and rng.random() < 0.08) else "1", health=health, boarding=boarding,
        address=_address(b, village), township=TOWNSHIP, village=village,
        poor_household="poor_household" in slot.flags, left_behind=slot.left_behind, migrant_child=migrant,
        learning_difficulty="learning_difficulty" in slot.flags, disability_type=disability,
        orphan="orphan" in slot.flags, prisoner_child="prisoner_child" in slot.flags,
        economic_hardship="economic_hardship" in slot.flags, martyr_child=False,
        only_child="only_child" in slot.flags, notes=notes, guardians=_guardians(b, slot, surname),
    )
    return inp, change


def _build_students(b: _Builder) -> None:
    slots = [_Slot(c.id, grade, c.village) for c in b.plan for grade, n in sorted(c.sizes.items())
             for _ in range(n)]
    _assign_situations(b, slots)
    records = [_make_student(b, slot) for slot in slots]
    b.step("正在添加学生")
    if len(records) >= BULK_THRESHOLD:
        _insert_students_bulk(b, records)
    else:
        for i, (inp, change) in enumerate(records, start=1):
            b.student_ids.append(create_student(b.session, b.actor, inp, today=b.today, change_code=change))
            if i % 50 == 0 or i == len(records):
                b.step("正在添加学生", 50 if i % 50 == 0 else i % 50)


def _insert_students_bulk(b: _Builder, records: list[tuple[StudentInput, str]]) -> None:
    """The rules of :func:`app.students.create_student`, written in batches.

    Same validation (``check_input``; uniqueness and the classes are guaranteed by
    construction here and checked once below), same pinyin keys, one status change
    and one audit entry per student with the same snapshot.
    """
    from app.students import STUDENT_FIELDS  # the audited fields, kept in one place

    s = b.session
    class_ids = {c.id for c in b.plan}
    class_names = {c.id: c.name for c in b.plan}
    seen_ids: set[str] = set()
    seen_numbers: set[str] = set()
    cleaned: list[tuple[StudentInput, str]] = []
    for inp, change in records:
        clean, errs = check_input(inp, today=b.today)
        if errs:
            raise errs[0]
        if clean.class_id not in class_ids:
            raise ValidationError("班级", "所选班级不存在或已撤销")
        if (clean.id_number and clean.id_number in seen_ids) or clean.student_number in seen_numbers:
            raise ValidationError("身份证件号", f"演示数据中重复:{clean.name}")
        if clean.id_number:
            seen_ids.add(clean.id_number)
        seen_numbers.add(clean.student_number)
        cleaned.append((clean, change))

    for start in range(0, len(cleaned), _BATCH):
        batch = cleaned[start:start + _BATCH]
        rows = []
        for clean, _change in batch:
            values = {n: getattr(clean, n) for n in STUDENT_FIELDS}
            values["id_number"] = values["id_number"] or None
            values["name_pinyin"], values["name_initials"] = pinyin_keys(clean.name)
            rows.append(Student(**values))
        s.add_all(rows)
        s.flush()
        for st, (clean, change) in zip(rows, batch):
            for i, g in enumerate(clean.guardians):
                s.add(Guardian(student_id=st.id, sort_order=i, **asdict(g)))
            s.add(StatusChange(student_id=st.id, code=change, effective_date=st.enrolled_on, from_status=None,
                               to_status="in_school", reason=CHANGE[change], recorded_by=b.actor.user_id))
            snap = audit.snapshot(st, STUDENT_FIELDS)
            snap["guardians"] = [asdict(g) for g in clean.guardians]
            audit.record(s, b.actor, "student.create", "student", st.id, after=snap,
                         summary=f"新增学生 {st.name}({class_names[st.class_id]})")
            b.student_ids.append(st.id)
        s.flush()
        b.step("正在添加学生", len(batch))


# --- stage 5: accounts --------------------------------------------------------------------


def _username(b: _Builder, name: str) -> str:
    surname, given = name[0], name[1:]
    base = f"{_SURNAME_PINYIN.get(surname) or ''.join(lazy_pinyin(surname))}.{''.join(lazy_pinyin(given))}"
    base = "".join(ch for ch in base.lower() if ch.isascii() and (ch.isalnum() or ch == "."))[:28]
    username, n = base, 1
    while username in b.used_usernames:
        n += 1
        username = f"{base}{n}"
    b.used_usernames.add(username)
    return username


def _add_user(b: _Builder, username: str, roles: set[str], display_name: str, staff_id: int | None) -> None:
    """An account with the shared demo hash (hashing once keeps the build fast), audited like create_user."""
    role_set = parse_roles(roles)
    user = User(username=username, display_name=display_name, staff_id=staff_id, password_hash=b.password_hash,
                roles=",".join(sorted(role_set)))
    b.session.add(user)
    b.session.flush()
    audit.record(b.session, b.actor, "account.create", "user_account", user.id, after=audit.snapshot(user),
                 summary=f"新建账户 {username}({'、'.join(ROLES[r] for r in sorted(role_set))})")
    b.accounts.append((username, _role_labels(role_set), DEMO_PASSWORD))


def _build_accounts(b: _Builder) -> None:
    """registrar, principal, one per head teacher, two subject teachers; all with DEMO_PASSWORD."""
    b.step("正在创建账户")
    registrar = next(s for s in b.staff if s.job == "registrar")
    principal = next(s for s in b.staff if s.job == "principal")
    b.used_usernames |= {"registrar", "principal"}
    _add_user(b, "registrar", {"registrar"}, registrar.name, registrar.id)
    _add_user(b, "principal", {"principal"}, principal.name, principal.id)
    for c in b.plan:
        _add_user(b, _username(b, c.head.name), {"class_teacher", "teacher"}, c.head.name, c.head.id)
    for t in [s for s in b.staff if s.job == "subject"][:2]:
        _add_user(b, _username(b, t.name), {"teacher"}, t.name, t.id)
    b.step("正在创建账户", 1)
