"""今天未点名的班级: the roll call's "today" panel, for the principal and the registrar."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.messages import formatted
from app import attendance
from app.changes import ALERTS, ATTENDANCE, CALENDAR, CASES, CLASSES, ChangeSet, POLICY, STAFF, STUDENTS
from app.errors import BaoxueError
from app.policy import load as load_policy
from app.school_calendar import load_calendar
from app.ui.roll_call_roster import session_text
from app.ui.widgets import error_text, info_label, push_button

#: the record kinds the panel shows (it reads again when one changes)
SHOWS = ATTENDANCE | STUDENTS | CLASSES | STAFF | CALENDAR | POLICY | CASES | ALERTS


class TodayPanel(QGroupBox):
    """今天未点名的班级: for the principal and the registrar; a click opens the class."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    class_chosen = Signal(int)
    refreshed = Signal(int)

    def __init__(self, ctx, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.setObjectName("todayPanel")
        self.setTitle(self.tr("Not taken yet today"))
        self.summary = info_label("todaySummary")
        self.list = QListWidget()
        self.list.setObjectName("todayList")
        font = QFont(self.list.font())
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.list.setFont(font)
        self.list.setToolTip(self.tr("Click a class to open its roll call"))
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        self.refresh_button = push_button(self.tr("Refresh"), clicked=self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        today = self._today()
        self.list.clear()
        try:
            info = self.ctx.read(load_calendar).info(today)
            missing = self.ctx.read(attendance.classes_without_roll_call, self.ctx.actor, today)
            classes = self.ctx.read(attendance.classes_on_roll, self.ctx.actor, today)
            am_pm = load_policy_sessions(self.ctx) != ("day",)
        except BaoxueError as exc:
            self.summary.setText(error_text(exc))
            self.refreshed.emit(0)
            return
        for m in missing:
            text = formatted(self.tr("{cls} \u00b7 {teacher} \u00b7 {n} {n:student|students}"),
                cls=m.class_name, teacher=m.head_teacher or self.tr("no class teacher"), n=m.students)
            if am_pm:
                text += " (" + "\u3001".join(session_text(s) for s in m.sessions) + ")"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, m.class_id)
            item.setForeground(QColor("#9a4a00"))
            self.list.addItem(item)
        if not info.school_day:
            self.summary.setText(self.tr("{day} is not a school day ({reason}).").format(
                day=today.isoformat(), reason=info.reason))
        elif missing:
            self.summary.setText(formatted(self.tr("{n} {n:class has|classes have} not taken the roll today ({day})."),
                n=len(missing), day=today.isoformat()))
        elif not classes:
            self.summary.setText(self.tr("No class has students on roll yet: add the classes and import the "
                                         "student list first (School and Import roster pages)."))
            self.summary.setStyleSheet("color: #9a4a00;")
            self.refreshed.emit(0)
            return
        else:
            self.summary.setText(self.tr("Every class has taken the roll today."))
        self.summary.setStyleSheet("color: #9a4a00;" if missing else "color: #2e7d32;")
        self.refreshed.emit(len(missing))

    def class_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    @Slot(QListWidgetItem)
    def _on_item(self, item: QListWidgetItem) -> None:
        self.class_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    @Slot(object)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()


def load_policy_sessions(ctx) -> tuple[str, ...]:
    """The roll calls of a school day under the saved policy."""
    return attendance.sessions_for(ctx.read(load_policy))
