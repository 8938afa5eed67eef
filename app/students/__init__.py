"""The student registry: search, the student page, add and edit, status history.

Every rule about a student record lives here (validation, permissions, audit),
so the edit dialog, the roster importer and the CLI all go through it.
"""

from __future__ import annotations

import itertools
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, timezone
from functools import lru_cache

from sqlalchemy import or_
from sqlmodel import Session, col, func, select

from app import audit, events
from app.accounts import Actor, can_edit_class, can_view_class, require, require_class_edit, require_class_view
from app.codes import (
    BOARDING,
    CHANGE,
    CHANGE_FORBIDDEN_IN_COMPULSORY,
    DISABILITY,
    DOC_TYPE,
    ETHNICITY,
    GRADES,
    HEALTH,
    HOUSEHOLD,
    HUKOU,
    LEFT_BEHIND,
    RELATION,
    SEX,
    STATUS,
)
from app.data.models import AuditEntry, Guardian, SchoolClass, Staff, StatusChange, Student
from app.errors import NotFound, ValidationError
from app.messages import Label, Message, label, msg, read_back
from app.fields import FIELDS
from app.identity import check_document, check_phone, check_student_number

# --- pinyin ----------------------------------------------------------------------

_MAX_VARIANTS = 8


@lru_cache(maxsize=20_000)  # a name is looked up once however many pupils have it (an import checks thousands)
def pinyin_keys(name: str) -> tuple[str, str]:
    """Full pinyin and the initials of a name, for search.

    Initials keep every reading of polyphonic characters (曾 → z|c), stored as
    ``|zs|cs|`` so that ``LIKE '%|zs%'`` finds any reading by its prefix.
    """
    # pypinyin decodes its phrase dictionary on import (a third of the start-up time): only when needed
    from pypinyin import Style, pinyin

    # one conversion gives both: every reading of each character, the first being the one it takes without
    # heteronyms, and pypinyin's first letter of a reading is the first letter of its plain form (the same keys as
    # the two calls pinyin(NORMAL) and pinyin(FIRST_LETTER, heteronym=True); tests/students/test_students.py)
    readings = pinyin(name, style=Style.NORMAL, heteronym=True, errors="ignore")
    full = "".join(p[0] for p in readings).lower()
    choices = [sorted({c[:1].lower() for c in opts if c}) or [""] for opts in readings]
    variants = []
    for combo in itertools.islice(itertools.product(*choices), _MAX_VARIANTS):
        v = "".join(combo)
        if v and v not in variants:
            variants.append(v)
    return full, ("|" + "|".join(variants) + "|") if variants else ""


# --- focus groups -------------------------------------------------------------------

FOCUS_GROUPS: dict[str, str] = {
    "household_status": "脱贫户/防返贫监测户",
    "poor_household": "建档立卡贫困户",
    "left_behind": "留守儿童",
    "migrant_child": "随迁子女",
    "learning_difficulty": "学习困难",
    "disabled": "残疾儿童",
    "orphan": "孤儿",
    "prisoner_child": "服刑人员子女",
    "economic_hardship": "家庭经济困难",
    "de_facto_unsupported": "事实无人抚养儿童",
    "hardship_child": "困境儿童",
    "case_involved": "涉案未成年人",
}
#: the student column whose value (truthy) puts a pupil in each focus group
FOCUS_COLUMN: dict[str, str] = {k: "disability_type" if k == "disabled" else k for k in FOCUS_GROUPS}

#: the registry's filter for pupils who have no 学籍号 yet (not a focus group)
UNREGISTERED = "unregistered"
UNREGISTERED_LABEL = "待注册学籍"
#: the registry's filter for a G 学籍号 that does not carry the current ID number (accepted, to check)
NUMBER_MISMATCH = "number_mismatch"
NUMBER_MISMATCH_LABEL = "学籍号与身份证号不一致"
#: filters of the registry's group list that are about the 学籍号, not focus groups
NUMBER_FILTERS: dict[str, str] = {UNREGISTERED: UNREGISTERED_LABEL, NUMBER_MISMATCH: NUMBER_MISMATCH_LABEL}


def _focus_condition(key: str):
    if key == "left_behind":
        return Student.left_behind > 0
    if key == "disabled":
        return col(Student.disability_type).is_not(None)
    if key == "household_status":
        return Student.household_status != ""
    if key == UNREGISTERED:
        return col(Student.student_number).is_(None)
    if key == NUMBER_MISMATCH:
        return (col(Student.student_number).like("G%") & (Student.id_doc_type == "1")
                & col(Student.id_number).is_not(None) & (func.length(Student.student_number) == 19)
                & (func.substr(Student.student_number, 2) != Student.id_number))
    if key == "any":
        return or_(*[_focus_condition(k) for k in FOCUS_GROUPS])
    if key not in FOCUS_GROUPS:
        raise ValidationError("重点群体", "students.unknown_filter", key=key)
    return getattr(Student, key) == True  # noqa: E712


def any_focus_condition():
    """SQL: the pupil is in at least one focus group (the registry's "any" filter, who needs a mentor)."""
    return _focus_condition("any")


def focus_groups_of(s) -> list[str]:
    return [key for key, column in FOCUS_COLUMN.items() if getattr(s, column)]


# --- input ------------------------------------------------------------------------


@dataclass
class GuardianInput:
    name: str
    relation: str
    phone: str = ""
    lives_with_child: bool = False
    works_away: bool = False
    work_place: str = ""
    is_guardian: bool = True


@dataclass
class StudentInput:
    """What a person types for a student (add dialog, import row, CLI)."""

    name: str
    sex: str
    birth_date: date | None
    student_number: str | None  # empty / None: not registered yet (待注册学籍)
    class_id: int | None
    grade_level: int | None = None
    id_doc_type: str = "1"
    id_number: str = ""
    ethnicity: str = "01"
    enrolled_on: date | None = None
    hukou: str = "1"
    health: str = "10"
    boarding: str = "1"
    address: str = ""
    township: str = ""
    village: str = ""
    poor_household: bool = False
    left_behind: int = 0
    migrant_child: bool = False
    learning_difficulty: bool = False
    disability_type: str | None = None
    orphan: bool = False
    prisoner_child: bool = False
    economic_hardship: bool = False
    martyr_child: bool = False
    only_child: bool = False
    phone: str = ""
    inclusive_class: bool = False
    de_facto_unsupported: bool = False
    hardship_child: bool = False
    case_involved: bool = False
    household_status: str = ""
    notes: str = ""
    guardians: list[GuardianInput] = field(default_factory=list)


STUDENT_FIELDS = [f.name for f in fields(StudentInput) if f.name != "guardians"]

#: the fields of each input dataclass (for :func:`replaced`)
_INPUT_FIELDS = {cls: frozenset(f.name for f in fields(cls)) for cls in (GuardianInput, StudentInput)}


def replaced(obj, **changes):
    """``dataclasses.replace`` for :class:`StudentInput` and :class:`GuardianInput` (plain fields: no
    ``__post_init__``, no ``init=False`` field), without running ``__init__`` again: a roster import makes
    tens of thousands of them. Like ``replace``, a field not changed keeps the same value (not a copy)."""
    cls = type(obj)
    unknown = changes.keys() - _INPUT_FIELDS[cls]
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
    new = cls.__new__(cls)
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


def _one(errors: list[ValidationError], fn, *args):
    try:
        return fn(*args)
    except ValidationError as e:
        errors.append(e)
        return None


def _code_in(errors, table: dict, value, label: str):
    if value not in table:
        errors.append(ValidationError(label, "students.code_not_national_code_table", value=value))


#: the student's free-text fields, checked by their rules in app.fields (``student.<attr>``)
_TEXT_ATTRS = ("address", "township", "village", "notes")


def check_input(inp: StudentInput, *, today: date | None = None) -> tuple[StudentInput, list[ValidationError]]:
    """Validate and normalise everything that needs no database. Returns all errors, not just the first."""
    today = today or date.today()
    errs: list[ValidationError] = []
    name = _one(errs, FIELDS["student.name"].clean, inp.name) or ""
    texts = {attr: _one(errs, FIELDS[f"student.{attr}"].clean, getattr(inp, attr)) or ""
             for attr in _TEXT_ATTRS}
    if inp.sex not in SEX:
        errs.append(ValidationError("性别", "common.must_1_male_2_female"))
    birth_ok = False
    if inp.birth_date is None:
        errs.append(ValidationError("出生日期", "common.cannot_empty"))
    elif inp.birth_date > today:
        errs.append(ValidationError("出生日期", "students.cannot_after_today"))
    elif not (3 <= (today.year - inp.birth_date.year) <= 25):
        errs.append(ValidationError("出生日期", "students.does_not_fit_age_compulsory", birth_date=inp.birth_date))
    else:
        birth_ok = True
    _code_in(errs, ETHNICITY, inp.ethnicity, "民族")
    _code_in(errs, DOC_TYPE, inp.id_doc_type, "身份证件类型")
    _code_in(errs, HUKOU, inp.hukou, "户口性质")
    _code_in(errs, HEALTH, inp.health, "健康状况")
    _code_in(errs, BOARDING, inp.boarding, "就读方式")
    if str(inp.left_behind) not in LEFT_BEHIND:
        errs.append(ValidationError("留守儿童", "students.must_0_no_1_one"))
    if (inp.household_status or "") not in HOUSEHOLD:
        errs.append(ValidationError("脱贫户或监测户", "students.unknown_kind_household",
                                               household_status=inp.household_status))
    if inp.disability_type and inp.disability_type not in DISABILITY:
        errs.append(ValidationError("残疾类型", "students.unknown_kind_disability", disability_type=inp.disability_type))
    id_number = (inp.id_number or "").strip()
    if id_number:
        # The number itself is always checked; it is compared only with a sex and birth date that are valid
        # themselves, so one mistake gives one message.
        if inp.id_doc_type in DOC_TYPE:
            checked = _one(errs, check_document, inp.id_doc_type, id_number, inp.sex if inp.sex in SEX else None,
                           inp.birth_date if birth_ok else None)
            id_number = checked or id_number
    elif inp.id_doc_type == "1" and (inp.student_number or "").strip().upper().startswith("G"):
        errs.append(ValidationError("身份证件号", "students.student_number_starting_g_needs"))
    # 学籍号 is optional until the school registers the child (待注册学籍); a G number may differ
    # from the current ID number (the ID changed later): accepted, see student_number_warning
    student_number = None
    if (inp.student_number or "").strip():
        student_number = _one(errs, check_student_number, inp.student_number, None)
    phone = (inp.phone or "").strip()
    if phone:
        phone = _one(errs, check_phone, phone, "联系电话") or phone
    grade = inp.grade_level
    if grade is not None and grade not in GRADES:
        errs.append(ValidationError("年级", "students.must_1_9_not", grade=grade))
    if inp.enrolled_on and inp.enrolled_on > today:
        errs.append(ValidationError("入学日期", "students.cannot_after_today"))
    if inp.enrolled_on and birth_ok and inp.enrolled_on <= inp.birth_date:
        errs.append(ValidationError("入学日期", "students.cannot_before_date_birth"))
    guardians = []
    for i, g in enumerate(inp.guardians, start=1):
        label = f"监护人{i}"
        gname = _one(errs, FIELDS["guardian.name"].clean, g.name, f"{label}姓名") or ""
        work_place = _one(errs, FIELDS["guardian.work_place"].clean, g.work_place, f"{label}务工地点") or ""
        if g.relation not in RELATION:
            errs.append(ValidationError(f"{label}关系", "cases.unknown_relation", guardian_relation=g.relation))
        phone = (g.phone or "").strip()
        if phone:
            phone = _one(errs, check_phone, phone, f"{label}电话") or phone
        guardians.append(replaced(g, name=gname, phone=phone, work_place=work_place))
    family_phone = (getattr(inp, "phone", "") or "").strip()  # the family's 联系电话, not a guardian's
    if family_phone:
        family_phone = _one(errs, check_phone, family_phone, "联系电话") or family_phone
    out = replaced(inp, name=name, id_number=id_number,
                  student_number=student_number or (inp.student_number or "").strip().upper() or None,
                  phone=family_phone, household_status=inp.household_status or "",
                  **texts,
                  disability_type=inp.disability_type or None, left_behind=int(inp.left_behind or 0),
                  guardians=guardians)
    return out, errs


def home_address(s) -> str:
    """Township, village and address as printed, each cut to its field's length (an older version may have
    stored more, and a printed form must still fit its page)."""
    text = "".join(p for p in (FIELDS["student.township"].shorten(s.township),
                               FIELDS["student.village"].shorten(s.village)) if p)
    address = FIELDS["student.address"].shorten(s.address)
    if address and address not in text:
        text = f"{text} {address}".strip()
    return text


def number_mismatch(student_number: str | None, id_doc_type: str, id_number: str | None) -> bool:
    """A formal G 学籍号 (G + the 18-character ID it was issued for) that is not G + the current ID number."""
    sn = (student_number or "").strip().upper()
    if not (sn.startswith("G") and len(sn) == 19 and id_doc_type == "1" and id_number):
        return False
    return sn[1:] != id_number.strip().upper()


def student_number_warning(inp: StudentInput) -> Message | None:
    """The warning recorded when a G 学籍号 does not carry the current ID number (the ID changed later).

    Worked out from the record itself (学籍号, ID type and number), so it is kept with the student as long
    as the two differ and goes when either is corrected; the registry filters on it (NUMBER_MISMATCH)."""
    if not number_mismatch(inp.student_number, inp.id_doc_type, inp.id_number):
        return None
    sn = (inp.student_number or "").strip().upper()
    return msg("students.number_mismatch_warning", sn=sn, id_number=inp.id_number)


def check_against_db(session: Session, inp: StudentInput, student_id: int | None = None) -> list[ValidationError]:
    """The checks that need the database: uniqueness and the class."""
    errs: list[ValidationError] = []
    if inp.id_number:
        other = session.exec(select(Student.id, Student.name).where(Student.id_number == inp.id_number)).first()
        if other and other[0] != student_id:
            errs.append(ValidationError("身份证件号", "students.already_used_student", other=other[1]))
    if inp.student_number:
        other = session.exec(select(Student.id, Student.name).where(Student.student_number == inp.student_number)).first()
        if other and other[0] != student_id:
            errs.append(ValidationError("全国学籍号", "students.already_used_student", other=other[1]))
    if inp.class_id is None:
        errs.append(ValidationError("班级", "students.choose_class"))
    else:
        c = session.get(SchoolClass, inp.class_id)
        if c is None or not c.active:
            errs.append(ValidationError("班级", "common.chosen_class_does_not_exist"))
    return errs


def validate(session: Session, inp: StudentInput, student_id: int | None = None,
             today: date | None = None) -> tuple[StudentInput, list[ValidationError]]:
    clean, errs = check_input(inp, today=today)
    return clean, errs + check_against_db(session, clean, student_id)


def raise_first(errs: list[ValidationError]) -> None:
    if errs:
        if len(errs) == 1:
            raise errs[0]
        raise ValidationError(errs[0].field, "students.and_more_errors", reason=errs[0].why, more=len(errs) - 1)


def apply_input(s: Student, inp: StudentInput, class_grade: int) -> None:
    for name in STUDENT_FIELDS:
        value = getattr(inp, name)
        if name == "id_number":
            value = value or None
        if name == "grade_level":
            value = value or class_grade
        if name == "enrolled_on" and value is None:
            continue
        setattr(s, name, value)
    s.name_pinyin, s.name_initials = pinyin_keys(s.name)


def _replace_guardians(session: Session, student_id: int, guardians: list[GuardianInput]) -> None:
    for g in session.exec(select(Guardian).where(Guardian.student_id == student_id)):
        session.delete(g)
    for i, g in enumerate(guardians):
        session.add(Guardian(student_id=student_id, sort_order=i, **asdict(g)))


def _full_snapshot(session: Session, s: Student) -> dict:
    snap = audit.snapshot(s, STUDENT_FIELDS)
    snap["guardians"] = [asdict(g) for g in guardians_of(session, s.id)] if s.id else []
    return snap


def create_student(session: Session, actor: Actor, inp: StudentInput, *, today: date | None = None,
                   change_code: str = "11", reason: str = "") -> int:
    require(actor, "student.create")
    clean, errs = validate(session, inp, today=today)
    raise_first(errs)
    c = session.get(SchoolClass, clean.class_id)
    s = Student(name=clean.name, sex=clean.sex, birth_date=clean.birth_date, student_number=clean.student_number,
                grade_level=clean.grade_level or c.grade_level, enrolled_on=clean.enrolled_on or (today or date.today()))
    apply_input(s, clean, c.grade_level)
    session.add(s)
    session.flush()
    _replace_guardians(session, s.id, clean.guardians)
    session.add(StatusChange(student_id=s.id, code=change_code, effective_date=s.enrolled_on, from_status=None,
                             to_status="in_school", reason=reason or CHANGE[change_code], recorded_by=actor.user_id))
    session.flush()
    after = _full_snapshot(session, s)
    warning = student_number_warning(clean)
    if warning:
        after["warning"] = str(warning)  # stored as its Chinese
    audit.record(session, actor, "student.create", "student", s.id, after=after,
                 summary=f"新增学生 {s.name}({c.name})" + (f";注意:{warning}" if warning else ""))
    return s.id


def update_student(session: Session, actor: Actor, student_id: int, inp: StudentInput, *,
                   today: date | None = None) -> None:
    s = session.get(Student, student_id)
    if s is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    require_class_edit(actor, s.class_id, msg("access.the_student", name=s.name))
    if inp.class_id != s.class_id:
        require_class_edit(actor, inp.class_id, msg("access.target_class"))
    clean, errs = validate(session, inp, student_id, today=today)
    raise_first(errs)
    before = _full_snapshot(session, s)
    c = session.get(SchoolClass, clean.class_id)
    apply_input(s, clean, c.grade_level)
    s.updated_at = datetime.now(timezone.utc)
    session.add(s)
    _replace_guardians(session, s.id, clean.guardians)
    session.flush()
    after = _full_snapshot(session, s)
    warning = student_number_warning(clean)
    if warning:
        after["warning"] = str(warning)  # stored as its Chinese
    audit.record(session, actor, "student.update", "student", s.id, before=before, after=after,
                 summary=f"修改学生 {s.name}" + (f";注意:{warning}" if warning else ""))


def input_of(session: Session, actor: Actor, student_id: int) -> StudentInput:
    """The current record as an editable input (for the edit dialog)."""
    s = _get_visible(session, actor, student_id)
    values = {n: getattr(s, n) for n in STUDENT_FIELDS}
    values["id_number"] = values["id_number"] or ""
    return StudentInput(**values, guardians=guardians_of(session, student_id))


def guardians_of(session: Session, student_id: int) -> list[GuardianInput]:
    rows = session.exec(select(Guardian).where(Guardian.student_id == student_id).order_by(Guardian.sort_order))
    return [GuardianInput(g.name, g.relation, g.phone, g.lives_with_child, g.works_away, g.work_place, g.is_guardian)
            for g in rows]


# --- reading ----------------------------------------------------------------------


@dataclass(frozen=True)
class StudentRow:
    """One line of the registry table."""

    id: int
    name: str
    sex: str
    birth_date: date
    student_number: str
    id_number: str
    class_id: int | None
    class_name: str
    grade_level: int
    status: str
    village: str
    focus: tuple[str, ...]
    id_doc_type: str = "1"

    @property
    def unregistered(self) -> bool:
        return not self.student_number

    @property
    def number_warning(self) -> bool:
        """The G 学籍号 does not carry the current ID number (see student_number_warning)."""
        return number_mismatch(self.student_number, self.id_doc_type, self.id_number)

    @property
    def sex_label(self) -> str:
        return SEX.get(self.sex, "")

    @property
    def status_label(self) -> str:
        return STATUS.get(self.status, self.status)

    @property
    def focus_label(self) -> str:
        return "、".join(FOCUS_GROUPS[k] for k in self.focus)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(
    session: Session,
    actor: Actor,
    text: str = "",
    *,
    class_id: int | None = None,
    status: str | None = None,
    focus: str | None = None,
    grade_level: int | None = None,
    limit: int | None = None,
) -> list[StudentRow]:
    """Find students by name, pinyin initials (``zs`` → 张三), ID number, 学籍号 or class name."""
    stmt = _search_statement(select(*_ROW_COLUMNS, SchoolClass.name), actor, text, class_id=class_id,
                             status=status, focus=focus, grade_level=grade_level)
    stmt = stmt.order_by(Student.grade_level, SchoolClass.name, Student.name_pinyin, Student.id)
    if limit:
        stmt = stmt.limit(limit)
    return [_student_row(r) for r in session.exec(stmt)]


#: ASCII letters folded to lower case and nothing else: SQLite's LIKE (without ICU) is case-blind for ASCII only
_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class LoadedRoster:
    """Every row :func:`search` lists for one set of filters, searched again in memory at each keystroke.

    :meth:`find` gives exactly what :func:`search_page` would for the same filters (the same conditions
    — name or class name containing the text, and for ASCII text the ID number or 学籍号 containing it,
    and for letters the pinyin starting with it or the initials of a syllable — with LIKE's
    case-blindness for ASCII, in the same order), without a query per keystroke (issue #18: < 16 ms a key)."""

    def __init__(self, rows: list[StudentRow], pinyin: list[str], initials: list[str]):
        self.rows = rows
        fold = _ASCII_FOLD
        self._names = [f"{r.name}\0{r.class_name}".translate(fold) for r in rows]
        self._numbers = [f"{r.id_number}\0{r.student_number}".translate(fold) for r in rows]
        self._pinyin = [p.translate(fold) for p in pinyin]
        self._initials = [i.translate(fold) for i in initials]

    def find(self, text: str, limit: int) -> tuple[list[StudentRow], int]:
        """The first ``limit`` rows matching ``text``, and how many match in all."""
        q = (text or "").strip()
        if not q:
            return self.rows[:limit], len(self.rows)
        needle = q.translate(_ASCII_FOLD)
        hits = [i for i, hay in enumerate(self._names) if needle in hay]
        if q.isascii():
            more = {i for i, hay in enumerate(self._numbers) if needle in hay}
            if q.lower().isalpha():
                syllable = "|" + needle
                more.update(i for i, p in enumerate(self._pinyin) if p.startswith(needle))
                more.update(i for i, n in enumerate(self._initials) if syllable in n)
            if more:
                hits = sorted(more.union(hits))
        rows = self.rows
        return [rows[i] for i in hits[:limit]], len(hits)


def load_roster(session: Session, actor: Actor, *, class_id: int | None = None, status: str | None = None,
                focus: str | None = None, grade_level: int | None = None) -> LoadedRoster:
    """What :func:`search` lists without a text, ready to be searched in memory (:class:`LoadedRoster`)."""
    stmt = _search_statement(select(*_ROW_COLUMNS, Student.name_pinyin, Student.name_initials, SchoolClass.name),
                             actor, "", class_id=class_id, status=status, focus=focus, grade_level=grade_level)
    stmt = stmt.order_by(Student.grade_level, SchoolClass.name, Student.name_pinyin, Student.id)
    rows, pinyin, initials = [], [], []
    for r in session.exec(stmt):
        rows.append(_student_row(r))
        pinyin.append(r.name_pinyin or "")
        initials.append(r.name_initials or "")
    return LoadedRoster(rows, pinyin, initials)


def _student_row(r) -> StudentRow:
    """A registry line from a row of ``_ROW_COLUMNS`` (…, the class name last)."""
    return StudentRow(r.id, r.name, r.sex, r.birth_date, r.student_number or "", r.id_number or "", r.class_id,
                      r[-1] or "", r.grade_level, r.status, r.village, tuple(focus_groups_of(r)), r.id_doc_type)


def search_page(session: Session, actor: Actor, text: str = "", *, limit: int, class_id: int | None = None,
                status: str | None = None, focus: str | None = None,
                grade_level: int | None = None) -> tuple[list[StudentRow], int]:
    """The first ``limit`` rows :func:`search` finds, and how many it finds in all.

    The count is a second, bare ``count(*)`` only when there are more: cheaper than building a
    row for every hit, or than a window count over the sorted rows.
    """
    filters = dict(class_id=class_id, status=status, focus=focus, grade_level=grade_level)
    rows = search(session, actor, text, limit=limit + 1, **filters)
    if len(rows) <= limit:
        return rows, len(rows)
    stmt = _search_statement(select(func.count(Student.id)).select_from(Student), actor, text, **filters)
    return rows[:limit], session.exec(stmt).one()


def _search_statement(stmt, actor: Actor, text: str, *, class_id: int | None, status: str | None,
                      focus: str | None, grade_level: int | None):
    """``stmt`` (columns chosen by the caller) restricted to what the actor may see and the search asks for."""
    # Only the columns the list shows: loading whole Student objects costs several times more
    # for a 5,000-pupil school (see bench/bench_foundation.py).
    stmt = stmt.join(SchoolClass, Student.class_id == SchoolClass.id, isouter=True)
    if not actor.has("student.view_all"):
        stmt = stmt.where(col(Student.class_id).in_(sorted(actor.class_ids) or [-1]))
    if class_id is not None:
        stmt = stmt.where(Student.class_id == class_id)
    if status:
        stmt = stmt.where(Student.status == status)
    if grade_level is not None:
        stmt = stmt.where(Student.grade_level == grade_level)
    if focus:
        stmt = stmt.where(_focus_condition(focus))
    q = (text or "").strip()
    if q:
        like = _escape_like(q)
        conds = [col(Student.name).like(f"%{like}%", escape="\\"),
                 col(SchoolClass.name).like(f"%{like}%", escape="\\")]
        if q.isascii():
            low = like.lower()
            up = like.upper()
            if low.isalpha():
                conds.append(col(Student.name_initials).like(f"%|{low}%", escape="\\"))
                conds.append(col(Student.name_pinyin).like(f"{low}%", escape="\\"))
            conds.append(col(Student.id_number).like(f"%{up}%", escape="\\"))
            conds.append(col(Student.student_number).like(f"%{up}%", escape="\\"))
        stmt = stmt.where(or_(*conds))
    return stmt


_FOCUS_COLUMNS = [getattr(Student, column) for column in FOCUS_COLUMN.values()]
_ROW_COLUMNS = [Student.id, Student.name, Student.sex, Student.birth_date, Student.student_number,
                Student.id_number, Student.class_id, Student.grade_level, Student.status, Student.village,
                Student.id_doc_type, *_FOCUS_COLUMNS]


def _get_visible(session: Session, actor: Actor, student_id: int) -> Student:
    s = session.get(Student, student_id)
    if s is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    require_class_view(actor, s.class_id)
    return s


@dataclass(frozen=True)
class StatusChangeRow:
    code: str
    code_label: str
    effective_date: date
    from_status: str | None
    to_status: str
    reason: str  # as stored: Chinese the program wrote (入学, 转出至…) or what a user typed
    recorded_at: datetime
    #: ``reason`` as a message when the program wrote it (a window renders it in its language), else None
    said: Message | Label | None = None


#: the reasons the program writes into the status history (app.approvals, app.cases), by their catalog
#: code: their Chinese is what is stored, the typed parts ({note}, {place}, …) are read back as parameters
PROGRAM_REASONS = ("students.reason_resumed_note", "students.reason_death_note", "students.reason_borrow_back",
                   "students.reason_borrow_back_note", "students.reason_borrow_out", "students.reason_suspended",
                   "students.reason_transfer_out", "students.reason_transfer_back",
                   "students.reason_transfer_back_note", "students.reason_persuaded_back")


def reason_said(code: str, reason: str) -> Message | Label | None:
    """A stored status-change reason as a message when the program wrote it (the change's own name, or one
    of :data:`PROGRAM_REASONS` with its typed parts), None when a user typed it (shown as it is)."""
    if reason and code in CHANGE and reason == CHANGE[code]:
        return label("change", code, CHANGE)
    return read_back(reason, PROGRAM_REASONS)


@dataclass(frozen=True)
class StudentDetail:
    """Everything known about one child, for the student page."""

    row: StudentRow
    input: StudentInput
    class_name: str
    head_teacher: str
    labels: dict[str, str]
    history: list[StatusChangeRow]
    changes: list[audit.AuditRow]
    can_edit: bool
    #: things to check with the national system, e.g. a G 学籍号 that differs from the ID number
    warnings: tuple[str, ...] = ()


def get_detail(session: Session, actor: Actor, student_id: int) -> StudentDetail:
    s = _get_visible(session, actor, student_id)
    c = session.get(SchoolClass, s.class_id) if s.class_id else None
    head = session.get(Staff, c.head_teacher_id) if c and c.head_teacher_id else None
    row = StudentRow(s.id, s.name, s.sex, s.birth_date, s.student_number or "", s.id_number or "", s.class_id,
                     c.name if c else "", s.grade_level, s.status, s.village, tuple(focus_groups_of(s)),
                     s.id_doc_type)
    labels = {
        "性别": SEX.get(s.sex, s.sex),
        "民族": ETHNICITY.get(s.ethnicity, s.ethnicity),
        "身份证件类型": DOC_TYPE.get(s.id_doc_type, s.id_doc_type),
        "户口性质": HUKOU.get(s.hukou, s.hukou),
        "健康状况": HEALTH.get(s.health, s.health),
        "就读方式": BOARDING.get(s.boarding, s.boarding),
        "留守儿童": LEFT_BEHIND.get(str(s.left_behind), ""),
        "残疾类型": DISABILITY.get(s.disability_type, "无") if s.disability_type else "无",
        "学籍状态": STATUS.get(s.status, s.status),
        "全国学籍号": s.student_number or UNREGISTERED_LABEL,
        "脱贫户或监测户": HOUSEHOLD.get(s.household_status, s.household_status),
    }
    history = [
        StatusChangeRow(h.code, CHANGE.get(h.code, "借读" if not h.code else h.code), h.effective_date,
                        h.from_status, h.to_status, h.reason, h.recorded_at, reason_said(h.code, h.reason))
        for h in session.exec(select(StatusChange).where(StatusChange.student_id == s.id)
                              .order_by(StatusChange.effective_date, StatusChange.id))
    ]
    changes = []
    if actor.has("audit.view") or can_view_class(actor, s.class_id):
        entries = session.exec(select(AuditEntry).where(AuditEntry.entity == "student", AuditEntry.entity_id == s.id)
                               .order_by(col(AuditEntry.id).desc()).limit(50))
        changes = [audit.AuditRow(e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.summary, e.before,
                                  e.after) for e in entries]
    inp = input_of(session, actor, s.id)
    warnings = tuple(w for w in (student_number_warning(inp),) if w)
    if not s.student_number:
        warnings += (msg("students.unregistered_warning"),)
    return StudentDetail(row, inp, c.name if c else "", head.name if head else "", labels,
                         history, changes, can_edit_class(actor, s.class_id), warnings)


def count_unregistered(session: Session, actor: Actor) -> int:
    """Pupils on the roll (在校) the actor may see who have no 学籍号 yet (待注册学籍): for the office's first page."""
    stmt = select(func.count(Student.id)).where(col(Student.student_number).is_(None), Student.status == "in_school")
    if not actor.has("student.view_all"):
        stmt = stmt.where(col(Student.class_id).in_(sorted(actor.class_ids) or [-1]))
    return session.exec(stmt).one()


def count_by_status(session: Session) -> dict[str, int]:
    return dict(session.exec(select(Student.status, func.count()).group_by(Student.status)).all())


# --- status changes -------------------------------------------------------------------

# change code → (statuses it may start from, resulting status). None = not yet on this school's roll.
STATUS_TRANSITIONS: dict[str, tuple[frozenset[str | None], str]] = {
    "11": (frozenset({None}), "in_school"),
    "12": (frozenset({"suspended", "dropout"}), "in_school"),
    "13": (frozenset({None, "transferred_out"}), "in_school"),
    "21": (frozenset({"in_school"}), "graduated"),
    "22": (frozenset({"in_school"}), "completed"),
    "23": (frozenset({"in_school"}), "suspended"),
    "26": (frozenset({"in_school", "suspended", "borrow_out", "dropout"}), "deceased"),
    "27": (frozenset({"in_school"}), "transferred_out"),
    "28": (frozenset({"in_school"}), "dropout"),
}
# Borrow-study has no national code: recorded with an empty code.
BORROW_OUT, BORROW_BACK = "borrow_out", "borrow_back"


def record_status_change(session: Session, actor: Actor, student_id: int, code: str, effective_date: date, *,
                         reason: str = "", reference: str = "") -> None:
    """Move a student to a new status with its national change code, in the history and the audit log."""
    require(actor, "student.status")
    s = session.get(Student, student_id)
    if s is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    if code in CHANGE_FORBIDDEN_IN_COMPULSORY:
        raise ValidationError("变动类型", "students.not_allowed_during_compulsory_education", change=CHANGE[code])
    if code == BORROW_OUT:
        allowed, to_status, code_value = frozenset({"in_school"}), "borrow_out", ""
    elif code == BORROW_BACK:
        allowed, to_status, code_value = frozenset({"borrow_out"}), "in_school", ""
    elif code in STATUS_TRANSITIONS:
        allowed, to_status = STATUS_TRANSITIONS[code]
        code_value = code
    else:
        raise ValidationError("变动类型", "students.unknown_code_change_status", code=code)
    if s.status not in allowed:
        label = CHANGE.get(code_value, "借读") if code_value else ("借读外出" if code == BORROW_OUT else "借读返回")
        raise ValidationError("学籍状态", "students.student_now_cannot_done",
                                      s_name=s.name,
                                      s_status=STATUS.get(s.status, s.status),
                                      label=label)
    if effective_date < s.enrolled_on:
        raise ValidationError("生效日期", "students.cannot_before_enrolment_date", enrolled_on=s.enrolled_on)
    reason = FIELDS["status_change.reason"].clean(reason)
    before = audit.snapshot(s, ["status"])
    from_status = s.status
    s.status = to_status
    s.updated_at = datetime.now(timezone.utc)
    session.add(s)
    session.add(StatusChange(student_id=s.id, code=code_value, effective_date=effective_date, from_status=from_status,
                             to_status=to_status, reason=reason, reference=reference, recorded_by=actor.user_id))
    audit.record(session, actor, "student.status", "student", s.id, before=before, after=audit.snapshot(s, ["status"]),
                 summary=f"{s.name}:{STATUS[from_status]} → {STATUS[to_status]}({reason or code})")
    events.emit(session, events.StatusChanged(actor, s.id, code_value, effective_date, note=reason))
