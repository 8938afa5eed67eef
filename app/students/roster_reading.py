"""Reading a roster file (.xlsx, .xlsm, .xls, .csv): the rows, which column is which, every cell a value.

:func:`read_sheet` finds the header row and maps each column to a template column
(:data:`app.students.roster_layout.COLUMNS`) by its header, the national 学籍 file's variants included, or
by the user's choice (``mapping``); columns recognised but not kept are listed (:class:`ColumnUse`),
nothing is dropped silently. The cell converters turn a cell into the value of the student's field,
with the error a registrar understands (dates, code tables, numbers Excel mangled).
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
import zipfile
from struct import error as struct_error
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from app.codes import (
    DISABILITY,
    ETHNICITY,
    GRADES,
    HOUSEHOLD,
    LEFT_BEHIND,
    RELATION,
    SEX,
    lookup_coded,
    split_code_label,
    yes_no_coded,
)
from app.errors import BaoxueError, ValidationError
from app.messages import Accepted, Message, msg, table_name
from app.spreadsheets import SpreadsheetRefused, check_file_size, check_xlsx, limited_lines, limited_rows
from app.students.roster_layout import (
    BOOL_ATTRS,
    COLUMNS,
    DATA_SHEET,
    DATE_ATTRS,
    DEFAULTED_CODES,
    EXCEL_ID_MESSAGE,
    EXCEL_PHONE_MESSAGE,
    GUARDIAN_BLOCKS,
    HEADER_ALIASES,
    INDEX,
    KNOWN_IGNORED,
    MAX_ROWS,
    MEMBER_RE,
    NONE_WORDS,
    SCIENTIFIC,
    RosterFileError,
    RowError,
    choices,
    header_key,
    header_signature,
    norm_header,
)


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
    note: Message | str = ""  # why it is not imported (a message: shown in the user's language)
    key: str = ""  # the header as compared (see header_key): what a mapping names
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
            return str(msg("roster.column_unknown", letter=self.letter, header=self.header))
        if self.target is None:
            return str(msg("roster.column_not_imported", letter=self.letter, header=self.header, why=self.note))
        return str(msg("roster.column_imported", letter=self.letter, header=self.header,
                       target="" if self.target == self.header else f" → {self.target}"))


@dataclass
class _Sheet:
    header_row: int
    present: frozenset[int]  # indexes into COLUMNS found in the header
    rows: list[tuple[int, tuple]]  # (spreadsheet row, values aligned to COLUMNS)
    warnings: list[Message]
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


_BLANK_CHARS = " \t\r\n\u3000\ufeff\u200b"


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip(_BLANK_CHARS))


def _automatic(key: str) -> tuple[str | None, str, Message | str]:
    """What the program does with a header on its own: (template column or None, source, note)."""
    h = HEADER_ALIASES.get(key, key)
    if h in INDEX:
        return h, ("template" if h == key else "variant"), ""
    reason = _ignored_reason(h)
    return None, ("unknown" if reason is None else "not_kept"), reason or ""


def _collect(name: str, rows: Iterable[tuple[int, tuple]], *, mapping: dict[str, str | None] | None = None,
             remembered: dict[str, dict[str, str | None]] | None = None) -> _Sheet:
    """Find the header, map the columns, keep the non-empty data rows (at most MAX_ROWS).

    ``mapping`` (header key → template column, or None for "do not import") is the user's choice for this
    file; without it, the choice remembered for the same header (``remembered``: signature → mapping) applies.
    """
    chosen = {header_key(k): v for k, v in (mapping or {}).items()} if mapping is not None else None
    buffered: list[tuple[int, tuple]] = []
    it = iter(rows)
    header: tuple[int, tuple] | None = None
    for rownum, values in it:
        if all(_is_blank(v) for v in values):
            continue
        known = sum(1 for v in values if norm_header(v) in INDEX or (chosen and header_key(v) in chosen))
        if known >= 2:
            header = (rownum, values)
            break
        buffered.append((rownum, values))
        if len(buffered) >= 20:
            break
    if header is None:
        if not buffered:
            raise RosterFileError("roster.file_empty_no_header_no", name=name)
        header = buffered[0]
        # the rows after it were data rows of a file with an unusual header
        it = _chain(buffered[1:], it)
    header_row, header_values = header
    cells = [(pos, raw, header_key(raw)) for pos, raw in enumerate(header_values)]
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
            if target is not None and norm_header(target) not in INDEX:
                errors.append(RowError(header_row, shown, "", msg("roster.chosen_not_template", target=target)))
                target = None
            else:
                target = norm_header(target) if target is not None else None
                mapping_used[key] = target
                note = msg("roster.chosen_not_imported") if source == "chosen" else msg("roster.remembered_not_imported")
        uses.append(ColumnUse(letter, shown, target, note if target is None else "", key, how, auto))
        if how == "unknown":
            errors.append(RowError(header_row, shown, "",
                                   msg("roster.unknown_column", letter=letter, key=key)))
            continue
        if target is None:
            continue
        idx = INDEX[target]
        if idx in seen:
            errors.append(RowError(header_row, shown, "",
                                   msg("roster.two_columns_one_target", first=_col_letter(seen[idx]), letter=letter,
                                       target=target)))
            blocking = True
            continue
        seen[idx] = pos
        mapping_cols[pos] = idx
    for i, c in enumerate(COLUMNS):
        if c.required and i not in seen:
            errors.append(RowError(header_row, c.header, "",
                                   msg("roster.missing_column", header=c.header, header_row=header_row)))
            blocking = True
    warnings = []
    not_kept = [u for u in uses if u.ignored and not u.unknown]
    if not_kept:
        warnings.append(msg("roster.warn_columns_not_imported",
                            columns=[msg("roster.column_with_note", header=u.header, note=u.note) for u in not_kept]))

    data: list[tuple[int, tuple]] = []
    width = len(COLUMNS)
    mapped = tuple(mapping_cols.items())
    for rownum, values in it:
        out = [None] * width
        empty = True
        n = len(values)
        for pos, idx in mapped:  # _is_blank inlined: 50 cells a row
            if pos < n:
                v = values[pos]
                if v is not None and (not isinstance(v, str) or v.strip(_BLANK_CHARS)):
                    out[idx] = v
                    empty = False
        if empty:
            continue
        if len(data) >= MAX_ROWS:
            raise RosterFileError(
                "roster.file_holds_too_much_least", name=name, data_count_add=len(data) + 1, max_rows=MAX_ROWS)
        data.append((rownum, tuple(out)))
    return _Sheet(header_row, frozenset(seen), data, warnings, uses, errors, blocking, signature, keys,
                  mapping_used, source if mapping_used else "")


def _ignored_reason(header: str) -> Message | None:
    """Why a known column of the national file is not imported; None for a column the program does not know."""
    if header in KNOWN_IGNORED:
        return KNOWN_IGNORED[header]
    m = MEMBER_RE.fullmatch(header)
    if m:
        if int(m.group(1)) > GUARDIAN_BLOCKS:
            return msg("roster.too_many_members", blocks=GUARDIAN_BLOCKS)
        return msg("roster.member_not_kept")
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
            "roster.file_not_valid_xlsx_file", name=name)
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
            "roster.file_damaged_not_complete_xlsx", name=name, damage=_damage(exc)) from exc
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
            "roster.file_has_extension_xls_but", name=name)
    try:
        # ragged rows: a single far-away cell does not pad every row out to its column
        book = xlrd.open_workbook(str(path), on_demand=True, ragged_rows=True)
    except (PermissionError, FileNotFoundError):
        raise
    except Exception as exc:  # xlrd.XLRDError (encrypted, damaged), struct/compdoc errors of a truncated file
        why = "设置了打开密码" if "encrypt" in str(exc).lower() else f"已损坏({_damage(exc)})"
        raise RosterFileError(
            "roster.file_old_excel_xls_file", name=name, why=why) from exc
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
            "roster.file_old_excel_xls_file_2", name=name, damage=_damage(exc)) from exc
    finally:
        book.release_resources()


def _read_csv(path: Path, **how) -> _Sheet:
    name = path.name
    head = _head(path)
    if head.startswith(_ZIP_MAGIC):
        raise RosterFileError("roster.file_really_excel_xlsx_file", name=name)
    if head.startswith(_OLE_MAGIC):
        return _read_xls(path, **how)  # an old .xls saved as .csv by name only
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RosterFileError(
            "roster.file_unicode_text_utf_16", name=name)
    # UTF-8 (with or without BOM) first, then GB18030 (a superset of GBK, as Excel in China saves CSV).
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            with open(path, encoding=encoding, errors="strict", newline="") as fh:
                reader = csv.reader(limited_lines(name, fh))
                try:
                    return _collect(name, limited_rows(name, enumerate(reader, start=1)), **how)
                except csv.Error as exc:
                    raise RosterFileError(
                        "roster.line_file_not_normal_csv",
                        name=name,
                        line_num=reader.line_num,
                        csv_problem=_csv_problem(exc)) from exc
        except UnicodeDecodeError:
            continue
    raise RosterFileError(
        "roster.text_encoding_file_not_recognised", name=name)


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
        raise RosterFileError("roster.unsupported_type", name=name, suffix=path.suffix or msg("roster.no_extension"))
    if not path.is_file():
        raise RosterFileError("roster.file_cannot_found_make_sure", path=path)
    how = {"mapping": mapping, "remembered": remembered}
    try:
        check_file_size(path, name)
        if suffix == ".csv":
            return _read_csv(path, **how)
        return _read_xls(path, **how) if suffix == ".xls" else _read_xlsx(path, **how)
    except SpreadsheetRefused as exc:
        raise RosterFileError(exc.code, **exc.params) from exc
    except PermissionError as exc:
        raise RosterFileError("roster.file_cannot_opened_no_permission", name=name) from exc
    except OSError as exc:
        raise RosterFileError("roster.file_cannot_read", name=name, strerror=exc.strerror or exc) from exc


# --- cell values -----------------------------------------------------------------------


def cell_text(value: Any, number: bool = False) -> str:
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
BARE_CLASS_RE = re.compile(r"\(?(\d{1,2})\)?班?")


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
            raise ValidationError(label, "calendar.not_a_real_date", text=text) from None
    if month_only:
        m = _MONTH_RE.fullmatch(norm) or _COMPACT_MONTH_RE.fullmatch(norm)
        if m and 1 <= int(m.group(2)) <= 12:
            return date(int(m.group(1)), int(m.group(2)), 1)
        raise ValidationError(label, "roster.not_date_write_yyyy_mm_2", text=text)
    raise ValidationError(label, "roster.not_date_write_yyyy_mm", text=text)


def _accepted(table: dict) -> Message | Accepted | str:
    """What may be written for a value of ``table``, rendered in the user's language."""
    if table is ETHNICITY:
        return msg("roster.accepted_ethnicity")
    name = table_name(table)
    if name is None:
        return choices(table, with_codes=table not in (DISABILITY, RELATION))
    return Accepted(name, with_codes=table not in (DISABILITY, RELATION), keys=tuple(table))


class Lookups:
    """``app.codes.lookup_coded`` with a cache: the same few spellings repeat on every row.

    Values may be the code, the name or ``代码-名称`` as the national system writes them; an
    unknown value is refused with the accepted labels."""

    def __init__(self):
        self._cache: dict[tuple[int, str, str], Any] = {}
        self._converted: dict[tuple[str, str, str], tuple[bool, Any]] = {}

    def once(self, attr: str, header: str, text: str, fn: Callable[[], Any]) -> Any:
        """``fn()``, the conversion of a cell of column ``attr`` that depends on its text alone, once per
        spelling (its error too: raised again, as a new ValidationError, for every cell that has it)."""
        key = (attr, header, text)
        hit = self._converted.get(key)
        if hit is None:
            try:
                hit = (True, fn())
            except ValidationError as exc:
                hit = (False, (exc.field, exc.why))
            self._converted[key] = hit
        if hit[0]:
            return hit[1]
        field, why = hit[1]
        raise ValidationError(field, why)

    def __call__(self, table: dict, text: str, label: str):
        key = (id(table), text, label)
        hit = self._cache.get(key)
        if hit is None:
            try:
                hit = (True, lookup_coded(table, text, label, trust_code=table not in (DISABILITY, RELATION, GRADES)))
            except ValidationError as exc:
                if exc.code == "codes.unknown_code_name":  # name what may be written
                    exc = ValidationError(exc.field, "roster.unknown_with_accepted", reason=exc.why,
                                          accepted=_accepted(table))
                hit = (False, exc)
            self._cache[key] = hit
        if hit[0]:
            return hit[1]
        raise ValidationError(hit[1].field, hit[1].why)


def convert(lk: Lookups, attr: str, header: str, raw: Any, text: str) -> Any:
    """One cell → the StudentInput value. Raises ValidationError(header, reason)."""
    base = attr.split(".", 1)[1] if attr.startswith("guardian") else attr
    if attr in DATE_ATTRS:
        return _parse_date(raw, text, header, month_only=attr == "enrolled_on")
    if attr == "id_number":
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) and len(str(int(raw))) >= 15:
            raise ValidationError(header, EXCEL_ID_MESSAGE)
        if SCIENTIFIC.fullmatch(text):
            raise ValidationError(header, EXCEL_ID_MESSAGE)
        return text
    if base == "phone":
        if SCIENTIFIC.fullmatch(text):
            raise ValidationError(header, EXCEL_PHONE_MESSAGE)
        return text
    if base in BOOL_ATTRS or base == "relation" or attr in _CODED:
        return lk.once(attr, header, text, lambda: _coded(lk, attr, base, header, text))
    return text


#: the columns whose value follows from the cell's text alone through a code table (besides yes/no and relations)
_CODED = frozenset({"inclusive_class", "sex", "left_behind", "disability_type", "household_status", "grade_level",
                    *DEFAULTED_CODES})


def _coded(lk: Lookups, attr: str, base: str, header: str, text: str) -> Any:
    if base == "is_guardian" and not text:
        return True
    if base in BOOL_ATTRS:
        return yes_no_coded(text, header)
    if attr == "inclusive_class":
        return _inclusive(text, header)
    if attr == "sex":
        return _lookup_required(lk, SEX, text, header)
    if attr in DEFAULTED_CODES:
        return lk(DEFAULTED_CODES[attr], text, header) if text else None
    name = split_code_label(text)[1]
    if attr == "left_behind":
        return 0 if text in NONE_WORDS or name in ("无", "没有") else int(lk(LEFT_BEHIND, text, header))
    if attr == "disability_type":
        return None if text in NONE_WORDS or name in NONE_WORDS | {"非残疾", "非残疾人"} else lk(DISABILITY, text, header)
    if attr == "household_status":
        return "" if text in NONE_WORDS or name in NONE_WORDS else lk(HOUSEHOLD, text, header)
    if attr == "grade_level":
        return lk(GRADES, text, header) if text else None
    return lk(RELATION, text, header) if text else ""  # base == "relation"


def _inclusive(text: str, header: str) -> bool:
    """随班就读: 是/否, or the national labels (``1-视力残疾随班就读``, ``0-非随班就读``)."""
    name = split_code_label(text)[1]
    if name.startswith("非") or name in ("无", "没有"):
        return False
    if name.endswith("随班就读"):
        return True
    return yes_no_coded(text, header)


def _lookup_required(lk: Lookups, table: dict, text: str, header: str):
    if not text:
        raise ValidationError(header, "common.cannot_empty")
    return lk(table, text, header)
