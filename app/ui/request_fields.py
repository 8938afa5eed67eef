"""The editors of a request's details: one widget per field of the kind's details dataclass
(:data:`app.approvals.DETAILS`), what it holds as the service takes it, and how it shows a saved
value or a read-only request."""

from __future__ import annotations

import typing
from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QSpinBox, QWidget

from app import approvals as ap
from app.ui.request_text import END_SESSION_TEXT, LEAVE_KIND_TEXT, NO_DATE, START_SESSION_TEXT, translated
from app.ui.widgets import pydate as _pydate
from app.ui.widgets import set_read_only
from app.ui.widgets import qdate as _qdate

#: the widgets a details field may be edited in
EDITORS = (QDateEdit, QComboBox, QSpinBox, QCheckBox, QLineEdit)


def editor_for(name: str, hint, optional: bool, today: date, touch: Callable[..., None]) -> QWidget:
    """The editor of the field ``name`` of type ``hint``; ``touch`` is called when the user changes it."""
    types = typing.get_args(hint) or (hint,)
    if name == "leave_kind":
        return choice_combo(LEAVE_KIND_TEXT, touch)
    if name == "start_session":
        return choice_combo(START_SESSION_TEXT, touch)
    if name == "end_session":
        return choice_combo(END_SESSION_TEXT, touch)
    if name in ("class_id", "suspension_request_id", "case_id"):
        combo = QComboBox()
        combo.currentIndexChanged.connect(touch)
        return combo
    if date in types:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        if optional:
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(QCoreApplication.translate("RequestDialog", "(none)"))
            edit.setDate(NO_DATE)
        else:
            edit.setDate(_qdate(today))
        edit.dateChanged.connect(touch)
        return edit
    if bool in types:
        box = QCheckBox()
        box.toggled.connect(touch)
        return box
    if int in types:
        spin = QSpinBox()
        spin.setRange(1, 120)
        spin.setValue(6 if name == "months" else 1)
        spin.setSuffix(QCoreApplication.translate("RequestDialog", " months") if name == "months" else "")
        spin.valueChanged.connect(touch)
        return spin
    edit = QLineEdit()
    edit.setMaxLength(ap.MAX_TEXT)
    edit.textChanged.connect(touch)
    return edit


def choice_combo(table: dict[str, str], touch: Callable[..., None]) -> QComboBox:
    combo = QComboBox()
    for key, text in table.items():
        combo.addItem(translated("RequestFields", text), key)
    combo.currentIndexChanged.connect(touch)
    return combo


def editor_value(w: QWidget):
    """What the editor holds, as the service takes it (an empty optional date is None)."""
    if isinstance(w, QDateEdit):
        return None if w.date() == w.minimumDate() and w.specialValueText() else _pydate(w.date())
    if isinstance(w, QComboBox):
        return w.currentData()
    if isinstance(w, QSpinBox):
        return w.value()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    return w.text().strip()


def show_value(w: QWidget, value) -> None:
    """Put a saved value in its editor (a choice no longer offered is added as ``#id``)."""
    if isinstance(w, QDateEdit):
        w.setDate(_qdate(value) if value is not None else w.minimumDate())
    elif isinstance(w, QComboBox):
        i = w.findData(value)
        if i < 0 and value is not None:
            w.addItem(f"#{value}", value)
            i = w.count() - 1
        w.setCurrentIndex(max(0, i))
    elif isinstance(w, QSpinBox):
        w.setValue(int(value or 0))
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, QLineEdit):
        w.setText(str(value or ""))


def set_editable(w: QWidget, editable: bool) -> None:
    """Read-only fields keep black text (readable) on the window's background, without a frame; only choices
    that cannot be read-only are greyed."""
    if isinstance(w, (QLineEdit, QDateEdit, QSpinBox)):
        set_read_only(w, not editable)  # looks read-only: no frame, no arrows, the window's background
        if isinstance(w, QDateEdit):
            w.setCalendarPopup(editable)
        w.setEnabled(True)
    else:
        w.setEnabled(editable)


def is_editable(w: QWidget) -> bool:
    return not w.isReadOnly() if isinstance(w, (QLineEdit, QDateEdit, QSpinBox)) else w.isEnabled()
