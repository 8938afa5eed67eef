"""The bundle format: namespace, versions, the XSD, a hardened parser and the registry of record kinds.

Record kinds
------------
Every kind of record a bundle carries is one :class:`RecordKind` in :data:`KINDS`,
registered by decorating the one function that collects its records from the school
database (see :mod:`app.exchange.bundle`)::

    @record_kind("home_visit", section="HomeVisits", element="HomeVisit", label="家访",
                 scope="period", key=("key",))
    def _home_visits(ctx: BuildContext) -> Iterator[Record]:
        for v in ctx.session.exec(select(Contact).where(...)):
            yield Record({"key": str(v.id), "student": ctx.number(v.student_id), "day": v.contact_date})

and by adding its section (``<HomeVisits><HomeVisit …/></HomeVisits>``) to
``resources/schema/baoxue-bundle-1.xsd`` **in the same position** (the registry order
is the XSD order; a test checks this) with a minor ``schemaVersion`` bump. The header
counts, the county's verify, ingest (generic storage keyed by ``key``) and the
tests pick the new kind up without further code.

``scope`` says how the county applies a kind: ``state`` records (classes, students)
are upserted and kept; ``period`` records belong to the bundle's period and are
replaced as a whole when a later bundle supersedes it; ``lasting`` records (mentor
assignments, since 1.5) are sent when they change, with a full snapshot in the first
bundle of each term, and kept at the county one per key (the highest sequence wins).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Callable, Iterable

from lxml import etree

from app.fields import xsd_types
from app.paths import resource

NS = "urn:baoxue:bundle:1"
DS_NS = "http://www.w3.org/2000/09/xmldsig#"
#: 1.1: the follow-up kinds (cases … pledge returns), optional sections after WeeklyFigures;
#: 1.2: the monthly ledgers of the 2024 rule (MonthlyReports, MonthlyLedgers), optional, after PledgeReturns;
#: 1.3: the 2024 groups on Student (deFactoUnsupported, hardshipChild, caseInvolved, householdStatus,
#: inclusiveClass; optional) and ``U<id>`` keys for pupils not registered yet (待注册学籍);
#: 1.4: the head of the school's audit chain in the header (``AuditChain``, optional);
#: 1.5: lasting records (mentor assignments) sent when they change, a full snapshot each term (``LastingMode``)
SCHEMA_VERSION = "1.5"
#: minor versions of major version 1 this program reads
SUPPORTED_VERSIONS = frozenset({"1.0", "1.1", "1.2", "1.3", "1.4", "1.5"})
XSD_FILE = "baoxue-bundle-1.xsd"
#: a bundle bigger than this is refused before parsing (a 5,000-pupil full snapshot is ~3 MB)
MAX_BUNDLE_BYTES = 256 * 1024 * 1024


def q(tag: str) -> str:
    """Qualified tag name in the bundle namespace."""
    return f"{{{NS}}}{tag}"


def xsd_path():
    return resource("schema", XSD_FILE)


@lru_cache(maxsize=1)
def xml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(xsd_path()), parser=hardened_parser()))


def hardened_parser() -> etree.XMLParser:
    """No network, no DTD, no entity expansion, no huge trees (billion laughs, XXE)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_blank_text=False, remove_pis=True, collect_ids=False)


# --- the text types, generated from the field specification ----------------------------------------------

#: the generated block of the XSD lies between these two lines
TEXT_TYPES_BEGIN = ("  <!-- text types: generated from the field specification (app/fields.py) by"
                    " `python -m app.exchange.schema`; do not edit here -->")
TEXT_TYPES_END = "  <!-- end of the generated text types -->"


def text_types_xsd() -> str:
    """The XSD simple types of the text fields, as :func:`app.fields.xsd_types` makes them: the most characters,
    at least one when the field is required, and no control character (a line break only in a multi-line field)."""
    lines = [TEXT_TYPES_BEGIN]
    for t in xsd_types():
        facets = (f'<xs:minLength value="{t.min_length}"/>' if t.min_length else "") + \
                 f'<xs:maxLength value="{t.max_length}"/>' + \
                 ('<xs:pattern value="([^\\p{Cc}]|\\n)*"/>' if t.multiline else '<xs:pattern value="[^\\p{Cc}]*"/>')
        doc = f"<xs:annotation><xs:documentation>{', '.join(t.fields)}</xs:documentation></xs:annotation>"
        lines.append(f'  <xs:simpleType name="{t.name}">{doc}<xs:restriction base="xs:string">{facets}'
                     "</xs:restriction></xs:simpleType>")
    lines.append(TEXT_TYPES_END)
    return "\n".join(lines)


def with_text_types(xsd: str) -> str:
    """``xsd`` with its generated block made anew from the field specification."""
    start = xsd.index(TEXT_TYPES_BEGIN)
    end = xsd.index(TEXT_TYPES_END, start) + len(TEXT_TYPES_END)
    return xsd[:start] + text_types_xsd() + xsd[end:]


def write_text_types() -> bool:
    """Write the generated block into the shipped XSD; True if it changed."""
    path = xsd_path()
    old = path.read_text(encoding="utf-8")
    new = with_text_types(old)
    if new != old:
        path.write_text(new, encoding="utf-8", newline="\n")
    return new != old


# --- values in attributes ----------------------------------------------------------------------------


def text_value(value: Any) -> str | None:
    """How a Python value is written in an attribute (None → attribute left out)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return format(value, "g")
    return str(value)


@dataclass(frozen=True)
class AuditChain:
    """The header's ``AuditChain`` (schema 1.4): the school's audit chain when the bundle was written — its head,
    and the previous bundle's head as the chain held it then (``since_hash`` None: that entry was gone)."""

    head_id: int
    head_hash: str
    since_id: int | None = None
    since_hash: str | None = None
    verified: bool = True  # the chain checked out from the previous bundle's head (the whole chain for the first)


# --- the registry ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """One record: attributes of its element, and child elements (tag, attributes) if any."""

    attrs: dict[str, Any]
    children: tuple[tuple[str, dict[str, Any]], ...] = ()


@dataclass(frozen=True)
class RecordKind:
    name: str  # stable key used in Counts and at the county, e.g. "roll_call"
    section: str  # section element, e.g. "RollCalls"
    element: str  # record element, e.g. "RollCall"
    label: str  # Chinese, for messages and reports
    scope: str  # "state" | "period" | "roster" | "lasting"
    key: tuple[str, ...]  # attributes that identify a record at the county
    collect: Callable[[Any], Iterable[Record]] = field(compare=False)

    def key_of(self, attrs: dict[str, str]) -> str:
        if len(self.key) == 1:  # most kinds (the county asks once per record it stores)
            return attrs.get(self.key[0], "")
        return "|".join([attrs.get(k, "") for k in self.key])


KINDS: dict[str, RecordKind] = {}


def record_kind(name: str, *, section: str, element: str, label: str, scope: str, key: tuple[str, ...]):
    """Register the decorated collector as the record kind ``name`` (order of registration = XSD order)."""
    if scope not in ("state", "period", "roster", "lasting"):
        raise ValueError(scope)

    def deco(fn):
        if name in KINDS:
            raise ValueError(f"record kind {name} registered twice")
        KINDS[name] = RecordKind(name, section, element, label, scope, key, fn)
        return fn

    return deco


def kind_for_section(section: str) -> RecordKind | None:
    return next((k for k in KINDS.values() if k.section == section), None)


if __name__ == "__main__":
    print("已更新" if write_text_types() else "无变化", xsd_path())
