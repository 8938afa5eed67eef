"""The county clerk's window (``baoxue --county URL``): the program opened on the county's data, not a school's.

One simple window over :func:`app.exchange.county_views.county_view`: a week to choose, the weekly summary across
schools (grouped by county code) and the cross-school views — schools that did not report, children reported out,
transfers in flight (人籍分离 flagged), the quarterly re-check — one tab each, as ``county report`` writes them;
and the same report saved as ``.xlsx`` or ``.pdf`` (:func:`~app.exchange.county_views.write_county_report`).
The window owns no rule and writes nothing to the county database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMainWindow, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from app.messages import formatted
from app.errors import BaoxueError
from app.exchange.county import CountyDB
from app.exchange.county_report import REPORT_COLUMNS, bold_rows, summary_lines
from app.exchange.county_views import CountyView, county_view, sections, write_county_report
from app.ui.widgets import error_text, fit_to_screen, hint_label, info_label, push_button, show_error, title_label
from app.ui.widgets import pydate as _pydate, qdate as _qdate


def _table(headers: list[str], rows: list[list], bold: set[int] = frozenset(), name: str = "") -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, (int, float)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if i in bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if "人籍分离" in item.text():
                item.setForeground(QColor("#b00020"))
            table.setItem(i, j, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CountyWindow(QMainWindow):
    """The week's county report on screen, and saved as .xlsx or PDF."""

    def __init__(self, db: CountyDB, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("CountyWindow")
        self.db = db
        self.view: CountyView | None = None
        self.setWindowTitle(self.tr("Baoxue \u2014 county data: {url}").format(url=db.engine.url.render_as_string()))
        self.week = QDateEdit(_qdate(today or date.today()))
        self.week.setObjectName("countyWeek")
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.show_button = push_button(self.tr("Show"), "showWeek", lambda: self.show_week())
        self.xlsx_button = push_button(self.tr("Save as .xlsx\u2026"), "saveXlsx", lambda: self.save("xlsx"))
        self.pdf_button = push_button(self.tr("Save as PDF\u2026"), "savePdf", lambda: self.save("pdf"))
        self.heading = title_label("")
        self.heading.setObjectName("countyHeading")
        self.message = info_label("countyMessage", selectable=True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("countyTabs")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("The week of")))
        top.addWidget(self.week)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(hint_label(self.tr(
            "What the schools' signed bundles say, as it stood that week: the summary by county, the schools that "
            "did not report, the children who left the roll, transfers between schools (a child on no school's "
            "roll past the limit is marked 人籍分离) and the quarter's re-check.")))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.setCentralWidget(body)
        fit_to_screen(self, 1366, 768)
        self.show_week()

    @Slot()
    def show_week(self) -> CountyView | None:
        try:
            view = county_view(self.db, _pydate(self.week.date()))
        except BaoxueError as exc:
            self.message.setText(error_text(exc))
            return None
        self.view = view
        self.heading.setText(view.title)
        self.tabs.clear()
        s = view.summary
        self.tabs.addTab(_table([label for _k, label in REPORT_COLUMNS], summary_lines(s), bold_rows(s), "summary"),
                         formatted(self.tr("Summary ({n} {n:school|schools})"), n=len(s.rows)))
        for title, note, headers, rows in sections(view):
            page = QWidget()
            v = QVBoxLayout(page)
            v.addWidget(hint_label(note))
            v.addWidget(_table(headers, rows, name=title), 1)
            self.tabs.addTab(page, f"{title} ({len(rows)})")
        self.message.setText(self.tr("{n} children on no school's roll past {d} school days.").format(
            n=len(view.overdue), d=view.transfer_days) if view.overdue else "")
        return view

    def save(self, kind: str, path: str | Path | None = None) -> Path | None:
        """Write the week shown as .xlsx or .pdf (``path``, else asked)."""
        if self.view is None:
            return None
        if path is None:
            suggested = Path.home() / f"county-{self.view.summary.start}.{kind}"
            pattern = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("PDF (*.pdf)")
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the county report"), str(suggested), pattern)
            if not path:
                return None
        try:
            out = write_county_report(self.view, Path(path))
        except (BaoxueError, OSError) as exc:
            show_error(self, error_text(exc), self.tr("Save the county report"))
            return None
        self.message.setText(self.tr("Saved to {path}").format(path=str(out)))
        return out


def open_county_window(url: str, today: date | None = None) -> CountyWindow:
    return CountyWindow(CountyDB(url), today=today)


__all__ = ["CountyWindow", "open_county_window"]
