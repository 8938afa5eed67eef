"""Spreadsheet files that cross the school's door: limits before one is read, text that stays text when one is written.

Reading (the roster import; any importer of .xlsx, .xls or .csv files):

* the file's size is checked first (:func:`check_file_size`);
* an .xlsx is a zip: :func:`check_xlsx` reads only its directory and refuses, before openpyxl
  opens it, a file whose parts would unpack to more than :data:`MAX_UNPACKED_BYTES` (or a part
  read whole — shared strings, styles — to more than :data:`MAX_PART_BYTES`), too many parts, or
  parts packed in a way Excel never uses. Python's zip reader stops at the declared size, so a
  part that lies about it fails its checksum instead of growing;
* while rows are read, :func:`limited_rows` counts every cell (and every row) and refuses past
  :data:`MAX_CELLS`, and a text cell longer than :data:`MAX_CELL_CHARS` (Excel's own limit);
  :func:`limited_lines` refuses a CSV line longer than :data:`MAX_LINE_CHARS`.

A refusal is a :class:`SpreadsheetRefused` naming the file and the limit in plain Chinese; nothing
is imported. A real roster of 20,000 pupils is far inside every limit.

Writing (the roster export, the county's reports): :func:`put` and :func:`append_row` write a text
that looks like a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return)
as text — the cell holds the string and Excel's quote prefix — so a name such as
``=HYPERLINK("http://…")`` is shown, never run, and reads back unchanged.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any, Iterable, Iterator

from app.errors import BaoxueError

#: any spreadsheet file on disk (20,000 pupils × 53 columns, every cell different, is an 11 MB .xlsx)
MAX_FILE_BYTES = 64 * 2**20
#: all parts of an .xlsx unpacked together (that file unpacks to 101 MB; worksheets are streamed, not held)
MAX_UNPACKED_BYTES = 512 * 2**20
#: one part of an .xlsx that is read whole into memory (everything but the worksheets: shared strings, styles …)
MAX_PART_BYTES = 64 * 2**20
#: parts of an .xlsx (a workbook has a few dozen)
MAX_PARTS = 2000
#: cells read from one sheet, empty ones and rows included (20,000 pupils × 100 columns is 2,000,000)
MAX_CELLS = 4_000_000
#: characters in one cell (Excel's own limit)
MAX_CELL_CHARS = 32_767
#: characters in one line of a CSV file
MAX_LINE_CHARS = 1_000_000

_STREAMED = ("xl/worksheets/",)
_EXCEL_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
#: the characters that make a spreadsheet (or a program reading a CSV) take a text for a formula
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class SpreadsheetRefused(BaoxueError):
    """A file over one of the limits: refused before it is read further (the message says why and what to do)."""


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{max(1, n // 1024)} KB"


_ADVICE = "可能是损坏或被人故意构造的文件,没有导入任何数据。请用 Excel 打开原表格检查,删去多余的内容后另存为新文件再导入。"


def check_file_size(path: Path, name: str | None = None, limit: int | None = None) -> None:
    limit = limit or MAX_FILE_BYTES
    size = Path(path).stat().st_size
    if size > limit:
        raise SpreadsheetRefused(f"文件 {name or Path(path).name} 有 {_mb(size)},超过导入的上限 {_mb(limit)}。"
                                 f"一个学校的名册远小于这个大小:{_ADVICE}")


def check_xlsx(path: Path, name: str | None = None) -> None:
    """Refuse an .xlsx whose parts would unpack to too much, before anything is unpacked (only the zip's directory
    is read). Raises :class:`zipfile.BadZipFile` for a file that is not a zip at all."""
    name = name or Path(path).name
    with zipfile.ZipFile(path) as z:
        parts = z.infolist()
        if len(parts) > MAX_PARTS:
            raise SpreadsheetRefused(f"文件 {name} 由 {len(parts)} 个部分组成,正常的 Excel 文件只有几十个:{_ADVICE}")
        total = 0
        for info in parts:
            if info.compress_type not in _EXCEL_METHODS:
                raise SpreadsheetRefused(f"文件 {name} 的压缩方式不是 Excel 使用的方式:{_ADVICE}")
            total += info.file_size
            if not info.filename.startswith(_STREAMED) and info.file_size > MAX_PART_BYTES:
                raise SpreadsheetRefused(f"文件 {name} 中的 {info.filename} 解压后有 {_mb(info.file_size)},"
                                         f"超过上限 {_mb(MAX_PART_BYTES)}:{_ADVICE}")
        if total > MAX_UNPACKED_BYTES:
            raise SpreadsheetRefused(f"文件 {name} 解压后有 {_mb(total)}(文件本身只有 {_mb(Path(path).stat().st_size)}),"
                                     f"超过上限 {_mb(MAX_UNPACKED_BYTES)}:{_ADVICE}")


def column_name(index: int) -> str:
    """The letters of a 0-based column: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def limited_rows(name: str, rows: Iterable[tuple[int, tuple]]) -> Iterator[tuple[int, tuple]]:
    """``rows`` ((row number, values)) as they come, refused past :data:`MAX_CELLS` cells or at a text cell
    longer than :data:`MAX_CELL_CHARS`."""
    cells = 0
    for number, values in rows:
        cells += len(values) + 1
        if cells > MAX_CELLS:
            raise SpreadsheetRefused(f"文件 {name} 到第 {number} 行已有超过 {MAX_CELLS:,} 个单元格(含空白单元格),"
                                     f"超过导入的上限:{_ADVICE}")
        for i, v in enumerate(values):
            if isinstance(v, str) and len(v) > MAX_CELL_CHARS:
                raise SpreadsheetRefused(f"文件 {name} 第 {number} 行 {column_name(i)} 列的单元格有 {len(v):,} 个字,"
                                         f"超过 Excel 单元格的上限 {MAX_CELL_CHARS:,} 个字:{_ADVICE}")
        yield number, values


def limited_lines(name: str, lines: Iterable[str]) -> Iterator[str]:
    """The lines of a text file for :mod:`csv`, refused at one longer than :data:`MAX_LINE_CHARS`."""
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            raise SpreadsheetRefused(f"文件 {name} 第 {number} 行有 {len(line):,} 个字符,超过上限 {MAX_LINE_CHARS:,}:"
                                     f"{_ADVICE}")
        yield line


# --- writing ---------------------------------------------------------------------------------------------


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def put(cell, value: Any):
    """Set an openpyxl cell; a text that looks like a formula stays a text (string type, quote prefix)."""
    cell.value = value
    if looks_like_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def append_row(ws, values: Iterable[Any]) -> None:
    """``ws.append(values)`` with every text written as text (see :func:`put`)."""
    ws.append(list(values))
    for cell in ws[ws.max_row]:
        if looks_like_formula(cell.value):
            put(cell, cell.value)


__all__ = ["FORMULA_START", "MAX_CELLS", "MAX_CELL_CHARS", "MAX_FILE_BYTES", "MAX_LINE_CHARS", "MAX_PARTS",
           "MAX_PART_BYTES", "MAX_UNPACKED_BYTES", "SpreadsheetRefused", "append_row", "check_file_size", "check_xlsx", "column_name",
           "limited_lines", "limited_rows", "looks_like_formula", "put"]
