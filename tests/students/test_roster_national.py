"""The national student-status system's export (学生基本信息) arrives whole: 代码-名称 values,
成员N family columns → guardians with phones, the special-situation flags, ignored columns named.

The files are built here from the published column list; no real child's data.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from app.data.models import Guardian, Student
from app.identity import sample_resident_id
from app.students import roster_import, roster_layout
from tests.conftest import TODAY

NATIONAL = ["学校标识码", "姓名", "性别", "出生日期", "民族", "身份证件类型", "身份证件号", "全国学籍号", "年级", "班级",
            "现住址", "联系电话", "是否留守儿童", "是否进城务工人员随迁子女", "是否孤儿", "随班就读",
            "成员1姓名", "成员1关系", "成员1是否监护人", "成员1联系电话",
            "成员2姓名", "成员2关系", "成员2是否监护人", "成员2联系电话", "血型"]


def national_row(seq: int, **over) -> dict:
    rid = sample_resident_id("610729", date(2017, 3, 5), seq * 2 + 1, sex="1")
    r = {"学校标识码": "3161000123", "姓名": f"学生{seq:02d}", "性别": "1-男", "出生日期": "2017-03-05", "民族": "01-汉族",
         "身份证件类型": "1-居民身份证", "身份证件号": rid, "全国学籍号": "G" + rid, "年级": "三年级", "班级": "三年级(1)班",
         "现住址": "留坝县马道镇马道村3组", "联系电话": "13912345678", "是否留守儿童": "2-双亲留守儿童",
         "是否进城务工人员随迁子女": "0-否", "是否孤儿": "0-否", "随班就读": "",
         "成员1姓名": "张大山", "成员1关系": "祖父", "成员1是否监护人": "1-是", "成员1联系电话": "13700001111",
         "成员2姓名": "李秀兰", "成员2关系": "母亲", "成员2是否监护人": "0-否", "成员2联系电话": "13700002222",
         "血型": "A"}
    r.update(over)
    return r


def write_national_csv(path: Path, rows: list[dict], encoding: str = "gb18030") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(NATIONAL)
        for r in rows:
            w.writerow([r.get(h, "") for h in NATIONAL])
    return path


def test_a_gb18030_national_export_arrives_with_guardians_phones_and_flags(school_db, tmp_path):
    reg = school_db.actors["reg"]
    path = write_national_csv(tmp_path / "学生基本信息.csv", [national_row(1), national_row(2)])
    plan, result = roster_import.import_roster(school_db, reg, path, today=TODAY)
    assert plan.ok, plan.errors
    assert result.created == 2
    ignored = {c.header for c in plan.ignored_columns}
    assert "血型" in ignored, "a column the program does not keep is shown as ignored, not dropped silently"
    with school_db.session() as s:
        kid = s.exec(select(Student).where(Student.name == "学生01")).one()
        assert kid.sex == "1" and kid.ethnicity == "01" and kid.left_behind == 2
        assert kid.address == "留坝县马道镇马道村3组" and kid.phone == "13912345678"
        guardians = s.exec(select(Guardian).where(Guardian.student_id == kid.id).order_by(Guardian.id)).all()
        assert [(g.name, g.phone) for g in guardians] == [("张大山", "13700001111"), ("李秀兰", "13700002222")]


def test_a_new_pupil_without_a_student_number_is_accepted(school_db, tmp_path):
    reg = school_db.actors["reg"]
    path = write_national_csv(tmp_path / "新生.csv", [national_row(3, 全国学籍号="")])
    plan, result = roster_import.import_roster(school_db, reg, path, today=TODAY)
    assert plan.ok, plan.errors
    with school_db.session() as s:
        assert s.exec(select(Student).where(Student.name == "学生03")).one().student_number in (None, "")


def test_an_unknown_value_label_is_named_with_row_and_column(school_db, tmp_path):
    reg = school_db.actors["reg"]
    path = write_national_csv(tmp_path / "坏.csv", [national_row(4), national_row(5, 是否留守儿童="3-其他留守")])
    plan, result = roster_import.import_roster(school_db, reg, path, today=TODAY, dry_run=True)
    assert not plan.ok
    assert any(e.row == 3 and "留守" in e.column for e in plan.errors), plan.errors
    with school_db.session() as s:
        assert s.exec(select(Student)).all() == [], "nothing changed on refusal"


@pytest.mark.parametrize("phone", ["1370000", "abc"])
def test_a_family_member_with_a_bad_phone_is_named(school_db, tmp_path, phone):
    reg = school_db.actors["reg"]
    path = write_national_csv(tmp_path / "坏电话.csv", [national_row(6, 成员2联系电话=phone)])
    plan, _ = roster_import.import_roster(school_db, reg, path, today=TODAY, dry_run=True)
    assert not plan.ok and any(e.row == 2 and "电话" in e.column for e in plan.errors), plan.errors


# --- helpers of the tests below ------------------------------------------------------------------------------

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _counts(db) -> tuple[int, ...]:
    from sqlmodel import func

    from app.data.models import AuditEntry, SchoolClass, Setting, StatusChange

    with db.session() as s:
        return tuple(s.exec(select(func.count()).select_from(m)).one()
                     for m in (Student, Guardian, StatusChange, AuditEntry, SchoolClass, Setting))


def _reasons(plan) -> dict[tuple[int, str], str]:
    return {(e.row, e.column): e.reason for e in plan.errors}


# --- .xls, the old Excel the national system exports -------------------------------------------------------


def test_an_old_excel_xls_export_arrives_whole(school_db):
    """tests/fixtures/national_roster.xls (made with make_national_xls.py beside it; synthetic data):
    text, a real Excel date, a phone stored as a number, 代码-名称 values, an empty 学籍号."""
    reg = school_db.actors["reg"]
    plan, result = roster_import.import_roster(school_db, reg, FIXTURES / "national_roster.xls", today=TODAY)
    assert plan.ok, plan.errors
    assert (result.created, plan.total_rows) == (3, 3)
    ignored = {c.header: c.note for c in plan.ignored_columns}
    assert set(ignored) == {"学校标识码", "血型"} and all(ignored.values()), "every ignored column says why"
    with school_db.session() as s:
        by_name = {k.name: k for k in s.exec(select(Student)).all()}
        boy, girl, new = by_name["王小川"], by_name["赵小雨"], by_name["孙小树"]
        assert boy.birth_date == date(2017, 3, 5) and boy.phone == "13912345678" and boy.left_behind == 2
        assert boy.enrolled_on == date(2023, 9, 1) and boy.student_number == "G" + boy.id_number
        assert girl.sex == "2" and girl.ethnicity == "03" and girl.boarding == "2" and girl.orphan
        assert girl.birth_date == date(2016, 11, 20) and girl.left_behind == 1
        assert new.student_number is None and new.migrant_child and new.inclusive_class
        assert new.disability_type == "physical" and new.phone == "0916-3921234"
        guardians = s.exec(select(Guardian).where(Guardian.student_id == boy.id).order_by(Guardian.sort_order)).all()
        assert [(g.name, g.relation, g.phone, g.is_guardian) for g in guardians] == [
            ("王大山", "grandfather_p", "13700001111", True), ("李秀兰", "mother", "13700002222", False)]
    assert any("待注册学籍" in str(w) for w in plan.warnings)


def test_an_xls_that_is_not_one_is_named(school_db, tmp_path):
    reg = school_db.actors["reg"]
    page = tmp_path / "网页.xls"
    page.write_text("<html><table><tr><td>姓名</td></tr></table></html>", encoding="utf-8")
    with pytest.raises(roster_layout.RosterFileError, match="网页.xls.*不是 Excel 表格"):
        roster_import.import_roster(school_db, reg, page, today=TODAY)
    # a real .xls renamed .xlsx is read as what it is
    renamed = tmp_path / "改了扩展名.xlsx"
    renamed.write_bytes((FIXTURES / "national_roster.xls").read_bytes())
    plan, _ = roster_import.import_roster(school_db, reg, renamed, today=TODAY, dry_run=True)
    assert plan.ok and len(plan.creates) == 3


# --- re-import: by ID number, or 学籍号 when the ID is missing; never a duplicate ---------------------------


def test_reimporting_the_national_export_updates_and_never_duplicates(school_db, tmp_path):
    reg = school_db.actors["reg"]
    rows = [national_row(11), national_row(12),
            # no usable ID: a J number and 身份证件类型 其他 — matched by 学籍号
            national_row(13, 身份证件类型="Z-其他", 身份证件号="", 全国学籍号="J610729201703051234")]
    roster_import.import_roster(school_db, reg, write_national_csv(tmp_path / "一.csv", rows), today=TODAY)
    before = _counts(school_db)
    again = [national_row(11, 现住址="留坝县马道镇新址1号"), national_row(12),
             national_row(13, 身份证件类型="Z-其他", 身份证件号="", 全国学籍号="J610729201703051234",
                          成员1联系电话="13711112222")]
    plan, result = roster_import.import_roster(school_db, reg, write_national_csv(tmp_path / "二.csv", again), today=TODAY)
    assert plan.ok, plan.errors
    assert (result.created, result.updated, result.unchanged) == (0, 2, 1)
    after = _counts(school_db)
    assert after[:3] == before[:3], "no new student, guardian or status change"
    with school_db.session() as s:
        assert s.exec(select(Student).where(Student.name == "学生11")).one().address == "留坝县马道镇新址1号"
        j = s.exec(select(Student).where(Student.student_number == "J610729201703051234")).one()
        assert s.exec(select(Guardian).where(Guardian.student_id == j.id, Guardian.sort_order == 0)).one().phone \
            == "13711112222"
    # the same file a third time: nothing changes
    plan, result = roster_import.import_roster(school_db, reg, tmp_path / "二.csv", today=TODAY)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 3)


# --- 学籍号 rules ------------------------------------------------------------------------------------------------


def test_a_g_number_of_an_earlier_id_is_accepted_with_a_recorded_warning(school_db, tmp_path):
    from app import students
    from app.data.models import AuditEntry

    reg = school_db.actors["reg"]
    old_id = sample_resident_id("610729", date(2017, 3, 5), 41, sex="1")
    row = national_row(21, 全国学籍号="G" + old_id)  # the ID changed after the number was issued
    plan, result = roster_import.import_roster(school_db, reg, write_national_csv(tmp_path / "改号.csv", [row]), today=TODAY)
    assert plan.ok and result.created == 1
    assert any(str(w).startswith("第 2 行:") and old_id in str(w) for w in plan.warnings)
    from app.messages import text  # and in English, for the import window's English

    assert any(text(w, "en").startswith("row 2: ") and old_id in text(w, "en") for w in plan.warnings)
    with school_db.session() as s:
        kid = s.exec(select(Student).where(Student.name == "学生21")).one()
        entry = s.exec(select(AuditEntry).where(AuditEntry.entity == "student", AuditEntry.entity_id == kid.id,
                                                AuditEntry.action == "student.create")).one()
        assert old_id in entry.after["warning"] and "注意" in entry.summary
        detail = students.get_detail(s, reg, kid.id)
        assert any(old_id in str(w) for w in detail.warnings)
        rows = students.search(s, reg, focus=students.NUMBER_MISMATCH)
        assert [r.name for r in rows] == ["学生21"] and rows[0].number_warning


def test_duplicate_student_numbers_are_refused_with_both_rows(school_db, tmp_path):
    reg = school_db.actors["reg"]
    first = national_row(31)
    copy = national_row(32, 全国学籍号=first["全国学籍号"])
    plan, _ = roster_import.import_roster(school_db, reg, write_national_csv(tmp_path / "重号.csv", [first, copy]),
                                   today=TODAY)
    assert _reasons(plan) == {(3, "全国学籍号"): "与第 2 行重复(同一个学籍号)"}
    # against the database: the number belongs to a pupil already on file
    roster_import.import_roster(school_db, reg, write_national_csv(tmp_path / "先.csv", [first]), today=TODAY)
    plan, _ = roster_import.import_roster(school_db, reg, write_national_csv(tmp_path / "后.csv", [copy]), today=TODAY)
    assert plan.errors and plan.errors[0].row == 2 and "学生31" in plan.errors[0].reason


@pytest.mark.parametrize("case", ["same ID", "G number carries the other row's ID"])
def test_the_same_child_twice_under_two_student_numbers_names_both_rows(school_db, tmp_path, case):
    reg = school_db.actors["reg"]
    a = national_row(41)
    if case == "same ID":
        b = national_row(42, 身份证件号=a["身份证件号"], 全国学籍号="L610729201703059999")
    else:  # row 3's ID is new, but its G number was issued for row 2's ID number
        b = national_row(42, 全国学籍号="G" + a["身份证件号"])
        a = dict(a, 全国学籍号="L610729201703058888")
    before = _counts(school_db)
    plan, result = roster_import.import_roster(school_db, reg, write_national_csv(tmp_path / "两号.csv", [a, b]),
                                        today=TODAY)
    assert result is None
    [error] = [e for e in plan.errors if e.row == 3]
    assert "与第 2 行是同一个孩子" in error.reason and a["全国学籍号"] in error.reason and b["全国学籍号"] in error.reason
    assert _counts(school_db) == before


def test_unregistered_pupils_are_counted_and_filtered(school_db, tmp_path):
    from app import students

    reg = school_db.actors["reg"]
    rows = [national_row(51, 全国学籍号=""), national_row(52, 全国学籍号=""), national_row(53)]
    roster_import.import_roster(school_db, reg, write_national_csv(tmp_path / "新生.csv", rows), today=TODAY)
    with school_db.session() as s:
        assert students.count_unregistered(s, reg) == 2
        found = students.search(s, reg, focus=students.UNREGISTERED)
        assert sorted(r.name for r in found) == ["学生51", "学生52"] and all(r.unregistered for r in found)
        # a class teacher sees only the pupils of the classes they may see
        assert students.count_unregistered(s, school_db.actors["li"]) == 0  # 四年级(1)班


# --- bad input: named with row and reason, all or nothing ------------------------------------------------------


def test_every_kind_of_bad_input_is_named_and_nothing_changes(school_db, tmp_path):
    reg = school_db.actors["reg"]
    roster_import.import_roster(school_db, reg, write_national_csv(tmp_path / "已有.csv", [national_row(60)]), today=TODAY)
    before = _counts(school_db)
    good = national_row(61)
    twin = national_row(64, 身份证件号=good["身份证件号"], 全国学籍号="L610729201703057777")
    rows = [good, national_row(62, 是否留守儿童="9-未知"), national_row(63, 成员1联系电话="1370000"), twin]
    path = tmp_path / "坏.csv"
    headers = NATIONAL + ["家长QQ"]  # a column the program does not know
    with open(path, "w", encoding="gb18030", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        for r in rows:
            w.writerow([r.get(h, "") for h in NATIONAL] + ["12345"])
    plan, result = roster_import.import_roster(school_db, reg, path, today=TODAY)
    assert result is None and not plan.ok
    reasons = _reasons(plan)
    assert "不认识的列" in reasons[1, "家长QQ"]
    assert "未知" in reasons[3, "是否留守儿童"] and "可填" in reasons[3, "是否留守儿童"]  # named as in the file
    assert "11 位" in reasons[4, "成员1联系电话"]
    assert "与第 2 行是同一个孩子" in reasons[5, "身份证件号"]
    assert _counts(school_db) == before, "nothing changed on refusal"
