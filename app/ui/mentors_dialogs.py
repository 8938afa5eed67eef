"""The mentor board's dialogs: the suggestion (accept, change or reject each line, then apply all at
once), the keyboard's teacher picker, and why and when a mentoring ends."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QStyledItemDelegate, QTableView,
                               QVBoxLayout)

from app.messages import formatted
from app import mentors
from app.errors import BaoxueError
from app.mentors import suggesting
from app.mentors.board import TeacherLoad
from app.mentors.suggesting import Decision, Suggestion, SuggestionSet
from app.students import pinyin_keys
from app.ui.mentors_tables import STATE_COLORS, caseload_text
from app.ui.models import ROW_ROLE
from app.ui.plan_text import MUTED_COLOR, OVERDUE_COLOR, caseload_state_text, end_reason_text
from app.ui.widgets import (ErrorLabel, SIZE_SAMPLE, TypedTextGuard, confirm_discard, date_edit, dialog_buttons,
                            error_text, fit_to_screen, hbox, hint_label, push_button, pydate, show_error, shown_language, vbox)


def name_matches(name: str, typed: str) -> bool:
    """Type-to-find: the characters, full pinyin or pinyin initials (prefix), as the roll call does."""
    t = typed.strip().lower()
    if not t:
        return True
    if t in name.lower():
        return True
    full, initials = pinyin_keys(name)
    return full.startswith(t) or any(v.startswith(t) for v in initials.strip("|").split("|") if v)


# --- the suggestion ----------------------------------------------------------------------------------------


class SuggestionModel(QAbstractTableModel):
    """One line per suggestion: accept (check box), the teacher (editable), the reasons, a reason above max."""

    ACCEPT, STUDENT, CLASS, NEEDS, TEACHER, LOAD, WHY, NOTE = range(8)

    def __init__(self, suggestions: SuggestionSet, teachers: list[TeacherLoad], parent=None):
        super().__init__(parent)
        self.set = suggestions
        self.rows: list[Suggestion] = list(suggestions.suggestions)
        self.teachers = {t.staff_id: t for t in teachers}
        self.accepted = {s.student_id: s.staff_id is not None for s in self.rows}
        self.staff = {s.student_id: s.staff_id for s in self.rows}
        self.notes = {s.student_id: "" for s in self.rows}
        self.titles = [self.tr("Accept"), self.tr("Student"), self.tr("Class"), self.tr("Why a mentor is needed"),
                       self.tr("Mentor"), self.tr("Mentees before → after"), self.tr("Why this teacher"),
                       self.tr("Reason above the maximum")]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.titles[section] if 0 <= section < len(self.titles) else None
        return str(section + 1)

    def teacher_name(self, staff_id: int | None) -> str:
        t = self.teachers.get(staff_id)
        return t.name if t else ""

    def edited(self, s: Suggestion) -> bool:
        return self.staff[s.student_id] != s.staff_id

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.ACCEPT:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (self.TEACHER, self.NOTE):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def _load_text(self, s: Suggestion) -> str:
        staff_id = self.staff[s.student_id]
        if staff_id is None:
            return ""
        if not self.edited(s):
            return f"{s.load_before} → {s.load_after}"
        t = self.teachers.get(staff_id)
        return f"{t.load} → {t.load + 1}" if t else ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        s = self.rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and c == self.ACCEPT:
            return Qt.CheckState.Checked if self.accepted[s.student_id] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.STUDENT:
                return s.student_name
            if c == self.CLASS:
                return s.class_name
            if c == self.NEEDS:
                return s.need_text_in(shown_language())
            if c == self.TEACHER:
                name = self.teacher_name(self.staff[s.student_id]) or s.staff_name
                return name + (" " + self.tr("(changed)") if self.edited(s) else "")
            if c == self.LOAD:
                return self._load_text(s)
            if c == self.WHY:
                return s.reason_text_in(shown_language()) if not self.edited(s) else self.tr("chosen by you")
            if c == self.NOTE:
                return self.notes[s.student_id]
            return None
        if role == Qt.ItemDataRole.EditRole:
            if c == self.TEACHER:
                return self.staff[s.student_id]
            if c == self.NOTE:
                return self.notes[s.student_id]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == self.ACCEPT:
                return self.tr("yes") if self.accepted[s.student_id] else self.tr("no")
            if c == self.WHY:
                return "\n".join(m.in_language(shown_language()) for m in s.reasons) or None
            if c == self.NEEDS:
                return "\n".join(m.in_language(shown_language()) for m in s.needs) or None
            if c == self.NOTE:
                return self.tr("Needed only when the teacher would have more mentees than the maximum")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not self.accepted[s.student_id]:
                return QColor(MUTED_COLOR)
            if c in (self.LOAD, self.WHY) and s.over_max and not self.edited(s):
                return QColor(OVERDUE_COLOR)
            return None
        if role == ROW_ROLE:
            return s
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        s = self.rows[index.row()]
        c = index.column()
        if c == self.ACCEPT and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self.accepted[s.student_id] = checked
        elif c == self.TEACHER and role == Qt.ItemDataRole.EditRole:
            if value not in self.teachers:
                return False
            self.staff[s.student_id] = int(value)
            self.accepted[s.student_id] = True
        elif c == self.NOTE and role == Qt.ItemDataRole.EditRole:
            self.notes[s.student_id] = str(value or "")
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True

    def decisions(self) -> list[Decision]:
        """Accept (the suggested teacher), edit (another) or reject (None) for every line."""
        out = []
        for s in self.rows:
            staff_id = self.staff[s.student_id] if self.accepted[s.student_id] else None
            out.append(Decision(s.student_id, staff_id, over_max_reason=self.notes[s.student_id]))
        return out


class TeacherDelegate(QStyledItemDelegate):
    """A combo box of the teachers (name and caseload) to change a suggestion's mentor."""

    def __init__(self, model: SuggestionModel, parent=None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):
        if index.column() != SuggestionModel.TEACHER:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for t in self.model.teachers.values():
            combo.addItem(f"{t.name}  {caseload_text(t)}", t.staff_id)
        return combo

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class SuggestionDialog(QDialog):
    """The proposal of :func:`app.mentors.suggesting.suggest`: accept, change or reject each line, then apply all at once."""

    guide_topic = "mentors"  # the user guide's part that F1 opens here

    applied = Signal(int)

    def __init__(self, ctx, suggestions: SuggestionSet, teachers: list[TeacherLoad], parent=None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.setObjectName("SuggestionDialog")
        self.ctx = ctx
        self.today = today or suggestions.day
        self.setWindowTitle(self.tr("Suggested mentors"))
        fit_to_screen(self, 1200, 600)
        self.model = SuggestionModel(suggestions, teachers, self)
        self.table = QTableView()
        self.table.setObjectName("suggestions")
        self.table.setModel(self.model)
        self.table.setItemDelegate(TeacherDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_SAMPLE)  # widths from a sample of rows
        header.setSectionResizeMode(SuggestionModel.WHY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SuggestionModel.NEEDS, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(SuggestionModel.NEEDS, 220)

        n = len(suggestions.suggestions)
        summary = formatted(self.tr("{n} {n:student|students} without a mentor; {free} free {free:place|places} below the "
                                    "maximum of {max}."),
            n=n, free=suggestions.free_places, max=suggestions.max_caseload)
        if suggestions.over_max:
            summary += " " + self.tr("{k} would go above the maximum: give a reason for each, or change or reject "
                                     "them.").format(k=len(suggestions.over_max))
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.error = ErrorLabel()
        self.error.setObjectName("suggestionError")
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(self.tr("Apply the accepted ones"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applySuggestions")
        self.apply_button.setEnabled(n > 0)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        self.all_button = push_button(self.tr("Accept all"), clicked=lambda: self._set_all(True))
        self.none_button = push_button(self.tr("Reject all"), clicked=lambda: self._set_all(False))
        row = hbox(self.all_button, self.none_button, None, buttons)

        vbox(self.summary, hint_label(self.tr(
            "Untick a line to reject it. Double-click (or F2 on) the mentor to choose another teacher. Nothing is "
            "saved until you apply; then every accepted line is saved together, or none if one is refused.")),
            (self.table, 1), self.error, row, parent=self)

    def _set_all(self, accepted: bool) -> None:
        for r in range(self.model.rowCount()):
            self.model.setData(self.model.index(r, SuggestionModel.ACCEPT),
                               Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked,
                               Qt.ItemDataRole.CheckStateRole)

    def row_of(self, student_id: int) -> int:
        return next((n for n, s in enumerate(self.model.rows) if s.student_id == student_id), -1)

    @Slot()
    def apply(self) -> bool:
        self.error.clear_error()
        decisions = self.model.decisions()
        try:
            ids = self.ctx.run(suggesting.apply_suggestions, decisions, self.today)
        except BaoxueError as exc:  # the message names the student; nothing was saved
            self.error.set_error(error_text(exc))
            show_error(self, error_text(exc))
            return False
        self.applied.emit(len(ids))
        self.accept()
        return True


# --- small dialogs -----------------------------------------------------------------------------------------


class TeacherPicker(QDialog):
    """Pick a mentor by keyboard: type a few characters or pinyin initials, arrows to move, Enter to choose."""

    guide_topic = "mentors"  # the user guide's part that F1 opens here

    def __init__(self, teachers: list[TeacherLoad], student_name: str, today: date, parent=None, *,
                 exclude: int | None = None, title: str | None = None):
        super().__init__(parent)
        self.setObjectName("TeacherPicker")
        self.setWindowTitle(title or self.tr("Choose a mentor"))
        self.filter = QLineEdit()
        self.filter.setObjectName("teacherFilter")
        self.filter.setPlaceholderText(self.tr("Type a name or its pinyin initials, e.g. wls"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("teacherList")
        for t in teachers:
            if t.staff_id == exclude:
                continue
            extra = f" · {t.village}" if t.village else ""
            item = QListWidgetItem(f"{t.name}    {caseload_text(t)}  {caseload_state_text(t.state)}{extra}")
            item.setData(Qt.ItemDataRole.UserRole, t.staff_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, t.name)
            color = STATE_COLORS.get(t.state)
            if color:
                item.setForeground(QColor(color))
            self.list.addItem(item)
        self.start = date_edit(today)
        form = QFormLayout()
        form.addRow(self.tr("Find"), self.filter)
        form.addRow(self.tr("From"), self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_chosen)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Mentor for {name}").format(name=student_name)))
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 460)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda *_: self._accept_if_chosen())
        self.apply_filter("")
        self.filter.setFocus()

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent

        if obj is self.filter and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._move(event.key())
            return True
        return super().eventFilter(obj, event)

    def _visible_rows(self) -> list[int]:
        return [i for i in range(self.list.count()) if not self.list.item(i).isHidden()]

    def _move(self, key) -> None:
        rows = self._visible_rows()
        if not rows:
            return
        cur = self.list.currentRow()
        pos = rows.index(cur) if cur in rows else -1
        step = -1 if key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp) else 1
        self.list.setCurrentRow(rows[max(0, min(len(rows) - 1, pos + step))])

    @Slot(str)
    def apply_filter(self, text: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not name_matches(item.data(Qt.ItemDataRole.UserRole + 1), text))
        rows = self._visible_rows()
        if rows and self.list.currentRow() not in rows:
            self.list.setCurrentRow(rows[0])
        elif not rows:
            self.list.setCurrentRow(-1)

    def staff_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None

    def start_date(self) -> date:
        return pydate(self.start.date())

    @Slot()
    def _accept_if_chosen(self) -> None:
        if self.staff_id() is not None:
            self.accept()


class EndDialog(QDialog):
    """Why and when a mentoring ends."""

    guide_topic = "mentors"  # the user guide's part that F1 opens here

    def __init__(self, student_name: str, mentor_name: str, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("EndDialog")
        self.setWindowTitle(self.tr("End the mentoring"))
        self.reason = QComboBox()
        self.reason.setObjectName("endReason")
        for key in mentors.END_REASONS:
            self.reason.addItem(end_reason_text(key), key)
        self.day = date_edit(today)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Required when the reason is Other"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("From"), self.day)
        form.addRow(self.tr("Note"), self.note)
        buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{mentor} stops mentoring {name}. The history is kept; the student is listed "
                                        "again as without a mentor while still at risk.").format(
            mentor=mentor_name, name=student_name)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.guard = TypedTextGuard(self)

    def reject(self) -> None:
        """Esc or Cancel over a typed note asks first."""
        if self.guard.is_dirty() and not confirm_discard(self):
            return
        super().reject()

    def values(self) -> tuple[date, str, str]:
        return pydate(self.day.date()), self.reason.currentData(), self.note.text()
