"""Issue #15 item 8: an alert past its due date is overdue in both read models and red on both pages.

The tester saw overdue alerts drawn in black with ``overdue`` false. These tests walk the due dates
day by day: on the due day nothing is late, the next school day (and every day after) the step is
overdue in :func:`app.attendance.alerts.open_alerts` and :func:`app.cases.list_cases`, and the rows
are red in the roll call's alerts panel and on the cases page; a phone call does not end it (only a
visit in person does), a visit in person leaves the written report overdue.
"""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app import cases
from app.attendance import alerts
from app.cases import ContactInput
from app.ui.alerts_panel import AlertsPanel
from app.ui.cases_page import OVERDUE_COLOR, CasesPage, CaseTableModel
from app.ui.context import AppContext
from tests.ui.test_cases_page import C3, FRI, THU, WED, opened  # noqa: F401  (the fixture)

RED = QColor(OVERDUE_COLOR)


def _alert(db, today):
    with db.session() as s:
        return {r.student_id: r for r in alerts.open_alerts(s, db.actors["wang"], today=today)}[db.kid]


def _case(db, today):
    with db.session() as s:
        return {r.student_id: r for r in cases.list_cases(s, db.actors["wang"], today=today)}[db.kid]


@pytest.mark.parametrize("later", [0, 1, 3, 10, 40])
def test_past_the_due_day_the_read_models_say_overdue(opened, later):
    day = FRI + timedelta(days=later)
    a = _alert(opened, day)
    assert a.visit_due == THU < day
    assert a.visit_overdue and a.overdue
    assert a.report_overdue == (day > a.report_due)
    c = _case(opened, day)
    assert c.overdue and "入户家访,核实情况" in c.overdue_steps


def test_on_the_due_day_nothing_is_late(opened):
    a = _alert(opened, THU)
    assert a.visit_due == THU and not a.visit_overdue and not a.overdue
    assert not _case(opened, THU).overdue


def _contact(db, form: str, day=WED):
    with db.transaction() as s:
        cases.record_contact(s, db.actors["wang"], db.case_id, ContactInput(
            contact_date=day, form=form, student_condition="在家帮忙干农活", contact_time=time(16, 0)), today=FRI)


def test_a_phone_call_does_not_end_the_overdue_visit_a_visit_in_person_leaves_the_report(opened):
    phone = next(k for k in cases.FORMS if k not in cases.VISIT_FORMS)
    _contact(opened, phone)
    assert _alert(opened, FRI).visit_overdue and _case(opened, FRI).overdue
    _contact(opened, next(iter(cases.VISIT_FORMS)))
    a = _alert(opened, FRI + timedelta(days=14))
    assert not a.visit_overdue and a.report_overdue and a.overdue
    c = _case(opened, FRI + timedelta(days=14))
    assert c.overdue and c.overdue_steps == ("书面报告乡镇政府和县教育局",)


def test_the_overdue_rows_are_red_on_the_roll_calls_panel_and_the_cases_page(qtbot, opened):
    ctx = AppContext(opened, opened.actors["wang"])
    later = FRI + timedelta(days=7)
    panel = AlertsPanel(ctx, today=later, compact=True)
    qtbot.addWidget(panel)
    m = panel.model
    row = next(i for i, r in enumerate(m.rows()) if r.student_id == opened.kid)
    assert m.data(m.index(row, CaseTableModel.STUDENT), Qt.ItemDataRole.ForegroundRole) == RED
    assert m.data(m.index(row, CaseTableModel.DUE), Qt.ItemDataRole.ForegroundRole) == RED
    assert m.data(m.index(row, CaseTableModel.DUE)).endswith("(overdue)")
    assert "overdue" in panel.count_label.text()
    page = CasesPage(ctx, today=later)
    qtbot.addWidget(page)
    m = page.model
    row = next(i for i, r in enumerate(m.rows()) if r.student_id == opened.kid)
    for column in (CaseTableModel.STUDENT, CaseTableModel.CLASS, CaseTableModel.DUE):
        assert m.data(m.index(row, column), Qt.ItemDataRole.ForegroundRole) == RED
    # a panel reads the day each time it reads: one made on the due day shows the step late the day after
    day = [THU]
    moving = AlertsPanel(ctx, today=lambda: day[0])
    qtbot.addWidget(moving)
    assert not next(r for r in moving.model.rows() if r.student_id == opened.kid).overdue
    day[0] = FRI
    moving.refresh()
    assert next(r for r in moving.model.rows() if r.student_id == opened.kid).overdue


# --- the township's deadline to return (the defect seen in the demo: a dropout case due 11-23 was not red on 12-04)


@pytest.mark.parametrize("stage, level, key", [("dropout", "dropout", "persuade_back"),
                                               ("suspected_dropout", "suspected_dropout", "persuade")])
def test_a_persuasion_step_past_the_townships_deadline_is_overdue(stage, level, key):
    deadline = FRI
    for today, late in ((deadline, False), (deadline + timedelta(days=1), True), (deadline + timedelta(days=11), True)):
        steps = cases.pending_steps(stage=stage, level=level, visited=True, reported=True, visit_due=WED,
                                    report_due=THU, notice_deadline=deadline, today=today)
        step = next(s for s in steps if s.key == key)
        assert (step.due, step.overdue) == (deadline, late), today
    no_notice = cases.pending_steps(stage=stage, level=level, visited=True, reported=True, visit_due=WED,
                                    report_due=THU, notice_deadline=None, today=FRI + timedelta(days=30))
    assert not any(s.overdue for s in no_notice)


def test_a_dropout_case_past_its_deadline_is_overdue_and_red_on_the_cases_page(qtbot, opened):
    from app.data.models import AbsenceAlert, AbsenceCase

    with opened.transaction() as s:  # the case as the demo has it: visited, reported, registered, notice given
        case = s.get(AbsenceCase, opened.case_id)
        case.stage, case.visited_on, case.reported_on, case.notice_deadline = "dropout", WED, THU, FRI
        s.get(AbsenceAlert, case.alert_id).level = "dropout"
    later = FRI + timedelta(days=7)
    row = _case(opened, later)
    assert (row.next_due, row.overdue, row.overdue_steps) == (FRI, True, ("继续劝返,直至返校",))
    assert not _case(opened, FRI).overdue  # on the deadline itself nothing is late yet
    page = CasesPage(AppContext(opened, opened.actors["wang"]), today=later)
    qtbot.addWidget(page)
    m = page.model
    i = next(n for n, r in enumerate(m.rows()) if r.student_id == opened.kid)
    assert m.data(m.index(i, CaseTableModel.DUE), Qt.ItemDataRole.ForegroundRole) == RED
    assert m.data(m.index(i, CaseTableModel.DUE)).endswith("(overdue)")


def test_the_roll_calls_panel_shows_the_next_steps_due_day_not_a_done_visits(qtbot, opened):
    """Seen on the 1366×768 pictures: the roll call's side column showed 家访期限 11-12 in black for a dropout
    case whose visit and report were done and whose persuasion (due 11-23) was late; the cases page said overdue."""
    from app.data.models import AbsenceAlert, AbsenceCase

    with opened.transaction() as s:
        case = s.get(AbsenceCase, opened.case_id)
        case.stage, case.visited_on, case.reported_on, case.notice_deadline = "dropout", WED, THU, FRI
        s.get(AbsenceAlert, case.alert_id).level = "dropout"
    later = FRI + timedelta(days=7)
    panel = AlertsPanel(AppContext(opened, opened.actors["wang"]), today=later, compact=True)
    qtbot.addWidget(panel)
    m = panel.model
    i = next(n for n, r in enumerate(m.rows()) if r.student_id == opened.kid)
    due = m.index(i, CaseTableModel.DUE)
    assert due.data() == f"{FRI:%m-%d} (overdue)"  # the persuasion's deadline, not the visit's (WED's THU)
    assert due.data(Qt.ItemDataRole.ForegroundRole) == RED
    assert "overdue" in due.data(Qt.ItemDataRole.ToolTipRole)
    shown = [c for c in range(m.columnCount()) if not panel.table.isColumnHidden(c)]
    assert shown == [CaseTableModel.STUDENT, CaseTableModel.DAYS, CaseTableModel.DUE]
