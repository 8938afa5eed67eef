"""The case file's last steps: registering the child as a dropout, and the outcome (back at school,
or closed for another reason)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from app import cases
from app.errors import BaoxueError
from app.ui.case_tabs.base import RecordTab
from app.ui.cases_page import DONE_COLOR, outcome_text
from app.ui.widgets import confirm, hint_label, info_label, push_button
from app.ui.widgets import date_edit as _date_edit
from app.ui.widgets import pydate as _pydate
from app.ui.widgets import qdate as _qdate


# --- dropout registration -------------------------------------------------------------------------------------


class DropoutTab(RecordTab):
    def __init__(self, dialog: "CaseDialog"):
        super().__init__(dialog, with_list=False)
        self.name_form(self.tr("Register the child as a dropout (status change 28)"),
                       self.tr("Register the dropout\u2026"), "registerDropout")
        self.current = info_label("ledgerOnFile")
        self.form.addRow(self.current)
        self.form.addRow(hint_label(self.tr(
            "Allowed once the child has been absent without reason for the dropout threshold (four school weeks "
            "by default), or when the family refuses to send the child back. It changes the child's status and "
            "opens the persuasion ledger, which stays open until the child returns. Only the registrar may do "
            "it.")))
        self.date = _date_edit(dialog.today())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Required, e.g. went with the parents to work in another province"))
        self.whereabouts = QLineEdit()
        self.whereabouts.setPlaceholderText(self.tr("Where the child is now"))
        self.left_on = _date_edit(dialog.today())
        self.family_refused = QCheckBox(self.tr("The family refuses to send the child back"))
        self.add_field(self.tr("Registered on"), self.date, "辍学登记日期")
        self.add_field(self.tr("Reason for leaving *"), self.reason, "辍学原因")
        self.add_field(self.tr("Where now"), self.whereabouts, "现在去向")
        self.add_field(self.tr("Stopped coming on"), self.left_on, "离校日期")
        self.add_field("", self.family_refused, "辍学认定")
        self.tab_chain(self.date, self.reason, self.whereabouts, self.left_on, self.family_refused, self.save_button)

    def first_field(self) -> QWidget:
        return self.date

    def show_case(self, view: cases.CaseView) -> None:
        lg = view.case.ledger
        if lg is None:
            self.current.setText(self.tr("Not registered as a dropout."))
        else:
            state = (self.tr("closed on {day} ({result})").format(day=lg.closed_on.isoformat(),
                                                                  result=outcome_text(lg.result))
                     if lg.closed_on else self.tr("open: persuading back"))
            self.current.setText(self.tr(
                "Registered as a dropout on {day} (stopped coming on {left}); reason: {reason}; "
                "where now: {where}. Persuasion ledger {state}.").format(
                day=lg.dropout_on.isoformat(), left=lg.left_on.isoformat(), reason=lg.reason_left,
                where=lg.whereabouts or "—", state=state))
        self.left_on.setDate(_qdate(view.case.first_absent_day))

    def confirm_save(self) -> bool:
        return confirm(self, self.tr("Register {name} as a dropout? The child's status changes to dropout and "
                                     "stays on record.").format(name=self.dialog.case.student_name))

    def submit(self) -> None:
        self.run(cases.register_dropout, self.dialog.case_id, _pydate(self.date.date()), self.reason.text(),
                 whereabouts=self.whereabouts.text(), left_on=_pydate(self.left_on.date()),
                 family_refused=self.family_refused.isChecked())

    def reset(self) -> None:
        self.date.setDate(_qdate(self.dialog.today()))
        self.reason.clear()
        self.whereabouts.clear()
        self.family_refused.setChecked(False)


# --- outcome: back at school, or closed for another reason ------------------------------------------------------


class OutcomeTab(RecordTab):
    """Two forms: the return to school (Ctrl+S), and closing for another reason."""

    def __init__(self, dialog: "CaseDialog"):
        super().__init__(dialog, with_list=False)
        self.name_form(self.tr("The child is back at school"), self.tr("Record the return and close the case (Ctrl+S)"),
                       "recordReturn")
        self.return_date = _date_edit(dialog.today())
        self.return_note = QLineEdit()
        self.return_note.setPlaceholderText(self.tr("e.g. back after the home visit"))
        self.add_field(self.tr("Back on"), self.return_date, "返校日期")
        self.add_field(self.tr("Note"), self.return_note, "说明", "学籍状态")
        self.form.addRow(hint_label(self.tr(
            "A registered dropout is restored to the roll (status change 12, resumption) and the persuasion "
            "ledger is closed.")))
        self.form.addRow("", self.save_button)  # the return's button right under its fields

        self.close_box = QGroupBox(self.tr("Close the case for another reason"))
        close_form = QFormLayout(self.close_box)
        self.close_date = _date_edit(dialog.today())
        self.outcome = QComboBox()
        for key in cases.CLOSE_OUTCOMES:
            self.outcome.addItem(outcome_text(key), key)
        self.close_note = QLineEdit()
        self.close_note.setPlaceholderText(self.tr("Required for Other"))
        self.add_field(self.tr("Closed on"), self.close_date, "结案日期", layout=close_form)
        self.add_field(self.tr("Outcome"), self.outcome, "结案结果", layout=close_form)
        self.add_field(self.tr("Why"), self.close_note, "结案说明", layout=close_form)
        self.close_button = push_button(self.tr("Close the case\u2026"), "closeCase")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self._close_clicked)
        close_form.addRow("", self.close_button)
        self.form.addRow(self.close_box)
        self.current = info_label("outcomeOnFile")
        self.form.insertRow(0, self.current)
        self.tab_chain(self.return_date, self.return_note, self.save_button, self.close_date, self.outcome,
                       self.close_note, self.close_button)

    def first_field(self) -> QWidget:
        return self.return_date

    def show_case(self, view: cases.CaseView) -> None:
        f = view.case
        if f.outcome:
            text = self.tr("Closed on {day}: {outcome}").format(day=f.closed_on.isoformat() if f.closed_on else "",
                                                               outcome=outcome_text(f.outcome))
            self.current.setText(text + (f" — {f.outcome_note}" if f.outcome_note else ""))
            self.current.setStyleSheet(f"color: {DONE_COLOR}; font-weight: bold;")
        else:
            self.current.setText("")
        self.current.setVisible(bool(f.outcome))

    def set_open(self, editable: bool, why: str) -> None:
        super().set_open(editable, why)
        self.close_button.setEnabled(editable)

    def submit(self) -> None:
        self.run(cases.record_return, self.dialog.case_id, _pydate(self.return_date.date()), self.return_note.text())

    @Slot()
    def _close_clicked(self) -> None:
        self.close_case()

    def close_case(self) -> bool:
        """The second form: close without a return (transferred, suspended, deceased, other)."""
        if not self.close_button.isEnabled():
            return False
        self.clear_errors()
        if not confirm(self, self.tr("Close the case of {name} as “{outcome}”?").format(
                name=self.dialog.case.student_name, outcome=self.outcome.currentText())):
            return False
        try:
            self.run(cases.close_case, self.dialog.case_id, _pydate(self.close_date.date()),
                     self.outcome.currentData(), self.close_note.text())
        except BaoxueError as exc:
            self.show_refusal(exc)
            return False
        self.saved.emit()
        return True

    def save(self) -> bool:
        focus = self.window().focusWidget()  # Ctrl+S inside the second form closes the case
        if focus is not None and self.close_box.isAncestorOf(focus):
            return self.close_case()
        return super().save()

    def reset(self) -> None:
        self.return_date.setDate(_qdate(self.dialog.today()))
        self.return_note.clear()
