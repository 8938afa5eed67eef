"""The database's recovery key: shown once (and saved as a PDF to print) for the principal, and used at the
login when every password is forgotten.

* :class:`RecoveryKeyDialog` shows a new code (made by :func:`app.accounts.make_recovery_key`) with
  "Save as PDF…" (:func:`app.documents.recovery.write_recovery_sheet`, refused inside the data folder);
* :class:`RecoverDialog` opens the encrypted database with the code
  (:func:`app.data.db.unlock_with_recovery`) and sets an account's new password
  (:func:`app.accounts.reset_with_recovery`) in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QFormLayout, QLineEdit, QWidget

from app.accounts import reset_with_recovery
from app.data.db import Database, unlock_with_recovery
from app.documents.recovery import write_recovery_sheet
from app.errors import BaoxueError
from app.paths import DataPaths
from app.ui.widgets import (ErrorLabel, dialog_buttons, documents_dir, hint_label, line_edit, push_button, show_error,
                            show_info, title_label, vbox)


class RecoveryKeyDialog(QDialog):
    """A new recovery key, shown once: the principal writes it down or saves the sheet to print."""

    guide_topic = "first-start#recovery"

    def __init__(self, paths: DataPaths, code: str, school_name: str, school_code: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RecoveryKeyDialog")
        self.setWindowTitle(self.tr("Recovery key of the database"))
        self.paths, self.code = paths, code
        self.school_name, self.school_code = school_name, school_code
        self.saved: Path | None = None
        self.code_label = title_label(code, grow=3.0)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain = hint_label(self.tr(
            "The school's database and its backups are encrypted. This recovery key opens them when every "
            "password is forgotten. It is shown only now and is not kept on this PC: save the sheet to a USB "
            "stick, print it for the principal to lock away, then delete the file."))
        self.save_button = push_button(self.tr("Save as PDF\u2026"), "saveRecoverySheet", self.save_sheet)
        buttons = dialog_buttons(self, self.tr("I have kept it"))
        vbox(explain, self.code_label, self.save_button, buttons, parent=self)
        self.setMinimumWidth(620)

    def sheet_target(self) -> Path:
        return Path(documents_dir()) / f"保学恢复密钥单-{self.school_code}.pdf"

    @Slot()
    def save_sheet(self, target: str | Path | None = None) -> Path | None:
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key sheet"),
                                                    str(self.sheet_target()), "PDF (*.pdf)")
            if not chosen:
                return None
            target = chosen
        try:
            self.saved = write_recovery_sheet(target, self.paths, school_name=self.school_name,
                                              school_code=self.school_code, code=self.code)
        except BaoxueError as exc:
            show_error(self, str(exc), self.tr("Recovery key"))
            return None
        show_info(self, self.tr("Saved: {path}\nPrint it for the principal, then delete the file.").format(
            path=str(self.saved)), self.tr("Recovery key"))
        return self.saved


class RecoverDialog(QDialog):
    """Every password forgotten: the recovery key, an account and its new password (twice)."""

    guide_topic = "first-start#recovery"

    def __init__(self, paths: DataPaths, parent: QWidget | None = None, username: str = ""):
        super().__init__(parent)
        self.setObjectName("RecoverDialog")
        self.setWindowTitle(self.tr("Open with the recovery key"))
        self.paths = paths
        self.db: Database | None = None
        self.username = ""
        self.code_edit = line_edit("recoveryCode", "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.user_edit = QLineEdit(username)
        self.user_edit.setObjectName("username")
        self.new_edit = line_edit("newPassword", password=True)
        self.repeat_edit = line_edit("repeatPassword", password=True)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("recoverError")
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.code_edit)
        form.addRow(self.tr("Account"), self.user_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("New password again"), self.repeat_edit)
        form.addRow("", self.error_label)
        buttons = dialog_buttons(self, self.tr("Set the new password"))
        buttons.accepted.disconnect()
        buttons.accepted.connect(self.try_recover)
        vbox(hint_label(self.tr("The recovery key is on the sheet printed for the principal when the school was "
                                "set up (letters in any case, the dashes may be left out).")), form, buttons,
             parent=self)
        self.setMinimumWidth(560)

    @Slot()
    def try_recover(self) -> bool:
        if self.new_edit.text() != self.repeat_edit.text():
            self.error_label.set_error(self.tr("The two new passwords differ."))
            return False
        code = self.code_edit.text()
        db = None
        try:
            db = unlock_with_recovery(self.paths, code)
            with db.transaction() as session:
                info = reset_with_recovery(session, code, self.user_edit.text(), self.new_edit.text())
        except BaoxueError as exc:
            if db is not None:
                db.close()
            self.error_label.set_error(str(exc))
            return False
        self.db, self.username = db, info.username
        self.accept()
        return True


__all__ = ["RecoverDialog", "RecoveryKeyDialog"]
