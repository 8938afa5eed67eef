"""The demo school's students: situations at rural-Shaanxi rates, names, ID numbers, guardians.

Small schools go through :func:`app.students.create_student`; from :data:`BULK_THRESHOLD` students on,
:func:`_insert_students_bulk` applies the same validation, pinyin keys, status change and one audit entry
per student, but inserts in batches.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from app import audit
from app.codes import CHANGE
from app.data.models import Guardian, StatusChange, Student
from app.demo.builder import (
    COUNTY_NAME,
    DISABILITY_TYPES,
    ETHNICITY_CODE,
    GROUPS,
    HOME_AREAS,
    MIGRANT_AREAS,
    MINORITIES,
    RATES,
    TOWNSHIP,
    VILLAGES,
    WORK_PLACES,
    Builder,
)
from app.errors import ValidationError
from app.identity import sample_resident_id
from app.students import GuardianInput, StudentInput, check_input, create_student, pinyin_keys


#: at or above this many students the bulk insert path is used (same rules, batched writes)
BULK_THRESHOLD = 1000
_BATCH = 500


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


def _pick(b: Builder, pool: list[int], rate: float, n_total: int) -> list[int]:
    k = min(len(pool), round(rate * n_total))
    return b.rng.sample(pool, k)


def _assign_situations(b: Builder, slots: list[_Slot]) -> None:
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


def _birth_date(b: Builder, grade: int, slot: _Slot) -> date:
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


def _resident_id(b: Builder, area: str, birth: date, sex: str) -> str:
    while True:
        seq = b.rng.randrange(1, 500) * 2 - (1 if sex == "1" else 0)  # odd = male
        rid = sample_resident_id(area, birth, seq, sex=sex)
        if rid not in b.used_ids:
            b.used_ids.add(rid)
            return rid


def _temporary_number(b: Builder, letter: str, area: str, birth: date) -> str:
    while True:
        number = f"{letter}{area}{birth:%Y%m%d}{b.rng.randrange(10**4):04d}"
        if number not in b.used_numbers:
            b.used_numbers.add(number)
            return number


def _address(b: Builder, village: str) -> str:
    return f"{COUNTY_NAME}{TOWNSHIP}{village}{b.rng.choice(GROUPS[:6])}组{b.rng.randint(1, 60)}号"


def _guardians(b: Builder, slot: _Slot, surname: str) -> list[GuardianInput]:
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


def _make_student(b: Builder, slot: _Slot) -> tuple[StudentInput, str]:
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
        ethnicity = ETHNICITY_CODE[b.weighted(MINORITIES) + "族"]

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
        disability = b.weighted(DISABILITY_TYPES)
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


def build_students(b: Builder) -> None:
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


def _insert_students_bulk(b: Builder, records: list[tuple[StudentInput, str]]) -> None:
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
            raise ValidationError("班级", "common.chosen_class_does_not_exist")
        if (clean.id_number and clean.id_number in seen_ids) or clean.student_number in seen_numbers:
            raise ValidationError("身份证件号", "demo.duplicate_demo_data", clean_name=clean.name)
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
