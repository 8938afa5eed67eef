"""The monthly report of the 2024 rule (app.monthly): ledgers per child, due day, reminder, print, bundle records."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from app import cases, monthly, policy
from app.data.models import AbsenceCase, AuditEntry
from app.errors import PermissionDenied, ValidationError
from tests.attendance.test_attendance import add_students, take
from tests.conftest import TODAY
from tests.documents.conftest import assert_official_punctuation
from tests.exchange.conftest import bundle_root, opened

C3 = "三年级(1)班"
BOTH = [cases.Participant("township", "刘德明"), cases.Participant("village", "马国平"),
        cases.Participant("principal", "陈校长"), cases.Participant("teacher", "王老师")]


def weekdays(start: date, end: date) -> list[date]:
    return [start + timedelta(i) for i in range((end - start).days + 1) if (start + timedelta(i)).weekday() < 5]


def run(db, who, fn, *args, **kw):
    with db.transaction() as s:
        return fn(s, db.actors[who], *args, **kw)


@pytest.fixture
def ledgers(school_db):
    """三年级(1)班: 张一 absent 16–24 Nov (suspected dropout), 李二 absent 23–24 Nov, family refuses: a
    registered dropout with two persuasion attempts and the township's notice; 王三 present."""
    db = school_db
    db.kids = add_students(db, C3, 3)
    suspected, dropout, _present = db.kids
    for d in weekdays(date(2026, 11, 16), date(2026, 11, 24)):
        marks = {suspected: ("absent", "")}
        if d >= date(2026, 11, 23):
            marks[dropout] = ("absent", "")
        take(db, "wang", C3, d, marks)
    with db.session() as s:
        db.cases = {c.student_id: c.id for c in s.exec(select(AbsenceCase))}
    thu = date(2026, 11, 26)
    case = db.cases[dropout]
    run(db, "wang", cases.record_persuasion, case, date(2026, 11, 25), BOTH[2:], "校长和班主任入户", result="家长不同意",
        today=thu)
    run(db, "wang", cases.record_persuasion, case, thu, BOTH, "镇村干部和学校一起入户宣讲义务教育法", result="仍不同意",
        today=thu)
    run(db, "wang", cases.record_notice, case, thu, date(2026, 12, 3), "马道镇人民政府", reference="马政限返〔2026〕3号",
        today=thu)
    run(db, "reg", cases.register_dropout, case, TODAY, "随父母外出务工", whereabouts="浙江宁波", family_refused=True,
        today=TODAY)
    run(db, "wang", monthly.set_whereabouts, db.cases[suspected], "在家帮忙干农活")
    return db


def test_the_ledgers_of_november(ledgers):
    db = ledgers
    suspected, dropout, present = db.kids
    r = run(db, "boss", monthly.build_report, "2026-11", today=TODAY)
    assert (r.start, r.end, r.as_of, r.due) == (date(2026, 11, 1), date(2026, 11, 30), TODAY, date(2026, 11, 28))
    assert [c.student_id for c in r.suspected] == [suspected]
    assert [c.student_id for c in r.dropouts] == [dropout]
    s, d = r.suspected[0], r.dropouts[0]
    assert (s.whereabouts, s.result, s.left_on, s.guardian, s.phone) == (
        "在家帮忙干农活", "仍未返校", date(2026, 11, 16), "张大山(父亲)", "13912345678")
    assert (d.registered, d.reason_left, d.whereabouts, d.left_on) == (True, "随父母外出务工", "浙江宁波",
                                                                        date(2026, 11, 23))
    assert [(a.day, a.both_lines) for a in d.attempts] == [(date(2026, 11, 25), False), (date(2026, 11, 26), True)]
    assert "刘德明" in d.attempts[1].administrative and "陈校长" in d.attempts[1].education
    assert (d.notice_issued_on, d.notice_issuer) == (date(2026, 11, 26), "马道镇人民政府")
    assert present not in {c.student_id for c in r.persuasion}
    assert len(r.still_out) == 2 and r.returned == []
    text = monthly.format_report(r)
    assert "疑似辍学台账:1 人" in text and "辍学台账:1 人" in text and "浙江宁波" in text
    assert r.as_dict()["counts"] == {"suspected": 1, "dropout": 1, "returned": 0, "still_out": 2}


def test_a_child_back_in_december_is_returned_in_december_and_still_out_in_november(ledgers):
    db = ledgers
    dropout = db.kids[1]
    run(db, "reg", cases.record_return, db.cases[dropout], date(2026, 12, 2), "劝返成功", today=date(2026, 12, 2))
    nov = run(db, "boss", monthly.build_report, "2026-11", today=date(2026, 12, 2))
    dec = run(db, "boss", monthly.build_report, "2026-12", today=date(2026, 12, 2))
    assert next(c for c in nov.dropouts if c.student_id == dropout).result == "仍未返校"
    back = next(c for c in dec.dropouts if c.student_id == dropout)
    assert (back.outcome, back.returned_on, back.result) == ("returned", date(2026, 12, 2), "已返校(2026-12-02)")
    # a month that has not started, a month that is no month
    with pytest.raises(ValidationError, match="还没有开始"):
        run(db, "boss", monthly.build_report, "2027-01", today=date(2026, 12, 2))
    for bad in ("2026-13", "2026/11", "11-2026", ""):
        with pytest.raises(ValidationError, match="YYYY-MM"):
            run(db, "boss", monthly.build_report, bad, today=TODAY)


def test_only_the_office_sees_the_ledgers(ledgers):
    with pytest.raises(PermissionDenied):
        run(ledgers, "wang", monthly.build_report, "2026-11", today=TODAY)
    with pytest.raises(PermissionDenied):
        run(ledgers, "zhao", monthly.set_whereabouts, ledgers.cases[ledgers.kids[0]], "x")


@given(st.integers(2000, 2100), st.integers(1, 12), st.integers(1, 31))
def test_the_due_day_is_inside_its_month(year, month, day):
    due = monthly.due_date(year, month, day)
    import calendar

    assert (due.year, due.month) == (year, month) and due.day == min(day, calendar.monthrange(year, month)[1])
    start = date(year, month, 1)
    assert monthly.months_due_in(start, start + timedelta(days=40), day)[0] == monthly.month_key(year, month)


def test_the_policy_keeps_weekly_and_refuses_a_bad_due_day(school_db):
    admin = school_db.actors["admin"]
    with school_db.transaction() as s:
        assert (policy.load(s).report_rhythm, policy.load(s).monthly_due_day) == ("weekly", 28)
    with pytest.raises(ValidationError, match="月报告截止日"):
        run(school_db, "admin", policy.save, monthly_due_day=0, today=TODAY)
    with pytest.raises(ValidationError, match="报告周期"):
        run(school_db, "admin", policy.save, report_rhythm="daily", today=TODAY)
    with school_db.transaction() as s:
        policy.save(s, admin, report_rhythm="both", monthly_due_day=25, today=TODAY)
        from app import weekly

        assert weekly.report_for(s, admin, TODAY).rhythm == "weekly"  # the weekly figures stay weekly


def test_the_reminder_until_the_month_is_exported(ledgers, tmp_path):
    db = ledgers
    assert run(db, "boss", monthly.reminders, today=TODAY) == []  # weekly only: no monthly report asked
    run(db, "admin", policy.save, report_rhythm="both", today=TODAY)
    october, r = run(db, "reg", monthly.reminders, today=TODAY)
    assert (october.month, october.overdue, october.suspected) == ("2026-10", True, 0)  # never sent either
    assert (r.month, r.overdue, r.suspected, r.dropouts) == ("2026-11", False, 1, 1)
    assert "2026年11月" in r.text and "2026-11-28 前报送" in r.text
    (late,) = run(db, "boss", monthly.reminders, today=date(2026, 12, 2))  # December is not due yet
    assert late.overdue and late.month == "2026-11"
    assert [m.month for m in run(db, "boss", monthly.reminders, today=date(2026, 11, 10))] == ["2026-10"]
    _export(db, tmp_path, date(2026, 11, 26), date(2026, 12, 2))  # carries November, and October it missed
    assert run(db, "boss", monthly.reminders, today=date(2026, 12, 2)) == []
    assert run(db, "boss", monthly.build_report, "2026-11", today=date(2026, 12, 2)).exported_in == 1


def _export(db, tmp_path, start, end):
    from app.demo import county as demo_county
    from app.exchange import keys
    from app.exchange.export import export_bundle
    from app.paths import DataPaths

    paths = DataPaths(tmp_path / "data")
    with db.transaction() as s:
        keys.create_key(s, db.actors["admin"], paths, "pass-phrase-1")
        demo_county.trust(s, db.actors["admin"])  # the county's certificate: bundles are encrypted to it
    with db.transaction() as s:
        return export_bundle(s, db.actors["admin"], paths, out_dir=tmp_path / "usb", passphrase="pass-phrase-1",
                             period=(start, end), today=end)


def test_the_bundle_carries_the_ledgers_valid_against_the_schema(ledgers, tmp_path):

    from app.exchange.schema import NS, xml_schema

    db = ledgers
    run(db, "admin", policy.save, report_rhythm="both", today=TODAY)
    result = _export(db, tmp_path, date(2026, 11, 26), date(2026, 12, 2))
    root = bundle_root(result.path)
    assert xml_schema().validate(root), xml_schema().error_log
    ns = {"b": NS}
    october, rep = root.findall(".//b:MonthlyReports/b:Report", ns)  # October was never sent: it comes along
    assert (october.get("month"), october.get("suspected")) == ("2026-10", "0")
    assert (rep.get("month"), rep.get("suspected"), rep.get("dropouts")) == ("2026-11", "1", "1")
    entries = root.findall(".//b:MonthlyLedgers/b:Entry", ns)
    assert sorted(e.get("ledger") for e in entries) == ["dropout", "suspected"]
    drop = next(e for e in entries if e.get("ledger") == "dropout")
    assert (drop.get("attempts"), drop.get("bothLines"), drop.get("whereabouts")) == ("2", "true", "浙江宁波")
    assert b"13912345678" not in opened(result.path)  # phone numbers stay at the school
    assert result.counts["monthly_report"] == 2


def test_the_printed_ledgers(ledgers, tmp_path):
    from app.documents.ledgers import print_monthly_ledgers

    db = ledgers
    out = tmp_path / "ledgers.pdf"
    res = run(db, "reg", print_monthly_ledgers, out, "2026-11", today=TODAY)
    assert out.exists() and res.pages >= 3
    with db.session() as s:
        assert s.exec(select(AuditEntry).where(AuditEntry.action == "document.print")).all()
    with pytest.raises(PermissionDenied):
        run(db, "wang", print_monthly_ledgers, tmp_path / "x.pdf", "2026-11", today=TODAY)
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed: make sysdeps")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for needle in ("疑似辍学学生台账", "辍学学生台账", "劝返复学台账", "浙江宁波", "马道镇人民政府", "刘德明",
                   "随父母外出务工", "13912345678"):
        assert needle in text, needle
    assert_official_punctuation(out)  # issue #15 item 7


def test_the_command_line(ledgers, paths, monkeypatch, capsys, tmp_path):
    import json

    from app.cli import EXIT_ERROR, EXIT_OK, main
    from tests.conftest import ADMIN_PASSWORD

    monkeypatch.setenv("BAOXUE_PASSWORD", ADMIN_PASSWORD)
    base = ["--data-dir", str(paths.root), "--user", "admin"]
    assert main(["monthly", "--month", "2026-11", "--date", TODAY.isoformat(), *base]) == EXIT_OK
    out = capsys.readouterr().out
    assert "2026年11月控辍保学月报告" in out and "疑似辍学台账:1 人" in out
    assert main(["monthly", "--month", "2026-11", "--date", TODAY.isoformat(), "--json", *base]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["counts"]["dropout"] == 1
    assert main(["monthly", "--month", "2026-13", *base]) == EXIT_ERROR
    assert "YYYY-MM" in capsys.readouterr().err
    pdf = tmp_path / "m.pdf"
    assert main(["print", "monthly-ledgers", "--month", "2026-11", "--date", TODAY.isoformat(), "--out", str(pdf),
                 *base]) == EXIT_OK
    assert pdf.exists() and pdf.stat().st_size > 1000
