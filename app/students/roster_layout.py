"""The roster's columns (学生名册的列): the template's headers, what each is, the header variants recognised.

One table (:data:`COLUMNS`) serves the template, the import and the export, so that re-importing an export
changes nothing. Also the file-level limits and the errors of a roster file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, NamedTuple

from app.codes import BOARDING, DISABILITY, DOC_TYPE, ETHNICITY, HEALTH, HOUSEHOLD, HUKOU, LEFT_BEHIND, RELATION
from app.errors import BaoxueError
from app.fields import FIELDS
from app.messages import DEFAULT_LANG, Message, field_label, msg, render


#: files with more data rows than this are refused before anything is validated
MAX_ROWS = 20000
DATA_SHEET = "学生名册"
HELP_SHEET = "说明"
EXAMPLE_SHEET = "示例"
GUARDIAN_BLOCKS = 3




class RosterFileError(BaoxueError):
    """The file as a whole cannot be used (type, encoding, damage, header, size)."""


class ImportCancelled(BaoxueError):
    """The user pressed Cancel (``progress`` returned False); nothing was changed."""


# --- columns ------------------------------------------------------------------------


class Column(NamedTuple):
    header: str
    attribute: str
    required: bool
    help: str


def choices(table: dict, *, with_codes: bool = True) -> str:
    if with_codes:
        return "、".join(f"{label}({code})" for code, label in table.items())
    return "、".join(str(label) for label in table.values())


_YES_NO_HELP = "填“是”或“否”(也可填 1/0);不填为“否”"

_STUDENT_COLUMNS: list[Column] = [
    Column("姓名", "name", True, f"学生姓名,最多 {FIELDS['student.name'].max_length} 个字"),
    Column("性别", "sex", True, "男 或 女(也可填 1 或 2)"),
    Column("出生日期", "birth_date", True, "格式 YYYY-MM-DD,如 2017-03-05;也可写 2017/03/05、20170305 或 Excel 日期"),
    Column("民族", "ethnicity", False, "民族名称或两位代码,如 汉族、汉、01;不填为汉族"),
    Column("身份证件类型", "id_doc_type", False, f"可填:{choices(DOC_TYPE)};不填为居民身份证"),
    Column("身份证件号", "id_number", False,
           "18 位居民身份证号(末位可为 X)。请把该列设为“文本”格式,否则 Excel 会把后几位变成 0"),
    Column("全国学籍号", "student_number", True,
           "G + 18 位身份证号;临时学籍号以 L 开头;没有可用身份证号的以 J 开头。"
           "还没有在全国学籍系统注册的新生可以不填(显示为“待注册学籍”),但这一列不能删除"),
    Column("年级", "grade_level", False, "1–9 或 一年级…九年级(初一/初二/初三也可);不填时取班级的年级"),
    Column("班级", "class_name", True, "如 三年级(2)班;文件中出现的新班级会自动新建"),
    Column("入学日期", "enrolled_on", False, "格式同出生日期,也可只写年月(如 2023-09、202309);新学生不填时为导入当天"),
    Column("户口性质", "hukou", False, f"可填:{choices(HUKOU)};不填为农业户口"),
    Column("健康状况", "health", False, f"可填:{choices(HEALTH)};不填为健康或良好"),
    Column("就读方式", "boarding", False, "走读 或 住校(也可填 1 或 2);不填为走读"),
    Column("家庭住址", "address", False,
           f"家庭详细住址(全国学籍系统的“现住址”),最多 {FIELDS['student.address'].max_length} 个字"),
    Column("联系电话", "phone", False, "家庭联系电话:11 位手机号或带区号的座机;请设为“文本”格式"),
    Column("乡镇", "township", False, f"户籍或居住所在乡镇,最多 {FIELDS['student.township'].max_length} 个字"),
    Column("村", "village", False, f"所在村(社区),家访和统计时使用,最多 {FIELDS['student.village'].max_length} 个字"),
    Column("建档立卡贫困户", "poor_household", False, "原建档立卡贫困户(历史名称):" + _YES_NO_HELP),
    Column("脱贫户或监测户", "household_status", False,
           f"可填:{choices(HOUSEHOLD, with_codes=False)};不填为无(2024 年起取代建档立卡)"),
    Column("留守儿童", "left_behind", False, f"可填:{choices(LEFT_BEHIND)};不填或填“否”为非留守儿童"),
    Column("随迁子女", "migrant_child", False, _YES_NO_HELP),
    Column("学习困难", "learning_difficulty", False, _YES_NO_HELP),
    Column("残疾类型", "disability_type", False, f"可填:{choices(DISABILITY, with_codes=False)};不填或填“无”为无残疾"),
    Column("随班就读", "inclusive_class", False, "残疾儿童在普通班随班就读:" + _YES_NO_HELP),
    Column("孤儿", "orphan", False, _YES_NO_HELP),
    Column("服刑人员子女", "prisoner_child", False, _YES_NO_HELP),
    Column("家庭经济困难", "economic_hardship", False, _YES_NO_HELP),
    Column("烈士子女", "martyr_child", False, "烈士或优抚子女:" + _YES_NO_HELP),
    Column("独生子女", "only_child", False, _YES_NO_HELP),
    Column("事实无人抚养儿童", "de_facto_unsupported", False, _YES_NO_HELP),
    Column("困境儿童", "hardship_child", False, _YES_NO_HELP),
    Column("涉案未成年人", "case_involved", False, _YES_NO_HELP),
]

_GUARDIAN_FIELDS: list[tuple[str, str, str]] = [
    ("姓名", "name", "监护人姓名;整组不填表示没有这位监护人"),
    ("关系", "relation", f"与学生的关系,可填:{choices(RELATION, with_codes=False)}"),
    ("电话", "phone", "11 位手机号,或带区号的座机(如 0916-2212345);请设为“文本”格式"),
    ("是否同住", "lives_with_child", "孩子是否与该监护人同住:" + _YES_NO_HELP),
    ("是否外出务工", "works_away", "该监护人是否外出务工:" + _YES_NO_HELP),
    ("务工地点", "work_place", f"外出务工的地点,如 广东省东莞市;最多 {FIELDS['guardian.work_place'].max_length} 个字"),
    ("是否监护人", "is_guardian", "这位家庭成员是不是法定监护人:填“是”或“否”;不填为“是”"),
]

COLUMNS: list[Column] = _STUDENT_COLUMNS + [
    Column(f"监护人{n}{label}", f"guardian{n}.{attr}", False, help_text)
    for n in range(1, GUARDIAN_BLOCKS + 1)
    for label, attr, help_text in _GUARDIAN_FIELDS
]

INDEX = {c.header: i for i, c in enumerate(COLUMNS)}
BY_ATTR = {c.attribute: c for c in COLUMNS}
HEADER_ALIASES = {
    # the national student-status system's export (全国中小学生学籍信息管理系统, 学生基本信息; domain.md §11)
    "入学年月": "入学日期",
    "现住址": "家庭住址",
    "家庭现住址": "家庭住址",
    "家庭住址电话": "联系电话",
    "是否留守儿童": "留守儿童",
    "是否进城务工人员随迁子女": "随迁子女",
    "进城务工人员随迁子女": "随迁子女",
    "是否孤儿": "孤儿",
    "是否烈士或优抚子女": "烈士子女",
    "烈士或优抚子女": "烈士子女",
    "残疾人类型": "残疾类型",
    "是否随班就读": "随班就读",
    "是否独生子女": "独生子女",
    "是否建档立卡贫困户": "建档立卡贫困户",
    "是否事实无人抚养儿童": "事实无人抚养儿童",
    "是否困境儿童": "困境儿童",
    "是否涉案未成年人": "涉案未成年人",
    "脱贫户/防返贫监测": "脱贫户或监测户",
    "脱贫户/监测户": "脱贫户或监测户",
    "是否脱贫户": "脱贫户或监测户",
    "身份证号": "身份证件号",
    "身份证号码": "身份证件号",
    "证件号码": "身份证件号",
    "证件类型": "身份证件类型",
    "学籍号": "全国学籍号",
    "班级名称": "班级",
    "户口类别": "户口性质",
    "是否住校": "就读方式",
}
# 成员N… (family members) of the national file are guardian blocks
for _n in range(1, GUARDIAN_BLOCKS + 1):
    for _national, _ours in (("姓名", "姓名"), ("关系", "关系"), ("与本人关系", "关系"), ("联系电话", "电话"),
                             ("电话", "电话"), ("是否监护人", "是否监护人")):
        HEADER_ALIASES[f"成员{_n}{_national}"] = f"监护人{_n}{_ours}"
        HEADER_ALIASES[f"家庭成员{_n}{_national}"] = f"监护人{_n}{_ours}"
#: columns of the national file that are recognised but deliberately not imported, with the reason:
#: the preview lists them (nothing is dropped silently); any other column the program does not know stops the
#: import until the user says what it is (a template column, or "do not import"), see :func:`_collect`
_NOT_KEPT = msg("roster.not_kept")
KNOWN_IGNORED = {
    "学校标识码": msg("roster.ignored_school_id"),
    "学校名称": msg("roster.ignored_school_name"),
    "学校代码": msg("roster.ignored_school_code"),
    "序号": msg("roster.ignored_row_number"),
    "学号": msg("roster.ignored_school_number"),
    "班内学号": msg("roster.ignored_class_number"),
    "学籍辅号": msg("roster.ignored_provincial_number"),
    "学籍状态": msg("roster.ignored_status"),
    "备注": msg("roster.ignored_notes"),
    "家庭地址": msg("roster.ignored_home_address"),
    "通信地址": msg("roster.ignored_postal_address"),
    **{h: _NOT_KEPT for h in (
        "曾用名", "出生地", "出生地行政区划", "籍贯", "国籍/地区", "国籍", "港澳台侨外", "政治面貌", "身份证件有效期",
        "户口所在地", "户口所在地行政区划", "特长", "入学方式", "学生来源", "邮政编码", "电子信箱", "主页地址",
        "是否受过学前教育", "是否由政府购买学位", "是否需要申请资助", "是否享受一补", "上下学距离", "上下学方式",
        "是否需要乘坐校车", "血型", "照片", "英文姓名", "姓名拼音", "学段", "年级名称", "入学年份", "毕业学校")},
}
MEMBER_RE = re.compile(r"(?:家庭)?成员(\d+)(.*)")
TEXT_FORMAT_ATTRS = {"id_number", "student_number", "phone"} | {
    f"guardian{n}.phone" for n in range(1, GUARDIAN_BLOCKS + 1)}
DATE_ATTRS = {"birth_date", "enrolled_on"}
BOOL_ATTRS = {"poor_household", "migrant_child", "learning_difficulty", "orphan", "prisoner_child",
               "economic_hardship", "martyr_child", "only_child", "de_facto_unsupported", "hardship_child",
               "case_involved", "lives_with_child", "works_away", "is_guardian"}
GUARDIAN_BOOLS = {"lives_with_child", "works_away", "is_guardian"}
# code columns: attribute → table; empty cell → default for a new student, current value for an update
DEFAULTED_CODES = {"ethnicity": ETHNICITY, "id_doc_type": DOC_TYPE, "hukou": HUKOU, "health": HEALTH,
                    "boarding": BOARDING}
KEEP_WHEN_EMPTY = set(DEFAULTED_CODES) | {"enrolled_on"}
TEXT_ATTRS = {"name", "sex", "id_number", "address", "township", "village", "phone"}
NONE_WORDS = {"", "无", "否", "没有", "0"}

#: the refusals of numbers Excel stored as numbers (codes of the message catalog)
EXCEL_ID_MESSAGE = "roster.excel_id_as_number"
EXCEL_PHONE_MESSAGE = "roster.excel_phone_scientific"
SCIENTIFIC = re.compile(r"[+-]?\d+(\.\d+)?[eE][+-]?\d+")


def header_key(value: Any) -> str:
    """A header as compared: full-width to half-width, no blanks, no trailing ``*`` (before the aliases)."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value))
    return re.sub(r"\s+", "", text).rstrip("*")


def norm_header(value: Any) -> str:
    text = header_key(value)
    return HEADER_ALIASES.get(text, text)


def header_signature(keys: Iterable[str]) -> str:
    """What identifies a layout of file (the header row, column by column): the mapping memory's key."""
    import hashlib

    return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()




@dataclass(frozen=True)
class RowError:
    """One problem in one cell: ``row`` is the spreadsheet row number (the header is row 1)."""

    row: int
    column: str  # the template's column (its Chinese header: the file's), or the file's own header
    value: str
    said: Message  # why, as a code of the catalog and its parameters (rendered in the user's language)

    @property
    def reason(self) -> str:
        """Why, in Chinese."""
        return self.reason_in(DEFAULT_LANG)

    def reason_in(self, lang: str = DEFAULT_LANG) -> str:
        return self.said.in_language(lang)

    def column_in(self, lang: str = DEFAULT_LANG) -> str:
        """The column as shown in ``lang`` (a template column by its label; a header of the file as it is)."""
        return field_label(self.column, lang)

    def in_language(self, lang: str = DEFAULT_LANG) -> str:
        return render("roster.row_error", {"row": self.row, "column": self.column_in(lang),
                                           "value": msg("roster.quoted", value=self.value) if self.value
                                           else msg("roster.empty"), "reason": self.said}, lang)

    def __str__(self) -> str:
        return self.in_language(DEFAULT_LANG)
