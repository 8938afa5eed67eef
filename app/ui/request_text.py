"""The UI's own names of the approvals' vocabulary (kinds, states, steps, the fields of each kind),
which form field shows which refusal, and how a request's times and file sizes are written."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from app.ui.widgets import local_text

# --- the UI's own names of the service's vocabulary (the service's labels are Chinese only) ---------------

KIND_TEXT: dict[str, str] = {
    "leave": QT_TRANSLATE_NOOP("Approvals", "Leave"),
    "suspension": QT_TRANSLATE_NOOP("Approvals", "Suspension"),
    "suspension_extension": QT_TRANSLATE_NOOP("Approvals", "Extension of a suspension"),
    "resumption": QT_TRANSLATE_NOOP("Approvals", "Resumption"),
    "transfer_out": QT_TRANSLATE_NOOP("Approvals", "Transfer out"),
    "transfer_in": QT_TRANSLATE_NOOP("Approvals", "Transfer in"),
    "borrow_out": QT_TRANSLATE_NOOP("Approvals", "Borrow-study at another school"),
    "borrow_return": QT_TRANSLATE_NOOP("Approvals", "Return from borrow-study"),
    "borrow_in": QT_TRANSLATE_NOOP("Approvals", "Guest student borrow-studying here"),
    "dropout": QT_TRANSLATE_NOOP("Approvals", "Dropout registration"),
    "death": QT_TRANSLATE_NOOP("Approvals", "Death"),
    "graduation": QT_TRANSLATE_NOOP("Approvals", "Graduation (whole class)"),
}
STATE_TEXT: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Approvals", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Approvals", "Waiting for approval"),
    "approved": QT_TRANSLATE_NOOP("Approvals", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Approvals", "Rejected"),
    "reported": QT_TRANSLATE_NOOP("Approvals", "Reported to the county"),
    "acknowledged": QT_TRANSLATE_NOOP("Approvals", "Confirmed by the county"),
    "cancelled": QT_TRANSLATE_NOOP("Approvals", "Cancelled"),
}
#: the steps as the history shows them ("ApprovalSteps": the same English word means another thing there)
STEP_TEXT: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("ApprovalSteps", "Created"),
    "edit": QT_TRANSLATE_NOOP("ApprovalSteps", "Edited"),
    "submit": QT_TRANSLATE_NOOP("ApprovalSteps", "Submitted"),
    "approve": QT_TRANSLATE_NOOP("ApprovalSteps", "Approved"),
    "reject": QT_TRANSLATE_NOOP("ApprovalSteps", "Rejected"),
    "report": QT_TRANSLATE_NOOP("ApprovalSteps", "Reported to the county"),
    "acknowledge": QT_TRANSLATE_NOOP("ApprovalSteps", "County confirmed"),
    "cancel": QT_TRANSLATE_NOOP("ApprovalSteps", "Cancelled"),
}
#: the buttons of the steps, in the order they are shown
ACTION_TEXT: dict[str, str] = {
    "submit": QT_TRANSLATE_NOOP("ApprovalActions", "Submit for approval"),
    "approve": QT_TRANSLATE_NOOP("ApprovalActions", "Approve"),
    "reject": QT_TRANSLATE_NOOP("ApprovalActions", "Reject\u2026"),
    "report": QT_TRANSLATE_NOOP("ApprovalActions", "Reported to the county\u2026"),
    "acknowledge": QT_TRANSLATE_NOOP("ApprovalActions", "County confirmed\u2026"),
    "cancel": QT_TRANSLATE_NOOP("ApprovalActions", "Withdraw request\u2026"),
}
ROLE_TEXT: dict[str, str] = {
    "class_teacher": QT_TRANSLATE_NOOP("Approvals", "the class teacher"),
    "principal": QT_TRANSLATE_NOOP("Approvals", "the principal"),
}
#: one line under the kind chooser: what the kind is for
KIND_HINT: dict[str, str] = {
    "leave": QT_TRANSLATE_NOOP("Approvals", "Sick or personal leave. Up to the policy's limit the class teacher "
                                            "approves, longer leave the principal. Approved leave excuses the roll "
                                            "call by itself."),
    "suspension": QT_TRANSLATE_NOOP("Approvals", "Needs a scanned proof (e.g. a hospital certificate). The "
                                                 "principal approves, then the registrar reports it to the county."),
    "suspension_extension": QT_TRANSLATE_NOOP("Approvals", "Extends an approved suspension of this student."),
    "resumption": QT_TRANSLATE_NOOP("Approvals", "Puts a suspended student back on the roll."),
    "transfer_out": QT_TRANSLATE_NOOP("Approvals", "The student stays on the list of unconfirmed transfers until "
                                                   "the county confirms the arrival at the new school."),
    "transfer_in": QT_TRANSLATE_NOOP("Approvals", "A former student of this school who transferred out and comes "
                                                  "back. A child new to the school is added by the registrar."),
    "borrow_out": QT_TRANSLATE_NOOP("Approvals", "The registration stays at this school; the host school is "
                                                 "recorded."),
    "borrow_return": QT_TRANSLATE_NOOP("Approvals", "The student comes back from borrow-study."),
    "borrow_in": QT_TRANSLATE_NOOP("Approvals", "A child registered at another school studies here. Filed only: "
                                                "the child is not added to this school's roster."),
    "dropout": QT_TRANSLATE_NOOP("Approvals", "Registers a dropout. Link the absence case if there is one."),
    "death": QT_TRANSLATE_NOOP("Approvals", "Needs a scanned death certificate."),
    "graduation": QT_TRANSLATE_NOOP("Approvals", "Every student of a final-year class who is in school graduates "
                                                 "at once."),
}
#: the fields of the details dataclasses
FIELD_TEXT: dict[str, str] = {
    "leave_kind": QT_TRANSLATE_NOOP("RequestFields", "Kind of leave"),
    "start_day": QT_TRANSLATE_NOOP("RequestFields", "First day"),
    "end_day": QT_TRANSLATE_NOOP("RequestFields", "Last day"),
    "start_session": QT_TRANSLATE_NOOP("RequestFields", "On the first day"),
    "end_session": QT_TRANSLATE_NOOP("RequestFields", "On the last day"),
    "reason": QT_TRANSLATE_NOOP("RequestFields", "Reason"),
    "effective_date": QT_TRANSLATE_NOOP("RequestFields", "Effective date"),
    "months": QT_TRANSLATE_NOOP("RequestFields", "Months"),
    "suspension_request_id": QT_TRANSLATE_NOOP("RequestFields", "Suspension to extend"),
    "note": QT_TRANSLATE_NOOP("RequestFields", "Note"),
    "destination_school": QT_TRANSLATE_NOOP("RequestFields", "New school"),
    "destination_county": QT_TRANSLATE_NOOP("RequestFields", "County of the new school"),
    "from_school": QT_TRANSLATE_NOOP("RequestFields", "Previous school"),
    "from_county": QT_TRANSLATE_NOOP("RequestFields", "County of the previous school"),
    "host_school": QT_TRANSLATE_NOOP("RequestFields", "Host school"),
    "host_county": QT_TRANSLATE_NOOP("RequestFields", "County of the host school"),
    "end_date": QT_TRANSLATE_NOOP("RequestFields", "Until"),
    "guest_name": QT_TRANSLATE_NOOP("RequestFields", "Guest student's name"),
    "home_school": QT_TRANSLATE_NOOP("RequestFields", "School holding the registration"),
    "home_county": QT_TRANSLATE_NOOP("RequestFields", "County of that school"),
    "class_id": QT_TRANSLATE_NOOP("RequestFields", "Class"),
    "guest_student_number": QT_TRANSLATE_NOOP("RequestFields", "Guest's student number"),
    "case_id": QT_TRANSLATE_NOOP("RequestFields", "Absence case"),
    "left_on": QT_TRANSLATE_NOOP("RequestFields", "Left school on"),
    "whereabouts": QT_TRANSLATE_NOOP("RequestFields", "Where the child is now"),
    "family_refused": QT_TRANSLATE_NOOP("RequestFields", "The family refuses to send the child back"),
    "cause": QT_TRANSLATE_NOOP("RequestFields", "Cause"),
}
LEAVE_KIND_TEXT: dict[str, str] = {
    "sick": QT_TRANSLATE_NOOP("RequestFields", "Sick leave"),
    "personal": QT_TRANSLATE_NOOP("RequestFields", "Personal leave"),
}
START_SESSION_TEXT: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("RequestFields", "the whole day"),
    "pm": QT_TRANSLATE_NOOP("RequestFields", "from the afternoon (half day)"),
}
END_SESSION_TEXT: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("RequestFields", "the whole day"),
    "am": QT_TRANSLATE_NOOP("RequestFields", "until noon (half day)"),
}
#: fields not entered in this window (a new child transferring in needs the whole student form)
HIDDEN_FIELDS = frozenset({"new_student"})


# ValidationError.field as app.approvals names it → the form fields that may show it (the first present wins)
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "请假类型": ("leave_kind",), "开始时段": ("start_session",), "结束时段": ("end_session",),
    "请假日期": ("start_day", "end_day"), "开始日期": ("start_day",), "结束日期": ("end_day", "end_date"),
    "请假事由": ("reason",), "事由": ("reason",), "休学原因": ("reason",), "延长原因": ("reason",),
    "转学原因": ("reason",), "借读原因": ("reason",), "辍学原因": ("reason",),
    "生效日期": ("effective_date",), "辍学登记日期": ("effective_date",), "死亡日期": ("effective_date",),
    "休学月数": ("months",), "延长月数": ("months",), "月数": ("months",), "延长休学": ("months",),
    "原休学申请": ("suspension_request_id",), "说明": ("note",),
    "转入学校": ("destination_school",), "转入学校所在县(区)": ("destination_county",),
    "原学校": ("from_school",), "原学校所在县(区)": ("from_county",),
    "借读学校": ("host_school",), "借读学校所在县(区)": ("host_county",),
    "借读学生姓名": ("guest_name",), "学籍所在学校": ("home_school",), "学籍所在县(区)": ("home_county",),
    "班级": ("class_id",), "借读学生学籍号": ("guest_student_number",), "个案": ("case_id",),
    "离校日期": ("left_on",), "现在去向": ("whereabouts",), "死因": ("cause",),
    "学生": ("student",), "学籍状态": ("student",), "附件": ("files",), "备注": ("comment",),
}

NO_DATE = QDate(2000, 1, 1)  # an optional date left empty shows "(none)"


def translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def kind_text(kind: str) -> str:
    return translated("Approvals", KIND_TEXT.get(kind, kind))


def state_text(state: str) -> str:
    return translated("Approvals", STATE_TEXT.get(state, state))


def step_text(action: str) -> str:
    return translated("ApprovalSteps", STEP_TEXT.get(action, action))


def action_text(action: str) -> str:
    return translated("ApprovalActions", ACTION_TEXT.get(action, action))


def field_text(name: str) -> str:
    return translated("RequestFields", FIELD_TEXT.get(name, name))


def next_step_text(row) -> str:
    """Who acts next, in the user's language (the words of :attr:`app.approvals.RequestRow.waiting_for`)."""
    if row.state == "draft":
        return QCoreApplication.translate("Approvals", "The requester submits it")
    if row.state == "submitted":
        who = translated("Approvals", ROLE_TEXT.get(row.approver_role, row.approver_role))
        return QCoreApplication.translate("Approvals", "Decision by {who}").format(who=who)
    if row.state == "approved" and row.needs_county:
        return QCoreApplication.translate("Approvals", "The registrar reports it to the county")
    if row.state == "reported":
        return QCoreApplication.translate("Approvals", "Waiting for the county to confirm")
    return ""


def time_text(at: datetime | None) -> str:
    return local_text(at)


def size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"
