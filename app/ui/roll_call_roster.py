"""The roll call's roster: the marks and their keys, the table model over the class on roll, the
delegate that keeps the mark's colour and the view that turns digits into marks and letters into
a search (see :mod:`app.ui.roll_call_page` for the keys)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from app.attendance import MISSED_MARKS, PRESENT, RollCall, RollCallStudent
from app.students import pinyin_keys
from app.ui.models import Column, RowTableModel

#: one digit per mark a teacher may type (attendance.TYPED_MARKS); 0 and Space put a student back to present
KEY_MARKS: dict[str, str] = {
    "1": "late",
    "2": "left_early",
    "3": "sick_leave",
    "4": "personal_leave",
    "5": "absent",
}
PRESENT_KEYS = ("0", "Space")
#: "same as yesterday" (app.attendance.previous): the ditto key, half- or full-width
SAME_KEY = "="
SAME_KEYS = ("=", "\uff1d")

# the UI's own names of the marks and sessions (the service's labels are Chinese only)
MARK_TEXT: dict[str, str] = {
    PRESENT: QT_TRANSLATE_NOOP("RollCall", "Present"),
    "late": QT_TRANSLATE_NOOP("RollCall", "Late"),
    "left_early": QT_TRANSLATE_NOOP("RollCall", "Left early"),
    "sick_leave": QT_TRANSLATE_NOOP("RollCall", "Sick leave"),
    "personal_leave": QT_TRANSLATE_NOOP("RollCall", "Personal leave"),
    "absent": QT_TRANSLATE_NOOP("RollCall", "Absent (no reason)"),
    "excused": QT_TRANSLATE_NOOP("RollCall", "On approved leave"),
}
SESSION_TEXT: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("RollCall", "Whole day"),
    "am": QT_TRANSLATE_NOOP("RollCall", "Morning"),
    "pm": QT_TRANSLATE_NOOP("RollCall", "Afternoon"),
}
WEEKDAY_TEXT = (
    QT_TRANSLATE_NOOP("RollCall", "Monday"), QT_TRANSLATE_NOOP("RollCall", "Tuesday"),
    QT_TRANSLATE_NOOP("RollCall", "Wednesday"), QT_TRANSLATE_NOOP("RollCall", "Thursday"),
    QT_TRANSLATE_NOOP("RollCall", "Friday"), QT_TRANSLATE_NOOP("RollCall", "Saturday"),
    QT_TRANSLATE_NOOP("RollCall", "Sunday"),
)

#: (background, text) of each mark: warm colours for "not here", cool for "excused", grey for a locked leave
MARK_COLORS: dict[str, tuple[str, str]] = {
    PRESENT: ("#ffffff", "#5f8f62"),
    "late": ("#fff4cc", "#8a6100"),
    "left_early": ("#ffe3c2", "#9a4a00"),
    "sick_leave": ("#dbeafe", "#0b4f8a"),
    "personal_leave": ("#ece1f7", "#5b2c83"),
    "absent": ("#ffd5d5", "#b00020"),
    "excused": ("#e8e8e8", "#505050"),
}
ROW_TINT: dict[str, str] = {
    "late": "#fffbea", "left_early": "#fff5ea", "sick_leave": "#f1f7ff", "personal_leave": "#f8f3fc",
    "absent": "#fff0f0", "excused": "#f4f4f4",
}
OVERDUE_COLOR = "#c62828"


def mark_text(mark: str) -> str:
    return QCoreApplication.translate("RollCall", MARK_TEXT.get(mark, mark))


def session_text(session_key: str) -> str:
    return QCoreApplication.translate("RollCall", SESSION_TEXT.get(session_key, session_key))


def weekday_text(day: date) -> str:
    return QCoreApplication.translate("RollCall", WEEKDAY_TEXT[day.weekday()])



# --- the roster model ------------------------------------------------------------------------


class RosterModel(RowTableModel[RollCallStudent]):
    """The class on roll, one plain :class:`RollCallStudent` per line, with the marks typed so far.

    The rows are what the service returned (the saved state); the marks and notes
    the teacher changes are kept beside them, so :meth:`is_dirty` and
    :meth:`exceptions` need no second copy of the list.
    """

    NO, NAME, MARK, NOTE = range(4)

    def __init__(self, parent: QObject | None = None):
        self._marks: dict[int, str] = {}
        self._notes: dict[int, str] = {}
        self._keys: dict[str, tuple[str, tuple[str, ...]]] = {}  # name → (pinyin, initials)
        self._row_of: dict[int, int] = {}
        self._rank: dict[int, int] = {}  # student id → where a search puts them (app.attendance.previous)
        self.editable = False
        super().__init__((), parent)

    def columns(self) -> list[Column[RollCallStudent]]:
        center = Qt.AlignmentFlag.AlignCenter
        return [
            Column(self.tr("No."), lambda r: self._row_of.get(r.student_id, 0) + 1, align=center),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Attendance"), lambda r: mark_text(self.mark_of(r.student_id)), align=center),
            Column(self.tr("Note"), self._note_text, tooltip=self._note_tip),
        ]

    # --- loading ----------------------------------------------------------------------------

    def set_roll_call(self, rc: RollCall | None, editable: bool = False) -> None:
        students = list(rc.students) if rc is not None else []
        self._marks = {s.student_id: s.mark for s in students}
        self._notes = {s.student_id: s.note for s in students}
        self._row_of = {s.student_id: n for n, s in enumerate(students)}
        for s in students:
            if s.name not in self._keys:
                # the keys stored with the record; worked out only for a record without them
                full, initials = (s.name_pinyin, s.name_initials) if s.name_initials else pinyin_keys(s.name)
                self._keys[s.name] = (full, tuple(v for v in initials.split("|") if v))
        self.editable = editable
        self._rank = {}
        self.set_rows(students)

    def set_ranks(self, ranks: dict[int, int]) -> None:
        """Where each student comes among the matches of a search (lower first; ties in roll order), as
        :func:`app.attendance.previous.find_ranks` says: the likely absentees first."""
        self._rank = dict(ranks)

    # --- reading ------------------------------------------------------------------------------

    def mark_of(self, student_id: int) -> str:
        return self._marks.get(student_id, PRESENT)

    def note_of(self, student_id: int) -> str:
        return self._notes.get(student_id, "")

    def current_marks(self) -> dict[int, str]:
        """The mark on the screen of every student: id → mark."""
        return {r.student_id: self.mark_of(r.student_id) for r in self._rows}

    def row_of(self, student_id: int) -> int:
        return self._row_of.get(student_id, -1)

    def is_dirty(self) -> bool:
        return bool(self.local_edits())

    def local_edits(self) -> dict[int, tuple[str, str]]:
        """Students whose mark or note differs from what was loaded: id → (mark, note)."""
        return {r.student_id: (self.mark_of(r.student_id), self.note_of(r.student_id)) for r in self._rows
                if (self.mark_of(r.student_id), self.note_of(r.student_id)) != (r.mark, r.note)}

    def exceptions(self) -> dict[int, tuple[str, str]]:
        """What :func:`app.attendance.submit_roll_call` wants: every student not present, except leave-locked ones."""
        return {r.student_id: (self.mark_of(r.student_id), self.note_of(r.student_id).strip()) for r in self._rows
                if not r.locked_by_leave and self.mark_of(r.student_id) != PRESENT}

    def counts(self) -> tuple[int, int, int, Counter]:
        """(on roll, present, not in school, count per mark) — the service's own mark sets decide."""
        per_mark = Counter(self.mark_of(r.student_id) for r in self._rows)
        missed = sum(n for m, n in per_mark.items() if m in MISSED_MARKS)
        return len(self._rows), len(self._rows) - missed, missed, per_mark

    def find(self, text: str) -> list[int]:
        """Rows whose name matches what was typed: pinyin initials or full pinyin (prefix), or the characters;
        in the order of :meth:`set_ranks` (the likely absentees first), then in roll order."""
        t = text.strip().lower()
        if not t:
            return []
        out = []
        for n, r in enumerate(self._rows):
            full, initials = self._keys.get(r.name, ("", ()))
            if full.startswith(t) or any(v.startswith(t) for v in initials) or (not t.isascii() and t in r.name):
                out.append(n)
        return sorted(out, key=lambda n: (self._rank.get(self._rows[n].student_id, 0), n))

    # --- changing -------------------------------------------------------------------------

    def set_mark(self, row: int, mark: str) -> bool:
        r = self.row_at(row)
        if r is None or r.locked_by_leave or not self.editable or self.mark_of(r.student_id) == mark:
            return False
        self._marks[r.student_id] = mark
        if mark == PRESENT and self._notes.get(r.student_id) and not r.note:
            self._notes[r.student_id] = ""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def restore(self, row: int, mark: str, note: str) -> None:
        """Put a student's mark and note back exactly (undo)."""
        r = self.row_at(row)
        if r is None or r.locked_by_leave:
            return
        self._marks[r.student_id], self._notes[r.student_id] = mark, note
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def missing_names(self) -> list[str]:
        """Who is marked as not in school, in roll order (shown beside 提交 before it is pressed)."""
        return [r.name for r in self._rows if self.mark_of(r.student_id) in MISSED_MARKS]

    def apply_edits(self, edits: dict[int, tuple[str, str]]) -> None:
        """Put back local edits after the rows were read again (leave-locked students keep the leave)."""
        for sid, (mark, note) in edits.items():
            row = self.row_of(sid)
            r = self.row_at(row)
            if r is None or r.locked_by_leave:
                continue
            self._marks[sid], self._notes[sid] = mark, note
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    # --- Qt ------------------------------------------------------------------------------------

    def _note_text(self, r: RollCallStudent) -> str:
        note = self.note_of(r.student_id)
        if r.locked_by_leave:
            return self.tr("Approved leave: {leave} \u2014 locked").format(leave=note)
        return note

    def _note_tip(self, r: RollCallStudent) -> str | None:
        if r.locked_by_leave:
            return self.tr("{name} has an approved leave ({leave}), so the roll call marks them excused by itself. "
                           "To change it, cancel the leave (Leave\u2026 button).").format(name=r.name,
                                                                                        leave=self.note_of(r.student_id))
        return self.note_of(r.student_id) or None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        r = self.row_at(index)
        if (r is not None and index.column() == self.NOTE and self.editable and not r.locked_by_leave
                and self.mark_of(r.student_id) != PRESENT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        r = self.row_at(index)
        self._notes[r.student_id] = str(value or "").strip()
        self.dataChanged.emit(index, index)
        return True

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index) if index.isValid() else None
        if r is not None and index.column() < self.columnCount():
            mark = self.mark_of(r.student_id)
            if role == Qt.ItemDataRole.EditRole and index.column() == self.NOTE:
                return self.note_of(r.student_id)
            if role == Qt.ItemDataRole.BackgroundRole:
                if index.column() == self.MARK:
                    return QColor(MARK_COLORS.get(mark, MARK_COLORS[PRESENT])[0])
                tint = ROW_TINT.get(mark)
                return QColor(tint) if tint else None
            if role == Qt.ItemDataRole.ForegroundRole:
                if index.column() == self.MARK:
                    return QColor(MARK_COLORS.get(mark, MARK_COLORS[PRESENT])[1])
                if r.locked_by_leave:
                    return QColor("#505050")
                return None
            if role == Qt.ItemDataRole.FontRole and index.column() in (self.MARK, self.NAME) and mark != PRESENT:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and index.column() != self.NOTE and r.locked_by_leave:
                return self._note_tip(r)
        return super().data(index, role)


class MarkDelegate(QStyledItemDelegate):
    """The mark cell keeps its colour on the current row (a blue frame shows the selection instead)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_Selected

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.save()
            painter.setPen(QPen(QColor("#1565c0"), 4))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
            painter.restore()


class RosterView(QTableView):
    """The roster table: digits mark, letters find, arrows move (see the module docstring)."""

    markPressed = Signal(str)
    samePressed = Signal()
    findTyped = Signal(str)
    findBackspace = Signal()
    findCancel = Signal()
    findNext = Signal()
    submitPressed = Signal()
    undoPressed = Signal()
    editNotePressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.finding = False  # the page says when letters were typed (Tab then means "next match")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitPressed.emit()  # the page's action normally takes it first; this is the fallback
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undoPressed.emit()  # likewise for Ctrl+Z
            event.accept()
            return
        if not ctrl and not alt:
            text = event.text()
            if text in KEY_MARKS:
                self.markPressed.emit(KEY_MARKS[text])
                event.accept()
                return
            if text in SAME_KEYS:
                self.samePressed.emit()
                event.accept()
                return
            if text == "0" or key == Qt.Key.Key_Space:
                self.markPressed.emit(PRESENT)
                event.accept()
                return
            if key == Qt.Key.Key_Backspace:
                self.findBackspace.emit()
                event.accept()
                return
            if key == Qt.Key.Key_Escape and self.finding:
                self.findCancel.emit()
                event.accept()
                return
            if key == Qt.Key.Key_F3:
                self.findNext.emit()
                event.accept()
                return
            if key == Qt.Key.Key_F2:
                self.editNotePressed.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        if next and self.finding and self.state() != QAbstractItemView.State.EditingState:
            self.findNext.emit()  # Tab after typing letters: the next student with those initials
            return True
        return super().focusNextPrevChild(next)

    def keyboardSearch(self, search: str) -> None:
        # letters typed on the table and text committed by the input method arrive here
        if search in SAME_KEYS:  # "=" committed by a Chinese input method may come full-width
            self.samePressed.emit()
        elif search and not search.isdigit():
            self.findTyped.emit(search)
