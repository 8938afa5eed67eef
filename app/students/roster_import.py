"""Roster import (学生名册导入): a template, national (学籍) or exported file into the student records.

Import is two steps, so the window can show a preview and the registrar decides:

1. :func:`plan_import` reads the file, turns every row into a :class:`StudentInput`
   through the code tables, validates it with the same rules as the edit dialog
   (:func:`app.students.check_input` and :func:`app.students.check_against_db`)
   and returns an :class:`ImportPlan` listing EVERY error with its row and column.
   It writes nothing.
2. :func:`apply_import` writes a plan without errors: new classes, new students
   (status change 11, audit entry each), changed students (audit entry with
   before/after each) and one ``roster.import`` summary entry, all in the
   caller's transaction, so either the whole file lands or nothing does.

:func:`import_roster` does both in one transaction.

Matching: a row whose 身份证件号 belongs to a student already on file updates that
student; without an ID number on the row, the 全国学籍号 decides. A row whose ID
number is new but whose 学籍号 belongs to a student who has *no* ID number on file
also updates that student (it fills in the missing ID).

Update semantics (so that a partial file never wipes data):

- a column missing from the file keeps the student's current value;
- an empty cell in 民族 / 身份证件类型 / 户口性质 / 健康状况 / 就读方式 / 入学日期
  keeps the current value (the defaults are for new students);
- an empty cell anywhere else means "none / 否 / empty" and is written;
- a guardian block (监护人N…) missing from the file keeps guardian N; a block
  present but empty removes guardian N;
- 年级 left empty: the class's grade, except that a student who stays in the
  same class keeps a grade that class teaches (mixed-grade classes);
- 备注 (notes) and the student's status are never touched by an import.

Reading the file is :mod:`app.students.roster_reading`, its columns :mod:`app.students.roster_layout`, the
remembered column choices :mod:`app.students.column_memory`; the template and the export are
:mod:`app.students.roster_export`.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Iterable

from sqlmodel import Session, col, func, select

from app import audit
from app.accounts import Actor, can_edit_class, require
from app.codes import GRADES
from app.data.db import core, insert_many
from app.data.models import Guardian, SchoolClass, StatusChange, Student
from app.errors import ValidationError
from app.messages import Accepted, FieldName, Message, label, msg
from app.fields import check_characters
from app.identity import normalize_id_number
from app.school import create_class, normalize_class_name, parse_class_name, standard_class_name
from app.students import column_memory
from app.students import (
    STUDENT_FIELDS,
    GuardianInput,
    StudentInput,
    apply_input,
    check_against_db,
    check_input,
    replaced,
    student_number_warning,
)
from app.students.roster_layout import (
    BOOL_ATTRS,
    BY_ATTR,
    COLUMNS,
    DEFAULTED_CODES,
    GUARDIAN_BLOCKS,
    INDEX,
    KEEP_WHEN_EMPTY,
    TEXT_ATTRS,
    TEXT_FORMAT_ATTRS,
    ImportCancelled,
    RowError,
)
from app.students.roster_reading import BARE_CLASS_RE, ColumnUse, Lookups, cell_text, convert, read_sheet


log = logging.getLogger(__name__)


ProgressFn = Callable[[int, int], "bool | None"]


#: how a class is written so that its grade can be read from it (shown in the refusal)
CLASS_NAME_EXAMPLE = "三年级(2)班"


# --- results -------------------------------------------------------------------------


@dataclass
class PlannedStudent:
    """A row ready to be written. ``input`` is validated and normalised; ``class_id`` is
    None while the row's class is still to be created (see ``class_name``)."""

    row: int
    input: StudentInput
    class_name: str
    student_id: int | None = None  # None → a new student
    changed: tuple[str, ...] = ()  # for updates: the fields that differ


@dataclass
class NewClass:
    name: str
    grade_level: int | None
    extra_grade_levels: tuple[int, ...] = ()
    rows: list[int] = field(default_factory=list)


@dataclass
class ImportPlan:
    path: Path
    total_rows: int
    creates: list[PlannedStudent] = field(default_factory=list)
    updates: list[PlannedStudent] = field(default_factory=list)
    unchanged: list[PlannedStudent] = field(default_factory=list)
    new_classes: list[NewClass] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)  # shown in the user's language
    today: date = field(default_factory=date.today)
    #: every column of the file's header: what it maps to, or why it is ignored
    columns: list[ColumnUse] = field(default_factory=list)
    header_row: int = 1
    #: the layout of the header (app.students.column_memory remembers the column choices per signature)
    signature: str = ""
    header_keys: tuple[str, ...] = ()
    #: the choices applied that differ from what the program does alone: header key → template column or None
    mapping: dict[str, str | None] = field(default_factory=dict)
    #: "chosen" (given for this import: remembered when it is imported), "remembered" (from an earlier import), ""
    mapping_source: str = ""
    #: True when the mapping was given for this import (the dialog, --map): importing the file remembers it
    mapping_chosen: bool = False

    @property
    def ignored_columns(self) -> list[ColumnUse]:
        return [c for c in self.columns if c.ignored]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def error_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})

    @property
    def summary(self) -> str:
        text = (f"{self.path.name}:共 {self.total_rows} 行,新增 {len(self.creates)} 人,"
                f"修改 {len(self.updates)} 人,无变化 {len(self.unchanged)} 人,新建班级 {len(self.new_classes)} 个")
        if self.errors:
            text += f";{len(self.error_rows)} 行有错误(共 {len(self.errors)} 处),改正前不能导入"
        return text


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    classes_created: int


# --- progress -----------------------------------------------------------------------


class _Progress:
    """Calls ``fn(done, total)`` at most about 100 times; False from it cancels."""

    def __init__(self, fn: ProgressFn | None, total: int):
        self.fn, self.total = fn, total
        self.step = max(1, -(-total // 100))

    def tick(self, done: int) -> None:
        if self.fn is None or (done % self.step and done != self.total):
            return
        if self.fn(done, self.total) is False:
            raise ImportCancelled("roster.import_cancelled_nothing_changed")




# --- planning ------------------------------------------------------------------------


def _grade_levels(c: SchoolClass) -> set[int]:
    return {c.grade_level, *(int(x) for x in c.extra_grade_levels.split(",") if x.strip())}


def _input_of(s: Student, guardians: list[GuardianInput]) -> StudentInput:
    values = {n: getattr(s, n) for n in STUDENT_FIELDS}
    values["id_number"] = values["id_number"] or ""
    return StudentInput(**values, guardians=list(guardians))


def _snapshot(obj: Any, guardians: list[GuardianInput]) -> dict:
    """The same shape as the audit snapshots of app.students (fields + guardians)."""
    snap = audit.snapshot(obj, STUDENT_FIELDS)
    snap["guardians"] = [_fields_of(g) for g in guardians]
    return snap


def _fields_of(g: GuardianInput) -> dict:
    """``asdict(g)`` without its deep copy (the fields are plain values): thousands per import."""
    return dict(vars(g))


def _rows_text(rows: list[int], limit: int = 10) -> Message:
    """"第 3、5 行" / "rows 3, 5" (the first ``limit``, then how many in all)."""
    shown = [str(r) for r in rows[:limit]]
    if len(rows) > limit:
        return msg("roster.rows_more", rows=shown, n=len(rows))
    return msg("roster.row", row=shown[0]) if len(rows) == 1 else msg("roster.rows", rows=shown)


#: at most this many distinct cells are kept by :meth:`_Planner.parse` (a file's every cell, at the row limit)
_MAX_CELLS_KEPT = 1_000_000


class _Planner:
    def __init__(self, session: Session, actor: Actor, path: Path, today: date):
        self.session, self.actor, self.path, self.today = session, actor, path, today
        self.lk = Lookups()
        students = session.exec(select(Student)).all()
        self.by_pk = {s.id: s for s in students}
        self.by_id = {s.id_number: s for s in students if s.id_number}
        self.by_sn = {s.student_number: s for s in students if s.student_number}
        self.classes = {c.name: c for c in session.exec(select(SchoolClass)).all()}
        self.guardians: dict[int, list[GuardianInput]] | None = None
        self.seen_id: dict[str, tuple[int, str | None]] = {}
        self.seen_sn: dict[str, int] = {}
        self.seen_carried: dict[str, tuple[int, str]] = {}  # the ID a G 学籍号 carries → (row, 学籍号)
        self.seen_student: dict[int, int] = {}
        self.new_classes: dict[str, NewClass] = {}
        self.new_class_grades: dict[str, Counter] = {}
        self.grade_mismatch: dict[str, list[int]] = {}
        self.not_on_roll: list[int] = []
        self.unregistered: list[int] = []
        self._present: dict[frozenset[int], tuple[frozenset[str], tuple[tuple[str, ...], ...]]] = {}
        #: (column, type, value) → what :meth:`cell` made of it
        self._cells: dict[tuple[int, type, Any], tuple[Any, str, Any, str | None]] = {}

    def load_guardians(self, student_ids: Iterable[int]) -> None:
        ids = sorted(set(student_ids))
        self.guardians = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            stmt = (select(Guardian).where(col(Guardian.student_id).in_(chunk))
                    .order_by(Guardian.student_id, Guardian.sort_order, Guardian.id))
            for g in self.session.exec(stmt):
                self.guardians[g.student_id].append(
                    GuardianInput(g.name, g.relation, g.phone, g.lives_with_child, g.works_away, g.work_place,
                                  g.is_guardian))

    def match(self, id_text: str, sn_text: str) -> Student | None:
        id_number = normalize_id_number(id_text) if id_text else ""
        sn = normalize_id_number(sn_text) if sn_text else ""
        if id_number:
            found = self.by_id.get(id_number)
            if found is None and sn:
                other = self.by_sn.get(sn)
                if other is not None and not other.id_number:
                    found = other  # fills in the missing ID of a student known by 学籍号 only
            return found
        return self.by_sn.get(sn) if sn else None

    def parse(self, rownum: int, values: tuple, present: frozenset[int]):
        """One row → (fields, texts, errors, bad columns)."""
        fields: dict[str, Any] = {}
        texts: dict[str, str] = {}
        errors: list[RowError] = []
        bad: set[str] = set()
        cells = self._cells
        for idx in present:
            raw = values[idx]
            key = (idx, raw.__class__, raw)
            hit = cells.get(key)
            if hit is None:
                hit = self.cell(idx, raw)
                if len(cells) < _MAX_CELLS_KEPT:
                    cells[key] = hit
            c, text, value, reason = hit
            texts[c.header] = text
            fields[c.attribute] = value
            if reason is not None:
                errors.append(RowError(rownum, c.header, text, reason))
                bad.add(c.header)
        return fields, texts, errors, bad

    def cell(self, idx: int, raw: Any) -> tuple[Any, str, Any, Message | None]:
        """One cell of column ``COLUMNS[idx]``: (the column, its text, its value, why it is refused or None).
        It follows from the cell's value alone, so :meth:`parse` works it out once per distinct value of a column."""
        c = COLUMNS[idx]
        text = cell_text(raw, c.attribute in TEXT_FORMAT_ATTRS)
        if c.attribute == "id_number" and isinstance(raw, float) and abs(raw) >= 1e15:
            text = f"{raw:.14E}".replace(".00000000000000E", "E")  # as Excel shows it: 6.10729201703050E+17
        try:
            check_characters(text, c.header)
            return c, text, convert(self.lk, c.attribute, c.header, raw, text), None
        except ValidationError as exc:
            return c, text, None, exc.why

    def present_columns(self, present: frozenset[int]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
        """(the attributes of the sheet's columns, those of each guardian block): the same for every row, found once."""
        got = self._present.get(present)
        if got is None:
            attrs = frozenset(COLUMNS[i].attribute for i in present)
            blocks = tuple(tuple(a for a in attrs if a.startswith(f"guardian{n}."))
                           for n in range(1, GUARDIAN_BLOCKS + 1))
            got = self._present[present] = (attrs, blocks)
        return got

    def build_input(self, fields: dict, texts: dict, blocks: tuple[tuple[str, ...], ...], existing: Student | None
                    ) -> tuple[StudentInput, list[int | None]]:
        if existing is not None:
            base = _input_of(existing, self.guardians.get(existing.id, []))
        else:
            base = StudentInput(name="", sex="", birth_date=None, student_number="", class_id=None)
        values: dict[str, Any] = {}
        for attr, value in fields.items():
            if attr.startswith("guardian") or attr in ("class_name", "grade_level"):
                continue
            if value is None and attr in KEEP_WHEN_EMPTY:
                if existing is None and attr in DEFAULTED_CODES:
                    values[attr] = getattr(StudentInput, attr)  # the dataclass default
                continue
            if value is None and attr in TEXT_ATTRS:
                value = ""  # a cell that failed to parse: its error is already listed
            values[attr] = value
        # guardians, block by block
        old = list(base.guardians)
        guardians: list[GuardianInput] = []
        block_of: list[int | None] = []
        for n in range(1, GUARDIAN_BLOCKS + 1):
            attrs = blocks[n - 1]
            previous = old[n - 1] if n - 1 < len(old) else None
            if not attrs:
                if previous is not None:
                    guardians.append(previous)
                    block_of.append(n)
                continue
            filled = any(texts.get(BY_ATTR[a].header) for a in attrs)
            if not filled:
                continue
            g = previous or GuardianInput(name="", relation="")
            changes = {}
            for a in attrs:
                key = a.split(".", 1)[1]
                v = fields.get(a)
                if v is None:
                    v = (key == "is_guardian") if key in BOOL_ATTRS else ""
                changes[key] = v
            guardians.append(replaced(g, **changes))
            block_of.append(n)
        for g in old[GUARDIAN_BLOCKS:]:
            guardians.append(g)
            block_of.append(None)
        values["guardians"] = guardians
        values["grade_level"] = fields.get("grade_level")
        return replaced(base, **values), block_of

    def same_child(self, errors: list[RowError], rownum: int, clean: StudentInput) -> bool:
        """A G 学籍号 carries the ID number it was issued for: a row whose ID number another row's G number
        carries (or the other way round) is the same child under a different 学籍号."""
        sn = clean.student_number or ""
        carried = sn[1:] if sn.startswith("G") and len(sn) == 19 else ""
        # (the other row, its 学籍号, which row's ID number the G number was issued for)
        other: tuple[int, str | None, Message] | None = None
        if clean.id_number and clean.id_number != carried:
            hit = self.seen_carried.get(clean.id_number)
            if hit is not None:
                other = (hit[0], hit[1], msg("roster.number_issued_for_this_id", first=hit[0], number=hit[1],
                                                id_number=clean.id_number))
        if other is None and carried and carried != clean.id_number:
            hit = self.seen_id.get(carried)
            if hit is not None:
                other = (hit[0], hit[1], msg("roster.this_number_issued_for_other_id", first=hit[0], number=sn,
                                                id_number=carried))
        if carried:
            self.seen_carried.setdefault(carried, (rownum, sn))
        if other is None or other[0] == rownum or other[1] == sn:
            return False
        errors.append(RowError(rownum, "全国学籍号", sn, msg(
            "roster.same_child_other_number", first=other[0], why=other[2], first_number=other[1] or msg("roster.empty"),
            number=sn or msg("roster.empty"))))
        return True

    @staticmethod
    def column_for(fieldname: str, block_of: list[int | None]) -> str:
        m = re.fullmatch(r"监护人(\d+)(.*)", fieldname)
        if m:
            i = int(m.group(1))
            if 1 <= i <= len(block_of) and block_of[i - 1] is not None:
                return f"监护人{block_of[i - 1]}{m.group(2)}"
        return fieldname

    def row(self, plan: ImportPlan, rownum: int, values: tuple, present: frozenset[int]) -> None:
        fields, texts, errors, bad = self.parse(rownum, values, present)
        existing = self.match(fields.get("id_number") or "", fields.get("student_number") or "")
        inp, block_of = self.build_input(fields, texts, self.present_columns(present)[1], existing)

        for i, g in enumerate(inp.guardians):
            n = block_of[i]
            if n is not None and g.name.strip() and not g.relation:
                header = f"监护人{n}关系"
                if header not in bad:
                    errors.append(RowError(rownum, header, texts.get(header, ""),
                                           msg("roster.relation_required", choices=Accepted("relation", with_codes=False))))
                    bad.add(header)

        clean, errs = check_input(inp, today=self.today)
        for e in errs:
            column = self.column_for(e.field, block_of)
            if column in bad:
                continue
            reason = e.why
            value = texts.get(column, "")
            if column == "身份证件号" and e.code == "identity.wrong_check_digit_first_17" and clean.id_number.endswith("00"):
                reason = msg("roster.check_digit_excel", reason=reason)
            errors.append(RowError(rownum, column, value, reason))

        # duplicates within the file
        duplicate = False
        if clean.id_number:
            first, first_sn = self.seen_id.setdefault(clean.id_number, (rownum, clean.student_number))
            if first != rownum:
                duplicate = True
                reason = msg("roster.duplicate_id_number", first=first)
                if first_sn and clean.student_number and first_sn != clean.student_number:
                    reason = msg("roster.same_id_two_numbers", first=first, first_number=first_sn,
                                 number=clean.student_number)
                errors.append(RowError(rownum, "身份证件号", clean.id_number, reason))
        if clean.student_number:
            first = self.seen_sn.setdefault(clean.student_number, rownum)
            if first != rownum:
                duplicate = True
                errors.append(RowError(rownum, "全国学籍号", clean.student_number,
                                       msg("roster.duplicate_student_number", first=first)))
        duplicate = duplicate or self.same_child(errors, rownum, clean)
        if existing is not None:
            first = self.seen_student.setdefault(existing.id, rownum)
            if first != rownum and not duplicate:
                errors.append(RowError(rownum, "全国学籍号", texts.get("全国学籍号", ""),
                                       msg("roster.same_student", first=first, name=existing.name)))

        # uniqueness against the database (the prefetched maps tell when the real check is needed)
        sid = existing.id if existing is not None else None
        other_id = self.by_id.get(clean.id_number) if clean.id_number else None
        other_sn = self.by_sn.get(clean.student_number) if clean.student_number else None
        if (other_id is not None and other_id.id != sid) or (other_sn is not None and other_sn.id != sid):
            for e in check_against_db(self.session, clean, student_id=sid):
                if e.field != "班级" and e.field not in bad:
                    errors.append(RowError(rownum, e.field, texts.get(e.field, ""), e.why))

        # permissions
        if existing is None and not self.actor.has("student.create"):
            errors.append(RowError(rownum, "姓名", texts.get("姓名", ""), msg("roster.may_not_create")),)
        if existing is not None and not can_edit_class(self.actor, existing.class_id):
            errors.append(RowError(rownum, "姓名", texts.get("姓名", ""), msg("roster.may_not_edit", name=existing.name)))

        # the class
        class_text = texts.get("班级", "")
        m = BARE_CLASS_RE.fullmatch(unicodedata.normalize("NFKC", class_text))
        if m and clean.grade_level in GRADES:  # the national file: 年级 三年级, 班级 2班 → 三年级(2)班
            class_text = standard_class_name(clean.grade_level, int(m.group(1)))
        class_name = normalize_class_name(class_text) if class_text else ""
        cls = self.classes.get(class_name) or self.classes.get(class_text)
        grade = clean.grade_level
        if not class_text:
            if "班级" not in bad:
                errors.append(RowError(rownum, "班级", "", msg("common.cannot_empty")))
        elif cls is not None:
            class_name = cls.name
            if not cls.active:
                errors.append(RowError(rownum, "班级", class_text,
                                       msg("roster.class_closed", name=cls.name)))
            elif existing is not None and existing.class_id != cls.id and not can_edit_class(self.actor, cls.id):
                errors.append(RowError(rownum, "班级", class_text, msg("roster.may_not_move_to_class")))
            if grade is None:
                keep = (existing is not None and existing.class_id == cls.id
                        and existing.grade_level in _grade_levels(cls))
                grade = existing.grade_level if keep else cls.grade_level
            elif grade not in _grade_levels(cls):
                self.grade_mismatch.setdefault(cls.name, []).append(rownum)
        else:
            nc = self.new_classes.get(class_name)
            if nc is None:
                parsed = parse_class_name(class_name)
                nc = self.new_classes[class_name] = NewClass(class_name, parsed[0] if parsed else None)
                self.new_class_grades[class_name] = Counter()
            nc.rows.append(rownum)
            if grade is not None:
                self.new_class_grades[class_name][grade] += 1
            if not self.actor.has("school.manage"):
                errors.append(RowError(rownum, "班级", class_text,
                                       msg("roster.class_unknown")))
        clean = replaced(clean, grade_level=grade, class_id=cls.id if cls is not None else None)

        if existing is not None and existing.status != "in_school":
            self.not_on_roll.append(rownum)

        if errors:
            plan.errors.extend(errors)
            return
        sn_warning = student_number_warning(clean)
        if sn_warning:
            plan.warnings.append(msg("roster.warn_row_imported_anyway", row=rownum, warning=sn_warning))
        if not clean.student_number:
            self.unregistered.append(rownum)
        planned = PlannedStudent(rownum, clean, class_name, sid)
        if existing is None:
            plan.creates.append(planned)
            return
        if cls is None:
            planned.changed = ("class_id",)
            plan.updates.append(planned)
            return
        before = _snapshot(existing, self.guardians.get(existing.id, []))
        ns = SimpleNamespace(**{n: getattr(existing, n) for n in STUDENT_FIELDS})
        apply_input(ns, clean, cls.grade_level)
        after = _snapshot(ns, clean.guardians)
        planned.changed = tuple(k for k in after if after[k] != before.get(k))
        (plan.updates if planned.changed else plan.unchanged).append(planned)

    def finish(self, plan: ImportPlan) -> None:
        for name, nc in self.new_classes.items():
            grades = self.new_class_grades[name]
            if nc.grade_level is None and grades:
                nc.grade_level = sorted(grades.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            if nc.grade_level is None:
                bad_rows = set(nc.rows)
                plan.creates = [p for p in plan.creates if p.row not in bad_rows]
                plan.updates = [p for p in plan.updates if p.row not in bad_rows]
                for r in nc.rows:
                    plan.errors.append(RowError(
                        r, "班级", name,
                        msg("roster.grade_unknown", example=CLASS_NAME_EXAMPLE)))
                continue
            nc.extra_grade_levels = tuple(sorted(set(grades) - {nc.grade_level}))
            if nc.extra_grade_levels:
                levels = [label("grade", g, GRADES) for g in sorted({nc.grade_level, *nc.extra_grade_levels})]
                plan.warnings.append(msg("roster.warn_mixed_class", name=name, levels=levels))
            plan.new_classes.append(nc)
        for name, rows in self.grade_mismatch.items():
            plan.warnings.append(msg("roster.warn_grade_mismatch", name=name, rows=_rows_text(rows)))
        if self.unregistered:
            plan.warnings.append(msg("roster.warn_unregistered", rows=_rows_text(self.unregistered)))
        if self.not_on_roll:
            plan.warnings.append(msg("roster.warn_not_on_roll", rows=_rows_text(self.not_on_roll)))
        order = {c.header: i for i, c in enumerate(COLUMNS)}
        plan.errors.sort(key=lambda e: (e.row, order.get(e.column, len(order))))


def plan_import(session: Session, actor: Actor, path: str | os.PathLike, *, today: date | None = None,
                progress: ProgressFn | None = None, mapping: dict[str, str | None] | None = None) -> ImportPlan:
    """Read and check a roster file; returns what an import would do, and every error. Writes nothing.

    ``mapping`` says what some columns of the file are (header → template column, None: not imported),
    overriding what the program recognises; importing the plan remembers it for files with the same header.
    Without it, what was remembered for the file's header applies (app.students.column_memory)."""
    require(actor, "roster.import")
    path = Path(path)
    today = today or date.today()
    sheet = read_sheet(path, mapping=mapping, remembered=column_memory.remembered(session))
    plan = ImportPlan(path=path, total_rows=len(sheet.rows), warnings=list(sheet.warnings), today=today,
                      columns=list(sheet.columns), header_row=sheet.header_row, signature=sheet.signature,
                      header_keys=sheet.keys, mapping=dict(sheet.mapping), mapping_source=sheet.mapping_source,
                      mapping_chosen=mapping is not None)
    plan.errors.extend(sheet.header_errors)
    if sheet.mapping_source == "remembered":
        plan.warnings.append(msg("roster.warn_remembered_mapping", pairs=[
            msg("roster.mapping_pair", header=k, column=FieldName(v)) if v is not None
            else msg("roster.mapping_pair_skipped", header=k) for k, v in sheet.mapping.items()]))
    if sheet.blocking:
        plan.warnings.append(msg("roster.warn_header_first"))
        return plan
    if not sheet.rows:
        plan.warnings.append(msg("roster.warn_no_rows", name=path.name))
    planner = _Planner(session, actor, path, today)
    matched = []
    id_idx, sn_idx = INDEX["身份证件号"], INDEX["全国学籍号"]
    for _, values in sheet.rows:  # guardians of the matched students, in one pass
        found = planner.match(cell_text(values[id_idx], True), cell_text(values[sn_idx], True))
        if found is not None:
            matched.append(found.id)
    planner.load_guardians(matched)
    ticker = _Progress(progress, len(sheet.rows))
    for done, (rownum, values) in enumerate(sheet.rows, start=1):
        planner.row(plan, rownum, values, sheet.present)
        ticker.tick(done)
    planner.finish(plan)
    # errors name the column as the file does (成员1联系电话, not the template's 监护人1电话)
    as_in_file = {u.target: u.key for u in sheet.columns if u.target and u.key and u.key != u.target}
    if as_in_file:
        plan.errors = [replace(e, column=as_in_file[e.column]) if e.column in as_in_file else e for e in plan.errors]
    return plan


# --- applying ------------------------------------------------------------------------


def _check_still_valid(session: Session, plan: ImportPlan) -> None:
    """The plan may come from an earlier transaction: make sure nobody took its numbers since."""
    rows = session.exec(select(Student.id, Student.id_number, Student.student_number)).all()
    by_id = {r[1]: r[0] for r in rows if r[1]}
    by_sn = {r[2]: r[0] for r in rows}
    pks = {r[0] for r in rows}
    for p in plan.creates + plan.updates:
        if p.student_id is not None and p.student_id not in pks:
            raise ValidationError("名册", "roster.student_change_row_has_deleted", row=p.row)
        if (p.input.id_number and by_id.get(p.input.id_number, p.student_id) != p.student_id) or \
                by_sn.get(p.input.student_number, p.student_id) != p.student_id:
            raise ValidationError("名册", "roster.since_file_checked_identity_document", row=p.row)


def apply_import(session: Session, actor: Actor, plan: ImportPlan, *,
                 progress: ProgressFn | None = None) -> ImportResult:
    """Write a checked plan in the caller's transaction (the caller commits or rolls back)."""
    require(actor, "roster.import")
    name = plan.path.name
    if not plan.ok:
        raise ValidationError(
            "名册", "roster.file_has_errors_rows_all",
                  name=name,
                  error_rows_count=len(plan.error_rows),
                  errors_count=len(plan.errors))
    if plan.creates:
        require(actor, "student.create")
    audit.take_write_lock(session)  # from here to the commit nobody else writes: the check holds, the ids are free
    _check_still_valid(session, plan)
    today = plan.today
    ticker = _Progress(progress, len(plan.creates) + len(plan.updates))
    done = 0

    class_ids: dict[str, int] = {}
    for nc in plan.new_classes:
        class_ids[nc.name] = create_class(session, actor, nc.name, nc.grade_level,
                                          extra_grade_levels=nc.extra_grade_levels)
    classes = {c.id: c for c in session.exec(select(SchoolClass)).all()}

    def resolved(p: PlannedStudent) -> tuple[StudentInput, SchoolClass]:
        cid = p.input.class_id if p.input.class_id is not None else class_ids[p.class_name]
        c = classes[cid]
        return replaced(p.input, class_id=cid), c

    # New students: one executemany each (rows built as plain values, no ORM object per pupil, app.data.db.insert_many)
    # of the students, then their guardians, status change 11 and audit entries, all in this transaction.
    conn = core(session)
    new_rows: list[tuple[SimpleNamespace, StudentInput, SchoolClass]] = []
    for p in plan.creates:
        inp, c = resolved(p)
        s = SimpleNamespace(name=inp.name, sex=inp.sex, birth_date=inp.birth_date, student_number=inp.student_number,
                            grade_level=inp.grade_level or c.grade_level, enrolled_on=inp.enrolled_on or today)
        apply_input(s, inp, c.grade_level)
        new_rows.append((s, inp, c))
    new_ids: list[int] = []
    if new_rows:  # the ids after the largest one (this transaction holds the write lock): no RETURNING needed
        first = (conn.execute(select(func.max(Student.id))).scalar() or 0) + 1
        new_ids = list(range(first, first + len(new_rows)))
        insert_many(conn, Student.__table__, [dict(id=sid, **vars(s)) for sid, (s, _, _) in zip(new_ids, new_rows)])
    reason = f"名册导入:{name}"
    insert_many(conn, Guardian.__table__, [dict(student_id=sid, sort_order=i, **_fields_of(g))
                                           for sid, (_s, inp, _c) in zip(new_ids, new_rows)
                                           for i, g in enumerate(inp.guardians)])
    insert_many(conn, StatusChange.__table__, [dict(student_id=sid, code="11", effective_date=s.enrolled_on,
                                                    from_status=None, to_status="in_school", reason=reason,
                                                    recorded_by=actor.user_id)
                                               for sid, (s, _inp, _c) in zip(new_ids, new_rows)])
    entries: list[dict] = []  # the audit entries of every pupil, written together in one executemany
    for sid, (s, inp, c) in zip(new_ids, new_rows):
        after = _snapshot(s, inp.guardians)
        warning = student_number_warning(inp)
        if warning:
            after["warning"] = str(warning)  # stored as its Chinese
        entries.append(dict(action="student.create", entity="student", entity_id=sid, after=after,
                            summary=f"新增学生 {s.name}({c.name})(名册导入)" + (f";注意:{warning}" if warning else "")))
        done += 1
        ticker.tick(done)

    # changed students
    updated = 0
    unchanged = len(plan.unchanged)
    ids = [p.student_id for p in plan.updates]
    current: dict[int, Student] = {}
    old_guardians: dict[int, list[Guardian]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        current.update({s.id: s for s in session.exec(select(Student).where(col(Student.id).in_(chunk)))})
        for g in session.exec(select(Guardian).where(col(Guardian.student_id).in_(chunk))
                              .order_by(Guardian.student_id, Guardian.sort_order, Guardian.id)):
            old_guardians[g.student_id].append(g)
    now = datetime.now(timezone.utc)
    for p in plan.updates:
        inp, c = resolved(p)
        s = current[p.student_id]
        olds = old_guardians[s.id]
        before = _snapshot(s, [GuardianInput(g.name, g.relation, g.phone, g.lives_with_child, g.works_away,
                                             g.work_place, g.is_guardian) for g in olds])
        apply_input(s, inp, c.grade_level)
        after = _snapshot(s, inp.guardians)
        done += 1
        if after == before:
            unchanged += 1
            ticker.tick(done)
            continue
        s.updated_at = now
        session.add(s)
        if before["guardians"] != after["guardians"]:
            for g in olds:
                session.delete(g)
            session.add_all([Guardian(student_id=s.id, sort_order=i, **asdict(g))
                             for i, g in enumerate(inp.guardians)])
        warning = student_number_warning(inp)
        if warning:
            after["warning"] = str(warning)  # stored as its Chinese
        entries.append(dict(action="student.update", entity="student", entity_id=s.id, before=before, after=after,
                            summary=f"修改学生 {s.name}(名册导入)" + (f";注意:{warning}" if warning else "")))
        updated += 1
        ticker.tick(done)
    session.flush()
    audit.record_many(session, actor, entries)

    if plan.mapping_chosen and plan.signature:
        column_memory.remember(session, actor, plan.signature, plan.header_keys, plan.mapping, file=name)
    result = ImportResult(created=len(new_ids), updated=updated, unchanged=unchanged,
                          classes_created=len(class_ids))
    audit.record(session, actor, "roster.import", "roster", None,
                 after={"file": name, "rows": plan.total_rows, "created": result.created,
                        "updated": result.updated, "unchanged": result.unchanged,
                        "classes_created": sorted(class_ids)},
                 summary=f"导入名册 {name}:新增 {result.created} 人,修改 {result.updated} 人,"
                         f"无变化 {result.unchanged} 人,新建班级 {result.classes_created} 个")
    session.flush()
    return result


def import_roster(db, actor: Actor, path: str | os.PathLike, *, dry_run: bool = False, today: date | None = None,
                  progress: ProgressFn | None = None, mapping: dict[str, str | None] | None = None
                  ) -> tuple[ImportPlan, ImportResult | None]:
    """Plan and (unless ``dry_run`` or there are errors) apply, in ONE transaction.

    ``progress`` is called for the checking pass and again for the writing pass."""
    with db.transaction() as session:
        plan = plan_import(session, actor, path, today=today, progress=progress, mapping=mapping)
        log.info("roster import %s by %s: %d rows, %d errors, %d new, %d updated%s", Path(path).name, actor.username,
                 plan.total_rows, len(plan.errors), len(plan.creates), len(plan.updates),
                 " (dry run)" if dry_run else "")
        if dry_run or not plan.ok:
            return plan, None
        result = apply_import(session, actor, plan, progress=progress)
    log.info("roster import %s saved: %d created, %d updated", Path(path).name, result.created, result.updated)
    return plan, result
