"""The case file's contacts (home visits and calls) and its written report to the township and the county."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QTime, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QTimeEdit, QWidget

from app import cases, codes
from app.cases import ContactInput, ContactRow, ReportRow
from app.ui.case_tabs.base import RecordTab, compact_text_box, detail_table
from app.ui.cases_page import form_text, report_kind_text
from app.ui.models import Column, RowTableModel
from app.ui.widgets import label_text, date_edit as _date_edit
from app.ui.widgets import pydate as _pydate
from app.ui.widgets import qdate as _qdate


class ContactModel(RowTableModel[ContactRow]):
    DATE, FORM, STAFF, GUARDIAN, CONDITION = range(5)

    def columns(self) -> list[Column[ContactRow]]:
        return [
            Column(self.tr("Date"), lambda r: r.contact_date.isoformat() + (
                f" {r.contact_time:%H:%M}" if r.contact_time else ""), sort=lambda r: (r.contact_date.toordinal())),
            Column(self.tr("Form"), lambda r: form_text(r.form)),
            Column(self.tr("Teacher"), lambda r: r.staff_name),
            Column(self.tr("Guardian met"), lambda r: r.guardian_met),
            Column(self.tr("How the student is"), lambda r: r.student_condition,
                   tooltip=lambda r: r.student_condition or None),
        ]


# --- contacts and home visits ----------------------------------------------------------------------------


class ContactsTab(RecordTab):
    def __init__(self, dialog: "CaseDialog"):
        super().__init__(dialog)
        self.set_model(ContactModel(parent=self))
        self.name_form(self.tr("Record a home visit or a phone call"), self.tr("Save the record (Ctrl+S)"),
                       "saveContact", list_title=self.tr("Contacts on file"))

        self.date = _date_edit(dialog.today())
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date)
        row.addWidget(self.time)
        row.addStretch(1)
        self.form_combo = QComboBox()
        for key in cases.FORMS:
            self.form_combo.addItem(form_text(key), key)
        self.form_combo.setToolTip(self.tr("Only a visit in person completes the home-visit step; "
                                           "phone and video calls are kept on file"))
        self.staff_combo = QComboBox()
        self.companions = QLineEdit()
        self.companions.setPlaceholderText(self.tr("Other teachers, village cadres\u2026"))
        self.guardian = QComboBox()
        self.guardian.setEditable(True)
        self.guardian.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.guardian.lineEdit().setPlaceholderText(self.tr("Name of the guardian met"))
        self.guardian.activated.connect(self._guardian_chosen)
        self.relation = QComboBox()
        self.relation.addItem(self.tr("(relation)"), "")
        for key in codes.RELATION:
            self.relation.addItem(label_text("relation", key, codes.RELATION), key)
        who = QWidget()
        row = QHBoxLayout(who)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.guardian, 2)
        row.addWidget(self.relation, 1)
        self.address = QLineEdit()
        self.family = compact_text_box(self.tr("Members, income, who looks after the child, parents working away"))
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. find out why the child is absent"))
        self.condition = compact_text_box(self.tr("Required: where the child is and how the child is"))
        self.problems = compact_text_box(lines=2)
        self.measures = compact_text_box(self.tr("What the school and the family will do, and when to check again"),
                                  lines=2)
        self.opinion = compact_text_box(lines=2)

        self.add_field(self.tr("Date and time"), when, "家访日期")
        self.add_field(self.tr("Form"), self.form_combo, "联系方式")
        self.add_field(self.tr("Teacher who went"), self.staff_combo, "家访教师")
        self.add_field(self.tr("Others who went"), self.companions, "其他参加人员")
        self.add_field(self.tr("Guardian met"), who, "见到的监护人")
        self.fields["见到的监护人关系"] = (self.relation, self.fields["见到的监护人"][1])
        self.add_field(self.tr("Address"), self.address, "家访地址")
        self.add_field(self.tr("Family situation"), self.family, "家庭情况")
        self.add_field(self.tr("Purpose"), self.purpose, "家访目的")
        self.add_field(self.tr("How the student is *"), self.condition, "学生现状")
        self.add_field(self.tr("Problems found"), self.problems, "存在问题")
        self.add_field(self.tr("Measures and plan"), self.measures, "措施和后续计划")
        self.add_field(self.tr("Guardian's opinion"), self.opinion, "监护人意见")
        self.tab_chain(self.date, self.time, self.form_combo, self.staff_combo, self.companions, self.guardian,
                       self.relation, self.address, self.family, self.purpose, self.condition, self.problems,
                       self.measures, self.opinion, self.save_button)

    def first_field(self) -> QWidget:
        return self.date

    def show_case(self, view: cases.CaseView) -> None:
        current = self.staff_combo.currentData()
        self.staff_combo.clear()
        self.staff_combo.addItem(self.tr("(not given)"), None)
        for staff_id, name in view.staff:
            self.staff_combo.addItem(name, staff_id)
        default = current if current is not None else self.ctx.actor.staff_id
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(default)))
        typed = self.guardian.currentText()
        self.guardian.clear()
        for g in view.guardians:
            self.guardian.addItem(g.name, g.relation)
        self.guardian.setEditText(typed)
        self.address.setPlaceholderText(view.address or self.tr("Home address"))
        self._fill_list(view.case.contacts)

    @Slot(int)
    def _guardian_chosen(self, index: int) -> None:
        relation = self.guardian.itemData(index)
        if relation:
            self.relation.setCurrentIndex(max(0, self.relation.findData(relation)))

    def reset(self) -> None:
        self.date.setDate(_qdate(self.dialog.today()))
        now = datetime.now()
        self.time.setTime(QTime(now.hour, now.minute))
        self.form_combo.setCurrentIndex(0)
        for w in (self.companions, self.address, self.purpose):
            w.clear()
        self.guardian.setEditText("")
        self.relation.setCurrentIndex(0)
        for w in (self.family, self.condition, self.problems, self.measures, self.opinion):
            w.clear()

    def contact_input(self) -> ContactInput:
        t = self.time.time()
        return ContactInput(
            contact_date=_pydate(self.date.date()), form=self.form_combo.currentData(),
            student_condition=self.condition.toPlainText(), contact_time=time(t.hour(), t.minute()),
            staff_id=self.staff_combo.currentData(), companions=self.companions.text(), address=self.address.text(),
            guardian_met=self.guardian.currentText(), guardian_relation=self.relation.currentData() or "",
            family_situation=self.family.toPlainText(), purpose=self.purpose.text(),
            problems=self.problems.toPlainText(), measures=self.measures.toPlainText(),
            guardian_opinion=self.opinion.toPlainText())

    def submit(self) -> None:
        self.run(cases.record_contact, self.dialog.case_id, self.contact_input())

    def detail_html(self, r: ContactRow) -> str:
        relation = label_text("relation", r.guardian_relation, codes.RELATION) if r.guardian_relation else ""
        return detail_table([
            (self.tr("Date"), r.contact_date.isoformat() + (f" {r.contact_time:%H:%M}" if r.contact_time else "")),
            (self.tr("Form"), form_text(r.form)),
            (self.tr("Teacher"), r.staff_name), (self.tr("Others"), r.companions), (self.tr("Address"), r.address),
            (self.tr("Guardian met"), self.tr("{name} ({relation})").format(
                name=r.guardian_met, relation=relation) if relation else r.guardian_met),
            (self.tr("Family situation"), r.family_situation), (self.tr("Purpose"), r.purpose),
            (self.tr("How the student is"), r.student_condition), (self.tr("Problems found"), r.problems),
            (self.tr("Measures and plan"), r.measures), (self.tr("Guardian's opinion"), r.guardian_opinion),
        ])


class ReportModel(RowTableModel[ReportRow]):
    DATE, KIND, RECIPIENTS, REFERENCE = range(4)

    def columns(self) -> list[Column[ReportRow]]:
        return [
            Column(self.tr("Date"), lambda r: r.report_date.isoformat()),
            Column(self.tr("Kind"), lambda r: report_kind_text(r.kind)),
            Column(self.tr("Sent to"), lambda r: r.recipients, tooltip=lambda r: r.recipients or None),
            Column(self.tr("Reference"), lambda r: r.reference),
        ]


# --- written report -------------------------------------------------------------------------------------------


class ReportsTab(RecordTab):
    def __init__(self, dialog: "CaseDialog"):
        super().__init__(dialog)
        self.set_model(ReportModel(parent=self))
        self.name_form(self.tr("Record the written report"), self.tr("Save the report (Ctrl+S)"), "saveReport",
                       list_title=self.tr("Written reports on file"))

        self.date = _date_edit(dialog.today())
        self.kind = QComboBox()
        for key in cases.REPORT_KINDS:
            self.kind.addItem(report_kind_text(key), key)
        self.to_township = QCheckBox(self.tr("Township government"))
        self.to_township.setChecked(True)
        self.township_name = QLineEdit()
        self.to_county = QCheckBox(self.tr("County education bureau"))
        self.to_county.setChecked(True)
        self.county_name = QLineEdit()
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("Others, separated by 、"))
        recipients = QWidget()
        grid = QGridLayout(recipients)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.to_township, 0, 0)
        grid.addWidget(self.township_name, 0, 1)
        grid.addWidget(self.to_county, 1, 0)
        grid.addWidget(self.county_name, 1, 1)
        grid.addWidget(self.other, 2, 1)
        grid.setColumnStretch(1, 1)
        self.to_township.toggled.connect(self.township_name.setEnabled)
        self.to_county.toggled.connect(self.county_name.setEnabled)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Document number, e.g. 马道小〔2026〕12号"))
        self.content = compact_text_box(self.tr("What happened, what the school did, what it asks of the township"), 5)

        self.add_field(self.tr("Date"), self.date, "报告日期")
        self.add_field(self.tr("Kind"), self.kind, "报告类型")
        self.add_field(self.tr("Sent to"), recipients, "报送单位")
        self.add_field(self.tr("Reference"), self.reference, "文号")
        self.add_field(self.tr("Content"), self.content, "报告内容")
        self.tab_chain(self.date, self.kind, self.to_township, self.township_name, self.to_county, self.county_name,
                       self.other, self.reference, self.content, self.save_button)

    def first_field(self) -> QWidget:
        return self.date

    def show_case(self, view: cases.CaseView) -> None:
        if not self.township_name.text():
            self.township_name.setText(f"{view.township}人民政府" if view.township else "")
        if not self.county_name.text():
            self.county_name.setText(f"{view.county_name}教育局" if view.county_name else "")
        if view.case.stage == "dropout":
            self.kind.setCurrentIndex(max(0, self.kind.findData("dropout")))
        self._fill_list(view.case.reports)

    def recipients(self) -> list[str]:
        names = []
        if self.to_township.isChecked():
            names.append(self.township_name.text())
        if self.to_county.isChecked():
            names.append(self.county_name.text())
        names.extend(self.other.text().replace(",", "、").replace(",", "、").split("、"))
        return [n.strip() for n in names if n.strip()]

    def submit(self) -> None:
        self.run(cases.record_report, self.dialog.case_id, _pydate(self.date.date()), self.recipients(),
                 reference=self.reference.text(), content=self.content.toPlainText(), kind=self.kind.currentData())

    def reset(self) -> None:
        self.date.setDate(_qdate(self.dialog.today()))
        self.reference.clear()
        self.content.clear()
        self.other.clear()

    def detail_html(self, r: ReportRow) -> str:
        return detail_table([(self.tr("Date"), r.report_date.isoformat()), (self.tr("Kind"), report_kind_text(r.kind)),
                        (self.tr("Sent to"), r.recipients), (self.tr("Reference"), r.reference),
                        (self.tr("Content"), r.content)])
