"""Transfer arrivals on the return path (issue 17 item 3): school A transfers a child to school B, both export, the
county ingests, A imports its package — the transfer is confirmed (A's list of unconfirmed transfers clears by
itself) and the receipts are shown. A child transferred out whom no school has on its roll past the limit is
flagged at the county (its view and A's package) and at the school. County on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from sqlmodel import select as sm_select

from app import approvals as ap
from app.accounts import SYSTEM, authenticate, create_user
from app.data.models import Student
from app.exchange import package_format as fmt
from app.exchange.county import CountyDB, ingest, register_certificate
from app.exchange.county_package import create_county_key, write_packages
from app.exchange.county_views import county_view
from app.exchange.export import export_history
from app.exchange.receipts import import_package, register_county
from tests.conftest import TODAY, make_student_input
from tests.exchange.conftest import another_school
from tests.exchange.test_receipts import COUNTY_PASS, _forged

WEEK = (date(2026, 11, 21), date(2026, 11, 27))
LEFT, ARRIVED, LOST = date(2026, 11, 23), date(2026, 11, 25), date(2026, 11, 9)
PACKAGE_DAY = datetime(2026, 11, 30, 8, tzinfo=timezone.utc)


@pytest.fixture
def county(school, county_url, tmp_path):
    db = CountyDB(county_url)
    db.key = create_county_key(db, "610729", "留坝县教育局", COUNTY_PASS, key_size=2048)
    register_certificate(db, school.key.cert_pem.encode())
    with school.transaction() as s:
        register_county(s, school.actors["admin"], db.key.cert_pem.encode(), expected_fingerprint=db.key.fingerprint)
    b = another_school(tmp_path, code="3161000456", name="马道镇中心小学", county_code="610729", county_name="留坝县")
    with b.transaction() as s:
        create_user(s, SYSTEM, "boss", "principal-pass", {"principal"})
    with b.transaction() as s:
        b.actors["boss"] = authenticate(s, "boss", "principal-pass")
    register_certificate(db, b.key.cert_pem.encode())
    db.b = b
    yield db
    b.close()
    db.close()


def _run(db, fn, who, *args, **kw):
    kw.setdefault("today", TODAY)
    with db.transaction() as s:
        return fn(s, db.actors[who], *args, **kw)


def _transfer_out(school, sid, day, where="马道镇中心小学"):
    rid = _run(school, ap.create_request, "reg", "transfer_out", ap.TransferOutDetails(day, where, "留坝县", "随父母搬家"),
               student_id=sid, submit=True)
    _run(school, ap.approve, "boss", rid, "同意")
    return rid


def _transfer_in(b, child: Student, day):
    """B registers A's child (the same 学籍号 and ID number) as a transfer in."""
    inp = replace(make_student_input(b.class_id, name=child.name, sex=child.sex, birth=child.birth_date),
                  id_number=child.id_number, student_number=child.student_number)
    rid = _run(b, ap.create_request, "reg", "transfer_in",
               ap.TransferInDetails(day, "测试县第一小学", "留坝县", new_student=inp), submit=True)
    _run(b, ap.approve, "boss", rid)


def _unconfirmed(school, today=date(2026, 12, 1)):
    with school.transaction() as s:
        return ap.unconfirmed_transfers(s, school.actors["reg"], today)


def _packages(county, tmp_path, **kw):
    return {w.school_code: w for w in write_packages(county, tmp_path / "back", COUNTY_PASS, now=PACKAGE_DAY, **kw)
            if w.sequence}


def test_a_transfer_is_confirmed_by_the_countys_package(school, export, county, tmp_path):
    b = county.b
    moving, lost = school.students["三年级(1)班"][1], school.students["四年级(1)班"][0]
    with school.session() as s:
        child = s.get(Student, moving)
        lost_number = s.get(Student, lost).student_number
    rid = _transfer_out(school, moving, LEFT)
    lost_rid = _transfer_out(school, lost, LOST, where="外省某校")
    _transfer_in(b, child, ARRIVED)
    assert {u.request_id for u in _unconfirmed(school)} == {rid, lost_rid}
    # both schools export; the county ingests
    a_first, a_week = export(period=(date(2026, 11, 7), date(2026, 11, 20))), export(period=WEEK)
    b_week = b.export(WEEK, tmp_path / "usb-b")
    assert ingest([a_first.path, a_week.path, b_week.path], county).ok
    # the county sees the arrival, and the lost child past its limit
    view = county_view(county, WEEK)
    assert [(t.number, t.arrived_at) for t in view.arrived] == [(child.student_number, "马道镇中心小学(3161000456)")]
    assert [(t.number, t.overdue(view.transfer_days)) for t in view.in_flight] == [(lost_number, True)]
    # A's package says so; B's has its receipts only
    packages = _packages(county, tmp_path)
    p = fmt.read(_signed_root(packages["3161000123"].path))
    assert [(a.student, a.left_on, a.school_code, a.arrived_on) for a in p.arrivals] == [
        (child.student_number, LEFT, "3161000456", ARRIVED)]
    assert [(u.student, u.left_on, u.limit) for u in p.unseen] == [(lost_number, LOST, 10)]
    assert p.unseen[0].overdue_since == date(2026, 11, 24)  # the 11th school day after 11-09
    assert fmt.read(_signed_root(packages["3161000456"].path)).arrivals == []
    # A imports: the transfer is confirmed, the receipts are shown, the lost child flagged
    with school.transaction() as s:
        done = import_package(s, school.actors["reg"], packages["3161000123"].path, today=TODAY)
    assert done.received == [1, 2] and not done.set_aside
    assert len(done.arrived) == 1 and child.name in done.arrived[0] and "马道镇中心小学" in done.summary
    assert len(done.unseen) == 1 and "人籍分离" in done.summary
    with school.transaction() as s:
        req = s.get(ap.ApprovalRequest, rid)
        assert req.state == "acknowledged" and req.reported_at and req.acknowledged_at
        history = {r.sequence: r.receipt_label for r in export_history(s, school.actors["reg"])}
    assert history == {1: "已接收", 2: "已接收"}
    (left,) = _unconfirmed(school)
    assert (left.request_id, left.county_unseen_since, left.overdue) == (lost_rid, date(2026, 11, 24), True)
    # nothing new at the county: no package for anyone
    assert _packages(county, tmp_path) == {}


def test_the_school_flags_an_overdue_transfer_itself(school):
    sid = school.students["三年级(1)班"][2]
    _transfer_out(school, sid, LOST)
    (early,) = _unconfirmed(school, today=date(2026, 11, 20))
    assert (early.school_days, early.overdue) == (9, False)
    (late,) = _unconfirmed(school, today=date(2026, 11, 24))
    assert (late.school_days, late.limit, late.overdue, late.county_unseen_since) == (11, 10, True, None)


def test_transfer_lines_naming_a_child_the_school_does_not_have_are_set_aside(school, export, county, tmp_path):
    stranger = "G610729201601019999"
    sid = school.students["三年级(1)班"][0]
    with school.session() as s:
        number = s.get(Student, sid).student_number
    path = _forged(county, tmp_path, school, arrivals=[
        fmt.Arrival(stranger, LEFT, "3161000456", "马道镇中心小学", ARRIVED),
        fmt.Arrival(number, LEFT, "3161000456", "马道镇中心小学", ARRIVED)],
        unseen=[fmt.Unseen(stranger, LOST, date(2026, 11, 24), 10)])
    with school.transaction() as s:
        done = import_package(s, school.actors["reg"], path, today=TODAY)
    assert done.arrived == [] and done.unseen == []
    assert len(done.set_aside) == 3
    assert f"学籍号 {stranger} 的学生已到达" in done.set_aside[0] and "本校没有这个学生" in done.set_aside[0]
    assert "本校没有该生的转出审批" in done.set_aside[1]
    assert "转出后未到任何学校,本校没有这个学生" in done.set_aside[2]
    with school.transaction() as s:
        assert s.exec(sm_select(ap.ApprovalRequest)).all() == []


def _signed_root(path):
    from lxml import etree

    from app.exchange.schema import hardened_parser

    return etree.fromstring(path.read_bytes(), parser=hardened_parser())
