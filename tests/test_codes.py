"""National code tables and the helpers that read them from what people type."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import codes
from app.codes import (
    BOARDING,
    CHANGE,
    CHANGE_FORBIDDEN_IN_COMPULSORY,
    DISABILITY,
    DOC_TYPE,
    ETHNICITY,
    GRADES,
    HEALTH,
    HUKOU,
    LEFT_BEHIND,
    ON_ROLL_STATUSES,
    RELATION,
    SEX,
    SEX_ALL,
    STATUS,
    grade_stage,
    lookup,
    yes_no,
)
from app.errors import ValidationError

CJK = re.compile(r"[\u4e00-\u9fff]")
TABLES = {
    "SEX": SEX, "SEX_ALL": SEX_ALL, "ETHNICITY": ETHNICITY, "DOC_TYPE": DOC_TYPE, "HEALTH": HEALTH,
    "HUKOU": HUKOU, "LEFT_BEHIND": LEFT_BEHIND, "BOARDING": BOARDING, "DISABILITY": DISABILITY,
    "RELATION": RELATION, "CHANGE": CHANGE, "STATUS": STATUS, "GRADES": GRADES,
}
ALL_ENTRIES = [(name, code) for name, table in TABLES.items() for code in table]


def test_every_label_is_chinese_and_unique_within_its_table():
    for name, table in TABLES.items():
        assert all(CJK.search(label) for label in table.values()), name
        assert len(set(table.values())) == len(table), name


def test_sex():
    assert SEX == {"1": "男", "2": "女"}
    assert list(SEX_ALL) == ["0", "1", "2", "9"]
    assert SEX.items() <= SEX_ALL.items()


def test_ethnicity_official_order():
    keys = list(ETHNICITY)
    assert keys == [f"{i:02d}" for i in range(1, 57)] + ["97", "98"]
    assert all(ETHNICITY[f"{i:02d}"].endswith("族") for i in range(1, 57))
    spot = {"01": "汉族", "02": "蒙古族", "05": "维吾尔族", "10": "朝鲜族", "15": "土家族", "22": "畲族",
            "29": "柯尔克孜族", "30": "土族", "37": "仡佬族", "43": "乌孜别克族", "44": "俄罗斯族",
            "49": "京族", "55": "珞巴族", "56": "基诺族", "97": "其他", "98": "外国血统中国籍人士"}
    for code, label in spot.items():
        assert ETHNICITY[code] == label


def test_fixed_tables():
    assert list(DOC_TYPE) == ["1", "6", "7", "8", "9", "A", "Z"]
    assert DOC_TYPE["1"] == "居民身份证" and DOC_TYPE["A"] == "护照"
    assert list(HEALTH) == ["10", "20", "30", "40", "50"]
    assert HUKOU == {"1": "农业户口", "2": "非农业户口"}
    assert list(LEFT_BEHIND) == ["0", "1", "2"]
    assert BOARDING == {"1": "走读", "2": "住校"}
    assert list(DISABILITY) == ["vision", "hearing", "speech", "physical", "intellectual", "mental",
                                "multiple", "other"]
    assert RELATION["grandfather_m"] == "外祖父" and len(RELATION) == 10


def test_change_and_status():
    assert list(CHANGE) == ["11", "12", "13", "21", "22", "23", "24", "25", "26", "27", "28"]
    assert CHANGE["11"] == "入学" and CHANGE["27"] == "转出" and CHANGE["28"] == "辍学"
    assert {CHANGE[c] for c in CHANGE_FORBIDDEN_IN_COMPULSORY} == {"退学", "开除"}
    assert ON_ROLL_STATUSES == {"in_school"} and ON_ROLL_STATUSES <= STATUS.keys()
    assert STATUS["borrow_out"] == "借读外出"


def test_grades():
    assert list(GRADES) == list(range(1, 10))
    assert GRADES[1] == "一年级" and GRADES[6] == "六年级" and GRADES[9] == "九年级"
    assert [grade_stage(g) for g in GRADES] == ["primary"] * 6 + ["junior"] * 3
    for bad in (0, 10):
        with pytest.raises(ValidationError) as info:
            grade_stage(bad)
        assert info.value.field == "年级" and str(bad) in info.value.reason


@pytest.mark.parametrize("name,code", ALL_ENTRIES)
def test_lookup_accepts_code_and_label(name, code):
    table = TABLES[name]
    assert lookup(table, code, "字段") == code
    assert lookup(table, str(code), "字段") == code
    assert lookup(table, f"  {table[code]} ", "字段") == code


@given(st.sampled_from(list(ETHNICITY)))
def test_ethnicity_without_suffix_and_numeric_forms(code):
    label = ETHNICITY[code]
    if label.endswith("族"):
        assert lookup(ETHNICITY, label[:-1], "民族") == code
        assert lookup(ETHNICITY, str(int(code)), "民族") == code
    fullwidth = code.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert lookup(ETHNICITY, fullwidth, "民族") == code


@pytest.mark.parametrize("table,value,want", [
    (ETHNICITY, "汉", "01"), (ETHNICITY, "土", "30"), (ETHNICITY, "土家", "15"), (ETHNICITY, "1", "01"),
    (SEX, "男", "1"), (SEX, "女", "2"), (SEX, "女性", "2"), (SEX_ALL, "未知的性别", "0"),
    (DOC_TYPE, "a", "A"), (DOC_TYPE, "身份证", "1"), (DOC_TYPE, "z", "Z"),
    (HEALTH, "健康", "10"), (HEALTH, "较弱", "20"),
    (RELATION, "弟", "brother"), (RELATION, "姐", "sister"), (RELATION, "奶奶", "grandmother_p"),
    (RELATION, "其他", "other"), (RELATION, "other", "other"),
    (GRADES, "三年级", 3), (GRADES, "3", 3), (GRADES, 7, 7), (GRADES, "初三", 9),
    (CHANGE, "转入", "13"),
])
def test_lookup_spellings(table, value, want):
    assert lookup(table, value, "字段") == want


@pytest.mark.parametrize("table,value,field,reason", [
    (ETHNICITY, "xx", "民族", "未知的民族代码或名称“xx”"),
    (ETHNICITY, "99", "民族", "未知的民族代码或名称“99”"),
    (SEX, "0", "性别", "未知的性别代码或名称“0”"),
    (SEX, "未说明的性别", "性别", "未知的性别代码或名称“未说明的性别”"),
    (DOC_TYPE, "身份证明", "身份证件类型", "未知的身份证件类型代码或名称“身份证明”"),  # 6 or 7: ambiguous
    (GRADES, "10", "年级", "未知的年级代码或名称“10”"),
    (HUKOU, "", "户口性质", "不能为空"),
    (HUKOU, None, "户口性质", "不能为空"),
])
def test_lookup_errors(table, value, field, reason):
    with pytest.raises(ValidationError) as info:
        lookup(table, value, field)
    assert info.value.field == field and info.value.reason == reason


@pytest.mark.parametrize("value,want", [
    ("是", True), ("否", False), ("1", True), ("0", False), ("Y", True), ("n", False), ("true", True),
    ("FALSE", False), ("", False), ("  ", False), (None, False), (1, True), (0, False), (True, True),
    ("１", True),
])
def test_yes_no(value, want):
    assert yes_no(value, "是否孤儿") is want


@pytest.mark.parametrize("value", ["也许", "2", 2, "yes please"])
def test_yes_no_errors(value):
    with pytest.raises(ValidationError) as info:
        yes_no(value, "是否独生子女")
    assert info.value.field == "是否独生子女"
    assert "是" in info.value.reason and "否" in info.value.reason and str(value) in info.value.reason


def test_module_has_no_qt_or_database_imports():
    source = open(codes.__file__, encoding="utf-8").read()
    assert not re.search(r"^\s*(from|import)\s+(PySide6|sqlmodel|sqlalchemy)", source, re.M)


def test_yes_no_accepts_what_excel_gives():
    from app.codes import yes_no

    assert yes_no(1.0, "x") is True and yes_no(0.0, "x") is False
    assert yes_no("1.0", "x") is True and yes_no("0.0", "x") is False


def test_lookup_is_stable_across_calls():
    from app.codes import ETHNICITY, lookup

    assert [lookup(ETHNICITY, v, "民族") for v in ("汉", "汉族", "01", "汉")] == ["01"] * 4


# --- 代码-名称 values of the national student-status system's export, as the roster import reads them -----------

#: tables whose national codes are trusted (the code and the name must agree)
_CODED = {"性别": codes.SEX, "民族": codes.ETHNICITY, "健康状况": codes.HEALTH, "户口性质": codes.HUKOU,
          "留守儿童": codes.LEFT_BEHIND, "就读方式": codes.BOARDING, "身份证件类型": codes.DOC_TYPE}
_DASHES = ["-", "－", "—", "–", "‐", "―", "−", "﹣"]
_BLANKS = ["", " ", "\u3000", "  "]


def _full_width(text: str) -> str:
    """ASCII digits and letters as their full-width forms (how some Chinese input methods type them)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


@st.composite
def coded_values(draw):
    label = draw(st.sampled_from(sorted(_CODED)))
    table = _CODED[label]
    code = draw(st.sampled_from(sorted(table)))
    name = table[code]
    shown_code = _full_width(code) if draw(st.booleans()) else code
    form = draw(st.sampled_from(["code-name", "name", "code"]))
    if form == "name":
        text = name
    elif form == "code":
        text = shown_code
    else:
        text = (shown_code + draw(st.sampled_from(_BLANKS)) + draw(st.sampled_from(_DASHES))
                + draw(st.sampled_from(_BLANKS)) + name)
    text = draw(st.sampled_from(_BLANKS)) + text + draw(st.sampled_from(_BLANKS))
    return table, label, code, text


@given(coded_values())
def test_any_known_code_name_pair_reads_as_its_code(case):
    table, label, code, text = case
    assert codes.lookup_coded(table, text, label) == code
    if not text.strip(" \u3000").isalnum():  # a 代码-名称 form splits into the code and the name
        got_code, got_name = codes.split_code_label(text)
        assert (got_code, got_name) in ((code.upper(), table[code]), (None, table[code]))


@given(st.sampled_from(sorted(_CODED)), st.data())
def test_a_code_and_a_name_that_disagree_are_refused_naming_both(label, data):
    table = _CODED[label]
    code, other = data.draw(st.lists(st.sampled_from(sorted(table)), min_size=2, max_size=2, unique=True))
    dash = data.draw(st.sampled_from(_DASHES))
    with pytest.raises(ValidationError) as info:
        codes.lookup_coded(table, f"{code}{dash}{table[other]}", label)
    assert info.value.field == label and code in info.value.reason and table[other] in info.value.reason


@given(st.sampled_from(["9-未知", "3-其他留守", "未知", "x-非留守儿童"]))
def test_an_unknown_left_behind_label_is_refused(text):
    with pytest.raises(ValidationError) as info:
        codes.lookup_coded(codes.LEFT_BEHIND, text, "留守儿童")
    assert info.value.field == "留守儿童"
