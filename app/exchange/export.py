"""Exporting bundles: the chain, the roster changes, supersession, atomic files, history.

Rules
-----
* Bundles form one chain per school: sequence 1, 2, 3 … each header carrying the SHA-256
  of the previous bundle *file*. The county sees a gap, a replay or a fork at once.
* The first bundle carries the full roster; later ones only the students whose exported
  fields changed since the last bundle (:class:`~app.data.exchange_models.ExchangeRosterState`)
  and the 学籍号 of students removed from the database. ``full_roster=True`` forces a
  full snapshot (e.g. when the county lost its data).
* Period records (status changes, roll calls, leaves, alerts, figures) are always the
  whole period.
* Exporting a period again with nothing changed — same period content, no roster change,
  same key — returns the recorded bundle byte for byte (same sequence, same creation
  time): it is stored (zlib) in the history. Anything changed gives a new bundle at the
  end of the chain that *supersedes* the earlier bundle of that period.
* The header carries the head of the school's audit chain (:func:`audit_chain_head`): the county
  sees whether the chain still runs through the head the previous bundle carried (history not
  rewritten between two bundles) and whether it checked out here.
* The file is written atomically (temporary file, flush + fsync, rename) with a manifest
  ``<file>.manifest.json`` holding its SHA-256; the database rows are flushed first, so
  a failure leaves no file the history does not know.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from lxml import etree
from sqlalchemy import bindparam, insert, update
from sqlmodel import Session, col, delete, select

from app import audit, weekly
from app.accounts import Actor, require
from app.data.db import core
from app.data.exchange_models import ExchangeExport, ExchangeKey, ExchangeRosterState
from app.data.models import School
from app.errors import BaoxueError, NotFound, ValidationError
from app.exchange import keys as keys_mod
from app.field_check import refuse_export
from app.fields import BUNDLE_FIELDS
from app.exchange.bundle import (
    STUDENT_COLUMNS,
    BuildContext,
    Header,
    build,
    collect_records,
    signed_tree,
    student_attrs,
    student_digest,
)
from app.exchange.keys import write_atomic
from app.exchange.schema import NS, SCHEMA_VERSION, AuditChain, hardened_parser, xml_schema
from app.monthly import bundle_months
from app.paths import DataPaths
from app.policy import load as load_policy

log = logging.getLogger(__name__)

EXPORT_PERM = "exchange.export"
MAX_PERIOD_DAYS = 366


@dataclass(frozen=True)
class ExportResult:
    path: Path
    manifest: Path
    sequence: int
    sha256: str
    start: date
    end: date
    reused: bool  # True: nothing changed, the recorded bundle was written again
    supersedes: int | None
    roster_mode: str
    key_change: bool
    counts: dict[str, int]

    @property
    def summary(self) -> str:
        if self.reused:
            return f"第 {self.sequence} 号数据包({self.start}–{self.end})没有变化,已重新写出同一文件。"
        extra = f",替代第 {self.supersedes} 号" if self.supersedes else ""
        return (f"已导出第 {self.sequence} 号数据包({self.start}–{self.end}{extra}):"
                f"学生 {self.counts.get('student', 0)}({'全量' if self.roster_mode == 'full' else '变动'}),"
                f"点名 {self.counts.get('roll_call', 0)},预警 {self.counts.get('alert', 0)}")


@dataclass(frozen=True)
class ExportRow:
    sequence: int
    start: date
    end: date
    created_at: datetime
    sha256: str
    prev_sha256: str
    supersedes: int | None
    superseded_by: int | None
    roster_mode: str
    key_fingerprint: str
    file_name: str
    size: int
    counts: dict[str, int]


# --- periods ------------------------------------------------------------------------------------------


def resolve_period(session: Session, period: tuple[date, date] | None, today: date | None = None) -> tuple[date, date, str]:
    """(start, end, rhythm): the policy's reporting period of ``today`` when ``period`` is None."""
    policy = load_policy(session)
    default = weekly.period_for(today or date.today(), policy)
    if period is None:
        return default[0], default[1], _header_rhythm(policy.report_rhythm)
    start, end = period
    if start > end:
        raise ValidationError("报告期", f"开始日期 {start} 晚于结束日期 {end}")
    if (end - start).days >= MAX_PERIOD_DAYS:
        raise ValidationError("报告期", f"最长 {MAX_PERIOD_DAYS} 天,而 {start}–{end} 有 {(end - start).days + 1} 天")
    return start, end, _header_rhythm(policy.report_rhythm) if (start, end) == default else "custom"


def _header_rhythm(rhythm: str) -> str:
    """The bundle header's rhythm: "both" (weekly figures and the monthly ledgers) sends weekly bundles."""
    return "monthly" if rhythm == "monthly" else "weekly"


def parse_period(text: str | None, session: Session, today: date | None = None) -> tuple[date, date] | None:
    """``this-week`` / empty → None (the policy's period); ``YYYY-MM-DD..YYYY-MM-DD`` → the two days."""
    if text is None or text.strip() in ("", "this-week", "this-period"):
        return None
    if text.strip() == "last-week":
        start, end, _ = resolve_period(session, None, (today or date.today()) - timedelta(days=7))
        return start, end
    parts = text.split("..")
    try:
        if len(parts) != 2:
            raise ValueError
        return date.fromisoformat(parts[0].strip()), date.fromisoformat(parts[1].strip())
    except ValueError:
        raise ValidationError("报告期", f"应写成 this-week 或 YYYY-MM-DD..YYYY-MM-DD,而不是“{text}”") from None


def check_own_bundle(data: bytes, tree=None) -> None:
    """Validate a freshly signed bundle against the XSD before it is written (never send what the county refuses).

    ``tree``: the signed tree ``data`` was serialised from, validated as it is rather than parsed again.
    """
    schema = xml_schema()
    if not schema.validate(tree if tree is not None else etree.fromstring(data, parser=hardened_parser())):
        errs = "; ".join(f"第 {e.line} 行 {e.message}" for e in list(schema.error_log)[:3])
        raise BaoxueError(f"生成的数据包不符合数据包格式,未写出(请把这条信息报告给技术支持):{errs}")


# --- the export ----------------------------------------------------------------------------------------


def file_name_for(school_code: str, sequence: int, start: date, end: date) -> str:
    return f"baoxue-{school_code}-{sequence:05d}-{start:%Y%m%d}-{end:%Y%m%d}.xml"


def _write_bundle(out_dir: Path, rec: ExchangeExport, school_code: str, data: bytes) -> tuple[Path, Path]:
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError("导出目录", f"无法创建 {out_dir}:{exc.strerror or exc}。请检查 U 盘是否插好、是否写保护。") from exc
    path = out_dir / rec.file_name
    manifest = out_dir / (rec.file_name + ".manifest.json")
    info = {
        "file": rec.file_name, "sha256": rec.sha256, "size": len(data), "school_code": school_code,
        "sequence": rec.sequence, "period": {"from": rec.period_start.isoformat(), "to": rec.period_end.isoformat()},
        "supersedes": rec.supersedes, "previous_sha256": rec.prev_sha256 or None,
        "key_fingerprint": keys_mod.group_fingerprint(rec.key_fingerprint), "namespace": NS,
        "schema_version": SCHEMA_VERSION,
        "created": rec.created_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    try:
        write_atomic(path, data, 0o644)
        write_atomic(manifest, (json.dumps(info, ensure_ascii=False, indent=1) + "\n").encode("utf-8"), 0o644)
    except OSError as exc:
        raise ValidationError("导出目录", f"无法写入 {path}:{exc.strerror or exc}。请检查 U 盘空间和写保护。") from exc
    if hashlib.sha256(path.read_bytes()).hexdigest() != rec.sha256:
        raise ValidationError("导出文件", f"{path} 写入后校验不一致(U 盘可能有坏块),请换一个 U 盘重新导出。")
    return path, manifest


_STATE_UPDATE = (update(ExchangeRosterState).where(ExchangeRosterState.student_id == bindparam("sid"))
                 .values(student_number=bindparam("student_number"), digest=bindparam("digest"),
                         sequence=bindparam("sequence")))
_STATE = select(ExchangeRosterState.student_id, ExchangeRosterState.student_number, ExchangeRosterState.digest)


def _roster_state(session: Session) -> dict:
    """What the county holds, per student id (plain rows: student_number, digest)."""
    return {r.student_id: r for r in core(session).execute(_STATE)}


def _roster_changes(session: Session) -> tuple[dict[int, tuple[str, str]], set[int], list[str], bool,
                                                dict[int, dict[str, str]]]:
    """(current id → (number, digest), ids changed since last sent, numbers removed, nothing sent yet,
    every student's fields as sent)."""
    attrs = {s.id: student_attrs(s) for s in core(session).execute(select(*STUDENT_COLUMNS))}
    current = {sid: (a["number"], student_digest(a)) for sid, a in attrs.items()}
    state = _roster_state(session)
    changed = {sid for sid, (_n, d) in current.items() if sid not in state or state[sid].digest != d}
    numbers_now = {n for n, _d in current.values()}
    removed = sorted({r.student_number for sid, r in state.items()
                      if (sid not in current or current[sid][0] != r.student_number) and r.student_number not in numbers_now})
    return current, changed, removed, not state, attrs


def _school_row(session: Session) -> School:
    school = session.exec(select(School).order_by(School.id)).first()
    if school is None:
        raise NotFound("还没有设置学校,无法导出数据包。")
    return school


def audit_chain_head(session: Session, previous: ExchangeExport | None) -> AuditChain | None:
    """The audit chain for the header: its head now, the previous bundle's head as the chain holds it now, and
    whether the chain checks out from there (from the start for the first bundle that carries one)."""
    top = audit.head(session)
    if top is None:
        return None
    since_id = previous.audit_head_id if previous is not None else None
    since_hash = audit.hash_of(session, since_id) if since_id else None
    check = audit.verify_chain(session, from_id=since_id or 0)
    return AuditChain(top[0], top[1], since_id, since_hash or None,
                          check.ok and (since_id is None or bool(since_hash)))


def export_bundle(session: Session, actor: Actor, paths: DataPaths, *, out_dir: Path,
                  passphrase: str | None, period: tuple[date, date] | None = None,
                  today: date | None = None, now: datetime | None = None,
                  full_roster: bool = False) -> ExportResult:
    """Write the signed bundle of ``period`` (default: the policy's reporting period) into ``out_dir``."""
    require(actor, EXPORT_PERM)
    school = _school_row(session)
    start, end, rhythm = resolve_period(session, period, today)
    refuse_export(session, BUNDLE_FIELDS, "导出数据包")  # a value an older version accepted, named, not a traceback
    key_row, private_key, cert = keys_mod.signing_material(session, paths, passphrase)

    current, changed, removed, first, attrs = _roster_changes(session)
    full = full_roster or first
    ctx = BuildContext(session, actor, start, end, rhythm=rhythm, roster_ids=None if full else changed,
                       removed=[] if full else removed, roster_attrs=attrs)

    same_period = session.exec(select(ExchangeExport).where(
        ExchangeExport.period_start == start, ExchangeExport.period_end == end,
        col(ExchangeExport.superseded_by).is_(None)).order_by(col(ExchangeExport.sequence).desc())).first()
    head = session.exec(select(ExchangeExport).order_by(col(ExchangeExport.sequence).desc())).first()

    months = bundle_months(session, start, end)
    collected = collect_records(ctx)
    digest = collected[2]
    if (same_period is not None and not full and not changed and not removed
            and digest == same_period.content_digest and key_row.fingerprint == same_period.key_fingerprint):
        data = zlib.decompress(same_period.data)
        path, manifest = _write_bundle(out_dir, same_period, school.code, data)
        audit.record(session, actor, "exchange.export", "exchange_export", same_period.id,
                     summary=f"重新写出第 {same_period.sequence} 号数据包({start}–{end},无变化)到 {out_dir}")
        return ExportResult(path, manifest, same_period.sequence, same_period.sha256, start, end, True,
                            same_period.supersedes, same_period.roster_mode, False, dict(same_period.counts))

    sequence = (head.sequence + 1) if head else 1
    key_change = None
    if head is not None and head.key_fingerprint != key_row.fingerprint:
        replaced = session.get(ExchangeKey, key_row.replaces_id) if key_row.replaces_id else None
        endorsement = key_row.endorsement if replaced is not None and replaced.fingerprint == head.key_fingerprint else ""
        key_change = (head.key_fingerprint, key_row.fingerprint, endorsement)
    created = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    chain = audit_chain_head(session, head)
    header = Header(school.code, school.name, school.county_code, school.county_name, start, end, rhythm, sequence,
                    head.sha256 if head else "", same_period.sequence if same_period else None, created,
                    "full" if full else "changes", key_change, chain)
    built = build(header, ctx, collected)
    signed = signed_tree(built.root, private_key, cert)
    data = etree.tostring(signed, xml_declaration=True, encoding="UTF-8")  # what sign() returns
    check_own_bundle(data, signed)
    sha = hashlib.sha256(data).hexdigest()

    rec = ExchangeExport(sequence=sequence, period_start=start, period_end=end, roster_mode=header.roster_mode,
                         created_at=created, prev_sha256=header.prev_sha256, sha256=sha,
                         content_digest=built.content_digest, supersedes=header.supersedes,
                         key_fingerprint=key_row.fingerprint, file_name=file_name_for(school.code, sequence, start, end),
                         size=len(data), counts=dict(built.counts, monthly_months=months),
                         data=zlib.compress(data, 6), exported_by=actor.user_id,
                         audit_head_id=chain.head_id if chain else None, audit_head_hash=chain.head_hash if chain else "")
    session.add(rec)
    if same_period is not None:
        same_period.superseded_by = sequence
        session.add(same_period)
    # what the county holds now: one executemany for the new students, one for the changed ones
    state = _roster_state(session)
    new_rows, changed_rows = [], []
    for sid, (number, d) in current.items():
        row = state.get(sid)
        if row is None:
            new_rows.append({"student_id": sid, "student_number": number, "digest": d, "sequence": sequence})
        elif row.digest != d or row.student_number != number:
            changed_rows.append({"sid": sid, "student_number": number, "digest": d, "sequence": sequence})
    conn = core(session)
    if new_rows:
        conn.execute(insert(ExchangeRosterState), new_rows)
    if changed_rows:
        conn.execute(_STATE_UPDATE, changed_rows)
    gone = [sid for sid in state if sid not in current]
    if gone:
        session.exec(delete(ExchangeRosterState).where(col(ExchangeRosterState.student_id).in_(gone)))
    session.flush()
    audit.record(session, actor, "exchange.export", "exchange_export", rec.id,
                 after={"sequence": sequence, "period": [start.isoformat(), end.isoformat()], "sha256": sha,
                        "supersedes": header.supersedes, "roster_mode": header.roster_mode, "counts": built.counts},
                 summary=f"导出第 {sequence} 号县级数据包({start}–{end})")
    path, manifest = _write_bundle(out_dir, rec, school.code, data)
    log.info("bundle %d exported by %s: %s–%s, %s, sha256 %s", sequence, actor.username, start, end, path, sha[:16])
    return ExportResult(path, manifest, sequence, sha, start, end, False, header.supersedes, header.roster_mode,
                        key_change is not None, built.counts)


def export_history(session: Session, actor: Actor) -> list[ExportRow]:
    """Every bundle written, newest first."""
    require(actor, EXPORT_PERM)
    rows = session.exec(select(ExchangeExport).order_by(col(ExchangeExport.sequence).desc())).all()
    return [ExportRow(r.sequence, r.period_start, r.period_end, r.created_at, r.sha256, r.prev_sha256, r.supersedes,
                      r.superseded_by, r.roster_mode, r.key_fingerprint, r.file_name, r.size, dict(r.counts))
            for r in rows]


def resend(session: Session, actor: Actor, sequence: int, out_dir: Path) -> Path:
    """Write a recorded bundle again (the same bytes), e.g. when a USB stick was lost."""
    require(actor, EXPORT_PERM)
    rec = session.exec(select(ExchangeExport).where(ExchangeExport.sequence == sequence)).first()
    if rec is None:
        raise NotFound(f"没有第 {sequence} 号数据包的导出记录。")
    path, _m = _write_bundle(out_dir, rec, _school_row(session).code, zlib.decompress(rec.data))
    audit.record(session, actor, "exchange.resend", "exchange_export", rec.id,
                 summary=f"重新写出第 {sequence} 号数据包到 {out_dir}")
    return path
