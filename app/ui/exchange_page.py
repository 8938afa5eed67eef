"""县级数据包 — the school's signing key, the signed bundles for the county, their history.

The page owns no rule: :mod:`app.exchange.keys` makes, replaces and exports the key
(its passphrase rules included), :mod:`app.exchange.export` works out the period,
builds, signs and writes the bundle and keeps the history. This page:

* shows whether the school has a key, its certificate fingerprint (grouped, in a fixed
  font, to read out or print — :func:`~app.exchange.keys.fingerprint_sheet`) and the
  certificate file for the county (:func:`~app.exchange.keys.export_certificate`);
* creates or replaces the key: the passphrase is typed twice in password fields and
  handed straight to the service on a worker thread; it is never kept by the page;
* exports a bundle for this reporting period (the policy's) or a custom range into a
  folder the registrar chooses (the USB stick), asking the passphrase each time, on a
  :class:`~app.ui.workers.BackgroundTask`; then shows :attr:`ExportResult.summary`;
* lists every bundle written (:func:`~app.exchange.export.export_history`) with
  "Write again to…" (:func:`~app.exchange.export.resend`, the same bytes).

The main window builds the page through :func:`exchange_page`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import CALENDAR, ChangeSet, EXCHANGE, POLICY, SCHOOL
from app.errors import BaoxueError
from app.exchange import county_offer
from app.exchange import export as export_service
from app.exchange import keys
from app.exchange import receipts as receipts_service
from app.exchange.export import ExportResult, ExportRow
from app.exchange.keys import KeyInfo
from app.ui.models import Column, RowTableModel
from app.ui.widgets import (error_text, ErrorLabel, confirm, dialog_buttons, hint_label, info_label, local_text, push_button,
                            show_error, show_info, show_unexpected, title_label)
from app.ui.widgets import make_table as _table
from app.ui.workers import BackgroundTask
from app.ui.widgets import qdate as _qdate, pydate as _pydate

SHOWS = EXCHANGE | SCHOOL | POLICY | CALENDAR






def _mono() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    return font


# --- models -------------------------------------------------------------------------------------------


class ExportHistoryModel(RowTableModel[ExportRow]):
    """Every bundle written, newest first."""

    SEQUENCE, PERIOD, CREATED, ROSTER, COUNTS, STATE, COUNTY, FILE = range(8)

    def columns(self) -> list[Column[ExportRow]]:
        return [
            Column(self.tr("No."), lambda r: r.sequence, align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Period"), lambda r: f"{r.start.isoformat()} \u2013 {r.end.isoformat()}",
                   sort=lambda r: r.start.isoformat()),
            Column(self.tr("Written"), lambda r: local_text(r.created_at), sort=lambda r: r.sequence),
            Column(self.tr("Roster"), lambda r: self.tr("full") if r.roster_mode == "full" else self.tr("changes")),
            Column(self.tr("Records"), self._counts, tooltip=self._counts_tip),
            Column(self.tr("State"), self._state, tooltip=self._state_tip),
            Column(self.tr("County"), self._receipt, tooltip=self._receipt_tip),
            Column(self.tr("File"), lambda r: r.file_name, tooltip=lambda r: f"SHA-256 {r.sha256}"),
        ]

    def _counts(self, r: ExportRow) -> str:
        return self.tr("students {s} \u00b7 roll calls {rc} \u00b7 alerts {a}").format(
            s=r.counts.get("student", 0), rc=r.counts.get("roll_call", 0), a=r.counts.get("alert", 0))

    @staticmethod
    def _counts_tip(r: ExportRow) -> str:
        return "\n".join(f"{k}: {v}" for k, v in sorted(r.counts.items()))

    def _receipt(self, r: ExportRow) -> str:
        if r.receipt == "received":
            return self.tr("received {day}").format(day=r.received_on.isoformat() if r.received_on else "")
        if r.receipt == "missing":
            return self.tr("not received")
        return self.tr("no receipt yet")

    def _receipt_tip(self, r: ExportRow) -> str:
        if r.receipt == "missing":
            return self.tr("The county's packages confirm later bundles but not this one: write it again and send it")
        if r.receipt == "received":
            return self.tr("The county's signed package confirms it received this very file")
        return self.tr("Import the county's package to see whether it arrived")

    def _state(self, r: ExportRow) -> str:
        parts = []
        if r.superseded_by:
            parts.append(self.tr("replaced by no. {n}").format(n=r.superseded_by))
        else:
            parts.append(self.tr("current"))
        if r.supersedes:
            parts.append(self.tr("replaces no. {n}").format(n=r.supersedes))
        if not r.copy_kept:
            parts.append(self.tr("file copy cleared"))
        return ", ".join(parts)

    def _state_tip(self, r: ExportRow) -> str:
        return cleared_text(r) if not r.copy_kept else ""


def cleared_text(r: ExportRow) -> str:
    """Why a bundle's file copy is gone, and what to do."""
    return QCoreApplication.translate(
        "ExchangePage",
        "The file copy of bundle no. {n} has been cleared: the county confirmed it received this file, and the "
        "school keeps only its record. If the county still needs {start} \u2013 {end}, export that period again "
        "(the new bundle replaces no. {n}).").format(n=r.sequence, start=r.start.isoformat(), end=r.end.isoformat())


class KeyListModel(RowTableModel[KeyInfo]):
    """The school's keys: the active one and those retired."""

    def columns(self) -> list[Column[KeyInfo]]:
        return [
            Column(self.tr("Fingerprint (start)"), lambda k: k.fingerprint_grouped[:23] + "\u2026",
                   tooltip=lambda k: k.fingerprint_grouped),
            Column(self.tr("State"), lambda k: self.tr("in use") if k.status == "active" else self.tr("retired")),
            Column(self.tr("Made"), lambda k: local_text(k.created_at)),
            Column(self.tr("Retired"), lambda k: local_text(k.retired_at)),
            Column(self.tr("Algorithm"), lambda k: k.algorithm),
        ]


# --- passphrase dialogs -------------------------------------------------------------------------------


class NewKeyDialog(QDialog):
    """The passphrase of a new key, typed twice (and, when replacing, the old one, optional)."""

    guide_topic = "county#key"  # the user guide's part that F1 opens here

    def __init__(self, parent: QWidget | None = None, *, replacing: bool = False):
        super().__init__(parent)
        self.setObjectName("NewKeyDialog")
        self.replacing = replacing
        self.setWindowTitle(self.tr("Replace the signing key") if replacing else self.tr("Make the signing key"))
        self.first = QLineEdit()
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit()
        self.second.setObjectName("newPassphrase2")
        self.old = QLineEdit()
        self.old.setObjectName("oldPassphrase")
        for e in (self.first, self.second, self.old):
            e.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(self.tr("At least {n} characters").format(n=keys.MIN_PASSPHRASE_LENGTH))
        self.old.setPlaceholderText(self.tr("Leave empty if it is lost"))
        self.error = ErrorLabel()
        self.error.setObjectName("passphraseError")
        buttons = dialog_buttons(self, self.tr("Replace the key") if replacing else self.tr("Make the key"))
        form = QFormLayout(self)
        if replacing:
            form.addRow(hint_label(self.tr(
                "The old key is archived and the next bundle tells the county about the change. With the old "
                "passphrase the old key vouches for the new one, and the county accepts it without a new "
                "registration; without it, register the new fingerprint with the county.")))
            form.addRow(self.tr("Old passphrase"), self.old)
        else:
            form.addRow(hint_label(self.tr(
                "The passphrase protects the school's private key, which is stored only encrypted. It is asked at "
                "every export and cannot be recovered: keep it where the registrar and the principal find it.")))
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Passphrase again"), self.second)
        form.addRow("", self.error)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def passphrase(self) -> str:
        return self.first.text()

    def old_passphrase(self) -> str | None:
        return self.old.text() or None if self.replacing else None

    def accept(self) -> None:
        if self.first.text() != self.second.text():
            self.error.set_error(self.tr("The two passphrases are not the same. Type them again."))
            self.second.clear()
            self.second.setFocus()
            return
        try:
            keys.check_passphrase(self.first.text())  # the service's own rule, shown before any work starts
        except BaoxueError as exc:
            self.error.set_error(error_text(exc))
            return
        self.error.clear_error()
        super().accept()

    def clear(self) -> None:
        for e in (self.first, self.second, self.old):
            e.clear()


class PassphraseDialog(QDialog):
    """The key passphrase for one export (nothing is remembered)."""

    guide_topic = "county"  # the user guide's part that F1 opens here

    def __init__(self, parent: QWidget | None = None, *, detail: str = ""):
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle(self.tr("Key passphrase"))
        self.edit = QLineEdit()
        self.edit.setObjectName("exportPassphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = dialog_buttons(self, self.tr("Sign and export"))
        form = QFormLayout(self)
        if detail:
            label = QLabel(detail)
            label.setWordWrap(True)
            form.addRow(label)
        form.addRow(self.tr("Passphrase of the school's key"), self.edit)
        form.addRow(buttons)
        self.resize(480, self.sizeHint().height())

    def passphrase(self) -> str:
        return self.edit.text()


# --- the page -----------------------------------------------------------------------------------------


class ExchangePage(QWidget):
    """县级数据包: key, export, history."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    exported = Signal(object)  # ExportResult

    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | None = None,
                 key_size: int = keys.DEFAULT_KEY_SIZE):
        super().__init__(parent)
        self.setObjectName("ExchangePage")
        self.ctx = ctx
        self._today = today
        self.key_size = key_size
        self.paths = ctx.db.paths
        self.may_key = ctx.actor.has(keys.KEY_MANAGE)
        self.may_export = ctx.actor.has(export_service.EXPORT_PERM)
        self.key: KeyInfo | None = None
        self.last_result: ExportResult | None = None
        self.task: BackgroundTask | None = None
        self._tasks: list[BackgroundTask] = []
        self.key_dialog: NewKeyDialog | None = None
        self.passphrase_dialog: PassphraseDialog | None = None

        # --- the key ---------------------------------------------------------------------------------
        self.key_state = info_label("keyState")
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(_mono())
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_button = push_button(self.tr("Make the key\u2026"), "createKey", lambda: self.create_key())
        self.replace_button = push_button(self.tr("Replace the key\u2026"), "replaceKey", lambda: self.replace_key())
        self.sheet_button = push_button(self.tr("Print the registration sheet\u2026"), "printSheet",
                                        lambda: self.print_sheet())
        self.cert_button = push_button(self.tr("Save the certificate for the county\u2026"), "exportCert",
                                       lambda: self.export_certificate())
        self.key_error = ErrorLabel()
        self.key_error.setObjectName("keyError")
        self.key_model = KeyListModel(parent=self)
        self.key_view = _table(self.key_model)
        self.key_view.setObjectName("keyList")
        self.key_view.setMaximumHeight(90)

        key_box = QGroupBox(self.tr("The school's signing key"))
        kb = QVBoxLayout(key_box)
        kb.addWidget(self.key_state)
        kb.addWidget(self.fingerprint)
        row = QHBoxLayout()
        for b in (self.create_button, self.replace_button, self.sheet_button, self.cert_button):
            row.addWidget(b)
        row.addStretch(1)
        kb.addLayout(row)
        kb.addWidget(self.key_error)
        kb.addWidget(self.key_view)

        # --- the export -------------------------------------------------------------------------------
        self.this_period = QRadioButton()
        self.this_period.setObjectName("thisPeriod")
        self.this_period.setChecked(True)
        self.custom_period = QRadioButton(self.tr("Another period:"))
        self.custom_period.setObjectName("customPeriod")
        group = QButtonGroup(self)
        group.addButton(self.this_period)
        group.addButton(self.custom_period)
        self.from_date = QDateEdit()
        self.to_date = QDateEdit()
        for d in (self.from_date, self.to_date):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.from_date.setObjectName("periodFrom")
        self.to_date.setObjectName("periodTo")
        self.custom_period.toggled.connect(self.from_date.setEnabled)
        self.custom_period.toggled.connect(self.to_date.setEnabled)
        self.folder_edit = QLineEdit(str(self.paths.exports))
        self.folder_edit.setObjectName("exportFolder")
        self.folder_button = push_button(self.tr("Choose\u2026"), "chooseFolder", lambda: self.choose_folder())
        self.full_check = QCheckBox(self.tr("Send the whole roster (only when the county asks for it)"))
        self.full_check.setObjectName("fullRoster")
        self.export_button = push_button(self.tr("Sign and export\u2026"), "exportBundle")
        self.export_button.setMinimumHeight(40)
        self.export_button.clicked.connect(lambda: self.export_bundle())
        self.result_label = info_label("exportResult", style="color: #2e7d32; font-weight: bold;", selectable=True)
        self.export_error = ErrorLabel()
        self.export_error.setObjectName("exportError")

        export_box = QGroupBox(self.tr("Export a bundle for the county"))
        ef = QFormLayout(export_box)
        period_row = QHBoxLayout()
        period_row.addWidget(self.custom_period)
        period_row.addWidget(self.from_date)
        period_row.addWidget(QLabel("\u2013"))
        period_row.addWidget(self.to_date)
        period_row.addStretch(1)
        ef.addRow(self.tr("Period"), self.this_period)
        ef.addRow("", period_row)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        ef.addRow(self.tr("Write to"), folder_row)
        ef.addRow("", self.full_check)
        self.county_button = push_button(self.tr("Register the county's certificate\u2026"), "trustCounty")
        self.county_button.setToolTip(self.tr("Bundles are encrypted to the county education bureau: register the "
                                              "certificate it gives you, once"))
        self.county_button.clicked.connect(lambda: self.trust_county())
        button_row = QHBoxLayout()
        button_row.addWidget(self.export_button)
        button_row.addWidget(self.county_button)
        button_row.addStretch(1)
        ef.addRow("", button_row)
        ef.addRow("", self.result_label)
        ef.addRow("", self.export_error)

        # --- the history ---------------------------------------------------------------------------------
        self.history_model = ExportHistoryModel(parent=self)
        self.history_view = _table(self.history_model)
        self.history_view.setObjectName("exportHistory")
        self.history_view.doubleClicked.connect(lambda _i: self.resend())
        self.resend_button = push_button(self.tr("Write again to\u2026"), "resendBundle")
        self.resend_button.setToolTip(self.tr("Write the selected bundle again, byte for byte (e.g. when the USB "
                                              "stick was lost)"))
        self.resend_button.clicked.connect(lambda: self.resend())
        self.package_button = QPushButton(self.tr("Import the county's package\u2026"))
        self.package_button.setObjectName("importCountyPackage")
        self.package_button.setToolTip(self.tr("The signed file the county sends back: which bundles it received"))
        self.package_button.clicked.connect(lambda: self.import_package())
        self.history_view.selectionModel().selectionChanged.connect(self._history_selection)
        self.history_message = info_label("historyMessage", style="color: #2e7d32;")
        history_box = QGroupBox(self.tr("Bundles written"))
        hb = QVBoxLayout(history_box)
        hb.addWidget(self.history_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.resend_button)
        row.addWidget(self.package_button)
        row.addWidget(self.history_message, 1)
        hb.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("County bundles")))
        layout.addWidget(hint_label(self.tr(
            "Each bundle is one signed file for one reporting period; the county checks with the school's "
            "registered certificate that it comes from this school and was not changed. Exporting the same "
            "period again with no change gives the same file.")))
        if not (self.may_export or self.may_key):
            layout.addWidget(hint_label(self.tr("Only the registrar and the administrator can export bundles.")))
        # --- the county's settings waiting for the school's confirmation (county package 1.1) -----------------
        self.offer = None
        self.offer_label = info_label("countyOffer", selectable=True)
        self.offer_apply = push_button(self.tr("Apply the county's settings\u2026"), "applyCountySettings",
                                       lambda: self.apply_offer())
        self.offer_decline = push_button(self.tr("Keep ours"), "declineCountySettings", lambda: self.decline_offer())
        self.offer_box = QGroupBox(self.tr("Settings from the county"))
        self.offer_box.setObjectName("countyOfferBox")
        ob = QVBoxLayout(self.offer_box)
        ob.addWidget(self.offer_label)
        row = QHBoxLayout()
        row.addWidget(self.offer_apply)
        row.addWidget(self.offer_decline)
        row.addStretch(1)
        ob.addLayout(row)

        layout.addWidget(key_box)
        layout.addWidget(export_box)
        layout.addWidget(self.offer_box)
        layout.addWidget(history_box, 1)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    # --- state ---------------------------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._today or date.today()

    def refresh(self) -> None:
        self.key = self.ctx.read(keys.current_key, self.paths)
        self.key_model.set_rows(self.ctx.read(keys.list_keys, self.paths))
        if self.key is None:
            self.key_state.setText(self.tr("The school has no signing key yet. The administrator makes it once; "
                                           "then print the registration sheet and hand it to the county with the "
                                           "certificate file."))
            self.key_state.setStyleSheet("color: #9a4a00; font-weight: bold;")
            self.fingerprint.clear()
        else:
            text = self.tr("Key in use since {when} ({algo}). Certificate fingerprint (SHA-256), as registered "
                           "with the county:").format(when=local_text(self.key.created_at), algo=self.key.algorithm)
            if self.key.replaces_fingerprint:
                text += " " + (self.tr("It replaced an older key, which vouched for it.") if self.key.endorsed
                               else self.tr("It replaced an older key: the county must register it again."))
            self.key_state.setText(text)
            self.key_state.setStyleSheet("")
            fp = self.key.fingerprint_grouped
            self.fingerprint.setText(fp[:47] + "\n" + fp[48:])
        has_key = self.key is not None
        self.create_button.setVisible(not has_key)
        self.create_button.setEnabled(self.may_key)
        self.replace_button.setVisible(has_key)
        self.replace_button.setEnabled(self.may_key)
        self.sheet_button.setEnabled(has_key)
        self.cert_button.setEnabled(has_key)
        try:
            start, end, rhythm = self.ctx.read(export_service.resolve_period, None, self.today)
        except BaoxueError:
            start = end = self.today
            rhythm = "weekly"
        label = self.tr("This reporting period: {start} \u2013 {end}") if rhythm != "monthly" else \
            self.tr("This month's reporting period: {start} \u2013 {end}")
        self.this_period.setText(label.format(start=start.isoformat(), end=end.isoformat()))
        if not self.custom_period.isChecked():
            self.from_date.setDate(_qdate(start))
            self.to_date.setDate(_qdate(end))
        self.export_button.setEnabled(self.may_export and has_key)
        self.export_button.setToolTip("" if has_key else self.tr("Make the signing key first."))
        self.refresh_history()

    def refresh_history(self) -> None:
        rows: list[ExportRow] = []
        if self.may_export:
            try:
                rows = self.ctx.read(export_service.export_history, self.ctx.actor)
            except BaoxueError:
                rows = []
        self.history_model.set_rows(rows)
        self.package_button.setEnabled(self.may_export)
        self._history_selection()
        self.refresh_offer()

    def refresh_offer(self) -> None:
        """The county's settings waiting for the school's decision, one line per change (hidden when none)."""
        self.offer = self.ctx.read(county_offer.pending_offer) if self.may_export else None
        self.offer_box.setVisible(self.offer is not None)
        if self.offer is None:
            return
        self.offer_label.setText(self.tr("County package no. {n} brings settings the county decides. They change "
                                         "nothing until the school applies them:").format(n=self.offer.package_sequence)
                                 + "".join(f"\n\u2022 {line}" for line in self.offer.lines))
        allowed = all(self.ctx.actor.has(p) for p in self.offer.needs)
        self.offer_apply.setEnabled(allowed)
        self.offer_apply.setToolTip("" if allowed else self.tr("Only the administrator can change the policy."))

    def apply_offer(self, *, confirmed: bool = False) -> bool:
        """Ask (listing every change), then apply the county's settings in one audited transaction."""
        if self.offer is None:
            return False
        question = self.tr("Apply these settings of the county? Alerts are worked out again under them.") + \
            "".join(f"\n\n\u2022 {line}" for line in self.offer.lines)
        if not confirmed and not confirm(self, question, self.tr("Settings from the county")):
            return False
        try:
            self.ctx.run(county_offer.apply_offer, today=self.today)
        except BaoxueError as exc:
            show_error(self, error_text(exc), self.tr("Settings from the county"))
            return False
        self.history_message.setText(self.tr("The county's settings are applied."))
        self.refresh()
        return True

    def decline_offer(self) -> bool:
        if self.offer is None:
            return False
        try:
            self.ctx.run(county_offer.decline_offer)
        except BaoxueError as exc:
            show_error(self, error_text(exc), self.tr("Settings from the county"))
            return False
        self.history_message.setText(self.tr("The school keeps its own settings."))
        self.refresh()
        return True

    @Slot()
    def _history_selection(self, *_args) -> None:
        row = self.selected_export()
        self.resend_button.setEnabled(self.may_export and row is not None and row.copy_kept)
        if row is not None and not row.copy_kept:
            self.history_message.setText(cleared_text(row))

    def selected_export(self) -> ExportRow | None:
        rows = self.history_view.selectionModel().selectedRows()
        return self.history_model.row_at(rows[0]) if rows else None

    @Slot(str)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()

    def tasks_running(self) -> bool:
        return any(t.is_running() for t in self._tasks)

    def _start(self, work: Callable[[Callable], Any], *, title: str, label: str, on_success, error: ErrorLabel,
               buttons: tuple[QPushButton, ...]) -> BackgroundTask:
        task = BackgroundTask(self, work, title=title, label=label, cancellable=False)
        task.succeeded.connect(on_success)

        def failed(message: str, expected: bool) -> None:
            error.set_error(message)
            if expected:
                show_error(self, message, title)
            else:
                show_unexpected(self, message)

        task.failed.connect(failed)
        for b in buttons:
            b.setEnabled(False)
        task.done.connect(lambda t=task: self._tasks.remove(t) if t in self._tasks else None)
        task.done.connect(self.refresh)
        self._tasks.append(task)
        self.task = task
        task.start()
        return task

    # --- the key -------------------------------------------------------------------------------------

    def _ask_new_passphrase(self, replacing: bool) -> tuple[str, str | None] | None:
        dialog = NewKeyDialog(self, replacing=replacing)
        self.key_dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.passphrase(), dialog.old_passphrase()
        finally:
            dialog.clear()  # nothing typed stays in a widget
            dialog.deleteLater()

    def create_key(self) -> BackgroundTask | None:
        """Ask the passphrase twice, then make the key pair on a worker (a few seconds on an old PC)."""
        if self.tasks_running():
            return None
        answer = self._ask_new_passphrase(False)
        if answer is None:
            return None
        passphrase, _old = answer
        ctx, paths, size = self.ctx, self.paths, self.key_size
        self.key_error.clear_error()
        return self._start(lambda _p: ctx.run(keys.create_key, paths, passphrase, key_size=size),
                           title=self.tr("Make the signing key"), label=self.tr("Making the key pair\u2026"),
                           on_success=self._key_made, error=self.key_error,
                           buttons=(self.create_button, self.replace_button))

    def replace_key(self) -> BackgroundTask | None:
        if self.tasks_running():
            return None
        answer = self._ask_new_passphrase(True)
        if answer is None:
            return None
        passphrase, old = answer
        ctx, paths, size = self.ctx, self.paths, self.key_size
        self.key_error.clear_error()
        return self._start(lambda _p: ctx.run(keys.replace_key, paths, passphrase, old_passphrase=old,
                                              key_size=size),
                           title=self.tr("Replace the signing key"), label=self.tr("Making the key pair\u2026"),
                           on_success=self._key_made, error=self.key_error,
                           buttons=(self.create_button, self.replace_button))

    @Slot(object)
    def _key_made(self, info: KeyInfo) -> None:
        self.refresh()
        show_info(self, self.tr("The signing key is ready. Its fingerprint is\n\n{fp}\n\nPrint the registration "
                                "sheet, have the principal sign and stamp it, and hand it to the county with the "
                                "certificate file.").format(fp=info.fingerprint_grouped),
                  self.tr("Signing key"))

    def fingerprint_text(self) -> str:
        return self.ctx.read(keys.fingerprint_sheet, self.paths)

    def print_sheet(self, printer: QPrinter | None = None) -> bool:
        """Print the certificate registration sheet (fingerprint, school, signature line)."""
        try:
            text = self.fingerprint_text()
        except BaoxueError as exc:
            self.key_error.set_error(error_text(exc))
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName("baoxue-certificate-sheet")
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print the registration sheet"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        doc = QTextDocument()
        font = _mono()
        font.setPointSizeF(12)
        doc.setDefaultFont(font)
        doc.setPlainText(text)
        doc.print_(printer)
        return True

    def export_certificate(self, dest: str | Path | None = None) -> Path | None:
        if self.key is None:
            return None
        if dest is None:
            from app.school import get_school

            school = self.ctx.read(get_school)
            suggested = Path.home() / f"school-{school.code if school else 'baoxue'}.pem"
            dest, _f = QFileDialog.getSaveFileName(self, self.tr("Save the certificate"), str(suggested),
                                                   self.tr("Certificate (*.pem)"))
            if not dest:
                return None
        try:
            path = self.ctx.read(keys.export_certificate, self.paths, Path(dest))
        except (BaoxueError, OSError) as exc:
            self.key_error.set_error(error_text(exc))
            return None
        self.key_error.clear_error()
        show_info(self, self.tr("The certificate was saved to:\n{path}\n\nIt holds only the public key: it can be "
                                "sent to the county by any means.").format(path=str(path)),
                  self.tr("Certificate"))
        return path

    # --- export -----------------------------------------------------------------------------------------

    def choose_folder(self) -> str | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the bundle (e.g. the USB stick)"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
        return folder or None

    def period(self) -> tuple[date, date] | None:
        if self.this_period.isChecked():
            return None
        return _pydate(self.from_date.date()), _pydate(self.to_date.date())

    def _ask_passphrase(self, detail: str) -> str | None:
        dialog = PassphraseDialog(self, detail=detail)
        self.passphrase_dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.passphrase()
        finally:
            dialog.edit.clear()
            dialog.deleteLater()

    def export_bundle(self) -> BackgroundTask | None:
        """Ask the passphrase, then build, sign and write the bundle on a worker."""
        if self.tasks_running():
            return None
        folder = self.folder_edit.text().strip()
        if not folder:
            self.export_error.set_error(self.tr("Choose the folder to write the bundle to."))
            return None
        period = self.period()
        shown = (f"{period[0].isoformat()} \u2013 {period[1].isoformat()}" if period
                 else self.this_period.text())
        passphrase = self._ask_passphrase(self.tr("Export {period} to {folder}").format(period=shown, folder=folder))
        if passphrase is None:
            return None
        ctx, paths, today, full = self.ctx, self.paths, self.today, self.full_check.isChecked()
        out = Path(folder)
        self.export_error.clear_error()
        self.result_label.clear()
        return self._start(lambda _p: ctx.run(export_service.export_bundle, paths, out_dir=out, passphrase=passphrase,
                                              period=period, today=today, full_roster=full),
                           title=self.tr("Export a bundle"), label=self.tr("Building and signing the bundle\u2026"),
                           on_success=self._exported, error=self.export_error, buttons=(self.export_button,))

    @Slot(object)
    def _exported(self, result: ExportResult) -> None:
        self.last_result = result
        self.result_label.setText(result.summary + "\n" + self.tr("File: {path}\nSHA-256: {sha}").format(
            path=str(result.path), sha=result.sha256))
        self.exported.emit(result)

    def resend(self, out_dir: str | Path | None = None) -> Path | None:
        row = self.selected_export()
        if row is None:
            return None
        if not row.copy_kept:  # nothing to write: say why, and what to do
            self.history_message.setText(cleared_text(row))
            return None
        if out_dir is None:
            out_dir = QFileDialog.getExistingDirectory(self, self.tr("Write bundle no. {n} again to").format(
                n=row.sequence), self.folder_edit.text())
            if not out_dir:
                return None
        try:
            path = self.ctx.run(export_service.resend, row.sequence, Path(out_dir))
        except BaoxueError as exc:
            self.history_message.clear()
            show_error(self, error_text(exc), self.tr("Write again"))
            return None
        self.history_message.setText(self.tr("Bundle no. {n} written again to {path}").format(n=row.sequence,
                                                                                             path=str(path)))
        return path


    def trust_county(self, path: str | Path | None = None, *, ask: bool = True) -> str | None:
        """Register the county's certificate (the file the county hands out), after the user compared its
        fingerprint with the county's sheet (``ask``): bundles are encrypted to it."""
        title = self.tr("Register the county's certificate")
        if path is None:
            path, _f = QFileDialog.getOpenFileName(self, title, self.folder_edit.text(),
                                                   self.tr("Certificate (*.pem *.crt *.cer *.der)"))
            if not path:
                return None
        try:
            data = Path(path).read_bytes()
            fingerprint = keys.group_fingerprint(keys.fingerprint_hex(keys.load_cert(data)))
        except OSError as exc:
            show_error(self, self.tr("Cannot read {path}: {reason}").format(path=str(path), reason=exc.strerror or exc),
                       title)
            return None
        except BaoxueError as exc:
            show_error(self, error_text(exc), title)
            return None
        if ask and not confirm(self, self.tr("The fingerprint of this certificate is\n{fp}\n\nIs it the one on the "
                                             "county's sheet?").format(fp=fingerprint), title):
            return None
        try:
            done = self.ctx.run(receipts_service.register_county, data)
        except BaoxueError as exc:
            show_error(self, error_text(exc), title)
            return None
        text = self.tr("County certificate registered: {name} ({code}); bundles are encrypted to it").format(
            name=done.name, code=done.county_code)
        self.result_label.setText(text)
        return text

    def import_package(self, path: str | Path | None = None) -> str | None:
        """Import a county package (receipts); the history shows what the county received."""
        if path is None:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Import the county's package"),
                                                   self.folder_edit.text(), self.tr("County package (*.xml)"))
            if not path:
                return None
        try:
            done = self.ctx.run(receipts_service.import_package, Path(path))
        except BaoxueError as exc:
            self.history_message.clear()
            show_error(self, error_text(exc), self.tr("Import the county's package"))
            return None
        self.history_message.setText(done.summary)
        return done.summary


def exchange_page(ctx, window) -> QWidget:
    """Factory for the main window's navigation entry (permission "exchange.export" or "exchange.key")."""
    return ExchangePage(ctx)


__all__ = ["ExchangePage", "ExportHistoryModel", "KeyListModel", "NewKeyDialog", "PassphraseDialog",
           "exchange_page"]
