"""一人一案 — the mentoring plan of one student, for the mentor who keeps it (domain.md §2, §6; issue 5).

One dialog, one tab per part of the plan, each a small form with its own Save:

* **Situation and risk** — why the child needs a mentor now (the service's facts: focus
  groups, alerts, open cases, the early warning), the situation, the risk level and notes;
  the mentors the child has had;
* **Five ones** — one habit, one shortcoming fixed, one subject raised, one hobby, one book
  (an empty line leaves that one as it is);
* **Other measures** — every measure on file, add one, mark one achieved or stopped;
* **Reviews** — the review dates (overdue in red), schedule one, record one as done;
* **Contact log** — the talks, calls and home visits: the case file's ``contact`` rows,
  the same list the case file shows; a new one goes through :func:`app.mentors.log_contact`;
* **Home teaching** (only for a child enrolled for 送教上门) — the year's hours and visits
  against the policy's targets (:func:`app.home_teaching.progress`) and a session form.

The dialog owns no rule: each Save is one service call in one transaction
(``ctx.run(...)``). A refusal names its field (:class:`ValidationError`):
the reason appears in red under that field, else under the form; a permission refusal in a
message box. Read-only for a user who may see the plan but not work on it.

Keyboard: Ctrl+S saves the form of the open tab, Ctrl+PgUp/PgDn change tab, Esc closes.
"""

from __future__ import annotations

import traceback
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import ALERTS, ATTENDANCE, CALENDAR, CASES, CLASSES, ChangeSet, MENTORS, POLICY, STAFF, STUDENTS
from app import cases, home_teaching, mentors, school
from app.cases import ContactInput, ContactRow
from app.errors import BaoxueError, ValidationError
from app.mentors import FiveOnes, MeasureRow, PlanInput, PlanView, ReviewRow
from app.ui.models import Column, RowTableModel
from app.ui.widgets import SIZE_SAMPLE, ErrorLabel, hint_label, show_error, show_unexpected, title_label, fit_to_screen
from app.ui.widgets import date_edit, pydate, text_box

#: the record kinds a plan or the board shows (contacts are shared with the case file)
SHOWS = MENTORS | CASES | ALERTS | ATTENDANCE | STUDENTS | CLASSES | STAFF | POLICY | CALENDAR

OVERDUE_COLOR = "#c62828"
AMBER_COLOR = "#a15c00"
DONE_COLOR = "#5f8f62"
MUTED_COLOR = "#666666"

# --- the UI's own names of the service's vocabularies (the service's labels are Chinese only) ---------

RISK_TEXT: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("MentorText", "Not assessed"),
    "low": QT_TRANSLATE_NOOP("MentorText", "Low"),
    "medium": QT_TRANSLATE_NOOP("MentorText", "Medium"),
    "high": QT_TRANSLATE_NOOP("MentorText", "High"),
}
FIVE_TEXT: dict[str, str] = {
    "habit": QT_TRANSLATE_NOOP("MentorText", "One good habit to build"),
    "shortcoming": QT_TRANSLATE_NOOP("MentorText", "One shortcoming to fix"),
    "subject": QT_TRANSLATE_NOOP("MentorText", "One subject to raise"),
    "hobby": QT_TRANSLATE_NOOP("MentorText", "One hobby to grow"),
    "book": QT_TRANSLATE_NOOP("MentorText", "One good book to read"),
}
FIVE_EXAMPLE: dict[str, str] = {
    "habit": QT_TRANSLATE_NOOP("MentorText", "e.g. comes to school on time every day"),
    "shortcoming": QT_TRANSLATE_NOOP("MentorText", "e.g. stops chatting in class"),
    "subject": QT_TRANSLATE_NOOP("MentorText", "e.g. maths: times tables by the end of term"),
    "hobby": QT_TRANSLATE_NOOP("MentorText", "e.g. joins the school choir"),
    "book": QT_TRANSLATE_NOOP("MentorText", "e.g. a book and when to talk about it"),
}
MEASURE_KIND_TEXT: dict[str, str] = {**FIVE_TEXT, "other": QT_TRANSLATE_NOOP("MentorText", "Other measure")}
MEASURE_STATUS_TEXT: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("MentorText", "In progress"),
    "achieved": QT_TRANSLATE_NOOP("MentorText", "Achieved"),
    "dropped": QT_TRANSLATE_NOOP("MentorText", "Stopped"),
}
#: the forms of contact a mentor logs; "talk" is shown once app.cases.FORMS knows it
CONTACT_FORM_TEXT: dict[str, str] = {
    "talk": QT_TRANSLATE_NOOP("MentorText", "Talk with the student"),
    "phone": QT_TRANSLATE_NOOP("MentorText", "Phone call"),
    "in_person": QT_TRANSLATE_NOOP("MentorText", "Home visit"),
    "video": QT_TRANSLATE_NOOP("MentorText", "Video call"),
}
END_REASON_TEXT: dict[str, str] = {
    "not_needed": QT_TRANSLATE_NOOP("MentorText", "No longer needs a mentor"),
    "reassigned": QT_TRANSLATE_NOOP("MentorText", "Another teacher takes over"),
    "staff_left": QT_TRANSLATE_NOOP("MentorText", "The teacher left or moved"),
    "transferred": QT_TRANSLATE_NOOP("MentorText", "The student transferred"),
    "graduated": QT_TRANSLATE_NOOP("MentorText", "The student graduated"),
    "completed": QT_TRANSLATE_NOOP("MentorText", "The student completed school"),
    "deceased": QT_TRANSLATE_NOOP("MentorText", "The student died"),
    "other": QT_TRANSLATE_NOOP("MentorText", "Other (say why)"),
}
CASELOAD_STATE_TEXT: dict[str, str] = {
    "below": QT_TRANSLATE_NOOP("MentorText", "below the minimum"),
    "ok": QT_TRANSLATE_NOOP("MentorText", "in range"),
    "full": QT_TRANSLATE_NOOP("MentorText", "full"),
    "over": QT_TRANSLATE_NOOP("MentorText", "above the maximum"),
}


def vocab_text(table: dict[str, str], key: str, fallback: str = "") -> str:
    """The translated UI name of a service key; the service's own (Chinese) label when the UI has none."""
    source = table.get(key)
    return QCoreApplication.translate("MentorText", source) if source else (fallback or key)


def risk_text(level: str) -> str:
    return vocab_text(RISK_TEXT, level, mentors.RISK_LEVELS.get(level, level))


def measure_kind_text(kind: str) -> str:
    return vocab_text(MEASURE_KIND_TEXT, kind, mentors.MEASURE_KINDS.get(kind, kind))


def measure_status_text(status: str) -> str:
    return vocab_text(MEASURE_STATUS_TEXT, status, mentors.MEASURE_STATUSES.get(status, status))


def contact_form_text(form: str) -> str:
    return vocab_text(CONTACT_FORM_TEXT, form, cases.FORMS.get(form, form))


def end_reason_text(reason: str) -> str:
    return vocab_text(END_REASON_TEXT, reason, mentors.END_REASONS.get(reason, reason))


def caseload_state_text(state: str) -> str:
    return vocab_text(CASELOAD_STATE_TEXT, state, mentors.CASELOAD_STATES.get(state, state))


def contact_forms() -> list[str]:
    """The forms the contact log accepts (app.cases.FORMS), a talk first when the service knows it."""
    order = [k for k in CONTACT_FORM_TEXT if k in cases.FORMS]
    return order + [k for k in cases.FORMS if k not in order]










def setup_table(view: QTableView, model) -> None:
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SIZE_SAMPLE)  # widths from a sample of rows, not every row of a long list
    header.setStretchLastSection(True)


def review_done(r: ReviewRow, open_ids: set[int]) -> bool:
    """Whether a review of the plan was done (ReviewRow has no done date yet: an open one is listed as due)."""
    if hasattr(r, "done_on"):
        return getattr(r, "done_on") is not None
    return r.id not in open_ids and not r.overdue


# --- table models ----------------------------------------------------------------------------------------


class MeasureModel(RowTableModel[MeasureRow]):
    KIND, CONTENT, SINCE, STATUS, RESULT = range(5)

    def columns(self) -> list[Column[MeasureRow]]:
        return [
            Column(self.tr("Kind"), lambda r: measure_kind_text(r.kind)),
            Column(self.tr("Measure"), lambda r: r.content, tooltip=lambda r: r.content or None),
            Column(self.tr("Since"), lambda r: r.started_on.isoformat()),
            Column(self.tr("Status"), lambda r: measure_status_text(r.status) + (
                f" {r.closed_on.isoformat()}" if r.closed_on else ""),
                   foreground=lambda r: QColor(DONE_COLOR) if r.status == "achieved"
                   else QColor(MUTED_COLOR) if r.status == "dropped" else None),
            Column(self.tr("Result"), lambda r: r.result, tooltip=lambda r: r.result or None),
        ]


class ReviewModel(RowTableModel[ReviewRow]):
    DUE, PURPOSE, STATE = range(3)

    def __init__(self, parent=None):
        self.open_ids: set[int] = set()
        super().__init__((), parent)

    def state(self, r: ReviewRow) -> str:
        if review_done(r, self.open_ids):
            return self.tr("done")
        if r.overdue:
            return self.tr("overdue by {n} days").format(n=-r.days_left)
        if r.days_left == 0:
            return self.tr("due today")
        return self.tr("in {n} days").format(n=r.days_left)

    def _color(self, r: ReviewRow):
        if review_done(r, self.open_ids):
            return QColor(DONE_COLOR)
        return QColor(OVERDUE_COLOR) if r.overdue else None

    def columns(self) -> list[Column[ReviewRow]]:
        return [
            Column(self.tr("Due"), lambda r: r.due_date.isoformat(), foreground=self._color),
            Column(self.tr("What to review"), lambda r: r.purpose, tooltip=lambda r: r.purpose or None),
            Column(self.tr("State"), self.state, foreground=self._color),
        ]


class ContactLogModel(RowTableModel[ContactRow]):
    DATE, FORM, TEACHER, CONDITION, MEASURES = range(5)

    def columns(self) -> list[Column[ContactRow]]:
        return [
            Column(self.tr("Date"), lambda r: r.contact_date.isoformat(), sort=lambda r: r.contact_date.toordinal()),
            Column(self.tr("Form"), lambda r: contact_form_text(r.form)),
            Column(self.tr("Teacher"), lambda r: r.staff_name),
            Column(self.tr("How the student is"), lambda r: r.student_condition,
                   tooltip=lambda r: r.student_condition or None),
            Column(self.tr("Measures and plan"), lambda r: r.measures, tooltip=lambda r: r.measures or None),
        ]


class SessionModel(RowTableModel[home_teaching.SessionRow]):
    DATE, TEACHER, HOURS, CONTENT = range(4)

    def columns(self) -> list[Column[home_teaching.SessionRow]]:
        return [
            Column(self.tr("Date"), lambda r: r.session_date.isoformat()),
            Column(self.tr("Teacher"), lambda r: r.staff_name),
            Column(self.tr("Hours"), lambda r: f"{r.hours:g}", sort=lambda r: r.hours,
                   align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("What was taught"), lambda r: r.content, tooltip=lambda r: r.content or None),
        ]


# --- a section: a form with its Save, errors under the fields --------------------------------------------


class Section(QWidget):
    """One tab of the plan: fields with error labels, a Save button, :meth:`submit` = one service call."""

    saved = Signal()

    def __init__(self, dialog: "PlanDialog"):
        super().__init__()
        self.dialog = dialog
        self.ctx = dialog.ctx
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self.form_error = ErrorLabel()
        self.save_button = QPushButton()
        self.save_button.setAutoDefault(False)
        self.save_button.setMinimumHeight(32)
        self.save_button.clicked.connect(self.save)

    def add_field(self, form: QFormLayout, label: str, widget: QWidget, *service_fields: str) -> ErrorLabel:
        error = ErrorLabel()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, box)
        for name in service_fields:
            self.fields[name] = (widget, error)
        return error

    def clear_errors(self) -> None:
        for _w, error in self.fields.values():
            error.clear_error()
        self.form_error.clear_error()

    def show_refusal(self, exc: BaoxueError) -> None:
        if isinstance(exc, ValidationError):
            target = self.fields.get(exc.field)
            if target is not None:
                widget, error = target
                error.set_error(exc.reason)
                widget.setFocus()
            else:
                self.form_error.set_error(str(exc))
            return
        show_error(self, str(exc))

    def run(self, fn, *args, **kwargs):
        return self.ctx.run(fn, *args, **kwargs)

    @Slot()
    def save(self) -> bool:
        """Ctrl+S and the Save button: one service call; the dialog reads the plan again after it."""
        if not self.save_button.isEnabled():
            return False
        self.clear_errors()
        try:
            done = self.submit()
        except BaoxueError as exc:
            self.show_refusal(exc)
            return False
        except Exception as exc:  # a bug in a service: the transaction rolled back; say so
            show_unexpected(self, f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}")
            return False
        if done is False:
            return False
        self.reset()
        self.saved.emit()
        return True

    def submit(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def reset(self) -> None:
        """Empty the form after a save."""

    def show_plan(self, plan: PlanView) -> None:
        """Show what is on file (after every read)."""

    def set_editable(self, editable: bool) -> None:
        for widget, _error in self.fields.values():
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)


class SituationSection(Section):
    def __init__(self, dialog: "PlanDialog"):
        super().__init__(dialog)
        self.facts = QLabel()
        self.facts.setObjectName("riskFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setStyleSheet(f"color: {AMBER_COLOR};")
        facts_box = QGroupBox(self.tr("Why this child needs a mentor now"))
        QVBoxLayout(facts_box).addWidget(self.facts)

        self.situation = text_box(self.tr("Family, who looks after the child, health, schoolwork, friends"), 4)
        self.risk_level = QComboBox()
        for key in mentors.RISK_LEVELS:
            self.risk_level.addItem(risk_text(key), key)
        self.risk_notes = text_box(self.tr("How likely is the child to drop out, and why; what to watch"), 3)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_field(form, self.tr("Situation"), self.situation, "基本情况")
        self.add_field(form, self.tr("Risk of dropping out"), self.risk_level, "风险等级")
        self.add_field(form, self.tr("Risk notes"), self.risk_notes, "风险研判")
        self.history = QLabel()
        self.history.setObjectName("mentorHistory")
        self.history.setWordWrap(True)
        self.history.setStyleSheet(f"color: {MUTED_COLOR};")
        self.save_button.setText(self.tr("Save situation and risk (Ctrl+S)"))
        self.save_button.setObjectName("saveSituation")

        layout = QVBoxLayout(self)
        layout.addWidget(facts_box)
        layout.addLayout(form, 1)
        layout.addWidget(self.history)
        layout.addWidget(self.form_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def show_plan(self, plan: PlanView) -> None:
        self.facts.setText("\n".join(f"• {f}" for f in plan.risk_facts) if plan.risk_facts
                           else self.tr("None at the moment: no focus group, open alert or open case."))
        self.situation.setPlainText(plan.situation)
        self.risk_notes.setPlainText(plan.risk_notes)
        self.risk_level.setCurrentIndex(max(0, self.risk_level.findData(plan.risk_level)))
        lines = []
        for a in plan.history:
            end = a.end_date.isoformat() if a.end_date else self.tr("now")
            why = f"({end_reason_text(a.end_reason)})" if a.end_reason else ""
            lines.append(f"{a.staff_name} {a.start_date.isoformat()} – {end}{why}")
        self.history.setText(self.tr("Mentors: {list}").format(list=";".join(lines)) if lines
                             else self.tr("No mentor yet."))

    def submit(self):
        self.run(mentors.save_plan, self.dialog.student_id,
                 PlanInput(self.situation.toPlainText(), self.risk_notes.toPlainText(),
                           self.risk_level.currentData()))


class FiveOnesSection(Section):
    def __init__(self, dialog: "PlanDialog"):
        super().__init__(dialog)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        self.since: dict[str, QLabel] = {}
        for key in mentors.FIVE_ONES:
            edit = QLineEdit()
            edit.setObjectName(f"five_{key}")
            edit.setPlaceholderText(QCoreApplication.translate("MentorText", FIVE_EXAMPLE[key]))
            edit.setMaxLength(500)
            since = QLabel()
            since.setStyleSheet(f"color: {MUTED_COLOR};")
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit, 1)
            row.addWidget(since)
            self.edits[key], self.since[key] = edit, since
            self.add_field(form, measure_kind_text(key), box, mentors.FIVE_ONES[key])
            self.fields[mentors.FIVE_ONES[key]] = (edit, self.fields[mentors.FIVE_ONES[key]][1])
        self.save_button.setText(self.tr("Save the five ones (Ctrl+S)"))
        self.save_button.setObjectName("saveFiveOnes")
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "One good habit, one shortcoming fixed, one subject raised, one hobby, one good book. A changed line "
            "replaces the old measure (kept in the list of measures); an empty line leaves that one as it is.")))
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.form_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def show_plan(self, plan: PlanView) -> None:
        for key, edit in self.edits.items():
            m = plan.five_ones.get(key)
            edit.setText(m.content if m else "")
            self.since[key].setText(self.tr("since {day}").format(day=m.started_on.isoformat()) if m else "")

    def submit(self):
        five = FiveOnes(**{k: e.text() for k, e in self.edits.items()})
        self.run(mentors.set_five_ones, self.dialog.student_id, five, self.dialog.today)


class MeasuresSection(Section):
    def __init__(self, dialog: "PlanDialog"):
        super().__init__(dialog)
        self.model = MeasureModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("measures")
        setup_table(self.table, self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        add_box = QGroupBox(self.tr("Add another measure"))
        add_form = QFormLayout(add_box)
        self.content = QLineEdit()
        self.content.setObjectName("measureContent")
        self.content.setPlaceholderText(self.tr("e.g. free lunch applied for; weekly call with the father"))
        self.add_field(add_form, self.tr("Measure"), self.content, mentors.MEASURE_KINDS["other"], "措施类别")
        self.save_button.setText(self.tr("Add the measure (Ctrl+S)"))
        self.save_button.setObjectName("addMeasure")
        add_form.addRow("", self.save_button)

        close_box = QGroupBox(self.tr("Close the selected measure"))
        close_form = QFormLayout(close_box)
        self.close_status = QComboBox()
        for key in ("achieved", "dropped"):
            self.close_status.addItem(measure_status_text(key), key)
        self.close_date = date_edit(dialog.today)
        self.close_result = QLineEdit()
        self.close_result.setPlaceholderText(self.tr("What came of it"))
        self.add_field(close_form, self.tr("Outcome"), self.close_status, "措施状态")
        self.add_field(close_form, self.tr("On"), self.close_date, "日期")
        self.add_field(close_form, self.tr("Result"), self.close_result, "效果")
        self.close_button = QPushButton(self.tr("Close the measure"))
        self.close_button.setObjectName("closeMeasure")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close_selected)
        close_form.addRow("", self.close_button)

        forms = QHBoxLayout()
        forms.addWidget(add_box, 1)
        forms.addWidget(close_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(forms)
        layout.addWidget(self.form_error)
        self._selection_changed()

    def _selected(self) -> MeasureRow | None:
        return self.model.row_at(self.table.currentIndex())

    def _selection_changed(self) -> None:
        m = self._selected()
        self.close_button.setEnabled(self.save_button.isEnabled() and m is not None and m.status == "active")

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self._selection_changed()

    def show_plan(self, plan: PlanView) -> None:
        self.model.set_rows(plan.measures)
        self._selection_changed()

    def submit(self):
        self.run(mentors.add_measure, self.dialog.student_id, "other", self.content.text(), self.dialog.today)

    def reset(self) -> None:
        self.content.clear()
        self.close_result.clear()

    @Slot()
    def close_selected(self) -> bool:
        m = self._selected()
        if m is None:
            return False
        self.clear_errors()
        try:
            self.run(mentors.close_measure, m.id, self.close_status.currentData(), pydate(self.close_date.date()),
                     self.close_result.text())
        except BaoxueError as exc:
            self.show_refusal(exc)
            return False
        self.reset()
        self.saved.emit()
        return True


class ReviewsSection(Section):
    def __init__(self, dialog: "PlanDialog"):
        super().__init__(dialog)
        self.model = ReviewModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("reviews")
        setup_table(self.table, self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        plan_box = QGroupBox(self.tr("Schedule a review"))
        plan_form = QFormLayout(plan_box)
        self.due = date_edit(dialog.today)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. monthly review; after the mid-term exam"))
        self.add_field(plan_form, self.tr("Date"), self.due, "复查日期")
        self.add_field(plan_form, self.tr("What to review"), self.purpose, "复查内容")
        self.save_button.setText(self.tr("Schedule"))
        self.save_button.setObjectName("scheduleReview")
        plan_form.addRow("", self.save_button)

        done_box = QGroupBox(self.tr("Record the selected review as done"))
        done_form = QFormLayout(done_box)
        self.done_on = date_edit(dialog.today)
        self.notes = text_box(self.tr("Required: how the child is doing, what changes in the plan"), 2)
        self.next_check = QCheckBox(self.tr("Next review on"))
        self.next_due = date_edit(dialog.today)
        next_row = QWidget()
        row = QHBoxLayout(next_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.next_check)
        row.addWidget(self.next_due)
        row.addStretch(1)
        self.done_error = self.add_field(done_form, self.tr("Done on"), self.done_on, "复查")
        self.add_field(done_form, self.tr("Notes"), self.notes, "复查情况")
        done_form.addRow("", next_row)
        self.done_button = QPushButton(self.tr("Record as done"))
        self.done_button.setObjectName("completeReview")
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.complete_selected)
        done_form.addRow("", self.done_button)

        forms = QHBoxLayout()
        forms.addWidget(plan_box, 1)
        forms.addWidget(done_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Ctrl+S records the selected review as done when notes are written, otherwise schedules the date.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(forms)
        layout.addWidget(self.form_error)
        self._selection_changed()

    def _selected(self) -> ReviewRow | None:
        return self.model.row_at(self.table.currentIndex())

    def _selection_changed(self) -> None:
        r = self._selected()
        self.done_button.setEnabled(self.save_button.isEnabled() and r is not None
                                    and not review_done(r, self.model.open_ids))

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.next_check.setEnabled(editable)
        self.next_due.setEnabled(editable)
        self._selection_changed()

    def show_plan(self, plan: PlanView) -> None:
        self.model.open_ids = self.dialog.open_review_ids
        self.model.set_rows(plan.reviews)
        first_open = next((n for n, r in enumerate(self.model.rows()) if not review_done(r, self.model.open_ids)),
                          None)
        if first_open is not None:
            self.table.selectRow(first_open)
        self._selection_changed()

    def submit(self):
        if self.notes.toPlainText().strip() and self.done_button.isEnabled():
            return self.complete_selected(emit=False)
        self.run(mentors.schedule_review, self.dialog.student_id, pydate(self.due.date()), self.purpose.text(),
                 today=self.dialog.today)

    def reset(self) -> None:
        self.purpose.clear()
        self.notes.clear()
        self.next_check.setChecked(False)

    @Slot()
    def complete_selected(self, emit: bool = True) -> bool:
        r = self._selected()
        if r is None:
            return False
        if emit:
            self.clear_errors()
        next_due = pydate(self.next_due.date()) if self.next_check.isChecked() else None
        try:
            self.run(mentors.complete_review, r.id, pydate(self.done_on.date()), self.notes.toPlainText(),
                     next_due=next_due, today=self.dialog.today)
        except BaoxueError as exc:
            if not emit:
                raise
            self.show_refusal(exc)
            return False
        if emit:
            self.reset()
            self.saved.emit()
        return True


class ContactsSection(Section):
    def __init__(self, dialog: "PlanDialog"):
        super().__init__(dialog)
        self.model = ContactLogModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("contacts")
        setup_table(self.table, self.model)

        box = QGroupBox(self.tr("Log a talk, a phone call or a home visit"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("contactForm")
        for key in contact_forms():
            self.form_combo.addItem(contact_form_text(key), key)
        self.date = date_edit(dialog.today)
        self.guardian = QLineEdit()
        self.guardian.setPlaceholderText(self.tr("Who you spoke with, if a guardian"))
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. talk about the maths homework"))
        self.condition = text_box(self.tr("Required: how the child is"), 2)
        self.measures = text_box(self.tr("What was agreed, what happens next"), 2)
        self.add_field(form, self.tr("Form"), self.form_combo, "联系方式")
        self.add_field(form, self.tr("Date"), self.date, "家访日期")
        self.add_field(form, self.tr("Guardian"), self.guardian, "见到的监护人", "见到的监护人关系")
        self.add_field(form, self.tr("Purpose"), self.purpose, "家访目的")
        self.add_field(form, self.tr("How the student is *"), self.condition, "学生现状")
        self.add_field(form, self.tr("Measures and plan"), self.measures, "措施和后续计划")
        self.save_button.setText(self.tr("Save to the contact log (Ctrl+S)"))
        self.save_button.setObjectName("saveContact")
        form.addRow("", self.save_button)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(hint_label(self.tr(
            "The same contact log as the case file: a visit recorded there shows here, and the other way round.")))
        left_layout.addWidget(self.table, 1)
        split.addWidget(left)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.form_error)

    def show_plan(self, plan: PlanView) -> None:
        self.model.set_rows(list(reversed(plan.contacts)))

    def submit(self):
        inp = ContactInput(contact_date=pydate(self.date.date()), form=self.form_combo.currentData(),
                           student_condition=self.condition.toPlainText(), guardian_met=self.guardian.text(),
                           purpose=self.purpose.text(), measures=self.measures.toPlainText())
        self.run(mentors.log_contact, self.dialog.student_id, inp, today=self.dialog.today)

    def reset(self) -> None:
        for w in (self.guardian, self.purpose, self.condition, self.measures):
            w.clear()


class HomeTeachingSection(Section):
    """送教上门: the year's hours and visits against the policy, the sessions, a form to log one."""

    def __init__(self, dialog: "PlanDialog"):
        super().__init__(dialog)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("homeProgress")
        self.progress_label.setWordWrap(True)
        self.progress_label.setTextFormat(Qt.TextFormat.RichText)
        self.model = SessionModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("sessions")
        setup_table(self.table, self.model)

        box = QGroupBox(self.tr("Log a home-teaching session"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date = date_edit(dialog.today)
        self.teacher = QComboBox()
        self.teacher.setObjectName("sessionTeacher")
        self.hours = QDoubleSpinBox()
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setRange(0, 24)
        self.hours.setValue(2)
        self.content = text_box(self.tr("Required: what was taught or trained"), 2)
        self.add_field(form, self.tr("Date"), self.date, "送教日期")
        self.add_field(form, self.tr("Teacher"), self.teacher, "送教教师")
        self.add_field(form, self.tr("Class hours"), self.hours, "课时")
        self.add_field(form, self.tr("Content *"), self.content, "送教内容")
        self.save_button.setText(self.tr("Save the session (Ctrl+S)"))
        self.save_button.setObjectName("saveSession")
        form.addRow("", self.save_button)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.progress_label)
        left_layout.addWidget(self.table, 1)
        split.addWidget(left)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.form_error)

    def show_progress(self, p: home_teaching.Progress, sessions: list, staff: list[tuple[int, str]]) -> None:
        current = self.teacher.currentData()
        self.teacher.clear()
        for staff_id, name in staff:
            self.teacher.addItem(name, staff_id)
        default = current if current is not None else self.ctx.actor.staff_id
        self.teacher.setCurrentIndex(max(0, self.teacher.findData(default)))
        self.model.set_rows(list(reversed(sessions)))

        def mark(ok: bool, text: str) -> str:
            return f'<span style="color:{DONE_COLOR if ok else OVERDUE_COLOR}; font-weight:bold">{text}</span>'

        hours = self.tr("Class hours this school year: {hours} of {target} (due by now: {expected})").format(
            hours=f"{p.hours:g}", target=f"{p.target_hours_year:g}", expected=f"{p.expected_hours:g}")
        visits = self.tr("Visits: {visits} of {due} due in {weeks} school weeks").format(
            visits=p.visits, due=p.target_visits, weeks=p.weeks)
        lines = [f"<b>{p.school_year}</b>", mark(p.hours_on_track, hours), mark(p.visits_on_track, visits)]
        if p.weeks_short:
            lines.append(self.tr("Weeks with too few visits: {weeks}").format(
                weeks="、".join(w.strftime("%m-%d") for w in p.weeks_short)))
        if p.teachers:
            lines.append(self.tr("Teachers who went: {names}").format(names="、".join(p.teachers)))
        self.progress_label.setText("<br>".join(lines))

    def submit(self):
        inp = home_teaching.SessionInput(pydate(self.date.date()), self.teacher.currentData(), self.hours.value(),
                                         self.content.toPlainText())
        self.ctx.run(home_teaching.log_session, self.dialog.student_id, inp,
                     today=self.dialog.today)

    def reset(self) -> None:
        self.content.clear()


# --- the dialog ----------------------------------------------------------------------------------------------


class PlanDialog(QDialog):
    """The plan of one student. ``today`` is fixed for tests; the real program passes nothing."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS
    guide_topic = "mentors#plan"  # the user guide's part that F1 opens here

    def __init__(self, ctx, student_id: int, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("PlanDialog")
        self.ctx = ctx
        self.student_id = student_id
        self.today = today or date.today()
        self.plan: PlanView | None = None
        self.open_review_ids: set[int] = set()
        self.setWindowTitle(self.tr("Mentoring plan"))
        fit_to_screen(self, 980, 700)

        self.title = title_label("")
        self.title.setObjectName("planTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("planSubtitle")
        self.subtitle.setWordWrap(True)
        self.read_only = hint_label(self.tr("You can read this plan; only the mentor, the class teacher, the "
                                            "principal and the registrar can change it."))
        self.read_only.setVisible(False)

        self.tabs = QTabWidget()
        self.situation = SituationSection(self)
        self.five = FiveOnesSection(self)
        self.measures = MeasuresSection(self)
        self.reviews = ReviewsSection(self)
        self.contacts = ContactsSection(self)
        self.home = HomeTeachingSection(self)
        self.sections: list[Section] = [self.situation, self.five, self.measures, self.reviews, self.contacts,
                                        self.home]
        self.tabs.addTab(self.situation, self.tr("Situation and risk"))
        self.tabs.addTab(self.five, self.tr("Five ones"))
        self.tabs.addTab(self.measures, self.tr("Other measures"))
        self.tabs.addTab(self.reviews, self.tr("Reviews"))
        self.tabs.addTab(self.contacts, self.tr("Contact log"))
        self.home_index = self.tabs.addTab(self.home, self.tr("Home teaching"))
        for s in self.sections:
            s.saved.connect(self.reload)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.read_only)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)

        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_current)
        QShortcut(QKeySequence("Ctrl+PgDown"), self,
                  activated=lambda: self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count()))
        QShortcut(QKeySequence("Ctrl+PgUp"), self,
                  activated=lambda: self.tabs.setCurrentIndex((self.tabs.currentIndex() - 1) % self.tabs.count()))
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS) and self.isVisible():
            self.reload()

    @Slot()
    def save_current(self) -> bool:
        section = self.tabs.currentWidget()
        return section.save() if isinstance(section, Section) else False

    def show_section(self, name: str) -> None:
        """Open a tab by its attribute name ("five", "reviews", "contacts", "home"…)."""
        self.tabs.setCurrentWidget(getattr(self, name))

    @Slot()
    def reload(self) -> None:
        try:
            plan = self.ctx.read(mentors.get_plan, self.ctx.actor, self.student_id, self.today)
        except BaoxueError as exc:
            show_error(self, str(exc))
            return
        self.plan = plan
        self.open_review_ids = {r.id for r in self.ctx.read(mentors.reviews_due, self.ctx.actor, self.today,
                                                            within_days=36500) if r.student_id == self.student_id}
        self.setWindowTitle(self.tr("Mentoring plan of {name}").format(name=plan.student_name))
        self.title.setText(self.tr("{name} — mentoring plan").format(name=plan.student_name))
        mentor = plan.mentor_name or self.tr("no mentor")
        self.subtitle.setText(self.tr("{klass} · mentor: {mentor} · risk: {risk}").format(
            klass=plan.class_name or "—", mentor=mentor, risk=risk_text(plan.risk_level)))
        self.read_only.setVisible(not plan.can_edit)
        for s in self.sections[:-1]:
            s.show_plan(plan)
            s.set_editable(plan.can_edit)
        self._load_home_teaching()

    def _load_home_teaching(self) -> None:
        try:
            p = self.ctx.read(home_teaching.progress, self.ctx.actor, self.student_id, self.today)
            sessions = self.ctx.read(home_teaching.sessions_of, self.ctx.actor, self.student_id)
        except BaoxueError:  # not taught at home (or no school year set): no tab
            self.tabs.setTabVisible(self.home_index, False)
            return
        staff = [(s.id, s.name) for s in self.ctx.read(school.list_staff)]
        self.home.show_progress(p, sessions, staff)
        self.tabs.setTabVisible(self.home_index, True)

    @property
    def has_home_teaching(self) -> bool:
        return self.tabs.isTabVisible(self.home_index)
