"""The school's signing key: an RSA key pair and a self-signed X.509 certificate.

* The private key is written only encrypted (PKCS#8, ``BestAvailableEncryption``
  with the passphrase), with owner-only permissions, atomically, in ``paths.keys``.
  It is never written in clear and never logged.
* The certificate (public) is kept in the database and beside the key as ``.cert.pem``;
  its SHA-256 fingerprint, grouped (``AB:CD:…``), is what the school reads out or prints
  for the county to register.
* Replacing the key retires the old one (its file moves to ``keys/archive``). When the
  old passphrase is given, the old key *endorses* the new certificate (signs
  ``baoxue-key-change:1:<school code>:<new fingerprint>``), so the county can accept
  the new key from the next bundle without a second trip; the next bundle carries the
  key-change notice either way.
"""

from __future__ import annotations

import base64
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID
from sqlmodel import Session, col, select

from app import audit
from app.accounts import SYSTEM, Actor, require
from app.data.exchange_models import ExchangeKey
from app.data.models import School
from app.errors import BaoxueError, NotFound, ValidationError
from app.files import sha256_of, write_bytes_atomically
from app.messages import msg
from app.paths import DataPaths

ENV_PASSPHRASE = "BAOXUE_KEY_PASSPHRASE"
#: the demo school's key passphrase (printed by ``baoxue demo``); never use it for a real school
DEMO_KEY_PASSPHRASE = "baoxue-demo-key"
MIN_PASSPHRASE_LENGTH = 8
DEFAULT_KEY_SIZE = 3072
CERT_YEARS = 20
ENDORSEMENT_PREFIX = "baoxue-key-change:1:"

KEY_MANAGE = "exchange.key"


class KeyUnavailable(BaoxueError):
    """A key problem the user can fix (wrong passphrase, no key yet, …)."""


# --- pure helpers ----------------------------------------------------------------------------


def fingerprint_hex(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex().upper()


def group_fingerprint(hex_fp: str) -> str:
    """``AB:CD:EF:…`` (32 groups) — the form read out or printed for the county."""
    h = hex_fp.replace(":", "").upper()
    return ":".join(h[i:i + 2] for i in range(0, len(h), 2))


def normalize_fingerprint(text: str) -> str:
    h = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    if len(h) != 64:
        raise ValidationError("证书指纹", "exchange.must_64_hexadecimal_digits_sha", text=text)
    return h


def load_cert(pem: str | bytes) -> x509.Certificate:
    data = pem.encode("ascii") if isinstance(pem, str) else pem
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise ValidationError("证书", "exchange.certificate_cannot_read_file_not") from exc


def cert_pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def check_passphrase(passphrase: str | None) -> bytes:
    if passphrase is None or len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError("密钥口令", "exchange.needs_least_characters", min_passphrase_length=MIN_PASSPHRASE_LENGTH)
    if passphrase.isspace():
        raise ValidationError("密钥口令", "common.cannot_spaces")
    return passphrase.encode("utf-8")


def endorsement_message(school_code: str, new_fingerprint: str) -> bytes:
    return f"{ENDORSEMENT_PREFIX}{school_code}:{new_fingerprint.upper()}".encode("ascii")


def check_endorsement(old_cert: x509.Certificate, school_code: str, new_fingerprint: str, endorsement_b64: str) -> bool:
    """Did the key of ``old_cert`` endorse ``new_fingerprint`` for ``school_code``?"""
    try:
        sig = base64.b64decode(endorsement_b64, validate=True)
        old_cert.public_key().verify(sig, endorsement_message(school_code, new_fingerprint),
                                     padding.PKCS1v15(), hashes.SHA256())
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    write_bytes_atomically(Path(path), data, what=msg("files.key_file"), mode=mode)


def _make_certificate(key: rsa.RSAPrivateKey, school: School, now: datetime) -> x509.Certificate:
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, school.name),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"county {school.county_code}"),
        x509.NameAttribute(NameOID.COMMON_NAME, f"baoxue school {school.code}"),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, school.code),
    ])
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * CERT_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )


# --- key records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyInfo:
    id: int
    fingerprint: str  # hex, 64 upper-case digits
    fingerprint_grouped: str
    algorithm: str
    status: str
    created_at: datetime
    retired_at: datetime | None
    cert_pem: str
    key_path: Path
    replaces_fingerprint: str | None
    endorsed: bool


def _info(session: Session, k: ExchangeKey, paths: DataPaths) -> KeyInfo:
    old = session.get(ExchangeKey, k.replaces_id) if k.replaces_id else None
    folder = paths.keys if k.status == "active" else paths.keys / "archive"
    return KeyInfo(k.id, k.fingerprint, group_fingerprint(k.fingerprint), k.algorithm, k.status, k.created_at,
                   k.retired_at, k.cert_pem, folder / k.key_file, old.fingerprint if old else None,
                   bool(k.endorsement))


def _school(session: Session) -> School:
    school = session.exec(select(School).order_by(School.id)).first()
    if school is None:
        raise NotFound("exchange.no_school_set_up_yet_2")
    return school


def active_key_row(session: Session) -> ExchangeKey | None:
    return session.exec(select(ExchangeKey).where(ExchangeKey.status == "active")
                        .order_by(col(ExchangeKey.id).desc())).first()


def current_key(session: Session, paths: DataPaths) -> KeyInfo | None:
    k = active_key_row(session)
    return _info(session, k, paths) if k else None


def list_keys(session: Session, paths: DataPaths) -> list[KeyInfo]:
    return [_info(session, k, paths) for k in session.exec(select(ExchangeKey).order_by(ExchangeKey.id))]


def _new_key(session: Session, actor: Actor, paths: DataPaths, passphrase: str, key_size: int,
             now: datetime | None) -> tuple[ExchangeKey, rsa.RSAPrivateKey]:
    secret = check_passphrase(passphrase)
    school = _school(session)
    now = now or datetime.now(timezone.utc)
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    cert = _make_certificate(key, school, now)
    fp = fingerprint_hex(cert)
    key_file = f"school-{school.code}-{fp[:16].lower()}.key.pem"
    encrypted = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.BestAvailableEncryption(secret))
    write_atomic(paths.keys / key_file, encrypted, 0o600)
    write_atomic(paths.keys / key_file.replace(".key.pem", ".cert.pem"), cert_pem(cert).encode("ascii"), 0o644)
    row = ExchangeKey(fingerprint=fp, algorithm=f"RSA-{key_size}", cert_pem=cert_pem(cert), key_file=key_file,
                      status="active", created_at=now, created_by=actor.user_id)
    session.add(row)
    session.flush()
    return row, key


def create_key(session: Session, actor: Actor, paths: DataPaths, passphrase: str, *,
               key_size: int = DEFAULT_KEY_SIZE, now: datetime | None = None) -> KeyInfo:
    """Make the school's first key pair and certificate (admin). Refused when a key already exists."""
    require(actor, KEY_MANAGE)
    if active_key_row(session) is not None:
        raise ValidationError("签名密钥", "exchange.school_already_has_signing_key")
    row, _key = _new_key(session, actor, paths, passphrase, key_size, now)
    audit.record(session, actor, "exchange.key_create", "exchange_key", row.id,
                 after={"fingerprint": row.fingerprint, "algorithm": row.algorithm},
                 summary=f"生成数据包签名密钥,指纹 {group_fingerprint(row.fingerprint)[:23]}…")
    return _info(session, row, paths)


def replace_key(session: Session, actor: Actor, paths: DataPaths, new_passphrase: str, *,
                old_passphrase: str | None = None, key_size: int = DEFAULT_KEY_SIZE,
                now: datetime | None = None) -> KeyInfo:
    """Retire the active key (archived) and make a new one; the next bundle announces the change.

    With the old passphrase the old key endorses the new certificate (the county then accepts
    it without a new registration); without it (passphrase lost, key compromised) the county
    must register the new fingerprint by hand.
    """
    require(actor, KEY_MANAGE)
    old = active_key_row(session)
    if old is None:
        raise NotFound("exchange.there_no_signing_key_yet")
    old_private = load_private_key(paths, old, old_passphrase) if old_passphrase is not None else None
    now = now or datetime.now(timezone.utc)
    old.status, old.retired_at = "retired", now
    session.add(old)
    session.flush()
    row, _key = _new_key(session, actor, paths, new_passphrase, key_size, now)
    row.replaces_id = old.id
    if old_private is not None:
        school = _school(session)
        sig = old_private.sign(endorsement_message(school.code, row.fingerprint), padding.PKCS1v15(), hashes.SHA256())
        row.endorsement = base64.b64encode(sig).decode("ascii")
    session.add(row)
    archive = paths.keys / "archive"
    archive.mkdir(parents=True, exist_ok=True)
    for name in (old.key_file, old.key_file.replace(".key.pem", ".cert.pem")):
        src = paths.keys / name
        if src.exists():
            shutil.move(str(src), str(archive / name))
    audit.record(session, actor, "exchange.key_replace", "exchange_key", row.id,
                 before={"fingerprint": old.fingerprint}, after={"fingerprint": row.fingerprint,
                                                                "endorsed": bool(row.endorsement)},
                 summary=f"更换数据包签名密钥(旧密钥已存档{',已由旧密钥背书' if row.endorsement else ''})")
    return _info(session, row, paths)


def load_private_key(paths: DataPaths, row: ExchangeKey, passphrase: str | None, *,
                     for_signing: bool = False) -> rsa.RSAPrivateKey:
    """The key of ``row``, decrypted with ``passphrase``.

    ``for_signing``: the key is used only by :func:`app.exchange.xmldsig.sign`, which verifies every signature it
    makes with the certificate before it is used — instead of OpenSSL's key validation on loading (primality tests:
    32 ms of each 2048-bit export, issue 18); the key must still be the certificate's (checked here)."""
    folder = paths.keys if row.status == "active" else paths.keys / "archive"
    path = folder / row.key_file
    if passphrase is None:
        raise KeyUnavailable("exchange.passphrase_signing_key_needed_command", env_passphrase=ENV_PASSPHRASE)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyUnavailable("exchange.private_key_file_cannot_found", path=path) from None
    try:
        key = serialization.load_pem_private_key(data, password=passphrase.encode("utf-8"),
                                                 unsafe_skip_rsa_key_validation=for_signing)
    except (ValueError, TypeError):
        raise KeyUnavailable("exchange.passphrase_key_wrong_private_key") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise KeyUnavailable("exchange.private_key_file_not_rsa", path=path)
    if for_signing and key.public_key().public_numbers() != load_cert(row.cert_pem).public_key().public_numbers():
        raise KeyUnavailable("exchange.private_key_does_not_match_certificate", path=path)
    return key


def signing_material(session: Session, paths: DataPaths, passphrase: str | None) -> tuple[ExchangeKey, rsa.RSAPrivateKey, x509.Certificate]:
    row = active_key_row(session)
    if row is None:
        raise KeyUnavailable("exchange.school_has_no_signing_key")
    key = load_private_key(paths, row, passphrase, for_signing=True)
    return row, key, load_cert(row.cert_pem)


def export_certificate(session: Session, paths: DataPaths, dest: Path) -> Path:
    """Write the active certificate (PEM) to ``dest`` for the county to register."""
    row = active_key_row(session)
    if row is None:
        raise NotFound("exchange.school_has_no_signing_key_2")
    write_atomic(Path(dest), row.cert_pem.encode("ascii"), 0o644)
    return Path(dest)


def fingerprint_sheet(session: Session, paths: DataPaths) -> str:
    """Plain text to print and hand to the county with the certificate file."""
    school = _school(session)
    k = current_key(session, paths)
    if k is None:
        raise NotFound("exchange.school_has_no_signing_key_2")
    lines = [
        "保学数据包签名证书登记单",
        f"学校:{school.name}",
        f"学校标识码:{school.code}    县(区)代码:{school.county_code} {school.county_name}",
        f"算法:{k.algorithm} / SHA-256",
        f"生成时间:{k.created_at:%Y-%m-%d %H:%M} UTC",
        "证书指纹(SHA-256):",
        "  " + k.fingerprint_grouped[:47],
        "  " + k.fingerprint_grouped[48:],
    ]
    if k.replaces_fingerprint:
        lines.append(f"替换旧证书:{group_fingerprint(k.replaces_fingerprint)[:23]}…"
                     + (",已由旧密钥背书" if k.endorsed else ",未背书(县里需重新登记)"))
    lines += ["", "校长签字:____________    日期:____________    (学校公章)"]
    return "\n".join(lines)


def populate_demo(paths: DataPaths, session: Session, *, actor: Actor | None = None,
                  passphrase: str = DEMO_KEY_PASSPHRASE, key_size: int = 2048) -> KeyInfo:
    """Give the demo school its key pair (passphrase :data:`DEMO_KEY_PASSPHRASE`); idempotent."""
    existing = current_key(session, paths)
    if existing is not None:
        return existing
    return create_key(session, actor or SYSTEM, paths, passphrase, key_size=key_size)


def sha256_file(path: Path) -> str:
    return sha256_of(path)
