"""Who reacts to what: the one place where a lower capability's event reaches a higher one.

Every handler runs in the emitting operation's session, so the reaction is part of the same
transaction and of its change set (see :mod:`app.events`).
"""

from __future__ import annotations

from app import attendance, cases
from app.attendance import alerts
from app.mentors import assigning
from app.events import (
    AlertChanged,
    AlertRaised,
    AlertsRecomputed,
    CountingRulesChanged,
    StaffLeft,
    StatusChanged,
    handles,
)
from app.school_calendar import load_calendar


@handles(AlertRaised)
def open_the_case(session, e: AlertRaised) -> None:
    cases.open_for_alert(session, e.alert, e.actor, e.today)  # 一人一案


@handles(AlertChanged)
def follow_the_case(session, e: AlertChanged) -> None:
    cases.alert_changed(session, e.alert, e.actor, e.today)


@handles(AlertsRecomputed)
def open_missing_cases(session, e: AlertsRecomputed) -> None:
    cases.ensure_cases(session, e.actor, e.today)


@handles(CountingRulesChanged)
def recompute_alerts(session, e: CountingRulesChanged) -> None:
    session.flush()
    alerts.recompute_all(session, e.today, load_calendar(session), e.policy, actor=e.actor)


@handles(StaffLeft)
def end_the_mentorships_of_a_leaver(session, e: StaffLeft) -> None:
    session.flush()
    assigning.end_for_staff(session, e.actor, e.staff_id, e.left_on)


@handles(StatusChanged)
def end_the_mentorships_of_a_pupil_who_left(session, e: StatusChanged) -> None:
    session.flush()
    assigning.on_status_change(session, e.actor, e.student_id, e.code, e.effective_date, note=e.note)


@handles(StatusChanged)
def recount_the_roll_calls_since(session, e: StatusChanged) -> None:
    """A change effective in the past changes who was on roll on saved roll calls: their counts follow."""
    session.flush()
    attendance.recount_sheets(session, e.student_id, e.effective_date)
