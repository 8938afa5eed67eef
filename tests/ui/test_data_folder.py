"""First start on a shared PC: "everyone on this PC" or "only me", asked once, before the wizard;
and a second window on a folder in use is told, not let in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app import paths
from app.ui import app as ui_app
from app.ui.data_folder import DataFolderDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_override(monkeypatch, tmp_path):
    monkeypatch.delenv("BAOXUE_DATA_DIR", raising=False)
    monkeypatch.setenv("BAOXUE_MACHINE_DIR", str(tmp_path / "machine"))


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a, **k: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: shown.append((title, text)))
    return shown


def _driver(seen, choose_user: bool):
    """Replaces exec_dialog: picks a scope in the folder dialog, cancels the wizard after noting where it opened."""
    def drive(dialog):
        seen.append(dialog)
        if isinstance(dialog, DataFolderDialog):
            # the shared PC is the default on Windows; "only me" elsewhere
            assert dialog.machine_radio.isChecked() == (sys.platform == "win32")
            (dialog.user_radio if choose_user else dialog.machine_radio).setChecked(True)
            dialog.accept()
            return dialog.result()
        return QDialog.DialogCode.Rejected  # the first-run wizard: stop here
    return drive


def test_everyone_on_this_pc_puts_the_school_in_the_machine_folder(qtbot, monkeypatch, no_override, tmp_path):
    seen = []
    monkeypatch.setattr(ui_app, "exec_dialog", _driver(seen, choose_user=False))
    assert ui_app.open_or_setup(None) is None  # wizard cancelled
    assert [type(d).__name__ for d in seen] == ["DataFolderDialog", "FirstRunWizard"]
    assert seen[1].db.paths.root == tmp_path / "machine" / "data"
    assert paths.chosen_scope() == "machine" and paths.machine_location_file().is_file()
    # the next start asks no more
    seen.clear()
    ui_app.open_or_setup(None)
    assert [type(d).__name__ for d in seen] == ["FirstRunWizard"]


def test_only_me_keeps_the_school_in_the_user_profile(qtbot, monkeypatch, no_override):
    seen = []
    monkeypatch.setattr(ui_app, "exec_dialog", _driver(seen, choose_user=True))
    ui_app.open_or_setup(None)
    assert seen[1].db.paths.root == paths.default_data_dir()
    assert paths.chosen_scope() == "user" and not paths.machine_location_file().exists()


def test_closing_the_question_starts_nothing(qtbot, monkeypatch, no_override):
    monkeypatch.setattr(ui_app, "exec_dialog", lambda d: QDialog.DialogCode.Rejected)
    assert ui_app.open_or_setup(None) is None
    assert paths.chosen_scope() is None


def test_a_machine_folder_that_cannot_be_used_is_said_and_the_dialog_stays(qtbot, monkeypatch, no_override, tmp_path,
                                                                           errors):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("BAOXUE_MACHINE_DIR", str(blocker / "m"))
    dialog = DataFolderDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(type(dialog.user_radio), "scopeMachine"), Qt.MouseButton.LeftButton)
    dialog.accept()
    assert errors and "所有用户共用" in errors[0][1]
    assert dialog.result() != QDialog.DialogCode.Accepted and paths.chosen_scope() is None


def test_the_dialog_in_chinese_at_1366x768(qtbot, tmp_path, no_override):
    from app.ui.i18n import build_qm, tsv_files
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm, missing = build_qm([ROOT / "app" / "ui" / "data_folder.py"], tsv_files(), tmp_path)
    assert missing == []
    t = QTranslator()
    assert t.load(str(qm))
    QCoreApplication.installTranslator(t)
    try:
        assert ui_app.load_font()  # the shipped Chinese font, as the program loads it
        dialog = DataFolderDialog()
        qtbot.addWidget(dialog)
        dialog.resize(760, 360)
        dialog.show()
        assert dialog.windowTitle().startswith("保学")
        assert "所有用户" in dialog.machine_radio.text()
        assert dialog.grab().save(str(tmp_path / "data_folder.png"))
        import os
        if os.environ.get("BAOXUE_SHOT_DIR"):
            dialog.grab().save(os.path.join(os.environ["BAOXUE_SHOT_DIR"], "data_folder.png"))
    finally:
        QCoreApplication.removeTranslator(t)


HOLDER = """
import sys
from app.instance_lock import lock_folder
lock_folder(sys.argv[1]); print("locked", flush=True); sys.stdin.readline()
"""


def test_a_second_window_on_a_folder_in_use_is_told(qtbot, monkeypatch, tmp_path, errors):
    folder = tmp_path / "school"
    p = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         text=True, cwd=ROOT)
    try:
        assert p.stdout.readline().strip() == "locked"
        assert ui_app.open_db(folder) is None
        assert errors and "正在使用" in errors[0][1]
        assert not (folder / paths.DB_FILENAME).exists()  # nothing opened, nothing written
    finally:
        p.stdin.close()
        p.wait(timeout=30)
