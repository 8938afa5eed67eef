"""打印 — responsibility pledges, their returns, the pledge templates and the official forms.

The page owns no rule: :mod:`app.documents.pledges` and :mod:`app.documents.forms`
decide who may print what, fill every document, number the pledges and refuse a bad
template (naming the placeholder); this page collects the choices, runs the service
and shows what came out.

Four tabs:

* **Pledges** — a kind, a class or the whole school, then one batch on a worker thread
  (:class:`~app.ui.workers.BackgroundTask`: progress and Cancel; a cancelled batch leaves
  neither file nor numbers — the service sees to it). Afterwards the PDF opens in the
  preview and the students without a guardian on file are listed, never skipped silently.
* **Templates** — the title and body of each kind with the allowed placeholders (a click
  inserts one where the cursor is), save, back to the shipped text, preview one sample.
* **Returns** — type or scan a pledge number (a barcode scanner types the digits and
  Enter), the per-class printed/returned/missing summary and the missing list.
* **Forms** — the official forms, each with the inputs it needs, generated and previewed.

Generated files go to the data folder's ``printed`` directory (they hold personal data,
so they stay beside the database); "Save as…" in the preview copies one elsewhere.
The main window builds the page through :func:`documents_page`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import ALERTS, ATTENDANCE, CALENDAR, CASES, CLASSES, ChangeSet, DOCUMENTS, SCHOOL, STAFF, STUDENTS
from app.documents import forms, pledges
from app.documents.pledges import ClassReturnSummary, PledgeBatchResult, PledgeRow
from app.errors import BaoxueError
from app.school import list_classes
from app.ui.models import Column, RowTableModel
from app.ui.pdf_preview import show_pdf
from app.ui.student_picker import StudentPicker
from app.ui.widgets import SIZE_SAMPLE, ErrorLabel, confirm, hint_label, show_unexpected, title_label
from app.ui.workers import BackgroundTask
from app.ui.widgets import date_edit as _date_edit
from app.ui.widgets import pydate as _pydate

#: the record kinds the returns list, the scopes and the forms' choices show
RETURNS_SHOW = DOCUMENTS | STUDENTS | CLASSES | STAFF | SCHOOL
SCOPES_SHOW = STUDENTS | CLASSES | STAFF | SCHOOL
FORMS_SHOW = STUDENTS | CLASSES | STAFF | SCHOOL | ALERTS | CASES | ATTENDANCE | CALENDAR
SHOWS = RETURNS_SHOW | SCOPES_SHOW | FORMS_SHOW

# the UI's own names (the service's labels are Chinese only)
KIND_TEXT: dict[str, str] = {
    "teacher_parent": QT_TRANSLATE_NOOP("Documents", "Parent pledge (school \u2013 parent)"),
    "principal_teacher": QT_TRANSLATE_NOOP("Documents", "Class teacher pledge (principal \u2013 class teacher)"),
    "bureau_principal": QT_TRANSLATE_NOOP("Documents", "Principal pledge (education bureau \u2013 principal)"),
}
KIND_HINT: dict[str, str] = {
    "teacher_parent": QT_TRANSLATE_NOOP("Documents", "One pledge for every guardian on file, filled with the "
                                                     "student's name and class and the guardian's name and phone."),
    "principal_teacher": QT_TRANSLATE_NOOP("Documents", "One pledge for the class teacher of each class."),
    "bureau_principal": QT_TRANSLATE_NOOP("Documents", "One pledge between the county education bureau and the "
                                                       "school."),
}
FORM_TEXT: dict[str, str] = {
    "home-visit": QT_TRANSLATE_NOOP("Documents", "Home-visit record"),
    "absence-report": QT_TRANSLATE_NOOP("Documents", "Absence report to the township and the county bureau"),
    "return-notice": QT_TRANSLATE_NOOP("Documents", "Deadline-to-return notice"),
    "weekly": QT_TRANSLATE_NOOP("Documents", "Weekly / monthly report"),
    "inspection": QT_TRANSLATE_NOOP("Documents", "Inspection sheet (enrolled and present)"),
    "roll": QT_TRANSLATE_NOOP("Documents", "Class roll"),
    "transfer": QT_TRANSLATE_NOOP("Documents", "Transfer contact form"),
    "suspension": QT_TRANSLATE_NOOP("Documents", "Suspension approval form"),
}
FORM_HINT: dict[str, str] = {
    "home-visit": QT_TRANSLATE_NOOP("Documents", "Leave the student empty for blank sheets to fill in by hand; "
                                                 "with a student, the family's details are printed."),
    "absence-report": QT_TRANSLATE_NOOP("Documents", "The written report the 48-hour rule requires, filled from "
                                                     "an open absence alert. Empty fields are left as blanks."),
    "return-notice": QT_TRANSLATE_NOOP("Documents", "Issued by the township to the guardians, with a tear-off "
                                                    "receipt. Choose an absence alert or a student."),
    "weekly": QT_TRANSLATE_NOOP("Documents", "The figures of the reporting period containing the day "
                                             "(weekly or monthly, as the policy says)."),
    "inspection": QT_TRANSLATE_NOOP("Documents", "Per class: on roll against present at that day's roll call."),
    "roll": QT_TRANSLATE_NOOP("Documents", "The students of a class with their guardians; the whole school "
                                           "starts each class on a new page."),
    "transfer": QT_TRANSLATE_NOOP("Documents", "The paper form stamped by both schools and both bureaus."),
    "suspension": QT_TRANSLATE_NOOP("Documents", "For the school and the bureau to sign; attach the medical "
                                                 "certificate."),
}
STATUS_TEXT: dict[str, str] = {
    "printed": QT_TRANSLATE_NOOP("Documents", "Not back yet"),
    "returned": QT_TRANSLATE_NOOP("Documents", "Returned, signed"),
    "returned_unsigned": QT_TRANSLATE_NOOP("Documents", "Returned, not signed"),
}


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("Documents", KIND_TEXT.get(kind, kind))


def form_text(key: str) -> str:
    return QCoreApplication.translate("Documents", FORM_TEXT.get(key, key))






def _local_day(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone().strftime("%Y-%m-%d")




def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SIZE_SAMPLE)  # widths from a sample of rows, not every cell
    return view


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
            Column(self.tr("Printed on"), lambda r: _local_day(r.printed_at)),
            Column(self.tr("State"), lambda r: QCoreApplication.translate("Documents", STATUS_TEXT[r.status])),
        ]


# --- running a document on a worker ------------------------------------------------------------------


class _Runner(QObject):
    """Starts document work on a :class:`BackgroundTask` and keeps it alive until it is done."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.tasks: list[BackgroundTask] = []

    def start(self, work: Callable[[Callable[[int, int, str], bool]], Any], *, title: str, label: str,
              cancellable: bool, on_success: Callable[[Any], None],
              on_error: Callable[[str, bool], None]) -> BackgroundTask:
        task = BackgroundTask(self.parent(), work, title=title, label=label, cancellable=cancellable)
        task.succeeded.connect(on_success)
        task.failed.connect(on_error)
        task.done.connect(lambda t=task: self.tasks.remove(t) if t in self.tasks else None)
        self.tasks.append(task)
        task.start()
        return task

    def running(self) -> bool:
        return any(t.is_running() for t in self.tasks)


def _output_name(stem: str) -> str:
    return f"{stem}-{datetime.now():%Y%m%d-%H%M%S-%f}.pdf"


# --- the pledges tab ----------------------------------------------------------------------------------


class PledgesTab(QWidget):
    """Print a batch of pledges for a class or the whole school."""

    printed = Signal(object)  # PledgeBatchResult

    def __init__(self, page: "DocumentsPage"):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.may_all = self.ctx.actor.has("documents.print_all")
        self.last_result: PledgeBatchResult | None = None
        self.task: BackgroundTask | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("pledgeKind")
        for kind in pledges.KINDS:
            if kind == "teacher_parent" or self.may_all:
                self.kind_combo.addItem(kind_text(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.kind_hint = hint_label("")
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("pledgeScope")
        self.reprint_check = QCheckBox(self.tr("Also print again for guardians whose signed pledge is back"))
        self.reprint_check.setObjectName("reprintReturned")
        self.print_button = QPushButton(self.tr("Print pledges\u2026"))
        self.print_button.setObjectName("printPledges")
        self.print_button.setMinimumHeight(40)
        self.print_button.clicked.connect(lambda: self.print_pledges())

        self.result_label = QLabel()
        self.result_label.setObjectName("pledgeResult")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.error = ErrorLabel()
        self.error.setObjectName("pledgeError")
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingGuardianLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #9a4a00; font-weight: bold;")
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missingGuardians")
        self.open_again_button = QPushButton(self.tr("Show the printed file again"))
        self.open_again_button.setObjectName("openLastPledges")
        self.open_again_button.clicked.connect(self._open_last)
        self.open_again_button.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Pledge"), self.kind_combo)
        form.addRow("", self.kind_hint)
        form.addRow(self.tr("For"), self.scope_combo)
        form.addRow("", self.reprint_check)
        box = QGroupBox(self.tr("Print a batch"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.open_again_button)
        row.addStretch(1)
        box_layout.addLayout(row)
        box_layout.addWidget(hint_label(self.tr(
            "Each pledge is printed twice (one copy for each party) with its number and barcode. The batch runs "
            "in the background; Cancel leaves no file and no numbers. Type or scan the numbers of the signed "
            "copies on the Returns tab.")))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing_list, 1)
        self._show_missing([])
        self.load_scopes()
        self._kind_changed()

    def load_scopes(self) -> None:
        current = self.scope_combo.currentData()
        self.scope_combo.clear()
        if self.may_all:
            self.scope_combo.addItem(self.tr("The whole school"), None)
        for c in self.ctx.read(list_classes, self.ctx.actor):
            self.scope_combo.addItem(self.tr("{name} ({n} students)").format(name=c.name, n=c.student_count), c.id)
        idx = self.scope_combo.findData(current)
        if idx >= 0:
            self.scope_combo.setCurrentIndex(idx)

    def kind(self) -> str:
        return self.kind_combo.currentData() or "teacher_parent"

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.kind()
        self.kind_hint.setText(QCoreApplication.translate("Documents", KIND_HINT.get(kind, "")))
        self.scope_combo.setEnabled(kind != "bureau_principal")

    def select_class(self, class_id: int | None) -> None:
        idx = self.scope_combo.findData(class_id)
        if idx >= 0:
            self.scope_combo.setCurrentIndex(idx)

    def print_pledges(self, out: str | Path | None = None) -> BackgroundTask | None:
        """Start the batch; the preview opens when it is done."""
        if self.page.runner.running():
            return None
        kind = self.kind()
        if self.scope_combo.count() == 0 and kind != "bureau_principal":
            self.error.set_error(self.tr("There is no class to print for."))
            return None
        class_id = self.scope_combo.currentData() if kind != "bureau_principal" else None
        all_classes = class_id is None and kind != "bureau_principal"
        out = Path(out) if out else self.page.output_path(f"pledges-{kind}-{class_id or 'all'}")
        ctx, today, skip = self.ctx, self.page.today, not self.reprint_check.isChecked()
        step = self.tr("Pledge {done} of {total}\u2026")

        def work(progress):
            return ctx.run(pledges.print_pledges, out, kind=kind, class_id=class_id, all_classes=all_classes,
                           today=today, skip_returned=skip,
                           progress=lambda done, total: progress(done, total, step.format(done=done, total=total)))

        self.error.clear_error()
        self.result_label.clear()
        self._show_missing([])
        self.print_button.setEnabled(False)
        self.task = self.page.runner.start(work, title=self.tr("Print pledges"), label=self.tr("Preparing\u2026"),
                                           cancellable=True, on_success=self._printed, on_error=self._failed)
        self.task.done.connect(lambda: self.print_button.setEnabled(True))
        return self.task

    @Slot(object)
    def _printed(self, r: PledgeBatchResult) -> None:
        self.last_result = r
        text = self.tr("{count} pledges printed ({pages} pages, two copies each), numbers {first} to {last}.").format(
            count=r.count, pages=r.pages, first=r.numbers[0], last=r.numbers[-1])
        if r.skipped_returned:
            text += " " + self.tr("{n} already returned were not printed again.").format(n=r.skipped_returned)
        self.result_label.setText(text)
        lines = [self.tr("{cls} \u2014 {name}").format(cls=m.class_name, name=m.student_name)
                 for m in r.without_guardian]
        lines += [self.tr("{cls} \u2014 no class teacher").format(cls=c) for c in r.classes_without_head]
        self._show_missing(lines, len(r.without_guardian), bool(r.classes_without_head))
        self.open_again_button.setVisible(True)
        self.printed.emit(r)
        self.page.open_preview(r.path, kind_text(self.kind()))

    @Slot(str, bool)
    def _failed(self, message: str, expected: bool) -> None:
        if not expected:
            show_unexpected(self, message)
        self.error.set_error(message)

    def _show_missing(self, lines: list[str], students: int = 0, no_head: bool = False) -> None:
        self.missing_list.clear()
        self.missing_list.addItems(lines)
        if students:
            self.missing_label.setText(self.tr(
                "{n} students have no guardian on file, so no parent pledge was printed for them. Add a guardian "
                "in the student registry, then print again:").format(n=students))
        elif no_head:
            self.missing_label.setText(self.tr("These classes have no class teacher, so no pledge was printed "
                                               "for them:"))
        self.missing_label.setVisible(bool(lines))
        self.missing_list.setVisible(bool(lines))

    @Slot()
    def _open_last(self) -> None:
        if self.last_result is not None:
            self.page.open_preview(self.last_result.path, kind_text(self.kind()))


# --- the template tab ---------------------------------------------------------------------------------


class TemplateTab(QWidget):
    """Edit the text of each pledge kind; the service refuses unknown placeholders by name."""

    def __init__(self, page: "DocumentsPage"):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.editable = self.ctx.actor.has("documents.templates")
        self._loaded: tuple[str, str, str] | None = None
        self._kind: str | None = None
        self._last_editor: QWidget | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("templateKind")
        for kind in pledges.KINDS:
            self.kind_combo.addItem(kind_text(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.state_label = QLabel()
        self.state_label.setObjectName("templateState")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("templateTitle")
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("retentionTarget")
        self.target_edit.setMaximumWidth(120)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("templateBody")
        self.body_edit.setTabChangesFocus(True)
        self.error = ErrorLabel()
        self.error.setObjectName("templateError")
        self.message = QLabel()
        self.message.setObjectName("templateMessage")
        self.message.setStyleSheet("color: #2e7d32;")
        self.placeholders = QListWidget()
        self.placeholders.setObjectName("placeholderList")
        self.placeholders.itemClicked.connect(self._insert_item)
        self.placeholders.itemActivated.connect(self._insert_item)

        self.save_button = QPushButton(self.tr("Save template"))
        self.save_button.setObjectName("saveTemplate")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Back to the default text\u2026"))
        self.reset_button.setObjectName("resetTemplate")
        self.reset_button.clicked.connect(self.reset)
        self.preview_button = QPushButton(self.tr("Preview a sample"))
        self.preview_button.setObjectName("previewTemplate")
        self.preview_button.clicked.connect(self.preview)
        for w in (self.title_edit, self.target_edit):
            w.setReadOnly(not self.editable)
        self.body_edit.setReadOnly(not self.editable)
        self.save_button.setEnabled(self.editable)
        self.reset_button.setEnabled(self.editable)
        self.placeholders.setEnabled(self.editable)
        QApplication.instance().focusChanged.connect(self._focus_changed)

        form = QFormLayout()
        form.addRow(self.tr("Pledge"), self.kind_combo)
        form.addRow("", self.state_label)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Retention target"), self.target_edit)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addWidget(QLabel(self.tr("Text (a line starting with \u4e00\u3001 \u4e8c\u3001 \u2026 is a "
                                        "section heading)")))
        editor.addWidget(self.body_edit, 1)
        editor.addWidget(self.error)
        editor.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        editor.addLayout(buttons)
        left = QWidget()
        left.setLayout(editor)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Placeholders")))
        side.addWidget(hint_label(self.tr("Click one to insert it where the cursor is. Each is replaced by its "
                                          "value when the pledges are printed.")))
        side.addWidget(self.placeholders, 1)
        right = QWidget()
        right.setLayout(side)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        if not self.editable:
            layout.addWidget(hint_label(self.tr("Only the principal and the registrar can change the pledge "
                                                "texts. You can preview them.")))
        layout.addWidget(splitter)
        self.load(self.kind())

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def values(self) -> tuple[str, str, str]:
        return self.title_edit.text(), self.body_edit.toPlainText(), self.target_edit.text()

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.values() != self._loaded

    def load(self, kind: str) -> None:
        info = self.ctx.read(pledges.get_template, kind)
        self._kind = kind
        self.title_edit.setText(info.title)
        self.body_edit.setPlainText(info.body)
        self.target_edit.setText(info.retention_target)
        self._loaded = self.values()
        self.state_label.setText(self.tr("The shipped default text") if info.is_default
                                 else self.tr("Text changed by the school"))
        self.placeholders.clear()
        for name, meaning in info.placeholders.items():
            item = QListWidgetItem(f"{{{name}}}  \u2014  {meaning}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.error.clear_error()

    @Slot()
    def _kind_chosen(self) -> None:
        kind = self.kind()
        if kind == self._kind:
            return
        if self.is_dirty() and not confirm(self, self.tr("Your changes to this pledge text are not saved. "
                                                         "Discard them?")):
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(self._kind))
            self.kind_combo.blockSignals(False)
            return
        self.message.clear()
        self.load(kind)

    def _focus_changed(self, _old, new) -> None:
        if new in (self.title_edit, self.body_edit):
            self._last_editor = new

    @Slot(QListWidgetItem)
    def _insert_item(self, item: QListWidgetItem) -> None:
        self.insert_placeholder(item.data(Qt.ItemDataRole.UserRole))

    def insert_placeholder(self, name: str) -> None:
        """Put ``{name}`` where the cursor is (in the title when it was the last field used)."""
        if not self.editable:
            return
        text = "{" + name + "}"
        if self._last_editor is self.title_edit:
            self.title_edit.insert(text)
            self.title_edit.setFocus()
        else:
            self.body_edit.textCursor().insertText(text)
            self.body_edit.setFocus()

    def _call(self, fn, *args, **kwargs) -> tuple[bool, Any]:
        try:
            return True, self.ctx.run(fn, *args, **kwargs)
        except BaoxueError as exc:
            self.message.clear()
            self.error.set_error(str(exc))
            return False, None

    @Slot()
    def save(self) -> bool:
        title, body, target = self.values()
        ok, info = self._call(pledges.save_template, self.kind(), title=title, body=body, retention_target=target)
        if ok:
            self.load(self.kind())
            self.message.setText(self.tr("Saved. The next pledges printed use this text."))
        return ok

    @Slot()
    def reset(self) -> bool:
        if not confirm(self, self.tr("Replace this pledge text by the shipped default? The school's own text is "
                                     "lost.")):
            return False
        ok, _info = self._call(pledges.reset_template, self.kind())
        if ok:
            self.load(self.kind())
            self.message.setText(self.tr("The default text is back."))
        return ok

    @Slot()
    def preview(self) -> Path | None:
        """One sample pledge with the text as it stands in the editor (not saved, not numbered)."""
        title, body, target = self.values()
        out = self.page.output_path(f"sample-{self.kind()}")
        ok, result = self._call(pledges.preview_template, self.kind(), out, title=title, body=body,
                                retention_target=target or None, today=self.page.today)
        if not ok:
            return None
        self.error.clear_error()
        self.page.open_preview(result.path, self.tr("Sample: {kind}").format(kind=kind_text(self.kind())))
        return result.path


# --- the returns tab ---------------------------------------------------------------------------------


class ReturnsTab(QWidget):
    """Mark signed copies as returned (typed or scanned) and see what is still missing."""

    def __init__(self, page: "DocumentsPage"):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("returnsKind")
        for kind in pledges.KINDS:
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
        self.message = QLabel()
        self.message.setObjectName("returnMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.error = ErrorLabel()
        self.error.setObjectName("returnError")
        self.log = QListWidget()
        self.log.setObjectName("returnLog")
        self.log.setMaximumHeight(110)

        self.summary_model = ReturnSummaryModel(parent=self)
        self.summary_view = _table(self.summary_model)
        self.summary_view.setObjectName("returnSummary")
        self.summary_view.selectionModel().selectionChanged.connect(self._show_missing)
        self.missing_model = PledgeListModel(parent=self)
        self.missing_view = _table(self.missing_model)
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
            rows = self.ctx.read(pledges.return_status, self.ctx.actor, kind=self.kind(), today=self.page.today)
        except BaoxueError as exc:
            rows = []
            self.error.set_error(str(exc))
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
            result = self.ctx.run(pledges.mark_returned, number, signed=not self.unsigned_check.isChecked(),
                                  day=self.page.today)
        except BaoxueError as exc:
            self.message.clear()
            self.error.set_error(str(exc))
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


# --- the forms tab ------------------------------------------------------------------------------------


class _FormPanel(QWidget):
    """The inputs of one form; :meth:`request` says which service to call with them."""

    def __init__(self, tab: "FormsTab", key: str):
        super().__init__(tab)
        self.tab = tab
        self.key = key
        self.form = QFormLayout(self)
        self.form.addRow(title_label(form_text(key), grow=2))
        self.form.addRow(hint_label(QCoreApplication.translate("Documents", FORM_HINT[key])))
        self.edits: dict[str, QWidget] = {}

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"{self.key}_{name}")
        self.edits[name] = widget
        self.form.addRow(label, widget)
        return widget

    def text(self, name: str) -> str:
        return self.edits[name].text().strip()

    def day(self, name: str) -> date:
        return _pydate(self.edits[name].date())


class FormsTab(QWidget):
    """The official forms: pick one, fill what it needs, generate, preview."""

    def __init__(self, page: "DocumentsPage"):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.may_all = self.ctx.actor.has("documents.print_all")
        self.task: BackgroundTask | None = None
        self.last_result = None
        self.list = QListWidget()
        self.list.setObjectName("formList")
        self.list.setMinimumWidth(330)
        self.list.setMaximumWidth(380)
        self.stack = QStackedWidget()
        self.panels: dict[str, _FormPanel] = {}
        for key in forms.FORMS:
            panel = self._build(key)
            self.panels[key] = panel
            self.stack.addWidget(panel)
            item = QListWidgetItem(form_text(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.generate_button = QPushButton(self.tr("Generate and preview"))
        self.generate_button.setObjectName("generateForm")
        self.generate_button.setMinimumHeight(36)
        self.generate_button.clicked.connect(lambda: self.generate())
        self.error = ErrorLabel()
        self.error.setObjectName("formError")
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #2e7d32;")
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addWidget(self.error)
        right.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.generate_button)
        row.addStretch(1)
        right.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)
        self.list.setCurrentRow(0)
        self.load_choices()

    # --- building the panels -------------------------------------------------------------------------

    def _class_combo(self, with_all: bool) -> QComboBox:
        combo = QComboBox()
        combo.setProperty("with_all", with_all and self.may_all)
        return combo

    def _build(self, key: str) -> _FormPanel:
        p = _FormPanel(self, key)
        today = self.page.today
        if key == "home-visit":
            p.add("student", self.tr("Student (optional)"), StudentPicker(self.ctx))
            spin = QSpinBox()
            spin.setRange(1, 200)
            p.add("copies", self.tr("Copies"), spin)
        elif key == "absence-report":
            p.add("alert", self.tr("Absence alert"), QComboBox())
            for name, label in (("reference", self.tr("Reference no.")), ("reason", self.tr("Reason, as far as known")),
                                ("whereabouts", self.tr("Where the child is now")),
                                ("actions", self.tr("What the school has done")),
                                ("next_steps", self.tr("Next steps")), ("requests", self.tr("Help asked for")),
                                ("reporter", self.tr("Reported by")), ("phone", self.tr("Reporter's phone"))):
                p.add(name, label, QLineEdit())
        elif key == "return-notice":
            p.add("alert", self.tr("Absence alert"), QComboBox())
            p.add("student", self.tr("or a student"), StudentPicker(self.ctx))
            p.add("deadline", self.tr("Back at school by"), _date_edit(today + timedelta(days=7)))
            issuer = QLineEdit()
            issuer.setPlaceholderText(self.tr("Default: the township government"))
            p.add("issuer", self.tr("Issued by"), issuer)
            p.add("reference", self.tr("Reference no."), QLineEdit())
        elif key == "weekly":
            p.add("day", self.tr("A day in the period"), _date_edit(today))
            p.add("notes", self.tr("Notes"), QLineEdit())
        elif key == "inspection":
            p.add("day", self.tr("Inspection day"), _date_edit(today))
            p.add("class", self.tr("Class"), self._class_combo(True))
        elif key == "roll":
            p.add("class", self.tr("Class"), self._class_combo(True))
        elif key == "transfer":
            p.add("student", self.tr("Student"), StudentPicker(self.ctx))
            for name, label in (("to_school", self.tr("Receiving school")),
                                ("to_county", self.tr("Receiving county (province, city, county)")),
                                ("to_grade", self.tr("Grade there")), ("reason", self.tr("Reason")),
                                ("reference", self.tr("Reference no."))):
                p.add(name, label, QLineEdit())
        elif key == "suspension":
            p.add("student", self.tr("Student"), StudentPicker(self.ctx))
            p.add("reason", self.tr("Reason"), QLineEdit())
            p.add("start", self.tr("From"), _date_edit(today))
            p.add("end", self.tr("To"), _date_edit(today + timedelta(days=180)))
            p.add("proof", self.tr("Proof (e.g. the hospital's certificate)"), QLineEdit())
            p.add("reference", self.tr("Reference no."), QLineEdit())
        return p

    def load_choices(self) -> None:
        """Fill the class and alert lists (after a change of classes or alerts)."""
        classes = self.ctx.read(list_classes, self.ctx.actor)
        try:
            from app.alerts import open_alerts

            alerts = self.ctx.read(open_alerts, self.ctx.actor, self.page.today)
        except BaoxueError:
            alerts = []
        for p in self.panels.values():
            combo = p.edits.get("class")
            if isinstance(combo, QComboBox):
                current = combo.currentData()
                combo.clear()
                if combo.property("with_all"):
                    combo.addItem(self.tr("The whole school"), None)
                for c in classes:
                    combo.addItem(c.name, c.id)
                combo.setCurrentIndex(max(0, combo.findData(current)))
            combo = p.edits.get("alert")
            if isinstance(combo, QComboBox):
                current = combo.currentData()
                combo.clear()
                if p.key == "return-notice":
                    combo.addItem(self.tr("(none: use the student below)"), None)
                for a in alerts:
                    combo.addItem(self.tr("{name} ({cls}) \u2014 {level}, {days} school days from {first}").format(
                        name=a.student_name, cls=a.class_name, level=a.level_label, days=f"{a.days_absent:g}",
                        first=a.first_absent_day.isoformat()), a.id)
                combo.setCurrentIndex(max(0, combo.findData(current)))

    def select(self, key: str) -> _FormPanel:
        self.list.setCurrentRow(list(self.panels).index(key))
        return self.panels[key]

    def current_key(self) -> str:
        return list(self.panels)[self.stack.currentIndex()]

    # --- generating ---------------------------------------------------------------------------------

    def _request(self, p: _FormPanel, out: Path):
        """(service, args, kwargs, cancellable) for the panel, or a message when an input is missing."""
        today = self.page.today
        key = p.key
        student = p.edits["student"].student_id() if "student" in p.edits else None
        if key == "home-visit":
            return forms.print_home_visit, (out,), dict(student_id=student, copies=p.edits["copies"].value(),
                                                         today=today), False
        if key == "absence-report":
            alert_id = p.edits["alert"].currentData()
            if alert_id is None:
                return self.tr("There is no open absence alert to report on.")
            details = forms.AbsenceReportDetails(
                reference=p.text("reference"), report_date=today, reason=p.text("reason"),
                whereabouts=p.text("whereabouts"), actions_taken=p.text("actions"), next_steps=p.text("next_steps"),
                requests=p.text("requests"), reporter=p.text("reporter"), reporter_phone=p.text("phone"))
            return forms.print_absence_report, (out, alert_id), dict(details=details, today=today), False
        if key == "return-notice":
            fields = forms.ReturnNoticeFields(deadline=p.day("deadline"), issuer=p.text("issuer"),
                                              reference=p.text("reference"), issued_on=today)
            alert_id = p.edits["alert"].currentData()
            return forms.print_return_notice, (out,), dict(fields=fields, alert_id=alert_id,
                                                           student_id=None if alert_id else student,
                                                           today=today), False
        if key == "weekly":
            return forms.print_period_report, (out, p.day("day")), dict(notes=p.text("notes")), False
        if key == "inspection":
            return forms.print_inspection_sheet, (out, p.day("day")), dict(class_id=p.edits["class"].currentData()), False
        if key == "roll":
            class_id = p.edits["class"].currentData()
            if p.edits["class"].count() == 0:
                return self.tr("There is no class to print for.")
            return forms.print_class_roll, (out,), dict(class_id=class_id, all_classes=class_id is None,
                                                        today=today), True
        if student is None:
            return self.tr("Choose a student first: type a name or pinyin initials and click the student.")
        if key == "transfer":
            fields = forms.TransferFields(to_school=p.text("to_school"), to_county=p.text("to_county"),
                                          to_grade=p.text("to_grade"), reason=p.text("reason"),
                                          reference=p.text("reference"))
            return forms.print_transfer_form, (out, student, fields), dict(today=today), False
        fields = forms.SuspensionFields(reason=p.text("reason"), start=p.day("start"), end=p.day("end"),
                                        proof=p.text("proof"), reference=p.text("reference"))
        return forms.print_suspension_form, (out, student, fields), dict(today=today), False

    def generate(self, key: str | None = None, out: str | Path | None = None) -> BackgroundTask | None:
        """Generate the current (or ``key``) form on a worker; the preview opens when it is done."""
        if self.page.runner.running():
            return None
        p = self.select(key) if key else self.panels[self.current_key()]
        out = Path(out) if out else self.page.output_path(p.key)
        req = self._request(p, out)
        self.message.clear()
        if isinstance(req, str):
            self.error.set_error(req)
            return None
        fn, args, kwargs, cancellable = req
        ctx = self.ctx
        step = self.tr("Class {done} of {total}\u2026")

        def work(progress):
            if cancellable:
                kwargs["progress"] = lambda done, total: progress(done, total, step.format(done=done, total=total))
            return ctx.run(fn, *args, **kwargs)

        self.error.clear_error()
        self.generate_button.setEnabled(False)
        self.task = self.page.runner.start(work, title=form_text(p.key), label=self.tr("Preparing\u2026"),
                                           cancellable=cancellable, on_success=self._done, on_error=self._failed)
        self.task.done.connect(lambda: self.generate_button.setEnabled(True))
        return self.task

    @Slot(object)
    def _done(self, result) -> None:
        self.last_result = result
        self.message.setText(self.tr("{title}: {pages} pages \u2014 {path}").format(
            title=result.title, pages=result.pages, path=str(result.path)))
        self.page.open_preview(result.path, result.title)

    @Slot(str, bool)
    def _failed(self, message: str, expected: bool) -> None:
        if not expected:
            show_unexpected(self, message)
        self.error.set_error(message)


# --- the page -----------------------------------------------------------------------------------------


class DocumentsPage(QWidget):
    """打印: pledges, returns, templates and the official forms."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | None = None,
                 output_dir: str | Path | None = None, preview: Callable[[QWidget, Path, str], Any] | None = None):
        super().__init__(parent)
        self.setObjectName("DocumentsPage")
        self.ctx = ctx
        self._today = today
        self.output_dir = Path(output_dir) if output_dir else Path(ctx.db.paths.root) / "printed"
        self._preview = preview if preview is not None else show_pdf
        self.preview_window = None
        self.last_pdf: Path | None = None
        self.runner = _Runner(self)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("documentTabs")
        may_print = ctx.actor.has("documents.print_all") or ctx.actor.has("documents.print_class")
        self.pledges = PledgesTab(self)
        self.returns = ReturnsTab(self)
        self.templates = TemplateTab(self)
        self.forms = FormsTab(self)
        self.tabs.addTab(self.pledges, self.tr("Pledges"))
        self.tabs.addTab(self.returns, self.tr("Returns"))
        self.tabs.addTab(self.templates, self.tr("Pledge texts"))
        self.tabs.addTab(self.forms, self.tr("Official forms"))
        for i in range(self.tabs.count()):
            self.tabs.setTabEnabled(i, may_print)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Print")))
        if not may_print:
            layout.addWidget(hint_label(self.tr("Your account may not print documents.")))
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._on_changed)

    @property
    def today(self) -> date:
        return self._today or date.today()

    def output_path(self, stem: str) -> Path:
        self.output_dir.mkdir(parents=True, exist_ok=True)
        return self.output_dir / _output_name(stem)

    def open_preview(self, path: str | Path, title: str = ""):
        self.last_pdf = Path(path)
        self.preview_window = self._preview(self, Path(path), title)
        return self.preview_window

    def tasks_running(self) -> bool:
        return self.runner.running()

    @Slot(object)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(RETURNS_SHOW):
            self.returns.refresh()
        if changes.touches(SCOPES_SHOW):
            self.pledges.load_scopes()
        if changes.touches(FORMS_SHOW):
            self.forms.load_choices()


def documents_page(ctx, window) -> QWidget:
    """Factory for the main window's navigation entry (permission: documents.print_all or .print_class)."""
    return DocumentsPage(ctx)


__all__ = ["DocumentsPage", "FormsTab", "PledgeListModel", "PledgesTab", "ReturnSummaryModel", "ReturnsTab",
           "TemplateTab", "documents_page", "form_text", "kind_text"]
