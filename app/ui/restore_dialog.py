"""File → Restore from a backup…: choose the file, see what it holds, confirm, restore.

:func:`restore_flow` is the whole of it, for the main window and for the start when the database
cannot be opened: the file is checked on a worker (:func:`app.backup.read_backup` and
:func:`app.backup.check_restorable`: a truncated, tampered, newer or other school's backup is
refused with the reason), :class:`RestoreConfirmDialog` shows the school, the date and the counts
and says where the current data will be kept, and only then is the open database's engine closed
(Windows cannot replace a file that is open) and :func:`app.backup.restore_backup` run. The caller
reopens the database and asks for the login again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import backup
from app.paths import DataPaths
from app.ui.widgets import hint_label, run_and_wait, title_label


class RestoreConfirmDialog(QDialog):
    """What the backup holds and what restoring it does; Cancel is the default."""

    def __init__(self, info: backup.BackupInfo, current: backup.CurrentData, paths: DataPaths,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RestoreConfirmDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.info = info
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        school = f"{info.school_name}({info.school_code})"
        if info.is_demo:
            school += "  " + self.tr("[demo school]")
        form.addRow(self.tr("School:"), self._value(school, "school"))
        form.addRow(self.tr("Made on:"), self._value(f"{info.created:%Y-%m-%d %H:%M}", "created"))
        kind = (self.tr("Full backup: database, scanned proof, signing key") if info.kind == "full"
                else self.tr("Database only: the scanned proof and the signing key stay as they are"))
        form.addRow(self.tr("Holds:"), self._value(kind, "kind"))
        form.addRow(self.tr("Records:"), self._counts(info))
        if info.kind == "full":
            form.addRow(self.tr("Files:"), self._value(
                self.tr("{attachments} scanned documents, {keys} key files").format(
                    attachments=info.attachments, keys=info.key_files), "files"))
        file_label = self._value(info.path.name, "file")
        file_label.setToolTip(str(info.path))
        form.addRow(self.tr("File:"), file_label)
        form.addRow(self.tr("Made by:"), self._value(
            self.tr("Baoxue {version}, database version {revision}").format(
                version=info.program_version or "?", revision=info.revision or "?"), "version"))

        if current.school is not None:
            now = self.tr("The data of {school} in {folder} will be replaced by this backup: whatever was "
                          "entered after {created} is replaced.").format(
                school=current.school.name, folder=str(paths.root), created=f"{info.created:%Y-%m-%d %H:%M}")
            keep = self.tr("Before that, the current data is backed up to {folder}, so you can go back to it.").format(
                folder=str(paths.backups))
        elif current.error:
            now = self.tr("The current database cannot be read ({error}); it will be replaced by this backup.").format(
                error=current.error)
            keep = self.tr("Its files are kept as they are in {folder}.").format(folder=str(paths.backups))
        else:
            now = self.tr("The data folder {folder} holds no school yet; the backup's school will be "
                          "set up there.").format(folder=str(paths.root))
            keep = ""
        extra = "".join("\n" + w for w in backup.restore_warnings(info, current))  # the service's own Chinese
        warning = QLabel(now + ("\n" + keep if keep else "") + extra + "\n" + self.tr(
            "Everyone has to log in again afterwards."))
        warning.setObjectName("restoreWarning")
        warning.setWordWrap(True)
        warning.setFrameShape(QFrame.Shape.StyledPanel)
        warning.setStyleSheet("QLabel#restoreWarning { background: #fff4e5; border: 1px solid #e0a040; padding: 8px; }")

        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Replace all data with this backup?"), grow=3))
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(hint_label(self.tr("The backup was checked: every file matches its checksum.")))
        layout.addWidget(buttons)
        self.setMinimumWidth(680)
        self.adjustSize()

    def _counts(self, info: backup.BackupInfo) -> QWidget:
        """The counts of the manifest in a grid (学生 600 | 监护人 1,180 | …), a label each."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        labels = dict(backup.COUNTED)
        for n, (table, count) in enumerate(info.counts.items()):
            label = QLabel(f"{labels.get(table, table)} {count:,}")
            label.setObjectName(f"count_{table}")
            grid.addWidget(label, n // 4, n % 4)
        return box

    def _value(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(f"value_{name}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


def choose_backup(parent: QWidget | None, folder: Path) -> Path | None:
    start = folder if folder.is_dir() else Path.home()
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("RestoreDialog", "Choose the backup to restore"), str(start),
        QCoreApplication.translate("RestoreDialog", "Baoxue backups (*.zip *.sqlite3);;All files (*)"))
    return Path(path) if path else None


def restore_flow(parent: QWidget | None, paths: DataPaths, *, db=None, actor=None,
                 path: str | Path | None = None) -> backup.RestoreResult | None:
    """Choose (unless ``path``), check, confirm, restore. ``db``: the open database of ``paths``, closed
    before the files are replaced (and still usable when the restore was refused or cancelled)."""
    from app.ui.app import exec_dialog

    if path is None:
        path = choose_backup(parent, paths.backups)
        if path is None:
            return None
    title = QCoreApplication.translate("RestoreDialog", "Restore from a backup")

    def check(_progress):
        info = backup.read_backup(Path(path))
        return info, backup.check_restorable(info, paths)

    ok, checked = run_and_wait(parent, check, title=title,
                               label=QCoreApplication.translate("RestoreDialog", "Checking the backup\u2026"))
    if not ok:
        return None
    info, current = checked
    dialog = RestoreConfirmDialog(info, current, paths, parent)
    accepted = exec_dialog(dialog) == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return None
    if db is not None:
        db.close()  # no connection may hold the file while it is replaced (Windows)
    ok, result = run_and_wait(parent, lambda _p: backup.restore_backup(paths, info.path, actor=actor, expected=info),
                              title=title,
                              label=QCoreApplication.translate("RestoreDialog", "Restoring the backup\u2026"))
    return result if ok else None


def offer_restore(parent: QWidget | None, message: str) -> bool:
    """The database cannot be opened: say why, and offer to restore a backup. True: the user wants to."""
    from app.ui.app import exec_dialog

    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("RestoreDialog", "Cannot open the database"),
                      message, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("openFailedBox")
    restore = box.addButton(QCoreApplication.translate("RestoreDialog", "Restore from a backup\u2026"),
                            QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("offerRestore")
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    exec_dialog(box)
    chosen = box.clickedButton() is restore
    box.deleteLater()
    return chosen
