"""What every window shares: the open database, the logged-in user, change signals.

Windows never keep a Session: each action opens one transaction through :meth:`AppContext.run`.
The transaction itself works out what it wrote (:mod:`app.changes`); after the commit the context
emits that :class:`~app.changes.ChangeSet` on :attr:`changed`, and each page, which declares the
record kinds it shows (``SHOWS``), reads again only when one of them changed (as Anki's
operations return ``OpChanges``).
"""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlmodel import Session

from app import changes
from app.accounts import Actor
from app.changes import ChangeSet
from app.data.db import Database

T = TypeVar("T")


class AppContext(QObject):
    #: emitted with the :class:`~app.changes.ChangeSet` of every committed operation that wrote something
    changed = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.actor = actor

    def run(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Run ``fn(session, actor, *args, **kwargs)`` in one transaction; announce what it changed."""
        return self.run_changes(fn, *args, **kwargs)[0]

    def run_changes(self, fn: Callable[..., T], *args, **kwargs) -> tuple[T, ChangeSet]:
        """As :meth:`run`, also returning the change set (already emitted on :attr:`changed`)."""
        with self.db.transaction() as session:
            tracker = changes.track(session)
            try:
                result = fn(session, self.actor, *args, **kwargs)
                session.flush()
            except BaseException:
                tracker.result()
                raise
        done = tracker.result()  # after the commit: its final flush is counted
        if done:
            self.changed.emit(done)
        return result, done

    def announce(self, change_set: ChangeSet) -> None:
        """Tell the windows about a change made outside :meth:`run` (a restored database, a new key file)."""
        if change_set:
            self.changed.emit(change_set)

    def read(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Run a read-only ``fn(session, *args, **kwargs)`` (no actor passed)."""
        with Session(self.db.engine, expire_on_commit=False) as session:
            return fn(session, *args, **kwargs)
