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
from app.messages import DEFAULT_LANG, LIST_SEPARATOR, catalog, field_label, formatted, read_back, table_label
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

#: stored fields whose values are keys of a table of labels (labels.tsv, app.messages.label_table): (entity, field)
#: or field → table
_VALUE_TABLES: dict[tuple[str, str] | str, str] = {
    ("student", "status"): "status",
    ("leave", "kind"): "leave_kind",
    ("leave", "status"): "leave_status",
    ("plan_measure", "kind"): "measure_kind",
    ("plan_measure", "status"): "measure_status",
    ("approval_request", "kind"): "request_kind",
    ("absence_alert", "status"): "alert_status",
    ("absence_case", "kind"): "report_kind",
    "level": "alert_level",
    "outcome": "case_outcome",
    "form": "contact_form",
    "end_reason": "end_reason",
    "roles": "role",
    "approver_role": "role",
    "state": "request_state",
    "stage": "case_stage",
    "sex": "sex",
    "relation": "relation",
    "guardian_relation": "relation",
    "ethnicity": "ethnicity",
    "hukou": "hukou",
    "health": "health",
    "boarding": "boarding",
    "id_doc_type": "doc_type",
    "disability_type": "disability",
    "left_behind": "left_behind",
    "grade_level": "grade",
    "mark": "mark",
    "leave_kind": "leave_kind",
    "start_session": "session",
    "end_session": "session",
    "risk_level": "risk_level",
    "role": "participant_role",
    "line": "participant_line",
}
#: a stored field that holds the Chinese label of another field's code (the roll call's 标记 of its mark):
#: shown as that code's label in the language
_LABEL_OF = {"标记": "mark"}
_BOOLS = {"en": ("no", "yes")}
#: stored fields that may hold a text the program wrote in Chinese: the catalog codes it may be (read back with
#: app.messages.read_back and shown in the language; a text a user typed is shown as it is)
_PROGRAM_TEXTS: dict[str, tuple[str, ...]] = {"reference": ("approvals.reference",)}

#: the stored fields' names: key → Chinese (its English is resources/messages/field_names.tsv); a key that is
#: Chinese already (the roll call's 姓名) is its own name
FIELD_NAMES: dict[str, str] = {
    "id": "编号", "actions": "劝返措施", "active": "启用", "address": "地址", "alert_id": "预警", "algorithm": "算法",
    "approver_role": "审批人角色", "assigned_staff_id": "负责教师", "attachment_id": "附件", "attempt_date": "劝返日期",
    "birth_date": "出生日期", "boarding": "走读/住校", "case_id": "个案", "case_involved": "涉案",
    "class_id": "班级", "cleared_on": "撤销日期", "cleared_reason": "撤销原因", "closed_on": "结束日期",
    "code": "学校代码", "companions": "参加人员", "contact_date": "联系日期", "contact_time": "联系时间",
    "content": "内容", "count": "份数", "county_code": "县区代码", "county_name": "县区名称",
    "created_at": "创建时间", "created_by": "创建人", "days_absent": "缺勤天数", "de_facto_unsupported": "事实无人抚养",
    "destination_county": "转入地区", "destination_school": "转入学校", "details": "申请内容",
    "disability_type": "残疾类型", "display_name": "姓名(显示)", "done_by": "完成人", "done_on": "完成日期",
    "dropout_on": "辍学日期", "due_date": "到期日期", "economic_hardship": "家庭经济困难",
    "effective_date": "生效日期", "end_date": "结束日期", "end_day": "结束日期", "end_note": "结束说明",
    "end_reason": "结束原因", "end_session": "结束时段", "ended_at": "结束时间", "ended_by": "结束人",
    "enrolled_on": "入学日期", "ethnicity": "民族", "extra_grade_levels": "复式班年级", "failed_logins": "登录失败次数",
    "family_situation": "家庭情况", "file": "文件", "filename": "文件名", "fingerprint": "指纹",
    "first": "起始编号", "first_absent_day": "首个缺勤日", "form": "联系方式", "grade_level": "年级",
    "guardian_met": "见到的监护人", "guardian_opinion": "监护人意见", "guardian_relation": "与学生关系",
    "guardians": "监护人", "hardship_child": "困境儿童", "head_teacher_id": "班主任", "health": "健康状况",
    "host_county": "借读地区", "host_school": "借读学校", "hours": "课时", "household_status": "家庭帮扶身份",
    "hukou": "户口性质", "id_doc_type": "身份证件类型", "id_number": "身份证件号", "inclusive_class": "随班就读",
    "is_demo": "演示学校", "is_guardian": "是监护人", "kind": "类型", "last": "终止编号",
    "last_absent_day": "最后缺勤日", "last_login_at": "上次登录", "learning_difficulty": "学习困难",
    "leave_kind": "请假类型", "left_behind": "留守儿童", "left_on": "离开日期", "level": "预警级别",
    "line": "工作线", "lives_with_child": "与孩子同住", "locked_until": "锁定至", "mark": "考勤",
    "martyr_child": "烈士子女", "measures": "采取的措施", "migrant_child": "随迁子女", "months": "月数",
    "must_change_password": "须修改密码", "name": "姓名", "note": "备注", "notes": "备注",
    "notice_deadline": "限期返校日期", "notice_issued_on": "通知下达日期", "notice_issuer": "下达单位",
    "notice_reference": "通知文号", "only_child": "独生子女", "opened_on": "建立日期", "orphan": "孤儿",
    "outcome": "结果", "outcome_note": "结果说明", "over_max_reason": "超出上限的理由", "participants": "参加人员",
    "phone": "电话", "plan_id": "帮扶方案", "poor_household": "建档立卡贫困户", "principal_name": "校长姓名",
    "prisoner_child": "服刑人员子女", "problems": "存在的问题", "purpose": "目的", "raised_on": "预警日期",
    "reason": "事由", "reason_left": "离校原因", "recipients": "报送单位", "recorded_by": "登记人",
    "reference": "文号", "relation": "关系", "report_date": "报告日期", "report_due": "书面报告期限",
    "reported_on": "报告日期", "responsible_staff_id": "责任人", "result": "结果", "returned_on": "收回日期",
    "risk_level": "风险等级", "risk_notes": "风险说明", "role": "身份", "roles": "角色",
    "school_year": "学年", "session_date": "送教日期", "sex": "性别", "sha256": "SHA-256", "signed": "已签字",
    "situation": "基本情况", "size": "大小", "source": "来源", "staff_id": "教师", "stage": "阶段",
    "start_date": "开始日期", "start_day": "开始日期", "start_session": "开始时段", "started_on": "开始日期",
    "state": "状态", "status": "状态", "student_condition": "学生情况", "student_id": "学生",
    "student_number": "全国学籍号", "subject": "任教学科", "terms": "学期", "title": "职务", "township": "乡镇",
    "updated_at": "修改时间", "username": "登录名", "village": "村", "visit_due": "家访期限", "visited_on": "家访日期",
    "whereabouts": "去向", "without_guardian": "没有监护人的学生", "work_place": "工作地点", "works_away": "外出务工",
    "标记": "考勤", "姓名": "姓名",
}


#: the same where a kind of record names a field otherwise: (entity, key) → Chinese
ENTITY_FIELD_NAMES: dict[tuple[str, str], str] = {
    ("school_class", "name"): "班级名称", ("school", "name"): "学校名称", ("school_year", "name"): "学年",
    ("county_trust", "name"): "单位名称", ("pledge", "signed"): "已签字", ("absence_case", "kind"): "报告类型",
}


def field_text(field: str, lang: str = DEFAULT_LANG, entity: str = "") -> str:
    """A stored field's name in ``lang`` (an id used as a key, the roll call's pupils, is "#id")."""
    if field.isdigit():
        return f"#{field}"
    name = ENTITY_FIELD_NAMES.get((entity, field)) or FIELD_NAMES.get(field, field)
    shown = field_label(name, lang)
    if lang != DEFAULT_LANG and shown == name and name.isascii():
        return name.replace("_", " ")  # a key without a name (a new column): its words, not Chinese
    return shown


def value_text(entity: str, field: str, value: Any, lang: str = DEFAULT_LANG, *, ids: bool = False) -> Any:
    """A stored value as shown in ``lang``: a code of a table of labels as its label, a yes/no, "—" for nothing;
    anything else (a date, a number, what the school typed) as it is."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _BOOLS.get(lang, ("否", "是"))[value]
    table = _VALUE_TABLES.get((entity, field)) or _VALUE_TABLES.get(field)
    if table and isinstance(value, (str, int)):
        if value == "":
            return "—"
        keys = value.split(",") if isinstance(value, str) else [value]
        return LIST_SEPARATOR.get(lang, ", ").join(table_label(table, key, lang) for key in keys)
    said = read_back(value, _PROGRAM_TEXTS[field]) if field in _PROGRAM_TEXTS and isinstance(value, str) else None
    if said is not None:
        return said.in_language(lang)
    if ids and isinstance(value, int) and not isinstance(value, bool) and (field == "id" or field.endswith("_id")):
        return f"#{value}"  # the record it points at
    return value


def _shown(entity: str, field: str, value: Any, lang: str) -> Any:
    return value_text(entity, field, value, lang)


def detail_text(entity: str, values: Any, lang: str = DEFAULT_LANG) -> str:
    """An entry's stored before or after values as lines "field: value" in ``lang`` (nested ones indented): what
    the audit log's detail pane shows. Empty for nothing stored."""
    lines: list[str] = []
    separator = "：" if lang == DEFAULT_LANG else ": "

    def add(name: str, value: Any, indent: int, siblings: dict) -> None:
        pad = "  " * indent
        if name in _LABEL_OF and _LABEL_OF[name] in siblings:  # a code's label stored beside it: the code's
            value = value_text(entity, _LABEL_OF[name], siblings[_LABEL_OF[name]], lang)
        if isinstance(value, dict):
            lines.append(f"{pad}{field_text(name, lang, entity)}{separator.rstrip()}")
            for k, v in value.items():
                add(str(k), v, indent + 1, value)
        elif isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
            lines.append(f"{pad}{field_text(name, lang, entity)}{separator.rstrip()}")
            for n, v in enumerate(value, start=1):
                if isinstance(v, dict):
                    lines.append(f"{pad}  {n}.")
                    for k, x in v.items():
                        add(str(k), x, indent + 2, v)
                else:
                    shown = " – ".join(str(x) for x in v) if isinstance(v, list) else str(value_text(entity, name, v, lang))
                    lines.append(f"{pad}  {n}. {shown}")
        elif isinstance(value, list):
            shown = LIST_SEPARATOR.get(lang, ", ").join(str(value_text(entity, name, v, lang)) for v in value)
            lines.append(f"{pad}{field_text(name, lang, entity)}{separator}{shown or '—'}")
        else:
            lines.append(f"{pad}{field_text(name, lang, entity)}{separator}{value_text(entity, name, value, lang, ids=True)}")

    if isinstance(values, dict):
        for key, value in values.items():
            add(str(key), value, 0, values)
    elif values is not None:
        lines.append(str(values))
    return "\n".join(lines)


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
        return formatted(templates[lang], **entry_params(entity, entity_id, before, after, lang))
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        label = action_text(action, lang)
        return f"{label} #{entity_id}" if entity_id is not None else label
