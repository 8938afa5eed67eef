"""草稿 — what is typed in a dialog is kept as a draft while it is typed, and offered back after a crash.

:class:`DraftKeeper` watches a dialog's input widgets; a moment after the last change (a
single-shot :class:`QTimer`, :data:`DELAY_MS`) it writes the form to the user's sealed draft file
for that record (:class:`app.drafts.DraftStore`: encrypted, atomic, in the school's data folder),
or removes the file when nothing unsaved is left. The dialog calls :meth:`DraftKeeper.start` once
it is filled from the database; if a draft of the same record by the same user is on file, the
user is asked "恢复上次未保存的草稿?" when the dialog is first shown (Restore / Discard). Saving
the form or closing it over nothing (or over a discard the user confirmed) removes the draft; a
crash, a power cut or a killed process leaves it.

:func:`form_fields` finds the input widgets under a widget (line edits, text boxes, drop-downs,
dates, times, check boxes, spin boxes), keyed by their object name or by their kind and place;
:func:`field_values` / :func:`restore_values` turn them into plain JSON values and back.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTime, QTimer, Slot
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QCalendarWidget, QComboBox,
                               QDateEdit, QDoubleSpinBox, QLineEdit, QMessageBox, QPlainTextEdit, QSpinBox, QTextEdit,
                               QTimeEdit, QWidget)

from app.drafts import DraftStore

log = logging.getLogger(__name__)

#: how long after the last keystroke the draft is written
DELAY_MS = 600

FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QTimeEdit, QSpinBox, QDoubleSpinBox,
          QAbstractButton)


def _is_field(w: QWidget) -> bool:
    if isinstance(w, QAbstractButton):
        return w.isCheckable()
    return isinstance(w, FIELDS)


def form_fields(root: QWidget) -> dict[str, QWidget]:
    """The input widgets under ``root`` in the order they were made: ``{key: widget}``.

    The key is the widget's object name when it has one, else its kind and number (``QLineEdit#3``):
    the same dialog built by the same code gives the same keys. The insides of a field (a drop-down's
    or a date's own line edit), lists and calendars are not fields.
    """
    out: dict[str, QWidget] = {}
    counts: Counter[str] = Counter()

    def walk(parent: QWidget) -> None:
        for child in parent.children():
            if not isinstance(child, QWidget):
                continue
            if _is_field(child):
                kind = type(child).__name__
                counts[kind] += 1
                name = child.objectName()
                key = name if name and not name.startswith("qt_") and name not in out else f"{kind}#{counts[kind]}"
                out[key] = child
                if not isinstance(child, (QComboBox, QAbstractSpinBox)):
                    walk(child)  # a checkable group box holds fields
            elif not isinstance(child, (QAbstractItemView, QCalendarWidget, QAbstractSpinBox)):
                walk(child)

    walk(root)
    return out


def _json_data(value):
    return value if value is None or isinstance(value, (str, int, float, bool)) else None


def value_of(w: QWidget):
    """The widget's content as plain JSON data."""
    if isinstance(w, QComboBox):
        return {"data": _json_data(w.currentData()), "index": w.currentIndex(),
                "text": w.currentText() if w.isEditable() else None}
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        return w.toPlainText()
    if isinstance(w, QDateEdit):
        return w.date().toString(Qt.DateFormat.ISODate)
    if isinstance(w, QTimeEdit):
        return w.time().toString("HH:mm:ss")
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        return w.value()
    if isinstance(w, QAbstractButton):
        return w.isChecked()
    return None


def set_value(w: QWidget, value) -> None:
    """Put a value :func:`value_of` gave back into its widget (a value of the wrong shape is skipped)."""
    if isinstance(w, QComboBox) and isinstance(value, dict):
        i = w.findData(value.get("data")) if value.get("data") is not None else -1
        if i < 0 and isinstance(value.get("index"), int) and value["index"] < w.count():
            i = value["index"]
        if i >= 0:
            w.setCurrentIndex(i)
        if w.isEditable() and isinstance(value.get("text"), str):
            w.setEditText(value["text"])
    elif isinstance(w, QLineEdit) and isinstance(value, str):
        w.setText(value)
    elif isinstance(w, (QPlainTextEdit, QTextEdit)) and isinstance(value, str):
        w.setPlainText(value)
    elif isinstance(w, QDateEdit) and isinstance(value, str):
        day = QDate.fromString(value, Qt.DateFormat.ISODate)
        if day.isValid():
            w.setDate(day)
    elif isinstance(w, QTimeEdit) and isinstance(value, str):
        t = QTime.fromString(value, "HH:mm:ss")
        if t.isValid():
            w.setTime(t)
    elif isinstance(w, QSpinBox) and isinstance(value, int) and not isinstance(value, bool):
        w.setValue(value)
    elif isinstance(w, QDoubleSpinBox) and isinstance(value, (int, float)) and not isinstance(value, bool):
        w.setValue(float(value))
    elif isinstance(w, QAbstractButton) and isinstance(value, bool):
        w.setChecked(value)


def editable(w: QWidget) -> bool:
    return w.isEnabled() and not (isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox))
                                  and w.isReadOnly())


def field_values(fields: dict[str, QWidget]) -> dict:
    """``{key: value}`` of the fields the user can change (read-only ones hold no typing)."""
    return {key: value_of(w) for key, w in fields.items() if editable(w)}


def restore_values(fields: dict[str, QWidget], values: dict) -> None:
    for key, value in values.items():
        w = fields.get(key)
        if w is not None and editable(w):
            set_value(w, value)


def changed_signals(w: QWidget):
    """The signals that say the user changed ``w``."""
    if isinstance(w, QComboBox):
        return [w.currentIndexChanged] + ([w.editTextChanged] if w.isEditable() else [])
    if isinstance(w, QLineEdit):
        return [w.textChanged]
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        return [w.textChanged]
    if isinstance(w, QDateEdit):
        return [w.dateChanged]
    if isinstance(w, QTimeEdit):
        return [w.timeChanged]
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        return [w.valueChanged]
    if isinstance(w, QAbstractButton):
        return [w.toggled]
    return []


def ask_restore(parent: QWidget) -> bool:
    """恢复上次未保存的草稿? — Restore (the default) or Discard."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("DraftKeeper", "Unsaved draft"),
                      QCoreApplication.translate("DraftKeeper", "Restore the draft you did not save last time?"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("draftQuestion")
    restore = box.addButton(QCoreApplication.translate("DraftKeeper", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("DraftKeeper", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.setInformativeText(QCoreApplication.translate(
        "DraftKeeper", "It was kept while you typed; the window was closed without saving it "
                       "(the program stopped, or the computer lost power)."))
    return ask(box) is restore


def ask(box: QMessageBox):
    """Run the question; the button clicked (tests replace this to answer it)."""
    box.exec()
    return box.clickedButton()


class DraftKeeper(QObject):
    """Keeps one dialog's unsaved input as the user's draft of one record (see the module's text).

    ``values()`` gives the form as plain data, ``restore(values)`` puts it back, ``dirty()`` says
    whether anything unsaved is on the form (nothing unsaved: the draft is removed).
    """

    def __init__(self, dialog: QWidget, store: DraftStore, kind: str, record: str, *,
                 values: Callable[[], dict], restore: Callable[[dict], None], dirty: Callable[[], bool]):
        super().__init__(dialog)
        self.dialog, self.store, self.kind, self.record = dialog, store, kind, record
        self._values, self._restore, self._dirty = values, restore, dirty
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.pending: dict | None = None  # a draft on file, not offered yet
        self.armed = False  # writing drafts (after the offer, so that filling the form does not erase one)
        self._watched: set[int] = set()
        self.restored = False
        dialog.installEventFilter(self)  # the draft on file is offered when the dialog is first shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is getattr(self, "dialog", None) and self.pending is not None:
            QTimer.singleShot(0, self, self.offer)
        return False

    @classmethod
    def for_dialog(cls, dialog: QWidget, ctx, kind: str, record, **callbacks) -> DraftKeeper:
        store = DraftStore.for_database(ctx.db, ctx.actor.user_id, ctx.actor.username)
        return cls(dialog, store, kind, str(record), **callbacks)

    def watch(self, root: QWidget) -> None:
        """Write the draft a moment after any field under ``root`` changes (fields made later: call again)."""
        for w in form_fields(root).values():
            if id(w) in self._watched:
                continue
            self._watched.add(id(w))
            for signal in changed_signals(w):
                signal.connect(self.touch)

    @Slot()
    def touch(self, *_args) -> None:
        if self.armed:
            self.timer.start()

    def start(self) -> None:
        """The form is filled: look for a draft on file (offered when the dialog is shown) or start keeping one."""
        if not self.store.enabled:
            return
        self.pending = self.store.load(self.kind, self.record)
        if self.pending is None:
            self.armed = True
        elif self.dialog.isVisible():
            QTimer.singleShot(0, self, self.offer)

    @Slot()
    def offer(self) -> bool:
        """Ask to restore the draft on file; True when it was restored."""
        values, self.pending = self.pending, None
        if values is None:
            return False
        if ask_restore(self.dialog):
            try:
                self._restore(values)
            except Exception:  # a draft of an older form: what could be put back is back, the rest is logged
                log.exception("draft %s %s only partly restored", self.kind, self.record)
            self.restored = True
        else:
            self.store.discard(self.kind, self.record)
        self.armed = True
        if self.restored:
            self.flush()
        return self.restored

    @Slot()
    def flush(self) -> None:
        """Write the draft now (or remove it when nothing unsaved is left)."""
        self.timer.stop()
        if not self.armed:
            return
        if self._dirty():
            self.store.save(self.kind, self.record, self._values())
        else:
            self.store.discard(self.kind, self.record)

    def discard(self) -> None:
        """The form was saved, or the user threw the typing away: no draft is left (one not offered yet stays)."""
        self.timer.stop()
        if self.armed:
            self.store.discard(self.kind, self.record)

    def exists(self) -> bool:
        return self.store.enabled and self.store.path(self.kind, self.record).exists()


__all__ = ["DELAY_MS", "DraftKeeper", "ask", "ask_restore", "field_values", "form_fields", "restore_values"]
