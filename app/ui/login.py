"""The login dialog: user name, password, Enter logs in; a wrong password is a message, not a crash.

With an encrypted database not open yet (:class:`~app.data.db.LockedDatabase`) the password first opens
it (:func:`~app.data.db.unlock_database`), then logs in; "Use the recovery key…" opens it with the
principal's recovery key and sets a new password (:class:`~app.ui.recovery_dialog.RecoverDialog`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.accounts import Actor, authenticate
from app.data.db import Database, LockedDatabase, unlock_database
from app.errors import BaoxueError
from app.school import get_school
from app.ui.widgets import error_text, ErrorLabel, hint_label, push_button, title_label


class LoginDialog(QDialog):
    """On success :attr:`actor` holds the logged-in :class:`~app.accounts.Actor`."""

    guide_topic = "first-start#login"  # the user guide's part that F1 opens here

    def __init__(self, db: Database | LockedDatabase, parent: QWidget | None = None, username: str = ""):
        super().__init__(parent)
        self.db = db  # the opened Database once the login worked
        self.actor: Actor | None = None
        self.setObjectName("LoginDialog")
        self.setWindowTitle(self.tr("Baoxue \u2014 log in"))
        self.setMinimumWidth(460)

        if isinstance(db, LockedDatabase):
            self.school_name, self.is_demo = db.school_name, db.is_demo
        else:
            with db.session() as session:
                info = get_school(session)
            self.school_name = info.name if info else ""
            self.is_demo = bool(info and info.is_demo)

        self.school_label = title_label(self.school_name or self.tr("Baoxue"))
        self.school_label.setObjectName("schoolName")
        self.school_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_label = title_label(self.tr("Demo school \u2014 sample data, not a real school"), grow=0)
        self.demo_label.setObjectName("demoBadge")
        self.demo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_label.setStyleSheet("color: #ffffff; background: #c0392b; padding: 4px; border-radius: 4px;")
        self.demo_label.setVisible(self.is_demo)

        self.username_edit = QLineEdit(username)
        self.username_edit.setObjectName("username")
        self.username_edit.setPlaceholderText(self.tr("e.g. admin"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("loginError")
        for edit in (self.username_edit, self.password_edit):
            font = edit.font()
            font.setPointSizeF(font.pointSizeF() + 2)
            edit.setFont(font)
            edit.setMinimumHeight(34)
            edit.textEdited.connect(lambda _t: self.error_label.clear_error())

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow("", self.error_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.login_button = buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("loginButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Exit"))
        for button in buttons.buttons():  # Enter is handled by the fields themselves (below), never twice
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        self.recover_button = push_button(self.tr("Forgot every password? Use the recovery key\u2026"),
                                          "recoverButton", self.recover)
        self.recover_button.setFlat(True)
        self.recover_button.setAutoDefault(False)
        # Enter: in the user name → go to the password (or log in if it is filled); in the password → log in
        self.username_edit.returnPressed.connect(
            lambda: self.try_login() if self.password_edit.text() else self.password_edit.setFocus())
        self.password_edit.returnPressed.connect(self.try_login)

        self.data_dir_label = hint_label(self.tr("Data folder: {path}").format(path=str(db.paths.root)))
        self.data_dir_label.setObjectName("dataDir")

        layout = QVBoxLayout(self)
        layout.addWidget(self.school_label)
        layout.addWidget(self.demo_label)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.recover_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addSpacing(8)
        layout.addWidget(self.data_dir_label)

        (self.password_edit if username else self.username_edit).setFocus()

    @Slot()
    def try_login(self) -> bool:
        """Check the user name and password (Enter or the Log in button). True when logged in."""
        username = self.username_edit.text().strip()
        if not username:
            self.error_label.set_error(self.tr("Please enter your user name."))
            self.username_edit.setFocus()
            return False
        opened = None
        try:
            db = self.db
            if isinstance(db, LockedDatabase):  # the password opens the encrypted database first
                db = opened = unlock_database(db.paths, username, self.password_edit.text())
            with db.transaction() as session:
                actor = authenticate(session, username, self.password_edit.text())
        except BaoxueError as exc:
            if opened is not None:
                opened.close()
            self.error_label.set_error(error_text(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return False
        self.db, self.actor = db, actor
        self.accept()
        return True

    @Slot()
    def recover(self) -> bool:
        """The recovery key opens the database and sets a new password; then the login goes on with it."""
        from app.ui.app import exec_dialog
        from app.ui.recovery_dialog import RecoverDialog

        dialog = RecoverDialog(self.db.paths, self, self.username_edit.text().strip())
        done = exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.db is not None
        if done:
            if isinstance(self.db, Database):
                dialog.db.close()  # the window's own engine stays the one in use
            else:
                self.db = dialog.db
            self.username_edit.setText(dialog.username)
            self.password_edit.setText(dialog.new_edit.text())
            self.error_label.set_error(self.tr("The new password is set. Log in with it."))
            self.password_edit.setFocus()
        dialog.deleteLater()
        return done
