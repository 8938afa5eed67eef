"""Tables of the exchange capability (signed bundles for the county).

* :class:`ExchangeKey` — the school's signing keys: the certificate and where the
  encrypted private key lies in the data directory (never the key itself), which is
  active, and which one it replaced (with the old key's endorsement of the new one).
* :class:`ExchangeExport` — every bundle written: sequence, period, the SHA-256 chain,
  what it supersedes, and what makes the file again (:mod:`app.exchange.copies`), so an unchanged period
  is re-sent byte for byte — until the county confirmed it and the copy is cleared (the row stays).
* :class:`ExchangeRosterState` — what the county was last sent about each student
  (a digest of the exported fields), so a bundle carries only the roster changes.

Imported at the end of :mod:`app.data.models`, so every table is on the one metadata.
Schema changes here go with the migration ``0006_exchange``.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, Optional

from sqlalchemy import JSON, Column, LargeBinary
from sqlmodel import Field, SQLModel


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class ExchangeKey(SQLModel, table=True):
    """A signing key pair of the school (the private key is a passphrase-encrypted file in ``keys/``)."""

    __tablename__ = "exchange_key"

    id: Optional[int] = Field(default=None, primary_key=True)
    fingerprint: str = Field(max_length=64, unique=True, description="SHA-256 of the certificate (DER), hex")
    algorithm: str = Field(default="RSA-3072", max_length=16)
    cert_pem: str
    key_file: str = Field(description="file name of the encrypted PKCS#8 key, relative to the keys dir")
    status: str = Field(default="active", max_length=8, index=True, description="active | retired")
    created_at: datetime = Field(default_factory=_utcnow)
    created_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    retired_at: Optional[datetime] = None
    replaces_id: Optional[int] = Field(default=None, foreign_key="exchange_key.id")
    endorsement: str = Field(default="", description="base64 signature of the new fingerprint by the replaced key")


class ExchangeExport(SQLModel, table=True):
    """One bundle written for the county (the export history)."""

    __tablename__ = "exchange_export"

    id: Optional[int] = Field(default=None, primary_key=True)
    sequence: int = Field(unique=True)
    period_start: date = Field(index=True)
    period_end: date
    roster_mode: str = Field(default="changes", max_length=8, description="full | changes")
    created_at: datetime = Field(description="the bundle's creation time (in its header)")
    prev_sha256: str = Field(default="", max_length=64)
    sha256: str = Field(max_length=64, unique=True)
    content_digest: str = Field(max_length=64, description="SHA-256 of the period content, to tell a changed re-send")
    supersedes: Optional[int] = Field(default=None, description="sequence of the bundle this one replaces")
    superseded_by: Optional[int] = None
    key_fingerprint: str = Field(max_length=64)
    file_name: str
    size: int = 0
    counts: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False), description="what makes the file again (app.exchange.copies: the bundle zlib-compressed before encryption and its sealing; zlib of the file before that); b'' once cleared")
    exported_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    audit_head_id: Optional[int] = Field(default=None, description="the audit chain's newest entry in the bundle's header")
    audit_head_hash: str = Field(default="", max_length=64, description="that entry's chain hash")
    signed_digest: str = Field(default="", max_length=64,
                               description="SHA-256 of what the signature covers (the next bundle's PreviousDigest); "
                                           "'' for bundles written before revision 0028")
    encrypted_to: str = Field(default="", max_length=64,
                              description="fingerprint of the county certificate the file is encrypted to ('' = plain)")


class ExchangeRosterState(SQLModel, table=True):
    """What the county holds of one student: the digest of the fields last sent."""

    __tablename__ = "exchange_roster_state"

    student_id: int = Field(primary_key=True, description="no foreign key: a deleted student is reported as removed")
    student_number: str
    digest: str = Field(max_length=64)
    sequence: int


class ExchangeLastingState(SQLModel, table=True):
    """What the county holds of one lasting record (a mentor assignment, bundle schema 1.5): the digest last sent."""

    __tablename__ = "exchange_lasting_state"

    kind: str = Field(primary_key=True, max_length=40, description="the record kind (app.exchange.schema.KINDS)")
    rkey: str = Field(primary_key=True, max_length=200, description="its key in the bundle")
    digest: str = Field(max_length=64)
    sequence: int = Field(description="the bundle that last sent it")


__all__ = ["ExchangeExport", "ExchangeKey", "ExchangeLastingState", "ExchangeRosterState"]
