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
from app.messages import Message, msg

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


def _shape_error(number: str) -> Message | None:
    """Why an 18-character number is not 17 digits + digit/X, or None."""
    for i, c in enumerate(number[:17], start=1):
        if c not in _DIGITS:
            return msg("identity.not_a_digit_at", i=i, c=c)
    if not (number[17] in _DIGITS or number[17] == "X"):
        return msg("identity.last_digit_or_x", last=number[17])
    return None


def check_resident_id(s: str, field: str = "身份证件号", *, today: date | None = None) -> ResidentId:
    """Check an 18-digit resident ID: length, characters, province, birth date, check digit."""
    number = normalize_id_number(s)
    if not number:
        raise ValidationError(field, "common.cannot_empty")
    if _EXCEL_NUMBER.fullmatch(number):
        raise ValidationError(field, "identity.turned_into_scientific_notation_excel", s=s)
    if len(number) == 15 and set(number) <= _DIGITS:
        raise ValidationError(field, "identity.old_15_digit_id_number")
    if len(number) != 18:
        raise ValidationError(field, "identity.must_18_characters", number_count=len(number))
    if (reason := _shape_error(number)) is not None:
        raise ValidationError(field, reason)
    if number[:2] not in PROVINCE_CODES:
        raise ValidationError(field, "identity.first_two_digits_not_valid", number=number[:2])
    try:
        birth = ric.get_birth_date(number)
    except (stdnum_exc.ValidationError, ValueError):
        raise ValidationError(field, "identity.date_birth_digits_7_14_3", number=number[6:14]) from None
    if birth > (today or date.today()):
        raise ValidationError(field, "identity.date_birth_digits_7_14", birth=birth)
    if birth.year < 1900:
        raise ValidationError(field, "identity.date_birth_digits_7_14_2", birth=birth)
    expected = ric.calc_check_digit(number)
    if number[17] != expected:
        raise ValidationError(
            field, "identity.wrong_check_digit_first_17", expected=expected, number=number[17]
        )
    sex = "1" if int(number[16]) % 2 == 1 else "2"
    return ResidentId(number=number, birth_date=birth, sex=sex, area_code=number[:6])


def check_student_number(s: str, id_number: str | None = None, field: str = "全国学籍号") -> str:
    """``G`` + valid resident ID (equal to ``id_number`` if given); ``L``/``J`` + ID-shaped number."""
    number = normalize_id_number(s)
    if not number:
        raise ValidationError(field, "common.cannot_empty")
    if len(number) == 18 and _ID_SHAPE.fullmatch(number):
        raise ValidationError(field, "identity.letter_start_missing_regular_student")
    letter, rest = number[0], number[1:]
    if letter not in "GLJ":
        raise ValidationError(
            field, "identity.must_start_g_id_number", letter=letter
        )
    if len(rest) != 18:
        raise ValidationError(field, "identity.letter_must_followed_18_characters",
                                     letter=letter,
                                     rest_count=len(rest))
    if letter == "G":
        try:
            check_resident_id(rest, field)
        except ValidationError as exc:
            raise ValidationError(field, "identity.id_number_after_g", reason=exc.why) from None
        if id_number and normalize_id_number(id_number) != rest:
            raise ValidationError(
                field, "identity.does_not_match_identity_document",
                       normalize_id_number=normalize_id_number(id_number)
            )
    elif (reason := _shape_error(rest)) is not None:
        raise ValidationError(field, "identity.number_after_letter", letter=letter, reason=reason)
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
        raise ValidationError(field, "common.cannot_empty")
    bad = next((c for c in text if c not in _DIGITS), None)
    if bad is not None:
        raise ValidationError(field, "identity.holds_character_not_digit", original=original, bad=bad)


def check_mobile(s: str, field: str = "手机号码") -> str:
    """A mainland mobile number, returned as 11 digits."""
    text = _phone_digits(s)
    _digits_only(text, s, field)
    if len(text) != 11:
        raise ValidationError(field, "identity.mobile_number_has_11_digits", s=s, text_count=len(text))
    if not _MOBILE.fullmatch(text):
        raise ValidationError(field, "identity.mobile_number_starts_13_19", s=s, text=text[:2])
    return text


def check_phone(s: str, field: str = "联系电话") -> str:
    """A mobile (11 digits) or a fixed line with area code, returned as ``0916-2212345``."""
    text = _phone_digits(s)
    _digits_only(text, s, field)
    if text.startswith("1"):
        return check_mobile(text, field)
    if not text.startswith("0"):
        raise ValidationError(
            field, "identity.should_11_digit_mobile_number", s=s
        )
    area_len = 3 if text[1] in "12" else 4  # 010 and 02x are three digits, the rest four
    area, local = text[:area_len], text[area_len:]
    if not 7 <= len(local) <= 8:
        raise ValidationError(
            field, "identity.landline_number_has_7_8", area=area, s=s, local_count=len(local)
        )
    if local[0] in "01":
        raise ValidationError(field, "identity.landline_number_cannot_start_after", area=area, local=local[0])
    return f"{area}-{local}"


def check_id_against_fields(rid: ResidentId, sex: str | None, birth_date: date | None) -> None:
    """Raise naming 性别 or 出生日期 when the entered value disagrees with the ID."""
    if sex in _SEX_WORD and sex != rid.sex:
        parity = "奇数" if rid.sex == "1" else "偶数"
        raise ValidationError("性别", "identity.does_not_match_id_number", sex_word=_SEX_WORD[rid.sex], parity=parity)
    if birth_date is not None and birth_date != rid.birth_date:
        raise ValidationError(
            "出生日期", "identity.does_not_match_id_number_2", birth_date=rid.birth_date
        )


def check_document(doc_type: str, number: str, sex: str | None, birth_date: date | None,
                   field: str = "身份证件号") -> str:
    """Normalised document number; resident IDs (type "1") are fully checked and cross-checked."""
    if doc_type not in DOC_TYPE:
        raise ValidationError("身份证件类型", "identity.unknown_kind_identity_document", doc_type=doc_type)
    if doc_type == "1":
        rid = check_resident_id(number, field)
        check_id_against_fields(rid, sex, birth_date)
        return rid.number
    text = " ".join(_halfwidth(number).split()).upper()
    if not text:
        raise ValidationError(field, "common.cannot_empty")
    if len(text) > 30:
        raise ValidationError(field, "identity.cannot_longer_than_30_characters", text_count=len(text))
    if not text.isprintable():
        raise ValidationError(field, "identity.holds_invisible_control_characters")
    return text


def check_school_code(s: str, field: str = "学校标识码") -> str:
    """10-digit school identity code."""
    text = _halfwidth(s).strip()
    if not re.fullmatch(r"[0-9]{10}", text):
        raise ValidationError(field, "identity.must_10_digits_not", text=text)
    return text


def check_county_code(s: str, field: str = "县区代码") -> str:
    """6-digit GB/T 2260 county-level code."""
    text = _halfwidth(s).strip()
    if not re.fullmatch(r"[0-9]{6}", text):
        raise ValidationError(field, "identity.must_6_digits_gb_t", text=text)
    if text[:2] not in PROVINCE_CODES:
        raise ValidationError(field, "identity.first_two_digits_not_valid_2", text=text[:2])
    if text.endswith("00"):
        raise ValidationError(field, "identity.code_province_prefecture_fill_6", text=text)
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
