"""The registry service: add, edit, search (pinyin initials), validation, status history, audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import func, select

from app import students
from app.data.models import AuditEntry, Guardian, StatusChange, Student
from app.errors import ValidationError
from app.students import GuardianInput, pinyin_keys
from tests.conftest import TODAY, make_student_input


@pytest.fixture
def reg(school_db):
    return school_db.actors["reg"]


@pytest.fixture
def c3(school_db):
    return school_db.class_ids["三年级(1)班"]


def _count(db, model) -> int:
    with db.transaction() as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_pinyin_keys():
    full, initials = pinyin_keys("张三")
    assert full == "zhangsan"
    assert "|zs|" in initials
    # a polyphonic surname keeps both readings (曾 zeng / ceng)
    _, initials = pinyin_keys("曾小明")
    assert "|zxm|" in initials and "|cxm|" in initials


def _two_calls(name: str) -> tuple[str, str]:
    """The keys as two pypinyin conversions give them: the full reading, and every reading's first letter."""
    import itertools

    from pypinyin import Style, pinyin

    full = "".join(p[0] for p in pinyin(name, style=Style.NORMAL, errors="ignore")).lower()
    per_char = pinyin(name, style=Style.FIRST_LETTER, heteronym=True, errors="ignore")
    choices = [sorted({c[:1].lower() for c in opts if c}) or [""] for opts in per_char]
    variants = []
    for combo in itertools.islice(itertools.product(*choices), 8):
        if (v := "".join(combo)) and v not in variants:
            variants.append(v)
    return full, ("|" + "|".join(variants) + "|") if variants else ""


def test_pinyin_keys_from_one_conversion_are_those_of_two():
    """pinyin_keys converts once (every reading, heteronyms on): the same keys as the two conversions it replaced,
    for polyphonic surnames, phrases of pypinyin's dictionary, mixed text and every character of the basic block."""
    import random

    from pypinyin.constants import PHRASES_DICT

    names = ["曾小明", "单雄信", "朝阳", "长孙无忌", "尉迟恭", "乐乐", "重庆", "阿不都·热合曼", "Tom张", "张3", "", "·",
             *(chr(c) for c in range(0x4E00, 0xA000))]
    rng = random.Random(18)
    names += rng.sample(sorted(p for p in PHRASES_DICT if 2 <= len(p) <= 4), 3000)
    for name in names:
        assert pinyin_keys.__wrapped__(name) == _two_calls(name), name


def test_create_writes_student_guardians_status_and_audit(school_db, reg, c3):
    with school_db.transaction() as s:
        sid = students.create_student(s, reg, make_student_input(c3, seq=5), today=TODAY)
    with school_db.transaction() as s:
        st = s.get(Student, sid)
        assert st.name == "张三" and st.grade_level == 3 and st.status == "in_school"
        assert st.name_initials == "|zs|"
        assert s.exec(select(Guardian).where(Guardian.student_id == sid)).one().phone == "13912345678"
        change = s.exec(select(StatusChange).where(StatusChange.student_id == sid)).one()
        assert change.code == "11" and change.to_status == "in_school"
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "student.create")).one()
        assert entry.username == "reg" and entry.after["name"] == "张三"
        assert entry.after["guardians"][0]["name"] == "张大山"


def test_search_by_initials_name_id_number_and_class(school_db, reg, c3):
    c4 = school_db.class_ids["四年级(1)班"]
    with school_db.transaction() as s:
        students.create_student(s, reg, make_student_input(c3, name="张三", seq=1), today=TODAY)
        students.create_student(s, reg, make_student_input(c4, name="李四", seq=3, sex="1"), today=TODAY)
        students.create_student(s, reg, make_student_input(c4, name="赵思思", seq=4, sex="2"), today=TODAY)
    with school_db.transaction() as s:
        find = lambda q, **kw: sorted(r.name for r in students.search(s, reg, q, **kw))  # noqa: E731
        assert find("zs") == ["张三", "赵思思"]  # initials match as a prefix
        assert find("ZS") == ["张三", "赵思思"]
        assert find("zss") == ["赵思思"]
        assert find("li") == ["李四"]
        assert find("思") == ["赵思思"]
        assert find("四年级") == ["李四", "赵思思"]
        st = students.search(s, reg, "张三")[0]
        assert find(st.id_number[-6:]) == ["张三"]
        assert find(st.student_number) == ["张三"]
        assert find("", class_id=c3) == ["张三"]
        assert find("%") == [] and find("_") == []


def test_search_in_the_loaded_roster_finds_what_the_query_finds(school_db, reg, c3):
    """LoadedRoster.find (the registry's search per keystroke, in memory) = search_page (SQL), any text."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    c4 = school_db.class_ids["四年级(1)班"]
    names = [("张三", c3, 11), ("李四", c4, 13), ("赵思思", c4, 15), ("Anna李", c3, 17), ("曾小明", c4, 19), ("王_%", c3, 21)]
    with school_db.transaction() as s:
        for name, cid, seq in names:
            students.create_student(s, reg, make_student_input(cid, name=name, seq=seq), today=TODAY)
        numbers = [r.id_number for r in students.search(s, reg)]
    pieces = ["zs", "ZS", "z", "li", "Li", "an", "AN", "nna", "思", "三年", "年级(1", "班", "6107", "0729",
              "x", "X", "%", "_", "\\", "曾", "cxm", "zxm", "|", " ", "G", "g6", "4", *[n[-5:] for n in numbers]]

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(st.sampled_from(pieces), min_size=1, max_size=3).map("".join),
           st.sampled_from([None, c3, c4]), st.integers(1, 7))
    def same(text, class_id, limit):
        with school_db.session() as s:
            loaded = students.load_roster(s, reg, class_id=class_id)
            assert loaded.rows == students.search(s, reg, class_id=class_id)
            assert loaded.find(text, limit) == students.search_page(s, reg, text, class_id=class_id, limit=limit)

    same()


def test_focus_filters(school_db, reg, c3):
    with school_db.transaction() as s:
        students.create_student(s, reg, make_student_input(c3, name="甲", seq=1, poor_household=True), today=TODAY)
        students.create_student(s, reg, make_student_input(c3, name="乙", seq=3, left_behind=2), today=TODAY)
        students.create_student(s, reg, make_student_input(c3, name="丙", seq=5, disability_type="hearing",
                                                           health="50"), today=TODAY)
        students.create_student(s, reg, make_student_input(c3, name="丁", seq=7), today=TODAY)
    with school_db.transaction() as s:
        names = lambda f: sorted(r.name for r in students.search(s, reg, focus=f))  # noqa: E731
        assert names("poor_household") == ["甲"]
        assert names("left_behind") == ["乙"]
        assert names("disabled") == ["丙"]
        assert names("any") == ["丙", "乙", "甲"]
        row = students.search(s, reg, "乙")[0]
        assert row.focus_label == "留守儿童"


def test_every_error_is_reported_with_field_and_reason(school_db, c3):
    inp = make_student_input(c3, seq=9)
    inp.name = " "
    inp.id_number = inp.id_number[:-1] + ("0" if inp.id_number[-1] != "0" else "1")
    inp.ethnicity = "77"
    inp.guardians = [GuardianInput("", "father", "12345")]
    _, errors = students.check_input(inp, today=TODAY)
    fields = {e.field for e in errors}
    assert {"姓名", "身份证件号", "民族", "监护人1姓名", "监护人1电话"} <= fields
    for e in errors:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in e.reason), e


def test_sex_and_birth_date_are_checked_against_the_id(school_db, c3):
    inp = make_student_input(c3, sex="1", seq=1)
    inp.sex = "2"
    _, errors = students.check_input(inp, today=TODAY)
    assert any(e.field == "性别" for e in errors)
    inp = make_student_input(c3, seq=1)
    inp.birth_date = date(2017, 3, 6)
    _, errors = students.check_input(inp, today=TODAY)
    assert any(e.field == "出生日期" for e in errors)


def test_duplicate_id_number_is_refused_and_nothing_saved(school_db, reg, c3):
    with school_db.transaction() as s:
        students.create_student(s, reg, make_student_input(c3, seq=1), today=TODAY)
    n = _count(school_db, Student), _count(school_db, AuditEntry)
    with pytest.raises(ValidationError, match="已被学生“张三”使用"):
        with school_db.transaction() as s:
            students.create_student(s, reg, make_student_input(c3, seq=1, name="张三丰"), today=TODAY)
    assert (_count(school_db, Student), _count(school_db, AuditEntry)) == n


def test_update_audits_before_and_after(school_db, reg, c3):
    with school_db.transaction() as s:
        sid = students.create_student(s, reg, make_student_input(c3, seq=1), today=TODAY)
    with school_db.transaction() as s:
        inp = students.input_of(s, reg, sid)
        inp.village = "青桥驿村"
        inp.guardians[0].phone = "13700001111"
        students.update_student(s, reg, sid, inp, today=TODAY)
    with school_db.transaction() as s:
        e = s.exec(select(AuditEntry).where(AuditEntry.action == "student.update")).one()
        assert e.before["village"] == "马道村" and e.after["village"] == "青桥驿村"
        assert e.before["guardians"][0]["phone"] == "13912345678"
        assert e.after["guardians"][0]["phone"] == "13700001111"
        assert "name" not in e.after, "only changed fields are kept"


def test_student_detail_has_everything(school_db, reg, c3):
    with school_db.transaction() as s:
        sid = students.create_student(s, reg, make_student_input(c3, seq=1, poor_household=True), today=TODAY)
        d = students.get_detail(s, reg, sid)
    assert d.class_name == "三年级(1)班" and d.head_teacher == "王老师"
    assert d.labels["民族"] == "汉族" and d.labels["学籍状态"] == "在校"
    assert d.history[0].code == "11" and d.history[0].code_label == "入学"
    assert d.changes and d.changes[0].action == "student.create"
    assert d.input.guardians[0].name == "张大山"
    assert d.can_edit


def test_status_changes_follow_the_national_codes(school_db, reg, c3):
    with school_db.transaction() as s:
        sid = students.create_student(s, reg, make_student_input(c3, seq=1), today=TODAY)
    with school_db.transaction() as s:
        students.record_status_change(s, reg, sid, "23", date(2026, 10, 8), reason="病休")
    with pytest.raises(ValidationError, match="当前为休学,不能办理转出"):
        with school_db.transaction() as s:
            students.record_status_change(s, reg, sid, "27", date(2026, 10, 9))
    with pytest.raises(ValidationError, match="不允许"):
        with school_db.transaction() as s:
            students.record_status_change(s, reg, sid, "24", date(2026, 10, 9))
    with pytest.raises(ValidationError, match="早于入学日期"):
        with school_db.transaction() as s:
            students.record_status_change(s, reg, sid, "12", date(2020, 1, 1))
    with school_db.transaction() as s:
        students.record_status_change(s, reg, sid, "12", date(2026, 11, 2))
        hist = students.get_detail(s, reg, sid).history
    assert [h.code for h in hist] == ["11", "23", "12"]
    assert hist[-1].to_status == "in_school"


def test_mixed_grade_class(school_db):
    from app import school

    admin = school_db.actors["admin"]
    with school_db.transaction() as s:
        cid = school.create_class(s, admin, "一二年级复式班", 1, extra_grade_levels=(2,))
        info = [c for c in school.list_classes(s) if c.id == cid][0]
    assert info.grade_levels == (1, 2) and info.mixed


def test_a_bad_id_number_is_reported_even_when_sex_and_birth_date_are_wrong():
    from dataclasses import replace

    from app.students import check_input

    inp = make_student_input(1)
    bad = replace(inp, sex="7", birth_date=None, id_number=inp.id_number[:-1] + ("0" if inp.id_number[-1] != "0" else "1"))
    _, errs = check_input(bad, today=date(2026, 11, 27))
    fields_ = [e.field for e in errs]
    assert "性别" in fields_ and "出生日期" in fields_
    assert "身份证件号" in fields_, "the check digit must be checked whatever the other fields say"


def test_a_wrong_birth_date_gives_one_message_not_two():
    from dataclasses import replace

    from app.students import check_input

    inp = make_student_input(1)
    _, errs = check_input(replace(inp, birth_date=date(2030, 1, 1)), today=date(2026, 11, 27))
    assert [e.field for e in errs] == ["出生日期"]


def test_missing_address_fields_are_empty_not_a_crash():
    from dataclasses import replace

    from app.students import check_input

    clean, errs = check_input(replace(make_student_input(1), address=None, township=None, village=None),
                              today=date(2026, 11, 27))
    assert errs == [] and clean.address == "" and clean.village == ""
