"""Exporting bundles: the chain, the roster changes, supersession, atomic files, history.

Rules
-----
* Bundles form one chain per school: sequence 1, 2, 3 … each header carrying the digest of
  what the previous bundle's signature covers (its ``DigestValue``; the previous *file*'s SHA-256
  for a bundle written before revision 0028). The county sees a gap, a replay or a fork at once,
  whatever happened to the file's line ends on the way.
* Each signed bundle is encrypted to the county's certificate (:mod:`app.exchange.envelope`): the
  file on the USB stick shows no pupil to whoever finds it. A school that has not registered the
  county's certificate is told how to, and nothing is written.
* The first bundle carries the full roster; later ones only the students whose exported
  fields changed since the last bundle (:class:`~app.data.exchange_models.ExchangeRosterState`)
  and the 学籍号 of students removed from the database. ``full_roster=True`` forces a
  full snapshot (e.g. when the county lost its data).
* Period records (status changes, roll calls, leaves, alerts, figures) are always the
  whole period.
* Lasting records (mentor assignments, schema 1.5) are sent when they change since the last
  bundle (:class:`~app.data.exchange_models.ExchangeLastingState`), every one of the term in the
  first bundle of a term (``LastingMode`` full; also with ``full_roster``).
* Exporting a period again with nothing changed — same period content, no roster or lasting change,
  same key — returns the recorded bundle byte for byte (same sequence, same creation
  time): the history keeps what makes it (:mod:`app.exchange.copies`). Anything changed gives a new bundle at the
  end of the chain that *supersedes* the earlier bundle of that period; so does exporting again a period whose copy
  was cleared (the county confirmed it, it is older than the current term and the newest bundles).
* The header carries the head of the school's audit chain (:func:`audit_chain_head`): the county
  sees whether the chain still runs through the head the previous bundle carried (history not
  rewritten between two bundles) and whether it checked out here.
* The file and its manifest ``<file>.manifest.json`` (holding its SHA-256) are written through
  :func:`app.numbered_files.publish`: the bundle enters the history (its number is issued, committed
  to disk) before a byte of it is written, the files are written under temporary names and fsynced,
  and they get their final names last. A crash anywhere leaves no bundle file the history does not
  know, so the next export never issues the same number again (the county never sees a fork);
  a bundle whose file was cut off is written again by exporting the period again (the same bytes) or
  by :func:`resend`.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from lxml import etree
from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import defer
from sqlmodel import Session, col, delete, select

from app import audit, weekly
from app.accounts import Actor, require
from app.data.db import core
from app.data.exchange_models import ExchangeExport, ExchangeKey, ExchangeLastingState, ExchangeRosterState
from app.data.models import School, Term
from app.data.receipt_models import CountyTrust
from app.errors import BaoxueError, ConflictError, NotFound, ValidationError
from app.exchange import keys as keys_mod
from app.exchange import copies, envelope, receipts, xmldsig
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
from app.exchange.schema import NS, SCHEMA_VERSION, AuditChain, xml_schema
from app.files import clean_parts, promote, sha256_of, write_part
from app.messages import msg
from app.monthly import bundle_months
from app.numbered_files import FileSpec, publish, reconcile
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
    signed_digest: str = ""  # what the signature covers: the next bundle's PreviousDigest ("" before 0028)

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
    receipt: str = ""  # received | missing | waiting (app.exchange.receipts)
    received_on: date | None = None  # the day the county ingested it
    copy_kept: bool = True  # False: the file's copy was cleared (app.exchange.copies), only the record is left

    @property
    def receipt_label(self) -> str:
        return receipts.STATE_LABELS.get(self.receipt, "")


# --- periods ------------------------------------------------------------------------------------------


def resolve_period(session: Session, period: tuple[date, date] | None, today: date | None = None) -> tuple[date, date, str]:
    """(start, end, rhythm): the policy's reporting period of ``today`` when ``period`` is None."""
    policy = load_policy(session)
    default = weekly.period_for(today or date.today(), policy)
    if period is None:
        return default[0], default[1], _header_rhythm(policy.report_rhythm)
    start, end = period
    if start > end:
        raise ValidationError("报告期", "exchange.start_date_after_end_date", start=start, end=end)
    if (end - start).days >= MAX_PERIOD_DAYS:
        raise ValidationError("报告期", "exchange.most_days_days",
                                     max_period_days=MAX_PERIOD_DAYS,
                                     start=start,
                                     end=end,
                                     days_add=(end - start).days + 1)
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
        raise ValidationError("报告期", "exchange.should_written_week_yyyy_mm", text=text) from None


def check_own_bundle(tree: etree._Element) -> None:
    """Validate a freshly signed bundle (the tree, as it is) against the XSD before it is written (never send what
    the county refuses)."""
    schema = xml_schema()
    if not schema.validate(tree):
        errs = "; ".join(f"第 {e.line} 行 {e.message}" for e in list(schema.error_log)[:3])
        raise BaoxueError("exchange.data_package_made_does_not", errs=errs)


# --- the export ----------------------------------------------------------------------------------------


def file_name_for(school_code: str, sequence: int, start: date, end: date) -> str:
    return f"baoxue-{school_code}-{sequence:05d}-{start:%Y%m%d}-{end:%Y%m%d}.xml"


def _out_folder(out_dir: Path) -> Path:
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError("导出目录", "exchange.cannot_created_check_usb_drive",
                                      out_dir=out_dir,
                                      strerror=exc.strerror or exc) from exc
    return out_dir


def _manifest_bytes(rec: ExchangeExport, school_code: str) -> bytes:
    info = {
        "file": rec.file_name, "sha256": rec.sha256, "size": rec.size, "school_code": school_code,
        "sequence": rec.sequence, "period": {"from": rec.period_start.isoformat(), "to": rec.period_end.isoformat()},
        "supersedes": rec.supersedes, "previous_sha256": rec.prev_sha256 or None,
        "key_fingerprint": keys_mod.group_fingerprint(rec.key_fingerprint), "namespace": NS,
        "schema_version": SCHEMA_VERSION, "signed_digest": rec.signed_digest or None,
        "encrypted_to": keys_mod.group_fingerprint(rec.encrypted_to) if rec.encrypted_to else None,
        "created": rec.created_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    return (json.dumps(info, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _files_of(out_dir: Path, rec: ExchangeExport, school_code: str, data: bytes) -> list[FileSpec]:
    """The bundle and its manifest, as :func:`app.numbered_files.publish` writes them."""
    manifest = _manifest_bytes(rec, school_code)
    return [FileSpec(out_dir / rec.file_name, lambda p: p.write_bytes(data), "bundle", "数据包", 0o644),
            FileSpec(out_dir / (rec.file_name + ".manifest.json"), lambda p: p.write_bytes(manifest), "manifest",
                     "数据包清单", 0o644)]


def _write_bundle(out_dir: Path, rec: ExchangeExport, school_code: str, data: bytes) -> tuple[Path, Path]:
    """Write a bundle the history already holds (the same bytes again), the same way numbered files are written."""
    out_dir = _out_folder(out_dir)
    specs = _files_of(out_dir, rec, school_code, data)
    for spec in specs:
        clean_parts(out_dir, prefix=spec.path.name)
        part, _ = write_part(spec.path, None, by_path=spec.write, what=spec.what, mode=spec.mode)
        if spec.kind == "bundle":
            _check_written(part, rec)
        promote(part, spec.path, what=spec.what)
    return specs[0].path, specs[1].path


def _check_written(part: Path, rec: ExchangeExport) -> None:
    if sha256_of(part) != rec.sha256:
        part.unlink(missing_ok=True)
        raise ValidationError("导出文件", "exchange.did_not_check_out_after", parent_div=part.parent / rec.file_name)


class _HeadMoved(Exception):
    """Another export issued a number between building this bundle and reserving its number."""


_STATE_UPDATE = (update(ExchangeRosterState).where(ExchangeRosterState.student_id == bindparam("sid"))
                 .values(student_number=bindparam("student_number"), digest=bindparam("digest"),
                         sequence=bindparam("sequence")))
_STATE = select(ExchangeRosterState.student_id, ExchangeRosterState.student_number, ExchangeRosterState.digest)


def _roster_state(session: Session) -> dict:
    """What the county holds, per student id (plain rows: student_number, digest)."""
    return {r.student_id: r for r in core(session).execute(_STATE).all()}


def _roster_changes(session: Session) -> tuple[dict[int, tuple[str, str]], set[int], list[str], bool,
                                                dict[int, dict[str, str]]]:
    """(current id → (number, digest), ids changed since last sent, numbers removed, nothing sent yet,
    every student's fields as sent)."""
    attrs = {s.id: student_attrs(s) for s in core(session).execute(select(*STUDENT_COLUMNS)).all()}
    current = {sid: (a["number"], student_digest(a)) for sid, a in attrs.items()}
    state = _roster_state(session)
    changed = {sid for sid, (_n, d) in current.items() if sid not in state or state[sid].digest != d}
    numbers_now = {n for n, _d in current.values()}
    removed = sorted({r.student_number for sid, r in state.items()
                      if (sid not in current or current[sid][0] != r.student_number) and r.student_number not in numbers_now})
    return current, changed, removed, not state, attrs


def _term_start(session: Session, day: date) -> date | None:
    """The first day of the term holding ``day`` (else of the last term begun by then)."""
    return session.exec(select(Term.start_date).where(Term.start_date <= day)
                        .order_by(col(Term.start_date).desc())).first()


def _first_of_term(session: Session, term_start: date | None, same_period: ExchangeExport | None) -> bool:
    """No other bundle (not superseded) of this term yet: this one carries the lasting records in full."""
    if term_start is None:
        return session.exec(select(ExchangeExport.id).where(col(ExchangeExport.superseded_by).is_(None))).first() is None
    stmt = select(ExchangeExport.id).where(col(ExchangeExport.superseded_by).is_(None),
                                           ExchangeExport.period_end >= term_start)
    if same_period is not None:
        stmt = stmt.where(ExchangeExport.id != same_period.id)
    return session.exec(stmt).first() is None


def _lasting_state(session: Session) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for kind, rkey, digest in core(session).execute(select(ExchangeLastingState.kind, ExchangeLastingState.rkey,
                                                           ExchangeLastingState.digest)):
        out.setdefault(kind, {})[rkey] = digest
    return out


_LASTING_UPDATE = (update(ExchangeLastingState).where(ExchangeLastingState.kind == bindparam("k"),
                                                      ExchangeLastingState.rkey == bindparam("r"))
                   .values(digest=bindparam("digest"), sequence=bindparam("sequence")))


def _save_lasting_state(session: Session, state: dict[str, dict[str, str]], now: dict[str, dict[str, str]],
                        sequence: int) -> None:
    """What the county holds after this bundle: every lasting record's digest now (sent, or already held)."""
    new_rows, changed_rows = [], []
    for kind, records in now.items():
        held = state.get(kind, {})
        for key, d in records.items():
            if key not in held:
                new_rows.append({"kind": kind, "rkey": key, "digest": d, "sequence": sequence})
            elif held[key] != d:
                changed_rows.append({"k": kind, "r": key, "digest": d, "sequence": sequence})
    conn = core(session)
    if new_rows:
        conn.execute(insert(ExchangeLastingState), new_rows)
    if changed_rows:
        conn.execute(_LASTING_UPDATE, changed_rows)


def _school_row(session: Session) -> School:
    school = session.exec(select(School).order_by(School.id)).first()
    if school is None:
        raise NotFound("exchange.no_school_set_up_yet")
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


#: how often an export builds its bundle again when another export took the next number meanwhile
BUILD_ATTEMPTS = 3


def previous_link(head: ExchangeExport | None) -> str:
    """The next bundle's ``PreviousDigest``: the digest of what ``head``'s signature covers, or the SHA-256 of its
    file when it was written before revision 0028 (the county holds that one for it)."""
    if head is None:
        return ""
    return head.signed_digest or head.sha256


@dataclass(frozen=True)
class CountyRecipient:
    fingerprint: str
    cert: x509.Certificate


def county_recipient(session: Session) -> CountyRecipient:
    """The county certificate bundles are encrypted to: the newest one the school registered
    (``baoxue county-package trust``). A school without one cannot export: nothing leaves it in clear."""
    row = session.exec(select(CountyTrust).where(CountyTrust.status == "active")
                       .order_by(col(CountyTrust.id).desc())).first()
    if row is None:
        raise ValidationError(
            "县级证书", "exchange.data_package_encrypted_county_education")
    return CountyRecipient(row.fingerprint, keys_mod.load_cert(row.cert_pem))


def export_bundle(session: Session, actor: Actor, paths: DataPaths, *, out_dir: Path,
                  passphrase: str | None, period: tuple[date, date] | None = None,
                  today: date | None = None, now: datetime | None = None,
                  full_roster: bool = False) -> ExportResult:
    """Write the signed bundle of ``period`` (default: the policy's reporting period) into ``out_dir``.

    The bundle is built and signed first, holding no lock; its number is then issued, and the file
    written, through :func:`app.numbered_files.publish` (the session is committed in those steps). When
    another export issued the next number in between, the bundle is built again on the new head.
    """
    require(actor, EXPORT_PERM)
    school = _school_row(session)
    start, end, rhythm = resolve_period(session, period, today)
    refuse_export(session, BUNDLE_FIELDS, msg("exchange.export_the_package"))  # a value an older version accepted, named, not a traceback
    key_row, private_key, cert = keys_mod.signing_material(session, paths, passphrase)
    county = county_recipient(session)
    out_dir = _out_folder(out_dir)
    reconcile(session)
    for _attempt in range(BUILD_ATTEMPTS):
        try:
            return _export_once(session, actor, school, out_dir, start, end, rhythm, key_row, private_key, cert,
                                county, now=now, full_roster=full_roster)
        except _HeadMoved:
            session.rollback()
    raise ConflictError("exchange.another_data_package_being_exported")


def _export_once(session: Session, actor: Actor, school: School, out_dir: Path, start: date, end: date, rhythm: str,
                 key_row: ExchangeKey, private_key, cert, county: CountyRecipient, *, now: datetime | None,
                 full_roster: bool) -> ExportResult:
    current, changed, removed, first, attrs = _roster_changes(session)
    full = full_roster or first
    same_period = _same_period(session, start, end)
    head = _head(session)
    term_start = _term_start(session, end)
    lasting_full = full or _first_of_term(session, term_start, same_period)
    lasting_state = _lasting_state(session)
    ctx = BuildContext(session, actor, start, end, rhythm=rhythm, roster_ids=None if full else changed,
                       removed=[] if full else removed, roster_attrs=attrs, lasting_since=term_start,
                       lasting_sent=None if lasting_full else lasting_state)

    months = bundle_months(session, start, end)
    collected = collect_records(ctx)
    digest = collected[2]
    lasting_changed = any(lasting_state.get(kind, {}).get(key) != d
                          for kind, now in ctx.lasting_now.items() for key, d in now.items())
    if (same_period is not None and not full and copies.copy_kept(session, same_period.sequence) and not changed and not removed and not lasting_changed
            and digest == same_period.content_digest and key_row.fingerprint == same_period.key_fingerprint):
        data = copies.file_of(same_period.data)  # deferred: read now
        path, manifest = _write_bundle(out_dir, same_period, school.code, data)
        audit.record(session, actor, "exchange.export", "exchange_export", same_period.id,
                     summary=f"重新写出第 {same_period.sequence} 号数据包({start}–{end},无变化)到 {out_dir}")
        return ExportResult(path, manifest, same_period.sequence, same_period.sha256, start, end, True,
                            same_period.supersedes, same_period.roster_mode, False, dict(same_period.counts),
                            same_period.signed_digest)

    sequence = (head.sequence + 1) if head else 1
    key_change = None
    if head is not None and head.key_fingerprint != key_row.fingerprint:
        replaced = session.get(ExchangeKey, key_row.replaces_id) if key_row.replaces_id else None
        endorsement = key_row.endorsement if replaced is not None and replaced.fingerprint == head.key_fingerprint else ""
        key_change = (head.key_fingerprint, key_row.fingerprint, endorsement)
    created = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    chain = audit_chain_head(session, head)
    header = Header(school.code, school.name, school.county_code, school.county_name, start, end, rhythm, sequence,
                    previous_link(head), same_period.sequence if same_period else None, created,
                    "full" if full else "changes", key_change, chain, "full" if lasting_full else "changes")
    built = build(header, ctx, collected)
    signed = signed_tree(built.root, private_key, cert)
    check_own_bundle(signed)
    signed_digest = xmldsig.signed_digest(signed)
    plaintext = etree.tostring(signed, encoding="UTF-8", xml_declaration=False)
    data, sealing = envelope.encrypt_sealed(plaintext, county.cert, county.fingerprint)
    sha = hashlib.sha256(data).hexdigest()

    rec = ExchangeExport(sequence=sequence, period_start=start, period_end=end, roster_mode=header.roster_mode,
                         created_at=created, prev_sha256=header.prev_sha256, sha256=sha,
                         content_digest=built.content_digest, supersedes=header.supersedes,
                         key_fingerprint=key_row.fingerprint, file_name=file_name_for(school.code, sequence, start, end),
                         size=len(data), counts=dict(built.counts, monthly_months=months),
                         data=copies.checked_keep(plaintext, sealing, county.fingerprint, sha), exported_by=actor.user_id, signed_digest=signed_digest,
                         encrypted_to=county.fingerprint,
                         audit_head_id=chain.head_id if chain else None, audit_head_hash=chain.head_hash if chain else "")
    head_seen = (head.sequence, head.sha256) if head else None
    same_seen = same_period.sequence if same_period else None

    def reserve(s: Session) -> ExchangeExport:
        """The bundle enters the history (its number is issued) in one short transaction; nothing is built here."""
        now_head = _head(s)
        now_same = _same_period(s, start, end)
        if ((now_head.sequence, now_head.sha256) if now_head else None) != head_seen or \
                (now_same.sequence if now_same else None) != same_seen:
            raise _HeadMoved()
        s.add(rec)
        if now_same is not None:
            now_same.superseded_by = sequence
            s.add(now_same)
        _save_roster_state(s, current, sequence)
        _save_lasting_state(s, lasting_state, ctx.lasting_now, sequence)
        s.flush()
        audit.record(s, actor, "exchange.export", "exchange_export", rec.id,
                     after={"sequence": sequence, "period": [start.isoformat(), end.isoformat()], "sha256": sha,
                            "supersedes": header.supersedes, "roster_mode": header.roster_mode,
                            "counts": built.counts},
                     summary=f"导出第 {sequence} 号县级数据包({start}–{end})")
        copies.prune(s, actor)  # a newer bundle: an older confirmed one may leave the newest kept
        return rec

    def check(_s: Session, r: ExchangeExport, written) -> None:
        if written[0].sha256 != r.sha256:
            raise ValidationError("导出文件", "exchange.did_not_check_out_after_2", written_path=written[0].path)

    publish(session, reserve=reserve, files=lambda r: _files_of(out_dir, r, school.code, data), record=check,
            note=f"第 {sequence} 号数据包")
    path = out_dir / rec.file_name
    log.info("bundle %d exported by %s: %s–%s, %s, sha256 %s", sequence, actor.username, start, end, path, sha[:16])
    return ExportResult(path, out_dir / (rec.file_name + ".manifest.json"), sequence, sha, start, end, False,
                        header.supersedes, header.roster_mode, key_change is not None, built.counts, signed_digest)


def _head(session: Session) -> ExchangeExport | None:
    """The newest bundle of the history: one row (the ORM's ``first()`` alone reads every row of the history), its file,
    ``data``, read only when used (megabytes to decrypt)."""
    return session.exec(select(ExchangeExport).options(defer(ExchangeExport.data))
                        .order_by(col(ExchangeExport.sequence).desc()).limit(1)).first()


def _same_period(session: Session, start: date, end: date) -> ExchangeExport | None:
    return session.exec(select(ExchangeExport).options(defer(ExchangeExport.data)).where(
        ExchangeExport.period_start == start, ExchangeExport.period_end == end,
        col(ExchangeExport.superseded_by).is_(None)).order_by(col(ExchangeExport.sequence).desc()).limit(1)).first()


def _save_roster_state(session: Session, current: dict[int, tuple[str, str]], sequence: int) -> None:
    """What the county holds now: one executemany for the new students, one for the changed ones."""
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


def export_history(session: Session, actor: Actor) -> list[ExportRow]:
    """Every bundle written, newest first."""
    require(actor, EXPORT_PERM)
    rows = session.exec(select(ExchangeExport).options(defer(ExchangeExport.data))
                        .order_by(col(ExchangeExport.sequence).desc())).all()
    states = receipts.receipt_states(session)
    kept = {c.sequence: c.kept for c in copies.copy_states(session)}
    return [ExportRow(r.sequence, r.period_start, r.period_end, r.created_at, r.sha256, r.prev_sha256, r.supersedes,
                      r.superseded_by, r.roster_mode, r.key_fingerprint, r.file_name, r.size, dict(r.counts),
                      *states.get(r.sequence, ("", None)), kept.get(r.sequence, True))
            for r in rows]


def resend(session: Session, actor: Actor, sequence: int, out_dir: Path) -> Path:
    """Write a recorded bundle again (the same bytes), e.g. when a USB stick was lost."""
    require(actor, EXPORT_PERM)
    rec = session.exec(select(ExchangeExport).where(ExchangeExport.sequence == sequence)).first()
    if rec is None:
        raise NotFound("exchange.there_no_export_record_data", sequence=sequence)
    if rec.data == copies.DROPPED:
        raise ValidationError("数据包", "exchange.copy_dropped", sequence=sequence, start=rec.period_start.isoformat(),
                              end=rec.period_end.isoformat())
    path, _m = _write_bundle(out_dir, rec, _school_row(session).code, copies.file_of(rec.data))
    audit.record(session, actor, "exchange.resend", "exchange_export", rec.id,
                 summary=f"重新写出第 {sequence} 号数据包到 {out_dir}")
    return path
