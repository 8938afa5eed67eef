"""The school itself: first-run setup, school years and terms, classes and staff."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, func, select

from app import audit, events
from app.accounts import SYSTEM, Actor, create_user, require
from app.codes import GRADES
from app.data import keyring
from app.data.db import core
from app.data.models import School, SchoolClass, SchoolYear, Staff, Student, TeachingAssignment, Term
from app.errors import NotFound, ValidationError
from app.fields import clean as clean_field
from app.identity import check_county_code, check_phone, check_school_code


@dataclass(frozen=True)
class SchoolInfo:
    id: int
    code: str
    name: str
    county_code: str
    county_name: str
    township: str
    address: str
    phone: str
    principal_name: str
    is_demo: bool


def _school_info(s: School) -> SchoolInfo:
    return SchoolInfo(s.id, s.code, s.name, s.county_code, s.county_name, s.township, s.address, s.phone,
                      s.principal_name, s.is_demo)


def get_school(session: Session) -> SchoolInfo | None:
    s = session.exec(select(School).order_by(School.id)).first()
    return _school_info(s) if s else None


def is_set_up(session: Session) -> bool:
    return get_school(session) is not None


def default_terms(start_year: int) -> list[tuple[str, date, date]]:
    """The usual two terms of a school year starting in September of ``start_year``."""
    return [
        ("第一学期", date(start_year, 9, 1), date(start_year + 1, 1, 20)),
        ("第二学期", date(start_year + 1, 2, 20), date(start_year + 1, 7, 10)),
    ]


def school_year_start_for(day: date) -> int:
    return day.year if day.month >= 8 else day.year - 1


def check_school_fields(code: str, name: str, county_code: str, phone: str = "") -> tuple[str, str, str, str]:
    code = check_school_code(code)
    county_code = check_county_code(county_code)
    name = clean_field("school.name", name)
    phone = check_phone(phone, "学校电话") if phone.strip() else ""
    return code, name, county_code, phone


#: the school's free-text fields (``school.<name>`` in app.fields)
_SCHOOL_TEXTS = ("county_name", "township", "address", "principal_name")


def _school_texts(**values: str) -> dict[str, str]:
    return {key: clean_field(f"school.{key}", value) for key, value in values.items()}


def setup_school(
    session: Session,
    *,
    code: str,
    name: str,
    county_code: str,
    county_name: str = "",
    township: str = "",
    address: str = "",
    phone: str = "",
    principal_name: str = "",
    admin_username: str,
    admin_password: str,
    admin_display_name: str = "",
    today: date | None = None,
    is_demo: bool = False,
) -> SchoolInfo:
    """First run: the school, the current school year with its terms, the first admin."""
    if is_set_up(session):
        raise ValidationError("学校", "school.data_folder_already_has_school")
    code, name, county_code, phone = check_school_fields(code, name, county_code, phone)
    texts = _school_texts(county_name=county_name, township=township, address=address,
                          principal_name=principal_name)
    school = School(code=code, name=name, county_code=county_code, phone=phone, is_demo=is_demo, **texts)
    session.add(school)
    session.flush()
    audit.record(session, SYSTEM, "school.setup", "school", school.id, after=audit.snapshot(school),
                 summary=f"设置学校 {name}({code})")
    add_school_year(session, SYSTEM, school_year_start_for(today or date.today()))
    keyring.stage_school(session, code=code, name=name, is_demo=is_demo)
    create_user(session, SYSTEM, admin_username, admin_password, {"admin"}, display_name=admin_display_name)
    return _school_info(school)


def update_school(session: Session, actor: Actor, **fields) -> SchoolInfo:
    require(actor, "school.manage")
    s = session.exec(select(School)).first()
    if s is None:
        raise NotFound("school.no_school_set_up_yet")
    before = audit.snapshot(s)
    merged = {**before, **fields}
    code, name, county_code, phone = check_school_fields(merged["code"], merged["name"], merged["county_code"],
                                                          merged.get("phone") or "")
    texts = _school_texts(**{k: v for k, v in fields.items() if k in _SCHOOL_TEXTS})
    for key, value in {**texts, "code": code, "name": name, "county_code": county_code, "phone": phone}.items():
        setattr(s, key, value)
    session.add(s)
    audit.record(session, actor, "school.update", "school", s.id, before=before, after=audit.snapshot(s),
                 summary="修改学校信息")
    keyring.stage_school(session, code=code, name=name, is_demo=s.is_demo)
    return _school_info(s)


# --- school years and terms ------------------------------------------------------


@dataclass(frozen=True)
class TermInfo:
    id: int
    school_year: str
    name: str
    start_date: date
    end_date: date

    @property
    def label(self) -> str:
        return f"{self.school_year} {self.name}"


def add_school_year(session: Session, actor: Actor, start_year: int,
                    terms: list[tuple[str, date, date]] | None = None) -> int:
    require(actor, "school.manage")
    name = f"{start_year}-{start_year + 1}学年"
    if session.exec(select(SchoolYear).where(SchoolYear.name == name)).first():
        raise ValidationError("学年", "school.already_exists", name=name)
    terms = terms or default_terms(start_year)
    for tname, start, end in terms:
        if end <= start:
            raise ValidationError("学期", "school.end_date_must_after_start", tname=tname)
    ordered = sorted(terms, key=lambda t: t[1])
    for (n1, _s1, e1), (n2, s2, _e2) in zip(ordered, ordered[1:]):
        if s2 <= e1:
            raise ValidationError("学期", "school.dates_overlap", n1=n1, n2=n2)
    year = SchoolYear(name=name, start_date=ordered[0][1], end_date=ordered[-1][2])
    session.add(year)
    session.flush()
    for tname, start, end in ordered:
        session.add(Term(school_year_id=year.id, name=tname, start_date=start, end_date=end))
    audit.record(session, actor, "school_year.create", "school_year", year.id,
                 after={"name": name, "terms": [(t, s.isoformat(), e.isoformat()) for t, s, e in ordered]},
                 summary=f"新建{name}")
    return year.id


#: the terms in date order, with their school year's name (the fields of :class:`TermInfo`)
TERMS = (select(Term.id, SchoolYear.name, Term.name, Term.start_date, Term.end_date)
          .join(SchoolYear, SchoolYear.id == Term.school_year_id).order_by(Term.start_date))


def list_terms(session: Session) -> list[TermInfo]:
    return [TermInfo(*row) for row in core(session).execute(TERMS)]


def term_on(session: Session, day: date) -> TermInfo | None:
    for t in list_terms(session):
        if t.start_date <= day <= t.end_date:
            return t
    return None


# --- classes -------------------------------------------------------------------

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CLASS_RE = re.compile(r"^\s*([一二三四五六七八九1-9])\s*年级\s*[(\uff08]?\s*(\d{1,2})\s*[)\uff09]?\s*班?\s*$")


def parse_class_name(name: str) -> tuple[int, int] | None:
    """``三年级(2)班`` → (3, 2); None when the name does not say its grade."""
    m = _CLASS_RE.match(name)
    if not m:
        return None
    g = m.group(1)
    return (_CN_DIGITS.get(g) or int(g)), int(m.group(2))


def standard_class_name(grade_level: int, number: int) -> str:
    return f"{GRADES[grade_level]}({number})班"


def normalize_class_name(name: str) -> str:
    """One spelling per class: ``3年级2班`` and ``三年级(2)班`` both become ``三年级(2)班``."""
    parsed = parse_class_name(name)
    return standard_class_name(*parsed) if parsed else name.strip()


@dataclass(frozen=True)
class ClassInfo:
    id: int
    name: str
    grade_level: int
    grade_levels: tuple[int, ...]
    head_teacher_id: int | None
    head_teacher_name: str
    active: bool
    student_count: int

    @property
    def mixed(self) -> bool:
        return len(self.grade_levels) > 1


def _grade_levels(c: SchoolClass) -> tuple[int, ...]:
    extra = [int(x) for x in c.extra_grade_levels.split(",") if x.strip()]
    return tuple(sorted({c.grade_level, *extra}))


def list_classes(session: Session, actor: Actor | None = None, *, only_active: bool = True) -> list[ClassInfo]:
    counts = dict(session.exec(
        select(Student.class_id, func.count()).where(Student.status == "in_school").group_by(Student.class_id)
    ).all())
    stmt = select(SchoolClass, Staff).join(Staff, SchoolClass.head_teacher_id == Staff.id, isouter=True)
    if only_active:
        stmt = stmt.where(SchoolClass.active == True)  # noqa: E712
    rows = session.exec(stmt.order_by(SchoolClass.grade_level, SchoolClass.name)).all()
    out = []
    for c, head in rows:
        if actor is not None and not actor.has("student.view_all") and c.id not in actor.class_ids:
            continue
        out.append(ClassInfo(c.id, c.name, c.grade_level, _grade_levels(c), c.head_teacher_id,
                             head.name if head else "", c.active, counts.get(c.id, 0)))
    return out


def _check_class_fields(session: Session, name: str, grade_level: int, extra: tuple[int, ...],
                        head_teacher_id: int | None, class_id: int | None = None) -> str:
    name = normalize_class_name(clean_field("class.name", name))
    if grade_level not in GRADES:
        raise ValidationError("年级", "school.must_1_9_primary_grade", grade_level=grade_level)
    for g in extra:
        if g not in GRADES:
            raise ValidationError("复式班年级", "school.not_grade_between_1_9", g=g)
    clash = session.exec(select(SchoolClass).where(SchoolClass.name == name)).first()
    if clash and clash.id != class_id:
        raise ValidationError("班级名称", "school.already_exists_2", name=name)
    if head_teacher_id is not None:
        staff = session.get(Staff, head_teacher_id)
        if staff is None or not staff.active:
            raise ValidationError("班主任", "school.chosen_teacher_does_not_exist")
    return name


def create_class(session: Session, actor: Actor, name: str, grade_level: int, *,
                 extra_grade_levels: tuple[int, ...] = (), head_teacher_id: int | None = None) -> int:
    require(actor, "school.manage")
    name = _check_class_fields(session, name, grade_level, extra_grade_levels, head_teacher_id)
    c = SchoolClass(name=name, grade_level=grade_level,
                    extra_grade_levels=",".join(str(g) for g in sorted(set(extra_grade_levels) - {grade_level})),
                    head_teacher_id=head_teacher_id)
    session.add(c)
    session.flush()
    audit.record(session, actor, "class.create", "school_class", c.id, after=audit.snapshot(c),
                 summary=f"新建班级 {name}")
    return c.id


def update_class(session: Session, actor: Actor, class_id: int, *, name: str | None = None,
                 grade_level: int | None = None, extra_grade_levels: tuple[int, ...] | None = None,
                 head_teacher_id: int | None | bool = False, active: bool | None = None) -> None:
    """Change a class; ``head_teacher_id=False`` (default) leaves the head teacher as is."""
    require(actor, "school.manage")
    c = session.get(SchoolClass, class_id)
    if c is None:
        raise NotFound("common.class_does_not_exist", class_id=class_id)
    before = audit.snapshot(c)
    new_head = c.head_teacher_id if head_teacher_id is False else head_teacher_id
    new_grade = grade_level if grade_level is not None else c.grade_level
    # by default a mixed class keeps its grades and a plain class stays plain (moved up a grade, it is not
    # a mixed class of its old and new grade)
    new_extra = extra_grade_levels if extra_grade_levels is not None else \
        (_grade_levels(c) if c.extra_grade_levels else ())
    c.name = _check_class_fields(session, name if name is not None else c.name, new_grade, tuple(new_extra),
                                 new_head, class_id)
    c.grade_level = new_grade
    c.extra_grade_levels = ",".join(str(g) for g in sorted(set(new_extra) - {new_grade}))
    c.head_teacher_id = new_head
    if active is not None:
        c.active = active
    session.add(c)
    audit.record(session, actor, "class.update", "school_class", c.id, before=before, after=audit.snapshot(c),
                 summary=f"修改班级 {c.name}")


# --- staff ----------------------------------------------------------------------


@dataclass(frozen=True)
class StaffInfo:
    id: int
    name: str
    sex: str
    phone: str
    title: str
    village: str
    active: bool
    left_on: date | None


def _staff_info(s: Staff) -> StaffInfo:
    return StaffInfo(s.id, s.name, s.sex, s.phone, s.title, s.village, s.active, s.left_on)


def list_staff(session: Session, *, only_active: bool = True) -> list[StaffInfo]:
    stmt = select(Staff)
    if only_active:
        stmt = stmt.where(Staff.active == True)  # noqa: E712
    return [_staff_info(s) for s in session.exec(stmt.order_by(Staff.name))]


def create_staff(session: Session, actor: Actor, name: str, *, sex: str = "", phone: str = "", title: str = "",
                 village: str = "") -> int:
    require(actor, "staff.manage")
    name = clean_field("staff.name", name)
    if sex and sex not in ("1", "2"):
        raise ValidationError("性别", "common.must_1_male_2_female")
    phone = check_phone(phone, "教职工电话") if phone.strip() else ""
    s = Staff(name=name, sex=sex, phone=phone, title=clean_field("staff.title", title),
              village=clean_field("staff.village", village))
    session.add(s)
    session.flush()
    audit.record(session, actor, "staff.create", "staff", s.id, after=audit.snapshot(s), summary=f"新增教职工 {name}")
    return s.id


def staff_leaves(session: Session, actor: Actor, staff_id: int, left_on: date) -> None:
    require(actor, "staff.manage")
    s = session.get(Staff, staff_id)
    if s is None:
        raise NotFound("common.staff_member_does_not_exist", staff_id=staff_id)
    before = audit.snapshot(s)
    s.active, s.left_on = False, left_on
    session.add(s)
    audit.record(session, actor, "staff.leave", "staff", s.id, before=before, after=audit.snapshot(s),
                 summary=f"{s.name} 离职")
    events.emit(session, events.StaffLeft(actor, staff_id, left_on))  # the mentees reappear as uncovered


def assign_teaching(session: Session, actor: Actor, staff_id: int, class_id: int, subject: str = "") -> None:
    require(actor, "school.manage")
    if session.get(Staff, staff_id) is None:
        raise NotFound("common.staff_member_does_not_exist", staff_id=staff_id)
    if session.get(SchoolClass, class_id) is None:
        raise NotFound("common.class_does_not_exist", class_id=class_id)
    if session.get(TeachingAssignment, (staff_id, class_id)):
        return
    session.add(TeachingAssignment(staff_id=staff_id, class_id=class_id, subject=subject))
    audit.record(session, actor, "teaching.assign", "staff", staff_id,
                 after={"class_id": class_id, "subject": subject}, summary="安排任教班级")
