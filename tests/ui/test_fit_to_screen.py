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


def test_a_flow_layout_wraps_instead_of_widening_its_window(qtbot):
    from PySide6.QtWidgets import QPushButton

    from app.ui.fitting import FlowLayout

    w = QWidget()
    qtbot.addWidget(w)
    flow = FlowLayout(w)
    buttons = [QPushButton(f"A rather long button number {n}") for n in range(6)]
    for b in buttons:
        flow.addWidget(b)
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest  # never more than its widest item
    one_row = flow.heightForWidth(10_000)
    assert flow.heightForWidth(widest) >= 6 * buttons[0].sizeHint().height() > one_row  # one a row when narrow
    w.resize(widest * 3 + 40, flow.heightForWidth(widest * 3 + 40))
    w.show()
    qtbot.waitExposed(w)
    rows = sorted({b.y() for b in buttons})
    assert len(rows) == 2 and all(w.rect().contains(b.geometry()) for b in buttons)


def test_a_narrowed_drop_down_asks_for_a_few_characters_and_says_the_choice_in_its_tooltip(qtbot):
    from PySide6.QtWidgets import QComboBox

    from app.ui.fitting import narrow_combos

    w = QWidget()
    qtbot.addWidget(w)
    layout = QVBoxLayout(w)
    long_one, chosen = QComboBox(), QComboBox()
    long_one.addItem("家长责任书(学校—家长),一份给监护人一份留校存档,全校打印" * 2)
    long_one.setToolTip("What to print")
    chosen.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    chosen.addItem("九年级(1)班 (my class)")
    layout.addWidget(long_one)
    layout.addWidget(chosen)
    before = long_one.minimumSizeHint().width()
    narrow_combos(w)
    assert long_one.minimumSizeHint().width() <= 200 < before
    assert long_one.toolTip().startswith(long_one.currentText()) and long_one.toolTip().endswith("What to print")
    assert chosen.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContents  # its window's choice stays
