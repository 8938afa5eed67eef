"""National code tables (code → Chinese label) and helpers to read them from user input.

Plain Python only: no Qt, no database. Table order is display order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import TypeVar

from app.errors import ValidationError
from app.messages import FieldName, label_table

K = TypeVar("K", str, int)

# GB/T 2261.1 sex
SEX_ALL: dict[str, str] = {"0": "未知的性别", "1": "男", "2": "女", "9": "未说明的性别"}
SEX: dict[str, str] = {"1": "男", "2": "女"}

# GB/T 3304 ethnicity, official order
_ETHNIC_NAMES = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
    "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
ETHNICITY: dict[str, str] = {f"{i:02d}": f"{name}族" for i, name in enumerate(_ETHNIC_NAMES, start=1)}
ETHNICITY["97"] = "其他"
ETHNICITY["98"] = "外国血统中国籍人士"

DOC_TYPE: dict[str, str] = {
    "1": "居民身份证",
    "6": "香港特区护照/身份证明",
    "7": "澳门特区护照/身份证明",
    "8": "台湾居民来往大陆通行证",
    "9": "境外永久居住证",
    "A": "护照",
    "Z": "其他",
}

HEALTH: dict[str, str] = {
    "10": "健康或良好",
    "20": "一般或较弱",
    "30": "有慢性病",
    "40": "有生理缺陷",
    "50": "残疾",
}

HUKOU: dict[str, str] = {"1": "农业户口", "2": "非农业户口"}

LEFT_BEHIND: dict[str, str] = {"0": "非留守儿童", "1": "单亲外出务工", "2": "双亲外出务工"}

# The household's poverty status (2024): 脱贫户 and 防返贫监测对象 succeed 建档立卡 (domain.md §10).
HOUSEHOLD: dict[str, str] = {"": "无", "tuopin": "脱贫户", "monitor": "防返贫监测户"}

BOARDING: dict[str, str] = {"1": "走读", "2": "住校"}

# Own stable keys: the national numeric codes are unverified.
DISABILITY: dict[str, str] = {
    "vision": "视力残疾",
    "hearing": "听力残疾",
    "speech": "言语残疾",
    "physical": "肢体残疾",
    "intellectual": "智力残疾",
    "mental": "精神残疾",
    "multiple": "多重残疾",
    "other": "其他残疾",
}

RELATION: dict[str, str] = {
    "father": "父亲",
    "mother": "母亲",
    "grandfather_p": "祖父",
    "grandmother_p": "祖母",
    "grandfather_m": "外祖父",
    "grandmother_m": "外祖母",
    "brother": "兄/弟",
    "sister": "姐/妹",
    "relative": "其他亲属",
    "other": "其他",
}

# JY/T 1001 student change codes
CHANGE: dict[str, str] = {
    "11": "入学",
    "12": "复学",
    "13": "转入",
    "21": "毕业",
    "22": "结业",
    "23": "休学",
    "24": "退学",
    "25": "开除",
    "26": "死亡",
    "27": "转出",
    "28": "辍学",
}
CHANGE_FORBIDDEN_IN_COMPULSORY: frozenset[str] = frozenset({"24", "25"})

STATUS: dict[str, str] = {
    "in_school": "在校",
    "suspended": "休学",
    "transferred_out": "已转出",
    "borrow_out": "借读外出",
    "dropout": "辍学",
    "deceased": "死亡",
    "graduated": "毕业",
    "completed": "结业",
}
ON_ROLL_STATUSES: frozenset[str] = frozenset({"in_school"})

GRADES: dict[int, str] = {
    i: f"{cn}年级" for i, cn in enumerate("一二三四五六七八九", start=1)
}

# Extra spellings seen in rosters, per table (checked by identity, not equality).
_EXTRA_ALIASES: tuple[tuple[Mapping, dict[str, object]], ...] = (
    (SEX, {"男性": "1", "女性": "2", "M": "1", "F": "2"}),
    (SEX_ALL, {"男性": "1", "女性": "2"}),
    (DOC_TYPE, {"身份证": "1", "二代身份证": "1"}),
    (GRADES, {"初一": 7, "初二": 8, "初三": 9,
              **{f"小学{cn}年级": i for i, cn in enumerate("一二三四五六", start=1)},
              **{f"初中{cn}年级": i for i, cn in enumerate("一二三", start=7)}}),
    # the national student-status system's labels (domain.md §11)
    (LEFT_BEHIND, {"单亲留守儿童": "1", "双亲留守儿童": "2", "非留守": "0", "否": "0"}),
    (HOUSEHOLD, {"脱贫家庭": "tuopin", "脱贫人口": "tuopin", "防返贫监测": "monitor", "防返贫监测对象": "monitor",
                 "监测户": "monitor", "否": ""}),
    (BOARDING, {"住宿": "2", "寄宿": "2"}),
    (RELATION, {"爸爸": "father", "妈妈": "mother", "爷爷": "grandfather_p", "奶奶": "grandmother_p",
                "外公": "grandfather_m", "外婆": "grandmother_m", "姥爷": "grandfather_m",
                "姥姥": "grandmother_m", "哥哥": "brother", "弟弟": "brother", "姐姐": "sister",
                "妹妹": "sister", "兄弟": "brother", "姐妹": "sister", "其他亲属关系": "relative"}),
)

def _clean(value: object) -> str:
    """Full-width to half-width, surrounding blanks removed."""
    return unicodedata.normalize("NFKC", str(value)).strip()


_ALIAS_CACHE: dict[int, tuple[Mapping, dict]] = {}


def _aliases(table: Mapping[K, str]) -> dict[str, K]:
    """Every accepted spelling → code; spellings shared by two codes are dropped.

    The code tables are module constants, so the result is kept per table (a roster
    import looks up a dozen codes per row).
    """
    cached = _ALIAS_CACHE.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    result = _build_aliases(table)
    _ALIAS_CACHE[id(table)] = (table, result)
    return result


def _build_aliases(table: Mapping[K, str]) -> dict[str, K]:
    found: dict[str, set[K]] = {}

    def add(text: str, code: K) -> None:
        if text:
            found.setdefault(text.upper(), set()).add(code)

    for code, label in table.items():
        add(str(code), code)
        add(label, code)
        if label.endswith("族") and len(label) > 1:
            add(label[:-1], code)
        for sep in ("/", "或"):
            if sep in label:
                for part in label.split(sep):
                    add(part, code)
    for extra_table, extras in _EXTRA_ALIASES:
        if extra_table is table:
            for text, code in extras.items():
                add(text, code)  # type: ignore[arg-type]
    # a label part must never shadow a real code or label
    exact = {str(c).upper() for c in table} | {v.upper() for v in table.values()}
    out: dict[str, K] = {}
    for text, codes in found.items():
        if len(codes) == 1:
            out[text] = next(iter(codes))
        elif text in exact:
            out[text] = next(c for c in codes if str(c).upper() == text or table[c].upper() == text)
    return out


def lookup(table: Mapping[K, str], value: object, field_label: str) -> K:
    """Code for `value`, given as the code or the Chinese label (e.g. "汉"/"汉族"/"01"/"1" → "01")."""
    if isinstance(value, int) and not isinstance(value, bool) and value in table:
        return value  # type: ignore[return-value]
    text = _clean(value if value is not None else "")
    if not text:
        raise ValidationError(field_label, "common.cannot_empty")
    if text in table:
        return text  # type: ignore[return-value]
    aliases = _aliases(table)
    key = text.upper()
    if key in aliases:
        return aliases[key]
    if table is ETHNICITY and text.isdigit() and len(text) == 1:
        return f"0{text}"  # type: ignore[return-value]
    if table is GRADES and text.isdigit() and int(text) in GRADES:
        return int(text)  # type: ignore[return-value]
    raise ValidationError(field_label, "codes.unknown_code_name", field_label=FieldName(field_label), text=text)


_CODE_LABEL = re.compile(r"([0-9A-Za-z]{1,3})\s*[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]\s*(\S.*)")


def split_code_label(value: object) -> tuple[str | None, str]:
    """The national system writes values as ``代码-名称`` (``1-男``, ``01-汉族``) or the name alone.

    Returns (code or None, name), full-width characters and blanks normalised:
    ``" 01 － 汉族 "`` → ("01", "汉族"), ``"汉族"`` → (None, "汉族")."""
    text = _clean("" if value is None else value)
    text = text.replace("\u3000", " ").strip()
    m = _CODE_LABEL.fullmatch(text)
    if m:
        return m.group(1).upper(), re.sub(r"\s+", "", m.group(2))
    return None, text


def lookup_coded(table: Mapping[K, str], value: object, field_label: str, *, trust_code: bool = True) -> K:
    """:func:`lookup` that also reads ``代码-名称``: both parts must name the same entry.

    With ``trust_code=False`` (tables whose national numbers are unverified, e.g. disability
    type or family relation) only the name decides."""
    code, name = split_code_label(value)
    if code is None:
        return lookup(table, name, field_label)
    by_name = lookup(table, name, field_label)
    if not trust_code:
        return by_name
    by_code = lookup(table, code, field_label)
    if by_code != by_name:
        raise ValidationError(field_label, "codes.code_does_not_match_name",
                                           code=code,
                                           table=table[by_code],
                                           name=name)
    return by_name


def yes_no_coded(value: object, field_label: str) -> bool:
    """:func:`yes_no` that also reads ``0-否`` / ``1-是``."""
    if not isinstance(value, str):
        return yes_no(value, field_label)
    code, name = split_code_label(value)
    if code is None:
        return yes_no(name, field_label)
    result = yes_no(name, field_label)
    if code in ("0", "1") and (code == "1") != result:
        raise ValidationError(field_label, "codes.code_does_not_match_name_2", code=code, name=name)
    return result


_YES = {"是", "1", "Y", "YES", "TRUE", "T", "√"}
_NO = {"否", "0", "N", "NO", "FALSE", "F", "", "×"}


def yes_no(value: object, field_label: str) -> bool:
    """是/否, 1/0, Y/N, true/false; empty means 否."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):  # Excel gives 1.0 for a cell typed 1
        return bool(value)
    text = _clean(value)
    if text in ("1.0", "0.0"):
        text = text[0]
    if text.upper() in _YES:
        return True
    if text.upper() in _NO:
        return False
    raise ValidationError(field_label, "codes.should_yes_no_not", text=text)


def grade_stage(level: int) -> str:
    """"primary" for grades 1–6, "junior" for 7–9."""
    if level in GRADES:
        return "primary" if level <= 6 else "junior"
    raise ValidationError("年级", "codes.must_1_9_not", level=level)

for _name, _table in (("status", STATUS), ("sex", SEX_ALL), ("relation", RELATION), ("disability", DISABILITY),
                      ("doc_type", DOC_TYPE), ("hukou", HUKOU), ("health", HEALTH), ("boarding", BOARDING),
                      ("ethnicity", ETHNICITY), ("left_behind", LEFT_BEHIND), ("grade", GRADES), ("change", CHANGE)):
    label_table(_name, _table)  # the stored codes' labels, by their names in labels.tsv (app.messages.table_label)
