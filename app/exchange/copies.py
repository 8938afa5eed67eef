"""The copies of the bundles the export history keeps, and how long it keeps them (issue #18).

What is kept
------------
Each bundle written is kept in its history row (``exchange_export.data``) so that the same file can be written again
(a lost USB stick: :func:`app.exchange.export.resend`; an unchanged period exported again). The file itself is base64
of AES-GCM ciphertext, which no compressor shortens past base64's 6 bits a byte; so the row keeps what makes the
file instead (:func:`keep`): the signed bundle zlib-compressed *before* encryption, and its sealing
(:class:`app.exchange.envelope.Sealing`: the AES key, the nonce, the key wrapped to the county) — from which
:func:`file_of` seals the same bytes again, checked against the row's SHA-256. A weekly bundle of a 5,000-pupil
school is ~1.8 MB as a file and ~1.3 MB Huffman-coded (how rows before this module keep it, still read), ~0.1 MB
this way. The AES key beside the plaintext tells nothing the school database (SQLCipher, holding every pupil the
bundle names) does not hold already; the file on the stick stays readable by the county's key only.

How long
--------
A copy is needed while the county may still ask for that file. :func:`droppable` is the rule: a copy is dropped
when all of these hold —

* the county's signed package confirms it received this very file (an imported receipt, SHA-256 checked:
  the history's 已接收); a bundle the county has not confirmed (待回执, 县里未收到) keeps its copy, superseded or not;
* it is not one of the :data:`KEEP_NEWEST` newest bundles;
* its period ended before the term of the newest bundle began (the current term's bundles are all kept).

The row stays — sequence, period, the chain's digests, the signed digest, the counts — so the chain and the history
still check out; only ``data`` is emptied (:data:`DROPPED`). :func:`prune` applies the rule as part of the
operations that change its inputs — an export (a newer bundle) and a county package import (a receipt) — in their
transaction, with its own audit entry. A dropped copy's bundle is written again by exporting its period again (a new
number, superseding it).
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from app import audit
from app.access import Actor
from app.data.db import core
from app.data.exchange_models import ExchangeExport
from app.data.models import Term
from app.data.receipt_models import ExchangeReceipt
from app.exchange import envelope

#: the newest bundles whose copies are kept whatever the county confirmed
KEEP_NEWEST = 4
#: ``data`` of a row whose copy was dropped
DROPPED = b""
#: the start of a copy kept as plaintext and sealing (a row before this module holds a zlib stream: 0x78 …)
MAGIC = b"BXS1"
_HEAD = struct.Struct(">32s12sH")


def keep(plaintext: bytes, sealing: envelope.Sealing, fingerprint: str) -> bytes:
    """What the history keeps of the file ``envelope.seal(plaintext, sealing, fingerprint)``."""
    fp = fingerprint.encode("ascii")
    return (MAGIC + _HEAD.pack(sealing.key, sealing.nonce, len(sealing.wrapped_key)) + sealing.wrapped_key
            + bytes([len(fp)]) + fp + zlib.compress(plaintext, 6))


def file_of(stored: bytes) -> bytes:
    """The file's bytes again from what :func:`keep` made (or from a zlib copy of a row written before it)."""
    if not stored.startswith(MAGIC):
        return zlib.decompress(stored)
    at = len(MAGIC)
    key, nonce, n = _HEAD.unpack_from(stored, at)
    at += _HEAD.size
    wrapped = stored[at:at + n]
    at += n
    fp = stored[at + 1:at + 1 + stored[at]].decode("ascii")
    at += 1 + stored[at]
    return envelope.seal(zlib.decompress(stored[at:]), envelope.Sealing(key, nonce, wrapped), fp)


def checked_keep(plaintext: bytes, sealing: envelope.Sealing, fingerprint: str, sha256: str) -> bytes:
    """:func:`keep`, after checking that it gives the file of ``sha256`` back (a copy that would not is an error)."""
    stored = keep(plaintext, sealing, fingerprint)
    if hashlib.sha256(file_of(stored)).hexdigest() != sha256:
        raise RuntimeError("the kept copy of the bundle does not give its file back")
    return stored


@dataclass(frozen=True)
class CopyState:
    """One history row as the rule sees it."""

    sequence: int
    period_end: date
    kept: bool  # the row still holds its copy
    received: bool  # an imported county receipt confirms this file


def droppable(rows: list[CopyState], term_start: date | None, keep_newest: int = KEEP_NEWEST) -> list[int]:
    """The sequences whose copies go now (see the module's text); ``term_start``: the start of the term of the
    newest bundle (None: no term holds it, so only the other two conditions count)."""
    newest = {r.sequence for r in sorted(rows, key=lambda r: -r.sequence)[:keep_newest]}
    return sorted(r.sequence for r in rows
                  if r.kept and r.received and r.sequence not in newest
                  and (term_start is None or r.period_end < term_start))


def copy_states(session: Session) -> list[CopyState]:
    received = set(session.exec(select(ExchangeReceipt.export_sequence)))
    rows = core(session).execute(select(ExchangeExport.sequence, ExchangeExport.period_end,
                                        func.length(ExchangeExport.data) > 0)).all()
    return [CopyState(seq, end, bool(kept), seq in received) for seq, end, kept in rows]


def _term_start(session: Session, day: date) -> date | None:
    return session.exec(select(Term.start_date).where(Term.start_date <= day)
                        .order_by(col(Term.start_date).desc())).first()


def prune(session: Session, actor: Actor | None) -> list[int]:
    """Drop the copies :func:`droppable` names, with the audit entry, in the caller's transaction; their sequences."""
    rows = copy_states(session)
    if not rows:
        return []
    newest = max(rows, key=lambda r: r.sequence)
    gone = droppable(rows, _term_start(session, newest.period_end))
    if not gone:
        return []
    core(session).execute(update(ExchangeExport).where(col(ExchangeExport.sequence).in_(gone))
                          .values(data=DROPPED))
    audit.record(session, actor, "exchange.drop_copies", "exchange_export", None,
                 after={"sequences": gone, "count": len(gone), "first": gone[0], "last": gone[-1]},
                 summary=f"清理 {len(gone)} 个县里已确认接收的数据包文件副本(第 {gone[0]}–{gone[-1]} 号中),"
                         "导出记录保留")
    return gone


def copy_kept(session: Session, sequence: int) -> bool:
    """Whether the history row of ``sequence`` still holds its copy (SQLite's length() reads no blob)."""
    return bool(core(session).execute(select(func.length(ExchangeExport.data) > 0)
                                      .where(ExchangeExport.sequence == sequence)).scalar())


__all__ = ["CopyState", "DROPPED", "KEEP_NEWEST", "checked_keep", "copy_kept", "copy_states", "droppable",
           "file_of", "keep", "prune"]
