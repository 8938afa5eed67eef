"""Stored values that break the field specification (:mod:`app.fields`): found, named, refused before an export.

Older versions accepted what the specification now refuses — a name with a control character, a
500-character village, an ID number in Arabic-Indic digits. Such a value stays in the database
until someone corrects it, and it must not crash an export or a print: :func:`stored_problems`
finds them in the columns the specification names (``TextField.stored``), each named by the
record it belongs to (the student, with the 学籍号, for a student's or a guardian's field), and
:func:`refuse_export` turns them into one :class:`StoredValueError` that says what to correct
before the export can go. ``baoxue db check`` lists them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import column, select, table
from sqlmodel import Session

from app.data.db import core
from app.data.models import Student
from app.errors import ValidationError
from app.fields import TextField, printable, stored_fields
from app.messages import Clauses, msg

#: what a table's rows are called in the messages
_RECORD = {"school": "学校", "school_class": "班级", "staff": "教职工", "user_account": "账户"}
#: the column that names a row of the table in the messages
_NAMED_BY = {"school_class": "name", "staff": "name", "user_account": "username", "school": "name"}
#: how many problems an export refusal names (``db check`` lists every one)
NAMED_IN_REFUSAL = 5


@dataclass(frozen=True)
class StoredProblem:
    field: TextField
    row_id: int
    student_id: int | None
    record: str  # 学生“张三”(学籍号 G…) / 班级“…” / 学校
    reason: str

    @property
    def message(self) -> str:
        return f"{self.record}的“{self.field.label}”:{self.reason}"


class StoredValueError(ValidationError):
    """Stored values that an export cannot carry; ``problems`` lists them (the message names the first ones)."""

    def __init__(self, problems: list[StoredProblem], doing):
        self.problems = problems
        first = problems[0]
        named = [msg("fields.stored_problem", record=p.record, label=p.field.label, reason=p.reason)
                 for p in problems[1:NAMED_IN_REFUSAL]]
        more = len(problems) - NAMED_IN_REFUSAL
        super().__init__(msg("fields.stored_field", record=first.record, label=first.field.label),
                         "fields.stored_value_refused", reason=first.reason, doing=doing,
                         others=msg("fields.stored_others", named=Clauses(named)) if named else "",
                         more=msg("fields.stored_more", count=len(problems)) if more > 0 else "")


def _student_label(name: str, number: str | None, student_id: int) -> str:
    shown = printable(name)[:30] or f"编号 {student_id}"
    return f"学生“{shown}”(学籍号 {printable(number)})" if number else f"学生“{shown}”(待注册学籍,编号 {student_id})"


def stored_problems(session: Session, keys: Iterable[str] | None = None, *,
                    student_ids: Iterable[int] | None = None) -> list[StoredProblem]:
    """Every stored value of the fields ``keys`` (default: all stored fields) that breaks its rule,
    in the specification's order; ``student_ids``: of the students' and guardians' fields only these students'."""
    conn = core(session)
    only = None if student_ids is None else set(student_ids)
    found: list[tuple[TextField, int, int | None, str, str]] = []
    for f in stored_fields(keys):
        name, col_name = f.stored
        t = table(name, *(column(c) for c in dict.fromkeys(("id", col_name, "student_id", _NAMED_BY.get(name, "id")))))
        if name == "student":
            owner = t.c.id
        elif name in ("guardian", "status_change"):
            owner = t.c.student_id
        else:
            owner = None
        cols = [t.c.id, t.c[col_name], owner if owner is not None else t.c[_NAMED_BY.get(name, "id")]]
        for row_id, value, other in conn.execute(select(*cols).where(t.c[col_name].is_not(None),
                                                                     t.c[col_name] != "")).all():  # one fetch
            sid = other if owner is not None else None
            if only is not None and owner is not None and sid not in only:
                continue
            reason = f.problem(value)
            if reason is not None:
                found.append((f, row_id, sid, reason, "" if owner is not None else printable(other)[:30]))
    students = {}
    wanted = sorted({sid for _f, _r, sid, _x, _n in found if sid is not None})
    for start in range(0, len(wanted), 500):
        for sid, sname, number in conn.execute(select(Student.id, Student.name, Student.student_number)
                                               .where(Student.id.in_(wanted[start:start + 500]))):
            students[sid] = _student_label(sname, number, sid)
    out = []
    for f, row_id, sid, reason, shown in found:
        if sid is not None:
            record = students.get(sid, f"学生(编号 {sid})")
        elif f.stored[0] == "school":
            record = "学校"
        else:
            record = _RECORD.get(f.stored[0], f.stored[0]) + (f"“{shown}”" if shown else f"(编号 {row_id})")
        out.append(StoredProblem(f, row_id, sid, record, reason))
    return out


def refuse_export(session: Session, keys: Iterable[str], doing: str, *,
                  student_ids: Iterable[int] | None = None) -> None:
    """Raise :class:`StoredValueError` when a stored value of ``keys`` breaks its rule (nothing is written)."""
    problems = stored_problems(session, keys, student_ids=student_ids)
    if problems:
        raise StoredValueError(problems, doing)
