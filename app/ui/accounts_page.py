"""账户 — the accounts page: list users, add one, change roles, enable/disable, reset a password.

Every change goes through :mod:`app.accounts` in one ``ctx.run`` transaction;
the service decides (user name rules, password strength, "not your own admin
role"...) and its message is shown as is. The only check here is that a new
password was typed the same way twice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QWidget,
)

from app.changes import ACCOUNTS, ChangeSet, STAFF
from app import accounts, school
from app.accounts import MIN_PASSWORD_LENGTH, ROLES, UserInfo
from app.errors import BaoxueError
from app.ui.models import Column, RowTableModel
from app.ui.widgets import (ErrorLabel, FormDialog, attempt, confirm, hbox, hint_label, line_edit, make_table,
                            open_modal, push_button, shortcut_action, show_error, show_info, vbox)


def role_labels(roles) -> str:
    return "、".join(label for key, label in ROLES.items() if key in roles)


class UserTableModel(RowTableModel[UserInfo]):
    USERNAME, DISPLAY, ROLES_COL, STAFF, ACTIVE, LAST_LOGIN = range(6)

    def __init__(self, rows=(), parent=None, *, staff_names: dict[int, str] | None = None):
        self.staff_names: dict[int, str] = dict(staff_names or {})
        super().__init__(rows, parent)

    def columns(self) -> list[Column[UserInfo]]:
        center = Qt.AlignmentFlag.AlignCenter
        active, disabled, locked = self.tr("Active"), self.tr("Disabled"), self.tr("Locked")

        def status(u: UserInfo) -> str:
            if not u.active:
                return disabled
            return locked if u.locked() else active

        return [
            Column(self.tr("User name"), lambda u: u.username),
            Column(self.tr("Name"), lambda u: u.display_name),
            Column(self.tr("Roles"), lambda u: role_labels(u.roles)),
            Column(self.tr("Staff member"), lambda u: self.staff_names.get(u.staff_id, "") if u.staff_id else ""),
            Column(self.tr("Status"), status, align=center,
                   sort=lambda u: (int(not u.active), int(u.locked()))),
            Column(self.tr("Last login"),
                   lambda u: _local(u.last_login_at) if u.last_login_at else "",
                   sort=lambda u: u.last_login_at.isoformat() if u.last_login_at else None),
        ]


def _local(at) -> str:
    from app.ui.audit_window import format_time

    return format_time(at)[:16]


class RoleChecks(QWidget):
    """One check box per role, with the Chinese role names."""

    def __init__(self, roles=(), parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, (key, label) in enumerate(ROLES.items()):
            box = QCheckBox(label)
            box.setObjectName(f"role_{key}")
            box.setChecked(key in roles)
            self.boxes[key] = box
            grid.addWidget(box, n // 3, n % 3)

    def roles(self) -> set[str]:
        return {key for key, box in self.boxes.items() if box.isChecked()}

    def set_roles(self, roles) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in roles)


class PasswordFormDialog(FormDialog):
    """A dialog that asks for a new password twice (the only check made here: the same both times)."""

    def __init__(self, ctx, parent: QWidget | None, name: str):
        super().__init__(ctx, parent, name)
        self.password_edit = line_edit("password", self.tr("At least {n} characters").format(n=MIN_PASSWORD_LENGTH),
                                       password=True)
        self.password2_edit = line_edit("password2", password=True)
        self.error = ErrorLabel()

    def passwords_differ(self, message: str) -> bool:
        """Says ``message`` under the form when the two passwords typed are not the same."""
        if self.password_edit.text() != self.password2_edit.text():
            self.error.set_error(message)
            return True
        return False


class AccountDialog(PasswordFormDialog):
    """New account: user name, name, roles, linked staff member, first password."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent, "AccountDialog")
        self.created: UserInfo | None = None
        self.setWindowTitle(self.tr("New account"))
        self.username_edit = line_edit("username", self.tr("Letters or digits, no spaces, e.g. wanghong"))
        self.display_edit = line_edit("displayName", self.tr("e.g. 王红"))
        self.roles = RoleChecks()
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("staffCombo")
        self.staff_combo.addItem(self.tr("(not linked)"), None)
        for s in ctx.read(school.list_staff):
            self.staff_combo.addItem(s.name, s.id)
        self.staff_combo.currentIndexChanged.connect(self._fill_name_from_staff)
        self.error.setObjectName("accountError")

        form = QFormLayout()
        form.addRow(self.tr("User name *"), self.username_edit)
        form.addRow(self.tr("Name"), self.display_edit)
        form.addRow(self.tr("Roles *"), self.roles)
        form.addRow(self.tr("Staff member"), self.staff_combo)
        form.addRow("", hint_label(self.tr(
            "Link a teacher's account to the staff member so that they see their own classes.")))
        form.addRow(self.tr("First password *"), self.password_edit)
        form.addRow(self.tr("Password again *"), self.password2_edit)
        self.lay_out(form, self.error, ok_text=self.tr("Create account"))

    def _fill_name_from_staff(self) -> None:
        if self.staff_combo.currentData() is not None and not self.display_edit.text().strip():
            self.display_edit.setText(self.staff_combo.currentText())

    def accept(self) -> None:
        if self.passwords_differ(self.tr("The two passwords are not the same.")):
            return
        self.error.clear_error()
        ok, info = attempt(self, self.ctx.run, accounts.create_user, self.username_edit.text(),
                           self.password_edit.text(), self.roles.roles(), display_name=self.display_edit.text(),
                           staff_id=self.staff_combo.currentData(), must_change_password=True, title=self.tr("The account was not created"))
        if ok:
            self.created = info
            super().accept()


class RolesDialog(FormDialog):
    def __init__(self, ctx, user: UserInfo, parent: QWidget | None = None):
        super().__init__(ctx, parent, "RolesDialog")
        self.user = user
        self.setWindowTitle(self.tr("Roles of {user}").format(user=user.username))
        self.roles = RoleChecks(user.roles)
        self.lay_out(QLabel(self.tr("What may {user} do?").format(user=user.display_name or user.username)),
                     self.roles)

    def accept(self) -> None:
        self.save(accounts.set_roles, self.user.id, self.roles.roles(), title=self.tr("The roles were not changed"))


class ResetPasswordDialog(PasswordFormDialog):
    """An administrator sets a new password for someone who forgot theirs."""

    def __init__(self, ctx, user: UserInfo, parent: QWidget | None = None):
        super().__init__(ctx, parent, "ResetPasswordDialog")
        self.user = user
        self.setWindowTitle(self.tr("New password for {user}").format(user=user.username))
        form = QFormLayout()
        form.addRow(self.tr("New password"), self.password_edit)
        form.addRow(self.tr("Password again"), self.password2_edit)
        self.lay_out(form, hint_label(self.tr("Tell the new password to the person in private.")), self.error)

    def accept(self) -> None:
        if self.passwords_differ(self.tr("The two passwords are not the same.")):
            return
        self.save(accounts.change_password, self.user.id, self.password_edit.text(),
                  title=self.tr("The password was not changed"))


class ChangePasswordDialog(PasswordFormDialog):
    """Anyone changes their own password (the old one is asked)."""

    guide_topic = "first-start#accounts"  # the user guide's part that F1 opens here

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent, "ChangePasswordDialog")
        self.setWindowTitle(self.tr("Change my password"))
        self.old_edit = line_edit("oldPassword", password=True)
        self.error.setObjectName("passwordError")
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.old_edit)
        form.addRow(self.tr("New password"), self.password_edit)
        form.addRow(self.tr("New password again"), self.password2_edit)
        self.lay_out(form, self.error)

    def accept(self) -> None:
        if self.passwords_differ(self.tr("The two new passwords are not the same.")):
            return
        try:
            self.ctx.run(accounts.change_password, self.ctx.actor.user_id, self.password_edit.text(),
                         old_password=self.old_edit.text())
        except BaoxueError as exc:
            self.error.set_error(str(exc))
            return
        show_info(self, self.tr("Your password has been changed. Use the new one next time you log in."),
                  self.tr("Change my password"))
        super().accept()


class AccountsPage(QWidget):
    """Everyone who may log in, and what they may do."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = ACCOUNTS | STAFF

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AccountsPage")
        self.model = UserTableModel(parent=self)
        self.table = make_table(self.model, "userTable", sortable=True, clearable=True, wrap=True,
                                resize=QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(UserTableModel.ROLES_COL, 200)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.change_roles())

        self.add_action = shortcut_action(self, self.tr("New account\u2026"), "Ctrl+N", self.add_account)

        self.add_button = push_button(self.tr("New account\u2026"), "addAccount", self.add_account,
                                      tooltip=self.tr("Create a login for a teacher or staff member (Ctrl+N)"))
        self.roles_button = push_button(self.tr("Change roles\u2026"), "changeRoles", self.change_roles)
        self.active_button = push_button(self.tr("Disable account"), "toggleActive", self.toggle_active)
        self.password_button = push_button(self.tr("Reset password\u2026"), "resetPassword", self.reset_password)
        self.unlock_button = push_button(self.tr("Unlock"), "unlockAccount", self.unlock, tooltip=self.tr(
            "Let a locked account log in again at once (it was locked after repeated wrong passwords)"))

        buttons = hbox(self.add_button, self.roles_button, self.password_button, self.active_button,
                       self.unlock_button, None)
        vbox(hint_label(self.tr("Each person logs in with their own account. A disabled account cannot log in; "
                                "its history stays in the log.")), (self.table, 1), buttons, parent=self)

        self._dialog: QDialog | None = None
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_user()
        try:
            users = self.ctx.read(accounts.list_users, self.ctx.actor)
        except BaoxueError as exc:
            show_error(self, str(exc), self.tr("Accounts"))
            users = []
        self.model.staff_names = {s.id: s.name for s in self.ctx.read(school.list_staff, only_active=False)}
        self.model.set_rows(users)
        if selected is not None:
            self.select_user(selected.id)
        self._update_buttons()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(ACCOUNTS | STAFF):
            self.refresh()

    def selected_user(self) -> UserInfo | None:
        return self.model.row_at(self.table.currentIndex())

    def select_user(self, user_id: int) -> bool:
        for row, u in enumerate(self.model.rows()):
            if u.id == user_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _update_buttons(self) -> None:
        u = self.selected_user()
        for b in (self.roles_button, self.active_button, self.password_button):
            b.setEnabled(u is not None)
        self.active_button.setText(self.tr("Enable account") if u is not None and not u.active
                                   else self.tr("Disable account"))
        self.unlock_button.setVisible(u is not None and u.locked())

    def _open(self, dialog: QDialog) -> QDialog:
        """Show a dialog window-modal without blocking (tests drive it; the page refreshes on ``changed``)."""
        self._dialog = dialog
        return open_modal(dialog)

    @Slot()
    def add_account(self) -> AccountDialog:
        dialog = AccountDialog(self.ctx, self)
        dialog.accepted.connect(lambda: dialog.created and self.select_user(dialog.created.id))
        return self._open(dialog)

    @Slot()
    def change_roles(self) -> RolesDialog | None:
        u = self.selected_user()
        return self._open(RolesDialog(self.ctx, u, self)) if u else None

    @Slot()
    def reset_password(self) -> QDialog | None:
        u = self.selected_user()
        if u is None:
            return None
        if u.id == self.ctx.actor.user_id:
            return self._open(ChangePasswordDialog(self.ctx, self))
        return self._open(ResetPasswordDialog(self.ctx, u, self))

    @Slot()
    def toggle_active(self) -> None:
        u = self.selected_user()
        if u is None:
            return
        if u.active and not confirm(self, self.tr("Disable the account {user}? They will no longer be able to log in.")
                                    .format(user=u.username), self.tr("Disable account")):
            return
        attempt(self, self.ctx.run, accounts.set_active, u.id, not u.active,
                title=self.tr("Accounts"))

    @Slot()
    def unlock(self) -> None:
        u = self.selected_user()
        if u is None:
            return
        attempt(self, self.ctx.run, accounts.unlock_user, u.id, title=self.tr("Accounts"))
