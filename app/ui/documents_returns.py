"""The printing page's returns tab: a pledge number typed or scanned, the per-class summary of
printed, returned and missing pledges, and the missing list."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget)

from app.documents import pledge_records
from app.documents.pledge_records import ClassReturnSummary, PledgeRow
from app.errors import BaoxueError
from app.ui.documents_text import STATUS_TEXT, kind_text
from app.ui.models import Column, RowTableModel
from app.ui.widgets import error_text, ErrorLabel, info_label, local_text, make_table




# --- table models ---------------------------------------------------------------------------------


class ReturnSummaryModel(RowTableModel[ClassReturnSummary]):
    """Per class: pledges printed, returned, returned unsigned, still missing."""

    CLASS, PRINTED, RETURNED, UNSIGNED, MISSING, RATE = range(6)

    def columns(self) -> list[Column[ClassReturnSummary]]:
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("Printed"), lambda r: r.printed, align=right),
            Column(self.tr("Returned"), lambda r: r.returned, align=right),
            Column(self.tr("Not signed"), lambda r: r.unsigned, align=right),
            Column(self.tr("Missing"), lambda r: len(r.missing), align=right,
                   foreground=lambda r: QColor("#b00020") if r.missing else None),
            Column(self.tr("Returned %"), lambda r: f"{r.return_rate * 100:.0f}%", sort=lambda r: r.return_rate,
                   align=right),
        ]


class PledgeListModel(RowTableModel[PledgeRow]):
    """Pledges (the missing ones, usually): number, class, student, guardian, phone, printed on."""

    NUMBER, CLASS, STUDENT, PARTY, PHONE, PRINTED, STATUS = range(7)

    def columns(self) -> list[Column[PledgeRow]]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("Student"), lambda r: r.student_name),
            Column(self.tr("Signed by"), lambda r: r.party_b),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("Printed on"), lambda r: local_text(r.printed_at, "%Y-%m-%d")),
            Column(self.tr("State"), lambda r: QCoreApplication.translate("Documents", STATUS_TEXT[r.status])),
        ]

# --- the returns tab ---------------------------------------------------------------------------------


class ReturnsTab(QWidget):
    """Mark signed copies as returned (typed or scanned) and see what is still missing."""

    def __init__(self, page: "DocumentsPage"):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("returnsKind")
        for kind in pledge_records.KINDS:
            self.kind_combo.addItem(kind_text(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self.refresh)
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("pledgeNumber")
        self.number_edit.setPlaceholderText(self.tr("Type or scan the number, e.g. JZ2026-000123-7, then Enter"))
        self.number_edit.setClearButtonEnabled(True)
        font = self.number_edit.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        self.number_edit.setFont(font)
        self.number_edit.returnPressed.connect(self.mark)
        self.unsigned_check = QCheckBox(self.tr("The copy came back without the signature"))
        self.unsigned_check.setObjectName("returnedUnsigned")
        self.message = info_label("returnMessage", style="color: #2e7d32; font-weight: bold;")
        self.error = ErrorLabel()
        self.error.setObjectName("returnError")
        self.log = QListWidget()
        self.log.setObjectName("returnLog")
        self.log.setMaximumHeight(110)

        self.summary_model = ReturnSummaryModel(parent=self)
        self.summary_view = make_table(self.summary_model, sortable=True, sample=True)  # widths from a sample of rows
        self.summary_view.setObjectName("returnSummary")
        self.summary_view.selectionModel().selectionChanged.connect(self._show_missing)
        self.missing_model = PledgeListModel(parent=self)
        self.missing_view = make_table(self.missing_model, sortable=True, sample=True)
        self.missing_view.setObjectName("missingPledges")
        self.totals_label = QLabel()
        self.totals_label.setObjectName("returnTotals")
        self.missing_title = QLabel()

        entry = QGroupBox(self.tr("Register a returned pledge"))
        e = QVBoxLayout(entry)
        row = QHBoxLayout()
        row.addWidget(self.number_edit, 1)
        row.addWidget(self.unsigned_check)
        e.addLayout(row)
        e.addWidget(self.message)
        e.addWidget(self.error)
        e.addWidget(self.log)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pledge")))
        top.addWidget(self.kind_combo)
        top.addWidget(self.totals_label, 1)
        lists = QSplitter(Qt.Orientation.Vertical)
        a = QWidget()
        al = QVBoxLayout(a)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(QLabel(self.tr("Per class (this school year) \u2014 select a class to see its missing "
                                    "pledges")))
        al.addWidget(self.summary_view)
        b = QWidget()
        bl = QVBoxLayout(b)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.missing_title)
        bl.addWidget(self.missing_view)
        lists.addWidget(a)
        lists.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(entry)
        layout.addLayout(top)
        layout.addWidget(lists, 1)
        self.refresh()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    @Slot()
    def refresh(self) -> None:
        selected = self._selected_class()
        try:
            rows = self.ctx.read(pledge_records.return_status, self.ctx.actor, kind=self.kind(), today=self.page.today)
        except BaoxueError as exc:
            rows = []
            self.error.set_error(error_text(exc))
        self.summary_model.set_rows(rows)
        printed = sum(r.printed for r in rows)
        returned = sum(r.returned for r in rows)
        self.totals_label.setText(self.tr("Printed {p} \u00b7 returned {r} \u00b7 missing {m}").format(
            p=printed, r=returned, m=printed - returned))
        if selected is not False:
            for n, r in enumerate(self.summary_model.rows()):
                if r.class_id == selected:
                    self.summary_view.selectRow(n)
                    break
        self._show_missing()

    def _selected_class(self):
        rows = self.summary_view.selectionModel().selectedRows() if self.summary_view.selectionModel() else []
        r = self.summary_model.row_at(rows[0]) if rows else None
        return r.class_id if r is not None else False

    @Slot()
    def _show_missing(self, *_args) -> None:
        rows = self.summary_view.selectionModel().selectedRows()
        chosen = self.summary_model.row_at(rows[0]) if rows else None
        groups = [chosen] if chosen is not None else self.summary_model.rows()
        missing = [m for g in groups for m in g.missing]
        self.missing_model.set_rows(missing)
        if chosen is not None:
            self.missing_title.setText(self.tr("Not back yet from {cls}: {n}").format(cls=chosen.class_name,
                                                                                     n=len(missing)))
        else:
            self.missing_title.setText(self.tr("Not back yet, all classes: {n}").format(n=len(missing)))

    @Slot()
    def mark(self, text: str | None = None) -> bool:
        """Register the number typed (or scanned); the field is emptied for the next one."""
        number = (self.number_edit.text() if text is None else text).strip()
        if not number:
            return False
        try:
            result = self.ctx.run(pledge_records.mark_returned, number, signed=not self.unsigned_check.isChecked(),
                                  day=self.page.today)
        except BaoxueError as exc:
            self.message.clear()
            self.error.set_error(error_text(exc))
            self.number_edit.selectAll()
            QApplication.beep()
            return False
        self.error.clear_error()
        self.message.setText(result.message)
        item = QListWidgetItem(result.message)
        if result.already_returned:
            item.setForeground(QColor("#666666"))
        self.log.insertItem(0, item)
        self.number_edit.clear()
        self.unsigned_check.setChecked(False)
        self.number_edit.setFocus()
        return True


