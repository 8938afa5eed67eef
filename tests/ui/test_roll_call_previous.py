"""点名 with yesterday's roll call: a search shows yesterday's absentees first, and = (同昨日) marks them again
(issue #15 item 4) — by real keys on the real page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app import attendance
from app.ui.context import AppContext
from tests.conftest import TODAY
from tests.ui.test_roll_call_page import (THU, boxes, c3, class45, current_name, make_page, row_of,  # noqa: F401
                                          saved_marks)

ABSENT_THU = ["曹诗涵", "程雅琪", "魏博文"]


def take(db, class_id, day, marks: dict[int, str]):
    with db.transaction() as s:
        rc = attendance.open_roll_call(s, db.actors["wang"], class_id, day, today=day)
        attendance.submit_roll_call(s, db.actors["wang"], class_id, day, "day",
                                    {sid: (m, "") for sid, m in marks.items()}, rc.revision, today=day)


def test_a_search_shows_yesterdays_absentees_first_and_says_why(qtbot, school_db, class45, c3):
    take(school_db, c3, THU, {class45[n]: "absent" for n in ABSENT_THU})
    page = make_page(qtbot, school_db, show=True)
    assert page.model.find("c")[0] == row_of(page, "曹诗涵"), "absent yesterday: before 蔡欣怡 and 陈梓萱"
    keys = 0
    for name in ABSENT_THU:
        QTest.keyClick(page.table, name == "魏博文" and "w" or "c")
        keys += 1
        assert current_name(page) == name
        assert "absent (no reason) 11-26" in page.find_label.text(), "the search line says why this pupil came first"
        QTest.keyClick(page.table, Qt.Key.Key_5)
        keys += 1
    assert keys == 6 and page.missing_label.text().startswith("Not in school: 3")
    # a pupil just marked is not the one looked for next: "c" again goes on to the others
    QTest.keyClick(page.table, "c")
    assert current_name(page) == "蔡欣怡" and "absent (no reason)" not in page.find_label.text()
    QTest.keyClick(page.table, Qt.Key.Key_Escape)
    assert page.find_label.text() == ""
    QTest.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # 魏博文 back to present
    QTest.keyClick(page.table, "w")
    assert current_name(page) == "魏博文", "undone: the pupil is first again"


def test_same_as_yesterday_marks_them_in_one_key_and_one_ctrl_z_takes_them_back(qtbot, school_db, class45, c3,
                                                                                  boxes):
    take(school_db, c3, THU, {class45["曹诗涵"]: "absent", class45["程雅琪"]: "absent", class45["魏博文"]: "absent",
                              class45["王小明"]: "sick_leave", class45["李雨欣"]: "late"})
    with school_db.transaction() as s:  # back today with a leave: 程雅琪 is excused by it, not carried over
        attendance.add_leave(s, school_db.actors["reg"], class45["程雅琪"], "sick", TODAY, TODAY, today=TODAY)
    page = make_page(qtbot, school_db, show=True)
    assert page.same_button.isVisible() and page.same_button.isEnabled()
    assert page.same_button.text() == "Same as yesterday: 2 absent (=)"
    assert "曹诗涵、魏博文" in page.same_button.toolTip()
    QTest.keyClick(page.table, "z")
    QTest.keyClick(page.table, Qt.Key.Key_Equal)
    assert page.find_label.text() == "", "= ends a search, as a mark does"
    marks = {n: page.model.mark_of(class45[n]) for n in ["曹诗涵", "程雅琪", "魏博文", "王小明", "李雨欣"]}
    assert marks == {"曹诗涵": "absent", "程雅琪": "excused", "魏博文": "absent", "王小明": "present",
                     "李雨欣": "present"}, "only yesterday's unexcused absentees not on leave today"
    assert page.missing_label.text() == "Not in school: 3 (曹诗涵、程雅琪、魏博文)"
    assert "Ctrl+Z" in page.message_label.text() and "曹诗涵、魏博文" in page.message_label.text()
    assert not page.same_button.isEnabled(), "nobody left to carry over"
    QTest.keyClick(page.table, Qt.Key.Key_Equal)
    assert "still marked present" in page.message_label.text()
    QTest.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not page.has_unsaved_changes(), "one Ctrl+Z takes the whole lot back"
    assert page.same_button.isEnabled()
    # = then a correction: 魏博文 came in after all
    QTest.keyClick(page.table, Qt.Key.Key_Equal)
    QTest.keyClick(page.table, "w")
    assert current_name(page) == "魏博文"
    QTest.keyClick(page.table, Qt.Key.Key_Space)
    with qtbot.waitSignal(page.submitted, timeout=5000):
        QTest.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved_marks(school_db, "wang", c3) == {"曹诗涵": "absent", "程雅琪": "excused"}
    assert not page.same_button.isVisible(), "a submitted roll call is corrected by hand"
    QTest.keyClick(page.table, Qt.Key.Key_Equal)
    assert "already submitted" in page.message_label.text()
    assert saved_marks(school_db, "wang", c3) == {"曹诗涵": "absent", "程雅琪": "excused"}
    assert boxes == []


def test_same_as_yesterday_says_so_when_nobody_took_the_roll_yesterday(qtbot, school_db, class45, c3):
    page = make_page(qtbot, school_db, show=True)
    assert not page.same_button.isEnabled()
    assert "The roll was not taken on 11-26" in page.same_button.toolTip()
    QTest.keyClick(page.table, Qt.Key.Key_Equal)
    assert "nothing to copy" in page.message_label.text() and not page.has_unsaved_changes()


def test_from_login_continuing_absentees_take_3_keys(qtbot, school_db, class45, c3, boxes):
    """Enter, =, Ctrl+Enter: the bench's continuing day by real keys from the login dialog."""
    from app.ui.login import LoginDialog
    from app.ui.main_window import MainWindow

    take(school_db, c3, THU, {class45[n]: "absent" for n in ABSENT_THU})
    login = LoginDialog(school_db, username="wang")
    qtbot.addWidget(login)
    login.show()
    QTest.keyClicks(login.password_edit, "teacher-pass")
    QTest.keyClick(login.password_edit, Qt.Key.Key_Return)
    assert login.actor is not None
    window = MainWindow(AppContext(school_db, login.actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.page("roll_call")
    page._today = lambda: TODAY
    page.go_to_today()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Equal)
    assert page.missing_label.text() == "Not in school: 3 (曹诗涵、程雅琪、魏博文)"
    with qtbot.waitSignal(page.submitted, timeout=5000):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved_marks(school_db, "wang", c3) == {n: "absent" for n in ABSENT_THU}
    assert boxes == []


def test_an_open_alert_comes_first_and_the_afternoon_copies_the_morning(qtbot, school_db, class45, c3):
    from app import policy
    from tests.ui.test_roll_call_page import MON, TUE, WED

    for day in (MON, TUE, WED):  # three days absent: an open alert; back on Thursday
        take(school_db, c3, day, {class45["周佳怡"]: "absent"})
    take(school_db, c3, THU, {})
    page = make_page(qtbot, school_db, show=True)
    QTest.keyClick(page.table, "z")
    assert current_name(page) == "周佳怡" and "absence alert open" in page.find_label.text()
    assert not page.same_button.isEnabled(), "back yesterday: nothing to carry over"
    with school_db.transaction() as s:
        policy.save(s, school_db.actors["admin"], sessions="am_pm")
    with school_db.transaction() as s:
        rc = attendance.open_roll_call(s, school_db.actors["wang"], c3, TODAY, "am", today=TODAY)
        attendance.submit_roll_call(s, school_db.actors["wang"], c3, TODAY, "am",
                                    {class45["董子涵"]: ("absent", "")}, rc.revision, today=TODAY)
    page = make_page(qtbot, school_db, show=True)
    page._load_sessions()
    assert page.open_class(c3, TODAY, "pm")
    assert page.same_button.text() == "Same as this morning: 1 absent (=)"
    QTest.keyClick(page.table, Qt.Key.Key_Equal)
    assert page.missing_label.text() == "Not in school: 1 (董子涵)"
    assert "this morning" in page.message_label.text()
