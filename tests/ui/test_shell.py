"""The shell: first-run wizard, login, main window (role-aware), audit log, accounts, school, startup.

Modal dialogs are never opened for real: message boxes are patched, dialogs are
opened with ``open()`` (non-blocking) and driven through their widgets, and
the startup's :func:`app.ui.app.exec_dialog` is replaced by a driver.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWizard

from app.changes import ChangeSet
from app import audit, school
from app.accounts import authenticate
from app.ui.context import AppContext
from tests.conftest import ADMIN_PASSWORD, TODAY

ROOT = Path(__file__).resolve().parents[2]
TSV = ROOT / "resources" / "translations" / "zh_CN" / "shell.tsv"
SHELL_FILES = [ROOT / "app" / "ui" / f for f in ("app.py", "wizard.py", "login.py", "main_window.py",
                                                 "audit_window.py", "accounts_page.py", "school_page.py",
                                                 "widgets.py")]


# --- helpers ---------------------------------------------------------------------------------------


@pytest.fixture
def boxes(monkeypatch):
    """Patch every QMessageBox static function; record (kind, title, text)."""
    shown: list[tuple[str, str, str]] = []

    def fake(kind, answer):
        def box(_parent, title, text, *a, **k):
            shown.append((kind, title, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "critical", fake("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", fake("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", fake("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def make_ctx(school_db):
    def make(username: str = "admin") -> AppContext:
        return AppContext(school_db, school_db.actors[username])
    return make



def build_shell_qm(tmp_dir: Path) -> tuple[Path, list[tuple[str, str]]]:
    """Our files' strings with the Chinese of our TSV, as a .qm (and what it leaves untranslated)."""
    from app.ui.i18n import build_qm, tsv_files

    return build_qm(SHELL_FILES, tsv_files(), tmp_dir)


# --- the first-run wizard ----------------------------------------------------------------------------


def _fill_school(qtbot, page, code="3161000999", county="610729"):
    qtbot.keyClicks(page.code_edit, code)
    page.name_edit.setText("马道镇中心小学")
    qtbot.keyClicks(page.county_code_edit, county)
    page.county_name_edit.setText("留坝县")
    page.township_edit.setText("马道镇")
    qtbot.keyClicks(page.phone_edit, "0916-3921026")
    page.principal_edit.setText("李校长")


def _fill_admin(qtbot, page, username="admin", password="secret-1"):
    page.username_edit.setText(username)
    page.display_edit.setText("张明")
    qtbot.keyClicks(page.password_edit, password)
    qtbot.keyClicks(page.password2_edit, password)


def _wizard(qtbot, db):
    from app.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(db, today=TODAY)
    qtbot.addWidget(wizard, before_close_func=lambda x: x.guard.mark_clean())  # the test's teardown, not a user: no question
    wizard.show()
    return wizard


def test_wizard_sets_up_a_school_end_to_end(qtbot, db, boxes):
    from app.ui.wizard import PAGE_ADMIN, PAGE_SCHOOL, PAGE_SUMMARY, PAGE_WELCOME

    wizard = _wizard(qtbot, db)
    assert wizard.currentId() == PAGE_WELCOME
    assert str(db.paths.root) in wizard.footer.text()
    wizard.next()
    assert wizard.currentId() == PAGE_SCHOOL
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # an empty form cannot go on
    _fill_school(qtbot, wizard.school_page)
    assert next_button.isEnabled()
    assert all(label.isHidden() for label in wizard.school_page.errors.values())
    wizard.next()
    assert wizard.currentId() == PAGE_ADMIN
    assert not next_button.isEnabled()
    page = wizard.admin_page
    page.username_edit.setText("admin")
    qtbot.keyClicks(page.password_edit, "abc")  # too short: the service's rule, shown under the field
    assert not page.password_error.isHidden() and "6" in page.password_error.text()
    assert not next_button.isEnabled()
    page.password_edit.clear()
    _fill_admin(qtbot, page)
    assert next_button.isEnabled()
    wizard.next()
    # the signing key for the county bundles: a passphrase typed twice (or "later")
    from app.ui.wizard import PAGE_KEY

    assert wizard.currentId() == PAGE_KEY
    key = wizard.key_page
    assert not next_button.isEnabled()
    key.passphrase_edit.setText("short")
    assert not next_button.isEnabled() and not key.error.isHidden()
    key.passphrase_edit.setText("school-key-1")
    key.passphrase2_edit.setText("school-key-2")
    assert not next_button.isEnabled() and not key.error.isHidden()
    key.passphrase2_edit.setText("school-key-1")
    assert next_button.isEnabled() and key.error.isHidden()
    wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY
    assert "马道镇中心小学" in wizard.summary_page.summary.text()
    assert "3161000999" in wizard.summary_page.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert boxes == []
    assert wizard.result_database is db and wizard.login_username == "admin"
    with db.transaction() as s:
        info = school.get_school(s)
        assert (info.code, info.name, info.county_code, info.phone, info.is_demo) == \
            ("3161000999", "马道镇中心小学", "610729", "0916-3921026", False)
        assert [t.school_year for t in school.list_terms(s)] == ["2026-2027学年"] * 2
        assert authenticate(s, "admin", "secret-1").has("account.manage")
        from app.exchange.keys import current_key

        made = current_key(s, db.paths)
        assert made is not None
    key_files = [p for p in db.paths.root.rglob("*") if p.is_file() and "key" in p.name.lower()
                 and p.suffix == ".pem"]
    assert key_files and all(b"ENCRYPTED" in p.read_bytes() or b"CERTIFICATE" in p.read_bytes() for p in key_files)
    assert not any(b"BEGIN PRIVATE KEY" in p.read_bytes() for p in db.paths.root.rglob("*") if p.is_file())


def test_bad_school_code_keeps_next_disabled_with_the_service_message(qtbot, db):
    wizard = _wizard(qtbot, db)
    wizard.next()
    page = wizard.school_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    _fill_school(qtbot, page, code="12345")
    assert not next_button.isEnabled()
    label = page.errors["code"]
    assert not label.isHidden()
    assert label.text().startswith("学校标识码") and "10 位数字" in label.text() and "12345" in label.text()
    # the county code too: a prefecture code is refused with the service's reason
    page.county_code_edit.setText("610700")
    assert "县(区)" in page.errors["county_code"].text()
    page.county_code_edit.setText("610729")
    assert page.errors["county_code"].isHidden()
    qtbot.keyClicks(page.code_edit, "67890")
    assert page.errors["code"].isHidden()
    assert next_button.isEnabled()
    page.name_edit.setFocus()
    QTest.keyClick(page.name_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.name_edit, Qt.Key.Key_Backspace)  # the user empties the name: now it is "touched"
    assert page.name_edit.text() == ""
    assert not next_button.isEnabled() and "学校名称" in page.errors["name"].text()


def test_wizard_save_error_is_shown_and_nothing_is_saved(qtbot, db, boxes):
    wizard = _wizard(qtbot, db)
    wizard.next()
    _fill_school(qtbot, wizard.school_page)
    wizard.next()
    _fill_admin(qtbot, wizard.admin_page, username="ad min")  # the service refuses spaces
    wizard.next()
    wizard.key_page.later_check.setChecked(True)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.result_database is None
    assert len(boxes) == 1 and boxes[0][0] == "critical" and "用户名" in boxes[0][2]
    with db.transaction() as s:
        assert not school.is_set_up(s)  # the school row was rolled back with the failed account


@pytest.mark.slow
def test_wizard_demo_choice_builds_the_demo_school_apart(qtbot, db):
    from app.demo import DEMO_PASSWORD
    from app.paths import demo_data_dir
    from app.ui.wizard import PAGE_DEMO

    wizard = _wizard(qtbot, db)
    wizard.welcome_page.demo_radio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_DEMO
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    qtbot.waitUntil(lambda: wizard.result_database is not None or not wizard.demo_page.error.isHidden(),
                    timeout=120_000)
    assert wizard.demo_page.error.isHidden(), wizard.demo_page.error.text()
    demo_db = wizard.result_database
    try:
        assert demo_db is not db and demo_db.paths.root == demo_data_dir()
        assert demo_db.paths.root != db.paths.root
        assert finish.isEnabled()
        text = wizard.demo_page.accounts.text()
        assert DEMO_PASSWORD in text and "admin" in text and "600" in text
        assert wizard.login_username == "admin"
        finish.click()
        assert wizard.result() == QDialog.DialogCode.Accepted
        with demo_db.transaction() as s:
            assert school.get_school(s).is_demo
        with db.transaction() as s:
            assert not school.is_set_up(s)  # the real data directory stays empty
    finally:
        demo_db.close()


# --- login ---------------------------------------------------------------------------------------------


def test_login_success(qtbot, school_db):
    from app.ui.login import LoginDialog

    dialog = LoginDialog(school_db, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.school_label.text() == "测试县第一小学"
    assert str(school_db.paths.root) in dialog.data_dir_label.text()
    assert dialog.demo_label.isHidden()
    qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter logs in
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_login_wrong_password_shows_message_and_no_actor(qtbot, school_db):
    from app.ui.login import LoginDialog

    dialog = LoginDialog(school_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "wang")
    qtbot.keyClicks(dialog.password_edit, "wrong-password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.actor is None
    assert not dialog.error_label.isHidden() and "密码不正确" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""
    qtbot.keyClicks(dialog.password_edit, "teacher-pass")
    assert dialog.error_label.isHidden()  # typing again clears the message
    dialog.login_button.click()
    assert dialog.actor is not None and dialog.actor.username == "wang"



def test_login_lockout_shows_the_wait_and_the_admin_unlocks_it(qtbot, school_db, make_ctx, boxes):
    """After repeated wrong passwords the dialog says how long to wait; the accounts page unlocks."""
    from app import accounts
    from app.ui.accounts_page import AccountsPage
    from app.ui.login import LoginDialog

    dialog = LoginDialog(school_db, username="wang")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(accounts.LOCKOUT_AFTER):
        qtbot.keyClicks(dialog.password_edit, "wrong-password")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.password_edit, "teacher-pass")  # the right one, too late
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert "锁定" in dialog.error_label.text() and "分钟" in dialog.error_label.text()

    page = AccountsPage(make_ctx("admin"))
    qtbot.addWidget(page)
    page.show()
    ids = {u.username: u.id for u in page.model.rows()}
    assert page.select_user(ids["wang"])
    assert page.unlock_button.isVisible()
    status = page.model.index(page.table.currentIndex().row(), page.model.ACTIVE).data()
    assert status in ("Locked", "已锁定")
    page.unlock_button.click()
    assert not page.selected_user().locked() and not page.unlock_button.isVisible()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "teacher-pass")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "wang"

# --- main window -------------------------------------------------------------------------------------


def _window(qtbot, ctx):
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("username, keys", [
    ("admin", ["roll_call", "alerts", "approvals", "risk", "mentors", "weekly", "documents", "registry", "import",
               "audit", "accounts", "school", "exchange", "monthly", "settings"]),
    ("reg", ["roll_call", "alerts", "approvals", "risk", "mentors", "weekly", "documents", "registry", "import",
             "audit", "school", "exchange", "monthly", "settings"]),
    ("boss", ["roll_call", "alerts", "approvals", "risk", "mentors", "weekly", "documents", "registry", "audit",
              "monthly", "settings"]),
    ("wang", ["roll_call", "alerts", "approvals", "risk", "mentors", "weekly", "documents", "registry"]),
    ("zhao", ["roll_call", "alerts", "approvals", "risk", "mentors", "weekly", "documents", "registry"]),
])
def test_main_window_shows_only_the_pages_a_role_may_see(qtbot, make_ctx, username, keys):
    window = _window(qtbot, make_ctx(username))
    assert window.visible_keys() == keys
    assert window.nav.count() == len(keys)
    for hidden in {"registry", "import", "audit", "accounts", "school"} - set(keys):
        assert window.page(hidden) is None and window.show_page(hidden) is None
    assert window.current_key() == keys[0] == "roll_call"  # the daily task comes first
    assert window.windowTitle() == "保学 Baoxue \u2014 测试县第一小学"
    assert window.export_action.isEnabled() == (username in ("admin", "reg", "boss"))


def test_main_window_navigation_shortcuts_and_status_bar(qtbot, make_ctx):
    window = _window(qtbot, make_ctx("admin"))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "registry"
    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "weekly"
    window.nav.setCurrentRow(9)
    assert window.current_key() == "audit"
    assert window.current_page() is window.page("audit")
    window.nav.setCurrentRow(10)
    assert window.current_key() == "accounts"
    window.focus_search()
    assert window.current_key() == "registry"
    assert "系统管理员" in window.user_label.text()
    assert window.school_label.text() == "测试县第一小学"
    assert window.demo_badge.isHidden()
    assert str(make_ctx().db.paths.root) in window.data_dir_label.text()
    assert str(make_ctx().db.paths.root) in window.about_text()


def test_main_window_demo_badge_and_school_rename(qtbot, make_ctx, school_db):
    from app.data.models import School

    with school_db.transaction() as s:
        row = s.exec(__import__("sqlmodel").select(School)).first()
        row.is_demo = True
        s.add(row)
    ctx = make_ctx("admin")
    window = _window(qtbot, ctx)
    assert not window.demo_badge.isHidden()
    ctx.run(school.update_school, name="测试县第二小学")
    assert window.windowTitle().endswith("测试县第二小学")


def test_export_roster_and_backup_run_in_the_background(qtbot, make_ctx, tmp_path, boxes):
    window = _window(qtbot, make_ctx("reg"))
    task = window.export_roster(tmp_path / "roster")
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    assert (tmp_path / "roster.xlsx").exists()
    assert boxes and boxes[-1][0] == "information" and "roster.xlsx" in boxes[-1][2]
    task = window.backup_database(tmp_path / "copy")
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    from app.backup import read_backup

    info = read_backup(tmp_path / "copy.zip")  # the whole school, checked
    assert info.kind == "full" and info.school_code == "3161000123" and "copy.zip" in boxes[-1][2]
    assert not window.tasks_running()
    with window.ctx.db.session() as s:  # who took every record out is in the audit log
        assert audit.query(s, window.ctx.actor, action="backup.create")[0].username == "reg"


def test_export_uses_the_file_dialog_and_cancel_does_nothing(qtbot, make_ctx, monkeypatch):
    window = _window(qtbot, make_ctx("reg"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert window.export_roster() is None
    assert window.backup_database() is None


def test_language_menu_saves_the_choice(qtbot, make_ctx, boxes):
    from app.ui.app import load_settings, settings_path, ui_language

    window = _window(qtbot, make_ctx("zhao"))
    window.language_actions["en"].trigger()
    assert load_settings()["lang"] == "en" and ui_language() == "en" and ui_language("zh_CN") == "zh_CN"
    assert json.loads(settings_path().read_text(encoding="utf-8")) == {"lang": "en"}
    assert boxes[-1][0] == "information"
    assert window.language_actions["en"].isChecked()


def test_change_password_dialog(qtbot, make_ctx, school_db):
    window = _window(qtbot, make_ctx("zhao"))
    dialog = window.change_password()
    qtbot.keyClicks(dialog.old_edit, "wrong")
    qtbot.keyClicks(dialog.password_edit, "new-pass-1")
    qtbot.keyClicks(dialog.password2_edit, "new-pass-1")
    dialog.accept()
    assert dialog.isVisible() and "原密码" in dialog.error.text()


def test_change_password_success(qtbot, make_ctx, school_db, boxes):
    window = _window(qtbot, make_ctx("zhao"))
    dialog = window.change_password()
    qtbot.keyClicks(dialog.old_edit, "teacher-pass")
    qtbot.keyClicks(dialog.password_edit, "new-pass-1")
    qtbot.keyClicks(dialog.password2_edit, "new-pass-1")
    dialog.accept()
    assert boxes and boxes[-1][0] == "information"
    with school_db.transaction() as s:
        assert authenticate(s, "zhao", "new-pass-1").username == "zhao"


def test_import_page_opens_the_import_dialog(qtbot, make_ctx):
    window = _window(qtbot, make_ctx("reg"))
    page = window.show_page("import")
    dialog = page.open_import()
    if dialog is None:  # the import module is not there yet: the page says so
        assert not page.missing_label.isHidden()
    else:
        assert dialog.isVisible()
        dialog.close()


# --- the audit log -------------------------------------------------------------------------------------


def test_audit_page_lists_entries_and_filters_by_action(qtbot, make_ctx, school_db):
    from app.ui.audit_window import AuditModel, AuditPage

    ctx = make_ctx("boss")
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    actions = [model.row_at(i).action for i in range(model.rowCount())]
    assert "school.setup" in actions and "account.login" in actions and "class.create" in actions
    first = model.index(0, AuditModel.TIME).data()
    assert datetime.strptime(first, "%Y-%m-%d %H:%M:%S")
    page.set_action_filter("class.create")
    assert model.rowCount() == 2
    assert {model.index(i, AuditModel.SUMMARY).data() for i in range(2)} == {"新建班级 三年级(1)班",
                                                                             "新建班级 四年级(1)班"}
    page.select_row(0)
    after = page.after_edit.toPlainText()
    assert "\\u" not in after and "{" not in after  # field by field, Chinese not escaped
    lines = dict(line.split("：", 1) for line in after.splitlines())
    assert lines["班级名称"].endswith("班") and lines["年级"] in ("三年级", "四年级") and lines["启用"] == "是"
    page.text_edit.setText("四年级")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    page.clear_filters()
    assert model.rowCount() == len(actions)
    page.user_edit.setText("nobody")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=2000)
    page.clear_filters()
    # date range: everything was logged today (local time)
    page.date_check.setChecked(True)
    page.from_date.setDate(QDate.currentDate())
    page.to_date.setDate(QDate.currentDate())
    assert model.rowCount() == len(actions)
    page.from_date.setDate(QDate.currentDate().addDays(1))
    page.to_date.setDate(QDate.currentDate().addDays(2))
    assert model.rowCount() == 0


def test_audit_page_refreshes_after_a_change(qtbot, make_ctx):
    from app.ui.audit_window import AuditPage

    ctx = make_ctx("admin")
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    before = page.model.rowCount()
    ctx.run(school.create_staff, "钱老师")
    assert page.model.rowCount() == before + 1
    assert page.model.row_at(0).action == "staff.create"
    assert page.action_combo.findData("staff.create") >= 0


def test_audit_model_fetches_more_in_pages(qtmodeltester, make_ctx):
    from app.ui.audit_window import AuditModel

    rows = [audit.AuditRow(i, datetime(2026, 11, 27, 8, 0) + timedelta(minutes=i), "admin", "student.update",
                           "student", i, f"第 {i} 条", {"a": i}, {"a": i + 1}) for i in range(1200, 0, -1)]
    calls = []

    def loader(offset, limit):
        calls.append((offset, limit))
        return rows[offset:offset + limit]

    model = AuditModel(loader)
    assert model.rowCount() == 500 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 1000
    model.fetchMore()
    assert model.rowCount() == 1200 and not model.canFetchMore()
    assert calls == [(0, 500), (500, 500), (1000, 500)]
    assert model.index(0, AuditModel.SUMMARY).data() == "第 1200 条"
    qtmodeltester.check(model)
    qtmodeltester.check(AuditModel(loader))  # the tester fetches the further pages itself
    # a real query through the service, too
    ctx = make_ctx("reg")
    real = AuditModel(lambda off, lim: ctx.read(audit.query, ctx.actor, offset=off, limit=lim))
    assert real.rowCount() > 0
    qtmodeltester.check(real)


def test_audit_page_with_a_big_log_loads_500_at_a_time(qtbot, make_ctx, school_db):
    from app.data.models import AuditEntry
    from app.ui.audit_window import AuditPage

    with school_db.transaction() as s:
        s.add_all([AuditEntry(username="admin", action="student.update", entity="student", entity_id=i,
                              summary=f"修改学生 {i}") for i in range(1500)])
    page = AuditPage(make_ctx("admin"))
    qtbot.addWidget(page)
    assert page.model.rowCount() == 500 and page.model.canFetchMore()
    assert "500" in page.count_label.text()
    page.model.fetchMore()
    assert page.model.rowCount() == 1000


# --- accounts ------------------------------------------------------------------------------------------


def test_accounts_page_adds_an_account(qtbot, make_ctx, school_db, boxes, qtmodeltester):
    from app.ui.accounts_page import AccountsPage

    page = AccountsPage(make_ctx("admin"))
    qtbot.addWidget(page)
    names = [u.username for u in page.model.rows()]
    assert names == sorted(["admin", "wang", "li", "zhao", "reg", "boss"])
    qtmodeltester.check(page.model)
    dialog = page.add_account()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.username_edit, "qian")
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findText("赵老师"))
    assert dialog.display_edit.text() == "赵老师"
    dialog.roles.boxes["teacher"].setChecked(True)
    dialog.roles.boxes["class_teacher"].setChecked(True)
    qtbot.keyClicks(dialog.password_edit, "start-123")
    qtbot.keyClicks(dialog.password2_edit, "start-123")
    dialog.accept()
    assert boxes == []
    assert dialog.created is not None and dialog.created.username == "qian"
    row = next(u for u in page.model.rows() if u.username == "qian")
    assert row.roles == {"teacher", "class_teacher"}
    assert page.selected_user().username == "qian"
    labels = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert "任课教师、班主任" in labels
    assert "赵老师" in [page.model.index(r, 3).data() for r in range(page.model.rowCount())]
    qtmodeltester.check(page.model)


def test_accounts_page_shows_service_errors(qtbot, make_ctx, boxes):
    from app.ui.accounts_page import AccountsPage

    page = AccountsPage(make_ctx("admin"))
    qtbot.addWidget(page)
    dialog = page.add_account()
    qtbot.keyClicks(dialog.username_edit, "wang")  # taken
    dialog.roles.boxes["teacher"].setChecked(True)
    qtbot.keyClicks(dialog.password_edit, "start-123")
    qtbot.keyClicks(dialog.password2_edit, "start-123")
    dialog.accept()
    assert dialog.isVisible() and boxes[-1][0] == "critical" and "已被使用" in boxes[-1][2]
    dialog.password2_edit.setText("different")
    n = len(boxes)
    dialog.accept()
    assert len(boxes) == n and "not the same" in dialog.error.text() or "不一致" in dialog.error.text()


def test_accounts_page_roles_disable_and_reset(qtbot, make_ctx, school_db, boxes):
    from app.ui.accounts_page import AccountsPage, ChangePasswordDialog

    ctx = make_ctx("admin")
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    ids = {u.username: u.id for u in page.model.rows()}
    assert page.select_user(ids["zhao"])
    dialog = page.change_roles()
    dialog.roles.boxes["registrar"].setChecked(True)
    dialog.accept()
    assert page.selected_user().roles == {"teacher", "registrar"}
    page.toggle_active()
    assert boxes[-1][0] == "question"
    assert not page.selected_user().active
    assert page.active_button.text() in ("Enable account", "启用账户")
    page.toggle_active()
    assert page.selected_user().active
    reset = page.reset_password()
    qtbot.keyClicks(reset.password_edit, "fresh-pass")
    qtbot.keyClicks(reset.password2_edit, "fresh-pass")
    reset.accept()
    with school_db.transaction() as s:
        assert authenticate(s, "zhao", "fresh-pass").roles == {"teacher", "registrar"}
    # the admin may not take their own admin role: the service says so
    page.select_user(ids["admin"])
    dialog = page.change_roles()
    dialog.roles.boxes["admin"].setChecked(False)
    dialog.roles.boxes["principal"].setChecked(True)
    dialog.accept()
    assert dialog.isVisible() and boxes[-1][0] == "critical" and "系统管理员" in boxes[-1][2]
    dialog.reject()
    assert isinstance(page.reset_password(), ChangePasswordDialog)  # one's own password: the old one is asked


# --- school --------------------------------------------------------------------------------------------


def test_school_page_adds_a_mixed_grade_class(qtbot, make_ctx, school_db, boxes, qtmodeltester):
    from app.ui.school_page import SchoolPage

    ctx = make_ctx("reg")
    page = SchoolPage(ctx)
    qtbot.addWidget(page)
    tab = page.classes_tab
    assert [c.name for c in tab.model.rows()] == ["三年级(1)班", "四年级(1)班"]
    qtmodeltester.check(tab.model)
    dialog = tab.add_class()
    dialog.name_edit.setText("青桥教学点复式班")
    dialog.grade_combo.setCurrentIndex(dialog.grade_combo.findData(1))
    assert not dialog.extra_boxes[2].isEnabled()
    dialog.mixed_check.setChecked(True)
    assert dialog.extra_boxes[2].isEnabled() and not dialog.extra_boxes[1].isEnabled()
    dialog.extra_boxes[2].setChecked(True)
    dialog.head_combo.setCurrentIndex(dialog.head_combo.findText("赵老师"))
    dialog.accept()
    assert boxes == []
    rows = {c.name: c for c in tab.model.rows()}
    new = rows["青桥教学点复式班"]
    assert new.grade_levels == (1, 2) and new.mixed and new.head_teacher_name == "赵老师"
    row = [c.name for c in tab.model.rows()].index("青桥教学点复式班")
    assert tab.model.index(row, 1).data().startswith("一年级、二年级")
    qtmodeltester.check(tab.model)
    # a duplicate name is refused by the service, the dialog stays
    dialog = tab.add_class()
    dialog.name_edit.setText("3年级1班")
    dialog.grade_combo.setCurrentIndex(dialog.grade_combo.findData(3))
    dialog.accept()
    assert dialog.isVisible() and boxes[-1][0] == "critical" and "已存在" in boxes[-1][2]
    dialog.reject()


def test_school_page_edits_a_class_head_teacher(qtbot, make_ctx, school_db, boxes):
    from app.ui.school_page import SchoolPage

    page = SchoolPage(make_ctx("admin"))
    qtbot.addWidget(page)
    tab = page.classes_tab
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    dialog = tab.edit_class()
    assert dialog.name_edit.text() == "三年级(1)班" and dialog.head_combo.currentText() == "王老师"
    dialog.head_combo.setCurrentIndex(dialog.head_combo.findText("赵老师"))
    dialog.accept()
    assert tab.model.rows()[0].head_teacher_name == "赵老师"


def test_school_page_staff_years_and_details(qtbot, make_ctx, school_db, boxes, qtmodeltester):
    from app.ui.school_page import SchoolPage

    ctx = make_ctx("admin")
    page = SchoolPage(ctx)
    qtbot.addWidget(page)
    staff = page.staff_tab
    qtmodeltester.check(staff.model)
    dialog = staff.add_staff()
    dialog.name_edit.setText("孙老师")
    qtbot.keyClicks(dialog.phone_edit, "12345")
    dialog.accept()
    assert dialog.isVisible() and "电话" in boxes[-1][2]  # the service's phone rule
    dialog.phone_edit.setText("13900001111")
    dialog.accept()
    assert "孙老师" in [s.name for s in staff.model.rows()]
    # a head-teacher combo offers the new colleague at once
    assert page.classes_tab.add_class().head_combo.findText("孙老师") >= 0
    staff.table.setCurrentIndex(staff.model.index([s.name for s in staff.model.rows()].index("孙老师"), 0))
    leave = staff.mark_left()
    leave.date_edit.setDate(QDate(2026, 12, 1))
    leave.accept()
    assert "孙老师" not in [s.name for s in staff.model.rows()]
    staff.show_left.setChecked(True)
    gone = next(s for s in staff.model.rows() if s.name == "孙老师")
    assert gone.left_on == date(2026, 12, 1)
    qtmodeltester.check(staff.model)

    years = page.years_tab
    qtmodeltester.check(years.model)
    assert years.next_start_year() == 2027
    assert years.add_next_year()
    assert [t.school_year for t in years.model.rows()][-2:] == ["2027-2028学年"] * 2
    assert years.next_start_year() == 2028
    qtmodeltester.check(years.model)

    info = page.info_tab
    assert info.edits["name"].text() == "测试县第一小学"
    info.edits["code"].setText("123")
    assert not info.save()
    assert "学校标识码" in boxes[-1][2]
    info.edits["code"].setText("3161000123")
    info.edits["address"].setText("马道村一组")
    assert info.save()
    assert ctx.read(school.get_school).address == "马道村一组"


# --- startup ---------------------------------------------------------------------------------------------


def test_settings_and_translator(qtbot, tmp_path):
    from app.ui.app import install_translator, load_font, save_settings, ui_language

    assert ui_language() == "zh_CN"
    save_settings(lang="en")
    assert ui_language() == "en" and ui_language("zh_CN") == "zh_CN"
    app = QApplication.instance()
    try:
        installed = install_translator(app, "zh_CN")
        assert all(isinstance(t, QTranslator) for t in installed)
        assert install_translator(app, "en") == []
    finally:
        install_translator(app, "en")
    assert load_font() == "WenQuanYi Micro Hei"


def test_open_or_setup_reports_a_broken_database(qtbot, tmp_path, monkeypatch):
    from app.ui import app as shell

    root = tmp_path / "broken"
    root.mkdir()
    (root / "baoxue.sqlite3").write_bytes(b"this is not a database at all")
    shown = []

    def close(box):  # the message offers a restore from the backups; the user closes it
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Close).click()

    monkeypatch.setattr(shell, "exec_dialog", close)
    assert shell.open_or_setup(str(root)) is None
    assert len(shown) == 1 and "不是 Baoxue 数据库" in shown[0] and "从备份恢复" in shown[0]


def test_open_or_setup_runs_the_wizard_on_an_empty_data_dir(qtbot, tmp_path, monkeypatch, boxes):
    from app.data.db import unlock_with_recovery
    from app.paths import DataPaths
    from app.ui import app as shell
    from app.ui.recovery_dialog import RecoveryKeyDialog
    from app.ui.wizard import FirstRunWizard

    keys = []

    def drive(dialog):
        if isinstance(dialog, RecoveryKeyDialog):  # shown once, right after the set-up that made it
            keys.append(dialog.code)
            return QDialog.DialogCode.Accepted
        assert isinstance(dialog, FirstRunWizard)
        dialog.show()
        dialog.next()
        _fill_school(qtbot, dialog.school_page)
        dialog.next()
        _fill_admin(qtbot, dialog.admin_page, username="boss1")
        dialog.next()
        dialog.key_page.later_check.setChecked(True)
        dialog.next()
        dialog.button(QWizard.WizardButton.FinishButton).click()
        return dialog.result()

    monkeypatch.setattr(shell, "exec_dialog", drive)
    opened = shell.open_or_setup(str(tmp_path / "fresh"))
    assert opened is not None
    db, username = opened
    try:
        assert username == "boss1" and shell.school_is_set_up(db)
    finally:
        db.close()
    assert len(keys) == 1  # the key shown opens the database
    unlock_with_recovery(DataPaths(tmp_path / "fresh"), keys[0]).close()
    # next start: the school is there, no wizard
    monkeypatch.setattr(shell, "exec_dialog", lambda d: pytest.fail("no dialog expected"))
    db, username = shell.open_or_setup(str(tmp_path / "fresh"))
    db.close()
    assert username == ""


def test_startup_logs_in_shows_the_window_and_logs_out_again(qtbot, school_db, monkeypatch):
    from app.ui import app as shell
    from app.ui.login import LoginDialog

    logins = iter([("admin", ADMIN_PASSWORD), ("zhao", "teacher-pass"), None])

    def drive(dialog):
        assert isinstance(dialog, LoginDialog)
        creds = next(logins)
        if creds is None:
            return QDialog.DialogCode.Rejected
        dialog.username_edit.setText(creds[0])
        dialog.password_edit.setText(creds[1])
        assert dialog.try_login()
        return dialog.result()

    monkeypatch.setattr(shell, "exec_dialog", drive)
    asked = []  # the test school has no recovery key: the admin is asked to make one, the teacher is not
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.No)
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(True))
    startup = shell.Startup(str(school_db.paths.root))
    startup.db = school_db
    actor = startup.login()
    assert actor.username == "admin"
    window = startup.show_main(actor)
    qtbot.addWidget(window)
    assert "school" in window.visible_keys()
    window.logout_action.trigger()
    second = startup.window
    qtbot.addWidget(second)
    assert second is not window and second.ctx.actor.username == "zhao"
    assert second.visible_keys() == ["roll_call", "alerts", "approvals", "risk", "mentors", "weekly", "documents",
                                     "registry"]
    second.logout()  # the login is cancelled this time: the program ends
    assert quits and startup.window is None
    assert len(asked) == 1 and ("恢复密钥" in asked[0] or "recovery key" in asked[0])


def test_the_admin_of_a_school_without_a_recovery_key_makes_one_that_opens_the_database(qtbot, school_db,
                                                                                       monkeypatch):
    from app import accounts
    from app.data.db import unlock_with_recovery
    from app.ui import app as shell
    from app.ui.recovery_dialog import RecoveryKeyDialog

    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(shell, "exec_dialog", lambda d: shown.append(d) or QDialog.DialogCode.Accepted)
    assert not shell.offer_recovery_key(school_db, school_db.actors["wang"])  # a teacher is not asked
    assert shell.offer_recovery_key(school_db, school_db.actors["admin"])
    assert len(shown) == 1 and isinstance(shown[0], RecoveryKeyDialog)
    with school_db.session() as s:
        assert accounts.has_recovery_key(s)
    assert not shell.offer_recovery_key(school_db, school_db.actors["admin"])  # only once
    unlock_with_recovery(school_db.paths, shown[0].code).close()


def test_startup_demo_opens_the_demo_school_with_admin_prefilled(qtbot, monkeypatch, boxes):
    import app.demo
    from app.demo import DEMO_PASSWORD
    from app.paths import demo_data_dir
    from app.ui import app as shell
    from app.ui.login import LoginDialog

    real_ensure = app.demo.ensure_demo
    monkeypatch.setattr(app.demo, "ensure_demo", lambda **kw: real_ensure(**{**kw, "students": 40}))
    seen = []

    def drive(dialog):
        assert isinstance(dialog, LoginDialog)
        seen.append((dialog.username_edit.text(), dialog.demo_label.isHidden()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(shell, "exec_dialog", drive)
    startup = shell.Startup(demo=True)
    try:
        assert startup.open()
        assert startup.db.paths.root == demo_data_dir() and startup.username_hint == "admin"
        assert boxes[-1][0] == "information" and DEMO_PASSWORD in boxes[-1][2]
        assert startup.login() is None
        assert seen == [("admin", False)]  # pre-filled, with the demo badge shown
    finally:
        startup.close()


# --- translations and rendering ----------------------------------------------------------------------


def test_translations_cover_every_string(tmp_path):
    _qm, missing = build_shell_qm(tmp_path)
    assert missing == []
    lines = [line for line in TSV.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert all(len(line.split("\t")) == 3 for line in lines)


def test_render_main_window_to_png(qtbot, make_ctx, school_db, tmp_path):
    from app.ui.app import load_font

    family = load_font()
    assert family == "WenQuanYi Micro Hei"
    qm, _missing = build_shell_qm(tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    try:
        window = _window(qtbot, make_ctx("admin"))
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        assert window.nav.item(0).text() == "点名"  # the translation is in use
        image: QImage = window.grab().toImage()
    finally:
        QApplication.removeTranslator(translator)
    out = tmp_path / "main.png"
    assert image.save(str(out))
    colours, dark = set(), 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = QColor(image.pixel(x, y))
            colours.add(c.rgb())
            dark += c.lightness() < 100
    assert len(colours) > 20 and dark > 300
    try:
        shutil.copy(out, "/tmp/baoxue_shell.png")
    except OSError:
        pass


def test_the_approvals_entry_counts_what_waits_for_the_user(qtbot, make_ctx, school_db):
    from app import approvals
    from tests.conftest import make_student_input

    cid = school_db.class_ids["三年级(1)班"]
    with school_db.transaction() as s:
        from app.students import create_student

        sid = create_student(s, school_db.actors["admin"], make_student_input(cid), today=TODAY)
    window = _window(qtbot, make_ctx("wang"))  # the class teacher decides short leaves of the class
    assert window.badge("approvals") == 0
    assert window.nav.item(window.visible_keys().index("approvals")).text() == "Approvals"
    with school_db.transaction() as s:  # the subject teacher asks for a day of sick leave
        approvals.create_request(s, school_db.actors["zhao"], "leave",
                                 approvals.LeaveDetails("sick", TODAY + timedelta(days=3), TODAY + timedelta(days=3)),
                                 student_id=sid, submit=True, today=TODAY)
    window.ctx.announce(ChangeSet.of("approval_request"))
    assert window.badge("approvals") == 1
    assert window.nav.item(window.visible_keys().index("approvals")).text() == "Approvals (1)"
