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

The tabs are in :mod:`app.ui.case_tabs`.

Keyboard: Tab walks each form in order (text boxes pass Tab on), Ctrl+S saves
the form of the open tab, Esc closes the dialog.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout,
                               QWidget)

from app import cases, codes
from app.cases import CaseFile
from app.ui.case_tabs.base import RecordTab
from app.ui.case_tabs.base import esc as _e
from app.ui.case_tabs.contacts import ContactsTab, ReportsTab
from app.ui.case_tabs.outcome import DropoutTab, OutcomeTab
from app.ui.case_tabs.persuasion import NoticeTab, PersuasionTab, WhereaboutsTab
from app.ui.cases_page import DONE_COLOR, OVERDUE_COLOR, days_text, level_text, outcome_text, stage_text, step_text
from app.ui.drafts import DraftKeeper, field_values, form_fields, restore_values
from app.ui.widgets import TypedTextGuard, confirm_discard, fit_to_screen, info_label, label_text, title_label


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
        self.facts = info_label("caseFacts", selectable=True)
        self.steps_label = info_label("caseSteps", rich=True)
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
        for name, tab in (("contacts", self.contacts), ("reports", self.reports), ("persuasion", self.persuasion),
                          ("notice", self.notice), ("whereabouts", self.whereabouts), ("dropout", self.dropout),
                          ("outcome", self.outcome)):
            tab.setObjectName(name + "Tab")  # the draft's parts are named after the tabs
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
        # what is typed is kept as the user's draft of this case while it is typed (a crash loses nothing)
        self.drafts = DraftKeeper.for_dialog(self, ctx, "case", case_id, values=self.draft_values,
                                             restore=self.restore_draft, dirty=lambda: bool(self.unsaved_tabs()))
        for tab in self.record_tabs():
            self.drafts.watch(tab.form_box)
            tab.saved.connect(self.drafts.flush)  # that tab's part of the draft goes with its save
        self.drafts.start()

    def today(self) -> date:
        return self._today()

    def draft_values(self) -> dict:
        """The draft: the fields of every tab with unsaved typing, by tab."""
        return {tab.objectName(): field_values(form_fields(tab.form_box))
                for tab in self.record_tabs() if tab.guard.is_dirty()}

    def restore_draft(self, values: dict) -> None:
        tabs = {tab.objectName(): tab for tab in self.record_tabs()}
        first = None
        for name, fields in values.items():
            tab = tabs.get(name)
            if tab is not None and isinstance(fields, dict):
                restore_values(form_fields(tab.form_box), fields)
                first = first or tab
        if first is not None:
            self.tabs.setCurrentWidget(first)

    def unsaved_tabs(self) -> list[str]:
        return [self.tabs.tabText(self.tabs.indexOf(t)) for t in self.record_tabs() if t.guard.is_dirty()]

    def reject(self) -> None:
        """Esc, Close or the window's X: a typed home visit (or any unsaved form) is asked about first."""
        unsaved = self.unsaved_tabs()
        if unsaved and not confirm_discard(self, self.tr(
                "You typed in \u201c{tabs}\u201d and did not save it. Close the case file and lose it?").format(
                    tabs="\u3001".join(unsaved))):
            return
        self.drafts.discard()  # closed over nothing, or the user threw the typing away
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
                relation = label_text("relation", g.relation, codes.RELATION) if g.relation else ""
                phone = f" <b>{_e(g.phone)}</b>" if g.phone else ""
                away = self.tr(", works away in {place}").format(place=_e(g.work_place)) if g.works_away and \
                    g.work_place else (self.tr(", works away") if g.works_away else "")
                who = self.tr("{name} ({relation})").format(name=_e(g.name), relation=_e(relation)) if relation \
                    else _e(g.name)
                people.append(f"{who}{phone}{away}")
            lines.append(self.tr("Guardians: {people}").format(people=self.tr("; ").join(people)))
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
