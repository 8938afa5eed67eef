"""Holiday files (app.holidays) and the calendar of a year without national data (app.school_calendar).

The 2027 days used here are TEST DATA made up for the tests, not the State Council's table.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from chinese_calendar import constants as cc
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import func, select

from app import holidays
from app import school_calendar as sc
from app.attendance import alerts
from app.data.models import AbsenceAlert, AuditEntry, NationalHoliday
from app.errors import PermissionDenied
from app.school import TermInfo
from tests.attendance.test_attendance import add_students, take

C3 = "三年级(1)班"
TERM_2026 = TermInfo(1, "2026-2027学年", "第一学期", date(2026, 9, 1), date(2027, 1, 22))
TERM_2027 = TermInfo(2, "2026-2027学年", "第二学期", date(2027, 2, 22), date(2027, 7, 9))
TERMS = [TERM_2026, TERM_2027, TermInfo(3, "2025-2026学年", "第二学期", date(2026, 3, 2), date(2026, 7, 10))]

# made-up test days for 2027 (NOT the official table): 元旦 Fri 1 Jan, a "holiday" Tue 5 Jan, a make-up Sat 27 Feb
TEST_2027 = ("date,end,kind,name,year\n"
             "2027-01-01,,holiday,元旦,2027\n"
             "2027-01-05,,holiday,测试假日,2027\n"
             "2027-02-27,,workday,测试调休上班,2027\n")


def csv_bytes(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


def problems_of(data: bytes, name: str = "h.csv", **kw) -> list[holidays.Problem]:
    with pytest.raises(holidays.HolidayFileError) as exc:
        holidays.parse_holiday_file(data, name, **kw)
    return exc.value.problems


# --- the file format ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_a_csv_in_any_encoding_excel_saves_is_read_with_ranges(encoding):
    text = "日期,结束日期,类型,名称\n2027-01-01,,放假,元旦\n2027-02-06,2027-02-12,holiday,春节\n2027-02-20,,调休上班,\n"
    hf = holidays.parse_holiday_file(text.encode(encoding), "h.csv")
    assert hf.year == 2027
    assert [d.day for d in hf.holidays] == [date(2027, 1, 1)] + [date(2027, 2, 6) + timedelta(i) for i in range(7)]
    assert [(d.day, d.name) for d in hf.workdays] == [(date(2027, 2, 20), "调休上班")]


def test_the_json_form_with_its_year():
    doc = {"format": "baoxue-holidays-1", "year": 2027,
           "days": [{"date": "2027-01-01", "kind": "holiday", "name": "元旦"},
                    {"date": "2027-02-06", "end": "2027-02-08", "kind": "holiday", "name": "春节"},
                    {"date": "2027-02-20", "kind": "workday", "name": "春节调休上班"}]}
    hf = holidays.parse_holiday_file(json.dumps(doc, ensure_ascii=False).encode(), "h.json")
    assert hf.year == 2027 and len(hf.holidays) == 4 and len(hf.workdays) == 1


def test_the_published_schema_accepts_the_json_example():
    from pathlib import Path

    schema = json.loads((Path(__file__).resolve().parents[1] / "resources" / "schema" /
                         "holidays-1.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["format"]["const"] == holidays.FORMAT
    assert set(schema["properties"]["days"]["items"]["properties"]["kind"]["enum"]) == {"holiday", "workday"}
    assert schema["required"] == ["format", "year", "days"]


def test_every_bad_row_is_named_with_its_reason():
    bad = ("date,end,kind,name,year\n"
           "2027-02-30,,holiday,假,2027\n"          # 2: impossible date
           "2027-01-01,,vacation,元旦,2027\n"       # 3: unknown kind
           "2027-02-06,2027-02-12,holiday,春节,2027\n"
           "2027-02-10,,holiday,春节,2027\n"        # 5: inside the range of row 4
           "2027-02-17,,workday,调休,2027\n"        # 6: a Wednesday as make-up working day
           "2026-10-01,,holiday,国庆节,2027\n"      # 7: another year
           "2027-03-09,2027-03-01,holiday,倒序,2027\n"  # 8: end before start
           "2027-04-05,,holiday,,2027\n"            # 9: a holiday without a name
           "2027-05-01,,holiday,劳动节,2028\n"      # 10: the row's year differs
           "2027-06-01,,,儿童节,2027\n")            # 11: no kind
    found = {(p.row, p.field) for p in problems_of(bad.encode())}
    assert found == {("第 2 行", "date"), ("第 3 行", "kind"), ("第 5 行", "date"), ("第 6 行", "date"),
                     ("第 7 行", "date"), ("第 8 行", "end"), ("第 9 行", "name"), ("第 10 行", "year"),
                     ("第 11 行", "kind")}
    reasons = {p.row: p.reason for p in problems_of(bad.encode())}
    assert "不是真实存在的日期" in reasons["第 2 行"]
    assert "与第 4 行重复或重叠" in reasons["第 5 行"]
    assert "星期三" in reasons["第 6 行"]
    assert "不在 2027 年" in reasons["第 7 行"]


def test_a_date_twice_is_a_duplicate():
    probs = problems_of(b"date,kind,name\n2027-01-01,holiday,A\n2027-01-01,workday,B\n")
    assert [(p.row, p.field) for p in probs] == [("第 3 行", "date")]


def test_the_json_header_year_against_its_dates():
    doc = {"format": "baoxue-holidays-1", "year": 2027, "days": [{"date": "2026-01-01", "kind": "holiday", "name": "元旦"}]}
    probs = problems_of(json.dumps(doc).encode(), "h.json")
    assert [(p.row, p.field) for p in probs] == [("第 1 项", "date")] and "不在 2027 年" in probs[0].reason


def test_a_file_for_another_year_than_asked_for():
    probs = problems_of(TEST_2027.encode(), expected_year=2028)
    assert probs[0].field == "year" and "2028" in probs[0].reason


@pytest.mark.parametrize("data, field", [
    (b"", "\u5185\u5bb9"),
    (b"day,kind,name\n2027-01-01,holiday,x\n", "\u8868\u5934"),
    (b"date,kind,name,colour\n2027-01-01,holiday,x,red\n", "\u8868\u5934"),
    (b"date,kind,name\n2027-02-20,workday,x\n", "\u5185\u5bb9"),  # no holiday at all
    (b"\xff\xfe\x00\xd8", "\u7f16\u7801"),
    (b"{not json", "JSON"),
    (b'{"format": "other", "days": []}', "format"),
    (b'{"format": "baoxue-holidays-1", "days": [{"date": "2027-01-01", "kind": "holiday", "name": "x"}]}', "year"),
])
def test_files_that_are_not_a_holiday_table(data, field):
    assert problems_of(data, "h.json" if data.startswith(b"{") else "h.csv")[0].field == field


# --- counting school days: loaded file, package, unknown year ----------------------------------------------


def table_2026_from_the_package() -> str:
    """The package's 2026 days written as a holiday file, as a county would type them."""
    names = {h.value: h.chinese for h in cc.Holiday}
    lines = ["date,kind,name"]
    for d, v in sorted(cc.holidays.items()):
        if d.year == 2026:
            lines.append(f"{d},holiday,{names.get(v, '法定节假日')}")
    lines += [f"{d},workday,调休上班" for d in sorted(cc.workdays) if d.year == 2026]
    return "\n".join(lines) + "\n"


FILE_2026 = holidays.parse_holiday_file(table_2026_from_the_package().encode(), "2026.csv")
FILE_2027 = holidays.parse_holiday_file(TEST_2027.encode(), "2027.csv")
span_2026 = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31))


@settings(max_examples=150, deadline=None)
@given(span_2026, st.integers(0, 90))
def test_a_loaded_2026_file_and_the_package_agree_on_every_count(start, span):
    end = min(start + timedelta(days=span), date(2026, 12, 31))
    package, loaded = sc.Calendar(TERMS, {}), sc.Calendar(TERMS, {}, FILE_2026.as_table())
    assert loaded.count_school_days(start, end) == package.count_school_days(start, end)
    assert loaded.school_days(start, end) == package.school_days(start, end)
    assert not loaded.unconfirmed_between(start, end)


span_2027 = st.dates(min_value=date(2027, 1, 1), max_value=date(2027, 7, 31))


@settings(max_examples=150, deadline=None)
@given(span_2027, st.integers(0, 60))
def test_counts_in_a_year_without_data_are_weekdays_marked_unconfirmed(start, span):
    end = start + timedelta(days=span)
    c = sc.Calendar(TERMS, {})
    in_term = [d for d in (start + timedelta(i) for i in range(span + 1)) if c.term_of(d)]
    assert c.school_days(start, end) == [d for d in in_term if d.weekday() < 5]
    assert c.unconfirmed_between(start, end) == in_term
    assert all(not c.info(d).confirmed for d in in_term)


@settings(max_examples=150, deadline=None)
@given(span_2027, st.integers(0, 60))
def test_counts_with_a_loaded_year_follow_its_holidays_and_make_up_days(start, span):
    end = start + timedelta(days=span)
    unknown, known = sc.Calendar(TERMS, {}), sc.Calendar(TERMS, {}, FILE_2027.as_table())
    table = FILE_2027.as_table()
    days = [start + timedelta(i) for i in range(span + 1)]
    off = sum(1 for d in days if table.get(d, ("",))[0] == "holiday" and d.weekday() < 5 and known.term_of(d))
    extra = sum(1 for d in days if table.get(d, ("",))[0] == "workday" and known.term_of(d))
    assert known.count_school_days(start, end) == unknown.count_school_days(start, end) - off + extra
    assert not known.unconfirmed_between(start, end)
    for d in days:
        info = known.info(d)
        assert info.confirmed
        if d in table and known.term_of(d):
            assert info.school_day == (table[d][0] == "workday")


def test_the_schools_own_closure_wins_over_a_loaded_make_up_day():
    c = sc.Calendar(TERMS, {date(2027, 2, 27): ("closure", "大雪")}, FILE_2027.as_table())
    assert not c.is_school_day(date(2027, 2, 27))
    assert c.info(date(2027, 2, 27)).confirmed


def test_the_warning_names_the_years_of_the_current_and_next_term():
    c = sc.Calendar(TERMS, {})
    w = sc.coverage_warning(c, date(2026, 12, 2))
    assert w is not None and w.years == (2027,)
    assert "未确认" in w.message and "baoxue calendar import" in w.action and "设置" in w.action
    assert sc.coverage_warning(sc.Calendar(TERMS, {}, FILE_2027.as_table()), date(2026, 12, 2)) is None
    # in the summer of 2026 the current term is over; the next one (into 2027) still counts
    assert sc.coverage_warning(c, date(2026, 8, 1)).years == (2027,)
    # a school with only the 2026 spring term set up has nothing to warn about
    assert sc.coverage_warning(sc.Calendar([TERMS[2]], {}), date(2026, 5, 1)) is None


# --- loading into the school's database -------------------------------------------------------------------


@pytest.fixture
def klass(school_db):
    school_db.c3 = add_students(school_db, C3, 3)
    return school_db


def write(tmp_path, text: str, name: str = "holidays-2027.csv", encoding: str = "utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def count_rows(db, model) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_loading_is_audited_reloading_replaces_the_year_and_a_dry_run_writes_nothing(school_db, tmp_path):
    admin = school_db.actors["admin"]
    path = write(tmp_path, TEST_2027, encoding="gb18030")
    with school_db.transaction() as s:
        assert sc.calendar_warning(s, date(2026, 12, 2)).years == (2027,)
        preview = holidays.import_holiday_file(s, admin, path, dry_run=True)
    assert preview.year == 2027 and not preview.replaces and count_rows(school_db, NationalHoliday) == 0
    with school_db.transaction() as s:
        holidays.import_holiday_file(s, admin, path, today=date(2026, 12, 2))
    with school_db.transaction() as s:
        assert sc.calendar_warning(s, date(2026, 12, 2)) is None
        assert not sc.load_calendar(s).is_school_day(date(2027, 1, 5))
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "calendar.holidays_loaded")).one()
        assert "2027" in entry.summary and entry.after["2027-02-27"] == "workday"
    smaller = write(tmp_path, "date,kind,name\n2027-01-01,holiday,元旦\n", "again.csv")
    with school_db.transaction() as s:
        preview = holidays.import_holiday_file(s, admin, smaller)
    assert preview.replaces == 3 and count_rows(school_db, NationalHoliday) == 1
    with school_db.transaction() as s:
        assert [(y.year, y.holidays, y.workdays) for y in holidays.loaded_years(s)] == [(2027, 1, 0)]


def test_a_bad_file_changes_nothing(school_db, tmp_path):
    admin = school_db.actors["admin"]
    with school_db.transaction() as s:
        holidays.import_holiday_file(s, admin, write(tmp_path, TEST_2027))
    audits = count_rows(school_db, AuditEntry)
    bad = write(tmp_path, "date,kind,name\n2027-01-01,holiday,元旦\n2027-03-03,workday,x\n", "bad.csv")
    with pytest.raises(holidays.HolidayFileError, match="第 3 行"):
        with school_db.transaction() as s:
            holidays.import_holiday_file(s, admin, bad)
    assert count_rows(school_db, NationalHoliday) == 3 and count_rows(school_db, AuditEntry) == audits


def test_only_the_school_office_loads_holidays(school_db, tmp_path):
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            holidays.import_holiday_file(s, school_db.actors["wang"], write(tmp_path, TEST_2027))


def test_a_loaded_file_works_the_alerts_out_again_and_ends_provisional(klass, tmp_path):
    """Absent Mon 4, Tue 5 and Wed 6 Jan 2027: three days while 2027 is unknown — an alert marked provisional.
    The file makes the 5th a holiday: two days, the same alert with the right count, no longer provisional."""
    from app import cases

    db, sid = klass, klass.c3[0]
    days = [date(2027, 1, 4), date(2027, 1, 5), date(2027, 1, 6)]
    for d in days:
        take(db, "wang", C3, d, {sid: ("absent", "")})
    today = date(2027, 1, 7)
    with db.transaction() as s:
        alerts.recompute_all(s, today)
        row = next(r for r in cases.list_cases(s, db.actors["boss"], today) if r.student_id == sid)
        assert row.provisional and row.days_absent == 3
        assert "(暂定)" in cases.format_alerts_report(cases.alerts_report(s, db.actors["boss"], today), today)
    with db.transaction() as s:
        holidays.import_holiday_file(s, db.actors["admin"], write(tmp_path, TEST_2027), today=today)
    with db.transaction() as s:
        row = next(r for r in cases.list_cases(s, db.actors["boss"], today) if r.student_id == sid)
        assert not row.provisional and row.days_absent == 2
        assert s.exec(select(AbsenceAlert).where(AbsenceAlert.student_id == sid)).one().days_absent == 2


def test_roll_call_on_a_loaded_make_up_saturday(klass, tmp_path):
    from app.errors import BaoxueError

    db, sid = klass, klass.c3[0]
    sat = date(2027, 2, 27)
    take_it = lambda: take(db, "wang", C3, sat, {sid: ("absent", "")})  # noqa: E731
    with db.transaction() as s:
        assert sc.load_calendar(s).term_of(sat) is not None  # the default second term starts on 20 Feb 2027
    with pytest.raises(BaoxueError):
        take_it()
    with db.transaction() as s:
        holidays.import_holiday_file(s, db.actors["admin"], write(tmp_path, TEST_2027), today=sat)
    take_it()
