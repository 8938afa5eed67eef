"""Full backups of a school's data folder that restore: one file, checked before anything is replaced.

A backup is one zip file (format ``baoxue-backup-1``)::

    manifest.json                       what it holds (see :class:`BackupInfo`)
    database/baoxue.sqlite3             the database, copied with SQLite's online backup API (encrypted:
                                        SQLCipher copies pages between two files keyed alike)
    baoxue-keys.json                    the keyring: the database key wrapped by each account's password
                                        and by the recovery key, as they were (app.data.keyring)
    attachments/<xx>/<sha256>.<ext>     the scanned proof (app.attachments)
    keys/…                              the signing key (encrypted, as stored), certificates, archive
    settings/ui.json                    this user's window settings (language)
    settings/location.json              where this user's data folder was (kept for reference)

The manifest names the program version, the schema (Alembic) revision, the school (code, name,
demo or not), when it was made and why, counts of students, roll calls, cases, … and the SHA-256
and size of every other member. A file is written under a temporary name in the target folder,
``fsync``ed and renamed (:mod:`app.files`): a full disk or a read-only USB stick gives a clear
message and never a half file with the final name.

Restore (:func:`restore_backup`) checks the file whole (zip, manifest, every checksum), refuses a
backup of another school (unless this data folder holds no school yet) or one made by a newer
program, keeps a backup of the current state, stages the backup's database, attachments and keys
in a temporary folder inside the data folder and swaps them in with ``os.replace`` — rolled back if
any step fails, so the data is replaced whole or not at all — and upgrades the schema when the backup
is older. It needs the data folder to itself (app.instance_lock); a window restoring its own
folder closes its engine first (Windows cannot rename a file that is open).

A plain SQLite copy (the ``.sqlite3`` files the program writes before a schema upgrade, or a
backup of an earlier version) is read as a *database-only* backup: restoring it replaces the
database and keeps the attachments and keys.

Automatic backups (:func:`automatic_backup`) go to ``<data folder>/backups`` as
``baoxue-<school code>-auto-<YYYYMMDD-HHMMSS>.zip``, optionally copied to a second folder (a USB
stick, :func:`mirror_folder`), and are pruned by :func:`retention` (7 daily, 4 weekly, 12 monthly).
Other backups (made by hand, before a restore, before an upgrade) are never pruned. No Qt here.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Callable, Iterable

from sqlmodel import Session

from app import __version__, audit
from app.accounts import SYSTEM, Actor, require
from app.data import keyring
from app.data.db import (SQLITE_HEADER, DatabaseLocked, backup_file, connect_raw, database_state, known_revisions,
                         open_database, quick_head_revision, sqlcipher_module)
from app.data.models import Setting, User
from app.errors import BaoxueError, ValidationError
from app.files import WriteFailed, copy_atomically, explain_os_error, fsync_folder, temporary_name, write_atomically
from app.instance_lock import lock_folder
from app.messages import msg
from app.paths import DB_FILENAME, DataPaths, demo_data_dir, ui_settings_file, user_location_file

log = logging.getLogger(__name__)

FORMAT = "baoxue-backup-1"
MANIFEST = "manifest.json"
DB_MEMBER = "database/" + DB_FILENAME
KEYRING_MEMBER = keyring.KEYRING_FILE
SETTINGS_MEMBERS = {"settings/ui.json": ui_settings_file, "settings/location.json": user_location_file}
#: what a full restore swaps in the data folder (the database's -wal/-shm go with the database)
SWAPPED = (DB_FILENAME, keyring.KEYRING_FILE, "attachments", "keys")
SETTING_KEY = "backup"
#: (table, label) of the counts a manifest carries; tables missing in an old schema count 0
COUNTED: tuple[tuple[str, str], ...] = (
    ("student", "学生"), ("guardian", "监护人"), ("school_class", "班级"), ("staff", "教职工"),
    ("user_account", "账户"), ("attendance_sheet", "点名记录"), ("attendance_mark", "点名标记"),
    ("absence_alert", "缺勤预警"), ("absence_case", "个案"), ("approval_request", "申请"),
    ("approval_attachment", "附件"), ("exchange_export", "县级数据包"), ("audit_entry", "操作日志"),
)
RETENTION = {"daily": 7, "weekly": 4, "monthly": 12}
AUTO_NAME = re.compile(r"^baoxue-(?P<code>[0-9A-Za-z]+)-auto-(?P<stamp>\d{8}-\d{6})\.zip$")


class BackupError(BaoxueError):
    """A backup cannot be made, read or restored; the message says why and what to do."""


class DatabaseUnreadable(BackupError):
    """The live database cannot be read (damaged): no backup of it can be made."""


# --- what a backup holds --------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup file: its manifest, read and checked."""

    path: Path
    kind: str  # "full" (a zip of this format) or "database" (a plain SQLite copy)
    program_version: str
    revision: str | None
    school_code: str
    school_name: str
    is_demo: bool
    created: datetime
    reason: str
    counts: dict[str, int]
    members: dict[str, dict] = field(default_factory=dict)  # name → {"sha256", "size"}
    encrypted: bool = False  # the database in it is encrypted (a full backup carries its keyring)

    @property
    def attachments(self) -> int:
        return sum(1 for m in self.members if m.startswith("attachments/"))

    @property
    def key_files(self) -> int:
        return sum(1 for m in self.members if m.startswith("keys/"))

    def count_lines(self) -> list[str]:
        labels = dict(COUNTED)
        return [f"{labels.get(k, k)} {v}" for k, v in self.counts.items()]

    def summary_lines(self) -> list[str]:
        """What it holds, in Chinese, for the CLI and the confirmation dialog."""
        kind = "完整备份(数据库、附件、签名密钥)" if self.kind == "full" else "仅数据库(附件和签名密钥不变)"
        lines = [
            f"学校:{self.school_name}(学校标识码 {self.school_code}){'  [演示学校]' if self.is_demo else ''}",
            f"创建时间:{self.created:%Y-%m-%d %H:%M}",
            f"类型:{kind}",
            f"程序版本:{self.program_version or '未知'},数据库结构版本:{self.revision or '无'}",
            "内容:" + ",".join(self.count_lines()),
        ]
        if self.kind == "full":
            lines.append(f"附件文件 {self.attachments} 个,密钥文件 {self.key_files} 个")
        return lines


@dataclass(frozen=True)
class SchoolId:
    code: str
    name: str
    is_demo: bool


class BackupLocked(BackupError):
    """The backup's database is encrypted with another key: the password of one of its accounts opens it."""


def _school_of(con: sqlite3.Connection) -> SchoolId | None:
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "school" not in tables:
        return None
    cols = {r[1] for r in con.execute("PRAGMA table_info(school)")}
    row = con.execute(f"SELECT code, name, {'is_demo' if 'is_demo' in cols else '0'} FROM school "
                      "ORDER BY id LIMIT 1").fetchone()
    return SchoolId(str(row[0]), str(row[1]), bool(row[2])) if row else None


def _revision_of(con: sqlite3.Connection) -> str | None:
    try:
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return None
    return rows[0][0] if len(rows) == 1 else None


def _counts_of(con: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {t: (con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] if t in tables else 0) for t, _ in COUNTED}


def _read_only(db_path: Path, key: bytes | None = None):
    return connect_raw(db_path, key, read_only=True)


def _db_errors() -> tuple[type[Exception], ...]:
    return (sqlite3.Error, sqlcipher_module().Error)


def live_key(paths: DataPaths) -> bytes | None:
    """The key of the data folder's encrypted database as opened in this process (None: plain, or not opened)."""
    if database_state(paths) != "encrypted":
        return None
    ring = keyring.read(paths)
    return keyring.remembered(paths, ring) if ring is not None else None


def _require_key(paths: DataPaths) -> bytes | None:
    key = live_key(paths)
    if key is None and database_state(paths) == "encrypted":
        raise DatabaseLocked("backup.database_encrypted_log_before_backing")
    return key


def snapshot_database(db_path: Path, dest: Path, key: bytes | None = None) -> Path:
    """A consistent copy of the live database in ``dest`` (the online backup API; WAL-safe; encrypted with the
    same key when the database is), owner-only."""
    try:
        return backup_file(db_path, dest, key)
    except _db_errors() as exc:
        raise DatabaseUnreadable("backup.database_cannot_read_may_damaged", db_path=db_path, exc=exc) from exc


def _describe(copy: Path, key: bytes | None) -> tuple[SchoolId | None, str | None, dict[str, int]]:
    con = _read_only(copy, key)
    try:
        return _school_of(con), _revision_of(con), _counts_of(con)
    finally:
        con.close()


# --- writing a backup -----------------------------------------------------------------------------


def _zip_info(name: str, when: datetime, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = compress
    info.external_attr = 0o600 << 16
    return info


def _files_under(root: Path, prefix: str) -> list[tuple[str, Path]]:
    """(member name, file) of every file below ``root``, skipping half-written ``.*.part`` files."""
    if not root.is_dir():
        return []
    out = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.name.startswith("."):
            out.append((prefix + p.relative_to(root).as_posix(), p))
    return out


def _add_file(zf: zipfile.ZipFile, name: str, path: Path, when: datetime, compress: int) -> dict:
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as src, zf.open(_zip_info(name, when, compress), "w") as dst:
        for block in iter(lambda: src.read(1 << 20), b""):
            h.update(block)
            size += len(block)
            dst.write(block)
    return {"sha256": h.hexdigest(), "size": size}


def backup_name(school_code: str, when: datetime, kind: str = "") -> str:
    """``baoxue-<code>-<YYYYMMDD-HHMMSS>.zip``, with ``-<kind>`` (auto, before-restore) before the time."""
    middle = f"-{kind}" if kind else ""
    return f"baoxue-{school_code}{middle}-{when:%Y%m%d-%H%M%S}.zip"


def create_backup(paths: DataPaths, dest: Path, *, reason: str = "manual", now: datetime | None = None,
                  actor: Actor | None = None) -> BackupInfo:
    """Write a full backup of ``paths`` to ``dest`` and return what it holds (read back and verified).

    ``actor``: the logged-in user when a person asks for it (needs ``backup.create``); unattended
    backups (automatic, before a restore, the CLI beside the window) pass None.
    """
    if actor is not None:
        require(actor, "backup.create")
    dest = Path(dest)
    if not paths.database.exists() or paths.database.stat().st_size == 0:
        raise BackupError("backup.there_no_database_yet_data", root=paths.root)
    if dest.exists() and dest.is_dir():
        raise BackupError("backup.folder_give_backup_file_name", dest=dest)
    now = now or datetime.now()
    key = _require_key(paths)
    snapshot = temporary_name(paths.root / ".backup-snapshot.sqlite3")
    try:
        snapshot_database(paths.database, snapshot, key)
        school, revision, counts = _describe(snapshot, key)
        if school is None:
            raise BackupError("backup.database_data_folder_has_no", root=paths.root)
        ring = keyring.keyring_path(paths) if key is not None else None
        return _write_backup(paths, dest, snapshot, ring, school, revision, counts, reason, now)
    finally:
        snapshot.unlink(missing_ok=True)


def _write_backup(paths: DataPaths, dest: Path, snapshot: Path, ring: Path | None, school: SchoolId,
                  revision: str | None, counts: dict[str, int], reason: str, now: datetime) -> BackupInfo:
    def write(fh: BinaryIO) -> dict:
        members: dict[str, dict] = {}
        with zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
            members[DB_MEMBER] = _add_file(zf, DB_MEMBER, snapshot, now, zipfile.ZIP_DEFLATED)
            if ring is not None:
                members[KEYRING_MEMBER] = _add_file(zf, KEYRING_MEMBER, ring, now, zipfile.ZIP_DEFLATED)
            for name, path in _files_under(paths.attachments, "attachments/"):
                members[name] = _add_file(zf, name, path, now, zipfile.ZIP_STORED)  # JPG/PNG/PDF: compressed already
            for name, path in _files_under(paths.keys, "keys/"):
                members[name] = _add_file(zf, name, path, now, zipfile.ZIP_DEFLATED)
            for name, where in SETTINGS_MEMBERS.items():
                path = where()
                if path.is_file():
                    members[name] = _add_file(zf, name, path, now, zipfile.ZIP_DEFLATED)
            manifest = {
                "format": FORMAT, "program_version": __version__, "revision": revision,
                "school": {"code": school.code, "name": school.name, "is_demo": school.is_demo},
                "created": now.astimezone().isoformat(timespec="seconds"), "reason": reason,
                "counts": counts, "members": members,
            }
            zf.writestr(_zip_info(MANIFEST, now, zipfile.ZIP_DEFLATED),
                        json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
        return manifest

    write_atomically(dest, write, what=msg("files.backup_file"), mode=keyring.private_mode(paths.root))
    info = read_backup(dest)  # read back: a damaged write (a failing USB stick) is told now, not on the day it is needed
    log.info("backup written: %s (%s, school %s, revision %s, %d members, %d bytes)", dest, reason, school.code,
             revision, len(info.members), dest.stat().st_size)
    return info


# --- reading and checking a backup ----------------------------------------------------------------


def _parse_created(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise BackupError("backup.creation_time_backup_manifest_not", text=text) from None
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def _safe_member(name: str) -> bool:
    p = PurePosixPath(name)
    return (not p.is_absolute() and ".." not in p.parts and "\\" not in name and ":" not in name
            and (name in (MANIFEST, DB_MEMBER, KEYRING_MEMBER) or name in SETTINGS_MEMBERS
                 or (name.startswith(("attachments/", "keys/")) and len(p.parts) >= 2)))


def _read_database_copy(path: Path, key: bytes | None = None) -> BackupInfo:
    """A SQLite file: a copy made before an upgrade (encrypted with ``key``, the data folder's), or by an
    earlier version's backup (plain)."""
    try:
        con = _read_only(path, key)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise BackupError("backup.database_backup_file_damaged_cannot", path_name=path.name, ok=ok)
            school, revision, counts = _school_of(con), _revision_of(con), _counts_of(con)
        finally:
            con.close()
    except _db_errors() as exc:
        if key is not None:
            raise BackupError("backup.backup_file_neither_full_baoxue", path_name=path.name, exc=exc) from exc
        raise BackupError("backup.database_backup_file_cannot_read", path_name=path.name, exc=exc) from exc
    if school is None:
        raise BackupError("backup.database_backup_file_has_no", path_name=path.name)
    created = datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path=path, kind="database", program_version="", revision=revision, school_code=school.code,
                      school_name=school.name, is_demo=school.is_demo, created=created, reason="database",
                      counts=counts, members={DB_MEMBER: {"sha256": "", "size": path.stat().st_size}},
                      encrypted=key is not None)


def read_backup(path: Path, key: bytes | None = None) -> BackupInfo:
    """Open and check a backup whole: the zip, its manifest, the checksum of every member.

    Raises :class:`BackupError` naming what is wrong (truncated, not a backup, a member changed or
    missing, an unsafe name). Does not compare with the current data (see :func:`check_restorable`).
    ``key``: the data folder's database key, which opens its encrypted database-only copies
    (``backups/…-before-<revision>.sqlite3``).
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError("backup.backup_file_cannot_found", path=path)
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head == SQLITE_HEADER:
        return _read_database_copy(path)
    if path.suffix.lower() != ".zip" and not zipfile.is_zipfile(path):  # an encrypted copy (…-before-<rev>.sqlite3)
        keys = [key] if key is not None else [k for _id, k in keyring.remembered_keys()]
        for candidate in keys:
            try:
                return _read_database_copy(path, candidate)
            except BackupError:
                continue
        if keys:
            raise BackupError("backup.neither_full_baoxue_backup_nor", path_name=path.name)
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if MANIFEST not in names:
                raise BackupError("backup.not_baoxue_backup_file_holds", path_name=path.name, manifest=MANIFEST)
            try:
                manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                raise BackupError("backup.backup_manifest_cannot_read_backup", path_name=path.name) from None
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                fmt = manifest.get("format") if isinstance(manifest, dict) else None
                raise BackupError("backup.format_not_which_program_knows",
                                  path_name=path.name,
                                  fmt=fmt,
                                  format=FORMAT)
            members = manifest.get("members")
            school = manifest.get("school")
            if not isinstance(members, dict) or not isinstance(school, dict) or DB_MEMBER not in members:
                raise BackupError("backup.backup_manifest_incomplete_list_members", path_name=path.name)
            bad = [n for n in names if not _safe_member(n)]
            if bad:
                raise BackupError("backup.holds_file_should_not_there", path_name=path.name, bad=bad[0])
            extra = sorted(set(names) - set(members) - {MANIFEST})
            if extra:
                raise BackupError("backup.not_backup_manifest_file_may", path_name=path.name, extra=extra[0])
            missing = sorted(set(members) - set(names))
            if missing:
                raise BackupError("backup.incomplete_manifest_missing", path_name=path.name, missing=missing[0])
            for name, expected in members.items():
                h, size = hashlib.sha256(), 0
                with zf.open(name) as src:
                    for block in iter(lambda: src.read(1 << 20), b""):
                        h.update(block)
                        size += len(block)
                if not isinstance(expected, dict) or h.hexdigest() != expected.get("sha256") \
                        or size != expected.get("size"):
                    raise BackupError("backup.does_not_match_checksum_sha", path_name=path.name, name=name)
            encrypted = KEYRING_MEMBER in members
            with zf.open(DB_MEMBER) as src:
                if (src.read(16) == SQLITE_HEADER) == encrypted:
                    raise BackupError("backup.not_an_encrypted_database" if encrypted else "backup.not_a_database",
                                      path_name=path.name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as exc:
        raise BackupError("backup.truncated_or_damaged", path_name=path.name) from exc
    except OSError as exc:
        raise BackupError("backup.backup_file_cannot_read_usb", path=path, strerror=exc.strerror or exc) from exc
    counts = manifest.get("counts") if isinstance(manifest.get("counts"), dict) else {}
    return BackupInfo(
        path=path, kind="full", program_version=str(manifest.get("program_version", "")),
        revision=manifest.get("revision"), school_code=str(school.get("code", "")),
        school_name=str(school.get("name", "")), is_demo=bool(school.get("is_demo", False)),
        created=_parse_created(manifest.get("created", "")), reason=str(manifest.get("reason", "")),
        counts={str(k): int(v) for k, v in counts.items() if isinstance(v, int)}, members=members,
        encrypted=encrypted)


@dataclass(frozen=True)
class CurrentData:
    """What the data folder holds now."""

    exists: bool  # there is a database file
    school: SchoolId | None  # its school, when it can be read
    error: str = ""  # why it cannot be read (a damaged file)
    counts: dict[str, int] = field(default_factory=dict)
    key_files: frozenset[str] = frozenset()  # the private keys in keys/ (member names, keys/…)


def current_data(paths: DataPaths) -> CurrentData:
    """What the folder holds; an encrypted database not opened in this process is named from its keyring
    (school only, no counts)."""
    keys = frozenset(n for n, _p in _files_under(paths.keys, "keys/") if n.endswith(".key.pem"))
    db_path = paths.database
    if not db_path.exists() or db_path.stat().st_size == 0:
        return CurrentData(False, None, key_files=keys)
    key = None
    if database_state(paths) == "encrypted":
        try:
            ring = keyring.read(paths)
        except BaoxueError as exc:
            return CurrentData(True, None, str(exc), key_files=keys)
        key = keyring.remembered(paths, ring) if ring is not None else None
        if key is None:
            school = ring.school if ring is not None else {}
            sid = SchoolId(str(school["code"]), str(school.get("name", "")), bool(school.get("is_demo"))) \
                if school.get("code") else None
            return CurrentData(True, sid, "" if sid else "数据库是加密的,还没有用密码打开", key_files=keys)
    try:
        con = _read_only(db_path, key)
        try:
            return CurrentData(True, _school_of(con), counts=_counts_of(con), key_files=keys)
        finally:
            con.close()
    except _db_errors() as exc:
        return CurrentData(True, None, str(exc), key_files=keys)


def restore_warnings(info: BackupInfo, current: CurrentData) -> list[str]:
    """What restoring ``info`` over ``current`` undoes beyond the records typed in (said before asking)."""
    out = []
    sent_now, sent_then = current.counts.get("exchange_export", 0), info.counts.get("exchange_export", 0)
    if sent_now > sent_then:
        out.append(f"当前数据已导出 {sent_now} 个县级数据包,备份中只有 {sent_then} 个:恢复后,之后导出的数据包记录会消失,"
                   "再导出时县里会看到重复的序号。恢复后请把最近一期重新导出并报县里说明。")
    backup_keys = {m for m in info.members if m.endswith(".key.pem")}
    if info.kind == "full" and current.key_files and backup_keys and not current.key_files <= backup_keys:
        out.append("备份之后更换过签名密钥:恢复后又会使用备份中的旧密钥。如果县里已登记新密钥,恢复后请由管理员再次更换密钥,"
                   "并把新指纹报县里登记。")
    return out


def check_restorable(info: BackupInfo, paths: DataPaths) -> CurrentData:
    """Refuse a backup that must not replace this data folder's: another school's, a newer program's."""
    if info.revision is None:
        raise BackupError("backup.database_has_no_schema_version", path_name=info.path.name)
    if info.revision not in known_revisions():
        raise BackupError("backup.made_by_newer_program", path_name=info.path.name,
                          version=info.program_version or msg("backup.unknown_version"), revision=info.revision)
    current = current_data(paths)
    if current.school is not None and current.school.code != info.school_code:
        raise BackupError(
            "backup.backup_another_school_school_code",
            path_name=info.path.name,
            school_name=info.school_name,
            school_code=info.school_code,
            root=paths.root,
            school_name2=current.school.name,
            school_code2=current.school.code)
    if current.school is None and not current.error:
        in_demo_folder = paths.root.resolve() == demo_data_dir().resolve()
        if info.is_demo and not in_demo_folder:
            raise BackupError("backup.backup_demo_school_cannot_restored", path_name=info.path.name, root=paths.root)
        if not info.is_demo and in_demo_folder:
            raise BackupError("backup.backup_real_school_cannot_restored", path_name=info.path.name, root=paths.root)
    return current


# --- restoring --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    kept: Path | None  # the backup of the state before the restore
    kept_files: Path | None  # the old files themselves, when no backup of them could be made (a damaged database)
    migrated_from: str | None  # the backup's schema revision when it was upgraded after the restore


def _extract(zf: zipfile.ZipFile, name: str, expected: dict, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    with zf.open(name) as src, open(target, "wb") as dst:
        for block in iter(lambda: src.read(1 << 20), b""):
            h.update(block)
            dst.write(block)
        dst.flush()
        os.fsync(dst.fileno())
    if h.hexdigest() != expected.get("sha256"):
        raise BackupError("backup.did_not_match_checksum_backup", name=name)
    if name.startswith("keys/") and name.endswith(".key.pem"):
        os.chmod(target, 0o600)


def _stage(info: BackupInfo, staging: Path, key: bytes | None) -> list[str]:
    """Put the backup's files into ``staging`` (same names as in the data folder); the names to swap.

    ``key``: the data folder's key, which a database-only encrypted copy is encrypted with (it keeps the
    folder's keyring). A full backup brings its own keyring; a plain one (an older Baoxue's) none: the
    folder's goes, and the plain database is encrypted again when it is opened (a backup first)."""
    staging.mkdir(parents=True)
    keyring.restrict(staging)
    if info.kind == "database":
        backup_file(info.path, staging / DB_FILENAME, key if info.encrypted else None)
        return [DB_FILENAME] if info.encrypted else [DB_FILENAME, keyring.KEYRING_FILE]
    (staging / "attachments").mkdir()
    (staging / "keys").mkdir()
    with zipfile.ZipFile(info.path) as zf:
        for name, expected in info.members.items():
            if name == DB_MEMBER:
                _extract(zf, name, expected, staging / DB_FILENAME)
            elif name == KEYRING_MEMBER:
                _extract(zf, name, expected, staging / keyring.KEYRING_FILE)
            elif name.startswith(("attachments/", "keys/")):
                _extract(zf, name, expected, staging.joinpath(*PurePosixPath(name).parts))
    return list(SWAPPED)


def _staged_key(info: BackupInfo, staging: Path, key: bytes | None,
                credentials: tuple[str, str] | None) -> bytes | None:
    """The key that opens the staged database: the folder's own (the same school's backup), or one unwrapped
    from the backup's keyring with ``credentials`` (user name, password as they were at the backup)."""
    if not info.encrypted:
        return None
    if info.kind == "database":
        return key
    ring = keyring.read(DataPaths(staging))
    if ring is None:
        raise BackupError("backup.has_no_key_file_database", path_name=info.path.name)
    if key is not None and keyring.key_id(key) == ring.key_id:
        return key
    found = keyring.remembered(DataPaths(info.path.parent), ring) or next(
        (k for (_root, kid), k in keyring.remembered_keys() if kid == ring.key_id), None)
    if found is not None:
        return found
    if credentials is None:
        raise BackupLocked("backup.database_encrypted_another_key_school", path_name=info.path.name)
    try:
        return keyring.unwrap_with_password(ring, credentials[0].strip(), credentials[1])
    except BaoxueError as exc:
        raise BackupLocked("backup.password_does_not_open_database", exc=exc) from exc


def _swap(root: Path, staging: Path, old: Path, names: list[str]) -> Callable[[], None]:
    """Move ``names`` (and the database's -wal/-shm/-journal) from ``root`` to ``old``, then the staged ones in.

    Returns the function that undoes it; on a failure here everything is undone before raising.
    """
    old.mkdir()
    moved_out: list[str] = []
    moved_in: list[str] = []
    outgoing = list(names)
    if DB_FILENAME in names:
        outgoing += [DB_FILENAME + s for s in ("-wal", "-shm", "-journal")]
    names = [n for n in names if (staging / n).exists()]  # a plain backup brings no keyring: the old one goes

    def undo() -> None:
        for name in reversed(moved_in):
            if (root / name).exists():
                os.replace(root / name, staging / name)
        if DB_FILENAME in names:  # what opening the restored database left beside it
            for leftover in outgoing[len(names):]:
                if (root / leftover).exists():
                    os.replace(root / leftover, staging / leftover)
        for name in reversed(moved_out):
            os.replace(old / name, root / name)
        moved_in.clear()
        moved_out.clear()

    try:
        for name in outgoing:
            if (root / name).exists():
                os.replace(root / name, old / name)
                moved_out.append(name)
        for name in names:
            os.replace(staging / name, root / name)
            moved_in.append(name)
    except OSError:
        undo()
        raise
    fsync_folder(root)
    return undo


def _record_restore(paths: DataPaths, actor: Actor, info: BackupInfo, kept: Path | None,
                    key: bytes | None) -> str | None:
    """Open (and upgrade) the restored database and audit the restore in it; the revision it was upgraded from."""
    from sqlmodel import select

    db = open_database(paths, key=key)
    try:
        with db.transaction() as s:
            user_id = None
            if actor.user_id is not None:
                user_id = s.exec(select(User.id).where(User.username == actor.username)).first()
            who = Actor(user_id=user_id, username=actor.username, roles=actor.roles)
            audit.record(s, who, "backup.restore", "school", None,
                         after={"file": str(info.path), "created": info.created.isoformat(timespec="seconds"),
                                "revision": info.revision, "kept": str(kept) if kept else None},
                         summary=f"从备份恢复:{info.path.name}({info.created:%Y-%m-%d %H:%M})")
    finally:
        db.close()
    return info.revision if info.revision != quick_head_revision() else None


def restore_backup(paths: DataPaths, source: Path, *, actor: Actor | None = None, now: datetime | None = None,
                   expected: BackupInfo | None = None, credentials: tuple[str, str] | None = None) -> RestoreResult:
    """Replace the data of ``paths`` by the backup ``source``, whole or not at all.

    ``actor`` needs ``backup.restore`` (None: the command line, whoever may change the data folder's
    files). ``expected``: the info the user confirmed; the file is checked again and must still be
    that backup. The engine of any database open on ``paths`` in this process must be closed first.
    ``credentials`` (user name, password): open a backup encrypted with another key than the folder's
    (:class:`BackupLocked` asks for them).
    """
    if actor is not None:
        require(actor, "backup.restore")
    actor = actor or SYSTEM
    now = now or datetime.now()
    lock_folder(paths.root)  # the window of this process holds it already; another program's copy is refused
    key = live_key(paths)
    info = read_backup(Path(source), key)
    if expected is not None and (expected.members != info.members or expected.created != info.created):
        raise BackupError("backup.changed_after_confirmed_choose_backup", path_name=info.path.name)
    current = check_restorable(info, paths)
    stamp = f"{now:%Y%m%d-%H%M%S}"
    log.info("restore from %s (school %s, created %s, revision %s) into %s", info.path, info.school_code,
             info.created, info.revision, paths.root)

    kept: Path | None = None
    if current.exists and current.school is not None:
        try:
            kept = create_backup(paths, paths.backups / backup_name(current.school.code, now, "before-restore"),
                                 reason="before-restore", now=now).path
            log.info("the state before the restore is kept in %s", kept)
        except (DatabaseUnreadable, DatabaseLocked):  # damaged, or encrypted and not opened: its files are kept (below)
            log.warning("no backup of the damaged database could be made; its files will be kept", exc_info=True)
    staging, old = paths.root / f".restore-{stamp}-new", paths.root / f".restore-{stamp}-old"
    for leftover in (staging, old):
        if leftover.exists():
            raise BackupError("backup.data_folder_already_holds_restore", leftover_name=leftover.name)
    try:
        try:
            names = _stage(info, staging, key)
            staged_key = _staged_key(info, staging, key, credentials)
        except OSError as exc:
            raise BackupError("backup.restore_not_started",
                              why=explain_os_error(exc, staging / DB_FILENAME, msg("files.restored_file"))) from exc
        except _db_errors() as exc:
            raise BackupError("backup.database_backup_cannot_read_current", exc=exc) from exc
        try:
            undo = _swap(paths.root, staging, old, names)
        except OSError as exc:
            raise BackupError(
                "backup.files_data_folder_cannot_replaced", root=paths.root, strerror=exc.strerror or exc) from exc
        try:
            migrated_from = _record_restore(paths, actor, info, kept, staged_key)
        except BaseException as exc:
            undo()
            log.exception("restored database could not be opened; the previous data was put back")
            raise BackupError("backup.restored_database_cannot_opened_previous", exc=exc) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if old.is_dir() and not any(old.iterdir()):
            old.rmdir()
    kept_files = None
    if kept is None and old.is_dir():  # no backup could be made of them (a damaged database): keep the files
        kept_files = paths.backups / f"before-restore-{stamp}"
        paths.backups.mkdir(parents=True, exist_ok=True)
        os.replace(old, kept_files)
    elif old.is_dir():
        shutil.rmtree(old, ignore_errors=True)
    if info.kind == "full":
        _restore_settings(info)
    log.info("restore done from %s; previous state in %s", info.path, kept or kept_files)
    return RestoreResult(info=info, kept=kept, kept_files=kept_files, migrated_from=migrated_from)


def _restore_settings(info: BackupInfo) -> None:
    """This user's window settings come back on a PC that has none (a new PC); existing ones stay."""
    target = ui_settings_file()
    if "settings/ui.json" not in info.members or target.exists():
        return
    try:
        with zipfile.ZipFile(info.path) as zf:
            data = zf.read("settings/ui.json")
        write_atomically(target, lambda fh: fh.write(data), what=msg("files.settings_file"))
    except (OSError, BaoxueError, zipfile.BadZipFile):
        log.warning("the window settings of %s were not restored", info.path, exc_info=True)


# --- automatic backups and retention ---------------------------------------------------------------


def retention(stamps: Iterable[datetime], *, daily: int = RETENTION["daily"], weekly: int = RETENTION["weekly"],
              monthly: int = RETENTION["monthly"]) -> set[datetime]:
    """The backups to keep: the newest of each of the ``daily`` most recent days that have one, of the
    ``weekly`` most recent ISO weeks, of the ``monthly`` most recent months (the union of the three).

    Pure: applying it to what it kept keeps the same set, so pruning again never removes more.
    """
    newest_first = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set()
    for count, period in ((daily, lambda t: t.date()), (weekly, lambda t: tuple(t.isocalendar())[:2]),
                          (monthly, lambda t: (t.year, t.month))):
        seen: set = set()
        for t in newest_first:
            p = period(t)
            if p in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(p)
            keep.add(t)
    return keep


def automatic_backups(folder: Path, school_code: str) -> list[tuple[datetime, Path]]:
    """This school's automatic backups in ``folder``, oldest first."""
    out = []
    if not folder.is_dir():
        return out
    for p in folder.iterdir():
        m = AUTO_NAME.match(p.name)
        if m and m["code"] == school_code and p.is_file():
            try:
                out.append((datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S"), p))
            except ValueError:
                continue
    return sorted(out)


def prune(folder: Path, school_code: str) -> list[Path]:
    """Delete the automatic backups :func:`retention` does not keep; returns what was removed."""
    found = automatic_backups(folder, school_code)
    keep = retention(t for t, _ in found)
    removed = []
    for t, p in found:
        if t not in keep:
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                log.warning("could not remove the old backup %s", p, exc_info=True)
    if removed:
        log.info("pruned %d old automatic backups in %s", len(removed), folder)
    return removed


def daily_backup_due(paths: DataPaths, today: date | None = None) -> bool:
    """True at the first start of a day: no automatic backup of today in the data folder yet."""
    school = current_data(paths).school
    if school is None:
        return False
    today = today or date.today()
    return not any(t.date() == today for t, _ in automatic_backups(paths.backups, school.code))


@dataclass(frozen=True)
class AutoBackup:
    path: Path
    mirror: Path | None  # the copy in the second folder
    mirror_error: str  # why the second folder was not written ("" when it was, or none is set)
    removed: list[Path]


def automatic_backup(paths: DataPaths, *, now: datetime | None = None, mirror_dir: str | Path | None = None,
                     reason: str = "auto") -> AutoBackup | None:
    """A backup into ``<data folder>/backups`` (pruned), copied to ``mirror_dir`` when given.

    None when there is nothing to back up yet (no school). A second folder that is missing or full
    (the USB stick is not plugged in) does not fail the backup: ``mirror_error`` says why.
    """
    school = current_data(paths).school
    if school is None:
        return None
    now = now or datetime.now()
    dest = paths.backups / backup_name(school.code, now, "auto")
    info = create_backup(paths, dest, reason=reason, now=now)
    removed = prune(paths.backups, school.code)
    mirror, mirror_error = None, ""
    if mirror_dir:
        folder = Path(mirror_dir)
        try:
            if not folder.is_dir():
                raise WriteFailed("backup.second_backup_folder_cannot_found", folder=folder)
            mirror = copy_atomically(info.path, folder / dest.name, what=msg("files.backup_file"))
            removed += prune(folder, school.code)
        except WriteFailed as exc:
            mirror_error = f"{exc} 本机 backups 文件夹中的备份已完成。"
            log.warning("second backup folder not written: %s", exc)
    return AutoBackup(path=info.path, mirror=mirror, mirror_error=mirror_error, removed=removed)


# --- the second backup folder (a setting of the school) ----------------------------------------------


def mirror_folder(session: Session) -> str:
    """The second folder automatic backups are copied to ("" when none is set)."""
    row = session.get(Setting, SETTING_KEY)
    value = row.value if row is not None and isinstance(row.value, dict) else {}
    return str(value.get("mirror_dir") or "")


def set_mirror_folder(session: Session, actor: Actor, folder: str | Path | None) -> str:
    """Set (or clear, with "" / None) the second backup folder; it must exist and be writable now."""
    require(actor, "backup.settings")
    text = str(folder or "").strip()
    if text:
        path = Path(text).expanduser()
        if not path.is_dir():
            raise ValidationError("第二备份文件夹", "backup.does_not_exist_plug_usb", path=path)
        probe = temporary_name(path / ".baoxue-write-test")
        try:
            write_atomically(probe, lambda fh: fh.write(b"ok"), what=msg("files.test_file"))
            probe.unlink()
        except (WriteFailed, OSError) as exc:
            raise ValidationError("第二备份文件夹", "backup.mirror_not_writable", why=exc) from exc
        text = str(path.resolve())
    old = mirror_folder(session)
    row = session.get(Setting, SETTING_KEY) or Setting(key=SETTING_KEY)
    row.value = {"mirror_dir": text}
    session.add(row)
    audit.record(session, actor, "backup.settings", "setting", None, before={"mirror_dir": old},
                 after={"mirror_dir": text}, summary=f"第二备份文件夹:{text or '不使用'}")
    return text


def record_manual_backup(session: Session, actor: Actor, info: BackupInfo) -> None:
    """The audit entry of a backup a person made (who took every record out, where to)."""
    require(actor, "backup.create")
    audit.record(session, actor, "backup.create", "school", None,
                 after={"file": str(info.path), "members": len(info.members), "revision": info.revision},
                 summary=f"备份全部数据到 {info.path}")


__all__ = ["AutoBackup", "BackupError", "BackupInfo", "FORMAT", "RestoreResult", "automatic_backup",
           "automatic_backups", "backup_name", "check_restorable", "create_backup", "current_data",
           "daily_backup_due", "mirror_folder", "prune", "read_backup", "restore_backup", "restore_warnings",
           "retention",
           "set_mirror_folder", "snapshot_database"]
