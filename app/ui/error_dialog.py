"""When something breaks: a plain message instead of a crash, the log folder, the problem report.

:func:`install_exception_hooks` (at the window's start, app/ui/app.py) replaces ``sys.excepthook``
and ``threading.excepthook``: an exception nobody caught — in a slot, a Qt virtual such as
``paintEvent``, a timer, a worker thread — is written to the log with its traceback
(:mod:`app.logs`) and shown in an :class:`ErrorDialog` that says, in Chinese, that the data is safe
and what to do, and offers to save a problem report. Exceptions of other threads are shown on the
GUI thread. While one dialog is open, further exceptions are only logged (a broken ``paintEvent``
would otherwise stack dialogs without end).

:func:`save_problem_report` (Help → Save a problem report…, and the dialog's button) writes the
zip of :func:`app.logs.write_problem_report` with the names of the open school's people masked.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import logs
from app.errors import BaoxueError
from app.ui.widgets import documents_dir, save_path, show_error, show_info, title_label

log = logging.getLogger(__name__)
_context: dict = {"db": None}


def register_database(db) -> None:
    """The school's database in use (its people's names are masked in a problem report)."""
    _context["db"] = db


def log_folder() -> Path:
    folder = logs.current_log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_log_folder() -> bool:
    """Help → Open the log folder: the system's file manager on it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_folder())))


def report_facts(db=None) -> dict[str, str]:
    """The problem report's versions, with Qt's and the schema revision of ``db``."""
    import PySide6
    from PySide6.QtCore import qVersion

    from app.ui.app import ui_language

    revision = head = None
    if db is not None:
        from app.data.db import current_revision, quick_head_revision

        try:
            revision = current_revision(db.engine)
        except Exception:  # noqa: BLE001 - a broken database must not stop the report
            revision = "无法读取"
        head = quick_head_revision()
    return logs.system_facts(data_dir=db.paths.root if db is not None else None, revision=revision, head=head,
                             extra={"Qt": qVersion(), "PySide6": PySide6.__version__,
                                    "界面语言": ui_language()})


def _names(db) -> set[str]:
    if db is None:
        return set()
    try:
        with db.session() as session:
            return logs.personal_names(session)
    except Exception:  # noqa: BLE001 - IDs and phones are still masked; say so in the log
        log.warning("names of the school could not be read for masking", exc_info=True)
        return set()


def save_problem_report(parent: QWidget | None, db=None, path: str | Path | None = None) -> Path | None:
    """Choose where, then write the report; None when the user cancelled or it failed (the reason shown)."""
    db = db if db is not None else _context["db"]
    title = QCoreApplication.translate("ProblemReport", "Save a problem report")
    path = save_path(parent, path, title=title, suffix=".zip",
                     suggested=documents_dir() / f"baoxue-problem-report-{datetime.now():%Y%m%d-%H%M}.zip",
                     file_filter=QCoreApplication.translate("ProblemReport", "Zip archive (*.zip)"))
    if path is None:
        return None
    try:
        logs.write_problem_report(path, names=_names(db), facts=report_facts(db))
    except BaoxueError as exc:
        show_error(parent, str(exc), title)
        return None
    show_info(parent, QCoreApplication.translate(
        "ProblemReport", "The problem report was saved to:\n{path}\n\nIt holds the program's log and the versions "
                         "of the program and the computer. ID numbers, phone numbers and the names of students, "
                         "guardians and staff are masked. Send it to whoever looks after Baoxue for you.").format(
        path=str(path)), title)
    return path


class ErrorDialog(QDialog):
    """An error nobody expected: what happened in plain words, the details folded away."""

    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ErrorDialog")
        self.setWindowTitle(self.tr("Baoxue ran into a problem"))
        self.message = QLabel(self.tr(
            "Something went wrong inside the program, and what you just did may not have finished.\n"
            "Your data is safe: nothing is ever half-saved. You can go on working.\n\n"
            "The problem was written to the log. If it happens again, save a problem report and send "
            "it to whoever looks after Baoxue for you."))
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)
        self.toggle = QPushButton(self.tr("Show details"))
        self.toggle.setObjectName("toggleDetails")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_details)
        self.report_button = QPushButton(self.tr("Save a problem report\u2026"))
        self.report_button.setObjectName("saveReport")
        self.report_button.clicked.connect(lambda: save_problem_report(self))
        self.folder_button = QPushButton(self.tr("Open the log folder"))
        self.folder_button.setObjectName("openLogs")
        self.folder_button.clicked.connect(open_log_folder)
        buttons = QDialogButtonBox()
        buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        ok = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Baoxue ran into a problem"), grow=2))
        layout.addWidget(self.message)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped message needs at the dialog's width (a longer language wraps onto more lines)."""
        self.adjustSize()
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.layout().totalHeightForWidth(self.width())))

    @Slot(bool)
    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self._fit_height()


class _Relay(QObject):
    """Carries an exception of another thread to the GUI thread (it lives there: the slot runs there)."""

    raised = Signal(str)

    @Slot(str)
    def show(self, details: str) -> None:
        show_exception_dialog(details)


_hooks: dict = {"relay": None, "showing": False, "previous": None, "previous_thread": None}


def show_exception_dialog(details: str) -> None:
    """Show :class:`ErrorDialog` (on the GUI thread), unless one is already open."""
    from app.ui.app import exec_dialog

    if _hooks["showing"] or QApplication.instance() is None:
        return
    _hooks["showing"] = True
    try:
        parent = QApplication.activeWindow()
        dialog = ErrorDialog(details, parent)
        exec_dialog(dialog)
        dialog.deleteLater()
    except Exception:  # noqa: BLE001 - the dialog itself failed: the log has the first error
        log.exception("the error dialog could not be shown")
    finally:
        _hooks["showing"] = False


def _details(exc_type, exc, tb) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        (_hooks["previous"] or sys.__excepthook__)(exc_type, exc, tb)
        return
    logs.log_exception(exc_type, exc, tb)
    details = _details(exc_type, exc, tb)
    app = QApplication.instance()
    if app is not None and QThread.currentThread() is app.thread():
        show_exception_dialog(details)
    elif _hooks["relay"] is not None:
        _hooks["relay"].raised.emit(details)


def _thread_excepthook(args) -> None:
    if args.exc_type is SystemExit:
        return
    logs.log_exception(args.exc_type, args.exc_value, args.exc_traceback,
                       where=f"thread {args.thread.name if args.thread else '?'}")
    if _hooks["relay"] is not None:
        _hooks["relay"].raised.emit(_details(args.exc_type, args.exc_value, args.exc_traceback))


def install_exception_hooks() -> None:
    """Log every uncaught exception and show :class:`ErrorDialog` instead of a crash (once per process)."""
    if _hooks["relay"] is None:
        relay = _Relay()
        app = QApplication.instance()
        if app is not None:
            relay.moveToThread(app.thread())
        relay.raised.connect(relay.show, Qt.ConnectionType.QueuedConnection)
        _hooks["relay"] = relay
    if sys.excepthook is not _excepthook:
        _hooks["previous"] = sys.excepthook
        sys.excepthook = _excepthook
    if threading.excepthook is not _thread_excepthook:
        _hooks["previous_thread"] = threading.excepthook
        threading.excepthook = _thread_excepthook


def uninstall_exception_hooks() -> None:
    """Put back the hooks found by :func:`install_exception_hooks` (tests)."""
    if sys.excepthook is _excepthook:
        sys.excepthook = _hooks["previous"] or sys.__excepthook__
    if threading.excepthook is _thread_excepthook:
        threading.excepthook = _hooks["previous_thread"] or threading.__excepthook__
