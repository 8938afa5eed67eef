"""First start: who on this PC uses the school's data — only this Windows user, or everyone?

On a shared office PC teachers log in to Windows with their own accounts; with data in each
user's profile every one of them would find an empty, separate school. The choice is asked
once, before the first-run wizard (when nothing else decides: see :mod:`app.paths`), and
remembered by :func:`app.paths.remember_scope`.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.errors import BaoxueError
from app.ui.widgets import error_text, hint_label, show_error


class DataFolderDialog(QDialog):
    guide_topic = "install#data-folder"  # the user guide's part that F1 opens here

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DataFolderDialog")
        self.setWindowTitle(self.tr("Baoxue \u2014 first start: where the school's data is kept"))
        self.chosen_dir = None
        title = QLabel(self.tr("Who on this computer works with the school's data?"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        title.setFont(font)
        self.machine_radio = QRadioButton(self.tr("Everyone on this PC (recommended for a shared office computer)"))
        self.machine_radio.setObjectName("scopeMachine")
        self.user_radio = QRadioButton(self.tr("Only me (this Windows user)"))
        self.user_radio.setObjectName("scopeUser")
        # the shared office PC is the Windows case; a Linux desktop's machine folder needs root to make
        (self.machine_radio if sys.platform == "win32" else self.user_radio).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.machine_radio)
        group.addButton(self.user_radio)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(self.machine_radio)
        layout.addWidget(hint_label(self.tr(
            "Every teacher who logs in to this computer with their own Windows account sees the same school. "
            "Data folder: {path}").format(path=str(paths.machine_data_dir()))))
        layout.addSpacing(8)
        layout.addWidget(self.user_radio)
        layout.addWidget(hint_label(self.tr(
            "Only your Windows account sees the school; other accounts of this computer would start empty. "
            "Data folder: {path}").format(path=str(paths.default_data_dir()))))
        layout.addSpacing(8)
        layout.addWidget(hint_label(self.tr(
            "The choice is remembered. Each program login still has its own Baoxue account and password.")))
        layout.addStretch(1)
        layout.addWidget(buttons)

    def scope(self) -> str:
        return paths.SCOPE_MACHINE if self.machine_radio.isChecked() else paths.SCOPE_USER

    def accept(self) -> None:
        try:
            self.chosen_dir = paths.remember_scope(self.scope())
        except BaoxueError as exc:
            show_error(self, error_text(exc), self.tr("The shared data folder cannot be used"))
            return
        super().accept()
