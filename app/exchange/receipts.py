"""The school's side of the return path: the county's certificate and the county packages (receipts).

* :func:`register_county` — at set-up the administrator registers the county's certificate (the file the county
  hands out, checked against the fingerprint on the county's sheet). Only a package signed with a registered
  county certificate is believed.
* :func:`import_package` — reads a county package (``baoxue county-package import FILE``). Refused, with the
  reason and nothing changed: not a county package, damaged or not matching its schema, from a newer program, not
  signed by a registered county key (or altered after signing), for another county or another school, replayed with
  other content, out of order (a gap in the county's chain) or not chained to the package before. The same file
  again changes nothing. A receipt naming a bundle the school never exported, or another file than the one it
  exported under that number, is set aside with the reason; every other receipt is applied, in one transaction with
  the audit entry.
* since package 1.1, **transfer arrivals**: a child of the school the county found on another school's roll has
  its transfer out confirmed at once (the request reported and acknowledged, the county package as the authority),
  so the list of unconfirmed transfers (:func:`app.approvals.unconfirmed_transfers`) clears by itself; a child the
  county saw on no school's roll past its limit is kept as such and flagged in that list. A child the school does
  not have, or has no transfer out of, is set aside with the reason.
* since 1.1, the county's **holiday tables and policy settings** that would change something at the school are
  offered, never applied unasked (:mod:`app.exchange.county_offer`): the school confirms (``settings="apply"``, the
  exchange page, ``--apply-settings``) or declines, audited, in one transaction.
* :func:`receipt_states` — per exported sequence: received (with the day), missing (the county confirmed a later
  bundle but not this one) or waiting; :func:`app.exchange.export.export_history` shows it (已接收, 县里未收到, 待回执).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
import re
from datetime import date
from pathlib import Path

from cryptography.x509.oid import NameOID
from lxml import etree
from signxml import XMLVerifier
from signxml.exceptions import InvalidCertificate, InvalidDigest, InvalidInput, InvalidSignature, SignXMLException
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from app import audit
from app.access import Actor, require
from app.data.exchange_models import ExchangeExport
from app.approvals import acknowledge, report_to_county, transfer_out
from app.approvals.workflow import authority
from app.data.approval_models import ApprovalRequest
from app.data.models import School, Student
from app.data.receipt_models import CountyPackageImport, CountyTrust, ExchangeReceipt
from app.errors import NotFound, ValidationError
from app.exchange import copies, county_offer
from app.exchange import keys as keys_mod
from app.exchange import package_format as fmt
from app.exchange.schema import hardened_parser
from app.messages import Clauses, msg

DS = "{http://www.w3.org/2000/09/xmldsig#}"
RECEIVED, MISSING, WAITING = "received", "missing", "waiting"
ASK, APPLY, DECLINE = "ask", "apply", "decline"
STATE_LABELS = {RECEIVED: "已接收", MISSING: "县里未收到", WAITING: "待回执"}


class PackageRefused(ValidationError):
    """A county package that is not applied at all; the reason names the file and what to do."""

    def __init__(self, file: str, code: str, /, **params):
        self.file = file
        super().__init__("县级回执包", "exchange.package_refused", file=file, reason=msg(code, **params))


@dataclass(frozen=True)
class CountyCert:
    county_code: str
    name: str
    fingerprint: str
    already: bool

    @property
    def fingerprint_grouped(self) -> str:
        return keys_mod.group_fingerprint(self.fingerprint)


@dataclass(frozen=True)
class Imported:
    file: str
    sequence: int
    replay: bool  # the same file was imported before: nothing changed
    received: list[int] = field(default_factory=list)  # export sequences confirmed by this package (new ones)
    set_aside: list[str] = field(default_factory=list)
    arrived: list[str] = field(default_factory=list)  # transfers out confirmed now: "name(学籍号) → school, day"
    unseen: list[str] = field(default_factory=list)  # children on no school's roll past the county's limit
    settings: tuple[str, ...] = ()  # the county's settings that would change something here, in Chinese
    settings_state: str = ""  # '' (none offered) | pending | applied | declined

    @property
    def summary(self) -> str:
        if self.replay:
            return f"{self.file}:第 {self.sequence} 号县级回执包已导入过,没有变化"
        text = f"{self.file}:第 {self.sequence} 号县级回执包已导入," + (
            f"县里确认收到第 {'、'.join(map(str, self.received))} 号数据包" if self.received else "没有新的回执")
        text += "".join(f"\n  转出已确认:{a}" for a in self.arrived)
        text += "".join(f"\n  人籍分离:{u}" for u in self.unseen)
        if self.settings:
            text += "\n  " + {"applied": "已采用县里的设置:", "declined": "未采用县里的设置:"}.get(
                self.settings_state, "县里的设置待确认(baoxue county-package settings --apply,或在“县级数据包”页确认):")
            text += "".join(f"\n    {line}" for line in self.settings)
        return text + "".join(f"\n  未采用:{r}" for r in self.set_aside)


def _school(session: Session) -> School:
    school = session.exec(select(School).order_by(School.id)).first()
    if school is None:
        raise NotFound("exchange.no_school_set_up_yet_3")
    return school


def _county_of(cert) -> tuple[str, str]:
    unit = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    org = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    code = unit[0].value.removeprefix("county ").strip() if unit else ""
    return code, org[0].value if org else ""


def register_county(session: Session, actor: Actor, cert_data: bytes, *, expected_fingerprint: str | None = None
                    ) -> CountyCert:
    """Register the county's certificate (PEM or DER) so that its packages are believed."""
    require(actor, "exchange.key")
    cert = keys_mod.load_cert(cert_data)
    fp = keys_mod.fingerprint_hex(cert)
    if expected_fingerprint and keys_mod.normalize_fingerprint(expected_fingerprint) != fp:
        raise ValidationError("证书指纹", "exchange.fingerprint_certificate_file_not_one_2",
                                      group_fingerprint=keys_mod.group_fingerprint(fp))
    code, name = _county_of(cert)
    school = _school(session)
    if code != school.county_code:
        raise ValidationError("县级证书", "exchange.certificate_other_county", code=code or msg("exchange.not_stated"),
                              ours=school.county_code)
    if session.exec(select(CountyTrust).where(CountyTrust.fingerprint == fp)).first() is not None:
        return CountyCert(code, name, fp, True)
    row = CountyTrust(county_code=code, name=name, fingerprint=fp, cert_pem=keys_mod.cert_pem(cert),
                      registered_by=actor.user_id)
    session.add(row)
    session.flush()
    audit.record(session, actor, "exchange.county_cert", "county_trust", row.id,
                 after={"county_code": code, "name": name, "fingerprint": fp},
                 summary=f"登记县级证书:{name}({code}),指纹 {keys_mod.group_fingerprint(fp)[:23]}…")
    return CountyCert(code, name, fp, False)


def _verified_root(name: str, data: bytes, trusted: dict[str, CountyTrust]) -> tuple[etree._Element, str]:
    """The signed document and the fingerprint of the county certificate that signed it, or PackageRefused."""
    if not data.strip():
        raise PackageRefused(name, "exchange.package_empty")
    if len(data) > fmt.MAX_BYTES:
        raise PackageRefused(name, "exchange.package_too_large")
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        raise PackageRefused(name, "exchange.package_doctype")
    try:
        root = etree.fromstring(data, parser=hardened_parser())
    except etree.XMLSyntaxError as exc:
        raise PackageRefused(name, "exchange.package_not_xml", error=exc.msg) from None
    qn = etree.QName(root)
    if qn.localname != "CountyPackage" or qn.namespace != fmt.NS:
        raise PackageRefused(name, "exchange.package_not_county")
    version = root.get("schemaVersion") or ""
    if version not in fmt.SUPPORTED:
        newer = re.fullmatch(r"1\.[0-9]+", version) is not None
        raise PackageRefused(name, "exchange.package_version_newer" if newer else "exchange.package_version_unsupported",
                             version=version)
    schema = fmt.xml_schema()
    if not schema.validate(root):
        raise PackageRefused(name, "exchange.package_format_wrong",
                             errors=Clauses(e.message for e in list(schema.error_log)[:2]))
    certs = root.findall(f"{DS}Signature/{DS}KeyInfo/{DS}X509Data/{DS}X509Certificate")
    if len(root.findall(f"{DS}Signature")) != 1 or len(certs) != 1:
        raise PackageRefused(name, "exchange.package_signature_missing")
    try:
        embedded = keys_mod.load_cert(base64.b64decode("".join((certs[0].text or "").split()), validate=True))
    except Exception:  # noqa: BLE001 - any decoding problem is a broken certificate
        embedded = None
    fp = keys_mod.fingerprint_hex(embedded) if embedded is not None else ""
    if fp not in trusted:
        raise PackageRefused(name, "exchange.package_unknown_certificate")
    try:
        result = XMLVerifier().verify(root, x509_cert=keys_mod.load_cert(trusted[fp].cert_pem),
                                      expect_config=fmt.SIGNATURE_CONFIG)
    except (InvalidSignature, InvalidDigest):
        raise PackageRefused(name, "exchange.package_signature_broken") from None
    except (InvalidCertificate, InvalidInput, SignXMLException, etree.DocumentInvalid) as exc:
        raise PackageRefused(name, "exchange.package_signature_invalid", error=exc) from None
    signed = result.signed_xml
    if signed is None or etree.QName(signed).text != fmt.q("CountyPackage"):
        raise PackageRefused(name, "exchange.package_signature_partial")
    return signed, fp


def import_package(session: Session, actor: Actor, path: str | Path, *, data: bytes | None = None,
                   today: date | None = None, settings: str = "ask") -> Imported:
    """Check and apply one county package (see the module's text); one transaction, audited. The county's
    settings that would change something (:mod:`app.exchange.county_offer`) wait for the school's confirmation
    (``settings="ask"``), or are applied (``"apply"``) or declined (``"decline"``) in the same transaction."""
    require(actor, "exchange.export")
    path = Path(path)
    name = path.name
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PackageRefused(name, "exchange.package_unreadable", strerror=exc.strerror or exc) from None
    sha = hashlib.sha256(data).hexdigest()
    trusted = {t.fingerprint: t for t in session.exec(select(CountyTrust).where(CountyTrust.status == "active"))}
    if not trusted:
        raise PackageRefused(name, "exchange.package_no_county_certificate")
    root, fp = _verified_root(name, data, trusted)
    p = fmt.read(root)
    school = _school(session)
    if p.county_code != school.county_code:
        raise PackageRefused(name, "exchange.package_other_county", county=p.county_code, ours=school.county_code)
    if p.school_code != school.code:
        raise PackageRefused(name, "exchange.package_other_school", school_code=p.school_code, school_name=p.school_name,
                             ours=school.code)
    done = session.exec(select(CountyPackageImport).order_by(col(CountyPackageImport.sequence))).all()
    if any(d.sha256 == sha for d in done):
        return Imported(name, p.sequence, True)
    last = done[-1] if done else None
    if any(d.sequence == p.sequence for d in done):
        raise PackageRefused(name, "exchange.package_sequence_differs", sequence=p.sequence)
    expected = (last.sequence if last else 0) + 1
    if p.sequence != expected:
        raise PackageRefused(name, "exchange.package_out_of_order", expected=expected, sequence=p.sequence)
    if p.prev_sha256 != (last.sha256 if last else ""):
        raise PackageRefused(name, "exchange.package_chain_broken")
    exports = {e.sequence: e for e in session.exec(select(ExchangeExport).options(defer(ExchangeExport.data)))}
    have = {r.export_sequence: r for r in session.exec(select(ExchangeReceipt))}
    received, set_aside = [], []
    for r in p.receipts:
        mine = exports.get(r.sequence)
        if mine is None:
            set_aside.append(f"县里收到的第 {r.sequence} 号数据包({r.start}–{r.end})本校没有导出过:请与县里核实")
            continue
        if mine.sha256 != r.sha256:
            set_aside.append(f"县里收到的第 {r.sequence} 号数据包与本校导出的不是同一个文件(摘要不符):请与县里核实")
            continue
        if r.sequence not in have:
            session.add(ExchangeReceipt(export_sequence=r.sequence, sha256=r.sha256, ingested_on=r.ingested_on,
                                        package_sequence=p.sequence))
            received.append(r.sequence)
    if settings not in (ASK, APPLY, DECLINE):
        raise ValueError(settings)
    arrivals, unseen, arrived, flagged = _transfers(session, actor, p, set_aside, today or date.today())
    offered = county_offer.offer_of(session, p, set_aside)
    row = CountyPackageImport(sequence=p.sequence, sha256=sha, prev_sha256=p.prev_sha256, county_fingerprint=fp,
                              created_at=p.created, imported_by=actor.user_id, file_name=name,
                              receipts=len(p.receipts), set_aside=set_aside, arrivals=arrivals, unseen=unseen)
    session.add(row)
    session.flush()
    lines: tuple[str, ...] = ()
    state = ""
    if county_offer.offer(session, row, offered):
        lines, state = county_offer.describe(session, offered), county_offer.PENDING
        if settings == APPLY:
            county_offer.apply_offer(session, actor, today=today)
            state = county_offer.APPLIED
        elif settings == DECLINE:
            county_offer.decline_offer(session, actor)
            state = county_offer.DECLINED
    audit.record(session, actor, "exchange.receipts", "county_package_import", row.id,
                 after={"sequence": p.sequence, "received": received, "set_aside": set_aside,
                        "arrived": arrived, "unseen": flagged},
                 summary=f"导入第 {p.sequence} 号县级回执包:确认收到 {len(received)} 个数据包"
                         + (f",{len(arrived)} 名转出学生已到达新学校" if arrived else "")
                         + (f",{len(flagged)} 名转出学生未到任何学校" if flagged else "")
                         + (f",{len(set_aside)} 条未采用" if set_aside else ""))
    if received:
        session.flush()
        copies.prune(session, actor)  # a confirmed bundle's copy may go now
    return Imported(name, p.sequence, False, received, set_aside, arrived, flagged, lines, state)


def _students_named(session: Session, numbers: set[str]) -> dict[str, Student]:
    """The school's students by their key in the bundles: the 学籍号, or ``U<id>`` while unregistered."""
    found = {s.student_number: s for s in session.exec(select(Student).where(col(Student.student_number).in_(
        sorted(numbers))))}
    ids = {int(n[1:]): n for n in numbers if n.startswith("U") and n[1:].isdigit()}
    if ids:
        found.update({ids[s.id]: s for s in session.exec(select(Student).where(col(Student.id).in_(sorted(ids))))
                      if not s.student_number})
    return found


def _open_transfers(session: Session, student_id: int) -> list[ApprovalRequest]:
    return list(session.exec(select(ApprovalRequest).where(
        ApprovalRequest.student_id == student_id, ApprovalRequest.kind == transfer_out.KIND.key,
        col(ApprovalRequest.state).in_(["approved", "reported", "acknowledged"])).order_by(ApprovalRequest.id)))


def _transfers(session: Session, actor: Actor, p: fmt.Package, set_aside: list[str], today: date
               ) -> tuple[list[dict], list[dict], list[str], list[str]]:
    """Apply the package's transfer lines: (arrivals kept, unseen kept, arrivals confirmed now, unseen named now)."""
    pupils = _students_named(session, {a.student for a in p.arrivals} | {u.student for u in p.unseen})
    acting = authority(actor)  # the county's signed word stands for the registrar's step
    kept_a, kept_u, arrived, flagged = [], [], [], []
    for a in p.arrivals:
        s = pupils.get(a.student)
        where = f"{a.school_name}({a.school_code})" if a.school_name else a.school_code
        if s is None:
            set_aside.append(f"县里说学籍号 {a.student} 的学生已到达{where},本校没有这个学生:请与县里核实")
            continue
        reqs = _open_transfers(session, s.id)
        if not reqs:
            set_aside.append(f"县里说{s.name}({a.student})已到达{where},本校没有该生的转出审批:请核实")
            continue
        comment = f"县级回执包第 {p.sequence} 号:已于 {a.arrived_on} 在{where}注册"
        confirmed = [r for r in reqs if r.state != "acknowledged"]
        for r in confirmed:
            if r.state == "approved":
                report_to_county(session, acting, r.id, comment, today)
            acknowledge(session, acting, r.id, comment, today)
        kept_a.append({"student": a.student, "leftOn": a.left_on.isoformat(), "school": a.school_code,
                       "schoolName": a.school_name, "arrivedOn": a.arrived_on.isoformat(), "request": reqs[-1].id})
        if confirmed:
            arrived.append(f"{s.name}({a.student})→ {where},{a.arrived_on}")
    for u in p.unseen:
        s = pupils.get(u.student)
        if s is None:
            set_aside.append(f"县里说学籍号 {u.student} 的学生转出后未到任何学校,本校没有这个学生:请与县里核实")
            continue
        reqs = [r for r in _open_transfers(session, s.id) if r.state != "acknowledged"]
        if not reqs:
            set_aside.append(f"县里说{s.name}({u.student})转出后未到任何学校,本校没有该生待确认的转出:请核实")
            continue
        kept_u.append({"student": u.student, "leftOn": u.left_on.isoformat(), "overdueSince": u.overdue_since.isoformat(),
                       "limit": u.limit, "request": reqs[-1].id})
        flagged.append(f"{s.name}({u.student}){u.left_on} 转出,超过 {u.limit} 个上学日仍未到任何学校")
    return kept_a, kept_u, arrived, flagged



def receipt_states(session: Session) -> dict[int, tuple[str, date | None]]:
    """Per exported sequence: (received | missing | waiting, the day the county ingested it). Missing: the county
    confirmed a later bundle but not this one (a gap in what it holds); waiting: no later bundle confirmed yet."""
    receipts = {r.export_sequence: r.ingested_on for r in session.exec(select(ExchangeReceipt))}
    highest = max(receipts, default=0)
    out = {}
    for sequence in session.exec(select(ExchangeExport.sequence)):
        if sequence in receipts:
            out[sequence] = (RECEIVED, receipts[sequence])
        else:
            out[sequence] = (MISSING if sequence < highest else WAITING, None)
    return out
