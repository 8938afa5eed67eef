"""The first-run wizard driven by keyboard only, as a new user would (issue #15, item 2).

Enter does the visible default of each page, Tab moves between fields, Esc closes. The paths of the
two branches (a real school, the demo school) never cross: the three bugs of the issue — Enter on the
review page saved the school *and* started the demo; Enter on the demo-ready page went on to the real
school's key page; Back and save again said the school was set up already — each have a test here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWizard

from app import school
from app.paths import demo_data_dir
from tests.conftest import TODAY

ENTER, TAB, ESC = Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Escape


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes are recorded; questions answer ``boxes.answer`` (Cancel — keep editing — by default)."""

    class Boxes(list):
        answer = QMessageBox.StandardButton.Cancel

    shown = Boxes()
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a, _k=kind, **kw: shown.append((_k, text)))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, title, text, *a, **k: (shown.append(("question", text)), shown.answer)[1])
    return shown


@pytest.fixture
def wizard(qtbot, db, monkeypatch):
    from app.ui import wizard as wizard_module

    monkeypatch.setattr(wizard_module, "DEMO_STUDENTS", 40)  # a small demo school: the paths, not the builder
    w = wizard_module.FirstRunWizard(db, today=TODAY)
    qtbot.addWidget(w, before_close_func=lambda x: x.guard.mark_clean())  # the test's teardown, not a user: no question
    w.visited = []  # the pages shown, in order (the first one when the wizard opens)
    w.currentIdChanged.connect(w.visited.append)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield w
    w.cancel_demo()
    w._wait_for_tasks()
    if w.result_database is not None and w.result_database is not db:
        w.result_database.close()


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard is now (the focused field), as the user presses it."""
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(text: str) -> None:
    """Typed into the focused field: ASCII key by key, Chinese as an input method sends it (one key event
    carrying the character, since QTest knows no key for it)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClick(QApplication.focusWidget(), ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, QApplication.focusWidget(), Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def button(w: QWizard, which: QWizard.WizardButton):
    return w.button(which)


def assert_default_is(w: QWizard, which: QWizard.WizardButton) -> None:
    """``which`` is the one visible, enabled default button: what Enter does."""
    defaults = [b for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton)
                if button(w, b).isVisible() and button(w, b).isDefault()]
    assert defaults == [which]


def fill_school_by_keyboard(w) -> None:
    """The school page by keyboard: each field typed, Tab to the next one."""
    page = w.school_page
    assert page.code_edit.hasFocus()
    for text in ("3161000999", "马道镇中心小学", "610729", "留坝县", "马道镇", "", "0916-3921026", "李校长"):
        type_text(text)
        press(TAB)
    assert page.values()["phone"] == "0916-3921026" and page.values()["principal_name"] == "李校长"


def fill_admin_by_keyboard(w, password="secret-1") -> None:
    page = w.admin_page
    assert page.username_edit.hasFocus() and page.username_edit.text() == "admin"
    press(TAB)
    type_text("张明")
    press(TAB)
    type_text(password)
    press(TAB)
    type_text(password)


def to_summary_by_keyboard(w) -> None:
    from app.ui.wizard import PAGE_ADMIN, PAGE_KEY, PAGE_SCHOOL, PAGE_SUMMARY

    assert_default_is(w, QWizard.WizardButton.NextButton)
    press(ENTER)  # "Set up my school" is chosen by default
    assert w.currentId() == PAGE_SCHOOL
    press(ENTER)  # an empty form cannot go on: Enter does nothing
    assert w.currentId() == PAGE_SCHOOL
    fill_school_by_keyboard(w)
    press(ENTER)
    assert w.currentId() == PAGE_ADMIN
    fill_admin_by_keyboard(w)
    press(ENTER)
    assert w.currentId() == PAGE_KEY
    assert w.key_page.passphrase_edit.hasFocus()
    type_text("school-key-1")
    press(TAB)
    type_text("school-key-1")
    press(ENTER)
    assert w.currentId() == PAGE_SUMMARY


def test_the_school_path_by_keyboard_saves_the_school_and_never_starts_the_demo(wizard, db, boxes):
    from app.ui.wizard import PATHS

    to_summary_by_keyboard(wizard)
    assert not button(wizard, QWizard.WizardButton.NextButton).isVisible()  # the branch's last page
    assert_default_is(wizard, QWizard.WizardButton.FinishButton)
    press(ENTER)  # Enter on the review page: save — and nothing else
    assert wizard.result() == QDialog.DialogCode.Accepted and not wizard.isVisible()
    assert wizard.visited == list(PATHS["school"])
    assert boxes == []
    assert wizard.result_database is db and wizard.login_username == "admin"
    assert wizard._tasks == [] and not demo_data_dir().exists()  # the demo was never started
    with db.transaction() as s:
        assert school.get_school(s).name == "马道镇中心小学"


def test_the_demo_path_by_keyboard_ends_on_the_demo_page(qtbot, wizard, db, boxes):
    from app.ui.wizard import PAGE_DEMO, PATHS

    press(Qt.Key.Key_Down)  # the arrow moves the choice to the demo school
    assert wizard.welcome_page.demo_radio.isChecked()
    press(ENTER)
    assert wizard.currentId() == PAGE_DEMO
    assert not button(wizard, QWizard.WizardButton.NextButton).isVisible()
    finish = button(wizard, QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    press(ENTER)  # while it is being built Enter does nothing
    assert wizard.currentId() == PAGE_DEMO and wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.demo_info is not None or not wizard.demo_page.error.isHidden())
    assert wizard.demo_page.error.isHidden(), wizard.demo_page.error.text()
    assert_default_is(wizard, QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    press(ENTER)  # Enter on the demo-ready page opens the demo — not the real school's key page
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.visited == list(PATHS["demo"])
    assert wizard.result_database is not db and wizard.result_database.paths.root == demo_data_dir()
    with db.transaction() as s:
        assert not school.is_set_up(s)
    assert boxes == []


def test_back_from_the_review_and_save_saves_once(wizard, db, boxes):
    from app.ui.wizard import PAGE_KEY, PAGE_SUMMARY

    to_summary_by_keyboard(wizard)
    button(wizard, QWizard.WizardButton.BackButton).setFocus()
    press(Qt.Key.Key_Space)  # Back, by keyboard
    assert wizard.currentId() == PAGE_KEY
    wizard.key_page.passphrase2_edit.setFocus()
    press(ENTER)
    assert wizard.currentId() == PAGE_SUMMARY
    press(ENTER)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert boxes == []  # not "本数据目录已经设置了学校"
    assert wizard.save_school()  # a second save (a stray click) is no second setup_school
    assert boxes == []


def test_back_from_the_built_demo_to_the_school_path(qtbot, wizard, db, boxes):
    from app.ui.wizard import PAGE_SCHOOL, PAGE_WELCOME

    press(Qt.Key.Key_Down)
    press(ENTER)
    qtbot.waitUntil(lambda: wizard.demo_info is not None or not wizard.demo_page.error.isHidden())
    demo_db = wizard.result_database
    assert demo_db is not None
    button(wizard, QWizard.WizardButton.BackButton).click()
    assert wizard.currentId() == PAGE_WELCOME
    assert wizard.result_database is None and wizard.demo_info is None  # the demo is let go
    wizard.welcome_page.demo_radio.setFocus()  # the chosen one
    press(Qt.Key.Key_Up)
    assert wizard.welcome_page.setup_radio.isChecked()
    press(ENTER)
    assert wizard.currentId() == PAGE_SCHOOL  # the school's branch from its start


def test_esc_asks_before_losing_the_typed_school(wizard, db, boxes):
    press(ENTER)
    fill_school_by_keyboard(wizard)
    press(ESC)  # asked; the default answer keeps the wizard open with what was typed
    assert [kind for kind, _ in boxes] == ["question"] and ("学校" in boxes[0][1] or "school" in boxes[0][1])
    assert wizard.isVisible() and wizard.school_page.values()["name"] == "马道镇中心小学"
    boxes.answer = QMessageBox.StandardButton.Discard
    press(ESC)
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Rejected
    with db.transaction() as s:
        assert not school.is_set_up(s)


def test_esc_on_an_untouched_wizard_closes_without_asking(wizard, boxes):
    press(ESC)
    assert boxes == [] and not wizard.isVisible()


def test_esc_while_the_demo_is_built_stops_it(qtbot, wizard, db, boxes):
    press(Qt.Key.Key_Down)
    press(ENTER)
    press(ESC)
    assert not wizard.isVisible() and wizard.result_database is None
    assert not wizard.demo_running() and boxes == []
