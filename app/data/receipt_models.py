"""Tables of the county's return path at the school (signed county packages, issue 17).

* :class:`CountyTrust` — the county's certificate the school registered at set-up: a county package is believed
  only when signed with it.
* :class:`CountyPackageImport` — every county package imported: its sequence and SHA-256 chain (a replay, a gap or
  a fork is refused), what it listed and what was set aside with the reason.
* :class:`ExchangeReceipt` — the county's receipt of one bundle the school exported (same sequence, same SHA-256):
  the export history shows it as 已接收.

Since package 1.1 an import also keeps the transfers the county named (arrived elsewhere, or on no school's roll
past its limit) and the county's holiday tables and policy settings that differ from the school's, with what the
school decided about them (``settings_state``).

Imported at the end of :mod:`app.data.models`; the migrations are ``0020_county_packages`` and
``0027_county_package_content``.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, Optional

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class CountyTrust(SQLModel, table=True):
    """A county certificate the school believes (registered by the administrator from the county's sheet)."""

    __tablename__ = "county_trust"

    id: Optional[int] = Field(default=None, primary_key=True)
    county_code: str = Field(max_length=6)
    name: str = Field(default="", max_length=200, description="the county office named in the certificate")
    fingerprint: str = Field(max_length=64, unique=True, description="SHA-256 of the certificate (DER), hex")
    cert_pem: str
    status: str = Field(default="active", max_length=8, description="active | retired")
    registered_at: datetime = Field(default_factory=_utcnow)
    registered_by: Optional[int] = Field(default=None, foreign_key="user_account.id")


class CountyPackageImport(SQLModel, table=True):
    """One county package imported at the school."""

    __tablename__ = "county_package_import"

    id: Optional[int] = Field(default=None, primary_key=True)
    sequence: int = Field(unique=True)
    sha256: str = Field(max_length=64, unique=True)
    prev_sha256: str = Field(default="", max_length=64)
    county_fingerprint: str = Field(max_length=64)
    created_at: datetime = Field(description="the package's creation time (in its header)")
    imported_at: datetime = Field(default_factory=_utcnow)
    imported_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    file_name: str = ""
    receipts: int = 0
    set_aside: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                 description="what the package said that was not applied, with the reason")
    arrivals: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                description="children of the school on another school's roll, as the county said: "
                                            "{student, leftOn, school, schoolName, arrivedOn, request}")
    unseen: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                              description="children transferred out on no school's roll past the county's limit: "
                                          "{student, leftOn, overdueSince, limit, request}")
    offered: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False),
                                    description="the county's settings that differ from the school's when imported: "
                                                "{holidays: {year: [[day, kind, name] …]}, policy: {name: value}}")
    settings_state: str = Field(default="", max_length=10,
                                description="'' (nothing offered) | pending | applied | declined | superseded")
    settings_by: Optional[int] = Field(default=None, foreign_key="user_account.id")
    settings_at: Optional[datetime] = None


class ExchangeReceipt(SQLModel, table=True):
    """The county received the bundle of this sequence (the same file: the same SHA-256)."""

    __tablename__ = "exchange_receipt"

    export_sequence: int = Field(primary_key=True)
    sha256: str = Field(max_length=64)
    ingested_on: date
    package_sequence: int


__all__ = ["CountyPackageImport", "CountyTrust", "ExchangeReceipt"]
