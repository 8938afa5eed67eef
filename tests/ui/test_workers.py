"""Long work obeys Cancel: the progress dialog's real button and Esc reach the busy worker at once.

The defect (issue #15): the dialog's ``canceled`` signal was connected to the worker, which
lives on the busy thread, so the cancel was queued behind the very work it should stop and
a whole-school print ran to the end. These tests press the real button (and Esc) while the
work runs and check that the work saw the cancel before it could finish.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from app.ui.workers import BackgroundTask

STEPS = 3000  # ~30 s of work at 10 ms a step: far longer than any cancel should take


def slow_work(started: threading.Event, seen: dict):
    def work(progress):
        for i in range(STEPS):
            if not progress(i, STEPS, f"第 {i} 份"):
                seen["stopped_at"] = i
                return "cancelled"
            started.set()
            threading.Event().wait(0.01)  # the work itself, not a test sleep
        seen["stopped_at"] = STEPS
        return "finished"
    return work


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def _run_and(qtbot, parent, press):
    started, seen = threading.Event(), {}
    task = BackgroundTask(parent, slow_work(started, seen), title="打印", label="正在打印…")
    results = []
    task.succeeded.connect(results.append)
    task.start()
    qtbot.waitUntil(started.is_set, timeout=10000)
    task.dialog.show()
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    press(task.dialog)
    with qtbot.waitSignal(task.done, timeout=15000):
        pass
    return task, results, seen


def test_the_real_cancel_button_stops_the_work(qtbot, parent):
    def click(dialog):
        buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
        assert len(buttons) == 1, "the dialog shows one Cancel button"
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    task, results, seen = _run_and(qtbot, parent, click)
    assert results == ["cancelled"] and seen["stopped_at"] < STEPS
    assert task.worker.cancelled


def test_escape_stops_the_work(qtbot, parent):
    task, results, seen = _run_and(qtbot, parent, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert results == ["cancelled"] and seen["stopped_at"] < STEPS


def test_after_cancel_the_dialog_says_it_is_stopping_and_stays_hidden_from_new_progress(qtbot, parent):
    started, seen = threading.Event(), {}
    gate = threading.Event()

    def work(progress):
        progress(0, 10, "")
        started.set()
        gate.wait(20)
        # the job reports once more after the cancel (as a service finishing its current step would)
        keep_going = progress(5, 10, "第 5 份")
        return "cancelled" if not keep_going else "finished"

    task = BackgroundTask(parent, work, title="打印", label="正在打印…")
    results = []
    task.succeeded.connect(results.append)
    task.start()
    qtbot.waitUntil(started.is_set, timeout=10000)
    task.dialog.show()
    qtbot.keyClick(task.dialog, Qt.Key.Key_Escape)
    assert task.worker.cancelled, "the cancel reached the worker while it was busy"
    gate.set()
    with qtbot.waitSignal(task.done, timeout=15000):
        pass
    assert results == ["cancelled"]
