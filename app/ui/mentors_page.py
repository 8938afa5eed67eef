"""帮扶 — mentors: the principal's board, the suggestion, and a teacher's own mentees (issue 5, domain.md §2).

:func:`mentors_page` builds what the user may see: users holding "mentor.manage"
(principal, registrar, admin) get :class:`MentorBoardPage`; every other teacher gets
:class:`MyMenteesPage` (their own mentees only, :func:`app.mentors.board.my_mentees`).

The board (:func:`app.mentors.board.board`): on the left every teacher with the caseload
"n / min–max" of the policy (above the maximum red, below the minimum amber) and,
under it, the mentees of the selected teacher; on the right the students who need a
mentor and have none, each with why. A student is assigned

* with the mouse: drag the student onto a teacher (:class:`TeacherLoadModel` takes the drop);
* with the keyboard: select the student, press Enter (or Ctrl+M, or the button), type a
  few letters of the teacher's name or its pinyin initials in :class:`TeacherPicker`, Enter.

Above the maximum the service refuses unless a reason is given: the page asks for the
reason (a small input dialog showing the service's message) and tries again with it.
A mentee's assignment ends with a reason (:class:`EndDialog`) or goes to another teacher.

"Suggest mentors" (:class:`SuggestionDialog`) shows :func:`app.mentors.suggesting.suggest`'s proposal
with its reasons; each line is accepted, given another teacher, or rejected, and Apply
sends every decision to :func:`app.mentors.suggesting.apply_suggestions` in one transaction.

The "home teaching" tab lists the children taught at home (送教上门) with their progress
against the policy's targets; a double click opens the plan at its home-teaching tab.
Nothing here decides anything: every rule is in :mod:`app.mentors` and :mod:`app.mentors.home_teaching`.
The tables are in :mod:`app.ui.mentors_tables`, the dialogs in :mod:`app.ui.mentors_dialogs`.
"""

from __future__ import annotations

import html

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QInputDialog, QLabel, QTabWidget, QVBoxLayout,
                               QWidget)

from app.changes import ChangeSet
from app.errors import BaoxueError, ValidationError
from app.mentors import UncoveredRow, assigning, board, home_teaching, planning, suggesting
from app.mentors.board import Board, MenteeRow, TeacherLoad
from app.ui.mentors_dialogs import EndDialog, SuggestionDialog, SuggestionModel, TeacherPicker
from app.ui.mentors_tables import STUDENT_MIME, MenteeModel, ProgressModel, TeacherLoadModel, UncoveredModel
from app.ui.plan_dialog import SHOWS, PlanDialog
from app.ui.plan_text import OVERDUE_COLOR
from app.ui.widgets import (error_text, attempt, hbox, hint_label, info_label, make_table, panel, push_button, show_error,
                            show_info, side_by_side, title_label, vbox)

#: the service's field name for a caseload above the maximum (the page then asks for the reason)
OVER_MAX_FIELD = "帮扶学生数"
ASSIGN_SHORTCUT = "Ctrl+M"


# --- shared pieces -------------------------------------------------------------------------------------------


class PlanOpener:
    """Opens a student's plan (one dialog per student, kept while open)."""

    def __init__(self, ctx, today: date | None):
        self.ctx = ctx
        self.today = today
        self.open_dialogs: dict[int, PlanDialog] = {}

    def open(self, parent: QWidget, student_id: int, section: str | None = None) -> PlanDialog:
        dlg = self.open_dialogs.get(student_id)
        if dlg is None:
            dlg = PlanDialog(self.ctx, student_id, parent, today=self.today)
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dlg.destroyed.connect(lambda *_, sid=student_id: self.open_dialogs.pop(sid, None))
            self.open_dialogs[student_id] = dlg
        if section:
            dlg.show_section(section)
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()
        return dlg


class HomeTeachingPanel(QWidget):
    """送教上门: the children taught at home this school year with their progress (:func:`home_teaching.overview`)."""

    open_plan = Signal(int)

    def __init__(self, ctx, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.model = ProgressModel(parent=self)
        self.table = make_table(self.model, "homeTeaching", sample=True, fit_on_reset=True)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.status = hint_label("")
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Severely disabled children taught at home. Red: behind the policy's targets so far. Open a child "
            "(Enter or double-click) to log a session.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        try:
            rows = self.ctx.read(home_teaching.overview, self.ctx.actor, self.today)
        except BaoxueError as exc:  # e.g. no school year set yet
            rows = []
            self.status.setText(error_text(exc))
        else:
            self.status.setText("" if rows else self.tr("No child is taught at home this school year."))
        self.model.set_rows(rows)

    @Slot(QModelIndex)
    def _activated(self, index) -> None:
        r = self.model.row_at(index)
        if r is not None:
            self.open_plan.emit(r.student_id)


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


# --- the board -----------------------------------------------------------------------------------------------


class MentorPage(QWidget):
    """What the two mentor pages share: the day they show (fixed by ``today`` in tests), the plans they open, and
    reading again (:meth:`refresh`) when a change set touches what they show."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    def __init__(self, ctx, name: str, parent=None, today: date | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.ctx = ctx
        self._today = today
        self.plans = PlanOpener(ctx, today)
        ctx.changed.connect(self._on_changed)

    @property
    def today(self) -> date:
        return self._today or date.today()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()

    def refresh(self) -> None:  # pragma: no cover - each page reads its own
        raise NotImplementedError


class MentorBoardPage(MentorPage):
    """All teachers and their caseloads, the uncovered students, assignment by drag and drop or keyboard."""

    def __init__(self, ctx, parent=None, *, today: date | None = None):
        super().__init__(ctx, "MentorBoardPage", parent, today)
        self.board: Board | None = None
        self.picker: TeacherPicker | None = None
        self.suggestions: SuggestionDialog | None = None

        self.summary = info_label("boardSummary")
        self.suggest_button = push_button(self.tr("Suggest mentors…"), "suggestMentors")
        self.suggest_button.setToolTip(self.tr("Propose a mentor for every student without one: own class "
                                               "teachers, teachers living nearby and last year's mentor first, "
                                               "caseloads balanced"))
        self.suggest_button.clicked.connect(self.open_suggestions)
        self.assign_button = push_button(self.tr("Assign a mentor… (Ctrl+M)"), "assignMentor", self.assign_selected)

        # left: teachers and the selected teacher's mentees
        self.teachers = TeacherLoadModel(parent=self)
        self.teachers.dropped.connect(self.assign_students, Qt.ConnectionType.QueuedConnection)
        self.teacher_view = make_table(self.teachers, "teachers", sample=True, fit_on_reset=True)
        self.teacher_view.setAcceptDrops(True)
        self.teacher_view.viewport().setAcceptDrops(True)
        self.teacher_view.setDropIndicatorShown(True)
        self.teacher_view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.teacher_view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.teacher_view.setSortingEnabled(True)
        self.teacher_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_mentees())
        self.mentees = MenteeModel(parent=self)
        self.mentee_view = make_table(self.mentees, "mentees", sample=True, fit_on_reset=True)
        self.mentee_view.activated.connect(self._open_mentee)
        self.mentee_view.doubleClicked.connect(self._open_mentee)
        self.mentee_title = _bold(QLabel())
        self.plan_button = push_button(self.tr("Open plan"), "openMenteePlan",
                                       lambda: self._open_mentee(self.mentee_view.currentIndex()))
        self.end_button = push_button(self.tr("End mentoring…"), "endMentoring", self.end_selected)
        self.reassign_button = push_button(self.tr("Hand over to…"), "reassignMentee", self.reassign_selected)
        self.mentee_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        left = panel(_bold(QLabel(self.tr("Teachers and their mentees"))), (self.teacher_view, 3), self.mentee_title,
                     (self.mentee_view, 2), hbox(self.plan_button, self.reassign_button, self.end_button, None))

        # right: uncovered students
        self.uncovered = UncoveredModel(parent=self)
        self.uncovered_view = make_table(self.uncovered, "uncovered", sample=True, fit_on_reset=True)
        self.uncovered_view.setDragEnabled(True)
        self.uncovered_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.uncovered_view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.uncovered_view.setSortingEnabled(True)
        self.uncovered_view.activated.connect(lambda *_: self.assign_selected())
        self.uncovered_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.uncovered_title = _bold(QLabel())
        self.uncovered_plan = push_button(self.tr("Open plan"), "openUncoveredPlan", self._open_uncovered)
        right = panel(self.uncovered_title, (self.uncovered_view, 1), hint_label(self.tr(
            "Drag a student onto a teacher, or select a student and press Enter (Ctrl+M) to choose a teacher "
            "by typing. Red: above the maximum; amber: below the minimum.")),
            hbox(self.assign_button, self.uncovered_plan, None))

        board = panel(hbox((self.summary, 1), self.suggest_button), (side_by_side(left, right), 1),
                      margins=(0, 4, 0, 0))

        self.home = HomeTeachingPanel(ctx, today=today)
        self.home.open_plan.connect(lambda sid: self.plans.open(self, sid, "home"))
        self.tabs = QTabWidget()
        self.tabs.addTab(board, self.tr("Mentor board"))
        self.tabs.addTab(self.home, self.tr("Home teaching"))
        vbox(title_label(self.tr("Mentors")), (self.tabs, 1), parent=self)

        QShortcut(QKeySequence(ASSIGN_SHORTCUT), self, activated=self.assign_selected)
        self.refresh()

    # --- reading ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        selected_teacher = self.selected_teacher()
        keep = selected_teacher.staff_id if selected_teacher else None
        self.board = self.ctx.read(board.board, self.ctx.actor, self.today)
        b = self.board
        self.teachers.set_rows(b.teachers)
        self.uncovered.set_rows(b.uncovered)
        over = sum(1 for t in b.teachers if t.state == "over")
        below = sum(1 for t in b.teachers if t.state == "below")
        text = self.tr("{covered} of {needing} students who need a mentor have one.").format(
            covered=b.covered, needing=b.needing)
        if b.uncovered:
            text = f'<span style="color:{OVERDUE_COLOR}"><b>{text} ' + self.tr(
                "{n} without a mentor.").format(n=len(b.uncovered)) + "</b></span>"
        text += " " + self.tr("Caseload {lo}–{hi} per teacher; {over} above the maximum, {below} below the "
                              "minimum.").format(lo=b.min_caseload, hi=b.max_caseload, over=over, below=below)
        self.summary.setText(text)
        self.uncovered_title.setText(self.tr("Without a mentor ({n})").format(n=len(b.uncovered)))
        row = next((n for n, t in enumerate(self.teachers.rows()) if t.staff_id == keep), 0 if b.teachers else -1)
        if row >= 0:
            self.teacher_view.selectRow(row)
        self._show_mentees()
        self.home.refresh()

    def selected_teacher(self) -> TeacherLoad | None:
        return self.teachers.row_at(self.teacher_view.currentIndex())

    def selected_uncovered(self) -> UncoveredRow | None:
        return self.uncovered.row_at(self.uncovered_view.currentIndex())

    def selected_mentee(self) -> MenteeRow | None:
        return self.mentees.row_at(self.mentee_view.currentIndex())

    def _show_mentees(self) -> None:
        t = self.selected_teacher()
        self.mentees.set_rows(t.mentees if t else [])
        self.mentee_title.setText(self.tr("Mentees of {name} ({n})").format(name=t.name, n=t.load) if t else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        m = self.selected_mentee() is not None
        for b in (self.plan_button, self.end_button, self.reassign_button):
            b.setEnabled(m)
        u = self.selected_uncovered() is not None
        self.assign_button.setEnabled(u)
        self.uncovered_plan.setEnabled(u)

    # --- assigning --------------------------------------------------------------------------------------

    def row_of_student(self, student_id: int) -> int:
        return next((n for n, r in enumerate(self.uncovered.rows()) if r.student_id == student_id), -1)

    def row_of_teacher(self, staff_id: int) -> int:
        return next((n for n, t in enumerate(self.teachers.rows()) if t.staff_id == staff_id), -1)

    @Slot()
    def assign_selected(self) -> TeacherPicker | None:
        """Enter / Ctrl+M on a student: the teacher picker (non-blocking; Enter in it assigns)."""
        u = self.selected_uncovered()
        if u is None or self.board is None:
            return None
        picker = TeacherPicker(self.board.teachers, u.student_name, self.today, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self.assign_students([u.student_id], picker.staff_id(), picker.start_date()))
        picker.destroyed.connect(lambda *_: setattr(self, "picker", None))
        self.picker = picker
        picker.open()
        return picker

    def ask_over_max_reason(self, message: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Above the maximum"),
            message + "\n\n" + self.tr("Why should this teacher mentor more students than the maximum?"))
        text = (text or "").strip()
        return text if ok and text else None

    def _run_with_over_max(self, fn, *args, **kwargs) -> bool:
        """Run ``fn``; when the caseload would exceed the maximum, ask for the reason and try once more."""
        try:
            self.ctx.run(fn, *args, **kwargs)
            return True
        except ValidationError as exc:
            if exc.field != OVER_MAX_FIELD:
                show_error(self, error_text(exc))
                return False
            reason = self.ask_over_max_reason(exc.reason)
            if reason is None:
                return False
        except BaoxueError as exc:
            show_error(self, error_text(exc))
            return False
        ok, _ = attempt(self, self.ctx.run, fn, *args, over_max_reason=reason, **kwargs)
        return ok

    @Slot(list, int)
    def assign_students(self, student_ids: list, staff_id: int | None, start: date | None = None) -> int:
        """Assign each student to the teacher (a drop, or the picker). Returns how many were assigned."""
        if staff_id is None:
            return 0
        done = 0
        for sid in student_ids:
            if not self._run_with_over_max(assigning.assign, int(sid), int(staff_id), start or self.today):
                break
            done += 1
        if done:
            row = self.row_of_teacher(staff_id)
            if row >= 0:
                self.teacher_view.selectRow(row)
        return done

    @Slot()
    def reassign_selected(self) -> TeacherPicker | None:
        m, t = self.selected_mentee(), self.selected_teacher()
        if m is None or t is None or self.board is None:
            return None
        picker = TeacherPicker(self.board.teachers, m.student_name, self.today, self, exclude=t.staff_id,
                               title=self.tr("Hand over to another mentor"))
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._run_with_over_max(
            assigning.reassign, m.student_id, picker.staff_id(), picker.start_date()))
        picker.destroyed.connect(lambda *_: setattr(self, "picker", None))
        self.picker = picker
        picker.open()
        return picker

    @Slot()
    def end_selected(self) -> bool:
        m, t = self.selected_mentee(), self.selected_teacher()
        if m is None or t is None:
            return False
        dlg = EndDialog(m.student_name, t.name, self.today, self)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            day, reason, note = dlg.values()
            try:
                self.ctx.run(assigning.end_assignment, m.assignment_id, day, reason, note)
                return True
            except BaoxueError as exc:
                dlg.error.set_error(error_text(exc))
        return False

    # --- suggestion and plans ----------------------------------------------------------------------------

    @Slot()
    def open_suggestions(self) -> SuggestionDialog | None:
        ok, proposal = attempt(self, self.ctx.read, suggesting.suggest, self.ctx.actor, self.today)
        if not ok:
            return None
        if not proposal.suggestions:
            show_info(self, self.tr("Every student who needs a mentor has one."))
            return None
        dlg = SuggestionDialog(self.ctx, proposal, self.board.teachers if self.board else [], self,
                               today=self.today)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.destroyed.connect(lambda *_: setattr(self, "suggestions", None))
        self.suggestions = dlg
        dlg.open()
        return dlg

    @Slot(QModelIndex)
    def _open_mentee(self, index) -> None:
        m = self.mentees.row_at(index)
        if m is not None:
            self.plans.open(self, m.student_id)

    @Slot()
    def _open_uncovered(self) -> None:
        u = self.selected_uncovered()
        if u is not None:
            self.plans.open(self, u.student_id)


# --- a teacher's own mentees ---------------------------------------------------------------------------------


class MyMenteesPage(MentorPage):
    """The logged-in teacher's mentees (and their due reviews); Enter or double-click opens the plan."""

    def __init__(self, ctx, parent=None, *, today: date | None = None):
        super().__init__(ctx, "MyMenteesPage", parent, today)
        self.model = MenteeModel(parent=self)
        self.table = make_table(self.model, "myMentees", sample=True, fit_on_reset=True)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.open_button = push_button(self.tr("Open plan"), "openPlan")
        self.open_button.setMinimumHeight(34)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.count = _bold(QLabel())
        self.reviews = info_label("reviewsDue", rich=True)
        self.home = HomeTeachingPanel(ctx, today=today)
        self.home.open_plan.connect(lambda sid: self.plans.open(self, sid, "home"))

        mine = QWidget()
        ml = QVBoxLayout(mine)
        ml.setContentsMargins(0, 4, 0, 0)
        ml.addWidget(self.count)
        ml.addWidget(self.reviews)
        ml.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(hint_label(self.tr("Select a student and press Enter to open the plan: the five ones, "
                                         "reviews and the contact log.")), 1)
        ml.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(mine, self.tr("My mentees"))
        self.home_index = self.tabs.addTab(self.home, self.tr("Home teaching"))
        vbox(title_label(self.tr("My mentees")), (self.tabs, 1), parent=self)
        self.refresh()

    def refresh(self) -> None:
        rows = self.ctx.read(board.my_mentees, self.ctx.actor, self.today)
        self.model.set_rows(rows)
        self.count.setText(self.tr("You mentor {n} students.").format(n=len(rows)) if rows
                           else self.tr("You have no mentees at the moment."))
        due = self.ctx.read(planning.reviews_due, self.ctx.actor, self.today)
        mine = {r.student_id for r in rows}
        lines = []
        for r in due:
            if r.overdue:
                line = self.tr("{name}: review overdue since {day}").format(name=r.student_name,
                                                                           day=r.due_date.isoformat())
            else:
                line = self.tr("{name}: review due {day}").format(name=r.student_name, day=r.due_date.isoformat())
            if r.student_id not in mine:  # a pupil of the class this teacher heads, mentored by a colleague
                line += self.tr(" (your class; mentor {mentor})").format(mentor=r.mentor_name or self.tr("none"))
            line = html.escape(line)
            lines.append(f'<span style="color:{OVERDUE_COLOR}">{line}</span>' if r.overdue else line)
        self.reviews.setText("<br>".join(lines))
        self.reviews.setVisible(bool(lines))
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(rows))
        self.home.refresh()
        self.tabs.setTabVisible(self.home_index, self.home.model.rowCount() > 0)

    @Slot(QModelIndex)
    def _open(self, index) -> PlanDialog | None:
        m = self.model.row_at(index)
        return self.plans.open(self, m.student_id) if m is not None else None


def mentors_page(ctx, window) -> QWidget:
    """The page for the main window: the board for users who manage mentors, otherwise "my mentees"."""
    if ctx.actor.has("mentor.manage"):
        return MentorBoardPage(ctx, window)
    return MyMenteesPage(ctx, window)


__all__ = ["EndDialog", "MentorBoardPage", "MyMenteesPage", "ProgressModel", "STUDENT_MIME", "SuggestionDialog",
           "SuggestionModel", "TeacherLoadModel", "TeacherPicker", "UncoveredModel", "mentors_page"]
