"""File → Back up / Restore, the restore offered when the database cannot be opened, the automatic backups of
the startup, the Backups settings tab, Help → log folder and problem report, and the error dialog."""

from __future__ import annotations

import sys
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QPushButton

from app import backup
from app.ui.context import AppContext
from tests.conftest import ADMIN_PASSWORD, raw_connect

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str, str]] = []
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a, _k=kind, **kw: shown.append((_k, title, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def dialogs(monkeypatch):
    """exec_dialog replaced: each dialog is recorded and answered by ``dialogs.answer(dialog)`` (default: accept)."""
    from app.ui import app as shell

    seen: list[QDialog] = []

    def drive(dialog):
        seen.append(dialog)
        return dialogs.answer(dialog)

    dialogs = type("Dialogs", (), {})()
    dialogs.seen = seen
    dialogs.answer = lambda d: QDialog.DialogCode.Accepted
    monkeypatch.setattr(shell, "exec_dialog", drive)
    return dialogs


def _window(qtbot, school_db, user="admin"):
    from app.ui.main_window import MainWindow

    window = MainWindow(AppContext(school_db, school_db.actors[user]))
    qtbot.addWidget(window)
    return window


def _address(db) -> str:
    con = raw_connect(db.paths)
    try:
        return con.execute("SELECT address FROM school").fetchone()[0]
    finally:
        con.close()


def _set_address(db, value: str) -> None:
    con = raw_connect(db.paths)
    con.execute("UPDATE school SET address = ?", (value,))
    con.commit()
    con.close()


def _menu_actions(window, title: str) -> list[str]:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return [a.objectName() for a in action.menu().actions() if not a.isSeparator()]
    raise AssertionError(title)


@pytest.mark.parametrize("user, backup_shown, restore_shown", [
    ("admin", True, True), ("reg", True, False), ("boss", True, False), ("wang", False, False)])
def test_the_file_menu_offers_backup_and_restore_to_those_who_may(qtbot, school_db, user, backup_shown, restore_shown):
    window = _window(qtbot, school_db, user)
    file_menu = _menu_actions(window, window.tr("File"))
    assert ("backupAction" in file_menu) is backup_shown and ("restoreAction" in file_menu) is restore_shown
    help_menu = _menu_actions(window, window.tr("Help"))
    assert help_menu[:3] == ["guideAction", "logFolderAction", "problemReportAction"] and help_menu[-1] == "aboutAction"


def test_restore_from_the_window_shows_the_backup_asks_keeps_a_copy_and_reopens(qtbot, school_db, tmp_path, boxes,
                                                                                 dialogs):
    from app.ui.restore_dialog import RestoreConfirmDialog

    _set_address(school_db, "马道镇 1 号")
    made = backup.create_backup(school_db.paths, tmp_path / "b.zip")
    _set_address(school_db, "写错了的地址")
    window = _window(qtbot, school_db)
    restored = []
    window.restored.connect(restored.append)

    def confirm(dialog):
        assert isinstance(dialog, RestoreConfirmDialog)
        values = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert "测试县第一小学" in values["value_school"] and "3161000123" in values["value_school"]
        assert f"{made.created:%Y-%m-%d %H:%M}" in values["value_created"]
        assert values["count_student"] == "学生 0" and values["count_user_account"] == "账户 6"
        assert values["value_file"] == "b.zip"
        assert str(school_db.paths.backups) in values["restoreWarning"]
        assert not dialog.restore_button.isDefault()  # Enter cancels
        return QDialog.DialogCode.Accepted

    dialogs.answer = confirm
    result = window.restore_backup(made.path)
    assert result is not None and restored == [result]
    assert len(dialogs.seen) == 1
    assert _address(school_db) == "马道镇 1 号"
    assert backup.read_backup(result.kept).reason == "before-restore"
    assert boxes[-1][0] == "information" and "log in again" in boxes[-1][2] and str(result.kept) in boxes[-1][2]
    with school_db.session() as s:  # the engine was closed for the swap; the database opens again
        from app import audit

        assert audit.query(s, school_db.actors["admin"], action="backup.restore")[0].username == "admin"


def test_cancelling_the_confirmation_changes_nothing(qtbot, school_db, tmp_path, boxes, dialogs):
    made = backup.create_backup(school_db.paths, tmp_path / "b.zip")
    _set_address(school_db, "保持不变")
    window = _window(qtbot, school_db)
    dialogs.answer = lambda d: QDialog.DialogCode.Rejected
    assert window.restore_backup(made.path) is None
    assert _address(school_db) == "保持不变" and not school_db.paths.backups.exists()


def test_a_bad_backup_is_refused_in_the_window_with_the_reason(qtbot, school_db, tmp_path, boxes, dialogs):
    cut = tmp_path / "cut.zip"
    made = backup.create_backup(school_db.paths, tmp_path / "b.zip")
    cut.write_bytes(made.path.read_bytes()[:2000])
    _set_address(school_db, "保持不变")
    window = _window(qtbot, school_db)
    assert window.restore_backup(cut) is None
    assert dialogs.seen == []  # refused before any question
    assert boxes[-1][0] == "critical" and "不是完整的保学备份文件" in boxes[-1][2]
    assert _address(school_db) == "保持不变"
    window.refresh_school()  # the window goes on working on its database


def test_restore_asks_which_file_and_a_teacher_cannot_restore(qtbot, school_db, tmp_path, boxes, dialogs, monkeypatch):
    opened = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (opened.append(a[2]), ("", ""))[1])
    window = _window(qtbot, school_db)
    assert window.restore_backup() is None and opened == [str(school_db.paths.backups)
                                                          if school_db.paths.backups.is_dir() else str(Path.home())]
    teacher = _window(qtbot, school_db, "wang")
    assert not teacher.restore_action.isEnabled() and not teacher.backup_action.isEnabled()


def test_the_startup_reopens_the_database_and_asks_for_the_login_after_a_restore(qtbot, school_db, tmp_path,
                                                                                 monkeypatch, boxes, dialogs):
    from app.ui import app as shell
    from app.ui.login import LoginDialog
    from app.ui.recovery_dialog import RecoveryKeyDialog
    from app.ui.restore_dialog import RestoreConfirmDialog

    made = backup.create_backup(school_db.paths, tmp_path / "b.zip")

    def answer(dialog):
        if isinstance(dialog, LoginDialog):
            dialog.username_edit.setText("admin")
            dialog.password_edit.setText(ADMIN_PASSWORD)
            assert dialog.try_login()
            return dialog.result()
        if isinstance(dialog, RecoveryKeyDialog):  # the test school had none: the admin makes it at the login
            return QDialog.DialogCode.Accepted
        assert isinstance(dialog, RestoreConfirmDialog)
        return QDialog.DialogCode.Accepted

    dialogs.answer = answer
    startup = shell.Startup(str(school_db.paths.root))
    startup.db = school_db
    window = startup.show_main(startup.login())
    qtbot.addWidget(window)
    window.restore_backup(made.path)
    assert startup.window is not window and startup.db is not school_db
    qtbot.addWidget(startup.window)
    assert startup.window.ctx.db is startup.db and startup.window.ctx.actor.username == "admin"
    startup.close()  # the exit backup of the restored school
    assert backup.automatic_backups(school_db.paths.backups, "3161000123")


def test_a_broken_database_at_start_offers_the_backups(qtbot, school_db, tmp_path, monkeypatch, boxes, dialogs):
    from app.ui import app as shell
    from app.ui.restore_dialog import RestoreConfirmDialog

    made = backup.create_backup(school_db.paths, school_db.paths.backups / "good.zip")
    root = school_db.paths.root
    school_db.close()
    (root / "baoxue.sqlite3").write_bytes(b"garbage, not a database")
    for extra in ("baoxue.sqlite3-wal", "baoxue.sqlite3-shm"):
        (root / extra).unlink(missing_ok=True)
    asked = []

    def answer(dialog):
        if isinstance(dialog, QMessageBox):  # "cannot open the database": restore from a backup
            asked.append(dialog.text())
            dialog.findChild(QPushButton, "offerRestore").click()
            return 0
        assert isinstance(dialog, RestoreConfirmDialog)
        assert "cannot be read" in dialog.findChild(QLabel, "restoreWarning").text()
        return QDialog.DialogCode.Accepted

    dialogs.answer = answer
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made.path), ""))
    db = shell.open_db(root)
    assert db is not None and len(asked) == 1 and "从备份恢复" in asked[0]
    with db.session() as s:
        from app.school import get_school

        assert get_school(s).code == "3161000123"
    db.close()
    kept = list(school_db.paths.backups.glob("before-restore-*"))
    assert len(kept) == 1 and (kept[0] / "baoxue.sqlite3").read_bytes().startswith(b"garbage")


def test_the_first_start_of_the_day_and_the_exit_make_automatic_backups(qtbot, school_db, monkeypatch, boxes, dialogs):
    from app.ui import app as shell

    startup = shell.Startup(str(school_db.paths.root))
    school_db.close()
    assert startup.open()
    first = backup.automatic_backups(school_db.paths.backups, "3161000123")
    assert len(first) == 1
    startup.close()  # nobody logged in: no exit backup
    assert len(backup.automatic_backups(school_db.paths.backups, "3161000123")) == 1
    again = shell.Startup(str(school_db.paths.root))
    assert again.open()  # the same day: not again at start
    assert len(backup.automatic_backups(school_db.paths.backups, "3161000123")) == 1
    again.logged_in = True
    again.close()  # the exit backup replaces the morning's (one a day is kept)
    after = backup.automatic_backups(school_db.paths.backups, "3161000123")
    assert len(after) == 1 and after[0][0] >= first[0][0]


def test_a_missing_usb_stick_is_said_in_the_status_bar(qtbot, school_db, tmp_path, boxes, dialogs):
    from app.ui import app as shell

    stick = tmp_path / "stick"
    stick.mkdir()
    with school_db.transaction() as s:
        backup.set_mirror_folder(s, school_db.actors["admin"], str(stick))
    stick.rmdir()  # pulled out
    note = shell.run_automatic_backup(school_db)
    assert "找不到" in note and backup.automatic_backups(school_db.paths.backups, "3161000123")
    window = _window(qtbot, school_db)
    window.show_note(note)
    assert "找不到" in window.statusBar().currentMessage()


# --- settings ------------------------------------------------------------------------------------------------


def test_the_backups_tab_sets_the_second_folder_for_the_admin_only(qtbot, school_db, tmp_path, boxes):
    from app.ui.settings_page import SettingsPage

    stick = tmp_path / "usb"
    stick.mkdir()
    page = SettingsPage(AppContext(school_db, school_db.actors["admin"]))
    qtbot.addWidget(page)
    tab = page.backups
    assert tab.findChild(type(tab.latest), "backupsFolder").text() == str(school_db.paths.backups)
    assert "还没有自动备份" in tab.latest.text() or "No automatic backup" in tab.latest.text()
    assert tab.choose_mirror(stick) and tab.mirror_edit.text() == str(stick.resolve())
    assert not tab.choose_mirror(tmp_path / "nowhere") and "不存在" in tab.error.text()
    assert tab.mirror_edit.text() == str(stick.resolve())
    backup.automatic_backup(school_db.paths, mirror_dir=tab.mirror_edit.text())
    tab.refresh()
    assert tab.latest.text() != "" and list(stick.glob("baoxue-3161000123-auto-*.zip"))
    assert tab.clear_mirror() and tab.mirror_edit.text() == ""
    reg = SettingsPage(AppContext(school_db, school_db.actors["reg"]))
    qtbot.addWidget(reg)
    assert not reg.backups.choose_button.isEnabled() and not reg.backups.clear_button.isEnabled()


# --- help: log folder, problem report; the error dialog ---------------------------------------------------------


def test_help_opens_the_log_folder_and_saves_a_masked_problem_report(qtbot, school_db, tmp_path, boxes, monkeypatch,
                                                                     student_factory):
    import logging

    from app import logs, students

    with school_db.transaction() as s:
        students.create_student(s, school_db.actors["reg"], student_factory(school_db.class_ids["三年级(1)班"],
                                                                            name="欧阳小明"))
    logs.configure_logging(tmp_path / "logs", hooks=False)
    logging.getLogger("app.test").warning("欧阳小明 的监护人 张大山 13912345678")
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    window = _window(qtbot, school_db)
    window.log_folder_action.trigger()
    assert urls == [QUrl.fromLocalFile(str(tmp_path / "logs"))]
    out = window.save_problem_report(tmp_path / "report")
    assert out == tmp_path / "report.zip" and boxes[-1][0] == "information"
    with zipfile.ZipFile(out) as zf:
        text = "\n".join(zf.read(n).decode("utf-8") for n in zf.namelist())
    assert "欧阳小明" not in text and "张大山" not in text and "13912345678" not in text and "欧***" in text
    assert "Qt:" in text and "PySide6" in text and "数据库结构版本" in text


def test_an_uncaught_exception_is_logged_and_shown_plainly_instead_of_a_crash(qtbot, tmp_path, dialogs):
    import logging

    from app import logs
    from app.ui.error_dialog import ErrorDialog, install_exception_hooks, uninstall_exception_hooks

    logs.configure_logging(tmp_path / "logs", hooks=False)
    install_exception_hooks()
    try:
        try:
            raise ZeroDivisionError("a bug in a slot")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
        assert len(dialogs.seen) == 1 and isinstance(dialogs.seen[0], ErrorDialog)
        dialog = dialogs.seen[0]
        assert "数据是安全的" in dialog.message.text() or "data is safe" in dialog.message.text()
        assert "ZeroDivisionError: a bug in a slot" in dialog.details.toPlainText()
        assert not dialog.details.isVisibleTo(dialog)

        thread = threading.Thread(target=lambda: 1 / 0, name="worker-x")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(dialogs.seen) == 2)  # shown on the GUI thread
    finally:
        uninstall_exception_hooks()
    logging.getLogger().handlers[-1].flush()
    text = (tmp_path / "logs" / "baoxue.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in a slot" in text and "thread worker-x" in text and "Traceback" in text


@pytest.mark.qt_no_exception_capture  # the program's own hook, not pytest-qt's, receives the slot's exception
def test_an_exception_in_a_slot_reaches_the_dialog(qtbot, tmp_path, dialogs):
    from app import logs
    from app.ui.error_dialog import ErrorDialog, install_exception_hooks, uninstall_exception_hooks

    logs.configure_logging(tmp_path / "logs", hooks=False)
    button = QPushButton("go")
    qtbot.addWidget(button)

    def broken():
        raise KeyError("missing in a slot")

    button.clicked.connect(broken)
    install_exception_hooks()
    try:
        button.click()
    finally:
        uninstall_exception_hooks()
    assert len(dialogs.seen) == 1 and isinstance(dialogs.seen[0], ErrorDialog)
    assert "KeyError: 'missing in a slot'" in dialogs.seen[0].details.toPlainText()


def test_one_dialog_at_a_time_when_errors_repeat(qtbot, tmp_path, dialogs):
    from app import logs
    from app.ui import error_dialog

    logs.configure_logging(tmp_path / "logs", hooks=False)
    inner = []

    def answer(dialog):  # while the first dialog is open, the same bug fires again (a broken paintEvent)
        try:
            raise RuntimeError("again")
        except RuntimeError:
            error_dialog._excepthook(*sys.exc_info())
        inner.append(len(dialogs.seen))
        return QDialog.DialogCode.Accepted

    dialogs.answer = answer
    try:
        raise RuntimeError("first")
    except RuntimeError:
        error_dialog._excepthook(*sys.exc_info())
    assert len(dialogs.seen) == 1 and inner == [1]


# --- what it looks like -------------------------------------------------------------------------------------------


def test_render_the_restore_confirmation_at_1366x768(qtbot, tmp_path):
    """In Chinese, with the shipped font, on a 1366×768 screen: build/screenshots/restore_confirm.png."""
    from PySide6.QtWidgets import QApplication

    from app.demo import build_demo
    from app.paths import DataPaths
    from app.ui.app import install_translator, load_font
    from app.ui.restore_dialog import RestoreConfirmDialog
    from tests.conftest import TODAY

    paths = DataPaths(tmp_path / "demo")
    build_demo(paths, students=60, today=TODAY)
    info = backup.create_backup(paths, paths.backups / "baoxue-2161072901-20261127-163000.zip")
    app = QApplication.instance()
    font = app.font()
    install_translator(app, "zh_CN")
    load_font()
    try:
        screen = QDialog()
        screen.setFixedSize(1366, 768)
        qtbot.addWidget(screen)
        dialog = RestoreConfirmDialog(info, backup.current_data(paths), paths, screen)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == "从备份恢复"
        assert dialog.width() <= 1366 and dialog.height() <= 768 - 60  # fits, with the task bar
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / "restore_confirm.png"))
    finally:
        install_translator(app, "en")
        QApplication.setFont(font)
