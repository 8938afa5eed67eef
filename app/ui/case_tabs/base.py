"""The base of the case file's tabs: what is on file on the left, a form to add one on the right."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal, Slot
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QTableView,
                               QTextBrowser, QVBoxLayout, QWidget)

from app import cases
from app.errors import BaoxueError, ValidationError
from app.ui.models import RowTableModel
from app.ui.widgets import (error_text, ErrorLabel, add_field, clear_errors, guarded, hint_label, setup_table, show_error,
                            show_under_field, side_by_side, text_box)


def compact_text_box(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    return text_box(placeholder, lines, grow=3)  # the case file's forms stay compact


def esc(text) -> str:
    return html.escape(str(text or ""))


# --- a tab: what is on file, and a form to add one -------------------------------------------------------


class RecordTab(QWidget):
    """Base of the dialog's tabs: a list (optional) on the left, a form on the right, Save at the bottom.

    Subclasses build their fields with :meth:`add_field` naming the service's
    ``ValidationError.field`` values each field answers to, and implement
    :meth:`submit` (one ``ctx.run``), :meth:`show_case` and :meth:`reset`.
    """

    #: emitted after a successful save (the dialog reloads)
    saved = Signal()

    def __init__(self, dialog: "CaseDialog", *, with_list: bool = True):
        super().__init__()
        self.dialog = dialog
        self.ctx = dialog.ctx
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self.form_box = QWidget()
        outer = QVBoxLayout(self.form_box)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)  # the fields keep their height; the space goes below them
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form_error = ErrorLabel()
        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.setMinimumHeight(34)
        self.save_button.clicked.connect(self._save_clicked)
        self.closed_hint = hint_label("")
        self.closed_hint.setVisible(False)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form_box)
        self.form_title = QLabel()
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.form_title)
        right_layout.addWidget(self.closed_hint)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.form_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        self.right = right

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if with_list:
            self.list_title = QLabel()
            self.list_title.setFont(font)
            self.table = QTableView()
            self.detail = QTextBrowser()
            self.detail.setOpenLinks(False)
            left = QWidget()
            left_layout = QVBoxLayout(left)
            left_layout.setContentsMargins(0, 0, 6, 0)
            left_layout.addWidget(self.list_title)
            left_layout.addWidget(self.table, 3)
            left_layout.addWidget(self.detail, 2)
            layout.addWidget(side_by_side(left, right, (2, 3), sizes=[420, 640]))
        else:
            self.table = None
            self.detail = None
            right.setMaximumWidth(780)  # a short form reads better than one stretched across the dialog
            row = QHBoxLayout()
            row.addWidget(right, 1)
            row.addStretch(0)
            layout.addLayout(row)

    # --- building ------------------------------------------------------------------------------------

    def name_form(self, title: str, save_text: str, save_name: str, *, list_title: str | None = None) -> None:
        """The tab's headings, and its Save button's text and name."""
        if list_title is not None:
            self.list_title.setText(list_title)
        self.form_title.setText(title)
        self.save_button.setText(save_text)
        self.save_button.setObjectName(save_name)

    def set_model(self, model: RowTableModel) -> None:
        self.model = model
        setup_table(self.table, model)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current, _previous) -> None:
        self.show_detail(self.model.row_at(current))

    def add_field(self, label: str, widget: QWidget, *service_fields: str, layout: QFormLayout | None = None,
                  ) -> ErrorLabel:
        """A labelled field with its error label under it; ``service_fields`` are the names the service uses."""
        return add_field(self.fields, layout or self.form, label, widget, *service_fields)

    # --- saving ---------------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        clear_errors(self.fields, self.form_error)

    def show_refusal(self, exc: BaoxueError) -> None:
        """Under the field the service names; otherwise (closed case, permission) in a message box."""
        if not (isinstance(exc, ValidationError) and show_under_field(self.field_for(exc.field), exc)):
            show_error(self, error_text(exc))

    def field_for(self, service_field: str) -> tuple[QWidget, ErrorLabel] | None:
        return self.fields.get(service_field)

    @Slot()
    def _save_clicked(self) -> None:
        # slots return nothing: a value returned to a PySide slot call corrupts its reference count
        self.save()

    def save(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        self.clear_errors()
        if not self.confirm_save():
            return False
        ok, _ = guarded(self, self.submit, self.show_refusal)
        if not ok:
            return False
        self.reset()
        self.guard.mark_clean()
        self.saved.emit()
        return True

    def confirm_save(self) -> bool:
        return True

    def run(self, fn, *args, **kwargs):
        """One service call in one transaction, announced as "cases"."""
        return self.ctx.run(fn, *args, today=self.dialog.today(), **kwargs)

    # --- hooks -----------------------------------------------------------------------------------------

    def submit(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def reset(self) -> None:
        """Empty the form after a save (and when the dialog opens)."""

    def show_case(self, view: cases.CaseView) -> None:
        """Show what is on file; called after every reload."""

    def show_detail(self, row) -> None:
        if self.detail is not None:
            self.detail.setHtml(self.detail_html(row) if row is not None else
                                "<p style='color:#777'>" + esc(QCoreApplication.translate(
                                    "CaseDialog", "Nothing on file yet.")) + "</p>")

    def detail_html(self, row) -> str:
        return ""

    def set_open(self, editable: bool, why: str) -> None:
        """Enable the form only while the case is open and the user may work on it."""
        self.form_box.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.closed_hint.setText(why)
        self.closed_hint.setVisible(bool(why))

    def first_field(self) -> QWidget | None:
        return None

    def tab_chain(self, *widgets: QWidget) -> None:
        """Tab walks the form in the order it reads (the buttons are made before the fields)."""
        for first, second in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(first, second)

    def _fill_list(self, rows: list) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(len(rows) - 1)
        else:
            self.show_detail(None)


def detail_table(pairs: list[tuple[str, str]]) -> str:
    """What is on file, as a two-column table (a label, its value); empty values are left out."""
    rows = "".join(f"<tr><td style='color:#555;padding-right:8px;white-space:nowrap' valign='top'>{esc(k)}</td>"
                   f"<td>{esc(v).replace(chr(10), '<br>')}</td></tr>" for k, v in pairs if v)
    return f"<table cellspacing='2'>{rows}</table>"
