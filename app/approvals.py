"""Requests and approvals: leave, suspension, resumption, transfer, borrow-study, dropout, death, graduation.

domain.md §2 measure 4 ("status changes follow approval and filing rules, so
that no child is lost through a school's or teacher's mistake") and §5.

One state machine for every kind
--------------------------------
::

    draft ──submit──▶ submitted ──approve──▶ approved ──report──▶ reported ──acknowledge──▶ acknowledged
      │                  │  └──reject (reason)──▶ rejected
      └──cancel──▶ cancelled ◀──cancel──┘
                         ▲
       approved leave ───┘ (only before its first day; the Leave is cancelled with it)

* ``report`` / ``acknowledge`` exist only for kinds the county must know
  (everything but leave): the school files the change with the county bureau
  (reported) and records the bureau's answer (acknowledged). For a transfer out
  the acknowledgement is the county's confirmation that the child arrived at the
  new school; until then the child is listed by :func:`unconfirmed_transfers`.
* A rejection needs a reason; rejected and cancelled are final (a new request is
  made instead, :func:`copy_as_draft` helps).
* **Cancellation** is allowed for a draft or a submitted request (the requester
  or the principal), and for an *approved leave before its first day* (the
  requester, the class teacher or the principal): the Leave row is cancelled
  through :func:`app.attendance.cancel_leave` in the same transaction. An
  approved status change is never "cancelled": it is part of the student's
  national history, and is reversed by the opposite request (resumption,
  borrow-study return, transfer in) so the history tells what happened. A leave
  that has begun is not cancelled either (the days already excused stay on the
  record); the class teacher simply takes the roll when the child is back.
* Every step writes an :class:`~app.data.models.ApprovalStep` (who, when, from
  and to state, comment) and an audit entry, in the caller's transaction, with
  the effects of the step.
* An illegal step is refused before anything is written, with a message saying
  why (:func:`refusal` gives the same message without raising, so a window can
  grey out a button and show the reason as a tooltip; :func:`allowed_actions`
  lists what the actor may do now).

Who does what (rules in :func:`refusal`)
----------------------------------------
* **Request**: teachers and class teachers for students of the classes they may
  edit (:func:`app.accounts.can_edit_class`), the registrar (and admin) for
  anyone. A graduation batch and a transfer in of a new child: the registrar.
  Only the requester edits and submits a draft.
* **Approve / reject**: a leave of at most ``policy.class_teacher_leave_limit_days``
  school days by the class teacher (head teacher) of the student's class, or the
  principal; a longer leave and every other kind by the principal. Nobody
  decides on a request they made themselves.
* **Report / acknowledge** (the county's steps, recorded at the school): the registrar.

Permissions (``approval.*``) are in the one table, :data:`app.access.PERMISSIONS`.

Effects of an approval (same transaction)
-----------------------------------------
* leave → :func:`app.attendance.add_leave` (saved roll calls become excused, alerts
  recomputed and cleared when the leave covers their run), ``outcome["leave_id"]``;
* suspension 23, resumption 12, transfer out 27, transfer in 13 (an existing
  record that transferred out, or a new child created with code 13), dropout 28
  (through :func:`app.cases.register_dropout` when a case is referenced), death 26,
  graduation 21 for every student of the class who is 在校 (others are listed in
  ``outcome["skipped"]``) — all via :func:`app.students.record_status_change`,
  effective on the request's date (the roll call uses the status history, so the
  child leaves the roll from that day);
* borrow-study out / return: the borrow helpers of :mod:`app.students`
  (no national code; the registration stays);
* suspension extension: no status change; the suspension's end moves
  (:func:`suspension_end`);
* borrow-study *in* (a child of another school studying here): filed only — the
  child is not on this school's 学籍; see the report for the roster question.

The status change is recorded in the approver's name (the approval is its
authority), although a principal does not hold ``student.status`` for direct
edits: :func:`_authority` adds that authority for the effect only.
"""

from __future__ import annotations

import types
import typing
from collections import Counter
from dataclasses import MISSING as _MISSING
from dataclasses import asdict, dataclass, fields, is_dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Iterable

from sqlalchemy import or_
from sqlmodel import Session, col, select

from app import attachments as files
from app import audit, cases
from app import students as st
from app.accounts import Actor, can_edit_class, can_view_class
from app.attendance import LEAVE_KINDS, SESSIONS, add_leave, cancel_leave, leave_bounds, leave_text
from app.codes import STATUS
from app.data.approval_models import ApprovalAttachment, ApprovalRequest, ApprovalStep
from app.data.models import AbsenceCase, Leave, SchoolClass, Staff, StatusChange, Student, User, utcnow
from app.errors import NotFound, PermissionDenied, ValidationError
from app.paths import DataPaths
from app.policy import Policy
from app.policy import load as load_policy
from app.school_calendar import load_calendar
from app.students import GuardianInput, StudentInput, raise_first, validate

# --- vocabulary ------------------------------------------------------------------------------

KINDS: dict[str, str] = {
    "leave": "请假",
    "suspension": "休学",
    "suspension_extension": "延长休学",
    "resumption": "复学",
    "transfer_out": "转出",
    "transfer_in": "转入",
    "borrow_out": "外出借读",
    "borrow_return": "借读返回",
    "borrow_in": "外校学生来校借读",
    "dropout": "辍学登记",
    "death": "死亡",
    "graduation": "毕业(整班)",
}
STATES: dict[str, str] = {
    "draft": "草稿",
    "submitted": "待审批",
    "approved": "已批准",
    "rejected": "已驳回",
    "reported": "已报县教育局",
    "acknowledged": "县教育局已确认",
    "cancelled": "已撤销",
}
ACTIONS: dict[str, str] = {
    "create": "新建",
    "edit": "修改",
    "submit": "提交",
    "approve": "批准",
    "reject": "驳回",
    "report": "报县教育局",
    "acknowledge": "县教育局确认",
    "cancel": "撤销",
}
#: action → {from state: to state}
TRANSITIONS: dict[str, dict[str, str]] = {
    "submit": {"draft": "submitted"},
    "approve": {"submitted": "approved"},
    "reject": {"submitted": "rejected"},
    "report": {"approved": "reported"},
    "acknowledge": {"reported": "acknowledged"},
    "cancel": {"draft": "cancelled", "submitted": "cancelled", "approved": "cancelled"},
}
STEP_ACTIONS = tuple(TRANSITIONS)
OPEN_STATES = frozenset({"draft", "submitted"})
FINAL_STATES = frozenset({"rejected", "cancelled", "acknowledged"})
#: approved and beyond: the effect has happened
DONE_STATES = frozenset({"approved", "reported", "acknowledged"})
APPROVER_ROLES: dict[str, str] = {"class_teacher": "班主任", "principal": "校长"}

#: kinds that change a student's 学籍 status: one open request of these per student at a time
STATUS_KINDS = frozenset({"suspension", "resumption", "transfer_out", "transfer_in", "borrow_out", "borrow_return",
                          "dropout", "death"})
#: kinds that need a scanned proof before they can be submitted
PROOF_KINDS: dict[str, str] = {"suspension": "医院诊断证明等休学证明", "death": "死亡证明"}
#: kinds the county must be told of (reported, then acknowledged)
COUNTY_KINDS = frozenset(KINDS) - {"leave"}
FINAL_GRADES = frozenset({6, 9})  # the last year of primary school and of junior middle school

MAX_TEXT = 200


# --- kind details ------------------------------------------------------------------------------
# One frozen dataclass per kind; stored as JSON in ApprovalRequest.details. Dates are ISO strings there.


@dataclass(frozen=True)
class LeaveDetails:
    leave_kind: str  # app.attendance.LEAVE_KINDS: sick | personal
    start_day: date
    end_day: date
    start_session: str = "day"  # "pm": from noon
    end_session: str = "day"  # "am": until noon
    reason: str = ""


@dataclass(frozen=True)
class SuspensionDetails:
    effective_date: date
    months: int
    reason: str


@dataclass(frozen=True)
class SuspensionExtensionDetails:
    suspension_request_id: int
    months: int
    reason: str


@dataclass(frozen=True)
class ResumptionDetails:
    effective_date: date
    note: str = ""


@dataclass(frozen=True)
class TransferOutDetails:
    effective_date: date
    destination_school: str
    destination_county: str
    reason: str


@dataclass(frozen=True)
class TransferInDetails:
    effective_date: date
    from_school: str
    from_county: str
    reason: str = ""
    #: a new child: the fields of app.students.StudentInput (dates as ISO strings); None for a returning record
    new_student: dict | None = None


@dataclass(frozen=True)
class BorrowOutDetails:
    effective_date: date
    host_school: str
    host_county: str
    reason: str
    end_date: date | None = None


@dataclass(frozen=True)
class BorrowReturnDetails:
    effective_date: date
    note: str = ""


@dataclass(frozen=True)
class BorrowInDetails:
    effective_date: date
    guest_name: str
    home_school: str
    home_county: str
    class_id: int
    guest_student_number: str = ""
    reason: str = ""
    end_date: date | None = None


@dataclass(frozen=True)
class DropoutDetails:
    effective_date: date
    reason: str
    case_id: int | None = None
    left_on: date | None = None
    whereabouts: str = ""
    family_refused: bool = False


@dataclass(frozen=True)
class DeathDetails:
    effective_date: date
    cause: str = ""


@dataclass(frozen=True)
class GraduationDetails:
    effective_date: date
    class_id: int


DETAILS: dict[str, type] = {
    "leave": LeaveDetails,
    "suspension": SuspensionDetails,
    "suspension_extension": SuspensionExtensionDetails,
    "resumption": ResumptionDetails,
    "transfer_out": TransferOutDetails,
    "transfer_in": TransferInDetails,
    "borrow_out": BorrowOutDetails,
    "borrow_return": BorrowReturnDetails,
    "borrow_in": BorrowInDetails,
    "dropout": DropoutDetails,
    "death": DeathDetails,
    "graduation": GraduationDetails,
}

_FIELD_LABELS: dict[str, str] = {
    "leave_kind": "请假类型", "start_day": "开始日期", "end_day": "结束日期", "start_session": "开始时段",
    "end_session": "结束时段", "reason": "事由", "effective_date": "生效日期", "months": "月数",
    "suspension_request_id": "原休学申请", "note": "说明", "destination_school": "转入学校",
    "destination_county": "转入学校所在县(区)", "from_school": "原学校", "from_county": "原学校所在县(区)",
    "new_student": "学生信息", "host_school": "借读学校", "host_county": "借读学校所在县(区)", "end_date": "结束日期",
    "guest_name": "借读学生姓名", "home_school": "学籍所在学校", "home_county": "学籍所在县(区)", "class_id": "班级",
    "guest_student_number": "借读学生学籍号", "case_id": "个案", "left_on": "离校日期", "whereabouts": "现在去向",
    "family_refused": "家长拒绝返校", "cause": "死因",
}


def _label(name: str) -> str:
    return _FIELD_LABELS.get(name, name)


def _hint_types(hint) -> tuple:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return typing.get_args(hint)
    return (hint,)


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    return value


def details_to_json(details) -> dict[str, Any]:
    return {f.name: _plain(getattr(details, f.name)) for f in fields(details)}


def parse_details(kind: str, data) -> Any:
    """The kind's details dataclass from a dataclass, a dict (UI/JSON) or None; wrong shapes refused."""
    if kind not in KINDS:
        raise ValidationError("申请类型", f"未知的申请类型“{kind}”(可选:{'、'.join(KINDS.values())})")
    cls = DETAILS[kind]
    if isinstance(data, cls):
        data = {f.name: getattr(data, f.name) for f in fields(cls)}
    elif is_dataclass(data) and not isinstance(data, type):
        raise ValidationError("申请内容", f"{KINDS[kind]}申请的内容类型不对({type(data).__name__})")
    data = dict(data or {})
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValidationError("申请内容", f"{KINDS[kind]}申请没有这些项:{'、'.join(unknown)}")
    values = {}
    for f in fields(cls):
        if f.name not in data or data[f.name] is None or data[f.name] == "":
            if f.default is not _MISSING:
                values[f.name] = f.default
                continue
            raise ValidationError(_label(f.name), "不能为空")
        value = data[f.name]
        allowed = _hint_types(hints[f.name])
        try:
            if date in allowed and not isinstance(value, date):
                value = date.fromisoformat(str(value))
            elif isinstance(value, datetime) and date in allowed:
                value = value.date()
            elif int in allowed and not isinstance(value, bool):
                value = int(value)
            elif bool in allowed:
                value = bool(value)
            elif str in allowed:
                value = str(value).strip()
            elif dict in allowed:
                value = _student_input_json(value)
        except (TypeError, ValueError):
            raise ValidationError(_label(f.name), f"格式不对:{value!r}") from None
        values[f.name] = value
    return cls(**values)


def _student_input_json(value) -> dict:
    if isinstance(value, StudentInput):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return _plain(value)
    raise TypeError(value)


def _student_input(data: dict):
    values = dict(data)
    for key in ("birth_date", "enrolled_on"):
        if isinstance(values.get(key), str) and values[key]:
            values[key] = date.fromisoformat(values[key])
    values["guardians"] = [GuardianInput(**g) for g in values.get("guardians") or []]
    known = {f.name for f in fields(StudentInput)}
    unknown = set(values) - known
    if unknown:
        raise ValidationError("学生信息", f"未知的项:{'、'.join(sorted(unknown))}")
    return StudentInput(**values)


def effective_of(kind: str, details) -> date:
    return details.start_day if kind == "leave" else details.effective_date


# --- small helpers ------------------------------------------------------------------------------


def _text(value: str, label: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(label, "不能为空,请写明")
    if len(value) > limit:
        raise ValidationError(label, f"最多 {limit} 个字(现在 {len(value)} 个)")
    return value


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the last day of a shorter month)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def _user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = session.exec(select(User, Staff.name).join(Staff, Staff.id == User.staff_id, isouter=True)
                        .where(col(User.id).in_(wanted)))
    return {u.id: (u.display_name or staff_name or u.username) for u, staff_name in rows}


def _headed_classes(session: Session, actor: Actor) -> frozenset[int]:
    if actor.staff_id is None:
        return frozenset()
    return frozenset(session.exec(select(SchoolClass.id).where(SchoolClass.head_teacher_id == actor.staff_id)).all())


def _last_change(session: Session, student_id: int) -> StatusChange | None:
    return session.exec(select(StatusChange).where(StatusChange.student_id == student_id)
                        .order_by(col(StatusChange.effective_date).desc(), col(StatusChange.id).desc())).first()


def _authority(actor: Actor) -> Actor:
    """The approver acting on an approved request: allowed the status change the approval authorises."""
    return replace(actor, roles=actor.roles | frozenset({"registrar"}))


def _status_label(status: str) -> str:
    return STATUS.get(status, status)


# --- policy rules --------------------------------------------------------------------------------


def leave_days(session: Session, d: LeaveDetails) -> float:
    """School days a leave covers (half days count 0.5); weekends and holidays inside do not count."""
    days = load_calendar(session).school_days(d.start_day, d.end_day)
    n = float(len(days))
    if d.start_day in days and d.start_session == "pm":
        n -= 0.5
    if d.end_day in days and d.end_session == "am":
        n -= 0.5
    return max(n, 0.0)


def approver_role_for(session: Session, kind: str, details, policy: Policy | None = None) -> str:
    """Who decides: ``class_teacher`` for a leave within the policy's limit, else ``principal``."""
    policy = policy or load_policy(session)
    if kind == "leave" and policy.class_teacher_leave_limit_days > 0 \
            and leave_days(session, details) <= policy.class_teacher_leave_limit_days:
        return "class_teacher"
    return "principal"


def suspension_end(session: Session, suspension_request_id: int) -> date:
    """The end of a suspension, moved by its approved extensions."""
    req = session.get(ApprovalRequest, suspension_request_id)
    if req is None or req.kind != "suspension":
        raise NotFound(f"休学申请 {suspension_request_id} 不存在")
    end = req.end_date
    for ext in _extensions(session, req.id, DONE_STATES):
        end = max(end, ext.end_date)
    return end


def _extensions(session: Session, suspension_id: int, states: Iterable[str]) -> list[ApprovalRequest]:
    rows = session.exec(select(ApprovalRequest).where(ApprovalRequest.kind == "suspension_extension",
                                                      col(ApprovalRequest.state).in_(list(states)),
                                                      ApprovalRequest.student_id.isnot(None)))
    return [r for r in rows if r.details.get("suspension_request_id") == suspension_id]


# --- validation per kind ----------------------------------------------------------------------------


def _transient_leave(d: LeaveDetails, student_id: int) -> Leave:
    return Leave(student_id=student_id, kind=d.leave_kind, start_day=d.start_day, start_session=d.start_session,
                 end_day=d.end_day, end_session=d.end_session, reason=d.reason)


def _check_leave(session: Session, s: Student, d: LeaveDetails, request_id: int | None) -> LeaveDetails:
    if d.leave_kind not in LEAVE_KINDS:
        raise ValidationError("请假类型", f"应为 {'、'.join(LEAVE_KINDS.values())}")
    for label, value in (("开始时段", d.start_session), ("结束时段", d.end_session)):
        if value not in SESSIONS:
            raise ValidationError(label, "应为 全天、上午 或 下午")
    d = replace(d, reason=_text(d.reason, "请假事由"))
    mine = _transient_leave(d, s.id)
    start, end = leave_bounds(mine)
    if end < start:
        raise ValidationError("请假日期", f"结束日期 {d.end_day} 不能早于开始日期 {d.start_day}")
    if d.end_day < s.enrolled_on:
        raise ValidationError("请假日期", f"“{s.name}”{s.enrolled_on} 才入学,不能为此前的日子请假")
    if s.status != "in_school":
        raise ValidationError("学籍状态", f"“{s.name}”当前为{_status_label(s.status)},不能请假")
    for other in session.exec(select(Leave).where(Leave.student_id == s.id, Leave.status == "approved",
                                                  Leave.start_day <= d.end_day, Leave.end_day >= d.start_day)):
        o_start, o_end = leave_bounds(other)
        if o_start <= end and start <= o_end:
            raise ValidationError("请假日期", f"与“{s.name}”已批准的请假({leave_text(other)})重叠;"
                                             "如需延长,请先撤销原请假或从原请假结束后开始")
    for other in session.exec(select(ApprovalRequest).where(
            ApprovalRequest.student_id == s.id, ApprovalRequest.kind == "leave",
            col(ApprovalRequest.state).in_(sorted(OPEN_STATES)))):
        if other.id == request_id:
            continue
        od = parse_details("leave", other.details)
        o_start, o_end = leave_bounds(_transient_leave(od, s.id))
        if o_start <= end and start <= o_end:
            raise ValidationError("请假日期", f"与“{s.name}”另一份{STATES[other.state]}的请假申请(#{other.id}:"
                                             f"{leave_text(_transient_leave(od, s.id))})重叠")
    return d


def _require_status(s: Student, allowed: set[str], doing: str) -> None:
    if s.status in allowed:
        return
    hints = {
        "suspended": "学生正在休学:请先办理复学",
        "borrow_out": "学生正在外校借读:请先办理借读返回",
        "transferred_out": "学生已转出本校",
        "dropout": "学生已登记辍学:劝返回校请在个案中登记返校",
        "deceased": "学生已死亡,学籍已注销",
        "graduated": "学生已毕业",
        "completed": "学生已结业",
    }
    why = hints.get(s.status, "")
    raise ValidationError("学籍状态", f"“{s.name}”当前为{_status_label(s.status)},不能办理{doing}"
                                     + (f"({why})" if why else ""))


def _check_dates(session: Session, s: Student, day: date, doing: str) -> None:
    if day < s.enrolled_on:
        raise ValidationError("生效日期", f"{day} 早于“{s.name}”的入学日期 {s.enrolled_on}")
    last = _last_change(session, s.id)
    if last is not None and day < last.effective_date:
        raise ValidationError("生效日期", f"{day} 早于“{s.name}”上一次学籍变动({_status_label(last.to_status)},"
                                         f"{last.effective_date}):{doing}的生效日期不能早于它")


def _not_future(day: date, today: date, label: str) -> None:
    if day > today:
        raise ValidationError(label, f"{day} 还没到,不能提前登记")


def _other_open(session: Session, student_id: int, request_id: int | None) -> ApprovalRequest | None:
    for r in session.exec(select(ApprovalRequest).where(
            ApprovalRequest.student_id == student_id, col(ApprovalRequest.kind).in_(sorted(STATUS_KINDS)),
            col(ApprovalRequest.state).in_(sorted(OPEN_STATES))).order_by(ApprovalRequest.id)):
        if r.id != request_id:
            return r
    return None


@dataclass(frozen=True)
class _Checked:
    details: Any
    student: Student | None
    class_id: int | None
    effective_date: date
    end_date: date | None


def _check(session: Session, kind: str, student_id: int | None, details, today: date,
           request_id: int | None = None) -> _Checked:
    """Every rule of a kind that needs no actor: run on create, edit, submit and again on approve."""
    d = parse_details(kind, details)
    policy = load_policy(session)
    s = None
    if kind in ("graduation", "borrow_in") or (kind == "transfer_in" and d.new_student is not None):
        if student_id is not None:
            raise ValidationError("学生", f"{KINDS[kind]}申请不针对已在册的某个学生" if kind != "transfer_in"
                                  else "新转入学生的申请不要选择已有学生;原本校学生转回请不填学生信息")
    else:
        if student_id is None:
            raise ValidationError("学生", "请选择学生")
        s = session.get(Student, student_id)
        if s is None:
            raise NotFound(f"学生 {student_id} 不存在")
        if kind in STATUS_KINDS:
            other = _other_open(session, s.id, request_id)
            if other is not None:
                raise ValidationError("学生", f"“{s.name}”已有一份{STATES[other.state]}的{KINDS[other.kind]}申请"
                                             f"(#{other.id}),请先处理或撤销它")
    class_id = s.class_id if s is not None else None
    end = None
    if kind == "leave":
        d = _check_leave(session, s, d, request_id)
        end = d.end_day
    elif kind == "suspension":
        _require_status(s, {"in_school"}, "休学")
        if not 1 <= d.months <= policy.suspension_max_months:
            raise ValidationError("休学月数", f"应为 1–{policy.suspension_max_months} 个月(本校策略的上限),"
                                             f"而不是 {d.months};期满后可申请延长")
        d = replace(d, reason=_text(d.reason, "休学原因", required=True))
        _check_dates(session, s, d.effective_date, "休学")
        end = add_months(d.effective_date, d.months)
    elif kind == "suspension_extension":
        _require_status(s, {"suspended"}, "延长休学")
        base = session.get(ApprovalRequest, d.suspension_request_id)
        if base is None or base.kind != "suspension" or base.student_id != s.id or base.state not in DONE_STATES:
            raise ValidationError("原休学申请", f"#{d.suspension_request_id} 不是“{s.name}”已批准的休学申请")
        done = [e for e in _extensions(session, base.id, DONE_STATES | OPEN_STATES) if e.id != request_id]
        if len(done) >= policy.suspension_extensions:
            raise ValidationError("延长休学", f"本校策略规定休学最多延长 {policy.suspension_extensions} 次,"
                                             f"“{s.name}”的休学已延长或正在申请延长 {len(done)} 次;"
                                             "期满请办理复学,确有困难请与县教育局联系")
        if not 1 <= d.months <= policy.suspension_max_months:
            raise ValidationError("延长月数", f"应为 1–{policy.suspension_max_months} 个月,而不是 {d.months}")
        d = replace(d, reason=_text(d.reason, "延长原因", required=True))
        start = suspension_end(session, base.id)
        end = add_months(start, d.months)
        return _Checked(d, s, class_id, start, end)
    elif kind == "resumption":
        if s.status != "suspended":
            ever = session.exec(select(StatusChange.id).where(StatusChange.student_id == s.id,
                                                              StatusChange.code == "23")).first()
            if ever is None and s.status == "in_school":
                raise ValidationError("学籍状态", f"“{s.name}”从未办理休学,不需要复学")
            _require_status(s, {"suspended"}, "复学")
        d = replace(d, note=_text(d.note, "说明"))
        _check_dates(session, s, d.effective_date, "复学")
    elif kind == "transfer_out":
        _require_status(s, {"in_school"}, "转出")
        d = replace(d, destination_school=_text(d.destination_school, "转入学校", required=True, limit=60),
                    destination_county=_text(d.destination_county, "转入学校所在县(区)", required=True, limit=60),
                    reason=_text(d.reason, "转学原因", required=True))
        _check_dates(session, s, d.effective_date, "转出")
    elif kind == "transfer_in":
        d = replace(d, from_school=_text(d.from_school, "原学校", required=True, limit=60),
                    from_county=_text(d.from_county, "原学校所在县(区)", required=True, limit=60),
                    reason=_text(d.reason, "转学原因"))
        if s is not None:
            if s.status != "transferred_out":
                raise ValidationError("学籍状态", f"“{s.name}”当前为{_status_label(s.status)},不是已转出的学生;"
                                                 "新转入的学生请填写学生信息")
            _check_dates(session, s, d.effective_date, "转入")
        else:
            inp = replace(_student_input(d.new_student), enrolled_on=d.effective_date)
            clean, errs = validate(session, inp, today=today)
            raise_first(errs)
            class_id = clean.class_id
            d = replace(d, new_student=_plain(asdict(clean)))
    elif kind == "borrow_out":
        _require_status(s, {"in_school"}, "外出借读")
        d = replace(d, host_school=_text(d.host_school, "借读学校", required=True, limit=60),
                    host_county=_text(d.host_county, "借读学校所在县(区)", required=True, limit=60),
                    reason=_text(d.reason, "借读原因", required=True))
        if d.end_date is not None and d.end_date < d.effective_date:
            raise ValidationError("结束日期", f"{d.end_date} 早于开始日期 {d.effective_date}")
        _check_dates(session, s, d.effective_date, "外出借读")
        end = d.end_date
    elif kind == "borrow_return":
        _require_status(s, {"borrow_out"}, "借读返回")
        d = replace(d, note=_text(d.note, "说明"))
        _check_dates(session, s, d.effective_date, "借读返回")
    elif kind == "borrow_in":
        c = session.get(SchoolClass, d.class_id)
        if c is None or not c.active:
            raise ValidationError("班级", "所选班级不存在或已撤销")
        d = replace(d, guest_name=_text(d.guest_name, "借读学生姓名", required=True, limit=30),
                    home_school=_text(d.home_school, "学籍所在学校", required=True, limit=60),
                    home_county=_text(d.home_county, "学籍所在县(区)", required=True, limit=60),
                    guest_student_number=_text(d.guest_student_number, "借读学生学籍号", limit=20).upper(),
                    reason=_text(d.reason, "借读原因"))
        if d.end_date is not None and d.end_date < d.effective_date:
            raise ValidationError("结束日期", f"{d.end_date} 早于开始日期 {d.effective_date}")
        class_id, end = c.id, d.end_date
    elif kind == "dropout":
        _require_status(s, {"in_school"}, "辍学登记")
        d = replace(d, reason=_text(d.reason, "辍学原因", required=True), whereabouts=_text(d.whereabouts, "现在去向"))
        _not_future(d.effective_date, today, "辍学登记日期")
        _check_dates(session, s, d.effective_date, "辍学登记")
        if d.case_id is not None:
            case = session.get(AbsenceCase, d.case_id)
            if case is None or case.student_id != s.id:
                raise ValidationError("个案", f"个案 {d.case_id} 不是“{s.name}”的个案")
            if case.closed_on is not None:
                raise ValidationError("个案", f"个案 {d.case_id} 已于 {case.closed_on} 结案")
    elif kind == "death":
        _require_status(s, {"in_school", "suspended", "borrow_out", "dropout"}, "死亡登记")
        d = replace(d, cause=_text(d.cause, "死因"))
        _not_future(d.effective_date, today, "死亡日期")
        _check_dates(session, s, d.effective_date, "死亡登记")
    elif kind == "graduation":
        c = session.get(SchoolClass, d.class_id)
        if c is None:
            raise ValidationError("班级", f"班级 {d.class_id} 不存在")
        if c.grade_level not in FINAL_GRADES:
            raise ValidationError("班级", f"{c.name}是{c.grade_level}年级,不是毕业年级(六年级或九年级)")
        n = len(_graduating(session, c.id))
        if n == 0:
            raise ValidationError("班级", f"{c.name}没有在校学生可以毕业")
        class_id = c.id
    return _Checked(d, s, class_id, effective_of(kind, d), end)


def _graduating(session: Session, class_id: int) -> list[Student]:
    return list(session.exec(select(Student).where(Student.class_id == class_id, Student.status == "in_school")
                             .order_by(Student.name_pinyin, Student.id)))


# --- permissions and state rules ------------------------------------------------------------------


def _may_request(session: Session, actor: Actor, kind: str, class_id: int | None, student: Student | None,
                 new_child: bool = False) -> str | None:
    if kind == "graduation" or new_child:
        if not actor.has("approval.request_batch"):
            return f"只有学籍管理员可以提出{KINDS[kind]}申请(当前用户 {actor.username})"
        return None
    if not actor.has("approval.request"):
        return f"没有权限提出申请(当前用户 {actor.username},角色 {actor.role_labels or '无'})"
    if not can_edit_class(actor, class_id):
        who = f"学生“{student.name}”" if student is not None else "该班级的学生"
        return f"没有权限为{who}提出申请:只能为自己任教或担任班主任的班级的学生申请"
    return None


def _is_own(actor: Actor, req: ApprovalRequest) -> bool:
    return actor.user_id == req.created_by


def _may_decide(session: Session, actor: Actor, req: ApprovalRequest) -> str | None:
    if req.approver_role == "class_teacher":
        allowed = actor.has("approval.decide") or (
            actor.has("approval.decide_leave") and req.class_id in _headed_classes(session, actor))
        who = "该班班主任或校长"
    else:
        allowed = actor.has("approval.decide")
        who = "校长"
        if req.kind == "leave":
            who += f"(超过班主任可批的 {load_policy(session).class_teacher_leave_limit_days:g} 天)"
    if not allowed:
        return f"此申请应由{who}审批(当前用户 {actor.username})"
    if _is_own(actor, req):
        other = "校长" if req.approver_role == "class_teacher" and not actor.has("approval.decide") \
            else "另一位有审批权的校领导"
        return f"不能审批自己提出的申请:请由{other}审批"
    return None


def _may_view(session: Session, actor: Actor, req: ApprovalRequest) -> bool:
    return (actor.has("approval.view_all") or _is_own(actor, req)
            or (req.class_id is not None and can_view_class(actor, req.class_id)))


def refusal(session: Session, actor: Actor, request_id: int, action: str, today: date | None = None) \
        -> tuple[type[Exception], str] | None:
    """Why ``actor`` may not take ``action`` on the request now (exception class, message), or None when allowed.

    The state and permission rules only; the content is checked again when the step is taken.
    """
    today = today or date.today()
    req = _get(session, request_id)
    if action == "edit":
        if req.state != "draft":
            return ValidationError, f"申请 #{req.id} {STATES[req.state]},只有草稿可以修改"
        if not _is_own(actor, req):
            return PermissionDenied, "只有提出申请的人可以修改草稿"
        return None
    if action not in TRANSITIONS:
        return ValidationError, f"未知的操作“{action}”"
    if req.state not in TRANSITIONS[action]:
        return ValidationError, _state_refusal(req, action)
    if action == "submit":
        if not _is_own(actor, req):
            return PermissionDenied, "只有提出申请的人可以提交"
        return None
    if action in ("approve", "reject"):
        why = _may_decide(session, actor, req)
        return (PermissionDenied, why) if why else None
    if action in ("report", "acknowledge"):
        if not req.needs_county:
            return ValidationError, f"{KINDS[req.kind]}不需要报县教育局,批准后即办结"
        if not actor.has("approval.report"):
            return PermissionDenied, f"报县教育局和登记县教育局确认由学籍管理员办理(当前用户 {actor.username})"
        return None
    # cancel
    if req.state == "approved":
        if req.kind != "leave":
            return ValidationError, (f"{KINDS[req.kind]}已批准并记入学籍,不能撤销;如需恢复,请提出相反的申请"
                                     "(如复学、借读返回、转入)")
        if req.effective_date <= today:
            return ValidationError, (f"请假已于 {req.effective_date} 开始,不能撤销;已请假的日子保留记录,"
                                     "学生返校后照常点名即可")
        ok = _is_own(actor, req) or actor.has("approval.decide") or (
            req.class_id in _headed_classes(session, actor))
        return None if ok else (PermissionDenied, "只有申请人、班主任或校长可以撤销已批准的请假")
    if not (_is_own(actor, req) or actor.has("approval.decide")):
        return PermissionDenied, "只有申请人或校长可以撤销申请"
    return None


def _state_refusal(req: ApprovalRequest, action: str) -> str:
    now = STATES[req.state]
    need = {
        "submit": "只有草稿可以提交",
        "approve": "只有已提交(待审批)的申请可以批准",
        "reject": "只有已提交(待审批)的申请可以驳回",
        "report": "只有已批准的申请可以报县教育局",
        "acknowledge": "县教育局确认只能在报县教育局之后登记",
        "cancel": "只有草稿、待审批的申请(以及尚未开始的已批准请假)可以撤销",
    }[action]
    return f"申请 #{req.id}({KINDS[req.kind]})现在是“{now}”,不能{ACTIONS[action]}:{need}"


def allowed_actions(session: Session, actor: Actor, request_id: int, today: date | None = None) -> tuple[str, ...]:
    """The steps the actor may take now (for the inbox's buttons)."""
    return tuple(a for a in ("edit", *STEP_ACTIONS) if refusal(session, actor, request_id, a, today) is None)


def _raise(refused: tuple[type[Exception], str] | None) -> None:
    if refused is None:
        return
    cls, message = refused
    if cls is ValidationError:
        raise ValidationError("申请状态", message)
    raise cls(message)


# --- creating and editing ------------------------------------------------------------------------


def _get(session: Session, request_id: int) -> ApprovalRequest:
    req = session.get(ApprovalRequest, request_id)
    if req is None:
        raise NotFound(f"申请 {request_id} 不存在")
    return req


def _step(session: Session, actor: Actor, req: ApprovalRequest, action: str, from_state: str | None,
          comment: str, summary: str, before: dict | None = None) -> None:
    session.add(ApprovalStep(request_id=req.id, action=action, from_state=from_state, to_state=req.state,
                             user_id=actor.user_id, username=actor.username, comment=comment))
    audit.record(session, actor, f"approval.{action}", "approval_request", req.id, before=before,
                 after=_audit_view(req), summary=summary)


def _audit_view(req: ApprovalRequest) -> dict:
    return {"kind": req.kind, "state": req.state, "student_id": req.student_id, "class_id": req.class_id,
            "effective_date": req.effective_date.isoformat(),
            "end_date": req.end_date.isoformat() if req.end_date else None,
            "approver_role": req.approver_role, "details": req.details, "outcome": req.outcome}


def _who(session: Session, req: ApprovalRequest) -> str:
    if req.student_id is not None:
        s = session.get(Student, req.student_id)
        return s.name if s else f"学生{req.student_id}"
    if req.kind == "borrow_in":
        return req.details.get("guest_name", "")
    if req.kind == "transfer_in":
        return (req.details.get("new_student") or {}).get("name", "")
    c = session.get(SchoolClass, req.class_id) if req.class_id else None
    return c.name if c else ""


def create_request(session: Session, actor: Actor, kind: str, details, *, student_id: int | None = None,
                   comment: str = "", submit: bool = False, today: date | None = None) -> int:
    """A new request as a draft (or submitted at once with ``submit=True``). Returns its id."""
    today = today or date.today()
    checked = _check(session, kind, student_id, details, today)
    new_child = kind == "transfer_in" and checked.student is None
    _raise((PermissionDenied, why) if (why := _may_request(session, actor, kind, checked.class_id, checked.student,
                                                            new_child)) else None)
    comment = _text(comment, "备注")
    req = ApprovalRequest(kind=kind, state="draft", student_id=checked.student.id if checked.student else None,
                          class_id=checked.class_id, effective_date=checked.effective_date, end_date=checked.end_date,
                          details=details_to_json(checked.details),
                          approver_role=approver_role_for(session, kind, checked.details),
                          needs_county=kind in COUNTY_KINDS, created_by=actor.user_id)
    session.add(req)
    session.flush()
    _step(session, actor, req, "create", None, comment,
          f"新建{KINDS[kind]}申请 #{req.id}:{_who(session, req)} {_describe(req)}")
    if submit:
        submit_request(session, actor, req.id, today=today)
    return req.id


def update_draft(session: Session, actor: Actor, request_id: int, details, *, comment: str = "",
                 today: date | None = None) -> None:
    """Change the details of one's own draft (the student and the kind stay)."""
    today = today or date.today()
    req = _get(session, request_id)
    _raise(refusal(session, actor, request_id, "edit", today))
    before = _audit_view(req)
    student_id = req.student_id if not (req.kind == "transfer_in" and req.details.get("new_student")) else None
    checked = _check(session, req.kind, student_id, details, today, request_id=req.id)
    req.details = details_to_json(checked.details)
    req.class_id, req.effective_date, req.end_date = checked.class_id, checked.effective_date, checked.end_date
    req.approver_role = approver_role_for(session, req.kind, checked.details)
    req.updated_at = utcnow()
    session.add(req)
    _step(session, actor, req, "edit", "draft", _text(comment, "备注"),
          f"修改{KINDS[req.kind]}申请 #{req.id}:{_who(session, req)} {_describe(req)}", before)


def copy_as_draft(session: Session, actor: Actor, request_id: int, *, today: date | None = None) -> int:
    """A new draft with the details of a rejected or cancelled request (to correct and resubmit)."""
    req = _get(session, request_id)
    if not _may_view(session, actor, req):
        raise PermissionDenied("没有权限查看该申请")
    student_id = None if req.kind == "transfer_in" and req.details.get("new_student") else req.student_id
    return create_request(session, actor, req.kind, req.details, student_id=student_id,
                          comment=f"据申请 #{req.id} 重新填写", today=today)


# --- the steps ----------------------------------------------------------------------------------


def _transition(session: Session, actor: Actor, request_id: int, action: str, comment: str, today: date,
                summary_extra: str = "") -> ApprovalRequest:
    req = _get(session, request_id)
    _raise(refusal(session, actor, request_id, action, today))
    before = _audit_view(req)
    from_state = req.state
    req.state = TRANSITIONS[action][from_state]
    now = utcnow()
    req.updated_at = now
    if action == "submit":
        req.submitted_at = now
    elif action in ("approve", "reject"):
        req.decided_by, req.decided_at = actor.user_id, now
    elif action == "report":
        req.reported_at = now
    elif action == "acknowledge":
        req.acknowledged_at = now
    if req.state in ("rejected", "cancelled"):
        req.closed_at = now
    session.add(req)
    _step(session, actor, req, action, from_state, comment,
          f"{ACTIONS[action]}{KINDS[req.kind]}申请 #{req.id}:{_who(session, req)} {_describe(req)}"
          + (f"({comment})" if comment else "") + summary_extra, before)
    return req


def submit_request(session: Session, actor: Actor, request_id: int, comment: str = "",
                   today: date | None = None) -> None:
    """Send a draft for approval; everything is checked again, and the proof a kind needs must be attached."""
    today = today or date.today()
    req = _get(session, request_id)
    _raise(refusal(session, actor, request_id, "submit", today))
    _recheck(session, req, today)
    if req.kind in PROOF_KINDS:
        n = session.exec(select(ApprovalAttachment.id).where(ApprovalAttachment.request_id == req.id)).first()
        if n is None:
            raise ValidationError("附件", f"{KINDS[req.kind]}申请须附上{PROOF_KINDS[req.kind]}的扫描件或照片"
                                         "(JPG、PNG 或 PDF),请先上传再提交")
    _transition(session, actor, request_id, "submit", _text(comment, "备注"), today)


def _recheck(session: Session, req: ApprovalRequest, today: date) -> _Checked:
    student_id = req.student_id if not (req.kind == "transfer_in" and req.details.get("new_student")) else None
    if req.kind == "transfer_in" and req.state in DONE_STATES:
        student_id = None
    checked = _check(session, req.kind, student_id, req.details, today, request_id=req.id)
    req.approver_role = approver_role_for(session, req.kind, checked.details)
    return checked


@dataclass(frozen=True)
class StepResult:
    """What a step changed, so the window refreshes only that: the request, and the students whose record moved."""

    request_id: int
    state: str
    student_ids: tuple[int, ...] = ()
    leave_id: int | None = None
    message: str = ""


def approve(session: Session, actor: Actor, request_id: int, comment: str = "",
            today: date | None = None) -> StepResult:
    """Approve and apply the effect in the same transaction (leave, status change, borrow-study …)."""
    today = today or date.today()
    req = _get(session, request_id)
    _raise(refusal(session, actor, request_id, "approve", today))
    checked = _recheck(session, req, today)
    comment = _text(comment, "审批意见")
    req = _transition(session, actor, request_id, "approve", comment, today)
    outcome, students, message = _apply(session, _authority(actor), req, checked, today)
    req.outcome = outcome
    session.add(req)
    session.flush()
    return StepResult(req.id, req.state, tuple(students), outcome.get("leave_id"), message)


def reject(session: Session, actor: Actor, request_id: int, reason: str, today: date | None = None) -> StepResult:
    today = today or date.today()
    _raise(refusal(session, actor, request_id, "reject", today))
    reason = _text(reason, "驳回理由", required=True)
    req = _transition(session, actor, request_id, "reject", reason, today)
    return StepResult(req.id, req.state)


def report_to_county(session: Session, actor: Actor, request_id: int, comment: str = "",
                     today: date | None = None) -> StepResult:
    """The registrar records that the change was filed with the county bureau (how, reference in the comment)."""
    today = today or date.today()
    req = _transition(session, actor, request_id, "report", _text(comment, "报送说明"), today)
    return StepResult(req.id, req.state)


def acknowledge(session: Session, actor: Actor, request_id: int, comment: str = "",
                today: date | None = None) -> StepResult:
    """The registrar records the county's acknowledgement (for a transfer out: arrival confirmed)."""
    today = today or date.today()
    req = _transition(session, actor, request_id, "acknowledge", _text(comment, "县教育局确认说明"), today)
    return StepResult(req.id, req.state, (req.student_id,) if req.student_id else ())


def cancel(session: Session, actor: Actor, request_id: int, reason: str = "", today: date | None = None) -> StepResult:
    """Withdraw a draft or a submitted request; an approved leave before its first day (its Leave is cancelled)."""
    today = today or date.today()
    req = _get(session, request_id)
    _raise(refusal(session, actor, request_id, "cancel", today))
    was = req.state
    reason = _text(reason, "撤销理由", required=was == "approved")
    req = _transition(session, actor, request_id, "cancel", reason, today)
    if was == "approved" and req.kind == "leave":
        leave_id = (req.outcome or {}).get("leave_id")
        if leave_id is not None:
            cancel_leave(session, _authority(actor), leave_id, reason=f"申请 #{req.id} 撤销:{reason}", today=today)
        return StepResult(req.id, req.state, (req.student_id,), leave_id)
    return StepResult(req.id, req.state)


def step(session: Session, actor: Actor, request_id: int, action: str, comment: str = "",
         today: date | None = None) -> StepResult:
    """Take one step by name (``submit``, ``approve``, ``reject``, ``report``, ``acknowledge``, ``cancel``)."""
    fn = {"submit": lambda: (submit_request(session, actor, request_id, comment, today),
                             StepResult(request_id, _get(session, request_id).state))[1],
          "approve": lambda: approve(session, actor, request_id, comment, today),
          "reject": lambda: reject(session, actor, request_id, comment, today),
          "report": lambda: report_to_county(session, actor, request_id, comment, today),
          "acknowledge": lambda: acknowledge(session, actor, request_id, comment, today),
          "cancel": lambda: cancel(session, actor, request_id, comment, today)}.get(action)
    if fn is None:
        raise ValidationError("操作", f"未知的操作“{action}”(可选:{'、'.join(STEP_ACTIONS)})")
    return fn()


# --- effects ------------------------------------------------------------------------------------

_CODES = {"suspension": "23", "resumption": "12", "transfer_out": "27", "transfer_in": "13", "dropout": "28",
          "death": "26"}


def _apply(session: Session, actor: Actor, req: ApprovalRequest, checked: _Checked,
           today: date) -> tuple[dict, list[int], str]:
    d = checked.details
    ref = f"审批 #{req.id}"
    kind = req.kind
    if kind == "leave":
        leave_id = add_leave(session, actor, req.student_id, d.leave_kind, d.start_day, d.end_day, d.start_session,
                             d.end_session, reason=d.reason, reference=ref, today=today)
        return {"leave_id": leave_id}, [req.student_id], "已登记请假,所涉点名记为已请假"
    if kind == "suspension_extension":
        return {"suspension_end": req.end_date.isoformat()}, [req.student_id], f"休学延长至 {req.end_date}"
    if kind == "borrow_in":
        return {"filed": True}, [], "已备案(借读学生学籍不在本校)"
    if kind == "graduation":
        graduated, skipped = [], []
        for s in session.exec(select(Student).where(Student.class_id == d.class_id).order_by(Student.id)).all():
            if s.status == "in_school":
                st.record_status_change(session, actor, s.id, "21", d.effective_date, reason="毕业", reference=ref)
                graduated.append(s.id)
            else:
                skipped.append({"id": s.id, "name": s.name, "status": s.status})
        return ({"graduated": graduated, "skipped": skipped}, graduated,
                f"{len(graduated)} 名学生毕业" + (f",{len(skipped)} 名不在校未办理" if skipped else ""))
    if kind == "borrow_out":
        st.record_status_change(session, actor, req.student_id, st.BORROW_OUT, d.effective_date,
                                reason=f"借读:{d.host_county}{d.host_school}({d.reason})", reference=ref)
        return {"status": "borrow_out"}, [req.student_id], "学生已转为借读外出,学籍仍在本校"
    if kind == "borrow_return":
        st.record_status_change(session, actor, req.student_id, st.BORROW_BACK, d.effective_date,
                                reason="借读返回" + (f"({d.note})" if d.note else ""), reference=ref)
        return {"status": "in_school"}, [req.student_id], "学生已回本校就读"
    if kind == "transfer_in" and req.student_id is None:
        inp = replace(_student_input(d.new_student), enrolled_on=d.effective_date)
        sid = st.create_student(session, actor, inp, today=today, change_code="13",
                                reason=f"转入:自{d.from_county}{d.from_school}" + (f"({d.reason})" if d.reason else ""))
        session.exec(select(StatusChange).where(StatusChange.student_id == sid)).one().reference = ref
        req.student_id = sid
        return {"student_id": sid, "status": "in_school"}, [sid], "已建立学生档案并转入"
    if kind == "dropout" and d.case_id is not None:
        cases.register_dropout(session, actor, d.case_id, d.effective_date, d.reason, whereabouts=d.whereabouts,
                               left_on=d.left_on, family_refused=True, today=today)
        return {"status": "dropout", "case_id": d.case_id}, [req.student_id], "已登记辍学并建立劝返台账"
    code = _CODES[kind]
    if kind == "suspension":
        reason = f"休学 {d.months} 个月,至 {req.end_date}({d.reason})"
    elif kind == "resumption":
        reason = "复学" + (f"({d.note})" if d.note else "")
    elif kind == "transfer_out":
        reason = f"转出至{d.destination_county}{d.destination_school}({d.reason})"
    elif kind == "transfer_in":
        reason = f"转回本校:自{d.from_county}{d.from_school}" + (f"({d.reason})" if d.reason else "")
    elif kind == "dropout":
        reason = d.reason
    else:
        reason = "死亡" + (f"({d.cause})" if d.cause else "")
    st.record_status_change(session, actor, req.student_id, code, d.effective_date, reason=reason, reference=ref)
    to = st.STATUS_TRANSITIONS[code][1]
    note = {"transfer_out": "学生已转出;县教育局确认对方学校接收前,列为“转出待确认”"}.get(kind, "")
    return {"status": to}, [req.student_id], note or f"学籍状态已改为{_status_label(to)}"


# --- attachments --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    request_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    description: str
    uploaded_by: str
    uploaded_at: datetime


def _attachment_row(a: ApprovalAttachment, names: dict[int, str]) -> AttachmentRow:
    return AttachmentRow(a.id, a.request_id, a.filename, a.media_type, a.size, a.sha256, a.description,
                         names.get(a.uploaded_by, "系统") if a.uploaded_by else "系统", a.uploaded_at)


def attach_file(session: Session, actor: Actor, paths: DataPaths, request_id: int, filename: str, data: bytes,
                description: str = "") -> AttachmentRow:
    """Attach a scanned proof to a draft or submitted request (its requester, or whoever may decide on it)."""
    req = _get(session, request_id)
    if req.state not in OPEN_STATES:
        raise ValidationError("附件", f"申请 #{req.id} {STATES[req.state]},不能再添加附件")
    if not (_is_own(actor, req) or _may_decide(session, actor, req) is None
            or actor.has("approval.report")):
        raise PermissionDenied("只有申请人、审批人或学籍管理员可以为该申请添加附件")
    checked = files.check(filename, data)
    description = _text(description, "附件说明", limit=100)
    dup = session.exec(select(ApprovalAttachment).where(ApprovalAttachment.request_id == req.id,
                                                        ApprovalAttachment.sha256 == checked.sha256)).first()
    if dup is not None:
        raise ValidationError("附件", f"同样的文件已作为“{dup.filename}”附在此申请上")
    files.store(paths, checked)
    a = ApprovalAttachment(request_id=req.id, sha256=checked.sha256, filename=checked.filename,
                           media_type=checked.media_type, size=checked.size, description=description,
                           uploaded_by=actor.user_id)
    session.add(a)
    session.flush()
    audit.record(session, actor, "approval.attach", "approval_request", req.id,
                 after={"attachment_id": a.id, "filename": a.filename, "sha256": a.sha256, "size": a.size},
                 summary=f"为申请 #{req.id} 上传附件 {a.filename}({files.TYPES[files.MEDIA_TYPES[a.media_type]][2]},"
                         f"SHA-256 {a.sha256[:12]}…)")
    return _attachment_row(a, _user_names(session, [a.uploaded_by]))


def attach_path(session: Session, actor: Actor, paths: DataPaths, request_id: int, path,
                description: str = "") -> AttachmentRow:
    name, data = files.read_source(path)
    return attach_file(session, actor, paths, request_id, name, data, description)


def remove_attachment(session: Session, actor: Actor, attachment_id: int) -> None:
    """Remove an attachment from a draft (the file stays: other requests may share it)."""
    a = session.get(ApprovalAttachment, attachment_id)
    if a is None:
        raise NotFound(f"附件 {attachment_id} 不存在")
    req = _get(session, a.request_id)
    if req.state != "draft":
        raise ValidationError("附件", f"申请 #{req.id} {STATES[req.state]},附件已随申请提交,不能删除")
    if not _is_own(actor, req):
        raise PermissionDenied("只有申请人可以删除草稿的附件")
    session.delete(a)
    audit.record(session, actor, "approval.detach", "approval_request", req.id,
                 before={"attachment_id": a.id, "filename": a.filename, "sha256": a.sha256},
                 summary=f"删除申请 #{req.id} 的附件 {a.filename}")


def open_attachment(session: Session, actor: Actor, paths: DataPaths, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    """The attachment and its bytes (verified against the recorded SHA-256), for viewing."""
    a = session.get(ApprovalAttachment, attachment_id)
    if a is None:
        raise NotFound(f"附件 {attachment_id} 不存在")
    if not _may_view(session, actor, _get(session, a.request_id)):
        raise PermissionDenied("没有权限查看该申请的附件")
    return _attachment_row(a, _user_names(session, [a.uploaded_by])), files.read(paths, a.sha256, a.media_type)


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestRow:
    """One line of the inbox or a request list."""

    id: int
    kind: str
    state: str
    student_id: int | None
    subject: str  # the student's name, the guest's, or the class for a graduation
    class_id: int | None
    class_name: str
    effective_date: date
    end_date: date | None
    description: str
    approver_role: str
    needs_county: bool
    requested_by: str
    created_by: int | None
    created_at: datetime
    submitted_at: datetime | None
    decided_by: str
    decided_at: datetime | None
    attachments: int

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]

    @property
    def state_label(self) -> str:
        return STATES[self.state]

    @property
    def approver_label(self) -> str:
        return APPROVER_ROLES.get(self.approver_role, self.approver_role)

    @property
    def waiting_for(self) -> str:
        """Who has to act next, in words (empty when nothing is pending)."""
        if self.state == "draft":
            return "申请人提交"
        if self.state == "submitted":
            return f"{self.approver_label}审批"
        if self.state == "approved" and self.needs_county:
            return "学籍管理员报县教育局"
        if self.state == "reported":
            return "县教育局确认"
        return ""


@dataclass(frozen=True)
class StepRow:
    action: str
    action_label: str
    from_state: str | None
    to_state: str
    username: str
    at: datetime
    comment: str


@dataclass(frozen=True)
class RequestDetail:
    row: RequestRow
    details: Any  # the kind's details dataclass
    outcome: dict
    steps: list[StepRow]
    attachments: list[AttachmentRow]
    actions: tuple[str, ...]  # what the viewing actor may do now
    refusals: dict[str, str]  # why the other steps are not possible now (for tooltips)
    needs_proof: str  # what proof the kind needs ("" when none)


def _describe(req: ApprovalRequest) -> str:
    d = req.details
    k = req.kind
    if k == "leave":
        return leave_text(_transient_leave(parse_details("leave", d), req.student_id or 0)) + (
            f"({d['reason']})" if d.get("reason") else "")
    if k == "suspension":
        return f"{req.effective_date} 起休学 {d['months']} 个月至 {req.end_date}({d['reason']})"
    if k == "suspension_extension":
        return f"休学延长 {d['months']} 个月至 {req.end_date}({d['reason']})"
    if k == "resumption":
        return f"{req.effective_date} 复学"
    if k == "transfer_out":
        return f"{req.effective_date} 转至{d['destination_county']}{d['destination_school']}({d['reason']})"
    if k == "transfer_in":
        return f"{req.effective_date} 自{d['from_county']}{d['from_school']}转入"
    if k == "borrow_out":
        until = f"至 {d['end_date']}" if d.get("end_date") else ""
        return f"{req.effective_date} 起{until}到{d['host_county']}{d['host_school']}借读({d['reason']})"
    if k == "borrow_return":
        return f"{req.effective_date} 借读返回本校"
    if k == "borrow_in":
        return f"{req.effective_date} 起来校借读,学籍在{d['home_county']}{d['home_school']}"
    if k == "dropout":
        return f"{req.effective_date} 登记辍学({d['reason']})" + (f",个案 {d['case_id']}" if d.get("case_id") else "")
    if k == "death":
        return f"{req.effective_date} 死亡" + (f"({d['cause']})" if d.get("cause") else "")
    if k == "graduation":
        return f"{req.effective_date} 整班毕业"
    return ""


def _rows(session: Session, reqs: list[ApprovalRequest]) -> list[RequestRow]:
    if not reqs:
        return []
    names = _user_names(session, [r.created_by for r in reqs] + [r.decided_by for r in reqs])
    sids = sorted({r.student_id for r in reqs if r.student_id})
    students = {s.id: s.name for s in session.exec(select(Student).where(col(Student.id).in_(sids or [-1])))}
    classes = {c.id: c.name for c in session.exec(select(SchoolClass))}
    ids = [r.id for r in reqs]
    counts = Counter(session.exec(select(ApprovalAttachment.request_id)
                                  .where(col(ApprovalAttachment.request_id).in_(ids))).all())
    out = []
    for r in reqs:
        if r.student_id:
            subject = students.get(r.student_id, "")
        elif r.kind == "graduation":
            subject = classes.get(r.class_id, "")
        elif r.kind == "borrow_in":
            subject = r.details.get("guest_name", "")
        else:
            subject = (r.details.get("new_student") or {}).get("name", "")
        out.append(RequestRow(r.id, r.kind, r.state, r.student_id, subject, r.class_id, classes.get(r.class_id, ""),
                              r.effective_date, r.end_date, _describe(r), r.approver_role, r.needs_county,
                              names.get(r.created_by, "系统") if r.created_by else "系统", r.created_by, r.created_at,
                              r.submitted_at, names.get(r.decided_by, "") if r.decided_by else "", r.decided_at,
                              counts.get(r.id, 0)))
    return out


def _visible(session: Session, actor: Actor, stmt):
    if actor.has("approval.view_all"):
        return stmt
    conds = [ApprovalRequest.created_by == actor.user_id]
    if actor.class_ids:
        conds.append(col(ApprovalRequest.class_id).in_(sorted(actor.class_ids)))
    return stmt.where(or_(*conds))


def list_requests(session: Session, actor: Actor, *, states: Iterable[str] | None = None,
                  kinds: Iterable[str] | None = None, student_id: int | None = None, class_id: int | None = None,
                  mine: bool = False, limit: int = 500, offset: int = 0) -> list[RequestRow]:
    """Requests the actor may see, newest first, filtered."""
    stmt = _visible(session, actor, select(ApprovalRequest))
    if states:
        stmt = stmt.where(col(ApprovalRequest.state).in_(list(states)))
    if kinds:
        stmt = stmt.where(col(ApprovalRequest.kind).in_(list(kinds)))
    if student_id is not None:
        stmt = stmt.where(ApprovalRequest.student_id == student_id)
    if class_id is not None:
        stmt = stmt.where(ApprovalRequest.class_id == class_id)
    if mine:
        stmt = stmt.where(ApprovalRequest.created_by == actor.user_id)
    stmt = stmt.order_by(col(ApprovalRequest.id).desc()).offset(offset).limit(limit)
    return _rows(session, list(session.exec(stmt)))


def get_request(session: Session, actor: Actor, request_id: int, today: date | None = None) -> RequestDetail:
    req = _get(session, request_id)
    if not _may_view(session, actor, req):
        raise PermissionDenied("没有权限查看该申请:只能查看自己提出的或本班学生的申请")
    step_rows = list(session.exec(select(ApprovalStep).where(ApprovalStep.request_id == req.id)
                                  .order_by(ApprovalStep.id)))
    names = _user_names(session, [a.uploaded_by for a in session.exec(
        select(ApprovalAttachment).where(ApprovalAttachment.request_id == req.id))] + [s.user_id for s in step_rows])
    # the history shows people's names (王老师), not their logins (wang); the login stays in the audit log
    steps = [StepRow(s.action, ACTIONS.get(s.action, s.action), s.from_state, s.to_state,
                     names.get(s.user_id, s.username) if s.user_id is not None else s.username, s.at, s.comment)
             for s in step_rows]
    atts = [_attachment_row(a, names) for a in session.exec(
        select(ApprovalAttachment).where(ApprovalAttachment.request_id == req.id).order_by(ApprovalAttachment.id))]
    actions, refusals = [], {}
    for a in ("edit", *STEP_ACTIONS):
        why = refusal(session, actor, req.id, a, today)
        if why is None:
            actions.append(a)
        else:
            refusals[a] = why[1]
    return RequestDetail(_rows(session, [req])[0], parse_details(req.kind, req.details), dict(req.outcome or {}),
                         steps, atts, tuple(actions), refusals, PROOF_KINDS.get(req.kind, ""))


# --- inbox ----------------------------------------------------------------------------------------

INBOX_SECTIONS: dict[str, str] = {
    "to_approve": "待我审批",
    "to_report": "待报县教育局",
    "awaiting_county": "待县教育局确认",
    "my_drafts": "我的草稿",
    "my_waiting": "我提交待审批",
    "my_rejected": "被驳回(近 30 天)",
}


@dataclass(frozen=True)
class Inbox:
    """What waits for the actor: rows per section and their counts (for the navigation badge)."""

    sections: dict[str, list[RequestRow]]

    @property
    def counts(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.sections.items()}

    @property
    def badge(self) -> int:
        """The number on the navigation: what the actor must act on (approve, report, drafts to send)."""
        return sum(len(self.sections[k]) for k in ("to_approve", "to_report", "awaiting_county", "my_drafts"))


def inbox(session: Session, actor: Actor, today: date | None = None) -> Inbox:
    """Each role's waiting work: the approver's submitted requests, the registrar's county filings, one's own drafts."""
    today = today or date.today()
    submitted = list(session.exec(select(ApprovalRequest).where(ApprovalRequest.state == "submitted")
                                  .order_by(ApprovalRequest.submitted_at, ApprovalRequest.id)))
    to_approve = [r for r in submitted if _may_decide(session, actor, r) is None]
    to_report, awaiting = [], []
    if actor.has("approval.report"):
        to_report = list(session.exec(select(ApprovalRequest).where(
            ApprovalRequest.state == "approved", ApprovalRequest.needs_county == True)  # noqa: E712
            .order_by(ApprovalRequest.decided_at, ApprovalRequest.id)))
        awaiting = list(session.exec(select(ApprovalRequest).where(ApprovalRequest.state == "reported")
                                     .order_by(ApprovalRequest.reported_at, ApprovalRequest.id)))
    mine = list(session.exec(select(ApprovalRequest).where(
        ApprovalRequest.created_by == actor.user_id, col(ApprovalRequest.state).in_(["draft", "submitted", "rejected"]))
        .order_by(col(ApprovalRequest.id).desc()))) if actor.user_id is not None else []
    since = datetime.combine(today - timedelta(days=30), datetime.min.time()).astimezone()
    rejected = [r for r in mine if r.state == "rejected" and r.closed_at is not None
                and _aware(r.closed_at) >= since]
    return Inbox({
        "to_approve": _rows(session, to_approve),
        "to_report": _rows(session, to_report),
        "awaiting_county": _rows(session, awaiting),
        "my_drafts": _rows(session, [r for r in mine if r.state == "draft"]),
        "my_waiting": _rows(session, [r for r in mine if r.state == "submitted"]),
        "my_rejected": _rows(session, rejected),
    })


def _aware(at: datetime) -> datetime:
    from datetime import timezone

    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def badge_count(session: Session, actor: Actor, today: date | None = None) -> int:
    return inbox(session, actor, today).badge


# --- transfers not yet confirmed ---------------------------------------------------------------------


@dataclass(frozen=True)
class UnconfirmedTransfer:
    request_id: int
    student_id: int
    student_name: str
    class_name: str
    destination_school: str
    destination_county: str
    effective_date: date
    state: str  # approved (not yet reported) | reported (waiting for the county)
    days_waiting: int

    @property
    def state_label(self) -> str:
        return STATES[self.state]


def unconfirmed_transfers(session: Session, actor: Actor, today: date | None = None) -> list[UnconfirmedTransfer]:
    """Students transferred out whose arrival the county has not confirmed: where children can vanish."""
    today = today or date.today()
    reqs = _visible(session, actor, select(ApprovalRequest).where(
        ApprovalRequest.kind == "transfer_out", col(ApprovalRequest.state).in_(["approved", "reported"])))
    rows = _rows(session, list(session.exec(reqs.order_by(ApprovalRequest.effective_date, ApprovalRequest.id))))
    out = []
    for r in rows:
        req = session.get(ApprovalRequest, r.id)
        out.append(UnconfirmedTransfer(r.id, r.student_id, r.subject, r.class_name,
                                       req.details["destination_school"], req.details["destination_county"],
                                       r.effective_date, r.state, max(0, (today - r.effective_date).days)))
    return out


__all__ = [
    "ACTIONS", "APPROVER_ROLES", "AttachmentRow",
    "BorrowInDetails", "BorrowOutDetails", "BorrowReturnDetails", "COUNTY_KINDS", "DETAILS", "DeathDetails",
    "DropoutDetails", "GraduationDetails", "INBOX_SECTIONS", "Inbox", "KINDS", "LeaveDetails", "PROOF_KINDS",
    "RequestDetail", "RequestRow", "ResumptionDetails", "STATES", "STATUS_KINDS", "StepResult", "StepRow",
    "SuspensionDetails", "SuspensionExtensionDetails", "TRANSITIONS", "TransferInDetails", "TransferOutDetails",
    "UnconfirmedTransfer", "acknowledge", "add_months", "allowed_actions", "approve", "approver_role_for",
    "attach_file", "attach_path", "badge_count", "cancel", "copy_as_draft", "create_request", "details_to_json",
    "get_request", "inbox", "leave_days", "list_requests", "open_attachment", "parse_details",
    "refusal", "reject", "remove_attachment", "report_to_county", "step", "submit_request", "suspension_end",
    "unconfirmed_transfers", "update_draft",
]
