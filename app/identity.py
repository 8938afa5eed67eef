"""Identity checks: resident ID (GB 11643), 学籍号, phone numbers, school and county codes.

The resident ID's check digit and birth date come from python-stdnum
(``stdnum.cn.ric``), not hand-rolled code. Every failure raises
:class:`ValidationError` naming the field and the reason in Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from stdnum import exceptions as stdnum_exc
from stdnum.cn import ric

from app.codes import DOC_TYPE, SEX
from app.errors import ValidationError


def _halfwidth(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


def normalize_id_number(s: str) -> str:
    """Strip spaces, turn full-width characters half-width, upper-case the check letter."""
    return re.sub(r"[\s\-]", "", _halfwidth(str(s))).upper()


@dataclass(frozen=True)
class ResidentId:
    number: str
    birth_date: date
    sex: str  # "1" male, "2" female (17th digit odd = male)
    area_code: str


def check_resident_id(s: str, field: str = "身份证件号", *, today: date | None = None) -> ResidentId:
    number = normalize_id_number(s)
    if not number:
        raise ValidationError(field, "不能为空")
    if len(number) == 15 and number.isdigit():
        raise ValidationError(field, "这是旧的 15 位身份证号,请填写 18 位的新号码")
    if len(number) != 18:
        raise ValidationError(field, f"应为 18 位,现在是 {len(number)} 位")
    if not re.fullmatch(r"\d{17}[\dX]", number):
        bad = next(c for i, c in enumerate(number) if not (c.isdigit() or (i == 17 and c == "X")))
        raise ValidationError(field, f"含有非法字符“{bad}”(前 17 位必须是数字,最后一位是数字或 X)")
    try:
        birth = ric.get_birth_date(number)
    except (stdnum_exc.ValidationError, ValueError):
        raise ValidationError(field, f"第 7–14 位的出生日期 {number[6:14]} 不是真实的日期") from None
    if birth > (today or date.today()):
        raise ValidationError(field, f"出生日期 {birth} 晚于今天")
    if birth.year < 1900:
        raise ValidationError(field, f"出生日期 {birth} 不合理")
    expected = ric.calc_check_digit(number)
    if number[17] != expected:
        raise ValidationError(field, f"校验位错误:最后一位应为 {expected},而不是 {number[17]}(请核对每一位数字)")
    try:
        ric.validate(number)
    except stdnum_exc.ValidationError as exc:  # pragma: no cover - covered by the checks above
        raise ValidationError(field, f"无效:{exc.message}") from None
    sex = "1" if int(number[16]) % 2 == 1 else "2"
    return ResidentId(number=number, birth_date=birth, sex=sex, area_code=number[:6])


_ID_SHAPE = re.compile(r"\d{17}[\dX]")


def check_student_number(s: str, id_number: str | None = None, field: str = "全国学籍号") -> str:
    """``G`` + 18-digit resident ID; ``L`` + ID-shaped temporary number; ``J`` + the same shape (no usable ID)."""
    number = normalize_id_number(s)
    if not number:
        raise ValidationError(field, "不能为空")
    letter, rest = number[0], number[1:]
    if letter not in "GLJ":
        raise ValidationError(field, f"应以 G、L 或 J 开头(G+身份证号;L 临时学籍号;J 无身份证号),而不是“{letter}”")
    if len(rest) != 18:
        raise ValidationError(field, f"字母后应有 18 位,现在是 {len(rest)} 位")
    if letter == "G":
        check_resident_id(rest, field)
        if id_number and normalize_id_number(id_number) != rest:
            raise ValidationError(field, "G 字头学籍号的后 18 位必须与身份证件号相同")
    elif not _ID_SHAPE.fullmatch(rest):
        raise ValidationError(field, "字母后应为 17 位数字加一位数字或 X")
    return letter + rest


def _phone_digits(s: str) -> str:
    text = re.sub(r"[\s\-()()]", "", _halfwidth(str(s)))
    if text.endswith(".0") and text[:-2].isdigit():  # Excel turned it into a number
        text = text[:-2]
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text


_MOBILE = re.compile(r"1[3-9]\d{9}")
_FIXED = re.compile(r"0\d{2,3}\d{7,8}")


def check_mobile(s: str, field: str = "手机号码") -> str:
    text = _phone_digits(s)
    if not text:
        raise ValidationError(field, "不能为空")
    if not text.isdigit():
        raise ValidationError(field, f"“{s}”含有非数字字符")
    if not _MOBILE.fullmatch(text):
        raise ValidationError(field, f"“{s}”不是有效的手机号(11 位,以 13–19 开头)")
    return text


def check_phone(s: str, field: str = "联系电话") -> str:
    """A mainland mobile, or a fixed line with its area code (0916-1234567)."""
    text = _phone_digits(s)
    if not text:
        raise ValidationError(field, "不能为空")
    if not text.isdigit():
        raise ValidationError(field, f"“{s}”含有非数字字符")
    if _MOBILE.fullmatch(text):
        return text
    if _FIXED.fullmatch(text):
        area_len = 3 if text[:3] in {"010"} or text[1] == "2" else 4
        return f"{text[:area_len]}-{text[area_len:]}"
    raise ValidationError(field, f"“{s}”既不是 11 位手机号,也不是带区号的固定电话")


def check_id_against_fields(rid: ResidentId, sex: str | None, birth_date: date | None) -> None:
    if sex in SEX and sex != rid.sex:
        raise ValidationError(
            "性别", f"与身份证号不符:身份证号表明为{SEX[rid.sex]}(第17位为{'奇数' if rid.sex == '1' else '偶数'})"
        )
    if birth_date is not None and birth_date != rid.birth_date:
        raise ValidationError("出生日期", f"与身份证号不符:身份证号中的出生日期为 {rid.birth_date}")


def check_document(doc_type: str, number: str, sex: str | None, birth_date: date | None) -> str:
    if doc_type not in DOC_TYPE:
        raise ValidationError("身份证件类型", f"未知的证件类型“{doc_type}”")
    if doc_type == "1":
        rid = check_resident_id(number)
        check_id_against_fields(rid, sex, birth_date)
        return rid.number
    text = _halfwidth(str(number)).strip()
    if not text:
        raise ValidationError("身份证件号", "不能为空")
    if len(text) > 30 or not text.isprintable():
        raise ValidationError("身份证件号", "最多 30 个可见字符")
    return text.upper()


def check_school_code(s: str) -> str:
    text = _halfwidth(str(s)).strip()
    if not re.fullmatch(r"\d{10}", text):
        raise ValidationError("学校标识码", f"应为 10 位数字,现在是“{text}”")
    return text


def check_county_code(s: str) -> str:
    text = _halfwidth(str(s)).strip()
    if not re.fullmatch(r"\d{6}", text):
        raise ValidationError("县区代码", f"应为 6 位数字(GB/T 2260),现在是“{text}”")
    if text.endswith("00"):
        raise ValidationError("县区代码", f"{text} 是地市或省的代码,请填写县(区)的 6 位代码")
    return text


def sample_resident_id(area_code: str, birth_date: date, seq: int, *, sex: str | None = None) -> str:
    """A VALID resident ID (for the demo and tests): ``seq`` 0–999; ``sex`` sets its parity."""
    seq = int(seq) % 1000
    if sex in ("1", "2"):
        want_odd = sex == "1"
        if (seq % 2 == 1) != want_odd:
            seq = seq + 1 if seq < 999 else seq - 1
    body = f"{area_code}{birth_date:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum expects a placeholder check digit
