"""缺勤预警与个案 — the open absence alerts and their case files, most urgent first.

The list is :func:`app.cases.list_cases` as it stands: the service decides who
sees what (a teacher: the classes they teach or head and the cases assigned to
them; the office: every case), works the stage, the next step, its due date and
the overdue flag out, and returns the rows overdue first. This page only
filters what it got ("my cases", a stage), paints overdue rows red and opens
the case file (:class:`app.ui.case_dialog.CaseDialog`) on a double-click or Enter.

The service's vocabularies (stages, levels, steps, forms, roles, outcomes) are
Chinese data; the window shows its own translatable names for their keys
(:func:`stage_text` …), so the English interface stays English.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import cases
from app.attendance import alerts
from app.cases import CaseRow
from app.changes import (
    ALERTS,
    ATTENDANCE,
    CALENDAR,
    CASES,
    CLASSES,
    POLICY,
    STAFF,
    STUDENTS,
    ChangeSet,
)
from app.errors import BaoxueError
from app.ui.calendar_warning import CalendarWarning
from app.ui.models import Column, RowTableModel
from app.ui.widgets import (
    error_text,
    hint_label,
    info_label,
    make_table,
    push_button,
    show_error,
    title_label,
    vocab_text,
)

#: the record kinds the list shows (read again when one of them changes)
SHOWS = ALERTS | CASES | ATTENDANCE | STUDENTS | CLASSES | STAFF | POLICY | CALENDAR

OVERDUE_COLOR = "#c62828"
DONE_COLOR = "#2e7d32"

# --- the UI's names of the service's keys (context "CaseText") -------------------------------------

STAGE_TEXT: dict[str, str] = {
    "alert": QT_TRANSLATE_NOOP("CaseText", "Alert: home visit due"),
    "visited": QT_TRANSLATE_NOOP("CaseText", "Visited: written report due"),
    "reported": QT_TRANSLATE_NOOP("CaseText", "Reported: following up"),
    "suspected_dropout": QT_TRANSLATE_NOOP("CaseText", "Suspected dropout: persuading back"),
    "dropout": QT_TRANSLATE_NOOP("CaseText", "Registered dropout: persuading back"),
    "returned": QT_TRANSLATE_NOOP("CaseText", "Back at school (closed)"),
    "closed": QT_TRANSLATE_NOOP("CaseText", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("CaseText", "Alert withdrawn"),
}
LEVEL_TEXT: dict[str, str] = {
    "alert": QT_TRANSLATE_NOOP("CaseText", "Absent without reason"),
    "suspected_dropout": QT_TRANSLATE_NOOP("CaseText", "Suspected dropout"),
    "dropout": QT_TRANSLATE_NOOP("CaseText", "Dropout threshold reached"),
}
STEP_TEXT: dict[str, str] = {
    "visit": QT_TRANSLATE_NOOP("CaseText", "Home visit in person"),
    "report": QT_TRANSLATE_NOOP("CaseText", "Written report to township and county bureau"),
    "persuade": QT_TRANSLATE_NOOP("CaseText", "Persuade back, with both lines"),
    "register_dropout": QT_TRANSLATE_NOOP("CaseText", "Persuade back; if that fails, register the dropout"),
    "persuade_back": QT_TRANSLATE_NOOP("CaseText", "Keep persuading until the child is back"),
    "follow_up": QT_TRANSLATE_NOOP("CaseText", "Follow up; close when the child is back"),
}
FORM_TEXT: dict[str, str] = {
    "in_person": QT_TRANSLATE_NOOP("CaseText", "Home visit in person"),
    "phone": QT_TRANSLATE_NOOP("CaseText", "Phone call"),
    "video": QT_TRANSLATE_NOOP("CaseText", "Video call"),
}
LINE_TEXT: dict[str, str] = {
    "administrative": QT_TRANSLATE_NOOP("CaseText", "Administrative line"),
    "education": QT_TRANSLATE_NOOP("CaseText", "Education line"),
}
ROLE_TEXT: dict[str, str] = {
    "county": QT_TRANSLATE_NOOP("CaseText", "County leader"),
    "township": QT_TRANSLATE_NOOP("CaseText", "Township cadre"),
    "village": QT_TRANSLATE_NOOP("CaseText", "Village cadre"),
    "bureau": QT_TRANSLATE_NOOP("CaseText", "Education bureau"),
    "principal": QT_TRANSLATE_NOOP("CaseText", "Principal"),
    "teacher": QT_TRANSLATE_NOOP("CaseText", "Teacher"),
}
OUTCOME_TEXT: dict[str, str] = {
    "returned": QT_TRANSLATE_NOOP("CaseText", "Back at school"),
    "transferred": QT_TRANSLATE_NOOP("CaseText", "Transferred to another school"),
    "suspended": QT_TRANSLATE_NOOP("CaseText", "Suspended (休学)"),
    "deceased": QT_TRANSLATE_NOOP("CaseText", "Deceased"),
    "other": QT_TRANSLATE_NOOP("CaseText", "Other (say why)"),
}
REPORT_KIND_TEXT: dict[str, str] = {
    "absence": QT_TRANSLATE_NOOP("CaseText", "Report of unexcused absence"),
    "dropout": QT_TRANSLATE_NOOP("CaseText", "Report of a dropout"),
}


_text = partial(vocab_text, "CaseText")


def stage_text(stage: str) -> str:
    return _text(STAGE_TEXT, stage, cases.STAGES.get(stage, stage))


def level_text(level: str) -> str:
    return _text(LEVEL_TEXT, level)


def step_text(key: str, fallback: str = "") -> str:
    return _text(STEP_TEXT, key, fallback)


def form_text(form: str) -> str:
    return _text(FORM_TEXT, form, cases.FORMS.get(form, form))


def role_text(role: str) -> str:
    return _text(ROLE_TEXT, role, cases.PARTICIPANT_ROLES.get(role, ("", role))[1])


def line_text(line: str) -> str:
    return _text(LINE_TEXT, line, cases.LINES.get(line, line))


def outcome_text(outcome: str) -> str:
    return _text(OUTCOME_TEXT, outcome, cases.OUTCOMES.get(outcome, outcome))


def report_kind_text(kind: str) -> str:
    return _text(REPORT_KIND_TEXT, kind)


def days_text(days: float) -> str:
    return f"{days:g}"


def steps_of(row: CaseRow, today: date) -> list[cases.Step]:
    """The pending steps of a list row, with their keys (the service's pure function, same inputs as the list)."""
    return cases.pending_steps(stage=row.stage, level=row.level, visited=row.visited_on is not None,
                               reported=row.reported_on is not None, visit_due=row.visit_due,
                               report_due=row.report_due, notice_deadline=row.notice_deadline, today=today)


# --- the table --------------------------------------------------------------------------------------


class CaseTableModel(RowTableModel[CaseRow]):
    """Open alerts and cases; overdue rows in red, their due date in bold."""

    STUDENT, CLASS, DAYS, LEVEL, STAGE, NEXT_STEP, DUE, TEACHER = range(8)

    def __init__(self, rows=(), parent: QObject | None = None, *, today: Callable[[], date] = date.today,
                 short_dates: bool = False):
        self._today = today
        self.short_dates = short_dates
        super().__init__(rows, parent)

    def columns(self) -> list[Column[CaseRow]]:
        center = Qt.AlignmentFlag.AlignCenter
        red = QColor(OVERDUE_COLOR)

        def paint(r: CaseRow):
            return red if r.overdue else None

        return [
            Column(self.tr("Student"), lambda r: ("⚠ " if r.overdue else "") + r.student_name,
                   sort=lambda r: r.student_name, foreground=paint, bold=lambda r: r.overdue,
                   tooltip=lambda r: self.tr("Overdue: {steps}").format(steps=self._overdue_steps(r))
                   if r.overdue else None),
            Column(self.tr("Class"), lambda r: r.class_name, foreground=paint),
            Column(self.tr("Days absent"), lambda r: days_text(r.days_absent) + (
                       " " + self.tr("(provisional)") if r.provisional else ""), sort=lambda r: r.days_absent,
                   align=center, foreground=paint,
                   tooltip=lambda r: self.tr("Absent without reason from {first} to {last} (school days)").format(
                       first=r.first_absent_day.isoformat(), last=r.last_absent_day.isoformat()) + (
                       "\n" + self.tr("Provisional: counted across days of a year whose national holidays are "
                                       "not loaded yet.") if r.provisional else "")),
            Column(self.tr("Level"), lambda r: level_text(r.level), sort=lambda r: alerts.LEVEL_RANK.get(r.level, 0),
                   foreground=paint),
            Column(self.tr("Stage"), lambda r: stage_text(r.stage), sort=lambda r: list(cases.STAGES).index(r.stage)
                   if r.stage in cases.STAGES else 99, foreground=paint),
            Column(self.tr("Next step"), self._next_step, foreground=paint, tooltip=self._all_steps),
            Column(self.tr("Due"), self._due, sort=lambda r: r.next_due.toordinal() if r.next_due else None,
                   align=center, foreground=paint, bold=lambda r: r.overdue, tooltip=self._all_steps),
            Column(self.tr("Responsible teacher"), lambda r: r.assigned_teacher or self.tr("(nobody)"),
                   foreground=paint),
        ]

    def set_today(self, today: Callable[[], date]) -> None:
        self._today = today

    def _steps(self, r: CaseRow) -> list[cases.Step]:
        return steps_of(r, self._today())

    def _next_step(self, r: CaseRow) -> str:
        steps = self._steps(r)
        return step_text(steps[0].key, r.next_step) if steps else ""

    def _all_steps(self, r: CaseRow) -> str | None:
        steps = self._steps(r)
        if not steps:
            return None
        lines = []
        for s in steps:
            due = self.tr(" (due {day})").format(day=s.due.isoformat()) if s.due else ""
            late = self.tr(" — overdue") if s.overdue else ""
            lines.append(f"• {step_text(s.key, s.label)}{due}{late}")
        return "\n".join(lines)

    def _overdue_steps(self, r: CaseRow) -> str:
        return "、".join(step_text(s.key, s.label) for s in self._steps(r) if s.overdue)

    def _due(self, r: CaseRow) -> str:
        if r.next_due is None:  # a step without a deadline (following up): the narrow column names it instead
            return self._next_step(r) if self.short_dates else ""
        # the roll call's narrow side column: the month and day (the cases of this school year), the whole date in
        # the tooltip
        day = r.next_due.strftime("%m-%d") if self.short_dates else r.next_due.isoformat()
        return self.tr("{day} (overdue)").format(day=day) if r.overdue else day


# --- the page ------------------------------------------------------------------------------------


class CasesPage(QWidget):
    """缺勤预警与个案: the open alerts and cases this user may see."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    #: after every refresh, with the number of rows shown
    refreshed = Signal(int)
    #: a case file was opened (the case id)
    case_opened = Signal(int)

    MINE, ALL = "mine", "all"

    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | Callable[[], date] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today if callable(today) else (lambda d=today: d or date.today())
        self.setObjectName("CasesPage")
        self._all_rows: list[CaseRow] = []
        self.dialog = None

        self.whose_combo = QComboBox()
        self.whose_combo.setObjectName("whoseFilter")
        self.whose_combo.addItem(self.tr("All cases I may see"), self.ALL)
        self.whose_combo.addItem(self.tr("Only cases assigned to me"), self.MINE)
        if ctx.actor.staff_id is None:  # an office account with no staff record has no cases of its own
            self.whose_combo.model().item(1).setEnabled(False)
        self.whose_combo.setToolTip(self.tr("Show every case you may see, or only those assigned to you"))
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("stageFilter")
        self.stage_combo.addItem(self.tr("All stages"), None)
        self.stage_combo.addItem(self.tr("Only overdue"), "overdue")
        for key in cases.STAGES:
            if key in cases.OPEN_STAGES:
                self.stage_combo.addItem(stage_text(key), key)
        self.stage_combo.setToolTip(self.tr("Show the cases at one stage of the follow-up"))
        self.whose_combo.currentIndexChanged.connect(self.apply_filters)
        self.stage_combo.currentIndexChanged.connect(self.apply_filters)

        self.model = CaseTableModel(parent=self, today=self._today)
        self.table = make_table(self.model, "casesTable", sortable=True)
        self.table.activated.connect(self._on_activated)  # double-click and Enter

        self.count_label = info_label("casesCount")
        self.open_button = push_button(self.tr("Open the case file\u2026"), "openCase", self._open_clicked,
                                       tooltip=self.tr("Or double-click the row, or press Enter"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.whose_combo)
        filters.addWidget(self.stage_combo)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Absence alerts and cases")))
        layout.addWidget(hint_label(self.tr(
            "Every child absent without reason long enough gets a case: a home visit, a written report to the "
            "township government and the county education bureau, persuasion to return. Rows in red have an "
            "overdue step. Double-click a row (or press Enter) to open the case file.")))
        self.calendar_warning = CalendarWarning(ctx, self._today)
        layout.addWidget(self.calendar_warning)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    # --- data -------------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        try:
            self._all_rows = self.ctx.read(cases.list_cases, self.ctx.actor, self._today())
        except BaoxueError as exc:
            self._all_rows = []
            self.model.set_rows([])
            self.count_label.setText(error_text(exc))
            self.refreshed.emit(0)
            return
        self.apply_filters()

    @Slot()
    def apply_filters(self) -> None:
        whose, stage = self.whose_combo.currentData(), self.stage_combo.currentData()
        rows = self._all_rows
        if whose == self.MINE:
            rows = [r for r in rows if r.assigned_staff_id is not None and r.assigned_staff_id == self.ctx.actor.staff_id]
        if stage == "overdue":
            rows = [r for r in rows if r.overdue]
        elif stage:
            rows = [r for r in rows if r.stage == stage]
        selected = self.selected_row()
        self.model.set_rows(rows)
        self._show_count(rows)
        if selected is not None:
            self.select_case(selected.case_id, selected.alert_id)
        elif rows:
            self.table.selectRow(0)
        self.refreshed.emit(len(rows))

    def _show_count(self, rows: list[CaseRow]) -> None:
        overdue = sum(1 for r in rows if r.overdue)
        if not self._all_rows:
            self.count_label.setText(self.tr("No open absence alerts or cases."))
            self.count_label.setStyleSheet(f"color: {DONE_COLOR};")
            return
        text = self.tr("{n} open cases shown").format(n=len(rows))
        if len(rows) != len(self._all_rows):
            text += self.tr(" (of {total})").format(total=len(self._all_rows))
        if overdue:
            text += self.tr(", {n} with an overdue step").format(n=overdue)
        self.count_label.setText(text)
        self.count_label.setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold;" if overdue else "")

    # --- selection and opening ---------------------------------------------------------------------

    def selected_row(self) -> CaseRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def select_case(self, case_id: int | None, alert_id: int | None = None) -> bool:
        for i, r in enumerate(self.model.rows()):
            if (case_id is not None and r.case_id == case_id) or (case_id is None and r.alert_id == alert_id):
                self.table.selectRow(i)
                return True
        return False

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_case(row)

    @Slot()
    def _open_clicked(self) -> None:
        # slots return nothing: a value returned to a PySide slot call corrupts its reference count
        self.open_selected()

    def open_selected(self):
        row = self.selected_row()
        if row is None:
            return None
        return self.open_case(row)

    def open_case(self, row: CaseRow):
        """Open the case file of a row (a modeless dialog, one at a time)."""
        if row.case_id is None:
            show_error(self, self.tr("This alert has no case file yet. Refresh the list in a moment."))
            return None
        from app.ui.case_dialog import CaseDialog

        if self.dialog is not None:
            self.dialog.close()
        try:
            self.dialog = CaseDialog(self.ctx, row.case_id, self.window(), today=self._today)
        except BaoxueError as exc:
            show_error(self, error_text(exc))
            return None
        dialog = self.dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)  # no lambda holding the dialog: PySide would crash
        dialog.show()
        self.case_opened.emit(row.case_id)
        return self.dialog

    @Slot(int)
    def _dialog_finished(self, _result: int) -> None:
        if self.sender() is self.dialog:
            self.dialog = None

    @Slot(str)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()


def cases_page(ctx, window) -> QWidget:
    """Factory for the main window's navigation entry (permission "alerts.view")."""
    return CasesPage(ctx)


__all__ = ["CaseTableModel", "CasesPage", "cases_page", "form_text", "level_text", "line_text", "outcome_text",
           "role_text", "stage_text", "step_text"]
