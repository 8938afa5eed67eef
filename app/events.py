"""Domain events: how a lower capability lets a higher one react, inside the same transaction.

A service low in the house (the alerts, the calendar, the policy, the staff list, the student
status) must not import the capabilities built on it (cases, mentors). Instead it :func:`emit`\\ s an
event; :mod:`app.reactions` — the one module that knows who reacts to what — handles it at once, in
the same session and so in the same transaction (if the reaction fails, the whole operation rolls
back). The events are plain data; handlers are registered with :func:`handles`.

The reactions module is loaded on the first event (it imports the capabilities above, which import
this module): every entry point — window, command line, tests — gets the same reactions without
having to remember to import them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, TypeVar

E = TypeVar("E")

_handlers: dict[type, list[Callable[[Any, Any], None]]] = {}
_loaded = False
REACTIONS_MODULE = "app.reactions"


def handles(event_type: type[E]) -> Callable[[Callable[[Any, E], None]], Callable[[Any, E], None]]:
    """Decorator: ``fn(session, event)`` runs whenever an ``event_type`` is emitted."""
    def register(fn):
        _handlers.setdefault(event_type, []).append(fn)
        return fn
    return register


def emit(session, event: object) -> None:
    """Let the capabilities above react to ``event`` now, in ``session``'s transaction."""
    global _loaded
    if not _loaded:
        importlib.import_module(REACTIONS_MODULE)
        _loaded = True
    for fn in _handlers.get(type(event), ()):
        fn(session, event)


# --- the events --------------------------------------------------------------------------------------
# ``actor`` is an app.accounts.Actor or None (system work); objects are rows of the same session.


@dataclass(frozen=True)
class AlertRaised:
    """A new absence alert (一人一案: its case is opened)."""

    alert: Any
    actor: Any
    today: date


@dataclass(frozen=True)
class AlertChanged:
    """An alert was upgraded, downgraded, reopened or cleared (its case follows)."""

    alert: Any
    actor: Any
    today: date


@dataclass(frozen=True)
class AlertsRecomputed:
    """The whole school's alerts were worked out again (cases for alerts raised before cases existed)."""

    actor: Any
    today: date


@dataclass(frozen=True)
class CountingRulesChanged:
    """The policy or the calendar changed what counts as an absence: alerts are worked out again.

    ``policy`` is the new policy when the policy changed (else it is read)."""

    actor: Any
    today: date
    policy: Any = None


@dataclass(frozen=True)
class StaffLeft:
    """A staff member left on ``left_on`` (their mentorships end; the mentees are uncovered again)."""

    actor: Any
    staff_id: int
    left_on: date


@dataclass(frozen=True)
class StatusChanged:
    """A student's status changed (学籍变动 code ``code``): mentorships of a pupil who left end."""

    actor: Any
    student_id: int
    code: str
    effective_date: date
    note: str = ""


__all__ = ["AlertChanged", "AlertRaised", "AlertsRecomputed", "CountingRulesChanged", "StaffLeft", "StatusChanged",
           "emit", "handles"]
