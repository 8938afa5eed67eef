"""The roster import's column memory (列的对应): what the user said a file's columns are, kept for the next file.

A file's layout is known by its header row, column by column (:func:`app.students.roster_layout.header_signature`). When
the registrar tells the import what a column is — a header variant the program does not know is the
template's 监护人1电话, a column is not to be imported — and imports the file, that choice is stored here
for the layout and applied by itself to the next file with the same header (the preview says
"按上次的选择" and the user may still change it). Stored in the school database (``Setting`` rows
``roster.columns.<signature>``), each change audited (``roster.columns``).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlmodel import Session, col, select

from app import audit
from app.accounts import Actor, require
from app.data.models import Setting

PREFIX = "roster.columns."

Mapping = dict[str, "str | None"]


def remembered(session: Session) -> dict[str, Mapping]:
    """Every remembered layout: header signature → {header: template column, or None for "not imported"}."""
    rows = session.exec(select(Setting).where(col(Setting.key).startswith(PREFIX))).all()
    return {r.key[len(PREFIX):]: dict((r.value or {}).get("mapping", {})) for r in rows}


def remembered_for(session: Session, signature: str) -> dict | None:
    """The stored entry of one layout: ``{"headers", "mapping", "file", "by", "at"}``, or None."""
    row = session.get(Setting, PREFIX + signature)
    return dict(row.value) if row is not None and row.value else None


def remember(session: Session, actor: Actor, signature: str, headers: list[str] | tuple[str, ...],
             mapping: Mapping, *, file: str = "") -> bool:
    """Keep ``mapping`` for the layout ``signature`` (an empty mapping forgets it). Returns whether it changed.

    Part of the caller's transaction (the import that confirms the choice), with its audit entry."""
    require(actor, "roster.import")
    mapping = {str(k): (None if v is None else str(v)) for k, v in mapping.items()}
    row = session.get(Setting, PREFIX + signature)
    before = dict(row.value.get("mapping", {})) if row is not None and row.value else {}
    if before == mapping:
        return False
    described = "、".join(f"{k} → {v if v is not None else '不导入'}" for k, v in sorted(mapping.items()))
    if not mapping:
        session.delete(row)
        summary = f"名册导入:不再按记住的列对应导入这种表头({file})"
    else:
        value = {"headers": list(headers), "mapping": mapping, "file": file, "by": actor.username,
                 "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        if row is None:
            row = Setting(key=PREFIX + signature, value=value)
        else:
            row.value = value
        session.add(row)
        summary = f"名册导入:记住这种表头的列对应({file}):{described}"
    audit.record(session, actor, "roster.columns", "roster_columns", None,
                 before={"signature": signature, "mapping": before},
                 after={"signature": signature, "mapping": mapping}, summary=summary, changed_only=False)
    session.flush()
    return True


def forget(session: Session, actor: Actor, signature: str, *, file: str = "") -> bool:
    """Drop what is remembered for a layout (the next file of that layout is mapped by the program alone)."""
    return remember(session, actor, signature, (), {}, file=file)


__all__ = ["PREFIX", "forget", "remember", "remembered", "remembered_for"]
