"""月报告台账: the monthly ledgers of the 2024 rule (app.monthly) — view, print — and the home-page reminder.

The page shows one month: its due day and whether a county bundle has carried it, then the three
ledgers (疑似辍学, 辍学, 劝返复学) child by child. 打印台账 writes the A4 forms into the data folder's
``printed`` directory and opens them. :class:`MonthlyReminder` sits on the registrar's and the
principal's first page (the roll call with its overview) until the month's report is exported.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.messages import formatted
from app.changes import ALERTS, ATTENDANCE, CALENDAR, CASES, CLASSES, ChangeSet, EXCHANGE, POLICY, STAFF, STUDENTS
from app import monthly
from app.errors import BaoxueError
from app.cases import OUTCOMES, PARTICIPANT_ROLES
from app.codes import RELATION
from app.monthly import LedgerChild, MonthlyReport
from app.ui.models import Column, RowTableModel
from app.ui.widgets import attempt, error_text, hint_label, label_text, list_text, make_table, show_info, title_label

SHOWS = EXCHANGE | POLICY | CASES | ALERTS | ATTENDANCE | STUDENTS | CLASSES | STAFF | CALENDAR


def _d(day: date | None) -> str:
    return day.isoformat() if day else ""


class LedgerModel(RowTableModel[LedgerChild]):
    """One child per row: who, family, when and why they left, where they are, the result."""

    def columns(self) -> list[Column[LedgerChild]]:
        return [
            Column(self.tr("Student"), lambda c: c.name),
            Column(self.tr("Class"), lambda c: c.class_name),
            Column(self.tr("Guardian"), self._guardian),
            Column(self.tr("Phone"), lambda c: c.phone),
            Column(self.tr("Address"), lambda c: c.address),
            Column(self.tr("Left on"), lambda c: _d(c.left_on), sort=lambda c: c.left_on.toordinal()),
            Column(self.tr("Reason"), lambda c: c.reason_left),
            Column(self.tr("Where now"), lambda c: c.whereabouts),
            Column(self.tr("Persuasion"), lambda c: formatted(self.tr("{n} {n:attempt|attempts}"), n=len(c.attempts)),
                   sort=lambda c: len(c.attempts),
                   tooltip=lambda c: "\n".join(
                       f"{a.day.isoformat()} {self._people(a, 'administrative')} / {self._people(a, 'education')}: "
                       f"{a.actions}" + (f" ({a.result})" if a.result else "") for a in c.attempts) or None),
            Column(self.tr("Township notice"), lambda c: _d(c.notice_issued_on)),
            Column(self.tr("Result"), self._result),
        ]

    def _people(self, attempt, line: str) -> str:
        """The people of one line of a persuasion visit, their roles in the windows' language ("—" for none)."""
        roles = {key: label for key, (_line, label) in PARTICIPANT_ROLES.items()}
        people = [self.tr("{name} ({role})").format(name=name, role=label_text("participant_role", role, roles))
                  if role in roles else name for name, role, of in attempt.people if of == line]
        return list_text(people) if people else "—"

    def _guardian(self, c: LedgerChild) -> str:
        if not c.guardian_name:
            return ""
        return self.tr("{name} ({relation})").format(
            name=c.guardian_name, relation=label_text("relation", c.guardian_relation, RELATION))

    def _result(self, c: LedgerChild) -> str:
        if not c.outcome:
            return self.tr("Still not back at school")
        text = label_text("case_outcome", c.outcome, OUTCOMES)
        return self.tr("{outcome} ({day})").format(outcome=text, day=_d(c.outcome_on)) if c.outcome_on else text


def _recent_months(today: date, n: int = 12) -> list[str]:
    y, m, out = today.year, today.month, []
    for _ in range(n):
        out.append(monthly.month_key(y, m))
        y, m = monthly.previous_month(y, m)
    return out


class MonthlyPage(QWidget):
    """月报告台账 of one month."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    refreshed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | Callable[[], date] | None = None,
                 output_dir: str | Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today if callable(today) else (lambda d=today: d or date.today())
        self.output_dir = Path(output_dir) if output_dir else Path(ctx.db.paths.root) / "printed"
        self.setObjectName("MonthlyPage")
        self.report: MonthlyReport | None = None
        self.last_printed: Path | None = None

        self.month_combo = QComboBox()
        self.month_combo.setObjectName("monthCombo")
        for key in _recent_months(self._today()):
            self.month_combo.addItem(key, key)
        self.month_combo.currentIndexChanged.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Print the ledgers (Ctrl+P)"))
        self.print_button.setObjectName("printLedgers")
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(lambda: self.print_ledgers())
        self.state_label = QLabel()
        self.state_label.setObjectName("monthState")
        self.state_label.setWordWrap(True)
        self.models = {key: LedgerModel(parent=self) for key in ("suspected", "dropout", "persuasion")}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ledgerTabs")
        self.tables = {}
        for key, label in (("suspected", self.tr("Suspected dropouts")), ("dropout", self.tr("Dropouts")),
                           ("persuasion", self.tr("Persuasion to return"))):
            self.tables[key] = make_table(self.models[key], sortable=True, single=False, wrap=True)
            self.tabs.addTab(self.tables[key], label)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        top.addWidget(self.month_combo)
        top.addStretch(1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Monthly report")))
        layout.addWidget(hint_label(self.tr(
            "Since 2024 every school reports monthly, child by child, its suspected dropouts and dropouts and how "
            "the persuasion to return goes; the county re-checks every quarter. The report is sent with the county "
            "bundle whose period holds the due day. Point at the persuasion column to read each attempt.")))
        layout.addLayout(top)
        layout.addWidget(self.state_label)
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def month(self) -> str:
        return self.month_combo.currentData()

    def set_month(self, key: str) -> bool:
        i = self.month_combo.findData(key)
        if i < 0:
            return False
        self.month_combo.setCurrentIndex(i)
        return True

    @Slot()
    def refresh(self) -> None:
        try:
            r = self.ctx.read(monthly.build_report, self.ctx.actor, self.month(), today=self._today())
        except BaoxueError as exc:
            self.report = None
            for m in self.models.values():
                m.set_rows([])
            self.state_label.setText(error_text(exc))
            self.print_button.setEnabled(False)
            self.refreshed.emit()
            return
        self.report = r
        self.models["suspected"].set_rows(r.suspected)
        self.models["dropout"].set_rows(r.dropouts)
        self.models["persuasion"].set_rows(r.persuasion)
        self.tabs.setTabText(0, self.tr("Suspected dropouts ({n})").format(n=len(r.suspected)))
        self.tabs.setTabText(1, self.tr("Dropouts ({n})").format(n=len(r.dropouts)))
        self.tabs.setTabText(2, self.tr("Persuasion to return ({n})").format(n=len(r.persuasion)))
        if r.exported_in:
            state = self.tr("Sent to the county with bundle no. {n}.").format(n=r.exported_in)
            colour = "#2e7d32"
        elif self._today() > r.due:
            state = self.tr("Not sent yet \u2014 it was due on {due}. Export the county bundle.").format(
                due=r.due.isoformat())
            colour = "#c62828"
        else:
            state = self.tr("Due on {due}; not sent yet.").format(due=r.due.isoformat())
            colour = "#9a4a00"
        counts = self.tr("As of {day}: {s} suspected dropouts, {d} dropouts; {back} back at school, {out} still out.") \
            .format(day=r.as_of.isoformat(), s=len(r.suspected), d=len(r.dropouts), back=len(r.returned),
                    out=len(r.still_out))
        self.state_label.setText(counts + " " + state)
        self.state_label.setStyleSheet(f"color: {colour};")
        self.print_button.setEnabled(True)
        self.refreshed.emit()

    def print_ledgers(self, out: str | Path | None = None) -> Path | None:
        """Write the month's ledgers as PDF (default: the data folder's ``printed`` directory)."""
        from app.documents.ledgers import print_monthly_ledgers

        target = Path(out) if out else self.output_dir / f"月报告台账-{self.month()}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        ok, res = attempt(self, self.ctx.run, print_monthly_ledgers, target, self.month(), today=self._today())
        if not ok:
            return None
        self.last_printed = res.path
        if out is None:
            from app.ui.pdf_preview import open_in_system_viewer

            if not open_in_system_viewer(res.path):
                show_info(self, self.tr("The ledgers are saved in {path}.").format(path=str(res.path)))
        return res.path

    @Slot(str)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()


class MonthlyReminder(QLabel):
    """On the office's first page: the month's report is due soon or overdue and not sent yet."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    def __init__(self, ctx, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.setObjectName("monthlyReminder")
        self.setWordWrap(True)
        self.reminders: list[monthly.Reminder] = []
        ctx.changed.connect(self._on_changed)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.reminders = []
        if self.ctx.actor.has("documents.print_all"):
            try:
                self.reminders = self.ctx.read(monthly.reminders, self.ctx.actor, self._today())
            except BaoxueError:
                self.reminders = []
        if not self.reminders:
            self.setVisible(False)
            self.clear()
            return
        lines = []
        for r in self.reminders:
            if r.overdue:
                lines.append(self.tr("\u26a0 The monthly report of {month} was due on {due} and is not sent yet "
                                     "({s} suspected dropouts, {d} dropouts). Check the ledgers (Monthly report) "
                                     "and export the county bundle.").format(month=r.month, due=r.due.isoformat(),
                                                                             s=r.suspected, d=r.dropouts))
            else:
                lines.append(self.tr("The monthly report of {month} is due on {due} ({s} suspected dropouts, "
                                     "{d} dropouts). Check the ledgers (Monthly report) and export the county "
                                     "bundle.").format(month=r.month, due=r.due.isoformat(), s=r.suspected,
                                                       d=r.dropouts))
        overdue = any(r.overdue for r in self.reminders)
        self.setText("\n".join(lines))
        self.setStyleSheet("QLabel#monthlyReminder { padding: 6px; border-radius: 4px; "
                           + ("background: #fdecea; color: #b71c1c; }" if overdue
                              else "background: #e8f0fe; color: #0d47a1; }"))
        self.setVisible(True)

    @Slot(str)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()


def monthly_page(ctx, window=None) -> QWidget:
    """NavEntry factory (permission ``documents.print_all``: principal, registrar, admin)."""
    return MonthlyPage(ctx)


__all__ = ["LedgerModel", "MonthlyPage", "MonthlyReminder", "monthly_page"]
