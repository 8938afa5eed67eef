"""Audit log: every change records who, when, what, and the values before and after.

``record()`` adds the entry to the caller's session, so it commits (or rolls
back) with the change it describes — one operation, one transaction.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Iterable

from sqlmodel import Session, SQLModel, col, func, select

from app.access import Actor, require
from app.data.models import AuditEntry

# Columns never copied into the log (secrets).
_SECRET_FIELDS = {"password_hash"}


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def snapshot(obj: SQLModel | None, fields: Iterable[str] | None = None) -> dict[str, Any] | None:
    """The row's column values as JSON-able data (secrets left out)."""
    if obj is None:
        return None
    names = fields if fields is not None else type(obj).model_fields.keys()
    return {n: _plain(getattr(obj, n)) for n in names if n not in _SECRET_FIELDS}


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> tuple[dict | None, dict | None]:
    """Keep only the fields that changed (both sides), for a compact entry."""
    if before is None or after is None:
        return before, after
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    summary: str = "",
    changed_only: bool = True,
) -> AuditEntry:
    if changed_only:
        before, after = diff(before, after)
    entry = AuditEntry(
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else "system",
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary,
        before=before,
        after=after,
    )
    session.add(entry)
    return entry


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    before: dict | None
    after: dict | None


def query(
    session: Session,
    actor: Actor,
    *,
    text: str = "",
    action: str = "",
    entity: str = "",
    entity_id: int | None = None,
    username: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[AuditRow]:
    """Filtered entries, newest first (principal, registrar and admin only)."""
    require(actor, "audit.view")
    stmt = select(AuditEntry)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    if entity:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    if username:
        stmt = stmt.where(AuditEntry.username == username)
    if since:
        stmt = stmt.where(AuditEntry.at >= since)
    if until:
        stmt = stmt.where(AuditEntry.at < until)
    if text:
        stmt = stmt.where(col(AuditEntry.summary).contains(text))
    stmt = stmt.order_by(col(AuditEntry.id).desc()).offset(offset).limit(limit)
    return [
        AuditRow(e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.summary, e.before, e.after)
        for e in session.exec(stmt)
    ]


def actions(session: Session) -> list[str]:
    return list(session.exec(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))


def count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(AuditEntry)).one()
