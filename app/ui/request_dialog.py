"""申请 — one request (leave, suspension, transfer, …): fill it in, or follow it through its steps.

The dialog owns no rule. The form is built from the kind's details dataclass
(:data:`app.approvals.DETAILS`), so a new field of a kind appears here by
itself; :mod:`app.approvals` checks everything and names the wrong field
(:class:`~app.errors.ValidationError.field`), and the reason is shown in red
under that field. The step buttons come from :class:`app.approvals.RequestDetail`:
``actions`` says what this user may do now, ``refusals`` why not (shown as the
tooltip of a greyed button), so a teacher sees *why* they cannot approve their
own request instead of a missing button.

Every user action is one transaction through ``ctx.run(...)``.
A new request with its scanned proof is created, its files attached and (when
asked) submitted in that one transaction (:func:`create_with_files`): either all
of it is saved or nothing is.

The service's own words (the description of a request, the comments, its
refusals) are Chinese data and are shown as they are; the UI's own words go
through ``tr``.
"""

from __future__ import annotations

import tempfile
import typing
from dataclasses import MISSING, fields
from datetime import date, datetime, timezone
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import approvals as ap
from app import attachments as files
from app import students
from app.approvals import AttachmentRow, RequestDetail, StepResult, StepRow
from app.errors import BaoxueError, ValidationError
from app.school import list_classes
from app.ui.models import Column, RowTableModel
from app.ui.widgets import ErrorLabel, confirm_discard, hint_label, show_error, show_info, show_unexpected, title_label, fit_to_screen
from app.ui.widgets import qdate as _qdate, pydate as _pydate


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


def _exec(dialog: QDialog) -> int:
    """Run a modal dialog (tests replace this to drive it)."""
    return dialog.exec()

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


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def kind_text(kind: str) -> str:
    return _t("Approvals", KIND_TEXT.get(kind, kind))


def state_text(state: str) -> str:
    return _t("Approvals", STATE_TEXT.get(state, state))


def step_text(action: str) -> str:
    return _t("ApprovalSteps", STEP_TEXT.get(action, action))


def action_text(action: str) -> str:
    return _t("ApprovalActions", ACTION_TEXT.get(action, action))


def field_text(name: str) -> str:
    return _t("RequestFields", FIELD_TEXT.get(name, name))


def next_step_text(row) -> str:
    """Who acts next, in the user's language (the words of :attr:`app.approvals.RequestRow.waiting_for`)."""
    if row.state == "draft":
        return QCoreApplication.translate("Approvals", "The requester submits it")
    if row.state == "submitted":
        who = _t("Approvals", ROLE_TEXT.get(row.approver_role, row.approver_role))
        return QCoreApplication.translate("Approvals", "Decision by {who}").format(who=who)
    if row.state == "approved" and row.needs_county:
        return QCoreApplication.translate("Approvals", "The registrar reports it to the county")
    if row.state == "reported":
        return QCoreApplication.translate("Approvals", "Waiting for the county to confirm")
    return ""


def local_time(at: datetime | None) -> datetime | None:
    """A stored moment in local time (SQLite may hand back a naive UTC value)."""
    if at is None:
        return None
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone()


def time_text(at: datetime | None) -> str:
    at = local_time(at)
    return f"{at:%Y-%m-%d %H:%M}" if at else ""






def _size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


# --- one transaction per action -----------------------------------------------------------------------


def create_with_files(session, actor, paths, kind: str, details: dict, student_id: int | None,
                      proof: list[str], comment: str, submit: bool, today: date) -> int:
    """A new request, its scanned proof and (optionally) its submission: all or nothing."""
    rid = ap.create_request(session, actor, kind, details, student_id=student_id, comment=comment, today=today)
    for path in proof:
        ap.attach_path(session, actor, paths, rid, path)
    if submit:
        ap.submit_request(session, actor, rid, today=today)
    return rid


def save_draft(session, actor, request_id: int, details: dict | None, comment: str, submit: bool,
               today: date) -> None:
    """Save the changed details of one's own draft and (optionally) submit it: all or nothing."""
    if details is not None:
        ap.update_draft(session, actor, request_id, details, comment=comment if not submit else "", today=today)
    if submit:
        ap.submit_request(session, actor, request_id, comment, today=today)


def run_step(parent: QWidget, ctx, request_id: int, action: str, comment: str = "", *,
             today: date | None = None, kind: str = "") -> StepResult | None:
    """Take one step (approve, reject, …) in one transaction; a reason is asked where the step needs one.

    Returns the service's :class:`~app.approvals.StepResult`, or None when the user gave up or the service
    refused (its message is shown). Students whose record moved are announced as "students" (and a leave as
    "attendance") so the roster and the roll call refresh too.
    """
    prompts = {
        "reject": (
            QCoreApplication.translate("Approvals", "Reject the request"),
            QCoreApplication.translate("Approvals", "Why is it rejected? The requester will read this.")),
        "cancel": (
            QCoreApplication.translate("Approvals", "Withdraw the request"),
            QCoreApplication.translate("Approvals", "Why is it withdrawn?")),
        "report": (
            QCoreApplication.translate("Approvals", "Reported to the county"),
            QCoreApplication.translate(
                "Approvals", "How and when was it reported (e.g. the 学籍 system, a reference number)?")),
        "acknowledge": (
            QCoreApplication.translate("Approvals", "Confirmed by the county"),
            QCoreApplication.translate(
                "Approvals", "What did the county confirm (for a transfer: the arrival at the new school)?")),
    }
    if action in prompts:
        title, label = prompts[action]
        text, ok = QInputDialog.getMultiLineText(parent, title, label, comment)
        if not ok:
            return None
        comment = text
    try:
        result = ctx.run(ap.step, request_id, action, comment.strip(), today=today)
    except BaoxueError as exc:
        show_error(parent, str(exc), QCoreApplication.translate("Approvals", "The step was not taken"))
        return None
    except Exception as exc:  # a bug: say so, the transaction rolled back
        show_unexpected(parent, f"{type(exc).__name__}: {exc}")
        return None
    return result


# --- tables -------------------------------------------------------------------------------------------


class StepTableModel(RowTableModel[StepRow]):
    """The history of a request: who did what, when, with which comment."""

    WHEN, WHO, STEP, STATE, COMMENT = range(5)

    def columns(self) -> list[Column[StepRow]]:
        return [
            Column(self.tr("When"), lambda r: time_text(r.at), sort=lambda r: time_text(r.at)),
            Column(self.tr("Who"), lambda r: r.username),
            Column(self.tr("Step"), lambda r: step_text(r.action)),
            Column(self.tr("Now"), lambda r: state_text(r.to_state)),
            Column(self.tr("Comment"), lambda r: r.comment, tooltip=lambda r: r.comment or None),
        ]


class AttachmentTableModel(RowTableModel[AttachmentRow]):
    """The scanned proof of a request."""

    NAME, TYPE, SIZE, BY, WHEN = range(5)

    def columns(self) -> list[Column[AttachmentRow]]:
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column(self.tr("File"), lambda r: r.filename,
                   tooltip=lambda r: self.tr("SHA-256 {hash}").format(hash=r.sha256)),
            Column(self.tr("Type"), lambda r: files.MEDIA_TYPES.get(r.media_type, r.media_type).upper()),
            Column(self.tr("Size"), lambda r: _size_text(r.size), sort=lambda r: r.size, align=right),
            Column(self.tr("Added by"), lambda r: r.uploaded_by),
            Column(self.tr("Added"), lambda r: time_text(r.uploaded_at)),
        ]


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


# --- the student picker ---------------------------------------------------------------------------------


class StudentPicker(QWidget):
    """Type a name or pinyin initials (``zs`` → 张三); the matches appear below; a click picks one."""

    chosen = Signal(int)
    LIMIT = 20

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._student: tuple[int, str, str] | None = None  # id, name, class
        self.edit = QLineEdit()
        self.edit.setObjectName("studentSearch")
        self.edit.setPlaceholderText(self.tr("Type a name or pinyin initials, e.g. zs for \u5f20\u4e09"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self.search)
        self.edit.returnPressed.connect(self._pick_single)
        self.results = QListWidget()
        self.results.setObjectName("studentResults")
        self.results.setMaximumHeight(110)
        self.results.setVisible(False)
        self.results.itemClicked.connect(self._on_item)
        self.results.itemActivated.connect(self._on_item)
        self.label = QLabel()
        self.label.setObjectName("chosenStudent")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.label)
        self._show_choice()

    def student_id(self) -> int | None:
        return self._student[0] if self._student else None

    def set_student(self, student_id: int, name: str, class_name: str = "") -> None:
        self._student = (student_id, name, class_name)
        self.edit.setText(name)
        self.results.clear()
        self.results.setVisible(False)
        self._show_choice()
        self.chosen.emit(student_id)

    @Slot(str)
    def search(self, text: str) -> int:
        """Show the students matching ``text``; returns how many."""
        self.results.clear()
        text = text.strip()
        if self._student is not None and text != self._student[1]:
            self._student = None
            self._show_choice()
        if not text:
            self.results.setVisible(False)
            return 0
        try:
            rows = self.ctx.read(students.search, self.ctx.actor, text, limit=self.LIMIT)
        except BaoxueError as exc:
            self.label.setText(str(exc))
            return 0
        for r in rows:
            item = QListWidgetItem(f"{r.name}  \u00b7  {r.class_name}  \u00b7  {r.status_label}")
            item.setData(Qt.ItemDataRole.UserRole, (r.id, r.name, r.class_name))
            self.results.addItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("No student matches \u201c{text}\u201d").format(text=text))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.results.setVisible(True)
        return len(rows)

    def pick_row(self, row: int) -> None:
        item = self.results.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self._on_item(item)

    @Slot()
    def _pick_single(self) -> None:
        if self.results.count() >= 1:
            self.pick_row(0)

    @Slot(QListWidgetItem)
    def _on_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.set_student(*data)

    def _show_choice(self) -> None:
        if self._student is None:
            self.label.setText(self.tr("No student chosen yet."))
            self.label.setStyleSheet("color: #666666;")
        else:
            _sid, name, cls = self._student
            self.label.setText(self.tr("Chosen: {name} ({cls})").format(name=name, cls=cls) if cls
                               else self.tr("Chosen: {name}").format(name=name))
            self.label.setStyleSheet("color: #2e7d32; font-weight: bold;")


# --- the dialog -----------------------------------------------------------------------------------------


class RequestDialog(QDialog):
    """A new request (``request_id=None``), or an existing one with its history and the buttons of its steps."""

    guide_topic = "approvals"  # the user guide's part that F1 opens here

    #: emitted with the request id after anything was saved or a step was taken
    changed = Signal(int)

    def __init__(self, ctx, request_id: int | None = None, parent: QWidget | None = None, *,
                 today: date | None = None, kind: str | None = None, student_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.request_id = request_id
        self.detail: RequestDetail | None = None
        self.setObjectName("RequestDialog")
        self.setSizeGripEnabled(True)
        fit_to_screen(self, 820, 760)
        self._kind = kind or "leave"
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, ErrorLabel] = {}
        self._proof: list[str] = []  # files chosen for a new request (attached when it is saved)
        self._dirty = False
        self._loading = False
        self.last_result: StepResult | None = None
        self.last_opened: Path | None = None

        # --- heading -----------------------------------------------------------------------------------
        self.heading = title_label("", grow=3)
        self.heading.setObjectName("heading")
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setWordWrap(True)
        font = QFont(self.state_label.font())
        font.setPointSizeF(font.pointSizeF() + 1.5)
        font.setBold(True)
        self.state_label.setFont(font)
        self.description = QLabel()
        self.description.setObjectName("description")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # --- what and who ------------------------------------------------------------------------------
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        batch = ctx.actor.has("approval.request_batch")
        for key in ap.KINDS:
            if key == "graduation" and not batch:
                continue  # the service would refuse it: only the registrar graduates a class
            self.kind_combo.addItem(kind_text(key), key)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(self._kind)))
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.kind_hint = hint_label("")
        self.picker = StudentPicker(ctx)
        self.picker.chosen.connect(self._on_student_chosen)
        self._errors["student"] = ErrorLabel()
        self.who_box = QGroupBox(self.tr("What and who"))
        who_form = QFormLayout(self.who_box)
        kind_box = QWidget()
        kv = QVBoxLayout(kind_box)
        kv.setContentsMargins(0, 0, 0, 0)
        kv.setSpacing(2)
        kv.addWidget(self.kind_combo)
        kv.addWidget(self.kind_hint)
        who_form.addRow(self.tr("Kind of request"), kind_box)
        self.student_label = QLabel(self.tr("Student"))
        who_form.addRow(self.student_label, self._with_error(self.picker, "student"))
        # a transfer in of a child new to the school: the whole record, checked, travels with the request
        self._new_student = None
        self.new_child_button = QPushButton(self.tr("A child new to this school: fill in the record\u2026"))
        self.new_child_button.setObjectName("newChildButton")
        self.new_child_button.clicked.connect(self.fill_new_child)
        self.new_child_label = QLabel()
        self.new_child_label.setObjectName("newChildLabel")
        row = QHBoxLayout()
        row.addWidget(self.new_child_button)
        row.addWidget(self.new_child_label, 1)
        who_form.addRow("", row)

        # --- the details of the kind -------------------------------------------------------------------
        self.details_box = QGroupBox(self.tr("Details"))
        self.details_form = QFormLayout(self.details_box)
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        # --- scanned proof ------------------------------------------------------------------------------
        self.proof_box = QGroupBox(self.tr("Scanned proof"))
        self.proof_list = QListWidget()  # files chosen for a new request
        self.proof_list.setObjectName("proofList")
        self.proof_list.setMaximumHeight(70)
        self.attachments_model = AttachmentTableModel(parent=self)
        self.attachments_table = _table(self.attachments_model)
        self.attachments_table.setObjectName("attachmentsTable")
        self.attachments_table.setMaximumHeight(110)
        self.attachments_table.doubleClicked.connect(lambda *_: self.open_attachment())
        self.add_file_button = QPushButton(self.tr("Add a scan or photo\u2026"))
        self.add_file_button.setObjectName("addFile")
        self.add_file_button.clicked.connect(self.add_file)
        self.open_file_button = QPushButton(self.tr("Open"))
        self.open_file_button.setObjectName("openFile")
        self.open_file_button.clicked.connect(lambda: self.open_attachment())
        self.remove_file_button = QPushButton(self.tr("Remove"))
        self.remove_file_button.setObjectName("removeFile")
        self.remove_file_button.clicked.connect(self.remove_file)
        self._errors["files"] = ErrorLabel()
        self.proof_hint = hint_label(self.tr("JPG or PNG photos, or PDF scans, up to {size}.").format(
            size=_size_text(files.MAX_BYTES)))
        proof_layout = QVBoxLayout(self.proof_box)
        proof_layout.addWidget(self.proof_hint)
        proof_layout.addWidget(self.proof_list)
        proof_layout.addWidget(self.attachments_table)
        proof_layout.addWidget(self._errors["files"])
        row = QHBoxLayout()
        row.addWidget(self.add_file_button)
        row.addWidget(self.open_file_button)
        row.addWidget(self.remove_file_button)
        row.addStretch(1)
        proof_layout.addLayout(row)

        # --- history ------------------------------------------------------------------------------------
        self.steps_box = QGroupBox(self.tr("Steps"))
        self.steps_model = StepTableModel(parent=self)
        self.steps_table = _table(self.steps_model)
        self.steps_table.setObjectName("stepsTable")
        self.steps_table.setMaximumHeight(150)
        QVBoxLayout(self.steps_box).addWidget(self.steps_table)

        # --- comment, messages, buttons ----------------------------------------------------------------
        self.comment_edit = QLineEdit()
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setPlaceholderText(self.tr("Optional: a comment recorded with this step"))
        self._errors["comment"] = ErrorLabel()
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("generalError")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        self.save_button = QPushButton(self.tr("Save as draft"))
        self.save_button.setObjectName("saveDraft")
        self.save_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button = QPushButton(action_text("submit"))
        self.submit_button.setObjectName("submit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(lambda: self.save(submit=True) if self._form_editable()
                                           else self.take_step("submit"))
        self.step_buttons: dict[str, QPushButton] = {"submit": self.submit_button}
        for action in ap.STEP_ACTIONS:
            if action == "submit":
                continue
            b = QPushButton(action_text(action))
            b.setObjectName(action)
            b.clicked.connect(lambda _=False, a=action: self.take_step(a))
            self.step_buttons[action] = b
        self.step_buttons["approve"].setStyleSheet("font-weight: bold;")
        self.copy_button = QPushButton(self.tr("Copy as a new draft"))
        self.copy_button.setObjectName("copyDraft")
        self.copy_button.setToolTip(self.tr("Start a new request with the same details, to correct and send again"))
        self.copy_button.clicked.connect(self.copy_as_draft)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        # --- layout -------------------------------------------------------------------------------------
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.who_box)
        column.addWidget(self.details_box)
        column.addWidget(self.proof_box)
        column.addWidget(self.steps_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        comment_row = QHBoxLayout()
        self.comment_label = QLabel(self.tr("Comment"))
        comment_row.addWidget(self.comment_label)
        comment_row.addWidget(self.comment_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        for action in ("submit", "approve", "reject", "report", "acknowledge", "cancel"):
            buttons.addWidget(self.step_buttons[action])
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state_label)
        layout.addWidget(self.description)
        layout.addWidget(scroll, 1)
        layout.addLayout(comment_row)
        layout.addWidget(self._errors["comment"])
        layout.addWidget(self.general_error)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        if request_id is None:
            self._build_fields(self._kind)
            if student_id is not None:
                self._preselect_student(student_id)
        self.reload()

    # --- public ---------------------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.detail.row.kind if self.detail is not None else self.kind_combo.currentData()

    def editor(self, name: str) -> QWidget:
        """The widget of a details field (tests and the page use it)."""
        return self._editors[name]

    def error_text(self, key: str) -> str:
        label = self._errors.get(key, self.general_error if key == "general" else None)
        return label.text() if label is not None else ""

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def details_values(self) -> dict:
        """The form as the service takes it: ``{field: value}``; empty optional fields are None."""
        out = {}
        for name, w in self._editors.items():
            if isinstance(w, QDateEdit):
                out[name] = None if w.date() == w.minimumDate() and w.specialValueText() else _pydate(w.date())
            elif isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QSpinBox):
                out[name] = w.value()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QLineEdit):
                out[name] = w.text().strip()
        return out

    @Slot()
    def reload(self) -> None:
        """Read the request again (after a step) and show what this user may do now."""
        if self.request_id is None:
            self.detail = None
            self.setWindowTitle(self.tr("New request"))
            self.heading.setText(self.tr("New request"))
            self.state_label.setText(self.tr("Fill in the form, add the scanned proof if the kind needs it, "
                                             "then submit it for approval or keep it as a draft."))
            self.state_label.setStyleSheet("color: #1f1f1f; font-weight: normal;")
            self.description.setVisible(False)
            self._update_new_mode()
            return
        try:
            self.detail = self.ctx.read(ap.get_request, self.ctx.actor, self.request_id, self.today)
        except BaoxueError as exc:
            self.general_error.set_error(str(exc))
            for b in self.step_buttons.values():
                b.setVisible(False)
            return
        d = self.detail
        r = d.row
        self._loading = True
        if not self._editors or self._kind != r.kind:
            self._kind = r.kind
            self._build_fields(r.kind)
        self._show_details(d.details)
        self._loading = False
        self._dirty = False
        title = self.tr("#{id} {kind} \u2014 {who}").format(id=r.id, kind=kind_text(r.kind), who=r.subject)
        self.setWindowTitle(title)
        self.heading.setText(title + (f"  ({r.class_name})" if r.class_name and r.class_name != r.subject else ""))
        state = state_text(r.state)
        nxt = next_step_text(r)
        self.state_label.setText(self.tr("{state} \u00b7 next: {next}").format(state=state, next=nxt) if nxt
                                 else state)
        colour = {"rejected": "#b00020", "cancelled": "#777777", "draft": "#9a4a00", "submitted": "#0b4f8a"}.get(
            r.state, "#2e7d32")
        self.state_label.setStyleSheet(f"color: {colour};")
        self.description.setText(self.tr("Requested by {who} on {when}. {what}").format(
            who=r.requested_by, when=time_text(r.created_at), what=r.description))
        self.description.setVisible(True)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(r.kind)))
        self.kind_combo.setEnabled(False)
        self.who_box.setVisible(False)
        self.steps_model.set_rows(d.steps)
        self.steps_box.setVisible(True)
        self.attachments_model.set_rows(d.attachments)
        self._update_existing_mode()

    # --- saving a new request or a draft -------------------------------------------------------------------

    @Slot()
    def save(self, submit: bool = False) -> bool:
        """Save the form (a new request, or one's own draft) and optionally submit it: one transaction."""
        self._clear_errors()
        details = self.details_values()
        comment = self.comment_edit.text().strip()
        try:
            if self.request_id is None:
                kind = self.kind_combo.currentData()
                new_child = kind == "transfer_in" and self._new_student is not None
                if new_child:
                    details = {**details, "new_student": self._new_student}
                sid = self.picker.student_id() if self._needs_student(kind) and not new_child else None
                if self._needs_student(kind) and not new_child and sid is None:
                    self._errors["student"].set_error(self.tr("Choose the student first: type a name or "
                                                              "pinyin initials and click the student."))
                    return False
                rid = self.ctx.run(create_with_files, self.ctx.db.paths, kind, details, sid, list(self._proof),
                                   comment, submit, self.today)
                self.request_id = rid
                self._proof = []
                self.proof_list.clear()
            else:
                self.ctx.run(save_draft, self.request_id, details if self._dirty else None, comment, submit,
                             self.today)
        except ValidationError as exc:
            self._show_error(exc)
            return False
        except BaoxueError as exc:
            self.general_error.set_error(str(exc))
            return False
        except Exception as exc:  # a bug: the transaction rolled back
            show_unexpected(self, f"{type(exc).__name__}: {exc}")
            return False
        self.comment_edit.clear()
        self._say(self.tr("Submitted: it now waits for approval.") if submit else self.tr("Saved as a draft."),
                  good=True)
        self.changed.emit(self.request_id)
        self.reload()
        return True

    # --- steps --------------------------------------------------------------------------------------------

    @Slot(str)
    def take_step(self, action: str) -> bool:
        if self.request_id is None:
            return False
        self._clear_errors()
        result = run_step(self, self.ctx, self.request_id, action, self.comment_edit.text(), today=self.today,
                          kind=self.kind)
        if result is None:
            return False
        self.last_result = result
        self.comment_edit.clear()
        text = self.tr("Done: {step}.").format(step=step_text(action))
        if result.message:
            text += " " + result.message
        self._say(text, good=True)
        self.changed.emit(self.request_id)
        self.reload()
        return True

    @Slot()
    def copy_as_draft(self) -> int | None:
        """A new draft with these details (after a rejection); the dialog then shows the new draft."""
        if self.request_id is None:
            return None
        try:
            rid = self.ctx.run(ap.copy_as_draft, self.request_id, today=self.today)
        except BaoxueError as exc:
            show_error(self, str(exc), self.tr("No copy was made"))
            return None
        old = self.request_id
        self.request_id = rid
        self.changed.emit(rid)
        self.reload()
        self._say(self.tr("New draft #{new} made from #{old}: correct it and submit it.").format(new=rid, old=old),
                  good=True)
        return rid

    # --- attachments ----------------------------------------------------------------------------------------

    @Slot()
    def add_file(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the scanned proof"), str(Path.home()),
            self.tr("Scans and photos (*.jpg *.jpeg *.png *.pdf)"))
        if not path:
            return False
        return self.attach(path)

    def attach(self, path: str) -> bool:
        """Attach a file: checked at once; kept for a new request, stored at once for an existing one."""
        self._errors["files"].clear_error()
        try:
            if self.request_id is None:
                files.check(*files.read_source(path))  # the service's checks, before the request exists
                self._proof.append(path)
                self.proof_list.addItem(Path(path).name)
                self._update_new_mode()
            else:
                self.ctx.run(ap.attach_path, self.ctx.db.paths, self.request_id, path)
                self.changed.emit(self.request_id)
                self.reload()
        except BaoxueError as exc:
            self._errors["files"].set_error(str(exc))
            return False
        return True

    @Slot()
    def remove_file(self) -> bool:
        if self.request_id is None:
            row = self.proof_list.currentRow()
            if row < 0 and self.proof_list.count():
                row = self.proof_list.count() - 1
            if row < 0:
                return False
            del self._proof[row]
            self.proof_list.takeItem(row)
            self._update_new_mode()
            return True
        a = self._current_attachment()
        if a is None:
            return False
        try:
            self.ctx.run(ap.remove_attachment, a.id)
        except BaoxueError as exc:
            self._errors["files"].set_error(str(exc))
            return False
        self.changed.emit(self.request_id)
        self.reload()
        return True

    def open_attachment(self, row: int | None = None) -> Path | None:
        """Write the stored file (checked against its SHA-256) to a temporary file and open it."""
        a = self.attachments_model.row_at(row) if row is not None else self._current_attachment()
        if a is None:
            return None
        try:
            _row, data = self.ctx.read(ap.open_attachment, self.ctx.actor, self.ctx.db.paths, a.id)
        except BaoxueError as exc:
            show_error(self, str(exc), self.tr("The file cannot be opened"))
            return None
        folder = Path(tempfile.mkdtemp(prefix="baoxue-proof-"))
        target = folder / Path(a.filename).name
        target.write_bytes(data)
        self.last_opened = target
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            show_info(self, self.tr("No program on this computer opens this kind of file. It was saved as:\n{path}")
                      .format(path=str(target)))
        return target

    # --- internals: the form ------------------------------------------------------------------------------

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(self._errors[key])
        return box

    @staticmethod
    def _needs_student(kind: str) -> bool:
        return kind not in ("graduation", "borrow_in")

    def _build_fields(self, kind: str) -> None:
        """One editor per field of the kind's details dataclass, each with its error line."""
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        for key in list(self._editors):
            self._errors.pop(key, None)
        self._editors = {}
        cls = ap.DETAILS[kind]
        hints = typing.get_type_hints(cls)
        for f in fields(cls):
            if f.name in HIDDEN_FIELDS:
                continue
            w = self._editor_for(f.name, hints[f.name], f.default is not MISSING)
            w.setObjectName(f"field_{f.name}")
            self._editors[f.name] = w
            self._errors[f.name] = ErrorLabel()
            optional = f.default is not MISSING and not isinstance(w, (QComboBox, QCheckBox, QSpinBox))
            label = field_text(f.name) + (self.tr(" (optional)") if optional else "")
            self.details_form.addRow(label, self._with_error(w, f.name))
        self.kind_hint.setText(_t("Approvals", KIND_HINT.get(kind, "")))
        self._fill_choices()

    def _editor_for(self, name: str, hint, optional: bool) -> QWidget:
        types = typing.get_args(hint) or (hint,)
        if name == "leave_kind":
            return self._combo(LEAVE_KIND_TEXT)
        if name == "start_session":
            return self._combo(START_SESSION_TEXT)
        if name == "end_session":
            return self._combo(END_SESSION_TEXT)
        if name in ("class_id", "suspension_request_id", "case_id"):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._touch)
            return combo
        if date in types:
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            if optional:
                edit.setMinimumDate(NO_DATE)
                edit.setSpecialValueText(self.tr("(none)"))
                edit.setDate(NO_DATE)
            else:
                edit.setDate(_qdate(self.today))
            edit.dateChanged.connect(self._touch)
            return edit
        if bool in types:
            box = QCheckBox()
            box.toggled.connect(self._touch)
            return box
        if int in types:
            spin = QSpinBox()
            spin.setRange(1, 120)
            spin.setValue(6 if name == "months" else 1)
            spin.setSuffix(self.tr(" months") if name == "months" else "")
            spin.valueChanged.connect(self._touch)
            return spin
        edit = QLineEdit()
        edit.setMaxLength(ap.MAX_TEXT)
        edit.textChanged.connect(self._touch)
        return edit

    def _combo(self, table: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        for key, text in table.items():
            combo.addItem(_t("RequestFields", text), key)
        combo.currentIndexChanged.connect(self._touch)
        return combo

    def _fill_choices(self) -> None:
        """The choices that come from the database: classes, the student's suspensions and absence cases."""
        sid = self.detail.row.student_id if self.detail is not None else self.picker.student_id()
        if "class_id" in self._editors:
            combo = self._editors["class_id"]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for c in self.ctx.read(list_classes, self.ctx.actor):
                combo.addItem(self.tr("{cls} (grade {grade}, {n} in school)").format(
                    cls=c.name, grade=c.grade_level, n=c.student_count), c.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        if "suspension_request_id" in self._editors:
            combo = self._editors["suspension_request_id"]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if sid is not None:
                for r in self.ctx.read(ap.list_requests, self.ctx.actor, kinds=["suspension"],
                                       states=sorted(ap.DONE_STATES), student_id=sid):
                    combo.addItem(f"#{r.id} {r.description}", r.id)
            if not combo.count():
                combo.addItem(self.tr("(no approved suspension of this student)"), None)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        if "case_id" in self._editors:
            combo = self._editors["case_id"]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(no absence case)"), None)
            if sid is not None:
                from app import cases

                try:
                    rows = self.ctx.read(cases.list_cases, self.ctx.actor, self.today, student_id=sid)
                except BaoxueError:
                    rows = []
                for c in rows:
                    if c.case_id is not None:
                        combo.addItem(self.tr("Case {id}: {days:g} days absent, {stage}").format(
                            id=c.case_id, days=c.days_absent, stage=c.stage_label), c.case_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _show_details(self, details) -> None:
        for name, w in self._editors.items():
            value = getattr(details, name, None)
            if isinstance(w, QDateEdit):
                w.setDate(_qdate(value) if value is not None else w.minimumDate())
            elif isinstance(w, QComboBox):
                i = w.findData(value)
                if i < 0 and value is not None:
                    w.addItem(f"#{value}", value)
                    i = w.count() - 1
                w.setCurrentIndex(max(0, i))
            elif isinstance(w, QSpinBox):
                w.setValue(int(value or 0))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QLineEdit):
                w.setText(str(value or ""))

    def _preselect_student(self, student_id: int) -> None:
        try:
            d = self.ctx.read(students.get_detail, self.ctx.actor, student_id)
        except BaoxueError:
            return
        self.picker.set_student(student_id, d.row.name, d.class_name)

    def _form_editable(self) -> bool:
        return self.request_id is None or (self.detail is not None and "edit" in self.detail.actions)

    @Slot()
    def fill_new_child(self) -> bool:
        """The student form (checked as when adding a student) for a child transferring in from elsewhere."""
        from app.ui.student_dialog import StudentDialog

        dialog = StudentDialog(self.ctx, None, self, collect_only=True)
        if _exec(dialog) != QDialog.DialogCode.Accepted or dialog.collected is None:
            return False
        self._new_student = dialog.collected  # app.students.StudentInput, stored with the request as JSON
        self.new_child_label.setText(self.tr("New student: {name}").format(name=dialog.collected.name))
        self._update_new_mode()
        return True

    def _update_new_mode(self) -> None:
        kind = self.kind_combo.currentData()
        self.who_box.setVisible(True)
        self.kind_combo.setEnabled(True)
        new_child_kind = kind == "transfer_in"
        self.new_child_button.setVisible(new_child_kind)
        self.new_child_label.setVisible(new_child_kind)
        needs = self._needs_student(kind) and not (new_child_kind and self._new_student is not None)
        self.picker.setVisible(needs)
        self.student_label.setVisible(needs)
        self.steps_box.setVisible(False)
        self.attachments_table.setVisible(False)
        self.open_file_button.setVisible(False)
        self.proof_list.setVisible(True)
        self.remove_file_button.setVisible(True)
        self.remove_file_button.setEnabled(bool(self._proof))
        self.add_file_button.setEnabled(True)
        need = ap.PROOF_KINDS.get(kind)
        self.proof_hint.setText(
            (self.tr("Required before submitting: {what}.").format(what=need) + " " if need else "")
            + self.tr("JPG or PNG photos, or PDF scans, up to {size}.").format(size=_size_text(files.MAX_BYTES)))
        for w in self._editors.values():
            self._set_editable(w, True)
        self.save_button.setVisible(True)
        self.save_button.setEnabled(True)
        self.submit_button.setVisible(True)
        self.submit_button.setEnabled(True)
        self.submit_button.setToolTip("")
        for action, b in self.step_buttons.items():
            if action != "submit":
                b.setVisible(False)
        self.copy_button.setVisible(False)

    def _update_existing_mode(self) -> None:
        d = self.detail
        r = d.row
        editable = "edit" in d.actions
        for w in self._editors.values():
            self._set_editable(w, editable)
        self.details_box.setTitle(self.tr("Details") if editable else self.tr("Details (read-only)"))
        self.save_button.setVisible(editable)
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setEnabled(editable)
        # the steps that lead out of the current state: enabled when allowed, otherwise greyed with the reason
        any_step = False
        for action, b in self.step_buttons.items():
            possible = r.state in ap.TRANSITIONS[action] and (r.needs_county or action not in ("report",
                                                                                               "acknowledge"))
            b.setVisible(possible)
            b.setEnabled(action in d.actions)
            b.setToolTip(d.refusals.get(action, "") if action not in d.actions else "")
            any_step = any_step or (possible and action in d.actions)
        self.copy_button.setVisible(r.state in ("rejected", "cancelled"))
        self.comment_edit.setVisible(any_step)
        self.comment_label.setVisible(any_step)
        self.proof_list.setVisible(False)
        self.attachments_table.setVisible(bool(d.attachments))
        self.open_file_button.setVisible(bool(d.attachments))
        may_attach = r.state in ap.OPEN_STATES
        self.add_file_button.setVisible(may_attach)
        self.remove_file_button.setVisible(editable and bool(d.attachments))
        need = d.needs_proof
        if d.attachments:
            self.proof_hint.setText(self.tr("Double-click a file to open it."))
        elif need:
            self.proof_hint.setText(self.tr("Required: {what}. None attached yet.").format(what=need))
        else:
            self.proof_hint.setText(self.tr("No file attached."))
        self.proof_box.setVisible(bool(d.attachments) or may_attach or bool(need))

    @staticmethod
    def _set_editable(w: QWidget, editable: bool) -> None:
        """Read-only fields stay black on white (readable); only choices that cannot be read-only are greyed."""
        if isinstance(w, (QLineEdit, QDateEdit, QSpinBox)):
            w.setReadOnly(not editable)
            if isinstance(w, (QDateEdit, QSpinBox)):
                w.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows if editable
                                   else QSpinBox.ButtonSymbols.NoButtons)
            if isinstance(w, QDateEdit):
                w.setCalendarPopup(editable)
            w.setEnabled(True)
        else:
            w.setEnabled(editable)

    def is_editable(self, name: str) -> bool:
        w = self._editors[name]
        return not w.isReadOnly() if isinstance(w, (QLineEdit, QDateEdit, QSpinBox)) else w.isEnabled()

    def _current_attachment(self) -> AttachmentRow | None:
        index = self.attachments_table.currentIndex()
        a = self.attachments_model.row_at(index) if index.isValid() else None
        if a is None and self.attachments_model.rowCount() == 1:
            a = self.attachments_model.row_at(0)
        return a

    # --- internals: errors and messages -----------------------------------------------------------------------

    def _show_error(self, exc: ValidationError) -> str:
        """Put the service's reason under the field it names; returns the key that shows it."""
        for key in FIELD_KEYS.get(exc.field, ()):
            if key in self._errors and (key in self._editors or key in ("student", "files", "comment")):
                self._errors[key].set_error(str(exc))
                return key
        self.general_error.set_error(str(exc))
        return "general"

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear_error()
        self.general_error.clear_error()
        self.message.clear()

    def _say(self, text: str, *, good: bool = False) -> None:
        self.message.setStyleSheet("color: #2e7d32;" if good else "color: #1f1f1f;")
        self.message.setText(text)

    def has_unsaved_input(self) -> bool:
        """Fields changed, a comment typed or proof chosen, and not saved yet."""
        return bool(self._dirty or self.comment_edit.text().strip() or (self.request_id is None and self._proof))

    def reject(self) -> None:
        """Esc, Close or the window's X: unsaved input is asked about first."""
        if self.has_unsaved_input() and not confirm_discard(self, self.tr(
                "This request has changes that were not saved. Close and lose them?")):
            return
        super().reject()

    @Slot()
    def _touch(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    @Slot(int)
    def _on_kind_changed(self, _index: int) -> None:
        if self.request_id is not None:
            return
        self._kind = self.kind_combo.currentData()
        self._clear_errors()
        self._build_fields(self._kind)
        self._update_new_mode()

    @Slot(int)
    def _on_student_chosen(self, _student_id: int) -> None:
        self._errors["student"].clear_error()
        self._fill_choices()


__all__ = ["ACTION_TEXT", "AttachmentTableModel", "FIELD_TEXT", "KIND_TEXT", "RequestDialog", "STATE_TEXT",
           "StepTableModel", "StudentPicker", "action_text", "create_with_files", "kind_text", "next_step_text",
           "run_step", "save_draft", "state_text"]
