"""The case file's persuasion attempts (people from both lines), the township's deadline-to-return
notice, and where the child is now (去向, for the monthly ledgers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app import cases, monthly
from app.cases import AttemptRow, Participant
from app.ui.case_tabs.base import RecordTab, compact_text_box, detail_table
from app.ui.cases_page import DONE_COLOR, line_text, role_text
from app.ui.models import Column, RowTableModel
from app.ui.widgets import list_text, date_edit as _date_edit
from app.ui.widgets import hint_label, info_label, push_button
from app.ui.widgets import pydate as _pydate
from app.ui.widgets import qdate as _qdate


class AttemptModel(RowTableModel[AttemptRow]):
    DATE, PEOPLE, LINES, ACTIONS, RESULT = range(5)

    def columns(self) -> list[Column[AttemptRow]]:
        return [
            Column(self.tr("Date"), lambda r: r.attempt_date.isoformat()),
            Column(self.tr("Who went"), lambda r: list_text(p.get("name", "") for p in r.participants),
                   tooltip=lambda r: "\n".join(f"{role_text(p.get('role', ''))}:{p.get('name', '')}"
                                               for p in r.participants) or None),
            Column(self.tr("Both lines"), lambda r: self.tr("yes") if r.both_lines else self.tr("no"),
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("What was done"), lambda r: r.actions, tooltip=lambda r: r.actions or None),
            Column(self.tr("Result"), lambda r: r.result),
        ]


# --- persuasion -----------------------------------------------------------------------------------------------


class ParticipantRow(QObject):
    def __init__(self, tab: "PersuasionTab", role: str, name: str):
        super().__init__(tab)
        self.role = QComboBox()
        for key, (line, _label) in cases.PARTICIPANT_ROLES.items():
            self.role.addItem(f"{role_text(key)}({line_text(line)})", key)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(QCoreApplication.translate("PersuasionTab", "Name (and post)"))
        self.remove = push_button("✕", tooltip=QCoreApplication.translate("PersuasionTab", "Remove this person"))
        self.remove.setFixedWidth(32)
        self.remove.setAutoDefault(False)

    def participant(self) -> Participant:
        return Participant(self.role.currentData(), self.name.text())

    def widgets(self) -> tuple[QWidget, ...]:
        return self.role, self.name, self.remove


class PersuasionTab(RecordTab):
    DEFAULT_ROLES = ("township", "village", "principal", "teacher")

    def __init__(self, dialog: "CaseDialog"):
        super().__init__(dialog)
        self.set_model(AttemptModel(parent=self))
        self.name_form(self.tr("Record an attempt to persuade the child back"), self.tr("Save the attempt (Ctrl+S)"),
                       "saveAttempt", list_title=self.tr("Persuasion attempts on file"))
        self.rows: list[ParticipantRow] = []
        self._sent: list[ParticipantRow] = []
        self.defaults: dict[str, str] = {}

        self.date = _date_edit(dialog.today())
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        self.people_grid = QGridLayout()
        self.people_grid.setColumnStretch(1, 1)
        people_layout.addLayout(self.people_grid)
        self.add_person = QPushButton(self.tr("Add a person"))
        self.add_person.setAutoDefault(False)
        self.add_person.clicked.connect(self._add_clicked)
        self.lines_label = QLabel()
        self.lines_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_person)
        row.addWidget(self.lines_label, 1)
        people_layout.addLayout(row)
        people_layout.addWidget(hint_label(self.tr(
            "Administrative line: township and village cadres. Education line: the principal and teachers. "
            "Rows left without a name are not saved.")))
        self.actions = compact_text_box(self.tr("Required: what was done, e.g. explained the compulsory education law "
                                         "to the parents at home"), 3)
        self.result = compact_text_box(self.tr("e.g. the parents agreed to bring the child back on Monday"), 2)
        self.add_field(self.tr("Date"), self.date, "劝返日期")
        self.people_error = self.add_field(self.tr("Who went"), people, "参加人员")
        self.add_field(self.tr("What was done *"), self.actions, "劝返措施")
        self.add_field(self.tr("Result"), self.result, "劝返结果")
        self.chain_people()

    def first_field(self) -> QWidget:
        return self.date

    def add_row(self, role: str, name: str, *, focus: bool = False) -> ParticipantRow:
        row = ParticipantRow(self, role, name)
        self.rows.append(row)
        n = self.people_grid.rowCount()
        for column, widget in enumerate(row.widgets()):
            self.people_grid.addWidget(widget, n, column)
        row.role.currentIndexChanged.connect(self.update_lines)
        row.name.textChanged.connect(self.update_lines)
        row.remove.clicked.connect(self._remove_clicked)
        self.update_lines()
        self.chain_people()
        if focus:
            row.name.setFocus()
        return row

    @Slot()
    def _add_clicked(self) -> None:
        self.add_row("teacher", "", focus=True)

    @Slot()
    def _remove_clicked(self) -> None:
        button = self.sender()
        for row in self.rows:
            if row.remove is button:
                self.remove_row(row)
                return

    def remove_row(self, row: ParticipantRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
        for widget in row.widgets():
            self.people_grid.removeWidget(widget)
            widget.deleteLater()
        row.deleteLater()
        self.update_lines()
        self.chain_people()

    def chain_people(self) -> None:
        widgets = [self.date] + [w for r in self.rows for w in r.widgets()] + [
            self.add_person, self.actions, self.result, self.save_button]
        self.tab_chain(*widgets)

    def participants(self) -> list[Participant]:
        self._sent = [r for r in self.rows if r.name.text().strip()]
        return [r.participant() for r in self._sent]

    @Slot()
    def update_lines(self) -> None:
        """Say which lines the people named so far come from (Participant.line is the service's)."""
        lines = {Participant(r.role.currentData(), r.name.text()).line for r in self.rows if r.name.text().strip()}
        if lines >= set(cases.LINES):
            self.lines_label.setText(self.tr("✓ Both lines take part"))
            self.lines_label.setStyleSheet(f"color: {DONE_COLOR};")
        else:
            missing = list_text(line_text(k) for k in cases.LINES if k not in lines)
            self.lines_label.setText(self.tr("Nobody named yet from: {lines}").format(lines=missing))
            self.lines_label.setStyleSheet("color: #8d6e00;")

    def field_for(self, service_field: str):
        # 参加人员2姓名 → the name box of the second person sent
        for suffix, attr in (("身份", "role"), ("姓名", "name")):
            if service_field.startswith("参加人员") and service_field.endswith(suffix):
                number = service_field[len("参加人员"):-len(suffix)]
                if number.isdigit() and 0 < int(number) <= len(self._sent):
                    return getattr(self._sent[int(number) - 1], attr), self.people_error
        return super().field_for(service_field)

    def show_case(self, view: cases.CaseView) -> None:
        self.defaults = {"principal": view.principal_name, "teacher": view.case.assigned_teacher}
        if not self.rows:
            self.reset()
        self._fill_list(view.case.attempts)

    def submit(self) -> None:
        self.run(cases.record_persuasion, self.dialog.case_id, _pydate(self.date.date()), self.participants(),
                 self.actions.toPlainText(), result=self.result.toPlainText())

    def reset(self) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for role in self.DEFAULT_ROLES:
            self.add_row(role, self.defaults.get(role, ""))
        self.date.setDate(_qdate(self.dialog.today()))
        self.actions.clear()
        self.result.clear()

    def detail_html(self, r: AttemptRow) -> str:
        people = "\n".join(f"{line_text(p.get('line', ''))} · {role_text(p.get('role', ''))}:{p.get('name', '')}"
                           for p in r.participants)
        return detail_table([(self.tr("Date"), r.attempt_date.isoformat()), (self.tr("Who went"), people),
                        (self.tr("What was done"), r.actions), (self.tr("Result"), r.result)])


# --- the township's notice ------------------------------------------------------------------------------------


class NoticeTab(RecordTab):
    def __init__(self, dialog: "CaseDialog"):
        super().__init__(dialog, with_list=False)
        self.name_form(self.tr("The township's deadline-to-return notice (限期返校通知书)"),
                       self.tr("Save the notice (Ctrl+S)"), "saveNotice")
        self.current = info_label("noticeOnFile")
        self.form.addRow(self.current)
        self.issued = _date_edit(dialog.today())
        self.deadline = _date_edit(dialog.today())
        self.issuer = QLineEdit()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Document number of the notice"))
        self.add_field(self.tr("Served on"), self.issued, "通知书下达日期")
        self.add_field(self.tr("Return by"), self.deadline, "限期返校日期")
        self.add_field(self.tr("Issued by"), self.issuer, "下达单位")
        self.add_field(self.tr("Reference"), self.reference, "通知书文号")
        self.tab_chain(self.issued, self.deadline, self.issuer, self.reference, self.save_button)
        self.form.addRow(hint_label(self.tr(
            "The township government serves this notice on the family; record it here when the school "
            "receives a copy. Saving again replaces the notice on file.")))

    def first_field(self) -> QWidget:
        return self.issued

    def show_case(self, view: cases.CaseView) -> None:
        f = view.case
        if f.notice_issued_on:
            self.current.setText(self.tr("On file: served on {issued} by {issuer}, return by {deadline} {ref}").format(
                issued=f.notice_issued_on.isoformat(), issuer=f.notice_issuer,
                deadline=f.notice_deadline.isoformat() if f.notice_deadline else "", ref=f.notice_reference))
        else:
            self.current.setText(self.tr("No notice on file yet."))
        if not self.issuer.text():
            self.issuer.setText(f"{view.township}人民政府" if view.township else "")

    def submit(self) -> None:
        self.run(cases.record_notice, self.dialog.case_id, _pydate(self.issued.date()), _pydate(self.deadline.date()),
                 self.issuer.text(), reference=self.reference.text())

    def reset(self) -> None:
        today = self.dialog.today()
        self.issued.setDate(_qdate(today))
        self.deadline.setDate(_qdate(today).addDays(7))
        self.reference.clear()


class WhereaboutsTab(RecordTab):
    """去向: where the child is now, for the monthly ledgers (app.monthly)."""

    def __init__(self, dialog: "CaseDialog"):
        super().__init__(dialog, with_list=False)
        self.name_form(self.tr("Where the child is now (去向)"), self.tr("Save (Ctrl+S)"), "saveWhereabouts")
        self.whereabouts = QLineEdit()
        self.whereabouts.setObjectName("whereabouts")
        self.whereabouts.setPlaceholderText(self.tr("e.g. at home helping on the farm; gone with the parents to Ningbo"))
        self.add_field(self.tr("Where now"), self.whereabouts, "去向")
        self.tab_chain(self.whereabouts, self.save_button)
        self.form.addRow(hint_label(self.tr(
            "The monthly ledgers for the county list where each suspected dropout and dropout is now. "
            "Write what the home visits found; change it when it changes.")))

    def first_field(self) -> QWidget:
        return self.whereabouts

    def show_case(self, view: cases.CaseView) -> None:
        self.whereabouts.setText(view.whereabouts)

    def submit(self) -> None:
        self.run(monthly.set_whereabouts, self.dialog.case_id, self.whereabouts.text())

    def reset(self) -> None:
        pass  # the saved value stays in the field (show_case fills it again after the reload)
