"""周报 — the six figures the school reports to the county, for one reporting period.

The figures are :func:`app.weekly.report_for` as it stands: the period (the week
ending on the reporting day, or the calendar month, per the policy), the
counts and the children behind each. This page only moves between periods,
shows each figure's definition as its tooltip, lists the children of the
selected figure, and copies the report as text (:func:`app.weekly.format_report`)
for the county's chat group or form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import weekly
from app.changes import ALERTS, ATTENDANCE, CALENDAR, CASES, CLASSES, POLICY, STAFF, STUDENTS, ChangeSet
from app.errors import BaoxueError
from app.ui.models import Column, RowTableModel
from app.ui.widgets import hint_label, info_label, make_table, panel, push_button, side_by_side, title_label

SHOWS = ATTENDANCE | CASES | ALERTS | STUDENTS | CLASSES | STAFF | POLICY | CALENDAR

FIGURE_TEXT: dict[str, tuple[str, str]] = {
    "new_alerts": (QT_TRANSLATE_NOOP("WeeklyText", "New absence alerts"),
                   QT_TRANSLATE_NOOP("WeeklyText", "Alerts of unexcused absence raised in the period "
                                                   "(withdrawn alerts do not count)")),
    "home_visits": (QT_TRANSLATE_NOOP("WeeklyText", "Home visits made"),
                    QT_TRANSLATE_NOOP("WeeklyText", "Home visits in person made in the period (phone and video "
                                                    "calls do not count); the number is of visits")),
    "suspected_dropouts": (QT_TRANSLATE_NOOP("WeeklyText", "New suspected dropouts"),
                           QT_TRANSLATE_NOOP("WeeklyText", "Children whose unexcused absence reached the suspected-"
                                                           "dropout threshold in the period")),
    "dropouts": (QT_TRANSLATE_NOOP("WeeklyText", "New dropouts"),
                 QT_TRANSLATE_NOOP("WeeklyText", "Children registered as dropouts (status change 28) in the "
                                                 "period")),
    "persuaded_back": (QT_TRANSLATE_NOOP("WeeklyText", "Persuaded back"),
                       QT_TRANSLATE_NOOP("WeeklyText", "Suspected or registered dropouts back at school in the "
                                                       "period")),
    "still_out": (QT_TRANSLATE_NOOP("WeeklyText", "Still out of school"),
                  QT_TRANSLATE_NOOP("WeeklyText", "Registered and suspected dropouts not back at school at the end "
                                                  "of the period")),
}
WEEKDAY_TEXT = (QT_TRANSLATE_NOOP("WeeklyText", "Monday"), QT_TRANSLATE_NOOP("WeeklyText", "Tuesday"),
                QT_TRANSLATE_NOOP("WeeklyText", "Wednesday"), QT_TRANSLATE_NOOP("WeeklyText", "Thursday"),
                QT_TRANSLATE_NOOP("WeeklyText", "Friday"), QT_TRANSLATE_NOOP("WeeklyText", "Saturday"),
                QT_TRANSLATE_NOOP("WeeklyText", "Sunday"))


def figure_label(f: weekly.Figure) -> str:
    text = FIGURE_TEXT.get(f.key)
    return QCoreApplication.translate("WeeklyText", text[0]) if text else f.label


def figure_definition(f: weekly.Figure) -> str:
    text = FIGURE_TEXT.get(f.key)
    return QCoreApplication.translate("WeeklyText", text[1]) if text else f.definition


@dataclass(frozen=True)
class ChildRow:
    student_id: int
    name: str
    class_name: str


class FigureModel(RowTableModel[weekly.Figure]):
    LABEL, COUNT = range(2)

    def columns(self) -> list[Column[weekly.Figure]]:
        return [
            Column(self.tr("Figure"), figure_label, tooltip=figure_definition, sort=lambda f: list(weekly.FIGURES)
                   .index(f.key) if f.key in weekly.FIGURES else 99),
            Column(self.tr("Number"), lambda f: f.count, align=Qt.AlignmentFlag.AlignCenter,
                   tooltip=figure_definition),
        ]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            font = QFont()
            font.setPointSizeF(font.pointSizeF() + 2)
            font.setBold(index.column() == self.COUNT)
            return font
        return super().data(index, role)


class ChildModel(RowTableModel[ChildRow]):
    NAME, CLASS = range(2)

    def columns(self) -> list[Column[ChildRow]]:
        return [
            Column(self.tr("Student"), lambda r: r.name),
            Column(self.tr("Class"), lambda r: r.class_name),
        ]


class WeeklyPage(QWidget):
    """周报 / 月报: the figures of one reporting period, the children behind them, copy as text."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    refreshed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | Callable[[], date] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today if callable(today) else (lambda d=today: d or date.today())
        self.setObjectName("WeeklyPage")
        self.anchor = self._today()
        self.report: weekly.PeriodReport | None = None
        self.names: dict[int, tuple[str, str]] = {}

        self.title = title_label("")
        self.title.setObjectName("weeklyTitle")
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.prev_button = push_button(self.tr("◀ Previous"), "previousPeriod")
        self.prev_button.setShortcut("Alt+Left")
        self.next_button = push_button(self.tr("Next ▶"), "nextPeriod")
        self.next_button.setShortcut("Alt+Right")
        self.current_button = push_button(self.tr("This period"), "currentPeriod")
        self.copy_button = push_button(self.tr("Copy as text"), "copyReport")
        self.copy_button.setToolTip(self.tr("Copy the figures with the children's names, to paste into a message "
                                            "or a document"))
        self.copied_label = QLabel()
        self.copied_label.setStyleSheet("color: #2e7d32;")
        self.prev_button.clicked.connect(self.previous_period)
        self.next_button.clicked.connect(self.next_period)
        self.current_button.clicked.connect(self.current_period)
        self.copy_button.clicked.connect(self._copy_clicked)

        self.figures = FigureModel(parent=self)
        self.figure_table = make_table(self.figures, "figureTable", alternate=False, wrap=True, stretch_last=False,
                                       resize=QHeaderView.ResizeMode.Interactive)
        self.figure_table.verticalHeader().setDefaultSectionSize(44)
        header = self.figure_table.horizontalHeader()
        header.setSectionResizeMode(FigureModel.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FigureModel.COUNT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(FigureModel.COUNT, 96)
        self.figure_table.selectionModel().currentRowChanged.connect(self.show_children)

        self.definition = info_label("figureDefinition")
        self.children = ChildModel(parent=self)
        self.child_table = make_table(self.children, "childTable", sortable=True, single=False, wrap=True)

        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.period_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        nav.addWidget(self.current_button)
        nav.addSpacing(24)
        nav.addWidget(self.copy_button)
        splitter = side_by_side(panel(self.figure_table, margins=(0, 0, 6, 0)),
                                panel(self.definition, (self.child_table, 1), margins=(6, 0, 0, 0)))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(hint_label(self.tr(
            "The figures the school reports to the county education bureau. Point at a figure to read how it is "
            "counted; select it to see the children behind it.")))
        layout.addLayout(nav)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.copied_label)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    # --- periods -------------------------------------------------------------------------------------

    @Slot()
    def previous_period(self) -> None:
        if self.report is not None:
            self.anchor = self.report.start - timedelta(days=1)
            self.refresh()

    @Slot()
    def next_period(self) -> None:
        if self.report is not None:
            self.anchor = self.report.end + timedelta(days=1)
            self.refresh()

    @Slot()
    def current_period(self) -> None:
        self.anchor = self._today()
        self.refresh()

    # --- data ----------------------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        selected = self.selected_figure()
        self.copied_label.clear()
        try:
            self.report = self.ctx.read(weekly.report_for, self.ctx.actor, self.anchor)
        except BaoxueError as exc:
            self.report = None
            self.figures.set_rows([])
            self.children.set_rows([])
            self.title.setText(self.tr("Report"))
            self.period_label.setText(str(exc))
            self.refreshed.emit()
            return
        r = self.report
        ids = sorted({i for f in r.figures for i in f.student_ids})
        self.names = self.ctx.read(weekly.names_of, ids)
        if r.rhythm == "monthly":
            self.title.setText(self.tr("Monthly report"))
            self.period_label.setText(self.tr("{year}-{month} ({start} to {end})").format(
                year=r.start.year, month=f"{r.start.month:02d}", start=r.start.isoformat(), end=r.end.isoformat()))
        else:
            self.title.setText(self.tr("Weekly report"))
            self.period_label.setText(self.tr("{start} to {end}, reported on {weekday}").format(
                start=r.start.isoformat(), end=r.end.isoformat(),
                weekday=QCoreApplication.translate("WeeklyText", WEEKDAY_TEXT[r.end.weekday()])))
        font = self.period_label.font()
        font.setBold(True)
        self.period_label.setFont(font)
        current_start, _ = weekly.period_for(self._today(), self._policy())
        self.next_button.setEnabled(r.start < current_start)
        self.current_button.setEnabled(r.start != current_start)
        self.figures.set_rows(r.figures)
        self.select_figure(selected.key if selected else r.figures[0].key if r.figures else "")
        self.show_children()
        self.refreshed.emit()

    def _policy(self):
        from app.policy import load

        return self.ctx.read(load)

    def selected_figure(self) -> weekly.Figure | None:
        index = self.figure_table.currentIndex()
        return self.figures.row_at(index) if index.isValid() else None

    def select_figure(self, key: str) -> bool:
        for i, f in enumerate(self.figures.rows()):
            if f.key == key:
                self.figure_table.selectionModel().setCurrentIndex(
                    self.figures.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    @Slot()
    def show_children(self, *_args) -> None:
        f = self.selected_figure()
        if f is None:
            self.definition.setText("")
            self.children.set_rows([])
            return
        rows = [ChildRow(sid, *self.names.get(sid, (str(sid), ""))) for sid in f.student_ids]
        self.children.set_rows(rows)
        text = self.tr("<b>{label}: {count}</b><br>{definition}").format(
            label=figure_label(f), count=f.count, definition=figure_definition(f))
        if not rows:  # an empty list below says why it is empty, not that something failed
            text += "<br><span style='color:#2e7d32'>" + self.tr("No child in this period.") + "</span>"
        self.definition.setText(text)

    # --- copy ---------------------------------------------------------------------------------------------

    def report_text(self) -> str:
        if self.report is None:
            return ""
        return weekly.format_report(self.report, {sid: name for sid, (name, _c) in self.names.items()})

    @Slot()
    def _copy_clicked(self) -> None:
        # slots return nothing: a value returned to a PySide slot call corrupts its reference count
        self.copy_text()

    def copy_text(self) -> str:
        text = self.report_text()
        QGuiApplication.clipboard().setText(text)
        self.copied_label.setText(self.tr("Copied. Paste it with Ctrl+V."))
        return text

    @Slot(str)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()


def weekly_page(ctx, window) -> QWidget:
    """Factory for the main window's navigation entry (permission "alerts.view")."""
    return WeeklyPage(ctx)


__all__ = ["ChildModel", "FigureModel", "WeeklyPage", "weekly_page"]
