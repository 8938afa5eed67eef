"""Long work off the UI thread, with a progress dialog and a cancel button.

The work function runs in a ``QThread`` and receives a ``progress(done, total,
label) -> bool`` callback; it returns False once the user pressed cancel, and
the service then raises (its transaction rolls back, nothing half-saved).
Results and errors come back to the UI thread through signals — no widget is
ever touched from the worker.
"""

from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import BaoxueError
from app.ui.widgets import error_text


class Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, bool)  # message, is_expected (BaoxueError) — False for a bug
    finished = Signal()

    def __init__(self, fn: Callable[[Callable[[int, int, str], bool]], Any]):
        super().__init__()
        self._fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, label: str = "") -> bool:
        self.progressed.emit(int(done), int(total), str(label))
        return not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaoxueError as exc:
            self.failed.emit(error_text(exc), True)
        except Exception as exc:  # a bug: show it, keep the app alive
            self.failed.emit(f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}", False)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class ProgressDialog(QProgressDialog):
    """A progress dialog where Esc (or closing the window) cancels, as the Cancel button does.

    QDialog turns Esc into ``reject()``, which only hides a QProgressDialog: the work
    went on behind a vanished dialog. Here it is the same as pressing Cancel.
    """

    def reject(self) -> None:
        if self._can_cancel():
            self.canceled.emit()  # what the Cancel button emits (Qt connects it to cancel())

    def _can_cancel(self) -> bool:
        return self.property("cancellable") is not False


class BackgroundTask(QObject):
    """Runs ``fn(progress)`` on a thread, optionally showing a modal progress dialog."""

    succeeded = Signal(object)
    failed = Signal(str, bool)
    done = Signal()

    def __init__(self, parent: QWidget | None, fn, *, title: str = "", label: str = "",
                 cancellable: bool = True, show_dialog: bool = True):
        super().__init__(parent)
        self.thread = QThread()
        self.worker = Worker(fn)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.succeeded.connect(self.succeeded)
        self.worker.failed.connect(self.failed)
        # QThread.quit is thread-safe: called directly on the worker's thread, so the thread ends even while
        # the GUI thread waits for it (a queued call would wait behind that very wait: a deadlock)
        self.worker.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.thread.finished.connect(self._on_finished)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            dlg = ProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            dlg.setProperty("cancellable", cancellable)
            dlg.setWindowTitle(title)
            dlg.setWindowModality(Qt.WindowModal)
            dlg.setMinimumDuration(300)
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            if not cancellable:
                dlg.setCancelButton(None)
            # The worker object lives on the busy thread: a signal connected to it would be queued
            # behind the very work it should stop. The task lives on the GUI thread, and cancel()
            # only sets a thread-safe flag, so the button (or Esc) reaches the job at once.
            dlg.canceled.connect(self.cancel, Qt.ConnectionType.DirectConnection)
            self.worker.progressed.connect(self._on_progress)
            self.dialog = dlg

    def start(self) -> None:
        self.thread.start()

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop (safe from any thread); it stops at its next progress report."""
        self.worker.cancel()

    @property
    def cancelled(self) -> bool:
        return self.worker.cancelled

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        if self.dialog is None or self.worker.cancelled:
            return  # a cancelled dialog stays closed while the job winds down
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if label:
            self.dialog.setLabelText(label)

    @Slot()
    def _on_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.done.emit()

    def is_running(self) -> bool:
        return self.thread.isRunning()
