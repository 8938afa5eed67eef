"""缺勤预警: the open absence alerts, a page of their own and a compact column of the roll call."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app import cases
from app.changes import (
    ALERTS,
    ATTENDANCE,
    CALENDAR,
    CASES,
    CLASSES,
    POLICY,
    STAFF,
    STUDENTS,
    ChangeSet,
)
from app.errors import BaoxueError
from app.ui.calendar_warning import CalendarWarning
from app.ui.cases_page import OVERDUE_COLOR, CaseTableModel
from app.ui.widgets import error_text, hint_label, info_label, make_table, title_label

#: the record kinds the panel shows (it reads again when one changes)
SHOWS = ATTENDANCE | STUDENTS | CLASSES | STAFF | CALENDAR | POLICY | CASES | ALERTS

#: the columns of the roll call's side column: who, how long, when the next step is due (its name in the tooltip)
COMPACT_COLUMNS = (CaseTableModel.STUDENT, CaseTableModel.DAYS, CaseTableModel.DUE)


class AlertsPanel(QWidget):
    """缺勤预警: the open alerts this user may see; a double-click opens the child's case file."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    refreshed = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | Callable[[], date] | None = None,
                 compact: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today if callable(today) else (lambda d=today: d or date.today())
        self.compact = compact
        self.setObjectName("AlertsPanel")
        # the rows and columns of the cases page: the due day is the next step's (a home visit done, the
        # report or the persuasion is what is late), red when it is past
        self.model = CaseTableModel(parent=self, today=self._today, short_dates=compact)
        self.table = make_table(self.model, "alertsTable", sortable=True)
        if compact:
            for column in range(self.model.columnCount()):
                self.table.setColumnHidden(column, column not in COMPACT_COLUMNS)
        self.count_label = info_label("alertsCount")
        layout = QVBoxLayout(self)
        if compact:
            layout.setContentsMargins(0, 0, 0, 0)
        else:
            layout.addWidget(title_label(self.tr("Absence alerts")))
            layout.addWidget(hint_label(self.tr(
                "Students absent without reason long enough to need a home visit and a written report. "
                "Dates in red are overdue. Double-click a student to open the case file.")))
        self.calendar_warning = None if compact else CalendarWarning(ctx, self._today)
        if self.calendar_warning is not None:
            layout.addWidget(self.calendar_warning)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(lambda index: self.open_case(index.row()))
        self.table.setToolTip(self.tr("Double-click a student to open the case file."))
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def open_case(self, row: int):
        """The case file (一人一案) of the alert on ``row``; None when it has no case or may not be seen."""
        r = self.model.row_at(row)
        if r is None or r.case_id is None:
            return None
        from app.ui.case_dialog import CaseDialog

        try:
            dialog = CaseDialog(self.ctx, r.case_id, self, today=self._today())
        except BaoxueError as exc:
            self.count_label.setText(error_text(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def refresh(self) -> None:
        try:
            rows = self.ctx.read(cases.list_cases, self.ctx.actor, self._today())
        except BaoxueError as exc:
            rows = []
            self.count_label.setText(error_text(exc))
            self.model.set_rows(rows)
            self.refreshed.emit(0)
            return
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        if not rows:
            self.count_label.setText(self.tr("No open absence alerts."))
            self.count_label.setStyleSheet("color: #2e7d32;")
        else:
            text = self.tr("{n} open alerts").format(n=len(rows))
            if overdue:
                text += self.tr(", {n} with an overdue step").format(n=overdue)
            self.count_label.setText(text)
            self.count_label.setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold;" if overdue else "")
        self.refreshed.emit(len(rows))

    @Slot(object)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()
