"""What every request kind shares: the state machine's vocabulary, the :class:`Kind` record a kind's module
fills in, and the checks of text, dates and status its checks are made of.

Nothing here knows a particular kind: a kind's module (``app/approvals/leave.py`` …) holds its details,
checks, effect and description, and :mod:`app.approvals.registry` lists the kinds.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from app import fields as spec
from app import students as st
from app.accounts import Actor
from app.codes import STATUS
from app.data.approval_models import ApprovalRequest
from app.data.models import Staff, StatusChange, Student, User
from app.errors import NotFound, ValidationError
from app.messages import Label, label, label_table, msg
from app.policy import Policy
from app.students import StudentInput

# --- vocabulary ------------------------------------------------------------------------------

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

MAX_TEXT = 200
#: the longest name of a school or of a county
PLACE_TEXT = 60
#: the names of the fields many kinds have (a kind's own ``field_labels`` name the others)
SHARED_FIELD_LABELS: dict[str, str] = {"effective_date": "生效日期", "reason": "事由", "note": "说明",
                                       "end_date": "结束日期", "class_id": "班级", "months": "月数"}


# --- what a step and a check give back -------------------------------------------------------------


@dataclass(frozen=True)
class StepResult:
    """What a step changed, so the window refreshes only that: the request, and the students whose record moved."""

    request_id: int
    state: str
    student_ids: tuple[int, ...] = ()
    leave_id: int | None = None
    message: str = ""


@dataclass(frozen=True)
class Checked:
    """A request's content after its kind's checks: the cleaned details and what the request row records."""

    details: Any
    student: Student | None
    class_id: int | None
    effective_date: date
    end_date: date | None = None


@dataclass(frozen=True)
class Effect:
    """What an approval did to the roll: stored as the request's outcome, the students to refresh, a message."""

    outcome: dict
    students: list[int]
    message: str


@dataclass(frozen=True)
class Text:
    """The rule of one text field of a kind's details (stripped, length-checked, maybe required)."""

    label: str
    required: bool = False
    limit: int = MAX_TEXT
    upper: bool = False


@dataclass(frozen=True)
class Withdrawal:
    """An approved request of the kind may be withdrawn before its first day; how its effect is undone."""

    #: ``undo(session, actor, request, reason, today)``: the effect taken back, in the same transaction
    undo: Callable[[Session, Actor, ApprovalRequest, str, date], StepResult]
    #: the refusal once the request has begun: a code of the message catalog (``{day}``: its first day)
    too_late: str


def always(_value: Any) -> bool:
    return True


def never(_value: Any) -> bool:
    return False


@dataclass(frozen=True)
class Kind:
    """One kind of request, all in one place: a kind's module builds one and the registry lists it.

    The workflow asks only this record, so a new kind is a new module and one line in the registry.
    """

    key: str
    label: str
    #: the frozen dataclass of the kind's fields (stored as JSON in ``ApprovalRequest.details``)
    details: type
    #: the fields of ``details`` not in :data:`SHARED_FIELD_LABELS` → their names in the messages
    field_labels: Mapping[str, str]
    #: ``check(session, student, details, *, today, request_id, policy) -> Checked``: every rule of the kind
    #: that needs no actor (create, edit, submit and again on approve); the student is None when the kind
    #: takes none
    check: Callable[..., Checked]
    #: ``apply(session, actor, request, details, today) -> Effect``: the effect of the approval on the roll
    apply: Callable[[Session, Actor, ApprovalRequest, Any, date], Effect]
    #: ``describe(request) -> Message``: one line for lists, steps and the audit log (str(): the Chinese)
    describe: Callable[[ApprovalRequest], str]
    #: the status change the approval records (a national change code, or app.students' borrow-study markers)
    code: str | None = None
    #: the text fields' rules
    texts: Mapping[str, Text] = field(default_factory=dict)
    #: changes a student's 学籍 status: one open request of these kinds per student at a time
    one_open: bool = False
    #: the county must be told (reported, then acknowledged); False: done when approved
    county: bool = True
    #: the scanned proof it needs before it can be submitted ("" for none)
    proof: str = ""
    #: ``takes_student(details as JSON)``: whether the request is about a student on the roll
    takes_student: Callable[[Mapping[str, Any]], bool] = always
    #: the refusal when a student is chosen for a request that takes none: a code of the message catalog
    #: ("" for the usual words)
    no_student_message: str = ""
    #: ``by_registrar(checked)``: requested by the registrar only (a batch, a child new to the school)
    by_registrar: Callable[[Checked], bool] = never
    #: ``subject(details as JSON)``: who the request is about when it takes no student (None: its class)
    subject: Callable[[Mapping[str, Any]], str] | None = None
    #: ``approver(session, details, policy)``: who decides, when it is not always the principal
    approver: Callable[[Session, Any, Policy], str] | None = None
    #: ``over_limit(policy)``: why the principal decides one the class teacher could not (a message)
    over_limit: Callable[[Policy], Any] | None = None
    #: how an approved one is withdrawn before its first day (None: an approved request stands)
    withdrawal: Withdrawal | None = None

    @property
    def name(self) -> Label:
        """The kind's label as a message parameter (its English is labels.tsv's request_kind)."""
        return Label("request_kind", self.key, self.label)

    def field_label(self, name: str) -> str:
        return self.field_labels.get(name) or SHARED_FIELD_LABELS.get(name, name)


# --- details as JSON -----------------------------------------------------------------------------


def plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return plain(asdict(value))
    return value


def details_to_json(details) -> dict[str, Any]:
    return {f.name: plain(getattr(details, f.name)) for f in fields(details)}


def _hint_types(hint) -> tuple:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return typing.get_args(hint)
    return (hint,)


def _student_input_json(value) -> dict:
    if isinstance(value, StudentInput):
        return plain(asdict(value))
    if isinstance(value, dict):
        return plain(value)
    raise TypeError(value)


def parse_as(kind: Kind, data) -> Any:
    """The kind's details dataclass from a dataclass, a dict (UI/JSON) or None; wrong shapes refused."""
    cls = kind.details
    if isinstance(data, cls):
        data = {f.name: getattr(data, f.name) for f in fields(cls)}
    elif is_dataclass(data) and not isinstance(data, type):
        raise ValidationError("申请内容", "approvals.details_request_wrong_type",
                                      kind_label=kind.name,
                                      name=type(data).__name__)
    data = dict(data or {})
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValidationError("申请内容", "approvals.unknown_details", kind=kind.name,
                              unknown=unknown)
    values = {}
    for f in fields(cls):
        if f.name not in data or data[f.name] is None or data[f.name] == "":
            if f.default is not MISSING:
                values[f.name] = f.default
                continue
            raise ValidationError(kind.field_label(f.name), "common.cannot_empty")
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
            raise ValidationError(kind.field_label(f.name), "approvals.wrong_format", value=value) from None
        values[f.name] = value
    return cls(**values)


# --- the checks the kinds are made of ----------------------------------------------------------------


def text(value: str, label: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    """A request's text (at most :data:`MAX_TEXT` characters unless ``limit``), by the rules of :mod:`app.fields`."""
    return spec.text(value, label, required=required, limit=limit)


def clean_texts(details, rules: Mapping[str, Text]):
    """The details with every text field named in ``rules`` stripped and checked, in the rules' order."""
    cleaned = {}
    for name, rule in rules.items():
        value = text(getattr(details, name), rule.label, required=rule.required, limit=rule.limit)
        cleaned[name] = value.upper() if rule.upper else value
    return replace(details, **cleaned)


def other_school(prefix: str, school: str, county: str = "") -> dict[str, Text]:
    """The rules of the other school a kind names (``<prefix>_school`` and ``<prefix>_county``, both required)."""
    return {f"{prefix}_school": Text(school, required=True, limit=PLACE_TEXT),
            f"{prefix}_county": Text(county or f"{school}所在县(区)", required=True, limit=PLACE_TEXT)}


def labels_of(rules: Mapping[str, Text]) -> dict[str, str]:
    """The fields' names in the messages, as their text rules name them."""
    return {name: rule.label for name, rule in rules.items()}


def status_label(status: str) -> str:
    return STATUS.get(status, status)


def last_change(session: Session, student_id: int) -> StatusChange | None:
    return session.exec(select(StatusChange).where(StatusChange.student_id == student_id)
                        .order_by(col(StatusChange.effective_date).desc(), col(StatusChange.id).desc())).first()


#: why a student's status stops a request, said with the status
STATUS_HINTS: dict[str, str] = {
    "suspended": "学生正在休学:请先办理复学",
    "borrow_out": "学生正在外校借读:请先办理借读返回",
    "transferred_out": "学生已转出本校",
    "dropout": "学生已登记辍学:劝返回校请在个案中登记返校",
    "deceased": "学生已死亡,学籍已注销",
    "graduated": "学生已毕业",
    "completed": "学生已结业",
}


def require_status(s: Student, allowed: Iterable[str], doing: str) -> None:
    if s.status in allowed:
        return
    why = s.status in STATUS_HINTS
    status = label("status", s.status, STATUS)
    if why:
        raise ValidationError("学籍状态", "approvals.status_forbids_because", s_name=s.name, status=status, doing=doing,
                              why=label("status_hint", s.status, STATUS_HINTS))
    raise ValidationError("学籍状态", "approvals.status_forbids", s_name=s.name, status=status, doing=doing)


def check_dates(session: Session, s: Student, day: date, doing: str) -> None:
    if day < s.enrolled_on:
        raise ValidationError("生效日期", "approvals.before_enrolment_date",
                                      day=day,
                                      s_name=s.name,
                                      enrolled_on=s.enrolled_on)
    last = last_change(session, s.id)
    if last is not None and day < last.effective_date:
        raise ValidationError("生效日期", "approvals.before_last_change_status_effective",
                                      day=day,
                                      s_name=s.name,
                                      status_label=status_label(last.to_status),
                                      effective_date=last.effective_date,
                                      doing=doing)


def status_request(session: Session, s: Student, d, *, allowed: Iterable[str], doing: str,
                   texts: Mapping[str, Text], then: Callable[[Any], None] | None = None):
    """The checks of a plain status change, in this order: the student's status, the text fields, the kind's
    own rule ``then(details)``, the date against the student's history. Returns the cleaned details."""
    require_status(s, allowed, doing)
    d = clean_texts(d, texts)
    if then is not None:
        then(d)
    check_dates(session, s, d.effective_date, doing)
    return d


def not_future(day: date, today: date, label: str) -> None:
    if day > today:
        raise ValidationError(label, "approvals.has_not_come_yet_cannot", day=day)


def not_before(end: date | None, start: date) -> None:
    if end is not None and end < start:
        raise ValidationError("结束日期", "approvals.before_start_date", end=end, start=start)


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


# --- effects -------------------------------------------------------------------------------------


#: the code of a request's reference in the records it authorised
REFERENCE = "approvals.reference"


def reference(req: ApprovalRequest) -> str:
    """How the status history and the leave name the request that authorised them (stored in Chinese; read back
    as its message by :func:`app.messages.read_back` with :data:`REFERENCE` to be shown in another language)."""
    return str(msg(REFERENCE, id=req.id))


def change_status(session: Session, actor: Actor, req: ApprovalRequest, code: str, day: date, reason: str,
                  message: str = "") -> Effect:
    """Record the kind's status change of the request's student, effective on ``day``."""
    st.record_status_change(session, actor, req.student_id, code, day, reason=reason, reference=reference(req))
    to = session.get(Student, req.student_id).status
    return Effect({"status": to}, [req.student_id], message or f"学籍状态已改为{status_label(to)}")


def in_brackets(value: str) -> str:
    """``(value)`` after a text, or nothing when the value is empty."""
    return f"({value})" if value else ""


# --- the request and the people --------------------------------------------------------------------


def found(session: Session, model: type, key: int, what: str):
    """The row of ``model`` with that key, or NotFound naming ``what`` it is."""
    row = session.get(model, key)
    if row is None:
        raise NotFound("approvals.does_not_exist", what=what, key=key)
    return row


def load_request(session: Session, request_id: int) -> ApprovalRequest:
    return found(session, ApprovalRequest, request_id, "申请")


def user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = session.exec(select(User, Staff.name).join(Staff, Staff.id == User.staff_id, isouter=True)
                        .where(col(User.id).in_(wanted)))
    return {u.id: (u.display_name or staff_name or u.username) for u, staff_name in rows}

label_table("request_state", STATES)
