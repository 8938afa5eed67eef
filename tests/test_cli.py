"""The ``baoxue`` command line: every subcommand against a real data dir, with its exit code and output."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from app.cli import EXIT_ERROR, EXIT_OK, main
from tests.attendance.test_attendance import add_students, take
from tests.conftest import ADMIN_PASSWORD, TODAY

C3 = "三年级(1)班"


@pytest.fixture
def cli(school_db, paths, monkeypatch, capsys):
    """Run ``baoxue ARGS --data-dir <the test school>`` as admin; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("BAOXUE_PASSWORD", ADMIN_PASSWORD)

    def run(*args: str, user: str | None = "admin"):
        argv = [*args, "--data-dir", str(paths.root)]
        if user:
            argv += ["--user", user]
        code = main(argv)
        out, err = capsys.readouterr()
        return code, out, err
    run.db = school_db
    return run


def test_help_lists_the_subcommands(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in ("gui", "demo", "roster", "students", "alerts", "weekly", "db"):
        assert command in out


def test_db_check_and_backup(cli, tmp_path):
    code, out, _ = cli("db", "check", user=None)
    assert code == EXIT_OK and "结论:正常" in out
    dest = tmp_path / "copy.sqlite3"
    code, out, _ = cli("db", "backup", str(dest), user=None)
    assert code == EXIT_OK and dest.exists() and dest.stat().st_size > 0


def test_roster_export_dry_run_with_a_bad_row_and_reimport(cli, tmp_path):
    add_students(cli.db, C3, 3)
    exported = tmp_path / "roster.xlsx"
    code, out, _ = cli("roster", "export", str(exported))
    assert code == EXIT_OK and "3 名学生" in out

    wb = load_workbook(exported)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    id_col = next(i for i, h in enumerate(header, start=1) if h and "身份证" in str(h))
    ws.cell(row=3, column=id_col).value = "61072920170305001X"  # wrong check digit
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    code, out, _ = cli("roster", "import", str(bad), "--dry-run")
    assert code == EXIT_ERROR
    assert "第 3 行" in out and "未导入任何数据" in out

    code, out, _ = cli("roster", "import", str(exported))
    assert code == EXIT_OK and "无变化 3" in out


def test_students_search_as_json(cli):
    add_students(cli.db, C3, 2)
    code, out, _ = cli("students", "zy", "--json")  # pinyin initials of 张一
    assert code == EXIT_OK
    rows = json.loads(out)
    assert [r["name"] for r in rows] == ["张一"] and rows[0]["class"] == C3


def test_alerts_lists_an_unexcused_absence_of_two_days(cli):
    (sid, *_rest) = add_students(cli.db, C3, 3)
    mon = date(2026, 11, 23)
    for d in (mon, mon + timedelta(days=1)):
        take(cli.db, "wang", C3, d, {sid: ("absent", "")})
    code, out, _ = cli("alerts", "--date", TODAY.isoformat(), "--json")
    assert code == EXIT_OK
    rows = json.loads(out)
    assert len(rows) == 1 and rows[0]["student_id"] == sid
    code, out, _ = cli("alerts", "--date", TODAY.isoformat())
    assert "张一" in out


def test_weekly_figures(cli):
    (sid, *_rest) = add_students(cli.db, C3, 2)
    mon = date(2026, 11, 23)
    for d in (mon, mon + timedelta(days=1)):
        take(cli.db, "wang", C3, d, {sid: ("absent", "")})
    thursday = mon + timedelta(days=3)  # the reporting day: the week of Fri 20 to Thu 26 November
    code, out, _ = cli("weekly", "--date", thursday.isoformat(), "--json")
    assert code == EXIT_OK
    report = json.loads(out)
    assert (report["start"], report["end"]) == ("2026-11-20", "2026-11-26")
    new_alerts = next(f for f in report["figures"] if f["key"] == "new_alerts")
    assert new_alerts["count"] == 1 and new_alerts["student_ids"] == [sid]


def test_a_wrong_password_is_refused(cli, monkeypatch):
    monkeypatch.setenv("BAOXUE_PASSWORD", "wrong")
    code, _out, err = cli("students")
    assert code == EXIT_ERROR and "错误" in err


def test_a_bad_date_is_a_usage_error(cli):
    with pytest.raises(SystemExit) as exc:
        cli("alerts", "--date", "27/11/2026")
    assert exc.value.code == 2


def test_demo_builds_a_small_school_and_prints_the_password(tmp_path, capsys):
    code = main(["demo", "--students", "40", "--data-dir", str(tmp_path / "demo")])
    out = capsys.readouterr().out
    assert code == EXIT_OK and "baoxue2026" in out and "40 名学生" in out


def test_alerts_say_the_2027_holidays_are_missing_until_calendar_import(cli, tmp_path):
    code, out, _ = cli("alerts", "--date", TODAY.isoformat())
    assert code == EXIT_OK and "2027 年的国家法定节假日" in out and "baoxue calendar import" in out
    code, out, err = cli("alerts", "--date", TODAY.isoformat(), "--json")
    assert code == EXIT_OK and json.loads(out) == [] and "2027" in err  # the warning goes to stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,name\n2027-01-01,holiday,元旦\n2027-01-13,workday,x\n", encoding="utf-8")
    code, out, err = cli("calendar", "import", str(bad))
    assert code == EXIT_ERROR and "第 3 行" in err and "星期三" in err
    good = tmp_path / "2027.csv"  # made-up test data, not the official table
    good.write_text("date,end,kind,name\n2027-01-01,,holiday,元旦\n2027-02-06,2027-02-12,holiday,春节\n",
                    encoding="gb18030")
    code, out, _ = cli("calendar", "import", str(good), "--dry-run")
    assert code == EXIT_OK and "检查通过(未写入)" in out and "放假 8 天" in out
    code, out, _ = cli("calendar", "status", user=None)
    assert "注意" in out
    code, out, _ = cli("calendar", "import", str(good), "--year", "2028")
    assert code == EXIT_ERROR
    code, out, _ = cli("calendar", "import", str(good))
    assert code == EXIT_OK and "已载入" in out and "重新计算" in out
    code, out, _ = cli("calendar", "status", user=None)
    assert "已载入文件:2027 年,放假 8 天" in out and "都已知" in out
    code, out, _ = cli("alerts", "--date", TODAY.isoformat())
    assert "国家法定节假日" not in out
