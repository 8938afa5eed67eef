"""The follow-up record kinds of schemaVersion 1.1 (cases … pledge returns) on the demo school and two other schools.

export → XSD → verify → ingest (idempotent) → the county holds what was sent; a re-export with no
change gives the same bytes; a changed value of any new kind breaks the signature; xmlsec1 agrees;
nothing of the family's free text, no guardian, teacher or official name leaves the school;
a 1.0 bundle (none of the new sections) is still accepted.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime, timezone

import pytest
from lxml import etree
from sqlmodel import select

from app.accounts import SYSTEM
from app.exchange.schema import (
    KINDS,
    SCHEMA_VERSION,
    SUPPORTED_VERSIONS,
    hardened_parser,
    q,
    xml_schema,
    xsd_path,
)
from tests.conftest import TODAY
from tests.exchange.conftest import bundle_root, opened

PASS = "followup-key-pass"
#: a period holding the demo's whole term of follow-up (cases, visits, reports, persuasion, approvals)
TERM = (date(2026, 10, 1), date(2026, 11, 27))
NEW_KINDS = ("case", "contact", "case_report", "persuasion", "persuasion_ledger", "township_notice", "approval",
             "mentor_assignment", "home_teaching", "pledge_returns")
XMLSEC1 = shutil.which("xmlsec1")


class School:
    def __init__(self, db, paths, code, cert_pem):
        self.db, self.paths, self.code, self.cert_pem = db, paths, code, cert_pem


def _add_pledges(db) -> None:
    """A print run of parent pledges for two classes, some returned (one unsigned), and a principal's pledge."""
    from app.data.document_models import Pledge, PledgeBatch
    from app.data.models import SchoolClass, Student
    from app.documents import school_year_name

    with db.transaction() as s:
        year = school_year_name(s, TODAY)
        classes = s.exec(select(SchoolClass).order_by(SchoolClass.id)).all()[:2]
        # the demo prints pledges of its own now: number these after them
        n = 1000 + len(s.exec(select(Pledge.id)).all())
        for c in classes:
            batch = PledgeBatch(kind="teacher_parent", school_year=year, class_id=c.id)
            s.add(batch)
            s.flush()
            for i, st in enumerate(s.exec(select(Student).where(Student.class_id == c.id).order_by(Student.id))):
                n += 1
                s.add(Pledge(number=f"JZ2026-{n:06d}-0", batch_id=batch.id, kind="teacher_parent", school_year=year,
                             class_id=c.id, student_id=st.id, party_a="学校", party_b=f"家长乙{n}",
                             party_b_phone="13800000000", student_name=st.name,
                             returned_on=date(2026, 11, 20) if i % 2 == 0 else None, signed=i % 4 != 2))
        batch = PledgeBatch(kind="principal_teacher", school_year=year, class_id=classes[0].id)
        s.add(batch)
        s.flush()
        s.add(Pledge(number="JS2026-000001-0", batch_id=batch.id, kind="principal_teacher", school_year=year,
                     class_id=classes[0].id, party_a="学校", party_b="班主任甲", returned_on=date(2026, 11, 3),
                     signed=True))


def _make_school(root, students: int, seed: int, code: str | None) -> School:
    from app.data.db import open_database
    from app.data.models import School as SchoolRow
    from app.demo import build_demo
    from app.exchange import keys
    from app.paths import DataPaths

    paths = DataPaths(root)
    build_demo(paths, students=students, seed=seed, today=TODAY)
    db = open_database(paths)
    passphrase = keys.DEMO_KEY_PASSPHRASE
    if code is not None:  # another school: its own code and key
        with db.transaction() as s:
            row = s.exec(select(SchoolRow)).first()
            row.code = code
            s.add(row)
        with db.transaction() as s:
            keys.replace_key(s, SYSTEM, paths, PASS, old_passphrase=passphrase, key_size=2048)
        passphrase = PASS
    _add_pledges(db)
    with db.transaction() as s:
        info = keys.current_key(s, paths)
        code = s.exec(select(SchoolRow)).first().code
    school = School(db, paths, code, info.cert_pem)
    school.passphrase = passphrase
    return school


def _export(school: School, out, period=TERM):
    from app.exchange.export import export_bundle

    with school.db.transaction() as s:
        return export_bundle(s, SYSTEM, school.paths, out_dir=out, passphrase=school.passphrase, today=TODAY,
                             period=period)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The full demo school (200 students) with pledges."""
    school = _make_school(tmp_path_factory.mktemp("demo") / "data", 200, 2026, None)
    yield school
    school.db.close()


@pytest.fixture(scope="module")
def others(tmp_path_factory):
    """Two more generated schools: other seeds and sizes, their own codes and keys."""
    a = _make_school(tmp_path_factory.mktemp("s1") / "data", 60, 7, "2161072911")
    b = _make_school(tmp_path_factory.mktemp("s2") / "data", 320, 11, "2161072912")
    yield [a, b]
    for s in (a, b):
        s.db.close()


def _county(tmp_path, *schools):
    from app.exchange.county import CountyDB, register_certificate

    db = CountyDB(tmp_path / "county.sqlite3")
    for sc in schools:
        register_certificate(db, sc.cert_pem.encode())
    return db


def _records(path, kind_name):
    kind = KINDS[kind_name]
    root = bundle_root(path)
    section = root.find(q("Records")).find(q(kind.section))
    return [] if section is None else list(section.iterchildren(q(kind.element)))


def _round_trip(school: School, tmp_path, county):
    from app.exchange.county import ingest, latest_records, verify

    r = _export(school, tmp_path / f"usb-{school.code}")
    root = bundle_root(r.path)
    assert root.get("schemaVersion") == SCHEMA_VERSION == "1.5"
    assert xml_schema().validate(root), xml_schema().error_log
    v = verify([r.path], county)[0]
    assert v.ok, v.message
    got = ingest([r.path], county)
    assert [x.sequence for x in got.ingested] == [r.sequence], [x.message for x in got.rejected]
    again = ingest([r.path], county)
    assert again.ingested == [] and len(again.replays) == 1
    for name in NEW_KINDS:
        sent = sorted(KINDS[name].key_of(dict(el.attrib)) for el in _records(r.path, name))
        assert r.counts[name] == len(sent)
        held = latest_records(county, name, school.code)
        assert sorted(KINDS[name].key_of(d["a"]) for d in held) == sent, name
    # the same period again, nothing changed: the same bytes
    b = _export(school, tmp_path / f"usb2-{school.code}")
    assert b.reused and b.path.read_bytes() == r.path.read_bytes()
    return r


def test_demo_school_round_trip_carries_every_follow_up_kind(demo, tmp_path):
    county = _county(tmp_path, demo)
    r = _round_trip(demo, tmp_path, county)
    for name in NEW_KINDS:
        assert r.counts[name] > 0, f"the demo should exercise {name}"
    # spot checks of content and of what the county stores (children included)
    from app.exchange.county import latest_records

    persuasion = latest_records(county, "persuasion", demo.code)[0]
    assert persuasion["c"] and all(set(a) == {"line", "role"} for _t, a in persuasion["c"])
    approvals = {d["a"]["key"]: d for d in latest_records(county, "approval", demo.code)}
    steps = [a for d in approvals.values() for t, a in d.get("c", []) if t == "Step"]
    assert steps and all(a["at"].endswith("Z") and a["role"] for a in steps)
    assert any(t == "Attachment" and len(a["sha256"]) == 64 for d in approvals.values() for t, a in d.get("c", []))
    assert all(d["a"]["kind"] != "leave" for d in approvals.values())
    pledges = {(d["a"].get("class"), d["a"]["kind"]): d["a"] for d in latest_records(county, "pledge_returns", demo.code)}
    assert any(int(a["returned"]) < int(a["printed"]) for a in pledges.values())
    assert any(k[1] == "principal_teacher" and a["returned"] == "1" for k, a in pledges.items())
    ht = latest_records(county, "home_teaching", demo.code)[0]["a"]
    assert float(ht["yearHours"]) >= float(ht["hours"]) > 0 and int(ht["yearVisits"]) >= int(ht["visits"])
    county.close()


def test_two_other_schools_round_trip_into_one_county(demo, others, tmp_path):
    county = _county(tmp_path, demo, *others)
    for school in others:
        _round_trip(school, tmp_path, county)
    from app.exchange.county import latest_records
    from app.exchange.county_report import weekly_summary

    codes = {sc.code for sc in others}
    assert {c for c in codes if latest_records(county, "mentor_assignment", c)} == codes
    assert {r["code"] for r in weekly_summary(county, TODAY).rows} == codes
    county.close()


def test_a_weekly_bundle_of_the_demo_validates_and_ingests(demo, tmp_path):
    """The policy's own period (this week), not only the long test period."""
    from app.exchange.county import ingest

    county = _county(tmp_path, demo)
    r = _export(demo, tmp_path / "week", period=None)
    assert xml_schema().validate(bundle_root(r.path))
    assert ingest([r.path], county).ok
    assert r.counts["approval"] > 0
    # the lasting records went with the term's first bundle: unchanged since, this week's carries none (1.5)
    header = bundle_root(r.path).find(q("Header"))
    assert header.findtext(q("LastingMode")) == "changes" and r.counts["mentor_assignment"] == 0
    county.close()


def _mutations(path) -> list[tuple[str, bytes]]:
    """(kind, tampered bundle) for every new kind: one value of its first record changed, still schema-valid."""
    data = opened(path)
    out = []
    for name in NEW_KINDS:
        kind = KINDS[name]
        start = data.index(f"<{kind.section}>".encode())
        end = data.index(f"</{kind.section}>".encode(), start)
        seg = data[start:end]
        attr = b"printed" if name == "pledge_returns" else b"key"
        m = re.search(rb' ' + attr + rb'="([^"]*)"', seg)
        assert m, name
        new = seg[:m.start(1)] + m.group(1) + b"9" + seg[m.end(1):]
        out.append((name, data[:start] + new + data[end:]))
    # a child value: a participant's role, an approval step's role
    out.append(("persuasion", data.replace(b'role="township"', b'role="county"', 1)))
    out.append(("approval", data.replace(b'role="principal" at=', b'role="registrar" at=', 1)))
    return out


def test_changing_any_value_of_a_new_kind_breaks_the_signature(demo, tmp_path):
    from app.exchange.verify import verify_bytes

    county = _county(tmp_path, demo)
    r = _export(demo, tmp_path / "sig")
    for name, tampered in _mutations(r.path):
        assert tampered != opened(r.path)
        root = etree.fromstring(tampered, parser=hardened_parser())
        assert xml_schema().validate(root), (name, xml_schema().error_log)  # the signature is what catches it
        v = verify_bytes(f"t-{name}.xml", tampered, county)
        assert not v.ok and "签名验证失败" in v.message, (name, v.message)
    county.close()


@pytest.mark.skipif(XMLSEC1 is None, reason="xmlsec1 (independent XML Signature tool) is not installed")
def test_follow_up_bundle_verifies_with_xmlsec1(demo, tmp_path):
    r = _export(demo, tmp_path / "xs")
    cert = tmp_path / "school.pem"
    cert.write_text(demo.cert_pem)
    plain = tmp_path / "plain.xml"
    plain.write_bytes(opened(r.path))
    ok = subprocess.run([XMLSEC1, "--verify", "--trusted-pem", str(cert), str(plain)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    _name, tampered = _mutations(r.path)[0]
    bad_file = tmp_path / "bad.xml"
    bad_file.write_bytes(tampered)
    bad = subprocess.run([XMLSEC1, "--verify", "--trusted-pem", str(cert), str(bad_file)], capture_output=True, text=True)
    assert bad.returncode != 0


def test_no_family_free_text_and_no_names_of_adults_leave_the_school(demo, tmp_path):
    from app.data.approval_models import ApprovalAttachment, ApprovalRequest
    from app.data.models import (
        AbsenceCase,
        CaseReport,
        Contact,
        Guardian,
        PersuasionAttempt,
        PersuasionLedger,
        Staff,
    )

    # the new sections only: the roster carries children's names (an adult may share one) and a 1.0 status
    # change carries its reason — both decided before 1.1
    root = bundle_root(_export(demo, tmp_path / "pii").path)
    text = "".join(etree.tostring(root.find(q("Records")).find(q(KINDS[n].section)), encoding="unicode")
                   for n in NEW_KINDS)
    secrets: set[str] = set()
    with demo.db.transaction() as s:
        for c in s.exec(select(Contact)):
            secrets |= {c.companions, c.guardian_met, c.family_situation, c.purpose, c.student_condition,
                        c.problems, c.measures, c.guardian_opinion, c.address}
        for p in s.exec(select(PersuasionAttempt)):
            secrets |= {p.actions} | {x["name"] for x in p.participants}
        for lg in s.exec(select(PersuasionLedger)):
            secrets.add(lg.whereabouts)
        for r in s.exec(select(CaseReport)):
            secrets.add(r.content)
        for c in s.exec(select(AbsenceCase)):
            secrets.add(c.outcome_note)
        for a in s.exec(select(ApprovalRequest)):
            secrets |= {str(a.details.get("reason", "")), str(a.details.get("cause", ""))}
        for f in s.exec(select(ApprovalAttachment)):
            secrets.add(f.description)
        for st in s.exec(select(Staff)):
            secrets |= {st.name, st.phone}
        for g in s.exec(select(Guardian)):
            secrets |= {g.name, g.phone}
    leaked = sorted(x for x in secrets if x and len(x) >= 2 and x in text)
    assert not leaked, leaked[:5]
    assert "13800000000" not in text and "家长乙" not in text  # pledge parties


def test_xsd_vocabularies_are_the_programs():
    from app import approvals, attachments, cases, codes, mentors
    from app.documents import pledge_records

    xsd = etree.parse(str(xsd_path()))
    xs = "{http://www.w3.org/2001/XMLSchema}"

    def enum(name):
        t = xsd.find(f"{xs}simpleType[@name='{name}']")
        return {e.get("value") for e in t.iter(f"{xs}enumeration")}

    assert enum("CaseStage") == set(cases.STAGES)
    assert enum("CaseOutcome") == set(cases.OUTCOMES)
    assert enum("ContactForm") == set(cases.FORMS)
    assert enum("Relation") == set(codes.RELATION)
    assert enum("ReportKind") == set(cases.REPORT_KINDS)
    assert enum("Line") == set(cases.LINES)
    assert enum("ParticipantRole") == set(cases.PARTICIPANT_ROLES)
    assert enum("LedgerResult") == {"returned", *cases.CLOSE_OUTCOMES}
    assert enum("ApprovalKind") == set(approvals.KINDS)
    assert enum("ApprovalState") == set(approvals.STATES)
    assert enum("StepAction") == set(approvals.ACTIONS)
    assert enum("ApproverRole") == set(approvals.APPROVER_ROLES)
    assert enum("MediaType") == set(attachments.MEDIA_TYPES)
    assert enum("EndReason") == set(mentors.END_REASONS)
    assert enum("PledgeKind") == set(pledge_records.KINDS)
    assert enum("HouseholdStatus") == set(codes.HOUSEHOLD) - {""}
    assert SUPPORTED_VERSIONS == {"1.0", "1.1", "1.2", "1.3", "1.4", "1.5"}


def test_a_version_1_0_bundle_without_the_new_sections_is_still_accepted(demo, tmp_path):
    """An older school program: schemaVersion 1.0, none of the follow-up sections; signed by the school."""
    from app.exchange import keys
    from app.exchange.bundle import sign
    from app.exchange.county import ingest, latest_records

    r = _export(demo, tmp_path / "old")
    root = bundle_root(r.path)
    root.remove(root.find("{http://www.w3.org/2000/09/xmldsig#}Signature"))
    root.set("schemaVersion", "1.0")
    records = root.find(q("Records"))
    counts = root.find(q("Header")).find(q("Counts"))
    for name in NEW_KINDS:
        records.remove(records.find(q(KINDS[name].section)))
        counts.remove(next(c for c in counts if c.get("kind") == name))
    with demo.db.transaction() as s:
        _row, key, cert = keys.signing_material(s, demo.paths, demo.passphrase)
    old = tmp_path / "old-1.0.xml"
    old.write_bytes(sign(root, key, cert))
    county = _county(tmp_path, demo)
    got = ingest([old], county)
    assert got.ok and got.ingested, [v.message for v in got.rejected]
    assert latest_records(county, "case", demo.code) == []
    assert latest_records(county, "roll_call", demo.code)
    county.close()


def test_a_changed_case_supersedes_and_the_county_keeps_the_new_stage(demo, tmp_path):
    from app.data.models import AbsenceCase
    from app.exchange.county import ingest, latest_records

    county = _county(tmp_path, demo)
    a = _export(demo, tmp_path / "c1")
    assert ingest([a.path], county).ok
    with demo.db.transaction() as s:
        case = s.exec(select(AbsenceCase).where(AbsenceCase.stage == "reported").order_by(AbsenceCase.id)).first()
        key = str(case.id)
        case.updated_at = datetime.now(timezone.utc)
        corrected = date(2026, 11, 25) if case.visited_on != date(2026, 11, 25) else date(2026, 11, 26)
        case.visited_on = corrected  # a correction of the visit date
        s.add(case)
    b = _export(demo, tmp_path / "c2")
    assert not b.reused and b.supersedes == a.sequence
    assert ingest([b.path], county).ok
    held = {d["a"]["key"]: d["a"] for d in latest_records(county, "case", demo.code)}
    assert held[key]["visitedOn"] == corrected.isoformat()
    county.close()
