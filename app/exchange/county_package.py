"""The county's side of the return path: its signing key and the signed package per school (receipts).

* :func:`create_county_key` — the county's RSA key and self-signed certificate (``O`` = the office, ``OU`` =
  ``county <code>``), kept in the county database with the private key encrypted by the passphrase (PKCS#8,
  the best available encryption), so every clerk's program on a shared PostgreSQL signs with the same key;
  :func:`county_certificate` gives the certificate the schools register at set-up.
* :func:`write_packages` — per school (or one), the package listing every bundle of the school the county
  ingested (:mod:`app.exchange.package_format`) and, since 1.1, the school's children transferred out as the county
  sees them (:func:`app.exchange.county_transfers.transfer_states`: arrived at another school, or on no school's roll
  more than the county's limit of school days — each line stable once said, so the package changes only when a
  child arrives or becomes overdue), chained per school (sequence, previous digest), signed, written atomically and
  recorded in ``county_package``; and the county's policy settings and holiday tables
  (:mod:`app.exchange.county_settings`). A school whose package would say nothing new since its last one gets none (the
  same package is never written twice under two numbers).

Tables (revision ``c0003``): ``county_key``, ``county_package``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from sqlalchemy import Column, DateTime, Integer, LargeBinary, String, Text, Table, UniqueConstraint, insert, select

from app.errors import ValidationError
from app.exchange import keys as keys_mod
from app.exchange import package_format as fmt
from app.exchange.bundle import sign
from app.exchange.county import CountyDB, CountyError, bundle_t, county_metadata, school_t
from app.exchange.county_settings import county_holidays, county_policy
from app.exchange.county_transfers import TRANSFER_DAYS, overdue_since, transfer_states

KEY_SIZE = 3072
CERT_YEARS = 10

key_t = Table("county_key", county_metadata,
              Column("id", Integer, primary_key=True),
              Column("county_code", String(6), nullable=False),
              Column("name", String(200), nullable=False),
              Column("fingerprint", String(64), nullable=False, unique=True),
              Column("cert_pem", Text, nullable=False),
              Column("key_pem", Text, nullable=False),  # PKCS#8, encrypted with the passphrase
              Column("status", String(8), nullable=False),  # active | retired
              Column("created_at", DateTime(timezone=True), nullable=False))
package_t = Table("county_package", county_metadata,
                  Column("id", Integer, primary_key=True),
                  Column("school_code", String(10), nullable=False),
                  Column("sequence", Integer, nullable=False),
                  Column("sha256", String(64), nullable=False, unique=True),
                  Column("prev_sha256", String(64), nullable=False),
                  Column("receipts_digest", String(64), nullable=False),
                  Column("receipts", Integer, nullable=False),
                  Column("file_name", String(300), nullable=False),
                  Column("created_at", DateTime(timezone=True), nullable=False),
                  Column("data", LargeBinary, nullable=False),
                  UniqueConstraint("school_code", "sequence"))


@dataclass(frozen=True)
class CountyKey:
    county_code: str
    name: str
    fingerprint: str
    cert_pem: str

    @property
    def fingerprint_grouped(self) -> str:
        return keys_mod.group_fingerprint(self.fingerprint)


@dataclass(frozen=True)
class Written:
    school_code: str
    school_name: str
    sequence: int | None  # None: nothing new for this school, no package
    receipts: int
    path: Path | None


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _key_row(db: CountyDB):
    with db.engine.connect() as c:
        return c.execute(select(key_t).where(key_t.c.status == "active")).first()


def create_county_key(db: CountyDB, county_code: str, name: str, passphrase: str, *,
                      key_size: int = KEY_SIZE) -> CountyKey:
    """Make the county's signing key (once; refused when there is one)."""
    if not (county_code or "").isdigit() or len(county_code) != 6:
        raise ValidationError("县区代码", "exchange.must_6_digits_gb_t", county_code=county_code)
    name = (name or "").strip()
    if not name:
        raise ValidationError("单位名称", "exchange.write_name_county_education_bureau")
    secret = keys_mod.check_passphrase(passphrase)
    if _key_row(db) is not None:
        raise ValidationError("县级签名密钥", "exchange.county_already_has_signing_key")
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, name[:64]),
                         x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"county {county_code}"),
                         x509.NameAttribute(NameOID.COMMON_NAME, f"baoxue county {county_code}")])
    now = _now()
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365 * CERT_YEARS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=True,  # also opens the bundles encrypted to it
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(secret)).decode("ascii")
    fp = keys_mod.fingerprint_hex(cert)
    with db.engine.begin() as c:
        c.execute(insert(key_t).values(county_code=county_code, name=name, fingerprint=fp,
                                       cert_pem=keys_mod.cert_pem(cert), key_pem=pem, status="active", created_at=now))
    return CountyKey(county_code, name, fp, keys_mod.cert_pem(cert))


def county_certificate(db: CountyDB) -> CountyKey:
    row = _key_row(db)
    if row is None:
        raise CountyError("exchange.county_has_no_signing_key")
    return CountyKey(row.county_code, row.name, row.fingerprint, row.cert_pem)


def _signing_material(db: CountyDB, passphrase: str | None):
    row = _key_row(db)
    if row is None:
        raise CountyError("exchange.county_has_no_signing_key")
    try:
        key = serialization.load_pem_private_key(row.key_pem.encode("ascii"), (passphrase or "").encode("utf-8"))
    except (ValueError, TypeError):
        raise ValidationError("密钥口令", "exchange.passphrase_county_s_signing_key") from None
    return row, key, keys_mod.load_cert(row.cert_pem)


def _receipts(c, school_code: str) -> list[fmt.Receipt]:
    rows = c.execute(select(bundle_t.c.sequence, bundle_t.c.sha256, bundle_t.c.period_start, bundle_t.c.period_end,
                            bundle_t.c.ingested_at).where(bundle_t.c.school_code == school_code)
                     .order_by(bundle_t.c.sequence)).all()
    return [fmt.Receipt(r.sequence, r.sha256, r.period_start, r.period_end,
                        (r.ingested_at if r.ingested_at.tzinfo else r.ingested_at.replace(tzinfo=timezone.utc))
                        .astimezone(timezone.utc).date()) for r in rows]


def _transfers(c, school_code: str, as_of: date, limit: int) -> tuple[list[fmt.Arrival], list[fmt.Unseen]]:
    arrivals, unseen = [], []
    for t in transfer_states(c, as_of, school_code=school_code):
        if t.arrived_code:
            arrivals.append(fmt.Arrival(t.number, t.left_on, t.arrived_code, t.arrived_name, t.arrived_on))
        elif t.matchable and t.overdue(limit):
            unseen.append(fmt.Unseen(t.number, t.left_on, overdue_since(t.left_on, limit), limit))
    return arrivals, unseen


def _digest(p: fmt.Package) -> str:
    """What the package says, apart from its header: a package saying the same as the last one is not written.
    A package of receipts only has the digest packages had before version 1.1."""
    lines = [f"{r.sequence} {r.sha256} {r.ingested_on}" for r in p.receipts]
    lines += [f"arrival {a.student} {a.left_on} {a.school_code} {a.arrived_on}" for a in p.arrivals]
    lines += [f"unseen {u.student} {u.left_on} {u.overdue_since} {u.limit}" for u in p.unseen]
    lines += [f"holiday {d.day} {d.kind} {d.name}" for _y, days in sorted(p.holidays.items()) for d in days]
    lines += [f"policy {k} {v}" for k, v in sorted(p.policy.items())]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def write_packages(db: CountyDB, out_dir: Path, passphrase: str | None, *, school_code: str | None = None,
                   now: datetime | None = None, transfer_days: int | None = None) -> list[Written]:
    """A package for each school (or ``school_code``) with something new to say since its last one: receipts,
    transfers (as of ``now``'s day; a child on no school's roll more than ``transfer_days`` school days — default
    the county's policy ``transfer_confirm_days``, else 10 — is named), the county's holiday tables and policy."""
    row, key, cert = _signing_material(db, passphrase)
    policy, holidays = county_policy(db), county_holidays(db)
    if transfer_days is None:
        transfer_days = int(policy.get("transfer_confirm_days", TRANSFER_DAYS))
    now = now or _now()
    as_of = now.astimezone().date()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with db.engine.connect() as c:
        stmt = select(school_t.c.code, school_t.c.name).order_by(school_t.c.code)
        if school_code is not None:
            stmt = stmt.where(school_t.c.code == school_code)
        schools = c.execute(stmt).all()
    if school_code is not None and not schools:
        raise ValidationError("学校", "exchange.county_has_no_data_package", school_code=school_code)
    written = []
    for code, name in schools:
        with db.engine.begin() as c:
            c.execute(select(school_t.c.code).where(school_t.c.code == code).with_for_update())  # one clerk at a time
            receipts = _receipts(c, code)
            arrivals, unseen = _transfers(c, code, as_of, transfer_days)
            last = c.execute(select(package_t).where(package_t.c.school_code == code)
                             .order_by(package_t.c.sequence.desc())).first()
            p = fmt.Package(row.county_code, row.name, code, name, (last.sequence if last else 0) + 1,
                            last.sha256 if last else "", now, receipts, arrivals, unseen, holidays, policy)
            digest = _digest(p)
            if last is not None and last.receipts_digest == digest:
                written.append(Written(code, name, None, len(receipts), None))
                continue
            data = sign(fmt.build(p), key, cert)
            path = out_dir / fmt.file_name(p)
            c.execute(insert(package_t).values(school_code=code, sequence=p.sequence,
                                               sha256=hashlib.sha256(data).hexdigest(), prev_sha256=p.prev_sha256,
                                               receipts_digest=digest, receipts=len(receipts), file_name=path.name,
                                               created_at=p.created, data=data))
            tmp = path.with_name(path.name + ".part")  # written inside the transaction: no file without its record
            tmp.write_bytes(data)
            os.replace(tmp, path)
            written.append(Written(code, name, p.sequence, len(receipts), path))
    return written
