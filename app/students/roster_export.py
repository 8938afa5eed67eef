"""The roster template and the roster export (学生名册模板/导出), .xlsx.

Export writes exactly the template's columns with labels rather than codes, so
re-importing an export changes nothing (:mod:`app.students.roster_import`).
"""

from __future__ import annotations

import logging
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from sqlmodel import Session, col, select

from app.accounts import Actor, require
from app.codes import (BOARDING, DISABILITY, DOC_TYPE, ETHNICITY, GRADES, HEALTH, HOUSEHOLD, HUKOU, LEFT_BEHIND,
                       RELATION, SEX)
from app.data.models import Guardian, SchoolClass, Student
from app.field_check import refuse_export
from app.fields import ROSTER_FIELDS
from app.identity import sample_resident_id
from app.messages import msg
from app.spreadsheets import put
from app.students.roster_layout import (
    BOOL_ATTRS,
    COLUMNS,
    DATA_SHEET,
    DATE_ATTRS,
    EXAMPLE_SHEET,
    GUARDIAN_BLOCKS,
    GUARDIAN_BOOLS,
    HELP_SHEET,
    MAX_ROWS,
    TEXT_FORMAT_ATTRS,
    Column,
    RosterFileError,
)


log = logging.getLogger(__name__)


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
    if base in BOOL_ATTRS:
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
        if c.attribute in TEXT_FORMAT_ATTRS:
            dim.number_format = "@"  # keep Excel from turning long numbers into 1.1E+17
        elif c.attribute in DATE_ATTRS:
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
            "roster.file_cannot_written_may_open", path_name=path.name) from exc
    except OSError as exc:
        raise RosterFileError("roster.file_cannot_written_disk_usb",
                              path_name=path.name,
                              strerror=exc.strerror or exc) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _require_xlsx(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise RosterFileError("roster.file_name_should_have_extension", path_name=path.name)


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
    refuse_export(session, ROSTER_FIELDS, msg("roster.export_the_roster"), student_ids=ids)
    guardians: dict[int, list[Guardian]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for g in session.exec(select(Guardian).where(col(Guardian.student_id).in_(chunk))
                              .order_by(Guardian.student_id, Guardian.sort_order, Guardian.id)):
            guardians[g.student_id].append(g)

    wb = Workbook()
    ws = wb.active
    _setup_data_sheet(ws, comments=True)
    date_cols = [i for i, c in enumerate(COLUMNS, start=1) if c.attribute in DATE_ATTRS]
    text_cols = [i for i, c in enumerate(COLUMNS, start=1) if c.attribute in TEXT_FORMAT_ATTRS]
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
        for attr in BOOL_ATTRS - GUARDIAN_BOOLS:
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
