"""The county report for every week of the demo term, on SQLite and PostgreSQL: no crash on optional attributes
(a borrow-study status change carries no code), and identical figures on both databases."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from app.exchange.county import CountyDB, ingest, register_certificate
from app.exchange.county_report import weekly_summary
from tests.documents.conftest import assert_official_punctuation
from tests.exchange.conftest import bundle_root

TODAY = date(2026, 11, 27)
TERM = (date(2026, 9, 1), TODAY)
PASS = "county-report-pass"


@pytest.fixture(scope="module")
def demo_bundle(tmp_path_factory):
    """A small demo school (a term of roll calls, alerts, status changes) exported as one signed bundle."""
    from app.accounts import SYSTEM
    from app.data.db import open_database
    from app.demo import build_demo
    from app.exchange import keys
    from app.exchange.export import export_bundle
    from app.paths import DataPaths

    root = tmp_path_factory.mktemp("demo-county")
    paths = DataPaths(root / "school")
    build_demo(paths, students=120, seed=17, today=TODAY)
    db = open_database(paths)
    with db.transaction() as s:
        row = keys.active_key_row(s)
        if row is None:
            keys.create_key(s, SYSTEM, paths, PASS, key_size=2048)
        else:
            keys.replace_key(s, SYSTEM, paths, PASS, old_passphrase=keys.DEMO_KEY_PASSPHRASE, key_size=2048)
    with db.transaction() as s:
        r = export_bundle(s, SYSTEM, paths, out_dir=root / "usb", passphrase=PASS, period=TERM, today=TODAY,
                          full_roster=True)
    db.close()
    return SimpleNamespace(path=r.path, cert=next(paths.keys.glob("*.cert.pem")).read_bytes(), paths=paths)


def _weeks():
    day = TERM[0]
    while day <= TERM[1]:
        yield day
        day += timedelta(days=7)


def _ingested(url, demo_bundle, path=None):
    db = CountyDB(url)
    register_certificate(db, demo_bundle.cert)
    res = ingest([path or demo_bundle.path], db)
    assert res.ok and len(res.ingested) == 1, [v.reasons for v in res.rejected]
    return db


def test_the_bundle_has_a_status_change_without_a_code(demo_bundle):
    from lxml import etree

    from app.exchange.schema import hardened_parser, q

    root = bundle_root(demo_bundle.path)
    changes = root.find(q("Records")).find(q("StatusChanges"))
    assert any(c.get("code") is None for c in changes), "the demo should carry a change without a code (borrow-study)"


def test_every_week_of_the_term_reports_with_the_same_figures_on_sqlite_and_postgresql(demo_bundle, tmp_path,
                                                                                        pg_server):
    lite = _ingested(f"sqlite:///{(tmp_path / 'c.sqlite3').as_posix()}", demo_bundle)
    pg = _ingested(pg_server.new_database(), demo_bundle)
    try:
        seen_roll_calls = 0
        for week in _weeks():
            a, b = weekly_summary(lite, week), weekly_summary(pg, week)
            assert (a.start, a.end) == (b.start, b.end)
            assert a.rows == b.rows and a.total == b.total, week
            assert a.total["enrolled"] > 0
            seen_roll_calls += a.total["roll_days"]
        assert seen_roll_calls > 0
    finally:
        lite.close()
        pg.close()



# --- a past week shows that week ------------------------------------------------------------------------------------

WEEK1 = (date(2026, 11, 14), date(2026, 11, 20))
WEEK2 = (date(2026, 11, 21), date(2026, 11, 27))


def _county(url, *certs):
    db = CountyDB(url)
    for cert in certs:
        register_certificate(db, cert)
    return db


def test_a_past_week_counts_a_pupil_who_left_later(school, export, county_url, tmp_path):
    """A child drops out in the second week: the first week still counts the child, whether the county got a bundle a
    week or one bundle for both weeks."""
    from app import students

    weekly = [export(period=WEEK1).path]
    leaver = school.students["三年级(1)班"][1]
    with school.transaction() as s:
        students.record_status_change(s, school.actors["reg"], leaver, "28", date(2026, 11, 24), reason="外出打工")
    weekly.append(export(period=WEEK2).path)
    both = export(period=(WEEK1[0], WEEK2[1]), out=tmp_path / "usb-both", full_roster=True).path

    cert = school.key.cert_pem.encode()
    for files, url in ((weekly, county_url), ([both], f"sqlite:///{(tmp_path / 'one-bundle.sqlite3').as_posix()}")):
        db = _county(url, cert)
        try:
            assert ingest(files, db).ok
            first, second = weekly_summary(db, WEEK1), weekly_summary(db, WEEK2)
            assert (first.total["enrolled"], first.total["dropouts"]) == (8, 0), files
            assert (second.total["enrolled"], second.total["dropouts"]) == (7, 1), files
            before = weekly_summary(db, (date(2023, 8, 1), date(2023, 8, 7)))  # before anyone was enrolled
            assert before.total["enrolled"] == 0
        finally:
            db.close()


def test_a_past_week_shows_the_alerts_open_then_not_now(demo_bundle, tmp_path):
    """One bundle for the whole term: a week before the first alert shows none open; the last week shows those open
    today; no week counts an alert raised after it."""
    from lxml import etree

    from app.exchange.schema import hardened_parser, q

    root = bundle_root(demo_bundle.path)
    alerts = [a.attrib for a in root.find(q("Records")).find(q("Alerts"))]
    first_raised = min(date.fromisoformat(a["raisedOn"]) for a in alerts)
    assert first_raised > TERM[0] + timedelta(days=7), "the demo should raise its first alert after the first week"
    db = _ingested(f"sqlite:///{(tmp_path / 'c.sqlite3').as_posix()}", demo_bundle)
    try:
        early = weekly_summary(db, (TERM[0], TERM[0] + timedelta(days=6)))
        assert (early.total["open_alerts"], early.total["new_alerts"], early.total["suspected"]) == (0, 0, 0)
        last = weekly_summary(db, (TODAY - timedelta(days=6), TODAY))
        assert last.total["open_alerts"] == sum(1 for a in alerts if a["status"] == "open")
        for week in _weeks():
            rep = weekly_summary(db, week)
            raised_by_then = sum(1 for a in alerts if date.fromisoformat(a["raisedOn"]) <= rep.end)
            assert rep.total["open_alerts"] <= raised_by_then
    finally:
        db.close()


def test_the_summary_is_grouped_by_county_code(school, export, tmp_path, county_url):
    from tests.exchange.conftest import another_school

    b = another_school(tmp_path, code="3161000456", name="邻县中心小学", county_code="610728", county_name="佛坪县")
    c = another_school(tmp_path, code="3161000789", name="留坝县第二小学", county_code="610729", county_name="留坝县")
    files = [export(period=WEEK2).path] + [s.export(WEEK2, tmp_path / "usb").path for s in (b, c)]
    db = _county(county_url, school.key.cert_pem.encode(), b.key.cert_pem.encode(), c.key.cert_pem.encode())
    try:
        assert ingest(files, db).ok
        rep = weekly_summary(db, WEEK2)
    finally:
        db.close()
        b.close()
        c.close()
    assert [(g.code, [r["code"] for r in g.rows]) for g in rep.counties] == [
        ("610728", ["3161000456"]), ("610729", ["3161000123", "3161000789"])]
    assert [r["code"] for r in rep.rows] == ["3161000456", "3161000123", "3161000789"]
    fp, lb = rep.counties
    assert (fp.subtotal["enrolled"], lb.subtotal["enrolled"], rep.total["enrolled"]) == (3, 11, 14)
    assert lb.subtotal["school"] == "小计" and lb.subtotal["code"] == "2 所学校" and rep.total["code"] == "3 所学校"

    from openpyxl import load_workbook

    from app.exchange.county_report import write_report

    ws = load_workbook(write_report(rep, tmp_path / "week.xlsx")).active
    lines = [[cell.value for cell in row] for row in ws.iter_rows(min_row=3)]
    assert [(r[0], r[1]) for r in lines] == [("610728 佛坪县", "邻县中心小学"), ("610728 佛坪县", "小计"),
                                             ("610729 留坝县", "测试县第一小学"), ("610729 留坝县", "留坝县第二小学"),
                                             ("610729 留坝县", "小计"), ("2 个县(区)", "合计")]
    assert ws.cell(row=3 + 1, column=2).font.bold and not ws.cell(row=3, column=2).font.bold
    pdf = write_report(rep, tmp_path / "week.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "610728 佛坪县（1 所学校）" in text and "610729 留坝县（2 所学校）" in text
    assert "小计" in text and "合计" in text
    assert_official_punctuation(pdf)  # issue #15 item 7


# --- every optional attribute is optional ---------------------------------------------------------------------------

XS = "{http://www.w3.org/2001/XMLSchema}"


def optional_attributes() -> dict[str, set[str]]:
    """Element name → the attributes the bundle XSD leaves optional on it (``use`` other than required)."""
    from lxml import etree

    from app.exchange.schema import xsd_path

    out: dict[str, set[str]] = {}
    for attr in etree.parse(str(xsd_path())).iter(XS + "attribute"):
        if attr.get("use") == "required" or not attr.get("name"):
            continue
        owner = next(attr.iterancestors(XS + "element"), None)
        if owner is not None and owner.get("name"):
            out.setdefault(owner.get("name"), set()).add(attr.get("name"))
    return out


def minimal_bundle(demo_bundle, out):
    """The demo's bundle with every optional attribute taken out, signed again with the demo school's key."""
    from lxml import etree

    from app.data.db import unlock_database
    from app.demo import DEMO_PASSWORD
    from app.exchange import keys
    from app.exchange.bundle import sign
    from app.exchange.schema import DS_NS, NS, hardened_parser

    optional = optional_attributes()
    root = bundle_root(demo_bundle.path)
    root.remove(root.find(f"{{{DS_NS}}}Signature"))
    removed = 0
    for el in root.iter(f"{{{NS}}}*"):
        for name in optional.get(etree.QName(el).localname, ()):
            if el.attrib.pop(name, None) is not None:
                removed += 1
    db = unlock_database(demo_bundle.paths, "admin", DEMO_PASSWORD)  # keys opened are forgotten after each test
    try:
        with db.transaction() as s:
            _row, key, cert = keys.signing_material(s, demo_bundle.paths, PASS)
    finally:
        db.close()
    out.write_bytes(sign(root, key, cert))
    return out, removed


def test_a_bundle_with_only_the_required_attributes_reports_everywhere(demo_bundle, tmp_path, county_url):
    from app.exchange.quarterly import quarterly_report, write_quarterly
    from app.exchange.county_report import write_report
    from app.exchange.county_views import county_view, write_county_report

    path, removed = minimal_bundle(demo_bundle, tmp_path / "minimal.xml")
    assert removed > 100  # the demo's records do carry optional attributes: they are gone
    db = _ingested(county_url, demo_bundle, path)
    try:
        for week in _weeks():
            rep = weekly_summary(db, week)
            assert rep.total["enrolled"] > 0
            view = county_view(db, week)
        write_report(rep, tmp_path / "week.pdf")
        write_county_report(view, tmp_path / "county.pdf")
        write_county_report(view, tmp_path / "county.xlsx")
        q = quarterly_report(db, "2026Q4", today=TODAY)
        write_quarterly(q, tmp_path / "q.xlsx")
        full = _ingested(f"sqlite:///{(tmp_path / 'full.sqlite3').as_posix()}", demo_bundle)
        try:  # the optional attributes left out change no required figure
            a, b = weekly_summary(db, TODAY), weekly_summary(full, TODAY)
            for key in ("enrolled", "roll_days", "expected", "present", "absent", "new_alerts"):
                assert a.total[key] == b.total[key], key
        finally:
            full.close()
    finally:
        db.close()
