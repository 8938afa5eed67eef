"""Export → verify → ingest → report, determinism, supersession, roster changes, xmlsec1 interoperability."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date

import pytest
from lxml import etree

from app.exchange import keys, xmldsig
from app.exchange.county import CountyDB, ingest, register_certificate, verify
from app.exchange.county_report import weekly_summary, write_report
from app.exchange.schema import KINDS, NS, SCHEMA_VERSION, hardened_parser, q, xml_schema, xsd_path
from tests.conftest import TODAY
from tests.exchange.conftest import PASSPHRASE, roll_call
from tests.exchange.conftest import bundle_root, opened


@pytest.fixture
def county(school, tmp_path, county_url):
    db = CountyDB(county_url)
    cert = tmp_path / "school.pem"
    cert.write_text(school.key.cert_pem)
    register_certificate(db, cert, expected_fingerprint=school.key.fingerprint_grouped)
    yield db
    db.close()


def _doc(path):
    return bundle_root(path)


def test_bundle_validates_against_schema_and_carries_the_header(export):
    r = export()
    root = _doc(r.path)
    assert xml_schema().validate(root), xml_schema().error_log
    h = root.find(q("Header"))
    assert h.find(q("School")).get("code") == "3161000123"
    assert h.findtext(q("Sequence")) == "1" and h.find(q("PreviousDigest")) is None
    assert h.findtext(q("RosterMode")) == "full"
    counts = {c.get("kind"): int(c.get("n")) for c in h.find(q("Counts"))}
    assert counts["student"] == 8 and counts["roll_call"] == 1 and set(counts) == set(KINDS)
    manifest = json.loads(r.manifest.read_text(encoding="utf-8"))
    assert manifest["sha256"] == keys.sha256_file(r.path) == r.sha256


def test_the_file_on_the_usb_stick_shows_no_name_and_no_id_number(school, export):
    """Issue #14 item 4: every bundle carried each child's 学籍号 (G + resident ID) and name in clear. The file is
    encrypted to the county now; inside, the county reads the 学籍号 (the schema README says so), never guardians."""
    from app.data.models import Student
    from sqlmodel import select

    r = export()
    raw = r.path.read_bytes()
    with school.transaction() as s:
        pupils = s.exec(select(Student.name, Student.id_number, Student.student_number)).all()
    assert pupils and raw.startswith(b"<?xml") and b"EncryptedData" in raw
    assert all(id_number and number for _n, id_number, number in pupils)
    for value in (v for pupil in pupils for v in pupil):
        assert value.encode() not in raw and value[1:].encode() not in raw
    assert "学生".encode() not in raw and b'number="' not in raw
    inner = opened(r.path).decode("utf-8")
    assert "13912345678" not in inner  # guardian phone of every test student
    assert "张大山" not in inner  # guardian name
    assert 'number="G' in inner and pupils[0][0] in inner  # the county's 学籍 matching needs them


def test_registry_order_matches_the_xsd():
    xsd = etree.parse(str(xsd_path()))
    xs = "{http://www.w3.org/2001/XMLSchema}"
    records = xsd.find(f"{xs}complexType[@name='RecordsType']")
    sections = [e.get("name") for e in records.find(f"{xs}sequence").findall(f"{xs}element")]
    assert sections == [k.section for k in KINDS.values()]


def test_same_period_again_gives_the_same_file_and_sequence(export, tmp_path):
    a = export(out=tmp_path / "a")
    b = export(out=tmp_path / "b")
    assert b.reused and b.sequence == a.sequence == 1
    assert a.path.read_bytes() == b.path.read_bytes()


def test_changed_period_supersedes_and_chains(school, export):
    a = export()
    roll_call(school, "四年级(1)班", TODAY, {school.students["四年级(1)班"][1]: "absent"})
    b = export()
    assert not b.reused and b.sequence == 2 and b.supersedes == 1
    root = _doc(b.path)
    # the link is the digest of what #1's signature covers, not the file's bytes (issue #14 item 3)
    assert root.find(q("Header")).findtext(q("PreviousDigest")) == a.signed_digest == xmldsig.signed_digest(_doc(a.path))
    assert a.signed_digest != a.sha256
    assert root.find(q("Header")).findtext(q("RosterMode")) == "changes"
    assert len(root.find(q("Records")).find(q("Students"))) == 0  # roster unchanged: no student rows
    with school.transaction() as s:
        from app.exchange.export import export_history

        hist = export_history(s, school.actors["reg"])
    assert [(h.sequence, h.superseded_by) for h in hist] == [(2, None), (1, 2)]


def test_roster_change_is_sent_alone(school, export):
    from app.data.models import Student

    export()
    sid = school.students["三年级(1)班"][2]
    with school.transaction() as s:
        st = s.get(Student, sid)
        st.left_behind = 2
        s.add(st)
    b = export(period=(date(2026, 12, 4), date(2026, 12, 10)))
    students = _doc(b.path).find(q("Records")).find(q("Students"))
    assert [e.get("leftBehind") for e in students] == ["2"] and b.supersedes is None


def test_export_needs_registrar_or_admin_and_the_passphrase(export):
    from app.errors import PermissionDenied
    from app.exchange.keys import KeyUnavailable

    with pytest.raises(PermissionDenied):
        export(actor="wang")
    with pytest.raises(KeyUnavailable, match="口令不正确"):
        export(passphrase="wrong-passphrase")


def test_private_key_is_never_written_in_clear(school):
    key_files = list(school.paths.keys.glob("*.key.pem"))
    assert len(key_files) == 1
    text = key_files[0].read_text()
    assert "BEGIN ENCRYPTED PRIVATE KEY" in text and "BEGIN PRIVATE KEY" not in text
    assert oct(key_files[0].stat().st_mode & 0o777) == "0o600"


def test_export_verify_ingest_report_round_trip(school, export, county, tmp_path):
    a = export()
    res = verify([a.path], county)
    assert res[0].ok, res[0].message
    got = ingest([a.path], county)
    assert [v.sequence for v in got.ingested] == [1]
    again = ingest([a.path], county)
    assert again.ingested == [] and len(again.replays) == 1
    report = weekly_summary(county, TODAY)
    row = report.rows[0]
    assert row["enrolled"] == 8 and row["expected"] == 4 and row["present"] == 3 and row["absent"] == 1
    for suffix in (".xlsx", ".pdf"):
        out = write_report(report, tmp_path / f"week{suffix}")
        assert out.stat().st_size > 1000


def test_superseding_bundle_replaces_period_records_at_the_county(school, export, county):
    a = export()
    ingest([a.path], county)
    roll_call(school, "四年级(1)班", TODAY, {school.students["四年级(1)班"][1]: "absent"})
    b = export()
    assert ingest([b.path], county).ingested
    row = weekly_summary(county, TODAY).rows[0]
    assert row["roll_days"] == 2 and row["absent"] == 2 and row["bundles"] == "2"


def test_ingest_is_idempotent_across_order(school, export, county, tmp_path):
    a = export(out=tmp_path / "x")
    roll_call(school, "四年级(1)班", TODAY, {school.students["四年级(1)班"][1]: "absent"})
    b = export(out=tmp_path / "x")
    first = ingest([b.path], county)  # 2 before 1: a gap, then filled
    assert first.ingested and any("缺号" in w for w in first.ingested[0].warnings)
    second = ingest([a.path, b.path], county)
    assert [v.sequence for v in second.ingested] == [1] and len(second.replays) == 1
    row = weekly_summary(county, TODAY).rows[0]
    assert row["roll_days"] == 2 and row["gaps"] == ""


def test_key_replacement_is_announced_and_endorsed(school, export, county):
    a = export()
    ingest([a.path], county)
    with school.transaction() as s:
        new = keys.replace_key(s, school.actors["admin"], school.paths, "new-passphrase-2", old_passphrase=PASSPHRASE,
                               key_size=2048)
    assert new.replaces_fingerprint == school.key.fingerprint and new.endorsed
    assert (school.paths.keys / "archive").is_dir()
    b = export(passphrase="new-passphrase-2")
    kc = _doc(b.path).find(q("Header")).find(q("KeyChange"))
    assert kc.get("previousFingerprint") == school.key.fingerprint and kc.get("endorsement")
    got = ingest([b.path], county)
    assert got.ingested, got.rejected[0].message if got.rejected else ""
    assert new.fingerprint in county.certs_for("3161000123")


def test_unendorsed_new_key_is_refused_until_registered(school, export, county, tmp_path):
    ingest([export().path], county)
    with school.transaction() as s:
        new = keys.replace_key(s, school.actors["admin"], school.paths, "new-passphrase-2", key_size=2048)
    b = export(passphrase="new-passphrase-2")
    v = verify([b.path], county)[0]
    assert not v.ok and "背书" in v.message
    pem = tmp_path / "new.pem"
    pem.write_text(new.cert_pem)
    register_certificate(county, pem)
    assert verify([b.path], county)[0].ok


XMLSEC1 = shutil.which("xmlsec1")


@pytest.mark.skipif(XMLSEC1 is None, reason="xmlsec1 (independent XML Signature tool) is not installed")
def test_bundle_verifies_with_xmlsec1(school, export, tmp_path):
    r = export()
    cert = tmp_path / "school.pem"
    cert.write_text(school.key.cert_pem)
    plain = tmp_path / "plain.xml"
    plain.write_bytes(opened(r.path))  # what the county decrypted
    ok = subprocess.run([XMLSEC1, "--verify", "--trusted-pem", str(cert), str(plain)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    ok2 = subprocess.run([XMLSEC1, "--verify", "--pubkey-cert-pem", str(cert), "--enabled-key-data", "key-name",
                          str(plain)], capture_output=True, text=True)
    assert ok2.returncode == 0, ok2.stderr
    tampered = tmp_path / "t.xml"
    tampered.write_bytes(plain.read_bytes().replace(b'present="3"', b'present="4"'))
    bad = subprocess.run([XMLSEC1, "--verify", "--trusted-pem", str(cert), str(tampered)], capture_output=True, text=True)
    assert bad.returncode != 0


def test_borrow_study_without_national_code_is_exported_and_accepted(school, export, county):
    from app import students

    sid = school.students["三年级(1)班"][3]
    with school.transaction() as s:
        students.record_status_change(s, school.actors["reg"], sid, students.BORROW_OUT, TODAY, reason="借读")
    r = export()
    assert county and ingest([r.path], county).ingested


def test_the_2024_groups_and_unregistered_pupils_travel_to_the_county(school, export, county):
    """Schema 1.3: a child of each 2024 group and a pupil without 学籍号 (待注册学籍) are exported, the bundle
    validates, the county reads the groups back into its weekly summary; a pupil outside the groups keeps
    the same record as before 1.3 (no new attribute, so no needless resend)."""
    from dataclasses import replace

    from app import students
    from app.data.models import Student
    from app.exchange.bundle import student_attrs
    from app.exchange.county import student_groups
    from tests.conftest import make_student_input

    cid = school.class_ids["三年级(1)班"]
    reg = school.actors["reg"]
    with school.transaction() as s:
        groups = students.create_student(s, reg, make_student_input(
            cid, name="小组", seq=201, de_facto_unsupported=True, hardship_child=True, case_involved=True,
            household_status="monitor", inclusive_class=True, disability_type="physical"), today=TODAY)
        new = students.create_student(s, reg, replace(make_student_input(cid, name="新生", seq=203),
                                                      student_number=None), today=TODAY)
        plain = s.get(Student, school.students["三年级(1)班"][1])
        assert not {"deFactoUnsupported", "hardshipChild", "caseInvolved", "householdStatus",
                    "inclusiveClass"} & set(student_attrs(plain))
    r = export()
    root = _doc(r.path)
    assert root.get("schemaVersion") == SCHEMA_VERSION
    assert xml_schema().validate(root), xml_schema().error_log
    sent = {el.get("name"): el for el in root.find(q("Records")).find(q("Students"))}
    g = sent["小组"]
    assert (g.get("deFactoUnsupported"), g.get("hardshipChild"), g.get("caseInvolved"), g.get("householdStatus"),
            g.get("inclusiveClass")) == ("true", "true", "true", "monitor", "true")
    assert sent["新生"].get("number") == f"U{new}"
    assert student_groups(dict(g.attrib)) == {"unsupported": 1, "hardship": 1, "case_involved": 1, "household": 1}

    assert verify([r.path], county)[0].ok and ingest([r.path], county).ingested
    row = weekly_summary(county, TODAY).rows[0]
    assert (row["enrolled"], row["unsupported"], row["hardship"], row["case_involved"], row["household"]) == \
        (10, 1, 1, 1, 1)

    # registered later: the next bundle removes the U key and sends the child under the 学籍号
    with school.transaction() as s:
        inp = students.input_of(s, reg, new)
        students.update_student(s, reg, new, replace(inp, student_number="G" + inp.id_number), today=TODAY)
    r2 = export()
    root2 = _doc(r2.path)
    assert xml_schema().validate(root2), xml_schema().error_log
    removed = [el.get("number") for el in root2.find(q("Records")).find(q("RemovedStudents"))]
    assert removed == [f"U{new}"] and groups
    assert ingest([r2.path], county).ingested
    assert weekly_summary(county, TODAY).rows[0]["enrolled"] == 10
