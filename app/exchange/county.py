"""The county's side: the certificate registry, ingesting bundles, the weekly summary.

The county database is separate from any school's: its own SQLAlchemy metadata
(:data:`county_metadata`), a SQLite file by default or any SQLAlchemy URL. Its schema is
under Alembic (:mod:`app.exchange.county_schema`, migrations in ``county_migrations/``),
built or upgraded when the database is opened; a file from a newer program is refused.

Storage is generic so that new record kinds need no county code: ``state`` kinds go to
``county_class`` / ``county_student`` (upserted, latest sequence wins); ``period`` kinds
go to ``county_record`` (kind, natural key, JSON), tied to their bundle; ``lasting`` kinds
(mentor assignments, sent when they change since bundle schema 1.5) to ``county_lasting``, one
row per school and key, the latest sequence wins. A bundle that
supersedes an earlier one deletes that bundle's period records; reports read the
records of bundles not superseded, one per natural key (the highest sequence).
Ingesting is idempotent: a bundle is keyed by its SHA-256, a replay changes nothing.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable

from cryptography import x509
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    column,
    delete,
    event,
    false,
    insert,
    or_,
    select,
    table,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from app.data.db import make_engine
from app.errors import BaoxueError, ValidationError
from app.exchange import county_bulk, county_schema
from app.exchange import keys as keys_mod
from app.exchange.schema import KINDS, AuditChain
from app.exchange.verify import KeyringUnavailable, StoredBundle, Verified, check_chain, verify_file

log = logging.getLogger(__name__)

#: what ``county_meta.schema_version`` holds (2 since the county's schema is under Alembic, see
#: :mod:`app.exchange.county_schema`; the program before refuses a file above 1)
COUNTY_SCHEMA_VERSION = 2

county_metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s", "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s", "pk": "pk_%(table_name)s"})

meta_t = Table("county_meta", county_metadata, Column("key", String(40), primary_key=True),
               Column("value", String(200), nullable=False))
cert_t = Table("county_cert", county_metadata,
               Column("id", Integer, primary_key=True),
               Column("school_code", String(10), nullable=False, index=True),
               Column("fingerprint", String(64), nullable=False, unique=True),
               Column("cert_pem", Text, nullable=False),
               Column("subject", String(300), nullable=False, default=""),
               Column("via", String(120), nullable=False, default="manual"),
               Column("note", String(300), nullable=False, default=""),
               Column("registered_at", DateTime(timezone=True), nullable=False))
school_t = Table("county_school", county_metadata,
                 Column("code", String(10), primary_key=True),
                 Column("name", String(200), nullable=False),
                 Column("county_code", String(6), nullable=False),
                 Column("county_name", String(100), nullable=False, default=""),
                 Column("last_sequence", Integer, nullable=False, default=0))
bundle_t = Table("county_bundle", county_metadata,
                 Column("id", Integer, primary_key=True),
                 Column("school_code", String(10), nullable=False),
                 Column("sequence", Integer, nullable=False),
                 Column("sha256", String(64), nullable=False, unique=True),  # of the file ingested
                 Column("prev_sha256", String(64), nullable=False, default=""),
                 #: SHA-256 of what the school signed (the DigestValue): the bundle's identity in the chain (c0009;
                 #: NULL for a bundle ingested before, until its file is ingested again)
                 Column("digest", String(64), nullable=True),
                 Column("encrypted", Boolean, nullable=False, default=False, server_default=false()),
                 Column("period_start", Date, nullable=False),
                 Column("period_end", Date, nullable=False),
                 Column("created_at", DateTime(timezone=True), nullable=False),
                 Column("supersedes", Integer, nullable=True),
                 Column("superseded_by", Integer, nullable=True),
                 Column("roster_mode", String(8), nullable=False),
                 Column("key_fingerprint", String(64), nullable=False),
                 Column("file_name", String(300), nullable=False),
                 Column("counts", JSON, nullable=False),
                 Column("ingested_at", DateTime(timezone=True), nullable=False),
                 UniqueConstraint("school_code", "sequence"),
                 Index("ux_county_bundle_digest", "digest", unique=True))
class_t = Table("county_class", county_metadata,
                Column("school_code", String(10), primary_key=True),
                Column("key", String(40), primary_key=True),
                Column("name", String(100), nullable=False),
                Column("grade", Integer, nullable=False),
                Column("sequence", Integer, nullable=False))
student_t = Table("county_student", county_metadata,
                  Column("school_code", String(10), primary_key=True),
                  Column("number", String(32), primary_key=True),
                  Column("name", String(100), nullable=False),
                  Column("status", String(20), nullable=False),
                  Column("class_key", String(40), nullable=True),
                  Column("grade", Integer, nullable=False),
                  Column("removed", Boolean, nullable=False, default=False),
                  Column("data", JSON, nullable=False),
                  Column("sequence", Integer, nullable=False),
                  Index("ix_county_student_number", "number"))
record_t = Table("county_record", county_metadata,
                 Column("id", Integer, primary_key=True),
                 Column("bundle_id", Integer, ForeignKey("county_bundle.id", ondelete="CASCADE"), nullable=False),
                 Column("school_code", String(10), nullable=False),
                 Column("kind", String(40), nullable=False),
                 Column("rkey", String(200), nullable=False),
                 Column("day", Date, nullable=False),
                 Column("data", JSON, nullable=False),
                 Index("ix_county_record_kind_day", "kind", "day"),
                 Index("ix_county_record_bundle_id", "bundle_id"))

#: lasting records (mentor assignments, bundle schema 1.5; revision c0006): one row per school, kind and key, the
#: highest sequence wins — sent when they change, stored as they change (never a weekly copy)
lasting_t = Table("county_lasting", county_metadata,
                  Column("school_code", String(10), primary_key=True),
                  Column("kind", String(40), primary_key=True),
                  Column("rkey", String(200), primary_key=True),
                  Column("day", Date, nullable=False),
                  Column("data", JSON, nullable=False),
                  Column("sequence", Integer, nullable=False),
                  Index("ix_county_lasting_kind_day", "kind", "day"))

#: the head of each school's audit chain as each bundle carried it (schema 1.4; kept apart from county_bundle so
#: a county database made before 1.4 gains it on first use)
audit_chain_t = Table("county_audit_chain", county_metadata,
                      Column("school_code", String(10), primary_key=True),
                      Column("sequence", Integer, primary_key=True),
                      Column("head_id", Integer, nullable=False),
                      Column("head_hash", String(64), nullable=False),
                      Column("since_id", Integer, nullable=True),
                      Column("since_hash", String(64), nullable=True),
                      Column("verified", Boolean, nullable=False))

#: which attribute dates a period record (else the bundle's last day)
DAY_FIELD = {"status_change": "effective", "roll_call": "day", "leave": "startDay", "alert": "raisedOn",
             "case": "openedOn", "contact": "day", "case_report": "day", "persuasion": "day",
             "persuasion_ledger": "dropoutOn", "township_notice": "issuedOn", "approval": "effective",
             "mentor_assignment": "start"}  # home_teaching, pledge_returns: the bundle's last day


class CountyError(BaoxueError):
    pass


def _now() -> datetime:
    return datetime.now(timezone.utc)


# --- the database and the registry -----------------------------------------------------------------------


class CountyDB:
    """The county database; also the :class:`~app.exchange.verify.Registry` verification reads."""

    def __init__(self, url: str | Path):
        self.url = str(url)
        if "://" not in self.url or self.url.startswith("sqlite:///"):
            file = self.url.removeprefix("sqlite:///")
            if file and file != ":memory:":
                Path(file).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        if self.url.startswith("postgresql"):
            try:
                import psycopg  # noqa: F401
            except ImportError:
                raise CountyError("exchange.postgresql_county_database_needs_driver") from None
            if self.url.startswith("postgresql://"):
                self.url = "postgresql+psycopg://" + self.url[len("postgresql://"):]
        self.engine: Engine = make_engine(self.url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            # every county transaction takes the write lock at BEGIN: ingests of the same file never interleave
            event.listen(self.engine, "connect", _sqlite_autocommit_driver)
            event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        try:
            county_schema.upgrade(self.engine)  # Alembic: app/exchange/county_migrations
        except OperationalError as e:
            self.engine.dispose()
            raise CountyError("exchange.county_database_cannot_opened", url=self.url, db_reason=_db_reason(e)) from None
        except county_schema.CountySchemaTooNew as e:
            self.engine.dispose()
            raise CountyError("exchange.county_url_error", url=self.url, error=e) from None

    def close(self) -> None:
        self.engine.dispose()

    # Registry (each read on its own connection; ingest repeats the chain checks inside its transaction)
    def certs_for(self, school_code: str) -> dict[str, x509.Certificate]:
        with self.engine.connect() as c:
            return _ConnRegistry(c).certs_for(school_code)

    def school_of_fingerprint(self, fingerprint: str) -> str | None:
        with self.engine.connect() as c:
            return _ConnRegistry(c).school_of_fingerprint(fingerprint)

    def bundle_at(self, school_code: str, sequence: int) -> StoredBundle | None:
        with self.engine.connect() as c:
            return _ConnRegistry(c).bundle_at(school_code, sequence)

    def encrypted_before(self, school_code: str, sequence: int) -> bool:
        with self.engine.connect() as c:
            return _ConnRegistry(c).encrypted_before(school_code, sequence)

    def sequences(self, school_code: str) -> set[int]:
        with self.engine.connect() as c:
            return _ConnRegistry(c).sequences(school_code)

    def audit_chain_at(self, school_code: str, sequence: int) -> AuditChain | None:
        with self.engine.connect() as c:
            return _ConnRegistry(c).audit_chain_at(school_code, sequence)


class _ConnRegistry:
    """The registry read through one connection (inside an ingest's transaction, under the school's lock)."""

    def __init__(self, c: Connection):
        self.c = c

    def certs_for(self, school_code: str) -> dict[str, x509.Certificate]:
        rows = self.c.execute(select(cert_t.c.fingerprint, cert_t.c.cert_pem).where(cert_t.c.school_code == school_code)).all()
        return {fp: keys_mod.load_cert(pem) for fp, pem in rows}

    def school_of_fingerprint(self, fingerprint: str) -> str | None:
        return self.c.execute(select(cert_t.c.school_code).where(cert_t.c.fingerprint == fingerprint)).scalar()

    def bundle_at(self, school_code: str, sequence: int) -> StoredBundle | None:
        row = self.c.execute(select(bundle_t.c.sha256, bundle_t.c.prev_sha256, bundle_t.c.digest, bundle_t.c.encrypted)
                             .where(bundle_t.c.school_code == school_code, bundle_t.c.sequence == sequence)).first()
        return StoredBundle(row[0], row[1], row[2], bool(row[3])) if row else None

    def encrypted_before(self, school_code: str, sequence: int) -> bool:
        return self.c.execute(select(bundle_t.c.id).where(
            bundle_t.c.school_code == school_code, bundle_t.c.sequence < sequence, bundle_t.c.encrypted.is_(True))
            .limit(1)).first() is not None

    def sequences(self, school_code: str) -> set[int]:
        return set(self.c.execute(select(bundle_t.c.sequence).where(bundle_t.c.school_code == school_code)).scalars())

    def audit_chain_at(self, school_code: str, sequence: int) -> AuditChain | None:
        row = self.c.execute(select(audit_chain_t).where(audit_chain_t.c.school_code == school_code,
                                                         audit_chain_t.c.sequence == sequence)).first()
        return AuditChain(row.head_id, row.head_hash, row.since_id, row.since_hash, row.verified) if row else None


class _LockedSchool(_ConnRegistry):
    """The registry inside an ingest's transaction, under the lock of the school being ingested: that school's
    bundles and audit chain heads are read once (two queries, not one per question: the chain checks asked seven)
    and answered from memory — nobody else writes them while the lock is held. Other schools' questions go to the
    database as in :class:`_ConnRegistry`."""

    def __init__(self, c: Connection, school_code: str):
        super().__init__(c)
        self.school_code = school_code
        self._bundles: dict[int, tuple] | None = None
        self._chains: dict[int, AuditChain] | None = None

    def bundles(self) -> dict[int, tuple]:
        """sequence → (id, StoredBundle, supersedes) of the school's bundles."""
        if self._bundles is None:
            rows = self.c.execute(select(bundle_t.c.sequence, bundle_t.c.id, bundle_t.c.sha256, bundle_t.c.prev_sha256,
                                         bundle_t.c.digest, bundle_t.c.encrypted, bundle_t.c.supersedes)
                                  .where(bundle_t.c.school_code == self.school_code))
            self._bundles = {r[0]: (r[1], StoredBundle(r[2], r[3], r[4], bool(r[5])), r[6]) for r in rows}
        return self._bundles

    def bundle_at(self, school_code: str, sequence: int) -> StoredBundle | None:
        if school_code != self.school_code:
            return super().bundle_at(school_code, sequence)
        found = self.bundles().get(sequence)
        return found[1] if found else None

    def encrypted_before(self, school_code: str, sequence: int) -> bool:
        if school_code != self.school_code:
            return super().encrypted_before(school_code, sequence)
        return any(b.encrypted for s, (_id, b, _sup) in self.bundles().items() if s < sequence)

    def sequences(self, school_code: str) -> set[int]:
        if school_code != self.school_code:
            return super().sequences(school_code)
        return set(self.bundles())

    def audit_chain_at(self, school_code: str, sequence: int) -> AuditChain | None:
        if school_code != self.school_code:
            return super().audit_chain_at(school_code, sequence)
        if self._chains is None:
            rows = self.c.execute(select(audit_chain_t).where(audit_chain_t.c.school_code == school_code))
            self._chains = {r.sequence: AuditChain(r.head_id, r.head_hash, r.since_id, r.since_hash, r.verified)
                            for r in rows}
        return self._chains.get(sequence)


#: how long a county transaction on SQLite waits for another one's write lock (a clerk's ingest of one file
#: holds it for about a second; the school database's 5 s would stop a second clerk's batch while a first runs)
COUNTY_BUSY_TIMEOUT_MS = 60_000


def _sqlite_autocommit_driver(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event then issues BEGIN IMMEDIATE itself
    dbapi_conn.execute(f"PRAGMA busy_timeout={COUNTY_BUSY_TIMEOUT_MS}")


def _db_reason(e: Exception) -> str:
    return str(getattr(e, "orig", e)).strip().splitlines()[0][:300] if str(getattr(e, "orig", e)).strip() else type(e).__name__


@dataclass(frozen=True)
class RegisteredCert:
    school_code: str
    fingerprint: str
    fingerprint_grouped: str
    subject: str
    already: bool


def _school_code_of(cert: x509.Certificate) -> str | None:
    attrs = cert.subject.get_attributes_for_oid(x509.oid.NameOID.SERIAL_NUMBER)
    return attrs[0].value if attrs else None


def register_certificate(db: CountyDB, cert_file: Path | bytes, *, school_code: str | None = None,
                         expected_fingerprint: str | None = None, note: str = "", via: str = "manual") -> RegisteredCert:
    """Register a school's certificate (PEM/DER file or bytes). ``expected_fingerprint``: what the school's printed
    sheet says — registration is refused when it differs."""
    data = cert_file if isinstance(cert_file, bytes) else Path(cert_file).read_bytes()
    cert = keys_mod.load_cert(data)
    fp = keys_mod.fingerprint_hex(cert)
    if expected_fingerprint and keys_mod.normalize_fingerprint(expected_fingerprint) != fp:
        raise ValidationError("证书指纹", "exchange.fingerprint_certificate_file_not_one",
                                      group_fingerprint=keys_mod.group_fingerprint(fp))
    code = school_code or _school_code_of(cert)
    if not code or not code.isdigit() or len(code) != 10:
        raise ValidationError("学校标识码", "exchange.10_digit_school_code_cannot",
                                       rfc4514_string=cert.subject.rfc4514_string())
    with db.engine.begin() as c:
        owner = c.execute(select(cert_t.c.school_code).where(cert_t.c.fingerprint == fp)).scalar()
        if owner is not None:
            if owner != code:
                raise ValidationError("证书", "exchange.certificate_already_registered_school_cannot",
                                            owner=owner,
                                            code=code)
            return RegisteredCert(code, fp, keys_mod.group_fingerprint(fp), cert.subject.rfc4514_string(), True)
        c.execute(insert(cert_t).values(school_code=code, fingerprint=fp, cert_pem=keys_mod.cert_pem(cert),
                                        subject=cert.subject.rfc4514_string()[:300], via=via, note=note,
                                        registered_at=_now()))
    return RegisteredCert(code, fp, keys_mod.group_fingerprint(fp), cert.subject.rfc4514_string(), False)


def check_certificates(files: list[Path]) -> None:
    """Refuse a batch of certificate files before any is registered if one cannot be read or names no school."""
    seen: dict[str, str] = {}
    for f in files:
        try:
            cert = keys_mod.load_cert(Path(f).read_bytes())
        except (OSError, ValidationError) as e:
            raise ValidationError("证书文件", "exchange.certificate_cannot_read_none_registered",
                                          path_name=Path(f).name,
                                          getattr=getattr(e, 'message', e)) from None
        code = _school_code_of(cert)
        if not code or not code.isdigit() or len(code) != 10:
            raise ValidationError("学校标识码", "exchange.certificate_holds_no_10_digit", path_name=Path(f).name)
        fp = keys_mod.fingerprint_hex(cert)
        if fp in seen:
            raise ValidationError("证书文件", "exchange.same_certificate_none_registered",
                                          path_name=Path(f).name,
                                          seen=seen[fp])
        seen[fp] = Path(f).name


# --- verify and ingest ---------------------------------------------------------------------------------------


class CountyKeyring:
    """The county's private keys (``county_key``, every one made, so that a bundle encrypted to a certificate the
    county has since replaced still opens), read and decrypted with the passphrase on first need: a batch of
    unencrypted bundles needs no passphrase. ``passphrase``: the text, or a function asked once (a prompt); None: the
    environment variable ``BAOXUE_KEY_PASSPHRASE``, as for every county command."""

    def __init__(self, db: CountyDB, passphrase: str | Callable[[], str | None] | None):
        self.db, self._passphrase, self._keys = db, passphrase, None

    def private_keys(self) -> dict:
        if self._keys is not None:
            return self._keys
        from cryptography.hazmat.primitives import serialization

        with self.db.engine.connect() as c:
            rows = c.execute(select(_key_table.c.fingerprint, _key_table.c.key_pem)).all()
        if not rows:
            raise KeyringUnavailable("这是加密给县里的数据包,但县里还没有县级密钥:请先执行 baoxue county key create,"
                                     "并把县级证书交各校登记(baoxue county-package trust)")
        secret = self._passphrase() if callable(self._passphrase) else self._passphrase
        if secret is None:
            secret = os.environ.get(keys_mod.ENV_PASSPHRASE)
        self._passphrase = secret
        if not secret:
            raise KeyringUnavailable(f"这是加密给县里的数据包,解密需要县级密钥口令:请设置环境变量 {keys_mod.ENV_PASSPHRASE} 后重试")
        keys, loaded = {}, {}
        for fp, pem in rows:
            if pem not in loaded:  # one key behind several certificates is decrypted once (PBKDF2 is slow on purpose)
                try:
                    loaded[pem] = serialization.load_pem_private_key(pem.encode("ascii"), secret.encode("utf-8"))
                except (ValueError, TypeError):
                    loaded[pem] = None
            if loaded[pem] is not None:
                keys[fp] = loaded[pem]
        if not keys:
            raise KeyringUnavailable("县级密钥口令不对,无法解密加密的数据包:请输入生成县级密钥(baoxue county key create)时设置的口令")
        self._keys = keys
        return keys


#: the county's keys (made by :mod:`app.exchange.county_package`, revision c0003), read here without importing it
_key_table = table("county_key", column("fingerprint"), column("key_pem"))


def _keyring(db: CountyDB, passphrase) -> CountyKeyring:
    return passphrase if isinstance(passphrase, CountyKeyring) else CountyKeyring(db, passphrase)


def verify(files: list[Path], db: CountyDB, *, passphrase=None) -> list[Verified]:
    """Check the files and their chain without storing anything. ``passphrase``: the county key's (text or a
    function), needed only for encrypted bundles."""
    keyring = _keyring(db, passphrase)
    return check_chain([verify_file(Path(f), db, keyring=keyring) for f in files], db)


@dataclass
class IngestResult:
    verified: list[Verified]
    ingested: list[Verified] = field(default_factory=list)
    replays: list[Verified] = field(default_factory=list)
    rejected: list[Verified] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected


def _apply(c: Connection, v: Verified, school: "_LockedSchool", last_sequence: int) -> None:
    """Store the checked bundle ``v``: ``school`` is the registry the chain checks read under the school's lock (its
    bundles are not read again), ``last_sequence`` the school row's as :func:`_lock_school` returned it."""
    if v.endorsed_cert_pem:
        fp = v.fingerprint
        if c.execute(select(cert_t.c.id).where(cert_t.c.fingerprint == fp)).scalar() is None:
            c.execute(insert(cert_t).values(school_code=v.school_code, fingerprint=fp, cert_pem=v.endorsed_cert_pem,
                                            subject="", via="endorsed by previous key", note=v.file.name,
                                            registered_at=_now()))
    stored = school.bundles()  # as the chain checks read them, under the lock
    superseded_by = next((s for s, (_id, _b, sup) in stored.items() if sup == v.sequence), None)
    bundle_id = c.execute(insert(bundle_t).values(
        school_code=v.school_code, sequence=v.sequence, sha256=v.sha256, prev_sha256=v.prev_sha256,
        digest=v.digest, encrypted=v.encrypted,
        period_start=v.start, period_end=v.end, created_at=v.created, supersedes=v.supersedes,
        superseded_by=superseded_by, roster_mode=v.roster_mode, key_fingerprint=v.fingerprint,
        file_name=v.file.name, counts=v.counts, ingested_at=_now())).inserted_primary_key[0]
    if v.audit_chain is not None:
        a = v.audit_chain
        c.execute(insert(audit_chain_t).values(school_code=v.school_code, sequence=v.sequence, head_id=a.head_id,
                                               head_hash=a.head_hash, since_id=a.since_id, since_hash=a.since_hash,
                                               verified=a.verified))
    if v.supersedes is not None:
        old = stored[v.supersedes][0] if v.supersedes in stored else None
        if old is not None:
            c.execute(update(bundle_t).where(bundle_t.c.id == old).values(superseded_by=v.sequence))
            c.execute(delete(record_t).where(record_t.c.bundle_id == old))
    if v.sequence >= last_sequence:
        c.execute(update(school_t).where(school_t.c.code == v.school_code).values(
            name=v.school_name, county_code=v.county_code, county_name=v.county_name, last_sequence=v.sequence))
    # state: classes and roster, the latest sequence wins — one batched upsert per table; rows as tuples of the
    # columns named beside them (no dict per row)
    code, seq, enc = v.school_code, v.sequence, county_bulk.json_text(c)
    classes = [(code, a["key"], a["name"], int(a["grade"]), seq) for a, _ch in v.records.get("class", [])]
    county_bulk.upsert(c, class_t, CLASS_COLUMNS, classes, keys=("school_code", "key"),
                       update=("name", "grade", "sequence"), scope=("school_code", code))
    students = [(code, a["number"], a["name"], a["status"], a.get("class"), int(a["grade"]), False, enc(a), seq)
                for a, _ch in v.records.get("student", [])]
    existing = dict(c.execute(select(student_t.c.number, student_t.c.sequence).where(student_t.c.school_code == code)).all()) \
        if v.roster_mode == "full" else {}
    county_bulk.upsert(c, student_t, STUDENT_COLUMNS, students, keys=("school_code", "number"),
                       update=("name", "status", "class_key", "grade", "removed", "data", "sequence"),
                       scope=("school_code", code), stored=set(existing) if v.roster_mode == "full" else None)
    gone = [a["number"] for a, _ch in v.records.get("student_removed", [])]
    if existing:
        seen = {r[1] for r in students}
        gone += [n for n, stored in existing.items() if n not in seen and stored < seq]
    if gone:
        c.execute(update(student_t).where(student_t.c.school_code == code, student_t.c.number == bindparam("n"),
                                          student_t.c.sequence <= seq).values(removed=True, sequence=seq),
                  [{"n": n} for n in gone])
    # lasting records (every version of the bundle format: before 1.5 they came in every bundle): the newer wins
    lasting = [(code, kind, rkey, seq, day, data) for kind, rkey, day, data in _stored_records(v, "lasting", enc)]
    county_bulk.upsert(c, lasting_t, LASTING_COLUMNS, lasting, keys=("school_code", "kind", "rkey"),
                       update=("day", "data", "sequence"), scope=("school_code", code))
    # period records
    if superseded_by is not None:
        return
    rows = [(bundle_id, code, kind, rkey, day, data) for kind, rkey, day, data in _stored_records(v, "period", enc)]
    county_bulk.insert_rows(c, record_t, RECORD_COLUMNS, rows)  # COPY on PostgreSQL


#: the columns of the rows :func:`_apply` gives :mod:`app.exchange.county_bulk`, in their order
CLASS_COLUMNS = ("school_code", "key", "name", "grade", "sequence")
STUDENT_COLUMNS = ("school_code", "number", "name", "status", "class_key", "grade", "removed", "data", "sequence")
LASTING_COLUMNS = ("school_code", "kind", "rkey", "sequence", "day", "data")
RECORD_COLUMNS = ("bundle_id", "school_code", "kind", "rkey", "day", "data")


def _stored_records(v: Verified, scope: str, enc: Callable[[object], str]):
    """(kind, natural key, day as ISO text, JSON text by ``enc``) of the bundle's records of a scope ("period" or
    "lasting"): the day of :data:`DAY_FIELD` (the bundle's last day when the kind has none or the record leaves it
    out)."""
    end = v.end.isoformat()
    for kind in KINDS.values():
        if kind.scope != scope:
            continue
        day_field, name, key_of = DAY_FIELD.get(kind.name), kind.name, kind.key_of
        for attrs, children in v.records.get(name, []):
            day = attrs.get(day_field) if day_field else None
            yield (name, key_of(attrs), date.fromisoformat(day).isoformat() if day else end,
                   enc({"a": attrs, "c": children} if children else {"a": attrs}))


def _lock_school(c: Connection, v: Verified) -> int:
    """Hold the school's row for the rest of the transaction (inserted with ``last_sequence`` 0 if the county has
    none): ingests of one school's files run one after another. On SQLite the transaction already holds the
    database's write lock (BEGIN IMMEDIATE). Returns the row's ``last_sequence``.

    One statement (#18): ``INSERT … ON CONFLICT DO UPDATE`` that changes nothing and returns the row — on
    PostgreSQL the update of the row that is there takes its row lock (waiting for a transaction that holds it, as
    ``SELECT … FOR UPDATE`` did) and returns its latest committed version."""
    ins = county_bulk.dialect_insert(c)
    stmt = ins(school_t).values(code=v.school_code, name=v.school_name, county_code=v.county_code,
                                county_name=v.county_name, last_sequence=0)
    if c.dialect.insert_returning:
        return c.execute(stmt.on_conflict_do_update(
            index_elements=[school_t.c.code], set_={"last_sequence": school_t.c.last_sequence})
            .returning(school_t.c.last_sequence)).scalar_one()
    c.execute(stmt.on_conflict_do_nothing(index_elements=[school_t.c.code]))  # SQLite before 3.35: no RETURNING
    return c.execute(select(school_t.c.last_sequence).where(school_t.c.code == v.school_code)).scalar_one()


def ingest_file(path: Path, db: CountyDB, *, passphrase=None) -> Verified:
    """Verify and store one bundle in one transaction under its school's lock. A file already stored (the same bytes)
    is a replay, named before it is parsed; the chain is checked again inside the transaction. A bundle is the same
    bundle when what its school signed is the same (a copy with other line ends is a replay). ``passphrase``: the
    county key's, for an encrypted bundle (text, a function, or a :class:`CountyKeyring` shared by a batch)."""
    path = Path(path)
    try:
        sha = keys_mod.sha256_file(path)
        with db.engine.connect() as c:
            seen = c.execute(select(bundle_t.c.school_code, bundle_t.c.sequence).where(
                bundle_t.c.sha256 == sha, bundle_t.c.digest.is_not(None))).first()
    except OSError:
        seen = None  # verify_file names the unreadable file
    if seen is not None:
        v = Verified(path, status="replay", school_code=seen[0], sequence=seen[1], sha256=sha)
        v.warnings.append(f"重放:第 {seen[1]} 号数据包已导入过(同一文件),不会重复计算")
        return v
    v = verify_file(path, db, keyring=_keyring(db, passphrase))
    if v.status != "ok":
        return v
    with db.engine.begin() as c:
        last_sequence = _lock_school(c, v)
        same = c.execute(select(bundle_t.c.id, bundle_t.c.sequence, bundle_t.c.digest).where(
            or_(bundle_t.c.sha256 == v.sha256, bundle_t.c.digest == v.digest))).first()
        if same is not None:
            if same.digest is None:  # ingested before c0009: its signed digest is recorded now
                c.execute(update(bundle_t).where(bundle_t.c.id == same.id).values(digest=v.digest))
            v.status = "replay"
            v.warnings.append(f"重放:第 {same.sequence} 号数据包已导入过(同一内容),不会重复计算")
            return v
        school = _LockedSchool(c, v.school_code)
        check_chain([v], school)
        if v.status == "ok":
            _apply(c, v, school, last_sequence)
    return v


def ingest(files: list[Path], db: CountyDB, *, passphrase=None) -> IngestResult:
    """Verify and store the files one at a time (one transaction each, see :func:`ingest_file`); a file that is
    refused — whatever is wrong with it — never stops the others.
    If the county database goes away, the batch stops there with :class:`CountyError`; what was stored stays stored
    and a rerun of the same batch continues without duplicates."""
    result = IngestResult([])
    keyring = _keyring(db, passphrase)
    for f in sorted(files, key=_file_order):
        try:
            v = ingest_file(Path(f), db, passphrase=keyring)
        except DBAPIError as e:
            if db.is_sqlite and "locked" in _db_reason(e).lower():
                raise CountyError("exchange.county_database_use_another_program",
                                  county_busy_timeout_ms_floordiv=COUNTY_BUSY_TIMEOUT_MS // 1000,
                                  path_name=Path(f).name,
                                  ingested_count=len(result.ingested)) from None
            if isinstance(e, OperationalError) or e.connection_invalidated:
                raise CountyError("exchange.connection_county_database_lost_import",
                                  db_reason=_db_reason(e),
                                  path_name=Path(f).name,
                                  ingested_count=len(result.ingested)) from None
            raise
        result.verified.append(v)
        {"ok": result.ingested, "replay": result.replays}.get(v.status, result.rejected).append(v)
        log.info("county ingest %s: %s%s", Path(f).name, v.status, f" ({'; '.join(v.errors[:3])})" if v.errors else "")
        v.records = {}  # the next file's records replace these: a batch never sits in memory as a whole
    return result


def _file_order(f) -> tuple:
    """Sequence order within a school from the file names the school's export gives (…-<school>-<sequence>…)."""
    import re

    m = re.search(r"(\d{10})\D+(\d+)", Path(f).name)
    return (m.group(1), int(m.group(2)), Path(f).name) if m else ("", 0, Path(f).name)


# --- reading what the county holds ---------------------------------------------------------------------------------


def effective_records(c: Connection, kind: str, *, day_from: date | None = None, day_to: date | None = None,
                      as_of: date | None = None) -> dict[tuple[str, str], dict]:
    """The county's records of one kind, per (school, key) the version of the highest sequence among bundles not
    superseded, as ``{"a": attributes, "c": [(child tag, attributes)]}``.

    ``day_from``/``day_to`` keep the records dated in that range (the day of :data:`DAY_FIELD`); ``as_of`` reads them
    as the county knew them for a past week: only bundles whose period began by that day count (what the school
    reported then, not what a later bundle says). A lasting kind (mentor assignments) is read from
    ``county_lasting`` (one version per key; ``as_of`` keeps those last sent by a bundle begun by then)."""
    if KINDS[kind].scope == "lasting":
        return _lasting_records(c, kind, day_from, day_to, as_of)
    stmt = (select(record_t.c.school_code, record_t.c.rkey, record_t.c.data, bundle_t.c.sequence)
            .join(bundle_t, bundle_t.c.id == record_t.c.bundle_id)
            .where(record_t.c.kind == kind, bundle_t.c.superseded_by.is_(None)))
    if day_from is not None:
        stmt = stmt.where(record_t.c.day >= day_from)
    if day_to is not None:
        stmt = stmt.where(record_t.c.day <= day_to)
    if as_of is not None:
        stmt = stmt.where(bundle_t.c.period_start <= as_of)
    best: dict[tuple[str, str], tuple[int, dict]] = {}
    for school, rkey, data, seq in c.execute(stmt):
        data = json.loads(data) if isinstance(data, str) else data
        if (school, rkey) not in best or seq > best[(school, rkey)][0]:
            best[(school, rkey)] = (seq, data)
    return {k: d for k, (_s, d) in best.items()}


def _lasting_records(c: Connection, kind: str, day_from: date | None, day_to: date | None,
                     as_of: date | None) -> dict[tuple[str, str], dict]:
    stmt = select(lasting_t.c.school_code, lasting_t.c.rkey, lasting_t.c.data).where(lasting_t.c.kind == kind)
    if day_from is not None:
        stmt = stmt.where(lasting_t.c.day >= day_from)
    if day_to is not None:
        stmt = stmt.where(lasting_t.c.day <= day_to)
    if as_of is not None:
        stmt = stmt.join(bundle_t, (bundle_t.c.school_code == lasting_t.c.school_code)
                         & (bundle_t.c.sequence == lasting_t.c.sequence)).where(bundle_t.c.period_start <= as_of)
    return {(school, rkey): json.loads(data) if isinstance(data, str) else data for school, rkey, data in c.execute(stmt)}


def latest_records(db: "CountyDB", kind: str, school_code: str | None = None) -> list[dict]:
    """The county's current records of one kind (see :func:`effective_records`), ordered by school and key."""
    with db.engine.connect() as c:
        rows = effective_records(c, kind)
    out = [(school, rkey, d) for (school, rkey), d in rows.items() if school_code is None or school == school_code]
    return [d for _s, _k, d in sorted(out, key=lambda x: (x[0], x[1]))]


#: the 2024 groups of a Student record (schemaVersion 1.3) → the report's column keys
GROUPS_2024 = {"deFactoUnsupported": "unsupported", "hardshipChild": "hardship", "caseInvolved": "case_involved"}


def student_groups(data: dict) -> dict[str, int]:
    """The 2024 groups of one Student record as the county received it (1 or 0 per report column).

    ``householdStatus`` (脱贫户 ``tuopin`` / 防返贫监测户 ``monitor``) counts in ``household``; a bundle
    older than 1.3 has none of these attributes (0)."""
    out = {key: int(data.get(attr) == "true") for attr, key in GROUPS_2024.items()}
    out["household"] = int(data.get("householdStatus") in ("tuopin", "monitor"))
    return out
