"""Building and signing a bundle: the collectors of each record kind, the header, the signature.

Only the personal data the county needs leaves the school (see ``resources/schema/README.md``):
the 学籍号 identifies a child; name, sex and birth date let the county match its 学籍
records; class, grade, status, township and village and the focus-group flags are what
dropout monitoring is about. Guardians (names, phone numbers), ID numbers, street
addresses, ethnicity, health, notes and free-text reasons of leave stay at the school.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from typing import Iterator

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from lxml import etree
from sqlmodel import Session, col, or_, select

from app import __version__
from app.accounts import Actor
from app.data.db import core
from app.data.models import (
    AbsenceAlert,
    AttendanceMark,
    AttendanceSheet,
    Leave,
    School,
    SchoolClass,
    StatusChange,
    Student,
)
from app.exchange import xmldsig
from app.exchange.schema import KINDS, NS, SCHEMA_VERSION, AuditChain, Record, q, record_kind, text_value
from app.fields import excerpt

@dataclass
class BuildContext:
    """What the collectors share while one bundle is built."""

    session: Session
    actor: Actor
    start: date
    end: date
    rhythm: str = "weekly"
    #: students whose record is sent (None: every student — a full snapshot)
    roster_ids: set[int] | None = None
    #: 学籍号 of students the county holds but who are no longer in the school's database
    removed: list[str] = field(default_factory=list)
    #: every student's :func:`student_attrs` by id, when the caller read them already (the export digests
    #: the whole roster first): the student records are then made from it, not read again
    roster_attrs: dict[int, dict[str, str]] | None = None
    #: lasting kinds (mentor assignments): their records from this day (the term's first day) to the period's end
    lasting_since: date | None = None
    #: lasting kind → key → digest of what the county holds (changes mode: a record equal to it is not sent);
    #: None: a full snapshot, every record sent
    lasting_sent: dict[str, dict[str, str]] | None = None
    #: filled by :func:`collect_records`: lasting kind → key → digest of every record now (sent or not)
    lasting_now: dict[str, dict[str, str]] = field(default_factory=dict)
    _numbers: dict[int, str] | None = None

    def number(self, student_id: int) -> str:
        if self._numbers is None:
            self._numbers = {sid: number_of(sid, sn)
                             for sid, sn in self.session.exec(select(Student.id, Student.student_number)).all()}
        return self._numbers[student_id]

    @property
    def start_dt(self) -> datetime:
        return datetime.combine(self.start, time.min, tzinfo=timezone.utc)

    @property
    def end_dt(self) -> datetime:
        return datetime.combine(self.end, time.max, tzinfo=timezone.utc)


def class_key(class_id: int | None) -> str | None:
    return None if class_id is None else str(class_id)


# --- the record kinds, in XSD order ---------------------------------------------------------------------


@record_kind("class", section="Classes", element="Class", label="班级", scope="state", key=("key",))
def _classes(ctx: BuildContext) -> Iterator[Record]:
    for c in ctx.session.exec(select(SchoolClass).where(SchoolClass.active == True).order_by(SchoolClass.id)):  # noqa: E712
        yield Record({"key": class_key(c.id), "name": c.name, "grade": c.grade_level,
                      "extraGrades": c.extra_grade_levels or None})


#: the prefix of the key a pupil without a 学籍号 (待注册学籍) has in the bundle: ``U`` + the school's own id
UNREGISTERED_PREFIX = "U"


def number_of(student_id: int, student_number: str | None) -> str:
    """A student's key in the bundle: the 学籍号, or ``U<id>`` while the pupil is not registered (schema 1.3).

    Once the 学籍号 is filled in, the next bundle sends the U key as removed and the student under the 学籍号."""
    return student_number or f"{UNREGISTERED_PREFIX}{student_id}"


#: the student columns :func:`student_attrs` reads (and the id), for reading them as plain rows
STUDENT_COLUMNS = (Student.id, Student.student_number, Student.name, Student.sex, Student.birth_date,
                   Student.class_id, Student.grade_level, Student.status, Student.enrolled_on, Student.hukou,
                   Student.boarding, Student.township, Student.village, Student.poor_household, Student.left_behind,
                   Student.migrant_child, Student.learning_difficulty, Student.disability_type, Student.orphan,
                   Student.prisoner_child, Student.economic_hardship, Student.de_facto_unsupported,
                   Student.hardship_child, Student.case_involved, Student.household_status, Student.inclusive_class)


def student_attrs(s: Student) -> dict[str, str]:
    """The fields of a student the county receives (also what the roster digest covers).

    The 2024 groups (schema 1.3) are sent only when set, so the digest of a student outside them is the
    same as before 1.3 (no needless resend of the whole roster); at the county an absent one means no."""
    attrs = {
        "number": number_of(s.id, s.student_number), "name": s.name, "sex": s.sex, "birthDate": s.birth_date,
        "class": class_key(s.class_id), "grade": s.grade_level, "status": s.status, "enrolledOn": s.enrolled_on,
        "hukou": s.hukou or "1", "boarding": s.boarding or "1", "township": s.township or None,
        "village": s.village or None, "poorHousehold": s.poor_household, "leftBehind": s.left_behind,
        "migrantChild": s.migrant_child, "learningDifficulty": s.learning_difficulty,
        "disability": s.disability_type or None, "orphan": s.orphan, "prisonerChild": s.prisoner_child,
        "economicHardship": s.economic_hardship,
        # schemaVersion 1.3: the 2024 list (poorHousehold stays: 建档立卡, the historical name)
        "deFactoUnsupported": s.de_facto_unsupported or None, "hardshipChild": s.hardship_child or None,
        "caseInvolved": s.case_involved or None, "householdStatus": s.household_status or None,
        "inclusiveClass": s.inclusive_class or None,
    }
    return {k: t for k, v in attrs.items() if (t := text_value(v)) is not None}


#: ``json.dumps(…, sort_keys=True, ensure_ascii=False)`` made once (the same text; not an encoder per student)
_DIGEST_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


def student_digest(attrs: dict[str, str]) -> str:
    return hashlib.sha256(_DIGEST_JSON.encode(attrs).encode("utf-8")).hexdigest()


@record_kind("student", section="Students", element="Student", label="学生", scope="roster", key=("number",))
def _students(ctx: BuildContext) -> Iterator[Record]:
    if ctx.roster_attrs is not None:
        wanted = ctx.roster_attrs if ctx.roster_ids is None else ctx.roster_ids
        for sid in sorted(wanted):
            if sid in ctx.roster_attrs:
                yield Record(ctx.roster_attrs[sid])
        return
    stmt = select(*STUDENT_COLUMNS).order_by(Student.id)
    if ctx.roster_ids is not None:
        if not ctx.roster_ids:
            return
        stmt = stmt.where(col(Student.id).in_(sorted(ctx.roster_ids)))
    for s in core(ctx.session).execute(stmt):
        yield Record(student_attrs(s))


@record_kind("student_removed", section="RemovedStudents", element="Removed", label="移出名册",
             scope="roster", key=("number",))
def _removed(ctx: BuildContext) -> Iterator[Record]:
    for number in sorted(ctx.removed):
        yield Record({"number": number})


@record_kind("status_change", section="StatusChanges", element="StatusChange", label="学籍变动",
             scope="period", key=("student", "code", "effective", "toStatus"))
def _status_changes(ctx: BuildContext) -> Iterator[Record]:
    rows = ctx.session.exec(select(StatusChange).where(or_(
        (StatusChange.effective_date >= ctx.start) & (StatusChange.effective_date <= ctx.end),
        (StatusChange.recorded_at >= ctx.start_dt) & (StatusChange.recorded_at <= ctx.end_dt),
    )).order_by(StatusChange.effective_date, StatusChange.id))
    for c in rows:
        yield Record({"student": ctx.number(c.student_id), "code": c.code or None, "effective": c.effective_date,
                      "fromStatus": c.from_status or None, "toStatus": c.to_status, "reason": excerpt(c.reason, 500)})


@record_kind("roll_call", section="RollCalls", element="RollCall", label="点名",
             scope="period", key=("class", "day", "session"))
def _roll_calls(ctx: BuildContext) -> Iterator[Record]:
    sheets = ctx.session.exec(select(AttendanceSheet).where(AttendanceSheet.day >= ctx.start,
                                                            AttendanceSheet.day <= ctx.end)
                              .order_by(AttendanceSheet.day, AttendanceSheet.class_id, AttendanceSheet.session)).all()
    marks: dict[int, list[tuple[str, str]]] = {}
    if sheets:
        for m in ctx.session.exec(select(AttendanceMark).where(col(AttendanceMark.sheet_id).in_([s.id for s in sheets]))):
            marks.setdefault(m.sheet_id, []).append((ctx.number(m.student_id), m.mark))
    for s in sheets:
        children = tuple(("Mark", {"student": n, "mark": mk}) for n, mk in sorted(marks.get(s.id, [])))
        yield Record({"class": class_key(s.class_id), "day": s.day, "session": s.session, "enrolled": s.enrolled,
                      "present": s.present, "revision": s.revision}, children)


@record_kind("leave", section="Leaves", element="Leave", label="请假", scope="period", key=("key",))
def _leaves(ctx: BuildContext) -> Iterator[Record]:
    for lv in ctx.session.exec(select(Leave).where(Leave.start_day <= ctx.end, Leave.end_day >= ctx.start)
                               .order_by(Leave.id)):
        yield Record({"key": str(lv.id), "student": ctx.number(lv.student_id), "kind": lv.kind,
                      "startDay": lv.start_day, "startSession": lv.start_session, "endDay": lv.end_day,
                      "endSession": lv.end_session, "status": lv.status})


@record_kind("alert", section="Alerts", element="Alert", label="缺勤预警", scope="period", key=("key",))
def _alerts(ctx: BuildContext) -> Iterator[Record]:
    rows = ctx.session.exec(select(AbsenceAlert).where(
        AbsenceAlert.first_absent_day <= ctx.end,
        or_(AbsenceAlert.last_absent_day >= ctx.start, AbsenceAlert.status == "open",
            (AbsenceAlert.cleared_on >= ctx.start) & (AbsenceAlert.cleared_on <= ctx.end)),
    ).order_by(AbsenceAlert.id))
    for a in rows:
        yield Record({"key": str(a.id), "student": ctx.number(a.student_id), "class": class_key(a.class_id),
                      "firstAbsentDay": a.first_absent_day, "lastAbsentDay": a.last_absent_day,
                      "daysAbsent": a.days_absent, "level": a.level, "status": a.status, "raisedOn": a.raised_on,
                      "clearedOn": a.cleared_on, "visitDue": a.visit_due, "reportDue": a.report_due})


@record_kind("weekly_figure", section="WeeklyFigures", element="Figure", label="周报数字", scope="period",
             key=("key",))
def _weekly_figures(ctx: BuildContext) -> Iterator[Record]:
    report = weekly.figures(ctx.session, ctx.actor, ctx.start, ctx.end,
                            rhythm=ctx.rhythm if ctx.rhythm in ("weekly", "monthly") else "weekly")
    for f in report.figures:
        yield Record({"key": f.key, "label": f.label, "count": f.count})


# --- header and assembly ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    school_code: str
    school_name: str
    county_code: str
    county_name: str
    start: date
    end: date
    rhythm: str
    sequence: int
    prev_sha256: str
    supersedes: int | None
    created: datetime
    roster_mode: str  # full | changes
    key_change: tuple[str, str, str] | None = None  # (previous fp, new fp, endorsement base64 or "")
    audit_chain: AuditChain | None = None
    lasting_mode: str = "full"  # full (every lasting record of the term) | changes


@dataclass
class Built:
    root: etree._Element
    counts: dict[str, int]
    content_digest: str  # over everything but the roster and lasting sections and the header


def _set(el: etree._Element, attrs: dict) -> None:
    for k, v in attrs.items():
        t = text_value(v)
        if t is not None:
            el.set(k, t)


def record_digest(rec: Record) -> str:
    """The digest of a record as sent (its attributes and children as written)."""
    text = json.dumps([{k: text_value(v) for k, v in sorted(rec.attrs.items()) if text_value(v) is not None},
                       [[t, {k: text_value(v) for k, v in sorted(a.items()) if text_value(v) is not None}]
                        for t, a in rec.children]], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def collect_records(ctx: BuildContext) -> tuple[etree._Element, dict[str, int], str]:
    """The Records element, the counts per kind and the content digest (roster and lasting kinds left out: what
    they send depends on what the county holds, :class:`BuildContext`). A lasting record equal to what the county
    holds is left out unless the bundle is a full snapshot (``ctx.lasting_sent`` None)."""
    records = etree.Element(q("Records"), nsmap={None: NS})
    counts: dict[str, int] = {}
    h = hashlib.sha256()
    for kind in KINDS.values():
        section = etree.SubElement(records, q(kind.section))
        n = 0
        lasting = kind.scope == "lasting"
        now = ctx.lasting_now.setdefault(kind.name, {}) if lasting else None
        sent = (ctx.lasting_sent or {}).get(kind.name, {}) if lasting and ctx.lasting_sent is not None else None
        for rec in kind.collect(ctx):
            if lasting:
                key, digest = kind.key_of({k: text_value(v) or "" for k, v in rec.attrs.items()}), record_digest(rec)
                now[key] = digest
                if sent is not None and sent.get(key) == digest:
                    continue
            el = etree.SubElement(section, q(kind.element))
            _set(el, rec.attrs)
            for tag, attrs in rec.children:
                _set(etree.SubElement(el, q(tag)), attrs)
            n += 1
        counts[kind.name] = n
        if kind.scope not in ("roster", "lasting"):
            h.update(etree.tostring(section, method="c14n"))
    return records, counts, h.hexdigest()


def build(header: Header, ctx: BuildContext,
          collected: tuple[etree._Element, dict[str, int], str] | None = None) -> Built:
    """The unsigned bundle: header, then one section per record kind (``collected``: from :func:`collect_records`)."""
    records, counts, digest = collected or collect_records(ctx)
    root = etree.Element(q("Bundle"), nsmap={None: NS})
    root.set("schemaVersion", SCHEMA_VERSION)
    hd = etree.SubElement(root, q("Header"))
    _set(etree.SubElement(hd, q("School")), {"code": header.school_code, "name": header.school_name,
                                             "countyCode": header.county_code,
                                             "countyName": header.county_name or None})
    _set(etree.SubElement(hd, q("Period")), {"from": header.start, "to": header.end, "rhythm": header.rhythm})
    etree.SubElement(hd, q("Sequence")).text = str(header.sequence)
    if header.prev_sha256:
        pd = etree.SubElement(hd, q("PreviousDigest"), algorithm="sha256")
        pd.text = header.prev_sha256
    if header.supersedes:
        etree.SubElement(hd, q("Supersedes")).text = str(header.supersedes)
    etree.SubElement(hd, q("Created")).text = header.created.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    etree.SubElement(hd, q("Program"), name="baoxue", version=__version__)
    etree.SubElement(hd, q("RosterMode")).text = header.roster_mode
    etree.SubElement(hd, q("LastingMode")).text = header.lasting_mode
    if header.key_change:
        prev_fp, new_fp, endorsement = header.key_change
        _set(etree.SubElement(hd, q("KeyChange")), {"previousFingerprint": prev_fp, "newFingerprint": new_fp,
                                                    "endorsement": endorsement or None})
    if header.audit_chain:
        a = header.audit_chain
        _set(etree.SubElement(hd, q("AuditChain")), {"headId": a.head_id, "headHash": a.head_hash,
                                                     "sinceId": a.since_id, "sinceHash": a.since_hash or None,
                                                     "verified": a.verified})
    cs = etree.SubElement(hd, q("Counts"))
    for name, n in counts.items():
        etree.SubElement(cs, q("Count"), kind=name, n=str(n))
    root.append(records)
    etree.indent(root, space=" ")
    return Built(root, counts, digest)


def sign(root: etree._Element, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> bytes:
    """Enveloped XML Signature (RSA-SHA256, SHA-256 digest, exclusive c14n), certificate in KeyInfo, of a copy of
    ``root`` (:mod:`app.exchange.xmldsig`: the bytes signxml writes for that profile).

    RSA PKCS#1 v1.5 is deterministic: the same document and key give the same bytes.
    """
    return etree.tostring(signed_tree(copy.deepcopy(root), key, cert), xml_declaration=True, encoding="UTF-8")


def signed_tree(root: etree._Element, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> etree._Element:
    """:func:`sign` in place, before serialising: ``root`` with its signature as the last child. The digest of what
    was signed (the chain's link, see :func:`app.exchange.xmldsig.signed_digest`) is in its ``DigestValue``."""
    xmldsig.sign(root, key, cert)
    return root


# --- the follow-up kinds of schemaVersion 1.1 (cases, contacts, approvals, mentors, pledges) register after these ---
from app import weekly
from app.exchange import followup as _followup  # noqa: E402,F401

# --- the monthly ledgers of schemaVersion 1.2 (the 2024 rule) register after those ---
from app.exchange import monthly_records as _monthly_records  # noqa: E402,F401
