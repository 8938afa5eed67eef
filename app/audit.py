"""Audit log: every change records who, when, what, and the values before and after.

``record()`` writes the entry on the caller's session's connection, so it commits (or rolls
back) with the change it describes — one operation, one transaction.

The chain (tamper evidence)
---------------------------
Every entry carries ``chain_hash`` = HMAC-SHA256(key, hash of the entry before it + "\n" +
the entry's canonical serialisation — :func:`canonical`: id, time, who, action, record, summary,
before and after). The key is a random 32 bytes in ``keys/audit.key`` of the data folder
(owner-only, created by the first entry that needs it). An entry edited, inserted or deleted with
a plain SQLite tool no longer matches, and :func:`verify_chain` (``baoxue db check``) names the
first one that does not. The chain's head is read and extended under the database's write lock
(``BEGIN IMMEDIATE``), so two writers never link to the same entry. What it does **not** prove:
someone who can read the key file can rewrite the whole chain, and deleting the newest entries
leaves a shorter chain that still verifies — the county sees both, because every signed bundle
carries the head of the chain (id and hash) and the head of the bundle before it as the chain
holds it now (:func:`head`, :func:`hash_of`).
"""

from __future__ import annotations

import binascii
import enum
import hashlib
import hmac
import json
import os
import secrets
import stat
import weakref
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any, Iterable, NamedTuple

from sqlalchemy import insert, text
from sqlalchemy.engine import Connection
from sqlmodel import Session, SQLModel, col, func, select

from app.access import Actor, require
from app.data import keyring
from app.data.db import core, insert_many
from app.data.models import AuditEntry, Staff, User, utcnow
from app.errors import BaoxueError
from app.messages import DEFAULT_LANG, catalog, label_texts
from app.paths import DataPaths

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


class Entry(NamedTuple):
    """An entry as :func:`record` wrote it (the row's columns)."""

    id: int
    at: datetime
    user_id: int | None
    username: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    chain_hash: str


_INSERT = insert(AuditEntry.__table__)


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
    at: datetime | None = None,
) -> Entry:
    """Write the entry, linked to the head of the chain (``at``: when it happened, default now).

    It is written at once with one Core INSERT on the session's connection (no ORM object to build
    and flush: most operations write one entry, and a roll call is saved many times a day), in the
    operation's transaction: it commits or rolls back with the change it describes. Pending ORM
    changes are flushed first, as any query would (the entry's user must exist)."""
    if changed_only:
        before, after = diff(before, after)
    conn = core(session)
    head = _head(session)
    entry = _chained(head, actor, action, entity, entity_id, before, after, summary, at)
    conn.execute(_INSERT, entry._asdict())
    return entry


def record_many(session: Session, actor: Actor | None, entries: Iterable[dict[str, Any]]) -> list[Entry]:
    """:func:`record` for many entries at once (one executemany), in the order given: each dict holds
    ``action``, ``entity``, ``entity_id`` and optionally ``before``, ``after``, ``summary``,
    ``changed_only`` (default True) and ``at``. For an operation that writes thousands (a roster import)."""
    conn = core(session)
    head = _head(session)
    out = []
    for e in entries:
        before, after = e.get("before"), e.get("after")
        if e.get("changed_only", True):
            before, after = diff(before, after)
        out.append(_chained(head, actor, e["action"], e["entity"], e["entity_id"], before, after,
                            e.get("summary", ""), e.get("at")))
    if out:
        insert_many(conn, AuditEntry.__table__, [entry._asdict() for entry in out])
    return out


def _chained(head: "_Head", actor: Actor | None, action: str, entity: str, entity_id: int | None, before: Any,
             after: Any, summary: str, at: datetime | None) -> Entry:
    """The next entry after ``head``, with its hash; ``head`` moves on to it."""
    entry = Entry(head.entry_id + 1, at if at is not None else utcnow(), actor.user_id if actor else None,
                  actor.username if actor else "system", action, entity, entity_id, summary, before, after, "")
    entry = entry._replace(chain_hash=link_hash(head.key, head.digest, _canonical_of(entry)))
    head.entry_id, head.digest = entry.id, entry.chain_hash
    return entry


# --- the chain ----------------------------------------------------------------------------------

#: the version of :func:`canonical` (the first element of the serialisation)
CHAIN_VERSION = 1
KEY_FILE = "audit.key"
_KEY_BYTES = 32
_INFO_HEAD = "baoxue.audit.head"


class AuditKeyError(BaoxueError):
    """The chain's key file is missing or damaged while entries are chained with it."""


def key_path_for(bind) -> Path | None:
    """``keys/audit.key`` beside the SQLite file of ``bind`` (an engine or connection); None in memory."""
    engine = getattr(bind, "engine", bind)
    known = _KEY_PATHS.get(engine)
    if known is not None:
        return known
    if engine.dialect.name != "sqlite":
        return None
    name = engine.url.database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    path = DataPaths(Path(name).resolve().parent).keys / KEY_FILE
    if Path(name).is_absolute():  # a relative name follows the working folder: resolved each time
        _KEY_PATHS[engine] = path
    return path


#: the key file of each engine's database (an engine's file never changes)
_KEY_PATHS: "weakref.WeakKeyDictionary[Any, Path]" = weakref.WeakKeyDictionary()


#: keys of databases without a file (kept for the life of the engine)
_MEMORY_KEYS: "weakref.WeakKeyDictionary[Any, bytes]" = weakref.WeakKeyDictionary()
#: key files read: path → (mtime_ns, size, key)
_KEY_CACHE: dict[Path, tuple[int, int, bytes]] = {}


def _read_key(path: Path, db_key: bytes | None = None) -> bytes | None:
    """The chain's key from its file: sealed under the database key (an encrypted database), or in hex
    (a plain database, or one encrypted by this version whose key file was not sealed yet: it is now)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    cached = _KEY_CACHE.get(path)
    if cached and cached[:2] == (st.st_mtime_ns, st.st_size):
        return cached[2]
    try:
        content = path.read_text(encoding="ascii").strip()
    except UnicodeDecodeError:
        content = ""
    except OSError as exc:
        raise AuditKeyError("audit.key_file_audit_log_cannot_2", path=path, strerror=exc.strerror or exc) from exc
    sealed = keyring.is_sealed(content)
    if sealed:
        key = (keyring.unseal_secret(db_key, KEY_FILE, content) if db_key is not None else None) or b""
    else:
        try:
            key = binascii.unhexlify(content)
        except (ValueError, binascii.Error):
            key = b""
    if len(key) != _KEY_BYTES:
        raise AuditKeyError("audit.key_file_audit_log_damaged", path=path)
    if not sealed and db_key is not None:
        _write_key(path, key, db_key)
        st = path.stat()
    _KEY_CACHE[path] = (st.st_mtime_ns, st.st_size, key)
    return key


def _write_key(path: Path, key: bytes, db_key: bytes | None) -> None:
    """Write the key owner-only (group too in a folder shared by every account of the PC), atomically;
    sealed under the database key when there is one (nothing beside an encrypted database is in clear)."""
    shared = path.parent.parent.exists() and bool(path.parent.parent.stat().st_mode & stat.S_ISGID)
    path.parent.mkdir(mode=0o770 if shared else 0o700, parents=True, exist_ok=True)
    body = (keyring.seal_secret(db_key, KEY_FILE, key) if db_key is not None
            else (binascii.hexlify(key) + b"\n").decode("ascii")).encode("ascii")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o660 if shared else 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _create_key(path: Path, db_key: bytes | None) -> bytes:
    """A new random key for the chain."""
    key = secrets.token_bytes(_KEY_BYTES)
    _write_key(path, key, db_key)
    return key


def _missing_key(path: Path) -> AuditKeyError:
    return AuditKeyError(
        "audit.key_file_audit_log_cannot", path=path)


def chain_key(session: Session | Connection, *, create: bool = False) -> bytes:
    """The key of the chain of the database of ``session`` (or of a connection, in a migration).

    ``create``: make it when no entry is chained yet (the caller holds the write lock)."""
    conn = session.connection() if isinstance(session, Session) else session
    path = key_path_for(conn)
    if path is None:
        return _MEMORY_KEYS.setdefault(conn.engine, secrets.token_bytes(_KEY_BYTES))
    db_key = keyring.key_of(conn)
    key = _read_key(path, db_key)
    if key is not None:
        return key
    chained = conn.execute(text("SELECT 1 FROM audit_entry WHERE chain_hash IS NOT NULL LIMIT 1")).first()
    if chained is not None or not create:
        raise _missing_key(path)
    return _create_key(path, db_key)


def _stored_time(at: datetime | None) -> str | None:
    """The time as the column stores it: in UTC (a naive time is taken as UTC), to the microsecond."""
    if at is None:
        return None
    if at.tzinfo is not None:
        at = at.astimezone(timezone.utc)
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def _as_stored(value: Any) -> Any:
    """``before``/``after`` as the JSON column gives them back (as far as :func:`canonical` can tell: a value made
    of JSON's own types serialises as its round trip does, so only another one takes the round trip)."""
    if value is None or _json_native(value):
        return value
    return json.loads(json.dumps(value))


def _json_native(value: Any) -> bool:
    """Whether ``value`` is made of what JSON gives back (dicts with text keys, lists, text, numbers, true/false,
    null), tuples too (serialised as lists): a snapshot, nearly always."""
    if value is None or isinstance(value, (str, int, float)):
        return True
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_native(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return all(_json_native(v) for v in value)
    return False


def canonical(entry_id: int, at: datetime | None, user_id: int | None, username: str, action: str, entity: str,
              entity_id: int | None, summary: str, before: Any, after: Any) -> bytes:
    """The bytes of one entry the chain signs (every column but the hash; JSON, sorted keys, ASCII)."""
    return _CANONICAL([CHAIN_VERSION, entry_id, _stored_time(at), user_id, username, action, entity, entity_id,
                       summary, _as_stored(before), _as_stored(after)]).encode("ascii")


#: how :func:`canonical` serialises (one encoder: ``json.dumps`` with options builds one per call)
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode


def link_hash(key: bytes, previous: str | None, data: bytes) -> str:
    """The entry's hash: HMAC-SHA256 over the hash before it, a newline and the entry's bytes."""
    return hmac.new(key, (previous or "").encode("ascii") + b"\n" + data, hashlib.sha256).hexdigest()


def _canonical_of(e: Any) -> bytes:
    return canonical(e.id, e.at, e.user_id, e.username, e.action, e.entity, e.entity_id, e.summary, e.before, e.after)


def take_write_lock(session: Session) -> None:
    """Hold the database's write lock from now to the end of the transaction (SQLite: BEGIN IMMEDIATE).

    A transaction that has already written holds it; one that has only read begins again as a
    writer, so what it reads next is the newest committed state and nobody else writes meanwhile."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        if not conn.connection.driver_connection.in_transaction:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE audit_entry IN EXCLUSIVE MODE")


class _Head:
    def __init__(self, transaction: Any, entry_id: int, digest: str | None, key: bytes):
        self.transaction, self.entry_id, self.digest, self.key = transaction, entry_id, digest, key


def _head(session: Session) -> _Head:
    """The head of the chain as this transaction extends it; read once per transaction, under the write lock."""
    state = session.info.get(_INFO_HEAD)
    transaction = session.get_transaction()
    if state is None or state.transaction is not transaction:
        take_write_lock(session)
        transaction = session.get_transaction()
        row = session.connection().execute(
            text("SELECT id, chain_hash FROM audit_entry ORDER BY id DESC LIMIT 1")).first()
        state = _Head(transaction, row[0] if row else 0, row[1] if row else None, chain_key(session, create=True))
        session.info[_INFO_HEAD] = state
    return state


@dataclass(frozen=True)
class BrokenEntry:
    """The first entry of the chain that does not match (what ``db check`` names)."""

    id: int
    at: datetime | None
    action: str
    username: str
    reason: str

    @property
    def text(self) -> str:
        when = self.at.strftime("%Y-%m-%d %H:%M:%S") if self.at else "时间不明"
        return f"第 {self.id} 条({when},{self.action},{self.username}):{self.reason}"


@dataclass(frozen=True)
class ChainCheck:
    """The result of checking the whole chain."""

    entries: int
    head_id: int | None
    head_hash: str | None
    broken: BrokenEntry | None = None
    problem: str = ""  # the key is missing or damaged

    @property
    def ok(self) -> bool:
        return self.broken is None and not self.problem

    @property
    def text(self) -> str:
        if self.problem:
            return self.problem
        if self.broken:
            return "操作日志被改动过,从这一条起对不上:" + self.broken.text
        return f"完整({self.entries} 条,链头第 {self.head_id} 条)" if self.entries else "完整(还没有记录)"


_COLUMNS = (AuditEntry.id, AuditEntry.at, AuditEntry.user_id, AuditEntry.username, AuditEntry.action,
            AuditEntry.entity, AuditEntry.entity_id, AuditEntry.summary, AuditEntry.before, AuditEntry.after,
            AuditEntry.chain_hash)


def _mismatch(e: Any, previous_id: int | None) -> str:
    if not e.chain_hash:
        return "没有校验值(不是保学写入的)"
    if previous_id is not None and e.id != previous_id + 1:
        gap = f"第 {previous_id + 1} 条" if e.id == previous_id + 2 else f"第 {previous_id + 1}–{e.id - 1} 条"
        return f"它前面的{gap}不见了(被删除)"
    return "内容或顺序被改动过(校验值不符)"


def verify_chain(session: Session, *, from_id: int = 0) -> ChainCheck:
    """Check every entry (from ``from_id``) against the one before it; the first that does not match is named."""
    try:
        key = chain_key(session)
    except AuditKeyError as exc:
        n = count(session)
        return ChainCheck(n, None, None, problem=str(exc) if n else "")
    previous_id, previous_hash, n = None, None, 0
    if from_id > 1:
        row = session.exec(select(AuditEntry.id, AuditEntry.chain_hash).where(AuditEntry.id < from_id)
                           .order_by(col(AuditEntry.id).desc()).limit(1)).first()
        if row is not None:
            previous_id, previous_hash = row
    stmt = select(*_COLUMNS).where(AuditEntry.id >= from_id).order_by(AuditEntry.id).execution_options(yield_per=2000)
    for e in session.exec(stmt):
        n += 1
        expected = link_hash(key, previous_hash, _canonical_of(e))
        if not e.chain_hash or not hmac.compare_digest(expected, e.chain_hash):
            return ChainCheck(n, previous_id, previous_hash,
                              BrokenEntry(e.id, e.at, e.action, e.username, _mismatch(e, previous_id)))
        previous_id, previous_hash = e.id, e.chain_hash
    return ChainCheck(n, previous_id, previous_hash)


def verify_entry(session: Session, entry: Any) -> bool:
    """Whether one entry (a row or an :class:`~app.data.models.AuditEntry`) is linked to the one before it.

    Raises :class:`AuditKeyError` when the key is gone: nothing can be trusted then."""
    if not entry.chain_hash:
        return False
    key = chain_key(session)
    previous = session.exec(select(AuditEntry.id, AuditEntry.chain_hash).where(AuditEntry.id < entry.id)
                            .order_by(col(AuditEntry.id).desc()).limit(1)).first()
    expected = link_hash(key, previous[1] if previous else None, _canonical_of(entry))
    return hmac.compare_digest(expected, entry.chain_hash)


def head(session: Session) -> tuple[int, str] | None:
    """(id, hash) of the newest chained entry, or None when nothing is chained yet."""
    row = session.exec(select(AuditEntry.id, AuditEntry.chain_hash).where(col(AuditEntry.chain_hash).is_not(None))
                       .order_by(col(AuditEntry.id).desc()).limit(1)).first()
    return (row[0], row[1]) if row else None


def hash_of(session: Session, entry_id: int) -> str | None:
    """The hash the chain holds now for entry ``entry_id`` (None: there is no such entry)."""
    row = session.exec(select(AuditEntry.id, AuditEntry.chain_hash).where(AuditEntry.id == entry_id)).first()
    return None if row is None else (row[1] or "")


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
    name: str = ""  # the person (the staff member's name), not the login; "" for the system

    def described(self, lang: str = DEFAULT_LANG) -> str:
        """The entry's description in ``lang`` (:func:`describe`; the stored summary in Chinese)."""
        return describe(self.action, self.entity, self.entity_id, self.before, self.after, self.summary, lang)

    @property
    def who(self) -> str:
        """How the log names the person: "王老师 (wang)"; the login alone when no name is on file."""
        return f"{self.name} ({self.username})" if self.name and self.name != self.username else self.username


def people_names(session: Session, user_ids: Iterable[int | None]) -> dict[int, str]:
    """The people behind the accounts: display name, else the staff member's name."""
    wanted = sorted({i for i in user_ids if i is not None})
    if not wanted:
        return {}
    rows = session.exec(select(User.id, User.display_name, Staff.name)
                        .join(Staff, Staff.id == User.staff_id, isouter=True).where(col(User.id).in_(wanted)))
    return {uid: display or staff or "" for uid, display, staff in rows}


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
    entries = list(session.exec(stmt))
    names = people_names(session, (e.user_id for e in entries))
    return [
        AuditRow(e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.summary, e.before, e.after,
                 names.get(e.user_id, "") if e.user_id is not None else "")
        for e in entries
    ]


def actions(session: Session) -> list[str]:
    return list(session.exec(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))


def count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(AuditEntry)).one()


# --- the entries in the user's language ---------------------------------------------------------------
#
# The summary is stored (and signed) in Chinese and is never rewritten. Another language words the entry
# at display time from its action, its record's id and its stored before/after fields, with the templates
# ``audit.label__<action>`` (the action's label) and ``audit.summary__<action>`` (its description) in
# resources/messages/audit.tsv (the action's dots written ``__``: pledge.return → audit.summary__pledge__return). An action the table lacks shows its stored summary (and its code).

#: stored fields whose values are keys of a table of labels (labels.tsv): (entity, field) or field → table
_VALUE_TABLES: dict[tuple[str, str] | str, str] = {
    ("student", "status"): "status",
    ("leave", "kind"): "leave_kind",
    ("plan_measure", "kind"): "measure_kind",
    ("approval_request", "kind"): "request_kind",
    "level": "alert_level",
    "outcome": "case_outcome",
    "form": "contact_form",
    "end_reason": "end_reason",
    "roles": "role",
}
_BOOLS = {"en": ("no", "yes")}


def _shown(entity: str, field: str, value: Any, lang: str) -> Any:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _BOOLS.get(lang, ("否", "是"))[value]
    table = _VALUE_TABLES.get((entity, field)) or _VALUE_TABLES.get(field)
    if table and isinstance(value, str):
        texts = label_texts()
        return ", ".join(texts.get((table, key), key) for key in value.split(",")) if value else "—"
    return value


def entry_params(entity: str, entity_id: int | None, before: Any, after: Any, lang: str) -> dict[str, Any]:
    """What a description template may name: ``id``, each stored field (its value after the change, else
    before), and ``before_<field>`` / ``after_<field>``; values that are keys of a table shown as labels."""
    params: dict[str, Any] = {"id": "" if entity_id is None else entity_id}
    sides = [(name, side) for name, side in (("before", before), ("after", after)) if isinstance(side, dict)]
    for name, side in sides:  # after last, so a field's plain name is its value after the change
        for field, value in side.items():
            shown = _shown(entity, str(field), value, lang)
            params[f"{name}_{field}"] = shown
            params[str(field)] = shown
    return params


def action_code(kind: str, action: str) -> str:
    """The catalog code of an action's ``label`` or ``summary`` (audit.summary__pledge__return)."""
    return f"audit.{kind}__{action.replace('.', '__')}"


def action_text(action: str, lang: str = DEFAULT_LANG) -> str:
    """The label of an action in ``lang`` (the code itself for an action the table lacks)."""
    templates = catalog().get(action_code("label", action))
    return (templates.get(lang) or templates[DEFAULT_LANG]) if templates else action


def entity_text(entity: str, lang: str = DEFAULT_LANG) -> str:
    """The name of the kind of record an entry is about, in ``lang`` (the table's name for one the table lacks)."""
    templates = catalog().get(f"audit.entity__{entity}")
    return (templates.get(lang) or templates[DEFAULT_LANG]) if templates else entity


def describe(action: str, entity: str, entity_id: int | None, before: Any, after: Any, summary: str,
             lang: str = DEFAULT_LANG) -> str:
    """An entry's description in ``lang``: the stored summary in Chinese; elsewhere the action's template
    filled from the entry (the stored summary when the table lacks the action, the action's label when
    the entry lacks a field its template names)."""
    templates = catalog().get(action_code("summary", action))
    if lang == DEFAULT_LANG or templates is None or lang not in templates:
        return summary
    try:
        return templates[lang].format(**entry_params(entity, entity_id, before, after, lang))
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        label = action_text(action, lang)
        return f"{label} #{entity_id}" if entity_id is not None else label
