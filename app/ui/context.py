"""What every window shares: the open database, the logged-in user, change signals.

Windows never keep a Session: each action opens one transaction through
:meth:`AppContext.run`, and announces what it changed with :attr:`changed`
so that only the views showing that kind of data refresh (as Anki does).
"""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlmodel import Session

from app.accounts import Actor
from app.data.db import Database

T = TypeVar("T")


class AppContext(QObject):
    #: emitted with a topic after a successful change: "students", "classes", "staff", "accounts", "school", ...
    changed = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.actor = actor

    def run(self, fn: Callable[..., T], *args, topic: str | None = None, **kwargs) -> T:
        """Run ``fn(session, actor, *args, **kwargs)`` in one transaction; announce ``topic`` on success."""
        with self.db.transaction() as session:
            result = fn(session, self.actor, *args, **kwargs)
        if topic:
            self.changed.emit(topic)
        return result

    def read(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Run a read-only ``fn(session, *args, **kwargs)`` (no actor passed)."""
        with Session(self.db.engine, expire_on_commit=False) as session:
            return fn(session, *args, **kwargs)
