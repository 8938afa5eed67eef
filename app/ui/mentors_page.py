"""帮扶 — mentors: the principal's board, the suggestion, and a teacher's own mentees (issue 5, domain.md §2).

:func:`mentors_page` builds what the user may see: users holding "mentor.manage"
(principal, registrar, admin) get :class:`MentorBoardPage`; every other teacher gets
:class:`MyMenteesPage` (their own mentees only, :func:`app.mentors.my_mentees`).

The board (:func:`app.mentors.board`): on the left every teacher with the caseload
"n / min–max" of the policy (above the maximum red, below the minimum amber) and,
under it, the mentees of the selected teacher; on the right the students who need a
mentor and have none, each with why. A student is assigned

* with the mouse: drag the student onto a teacher (:class:`TeacherLoadModel` takes the drop);
* with the keyboard: select the student, press Enter (or Ctrl+M, or the button), type a
  few letters of the teacher's name or its pinyin initials in :class:`TeacherPicker`, Enter.

Above the maximum the service refuses unless a reason is given: the page asks for the
reason (a small input dialog showing the service's message) and tries again with it.
A mentee's assignment ends with a reason (:class:`EndDialog`) or goes to another teacher.

"Suggest mentors" (:class:`SuggestionDialog`) shows :func:`app.mentors.suggest`'s proposal
with its reasons; each line is accepted, given another teacher, or rejected, and Apply
sends every decision to :func:`app.mentors.apply_suggestions` in one transaction.

The "home teaching" tab lists the children taught at home (送教上门) with their progress
against the policy's targets; a double click opens the plan at its home-teaching tab.

Nothing here decides anything: every rule is in :mod:`app.mentors` and :mod:`app.home_teaching`.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeSet
from app import home_teaching, mentors
from app.errors import BaoxueError, ValidationError
from app.mentors import Board, Decision, MenteeRow, Suggestion, SuggestionSet, TeacherLoad, UncoveredRow
from app.students import pinyin_keys
from app.ui.models import ROW_ROLE, Column, RowTableModel
from app.ui.plan_dialog import (
    AMBER_COLOR,
    DONE_COLOR,
    MUTED_COLOR,
    OVERDUE_COLOR,
    SHOWS,
    PlanDialog,
    caseload_state_text,
    end_reason_text,
    setup_table,
)
from app.ui.widgets import (SIZE_SAMPLE, ErrorLabel, attempt, date_edit, fit_to_screen, hint_label, pydate, show_error,
                             show_info, title_label)

#: the drag payload: a JSON list of student ids
STUDENT_MIME = "application/x-baoxue-student-ids"
#: the service's field name for a caseload above the maximum (the page then asks for the reason)
OVER_MAX_FIELD = "帮扶学生数"
STATE_COLORS = {"over": OVERDUE_COLOR, "below": AMBER_COLOR}
ASSIGN_SHORTCUT = "Ctrl+M"


def caseload_text(t: TeacherLoad) -> str:
    return f"{t.load} / {t.min_caseload}–{t.max_caseload}"


def _state_color(t: TeacherLoad):
    c = STATE_COLORS.get(t.state)
    return QColor(c) if c else None


def name_matches(name: str, typed: str) -> bool:
    """Type-to-find: the characters, full pinyin or pinyin initials (prefix), as the roll call does."""
    t = typed.strip().lower()
    if not t:
        return True
    if t in name.lower():
        return True
    full, initials = pinyin_keys(name)
    return full.startswith(t) or any(v.startswith(t) for v in initials.strip("|").split("|") if v)


# --- table models ------------------------------------------------------------------------------------


class TeacherLoadModel(RowTableModel[TeacherLoad]):
    """Teachers with their caseloads; a student dropped on a row asks for that teacher (:attr:`dropped`)."""

    NAME, LOAD, STATE, VILLAGE = range(4)
    #: (student ids, staff id) — emitted when students are dropped on a teacher
    dropped = Signal(list, int)

    def columns(self) -> list[Column[TeacherLoad]]:
        return [
            Column(self.tr("Teacher"), lambda r: r.name, tooltip=lambda r: r.title or None),
            Column(self.tr("Mentees"), caseload_text, sort=lambda r: r.load, foreground=_state_color,
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Caseload"), lambda r: caseload_state_text(r.state), foreground=_state_color),
            Column(self.tr("Lives in"), lambda r: r.village),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.LOAD:
            r = self.row_at(index)
            if r is not None and r.state in STATE_COLORS:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)

    def flags(self, index):
        f = super().flags(index)
        return f | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [STUDENT_MIME]

    def _target(self, row: int, parent) -> TeacherLoad | None:
        if parent.isValid():
            return self.row_at(parent)
        return self.row_at(row) if row >= 0 else None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data is not None and data.hasFormat(STUDENT_MIME) and self._target(row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(STUDENT_MIME)).decode("utf-8"))]
        except (ValueError, TypeError):
            return False
        teacher = self._target(row, parent)
        self.dropped.emit(ids, teacher.staff_id)
        return False  # nothing to remove from the source: the board reads itself again after the assignment


class UncoveredModel(RowTableModel[UncoveredRow]):
    """Students needing a mentor and without one; rows can be dragged onto a teacher."""

    NAME, CLASS, VILLAGE, WHY, LAST = range(5)

    def columns(self) -> list[Column[UncoveredRow]]:
        return [
            Column(self.tr("Student"), lambda r: r.student_name),
            Column(self.tr("Class"), lambda r: r.class_name, sort=lambda r: (r.grade_level, r.class_name)),
            Column(self.tr("Village"), lambda r: r.village),
            Column(self.tr("Why a mentor is needed"), lambda r: r.reason_text,
                   tooltip=lambda r: "\n".join(r.reasons) or None),
            Column(self.tr("Last mentor"), lambda r: r.previous_mentor_name),
        ]

    def flags(self, index):
        f = super().flags(index)
        return f | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else f

    def mimeTypes(self) -> list[str]:
        return [STUDENT_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes) -> QMimeData:
        ids = []
        for i in indexes:
            r = self.row_at(i)
            if r is not None and r.student_id not in ids:
                ids.append(r.student_id)
        data = QMimeData()
        data.setData(STUDENT_MIME, QByteArray(json.dumps(ids).encode("utf-8")))
        return data


class MenteeModel(RowTableModel[MenteeRow]):
    NAME, CLASS, VILLAGE, SINCE, WHY, REVIEW = range(6)

    def _review(self, r: MenteeRow) -> str:
        if r.next_review is None:
            return ""
        return r.next_review.isoformat() + (" " + self.tr("overdue") if r.review_overdue else "")

    def columns(self) -> list[Column[MenteeRow]]:
        return [
            Column(self.tr("Student"), lambda r: r.student_name),
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("Village"), lambda r: r.village),
            Column(self.tr("Since"), lambda r: r.start_date.isoformat()),
            Column(self.tr("Why"), lambda r: ";".join(r.needs) or self.tr("no longer at risk"),
                   tooltip=lambda r: "\n".join(r.needs) or None,
                   foreground=lambda r: None if r.needs else QColor(MUTED_COLOR)),
            Column(self.tr("Next review"), self._review, sort=lambda r: r.next_review.toordinal()
                   if r.next_review else None,
                   foreground=lambda r: QColor(OVERDUE_COLOR) if r.review_overdue else None),
        ]


class ProgressModel(RowTableModel[home_teaching.Progress]):
    NAME, CLASS, HOURS, VISITS, SHORT = range(5)

    def columns(self) -> list[Column[home_teaching.Progress]]:
        def colour(ok: bool):
            return QColor(DONE_COLOR) if ok else QColor(OVERDUE_COLOR)

        return [
            Column(self.tr("Student"), lambda r: r.student_name),
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("Hours (due by now / year)"),
                   lambda r: f"{r.hours:g} ({r.expected_hours:g} / {r.target_hours_year:g})", sort=lambda r: r.hours,
                   foreground=lambda r: colour(r.hours_on_track)),
            Column(self.tr("Visits (due)"), lambda r: f"{r.visits} ({r.target_visits})", sort=lambda r: r.visits,
                   foreground=lambda r: colour(r.visits_on_track)),
            Column(self.tr("Weeks short"), lambda r: str(len(r.weeks_short)) if r.weeks_short else "",
                   tooltip=lambda r: "、".join(w.isoformat() for w in r.weeks_short) or None),
        ]


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
                return ";".join(s.needs)
            if c == self.TEACHER:
                name = self.teacher_name(self.staff[s.student_id]) or s.staff_name
                return name + (" " + self.tr("(changed)") if self.edited(s) else "")
            if c == self.LOAD:
                return self._load_text(s)
            if c == self.WHY:
                return s.reason_text if not self.edited(s) else self.tr("chosen by you")
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
                return "\n".join(s.reasons) or None
            if c == self.NEEDS:
                return "\n".join(s.needs) or None
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
    """The proposal of :func:`app.mentors.suggest`: accept, change or reject each line, then apply all at once."""

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
        summary = self.tr("{n} students without a mentor; {free} free places below the maximum of {max}.").format(
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
        self.all_button = QPushButton(self.tr("Accept all"))
        self.all_button.clicked.connect(lambda: self._set_all(True))
        self.none_button = QPushButton(self.tr("Reject all"))
        self.none_button.clicked.connect(lambda: self._set_all(False))
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint_label(self.tr(
            "Untick a line to reject it. Double-click (or F2 on) the mentor to choose another teacher. Nothing is "
            "saved until you apply; then every accepted line is saved together, or none if one is refused.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)

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
            ids = self.ctx.run(mentors.apply_suggestions, decisions, self.today)
        except BaoxueError as exc:  # the message names the student; nothing was saved
            self.error.set_error(str(exc))
            show_error(self, str(exc))
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{mentor} stops mentoring {name}. The history is kept; the student is listed "
                                        "again as without a mentor while still at risk.").format(
            mentor=mentor_name, name=student_name)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> tuple[date, str, str]:
        return pydate(self.day.date()), self.reason.currentData(), self.note.text()


# --- shared pieces -------------------------------------------------------------------------------------------


class PlanOpener:
    """Opens a student's plan (one dialog per student, kept while open)."""

    def __init__(self, ctx, today: date | None):
        self.ctx = ctx
        self.today = today
        self.open_dialogs: dict[int, PlanDialog] = {}

    def open(self, parent: QWidget, student_id: int, section: str | None = None) -> PlanDialog:
        dlg = self.open_dialogs.get(student_id)
        if dlg is None:
            dlg = PlanDialog(self.ctx, student_id, parent, today=self.today)
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dlg.destroyed.connect(lambda *_, sid=student_id: self.open_dialogs.pop(sid, None))
            self.open_dialogs[student_id] = dlg
        if section:
            dlg.show_section(section)
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()
        return dlg


class HomeTeachingPanel(QWidget):
    """送教上门: the children taught at home this school year with their progress (:func:`home_teaching.overview`)."""

    open_plan = Signal(int)

    def __init__(self, ctx, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.model = ProgressModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("homeTeaching")
        setup_table(self.table, self.model)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.status = hint_label("")
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Severely disabled children taught at home. Red: behind the policy's targets so far. Open a child "
            "(Enter or double-click) to log a session.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        try:
            rows = self.ctx.read(home_teaching.overview, self.ctx.actor, self.today)
        except BaoxueError as exc:  # e.g. no school year set yet
            rows = []
            self.status.setText(str(exc))
        else:
            self.status.setText("" if rows else self.tr("No child is taught at home this school year."))
        self.model.set_rows(rows)

    @Slot(QModelIndex)
    def _activated(self, index) -> None:
        r = self.model.row_at(index)
        if r is not None:
            self.open_plan.emit(r.student_id)


def _table(name: str, model) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    setup_table(view, model)
    return view


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


# --- the board -----------------------------------------------------------------------------------------------


class MentorBoardPage(QWidget):
    """All teachers and their caseloads, the uncovered students, assignment by drag and drop or keyboard."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    def __init__(self, ctx, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("MentorBoardPage")
        self.ctx = ctx
        self._today = today
        self.board: Board | None = None
        self.plans = PlanOpener(ctx, today)
        self.picker: TeacherPicker | None = None
        self.suggestions: SuggestionDialog | None = None

        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.summary.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("Suggest mentors…"))
        self.suggest_button.setObjectName("suggestMentors")
        self.suggest_button.setToolTip(self.tr("Propose a mentor for every student without one: own class "
                                               "teachers, teachers living nearby and last year's mentor first, "
                                               "caseloads balanced"))
        self.suggest_button.clicked.connect(self.open_suggestions)
        self.assign_button = QPushButton(self.tr("Assign a mentor… (Ctrl+M)"))
        self.assign_button.setObjectName("assignMentor")
        self.assign_button.clicked.connect(self.assign_selected)

        # left: teachers and the selected teacher's mentees
        self.teachers = TeacherLoadModel(parent=self)
        self.teachers.dropped.connect(self.assign_students, Qt.ConnectionType.QueuedConnection)
        self.teacher_view = _table("teachers", self.teachers)
        self.teacher_view.setAcceptDrops(True)
        self.teacher_view.viewport().setAcceptDrops(True)
        self.teacher_view.setDropIndicatorShown(True)
        self.teacher_view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.teacher_view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.teacher_view.setSortingEnabled(True)
        self.teacher_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_mentees())
        self.mentees = MenteeModel(parent=self)
        self.mentee_view = _table("mentees", self.mentees)
        self.mentee_view.activated.connect(self._open_mentee)
        self.mentee_view.doubleClicked.connect(self._open_mentee)
        self.mentee_title = _bold(QLabel())
        self.plan_button = QPushButton(self.tr("Open plan"))
        self.plan_button.setObjectName("openMenteePlan")
        self.plan_button.clicked.connect(lambda: self._open_mentee(self.mentee_view.currentIndex()))
        self.end_button = QPushButton(self.tr("End mentoring…"))
        self.end_button.setObjectName("endMentoring")
        self.end_button.clicked.connect(self.end_selected)
        self.reassign_button = QPushButton(self.tr("Hand over to…"))
        self.reassign_button.setObjectName("reassignMentee")
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.mentee_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(_bold(QLabel(self.tr("Teachers and their mentees"))))
        ll.addWidget(self.teacher_view, 3)
        ll.addWidget(self.mentee_title)
        ll.addWidget(self.mentee_view, 2)
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addWidget(self.reassign_button)
        row.addWidget(self.end_button)
        row.addStretch(1)
        ll.addLayout(row)

        # right: uncovered students
        self.uncovered = UncoveredModel(parent=self)
        self.uncovered_view = _table("uncovered", self.uncovered)
        self.uncovered_view.setDragEnabled(True)
        self.uncovered_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.uncovered_view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.uncovered_view.setSortingEnabled(True)
        self.uncovered_view.activated.connect(lambda *_: self.assign_selected())
        self.uncovered_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.uncovered_title = _bold(QLabel())
        self.uncovered_plan = QPushButton(self.tr("Open plan"))
        self.uncovered_plan.setObjectName("openUncoveredPlan")
        self.uncovered_plan.clicked.connect(self._open_uncovered)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.uncovered_title)
        rl.addWidget(self.uncovered_view, 1)
        rl.addWidget(hint_label(self.tr(
            "Drag a student onto a teacher, or select a student and press Enter (Ctrl+M) to choose a teacher "
            "by typing. Red: above the maximum; amber: below the minimum.")))
        row = QHBoxLayout()
        row.addWidget(self.assign_button)
        row.addWidget(self.uncovered_plan)
        row.addStretch(1)
        rl.addLayout(row)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        board = QWidget()
        bl = QVBoxLayout(board)
        bl.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.suggest_button)
        bl.addLayout(top)
        bl.addWidget(split, 1)

        self.home = HomeTeachingPanel(ctx, today=today)
        self.home.open_plan.connect(lambda sid: self.plans.open(self, sid, "home"))
        self.tabs = QTabWidget()
        self.tabs.addTab(board, self.tr("Mentor board"))
        self.tabs.addTab(self.home, self.tr("Home teaching"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Mentors")))
        layout.addWidget(self.tabs, 1)

        QShortcut(QKeySequence(ASSIGN_SHORTCUT), self, activated=self.assign_selected)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    @property
    def today(self) -> date:
        return self._today or date.today()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()

    # --- reading ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        selected_teacher = self.selected_teacher()
        keep = selected_teacher.staff_id if selected_teacher else None
        self.board = self.ctx.read(mentors.board, self.ctx.actor, self.today)
        b = self.board
        self.teachers.set_rows(b.teachers)
        self.uncovered.set_rows(b.uncovered)
        over = sum(1 for t in b.teachers if t.state == "over")
        below = sum(1 for t in b.teachers if t.state == "below")
        text = self.tr("{covered} of {needing} students who need a mentor have one.").format(
            covered=b.covered, needing=b.needing)
        if b.uncovered:
            text = f'<span style="color:{OVERDUE_COLOR}"><b>{text} ' + self.tr(
                "{n} without a mentor.").format(n=len(b.uncovered)) + "</b></span>"
        text += " " + self.tr("Caseload {lo}–{hi} per teacher; {over} above the maximum, {below} below the "
                              "minimum.").format(lo=b.min_caseload, hi=b.max_caseload, over=over, below=below)
        self.summary.setText(text)
        self.uncovered_title.setText(self.tr("Without a mentor ({n})").format(n=len(b.uncovered)))
        row = next((n for n, t in enumerate(self.teachers.rows()) if t.staff_id == keep), 0 if b.teachers else -1)
        if row >= 0:
            self.teacher_view.selectRow(row)
        self._show_mentees()
        self.home.refresh()

    def selected_teacher(self) -> TeacherLoad | None:
        return self.teachers.row_at(self.teacher_view.currentIndex())

    def selected_uncovered(self) -> UncoveredRow | None:
        return self.uncovered.row_at(self.uncovered_view.currentIndex())

    def selected_mentee(self) -> MenteeRow | None:
        return self.mentees.row_at(self.mentee_view.currentIndex())

    def _show_mentees(self) -> None:
        t = self.selected_teacher()
        self.mentees.set_rows(t.mentees if t else [])
        self.mentee_title.setText(self.tr("Mentees of {name} ({n})").format(name=t.name, n=t.load) if t else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        m = self.selected_mentee() is not None
        for b in (self.plan_button, self.end_button, self.reassign_button):
            b.setEnabled(m)
        u = self.selected_uncovered() is not None
        self.assign_button.setEnabled(u)
        self.uncovered_plan.setEnabled(u)

    # --- assigning --------------------------------------------------------------------------------------

    def row_of_student(self, student_id: int) -> int:
        return next((n for n, r in enumerate(self.uncovered.rows()) if r.student_id == student_id), -1)

    def row_of_teacher(self, staff_id: int) -> int:
        return next((n for n, t in enumerate(self.teachers.rows()) if t.staff_id == staff_id), -1)

    @Slot()
    def assign_selected(self) -> TeacherPicker | None:
        """Enter / Ctrl+M on a student: the teacher picker (non-blocking; Enter in it assigns)."""
        u = self.selected_uncovered()
        if u is None or self.board is None:
            return None
        picker = TeacherPicker(self.board.teachers, u.student_name, self.today, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self.assign_students([u.student_id], picker.staff_id(), picker.start_date()))
        picker.destroyed.connect(lambda *_: setattr(self, "picker", None))
        self.picker = picker
        picker.open()
        return picker

    def ask_over_max_reason(self, message: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Above the maximum"),
            message + "\n\n" + self.tr("Why should this teacher mentor more students than the maximum?"))
        text = (text or "").strip()
        return text if ok and text else None

    def _run_with_over_max(self, fn, *args, **kwargs) -> bool:
        """Run ``fn``; when the caseload would exceed the maximum, ask for the reason and try once more."""
        try:
            self.ctx.run(fn, *args, **kwargs)
            return True
        except ValidationError as exc:
            if exc.field != OVER_MAX_FIELD:
                show_error(self, str(exc))
                return False
            reason = self.ask_over_max_reason(exc.reason)
            if reason is None:
                return False
        except BaoxueError as exc:
            show_error(self, str(exc))
            return False
        ok, _ = attempt(self, self.ctx.run, fn, *args, over_max_reason=reason, **kwargs)
        return ok

    @Slot(list, int)
    def assign_students(self, student_ids: list, staff_id: int | None, start: date | None = None) -> int:
        """Assign each student to the teacher (a drop, or the picker). Returns how many were assigned."""
        if staff_id is None:
            return 0
        done = 0
        for sid in student_ids:
            if not self._run_with_over_max(mentors.assign, int(sid), int(staff_id), start or self.today):
                break
            done += 1
        if done:
            row = self.row_of_teacher(staff_id)
            if row >= 0:
                self.teacher_view.selectRow(row)
        return done

    @Slot()
    def reassign_selected(self) -> TeacherPicker | None:
        m, t = self.selected_mentee(), self.selected_teacher()
        if m is None or t is None or self.board is None:
            return None
        picker = TeacherPicker(self.board.teachers, m.student_name, self.today, self, exclude=t.staff_id,
                               title=self.tr("Hand over to another mentor"))
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._run_with_over_max(
            mentors.reassign, m.student_id, picker.staff_id(), picker.start_date()))
        picker.destroyed.connect(lambda *_: setattr(self, "picker", None))
        self.picker = picker
        picker.open()
        return picker

    @Slot()
    def end_selected(self) -> bool:
        m, t = self.selected_mentee(), self.selected_teacher()
        if m is None or t is None:
            return False
        dlg = EndDialog(m.student_name, t.name, self.today, self)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            day, reason, note = dlg.values()
            try:
                self.ctx.run(mentors.end_assignment, m.assignment_id, day, reason, note)
                return True
            except BaoxueError as exc:
                dlg.error.set_error(str(exc))
        return False

    # --- suggestion and plans ----------------------------------------------------------------------------

    @Slot()
    def open_suggestions(self) -> SuggestionDialog | None:
        ok, proposal = attempt(self, self.ctx.read, mentors.suggest, self.ctx.actor, self.today)
        if not ok:
            return None
        if not proposal.suggestions:
            show_info(self, self.tr("Every student who needs a mentor has one."))
            return None
        dlg = SuggestionDialog(self.ctx, proposal, self.board.teachers if self.board else [], self,
                               today=self.today)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.destroyed.connect(lambda *_: setattr(self, "suggestions", None))
        self.suggestions = dlg
        dlg.open()
        return dlg

    @Slot(QModelIndex)
    def _open_mentee(self, index) -> None:
        m = self.mentees.row_at(index)
        if m is not None:
            self.plans.open(self, m.student_id)

    @Slot()
    def _open_uncovered(self) -> None:
        u = self.selected_uncovered()
        if u is not None:
            self.plans.open(self, u.student_id)


# --- a teacher's own mentees ---------------------------------------------------------------------------------


class MyMenteesPage(QWidget):
    """The logged-in teacher's mentees (and their due reviews); Enter or double-click opens the plan."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    def __init__(self, ctx, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("MyMenteesPage")
        self.ctx = ctx
        self._today = today
        self.plans = PlanOpener(ctx, today)
        self.model = MenteeModel(parent=self)
        self.table = _table("myMentees", self.model)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.open_button = QPushButton(self.tr("Open plan"))
        self.open_button.setObjectName("openPlan")
        self.open_button.setMinimumHeight(34)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.count = _bold(QLabel())
        self.reviews = QLabel()
        self.reviews.setObjectName("reviewsDue")
        self.reviews.setWordWrap(True)
        self.reviews.setTextFormat(Qt.TextFormat.RichText)
        self.home = HomeTeachingPanel(ctx, today=today)
        self.home.open_plan.connect(lambda sid: self.plans.open(self, sid, "home"))

        mine = QWidget()
        ml = QVBoxLayout(mine)
        ml.setContentsMargins(0, 4, 0, 0)
        ml.addWidget(self.count)
        ml.addWidget(self.reviews)
        ml.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(hint_label(self.tr("Select a student and press Enter to open the plan: the five ones, "
                                         "reviews and the contact log.")), 1)
        ml.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(mine, self.tr("My mentees"))
        self.home_index = self.tabs.addTab(self.home, self.tr("Home teaching"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("My mentees")))
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    @property
    def today(self) -> date:
        return self._today or date.today()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()

    def refresh(self) -> None:
        rows = self.ctx.read(mentors.my_mentees, self.ctx.actor, self.today)
        self.model.set_rows(rows)
        self.count.setText(self.tr("You mentor {n} students.").format(n=len(rows)) if rows
                           else self.tr("You have no mentees at the moment."))
        due = self.ctx.read(mentors.reviews_due, self.ctx.actor, self.today)
        lines = []
        for r in due:
            if r.overdue:
                lines.append(f'<span style="color:{OVERDUE_COLOR}">' + self.tr(
                    "{name}: review overdue since {day}").format(name=r.student_name, day=r.due_date.isoformat())
                             + "</span>")
            else:
                lines.append(self.tr("{name}: review due {day}").format(name=r.student_name,
                                                                        day=r.due_date.isoformat()))
        self.reviews.setText("<br>".join(lines))
        self.reviews.setVisible(bool(lines))
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(rows))
        self.home.refresh()
        self.tabs.setTabVisible(self.home_index, self.home.model.rowCount() > 0)

    @Slot(QModelIndex)
    def _open(self, index) -> PlanDialog | None:
        m = self.model.row_at(index)
        return self.plans.open(self, m.student_id) if m is not None else None


def mentors_page(ctx, window) -> QWidget:
    """The page for the main window: the board for users who manage mentors, otherwise "my mentees"."""
    if ctx.actor.has("mentor.manage"):
        return MentorBoardPage(ctx, window)
    return MyMenteesPage(ctx, window)
