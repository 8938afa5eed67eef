"""The mentor board's tables: the teachers with their caseloads (a student dropped on one asks for
that teacher), the students without a mentor (dragged from), a teacher's mentees, and the home
teaching progress."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QColor

from app.mentors import UncoveredRow, home_teaching
from app.mentors.board import MenteeRow, TeacherLoad
from app.ui.models import Column, RowTableModel
from app.ui.plan_text import AMBER_COLOR, DONE_COLOR, MUTED_COLOR, OVERDUE_COLOR, caseload_state_text
from app.ui.widgets import list_text, shown_language

#: the drag payload: a JSON list of student ids
STUDENT_MIME = "application/x-baoxue-student-ids"
STATE_COLORS = {"over": OVERDUE_COLOR, "below": AMBER_COLOR}


def caseload_text(t: TeacherLoad) -> str:
    return f"{t.load} / {t.min_caseload}–{t.max_caseload}"


def _state_color(t: TeacherLoad):
    c = STATE_COLORS.get(t.state)
    return QColor(c) if c else None


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
                   align=Qt.AlignmentFlag.AlignCenter, bold=lambda r: r.state in STATE_COLORS),
            Column(self.tr("Caseload"), lambda r: caseload_state_text(r.state), foreground=_state_color),
            Column(self.tr("Lives in"), lambda r: r.village),
        ]

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
            Column(self.tr("Why a mentor is needed"), lambda r: r.reason_text_in(shown_language()),
                   tooltip=lambda r: "\n".join(r.reasons_in(shown_language())) or None),
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
            Column(self.tr("Why"), lambda r: r.need_text_in(shown_language()) or self.tr("no longer at risk"),
                   tooltip=lambda r: "\n".join(r.needs_in(shown_language())) or None,
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
                   tooltip=lambda r: list_text(w.isoformat() for w in r.weeks_short) or None),
        ]
