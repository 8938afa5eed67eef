"""What one transaction changed, worked out by the transaction itself.

A service never says what it changed: :func:`track` listens on the session and notes every table
written — the ORM's flushes (with the rows' keys), ``session.execute(insert/update/delete)``, bulk
``executemany`` and plain SQL alike — so side effects deep inside a service (a recorded return that
puts the pupil back on the roll, an alert that opens a case) are reported too. The windows receive
the :class:`ChangeSet` after the commit and each page refreshes only when a record kind it shows is
in it (as Anki's operations return ``OpChanges``).

A record kind is a table name (``"student"``, ``"status_change"``, …). Changes that are not rows —
a key file written next to the database — are announced by the service with :func:`note`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

#: record kinds that are not tables, announced with :func:`note`
SIGNING_KEY = "signing_key"
EXTRA_KINDS = frozenset({SIGNING_KEY})

_WRITE = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"
    r"[\"`\[]?(?:\w+[\"`\]]?\.[\"`\[]?)?(\w+)",
    re.IGNORECASE,
)
_INFO_KEY = "baoxue.changes"


@dataclass(frozen=True)
class ChangeSet:
    """The record kinds (tables) one committed transaction wrote, and the rows the ORM flushed."""

    kinds: frozenset[str] = frozenset()
    #: kind → primary keys of the rows inserted, updated or deleted through the ORM (bulk statements
    #: name their table in :attr:`kinds` without rows)
    rows: Mapping[str, frozenset[Any]] = field(default_factory=dict)

    def touches(self, kinds: Iterable[str]) -> bool:
        """True when any of ``kinds`` was written (what a page asks before it reads again)."""
        return not self.kinds.isdisjoint(kinds)

    def ids(self, kind: str) -> frozenset[Any]:
        return self.rows.get(kind, frozenset())

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: "ChangeSet") -> "ChangeSet":
        rows = {k: self.ids(k) | other.ids(k) for k in set(self.rows) | set(other.rows)}
        return ChangeSet(self.kinds | other.kinds, rows)

    @classmethod
    def of(cls, *kinds: str) -> "ChangeSet":
        return cls(frozenset(kinds))


NOTHING = ChangeSet()

# The record kinds grouped as the windows speak of them (a page's ``SHOWS`` is a union of these; a
# test traces what each page reads and checks its declaration covers it).
SCHOOL = frozenset({"school"})
#: ``data_revision``: the token of the calendar's and the policy's rows, written by triggers with them
CALENDAR = frozenset({"school_year", "term", "calendar_day", "national_holiday", "data_revision"})
POLICY = frozenset({"setting", "data_revision"})
STAFF = frozenset({"staff"})
ACCOUNTS = frozenset({"user_account"})
CLASSES = frozenset({"school_class", "teaching_assignment"})
STUDENTS = frozenset({"student", "guardian", "status_change"})
ATTENDANCE = frozenset({"attendance_sheet", "attendance_mark", "leave"})
ALERTS = frozenset({"absence_alert"})
CASES = frozenset({"absence_case", "contact", "case_report", "persuasion_attempt", "persuasion_ledger"})
MENTORS = frozenset({"mentor_assignment", "mentor_plan", "plan_measure", "plan_review", "home_teaching_enrolment",
                     "home_teaching_session"})
APPROVALS = frozenset({"approval_request", "approval_step", "approval_attachment"})
DOCUMENTS = frozenset({"pledge_template", "pledge_batch", "pledge"})
EXCHANGE = frozenset({"exchange_key", "exchange_export", "exchange_roster_state", "exchange_lasting_state",
                      SIGNING_KEY,
                      "county_trust", "county_package_import", "exchange_receipt"})
AUDIT = frozenset({"audit_entry"})
#: the journal of numbered files being written and the counters of numbers issued (app.numbered_files):
#: written by every export and print, shown by no page
FILES = frozenset({"file_journal", "number_counter"})


#: a write to one of these tables writes another one too, by a trigger (migration 0029)
TRIGGERED = {table: "data_revision" for table in (CALENDAR | POLICY) - {"data_revision"}}


class _Collector:
    def __init__(self) -> None:
        self.kinds: set[str] = set()
        self.rows: dict[str, set[Any]] = {}

    def on_sql(self, _conn, _cursor, statement: str, _parameters, _context, _executemany) -> None:
        m = _WRITE.match(statement)
        if m:
            table = m.group(1).lower()
            self.kinds.add(table)
            if table in TRIGGERED:
                self.kinds.add(TRIGGERED[table])

    def on_flush(self, session: Session, _flush_context) -> None:
        for obj in (*session.new, *session.dirty, *session.deleted):
            try:
                mapper = inspect(obj).mapper
            except Exception:  # pragma: no cover - not a mapped object
                continue
            table = getattr(mapper.local_table, "name", None)
            if not table:
                continue
            key = tuple(mapper.primary_key_from_instance(obj))
            if key and all(k is not None for k in key):
                self.rows.setdefault(table, set()).add(key[0] if len(key) == 1 else key)

    def result(self) -> ChangeSet:
        kinds = frozenset(self.kinds)
        # rows only for tables really written (a dirty object without net changes writes nothing)
        return ChangeSet(kinds, {k: frozenset(v) for k, v in self.rows.items() if k in kinds})


class Tracker:
    """Collects what ``session`` writes from now until :meth:`result` (see :func:`track`)."""

    def __init__(self, session: Session):
        self._collector = _Collector()
        self._session = session
        self._connections: list[Any] = []
        session.info[_INFO_KEY] = self._collector
        event.listen(session, "after_begin", self._after_begin)
        event.listen(session, "after_flush", self._collector.on_flush)
        if session.in_transaction():  # already begun: listen on the connection it holds
            self._listen(session.connection())

    def _after_begin(self, _session, _transaction, connection) -> None:
        self._listen(connection)

    def _listen(self, connection) -> None:
        if not event.contains(connection, "after_cursor_execute", self._collector.on_sql):
            event.listen(connection, "after_cursor_execute", self._collector.on_sql)
            self._connections.append(connection)

    def result(self) -> ChangeSet:
        """Stop listening and return what was written."""
        for conn in self._connections:
            if event.contains(conn, "after_cursor_execute", self._collector.on_sql):
                event.remove(conn, "after_cursor_execute", self._collector.on_sql)
        self._connections.clear()
        for name, fn in (("after_begin", self._after_begin), ("after_flush", self._collector.on_flush)):
            if event.contains(self._session, name, fn):
                event.remove(self._session, name, fn)
        self._session.info.pop(_INFO_KEY, None)
        return self._collector.result()


def track(session: Session) -> Tracker:
    """Start noting what ``session`` writes (call before the operation runs)."""
    return Tracker(session)


def note(session: Session, *kinds: str) -> None:
    """Announce a change that is not a row (e.g. :data:`SIGNING_KEY`) in the running operation."""
    collector = session.info.get(_INFO_KEY)
    if collector is not None:
        collector.kinds.update(kinds)


__all__ = ["ACCOUNTS", "ALERTS", "APPROVALS", "ATTENDANCE", "AUDIT", "CALENDAR", "CASES", "CLASSES", "ChangeSet",
           "DOCUMENTS", "EXCHANGE", "EXTRA_KINDS", "FILES", "MENTORS", "NOTHING", "POLICY", "SCHOOL", "STAFF", "STUDENTS", "SIGNING_KEY", "Tracker", "note", "track"]
