"""The student form's pieces: fields marked invalid in red, error labels that keep their height, code
drop-downs, a date that may be left empty, and the editor of the guardians."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from app import codes
from app.students import GuardianInput
from app.ui.widgets import label_text, qdate as _qdate, pydate as _pydate
from app.ui.widgets import push_button

ERROR_COLOR = "#c62828"
#: the style sheet of a form whose fields are marked with set_invalid
INVALID_STYLE = f"""
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 1px solid {ERROR_COLOR}; border-radius: 3px; padding: 2px;
}}
QCheckBox[invalid="true"] {{ color: {ERROR_COLOR}; }}
QLabel[role="error"] {{ color: {ERROR_COLOR}; }}
QLabel[role="hint"] {{ color: #2e7d32; }}
"""


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class WrappingLabel(QLabel):
    """A word-wrapped label that keeps its full height inside grid layouts.

    Grid layouts ask a wrapped label for its height at its preferred width, not the width it gets, so a
    long reason is cut off; the label sets its minimum height for the width it really has.
    """

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(self.width()) if self.text() else 0
        if height > 0 and height != self.minimumHeight():
            self.setMinimumHeight(height)


def error_label() -> QLabel:
    label = WrappingLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def code_combo(table: dict, blank: str | None = None, current=None, *, name: str = "") -> QComboBox:
    """A combo of a code table; ``name``: the table's name in resources/messages/labels.tsv (its English)."""
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for key, label in table.items():
        combo.addItem(label_text(name, key, table) if name else str(label), key)
    combo.setMaxVisibleItems(20)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def set_combo(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index < 0 and value is not None:
        combo.addItem(str(value), value)  # a stored code the table no longer lists: show it, don't lose it
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


class OptionalDateEdit(QDateEdit):
    """A date edit that can be empty: its minimum date, shown as the special text, means "not filled in".

    When the calendar pops up on an empty field it opens on ``open_page`` instead of the minimum date.
    """

    def __init__(self, empty: date, special_text: str, open_page: tuple[int, int], parent: QWidget | None = None):
        super().__init__(parent)
        self._empty = empty
        self._open_page = open_page
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_qdate(empty))
        self.setMaximumDate(_qdate(date(2099, 12, 31)))
        self.setSpecialValueText(special_text)
        self.setDate(_qdate(empty))
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        d = _pydate(self.date())
        return None if d == self._empty else d

    def set_value(self, value: date | None) -> None:
        self.setDate(_qdate(value if value is not None else self._empty))

    def is_empty(self) -> bool:
        return self.value() is None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.is_empty():
            self.calendarWidget().setCurrentPage(*self._open_page)
        return super().eventFilter(watched, event)


class GuardianRow(QFrame):
    """One guardian: name, relation, phone, lives with the child, works away and where."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, guardian: GuardianInput | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Guardian's name"))
        self.relation_combo = code_combo(codes.RELATION, name="relation")
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("Mobile or landline"))
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.lives_check = QCheckBox(self.tr("Child lives with this guardian"))
        self.away_check = QCheckBox(self.tr("Works away from home"))
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Where (e.g. 广东东莞)"))
        self.remove_button = push_button(self.tr("Remove"), tooltip=self.tr("Remove this guardian"))
        self.remove_button.setAutoDefault(False)
        self.error_label = error_label()

        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 5)
        grid.addWidget(self.remove_button, 0, 5, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(QLabel(self.tr("Name")), 1, 0)
        grid.addWidget(self.name_edit, 1, 1)
        grid.addWidget(QLabel(self.tr("Relation")), 1, 2)
        grid.addWidget(self.relation_combo, 1, 3)
        grid.addWidget(QLabel(self.tr("Phone")), 1, 4)
        grid.addWidget(self.phone_edit, 1, 5)
        grid.addWidget(self.lives_check, 2, 0, 1, 2)
        grid.addWidget(self.away_check, 2, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("Work place")), 2, 4)
        grid.addWidget(self.place_edit, 2, 5)
        grid.addWidget(self.error_label, 3, 0, 1, 6)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(5, 2)

        self.touched = False
        if guardian is not None:
            self.set_value(guardian)
        self.place_edit.setEnabled(self.away_check.isChecked())
        self.away_check.toggled.connect(self.place_edit.setEnabled)
        for edit in (self.name_edit, self.phone_edit, self.place_edit):
            edit.textEdited.connect(self._edited)
        self.relation_combo.activated.connect(self._edited)
        for check in (self.lives_check, self.away_check):
            check.clicked.connect(self._edited)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def set_number(self, n: int) -> None:
        self.title.setText(self.tr("Guardian {n}").format(n=n))

    def set_value(self, g: GuardianInput) -> None:
        self.name_edit.setText(g.name)
        set_combo(self.relation_combo, g.relation)
        self.phone_edit.setText(g.phone)
        self.lives_check.setChecked(bool(g.lives_with_child))
        self.away_check.setChecked(bool(g.works_away))
        self.place_edit.setText(g.work_place)

    def value(self) -> GuardianInput:
        return GuardianInput(self.name_edit.text(), self.relation_combo.currentData() or "", self.phone_edit.text(),
                             self.lives_check.isChecked(), self.away_check.isChecked(), self.place_edit.text())

    def widget_for(self, part: str) -> QWidget:
        return {"name": self.name_edit, "relation": self.relation_combo, "phone": self.phone_edit,
                "work_place": self.place_edit}.get(part, self.name_edit)

    def show_errors(self, errors: list[tuple[str, str]]) -> None:
        """``errors``: (part, reason) pairs for this guardian, already filtered to what should be shown."""
        parts = {p for p, _ in errors}
        for part in ("name", "relation", "phone", "work_place"):
            set_invalid(self.widget_for(part), part in parts)
        labels = {"name": self.tr("Name"), "relation": self.tr("Relation"), "phone": self.tr("Phone"),
                  "work_place": self.tr("Work place")}
        self.error_label.setText("\n".join(f"{labels.get(p, p)}:{reason}" for p, reason in errors))
        self.error_label.setVisible(bool(errors))

    @Slot()
    def _edited(self, *_args) -> None:
        self.touched = True
        self.changed.emit()


class GuardianEditor(QWidget):
    """The list of guardians: add and remove rows; the service checks each one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[GuardianRow] = []
        self.hint = QLabel(self.tr("Enter at least one guardian with a phone number that works, "
                                   "so the school can reach the family."))
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add guardian"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row(touched=False, focus=True))
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(8)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self._rows_box)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(inner)
        self.empty_label = QLabel(self.tr("No guardian yet. Press \u201cAdd guardian\u201d."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self._renumber()

    def set_guardians(self, guardians: list[GuardianInput]) -> None:
        for row in list(self.rows):
            self._take(row)
        for g in guardians:
            self.add_row(g, touched=False, notify=False)
        self._renumber()

    def guardians(self) -> list[GuardianInput]:
        return [row.value() for row in self.rows]

    def add_row(self, guardian: GuardianInput | None = None, *, touched: bool = True, focus: bool = False,
                notify: bool = True) -> GuardianRow:
        row = GuardianRow(guardian)
        row.touched = touched
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        self._renumber()
        if focus:
            row.name_edit.setFocus()
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(row))
        if notify:
            self.changed.emit()
        return row

    @Slot(object)
    def remove_row(self, row: GuardianRow) -> None:
        if row in self.rows:
            self._take(row)
            self._renumber()
            self.changed.emit()

    def _take(self, row: GuardianRow) -> None:
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _renumber(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            row.set_number(n)
        self.empty_label.setVisible(not self.rows)
