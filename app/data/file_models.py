"""Tables of the numbered files (:mod:`app.numbered_files`): what is being written, and the numbers issued.

* :class:`FileJournal` — one row per file of a publication in progress: its final path, its temporary
  (``.part``) path, and how far it got — ``reserved`` (the number is issued, the file not yet complete)
  or ``committed`` (the file is complete and ``fsync``ed, its SHA-256 is known and the history holds it;
  only the rename is left). A row outlives a crash, so the next start finishes or cleans up what the
  crash interrupted; a finished publication leaves no row.
* :class:`NumberCounter` — the last number issued of a series (the pledges' numbers): a number reserved
  for a print that never finished is burnt, never issued again.

Imported at the end of :mod:`app.data.models`. Schema changes here go with the migration ``0022``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlmodel import Field, SQLModel

from app.data.models import utcnow


class FileJournal(SQLModel, table=True):
    __tablename__ = "file_journal"

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32, description="what is written: bundle, manifest, pledges …")
    target: str = Field(description="the final path")
    part: str = Field(description="the temporary path it is written under")
    state: str = Field(default="reserved", max_length=16, description="reserved | committed")
    sha256: str = Field(default="", max_length=64)
    size: int = 0
    note: str = Field(default="", description="what the number is, for the message when the publication was cut off")
    created_at: datetime = Field(default_factory=utcnow)


class NumberCounter(SQLModel, table=True):
    __tablename__ = "number_counter"

    name: str = Field(primary_key=True, max_length=32)
    last: int = Field(default=0, description="the last number issued")


__all__ = ["FileJournal", "NumberCounter"]
