"""The demo school's stages before and after the students: the plan of classes, the school, its staff,
classes and teaching assignments (through :mod:`app.school`), and the login accounts.
"""

from __future__ import annotations

import math

from pypinyin import lazy_pinyin
from sqlmodel import select

from app import audit, school
from app.accounts import ROLES, parse_roles
from app.data.models import User
from app.demo.builder import (
    COUNTY_CODE,
    COUNTY_NAME,
    DEMO_PASSWORD,
    JUNIOR,
    MAX_CLASS_SIZE,
    MIXED_CLASS_MIN_STUDENTS,
    MIXED_CLASS_NAME,
    PRIMARY_HIGH,
    PRIMARY_LOW,
    SCHOOL_ADDRESS,
    SCHOOL_CODE,
    SCHOOL_NAME,
    SCHOOL_PHONE,
    SURNAME_PINYIN,
    TEACHING_POINT_VILLAGE,
    TOWNSHIP,
    VILLAGES,
    Builder,
    ClassPlan,
    StaffRec,
)


_ROLE_ORDER = ["admin", "principal", "registrar", "class_teacher", "teacher"]


def role_labels(roles: frozenset[str]) -> str:
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


def plan_classes(b: Builder) -> None:
    """How many students per grade and how they fall into classes (35–45 a class, never over 45)."""
    per_grade = _split(b.n_students, _GRADE_WEIGHTS)
    if b.n_students >= MIXED_CLASS_MIN_STUDENTS:
        g1, g2 = b.rng.randint(5, 9), b.rng.randint(5, 9)
        per_grade[1] -= g1
        per_grade[2] -= g2
        b.plan.append(ClassPlan(MIXED_CLASS_NAME, 1, (2,), {1: g1, 2: g2}, village=TEACHING_POINT_VILLAGE))
    main = []
    for grade, n in per_grade.items():
        k = max(1, math.ceil(n / MAX_CLASS_SIZE))
        for i in range(k):
            size = n // k + (1 if i < n % k else 0)
            main.append(ClassPlan(school.standard_class_name(grade, i + 1), grade, (), {grade: size}))
    b.plan[:0] = main  # graded classes first, the teaching point last


# --- stage 1: the school ----------------------------------------------------------------


def build_school(b: Builder) -> None:
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
    b.accounts.append(("admin", role_labels(frozenset({"admin"})), DEMO_PASSWORD))
    b.step("正在建立学校", 1)


# --- stage 2: staff ----------------------------------------------------------------------


def _subject_demand(b: Builder) -> dict[str, int]:
    demand: dict[str, int] = {}
    for i, c in enumerate(b.plan):
        for subj in _class_subjects(c, _head_subject(c, i)):
            demand[subj] = demand.get(subj, 0) + 1
    return demand


def _head_subject(c: ClassPlan, index: int) -> str:
    cycle = ["语文", "数学"] if c.grade_level <= 6 else ["语文", "数学", "英语"]
    return cycle[index % len(cycle)]


def _class_subjects(c: ClassPlan, head_subject: str) -> list[str]:
    """The subjects other teachers teach in a class (the head teacher teaches ``head_subject``)."""
    g = c.grade_level
    core = ["语文", "数学"] + (["英语"] if g >= 3 else [])
    extra = PRIMARY_LOW if g <= 2 else PRIMARY_HIGH if g <= 6 else JUNIOR
    extra = extra + (["生物"] if g in (7, 8) else []) + (["物理"] if g >= 8 else []) + (["化学"] if g == 9 else [])
    return [s for s in dict.fromkeys(core + extra) if s != head_subject]


def build_staff(b: Builder) -> None:
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
        b.staff.append(StaffRec(sid, name, sex, job, subj))
    b.step("正在添加教职工", 1)


# --- stage 3: classes and teaching ---------------------------------------------------------


def build_classes(b: Builder) -> None:
    """Each class with its head teacher (who teaches only there) and subject teachers spread by load."""
    b.step("正在建立班级")
    heads = [s for s in b.staff if s.job == "head"]
    by_subject: dict[str, list[StaffRec]] = {}
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




# --- stage 5: accounts --------------------------------------------------------------------


def _username(b: Builder, name: str) -> str:
    surname, given = name[0], name[1:]
    base = f"{SURNAME_PINYIN.get(surname) or ''.join(lazy_pinyin(surname))}.{''.join(lazy_pinyin(given))}"
    base = "".join(ch for ch in base.lower() if ch.isascii() and (ch.isalnum() or ch == "."))[:28]
    username, n = base, 1
    while username in b.used_usernames:
        n += 1
        username = f"{base}{n}"
    b.used_usernames.add(username)
    return username


def _add_user(b: Builder, username: str, roles: set[str], display_name: str, staff_id: int | None) -> None:
    """An account with the shared demo hash (hashing once keeps the build fast), audited like create_user."""
    role_set = parse_roles(roles)
    user = User(username=username, display_name=display_name, staff_id=staff_id, password_hash=b.password_hash,
                roles=",".join(sorted(role_set)))
    b.session.add(user)
    b.session.flush()
    audit.record(b.session, b.actor, "account.create", "user_account", user.id, after=audit.snapshot(user),
                 summary=f"新建账户 {username}({'、'.join(ROLES[r] for r in sorted(role_set))})")
    b.accounts.append((username, role_labels(role_set), DEMO_PASSWORD))


def build_accounts(b: Builder) -> None:
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
