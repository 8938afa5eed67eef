"""The county package: what the county sends back to one school, signed with the county's key (issue 17 item 3).

Namespace ``urn:baoxue:county-package:1``, XML Schema ``resources/schema/baoxue-county-package-1.xsd``, documented in
``resources/schema/README.md``. Version 1.0 carries the **receipts**: every bundle of the school the county ingested
(sequence, SHA-256, period, the day it was ingested). The county's own chain (per school: sequence, previous digest)
lets the school refuse a replayed, reordered or forged package. Signed like a bundle: one enveloped XML Signature
over the whole document (RSA-SHA256, exclusive c14n), the county's certificate in ``KeyInfo`` — which the school only
uses to find the certificate it registered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache

from lxml import etree
from signxml import DigestAlgorithm, SignatureMethod
from signxml.verifier import SignatureConfiguration

from app import __version__
from app.exchange.schema import hardened_parser
from app.paths import resource

NS = "urn:baoxue:county-package:1"
VERSION = "1.0"
#: the minor versions of major version 1 this program reads
SUPPORTED = frozenset({"1.0"})
XSD_FILE = "baoxue-county-package-1.xsd"
MAX_BYTES = 16 * 1024 * 1024
SIGNATURE_CONFIG = SignatureConfiguration(location="./", expect_references=1,
                                          signature_methods=frozenset({SignatureMethod.RSA_SHA256}),
                                          digest_algorithms=frozenset({DigestAlgorithm.SHA256}))


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


def build(p: Package) -> etree._Element:
    """The unsigned document of ``p``."""
    root = etree.Element(q("CountyPackage"), nsmap={None: NS})
    root.set("schemaVersion", VERSION)
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
    etree.indent(root, space=" ")
    return root


def read(root: etree._Element) -> Package:
    """The package of a document that passed the schema (see :func:`xml_schema`)."""
    h = root.find(q("Header"))
    county, school = h.find(q("County")), h.find(q("School"))
    return Package(
        county.get("code"), county.get("name") or "", school.get("code"), school.get("name"),
        int(h.findtext(q("Sequence"))), h.findtext(q("PreviousDigest")) or "",
        datetime.fromisoformat(h.findtext(q("Created")).replace("Z", "+00:00")),
        [Receipt(int(r.get("sequence")), r.get("sha256"), date.fromisoformat(r.get("from")),
                 date.fromisoformat(r.get("to")), date.fromisoformat(r.get("ingestedOn")))
         for r in root.find(q("Receipts")).iterchildren(q("Receipt"))])


def file_name(p: Package) -> str:
    return f"baoxue-county-{p.county_code}-{p.school_code}-{p.sequence:05d}.xml"
