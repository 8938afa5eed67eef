"""Windows fit the laptop's screen (issue #15, item 3): never sized past the available screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.widgets import fit_to_screen

LAPTOP = QRect(0, 0, 1366, 768)


def test_a_window_wanting_more_than_the_laptop_gets_the_laptop(qtbot):
    w = QDialog()
    qtbot.addWidget(w)
    fit_to_screen(w, 1120, 900, LAPTOP)
    assert w.width() == 1120 and w.height() <= 768 * 0.92 + 1


def test_a_small_window_keeps_its_size(qtbot):
    w = QDialog()
    qtbot.addWidget(w)
    fit_to_screen(w, 620, 500, LAPTOP)
    assert (w.width(), w.height()) == (620, 500)


def test_a_minimum_size_larger_than_the_screen_is_lowered(qtbot):
    w = QDialog()
    qtbot.addWidget(w)
    w.setMinimumSize(1500, 900)
    fit_to_screen(w, 1500, 900, LAPTOP)
    assert w.minimumWidth() <= 1366 and w.minimumHeight() <= 768


def test_the_main_window_and_the_case_file_fit_the_screen_they_open_on(qtbot, school_db):
    from app.ui.main_window import MainWindow

    available = QGuiApplication.primaryScreen().availableGeometry()
    window = MainWindow(AppContext(school_db, school_db.actors["admin"]))
    qtbot.addWidget(window)
    assert window.width() <= available.width() and window.height() <= available.height()
    assert window.statusBar() is not None
