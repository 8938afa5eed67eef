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

from app import roster
from app.data.models import Guardian, Student
from app.identity import sample_resident_id
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
    plan, result = roster.import_roster(school_db, reg, path, today=TODAY)
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
    plan, result = roster.import_roster(school_db, reg, path, today=TODAY)
    assert plan.ok, plan.errors
    with school_db.session() as s:
        assert s.exec(select(Student).where(Student.name == "学生03")).one().student_number in (None, "")


def test_an_unknown_value_label_is_named_with_row_and_column(school_db, tmp_path):
    reg = school_db.actors["reg"]
    path = write_national_csv(tmp_path / "坏.csv", [national_row(4), national_row(5, 是否留守儿童="3-其他留守")])
    plan, result = roster.import_roster(school_db, reg, path, today=TODAY, dry_run=True)
    assert not plan.ok
    assert any(e.row == 3 and "留守" in e.column for e in plan.errors), plan.errors
    with school_db.session() as s:
        assert s.exec(select(Student)).all() == [], "nothing changed on refusal"


@pytest.mark.parametrize("phone", ["1370000", "abc"])
def test_a_family_member_with_a_bad_phone_is_named(school_db, tmp_path, phone):
    reg = school_db.actors["reg"]
    path = write_national_csv(tmp_path / "坏电话.csv", [national_row(6, 成员2联系电话=phone)])
    plan, _ = roster.import_roster(school_db, reg, path, today=TODAY, dry_run=True)
    assert not plan.ok and any(e.row == 2 and "电话" in e.column for e in plan.errors), plan.errors
