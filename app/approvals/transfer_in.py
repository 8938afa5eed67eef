"""转入 — a child comes to this school (national change code 13).

Either a former pupil who transferred out comes back (the request is about that student), or a child new to
the school: then the request carries the whole student form (``new_student``, the fields of
:class:`app.students.StudentInput`), only the registrar asks for it, and the approval creates the record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from sqlmodel import Session, select

from app import students as st
from app.accounts import Actor
from app.approvals.common import (Checked, Effect, Kind, Text, change_status, check_dates, clean_texts, in_brackets,
                                  labels_of, other_school, plain, reference, status_label)
from app.data.approval_models import ApprovalRequest
from app.data.models import StatusChange, Student
from app.errors import ValidationError
from app.messages import Message, msg
from app.policy import Policy
from app.students import GuardianInput, StudentInput, raise_first, validate


@dataclass(frozen=True)
class TransferInDetails:
    effective_date: date
    from_school: str
    from_county: str
    reason: str = ""
    #: a new child: the fields of app.students.StudentInput (dates as ISO strings); None for a returning record
    new_student: dict | None = None


CODE = "13"
ORIGIN = other_school("from", "原学校")
FIELD_LABELS = {**labels_of(ORIGIN), "new_student": "学生信息"}
TEXTS = {**ORIGIN, "reason": Text("转学原因")}


def student_input(data: dict) -> StudentInput:
    """The new child's form from the request's JSON."""
    values = dict(data)
    for key in ("birth_date", "enrolled_on"):
        if isinstance(values.get(key), str) and values[key]:
            values[key] = date.fromisoformat(values[key])
    values["guardians"] = [GuardianInput(**g) for g in values.get("guardians") or []]
    known = {f.name for f in fields(StudentInput)}
    unknown = set(values) - known
    if unknown:
        raise ValidationError("学生信息", "approvals.unknown_items", unknown=sorted(unknown))
    return StudentInput(**values)


def returning(details: Mapping[str, Any]) -> bool:
    """A former pupil coming back (the request is about them), not a new child."""
    return not details.get("new_student")


def new_child(checked: Checked) -> bool:
    """A child new to the school: only the registrar asks for it."""
    return checked.student is None


def check(session: Session, s: Student | None, d: TransferInDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    d = clean_texts(d, TEXTS)
    if s is not None:
        if s.status != "transferred_out":
            raise ValidationError("学籍状态", "approvals.now_not_student_who_transferred",
                                          s_name=s.name,
                                          status_label=status_label(s.status))
        check_dates(session, s, d.effective_date, msg("approvals.doing_transfer_in"))
        return Checked(d, s, s.class_id, d.effective_date)
    inp = replace(student_input(d.new_student), enrolled_on=d.effective_date)
    clean, errs = validate(session, inp, today=today)
    raise_first(errs)
    return Checked(replace(d, new_student=plain(asdict(clean))), None, clean.class_id, d.effective_date)


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: TransferInDetails, today: date) -> Effect:
    if req.student_id is not None:
        return change_status(session, actor, req, CODE, d.effective_date,
                             f"转回本校:自{d.from_county}{d.from_school}" + in_brackets(d.reason))
    inp = replace(student_input(d.new_student), enrolled_on=d.effective_date)
    sid = st.create_student(session, actor, inp, today=today, change_code=CODE,
                            reason=f"转入:自{d.from_county}{d.from_school}" + in_brackets(d.reason))
    session.exec(select(StatusChange).where(StatusChange.student_id == sid)).one().reference = reference(req)
    req.student_id = sid
    return Effect({"student_id": sid, "status": "in_school"}, [sid], "已建立学生档案并转入")


def describe(req: ApprovalRequest) -> Message:
    d = req.details
    return msg("approvals.describe_transfer_in", day=req.effective_date, county=d["from_county"], school=d["from_school"])


def subject(details: Mapping[str, Any]) -> str:
    return (details.get("new_student") or {}).get("name", "")


KIND = Kind("transfer_in", "转入", TransferInDetails, FIELD_LABELS, check, apply, describe, code=CODE, texts=TEXTS,
            one_open=True, takes_student=returning,
            no_student_message="approvals.transfer_in_no_student",
            by_registrar=new_child, subject=subject)
