"""Identity checks: resident ID (GB 11643), 学籍号, phone numbers, school and county codes.

The resident ID's check digit and birth date come from python-stdnum
(``stdnum.cn.ric``), never hand-rolled code. Every failure raises
:class:`ValidationError` naming the field and a precise reason in Chinese.

``ric.validate`` is deliberately not called: it also looks the area code up by
birth year and so refuses genuine IDs issued late under a renamed county
(e.g. 610703 南郑区 for a child born in 2012), and can crash on unknown codes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from stdnum import exceptions as stdnum_exc
from stdnum.cn import ric

from app.codes import DOC_TYPE
from app.errors import ValidationError
from app.fields import ascii_digits

# First two digits of GB/T 2260 codes (81/82/83: residence permits for HK/Macau/Taiwan residents).
PROVINCE_CODES: frozenset[str] = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)

_SEX_WORD = {"1": "男", "2": "女"}
# ASCII digits only: ``\d`` would also take Arabic-Indic or Devanagari digits (every number is made ASCII first)
_ID_SHAPE = re.compile(r"[0-9]{17}[0-9X]")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_EXCEL_NUMBER = re.compile(r"[0-9](\.[0-9]+)?E\+?[0-9]+")
_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class ResidentId:
    """A checked 18-digit resident ID and what it says."""

    number: str
    birth_date: date
    sex: str  # "1" male, "2" female (17th digit odd = male)
    area_code: str


def _halfwidth(text: object) -> str:
    """NFKC (full-width → half-width), then every decimal digit of any script as its ASCII digit: a resident ID
    typed in Arabic-Indic digits is the same number, so the same child is never on file twice."""
    return ascii_digits(unicodedata.normalize("NFKC", "" if text is None else str(text)))


def normalize_id_number(s: str) -> str:
    """Full-width → half-width, blanks and dashes removed, letters upper-cased (x → X)."""
    return re.sub(r"[\s\-]", "", _halfwidth(s)).upper()


def _shape_error(number: str) -> str | None:
    """Chinese reason why an 18-character number is not 17 digits + digit/X, or None."""
    for i, c in enumerate(number[:17], start=1):
        if c not in _DIGITS:
            return f"第 {i} 位“{c}”不是数字(前 17 位必须是数字)"
    if not (number[17] in _DIGITS or number[17] == "X"):
        return f"最后一位只能是数字或 X,而不是“{number[17]}”"
    return None


def check_resident_id(s: str, field: str = "身份证件号", *, today: date | None = None) -> ResidentId:
    """Check an 18-digit resident ID: length, characters, province, birth date, check digit."""
    number = normalize_id_number(s)
    if not number:
        raise ValidationError(field, "不能为空")
    if _EXCEL_NUMBER.fullmatch(number):
        raise ValidationError(field, f"“{s}”被 Excel 变成了科学计数法,请把该列设为“文本”后重新填写完整号码")
    if len(number) == 15 and set(number) <= _DIGITS:
        raise ValidationError(field, "这是 15 位的旧身份证号,请填写 18 位的新身份证号")
    if len(number) != 18:
        raise ValidationError(field, f"应为 18 位,现在是 {len(number)} 位")
    if (reason := _shape_error(number)) is not None:
        raise ValidationError(field, reason)
    if number[:2] not in PROVINCE_CODES:
        raise ValidationError(field, f"前两位“{number[:2]}”不是有效的省级行政区划代码")
    try:
        birth = ric.get_birth_date(number)
    except (stdnum_exc.ValidationError, ValueError):
        raise ValidationError(field, f"第 7–14 位的出生日期“{number[6:14]}”不是真实的日期") from None
    if birth > (today or date.today()):
        raise ValidationError(field, f"第 7–14 位的出生日期 {birth:%Y-%m-%d} 晚于今天")
    if birth.year < 1900:
        raise ValidationError(field, f"第 7–14 位的出生日期 {birth:%Y-%m-%d} 早于 1900 年")
    expected = ric.calc_check_digit(number)
    if number[17] != expected:
        raise ValidationError(
            field, f"校验位错误:按前 17 位,最后一位应为“{expected}”,而不是“{number[17]}”(请逐位核对)"
        )
    sex = "1" if int(number[16]) % 2 == 1 else "2"
    return ResidentId(number=number, birth_date=birth, sex=sex, area_code=number[:6])


def check_student_number(s: str, id_number: str | None = None, field: str = "全国学籍号") -> str:
    """``G`` + valid resident ID (equal to ``id_number`` if given); ``L``/``J`` + ID-shaped number."""
    number = normalize_id_number(s)
    if not number:
        raise ValidationError(field, "不能为空")
    if len(number) == 18 and _ID_SHAPE.fullmatch(number):
        raise ValidationError(field, "缺少开头的字母:正式学籍号为 G + 18 位身份证号")
    letter, rest = number[0], number[1:]
    if letter not in "GLJ":
        raise ValidationError(
            field, f"应以 G(身份证号)、L(临时学籍号)或 J(无可用身份证号)开头,而不是“{letter}”"
        )
    if len(rest) != 18:
        raise ValidationError(field, f"字母 {letter} 后应有 18 位,现在是 {len(rest)} 位")
    if letter == "G":
        try:
            check_resident_id(rest, field)
        except ValidationError as exc:
            raise ValidationError(field, f"G 后的身份证号{exc.reason}") from None
        if id_number and normalize_id_number(id_number) != rest:
            raise ValidationError(
                field, f"与身份证件号不符:G 字头学籍号的后 18 位应为 {normalize_id_number(id_number)}"
            )
    elif (reason := _shape_error(rest)) is not None:
        raise ValidationError(field, f"字母 {letter} 后的号码{reason}")
    return letter + rest


def _phone_digits(s: str) -> str:
    """Blanks, dashes and brackets removed; Excel's ".0" and a +86/0086 prefix dropped."""
    text = re.sub(r"[\s\-()]", "", _halfwidth(s))
    if text.endswith(".0") and text[:-2] and set(text[:-2]) <= _DIGITS:
        text = text[:-2]
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            return text[len(prefix):]
    return text


def _digits_only(text: str, original: str, field: str) -> None:
    if not text:
        raise ValidationError(field, "不能为空")
    bad = next((c for c in text if c not in _DIGITS), None)
    if bad is not None:
        raise ValidationError(field, f"“{original}”含有非数字字符“{bad}”")


def check_mobile(s: str, field: str = "手机号码") -> str:
    """A mainland mobile number, returned as 11 digits."""
    text = _phone_digits(s)
    _digits_only(text, s, field)
    if len(text) != 11:
        raise ValidationError(field, f"手机号应为 11 位,“{s}”是 {len(text)} 位")
    if not _MOBILE.fullmatch(text):
        raise ValidationError(field, f"手机号应以 13–19 开头,“{s}”以 {text[:2]} 开头")
    return text


def check_phone(s: str, field: str = "联系电话") -> str:
    """A mobile (11 digits) or a fixed line with area code, returned as ``0916-2212345``."""
    text = _phone_digits(s)
    _digits_only(text, s, field)
    if text.startswith("1"):
        return check_mobile(text, field)
    if not text.startswith("0"):
        raise ValidationError(
            field, f"“{s}”应为 11 位手机号,或带区号的座机号码(如 0916-2212345);座机请加区号"
        )
    area_len = 3 if text[1] in "12" else 4  # 010 and 02x are three digits, the rest four
    area, local = text[:area_len], text[area_len:]
    if not 7 <= len(local) <= 8:
        raise ValidationError(
            field, f"座机号码在区号 {area} 之后应有 7–8 位,“{s}”有 {len(local)} 位"
        )
    if local[0] in "01":
        raise ValidationError(field, f"座机号码(区号 {area} 之后)不能以 {local[0]} 开头")
    return f"{area}-{local}"


def check_id_against_fields(rid: ResidentId, sex: str | None, birth_date: date | None) -> None:
    """Raise naming 性别 or 出生日期 when the entered value disagrees with the ID."""
    if sex in _SEX_WORD and sex != rid.sex:
        parity = "奇数" if rid.sex == "1" else "偶数"
        raise ValidationError("性别", f"与身份证号不符:身份证号表明为{_SEX_WORD[rid.sex]}(第17位为{parity})")
    if birth_date is not None and birth_date != rid.birth_date:
        raise ValidationError(
            "出生日期", f"与身份证号不符:身份证号表明出生日期为 {rid.birth_date:%Y-%m-%d}(第7–14位)"
        )


def check_document(doc_type: str, number: str, sex: str | None, birth_date: date | None,
                   field: str = "身份证件号") -> str:
    """Normalised document number; resident IDs (type "1") are fully checked and cross-checked."""
    if doc_type not in DOC_TYPE:
        raise ValidationError("身份证件类型", f"未知的证件类型“{doc_type}”")
    if doc_type == "1":
        rid = check_resident_id(number, field)
        check_id_against_fields(rid, sex, birth_date)
        return rid.number
    text = " ".join(_halfwidth(number).split()).upper()
    if not text:
        raise ValidationError(field, "不能为空")
    if len(text) > 30:
        raise ValidationError(field, f"不能超过 30 个字符,现在是 {len(text)} 个")
    if not text.isprintable():
        raise ValidationError(field, "含有不可见的控制字符")
    return text


def check_school_code(s: str, field: str = "学校标识码") -> str:
    """10-digit school identity code."""
    text = _halfwidth(s).strip()
    if not re.fullmatch(r"[0-9]{10}", text):
        raise ValidationError(field, f"应为 10 位数字,“{text}”不符合")
    return text


def check_county_code(s: str, field: str = "县区代码") -> str:
    """6-digit GB/T 2260 county-level code."""
    text = _halfwidth(s).strip()
    if not re.fullmatch(r"[0-9]{6}", text):
        raise ValidationError(field, f"应为 6 位数字(GB/T 2260),“{text}”不符合")
    if text[:2] not in PROVINCE_CODES:
        raise ValidationError(field, f"前两位“{text[:2]}”不是有效的省级行政区划代码")
    if text.endswith("00"):
        raise ValidationError(field, f"{text} 是省或地市的代码,请填写县(区)的 6 位代码")
    return text


def sample_resident_id(area_code: str, birth_date: date, seq: int, sex: str | None = None) -> str:
    """A valid resident ID for demo data and tests; ``sex`` ("1"/"2") adjusts ``seq``'s parity."""
    if not re.fullmatch(r"\d{6}", area_code):
        raise ValueError(f"area_code must be 6 digits, got {area_code!r}")
    if not 0 <= seq <= 999:
        raise ValueError(f"seq must be 0–999, got {seq}")
    if sex not in (None, "1", "2"):
        raise ValueError(f"sex must be '1' or '2', got {sex!r}")
    if sex is not None and (seq % 2 == 1) != (sex == "1"):
        seq = seq + 1 if seq < 999 else seq - 1
    body = f"{area_code}{birth_date:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum ignores the placeholder last digit
