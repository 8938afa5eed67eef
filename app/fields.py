"""The field specification: what every text field the school keeps may hold, in one table.

Whatever a field accepts can always be stored, exported to the county, written to a roster
file and printed, because every one of those reads its rules from here:

* **characters**: no control character (C0 and C1, NUL included; a line break only in a
  multi-line field), no lone surrogate, no noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF …),
  no invisible format character (zero-width space, bidirectional overrides, BOM; the joiners
  ZWJ/ZWNJ and the Mongolian vowel separator stay). Private-use characters (rare name
  characters of older systems) and characters newer than this Python's Unicode tables are kept.
* **normalisation**, before anything is checked or counted:
  - ``NFKC`` (names, places, class names): the same name typed in full-width or half-width
    letters, or with an ideographic space, is one name;
  - ``NFC`` (free text: notes, reasons, measures): ①, ㎡ and ½ stay as typed;
  - ``DIGITS`` (ID numbers, 学籍号, phone numbers): NFKC, then every decimal digit of any
    script (Arabic-Indic ٣, Devanagari ३, full-width ３ …) as its ASCII digit, so the same child
    typed in two scripts is one child (see :mod:`app.identity`).
  In a single-line field every run of spaces, tabs and line breaks is one space; in a
  multi-line field line breaks (CR LF, CR, U+2028 …) are ``\\n`` and tabs are spaces. Both are
  stripped at the ends.
* **length**: the most characters (code points, as XSD's ``maxLength`` counts them) after
  normalisation.

:data:`FIELDS` lists the record fields: their label (the column header of the roster file,
the name in messages), where the database keeps them (``db check`` scans those columns) and,
for the fields the county bundle carries, the XSD simple type whose facets
``app.exchange.schema`` generates from them. Services with a field table of their own (the
request kinds, case records, plans) check their texts with :func:`text`, the same rules.

The refusals are :class:`~app.errors.ValidationError` (field, reason); every reason is one
entry of :data:`MESSAGES`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable

from app.errors import ValidationError

NFKC = "NFKC"
NFC = "NFC"
DIGITS = "DIGITS"

#: every reason a text is refused, in one place (``str.format`` fields)
MESSAGES: dict[str, str] = {
    "required": "不能为空,请填写",
    "too_long": "最多 {limit} 个字,现在有 {n} 个字",
    "control": "第 {pos} 个字是不可见的控制字符(U+{code:04X}),请删除后重新输入",
    "line_break": "不能换行,请写在一行内",
    "surrogate": "第 {pos} 个字是损坏的字符(U+{code:04X},单独的代理项),请删除后重新输入",
    "noncharacter": "第 {pos} 个字(U+{code:04X})不是可用的字符,请删除后重新输入",
    "format": "第 {pos} 个字是看不见的格式字符(U+{code:04X}),请删除后重新输入",
    "digits": "第 {pos} 个字“{char}”不是 0–9 的数字(应为半角数字)",
}

#: format characters (Cf) that writing systems need and that are therefore kept
_KEPT_FORMAT = frozenset({"\u200c", "\u200d", "\u180e"})
#: line breaks of every kind, made ``\n`` in a multi-line field and a space in a single-line one
_LINE_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029\x85\x0b\x0c]")
_SPACES = re.compile("[ \t]+")
#: what normalising makes a space or ``\n``, read as a space where a raw text is checked
_BLANKS = str.maketrans(dict.fromkeys("\t\r\n\x0b\x0c\x85\u2028\u2029", " "))


def refusal(label: str, key: str, **values: Any) -> ValidationError:
    """The :class:`ValidationError` of :data:`MESSAGES` ``[key]`` for the field ``label``."""
    return ValidationError(label, MESSAGES[key].format(**values))


def ascii_digits(text: str) -> str:
    """Every decimal digit (Unicode category Nd, any script) as its ASCII digit; other characters as they are."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if unicodedata.category(c) == "Nd" else c for c in text)


def normalize(value: Any, form: str = NFKC, *, multiline: bool = False) -> str:
    """``value`` as text in the field's normal form (see the module's docstring); nothing is refused here."""
    text = "" if value is None else str(value)
    if not text.isascii():
        text = unicodedata.normalize(NFC if form == NFC else NFKC, text)
        if form == DIGITS:
            text = ascii_digits(text)
    if multiline:
        lines = _LINE_BREAKS.sub("\n", text).replace("\t", " ").split("\n")
        return "\n".join(line.rstrip() for line in lines).strip()
    return _SPACES.sub(" ", _LINE_BREAKS.sub(" ", text)).strip()


#: text made only of characters no rule below refuses (printable ASCII, CJK ideographs and punctuation, full-width
#: forms): most cells, checked by one match instead of a category lookup per character (tests/test_fields.py checks
#: each of these characters against the loop)
_PLAIN_TEXT = re.compile("[\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff01-\uffef]*")


def character_problem(text: str, *, multiline: bool = False) -> tuple[str, dict] | None:
    """The first character no field may hold, as (:data:`MESSAGES` key, values), or None."""
    if _PLAIN_TEXT.fullmatch(text):
        return None
    for pos, c in enumerate(text, start=1):
        cat = unicodedata.category(c)
        code = ord(c)
        if cat == "Cc":
            if c == "\n" and multiline:
                continue
            return ("line_break", {}) if c in "\n\r" else ("control", {"pos": pos, "code": code})
        if cat == "Cs":
            return "surrogate", {"pos": pos, "code": code}
        if (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF:
            return "noncharacter", {"pos": pos, "code": code}
        if cat == "Cf" and c not in _KEPT_FORMAT:
            return "format", {"pos": pos, "code": code}
    return None


def check_characters(value: Any, label: str) -> None:
    """Refuse, naming ``label``, a text as it came in (a roster cell as read) that holds a character no field may
    hold (:func:`character_problem`); tabs and line breaks pass, as normalising makes them spaces or ``\\n``.
    Positions count the text as typed."""
    text = "" if value is None else str(value)
    problem = character_problem(text.translate(_BLANKS))
    if problem is not None:
        raise refusal(label, problem[0], **problem[1])


@dataclass(frozen=True)
class TextField:
    """The rules of one text field."""

    key: str  # "student.village"
    label: str  # as the roster's column and the messages name it: "村"
    max_length: int
    multiline: bool = False
    form: str = NFKC
    required: bool = False
    #: where the school database keeps it: (table, column); ``db check`` and the export scan these
    stored: tuple[str, str] | None = None
    #: the bundle's XSD simple type carrying it (facets generated from the fields of that type)
    xsd_type: str | None = None

    def clean(self, value: Any, label: str | None = None, *, required: bool | None = None) -> str:
        """The value normalised; :class:`ValidationError` naming ``label`` when it breaks a rule."""
        label = label or self.label
        text = normalize(value, self.form, multiline=self.multiline)
        problem = character_problem(text, multiline=self.multiline)
        if problem is not None:
            raise refusal(label, problem[0], **problem[1])
        if self.form == DIGITS and (bad := next((i for i, c in enumerate(text) if c.isdigit() and not c.isascii()),
                                                None)) is not None:
            raise refusal(label, "digits", pos=bad + 1, char=text[bad])
        if not text and (self.required if required is None else required):
            raise refusal(label, "required")
        if len(text) > self.max_length:
            raise refusal(label, "too_long", limit=self.max_length, n=len(text))
        return text

    def problem(self, stored: Any) -> str | None:
        """Why a value already stored (by an older version) breaks the rules, or None.

        Only what breaks exporting, printing or matching counts — a forbidden character, a line break
        in a single-line field, too many characters, a non-ASCII digit in a number — not a value merely
        written in another normal form."""
        text = "" if stored is None else str(stored)
        found = character_problem(text, multiline=self.multiline)
        if found is not None:
            return MESSAGES[found[0]].format(**found[1])
        if self.form == DIGITS:
            bad = next((i for i, c in enumerate(text) if c.isdigit() and not c.isascii()), None)
            if bad is not None:
                return MESSAGES["digits"].format(pos=bad + 1, char=text[bad])
        if len(text) > self.max_length:
            return MESSAGES["too_long"].format(limit=self.max_length, n=len(text))
        return None

    def shorten(self, value: Any) -> str:
        """A value that may break the rules (an older database) made printable: forbidden characters
        dropped, at most ``max_length`` characters (the last one "…"). For printing, never for storing."""
        text = printable(value, multiline=self.multiline)
        return text if len(text) <= self.max_length else text[:self.max_length - 1] + "…"


def printable(value: Any, *, multiline: bool = False) -> str:
    """``value`` with every character no field may hold removed (line breaks kept only if ``multiline``)."""
    text = normalize(value, NFC, multiline=multiline)
    if character_problem(text, multiline=multiline) is None:
        return text
    return "".join(c for c in text if character_problem(c, multiline=multiline) is None
                   or (c == "\n" and multiline))


def excerpt(value: Any, limit: int) -> str | None:
    """An excerpt of a free text (for the county bundle): on one line, without what no field may hold (an older
    version's stored text may have it), at most ``limit`` characters; None when empty."""
    return " ".join(printable(value).split())[:limit] or None


def text(value: Any, label: str, *, required: bool = False, limit: int = 2000, multiline: bool = True,
         form: str = NFC) -> str:
    """The one text check of a service's own field table (request kinds, case records, plans …):
    ``value`` normalised and checked by the same rules as the fields of :data:`FIELDS`."""
    return TextField("", label, limit, multiline=multiline, form=form).clean(value, required=required)


# --- the record fields --------------------------------------------------------------------------------------

PERSON_NAME = 30
PLACE = 30
ADDRESS = 100
PHONE = 20
NOTE = 2000

FIELDS: dict[str, TextField] = {f.key: f for f in (
    # the student (labels: the roster file's columns)
    TextField("student.name", "姓名", PERSON_NAME, required=True, stored=("student", "name"), xsd_type="PersonName"),
    TextField("student.id_number", "身份证件号", 30, form=DIGITS, stored=("student", "id_number")),
    TextField("student.student_number", "全国学籍号", 19, form=DIGITS, stored=("student", "student_number")),
    TextField("student.address", "家庭住址", ADDRESS, stored=("student", "address")),
    TextField("student.township", "乡镇", PLACE, stored=("student", "township"), xsd_type="PlaceName"),
    TextField("student.village", "村", PLACE, stored=("student", "village"), xsd_type="PlaceName"),
    TextField("student.phone", "联系电话", PHONE, form=DIGITS, stored=("student", "phone")),
    TextField("student.notes", "备注", NOTE, multiline=True, form=NFC, stored=("student", "notes")),
    # guardians (the label gets the guardian's number: 监护人1姓名)
    TextField("guardian.name", "监护人姓名", PERSON_NAME, required=True, stored=("guardian", "name")),
    TextField("guardian.phone", "监护人电话", PHONE, form=DIGITS, stored=("guardian", "phone")),
    TextField("guardian.work_place", "监护人务工地点", 50, stored=("guardian", "work_place")),
    # the school, its classes and staff
    TextField("school.name", "学校名称", 60, required=True, stored=("school", "name"), xsd_type="SchoolName"),
    TextField("school.county_name", "县区名称", PLACE, stored=("school", "county_name"), xsd_type="PlaceName"),
    TextField("school.township", "学校所在乡镇", PLACE, stored=("school", "township")),
    TextField("school.address", "学校地址", ADDRESS, stored=("school", "address")),
    TextField("school.phone", "学校电话", PHONE, form=DIGITS, stored=("school", "phone")),
    TextField("school.principal_name", "校长姓名", PERSON_NAME, stored=("school", "principal_name")),
    TextField("class.name", "班级名称", 30, required=True, stored=("school_class", "name"), xsd_type="ClassName"),
    TextField("staff.name", "教职工姓名", PERSON_NAME, required=True, stored=("staff", "name")),
    TextField("staff.phone", "教职工电话", PHONE, form=DIGITS, stored=("staff", "phone")),
    TextField("staff.title", "职务", 30, stored=("staff", "title")),
    TextField("staff.village", "教职工居住村", PLACE, stored=("staff", "village")),
    TextField("account.display_name", "显示名称", PERSON_NAME, stored=("user_account", "display_name")),
    TextField("status_change.reason", "变动原因", 500, multiline=True, form=NFC, stored=("status_change", "reason")),
    # texts the program writes into the bundle: excerpts of free text (shortened to fit) and file names
    TextField("bundle.text", "摘要", 500, xsd_type="Text"),
    TextField("bundle.file_name", "文件名", 100, required=True, xsd_type="Name"),
)}


#: the fields the county bundle carries (an XSD type of their own)
BUNDLE_FIELDS: tuple[str, ...] = tuple(k for k, f in FIELDS.items() if f.xsd_type and f.stored)
#: the fields the roster file carries (the student's and the guardians', and the class's name)
ROSTER_FIELDS: tuple[str, ...] = tuple(k for k in FIELDS if k.startswith(("student.", "guardian.")) and
                                       k != "student.notes") + ("class.name",)


def field(key: str) -> TextField:
    return FIELDS[key]


def clean(key: str, value: Any, *, label: str | None = None, required: bool | None = None) -> str:
    """``FIELDS[key].clean(value)``."""
    return FIELDS[key].clean(value, label=label, required=required)


def stored_fields(keys: Iterable[str] | None = None) -> list[TextField]:
    """The fields (all, or those of ``keys``) that the database keeps, in :data:`FIELDS` order."""
    wanted = set(FIELDS) if keys is None else set(keys)
    return [f for f in FIELDS.values() if f.stored and f.key in wanted]


@dataclass(frozen=True)
class XsdType:
    """A simple type of the bundle's XSD as the fields carried in it make it."""

    name: str
    min_length: int
    max_length: int
    multiline: bool
    fields: tuple[str, ...]


def xsd_types() -> list[XsdType]:
    """The XSD simple types of :data:`FIELDS`, by name; the fields of one type must agree on its rules."""
    by_type: dict[str, list[TextField]] = {}
    for f in FIELDS.values():
        if f.xsd_type:
            by_type.setdefault(f.xsd_type, []).append(f)
    out = []
    for name, group in sorted(by_type.items()):
        rules = {(f.max_length, f.multiline, f.required) for f in group}
        if len(rules) != 1:
            raise ValueError(f"the fields of XSD type {name} disagree: {[(f.key, f.max_length) for f in group]}")
        max_length, multiline, required = rules.pop()
        out.append(XsdType(name, 1 if required else 0, max_length, multiline, tuple(f.key for f in group)))
    return out
