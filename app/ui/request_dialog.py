"""申请 — one request (leave, suspension, transfer, …): fill it in, or follow it through its steps.

The dialog owns no rule. The form is built from the kind's details dataclass
(:data:`app.approvals.DETAILS`), so a new field of a kind appears here by
itself; :mod:`app.approvals` checks everything and names the wrong field
(:class:`~app.errors.ValidationError.field`), and the reason is shown in red
under that field. The step buttons come from :class:`app.approvals.RequestDetail`:
``actions`` says what this user may do now, ``refusal_messages`` why not (shown, in the window's
language, as the tooltip of a greyed button), so a teacher sees *why* they cannot approve their
own request instead of a missing button.

Every user action is one transaction through ``ctx.run(...)``.
A new request with its scanned proof is created, its files attached and (when
asked) submitted in that one transaction (:func:`app.ui.request_steps.create_with_files`):
either all of it is saved or nothing is.

The service's own words (the description of a request, the comments) are Chinese data and are
shown as they are; its refusals are messages shown in the window's language; the UI's own words go
through ``tr`` (the UI's names of the vocabulary are in :mod:`app.ui.request_text`).
"""

from __future__ import annotations

import tempfile
import logging
import typing
from dataclasses import MISSING, fields
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl, Slot, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QScrollArea, QSpinBox,
                               QVBoxLayout, QWidget)

from app.messages import formatted
from app import approvals as ap
from app import attachments as files
from app import students
from app.approvals import AttachmentRow, RequestDetail, StepResult
from app.approvals.common import plain
from app.approvals.transfer_in import student_input
from app.errors import BaoxueError, ValidationError
from app.school import list_classes
from app.ui.drafts import DraftKeeper, set_value, value_of
from app.ui.request_fields import EDITORS, editor_for, editor_value, is_editable, set_editable, show_value
from app.ui.request_steps import AttachmentTableModel, StepTableModel, create_with_files, run_step, save_draft
from app.ui.request_text import (ACTION_TEXT, FIELD_KEYS, FIELD_TEXT, HIDDEN_FIELDS, KIND_HINT, KIND_TEXT, STATE_TEXT,
                                 action_text, field_text, kind_text, next_step_text, state_text, step_text, time_text)
from app.ui.request_text import size_text as _size_text
from app.ui.request_text import translated as _t
from app.ui.student_picker import StudentPicker
from app.ui.widgets import (error_text, ErrorLabel, confirm_discard, fit_to_screen, hint_label, info_label, make_table, push_button,
                            show_error, show_info, show_unexpected, shown_language, title_label, with_error)

log = logging.getLogger(__name__)


def _exec(dialog: QDialog) -> int:
    """Run a modal dialog (tests replace this to drive it)."""
    return dialog.exec()


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
        self.state_label = info_label("stateLabel")
        font = QFont(self.state_label.font())
        font.setPointSizeF(font.pointSizeF() + 1.5)
        font.setBold(True)
        self.state_label.setFont(font)
        self.description = info_label("description", selectable=True)

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
        self._child_dialog = None  # the new child's form while it is open
        self.new_child_button = push_button(self.tr("A child new to this school: fill in the record\u2026"),
                                            "newChildButton", self.fill_new_child)
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
        self.attachments_table = make_table(self.attachments_model)
        self.attachments_table.setObjectName("attachmentsTable")
        self.attachments_table.setMaximumHeight(110)
        self.attachments_table.doubleClicked.connect(lambda *_: self.open_attachment())
        self.add_file_button = push_button(self.tr("Add a scan or photo\u2026"), "addFile", self.add_file)
        self.open_file_button = push_button(self.tr("Open"), "openFile", lambda: self.open_attachment())
        self.remove_file_button = push_button(self.tr("Remove"), "removeFile", self.remove_file)
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
        self.steps_table = make_table(self.steps_model)
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
        self.message = info_label("message")

        self.save_button = push_button(self.tr("Save as draft"), "saveDraft", lambda: self.save(submit=False))
        self.submit_button = push_button(action_text("submit"), "submit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(lambda: self.save(submit=True) if self._form_editable()
                                           else self.take_step("submit"))
        self.step_buttons: dict[str, QPushButton] = {"submit": self.submit_button}
        for action in ap.STEP_ACTIONS:
            if action == "submit":
                continue
            b = push_button(action_text(action), action, lambda _=False, a=action: self.take_step(a))
            self.step_buttons[action] = b
        self.step_buttons["approve"].setStyleSheet("font-weight: bold;")
        self.copy_button = QPushButton(self.tr("Copy as a new draft"))
        self.copy_button.setObjectName("copyDraft")
        self.copy_button.setToolTip(self.tr("Start a new request with the same details, to correct and send again"))
        self.copy_button.clicked.connect(self.copy_as_draft)
        self.close_button = push_button(self.tr("Close"), clicked=self.reject)

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

        # what is typed is kept as the user's draft of this request while it is typed (a crash loses nothing)
        self.drafts = DraftKeeper.for_dialog(
            self, ctx, "request", request_id if request_id is not None else f"new-{student_id or ''}",
            values=self.draft_values, restore=self.restore_draft, dirty=self.has_unsaved_input)
        self.comment_edit.textChanged.connect(self.drafts.touch)
        self.picker.chosen.connect(self.drafts.touch)
        self.kind_combo.currentIndexChanged.connect(self.drafts.touch)
        if request_id is None:
            self._build_fields(self._kind)
            if student_id is not None:
                self._preselect_student(student_id)
        self.reload()
        self.drafts.start()

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
        return {name: editor_value(w) for name, w in self._editors.items() if isinstance(w, EDITORS)}

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
            self.general_error.set_error(error_text(exc))
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
            who=r.requested_by, when=time_text(r.created_at), what=r.description_in(shown_language())))
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
            self.general_error.set_error(error_text(exc))
            return False
        except Exception as exc:  # a bug: the transaction rolled back
            show_unexpected(self, f"{type(exc).__name__}: {exc}")
            return False
        self.comment_edit.clear()
        self.drafts.discard()
        self.drafts.record = str(self.request_id)  # further typing is a draft of the saved request
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
        self.drafts.discard()
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
            show_error(self, error_text(exc), self.tr("No copy was made"))
            return None
        old = self.request_id
        self.request_id = rid
        self.drafts.discard()
        self.drafts.record = str(rid)
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
            self._errors["files"].set_error(error_text(exc))
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
            self._errors["files"].set_error(error_text(exc))
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
            show_error(self, error_text(exc), self.tr("The file cannot be opened"))
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
        return with_error(widget, self._errors[key])

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
            w = editor_for(f.name, hints[f.name], f.default is not MISSING, self.today, self._touch)
            w.setObjectName(f"field_{f.name}")
            self._editors[f.name] = w
            self._errors[f.name] = ErrorLabel()
            optional = f.default is not MISSING and not isinstance(w, (QComboBox, QCheckBox, QSpinBox))
            label = field_text(f.name) + (self.tr(" (optional)") if optional else "")
            self.details_form.addRow(label, self._with_error(w, f.name))
        self.kind_hint.setText(_t("Approvals", KIND_HINT.get(kind, "")))
        self._fill_choices()

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
                    combo.addItem(f"#{r.id} {r.description_in(shown_language())}", r.id)
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
                        combo.addItem(formatted(self.tr("Case {id}: {days:g} {days:day|days} absent, {stage}"),
                            id=c.case_id, days=c.days_absent, stage=c.stage_label), c.case_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _show_details(self, details) -> None:
        for name, w in self._editors.items():
            show_value(w, getattr(details, name, None))

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
        if self._new_student is not None:  # filled in before (or restored from the draft): shown to be corrected
            dialog.set_input(self._new_student)
        # what is typed into the child's form is part of this request's draft while it is typed
        self._child_dialog = dialog
        self.drafts.watch(dialog)
        app = QApplication.instance()
        app.focusChanged.connect(self._watch_child)  # a field made later (another guardian's row), once it is used
        try:
            accepted = _exec(dialog) == QDialog.DialogCode.Accepted and dialog.collected is not None
        finally:
            app.focusChanged.disconnect(self._watch_child)
            self._child_dialog = None
        if accepted:
            self._set_new_student(dialog.collected)
        self.drafts.touch()
        return accepted

    def _set_new_student(self, child) -> None:
        """The new child's record (app.students.StudentInput, stored with the request as JSON)."""
        self._new_student = child
        self.new_child_label.setText(self.tr("New student: {name}").format(name=child.name))
        self._update_new_mode()

    @Slot()
    def _watch_child(self, *_args) -> None:
        if self._child_dialog is not None:
            self.drafts.watch(self._child_dialog)

    def _typed_child(self):
        """The new child's record as the draft keeps it: as typed in its form while that is open, else as filled."""
        if self._child_dialog is not None and (self._new_student is not None or self._child_dialog.is_dirty()):
            return self._child_dialog.collect()
        return self._new_student

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
            b.setToolTip(error_text(d.refusal_messages.get(action, "")) if action not in d.actions else "")
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

    _set_editable = staticmethod(set_editable)

    def is_editable(self, name: str) -> bool:
        return is_editable(self._editors[name])

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
                self._errors[key].set_error(error_text(exc))
                return key
        self.general_error.set_error(error_text(exc))
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
        return bool(self._dirty or self.comment_edit.text().strip()
                    or (self.request_id is None and (self._proof or self._typed_child() is not None)))

    def reject(self) -> None:
        """Esc, Close or the window's X: unsaved input is asked about first."""
        if self.has_unsaved_input() and not confirm_discard(self, self.tr(
                "This request has changes that were not saved. Close and lose them?")):
            return
        self.drafts.discard()
        super().reject()

    @Slot()
    def _touch(self, *_args) -> None:
        if not self._loading:
            self._dirty = True
            self.drafts.touch()

    def draft_values(self) -> dict:
        """The draft: the kind, the student, the details (by field name), the comment and a new child's record."""
        child = self._typed_child() if self.request_id is None else None
        return {"kind": self.kind, "student": self.picker.student_id() if self.request_id is None else None,
                "details": {name: value_of(w) for name, w in self._editors.items() if self._form_editable()},
                "comment": self.comment_edit.text(), "new_student": plain(child) if child is not None else None,
                "new_student_filled": self._new_student is not None}

    def restore_draft(self, values: dict) -> None:
        if self.request_id is None:
            kind = values.get("kind")
            if kind in ap.KINDS and self.kind_combo.findData(kind) >= 0:
                self.set_kind(kind)
            student = values.get("student")
            if isinstance(student, int) and self._needs_student(self.kind):
                self._preselect_student(student)
        details = values.get("details")
        if isinstance(details, dict) and self._form_editable():
            for name, value in details.items():
                if name in self._editors:
                    set_value(self._editors[name], value)
            self._dirty = True
        if isinstance(values.get("comment"), str):
            self.comment_edit.setText(values["comment"])
        child = values.get("new_student")
        if self.request_id is None and isinstance(child, dict) and self.kind == "transfer_in":
            try:
                self._set_new_student(student_input(child))
            except (ValidationError, TypeError, ValueError):  # a draft of an older form: the rest is back
                log.warning("the new child's record of a request draft could not be restored")

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
