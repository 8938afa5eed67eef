"""The county clerk's cross-school views (app.exchange.county_views, ``baoxue county report``) on SQLite and
PostgreSQL: schools that did not report, children out in the week by school, transfers in flight between schools
(one overdue, one arrived at another school, one without a 学籍号), the quarterly re-check; .xlsx and PDF."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from app import students
from app.exchange.county import CountyDB, ingest, register_certificate
from app.exchange.county_views import county_view, school_days_between, write_county_report
from tests.conftest import TODAY, make_student_input
from tests.documents.conftest import assert_official_punctuation
from tests.exchange.conftest import another_school

WEEK1 = (date(2026, 11, 14), date(2026, 11, 20))
WEEK2 = (date(2026, 11, 21), date(2026, 11, 27))


@pytest.fixture
def county(school, export, tmp_path, county_url):
    """School A (the fixture) and B report both weeks, D only the first, C is registered and never reported.
    At A: X transferred out on 16 Nov (nobody has X since), Z on 17 Nov (B took Z in on 25 Nov), Y on 24 Nov,
    V (no 学籍号 yet) on 24 Nov, W dropped out on 23 Nov."""
    from app.data.models import Student

    a = school
    b = another_school(tmp_path, code="3161000456", name="马道镇中心小学", county_code="610729", county_name="留坝县")
    c = another_school(tmp_path, code="3161000789", name="青桥村教学点", county_code="610729", county_name="留坝县")
    d = another_school(tmp_path, code="3161000321", name="佛坪县城关小学", county_code="610728", county_name="佛坪县")
    third, fourth = a.students["三年级(1)班"], a.students["四年级(1)班"]
    x, z, y, w = third[0], third[1], third[2], fourth[0]
    with a.transaction() as s:
        v = students.create_student(s, a.actors["reg"], make_student_input(
            a.class_ids["四年级(1)班"], name="未注册", sex="2", birth=date(2016, 8, 1), seq=88, student_number=None),
            today=TODAY)
    moves = [(x, "27", date(2026, 11, 16)), (z, "27", date(2026, 11, 17))]
    with a.transaction() as s:
        for sid, code, day in moves:
            students.record_status_change(s, a.actors["reg"], sid, code, day, reason="随父母外出务工")
    files = [export(period=WEEK1, full_roster=True).path]
    with a.transaction() as s:
        for sid, code, day in [(y, "27", date(2026, 11, 24)), (v, "27", date(2026, 11, 24)), (w, "28", date(2026, 11, 23))]:
            students.record_status_change(s, a.actors["reg"], sid, code, day, reason="家长要求")
        zrow = s.get(Student, z)
        z_input = dict(name=zrow.name, sex=zrow.sex, birth=zrow.birth_date, id_number=zrow.id_number,
                       student_number=zrow.student_number, enrolled_on=date(2026, 11, 25))
        names = {k: s.get(Student, sid).name for k, sid in dict(x=x, y=y, z=z, w=w, v=v).items()}
        numbers = {k: s.get(Student, sid).student_number for k, sid in dict(x=x, y=y, z=z, w=w).items()}
    files.append(export(period=WEEK2).path)
    with b.transaction() as s:  # Z arrives at B
        students.create_student(s, b.actors["reg"], make_student_input(b.class_id, **z_input), today=TODAY,
                                change_code="13")
    files += [b.export(WEEK1, tmp_path / "usb").path, b.export(WEEK2, tmp_path / "usb").path,
              d.export(WEEK1, tmp_path / "usb").path]
    db = CountyDB(county_url)
    for one in (a, b, c, d):
        register_certificate(db, one.key.cert_pem.encode())
    got = ingest(files, db)
    assert got.ok, [v.message for v in got.rejected]
    db.names, db.numbers = names, numbers
    yield db
    db.close()
    for one in (b, c, d):
        one.close()


def test_school_days_are_counted_in_the_national_calendar():
    assert school_days_between(date(2026, 11, 16), date(2026, 11, 27)) == 9  # Tue 17 … Fri 27, weekends off
    assert school_days_between(date(2026, 9, 30), date(2026, 10, 10)) == 3  # 1–7 Oct off; 8, 9 and Sat 10 (调休)


def test_the_views_of_a_week(county):
    view = county_view(county, WEEK2, transfer_days=5)
    names, numbers = county.names, county.numbers
    # schools that did not report this week: D last sent the week before, C never
    assert [(s.code, s.last_sequence, s.weeks_silent) for s in view.silent] == [
        ("3161000321", 1, 1), ("3161000789", None, None)]
    assert view.silent[1].name == "青桥村教学点" and view.silent[1].last_label == "从未收到"
    # children who left the roll this week, at A
    out = {(c.name, c.change, c.to_status) for c in view.children_out}
    assert out == {(names["y"], "转出", "已转出"), (names["v"], "转出", "已转出"), (names["w"], "辍学", "辍学")}
    assert {c.school_code for c in view.children_out} == {"3161000123"}
    # transfers: X is overdue, Y and V are in flight (V cannot be matched), Z arrived at B this week
    flying = {t.name: t for t in view.in_flight}
    assert set(flying) == {names["x"], names["y"], names["v"]}
    assert flying[names["x"]].school_days == 9 and flying[names["x"]].overdue(5)
    assert not flying[names["y"]].overdue(5) and flying[names["y"]].number == numbers["y"]
    assert not flying[names["v"]].matchable and flying[names["v"]].number.startswith("U")
    (z,) = view.arrived
    assert (z.name, z.arrived_on, z.arrived_at) == (names["z"], date(2026, 11, 25), "马道镇中心小学(3161000456)")
    assert [t.name for t in view.overdue] == [names["x"]]
    # the week before: Z was still in flight then (B took Z in on the 25th), X for 4 school days
    before = county_view(county, WEEK1, transfer_days=5)
    assert {t.name: t.school_days for t in before.in_flight} == {names["x"]: 4, names["z"]: 3}
    assert before.silent == [] or [s.code for s in before.silent] == ["3161000789"]
    # the quarterly re-check of the quarter the week ends in
    assert view.quarterly.quarter == "2026Q4" and len(view.quarterly.schools) == 3


def test_the_views_as_xlsx_and_pdf(county, tmp_path):
    view = county_view(county, WEEK2, transfer_days=5)
    wb = load_workbook(write_county_report(view, tmp_path / "county.xlsx"))
    assert wb.sheetnames == ["周报汇总", "未报送学校", "本期转出学生", "在途转学", "季度复核-仍未返校", "季度复核-已返校及其他",
                             "季度复核-各校报告情况"]
    transfers = [[c.value for c in row] for row in wb["在途转学"].iter_rows(min_row=4)]
    states = {r[2]: r[6] for r in transfers}
    assert states[county.names["x"]] == "超过 5 个上学日仍未到任何学校(人籍分离)"
    assert states[county.names["z"]] == "已到达 马道镇中心小学(3161000456) 2026-11-25"
    assert states[county.names["v"]] == "无学籍号,无法跨校核对"
    silent = [[c.value for c in row] for row in wb["未报送学校"].iter_rows(min_row=4)]
    assert [r[1] for r in silent] == ["佛坪县城关小学", "青桥村教学点"]
    pdf = write_county_report(view, tmp_path / "county.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for heading in ("控辍保学周报汇总", "未报送学校", "本期转出学生", "在途转学", "人籍分离", "季度复核"):
        assert heading in text, heading
    assert county.names["x"] in text and "青桥村教学点" in text
    assert_official_punctuation(pdf)  # issue #15 item 7
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:"))) >= 2


def test_county_report_on_the_command_line(county, tmp_path, capsys):
    from tests.exchange.test_cli import _run

    out = tmp_path / "c.xlsx"
    assert _run(["county", "report", "--week", "2026-11-21..2026-11-27", "--transfer-days", "5", "--out", str(out),
                 "--db", county.url]) == 0
    said = capsys.readouterr().out
    assert "未报送 2 所" in said and "在途转学 3 人(超过 5 个上学日 1 人)" in said
    assert f"人籍分离:{county.names['x']}" in said and out.exists()
