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
  the same list the case file shows; a new one goes through :func:`app.mentors.planning.log_contact`;
* **Home teaching** (only for a child enrolled for 送教上门) — the year's hours and visits
  against the policy's targets (:func:`app.mentors.home_teaching.progress`) and a session form.

The dialog owns no rule: each Save is one service call in one transaction
(``ctx.run(...)``). A refusal names its field (:class:`ValidationError`):
the reason appears in red under that field, else under the form; a permission refusal in a
The tabs are in :mod:`app.ui.plan_sections`, the UI's names of the vocabularies in :mod:`app.ui.plan_text`.

Keyboard: Ctrl+S saves the form of the open tab, Ctrl+PgUp/PgDn change tab, Esc closes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from app import school
from app.changes import ALERTS, ATTENDANCE, CALENDAR, CASES, CLASSES, ChangeSet, MENTORS, POLICY, STAFF, STUDENTS
from app.errors import BaoxueError
from app.mentors import home_teaching, planning
from app.mentors.planning import PlanView
from app.ui.plan_sections import (ContactLogModel, ContactsSection, FiveOnesSection, HomeTeachingSection, MeasureModel,
                                  MeasuresSection, ReviewModel, ReviewsSection, Section, SessionModel, SituationSection)
from app.ui.plan_text import risk_text
from app.ui.widgets import TypedTextGuard, confirm_discard, fit_to_screen, hint_label, info_label, show_error, title_label

#: the record kinds a plan or the board shows (contacts are shared with the case file)
SHOWS = MENTORS | CASES | ALERTS | ATTENDANCE | STUDENTS | CLASSES | STAFF | POLICY | CALENDAR


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
        self.subtitle = info_label("planSubtitle")
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
        # what is typed in a tab is asked about before the plan closes; a tab's save makes it clean again
        self.guards = {s: TypedTextGuard(s) for s in self.sections}
        for s, guard in self.guards.items():
            s.saved.connect(guard.mark_clean)

    def unsaved_tabs(self) -> list[str]:
        return [self.tabs.tabText(self.tabs.indexOf(s)) for s, guard in self.guards.items() if guard.is_dirty()]

    def reject(self) -> None:
        """Esc, Close or the window's X: a typed review, contact or measure is asked about first."""
        unsaved = self.unsaved_tabs()
        if unsaved and not confirm_discard(self, self.tr(
                "You typed in \u201c{tabs}\u201d and did not save it. Close the plan and lose it?").format(
                    tabs="\u3001".join(unsaved))):
            return
        super().reject()

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
            plan = self.ctx.read(planning.get_plan, self.ctx.actor, self.student_id, self.today)
        except BaoxueError as exc:
            show_error(self, str(exc))
            return
        self.plan = plan
        self.open_review_ids = {r.id for r in self.ctx.read(planning.reviews_due, self.ctx.actor, self.today,
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


__all__ = ["ContactLogModel", "ContactsSection", "FiveOnesSection", "HomeTeachingSection", "MeasureModel",
           "MeasuresSection", "PlanDialog", "ReviewModel", "ReviewsSection", "SHOWS", "Section", "SessionModel",
           "SituationSection"]
