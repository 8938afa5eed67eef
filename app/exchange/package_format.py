"""The county package: what the county sends back to one school, signed with the county's key (issue 17 item 3).

Namespace ``urn:baoxue:county-package:1``, XML Schema ``resources/schema/baoxue-county-package-1.xsd``, documented in
``resources/schema/README.md``. Version 1.0 carries the **receipts**: every bundle of the school the county ingested
(sequence, SHA-256, period, the day it was ingested). Version 1.1 adds, each section optional: the school's
**transfers** out as the county sees them (arrived at another school, or on no school's roll past the county's
limit), the **holiday table** of years the county loaded, and the **county policy** settings it decides. The county's own chain (per school: sequence, previous digest)
lets the school refuse a replayed, reordered or forged package. Signed like a bundle: one enveloped XML Signature
over the whole document (RSA-SHA256, exclusive c14n), the county's certificate in ``KeyInfo`` — which the school only
uses to find the certificate it registered.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, timezone
from functools import lru_cache

from lxml import etree
from signxml import DigestAlgorithm, SignatureMethod
from signxml.verifier import SignatureConfiguration

from app import __version__
from app.errors import ValidationError
from app.exchange.schema import hardened_parser
from app.paths import resource
from app.policy import LABELS, Policy

NS = "urn:baoxue:county-package:1"
VERSION = "1.1"
#: the minor versions of major version 1 this program reads
SUPPORTED = frozenset({"1.0", "1.1"})
#: the school's policy settings a county decides (names as in :class:`app.policy.Policy`)
COUNTY_POLICY = ("report_rhythm", "report_weekday", "monthly_due_day", "home_visit_within_days",
                 "transfer_confirm_days")
XSD_FILE = "baoxue-county-package-1.xsd"
MAX_BYTES = 16 * 1024 * 1024
SIGNATURE_CONFIG = SignatureConfiguration(location="./", expect_references=1,
                                          signature_methods=frozenset({SignatureMethod.RSA_SHA256}),
                                          digest_algorithms=frozenset({DigestAlgorithm.SHA256}))


def policy_value(name: str, text: str):
    """A county policy setting's value from its text (as typed or as sent), typed like :class:`app.policy.Policy`."""
    if name not in COUNTY_POLICY:
        raise ValidationError("县级策略", "exchange.not_a_county_setting", name=name, choices=list(COUNTY_POLICY))
    if isinstance({f.name: f.default for f in fields(Policy)}[name], int):
        try:
            return int(text)
        except ValueError:
            raise ValidationError(LABELS[name], "exchange.should_whole_number_not", text=text) from None
    return text


def q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


@lru_cache(maxsize=1)
def xml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(resource("schema", XSD_FILE)), parser=hardened_parser()))


@dataclass(frozen=True)
class Receipt:
    sequence: int
    sha256: str
    start: date
    end: date
    ingested_on: date


@dataclass(frozen=True)
class Arrival:
    student: str  # 学籍号
    left_on: date
    school_code: str  # where the child is on the roll now
    school_name: str
    arrived_on: date


@dataclass(frozen=True)
class Unseen:
    student: str
    left_on: date
    overdue_since: date  # the first day it was more than ``limit`` school days on no school's roll
    limit: int


@dataclass(frozen=True)
class HolidayDay:
    day: date
    kind: str  # holiday | workday
    name: str


@dataclass
class Package:
    county_code: str
    county_name: str
    school_code: str
    school_name: str
    sequence: int
    prev_sha256: str
    created: datetime
    receipts: list[Receipt] = field(default_factory=list)
    arrivals: list[Arrival] = field(default_factory=list)
    unseen: list[Unseen] = field(default_factory=list)
    #: year → its days (the county's loaded tables)
    holidays: dict[int, list[HolidayDay]] = field(default_factory=dict)
    #: name → value (text, as in the file), of :data:`COUNTY_POLICY`
    policy: dict[str, str] = field(default_factory=dict)


def build(p: Package) -> etree._Element:
    """The unsigned document of ``p``."""
    root = etree.Element(q("CountyPackage"), nsmap={None: NS})
    # a package with receipts only stays 1.0, so a school whose program reads 1.0 only still takes it
    root.set("schemaVersion", VERSION if (p.arrivals or p.unseen or p.holidays or p.policy) else "1.0")
    h = etree.SubElement(root, q("Header"))
    county = etree.SubElement(h, q("County"), code=p.county_code)
    if p.county_name:
        county.set("name", p.county_name)
    etree.SubElement(h, q("School"), code=p.school_code, name=p.school_name)
    etree.SubElement(h, q("Sequence")).text = str(p.sequence)
    if p.prev_sha256:
        etree.SubElement(h, q("PreviousDigest"), algorithm="sha256").text = p.prev_sha256
    etree.SubElement(h, q("Created")).text = p.created.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    etree.SubElement(h, q("Program"), name="baoxue", version=__version__)
    rs = etree.SubElement(root, q("Receipts"))
    for r in p.receipts:
        etree.SubElement(rs, q("Receipt"), sequence=str(r.sequence), sha256=r.sha256, **{
            "from": r.start.isoformat(), "to": r.end.isoformat(), "ingestedOn": r.ingested_on.isoformat()})
    if p.arrivals or p.unseen:
        ts = etree.SubElement(root, q("Transfers"))
        for a in p.arrivals:
            e = etree.SubElement(ts, q("Arrival"), student=a.student, leftOn=a.left_on.isoformat(), school=a.school_code)
            if a.school_name:
                e.set("schoolName", a.school_name)
            e.set("arrivedOn", a.arrived_on.isoformat())
        for u in p.unseen:
            etree.SubElement(ts, q("Unseen"), student=u.student, leftOn=u.left_on.isoformat(),
                             overdueSince=u.overdue_since.isoformat(), limit=str(u.limit))
    if p.holidays:
        hs = etree.SubElement(root, q("Holidays"))
        for year, days in sorted(p.holidays.items()):
            y = etree.SubElement(hs, q("Year"), year=str(year))
            for d in days:
                etree.SubElement(y, q("Day"), date=d.day.isoformat(), kind=d.kind, name=d.name)
    if p.policy:
        ps = etree.SubElement(root, q("Policy"))
        for name in COUNTY_POLICY:
            if name in p.policy:
                etree.SubElement(ps, q("Setting"), name=name, value=p.policy[name])
    etree.indent(root, space=" ")
    return root


def read(root: etree._Element) -> Package:
    """The package of a document that passed the schema (see :func:`xml_schema`)."""
    h = root.find(q("Header"))
    county, school = h.find(q("County")), h.find(q("School"))
    day = date.fromisoformat
    transfers = root.find(q("Transfers"))
    arrivals = [Arrival(e.get("student"), day(e.get("leftOn")), e.get("school"), e.get("schoolName") or "",
                        day(e.get("arrivedOn"))) for e in transfers.iterchildren(q("Arrival"))] if transfers is not None else []
    unseen = [Unseen(e.get("student"), day(e.get("leftOn")), day(e.get("overdueSince")), int(e.get("limit")))
              for e in transfers.iterchildren(q("Unseen"))] if transfers is not None else []
    holidays = {int(y.get("year")): [HolidayDay(day(d.get("date")), d.get("kind"), d.get("name"))
                                     for d in y.iterchildren(q("Day"))]
                for y in root.iterfind(f"{q('Holidays')}/{q('Year')}")}
    policy = {e.get("name"): e.get("value") for e in root.iterfind(f"{q('Policy')}/{q('Setting')}")}
    return Package(
        county.get("code"), county.get("name") or "", school.get("code"), school.get("name"),
        int(h.findtext(q("Sequence"))), h.findtext(q("PreviousDigest")) or "",
        datetime.fromisoformat(h.findtext(q("Created")).replace("Z", "+00:00")),
        [Receipt(int(r.get("sequence")), r.get("sha256"), date.fromisoformat(r.get("from")),
                 date.fromisoformat(r.get("to")), date.fromisoformat(r.get("ingestedOn")))
         for r in root.find(q("Receipts")).iterchildren(q("Receipt"))],
        arrivals, unseen, holidays, policy)


def file_name(p: Package) -> str:
    return f"baoxue-county-{p.county_code}-{p.school_code}-{p.sequence:05d}.xml"
