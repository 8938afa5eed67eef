"""The printing page's pledge tabs: printing a batch of pledges for a class or the whole school on a
worker, and editing the pledge texts (title, body, placeholders) with a sample preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget)

from app.documents import pledge_records
from app.errors import BaoxueError
from app.school import list_classes
from app.ui.documents_text import KIND_HINT, kind_text
from app.ui.widgets import (ErrorLabel, confirm, error_text, hint_label, info_label, push_button, set_read_only,
                            show_unexpected)
from app.ui.workers import BackgroundTask

if TYPE_CHECKING:  # the printing module (ReportLab) is loaded when the user prints, not with the page
    from app.documents.pledges import PledgeBatchResult


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
        for kind in pledge_records.KINDS:
            if kind == "teacher_parent" or self.may_all:
                self.kind_combo.addItem(kind_text(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.kind_hint = hint_label("")
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("pledgeScope")
        self.reprint_check = QCheckBox(self.tr("Also print again for guardians whose signed pledge is back"))
        self.reprint_check.setObjectName("reprintReturned")
        self.print_button = push_button(self.tr("Print pledges\u2026"), "printPledges")
        self.print_button.setMinimumHeight(40)
        self.print_button.clicked.connect(lambda: self.print_pledges())

        self.result_label = info_label("pledgeResult", style="color: #2e7d32; font-weight: bold;")
        self.error = ErrorLabel()
        self.error.setObjectName("pledgeError")
        self.missing_label = info_label("missingGuardianLabel", style="color: #9a4a00; font-weight: bold;")
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missingGuardians")
        self.open_again_button = push_button(self.tr("Show the printed file again"), "openLastPledges", self._open_last)
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
            # ReportLab is loaded here, on the worker, the first time the user prints (the page opens without it)
            from app.documents import pledges

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
        for kind in pledge_records.KINDS:
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

        self.save_button = push_button(self.tr("Save template"), "saveTemplate")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.reset_button = push_button(self.tr("Back to the default text\u2026"), "resetTemplate", self.reset)
        self.preview_button = push_button(self.tr("Preview a sample"), "previewTemplate", self.preview)
        if not self.editable:  # only the principal and the registrar edit the texts: the others read them
            for w in (self.title_edit, self.target_edit, self.body_edit):
                set_read_only(w)
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
        layout.addWidget(splitter, 1)  # the editor takes the height, the hint line only its own
        self.load(self.kind())

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def values(self) -> tuple[str, str, str]:
        return self.title_edit.text(), self.body_edit.toPlainText(), self.target_edit.text()

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.values() != self._loaded

    def load(self, kind: str) -> None:
        info = self.ctx.read(pledge_records.get_template, kind)
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
            self.error.set_error(error_text(exc))
            return False, None

    @Slot()
    def save(self) -> bool:
        title, body, target = self.values()
        ok, info = self._call(pledge_records.save_template, self.kind(), title=title, body=body, retention_target=target)
        if ok:
            self.load(self.kind())
            self.message.setText(self.tr("Saved. The next pledges printed use this text."))
        return ok

    @Slot()
    def reset(self) -> bool:
        if not confirm(self, self.tr("Replace this pledge text by the shipped default? The school's own text is "
                                     "lost.")):
            return False
        ok, _info = self._call(pledge_records.reset_template, self.kind())
        if ok:
            self.load(self.kind())
            self.message.setText(self.tr("The default text is back."))
        return ok

    @Slot()
    def preview(self) -> Path | None:
        """One sample pledge with the text as it stands in the editor (not saved, not numbered)."""
        title, body, target = self.values()
        out = self.page.output_path(f"sample-{self.kind()}")
        from app.documents import pledges  # the printing module (ReportLab), loaded by the first preview

        ok, result = self._call(pledges.preview_template, self.kind(), out, title=title, body=body,
                                retention_target=target or None, today=self.page.today)
        if not ok:
            return None
        self.error.clear_error()
        self.page.open_preview(result.path, self.tr("Sample: {kind}").format(kind=kind_text(self.kind())))
        return result.path


