"""Roster import and export (学生名册导入/导出): .xlsx and .csv files with Chinese headers.

Import is two steps, so the window can show a preview and the registrar decides:

1. :func:`plan_import` reads the file, turns every row into a :class:`StudentInput`
   through the code tables, validates it with the same rules as the edit dialog
   (:func:`app.students.check_input` and :func:`app.students.check_against_db`)
   and returns an :class:`ImportPlan` listing EVERY error with its row and column.
   It writes nothing.
2. :func:`apply_import` writes a plan without errors: new classes, new students
   (status change 11, audit entry each), changed students (audit entry with
   before/after each) and one ``roster.import`` summary entry, all in the
   caller's transaction, so either the whole file lands or nothing does.

:func:`import_roster` does both in one transaction.

Matching: a row whose 身份证件号 belongs to a student already on file updates that
student; without an ID number on the row, the 全国学籍号 decides. A row whose ID
number is new but whose 学籍号 belongs to a student who has *no* ID number on file
also updates that student (it fills in the missing ID).

Update semantics (so that a partial file never wipes data):

- a column missing from the file keeps the student's current value;
- an empty cell in 民族 / 身份证件类型 / 户口性质 / 健康状况 / 就读方式 / 入学日期
  keeps the current value (the defaults are for new students);
- an empty cell anywhere else means "none / 否 / empty" and is written;
- a guardian block (监护人N…) missing from the file keeps guardian N; a block
  present but empty removes guardian N;
- 年级 left empty: the class's grade, except that a student who stays in the
  same class keeps a grade that class teaches (mixed-grade classes);
- 备注 (notes) and the student's status are never touched by an import.

Export writes exactly the template's columns with labels rather than codes, so
re-importing an export changes nothing.
"""

from __future__ import annotations

import csv
import logging
import os
import re
import tempfile
import unicodedata
import zipfile
from struct import error as struct_error
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from sqlalchemy import insert
from sqlmodel import Session, col, select

from app import audit, roster_columns
from app.accounts import Actor, can_edit_class, require
from app.codes import (
    BOARDING,
    DISABILITY,
    DOC_TYPE,
    ETHNICITY,
    GRADES,
    HEALTH,
    HOUSEHOLD,
    HUKOU,
    LEFT_BEHIND,
    RELATION,
    SEX,
    lookup,
    lookup_coded,
    split_code_label,
    yes_no,
    yes_no_coded,
)
from app.data.db import core
from app.data.models import Guardian, SchoolClass, StatusChange, Student
from app.errors import BaoxueError, ValidationError
from app.field_check import refuse_export
from app.fields import FIELDS, ROSTER_FIELDS
from app.identity import normalize_id_number, sample_resident_id
from app.school import create_class, normalize_class_name, parse_class_name, standard_class_name
from app.spreadsheets import (
    SpreadsheetRefused,
    check_file_size,
    check_xlsx,
    limited_lines,
    limited_rows,
    put,
    unsendable_character,
)
from app.students import (  # the same field rules as create/update_student
    STUDENT_FIELDS,
    GuardianInput,
    StudentInput,
    apply_input,
    check_against_db,
    check_input,
    student_number_warning,
)

log = logging.getLogger(__name__)

__all__ = [
    "COLUMNS",
    "MAX_ROWS",
    "Column",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "NewClass",
    "PlannedStudent",
    "RosterFileError",
    "RowError",
    "apply_import",
    "export_roster",
    "import_roster",
    "plan_import",
    "write_template",
]

#: files with more data rows than this are refused before anything is validated
MAX_ROWS = 20000
DATA_SHEET = "学生名册"
HELP_SHEET = "说明"
EXAMPLE_SHEET = "示例"
GUARDIAN_BLOCKS = 3

ProgressFn = Callable[[int, int], "bool | None"]


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


def _choices(table: dict, *, with_codes: bool = True) -> str:
    if with_codes:
        return "、".join(f"{label}({code})" for code, label in table.items())
    return "、".join(str(label) for label in table.values())


_YES_NO_HELP = "填“是”或“否”(也可填 1/0);不填为“否”"

_STUDENT_COLUMNS: list[Column] = [
    Column("姓名", "name", True, f"学生姓名,最多 {FIELDS['student.name'].max_length} 个字"),
    Column("性别", "sex", True, "男 或 女(也可填 1 或 2)"),
    Column("出生日期", "birth_date", True, "格式 YYYY-MM-DD,如 2017-03-05;也可写 2017/03/05、20170305 或 Excel 日期"),
    Column("民族", "ethnicity", False, "民族名称或两位代码,如 汉族、汉、01;不填为汉族"),
    Column("身份证件类型", "id_doc_type", False, f"可填:{_choices(DOC_TYPE)};不填为居民身份证"),
    Column("身份证件号", "id_number", False,
           "18 位居民身份证号(末位可为 X)。请把该列设为“文本”格式,否则 Excel 会把后几位变成 0"),
    Column("全国学籍号", "student_number", True,
           "G + 18 位身份证号;临时学籍号以 L 开头;没有可用身份证号的以 J 开头。"
           "还没有在全国学籍系统注册的新生可以不填(显示为“待注册学籍”),但这一列不能删除"),
    Column("年级", "grade_level", False, "1–9 或 一年级…九年级(初一/初二/初三也可);不填时取班级的年级"),
    Column("班级", "class_name", True, "如 三年级(2)班;文件中出现的新班级会自动新建"),
    Column("入学日期", "enrolled_on", False, "格式同出生日期,也可只写年月(如 2023-09、202309);新学生不填时为导入当天"),
    Column("户口性质", "hukou", False, f"可填:{_choices(HUKOU)};不填为农业户口"),
    Column("健康状况", "health", False, f"可填:{_choices(HEALTH)};不填为健康或良好"),
    Column("就读方式", "boarding", False, "走读 或 住校(也可填 1 或 2);不填为走读"),
    Column("家庭住址", "address", False,
           f"家庭详细住址(全国学籍系统的“现住址”),最多 {FIELDS['student.address'].max_length} 个字"),
    Column("联系电话", "phone", False, "家庭联系电话:11 位手机号或带区号的座机;请设为“文本”格式"),
    Column("乡镇", "township", False, f"户籍或居住所在乡镇,最多 {FIELDS['student.township'].max_length} 个字"),
    Column("村", "village", False, f"所在村(社区),家访和统计时使用,最多 {FIELDS['student.village'].max_length} 个字"),
    Column("建档立卡贫困户", "poor_household", False, "原建档立卡贫困户(历史名称):" + _YES_NO_HELP),
    Column("脱贫户或监测户", "household_status", False,
           f"可填:{_choices(HOUSEHOLD, with_codes=False)};不填为无(2024 年起取代建档立卡)"),
    Column("留守儿童", "left_behind", False, f"可填:{_choices(LEFT_BEHIND)};不填或填“否”为非留守儿童"),
    Column("随迁子女", "migrant_child", False, _YES_NO_HELP),
    Column("学习困难", "learning_difficulty", False, _YES_NO_HELP),
    Column("残疾类型", "disability_type", False, f"可填:{_choices(DISABILITY, with_codes=False)};不填或填“无”为无残疾"),
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
    ("关系", "relation", f"与学生的关系,可填:{_choices(RELATION, with_codes=False)}"),
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

_INDEX = {c.header: i for i, c in enumerate(COLUMNS)}
_BY_ATTR = {c.attribute: c for c in COLUMNS}
_HEADER_ALIASES = {
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
        _HEADER_ALIASES[f"成员{_n}{_national}"] = f"监护人{_n}{_ours}"
        _HEADER_ALIASES[f"家庭成员{_n}{_national}"] = f"监护人{_n}{_ours}"
#: columns of the national file that are recognised but deliberately not imported, with the reason:
#: the preview lists them (nothing is dropped silently); any other column the program does not know stops the
#: import until the user says what it is (a template column, or "do not import"), see :func:`_collect`
_NOT_KEPT = "本程序不保存这一项"
_KNOWN_IGNORED = {
    "学校标识码": "本校的标识码,每行相同,不需要导入",
    "学校名称": "本校名称,不需要导入",
    "学校代码": "本校的代码,每行相同,不需要导入",
    "序号": "只是本文件内的行号;学生以身份证件号和全国学籍号识别",
    "学号": "只是本校的编号;学生以身份证件号和全国学籍号识别",
    "班内学号": "只是班内的编号;学生以身份证件号和全国学籍号识别",
    "学籍辅号": "各省的辅助编号;本程序以全国学籍号识别学生",
    "学籍状态": "学籍状态由学籍变动(转学、休学等)办理,导入不改变",
    "备注": "学生的备注只在本程序中填写,导入不改动",
    "家庭地址": "已用“现住址”作为家庭住址;文件中没有“现住址”时,请把这一列对应到“家庭住址”",
    "通信地址": "已用“现住址”作为家庭住址",
    **{h: _NOT_KEPT for h in (
        "曾用名", "出生地", "出生地行政区划", "籍贯", "国籍/地区", "国籍", "港澳台侨外", "政治面貌", "身份证件有效期",
        "户口所在地", "户口所在地行政区划", "特长", "入学方式", "学生来源", "邮政编码", "电子信箱", "主页地址",
        "是否受过学前教育", "是否由政府购买学位", "是否需要申请资助", "是否享受一补", "上下学距离", "上下学方式",
        "是否需要乘坐校车", "血型", "照片", "英文姓名", "姓名拼音", "学段", "年级名称", "入学年份", "毕业学校")},
}
_MEMBER_RE = re.compile(r"(?:家庭)?成员(\d+)(.*)")
_TEXT_FORMAT_ATTRS = {"id_number", "student_number", "phone"} | {
    f"guardian{n}.phone" for n in range(1, GUARDIAN_BLOCKS + 1)}
_DATE_ATTRS = {"birth_date", "enrolled_on"}
_BOOL_ATTRS = {"poor_household", "migrant_child", "learning_difficulty", "orphan", "prisoner_child",
               "economic_hardship", "martyr_child", "only_child", "de_facto_unsupported", "hardship_child",
               "case_involved", "lives_with_child", "works_away", "is_guardian"}
_GUARDIAN_BOOLS = {"lives_with_child", "works_away", "is_guardian"}
# code columns: attribute → table; empty cell → default for a new student, current value for an update
_DEFAULTED_CODES = {"ethnicity": ETHNICITY, "id_doc_type": DOC_TYPE, "hukou": HUKOU, "health": HEALTH,
                    "boarding": BOARDING}
_KEEP_WHEN_EMPTY = set(_DEFAULTED_CODES) | {"enrolled_on"}
_TEXT_ATTRS = {"name", "sex", "id_number", "address", "township", "village", "phone"}
_NONE_WORDS = {"", "无", "否", "没有", "0"}

_EXCEL_ID_MESSAGE = "身份证件号被 Excel 存成了数字,请把该列设为文本格式后重新填写"
_EXCEL_PHONE_MESSAGE = "电话号码被 Excel 存成了科学计数法,请把该列设为文本格式后重新填写"
_SCIENTIFIC = re.compile(r"[+-]?\d+(\.\d+)?[eE][+-]?\d+")


def _header_key(value: Any) -> str:
    """A header as compared: full-width to half-width, no blanks, no trailing ``*`` (before the aliases)."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value))
    return re.sub(r"\s+", "", text).rstrip("*")


def _norm_header(value: Any) -> str:
    text = _header_key(value)
    return _HEADER_ALIASES.get(text, text)


def header_signature(keys: Iterable[str]) -> str:
    """What identifies a layout of file (the header row, column by column): the mapping memory's key."""
    import hashlib

    return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()


# --- results -------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One problem in one cell: ``row`` is the spreadsheet row number (the header is row 1)."""

    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        shown = f"“{self.value}”" if self.value else "(空)"
        return f"第 {self.row} 行【{self.column}】{shown}:{self.reason}"


@dataclass
class PlannedStudent:
    """A row ready to be written. ``input`` is validated and normalised; ``class_id`` is
    None while the row's class is still to be created (see ``class_name``)."""

    row: int
    input: StudentInput
    class_name: str
    student_id: int | None = None  # None → a new student
    changed: tuple[str, ...] = ()  # for updates: the fields that differ


@dataclass
class NewClass:
    name: str
    grade_level: int | None
    extra_grade_levels: tuple[int, ...] = ()
    rows: list[int] = field(default_factory=list)


@dataclass
class ImportPlan:
    path: Path
    total_rows: int
    creates: list[PlannedStudent] = field(default_factory=list)
    updates: list[PlannedStudent] = field(default_factory=list)
    unchanged: list[PlannedStudent] = field(default_factory=list)
    new_classes: list[NewClass] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    today: date = field(default_factory=date.today)
    #: every column of the file's header: what it maps to, or why it is ignored
    columns: list[ColumnUse] = field(default_factory=list)
    header_row: int = 1
    #: the layout of the header (app.roster_columns remembers the column choices per signature)
    signature: str = ""
    header_keys: tuple[str, ...] = ()
    #: the choices applied that differ from what the program does alone: header key → template column or None
    mapping: dict[str, str | None] = field(default_factory=dict)
    #: "chosen" (given for this import: remembered when it is imported), "remembered" (from an earlier import), ""
    mapping_source: str = ""
    #: True when the mapping was given for this import (the dialog, --map): importing the file remembers it
    mapping_chosen: bool = False

    @property
    def ignored_columns(self) -> list[ColumnUse]:
        return [c for c in self.columns if c.ignored]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def error_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})

    @property
    def summary(self) -> str:
        text = (f"{self.path.name}:共 {self.total_rows} 行,新增 {len(self.creates)} 人,"
                f"修改 {len(self.updates)} 人,无变化 {len(self.unchanged)} 人,新建班级 {len(self.new_classes)} 个")
        if self.errors:
            text += f";{len(self.error_rows)} 行有错误(共 {len(self.errors)} 处),改正前不能导入"
        return text


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    classes_created: int


# --- progress -----------------------------------------------------------------------


class _Progress:
    """Calls ``fn(done, total)`` at most about 100 times; False from it cancels."""

    def __init__(self, fn: ProgressFn | None, total: int):
        self.fn, self.total = fn, total
        self.step = max(1, -(-total // 100))

    def tick(self, done: int) -> None:
        if self.fn is None or (done % self.step and done != self.total):
            return
        if self.fn(done, self.total) is False:
            raise ImportCancelled("已取消导入,没有做任何修改。")


# --- reading files -------------------------------------------------------------------


#: where a column's use comes from (shown in the preview)
SOURCES = {
    "template": "模板列",
    "variant": "认得的列名(全国学籍系统或常见写法)",
    "chosen": "本次选择",
    "remembered": "按上次的选择",
    "not_kept": "不导入",
    "unknown": "不认识的列",
}


@dataclass(frozen=True)
class ColumnUse:
    """One column of the file's header and what the import does with it."""

    letter: str  # A, B, …
    header: str  # as written in the file
    target: str | None  # the template column it fills (e.g. 监护人1电话), None = not imported
    note: str = ""  # why it is not imported
    key: str = ""  # the header as compared (see _header_key): what a mapping names
    source: str = "template"  # a key of SOURCES
    #: what the program would do on its own (before the user's or the remembered choice)
    automatic: str | None = None

    @property
    def ignored(self) -> bool:
        return self.target is None

    @property
    def unknown(self) -> bool:
        """Not known and not decided: the import waits for the user's choice."""
        return self.source == "unknown"

    def __str__(self) -> str:
        if self.unknown:
            return f"第 {self.letter} 列【{self.header}】:不认识的列,请选择它对应的模板列或“不导入”"
        if self.target is None:
            return f"第 {self.letter} 列【{self.header}】:不导入({self.note})"
        shown = "" if self.target == self.header else f" → {self.target}"
        return f"第 {self.letter} 列【{self.header}】{shown}"


@dataclass
class _Sheet:
    header_row: int
    present: frozenset[int]  # indexes into COLUMNS found in the header
    rows: list[tuple[int, tuple]]  # (spreadsheet row, values aligned to COLUMNS)
    warnings: list[str]
    columns: list[ColumnUse] = field(default_factory=list)
    #: problems of the header itself (unknown column, a required column missing, two columns for one)
    header_errors: list[RowError] = field(default_factory=list)
    #: the rows cannot be checked until the header is right (a required column missing, two columns for one)
    blocking: bool = False
    signature: str = ""
    keys: tuple[str, ...] = ()
    #: the user's or remembered choices that differ from what the program does on its own: key → target or None
    mapping: dict[str, str | None] = field(default_factory=dict)
    mapping_source: str = ""  # "chosen" | "remembered" | ""


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip(" \t\r\n\u3000\ufeff\u200b"))


def _automatic(key: str) -> tuple[str | None, str, str]:
    """What the program does with a header on its own: (template column or None, source, note)."""
    h = _HEADER_ALIASES.get(key, key)
    if h in _INDEX:
        return h, ("template" if h == key else "variant"), ""
    reason = _ignored_reason(h)
    return None, ("unknown" if reason is None else "not_kept"), reason or ""


def _collect(name: str, rows: Iterable[tuple[int, tuple]], *, mapping: dict[str, str | None] | None = None,
             remembered: dict[str, dict[str, str | None]] | None = None) -> _Sheet:
    """Find the header, map the columns, keep the non-empty data rows (at most MAX_ROWS).

    ``mapping`` (header key → template column, or None for "do not import") is the user's choice for this
    file; without it, the choice remembered for the same header (``remembered``: signature → mapping) applies.
    """
    chosen = {_header_key(k): v for k, v in (mapping or {}).items()} if mapping is not None else None
    buffered: list[tuple[int, tuple]] = []
    it = iter(rows)
    header: tuple[int, tuple] | None = None
    for rownum, values in it:
        if all(_is_blank(v) for v in values):
            continue
        known = sum(1 for v in values if _norm_header(v) in _INDEX or (chosen and _header_key(v) in chosen))
        if known >= 2:
            header = (rownum, values)
            break
        buffered.append((rownum, values))
        if len(buffered) >= 20:
            break
    if header is None:
        if not buffered:
            raise RosterFileError(f"文件 {name} 是空的,没有表头也没有数据。请使用“下载模板”得到的表格填写。")
        header = buffered[0]
        # the rows after it were data rows of a file with an unusual header
        it = _chain(buffered[1:], it)
    header_row, header_values = header
    cells = [(pos, raw, _header_key(raw)) for pos, raw in enumerate(header_values)]
    while cells and not cells[-1][2]:
        cells.pop()
    keys = tuple(k for _p, _r, k in cells)
    signature = header_signature(keys)
    source = "chosen"
    if chosen is None:
        chosen, source = dict((remembered or {}).get(signature, {})), "remembered"

    mapping_used: dict[str, str | None] = {}
    mapping_cols: dict[int, int] = {}  # file column → COLUMNS index
    seen: dict[int, int] = {}
    uses: list[ColumnUse] = []
    errors: list[RowError] = []
    blocking = False
    for pos, raw, key in cells:
        if not key:
            continue
        letter, shown = _col_letter(pos), str(raw).strip()
        auto, auto_source, note = _automatic(key)
        target, how = auto, auto_source
        if key in chosen and (chosen[key] != auto or auto_source == "unknown"):
            target, how = chosen[key], source
            if target is not None and _norm_header(target) not in _INDEX:
                errors.append(RowError(header_row, shown, "", f"所选的“{target}”不是模板中的列"))
                target = None
            else:
                target = _norm_header(target) if target is not None else None
                mapping_used[key] = target
                note = "您选择了不导入这一列" if source == "chosen" else "上次导入时选择了不导入这一列"
        uses.append(ColumnUse(letter, shown, target, note if target is None else "", key, how, auto))
        if how == "unknown":
            errors.append(RowError(header_row, shown, "",
                                   f"第 {letter} 列是不认识的列:请在预览的“文件中的列”里选择它对应的模板列,或选择"
                                   f"“不导入”(命令行:--map “{key}=模板列名” 或 --map “{key}=”)"))
            continue
        if target is None:
            continue
        idx = _INDEX[target]
        if idx in seen:
            errors.append(RowError(header_row, shown, "",
                                   f"第 {_col_letter(seen[idx])} 列和第 {letter} 列都对应到“{target}”:请删除多余的一列,"
                                   f"或把其中一列改为“不导入”"))
            blocking = True
            continue
        seen[idx] = pos
        mapping_cols[pos] = idx
    for i, c in enumerate(COLUMNS):
        if c.required and i not in seen:
            errors.append(RowError(header_row, c.header, "",
                                   f"缺少必填列:{c.header}。请在第 {header_row} 行的表头中加上这一列(可先“下载模板”对照列名);"
                                   f"如果文件中这一列的列名写法不同,请在预览中把那一列对应到“{c.header}”"))
            blocking = True
    warnings = []
    not_kept = [u for u in uses if u.ignored and not u.unknown]
    if not_kept:
        warnings.append("以下列不导入:" + "、".join(f"{u.header}({u.note})" for u in not_kept))

    data: list[tuple[int, tuple]] = []
    width = len(COLUMNS)
    for rownum, values in it:
        out = [None] * width
        empty = True
        for pos, idx in mapping_cols.items():
            if pos < len(values):
                v = values[pos]
                if not _is_blank(v):
                    out[idx] = v
                    empty = False
        if empty:
            continue
        if len(data) >= MAX_ROWS:
            raise RosterFileError(
                f"文件 {name} 的数据太多:至少有 {len(data) + 1} 行学生数据,一次最多导入 {MAX_ROWS} 行。"
                f"请按年级或班级拆成几个文件分别导入。")
        data.append((rownum, tuple(out)))
    return _Sheet(header_row, frozenset(seen), data, warnings, uses, errors, blocking, signature, keys,
                  mapping_used, source if mapping_used else "")


def _ignored_reason(header: str) -> str | None:
    """Why a known column of the national file is not imported; None for a column the program does not know."""
    if header in _KNOWN_IGNORED:
        return _KNOWN_IGNORED[header]
    m = _MEMBER_RE.fullmatch(header)
    if m:
        if int(m.group(1)) > GUARDIAN_BLOCKS:
            return f"最多导入 {GUARDIAN_BLOCKS} 名家庭成员"
        return "本程序不保存家庭成员的这一项"
    return None


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _col_letter(pos: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(pos + 1)


_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _head(path: Path, n: int = 8) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(n)


def _read_xlsx(path: Path, **how) -> _Sheet:
    from openpyxl import load_workbook

    name = path.name
    head = _head(path)
    if head.startswith(_OLE_MAGIC):
        return _read_xls(path, **how)  # an old .xls renamed to .xlsx (or a password-protected workbook)
    if not head.startswith(_ZIP_MAGIC) or not zipfile.is_zipfile(path):
        raise RosterFileError(
            f"文件 {name} 不是有效的 .xlsx 文件(可能已损坏、没有复制完整,或其实是别的格式改了扩展名)。"
            f"请用 Excel 打开原表格,重新“另存为”.xlsx 后再导入。")
    wb = None
    try:
        check_xlsx(path, name)  # a zip bomb is refused before anything is unpacked
        wb = load_workbook(path, read_only=True, data_only=True)
        ws = wb[DATA_SHEET] if DATA_SHEET in wb.sheetnames else wb.worksheets[0]
        ws.reset_dimensions()  # some programs write a wrong <dimension>; read every row
        return _collect(name, limited_rows(name, enumerate(ws.iter_rows(values_only=True), start=1)), **how)
    except (BaoxueError, PermissionError, FileNotFoundError):
        raise
    except Exception as exc:  # zip/XML/deflate errors of a damaged file surface here, even mid-way
        raise RosterFileError(
            f"文件 {name} 已损坏或不是完整的 .xlsx 文件,无法读取({_damage(exc)})。"
            f"请用 Excel 打开原表格,重新“另存为”.xlsx 后再导入。") from exc
    finally:
        if wb is not None:
            wb.close()


def _damage(exc: BaseException) -> str:
    """What is wrong with a damaged file, in plain words (never the library's exception)."""
    if isinstance(exc, (zipfile.BadZipFile, EOFError)) or type(exc).__module__.startswith(("zlib", "zipfile")):
        return "压缩的数据不完整或校验不符"
    if isinstance(exc, KeyError):
        return "缺少 Excel 文件必需的部分"
    if isinstance(exc, MemoryError):
        return "内容太多,内存不够"
    if "xml" in type(exc).__module__.lower() or "xml" in type(exc).__name__.lower() or "Parse" in type(exc).__name__:
        return "表格的内容不完整或格式不对"
    if isinstance(exc, (struct_error, IndexError, ValueError, TypeError, AssertionError)):
        return "文件结构不对"
    return "内容无法识别"


def _xls_cell(cell, datemode: int) -> Any:
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            value = xlrd.xldate.xldate_as_datetime(cell.value, datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return cell.value
        return value.date() if value.time() == datetime.min.time() else value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERROR")
    if cell.ctype == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
        return int(cell.value) if abs(cell.value) < 1e15 else cell.value
    return cell.value


def _read_xls(path: Path, **how) -> _Sheet:
    """The old Excel format (BIFF, .xls) the national student-status system exports, read with xlrd."""
    import xlrd

    name = path.name
    head = _head(path)
    if head.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, **how)  # a .xlsx saved with the old extension
    if not head.startswith(_OLE_MAGIC):
        raise RosterFileError(
            f"文件 {name} 的扩展名是 .xls,但内容不是 Excel 表格(可能是网页或文本文件改了扩展名)。"
            f"请用 Excel 或 WPS 打开后“另存为”Excel 工作簿(.xlsx)再导入。")
    try:
        # ragged rows: a single far-away cell does not pad every row out to its column
        book = xlrd.open_workbook(str(path), on_demand=True, ragged_rows=True)
    except (PermissionError, FileNotFoundError):
        raise
    except Exception as exc:  # xlrd.XLRDError (encrypted, damaged), struct/compdoc errors of a truncated file
        why = "设置了打开密码" if "encrypt" in str(exc).lower() else f"已损坏({_damage(exc)})"
        raise RosterFileError(
            f"文件 {name} 是旧版 Excel(.xls)文件,但{why},无法读取。"
            f"请用 Excel 打开后“另存为”Excel 工作簿(.xlsx,不设密码)再导入。") from exc
    try:
        names = book.sheet_names()
        sheet = book.sheet_by_name(DATA_SHEET) if DATA_SHEET in names else book.sheet_by_index(0)
        mode = book.datemode
        rows = ((r + 1, tuple(_xls_cell(c, mode) for c in sheet.row(r))) for r in range(sheet.nrows))
        return _collect(name, limited_rows(name, rows), **how)
    except BaoxueError:
        raise
    except Exception as exc:
        raise RosterFileError(
            f"文件 {name} 是旧版 Excel(.xls)文件,但已损坏,无法读取({_damage(exc)})。"
            f"请用 Excel 打开后“另存为”Excel 工作簿(.xlsx)再导入。") from exc
    finally:
        book.release_resources()


def _read_csv(path: Path, **how) -> _Sheet:
    name = path.name
    head = _head(path)
    if head.startswith(_ZIP_MAGIC):
        raise RosterFileError(f"文件 {name} 实际上是 Excel(.xlsx)文件,只是扩展名写成了 .csv。请把扩展名改为 .xlsx 后再导入。")
    if head.startswith(_OLE_MAGIC):
        return _read_xls(path, **how)  # an old .xls saved as .csv by name only
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RosterFileError(
            f"文件 {name} 是 UTF-16 编码的“Unicode 文本”,不能导入。请在 Excel 中另存为“CSV UTF-8(逗号分隔)”或 .xlsx。")
    # UTF-8 (with or without BOM) first, then GB18030 (a superset of GBK, as Excel in China saves CSV).
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            with open(path, encoding=encoding, errors="strict", newline="") as fh:
                reader = csv.reader(limited_lines(name, fh))
                try:
                    return _collect(name, limited_rows(name, enumerate(reader, start=1)), **how)
                except csv.Error as exc:
                    raise RosterFileError(
                        f"文件 {name} 第 {reader.line_num} 行{_csv_problem(exc)},不是正常的 CSV 文本文件。"
                        f"请用 Excel 打开后另存为 .xlsx 再导入。") from exc
        except UnicodeDecodeError:
            continue
    raise RosterFileError(
        f"文件 {name} 的文字编码无法识别(既不是 UTF-8,也不是 GBK/GB18030)。"
        f"请用 Excel 打开后另存为“CSV UTF-8(逗号分隔)”或 Excel 工作簿(.xlsx)再导入。")


def _csv_problem(exc: csv.Error) -> str:
    text = str(exc).lower()
    if "nul" in text:
        return "含有空字符(NUL)"
    if "field limit" in text or "larger than" in text:
        return f"有一个单元格超过 {csv.field_size_limit():,} 个字符"
    return "的引号不配对或换行位置不对"


#: the file types the roster import reads
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")


def read_sheet(path: str | os.PathLike, *, mapping: dict[str, str | None] | None = None,
               remembered: dict[str, dict[str, str | None]] | None = None) -> _Sheet:
    """The header and raw data rows of a roster file (no validation); see :func:`_collect` for ``mapping``."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise RosterFileError(
            f"不支持文件 {name} 的类型“{path.suffix or '无扩展名'}”。请导入 Excel 工作簿(.xlsx 或旧版 .xls)"
            f"或 CSV 文件(.csv)。")
    if not path.is_file():
        raise RosterFileError(f"找不到文件 {path}。请确认文件存在(U 盘是否已插好)后重试。")
    how = {"mapping": mapping, "remembered": remembered}
    try:
        check_file_size(path, name)
        if suffix == ".csv":
            return _read_csv(path, **how)
        return _read_xls(path, **how) if suffix == ".xls" else _read_xlsx(path, **how)
    except SpreadsheetRefused as exc:
        raise RosterFileError(str(exc)) from exc
    except PermissionError as exc:
        raise RosterFileError(f"无法打开文件 {name}:没有读取权限,或文件正被其他程序独占。请关闭该文件后重试。") from exc
    except OSError as exc:
        raise RosterFileError(f"无法读取文件 {name}:{exc.strerror or exc}。") from exc


# --- cell values -----------------------------------------------------------------------


def _cell_text(value: Any, number: bool = False) -> str:
    """What the cell shows, as text: 13800138000.0 → "13800138000", dates → ISO.

    ``number``: a column of numbers kept as text (ID, 学籍号, phones), where ``="…"`` and a leading apostrophe
    are the tricks people use to keep them so; elsewhere they are part of the text (a name ``'阿` stays)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip(" \t\r\n\u3000\ufeff\u200b")
    if not number:
        return text
    # tricks people use to keep long numbers as text in a CSV: ="610729…" and a leading apostrophe
    m = _EXCEL_TEXT_FORMULA.fullmatch(text)
    if m:
        return m.group(1).strip()
    if text.startswith("'") and text[1:].isalnum():
        return text[1:]
    return text


_EXCEL_TEXT_FORMULA = re.compile(r'="(.*)"')
_BARE_CLASS_RE = re.compile(r"\(?(\d{1,2})\)?班?")


_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_COMPACT_DATE_RE = re.compile(r"(\d{4})(\d{2})(\d{2})")
# 入学年月 of the national file: 2015-09, 2015/9, 2015.09, 2015年9月, 201509 → the first of the month
_MONTH_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?")
_COMPACT_MONTH_RE = re.compile(r"(\d{4})(\d{2})")


def _parse_date(value: Any, text: str, label: str, *, month_only: bool = False) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not text:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        n = int(value)
        if 10000 <= n <= 80000:  # an Excel serial day number in a cell without date format
            from openpyxl.utils.datetime import from_excel

            return from_excel(n).date()
    norm = unicodedata.normalize("NFKC", text)
    m = _DATE_RE.fullmatch(norm) or _COMPACT_DATE_RE.fullmatch(norm)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ValidationError(label, f"“{text}”不是真实存在的日期") from None
    if month_only:
        m = _MONTH_RE.fullmatch(norm) or _COMPACT_MONTH_RE.fullmatch(norm)
        if m and 1 <= int(m.group(2)) <= 12:
            return date(int(m.group(1)), int(m.group(2)), 1)
        raise ValidationError(label, f"“{text}”不是日期,请写成 YYYY-MM-DD 或 YYYY-MM(如 2023-09)")
    raise ValidationError(label, f"“{text}”不是日期,请写成 YYYY-MM-DD(如 2017-03-05)")


def _accepted(table: dict) -> str:
    if table is ETHNICITY:
        return "民族名称或两位代码,如 汉族、汉、01、01-汉族"
    if table in (DISABILITY, RELATION):
        return _choices(table, with_codes=False)
    return _choices(table)


class _Lookups:
    """``app.codes.lookup_coded`` with a cache: the same few spellings repeat on every row.

    Values may be the code, the name or ``代码-名称`` as the national system writes them; an
    unknown value is refused with the accepted labels."""

    def __init__(self):
        self._cache: dict[tuple[int, str, str], Any] = {}

    def __call__(self, table: dict, text: str, label: str):
        key = (id(table), text, label)
        hit = self._cache.get(key)
        if hit is None:
            try:
                hit = (True, lookup_coded(table, text, label, trust_code=table not in (DISABILITY, RELATION, GRADES)))
            except ValidationError as exc:
                reason = exc.reason
                if reason.startswith("未知的"):
                    reason += f"。可填:{_accepted(table)}"
                hit = (False, ValidationError(exc.field, reason))
            self._cache[key] = hit
        if hit[0]:
            return hit[1]
        raise ValidationError(hit[1].field, hit[1].reason)


def _convert(lk: _Lookups, attr: str, header: str, raw: Any, text: str) -> Any:
    """One cell → the StudentInput value. Raises ValidationError(header, reason)."""
    base = attr.split(".", 1)[1] if attr.startswith("guardian") else attr
    if attr in _DATE_ATTRS:
        return _parse_date(raw, text, header, month_only=attr == "enrolled_on")
    if base == "is_guardian" and not text:
        return True
    if base in _BOOL_ATTRS:
        return yes_no_coded(text, header)
    if attr == "inclusive_class":
        return _inclusive(text, header)
    if attr == "sex":
        return _lookup_required(lk, SEX, text, header)
    if attr in _DEFAULTED_CODES:
        return lk(_DEFAULTED_CODES[attr], text, header) if text else None
    name = split_code_label(text)[1]
    if attr == "left_behind":
        return 0 if text in _NONE_WORDS or name in ("无", "没有") else int(lk(LEFT_BEHIND, text, header))
    if attr == "disability_type":
        return None if text in _NONE_WORDS or name in _NONE_WORDS | {"非残疾", "非残疾人"} else lk(DISABILITY, text, header)
    if attr == "household_status":
        return "" if text in _NONE_WORDS or name in _NONE_WORDS else lk(HOUSEHOLD, text, header)
    if attr == "grade_level":
        return lk(GRADES, text, header) if text else None
    if base == "relation":
        return lk(RELATION, text, header) if text else ""
    if attr == "id_number":
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) and len(str(int(raw))) >= 15:
            raise ValidationError(header, _EXCEL_ID_MESSAGE)
        if _SCIENTIFIC.fullmatch(text):
            raise ValidationError(header, _EXCEL_ID_MESSAGE)
        return text
    if base == "phone":
        if _SCIENTIFIC.fullmatch(text):
            raise ValidationError(header, _EXCEL_PHONE_MESSAGE)
        return text
    return text


def _inclusive(text: str, header: str) -> bool:
    """随班就读: 是/否, or the national labels (``1-视力残疾随班就读``, ``0-非随班就读``)."""
    name = split_code_label(text)[1]
    if name.startswith("非") or name in ("无", "没有"):
        return False
    if name.endswith("随班就读"):
        return True
    return yes_no_coded(text, header)


def _lookup_required(lk: _Lookups, table: dict, text: str, header: str):
    if not text:
        raise ValidationError(header, "不能为空")
    return lk(table, text, header)


# --- planning ------------------------------------------------------------------------


def _grade_levels(c: SchoolClass) -> set[int]:
    return {c.grade_level, *(int(x) for x in c.extra_grade_levels.split(",") if x.strip())}


def _input_of(s: Student, guardians: list[GuardianInput]) -> StudentInput:
    values = {n: getattr(s, n) for n in STUDENT_FIELDS}
    values["id_number"] = values["id_number"] or ""
    return StudentInput(**values, guardians=list(guardians))


def _snapshot(obj: Any, guardians: list[GuardianInput]) -> dict:
    """The same shape as the audit snapshots of app.students (fields + guardians)."""
    snap = audit.snapshot(obj, STUDENT_FIELDS)
    snap["guardians"] = [_fields_of(g) for g in guardians]
    return snap


def _fields_of(g: GuardianInput) -> dict:
    """``asdict(g)`` without its deep copy (the fields are plain values): thousands per import."""
    return dict(vars(g))


def _rows_text(rows: list[int], limit: int = 10) -> str:
    shown = "、".join(str(r) for r in rows[:limit])
    return f"第 {shown} 行" + (f" 等 {len(rows)} 行" if len(rows) > limit else "")


class _Planner:
    def __init__(self, session: Session, actor: Actor, path: Path, today: date):
        self.session, self.actor, self.path, self.today = session, actor, path, today
        self.lk = _Lookups()
        students = session.exec(select(Student)).all()
        self.by_pk = {s.id: s for s in students}
        self.by_id = {s.id_number: s for s in students if s.id_number}
        self.by_sn = {s.student_number: s for s in students if s.student_number}
        self.classes = {c.name: c for c in session.exec(select(SchoolClass)).all()}
        self.guardians: dict[int, list[GuardianInput]] | None = None
        self.seen_id: dict[str, tuple[int, str | None]] = {}
        self.seen_sn: dict[str, int] = {}
        self.seen_carried: dict[str, tuple[int, str]] = {}  # the ID a G 学籍号 carries → (row, 学籍号)
        self.seen_student: dict[int, int] = {}
        self.new_classes: dict[str, NewClass] = {}
        self.new_class_grades: dict[str, Counter] = {}
        self.grade_mismatch: dict[str, list[int]] = {}
        self.not_on_roll: list[int] = []
        self.unregistered: list[int] = []

    def load_guardians(self, student_ids: Iterable[int]) -> None:
        ids = sorted(set(student_ids))
        self.guardians = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            stmt = (select(Guardian).where(col(Guardian.student_id).in_(chunk))
                    .order_by(Guardian.student_id, Guardian.sort_order, Guardian.id))
            for g in self.session.exec(stmt):
                self.guardians[g.student_id].append(
                    GuardianInput(g.name, g.relation, g.phone, g.lives_with_child, g.works_away, g.work_place,
                                  g.is_guardian))

    def match(self, id_text: str, sn_text: str) -> Student | None:
        id_number = normalize_id_number(id_text) if id_text else ""
        sn = normalize_id_number(sn_text) if sn_text else ""
        if id_number:
            found = self.by_id.get(id_number)
            if found is None and sn:
                other = self.by_sn.get(sn)
                if other is not None and not other.id_number:
                    found = other  # fills in the missing ID of a student known by 学籍号 only
            return found
        return self.by_sn.get(sn) if sn else None

    def parse(self, rownum: int, values: tuple, present: frozenset[int]):
        """One row → (fields, texts, errors, bad columns)."""
        fields: dict[str, Any] = {}
        texts: dict[str, str] = {}
        errors: list[RowError] = []
        bad: set[str] = set()
        for idx in present:
            c = COLUMNS[idx]
            raw = values[idx]
            text = _cell_text(raw, c.attribute in _TEXT_FORMAT_ATTRS)
            if c.attribute == "id_number" and isinstance(raw, float) and abs(raw) >= 1e15:
                text = f"{raw:.14E}".replace(".00000000000000E", "E")  # as Excel shows it: 6.10729201703050E+17
            texts[c.header] = text
            try:
                unsendable = unsendable_character(text)
                if unsendable:
                    raise ValidationError(c.header, unsendable)
                fields[c.attribute] = _convert(self.lk, c.attribute, c.header, raw, text)
            except ValidationError as exc:
                errors.append(RowError(rownum, c.header, text, exc.reason))
                bad.add(c.header)
                fields[c.attribute] = None
        return fields, texts, errors, bad

    def build_input(self, fields: dict, texts: dict, present_attrs: set[str], existing: Student | None
                    ) -> tuple[StudentInput, list[int | None]]:
        if existing is not None:
            base = _input_of(existing, self.guardians.get(existing.id, []))
        else:
            base = StudentInput(name="", sex="", birth_date=None, student_number="", class_id=None)
        values: dict[str, Any] = {}
        for attr, value in fields.items():
            if attr.startswith("guardian") or attr in ("class_name", "grade_level"):
                continue
            if value is None and attr in _KEEP_WHEN_EMPTY:
                if existing is None and attr in _DEFAULTED_CODES:
                    values[attr] = getattr(StudentInput, attr)  # the dataclass default
                continue
            if value is None and attr in _TEXT_ATTRS:
                value = ""  # a cell that failed to parse: its error is already listed
            values[attr] = value
        # guardians, block by block
        old = list(base.guardians)
        guardians: list[GuardianInput] = []
        block_of: list[int | None] = []
        for n in range(1, GUARDIAN_BLOCKS + 1):
            attrs = [a for a in present_attrs if a.startswith(f"guardian{n}.")]
            previous = old[n - 1] if n - 1 < len(old) else None
            if not attrs:
                if previous is not None:
                    guardians.append(previous)
                    block_of.append(n)
                continue
            filled = any(texts.get(_BY_ATTR[a].header) for a in attrs)
            if not filled:
                continue
            g = previous or GuardianInput(name="", relation="")
            changes = {}
            for a in attrs:
                key = a.split(".", 1)[1]
                v = fields.get(a)
                if v is None:
                    v = (key == "is_guardian") if key in _BOOL_ATTRS else ""
                changes[key] = v
            guardians.append(replace(g, **changes))
            block_of.append(n)
        for g in old[GUARDIAN_BLOCKS:]:
            guardians.append(g)
            block_of.append(None)
        values["guardians"] = guardians
        values["grade_level"] = fields.get("grade_level")
        return replace(base, **values), block_of

    def same_child(self, errors: list[RowError], rownum: int, clean: StudentInput) -> bool:
        """A G 学籍号 carries the ID number it was issued for: a row whose ID number another row's G number
        carries (or the other way round) is the same child under a different 学籍号."""
        sn = clean.student_number or ""
        carried = sn[1:] if sn.startswith("G") and len(sn) == 19 else ""
        # (the other row, its 学籍号, which row's ID number the G number was issued for)
        other: tuple[int, str | None, str] | None = None
        if clean.id_number and clean.id_number != carried:
            hit = self.seen_carried.get(clean.id_number)
            if hit is not None:
                other = (hit[0], hit[1], f"第 {hit[0]} 行的学籍号 {hit[1]} 是按本行的身份证件号 {clean.id_number} 注册的")
        if other is None and carried and carried != clean.id_number:
            hit = self.seen_id.get(carried)
            if hit is not None:
                other = (hit[0], hit[1], f"本行的学籍号 {sn} 是按第 {hit[0]} 行的身份证件号 {carried} 注册的")
        if carried:
            self.seen_carried.setdefault(carried, (rownum, sn))
        if other is None or other[0] == rownum or other[1] == sn:
            return False
        errors.append(RowError(rownum, "全国学籍号", sn, (
            f"与第 {other[0]} 行是同一个孩子:{other[2]},第 {other[0]} 行的学籍号是 {other[1] or '(空)'},"
            f"本行的却是 {sn or '(空)'};一个孩子只能有一个学籍号,请在全国学籍系统核对后只保留一行")))
        return True

    @staticmethod
    def column_for(fieldname: str, block_of: list[int | None]) -> str:
        m = re.fullmatch(r"监护人(\d+)(.*)", fieldname)
        if m:
            i = int(m.group(1))
            if 1 <= i <= len(block_of) and block_of[i - 1] is not None:
                return f"监护人{block_of[i - 1]}{m.group(2)}"
        return fieldname

    def row(self, plan: ImportPlan, rownum: int, values: tuple, present: frozenset[int]) -> None:
        fields, texts, errors, bad = self.parse(rownum, values, present)
        present_attrs = {COLUMNS[i].attribute for i in present}
        existing = self.match(fields.get("id_number") or "", fields.get("student_number") or "")
        inp, block_of = self.build_input(fields, texts, present_attrs, existing)

        for i, g in enumerate(inp.guardians):
            n = block_of[i]
            if n is not None and g.name.strip() and not g.relation:
                header = f"监护人{n}关系"
                if header not in bad:
                    errors.append(RowError(rownum, header, texts.get(header, ""),
                                           f"不能为空,请填写:{_choices(RELATION, with_codes=False)}"))
                    bad.add(header)

        clean, errs = check_input(inp, today=self.today)
        for e in errs:
            column = self.column_for(e.field, block_of)
            if column in bad:
                continue
            reason = e.reason
            value = texts.get(column, "")
            if column == "身份证件号" and reason.startswith("校验位错误") and clean.id_number.endswith("00"):
                reason += "。如果号码末尾本应不是 0,可能是 Excel 把它存成了数字:请把该列设为文本格式后重新填写"
            errors.append(RowError(rownum, column, value, reason))

        # duplicates within the file
        duplicate = False
        if clean.id_number:
            first, first_sn = self.seen_id.setdefault(clean.id_number, (rownum, clean.student_number))
            if first != rownum:
                duplicate = True
                reason = f"与第 {first} 行重复(同一个身份证件号)"
                if first_sn and clean.student_number and first_sn != clean.student_number:
                    reason = (f"与第 {first} 行是同一个孩子(身份证件号相同),但学籍号不同"
                              f"(第 {first} 行 {first_sn},本行 {clean.student_number});"
                              "一个孩子只能有一个学籍号,请在全国学籍系统核对后只保留一行")
                errors.append(RowError(rownum, "身份证件号", clean.id_number, reason))
        if clean.student_number:
            first = self.seen_sn.setdefault(clean.student_number, rownum)
            if first != rownum:
                duplicate = True
                errors.append(RowError(rownum, "全国学籍号", clean.student_number, f"与第 {first} 行重复(同一个学籍号)"))
        duplicate = duplicate or self.same_child(errors, rownum, clean)
        if existing is not None:
            first = self.seen_student.setdefault(existing.id, rownum)
            if first != rownum and not duplicate:
                errors.append(RowError(rownum, "全国学籍号", texts.get("全国学籍号", ""),
                                       f"与第 {first} 行是同一名学生(“{existing.name}”),请合并为一行"))

        # uniqueness against the database (the prefetched maps tell when the real check is needed)
        sid = existing.id if existing is not None else None
        other_id = self.by_id.get(clean.id_number) if clean.id_number else None
        other_sn = self.by_sn.get(clean.student_number) if clean.student_number else None
        if (other_id is not None and other_id.id != sid) or (other_sn is not None and other_sn.id != sid):
            for e in check_against_db(self.session, clean, student_id=sid):
                if e.field != "班级" and e.field not in bad:
                    errors.append(RowError(rownum, e.field, texts.get(e.field, ""), e.reason))

        # permissions
        if existing is None and not self.actor.has("student.create"):
            errors.append(RowError(rownum, "姓名", texts.get("姓名", ""), "当前用户没有新增学生的权限"))
        if existing is not None and not can_edit_class(self.actor, existing.class_id):
            errors.append(RowError(rownum, "姓名", texts.get("姓名", ""), f"没有权限修改学生“{existing.name}”"))

        # the class
        class_text = texts.get("班级", "")
        m = _BARE_CLASS_RE.fullmatch(unicodedata.normalize("NFKC", class_text))
        if m and clean.grade_level in GRADES:  # the national file: 年级 三年级, 班级 2班 → 三年级(2)班
            class_text = standard_class_name(clean.grade_level, int(m.group(1)))
        class_name = normalize_class_name(class_text) if class_text else ""
        cls = self.classes.get(class_name) or self.classes.get(class_text)
        grade = clean.grade_level
        if not class_text:
            if "班级" not in bad:
                errors.append(RowError(rownum, "班级", "", "不能为空"))
        elif cls is not None:
            class_name = cls.name
            if not cls.active:
                errors.append(RowError(rownum, "班级", class_text,
                                       f"班级“{cls.name}”已撤销;请改填现有班级,或先在班级管理中恢复该班级"))
            elif existing is not None and existing.class_id != cls.id and not can_edit_class(self.actor, cls.id):
                errors.append(RowError(rownum, "班级", class_text, "没有权限把学生调入该班级"))
            if grade is None:
                keep = (existing is not None and existing.class_id == cls.id
                        and existing.grade_level in _grade_levels(cls))
                grade = existing.grade_level if keep else cls.grade_level
            elif grade not in _grade_levels(cls):
                self.grade_mismatch.setdefault(cls.name, []).append(rownum)
        else:
            nc = self.new_classes.get(class_name)
            if nc is None:
                parsed = parse_class_name(class_name)
                nc = self.new_classes[class_name] = NewClass(class_name, parsed[0] if parsed else None)
                self.new_class_grades[class_name] = Counter()
            nc.rows.append(rownum)
            if grade is not None:
                self.new_class_grades[class_name][grade] += 1
            if not self.actor.has("school.manage"):
                errors.append(RowError(rownum, "班级", class_text,
                                       "班级不存在,且当前用户没有新建班级的权限;请改填现有班级"))
        clean = replace(clean, grade_level=grade, class_id=cls.id if cls is not None else None)

        if existing is not None and existing.status != "in_school":
            self.not_on_roll.append(rownum)

        if errors:
            plan.errors.extend(errors)
            return
        sn_warning = student_number_warning(clean)
        if sn_warning:
            plan.warnings.append(f"第 {rownum} 行:{sn_warning}(照常导入)")
        if not clean.student_number:
            self.unregistered.append(rownum)
        planned = PlannedStudent(rownum, clean, class_name, sid)
        if existing is None:
            plan.creates.append(planned)
            return
        if cls is None:
            planned.changed = ("class_id",)
            plan.updates.append(planned)
            return
        before = _snapshot(existing, self.guardians.get(existing.id, []))
        ns = SimpleNamespace(**{n: getattr(existing, n) for n in STUDENT_FIELDS})
        apply_input(ns, clean, cls.grade_level)
        after = _snapshot(ns, clean.guardians)
        planned.changed = tuple(k for k in after if after[k] != before.get(k))
        (plan.updates if planned.changed else plan.unchanged).append(planned)

    def finish(self, plan: ImportPlan) -> None:
        for name, nc in self.new_classes.items():
            grades = self.new_class_grades[name]
            if nc.grade_level is None and grades:
                nc.grade_level = sorted(grades.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            if nc.grade_level is None:
                bad_rows = set(nc.rows)
                plan.creates = [p for p in plan.creates if p.row not in bad_rows]
                plan.updates = [p for p in plan.updates if p.row not in bad_rows]
                for r in nc.rows:
                    plan.errors.append(RowError(
                        r, "班级", name,
                        "无法判断这个新班级的年级:请把班级写成“三年级(2)班”的形式,或填写“年级”列"))
                continue
            nc.extra_grade_levels = tuple(sorted(set(grades) - {nc.grade_level}))
            if nc.extra_grade_levels:
                levels = "、".join(GRADES[g] for g in sorted({nc.grade_level, *nc.extra_grade_levels}))
                plan.warnings.append(f"新班级“{name}”的学生分属{levels},将建为复式班,请核对")
            plan.new_classes.append(nc)
        for name, rows in self.grade_mismatch.items():
            plan.warnings.append(f"班级“{name}”:{_rows_text(rows)}学生的年级与班级的年级不一致,请核对")
        if self.unregistered:
            plan.warnings.append(f"{_rows_text(self.unregistered)}没有全国学籍号,将记为“待注册学籍”;"
                                 "在全国学籍系统注册后请补填")
        if self.not_on_roll:
            plan.warnings.append(f"{_rows_text(self.not_on_roll)}的学生目前不在校(已转出、休学等),"
                                 "导入只更新其资料,不改变学籍状态")
        order = {c.header: i for i, c in enumerate(COLUMNS)}
        plan.errors.sort(key=lambda e: (e.row, order.get(e.column, len(order))))


def plan_import(session: Session, actor: Actor, path: str | os.PathLike, *, today: date | None = None,
                progress: ProgressFn | None = None, mapping: dict[str, str | None] | None = None) -> ImportPlan:
    """Read and check a roster file; returns what an import would do, and every error. Writes nothing.

    ``mapping`` says what some columns of the file are (header → template column, None: not imported),
    overriding what the program recognises; importing the plan remembers it for files with the same header.
    Without it, what was remembered for the file's header applies (app.roster_columns)."""
    require(actor, "roster.import")
    path = Path(path)
    today = today or date.today()
    sheet = read_sheet(path, mapping=mapping, remembered=roster_columns.remembered(session))
    plan = ImportPlan(path=path, total_rows=len(sheet.rows), warnings=list(sheet.warnings), today=today,
                      columns=list(sheet.columns), header_row=sheet.header_row, signature=sheet.signature,
                      header_keys=sheet.keys, mapping=dict(sheet.mapping), mapping_source=sheet.mapping_source,
                      mapping_chosen=mapping is not None)
    plan.errors.extend(sheet.header_errors)
    if sheet.mapping_source == "remembered":
        plan.warnings.append("按上次导入时的选择对应了这些列:" + "、".join(
            f"{k} → {v if v is not None else '不导入'}" for k, v in sheet.mapping.items()))
    if sheet.blocking:
        plan.warnings.append("表头(列)有问题,先改正后才能逐行检查数据")
        return plan
    if not sheet.rows:
        plan.warnings.append(f"文件 {path.name} 的表头下面没有学生数据")
    planner = _Planner(session, actor, path, today)
    matched = []
    id_idx, sn_idx = _INDEX["身份证件号"], _INDEX["全国学籍号"]
    for _, values in sheet.rows:  # guardians of the matched students, in one pass
        found = planner.match(_cell_text(values[id_idx], True), _cell_text(values[sn_idx], True))
        if found is not None:
            matched.append(found.id)
    planner.load_guardians(matched)
    ticker = _Progress(progress, len(sheet.rows))
    for done, (rownum, values) in enumerate(sheet.rows, start=1):
        planner.row(plan, rownum, values, sheet.present)
        ticker.tick(done)
    planner.finish(plan)
    # errors name the column as the file does (成员1联系电话, not the template's 监护人1电话)
    as_in_file = {u.target: u.key for u in sheet.columns if u.target and u.key and u.key != u.target}
    if as_in_file:
        plan.errors = [replace(e, column=as_in_file[e.column]) if e.column in as_in_file else e for e in plan.errors]
    return plan


# --- applying ------------------------------------------------------------------------


def _check_still_valid(session: Session, plan: ImportPlan) -> None:
    """The plan may come from an earlier transaction: make sure nobody took its numbers since."""
    rows = session.exec(select(Student.id, Student.id_number, Student.student_number)).all()
    by_id = {r[1]: r[0] for r in rows if r[1]}
    by_sn = {r[2]: r[0] for r in rows}
    pks = {r[0] for r in rows}
    for p in plan.creates + plan.updates:
        if p.student_id is not None and p.student_id not in pks:
            raise ValidationError("名册", f"第 {p.row} 行要修改的学生已被删除。请重新检查文件后再导入。")
        if (p.input.id_number and by_id.get(p.input.id_number, p.student_id) != p.student_id) or \
                by_sn.get(p.input.student_number, p.student_id) != p.student_id:
            raise ValidationError("名册", f"检查文件之后,第 {p.row} 行的身份证件号或学籍号已被其他学生使用。"
                                          "请重新检查文件后再导入。")


def apply_import(session: Session, actor: Actor, plan: ImportPlan, *,
                 progress: ProgressFn | None = None) -> ImportResult:
    """Write a checked plan in the caller's transaction (the caller commits or rolls back)."""
    require(actor, "roster.import")
    name = plan.path.name
    if not plan.ok:
        raise ValidationError(
            "名册", f"文件 {name} 有 {len(plan.error_rows)} 行存在错误(共 {len(plan.errors)} 处),"
                    f"没有导入任何数据。请改正这些行后重新导入。")
    if plan.creates:
        require(actor, "student.create")
    _check_still_valid(session, plan)
    today = plan.today
    ticker = _Progress(progress, len(plan.creates) + len(plan.updates))
    done = 0

    class_ids: dict[str, int] = {}
    for nc in plan.new_classes:
        class_ids[nc.name] = create_class(session, actor, nc.name, nc.grade_level,
                                          extra_grade_levels=nc.extra_grade_levels)
    classes = {c.id: c for c in session.exec(select(SchoolClass)).all()}

    def resolved(p: PlannedStudent) -> tuple[StudentInput, SchoolClass]:
        cid = p.input.class_id if p.input.class_id is not None else class_ids[p.class_name]
        c = classes[cid]
        return replace(p.input, class_id=cid), c

    # New students: Core executemany inserts (rows built as plain values, no ORM object per pupil) of
    # the students, then their guardians, status change 11 and audit entries, all in this transaction.
    conn = core(session)
    new_rows: list[tuple[SimpleNamespace, StudentInput, SchoolClass]] = []
    for p in plan.creates:
        inp, c = resolved(p)
        s = SimpleNamespace(name=inp.name, sex=inp.sex, birth_date=inp.birth_date, student_number=inp.student_number,
                            grade_level=inp.grade_level or c.grade_level, enrolled_on=inp.enrolled_on or today)
        apply_input(s, inp, c.grade_level)
        new_rows.append((s, inp, c))
    new_ids = conn.execute(_NEW_STUDENTS, [vars(s) for s, _, _ in new_rows]).scalars().all() if new_rows else []
    reason = f"名册导入:{name}"
    guardians = [dict(student_id=sid, sort_order=i, **_fields_of(g))
                 for sid, (_s, inp, _c) in zip(new_ids, new_rows) for i, g in enumerate(inp.guardians)]
    if guardians:
        conn.execute(_NEW_GUARDIANS, guardians)
    if new_rows:
        conn.execute(_NEW_CHANGES, [dict(student_id=sid, code="11", effective_date=s.enrolled_on, from_status=None,
                                         to_status="in_school", reason=reason, recorded_by=actor.user_id)
                                    for sid, (s, _inp, _c) in zip(new_ids, new_rows)])
    entries: list[dict] = []  # the audit entries of every pupil, written together in one executemany
    for sid, (s, inp, c) in zip(new_ids, new_rows):
        after = _snapshot(s, inp.guardians)
        warning = student_number_warning(inp)
        if warning:
            after["warning"] = warning
        entries.append(dict(action="student.create", entity="student", entity_id=sid, after=after,
                            summary=f"新增学生 {s.name}({c.name})(名册导入)" + (f";注意:{warning}" if warning else "")))
        done += 1
        ticker.tick(done)

    # changed students
    updated = 0
    unchanged = len(plan.unchanged)
    ids = [p.student_id for p in plan.updates]
    current: dict[int, Student] = {}
    old_guardians: dict[int, list[Guardian]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        current.update({s.id: s for s in session.exec(select(Student).where(col(Student.id).in_(chunk)))})
        for g in session.exec(select(Guardian).where(col(Guardian.student_id).in_(chunk))
                              .order_by(Guardian.student_id, Guardian.sort_order, Guardian.id)):
            old_guardians[g.student_id].append(g)
    now = datetime.now(timezone.utc)
    for p in plan.updates:
        inp, c = resolved(p)
        s = current[p.student_id]
        olds = old_guardians[s.id]
        before = _snapshot(s, [GuardianInput(g.name, g.relation, g.phone, g.lives_with_child, g.works_away,
                                             g.work_place, g.is_guardian) for g in olds])
        apply_input(s, inp, c.grade_level)
        after = _snapshot(s, inp.guardians)
        done += 1
        if after == before:
            unchanged += 1
            ticker.tick(done)
            continue
        s.updated_at = now
        session.add(s)
        if before["guardians"] != after["guardians"]:
            for g in olds:
                session.delete(g)
            session.add_all([Guardian(student_id=s.id, sort_order=i, **asdict(g))
                             for i, g in enumerate(inp.guardians)])
        warning = student_number_warning(inp)
        if warning:
            after["warning"] = warning
        entries.append(dict(action="student.update", entity="student", entity_id=s.id, before=before, after=after,
                            summary=f"修改学生 {s.name}(名册导入)" + (f";注意:{warning}" if warning else "")))
        updated += 1
        ticker.tick(done)
    session.flush()
    audit.record_many(session, actor, entries)

    if plan.mapping_chosen and plan.signature:
        roster_columns.remember(session, actor, plan.signature, plan.header_keys, plan.mapping, file=name)
    result = ImportResult(created=len(new_ids), updated=updated, unchanged=unchanged,
                          classes_created=len(class_ids))
    audit.record(session, actor, "roster.import", "roster", None,
                 after={"file": name, "rows": plan.total_rows, "created": result.created,
                        "updated": result.updated, "unchanged": result.unchanged,
                        "classes_created": sorted(class_ids)},
                 summary=f"导入名册 {name}:新增 {result.created} 人,修改 {result.updated} 人,"
                         f"无变化 {result.unchanged} 人,新建班级 {result.classes_created} 个")
    session.flush()
    return result


_NEW_STUDENTS = insert(Student.__table__).returning(Student.__table__.c.id, sort_by_parameter_order=True)
_NEW_GUARDIANS = insert(Guardian.__table__)
_NEW_CHANGES = insert(StatusChange.__table__)


def import_roster(db, actor: Actor, path: str | os.PathLike, *, dry_run: bool = False, today: date | None = None,
                  progress: ProgressFn | None = None, mapping: dict[str, str | None] | None = None
                  ) -> tuple[ImportPlan, ImportResult | None]:
    """Plan and (unless ``dry_run`` or there are errors) apply, in ONE transaction.

    ``progress`` is called for the checking pass and again for the writing pass."""
    with db.transaction() as session:
        plan = plan_import(session, actor, path, today=today, progress=progress, mapping=mapping)
        log.info("roster import %s by %s: %d rows, %d errors, %d new, %d updated%s", Path(path).name, actor.username,
                 plan.total_rows, len(plan.errors), len(plan.creates), len(plan.updates),
                 " (dry run)" if dry_run else "")
        if dry_run or not plan.ok:
            return plan, None
        result = apply_import(session, actor, plan, progress=progress)
    log.info("roster import %s saved: %d created, %d updated", Path(path).name, result.created, result.updated)
    return plan, result


# --- template and export ---------------------------------------------------------------

_WIDTHS = {"name": 10, "birth_date": 12, "id_doc_type": 14, "id_number": 22, "student_number": 23,
           "class_name": 14, "enrolled_on": 12, "health": 12, "address": 30, "township": 10, "village": 10,
           "left_behind": 14, "disability_type": 10}
_TABLE_OF = {"sex": SEX, "ethnicity": ETHNICITY, "id_doc_type": DOC_TYPE, "hukou": HUKOU, "health": HEALTH,
             "boarding": BOARDING, "left_behind": LEFT_BEHIND, "disability_type": DISABILITY,
             "grade_level": GRADES, "relation": RELATION}


def _width(c: Column) -> float:
    base = c.attribute.split(".", 1)[1] if c.attribute.startswith("guardian") else c.attribute
    if c.attribute in _WIDTHS:
        return _WIDTHS[c.attribute]
    if base == "phone":
        return 14
    return max(8, len(c.header) * 2 + 3)


def _dropdown(c: Column) -> list[str] | None:
    base = c.attribute.split(".", 1)[1] if c.attribute.startswith("guardian") else c.attribute
    if base in _BOOL_ATTRS:
        return ["是", "否"]
    if base == "ethnicity":
        return None  # 58 names do not fit Excel's 255-character list
    table = _TABLE_OF.get(base)
    return [str(v) for v in table.values()] if table else None


def _setup_data_sheet(ws, *, comments: bool, title: str = DATA_SHEET) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws.title = title
    for i, c in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=i, value=c.header + ("*" if c.required else ""))
        if c.required:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="C00000")
        else:
            cell.font = Font(bold=False)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if comments:
            cell.comment = Comment(("必填。" if c.required else "") + c.help, "保学")
        letter = get_column_letter(i)
        dim = ws.column_dimensions[letter]
        dim.width = _width(c)
        if c.attribute in _TEXT_FORMAT_ATTRS:
            dim.number_format = "@"  # keep Excel from turning long numbers into 1.1E+17
        elif c.attribute in _DATE_ATTRS:
            dim.number_format = "yyyy-mm-dd"
        choices = _dropdown(c)
        if choices:
            dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                                showErrorMessage=True, errorStyle="warning", error=c.help, errorTitle=c.header,
                                prompt=c.help, showInputMessage=False)
            dv.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
            ws.add_data_validation(dv)
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "A2"


def _save_atomically(wb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except PermissionError as exc:
        raise RosterFileError(
            f"无法写入文件 {path.name}:文件可能正被 Excel 打开,或该文件夹没有写权限。请关闭该文件后重试。") from exc
    except OSError as exc:
        raise RosterFileError(f"无法写入文件 {path.name}:{exc.strerror or exc}(磁盘或 U 盘是否已满?)") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _require_xlsx(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise RosterFileError(f"文件名 {path.name} 的扩展名应为 .xlsx")


def _example_row() -> list[Any]:
    birth = date(2017, 3, 5)
    rid = sample_resident_id("610729", birth, 11, sex="1")
    values = {
        "name": "张小明", "sex": "男", "birth_date": birth, "ethnicity": "汉族", "id_doc_type": "居民身份证",
        "id_number": rid, "student_number": "G" + rid, "grade_level": "三年级", "class_name": "三年级(2)班",
        "enrolled_on": date(2023, 9, 1), "hukou": "农业户口", "health": "健康或良好", "boarding": "走读",
        "address": "马道镇青桥村三组 12 号", "township": "马道镇", "village": "青桥村",
        "poor_household": "是", "left_behind": "单亲外出务工", "migrant_child": "否", "learning_difficulty": "否",
        "disability_type": "", "orphan": "否", "prisoner_child": "否", "economic_hardship": "否",
        "martyr_child": "否", "only_child": "否", "phone": "13912345678", "household_status": "脱贫户",
        "inclusive_class": "否", "de_facto_unsupported": "否", "hardship_child": "否", "case_involved": "否",
        "guardian1.is_guardian": "是", "guardian2.is_guardian": "是",
        "guardian1.name": "张大山", "guardian1.relation": "父亲", "guardian1.phone": "13912345678",
        "guardian1.lives_with_child": "否", "guardian1.works_away": "是", "guardian1.work_place": "广东省东莞市",
        "guardian2.name": "李秀英", "guardian2.relation": "母亲", "guardian2.phone": "13987654321",
        "guardian2.lives_with_child": "是", "guardian2.works_away": "否", "guardian2.work_place": "",
    }
    return [values.get(c.attribute, "") for c in COLUMNS]


def write_template(path: str | os.PathLike) -> Path:
    """An empty roster (.xlsx): the header on sheet 学生名册, help on 说明, one example row on 示例."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    path = Path(path)
    _require_xlsx(path)
    wb = Workbook()
    _setup_data_sheet(wb.active, comments=True)

    info = wb.create_sheet(HELP_SHEET)
    notes = [
        "填写说明",
        "1. 在“学生名册”工作表中从第 2 行起每行填写一名学生;不要改动第 1 行的列名,也不要合并单元格。",
        "2. 红色列名(带 *)必须填写;其他列可以不填,不填时按下表中的默认值处理。",
        "3. 身份证件号、全国学籍号、电话三类列已设为“文本”格式;从其他表格粘贴时请用“选择性粘贴→数值”,"
        "否则 Excel 会把长号码变成 1.1E+17 这样的数字。",
        "4. 已在本校登记的学生(身份证件号相同,没有身份证号时学籍号相同)再次导入时会更新资料,不会重复新增。",
        f"5. 一个文件最多 {MAX_ROWS} 名学生。也可以另存为 CSV(UTF-8 或 GBK 编码)后导入。",
        "6. 导入前程序会逐行检查,列出所有错误(第几行、哪一列、什么原因);只要有一行有错,就不会导入任何数据。",
        "7. “示例”工作表里有一行填好的例子,仅供参考,不会被导入。",
        "8. 也可以直接导入全国学籍系统导出的“学生基本信息”(.xlsx、旧版 .xls,或 GB18030/UTF-8 编码的 CSV):"
        "“1-男”“01-汉族”“2-双亲留守儿童”这样的“代码-名称”写法、现住址、联系电话、成员1姓名/关系/联系电话/是否监护人"
        "等家庭成员列都能识别;程序不保存的列会在预览中列出并说明原因。",
        "9. 程序不认识的列,要在导入预览中选择它对应哪一列(或选择“不导入”);导入成功后,表头相同的文件会按同样的选择导入。",
        "10. 2024 年起的重点群体:事实无人抚养儿童、困境儿童、涉案未成年人,以及“脱贫户或监测户”(脱贫户、防返贫监测户,"
        "取代原“建档立卡贫困户”,后者作为历史名称保留)。旧模板没有这些列,仍然可以导入,已有的数据不会被改动。",
    ]
    for r, text in enumerate(notes, start=1):
        info.cell(row=r, column=1, value=text).font = Font(bold=(r == 1), size=12 if r == 1 else 11)
    start = len(notes) + 2
    for j, h in enumerate(("列名", "是否必填", "填写说明与可选值"), start=1):
        info.cell(row=start, column=j, value=h).font = Font(bold=True)
    for i, c in enumerate(COLUMNS, start=start + 1):
        info.cell(row=i, column=1, value=c.header)
        info.cell(row=i, column=2, value="必填" if c.required else "")
        info.cell(row=i, column=3, value=c.help).alignment = Alignment(wrap_text=True, vertical="top")
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 10
    info.column_dimensions["C"].width = 100

    example = wb.create_sheet(EXAMPLE_SHEET)
    _setup_data_sheet(example, comments=False, title=EXAMPLE_SHEET)
    for i, value in enumerate(_example_row(), start=1):
        cell = example.cell(row=2, column=i, value=value)
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
    wb.active = 0
    _save_atomically(wb, path)
    return path


def _yes(value: bool) -> str:
    return "是" if value else "否"


#: statuses exported by default: everyone still on this school's books
EXPORT_STATUSES: tuple[str, ...] = ("in_school", "suspended", "borrow_out", "dropout")


def export_roster(session: Session, actor: Actor, path: str | os.PathLike, *, class_id: int | None = None,
                  statuses: Iterable[str] | None = EXPORT_STATUSES) -> int:
    """Write the roster (all classes or one) in the template's columns; returns the number of students.

    ``statuses=None`` exports every student whatever their status."""
    from openpyxl import Workbook

    require(actor, "roster.export")
    path = Path(path)
    _require_xlsx(path)
    stmt = select(Student, SchoolClass).join(SchoolClass, Student.class_id == SchoolClass.id, isouter=True)
    if class_id is not None:
        stmt = stmt.where(Student.class_id == class_id)
    if statuses is not None:
        stmt = stmt.where(col(Student.status).in_(list(statuses)))
    stmt = stmt.order_by(SchoolClass.grade_level, SchoolClass.name, Student.name_pinyin, Student.id)
    rows = session.exec(stmt).all()
    ids = [s.id for s, _ in rows]
    refuse_export(session, ROSTER_FIELDS, "导出名册", student_ids=ids)
    guardians: dict[int, list[Guardian]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for g in session.exec(select(Guardian).where(col(Guardian.student_id).in_(chunk))
                              .order_by(Guardian.student_id, Guardian.sort_order, Guardian.id)):
            guardians[g.student_id].append(g)

    wb = Workbook()
    ws = wb.active
    _setup_data_sheet(ws, comments=True)
    date_cols = [i for i, c in enumerate(COLUMNS, start=1) if c.attribute in _DATE_ATTRS]
    text_cols = [i for i, c in enumerate(COLUMNS, start=1) if c.attribute in _TEXT_FORMAT_ATTRS]
    for r, (s, c) in enumerate(rows, start=2):
        values: dict[str, Any] = {
            "name": s.name, "sex": SEX.get(s.sex, s.sex), "birth_date": s.birth_date,
            "ethnicity": ETHNICITY.get(s.ethnicity, s.ethnicity),
            "id_doc_type": DOC_TYPE.get(s.id_doc_type, s.id_doc_type),
            "id_number": s.id_number or "", "student_number": s.student_number,
            "grade_level": GRADES.get(s.grade_level, s.grade_level), "class_name": c.name if c else "",
            "enrolled_on": s.enrolled_on, "hukou": HUKOU.get(s.hukou, s.hukou),
            "health": HEALTH.get(s.health, s.health),
            "boarding": BOARDING.get(s.boarding, s.boarding), "address": s.address, "township": s.township,
            "village": s.village, "left_behind": LEFT_BEHIND.get(str(s.left_behind), str(s.left_behind)),
            "disability_type": DISABILITY.get(s.disability_type, s.disability_type) if s.disability_type else "",
            "phone": s.phone, "inclusive_class": _yes(s.inclusive_class),
            "household_status": HOUSEHOLD.get(s.household_status, "") if s.household_status else "",
        }
        for attr in _BOOL_ATTRS - _GUARDIAN_BOOLS:
            values[attr] = _yes(getattr(s, attr))
        for n, g in enumerate(guardians[s.id][:GUARDIAN_BLOCKS], start=1):
            values.update({
                f"guardian{n}.name": g.name, f"guardian{n}.relation": RELATION.get(g.relation, g.relation),
                f"guardian{n}.phone": g.phone, f"guardian{n}.lives_with_child": _yes(g.lives_with_child),
                f"guardian{n}.works_away": _yes(g.works_away), f"guardian{n}.work_place": g.work_place,
                f"guardian{n}.is_guardian": _yes(g.is_guardian),
            })
        for i, column in enumerate(COLUMNS, start=1):
            value = values.get(column.attribute)
            if value is not None and value != "":
                put(ws.cell(row=r, column=i), value)  # a name like =HYPERLINK(…) goes out as text
        for i in date_cols:
            ws.cell(row=r, column=i).number_format = "yyyy-mm-dd"
        for i in text_cols:
            ws.cell(row=r, column=i).number_format = "@"
    _save_atomically(wb, path)
    log.info("roster export by %s: %d students to %s", actor.username, len(rows), path)
    return len(rows)
