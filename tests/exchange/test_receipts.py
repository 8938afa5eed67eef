"""The return path, receipts first (issue 17 item 3): the county signs a package per school listing the bundles it
ingested; the school imports it (checked against the county certificate registered at set-up) and its export
history shows 已接收, 县里未收到 or 待回执. The bad input of the issue: another school's or county's package, an
unregistered key, a replay, a package out of order, from a newer program, altered, naming a bundle the school does
not have — refused or set aside with the reason, nothing applied half. County on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy import func, select
from sqlmodel import select as sm_select

from app.data.receipt_models import CountyPackageImport, ExchangeReceipt
from app.errors import ValidationError
from app.exchange import package_format as fmt
from app.exchange.bundle import sign
from app.exchange.county import CountyDB, ingest, register_certificate
from app.exchange.county_package import create_county_key, key_t, package_t, write_packages
from app.exchange.export import export_history
from app.exchange.receipts import PackageRefused, import_package, register_county
from app.exchange.keys import load_cert
from app.exchange.keys import DEMO_KEY_PASSPHRASE
from tests.exchange.conftest import another_school

#: the county key's passphrase: the one of the demo county's key that every test county also holds (tests/conftest.py),
#: so that one passphrase opens the bundles of this county's school and of a neighbour encrypted to the demo county
COUNTY_PASS = DEMO_KEY_PASSPHRASE
WEEKS = [(date(2026, 11, 7), date(2026, 11, 13)), (date(2026, 11, 14), date(2026, 11, 20)),
         (date(2026, 11, 21), date(2026, 11, 27)), (date(2026, 11, 28), date(2026, 12, 4))]


@pytest.fixture
def county(school, county_url):
    db = CountyDB(county_url)
    register_certificate(db, school.key.cert_pem.encode())
    db.key = create_county_key(db, "610729", "留坝县教育局", COUNTY_PASS, key_size=2048)
    with school.transaction() as s:
        register_county(s, school.actors["admin"], db.key.cert_pem.encode(), expected_fingerprint=db.key.fingerprint)
    yield db
    db.close()


def _import(school, path, who="reg"):
    with school.transaction() as s:
        return import_package(s, school.actors[who], path)


def _history(school):
    with school.transaction() as s:
        return {r.sequence: (r.receipt_label, r.received_on) for r in export_history(s, school.actors["reg"])}


def _held(school):
    with school.transaction() as s:
        return (len(s.exec(sm_select(CountyPackageImport)).all()), len(s.exec(sm_select(ExchangeReceipt)).all()))


def _packages(county, tmp_path, **kw):
    return [w for w in write_packages(county, tmp_path / "back", COUNTY_PASS, **kw) if w.sequence]


def test_receipts_round_trip_received_missing_and_waiting(school, export, county, tmp_path):
    first, second = export(period=WEEKS[0]).path, export(period=WEEKS[1]).path
    assert ingest([first, second], county).ok
    (pkg,) = _packages(county, tmp_path)
    assert (pkg.sequence, pkg.receipts) == (1, 2)
    got = _import(school, pkg.path)
    assert (got.replay, got.received, got.set_aside) == (False, [1, 2], [])
    today = datetime.now(timezone.utc).date()
    assert _history(school) == {1: ("已接收", today), 2: ("已接收", today)}
    # nothing new at the county: no package; a new export waits for its receipt
    assert _packages(county, tmp_path) == []
    third = export(period=WEEKS[2]).path
    assert _history(school)[3] == ("待回执", None)
    # the third is lost on the way, the fourth arrives: the next package shows the third missing
    fourth = export(period=WEEKS[3]).path
    assert ingest([fourth], county).ok
    (pkg2,) = _packages(county, tmp_path)
    got = _import(school, pkg2.path)
    assert got.received == [4] and got.sequence == 2
    history = _history(school)
    assert history[3] == ("县里未收到", None) and history[4][0] == "已接收"
    assert third.exists()
    # the same file again changes nothing
    before = _held(school)
    assert _import(school, pkg2.path).replay and _held(school) == before
    with county.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(package_t)).scalar() == 2


def test_packages_out_of_order_are_refused_until_the_gap_is_filled(school, export, county, tmp_path):
    assert ingest([export(period=WEEKS[0]).path], county).ok
    (one,) = _packages(county, tmp_path)
    assert ingest([export(period=WEEKS[1]).path], county).ok
    (two,) = _packages(county, tmp_path)
    with pytest.raises(PackageRefused, match="应导入第 1 号回执包,这是第 2 号"):
        _import(school, two.path)
    assert _held(school) == (0, 0)
    _import(school, one.path)
    assert _import(school, two.path).received == [2]


def _county_key(county):
    with county.engine.connect() as c:
        row = c.execute(select(key_t).where(key_t.c.status == "active")).first()  # its own, not the demo county's
    return serialization.load_pem_private_key(row.key_pem.encode(), COUNTY_PASS.encode()), load_cert(row.cert_pem)


def _forged(county, tmp_path, school, name="forged.xml", *, version=None, key=None, **changes):
    """A package built and signed here (with the county's own key unless ``key``), to say what a real one would not."""
    with school.transaction() as s:
        exported = {r.sequence: r for r in export_history(s, school.actors["reg"])}
    receipts = [fmt.Receipt(n, r.sha256, r.start, r.end, date(2026, 11, 30)) for n, r in sorted(exported.items())]
    values = dict(county_code="610729", county_name="留坝县教育局", school_code="3161000123", school_name="测试县第一小学",
                  sequence=1, prev_sha256="", created=datetime(2026, 11, 30, tzinfo=timezone.utc), receipts=receipts)
    values.update(changes)
    root = fmt.build(fmt.Package(**values))
    if version:
        root.set("schemaVersion", version)
    private, cert = key or _county_key(county)
    path = tmp_path / name
    path.write_bytes(sign(root, private, cert))
    return path


def test_bad_packages_are_refused_with_the_reason_and_change_nothing(school, export, county, tmp_path, county_url):
    assert ingest([export(period=WEEKS[0]).path], county).ok
    cases = {
        "这是县区 610728 的回执包": _forged(county, tmp_path, school, "other-county.xml", county_code="610728"),
        "发给学校 3161000456": _forged(county, tmp_path, school, "other-school.xml", school_code="3161000456",
                                   school_name="马道镇中心小学"),
        "来自更新版本的保学": _forged(county, tmp_path, school, "newer.xml", version="1.7"),
        "链条不符": _forged(county, tmp_path, school, "chain.xml", prev_sha256="a" * 64),
    }
    # signed with a key the school never registered (another office's program pretending to be the county)
    other = CountyDB(f"sqlite:///{(tmp_path / 'impostor.sqlite3').as_posix()}")
    create_county_key(other, "610729", "留坝县教育局", COUNTY_PASS, key_size=2048)
    cases["不是本校登记的县级证书"] = _forged(county, tmp_path, school, "impostor.xml", key=_county_key(other))
    other.close()
    # altered after the county signed it
    good = _forged(county, tmp_path, school, "good.xml")
    text = good.read_text(encoding="utf-8").replace('ingestedOn="2026-11-30"', 'ingestedOn="2026-11-29"')
    (tmp_path / "altered.xml").write_text(text, encoding="utf-8")
    cases["被改动过"] = tmp_path / "altered.xml"
    (tmp_path / "bundle.xml").write_bytes(export(period=WEEKS[1]).path.read_bytes())
    cases["不是县级回执包"] = tmp_path / "bundle.xml"
    (tmp_path / "cut.xml").write_bytes(good.read_bytes()[:400])
    cases["不是完整的 XML"] = tmp_path / "cut.xml"
    for reason, path in cases.items():
        with pytest.raises(PackageRefused, match=reason):
            _import(school, path)
        assert _held(school) == (0, 0), reason
    # a second file under a number already imported: refused as a fork
    _import(school, good)
    twin = _forged(county, tmp_path, school, "twin.xml", created=datetime(2026, 12, 1, tzinfo=timezone.utc))
    with pytest.raises(PackageRefused, match="已导入过另一份内容不同的文件"):
        _import(school, twin)
    assert _held(school) == (1, 1)


def test_receipts_the_school_cannot_match_are_set_aside_and_the_rest_applied(school, export, county, tmp_path):
    one = export(period=WEEKS[0])
    ingest([one.path], county)
    receipts = [fmt.Receipt(1, one.sha256, *WEEKS[0], date(2026, 11, 30)),
                fmt.Receipt(2, "b" * 64, *WEEKS[1], date(2026, 11, 30)),
                fmt.Receipt(99, "c" * 64, *WEEKS[2], date(2026, 11, 30))]
    path = _forged(county, tmp_path, school, receipts=receipts)
    export(period=WEEKS[1])  # the school's second bundle is another file than the county's "2"
    got = _import(school, path)
    assert got.received == [1]
    assert len(got.set_aside) == 2
    assert "第 2 号数据包与本校导出的不是同一个文件" in got.set_aside[0] and "第 99 号" in got.set_aside[1]
    assert _history(school)[1][0] == "已接收" and _history(school)[2][0] != "已接收"
    with school.transaction() as s:
        (row,) = s.exec(sm_select(CountyPackageImport)).all()
        assert row.set_aside == got.set_aside


def test_the_county_certificate_is_checked_at_registration(school, county, tmp_path):
    with pytest.raises(ValidationError, match="与县里登记单上的不一致"):
        with school.transaction() as s:
            register_county(s, school.actors["admin"], county.key.cert_pem.encode(), expected_fingerprint="00" * 32)
    neighbour = CountyDB(f"sqlite:///{(tmp_path / 'fp.sqlite3').as_posix()}")
    cert = create_county_key(neighbour, "610730", "佛坪县教育局", COUNTY_PASS, key_size=2048).cert_pem
    neighbour.close()
    with pytest.raises(ValidationError, match="不是本县教育局的证书"):
        with school.transaction() as s:
            register_county(s, school.actors["admin"], cert.encode())
    with pytest.raises(Exception, match="exchange.key|权限|没有"):
        with school.transaction() as s:
            register_county(s, school.actors["reg"], county.key.cert_pem.encode())


def test_one_package_per_school_and_none_for_a_school_without_news(school, export, county, tmp_path):
    b = another_school(tmp_path, code="3161000456", name="马道镇中心小学", county_code="610729", county_name="留坝县")
    register_certificate(county, b.key.cert_pem.encode())
    assert ingest([export(period=WEEKS[0]).path, b.export(WEEKS[0], tmp_path / "usb-b").path], county).ok
    written = _packages(county, tmp_path)
    assert sorted((w.school_code, w.sequence) for w in written) == [("3161000123", 1), ("3161000456", 1)]
    assert ingest([b.export(WEEKS[1], tmp_path / "usb-b").path], county).ok
    again = write_packages(county, tmp_path / "back", COUNTY_PASS)
    assert {w.school_code: w.sequence for w in again} == {"3161000123": None, "3161000456": 2}
    with pytest.raises(ValidationError, match="口令不对"):
        write_packages(county, tmp_path / "back", "wrong-passphrase")
    b.close()


def test_the_return_path_on_the_command_line(school, export, county, tmp_path, monkeypatch, capsys):
    from tests.conftest import ADMIN_PASSWORD
    from tests.exchange.test_cli import _run

    assert ingest([export(period=WEEKS[0]).path], county).ok
    monkeypatch.setenv("BAOXUE_KEY_PASSPHRASE", COUNTY_PASS)
    db = ["--db", county.url]
    assert _run(["county", "key", "show", "--cert", str(tmp_path / "county.pem"), *db]) == 0
    assert _run(["county", "package", "--out", str(tmp_path / "back"), *db]) == 0
    (pkg,) = (tmp_path / "back").glob("baoxue-county-610729-3161000123-00001.xml")
    monkeypatch.setenv("BAOXUE_PASSWORD", ADMIN_PASSWORD)
    d = ["--data-dir", str(school.paths.root), "--user", "admin"]
    assert _run(["county-package", "trust", str(tmp_path / "county.pem"), *d]) == 0
    assert _run(["county-package", "import", str(pkg), *d]) == 0
    assert _run(["exports", *d]) == 0
    said = capsys.readouterr().out
    assert "该证书已登记过" in said and "县里确认收到第 1 号数据包" in said and "已接收" in said
