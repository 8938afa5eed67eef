"""National code tables (GB/T 2261.1, GB/T 3304, JY/T 1001 …) and our own stable keys.

Each table maps a code to its Chinese label, in the official order. Where no
national code exists (status, disability type, guardian relation) the keys are
our own and never change.
"""

from __future__ import annotations

from app.errors import ValidationError

SEX_ALL: dict[str, str] = {"0": "未知的性别", "1": "男", "2": "女", "9": "未说明的性别"}
SEX: dict[str, str] = {"1": "男", "2": "女"}

_NATIONS = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
ETHNICITY: dict[str, str] = {f"{i:02d}": name + "族" for i, name in enumerate(_NATIONS, start=1)}
ETHNICITY.update({"97": "其他", "98": "外国血统中国籍人士"})

DOC_TYPE: dict[str, str] = {
    "1": "居民身份证",
    "6": "香港特区护照/身份证明",
    "7": "澳门特区护照/身份证明",
    "8": "台湾居民来往大陆通行证",
    "9": "境外永久居住证",
    "A": "护照",
    "Z": "其他",
}

HEALTH: dict[str, str] = {"10": "健康或良好", "20": "一般或较弱", "30": "有慢性病", "40": "有生理缺陷", "50": "残疾"}
HUKOU: dict[str, str] = {"1": "农业户口", "2": "非农业户口"}
LEFT_BEHIND: dict[str, str] = {"0": "非留守儿童", "1": "单亲外出务工", "2": "双亲外出务工"}
BOARDING: dict[str, str] = {"1": "走读", "2": "住校"}

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
CHANGE_FORBIDDEN_IN_COMPULSORY = frozenset({"24", "25"})

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
ON_ROLL_STATUSES = frozenset({"in_school"})

GRADES: dict[int, str] = {1: "一年级", 2: "二年级", 3: "三年级", 4: "四年级", 5: "五年级", 6: "六年级",
                          7: "七年级", 8: "八年级", 9: "九年级"}
_GRADE_ALIASES = {"初一": 7, "初二": 8, "初三": 9}


def grade_stage(level: int) -> str:
    return "primary" if level <= 6 else "junior"


def parse_grade(value, field_label: str = "年级") -> int:
    """``3``, ``"3"``, ``"三年级"`` or ``"初一"`` → grade level 1–9."""
    text = str(value).strip()
    if text.endswith(".0"):
        text = text[:-2]
    if text.isdigit() and int(text) in GRADES:
        return int(text)
    for level, label in GRADES.items():
        if text == label:
            return level
    if text in _GRADE_ALIASES:
        return _GRADE_ALIASES[text]
    raise ValidationError(field_label, f"无法识别的年级“{text}”(应为 1–9 或 一年级…九年级)")


_TABLE_NAMES = {id(ETHNICITY): "民族", id(SEX): "性别", id(SEX_ALL): "性别", id(DOC_TYPE): "身份证件类型"}


def lookup(table: dict, value, field_label: str) -> str:
    """Accept a code or its Chinese label (汉 for 汉族, 男 for 1) and return the code."""
    text = "" if value is None else str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if text in table:
        return text
    if table is ETHNICITY and text.isdigit() and len(text) == 1:
        text = "0" + text
        if text in table:
            return text
    upper = text.upper()
    if upper in table:
        return upper
    for code, label in table.items():
        if text == label or (label.endswith("族") and text == label[:-1]) or text in label.split("/"):
            return code
    kind = _TABLE_NAMES.get(id(table), "")
    raise ValidationError(field_label, f"未知的{kind}代码或名称“{text}”" if kind else f"无法识别的值“{text}”")


_YES = {"是", "1", "y", "yes", "true", "有", "√", "✓"}
_NO = {"否", "0", "n", "no", "false", "无", ""}


def yes_no(value, field_label: str) -> bool:
    text = "" if value is None else str(value).strip().lower()
    if text.endswith(".0"):
        text = text[:-2]
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(field_label, f"应填“是”或“否”,而不是“{value}”")
