"""个案档案 — the case file of one child (一人一案): who, what happened, what to do next, and the records.

The header says who the child is (class, guardians and their phones), how long
the child has been absent without reason, the stage and the steps still to do
with their due dates (overdue in red). The tabs hold the records of the
follow-up (domain.md §6), each as a list of what is on file and a form to add
one: contacts and home visits, the written report, persuasion attempts (with
people from both lines), the township's deadline-to-return notice, the dropout
registration, and the outcome (return to school, or closing for another reason).

The dialog owns no rule: every form becomes one call of an :mod:`app.cases`
function through ``ctx.run(...)`` (one transaction). A refusal
(:class:`~app.errors.ValidationError`) is shown in red under the field it names;
anything else (a closed case, no permission) in a message box. After a success
the form is emptied and the whole case file is read again.

Keyboard: Tab walks each form in order (text boxes pass Tab on), Ctrl+S saves
the form of the open tab, Esc closes the dialog.
"""

from __future__ import annotations

import html
import traceback
from datetime import date, datetime, time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTime, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import cases, codes, monthly
from app.cases import AttemptRow, CaseFile, ContactInput, ContactRow, Participant, ReportRow
from app.errors import BaoxueError, ValidationError
from app.ui.cases_page import (
    DONE_COLOR,
    OVERDUE_COLOR,
    days_text,
    form_text,
    level_text,
    line_text,
    outcome_text,
    report_kind_text,
    role_text,
    stage_text,
    step_text,
)
from app.ui.models import Column, RowTableModel
from app.ui.widgets import (
    ErrorLabel,
    TypedTextGuard,
    confirm,
    confirm_discard,
    fit_to_screen,
    hint_label,
    show_error,
    show_unexpected,
    text_box,
    title_label,
)
from app.ui.widgets import date_edit as _date_edit
from app.ui.widgets import pydate as _pydate
from app.ui.widgets import qdate as _qdate


def _text_box(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    return text_box(placeholder, lines, grow=3)  # the case file's forms stay compact

# --- reading ----------------------------------------------------------------------------------------












def _e(text) -> str:
    return html.escape(str(text or ""))


# --- the tables of what is on file --------------------------------------------------------------------


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


class ReportModel(RowTableModel[ReportRow]):
    DATE, KIND, RECIPIENTS, REFERENCE = range(4)

    def columns(self) -> list[Column[ReportRow]]:
        return [
            Column(self.tr("Date"), lambda r: r.report_date.isoformat()),
            Column(self.tr("Kind"), lambda r: report_kind_text(r.kind)),
            Column(self.tr("Sent to"), lambda r: r.recipients, tooltip=lambda r: r.recipients or None),
            Column(self.tr("Reference"), lambda r: r.reference),
        ]


class AttemptModel(RowTableModel[AttemptRow]):
    DATE, PEOPLE, LINES, ACTIONS, RESULT = range(5)

    def columns(self) -> list[Column[AttemptRow]]:
        return [
            Column(self.tr("Date"), lambda r: r.attempt_date.isoformat()),
            Column(self.tr("Who went"), lambda r: "、".join(p.get("name", "") for p in r.participants),
                   tooltip=lambda r: "\n".join(f"{role_text(p.get('role', ''))}:{p.get('name', '')}"
                                               for p in r.participants) or None),
            Column(self.tr("Both lines"), lambda r: self.tr("yes") if r.both_lines else self.tr("no"),
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("What was done"), lambda r: r.actions, tooltip=lambda r: r.actions or None),
            Column(self.tr("Result"), lambda r: r.result),
        ]


# --- a tab: what is on file, and a form to add one -------------------------------------------------------


class RecordTab(QWidget):
    """Base of the dialog's tabs: a list (optional) on the left, a form on the right, Save at the bottom.

    Subclasses build their fields with :meth:`add_field` naming the service's
    ``ValidationError.field`` values each field answers to, and implement
    :meth:`submit` (one ``ctx.run``), :meth:`show_case` and :meth:`reset`.
    """

    #: emitted after a successful save (the dialog reloads)
    saved = Signal()

    def __init__(self, dialog: "CaseDialog", *, with_list: bool = True):
        super().__init__()
        self.dialog = dialog
        self.ctx = dialog.ctx
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self.form_box = QWidget()
        outer = QVBoxLayout(self.form_box)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)  # the fields keep their height; the space goes below them
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form_error = ErrorLabel()
        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.setMinimumHeight(34)
        self.save_button.clicked.connect(self._save_clicked)
        self.closed_hint = hint_label("")
        self.closed_hint.setVisible(False)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form_box)
        self.form_title = QLabel()
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.form_title)
        right_layout.addWidget(self.closed_hint)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.form_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        self.right = right

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if with_list:
            self.list_title = QLabel()
            self.list_title.setFont(font)
            self.table = QTableView()
            self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.table.verticalHeader().setVisible(False)
            self.table.setWordWrap(False)
            self.table.setAlternatingRowColors(True)
            self.table.horizontalHeader().setStretchLastSection(True)
            self.detail = QTextBrowser()
            self.detail.setOpenLinks(False)
            left = QWidget()
            left_layout = QVBoxLayout(left)
            left_layout.setContentsMargins(0, 0, 6, 0)
            left_layout.addWidget(self.list_title)
            left_layout.addWidget(self.table, 3)
            left_layout.addWidget(self.detail, 2)
            splitter = QSplitter(Qt.Orientation.Horizontal)
            splitter.addWidget(left)
            splitter.addWidget(right)
            splitter.setStretchFactor(0, 2)
            splitter.setStretchFactor(1, 3)
            splitter.setSizes([420, 640])
            splitter.setChildrenCollapsible(False)
            layout.addWidget(splitter)
        else:
            self.table = None
            self.detail = None
            right.setMaximumWidth(780)  # a short form reads better than one stretched across the dialog
            row = QHBoxLayout()
            row.addWidget(right, 1)
            row.addStretch(0)
            layout.addLayout(row)

    # --- building ------------------------------------------------------------------------------------

    def set_model(self, model: RowTableModel) -> None:
        self.model = model
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current, _previous) -> None:
        self.show_detail(self.model.row_at(current))

    def add_field(self, label: str, widget: QWidget, *service_fields: str, layout: QFormLayout | None = None,
                  ) -> ErrorLabel:
        """A labelled field with its error label under it; ``service_fields`` are the names the service uses."""
        error = ErrorLabel()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        (layout or self.form).addRow(label, box)
        for name in service_fields:
            self.fields[name] = (widget, error)
        return error

    # --- saving ---------------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for _widget, error in self.fields.values():
            error.clear_error()
        self.form_error.clear_error()

    def show_refusal(self, exc: BaoxueError) -> None:
        """Under the field the service names; otherwise (closed case, permission) in a message box."""
        if isinstance(exc, ValidationError):
            target = self.field_for(exc.field)
            if target is not None:
                widget, error = target
                error.set_error(exc.reason)
                widget.setFocus()
                return
        show_error(self, str(exc))

    def field_for(self, service_field: str) -> tuple[QWidget, ErrorLabel] | None:
        return self.fields.get(service_field)

    @Slot()
    def _save_clicked(self) -> None:
        # slots return nothing: a value returned to a PySide slot call corrupts its reference count
        self.save()

    def save(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        self.clear_errors()
        if not self.confirm_save():
            return False
        try:
            self.submit()
        except BaoxueError as exc:
            self.show_refusal(exc)
            return False
        except Exception as exc:  # a bug in a service: the transaction rolled back; say so
            show_unexpected(self, f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}")
            return False
        self.reset()
        self.guard.mark_clean()
        self.saved.emit()
        return True

    def confirm_save(self) -> bool:
        return True

    def run(self, fn, *args, **kwargs):
        """One service call in one transaction, announced as "cases"."""
        return self.ctx.run(fn, *args, today=self.dialog.today(), **kwargs)

    # --- hooks -----------------------------------------------------------------------------------------

    def submit(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def reset(self) -> None:
        """Empty the form after a save (and when the dialog opens)."""

    def show_case(self, view: cases.CaseView) -> None:
        """Show what is on file; called after every reload."""

    def show_detail(self, row) -> None:
        if self.detail is not None:
            self.detail.setHtml(self.detail_html(row) if row is not None else
                                "<p style='color:#777'>" + _e(QCoreApplication.translate(
                                    "CaseDialog", "Nothing on file yet.")) + "</p>")

    def detail_html(self, row) -> str:
        return ""

    def set_open(self, editable: bool, why: str) -> None:
        """Enable the form only while the case is open and the user may work on it."""
        self.form_box.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.closed_hint.setText(why)
        self.closed_hint.setVisible(bool(why))

    def first_field(self) -> QWidget | None:
        return None

    def tab_chain(self, *widgets: QWidget) -> None:
        """Tab walks the form in the order it reads (the buttons are made before the fields)."""
        for first, second in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(first, second)

    def _fill_list(self, rows: list) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(len(rows) - 1)
        else:
            self.show_detail(None)


def _detail(pairs: list[tuple[str, str]]) -> str:
    rows = "".join(f"<tr><td style='color:#555;padding-right:8px;white-space:nowrap' valign='top'>{_e(k)}</td>"
                   f"<td>{_e(v).replace(chr(10), '<br>')}</td></tr>" for k, v in pairs if v)
    return f"<table cellspacing='2'>{rows}</table>"


# --- contacts and home visits ----------------------------------------------------------------------------


class ContactsTab(RecordTab):
    def __init__(self, dialog: "CaseDialog"):
        super().__init__(dialog)
        self.list_title.setText(self.tr("Contacts on file"))
        self.form_title.setText(self.tr("Record a home visit or a phone call"))
        self.set_model(ContactModel(parent=self))
        self.save_button.setText(self.tr("Save the record (Ctrl+S)"))
        self.save_button.setObjectName("saveContact")

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
        for key, label in codes.RELATION.items():
            self.relation.addItem(label, key)
        who = QWidget()
        row = QHBoxLayout(who)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.guardian, 2)
        row.addWidget(self.relation, 1)
        self.address = QLineEdit()
        self.family = _text_box(self.tr("Members, income, who looks after the child, parents working away"))
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. find out why the child is absent"))
        self.condition = _text_box(self.tr("Required: where the child is and how the child is"))
        self.problems = _text_box(lines=2)
        self.measures = _text_box(self.tr("What the school and the family will do, and when to check again"),
                                  lines=2)
        self.opinion = _text_box(lines=2)

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
        relation = codes.RELATION.get(r.guardian_relation, r.guardian_relation)
        return _detail([
            (self.tr("Date"), r.contact_date.isoformat() + (f" {r.contact_time:%H:%M}" if r.contact_time else "")),
            (self.tr("Form"), form_text(r.form)),
            (self.tr("Teacher"), r.staff_name), (self.tr("Others"), r.companions), (self.tr("Address"), r.address),
            (self.tr("Guardian met"), f"{r.guardian_met}({relation})" if relation else r.guardian_met),
            (self.tr("Family situation"), r.family_situation), (self.tr("Purpose"), r.purpose),
            (self.tr("How the student is"), r.student_condition), (self.tr("Problems found"), r.problems),
            (self.tr("Measures and plan"), r.measures), (self.tr("Guardian's opinion"), r.guardian_opinion),
        ])


# --- written report -------------------------------------------------------------------------------------------


class ReportsTab(RecordTab):
    def __init__(self, dialog: "CaseDialog"):
        super().__init__(dialog)
        self.list_title.setText(self.tr("Written reports on file"))
        self.form_title.setText(self.tr("Record the written report"))
        self.set_model(ReportModel(parent=self))
        self.save_button.setText(self.tr("Save the report (Ctrl+S)"))
        self.save_button.setObjectName("saveReport")

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
        self.content = _text_box(self.tr("What happened, what the school did, what it asks of the township"), 5)

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
        return _detail([(self.tr("Date"), r.report_date.isoformat()), (self.tr("Kind"), report_kind_text(r.kind)),
                        (self.tr("Sent to"), r.recipients), (self.tr("Reference"), r.reference),
                        (self.tr("Content"), r.content)])


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
        self.remove = QPushButton("✕")
        self.remove.setToolTip(QCoreApplication.translate("PersuasionTab", "Remove this person"))
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
        self.list_title.setText(self.tr("Persuasion attempts on file"))
        self.form_title.setText(self.tr("Record an attempt to persuade the child back"))
        self.set_model(AttemptModel(parent=self))
        self.save_button.setText(self.tr("Save the attempt (Ctrl+S)"))
        self.save_button.setObjectName("saveAttempt")
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
        self.actions = _text_box(self.tr("Required: what was done, e.g. explained the compulsory education law "
                                         "to the parents at home"), 3)
        self.result = _text_box(self.tr("e.g. the parents agreed to bring the child back on Monday"), 2)
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
            missing = "、".join(line_text(k) for k in cases.LINES if k not in lines)
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
        return _detail([(self.tr("Date"), r.attempt_date.isoformat()), (self.tr("Who went"), people),
                        (self.tr("What was done"), r.actions), (self.tr("Result"), r.result)])


# --- the township's notice ------------------------------------------------------------------------------------


class NoticeTab(RecordTab):
    def __init__(self, dialog: "CaseDialog"):
        super().__init__(dialog, with_list=False)
        self.form_title.setText(self.tr("The township's deadline-to-return notice (限期返校通知书)"))
        self.save_button.setText(self.tr("Save the notice (Ctrl+S)"))
        self.save_button.setObjectName("saveNotice")
        self.current = QLabel()
        self.current.setObjectName("noticeOnFile")
        self.current.setWordWrap(True)
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
        self.form_title.setText(self.tr("Where the child is now (去向)"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveWhereabouts")
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


# --- dropout registration -------------------------------------------------------------------------------------


class DropoutTab(RecordTab):
    def __init__(self, dialog: "CaseDialog"):
        super().__init__(dialog, with_list=False)
        self.form_title.setText(self.tr("Register the child as a dropout (学籍变动 28)"))
        self.save_button.setText(self.tr("Register the dropout\u2026"))
        self.save_button.setObjectName("registerDropout")
        self.current = QLabel()
        self.current.setObjectName("ledgerOnFile")
        self.current.setWordWrap(True)
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
        self.form_title.setText(self.tr("The child is back at school"))
        self.save_button.setText(self.tr("Record the return and close the case (Ctrl+S)"))
        self.save_button.setObjectName("recordReturn")
        self.return_date = _date_edit(dialog.today())
        self.return_note = QLineEdit()
        self.return_note.setPlaceholderText(self.tr("e.g. back after the home visit"))
        self.add_field(self.tr("Back on"), self.return_date, "返校日期")
        self.add_field(self.tr("Note"), self.return_note, "说明", "学籍状态")
        self.form.addRow(hint_label(self.tr(
            "A registered dropout is restored to the roll (学籍变动 12 复学) and the persuasion ledger is closed.")))
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
        self.close_button = QPushButton(self.tr("Close the case\u2026"))
        self.close_button.setObjectName("closeCase")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self._close_clicked)
        close_form.addRow("", self.close_button)
        self.form.addRow(self.close_box)
        self.current = QLabel()
        self.current.setObjectName("outcomeOnFile")
        self.current.setWordWrap(True)
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


# --- the dialog ----------------------------------------------------------------------------------------------------


class CaseDialog(QDialog):
    """The case file of one child; every action is one service call, then the file is read again."""

    guide_topic = "case"  # the user guide's part that F1 opens here

    #: emitted after every (re)load
    reloaded = Signal()

    def __init__(self, ctx, case_id: int, parent: QWidget | None = None, *,
                 today: date | Callable[[], date] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self._today = today if callable(today) else (lambda d=today: d or date.today())
        self.setObjectName("CaseDialog")
        self.setWindowTitle(self.tr("Case file"))
        fit_to_screen(self, 1120, 780)
        self.view: cases.CaseView | None = None

        self.title = title_label("")
        self.title.setObjectName("caseTitle")
        self.stage_label = QLabel()
        self.stage_label.setObjectName("caseStage")
        font = self.stage_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.stage_label.setFont(font)
        self.facts = QLabel()
        self.facts.setObjectName("caseFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps_label = QLabel()
        self.steps_label.setObjectName("caseSteps")
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        steps_box = QGroupBox(self.tr("Still to do"))
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.addWidget(self.steps_label)
        steps_layout.addStretch(1)

        head_row = QHBoxLayout()
        head_row.addWidget(self.title, 1)
        head_row.addWidget(self.stage_label)
        header = QHBoxLayout()
        header.addWidget(self.facts, 3)
        header.addWidget(steps_box, 2)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.contacts = ContactsTab(self)
        self.reports = ReportsTab(self)
        self.persuasion = PersuasionTab(self)
        self.notice = NoticeTab(self)
        self.whereabouts = WhereaboutsTab(self)
        self.dropout = DropoutTab(self)
        self.outcome = OutcomeTab(self)
        self.tabs.addTab(self.contacts, self.tr("Home visits and calls"))
        self.tabs.addTab(self.reports, self.tr("Written report"))
        self.tabs.addTab(self.persuasion, self.tr("Persuasion to return"))
        self.tabs.addTab(self.notice, self.tr("Township notice"))
        self.tabs.addTab(self.whereabouts, self.tr("Where now"))
        self.tabs.addTab(self.dropout, self.tr("Dropout registration"))
        self.tabs.addTab(self.outcome, self.tr("Return / close"))
        for tab in self.record_tabs():
            tab.saved.connect(self.reload)
        self.tabs.currentChanged.connect(self._tab_shown)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self._save_shortcut)

        layout = QVBoxLayout(self)
        layout.addLayout(head_row)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.reload()  # raises PermissionDenied / NotFound before the dialog is shown
        for tab in self.record_tabs():
            tab.reset()
            tab.guard = TypedTextGuard(tab)  # what is typed in a tab is asked about before the file closes
        self.tabs.setCurrentWidget(self.suggested_tab())

    def today(self) -> date:
        return self._today()

    def unsaved_tabs(self) -> list[str]:
        return [self.tabs.tabText(self.tabs.indexOf(t)) for t in self.record_tabs() if t.guard.is_dirty()]

    def reject(self) -> None:
        """Esc, Close or the window's X: a typed home visit (or any unsaved form) is asked about first."""
        unsaved = self.unsaved_tabs()
        if unsaved and not confirm_discard(self, self.tr(
                "You typed in \u201c{tabs}\u201d and did not save it. Close the case file and lose it?").format(
                    tabs="\u3001".join(unsaved))):
            return
        super().reject()

    @property
    def case(self) -> CaseFile:
        return self.view.case

    def record_tabs(self) -> list[RecordTab]:
        return [self.contacts, self.reports, self.persuasion, self.notice, self.whereabouts, self.dropout, self.outcome]

    # --- loading --------------------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        self.view = self.ctx.read(cases.case_view, self.ctx.actor, self.case_id, self.today())
        f = self.view.case
        self.setWindowTitle(self.tr("Case file: {name}").format(name=f.student_name))
        self.title.setText(f"{f.student_name} · {f.class_name}" if f.class_name else f.student_name)
        self.stage_label.setText(stage_text(f.stage))
        closed = f.stage not in cases.OPEN_STAGES
        overdue = any(s.overdue for s in f.steps)
        colour = "#555555" if closed else (OVERDUE_COLOR if overdue else "#1565c0")
        self.stage_label.setStyleSheet(f"color: white; background: {colour}; border-radius: 4px; padding: 4px 10px;")
        self.facts.setText(self.facts_html(self.view))
        self.steps_label.setText(self.steps_html(f))
        why = ""
        if f.outcome:
            why = self.tr("This case is closed; it stays on file. If the child is absent again a new alert opens "
                          "a new case.")
        elif f.stage == "cancelled":
            why = self.tr("The alert was withdrawn (leave approved afterwards or roll call corrected).")
        elif not f.can_work:
            why = self.tr("You may read this case; the teacher responsible, the class teacher, the principal and "
                          "the registrar record on it.")
        for tab in self.record_tabs():
            tab.show_case(self.view)
            tab.set_open(not why, why)
        if not why and f.ledger is not None and f.ledger.closed_on is None:
            self.dropout.set_open(False, self.tr("Already registered as a dropout."))
        elif not why and not self.ctx.actor.has("student.status"):
            self.dropout.set_open(False, self.tr("Only the registrar may register a dropout (a status change)."))
        self.reloaded.emit()

    def facts_html(self, view: cases.CaseView) -> str:
        f = view.case
        lines = [
            self.tr("Absent without reason for <b>{days}</b> school days, {first} to {last} — {level}").format(
                days=days_text(f.days_absent), first=f.first_absent_day.isoformat(),
                last=f.last_absent_day.isoformat(), level=_e(level_text(f.level))),
            self.tr("Alert raised on {raised}; case opened on {opened}; responsible teacher: {teacher}").format(
                raised=f.raised_on.isoformat(), opened=f.opened_on.isoformat(),
                teacher=_e(f.assigned_teacher or self.tr("(nobody)"))),
        ]
        if view.guardians:
            people = []
            for g in view.guardians:
                relation = codes.RELATION.get(g.relation, g.relation)
                phone = f" <b>{_e(g.phone)}</b>" if g.phone else ""
                away = self.tr(", works away in {place}").format(place=_e(g.work_place)) if g.works_away and \
                    g.work_place else (self.tr(", works away") if g.works_away else "")
                people.append(f"{_e(g.name)}({_e(relation)}){phone}{away}")
            lines.append(self.tr("Guardians: {people}").format(people=";".join(people)))
        else:
            lines.append(self.tr("Guardians: none on record — add them in the student's record"))
        if view.address:
            lines.append(self.tr("Address: {address}").format(address=_e(view.address)))
        if f.notice_issued_on:
            lines.append(self.tr("Township notice: return by {deadline}").format(
                deadline=f.notice_deadline.isoformat() if f.notice_deadline else ""))
        if f.outcome:
            lines.append("<b>" + self.tr("Closed on {day}: {outcome}").format(
                day=f.closed_on.isoformat() if f.closed_on else "", outcome=_e(outcome_text(f.outcome))) + "</b>")
        return "<br>".join(lines)

    def steps_html(self, f: CaseFile) -> str:
        done = []
        if f.contacts:
            visits = [c for c in f.contacts if c.form == "in_person"]
            if visits:
                done.append(self.tr("✓ home visit on {day}").format(day=visits[0].contact_date.isoformat()))
        if f.reports:
            done.append(self.tr("✓ written report on {day}").format(day=f.reports[0].report_date.isoformat()))
        items = []
        for s in f.steps:
            due = self.tr("due {day}").format(day=s.due.isoformat()) if s.due else ""
            text = f"{_e(step_text(s.key, s.label))}" + (f" — {due}" if due else "")
            if s.overdue:
                text = f"<span style='color:{OVERDUE_COLOR}'><b>⚠ {text} " + self.tr("(overdue)") + "</b></span>"
            items.append("• " + text)
        if not items:
            items.append(self.tr("Nothing: the case is closed."))
        if done:
            items.append(f"<span style='color:{DONE_COLOR}'>" + "<br>".join(done) + "</span>")
        return "<br>".join(items)

    def suggested_tab(self) -> QWidget:
        """The tab of the next step."""
        keys = [s.key for s in self.case.steps]
        if not keys or self.case.stage not in cases.OPEN_STAGES:
            return self.outcome if self.case.outcome else self.contacts
        first = keys[0]
        if first == "visit":
            return self.contacts
        if first == "report":
            return self.reports
        if first in ("persuade", "persuade_back", "register_dropout"):
            return self.persuasion
        return self.outcome

    # --- keyboard -----------------------------------------------------------------------------------------

    @Slot()
    def _save_shortcut(self) -> None:
        self.save_current()

    def save_current(self) -> bool:
        tab = self.tabs.currentWidget()
        return tab.save() if isinstance(tab, RecordTab) else False

    @Slot(int)
    def _tab_shown(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, RecordTab) and tab.save_button.isEnabled():
            field = tab.first_field()
            if field is not None:
                field.setFocus()


__all__ = ["CaseDialog", "ContactsTab", "DropoutTab", "NoticeTab", "OutcomeTab", "PersuasionTab",
           "ReportsTab"]
