"""毕业(整班) — every student of a final-year class who is in school graduates at once (code 21).

A batch: the request is about a class, not a student, and only the registrar asks for it. Students of the
class who are not in school are left as they are and listed in the outcome (``skipped``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from app import students as st
from app.accounts import Actor
from app.approvals.common import Checked, Effect, Kind, always, never, reference
from app.data.approval_models import ApprovalRequest
from app.data.models import SchoolClass, Student
from app.errors import ValidationError
from app.policy import Policy
from app.messages import Message, msg


@dataclass(frozen=True)
class GraduationDetails:
    effective_date: date
    class_id: int


CODE = "21"
FINAL_GRADES = frozenset({6, 9})  # the last year of primary school and of junior middle school
FIELD_LABELS: dict[str, str] = {}


def graduating(session: Session, class_id: int) -> list[Student]:
    return list(session.exec(select(Student).where(Student.class_id == class_id, Student.status == "in_school")
                             .order_by(Student.name_pinyin, Student.id)))


def check(session: Session, s: None, d: GraduationDetails, *, today: date, request_id: int | None,
          policy: Policy) -> Checked:
    c = session.get(SchoolClass, d.class_id)
    if c is None:
        raise ValidationError("班级", "common.class_does_not_exist", class_id=d.class_id)
    if c.grade_level not in FINAL_GRADES:
        raise ValidationError("班级", "approvals.grade_not_graduating_grade_grade",
                                    c_name=c.name,
                                    grade_level=c.grade_level)
    if not graduating(session, c.id):
        raise ValidationError("班级", "approvals.has_no_enrolled_students_who", c_name=c.name)
    return Checked(d, None, c.id, d.effective_date)


def apply(session: Session, actor: Actor, req: ApprovalRequest, d: GraduationDetails, today: date) -> Effect:
    graduated, skipped = [], []
    for s in session.exec(select(Student).where(Student.class_id == d.class_id).order_by(Student.id)).all():
        if s.status == "in_school":
            st.record_status_change(session, actor, s.id, CODE, d.effective_date, reason="毕业",
                                    reference=reference(req))
            graduated.append(s.id)
        else:
            skipped.append({"id": s.id, "name": s.name, "status": s.status})
    return Effect({"graduated": graduated, "skipped": skipped}, graduated,
                  f"{len(graduated)} 名学生毕业" + (f",{len(skipped)} 名不在校未办理" if skipped else ""))


def describe(req: ApprovalRequest) -> Message:
    return msg("approvals.describe_graduation", day=req.effective_date)


KIND = Kind("graduation", "毕业(整班)", GraduationDetails, FIELD_LABELS, check, apply, describe, code=CODE,
            takes_student=never, by_registrar=always)
