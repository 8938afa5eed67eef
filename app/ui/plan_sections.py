"""The tabs of the mentoring plan (:class:`app.ui.plan_dialog.PlanDialog`): each a small form with its
own Save, one service call (:class:`Section`) — the situation and risk, the five ones, the other
measures, the reviews, the contact log and the home teaching — and the tables they show."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from app.messages import formatted
from app import mentors
from app.cases import ContactInput, ContactRow
from app.errors import BaoxueError, ValidationError
from app.mentors import home_teaching, planning
from app.mentors.planning import FiveOnes, MeasureRow, PlanInput, PlanView, ReviewRow
from app.ui.models import Column, RowTableModel
from app.ui.plan_text import (AMBER_COLOR, DONE_COLOR, FIVE_EXAMPLE, MUTED_COLOR, OVERDUE_COLOR, contact_form_text,
                              contact_forms, end_reason_text, measure_kind_text, measure_status_text, review_done,
                              risk_text)
from app.ui.widgets import (list_text, error_text, ErrorLabel, add_field, clear_errors, date_edit, guarded, hbox, hint_label, info_label,
                            make_table, message_text, panel, push_button, pydate, show_error, show_under_field, side_by_side,
                            text_box, vbox)


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
            return formatted(self.tr("overdue by {n} {n:day|days}"), n=-r.days_left)
        if r.days_left == 0:
            return self.tr("due today")
        return formatted(self.tr("in {n} {n:day|days}"), n=r.days_left)

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


def growing_form(title: str) -> tuple[QGroupBox, QFormLayout]:
    """A titled box holding a form whose fields take the width they are given."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return box, form


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
        return add_field(self.fields, form, label, widget, *service_fields)

    def save_button_as(self, text: str, name: str) -> QPushButton:
        """The section's Save button, named for what it saves."""
        self.save_button.setText(text)
        self.save_button.setObjectName(name)
        return self.save_button

    def log_beside_form(self, above: QWidget, box: QWidget) -> None:
        """A log's layout: ``above`` and the table on the left, the form ``box`` that adds to it on the right."""
        vbox((side_by_side(panel(above, (self.table, 1)), box, (3, 2)), 1), self.form_error, parent=self)

    def clear_errors(self) -> None:
        clear_errors(self.fields, self.form_error)

    def show_refusal(self, exc: BaoxueError) -> None:
        if isinstance(exc, ValidationError):
            if not show_under_field(self.fields.get(exc.field), exc):
                self.form_error.set_error(error_text(exc))
            return
        show_error(self, error_text(exc))

    def run(self, fn, *args, **kwargs):
        return self.ctx.run(fn, *args, **kwargs)

    @Slot()
    def save(self) -> bool:
        """Ctrl+S and the Save button: one service call; the dialog reads the plan again after it."""
        if not self.save_button.isEnabled():
            return False
        self.clear_errors()
        ok, done = guarded(self, self.submit, self.show_refusal)
        if not ok or done is False:
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
        self.facts = info_label("riskFacts", style=f"color: {AMBER_COLOR};", selectable=True)
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
        self.history = info_label("mentorHistory", style=f"color: {MUTED_COLOR};")
        save = self.save_button_as(self.tr("Save situation and risk (Ctrl+S)"), "saveSituation")
        vbox(facts_box, (form, 1), self.history, self.form_error, hbox(None, save), parent=self)

    def show_plan(self, plan: PlanView) -> None:
        self.facts.setText("\n".join(f"• {message_text(f)}" for f in plan.risk_facts) if plan.risk_facts
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
        self.run(planning.save_plan, self.dialog.student_id,
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
            hbox((edit, 1), since, parent=box, margins=(0, 0, 0, 0))
            self.edits[key], self.since[key] = edit, since
            self.add_field(form, measure_kind_text(key), box, mentors.FIVE_ONES[key])
            self.fields[mentors.FIVE_ONES[key]] = (edit, self.fields[mentors.FIVE_ONES[key]][1])
        save = self.save_button_as(self.tr("Save the five ones (Ctrl+S)"), "saveFiveOnes")
        vbox(hint_label(self.tr(
            "One good habit, one shortcoming fixed, one subject raised, one hobby, one good book. A changed line "
            "replaces the old measure (kept in the list of measures); an empty line leaves that one as it is.")),
            form, None, self.form_error, hbox(None, save), parent=self)

    def show_plan(self, plan: PlanView) -> None:
        for key, edit in self.edits.items():
            m = plan.five_ones.get(key)
            edit.setText(m.content if m else "")
            self.since[key].setText(self.tr("since {day}").format(day=m.started_on.isoformat()) if m else "")

    def submit(self):
        five = FiveOnes(**{k: e.text() for k, e in self.edits.items()})
        self.run(planning.set_five_ones, self.dialog.student_id, five, self.dialog.today)


class MeasuresSection(Section):
    def __init__(self, dialog: "PlanDialog"):
        super().__init__(dialog)
        self.model = MeasureModel(parent=self)
        self.table = make_table(self.model, "measures")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        add_box = QGroupBox(self.tr("Add another measure"))
        add_form = QFormLayout(add_box)
        self.content = QLineEdit()
        self.content.setObjectName("measureContent")
        self.content.setPlaceholderText(self.tr("e.g. free lunch applied for; weekly call with the father"))
        self.add_field(add_form, self.tr("Measure"), self.content, mentors.MEASURE_KINDS["other"], "措施类别")
        add_form.addRow("", self.save_button_as(self.tr("Add the measure (Ctrl+S)"), "addMeasure"))

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
        self.close_button = push_button(self.tr("Close the measure"), "closeMeasure")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close_selected)
        close_form.addRow("", self.close_button)

        vbox((self.table, 1), hbox((add_box, 1), (close_box, 1)), self.form_error, parent=self)
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
        self.run(planning.add_measure, self.dialog.student_id, "other", self.content.text(), self.dialog.today)

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
            self.run(planning.close_measure, m.id, self.close_status.currentData(), pydate(self.close_date.date()),
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
        self.table = make_table(self.model, "reviews")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        plan_box = QGroupBox(self.tr("Schedule a review"))
        plan_form = QFormLayout(plan_box)
        self.due = date_edit(dialog.today)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. monthly review; after the mid-term exam"))
        self.add_field(plan_form, self.tr("Date"), self.due, "复查日期")
        self.add_field(plan_form, self.tr("What to review"), self.purpose, "复查内容")
        plan_form.addRow("", self.save_button_as(self.tr("Schedule"), "scheduleReview"))

        done_box = QGroupBox(self.tr("Record the selected review as done"))
        done_form = QFormLayout(done_box)
        self.done_on = date_edit(dialog.today)
        self.notes = text_box(self.tr("Required: how the child is doing, what changes in the plan"), 2)
        self.next_check = QCheckBox(self.tr("Next review on"))
        self.next_due = date_edit(dialog.today)
        next_row = QWidget()
        hbox(self.next_check, self.next_due, None, parent=next_row, margins=(0, 0, 0, 0))
        self.done_error = self.add_field(done_form, self.tr("Done on"), self.done_on, "复查")
        self.add_field(done_form, self.tr("Notes"), self.notes, "复查情况")
        done_form.addRow("", next_row)
        self.done_button = push_button(self.tr("Record as done"), "completeReview")
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.complete_selected)
        done_form.addRow("", self.done_button)

        vbox(hint_label(self.tr(
            "Ctrl+S records the selected review as done when notes are written, otherwise schedules the date.")),
            (self.table, 1), hbox((plan_box, 1), (done_box, 1)), self.form_error, parent=self)
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
        self.run(planning.schedule_review, self.dialog.student_id, pydate(self.due.date()), self.purpose.text(),
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
            self.run(planning.complete_review, r.id, pydate(self.done_on.date()), self.notes.toPlainText(),
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
        self.table = make_table(self.model, "contacts")

        box, form = growing_form(self.tr("Log a talk, a phone call or a home visit"))
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
        form.addRow("", self.save_button_as(self.tr("Save to the contact log (Ctrl+S)"), "saveContact"))
        self.log_beside_form(hint_label(self.tr(
            "The same contact log as the case file: a visit recorded there shows here, and the other way round.")), box)

    def show_plan(self, plan: PlanView) -> None:
        self.model.set_rows(list(reversed(plan.contacts)))

    def submit(self):
        inp = ContactInput(contact_date=pydate(self.date.date()), form=self.form_combo.currentData(),
                           student_condition=self.condition.toPlainText(), guardian_met=self.guardian.text(),
                           purpose=self.purpose.text(), measures=self.measures.toPlainText())
        self.run(planning.log_contact, self.dialog.student_id, inp, today=self.dialog.today)

    def reset(self) -> None:
        for w in (self.guardian, self.purpose, self.condition, self.measures):
            w.clear()


class HomeTeachingSection(Section):
    """送教上门: the year's hours and visits against the policy, the sessions, a form to log one."""

    def __init__(self, dialog: "PlanDialog"):
        super().__init__(dialog)
        self.progress_label = info_label("homeProgress", rich=True)
        self.model = SessionModel(parent=self)
        self.table = make_table(self.model, "sessions")

        box, form = growing_form(self.tr("Log a home-teaching session"))
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
        form.addRow("", self.save_button_as(self.tr("Save the session (Ctrl+S)"), "saveSession"))
        self.log_beside_form(self.progress_label, box)

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
                weeks=list_text(w.strftime("%m-%d") for w in p.weeks_short)))
        if p.teachers:
            lines.append(self.tr("Teachers who went: {names}").format(names=list_text(p.teachers)))
        self.progress_label.setText("<br>".join(lines))

    def submit(self):
        inp = home_teaching.SessionInput(pydate(self.date.date()), self.teacher.currentData(), self.hours.value(),
                                         self.content.toPlainText())
        self.ctx.run(home_teaching.log_session, self.dialog.student_id, inp,
                     today=self.dialog.today)

    def reset(self) -> None:
        self.content.clear()

