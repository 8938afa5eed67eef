"""Messages in the user's language: a code and its parameters, worded by the catalog.

A service never words a refusal itself: it raises an error with a **code** and **parameters**
(``ValidationError("出生日期", "students.born_in_future", day=day)``), and the catalog in
``resources/messages/*.tsv`` holds the Chinese and the English wording of every code::

    # code<TAB>zh_CN<TAB>en            (one file per area: the code's first part names the file)
    students.born_in_future	出生日期 {day} 在今天之后	the date of birth {day} is after today

Templates use ``str.format`` fields (``{day}``, ``{count:,}``); a ``\\n`` in a template is a line
break. Chinese is the default: ``str(error)`` (the CLI, the logs, the tests) is the Chinese text;
the windows render ``error.in_language(lang)`` in their language, and ``baoxue`` on the command
line in ``--lang`` / ``BAOXUE_LANG``. A parameter that is itself a message (a :class:`Message`, or
an error it wraps) is rendered in the same language. ``tests/test_messages.py`` checks that every
code raised is in the catalog in both languages with the same parameters, and that no raise site
passes Chinese text of its own.

The field names of :class:`~app.errors.ValidationError` (``"出生日期"``) stay what the windows match
on; their English labels are the catalog's ``field_names.tsv`` (Chinese<TAB>English).
"""

from __future__ import annotations

import os
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.shipped import resource, resources_dir

DEFAULT_LANG = "zh_CN"
LANGS = ("zh_CN", "en")
#: the file of the field labels (not codes: Chinese label → English label)
FIELDS_FILE = "field_names.tsv"
#: the English of the program's tables of labels (roles, statuses, kinds, …): table<TAB>key<TAB>English;
#: the Chinese stays in the table in the code (``ROLES``, ``STATUS_LABELS``, …)
LABELS_FILE = "labels.tsv"
#: what joins a list given as one parameter
LIST_SEPARATOR = {"zh_CN": "、", "en": ", "}


@dataclass(frozen=True)
class Message:
    """A code and its parameters, rendered when it is shown (``str()`` is the Chinese)."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    def in_language(self, lang: str = DEFAULT_LANG) -> str:
        return render(self.code, dict(self.params), lang)

    def __str__(self) -> str:
        return self.in_language(DEFAULT_LANG)


def msg(code: str, /, **params) -> Message:
    """A :class:`Message` (hashable: the windows use field names as keys)."""
    return Message(code, tuple(params.items()))


@dataclass(frozen=True)
class Label:
    """One entry of a table of labels (a role, a status, a kind of leave): its Chinese is ``zh``,
    its English ``labels.tsv``'s line for (``table``, ``key``)."""

    table: str
    key: str
    zh: str

    def in_language(self, lang: str = DEFAULT_LANG) -> str:
        if lang == DEFAULT_LANG:
            return self.zh
        return label_texts().get((self.table, str(self.key)), self.zh)

    def __str__(self) -> str:
        return self.zh


#: the program's tables of labels by name (name → key → Chinese), as their modules register them
_TABLES: dict[str, dict] = {}


def label_table(name: str, table: dict) -> dict:
    """Register ``table`` (key → Chinese) under ``name`` — its name in labels.tsv — and return it: a module that
    defines a table of labels registers it, so a stored code (the audit log's ``"status": "in_school"``) can be
    shown in either language by the table's name alone (:func:`table_label`)."""
    _TABLES[name] = table
    return table


def label_tables() -> dict[str, dict]:
    """The registered tables of labels (name → key → Chinese)."""
    return dict(_TABLES)


def table_label(name: str, key, lang: str = DEFAULT_LANG) -> str:
    """The label of ``key`` in the registered table ``name``, in ``lang``; an unknown key is itself."""
    zh = _TABLES.get(name, {}).get(key)
    if zh is None:
        zh = next((v for k, v in _TABLES.get(name, {}).items() if str(k) == str(key)), None)
    if lang == DEFAULT_LANG:
        return str(zh) if zh is not None else str(key)
    return label_texts().get((name, str(key))) or (str(zh) if zh is not None else str(key))


@dataclass(frozen=True)
class FieldName:
    """A field's Chinese name (a column of the roster, 性别) as a parameter: shown by its label in the language."""

    name: str

    def in_language(self, lang: str = DEFAULT_LANG) -> str:
        return field_label(self.name, lang)

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Accepted:
    """What may be written for a coded value, as a parameter: in Chinese the table's labels (with their codes when
    ``with_codes``), as a file is filled in; in another language the codes, each with its label in that language
    (the code alone is accepted too). ``name`` is the table's name in labels.tsv (its module registered it)."""

    name: str
    with_codes: bool = True
    keys: tuple | None = None  # those of the table that may be written (None: all)

    def in_language(self, lang: str = DEFAULT_LANG) -> str:
        table = {k: v for k, v in _TABLES.get(self.name, {}).items() if self.keys is None or k in self.keys}
        if lang == DEFAULT_LANG:
            return LIST_SEPARATOR[lang].join(f"{v}({k})" if self.with_codes else str(v) for k, v in table.items())
        sep = LIST_SEPARATOR.get(lang, ", ")
        if self.with_codes:
            return sep.join(f"{k} ({table_label(self.name, k, lang)})" for k in table)
        return sep.join(f"{v} ({table_label(self.name, k, lang)})" for k, v in table.items())

    def __str__(self) -> str:
        return self.in_language(DEFAULT_LANG)


def table_name(table: dict) -> str | None:
    """The name a table of labels is registered under (:func:`label_table`) — or of the registered table it is a
    part of (the sexes a form offers, of all the sexes) — None for one not registered."""
    found = next((name for name, t in _TABLES.items() if t is table), None)
    return found or next((name for name, t in _TABLES.items()
                          if table and all(k in t and t[k] == v for k, v in table.items())), None)


def label(table: str, key, labels: dict) -> Label:
    """The label of ``key`` in the table ``labels`` (named ``table`` in labels.tsv); an unknown key is itself."""
    return Label(table, str(key), str(labels.get(key, key)))


def labels(table: str, keys, table_labels: dict) -> list[Label]:
    """Several labels (a parameter that lists them: the language's separator joins them)."""
    return [label(table, k, table_labels) for k in keys]


def label_text(table: str, key, table_labels: dict, lang: str = DEFAULT_LANG) -> str:
    """The label of ``key`` in ``lang`` (the windows' columns and lists)."""
    return label(table, key, table_labels).in_language(lang)


def messages_dir() -> Path:
    return resource("messages")


def _read(path: Path, columns: int) -> list[list[str]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != columns:
            raise ValueError(f"{path}:{n}: expected {columns} tab-separated fields, got {len(parts)}")
        rows.append([p.replace("\\n", "\n") for p in parts])
    return rows


@lru_cache(maxsize=4)
def _load(root: Path) -> tuple[dict[str, dict[str, str]], dict[str, str], dict[tuple[str, str], str]]:
    """The catalog of the resources folder ``root``, read once (a message is rendered per pupil on some pages)."""
    folder = root / "messages"
    codes: dict[str, dict[str, str]] = {}
    fields: dict[str, str] = {}
    table_labels: dict[tuple[str, str], str] = {}
    if not folder.is_dir():
        return codes, fields, table_labels
    for path in sorted(folder.glob("*.tsv")):
        if path.name == FIELDS_FILE:
            fields.update((zh, en) for zh, en in _read(path, 2))
            continue
        if path.name == LABELS_FILE:
            table_labels.update(((table, key), en) for table, key, en in _read(path, 3))
            continue
        for code, zh, en in _read(path, 3):
            if code in codes:
                raise ValueError(f"{path}: the code {code} is in the catalog twice")
            codes[code] = {"zh_CN": zh, "en": en}
    return codes, fields, table_labels


def catalog() -> dict[str, dict[str, str]]:
    """code → {language → template}, read once from ``resources/messages``."""
    return _load(resources_dir())[0]


def field_labels() -> dict[str, str]:
    """A field's Chinese name → its English label."""
    return _load(resources_dir())[1]


def label_texts() -> dict[tuple[str, str], str]:
    """(table, key) → the English label."""
    return _load(resources_dir())[2]


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses (``{day}``, ``{n:,}`` → day, n)."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


class Clauses(tuple):
    """Parts of one sentence, joined by a semicolon (a list parameter is joined by 、 / a comma)."""


class Alternatives(tuple):
    """Choices joined by 或 / or."""


class Lines(tuple):
    """Items shown one a line, indented under the sentence that names them."""


CLAUSE_SEPARATOR = {"zh_CN": ";", "en": "; "}
ALTERNATIVE_SEPARATOR = {"zh_CN": " 或 ", "en": " or "}


def localized(value, lang: str):
    """A parameter as it is shown in ``lang``: messages and errors rendered, lists joined."""
    if hasattr(value, "in_language"):
        return value.in_language(lang)
    if isinstance(value, Alternatives):
        return ALTERNATIVE_SEPARATOR.get(lang, " or ").join(str(localized(v, lang)) for v in value)
    if isinstance(value, Lines):
        return "\n".join(f"  {localized(v, lang)}" for v in value)
    if isinstance(value, Clauses):
        return CLAUSE_SEPARATOR.get(lang, "; ").join(str(localized(v, lang)) for v in value)
    if isinstance(value, (list, tuple)) and all(hasattr(v, "in_language") or isinstance(v, str) for v in value):
        return LIST_SEPARATOR.get(lang, ", ").join(str(localized(v, lang)) for v in value)
    return value


class _Formatter(string.Formatter):
    """``str.format`` with one more kind of field: ``{n:class|classes}`` is the word for ``n`` — the first when ``n``
    is 1, the second otherwise (English counts; Chinese needs none). Every count, in the catalog and in the
    windows' texts (:func:`formatted`), is worded this way: "{n} {n:class has|classes have} not taken the roll"."""

    def format_field(self, value, format_spec: str):
        if "|" in format_spec:
            one, other = format_spec.split("|", 1)
            try:
                return one if float(value) == 1 else other
            except (TypeError, ValueError):
                return other
        return super().format_field(value, format_spec)


_FORMATTER = _Formatter()


def formatted(template: str, /, **values) -> str:
    """``template.format(**values)`` with the plural fields of :class:`_Formatter` (``{n:day|days}``)."""
    return _FORMATTER.vformat(template, (), values)


def render(code: str, params: dict, lang: str = DEFAULT_LANG) -> str:
    """The text of ``code`` in ``lang`` (Chinese when ``lang`` has no wording).

    Never fails: an unknown code or a template that does not fit its parameters (a bug the
    catalog test is there to catch) shows the code and the parameters instead of hiding the error.
    """
    templates = catalog().get(code)
    values = {k: localized(v, lang) for k, v in params.items()}
    if templates is None:
        return " ".join([code, *(f"{k}={v}" for k, v in values.items())])
    template = templates.get(lang) or templates[DEFAULT_LANG]
    try:
        return formatted(template, **values)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return " ".join([template, *(f"{k}={v}" for k, v in values.items())])


@lru_cache(maxsize=64)
def _pattern(code: str, root: Path) -> re.Pattern | None:
    template = _load(root)[0].get(code, {}).get(DEFAULT_LANG)
    if template is None:
        return None
    parts = re.split(r"\{(\w+)\}", template)  # literal, name, literal, name, …
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts)), re.S)


def read_back(stored: str, codes) -> Message | None:
    """A text the program stored in Chinese (a reason, a reference) read back as the message of the first of
    ``codes`` whose Chinese template it is, its parameters the parts that filled the template's fields;
    None when no template fits (a user typed it: it is shown as it is)."""
    if not stored:
        return None
    root = resources_dir()
    for code in codes:
        pattern = _pattern(code, root)
        found = pattern.fullmatch(stored) if pattern is not None else None
        if found:
            return msg(code, **found.groupdict())
    return None


def field_label(field, lang: str = DEFAULT_LANG) -> str:
    """A :class:`~app.errors.ValidationError` field as shown in ``lang``."""
    if hasattr(field, "in_language"):
        return field.in_language(lang)
    if lang == DEFAULT_LANG:
        return str(field)
    name, table = str(field), field_labels()
    if name in table:
        return table[name]
    numbered = re.search(r"\d+", name)  # 监护人2姓名 → 监护人{n}姓名
    if numbered:
        pattern = table.get(name[:numbered.start()] + "{n}" + name[numbered.end():])
        if pattern:
            return pattern.format(n=numbered.group())
    return name


def text(value, lang: str = DEFAULT_LANG) -> str:
    """Anything shown to the user: an error or message in ``lang``, anything else as ``str()``."""
    return str(localized(value, lang))


def cli_language(option: str | None = None) -> str:
    """The command line's language: ``--lang``, then ``BAOXUE_LANG``, then Chinese."""
    for candidate in (option, os.environ.get("BAOXUE_LANG")):
        if candidate in LANGS:
            return candidate
    return DEFAULT_LANG
