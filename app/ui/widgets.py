"""Small helpers every window of the shell shares: message boxes, inline error labels, waiting for a task.

Message boxes go through the static ``QMessageBox`` functions, so tests patch
those once (``monkeypatch.setattr(QMessageBox, "critical", ...)``) instead of
each window's own code. A service error (:class:`~app.errors.BaoxueError`) is
shown with its own Chinese message, which names the field to fix.
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDateEdit, QFrame, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget

from app.errors import BaoxueError

# Rows a "resize to contents" column measures (QHeaderView.setResizeContentsPrecision): a sample,
# not every cell of a 5,000-pupil table (page open times in bench/bench_foundation.py)
SIZE_SAMPLE = 100

def documents_dir():
    """The user's Documents folder (where a save dialog starts), else the home folder."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A critical message box with the service's message (it says what to fix)."""
    QMessageBox.critical(parent, title or QCoreApplication.translate("Messages", "Cannot do that"), message)


def show_info(parent: QWidget | None, message: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("Messages", "Baoxue"), message)


def confirm(parent: QWidget | None, message: str, title: str | None = None) -> bool:
    """Yes/No question; No is the default so a stray Enter never does the risky thing."""
    answer = QMessageBox.question(
        parent, title or QCoreApplication.translate("Messages", "Please confirm"), message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def fit_to_screen(window: QWidget, width: int, height: int, available=None) -> None:
    """Size a window to (width, height), but never past the screen it opens on (a 1366×768 laptop).

    ``available`` is the screen's available geometry (for tests); by default the screen of the
    window's parent, else the primary screen. A window that would not fit is made to fit with a
    small margin, and its minimum size is lowered so no layout forces it past the screen.
    """
    from PySide6.QtGui import QGuiApplication

    if available is None:
        screen = (window.parentWidget().screen() if window.parentWidget() is not None else None) \
            or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
    if available is None:
        window.resize(width, height)
        return
    max_w, max_h = int(available.width() * 0.96), int(available.height() * 0.92)  # room for the title bar
    window.resize(min(width, max_w), min(height, max_h))
    minimum = window.minimumSize()
    if minimum.width() > max_w or minimum.height() > max_h:
        window.setMinimumSize(min(minimum.width(), max_w), min(minimum.height(), max_h))


class TypedTextGuard:
    """Remembers the text fields of a form, to ask before what the user typed is thrown away.

    ``mark_clean()`` after the form is (re)filled; ``is_dirty()`` is true when an editable
    text field holds text that was not there then. Drop-downs and dates are left out on
    purpose: they hold defaults, and a teacher who only picked a date has lost nothing.
    """

    def __init__(self, root: QWidget):
        self.root = root
        self._clean: dict[QWidget, str] = {}
        self.mark_clean()

    def _state(self) -> dict[QWidget, str]:
        out: dict[QWidget, str] = {}
        for w in self.root.findChildren(QWidget):
            if isinstance(w, QLineEdit) and not w.isReadOnly() and w.isEnabled():
                out[w] = w.text()
            elif isinstance(w, (QPlainTextEdit, QTextEdit)) and not w.isReadOnly() and w.isEnabled():
                out[w] = w.toPlainText()
        return out

    def mark_clean(self) -> None:
        self._clean = self._state()

    def is_dirty(self) -> bool:
        return any(text.strip() and text != self._clean.get(w, "") for w, text in self._state().items())


def confirm_discard(parent: QWidget | None, message: str | None = None) -> bool:
    """Ask before closing over unsaved typing; Cancel (keep editing) is the default."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Messages", "Discard what you typed?"),
        message or QCoreApplication.translate("Messages", "What you typed has not been saved. Close and lose it?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


def attempt(parent: QWidget | None, fn: Callable[..., Any], *args, title: str | None = None,
            **kwargs) -> tuple[bool, Any]:
    """Call ``fn(*args, **kwargs)``; a BaoxueError becomes a message box. Returns (ok, result)."""
    try:
        return True, fn(*args, **kwargs)
    except BaoxueError as exc:
        show_error(parent, str(exc), title)
        return False, None
    except Exception as exc:  # a bug in a service: say so, keep the program (the transaction rolled back)
        show_unexpected(parent, f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}")
        return False, None


def show_unexpected(parent: QWidget | None, message: str) -> None:
    """A bug (not a service error): say so plainly and keep the program running."""
    QMessageBox.critical(
        parent, QCoreApplication.translate("Messages", "Unexpected error"),
        QCoreApplication.translate(
            "Messages", "Something went wrong inside the program. Your data is safe: nothing was half-saved.\n\n"
                        "Please tell the person who looks after this computer:") + "\n\n" + message)


class ErrorLabel(QLabel):
    """Red, word-wrapped text placed under a field; empty (and hidden) when all is well."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def set_error(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))

    def clear_error(self) -> None:
        self.set_error(None)


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Grey explanatory text in a smaller font (paths, hints)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666666;")
    font = QFont(label.font())
    font.setPointSizeF(max(8.0, font.pointSizeF() - 1.5))
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def title_label(text: str, parent: QWidget | None = None, *, grow: float = 4.0) -> QLabel:
    """A large bold heading."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() + grow)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def wait_for(task) -> None:
    """Start a :class:`~app.ui.workers.BackgroundTask` and block (with a live event loop) until it is done."""
    # ``done`` is delivered through the UI thread's event queue, so it cannot fire before loop.exec() runs.
    loop = QEventLoop()
    task.done.connect(loop.quit)
    task.start()
    loop.exec()


def run_and_wait(parent: QWidget | None, fn: Callable[[Callable[..., bool]], Any], *, title: str, label: str,
                 cancellable: bool = False) -> tuple[bool, Any]:
    """``fn(progress)`` on a worker with a progress dialog, waited for; an error is shown. Returns (ok, result)."""
    from app.ui.workers import BackgroundTask

    outcome: dict[str, Any] = {}
    task = BackgroundTask(parent, fn, title=title, label=label, cancellable=cancellable)
    task.succeeded.connect(lambda result: outcome.setdefault("result", result))
    task.failed.connect(lambda message, expected: outcome.setdefault("error", (message, expected)))
    wait_for(task)
    if "error" in outcome:
        message, expected = outcome["error"]
        show_error(parent, message, title) if expected else show_unexpected(parent, message)
        return False, None
    return True, outcome.get("result")


# --- dates and text fields the forms share ------------------------------------------------------------


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date) -> QDateEdit:
    """A date field with a calendar pop-up, shown as 2026-11-27."""
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def text_box(placeholder: str = "", lines: int = 3, *, grow: int | None = None) -> QPlainTextEdit:
    """A several-line text field that Tab leaves (forms are filled with the keyboard).

    ``grow``: how many lines it may grow beyond ``lines`` in a stretching layout (None: no limit).
    """
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    if grow is not None:
        box.setMaximumHeight(height + box.fontMetrics().lineSpacing() * grow)
    return box
