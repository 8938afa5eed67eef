"""First-run setup, school years and terms, classes and staff."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import school
from app.accounts import SYSTEM, authenticate
from app.errors import PermissionDenied, ValidationError
from tests.conftest import ADMIN_PASSWORD, TODAY


def test_setup_creates_school_year_terms_and_admin(school_db):
    with school_db.transaction() as s:
        info = school.get_school(s)
        terms = school.list_terms(s)
        assert authenticate(s, "admin", ADMIN_PASSWORD).has("account.manage")
    assert info.code == "3161000123" and info.county_code == "610729" and not info.is_demo
    assert [t.label for t in terms] == ["2026-2027学年 第一学期", "2026-2027学年 第二学期"]
    assert school.school_year_start_for(TODAY) == 2026


def test_setup_twice_is_refused(school_db):
    with pytest.raises(ValidationError, match="不能重复设置"):
        with school_db.transaction() as s:
            school.setup_school(s, code="3161000124", name="另一所", county_code="610729",
                                admin_username="x", admin_password="secret123")


@pytest.mark.parametrize("code,county,field", [("316100012", "610729", "学校标识码"),
                                               ("31610001AB", "610729", "学校标识码"),
                                               ("3161000123", "61072", "县区代码")])
def test_setup_validates_codes(db, code, county, field):
    with pytest.raises(ValidationError) as info:
        with db.transaction() as s:
            school.setup_school(s, code=code, name="某校", county_code=county, admin_username="admin",
                                admin_password="secret123")
    assert info.value.field == field
    with db.transaction() as s:
        assert not school.is_set_up(s)


@given(st.sampled_from("一二三四五六七八九"), st.integers(1, 20))
def test_class_names_parse(grade_cn, number):
    level = "一二三四五六七八九".index(grade_cn) + 1
    assert school.parse_class_name(f"{grade_cn}年级({number})班") == (level, number)
    assert school.parse_class_name(f"{grade_cn}年级（{number}）班") == (level, number)
    assert school.parse_class_name(f"{level}年级{number}班") == (level, number)
    assert school.parse_class_name(school.standard_class_name(level, number)) == (level, number)


def test_class_rules(school_db):
    reg, wang = school_db.actors["reg"], school_db.actors["wang"]
    with pytest.raises(ValidationError, match="已存在"):
        with school_db.transaction() as s:
            school.create_class(s, reg, "三年级(1)班", 3)
    with pytest.raises(ValidationError, match="1–9"):
        with school_db.transaction() as s:
            school.create_class(s, reg, "十年级(1)班", 10)
    with pytest.raises(PermissionDenied):
        with school_db.transaction() as s:
            school.create_class(s, wang, "五年级(1)班", 5)


def test_terms_must_not_overlap(school_db):
    with pytest.raises(ValidationError, match="重叠"):
        with school_db.transaction() as s:
            school.add_school_year(s, SYSTEM, 2027, [("第一学期", date(2027, 9, 1), date(2028, 2, 1)),
                                                     ("第二学期", date(2028, 1, 20), date(2028, 7, 1))])
    with school_db.transaction() as s:
        school.add_school_year(s, SYSTEM, 2027)
        assert school.term_on(s, date(2028, 3, 1)).label == "2027-2028学年 第二学期"
        assert school.term_on(s, date(2028, 8, 1)) is None


def test_staff_leaving_keeps_the_record(school_db):
    admin = school_db.actors["admin"]
    with school_db.transaction() as s:
        sid = school.create_staff(s, admin, "孙老师", phone="0916-3921234")
        school.staff_leaves(s, admin, sid, date(2026, 11, 1))
        assert "孙老师" not in [x.name for x in school.list_staff(s)]
        assert "孙老师" in [x.name for x in school.list_staff(s, only_active=False)]
    with pytest.raises(ValidationError, match="已离职"):
        with school_db.transaction() as s:
            school.create_class(s, admin, "五年级(1)班", 5, head_teacher_id=sid)


def test_a_class_moved_up_a_grade_stays_a_plain_class_and_a_mixed_one_keeps_its_extra_grades(school_db):
    from app import school
    from app.accounts import SYSTEM

    with school_db.transaction() as s:
        plain = school.create_class(s, SYSTEM, "五年级(3)班", 5)
        mixed = school.create_class(s, SYSTEM, "复式班", 1, extra_grade_levels=(2,))
        school.update_class(s, SYSTEM, plain, name="六年级(3)班", grade_level=6)
        school.update_class(s, SYSTEM, mixed, grade_level=2)
    with school_db.session() as s:
        by_id = {c.id: c for c in school.list_classes(s)}
    assert (by_id[plain].name, by_id[plain].grade_level, by_id[plain].mixed) == ("六年级(3)班", 6, False)
    assert by_id[mixed].grade_level == 2 and by_id[mixed].grade_levels == (1, 2)  # still the same two grades
