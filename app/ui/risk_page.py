"""早期预警 — each student's risk points, every point with its rule and the records behind it.

The list and the explanations come from :func:`app.early_warning.school_risk`;
nothing is scored here. Teachers see their own classes; the principal and the
registrar see the school. Ethnicity is never part of the score (the service does
not read it). The thresholds are the policy's (策略与校历 page).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import ALERTS, APPROVALS, ATTENDANCE, CALENDAR, CASES, CLASSES, ChangeSet, POLICY, STAFF, STUDENTS
from app import early_warning, school
from app.early_warning import StudentRisk
from app.ui.models import Column, RowTableModel
from app.ui.widgets import shown_language, attempt, hint_label, info_label, make_table

SHOWS = ATTENDANCE | ALERTS | CASES | STUDENTS | CLASSES | STAFF | POLICY | CALENDAR | APPROVALS


def _rate(r: StudentRisk) -> str:
    return "" if r.attendance_rate is None else f"{r.attendance_rate * 100:.1f}%"


class RiskTableModel(RowTableModel[StudentRisk]):
    def columns(self) -> list[Column[StudentRisk]]:
        high = QColor("#b00020")
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("Points"), lambda r: r.points, align=Qt.AlignmentFlag.AlignCenter,
                   foreground=lambda r: high if r.points >= 5 else None),
            Column(self.tr("Attendance this term"), _rate, sort=lambda r: r.attendance_rate,
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Days missed"), lambda r: f"{r.days_missed:g} / {r.school_days}",
                   sort=lambda r: r.days_missed, align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Why"), lambda r: r.summary_in(shown_language()),
                   tooltip=lambda r: r.summary_in(shown_language())),
        ]


class RiskPage(QWidget):

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS
    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("RiskPage")
        self.ctx = ctx
        self.today = today or date.today()
        self.class_filter = QComboBox()
        self.class_filter.setObjectName("riskClass")
        self.class_filter.addItem(self.tr("All classes I may see"), None)
        visible = ctx.read(school.list_classes)
        for c in visible:
            if ctx.actor.has("student.view_all") or c.id in ctx.actor.class_ids:
                self.class_filter.addItem(c.name, c.id)
        self.class_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        self.count_label = QLabel()

        self.model = RiskTableModel()
        # widths from the first rows, not from all 5,000 (Qt would measure every cell: bench/startup.py)
        self.table = make_table(self.model, "riskTable", sortable=True, sample=True, wrap=True, fit_on_reset=True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())

        self.details = QTreeWidget()
        self.details.setObjectName("riskDetails")
        self.details.setHeaderLabels([self.tr("Rule and records"), self.tr("Points")])
        self.details.setWordWrap(True)  # the explanations are sentences: wrap them rather than cut them
        self.details.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.details.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.details_title = QLabel()
        font = self.details_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.details_title.setFont(font)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Class")))
        top.addWidget(self.class_filter)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.details_title)
        rl.addWidget(self.details, 1)
        self.detail_text = info_label("riskDetailText", selectable=True)
        self.details.currentItemChanged.connect(
            lambda item, _old: self.detail_text.setText(item.text(0) if item is not None else ""))
        rl.addWidget(self.detail_text)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint_label(self.tr(
            "Points come from rules only: chronic absence, the attendance-rate bands, focus-group membership, "
            "recent status changes and open absence alerts. Select a student to see each rule and the records "
            "behind it. The thresholds are in Policy and calendar; ethnicity is never used.")))
        layout.addWidget(split, 1)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        selected = self.current()
        ok, rows = attempt(self, self.ctx.read, early_warning_rows, self.ctx.actor, self.today,
                           self.class_filter.currentData())
        self.model.set_rows(rows if ok else [])
        self.count_label.setText(self.tr("{n} students with risk points").format(n=self.model.rowCount()))
        if selected is not None:
            self.select_student(selected.student_id)
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.show_details()

    def current(self) -> StudentRisk | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_student(self, student_id: int) -> bool:
        for i, r in enumerate(self.model.rows()):
            if r.student_id == student_id:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def show_details(self) -> None:
        self.details.clear()
        r = self.current()
        if r is None:
            self.details_title.setText("")
            return
        self.details_title.setText(self.tr("{name}, {cls}: {points} points · {term}").format(
            name=r.name, cls=r.class_name, points=r.points, term=r.term))
        for point in r.reasons:
            lang = shown_language()
            name, detail = point.label_in(lang), point.detail_in(lang)
            text = self.tr("{rule}: {detail}").format(rule=name, detail=detail) if detail else name
            item = QTreeWidgetItem([text, str(point.points)])
            item.setToolTip(0, text)
            for rec in point.records:
                day = rec.day.isoformat() if rec.day else ""
                said = rec.text_in(lang)
                line = said if (not day or said.startswith(day)) else f"{day} {said}"
                child = QTreeWidgetItem(item, [line, ""])
                child.setToolTip(0, line)
            self.details.addTopLevelItem(item)
        self.details.expandAll()
        if self.details.topLevelItemCount():
            self.details.setCurrentItem(self.details.topLevelItem(0))


def early_warning_rows(session, actor, today: date, class_id: int | None) -> list[StudentRisk]:
    return early_warning.school_risk(session, actor, today, class_id)


def risk_page(ctx, window) -> QWidget:
    return RiskPage(ctx)
