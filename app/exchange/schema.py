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
        return "|".join(attrs.get(k, "") for k in self.key)


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
