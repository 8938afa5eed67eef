"""The county's quarterly re-check of the monthly ledgers (app.exchange.quarterly) and ``baoxue county quarterly``."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from app import cases, policy
from app.errors import ValidationError
from app.exchange import keys
from app.exchange.county import CountyDB, ingest, register_certificate
from app.exchange.export import export_bundle
from app.exchange.quarterly import parse_quarter, quarter_months, quarterly_report, write_quarterly
from app.paths import DataPaths
from tests.conftest import TODAY
from app.demo import county as demo_county
from tests.documents.conftest import assert_official_punctuation
from tests.test_monthly import ledgers  # noqa: F401 - the fixture

PASS = "pass-phrase-1"


@pytest.fixture
def county(ledgers, tmp_path):  # noqa: F811
    """The school reports monthly; the county has its certificate."""
    db = ledgers
    db.key_paths = DataPaths(tmp_path / "keys")
    with db.transaction() as s:
        policy.save(s, db.actors["admin"], report_rhythm="both", today=TODAY)
        keys.create_key(s, db.actors["admin"], db.key_paths, PASS)
        demo_county.trust(s, db.actors["admin"])
    with db.transaction() as s:
        cert = tmp_path / "school.pem"
        keys.export_certificate(s, db.key_paths, cert)
    c = CountyDB(tmp_path / "county.sqlite3")
    register_certificate(c, cert)
    c.school = db
    return c


def send(county, tmp_path, start: date, end: date):
    db = county.school
    with db.transaction() as s:
        r = export_bundle(s, db.actors["admin"], db.key_paths, out_dir=tmp_path / "usb", passphrase=PASS,
                          period=(start, end), today=end)
    got = ingest([r.path], county)
    assert all(v.ok for v in got.verified), [v.message for v in got.verified]
    return r


def test_who_was_reported_returned_still_out_and_the_month_not_reported(county, tmp_path):
    db = county.school
    suspected, dropout, _present = db.kids
    send(county, tmp_path, date(2026, 10, 26), date(2026, 11, 1))  # October's report (nobody)
    send(county, tmp_path, date(2026, 11, 26), date(2026, 12, 2))  # November's report
    r = quarterly_report(county, "2026Q4", today=date(2026, 12, 29))
    (school,) = r.schools
    assert (school.reported, school.missing, school.children) == (["2026-10", "2026-11"], ["2026-12"], 2)
    assert len(r.still_out) == 2 and r.returned == [] and r.not_reporting == [school]
    names = {c.name for c in r.children}
    assert len(names) == 2 and all(c.months == ["2026-11"] for c in r.children)
    drop = next(c for c in r.children if c.ledger == "dropout")
    assert (drop.whereabouts, drop.attempts, drop.both_lines) == ("浙江宁波", 2, True)
    # December: the dropout is back on 2 December, reported with the December bundle
    with db.transaction() as s:
        cases.record_return(s, db.actors["reg"], db.cases[dropout], date(2026, 12, 2), "劝返成功",
                            today=date(2026, 12, 2))
    send(county, tmp_path, date(2026, 12, 24), date(2026, 12, 30))
    r = quarterly_report(county, "2026Q4", today=date(2026, 12, 31))
    assert r.not_reporting == [] and r.schools[0].reported == ["2026-10", "2026-11", "2026-12"]
    (back,) = r.returned
    assert (back.months, back.result_label, back.returned_on) == (["2026-11", "2026-12"], "已返校", "2026-12-02")
    (out,) = r.still_out
    assert out.ledger == "suspected"
    # before the due day a month is not missing yet
    assert quarterly_report(county, "2027Q1", today=date(2027, 1, 20)).schools[0].missing == []
    assert quarterly_report(county, "2027Q1", today=date(2027, 1, 29)).schools[0].missing == ["2027-01"]

    xlsx = write_quarterly(r, tmp_path / "q.xlsx")
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["仍未返校", "已返校及其他", "各校报告情况"]
    assert wb["已返校及其他"].cell(4, 10).value == "已返校"
    pdf = write_quarterly(r, tmp_path / "q.pdf")
    assert pdf.exists()
    with pytest.raises(ValidationError, match=".xlsx 或 .pdf"):
        write_quarterly(r, tmp_path / "q.csv")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "2026年第4季度控辍保学复核" in text and "仍未返校" in text
        assert_official_punctuation(pdf)  # issue #15 item 7


@pytest.mark.parametrize("bad", ["2026Q5", "2026-Q4", "Q4 2026", "2026", ""])
def test_a_quarter_that_is_no_quarter(bad):
    with pytest.raises(ValidationError, match="YYYYQn"):
        parse_quarter(bad)


def test_quarter_months():
    assert quarter_months(2026, 4) == ["2026-10", "2026-11", "2026-12"]
    assert quarter_months(2027, 1) == ["2027-01", "2027-02", "2027-03"]


def test_the_command_line(county, tmp_path, capsys):
    from app.cli import EXIT_ERROR, EXIT_OK, main

    send(county, tmp_path, date(2026, 11, 26), date(2026, 12, 2))
    out = tmp_path / "q.xlsx"
    assert main(["county", "quarterly", "--quarter", "2026Q4", "--date", "2026-12-29", "--db",
                 str(tmp_path / "county.sqlite3"), "--out", str(out)]) == EXIT_OK
    text = capsys.readouterr().out
    assert "台账学生 2 人" in text and "未报" in text and "2026-12" in text.split("未报")[1] and out.exists()
    assert main(["county", "quarterly", "--quarter", "2026Q9", "--db", str(tmp_path / "county.sqlite3"),
                 "--out", str(out)]) == EXIT_ERROR
