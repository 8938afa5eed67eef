"""缺勤预警: the open absence alerts, a page of their own and a compact column of the roll call."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.messages import formatted
from app.attendance import alerts
from app.attendance.alerts import AlertRow
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
from app.ui.models import Column, RowTableModel
from app.ui.roll_call_roster import OVERDUE_COLOR
from app.ui.widgets import label_text, error_text, hint_label, info_label, make_table, title_label

#: the record kinds the panel shows (it reads again when one changes)
SHOWS = ATTENDANCE | STUDENTS | CLASSES | STAFF | CALENDAR | POLICY | CASES | ALERTS


def _days_text(days: float) -> str:
    return f"{days:g}"


class AlertTableModel(RowTableModel[AlertRow]):
    """Open absence alerts (read-only); overdue steps in red."""

    STUDENT, CLASS, DAYS, LEVEL, VISIT_DUE, REPORT_DUE, TEACHER = range(7)

    def columns(self) -> list[Column[AlertRow]]:
        center = Qt.AlignmentFlag.AlignCenter
        red = QColor(OVERDUE_COLOR)
        return [
            Column(self.tr("Student"), lambda r: r.student_name,
                   tooltip=lambda r: f"{r.class_name} {label_text('alert_level', r.level, alerts.LEVELS)}",
                   foreground=lambda r: red if r.overdue else None),
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("Days absent"), lambda r: _days_text(r.days_absent), sort=lambda r: r.days_absent,
                   align=center, tooltip=lambda r: self.tr("Unexcused from {first} to {last}").format(
                       first=r.first_absent_day.isoformat(), last=r.last_absent_day.isoformat())),
            Column(self.tr("Level"), lambda r: label_text("alert_level", r.level, alerts.LEVELS), sort=lambda r: alerts.LEVEL_RANK.get(r.level, 0)),
            Column(self.tr("Home visit due"), lambda r: self._due(r.visit_due, r.visit_overdue),
                   sort=lambda r: r.visit_due.toordinal(), align=center,
                   foreground=lambda r: red if r.visit_overdue else None, bold=lambda r: r.visit_overdue),
            Column(self.tr("Report due"), lambda r: self._due(r.report_due, r.report_overdue),
                   sort=lambda r: r.report_due.toordinal(), align=center,
                   foreground=lambda r: red if r.report_overdue else None, bold=lambda r: r.report_overdue),
            Column(self.tr("Teacher"), lambda r: r.assigned_teacher),
        ]

    def _due(self, day: date, overdue: bool) -> str:
        return self.tr("{day} (overdue)").format(day=day.isoformat()) if overdue else day.isoformat()


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
        self.model = AlertTableModel(parent=self)
        self.table = make_table(self.model, "alertsTable", sortable=True)
        if compact:  # the side column of the roll call: who, how long, the next step (the level is in the tooltip)
            for column in (AlertTableModel.CLASS, AlertTableModel.LEVEL, AlertTableModel.REPORT_DUE,
                           AlertTableModel.TEACHER):
                self.table.setColumnHidden(column, True)
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
            rows = self.ctx.read(alerts.open_alerts, self.ctx.actor, self._today())
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
            text = formatted(self.tr("{n} open {n:alert|alerts}"), n=len(rows))
            if overdue:
                text += self.tr(", {n} with an overdue step").format(n=overdue)
            self.count_label.setText(text)
            self.count_label.setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold;" if overdue else "")
        self.refreshed.emit(len(rows))

    @Slot(object)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()
