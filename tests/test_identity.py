"""Identity checks: resident ID, 学籍号, phones, document numbers, school and county codes."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.identity import (
    ResidentId,
    check_county_code,
    check_document,
    check_id_against_fields,
    check_mobile,
    check_phone,
    check_resident_id,
    check_school_code,
    check_student_number,
    normalize_id_number,
    sample_resident_id,
)

HANZHONG = ["610702", "610703", "610722", "610723", "610724", "610725", "610726", "610727", "610728",
            "610729", "610730"]
TODAY = date(2024, 6, 1)  # fixed, and in the past wherever the tests run
CJK = re.compile(r"[\u4e00-\u9fff]")
FULLWIDTH = str.maketrans("0123456789X-", "０１２３４５６７８９Ｘ－")

areas = st.sampled_from(HANZHONG + ["110105", "360426", "820000"])
births = st.dates(min_value=date(1930, 1, 1), max_value=TODAY)
seqs = st.integers(0, 999)
sexes = st.sampled_from(["1", "2"])


@st.composite
def valid_ids(draw) -> str:
    return sample_resident_id(draw(areas), draw(births), draw(seqs), sex=draw(sexes))


def refused(fn, *args, field: str, contains: tuple[str, ...] = (), **kwargs) -> ValidationError:
    """Call fn, expect a ValidationError on `field` with a Chinese reason containing `contains`."""
    with pytest.raises(ValidationError) as info:
        fn(*args, **kwargs)
    err = info.value
    assert err.field == field
    assert CJK.search(err.reason), err.reason
    for fragment in contains:
        assert fragment in err.reason, (fragment, err.reason)
    assert str(err) == f"{field}:{err.reason}"
    return err


# --- resident ID: known numbers ------------------------------------------------------------

def test_known_valid_numbers():
    rid = check_resident_id("11010519491231002X")
    assert rid == ResidentId("11010519491231002X", date(1949, 12, 31), "2", "110105")
    assert check_resident_id("360426199101010071").sex == "1"


def test_normalisation_full_width_lower_x_and_blanks():
    assert normalize_id_number(" 11010519491231002x ") == "11010519491231002X"
    assert normalize_id_number("１１０１０５１９４９１２３１００２ｘ") == "11010519491231002X"
    assert check_resident_id("110105 19491231 002x").number == "11010519491231002X"


def test_late_issued_id_under_a_renamed_county_is_accepted():
    # 南郑区 (610703) exists since 2017; a child born 2012 may still get a 610703 number.
    rid = check_resident_id(sample_resident_id("610703", date(2012, 5, 1), 11))
    assert rid.area_code == "610703" and rid.birth_date == date(2012, 5, 1)


# --- resident ID: properties -------------------------------------------------------------------

@given(area=areas, birth=births, seq=seqs, sex=sexes)
def test_generated_ids_round_trip(area, birth, seq, sex):
    number = sample_resident_id(area, birth, seq, sex=sex)
    rid = check_resident_id(number, today=TODAY)
    assert rid == ResidentId(number, birth, sex, area)
    assert abs(int(number[14:17]) - seq) <= 1
    check_id_against_fields(rid, sex, birth)  # agrees with itself
    assert check_document("1", number.lower(), sex, birth) == number


@given(number=valid_ids(), pos=st.integers(0, 17), new=st.sampled_from("0123456789X"))
def test_any_single_character_change_is_refused(number, pos, new):
    assume(number[pos] != new)
    changed = number[:pos] + new + number[pos + 1:]
    refused(check_resident_id, changed, field="身份证件号", today=TODAY)


@given(number=valid_ids(), pos=st.integers(0, 15))
def test_adjacent_transposition_is_refused(number, pos):
    assume(number[pos] != number[pos + 1])
    swapped = number[:pos] + number[pos + 1] + number[pos] + number[pos + 2:]
    refused(check_resident_id, swapped, field="身份证件号", today=TODAY)


@given(number=valid_ids())
def test_wrong_check_digit_names_the_right_one(number):
    expected = number[17]
    wrong = "0" if expected != "0" else "1"
    refused(check_resident_id, number[:17] + wrong, field="身份证件号", today=TODAY,
            contains=("校验位", f"应为“{expected}”", f"而不是“{wrong}”"))


@given(number=valid_ids(), days=st.integers(1, 4000))
def test_cross_check_birth_date(number, days):
    rid = check_resident_id(number, today=TODAY)
    other = rid.birth_date + timedelta(days=days)
    refused(check_id_against_fields, rid, rid.sex, other, field="出生日期",
            contains=("与身份证号不符", f"{rid.birth_date:%Y-%m-%d}"))


@given(number=valid_ids())
def test_cross_check_sex(number):
    rid = check_resident_id(number, today=TODAY)
    other = "2" if rid.sex == "1" else "1"
    word, parity = ("男", "奇数") if rid.sex == "1" else ("女", "偶数")
    refused(check_id_against_fields, rid, other, rid.birth_date, field="性别",
            contains=(f"与身份证号不符:身份证号表明为{word}(第17位为{parity})",))
    check_id_against_fields(rid, None, None)  # nothing entered: nothing to disagree with


# --- resident ID: each error case --------------------------------------------------------------

@pytest.mark.parametrize("value,contains", [
    ("", ("不能为空",)),
    ("   ", ("不能为空",)),
    ("110105491231002", ("15 位", "18 位")),
    ("1101051949123100", ("18 位", "16 位")),
    ("11010519491231002X1", ("18 位", "19 位")),
    ("1101051949123100AX", ("第 17 位", "“A”", "不是数字")),
    ("11O105194912310021", ("第 3 位", "“O”")),
    ("11010519491231002Y", ("最后一位", "数字或 X", "“Y”")),
    ("6.10729E+17", ("科学计数法", "文本")),
    ("001234201703050012", ("前两位", "“00”", "省级")),
    ("610729201702300012", ("出生日期", "“20170230”", "不是真实的日期")),
    ("610729201713050012", ("“20171305”",)),
    ("610729203001010012", ("出生日期", "2030-01-01", "晚于今天")),
    ("610729189912310012", ("1899-12-31", "早于 1900")),
])
def test_resident_id_errors(value, contains):
    refused(check_resident_id, value, field="身份证件号", contains=contains, today=TODAY)


def test_resident_id_custom_field_name():
    refused(check_resident_id, "123", "监护人身份证号", field="监护人身份证号", contains=("18 位", "3 位"))


def test_future_birth_is_checked_against_today():
    tomorrow = TODAY + timedelta(days=1)
    number = sample_resident_id("610729", tomorrow, 1)
    refused(check_resident_id, number, today=TODAY, field="身份证件号", contains=("晚于今天",))
    assert check_resident_id(number, today=tomorrow).birth_date == tomorrow


# --- sample_resident_id ---------------------------------------------------------------------------

@pytest.mark.parametrize("seq,sex,want", [(0, "1", 1), (0, "2", 0), (999, "1", 999), (999, "2", 998),
                                          (500, None, 500), (501, None, 501)])
def test_sample_adjusts_sequence_parity(seq, sex, want):
    number = sample_resident_id("610729", date(2017, 3, 5), seq, sex=sex)
    assert int(number[14:17]) == want
    check_resident_id(number)


@pytest.mark.parametrize("args", [("61072", date(2017, 1, 1), 1), ("610729", date(2017, 1, 1), 1000),
                                  ("610729", date(2017, 1, 1), -1)])
def test_sample_rejects_bad_arguments(args):
    with pytest.raises(ValueError):
        sample_resident_id(*args)
    with pytest.raises(ValueError):
        sample_resident_id("610729", date(2017, 1, 1), 1, sex="9")


# --- 学籍号 -------------------------------------------------------------------------------------

RID = sample_resident_id("610729", date(2017, 3, 5), 12, sex="2")


def test_student_number_forms():
    assert check_student_number("G" + RID) == "G" + RID
    assert check_student_number("g" + RID.lower(), id_number=RID.lower()) == "G" + RID
    assert check_student_number(("G" + RID).translate(FULLWIDTH)) == "G" + RID
    assert check_student_number("L61072920170305001X") == "L61072920170305001X"
    # a temporary number only needs the shape: no date or check digit check
    assert check_student_number("j610729201799990019") == "J610729201799990019"


@pytest.mark.parametrize("value,id_number,contains", [
    ("", None, ("不能为空",)),
    (RID, None, ("缺少开头的字母", "G")),
    ("X" + RID, None, ("应以 G", "“X”")),
    ("G" + RID[:-1], None, ("字母 G 后应有 18 位", "17 位")),
    ("G" + RID[:-1] + ("0" if RID[-1] != "0" else "1"), None, ("G 后的身份证号", "校验位")),
    ("G" + RID, sample_resident_id("610729", date(2017, 3, 5), 14, sex="2"), ("与身份证件号不符",)),
    ("L61072920170305A012", None, ("字母 L 后", "第 15 位", "“A”")),
    ("J61072920170305001Y", None, ("字母 J 后", "最后一位")),
])
def test_student_number_errors(value, id_number, contains):
    refused(check_student_number, value, id_number, field="全国学籍号", contains=contains)


# --- phones ---------------------------------------------------------------------------------------

mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)


@given(number=mobiles, prefix=st.sampled_from(["", "+86", "0086", "+86 "]),
       sep=st.sampled_from(["", " ", "-"]), fullwidth=st.booleans())
def test_mobile_normalisation(number, prefix, sep, fullwidth):
    typed = prefix + sep.join([number[:3], number[3:7], number[7:]])
    if fullwidth:
        typed = typed.translate(FULLWIDTH)
    assert check_mobile(typed) == number
    assert check_phone(typed) == number


@pytest.mark.parametrize("value,contains", [
    ("", ("不能为空",)),
    ("1391234567", ("11 位", "10 位")),
    ("139123456789", ("12 位",)),
    ("12912345678", ("13–19", "12")),
    ("1391234567a", ("非数字", "“a”")),
])
def test_mobile_errors(value, contains):
    refused(check_mobile, value, field="手机号码", contains=contains)


@pytest.mark.parametrize("value,want", [
    ("0916-2212345", "0916-2212345"),
    ("09162212345", "0916-2212345"),
    ("(0916)22123456", "0916-22123456"),
    ("010-62345678", "010-62345678"),
    ("029 8765 4321", "029-87654321"),
    ("13912345678", "13912345678"),
    ("13912345678.0", "13912345678"),
])
def test_phone_accepts_mobiles_and_fixed_lines(value, want):
    assert check_phone(value) == want


@pytest.mark.parametrize("value,contains", [
    ("2212345", ("区号",)),
    ("0916-22123", ("区号 0916", "7–8 位", "5 位")),
    ("0916-0212345", ("不能以 0 开头",)),
    ("1391234567", ("手机号应为 11 位",)),
    ("电话0916", ("非数字",)),
])
def test_phone_errors(value, contains):
    refused(check_phone, value, field="联系电话", contains=contains)
    refused(check_phone, value, "监护人1电话", field="监护人1电话")


# --- documents -------------------------------------------------------------------------------------

def test_document_resident_id_is_checked_and_cross_checked():
    assert check_document("1", RID.translate(FULLWIDTH), "2", date(2017, 3, 5)) == RID
    assert check_document("1", RID, None, None) == RID
    refused(check_document, "1", RID, "1", date(2017, 3, 5), field="性别", contains=("女",))
    refused(check_document, "1", RID, "2", date(2017, 3, 6), field="出生日期", contains=("2017-03-05",))
    refused(check_document, "1", RID[:-2], "2", None, field="身份证件号", contains=("18 位",))


def test_other_documents():
    assert check_document("A", "  e1234 5678 ", "1", None) == "E1234 5678"
    assert check_document("6", "Ａ１２３４５６(７)", None, None) == "A123456(7)"
    refused(check_document, "A", "  ", None, None, field="身份证件号", contains=("不能为空",))
    refused(check_document, "Z", "X" * 31, None, None, field="身份证件号", contains=("30", "31"))
    refused(check_document, "Z", "AB\x07CD", None, None, field="身份证件号", contains=("控制字符",))
    refused(check_document, "5", "123", None, None, field="身份证件类型", contains=("“5”",))


# --- school and county codes -----------------------------------------------------------------------

def test_school_code():
    assert check_school_code(" 3161000123 ") == "3161000123"
    assert check_school_code("３１６１０００１２３") == "3161000123"
    refused(check_school_code, "316100012", field="学校标识码", contains=("10 位",))
    refused(check_school_code, "31610001AB", field="学校标识码")


def test_county_code():
    assert check_county_code("610729") == "610729"
    refused(check_county_code, "61072", field="县区代码", contains=("6 位",))
    refused(check_county_code, "610700", field="县区代码", contains=("地市",))
    refused(check_county_code, "990101", field="县区代码", contains=("“99”",))
