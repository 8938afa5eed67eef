"""Daily roll call (点名) and leave of absence (请假).

One roll call per class per school day — or two, morning and afternoon, when
the policy says ``sessions = "am_pm"``. Everyone starts present; the teacher
marks the exceptions. Only the exceptions are stored (:class:`AttendanceMark`
rows): a present student has no row, so five years of a 5,000-pupil school stay
small. A student covered by an approved leave is marked ``excused`` by the leave
itself, whatever was typed.

Every submission is one transaction: permission, school day, roster, marks and
the revision are checked before anything is written; the change is audited
(only the differences on a revision) and the absence alerts of the students
whose marks changed are worked out again (:mod:`app.attendance.alerts`).

Who is "on roll" in a class on a day: the student's class is ``Student.class_id``
(class moves have no history yet), enrolled on or before the day, and their
status on that day — from the status history (the last change effective on or
before the day; the current status when there is none) — is 在校.

Counts on a sheet: ``enrolled`` = students on roll; ``present`` = enrolled minus
those not in school (absent, sick or personal leave, excused); late and left
early are present.

Leave: a leave runs from ``start_day``/``start_session`` to ``end_day``/``end_session``
in half days ("pm" start = from noon, "am" end = until noon). It excuses a roll
call when it covers any half of it (a half-day leave excuses a whole-day roll
call). Two approved leaves of one student may not overlap. When a leave is
recorded after the roll call, the saved marks it covers become "excused" (the
teacher's mark is kept in ``typed_mark``); cancelling it puts that mark back —
or "absent" with a note to check, when the leave came first and the teacher
could not record anything. Either way the roll call gets a new revision, audited.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import and_, bindparam, insert, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from app import audit, fields
from app.accounts import Actor, can_view_class, require
from app.attendance import alerts
from app.codes import ON_ROLL_STATUSES, STATUS
from app.data.db import core
from app.data.models import (
    AttendanceMark,
    AttendanceSheet,
    AuditEntry,
    Leave,
    SchoolClass,
    Staff,
    StatusChange,
    Student,
    User,
    utcnow,
)
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.messages import Message, label, label_table, labels, msg
from app.policy import RULES_TOKEN, Policy
from app.policy import load as load_policy
from app.school_calendar import Calendar, load_calendar

PRESENT = "present"
MARKS: dict[str, str] = {
    "late": "迟到",
    "left_early": "早退",
    "sick_leave": "病假",
    "personal_leave": "事假",
    "absent": "旷课(无故缺勤)",
    "excused": "已请假",
}
MARK_LABELS: dict[str, str] = {PRESENT: "出勤", **MARKS}
#: unexcused absence: the only mark that counts towards an alert
ABSENT_MARKS: frozenset[str] = frozenset({"absent"})
#: absent with a reason (told by the family, or an approved leave)
EXCUSED_MARKS: frozenset[str] = frozenset({"sick_leave", "personal_leave", "excused"})
#: not in school: counted as missed in the attendance rate and not in ``present``
MISSED_MARKS: frozenset[str] = ABSENT_MARKS | EXCUSED_MARKS
#: what a teacher may type; ``excused`` is set by an approved leave only
TYPED_MARKS: frozenset[str] = frozenset({PRESENT, "late", "left_early", "sick_leave", "personal_leave", "absent"})

SESSIONS: dict[str, str] = {"day": "全天", "am": "上午", "pm": "下午"}
SESSION_HALVES = alerts.SESSION_HALVES
LEAVE_KINDS: dict[str, str] = {"sick": "病假", "personal": "事假"}
LEAVE_STATUSES: dict[str, str] = {"approved": "已批准", "cancelled": "已撤销"}
MAX_NOTE = 200


def sessions_for(policy: Policy) -> tuple[str, ...]:
    """The roll calls of a school day under this policy."""
    return ("am", "pm") if policy.sessions == "am_pm" else ("day",)


def session_label(session_key: str) -> str:
    return "" if session_key == "day" else SESSIONS.get(session_key, session_key)


# --- permissions -------------------------------------------------------------------------


def can_take_roll(actor: Actor, class_id: int | None) -> bool:
    """Teachers for the classes they teach or head; registrar and admin for every class."""
    if actor.has("attendance.take_all"):
        return True
    return actor.has("attendance.take") and class_id is not None and class_id in actor.class_ids


def _require_take(actor: Actor, c: SchoolClass) -> None:
    if not can_take_roll(actor, c.id):
        raise PermissionDenied("attendance.may_not_take_roll_call", c_name=c.name, username=actor.username)


def _require_leave(actor: Actor, s: Student) -> None:
    if not (actor.has("leave.manage") or can_take_roll(actor, s.class_id)):
        raise PermissionDenied("attendance.may_not_record_leave_student", s_name=s.name)


# --- who is on roll ------------------------------------------------------------------------


def status_histories(session: Session, student_ids: list[int]) -> dict[int, list[tuple[date, str]]]:
    out: dict[int, list[tuple[date, str]]] = defaultdict(list)
    for i in range(0, len(student_ids), 500):
        rows = session.exec(
            select(StatusChange.student_id, StatusChange.effective_date, StatusChange.to_status)
            .where(col(StatusChange.student_id).in_(student_ids[i:i + 500]))
            .order_by(StatusChange.effective_date, StatusChange.id))
        for sid, eff, to in rows:
            out[sid].append((eff, to))
    return out


def status_on(history: list[tuple[date, str]], current: str, day: date) -> str:
    status = None
    for eff, to in history:
        if eff > day:
            break
        status = to
    return status if status is not None else current


def is_on_roll(s: Student, history: list[tuple[date, str]], day: date) -> bool:
    return s.enrolled_on <= day and status_on(history, s.status, day) in ON_ROLL_STATUSES


def roster(session: Session, class_id: int, day: date) -> list[Student]:
    """The students on roll in the class on that day, in pinyin order."""
    students = session.exec(
        select(Student).where(Student.class_id == class_id, Student.enrolled_on <= day)
        .order_by(Student.name_pinyin, Student.id)).all()
    hist = status_histories(session, [s.id for s in students])
    return [s for s in students if is_on_roll(s, hist.get(s.id, []), day)]


class _Pupil(NamedTuple):
    id: int
    name: str
    name_pinyin: str
    name_initials: str


class _LeaveRow(NamedTuple):
    """An approved leave as :func:`leave_covers` and :func:`leave_text` read it."""

    id: int
    student_id: int
    kind: str
    start_day: date
    start_session: str
    end_day: date
    end_session: str


#: the status of each pupil on the day: that of the last change effective on or before it (None: no change yet)
_STATUS_THEN = (select(StatusChange.to_status)
                .where(StatusChange.student_id == Student.id, StatusChange.effective_date <= bindparam("day"))
                .order_by(col(StatusChange.effective_date).desc(), col(StatusChange.id).desc()).limit(1)
                .correlate(Student).scalar_subquery())
_ROLL = (select(Student.id, Student.name, Student.name_pinyin, Student.name_initials, Student.status,
                _STATUS_THEN.label("status_then"), Leave.id.label("leave_id"), Leave.kind, Leave.start_day,
                Leave.start_session, Leave.end_day, Leave.end_session)
         .select_from(Student)
         # the approved leaves on the day (two at most: approved leaves of a pupil never overlap)
         .join(Leave, and_(Leave.student_id == Student.id, Leave.status == "approved",
                           Leave.start_day <= bindparam("day"), Leave.end_day >= bindparam("day")), isouter=True)
         .where(Student.class_id == bindparam("class_id"), Student.enrolled_on <= bindparam("day"))
         .order_by(Student.name_pinyin, Student.id))


def _roll(session: Session, class_id: int, day: date, session_key: str) -> tuple[list[_Pupil], dict[int, _LeaveRow]]:
    """:func:`roster` as plain rows, and the approved leaves covering the roll call of those on it, per
    student, in one statement: the students with their status on the day (one row each, or one per leave)."""
    pupils: dict[int, tuple[_Pupil, str]] = {}
    leaves: dict[int, _LeaveRow] = {}
    for (sid, name, pinyin, initials, current, status_then, leave_id, kind, start_day, start_session, end_day,
         end_session) in core(session).execute(_ROLL, {"class_id": class_id, "day": day}):
        if sid not in pupils:  # the last change on or before the day gives the status that day
            pupils[sid] = (_Pupil(sid, name, pinyin, initials), status_then if status_then is not None else current)
        if leave_id is not None:
            leave = _LeaveRow(leave_id, sid, kind, start_day, start_session, end_day, end_session)
            if leave_covers(leave, day, session_key):
                leaves[sid] = leave
    on_roll = [p for p, status in pupils.values() if status in ON_ROLL_STATUSES]
    return on_roll, {p.id: leaves[p.id] for p in on_roll if p.id in leaves}


def _not_on_roll_reason(session: Session, student_id, c: SchoolClass, day: date) -> Message:
    s = session.get(Student, student_id) if isinstance(student_id, int) else None
    if s is None:
        return msg("common.student_does_not_exist", student_id=student_id)
    if s.class_id != c.id:
        other = session.get(SchoolClass, s.class_id) if s.class_id else None
        if other:
            return msg("attendance.not_of_class_but", s_name=s.name, c_name=c.name, other=other.name)
        return msg("attendance.not_of_class", s_name=s.name, c_name=c.name)
    if s.enrolled_on > day:
        return msg("attendance.not_yet_enrolled", s_name=s.name, enrolled_on=s.enrolled_on, day=day)
    status = status_on(status_histories(session, [s.id]).get(s.id, []), s.status, day)
    return msg("attendance.not_on_roll", s_name=s.name, day=day, status=label("status", status, STATUS))


# --- leave coverage -----------------------------------------------------------------------


def leave_bounds(leave: Leave) -> tuple[tuple[date, int], tuple[date, int]]:
    return ((leave.start_day, 1 if leave.start_session == "pm" else 0),
            (leave.end_day, 0 if leave.end_session == "am" else 1))


def leave_covers(leave: Leave, day: date, session_key: str) -> bool:
    """True when the leave covers any half of the roll call (a half-day leave excuses a whole-day roll call)."""
    start, end = leave_bounds(leave)
    return any(start <= (day, h) <= end for h in SESSION_HALVES[session_key])


def leave_text(leave: Leave) -> str:
    def one(d: date, s: str) -> str:
        return f"{d}{session_label(s)}"
    span = one(leave.start_day, leave.start_session)
    if (leave.end_day, leave.end_session) != (leave.start_day, leave.start_session):
        span += f" 至 {one(leave.end_day, leave.end_session)}"
    return f"{LEAVE_KINDS.get(leave.kind, leave.kind)} {span}"


# --- checks -----------------------------------------------------------------------------


#: the calendar's and the policy's token (:func:`app.policy.rules_token`) read with the class, in the same statement
_RULES = RULES_TOKEN.scalar_subquery().label("rules")
_CLASS = (select(SchoolClass.id, SchoolClass.name, SchoolClass.active, _RULES)
          .where(SchoolClass.id == bindparam("id")))


_CLASS_AND_SHEET = (select(SchoolClass.id, SchoolClass.name, SchoolClass.active, AttendanceSheet.id.label("sheet_id"),
                           _RULES)
                    .select_from(SchoolClass)
                    .join(AttendanceSheet, and_(AttendanceSheet.class_id == SchoolClass.id,
                                                AttendanceSheet.day == bindparam("day"),
                                                AttendanceSheet.session == bindparam("session")), isouter=True)
                    .where(SchoolClass.id == bindparam("id")))


def _get_class(session: Session, class_id: int, roll_call: tuple[date, str] | None = None):
    """The class's id, name, whether it is active and the token of the calendar and the policy (``rules``,
    for :func:`load_calendar` and :func:`load_policy`), a plain row; with ``roll_call`` (day, session) also
    the id of its saved roll call then (``sheet_id``, None when not taken), in the same statement."""
    if roll_call is None:
        c = core(session).execute(_CLASS, {"id": class_id}).first()
    else:
        c = core(session).execute(_CLASS_AND_SHEET, {"id": class_id, "day": roll_call[0],
                                                     "session": roll_call[1]}).first()
    if c is None:
        raise NotFound("common.class_does_not_exist", class_id=class_id)
    return c


def _check_day(calendar: Calendar, day: date, today: date) -> None:
    if day > today:
        raise ValidationError("点名日期", "attendance.has_not_come_yet_no", day=day)
    info = calendar.info(day)
    if not info.school_day:
        raise ValidationError("点名日期", "attendance.no_roll_call", day=day, reason=info.reason)


def _check_session(session: Session, policy: Policy, class_id: int, day: date, session_key: str) -> None:
    allowed = set(sessions_for(policy))
    if session_key in allowed:
        return
    taken = set(session.exec(select(AttendanceSheet.session).where(
        AttendanceSheet.class_id == class_id, AttendanceSheet.day == day)).all())
    if session_key not in taken:  # an old roll call taken under another policy may still be corrected
        raise ValidationError("点名时段", "attendance.session_not_used", sessions=labels("session", sessions_for(policy), SESSIONS),
                              session=label("session", session_key, SESSIONS))


def _sheet(session: Session, class_id: int, day: date, session_key: str) -> AttendanceSheet | None:
    return session.exec(select(AttendanceSheet).where(
        AttendanceSheet.class_id == class_id, AttendanceSheet.day == day,
        AttendanceSheet.session == session_key)).first()


def _user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return "系统"
    u = session.get(User, user_id)
    return (u.display_name or u.username) if u else f"用户{user_id}"


def _hhmm(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else ""


def _day_word(day: date, today: date) -> str:
    return "今天" if day == today else f"{day.month}月{day.day}日"


# --- opening a roll call -----------------------------------------------------------------


class RollCallStudent(NamedTuple):
    student_id: int
    name: str
    mark: str  # a MARK_LABELS key; "present" when nothing was marked
    note: str
    locked_by_leave: bool
    name_pinyin: str = ""  # the registry's search keys (full pinyin, ``|zs|cs|`` initials) for type-to-find
    name_initials: str = ""


class OffRollMark(NamedTuple):
    """A mark saved on a roll call for a pupil no longer on that day's roll (a status change dated before the
    day was recorded after the roll call: a dropout registered from an earlier day). It is kept as saved and
    not counted in the roll call's figures; the page says so, so that its history and its counts agree."""

    student_id: int
    name: str
    mark: str
    status: str  # the pupil's status that day (a STATUS code)


@dataclass(frozen=True)
class RollCall:
    class_id: int
    class_name: str
    day: date
    session: str
    revision: int  # 0: not taken yet; pass it back to submit_roll_call
    students: list[RollCallStudent]
    taken_by: str = ""
    taken_at: datetime | None = None
    revised_by: str = ""
    revised_at: datetime | None = None
    can_edit: bool = False
    history: list[audit.AuditRow] = field(default_factory=list)
    off_roll: tuple[OffRollMark, ...] = ()

    @property
    def taken(self) -> bool:
        return self.revision > 0

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(s.mark for s in self.students))


def open_roll_call(session: Session, actor: Actor, class_id: int, day: date, session_key: str = "day",
                   today: date | None = None) -> RollCall:
    """The roll call of a class for a day (and session): saved marks, leaves locked as excused."""
    today = today or date.today()
    c = _get_class(session, class_id)
    editable = can_take_roll(actor, class_id)
    if not editable and not can_view_class(actor, class_id):
        _require_take(actor, c)
    calendar, policy = load_calendar(session, c.rules), load_policy(session, c.rules)
    _check_session(session, policy, class_id, day, session_key)
    _check_day(calendar, day, today)
    students, leaves = _roll(session, class_id, day, session_key)
    sheet = _sheet(session, class_id, day, session_key)
    rows = {}
    if sheet is not None:
        rows = {m.student_id: m
                for m in session.exec(select(AttendanceMark).where(AttendanceMark.sheet_id == sheet.id))}
    out = []
    for s in students:
        if s.id in leaves:
            row = rows.get(s.id)
            note = row.note if row is not None and row.note else leave_text(leaves[s.id])
            out.append(RollCallStudent(s.id, s.name, "excused", note, True, s.name_pinyin, s.name_initials))
        elif s.id in rows:
            out.append(RollCallStudent(s.id, s.name, rows[s.id].mark, rows[s.id].note, False, s.name_pinyin,
                                       s.name_initials))
        else:
            out.append(RollCallStudent(s.id, s.name, PRESENT, "", False, s.name_pinyin, s.name_initials))
    on_roll = {s.id for s in students}
    gone = sorted(sid for sid in rows if sid not in on_roll)
    off_roll: tuple[OffRollMark, ...] = ()
    if gone:
        histories = status_histories(session, gone)
        off_roll = tuple(OffRollMark(st.id, st.name, rows[st.id].mark,
                                     status_on(histories.get(st.id, []), st.status, day))
                         for st in session.exec(select(Student).where(col(Student.id).in_(gone)).order_by(Student.id)))
    history = []
    if sheet is not None:
        entries = session.exec(select(AuditEntry).where(AuditEntry.entity == "attendance_sheet",
                                                        AuditEntry.entity_id == sheet.id)
                               .order_by(col(AuditEntry.id).desc()).limit(50))
        entries = list(entries)
        names = audit.people_names(session, (e.user_id for e in entries))  # the person, not the login
        history = [audit.AuditRow(e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.summary, e.before,
                                  e.after, names.get(e.user_id, "") if e.user_id is not None else "")
                   for e in entries]
    return RollCall(
        class_id=c.id, class_name=c.name, day=day, session=session_key,
        revision=sheet.revision if sheet else 0, students=out,
        taken_by=_user_name(session, sheet.taken_by) if sheet else "", taken_at=sheet.taken_at if sheet else None,
        revised_by=_user_name(session, sheet.revised_by) if sheet and sheet.revised_at else "",
        revised_at=sheet.revised_at if sheet else None, can_edit=editable, history=history, off_roll=off_roll)


# --- submitting --------------------------------------------------------------------------


@dataclass(frozen=True)
class SubmitResult:
    revision: int
    changed: list[int]  # students whose mark or note changed
    alerts_changed: list[alerts.AlertChange]


def mark_entry(name: str, mark: str, note: str) -> dict:
    return {"姓名": name, "mark": mark, "标记": MARK_LABELS.get(mark, mark), "note": note}


def count_present(enrolled: int, marks) -> int:
    return enrolled - sum(1 for m in marks if m in MISSED_MARKS)


def submit_roll_call(session: Session, actor: Actor, class_id: int, day: date, session_key: str,
                     marks: dict[int, tuple[str, str]], base_revision: int,
                     today: date | None = None) -> SubmitResult:
    """Save a roll call: ``marks`` holds the exceptions (student id → (mark, note)); the rest are present.

    ``base_revision`` is the revision the teacher's screen showed (0 for a new
    roll call); if someone saved in between, nothing is written and a
    ConflictError says who and when.
    """
    today = today or date.today()
    c = _get_class(session, class_id, (day, session_key))
    _require_take(actor, c)
    if not c.active:
        raise ValidationError("班级", "attendance.closed_no_roll_call", c_name=c.name)
    calendar, policy = load_calendar(session, c.rules), load_policy(session, c.rules)
    _check_session(session, policy, class_id, day, session_key)
    _check_day(calendar, day, today)
    students, leaves = _roll(session, class_id, day, session_key)
    by_id = {s.id: s for s in students}

    typed: dict[int, tuple[str, str]] = {}
    for sid, value in (marks or {}).items():
        if sid not in by_id:
            raise ValidationError("学生", _not_on_roll_reason(session, sid, c, day))
        mark, note = (value, "") if isinstance(value, str) else (value[0], value[1] if len(value) > 1 else "")
        name = by_id[sid].name
        note = fields.text(note, f"“{name}”的备注", limit=MAX_NOTE, multiline=False)
        if mark == "excused" and sid not in leaves:
            raise ValidationError("点名标记", "attendance.has_no_approved_leave_cannot", name=name)
        if mark not in TYPED_MARKS and mark != "excused":
            raise ValidationError("点名标记", "attendance.invalid_mark", name=name, mark=mark,
                                  choices=labels("mark", MARK_LABELS, MARK_LABELS))
        typed[sid] = (mark, note)

    sheet = session.get(AttendanceSheet, c.sheet_id) if c.sheet_id is not None else None
    current = sheet.revision if sheet else 0
    if base_revision != current:
        _conflict(session, sheet, c, day, session_key, today)

    # the new exceptions: (mark, note, leave_id, typed_mark)
    new: dict[int, tuple[str, str, int | None, str]] = {}
    for s in students:
        mark, note = typed.get(s.id, (PRESENT, ""))
        if s.id in leaves:
            leave = leaves[s.id]
            new[s.id] = ("excused", note or leave_text(leave), leave.id, "" if mark == "excused" else mark)
        elif mark != PRESENT:
            new[s.id] = (mark, note, None, "")
    old: dict[int, AttendanceMark] = {}
    if sheet is not None:
        old = {m.student_id: m for m in session.exec(select(AttendanceMark).where(AttendanceMark.sheet_id == sheet.id))
               if m.student_id in by_id}

    # The saved values are copied now: the write loop below changes the rows in place.
    old_values = {sid: (m.mark, m.note) for sid, m in old.items()}

    def old_of(sid: int) -> tuple[str, str]:
        return old_values.get(sid, (PRESENT, ""))

    def new_of(sid: int) -> tuple[str, str]:
        return new[sid][:2] if sid in new else (PRESENT, "")

    changed = sorted(sid for sid in set(new) | set(old) if old_of(sid) != new_of(sid))
    if sheet is not None and not changed:
        return SubmitResult(sheet.revision, [], [])

    now = utcnow()
    present = count_present(len(students), [v[0] for v in new.values()])
    if sheet is None:  # the first roll call: the sheet and its marks in two statements
        conn = core(session)
        try:
            sheet_id = conn.execute(_NEW_SHEET, {
                "class_id": class_id, "day": day, "session": session_key, "revision": 1, "enrolled": len(students),
                "present": present, "taken_by": actor.user_id, "taken_at": now, "revised_by": None,
                "revised_at": None}).inserted_primary_key[0]
        except IntegrityError:  # another window saved the first roll call of this class a moment ago
            raise ConflictError("attendance.roll_call_class_just_submitted",
                                day_word=_day_word(day, today),
                                session_label=session_label(session_key)) from None
        if new:
            conn.execute(_NEW_MARKS, [
                {"sheet_id": sheet_id, "student_id": sid, "mark": mark, "note": note, "leave_id": leave_id,
                 "typed_mark": typed_mark} for sid, (mark, note, leave_id, typed_mark) in new.items()])
        sheet = _Taken(sheet_id, 1)
    else:
        result = session.execute(
            update(AttendanceSheet)
            .where(AttendanceSheet.id == sheet.id, AttendanceSheet.revision == base_revision)
            .values(revision=base_revision + 1, enrolled=len(students), present=present,
                    revised_by=actor.user_id, revised_at=now))
        if result.rowcount != 1:
            session.refresh(sheet)
            _conflict(session, sheet, c, day, session_key, today)
        session.refresh(sheet)
        for sid in changed:
            row = old.get(sid)
            if sid not in new:
                session.delete(row)
                continue
            mark, note, leave_id, typed_mark = new[sid]
            if row is None:
                row = AttendanceMark(sheet_id=sheet.id, student_id=sid, mark=mark)
            row.mark, row.note, row.leave_id, row.typed_mark = mark, note, leave_id, typed_mark
            session.add(row)
        session.flush()

    label = session_label(session_key)
    if current == 0:
        counts = Counter(v[0] for v in new.values())
        missed = sum(n for m, n in counts.items() if m in MISSED_MARKS)
        detail = "、".join(f"{MARKS[m]} {counts[m]} 人" for m in MARKS if counts.get(m))
        summary = f"{c.name} {day}{label} 点名:{missed} 人缺勤" + (f"({detail})" if detail else "")
        audit.record(session, actor, "attendance.take", "attendance_sheet", sheet.id, before=None,
                     after={str(sid): mark_entry(by_id[sid].name, *new[sid][:2]) for sid in changed},
                     summary=summary, changed_only=False)
    else:
        parts = [f"{by_id[sid].name} {MARK_LABELS[old_of(sid)[0]]}→{MARK_LABELS[new_of(sid)[0]]}" for sid in changed
                 if old_of(sid)[0] != new_of(sid)[0]]
        notes = len(changed) - len(parts)
        text = "、".join(parts[:8]) + (f" 等 {len(parts)} 人" if len(parts) > 8 else "")
        if notes:
            text += ("," if text else "") + f"{notes} 人备注修改"
        audit.record(session, actor, "attendance.revise", "attendance_sheet", sheet.id,
                     before={str(sid): mark_entry(by_id[sid].name, *old_of(sid)) for sid in changed},
                     after={str(sid): mark_entry(by_id[sid].name, *new_of(sid)) for sid in changed},
                     summary=f"{c.name} {day}{label} 修改点名(第 {sheet.revision} 版):{text}", changed_only=False)

    affected = [sid for sid in changed if old_of(sid)[0] != new_of(sid)[0]]
    changes = alerts.recompute_students(session, affected, today, calendar, policy, actor=actor, since=day)
    return SubmitResult(sheet.revision, changed, changes)


class _Taken(NamedTuple):
    """The sheet a first roll call just wrote (its id and revision)."""

    id: int
    revision: int


_NEW_SHEET = insert(AttendanceSheet)
_NEW_MARKS = insert(AttendanceMark)


def _conflict(session: Session, sheet: AttendanceSheet | None, c: SchoolClass, day: date, session_key: str,
              today: date):
    when = _day_word(day, today) + session_label(session_key)
    if sheet is None:
        raise ConflictError("attendance.roll_call_class_no_longer", when=when)
    who = sheet.revised_by if sheet.revised_at else sheet.taken_by
    at = sheet.revised_at or sheet.taken_at
    raise ConflictError("attendance.roll_call_class_changed_refresh",
                        when=when,
                        user_name=_user_name(session, who),
                        hhmm=_hhmm(at))


def recount_sheets(session: Session, student_id: int, since: date) -> int:
    """Work out again the counts (``enrolled``, ``present``) of the saved roll calls of the student's class
    from ``since`` on, by the rule of :func:`roster`, after a change to who was on roll on those days (a
    status change effective in the past). The marks and the revision stay; returns the sheets changed."""
    s = session.get(Student, student_id)
    if s is None or s.class_id is None:
        return 0
    sheets = session.exec(select(AttendanceSheet).where(AttendanceSheet.class_id == s.class_id,
                                                        AttendanceSheet.day >= since)).all()
    if not sheets:
        return 0
    pupils = session.exec(select(Student).where(Student.class_id == s.class_id)).all()
    hist = status_histories(session, [p.id for p in pupils])
    marks: dict[int, list[tuple[int, str]]] = defaultdict(list)
    ids = [sh.id for sh in sheets]
    for i in range(0, len(ids), 500):
        for sheet_id, sid, mark in session.exec(select(AttendanceMark.sheet_id, AttendanceMark.student_id,
                                                       AttendanceMark.mark)
                                                .where(col(AttendanceMark.sheet_id).in_(ids[i:i + 500]))):
            marks[sheet_id].append((sid, mark))
    changed = 0
    for sh in sheets:
        on_roll = {p.id for p in pupils if is_on_roll(p, hist.get(p.id, []), sh.day)}
        present = count_present(len(on_roll), [m for sid, m in marks[sh.id] if sid in on_roll])
        if (sh.enrolled, sh.present) != (len(on_roll), present):
            sh.enrolled, sh.present = len(on_roll), present
            session.add(sh)
            changed += 1
    return changed


# --- principal's overview ------------------------------------------------------------------


@dataclass(frozen=True)
class MissingRollCall:
    class_id: int
    class_name: str
    head_teacher: str
    students: int
    sessions: tuple[str, ...]  # the sessions not taken ("day", or "am"/"pm")

    @property
    def sessions_label(self) -> str:
        return "、".join(SESSIONS[s] for s in self.sessions)


def classes_on_roll(session: Session, actor: Actor, day: date) -> int:
    """How many active classes have students on roll on ``day`` (0 in a school not set up yet)."""
    require(actor, "attendance.overview")
    return session.exec(select(func.count(func.distinct(Student.class_id))).join(
        SchoolClass, SchoolClass.id == Student.class_id).where(
        col(Student.status).in_(ON_ROLL_STATUSES), Student.enrolled_on <= day,
        SchoolClass.active == True)).one()  # noqa: E712


def classes_without_roll_call(session: Session, actor: Actor, day: date,
                              session_key: str | None = None) -> list[MissingRollCall]:
    """Active classes with students on roll that have not taken the roll of ``day`` (all sessions or one)."""
    require(actor, "attendance.overview")
    calendar, policy = load_calendar(session), load_policy(session)
    if not calendar.is_school_day(day):
        return []
    wanted = (session_key,) if session_key else sessions_for(policy)
    on_roll = Counter(session.exec(select(Student.class_id).where(
        col(Student.status).in_(ON_ROLL_STATUSES), Student.enrolled_on <= day,
        col(Student.class_id).is_not(None))).all())
    covered: dict[int, set[int]] = defaultdict(set)
    for cid, s in session.exec(select(AttendanceSheet.class_id, AttendanceSheet.session)
                               .where(AttendanceSheet.day == day)):
        covered[cid].update(SESSION_HALVES.get(s, ()))
    rows = session.exec(select(SchoolClass, Staff.name).join(Staff, Staff.id == SchoolClass.head_teacher_id,
                                                             isouter=True)
                        .where(SchoolClass.active == True)  # noqa: E712
                        .order_by(SchoolClass.grade_level, SchoolClass.name))
    out = []
    for c, head in rows:
        if not on_roll.get(c.id):
            continue
        missing = tuple(s for s in wanted if not set(SESSION_HALVES[s]) <= covered.get(c.id, set()))
        if missing:
            out.append(MissingRollCall(c.id, c.name, head or "", on_roll[c.id], missing))
    return out


# --- leave ------------------------------------------------------------------------------


def _apply_to_sheet(session: Session, actor: Actor, sheet: AttendanceSheet, c: SchoolClass, s: Student,
                    mark: str, note: str, leave_id: int | None, typed_mark: str, why: str) -> None:
    """Change one student's mark on a saved roll call (a leave added or cancelled): new revision, audited."""
    row = session.get(AttendanceMark, (sheet.id, s.id))
    before = (row.mark, row.note) if row is not None else (PRESENT, "")
    if mark == PRESENT:
        if row is not None:
            session.delete(row)
    else:
        row = row or AttendanceMark(sheet_id=sheet.id, student_id=s.id, mark=mark)
        row.mark, row.note, row.leave_id, row.typed_mark = mark, note, leave_id, typed_mark
        session.add(row)
    session.flush()
    marks = session.exec(select(AttendanceMark.mark).where(AttendanceMark.sheet_id == sheet.id)).all()
    sheet.present = count_present(sheet.enrolled, marks)
    sheet.revision += 1
    sheet.revised_by, sheet.revised_at = actor.user_id, utcnow()
    session.add(sheet)
    audit.record(session, actor, "attendance.leave", "attendance_sheet", sheet.id,
                 before={str(s.id): mark_entry(s.name, *before)}, after={str(s.id): mark_entry(s.name, mark, note)},
                 summary=f"{c.name} {sheet.day}{session_label(sheet.session)} 点名:{s.name} "
                         f"{MARK_LABELS[before[0]]}→{MARK_LABELS[mark]}({why})", changed_only=False)


def add_leave(session: Session, actor: Actor, student_id: int, kind: str, start_day: date, end_day: date,
              start_session: str = "day", end_session: str = "day", reason: str = "", reference: str = "",
              today: date | None = None) -> int:
    """Record an approved leave; roll calls already saved for the days it covers become "excused".

    Sessions: ``start_session`` "pm" starts in the afternoon, ``end_session``
    "am" ends at noon; "day" means the whole day. Called by the approvals
    feature once a request is approved (``reference`` = the request id).
    """
    today = today or date.today()
    s = session.get(Student, student_id)
    if s is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    _require_leave(actor, s)
    if kind not in LEAVE_KINDS:
        raise ValidationError("请假类型", "common.must_be_one_of", choices=labels("leave_kind", LEAVE_KINDS, LEAVE_KINDS))
    for label, value in (("开始时段", start_session), ("结束时段", end_session)):
        if value not in SESSIONS:
            raise ValidationError(label, "common.must_whole_day_morning_afternoon")
    if start_day is None or end_day is None:
        raise ValidationError("请假日期", "attendance.fill_start_end_dates")
    leave = Leave(student_id=s.id, kind=kind, start_day=start_day, start_session=start_session, end_day=end_day,
                  end_session=end_session, reason=fields.text(reason, "请假事由", limit=MAX_NOTE),
                  reference=fields.text(reference, "请假依据", limit=MAX_NOTE, multiline=False),
                  status="approved", created_by=actor.user_id)
    start, end = leave_bounds(leave)
    if end < start:
        raise ValidationError("请假日期", "attendance.end_cannot_before_start",
                                      end_day=end_day,
                                      session_label=session_label(end_session),
                                      start_day=start_day,
                                      session_label2=session_label(start_session))
    if s.status not in ON_ROLL_STATUSES:
        raise ValidationError("学生", "attendance.now_no_leave_can_recorded",
                                    s_name=s.name,
                                    s_status=STATUS.get(s.status, s.status))
    if end_day < s.enrolled_on:
        raise ValidationError("请假日期", "attendance.enrolled", s_name=s.name, enrolled_on=s.enrolled_on)
    for other in session.exec(select(Leave).where(Leave.student_id == s.id, Leave.status == "approved",
                                                  Leave.start_day <= end_day, Leave.end_day >= start_day)):
        o_start, o_end = leave_bounds(other)
        if o_start <= end and start <= o_end:
            raise ValidationError("请假日期", "attendance.overlaps_recorded_leave",
                                          s_name=s.name,
                                          leave_text=leave_text(other))
    session.add(leave)
    session.flush()
    audit.record(session, actor, "leave.create", "leave", leave.id, after=audit.snapshot(leave),
                 summary=f"{s.name} 请假:{leave_text(leave)}" + (f"({leave.reason})" if leave.reason else ""))

    c = session.get(SchoolClass, s.class_id) if s.class_id else None
    if c is not None:
        hist = status_histories(session, [s.id]).get(s.id, [])
        sheets = session.exec(select(AttendanceSheet).where(
            AttendanceSheet.class_id == c.id, AttendanceSheet.day >= start_day, AttendanceSheet.day <= end_day)
            .order_by(AttendanceSheet.day, AttendanceSheet.session)).all()
        for sheet in sheets:
            if not leave_covers(leave, sheet.day, sheet.session) or not is_on_roll(s, hist, sheet.day):
                continue
            row = session.get(AttendanceMark, (sheet.id, s.id))
            old_mark = row.mark if row is not None else PRESENT
            note = row.note if row is not None and row.note else leave_text(leave)
            _apply_to_sheet(session, actor, sheet, c, s, "excused", note, leave.id,
                            "" if old_mark == "excused" else old_mark, f"补登请假 {leave_text(leave)}")
    alerts.recompute_students(session, [s.id], today, actor=actor, reason=alerts.CLEARED_BY_LEAVE,
                              since=min(start_day, today))
    return leave.id


def cancel_leave(session: Session, actor: Actor, leave_id: int, reason: str = "", today: date | None = None) -> int:
    """Cancel an approved leave. Returns how many saved roll calls changed.

    Roll calls it had marked "excused" go back to what the teacher recorded; when
    the teacher could not record anything (the leave was there first), the
    student is marked absent with a note asking the class teacher to check.
    """
    today = today or date.today()
    leave = session.get(Leave, leave_id)
    if leave is None:
        raise NotFound("attendance.leave_record_does_not_exist", leave_id=leave_id)
    s = session.get(Student, leave.student_id)
    _require_leave(actor, s)
    if leave.status != "approved":
        raise ValidationError("请假", "attendance.leave_withdrawn")
    before = audit.snapshot(leave)
    leave.status = "cancelled"
    session.add(leave)
    audit.record(session, actor, "leave.cancel", "leave", leave.id, before=before, after=audit.snapshot(leave),
                 summary=f"撤销 {s.name} 的请假:{leave_text(leave)}" + (f"({reason.strip()})" if reason.strip() else ""))
    rows = session.exec(select(AttendanceMark, AttendanceSheet)
                        .join(AttendanceSheet, AttendanceSheet.id == AttendanceMark.sheet_id)
                        .where(AttendanceMark.leave_id == leave.id)
                        .order_by(AttendanceSheet.day, AttendanceSheet.session)).all()
    for row, sheet in rows:
        c = session.get(SchoolClass, sheet.class_id)
        if row.typed_mark in TYPED_MARKS:
            mark, note = row.typed_mark, ("" if row.note == leave_text(leave) else row.note)
        else:
            mark, note = "absent", "请假已撤销,请班主任核对"
        _apply_to_sheet(session, actor, sheet, c, s, mark, note, None, "", "请假已撤销")
    alerts.recompute_students(session, [s.id], today, actor=actor, since=min(leave.start_day, today))
    return len(rows)


@dataclass(frozen=True)
class LeaveRow:
    id: int
    student_id: int
    kind: str
    kind_label: str
    start_day: date
    start_session: str
    end_day: date
    end_session: str
    reason: str
    status: str
    reference: str
    text: str


def leaves_of(session: Session, actor: Actor, student_id: int) -> list[LeaveRow]:
    s = session.get(Student, student_id)
    if s is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    if not (can_view_class(actor, s.class_id) or actor.has("leave.manage")):
        raise PermissionDenied("attendance.may_not_see_leave_records")
    rows = session.exec(select(Leave).where(Leave.student_id == student_id).order_by(col(Leave.start_day).desc()))
    return [LeaveRow(r.id, r.student_id, r.kind, LEAVE_KINDS.get(r.kind, r.kind), r.start_day, r.start_session,
                     r.end_day, r.end_session, r.reason, r.status, r.reference, leave_text(r)) for r in rows]


# --- a student's attendance --------------------------------------------------------------

_SESSION_ORDER = {"day": 0, "am": 1, "pm": 2}


def student_attendance(session: Session, student_id: int, start: date, end: date) -> list[tuple[date, str, str]]:
    """(day, session, mark) of every roll call of the student between two days, "present" where no row.

    A roll call counts for the student when it was taken for their class on a day
    they were on roll there, or when it holds a row for them (an earlier class).
    """
    s = session.get(Student, student_id)
    if s is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    hist = status_histories(session, [s.id]).get(s.id, [])
    rows = {
        sheet_id: (d, sess, mark)
        for sheet_id, d, sess, mark in session.exec(
            select(AttendanceSheet.id, AttendanceSheet.day, AttendanceSheet.session, AttendanceMark.mark)
            .join(AttendanceMark, AttendanceMark.sheet_id == AttendanceSheet.id)
            .where(AttendanceMark.student_id == s.id, AttendanceSheet.day >= start, AttendanceSheet.day <= end))
    }
    out = list(rows.values())
    if s.class_id is not None:
        for sheet_id, d, sess in session.exec(
                select(AttendanceSheet.id, AttendanceSheet.day, AttendanceSheet.session)
                .where(AttendanceSheet.class_id == s.class_id, AttendanceSheet.day >= start,
                       AttendanceSheet.day <= end)):
            if sheet_id not in rows and is_on_roll(s, hist, d):
                out.append((d, sess, PRESENT))
    out.sort(key=lambda r: (r[0], _SESSION_ORDER.get(r[1], 9)))
    return out


def attendance_rate(session: Session, student_id: int, start: date, end: date,
                    calendar: Calendar | None = None) -> tuple[int, float, float | None]:
    """(school days on roll, days missed for any reason, rate present) between two days.

    Missed = absent, sick or personal leave, excused (domain.md §8: chronic absence
    counts every reason); half days for am/pm roll calls; late and left early are
    attended. A school day with no roll call counts as attended (nothing known).
    Rate is None when the student had no school day on roll.
    """
    calendar = calendar or load_calendar(session)
    s = session.get(Student, student_id)
    if s is None:
        raise NotFound("common.student_does_not_exist", student_id=student_id)
    hist = status_histories(session, [s.id]).get(s.id, [])
    days = [d for d in calendar.school_days(start, end) if is_on_roll(s, hist, d)]
    valid = set(days)
    missed = 0.0
    for d, sess, mark in student_attendance(session, student_id, start, end):
        if d in valid and mark in MISSED_MARKS:
            missed += len(SESSION_HALVES.get(sess, (0, 1))) / 2
    missed = min(missed, float(len(days)))
    rate = (len(days) - missed) / len(days) if days else None
    return len(days), missed, rate


__all__ = ["ABSENT_MARKS", "EXCUSED_MARKS", "LEAVE_KINDS", "MARKS", "MARK_LABELS", "MISSED_MARKS", "MissingRollCall",
           "OffRollMark", "PRESENT", "RollCall", "RollCallStudent", "SESSIONS", "SubmitResult", "TYPED_MARKS", "add_leave",
           "attendance_rate", "can_take_roll", "cancel_leave", "classes_without_roll_call", "leave_covers",
           "leaves_of", "open_roll_call", "roster", "sessions_for", "student_attendance", "submit_roll_call"]

for _name, _table in (("leave_kind", LEAVE_KINDS), ("leave_status", LEAVE_STATUSES), ("mark", MARK_LABELS),
                      ("session", SESSIONS)):
    label_table(_name, _table)
