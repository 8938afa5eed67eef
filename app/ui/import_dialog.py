"""Import a class list from Excel or CSV (导入学生名册): choose, preview, import.

1. The teacher picks a file (or drops it on the window, or first downloads the
   template to fill in): the template, or the national student-status system's export
   (.xlsx, .xls, CSV in GB18030 or UTF-8).
2. :func:`app.students.roster_import.plan_import` reads and checks every row on a worker thread
   (progress bar, cancel) and returns a plan: how many students are new,
   updated, unchanged, which classes would be created, and every problem with
   its row number, column, value and reason. The table "Columns of the file" shows every
   column of the file: the template column it fills, or that it is not imported and why; a
   column the program does not know must be decided (a template column, or "not imported")
   before the import can go ahead. A choice made here is remembered for the next file with the
   same header (:mod:`app.students.column_memory`) once the file is imported.
3. Only a plan without errors can be imported; :func:`app.students.roster_import.apply_import`
   writes it in ONE transaction on the worker (all or nothing), then the page
   announces "students" and "classes" and shows what was done.

The worker opens its own session (``ctx.db.transaction()``) inside the work
function; the dialog keeps only the plan (plain data) and never a Session.
"""

from __future__ import annotations

import html
import importlib
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.messages import field_label, formatted
from app.errors import BaoxueError
from app.ui.models import Column, RowTableModel
from app.ui.widgets import fit_to_screen, make_table, message_text, set_read_only, shown_language
from app.ui.workers import BackgroundTask

SUFFIXES = (".xlsx", ".xls", ".csv")


def _roster():
    """The roster import service (imported on use, so the dialog's module loads even where it is not needed)."""
    return importlib.import_module("app.students.roster_import")


def _roster_service(name: str):
    """Another module of the roster (``roster_layout``, ``roster_export``), imported on use as :func:`_roster`."""
    return importlib.import_module(f"app.students.{name}")


def _count(value) -> int:
    """Plan fields may be lists (of rows, of class names) or plain counts."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    try:
        return len(value)
    except TypeError:
        return 0


class RowErrorModel(RowTableModel):
    """The problems found in the file: 行号, 列, 值, 原因."""

    ROW, COLUMN, VALUE, REASON = range(4)

    def columns(self):
        return [
            Column(self.tr("Row"), lambda e: e.row, sort=lambda e: e.row if isinstance(e.row, int) else 0,
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Column"), lambda e: e.column_in(shown_language())),
            Column(self.tr("Value"), lambda e: e.value, tooltip=lambda e: str(e.value) if e.value else None),
            Column(self.tr("Reason"), lambda e: e.reason_in(shown_language()),
                   tooltip=lambda e: e.reason_in(shown_language()) or None),
        ]


def _template_headers() -> list[str]:
    return [c.header for c in _roster_service("roster_layout").COLUMNS]


class ColumnUseModel(RowTableModel):
    """Every column of the file (app.students.roster_reading.ColumnUse): letter, header, what it is imported as, why.

    The "Imported as" cell is editable (a list of the template's columns and "not imported"): a choice
    is announced with ``chosen(key, target)``; the dialog checks the file again with it."""

    LETTER, HEADER, TARGET, NOTE = range(4)
    chosen = Signal(str, object)

    def columns(self):
        return [
            Column(self.tr("Column"), lambda u: u.letter, sort=lambda u: (len(u.letter), u.letter),
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Header in the file"), lambda u: u.header, tooltip=lambda u: u.header),
            Column(self.tr("Imported as"), self._target_text, foreground=self._target_color,
                   tooltip=lambda _u: self.tr("Double-click to choose the template column, or “not imported”")),
            Column(self.tr("Why"), self._why, tooltip=self._why),
        ]

    def _target_text(self, u) -> str:
        if getattr(u, "unknown", False):
            return self.tr("? choose…")
        return field_label(u.target, shown_language()) if u.target is not None else self.tr("(not imported)")

    @staticmethod
    def _target_color(u):
        if getattr(u, "unknown", False):
            return QColor("#c62828")
        return QColor("#888888") if u.target is None else None

    def _why(self, u) -> str:
        source = getattr(u, "source", "template")
        if source == "unknown":
            return self.tr("The program does not know this column: choose what it is, or “not imported”")
        if source == "chosen":
            return self.tr("Your choice (remembered for files with this header once imported)") + (
                (": " if shown_language() != "zh_CN" else "：") + message_text(u.note)
                if u.target is None and u.note else "")
        if source == "remembered":
            return self.tr("As chosen at an earlier import of a file with this header")
        if u.target is None:
            return message_text(u.note)  # the service's reason (e.g. 本程序不保存这一项) in the windows' language
        if source == "variant":
            return self.tr("A header of the national system or a usual variant")
        return self.tr("Template column")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            u = self.row_at(index)
            if u is not None and getattr(u, "unknown", False):
                return QColor("#fdecea")
            if u is not None and u.target is None:
                return QColor("#f2f2f2")
            return None
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == self.TARGET:
            u = self.row_at(index)
            return None if u is None or getattr(u, "unknown", False) else u.target
        return super().data(index, role)

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.TARGET:
            return False
        u = self.row_at(index)
        if u is None or (value == u.target and not getattr(u, "unknown", False)):
            return False
        self.chosen.emit(getattr(u, "key", u.header), value)
        return True


class TargetDelegate(QStyledItemDelegate):
    """A list of the template's columns (and "not imported") to say what a column of the file is."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setObjectName("targetCombo")
        combo.addItem(self.tr("(not imported)"), None)
        for header in _template_headers():
            combo.addItem(header, header)
        combo.setMaxVisibleItems(20)
        return combo

    def setEditorData(self, editor, index):
        current = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(current)) if current is not None else 0)
        editor.showPopup()

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportDialog(QDialog):
    """导入学生名册. ``load_file(path)`` and ``apply()`` drive it without clicks (tests, scripts)."""

    guide_topic = "first-start#import"  # the user guide's part that F1 opens here

    #: emitted with the ImportPlan after a preview finished (errors or not)
    planned = Signal(object)
    #: emitted with the ImportResult after a successful import
    applied = Signal(object)
    #: emitted with the message when reading or importing failed (also shown to the user)
    failed = Signal(str)
    #: emitted when the user cancelled a preview or an import
    cancelled = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import student list"))
        self.setSizeGripEnabled(True)
        self.setAcceptDrops(True)
        fit_to_screen(self, 1040, 720)
        self.plan = None
        #: the user's column choices for the current file (header key → template column or None); None = none made
        self.mapping: dict[str, str | None] | None = None
        self.result = None
        self.path: Path | None = None
        self._task: BackgroundTask | None = None  # the work in progress, if any
        self._tasks: list[BackgroundTask] = []  # every task whose thread has not finished yet
        self._interactive = False
        self._can_import = ctx.actor.has("roster.import")

        intro = QLabel(self.tr(
            "Import students from the template or from the national student-status system's export (Excel .xlsx "
            "or .xls, or CSV). The file is checked first and every column is listed with what it is imported as; "
            "nothing is saved until you press Import, and then either every row is saved or none is."))
        intro.setWordWrap(True)

        self.path_edit = QLineEdit()
        set_read_only(self.path_edit)  # shown, chosen with the button or dropped
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet (you can also drop a file here)"))
        self.choose_button = QPushButton(self.tr("Choose file\u2026"))
        self.choose_button.setObjectName("chooseButton")
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Download template\u2026"))
        self.template_button.setObjectName("templateButton")
        self.template_button.setToolTip(self.tr("Save an empty list with the right columns, to fill in with Excel or WPS"))
        self.template_button.clicked.connect(self.download_template)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.template_button)

        self.total_label = QLabel("\u2014")
        self.create_label = QLabel("\u2014")
        self.update_label = QLabel("\u2014")
        self.unchanged_label = QLabel("\u2014")
        self.classes_label = QLabel("\u2014")
        self.classes_label.setWordWrap(True)
        counts = QGridLayout()
        for n, (text, label) in enumerate(((self.tr("Rows in the file:"), self.total_label),
                                           (self.tr("New students:"), self.create_label),
                                           (self.tr("Students to update:"), self.update_label),
                                           (self.tr("Unchanged:"), self.unchanged_label))):
            counts.addWidget(QLabel(text), 0, 2 * n)
            counts.addWidget(label, 0, 2 * n + 1)
            counts.setColumnStretch(2 * n + 1, 1)
        counts.addWidget(QLabel(self.tr("New classes:")), 1, 0)
        counts.addWidget(self.classes_label, 1, 1, 1, 7)
        counts_box = QGroupBox(self.tr("Preview"))
        counts_box.setLayout(counts)

        self.status_label = QLabel(self.tr("Choose a file to check it."))
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)

        self.error_model = RowErrorModel(parent=self)
        self.error_view = make_table(self.error_model, "errorTable", sortable=True, single=False, wrap=True,
                                     resize=QHeaderView.ResizeMode.Interactive)
        self.error_view.setColumnWidth(RowErrorModel.ROW, 60)
        self.error_view.setColumnWidth(RowErrorModel.COLUMN, 110)
        self.error_view.setColumnWidth(RowErrorModel.VALUE, 180)
        errors_box = QGroupBox(self.tr("Problems to fix in the file"))
        QVBoxLayout(errors_box).addWidget(self.error_view)
        self.errors_box = errors_box

        self.warning_list = QListWidget()
        self.warning_list.setObjectName("warningList")
        self.warning_list.setWordWrap(True)
        warnings_box = QGroupBox(self.tr("Warnings (the import can go ahead)"))
        QVBoxLayout(warnings_box).addWidget(self.warning_list)
        self.warnings_box = warnings_box

        self.column_model = ColumnUseModel(parent=self)
        self.column_model.chosen.connect(self.choose_column)
        self.column_view = QTableView()
        self.column_view.setObjectName("columnTable")
        self.column_view.setModel(self.column_model)
        self.column_view.setSortingEnabled(True)  # a click on "Column" gives the file's order
        self.column_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.column_view.setItemDelegateForColumn(ColumnUseModel.TARGET, TargetDelegate(self.column_view))
        self.column_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.SelectedClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.column_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.column_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.column_view.verticalHeader().setVisible(False)
        self.column_view.verticalHeader().setDefaultSectionSize(24)
        self.column_view.horizontalHeader().setStretchLastSection(True)
        self.column_view.setColumnWidth(ColumnUseModel.LETTER, 60)
        self.column_view.setColumnWidth(ColumnUseModel.HEADER, 200)
        self.column_view.setColumnWidth(ColumnUseModel.TARGET, 170)
        self.column_summary = QLabel()
        self.column_summary.setObjectName("columnSummary")
        self.column_summary.setWordWrap(True)
        self.reset_columns_button = QPushButton(self.tr("Undo my column choices"))
        self.reset_columns_button.setObjectName("resetColumnsButton")
        self.reset_columns_button.setToolTip(self.tr("Map the columns as the program recognises them; importing "
                                                     "then forgets what was remembered for this header"))
        self.reset_columns_button.clicked.connect(self.reset_columns)
        column_top = QHBoxLayout()
        column_top.addWidget(self.column_summary, 1)
        column_top.addWidget(self.reset_columns_button)
        columns_box = QGroupBox(self.tr("Columns of the file"))
        columns_layout = QVBoxLayout(columns_box)
        columns_layout.addLayout(column_top)
        columns_layout.addWidget(self.column_view)
        self.columns_box = columns_box

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(columns_box)
        splitter.addWidget(errors_box)
        splitter.addWidget(warnings_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([400, 180, 90])

        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.setToolTip(self.tr("Read the same file again after correcting it"))
        self.recheck_button.clicked.connect(self.recheck)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recheck_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(counts_box)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        if not self._can_import:
            self.status_label.setText(self.tr("Only the registrar or an administrator may import a student list."))
        self._update_buttons()

    # --- choosing a file -------------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the student list"), start,
                                              self.tr("Student lists (*.xlsx *.xls *.csv);;All files (*)"))
        if path:
            self.load_file(path)

    @Slot()
    def download_template(self) -> None:
        export = _roster_service("roster_export")
        start = str((self.path.parent if self.path else Path.home()) / self.tr("student_list_template.xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the template"), start,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            written = export.write_template(Path(path))
        except (BaoxueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Template"), self.tr("Could not save the template:\n{error}")
                                .format(error=exc))
            return
        self.status_label.setText(self.tr("Template saved to {path}. Fill it in, save it, then choose it here.")
                                  .format(path=written or path))

    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].toLocalFile().lower().endswith(SUFFIXES) and not self.is_busy():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls:
            self.load_file(urls[0].toLocalFile())
            event.acceptProposedAction()

    # --- preview ---------------------------------------------------------------------------------

    def load_file(self, path, *, keep_choices: bool = False) -> None:
        """Check ``path`` on a worker; ``planned`` (or ``failed`` / ``cancelled``) tells when it is done.

        A new file starts without column choices (what is remembered for its header applies);
        ``keep_choices`` (check again, a column chosen) keeps the ones made for this file."""
        if self.is_busy():
            return
        roster = _roster()
        if not keep_choices:
            self.mapping = None
        mapping = None if self.mapping is None else dict(self.mapping)
        self.path = Path(path)
        self.path_edit.setText(str(self.path))
        self.plan = None
        self.result = None
        self._show_plan(None)
        self.status_label.setText(self.tr("Checking the file\u2026"))
        ctx, target = self.ctx, self.path
        label = self.tr("Checking {name}\u2026").format(name=target.name)

        def work(progress):
            with ctx.db.transaction() as session:
                return roster.plan_import(session, ctx.actor, target, mapping=mapping,
                                          progress=lambda done, total: progress(done, total, label))

        self._start(work, self.tr("Checking the student list"), label, self._on_planned)

    @Slot()
    def recheck(self) -> None:
        if self.path is not None:
            self.load_file(self.path, keep_choices=True)

    @Slot(str, object)
    def choose_column(self, key: str, target: str | None) -> None:
        """Say what the file's column ``key`` is (a template column, or None: not imported) and check again."""
        if self.path is None or self.is_busy():
            return
        if self.mapping is None:
            self.mapping = dict(getattr(self.plan, "mapping", None) or {})
        self.mapping[key] = target
        self.load_file(self.path, keep_choices=True)

    @Slot()
    def reset_columns(self) -> None:
        """Drop the column choices (the program's own mapping); importing then forgets the remembered ones."""
        if self.path is None or self.is_busy():
            return
        self.mapping = {}
        self.load_file(self.path, keep_choices=True)

    def _on_planned(self, plan) -> None:
        self.plan = plan
        self._show_plan(plan)
        self.planned.emit(plan)

    def _show_plan(self, plan) -> None:
        if plan is None:
            for label in (self.total_label, self.create_label, self.update_label, self.unchanged_label,
                          self.classes_label):
                label.setText("\u2014")
            self.error_model.set_rows([])
            self.column_model.set_rows([])
            self.column_summary.clear()
            self.warning_list.clear()
            self._update_buttons()
            return
        self.total_label.setText(str(_count(plan.total_rows)))
        self.create_label.setText(str(_count(plan.creates)))
        self.update_label.setText(str(_count(plan.updates)))
        self.unchanged_label.setText(str(_count(plan.unchanged)))
        new_classes = [str(getattr(c, "name", c)) for c in plan.new_classes] \
            if not isinstance(plan.new_classes, int) else []
        n_classes = _count(plan.new_classes)
        self.classes_label.setText(f"{n_classes}({'、'.join(new_classes)})" if new_classes else str(n_classes))
        self._show_columns(list(getattr(plan, "columns", None) or []))
        self.error_model.set_rows(list(plan.errors))
        self.error_view.resizeColumnToContents(RowErrorModel.ROW)
        if self.error_model.rowCount() <= 500:  # long reasons wrap instead of hiding behind "…"
            self.error_view.resizeRowsToContents()
        self.warning_list.clear()
        self.warning_list.addItems([message_text(w) for w in plan.warnings])
        self.warnings_box.setVisible(bool(plan.warnings))
        undecided = sum(1 for u in (getattr(plan, "columns", None) or []) if getattr(u, "unknown", False))
        header_row = getattr(plan, "header_row", None)
        if plan.errors and undecided and all(e.row == header_row for e in plan.errors):
            self._set_status(formatted(self.tr("{n} {n:column|columns} of the file to decide."), n=undecided),
                             self.tr("Say what each column marked in red is (double-click “Imported as” in "
                                     "“Columns of the file”), or choose “not imported”. Nothing "
                                     "has been imported."), ok=False)
        elif plan.errors:
            rows = len({e.row for e in plan.errors})
            self._set_status(formatted(self.tr("{n} {n:problem|problems} in {rows} {rows:row|rows}."),
                                       n=len(plan.errors), rows=rows),
                             self.tr("Correct them in the file, save it, then press \u201cCheck again\u201d. "
                                     "Nothing has been imported."), ok=False)
        elif plan.ok:
            self._set_status(self.tr("The file is fine."),
                             self.tr("Press \u201cImport\u201d to save {new} new and {upd} updated student(s).")
                             .format(new=_count(plan.creates), upd=_count(plan.updates)), ok=True)
        else:
            self.status_label.setText(self.tr("This file cannot be imported."))
        self._update_buttons()

    @staticmethod
    def _attention(u) -> int:
        """Columns to look at first: not known, then chosen, then not imported; the rest in file order."""
        if getattr(u, "unknown", False):
            return 0
        if getattr(u, "source", "") in ("chosen", "remembered"):
            return 1
        return 2 if u.target is None else 3

    def _show_columns(self, uses: list) -> None:
        self.column_model.set_rows(sorted(uses, key=self._attention))  # stable: file order within each kind
        unknown = sum(1 for u in uses if getattr(u, "unknown", False))
        ignored = sum(1 for u in uses if u.target is None) - unknown
        text = formatted(self.tr("{n} {n:column|columns}: {used} imported, {ignored} not imported"),
            n=len(uses), used=len(uses) - ignored - unknown, ignored=ignored)
        if unknown:
            text += self.tr("; {unknown} not known: double-click “Imported as” to say what they are").format(
                unknown=unknown)
            self.column_summary.setText(f"<b style='color:#c62828'>{html.escape(text)}</b>")
        else:
            self.column_summary.setText(html.escape(text))
        self.reset_columns_button.setEnabled(bool(getattr(self.plan, "mapping", None)) or bool(self.mapping))

    def column_use(self, header: str):
        """The ColumnUse shown for the file's column ``header`` (as written in the file, or its key), or None."""
        return next((u for u in self.column_model.rows() if header in (u.header, getattr(u, "key", None))), None)

    # --- import ----------------------------------------------------------------------------------

    @Slot()
    def _on_import_clicked(self) -> None:
        if self.plan is None or not self.plan.ok:
            return
        answer = QMessageBox.question(
            self, self.tr("Import"),
            self.tr("Import {new} new student(s), update {upd} and create {cls} class(es)?").format(
                new=_count(self.plan.creates), upd=_count(self.plan.updates), cls=_count(self.plan.new_classes)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._interactive = True
        self.apply()

    def apply(self) -> None:
        """Write the previewed plan in one transaction on a worker; ``applied`` tells when it is done."""
        if self.is_busy() or self.plan is None or not self.plan.ok or not self._can_import:
            return
        roster = _roster()
        ctx, plan = self.ctx, self.plan
        label = self.tr("Importing students\u2026")

        def work(progress):  # one transaction: all rows or none; the context announces what it wrote
            return ctx.run(roster.apply_import, plan, progress=lambda done, total: progress(done, total, label))

        self.status_label.setText(label)
        self._start(work, self.tr("Importing the student list"), label, self._on_applied, cancellable=True)

    def _on_applied(self, result) -> None:
        self.result = result
        self.plan = None  # a plan is used once: importing it twice must be a new, fresh check
        text = self.tr("Imported: {created} new student(s), {updated} updated, {unchanged} unchanged, "
                       "{classes} new class(es).").format(
            created=_count(result.created), updated=_count(result.updated), unchanged=_count(result.unchanged),
            classes=_count(result.classes_created))
        self._set_status(text, "", ok=True)
        self._update_buttons()
        self.applied.emit(result)
        if self._interactive:
            self._interactive = False
            QMessageBox.information(self, self.tr("Import finished"), text)

    # --- running work ----------------------------------------------------------------------------

    def _start(self, work, title: str, label: str, on_success, cancellable: bool = True) -> None:
        task = BackgroundTask(self, work, title=title, label=label, cancellable=cancellable)
        task.succeeded.connect(lambda result, t=task: self._on_succeeded(t, on_success, result))
        task.failed.connect(lambda message, expected, t=task: self._on_failed(t, message, expected))
        task.done.connect(lambda t=task: self._on_done(t))
        self._task = task
        self._tasks.append(task)
        self._update_buttons()
        task.start()

    def _release(self, task: BackgroundTask) -> None:
        """The work is over (its thread only has to wind down): the dialog is free again."""
        if self._task is task:
            self._task = None

    def _on_succeeded(self, task: BackgroundTask, on_success, result) -> None:
        self._release(task)
        on_success(result)

    def _on_failed(self, task: BackgroundTask, message: str, expected: bool) -> None:
        self._release(task)
        self._interactive = False
        if task.worker.cancelled:
            self.status_label.setText(self.tr("Cancelled. Nothing has been imported."))
            self._update_buttons()
            self.cancelled.emit()
            return
        if expected:
            self._set_status(message, "", ok=False)
        else:
            self._set_status(self.tr("An unexpected error stopped the work. Nothing has been imported."), "", ok=False)
        self._update_buttons()
        self.failed.emit(message)
        QMessageBox.warning(self, self.tr("Import student list"), message if expected else self.tr(
            "An unexpected error stopped the work. Nothing has been imported.\n\n{details}").format(details=message))

    def _on_done(self, task: BackgroundTask) -> None:
        self._release(task)
        if task in self._tasks:
            self._tasks.remove(task)
        self._update_buttons()

    def _set_status(self, headline: str, details: str, *, ok: bool) -> None:
        color = "#2e7d32" if ok else "#c62828"
        self.status_label.setText(f"<b style='color:{color}'>{html.escape(headline)}</b> {html.escape(details)}")

    def is_busy(self) -> bool:
        return self._task is not None

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.choose_button.setEnabled(not busy and self._can_import)
        self.recheck_button.setEnabled(not busy and self.path is not None and self._can_import)
        self.import_button.setEnabled(not busy and self.plan is not None and bool(self.plan.ok)
                                      and self._can_import)
        if self.plan is not None:
            self.import_button.setToolTip("" if self.plan.ok else self.tr("Fix the problems in the file first"))

    def reject(self) -> None:
        # closing while a preview or an import runs: cancel it (the transaction rolls back) and wait for it
        for task in list(self._tasks):
            task.cancel()
            task.thread.wait(10000)
        super().reject()
