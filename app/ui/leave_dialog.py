"""请假 — record an approved sick or personal leave of one student, list and cancel their leaves.

The dialog owns no rule: :func:`app.attendance.add_leave` checks the dates, the
half days, overlaps and permission, and says which field is wrong
(:class:`~app.errors.ValidationError.field`); the reason is shown in red next to
that field. A leave recorded after the roll call turns the saved marks it covers
into "excused" (the service does it, audited); cancelling puts them back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import attendance
from app.attendance import LeaveRow
from app.errors import BaoxueError, ValidationError
from app.ui.drafts import DraftKeeper, field_values, form_fields, restore_values
from app.ui.models import Column, RowTableModel
from app.ui.widgets import ErrorLabel, TypedTextGuard, confirm, confirm_discard, show_unexpected, title_label, fit_to_screen
from app.ui.widgets import qdate as _qdate, pydate as _pydate


LEAVE_KIND_TEXT: dict[str, str] = {
    "sick": QT_TRANSLATE_NOOP("LeaveDialog", "Sick leave"),
    "personal": QT_TRANSLATE_NOOP("LeaveDialog", "Personal leave"),
}
#: a leave starts with the whole day or from noon, and ends with the whole day or at noon (app.attendance)
START_TEXT: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("LeaveDialog", "the whole day"),
    "pm": QT_TRANSLATE_NOOP("LeaveDialog", "from the afternoon"),
}
END_TEXT: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("LeaveDialog", "the whole day"),
    "am": QT_TRANSLATE_NOOP("LeaveDialog", "until noon"),
}
STATUS_TEXT: dict[str, str] = {
    "approved": QT_TRANSLATE_NOOP("LeaveDialog", "Approved"),
    "cancelled": QT_TRANSLATE_NOOP("LeaveDialog", "Cancelled"),
}

# ValidationError.field as app.attendance.add_leave names it → the field that shows it
FIELD_KEYS: dict[str, str] = {
    "请假类型": "kind",
    "开始时段": "start",
    "结束时段": "end",
    "请假日期": "dates",
    "请假事由": "reason",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("LeaveDialog", text)






class LeaveTableModel(RowTableModel[LeaveRow]):
    KIND, PERIOD, REASON, STATUS = range(4)

    def columns(self) -> list[Column[LeaveRow]]:
        grey = QColor("#888888")
        return [
            Column(self.tr("Kind"), lambda r: _t(LEAVE_KIND_TEXT.get(r.kind, r.kind)),
                   foreground=lambda r: grey if r.status != "approved" else None),
            Column(self.tr("Period"), self._period, sort=lambda r: r.start_day.toordinal(),
                   foreground=lambda r: grey if r.status != "approved" else None),
            Column(self.tr("Reason"), lambda r: r.reason, tooltip=lambda r: r.reason or None),
            Column(self.tr("Status"), lambda r: _t(STATUS_TEXT.get(r.status, r.status)),
                   foreground=lambda r: grey if r.status != "approved" else QColor("#2e7d32")),
        ]

    def _period(self, r: LeaveRow) -> str:
        start = r.start_day.isoformat() + ("" if r.start_session == "day" else " " + _t(START_TEXT.get(
            r.start_session, r.start_session)))
        end = r.end_day.isoformat() + ("" if r.end_session == "day" else " " + _t(END_TEXT.get(
            r.end_session, r.end_session)))
        return start if (r.start_day, r.start_session) == (r.end_day, r.end_session) else f"{start} \u2013 {end}"


class LeaveDialog(QDialog):
    """One student's leaves: a form to record an approved leave, the list, a cancel button."""

    guide_topic = "leave"  # the user guide's part that F1 opens here

    #: emitted with the new leave's id after it was recorded
    saved = Signal(int)
    #: emitted with the leave's id after it was cancelled
    cancelled = Signal(int)

    def __init__(self, ctx, student_id: int, parent: QWidget | None = None, *, today: date | None = None,
                 student_name: str = "", class_name: str = "", start: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.student_id = student_id
        self.today = today or date.today()
        self.setObjectName("LeaveDialog")
        self.setWindowTitle(self.tr("Leave \u2014 {name}").format(name=student_name) if student_name
                            else self.tr("Leave"))
        start = start or self.today

        heading = title_label((f"{student_name} \u00b7 {class_name}" if class_name else student_name) or "", grow=3)

        # --- the form -----------------------------------------------------------------------
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for key in attendance.LEAVE_KINDS:
            self.kind_combo.addItem(_t(LEAVE_KIND_TEXT.get(key, key)), key)
        self.start_date = self._date_edit(start, "startDate")
        self.start_session = QComboBox()
        self.start_session.setObjectName("startSession")
        for key, text in START_TEXT.items():
            self.start_session.addItem(_t(text), key)
        self.end_date = self._date_edit(start, "endDate")
        self.end_session = QComboBox()
        self.end_session.setObjectName("endSession")
        for key, text in END_TEXT.items():
            self.end_session.addItem(_t(text), key)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("e.g. fever, seen by the village doctor"))
        self.reason_edit.setMaxLength(attendance.MAX_NOTE)
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("referenceEdit")
        self.reference_edit.setPlaceholderText(self.tr("Approval note or number (optional)"))
        self.errors: dict[str, ErrorLabel] = {k: ErrorLabel() for k in ("kind", "start", "end", "dates", "reason",
                                                                          "general")}
        for key, label in self.errors.items():
            label.setObjectName(f"error_{key}")
        self.save_button = QPushButton(self.tr("Record the leave"))
        self.save_button.setObjectName("saveLeave")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(36)

        form = QGridLayout()
        row = 0
        form.addWidget(QLabel(self.tr("Kind")), row, 0)
        form.addWidget(self.kind_combo, row, 1, 1, 2)
        form.addWidget(self.errors["kind"], row + 1, 1, 1, 3)
        row += 2
        form.addWidget(QLabel(self.tr("From")), row, 0)
        form.addWidget(self.start_date, row, 1)
        form.addWidget(self.start_session, row, 2)
        form.addWidget(self.errors["start"], row + 1, 1, 1, 3)
        row += 2
        form.addWidget(QLabel(self.tr("To")), row, 0)
        form.addWidget(self.end_date, row, 1)
        form.addWidget(self.end_session, row, 2)
        form.addWidget(self.errors["end"], row + 1, 1, 1, 3)
        form.addWidget(self.errors["dates"], row + 2, 1, 1, 3)
        row += 3
        form.addWidget(QLabel(self.tr("Reason")), row, 0)
        form.addWidget(self.reason_edit, row, 1, 1, 3)
        form.addWidget(self.errors["reason"], row + 1, 1, 1, 3)
        row += 2
        form.addWidget(QLabel(self.tr("Approval")), row, 0)
        form.addWidget(self.reference_edit, row, 1, 1, 3)
        row += 1
        form.setColumnStretch(3, 1)
        hint = QLabel(self.tr("Half days: start \u201cfrom the afternoon\u201d, or end \u201cuntil noon\u201d. "
                              "Only record a leave that has been approved."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666666;")
        save_row = QHBoxLayout()
        save_row.addWidget(self.errors["general"], 1)
        save_row.addWidget(self.save_button)
        new_box = QGroupBox(self.tr("Record an approved leave"))
        new_layout = QVBoxLayout(new_box)
        new_layout.addLayout(form)
        new_layout.addWidget(hint)
        new_layout.addLayout(save_row)

        # --- the list ---------------------------------------------------------------------------
        self.model = LeaveTableModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("leaveTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LeaveTableModel.REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in ((LeaveTableModel.KIND, 70), (LeaveTableModel.PERIOD, 260), (LeaveTableModel.STATUS, 70)):
            self.table.setColumnWidth(column, width)
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setObjectName("cancelReason")
        self.cancel_reason.setPlaceholderText(self.tr("Why it is cancelled (optional)"))
        self.cancel_button = QPushButton(self.tr("Cancel this leave"))
        self.cancel_button.setObjectName("cancelLeave")
        self.list_error = ErrorLabel()
        self.list_error.setObjectName("listError")
        list_box = QGroupBox(self.tr("Leaves of this student"))
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.table, 1)
        cancel_row = QHBoxLayout()
        cancel_row.addWidget(self.cancel_reason, 1)
        cancel_row.addWidget(self.cancel_button)
        list_layout.addLayout(cancel_row)
        list_layout.addWidget(self.list_error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(new_box)
        layout.addWidget(list_box, 1)
        layout.addWidget(buttons)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() + 1)
        self.setFont(font)
        fit_to_screen(self, 620, 620)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.start_date.dateChanged.connect(self._keep_end_after_start)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_cancel())
        self.refresh()
        self.guard = TypedTextGuard(self)
        # a typed leave is kept as the user's draft for this student while it is typed (a crash loses nothing)
        self.drafts = DraftKeeper.for_dialog(self, ctx, "leave", student_id,
                                             values=lambda: field_values(form_fields(self)),
                                             restore=lambda v: restore_values(form_fields(self), v),
                                             dirty=self.guard.is_dirty)
        self.drafts.watch(self)
        self.drafts.start()

    def reject(self) -> None:
        """Esc, Close or the window's X: a typed reason that was not saved is asked about first."""
        if self.guard.is_dirty() and not confirm_discard(self):
            return
        self.drafts.discard()
        super().reject()

    def _date_edit(self, value: date, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(_qdate(value))
        return edit

    # --- public -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        try:
            rows = self.ctx.read(attendance.leaves_of, self.ctx.actor, self.student_id)
        except BaoxueError as exc:
            rows = []
            self.list_error.set_error(str(exc))
        self.model.set_rows(rows)
        self._update_cancel()

    @Slot()
    def save(self) -> int | None:
        """Record the leave; a refused one shows its reason next to the field the service names."""
        for label in self.errors.values():
            label.clear_error()
        try:
            leave_id = self.ctx.run(
                attendance.add_leave, self.student_id, self.kind_combo.currentData(),
                _pydate(self.start_date.date()), _pydate(self.end_date.date()),
                start_session=self.start_session.currentData(), end_session=self.end_session.currentData(),
                reason=self.reason_edit.text(), reference=self.reference_edit.text(), today=self.today)
        except ValidationError as exc:
            key = FIELD_KEYS.get(exc.field, "general")
            self.errors[key].set_error(exc.reason if key != "general" else str(exc))
            return None
        except BaoxueError as exc:
            self.errors["general"].set_error(str(exc))
            return None
        except Exception as exc:  # a bug: say so; the transaction rolled back
            show_unexpected(self, f"{type(exc).__name__}: {exc}")
            return None
        self.reason_edit.clear()
        self.reference_edit.clear()
        self.refresh()
        self.guard.mark_clean()
        self.drafts.flush()  # saved: no draft is left (unless a cancel reason is still typed)
        self.saved.emit(leave_id)
        return leave_id

    def selected_leave(self) -> LeaveRow | None:
        return self.model.row_at(self.table.currentIndex())

    def select_leave(self, leave_id: int) -> bool:
        for n, r in enumerate(self.model.rows()):
            if r.id == leave_id:
                self.table.setCurrentIndex(self.model.index(n, 0))
                return True
        return False

    @Slot()
    def cancel_selected(self) -> int | None:
        """Cancel the selected approved leave (after a Yes); returns how many saved roll calls changed."""
        leave = self.selected_leave()
        if leave is None or leave.status != "approved":
            return None
        if not confirm(self, self.tr("Cancel the leave {period}?\n\nRoll calls it excused go back to what the "
                                     "teacher marked.").format(period=self.model._period(leave)),
                       self.tr("Cancel leave")):
            return None
        self.list_error.clear_error()
        try:
            changed = self.ctx.run(attendance.cancel_leave, leave.id, self.cancel_reason.text(), today=self.today)
        except BaoxueError as exc:
            self.list_error.set_error(str(exc))
            return None
        self.cancel_reason.clear()
        self.refresh()
        self.guard.mark_clean()
        self.drafts.flush()
        self.cancelled.emit(leave.id)
        return changed

    # --- internals ---------------------------------------------------------------------------

    def _keep_end_after_start(self, value: QDate) -> None:
        if self.end_date.date() < value:
            self.end_date.setDate(value)

    def _update_cancel(self) -> None:
        leave = self.selected_leave()
        self.cancel_button.setEnabled(leave is not None and leave.status == "approved")


__all__ = ["LeaveDialog", "LeaveTableModel"]
