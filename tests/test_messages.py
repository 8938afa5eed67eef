"""Messages in the user's language (issue #15 item 6): the catalog, the raise sites, the tables of labels.

The services raise errors with a code of ``resources/messages/*.tsv`` and its parameters; these tests
read every module of ``app/`` outside ``app/ui`` and check that

* every code raised (or wrapped in ``msg()``) is in the catalog, in Chinese and in English, and the raise
  site passes exactly the parameters its templates use (the same in both languages);
* no raise site words a message itself: no argument holds Chinese text, but for a
  :class:`~app.errors.ValidationError`'s field name — the Chinese name the windows match on, whose English
  label is ``field_names.tsv`` (checked too);
* every entry of the program's tables of labels (roles, statuses, kinds, …) has its English.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app import messages
from app.errors import BaoxueError, ValidationError
from app.messages import Label, label, msg

ROOT = Path(__file__).resolve().parents[1]
#: Chinese text: ideographs, CJK punctuation, full-width forms (not the curly quotes and … English uses too)
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
CODE = re.compile(r"^[a-z_]+\.[a-z0-9_]+$")
BASES = {"BaoxueError", "ValidationError", "PermissionDenied", "NotFound", "ConflictError"}
#: errors whose own __init__ builds the message from what it is given (no code at the raise site)
WORDS_ITSELF = {"HolidayFileError", "StoredValueError", "FolderInUse", "AccountLocked"}
#: errors with a code of their own when the raise site gives none
DEFAULT_CODE = {"Cancelled": "documents.cancelled_nothing_written"}
#: errors whose code is the second argument (the first names the field, or the file)
CODE_SECOND = {"PackageRefused"}


def _modules() -> dict[Path, ast.Module]:
    files = [p for p in sorted((ROOT / "app").rglob("*.py"))
             if p.relative_to(ROOT / "app").parts[0] != "ui" and "migrations" not in p.parts]
    return {p: ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for p in files}


MODULES = _modules()


def _error_classes() -> tuple[set[str], set[str]]:
    """Every error class by name (BaoxueError and its subclasses), and those that take a field first."""
    classes, validation = set(BASES), {"ValidationError"}
    changed = True
    while changed:
        changed = False
        for tree in MODULES.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                    if node.name not in classes and bases & classes:
                        classes.add(node.name)
                        changed = True
                    own_init = any(isinstance(x, ast.FunctionDef) and x.name == "__init__" for x in node.body)
                    if node.name not in validation and bases & validation and not own_init:
                        validation.add(node.name)
                        changed = True
    return classes, validation


ERRORS, TAKES_FIELD = _error_classes()


def _name(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "code" assignments (a code kept in a constant)."""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    out[t.id] = node.value.value
    return out


def _codes_of(node: ast.expr, constants: dict[str, str]) -> list[str] | None:
    """The code(s) an argument names: a constant, a module constant, either branch of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name) and node.id in constants:
        return [constants[node.id]]
    if isinstance(node, ast.IfExp):
        a, b = _codes_of(node.body, constants), _codes_of(node.orelse, constants)
        return a + b if a is not None and b is not None else None
    return None


def _has_chinese(node: ast.AST) -> bool:
    return any(isinstance(x, ast.Constant) and isinstance(x.value, str) and CJK.search(x.value) for x in ast.walk(node))


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{node.lineno}"


def _sites():
    """(where, class or 'msg', the code argument, the keyword names, the call) of every error and message built."""
    for path, tree in MODULES.items():
        constants = _constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name == "msg" or (name in ERRORS and name not in WORDS_ITSELF):
                at = 1 if name in TAKES_FIELD or name in CODE_SECOND else 0
                arg = node.args[at] if len(node.args) > at else None
                if arg is None and name in DEFAULT_CODE:
                    arg = ast.Constant(DEFAULT_CODE[name])
                yield _where(path, node), name, arg, constants, node


SITES = list(_sites())


def test_the_sites_are_found():
    # the walk sees the program's raise sites (a broken walk would make every other test pass)
    assert len([s for s in SITES if s[1] != "msg"]) > 350 and len([s for s in SITES if s[1] == "msg"]) > 50


def test_every_code_is_in_both_languages_with_the_same_parameters():
    catalog = messages.catalog()
    assert len(catalog) > 300
    for code, texts in catalog.items():
        assert CODE.match(code), code
        assert texts["zh_CN"].strip() and texts["en"].strip(), code
        assert messages.placeholders(texts["zh_CN"]) == messages.placeholders(texts["en"]), code
        assert not CJK.search(texts["en"].replace("学生姓名", "").replace("留坝县教育局", "")
                              .replace("元旦", "").replace("春节", "")), f"{code}: Chinese in the English"


def test_every_code_raised_is_in_the_catalog_with_its_parameters():
    catalog = messages.catalog()
    problems = []
    for where, name, arg, constants, node in SITES:
        if arg is None:
            problems.append(f"{where}: {name}() without a code")
            continue
        codes = _codes_of(arg, constants)
        if codes is None:  # a message built elsewhere (a helper's reason): checked where it is built
            if isinstance(arg, (ast.JoinedStr, ast.BinOp)) or _has_chinese(arg):
                problems.append(f"{where}: {name}() words its message: {ast.unparse(arg)[:60]}")
            continue
        given = {k.arg for k in node.keywords if k.arg is not None}
        spread = any(k.arg is None for k in node.keywords)
        for code in codes:
            if code not in catalog:
                problems.append(f"{where}: {code} is not in resources/messages")
                continue
            wanted = messages.placeholders(catalog[code]["zh_CN"])
            if given != wanted and not (spread and given <= wanted):
                problems.append(f"{where}: {code} takes {sorted(wanted)}, given {sorted(given)}")
    assert not problems, "\n".join(problems)


def test_no_raise_site_passes_chinese_text():
    """Only a ValidationError's field name may be Chinese (the windows' key; field_names.tsv has its English)."""
    problems = []
    for where, name, _arg, _constants, node in SITES:
        args = node.args[1:] if name in TAKES_FIELD else node.args
        for a in [*args, *(k.value for k in node.keywords)]:
            if _has_chinese(a):
                problems.append(f"{where}: {name}({ast.unparse(a)[:60]})")
    assert not problems, "\n".join(problems)


def _literal_fields() -> set[str]:
    found = set()
    for tree in MODULES.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in TAKES_FIELD and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
            if isinstance(node, ast.FunctionDef):  # check_phone(s, field="联系电话"): a field's default name
                defaults = node.args.defaults
                for a, d in zip(node.args.args[len(node.args.args) - len(defaults):], defaults):
                    if a.arg in ("field", "label") and isinstance(d, ast.Constant) and isinstance(d.value, str):
                        found.add(d.value)
    return {f for f in found if CJK.search(f)}


def test_every_field_named_at_a_raise_site_has_its_english_label():
    labels = messages.field_labels()
    missing = sorted(_literal_fields() - set(labels))
    assert not missing, "not in resources/messages/field_names.tsv: " + ", ".join(missing)
    assert all(en and not CJK.search(en) for en in labels.values())


def _label_tables() -> dict[str, dict]:
    from app import access, codes
    from app.approvals.common import ACTIONS, STATES, STATUS_HINTS
    from app.approvals.registry import REGISTRY
    from app.attendance import LEAVE_KINDS, MARK_LABELS, SESSIONS
    from app.attendance.alerts import LEVELS
    from app.cases.stages import CLOSE_OUTCOMES, FORMS, OUTCOMES, PARTICIPANT_ROLES, REPORT_KINDS
    from app.codes import RELATION, SEX_ALL
    from app.codes import BOARDING, CHANGE, DISABILITY, DOC_TYPE, ETHNICITY, GRADES, HEALTH, HUKOU, LEFT_BEHIND
    from app.early_warning import RULES
    from app.mentors import END_REASONS, MEASURE_KINDS, RISK_LEVELS
    from app.policy import LABELS
    from app.school_calendar import KINDS as CALENDAR_KINDS
    from app.students import FOCUS_GROUPS, NUMBER_FILTERS

    return {
        "role": access.ROLES, "permission": access.PERMISSION_LABELS, "status": codes.STATUS,
        "request_state": STATES, "request_action": ACTIONS, "request_kind": {k: v.label for k, v in REGISTRY.items()},
        "leave_kind": LEAVE_KINDS, "mark": MARK_LABELS, "session": SESSIONS, "contact_form": FORMS,
        "report_kind": REPORT_KINDS, "close_outcome": CLOSE_OUTCOMES,
        "participant_role": {k: v[1] for k, v in PARTICIPANT_ROLES.items()}, "status_hint": STATUS_HINTS,
        "case_outcome": OUTCOMES, "alert_level": LEVELS, "sex": SEX_ALL, "focus": FOCUS_GROUPS,
        "number_filter": NUMBER_FILTERS, "relation": RELATION, "policy": LABELS, "end_reason": END_REASONS,
        "risk_level": RISK_LEVELS, "measure_kind": MEASURE_KINDS, "risk_rule": RULES, "left_behind": LEFT_BEHIND,
        "disability": DISABILITY, "change": CHANGE, "grade": GRADES, "doc_type": DOC_TYPE, "hukou": HUKOU,
        "health": HEALTH, "boarding": BOARDING, "ethnicity": ETHNICITY, "calendar_kind": CALENDAR_KINDS,
    }


def test_every_table_of_labels_has_its_english():
    texts = messages.label_texts()
    missing = [f"{table}\t{key}\t({zh})" for table, rows in _label_tables().items() for key, zh in rows.items()
               if not texts.get((table, str(key)))]
    assert not missing, "not in resources/messages/labels.tsv:\n" + "\n".join(missing)
    assert all(not CJK.search(en) for en in texts.values())


def test_codes_kept_in_the_kinds_of_request_are_in_the_catalog():
    from app.approvals.registry import REGISTRY

    catalog = messages.catalog()
    for kind in REGISTRY.values():
        for code in (kind.no_student_message, kind.withdrawal.too_late if kind.withdrawal else ""):
            assert not code or code in catalog, (kind.key, code)


# --- rendering -----------------------------------------------------------------------------------


def test_an_error_is_chinese_by_default_and_english_on_request():
    err = ValidationError("出生日期", "students.cannot_after_today")
    assert str(err) == "出生日期:不能晚于今天"
    assert err.reason == "不能晚于今天" and err.field == "出生日期"
    assert err.in_language("en") == "Date of birth: cannot be after today"
    plain = BaoxueError("common.case_does_not_exist", case_id=7)
    assert str(plain) == "个案 7 不存在" and plain.in_language("en") == "case 7 does not exist"


def test_a_wrapped_reason_a_label_and_a_list_are_rendered_in_the_same_language():
    inner = ValidationError("身份证件号", "identity.must_18_characters", number_count=5)
    outer = ValidationError("全国学籍号", "identity.id_number_after_g", reason=inner.why)
    assert str(outer) == "全国学籍号:G 后的身份证号应为 18 位,现在是 5 位"
    assert outer.in_language("en") == "National student number: the ID number after G: must be 18 characters, it is 5"
    roles = [label("role", r, {"principal": "校长", "admin": "系统管理员"}) for r in ("principal", "admin")]
    denied = BaoxueError("access.not_allowed", permission=label("permission", "audit.view", {"audit.view": "查看操作日志"}),
                         username="wang", roles=roles)
    assert str(denied) == "没有权限:查看操作日志(当前用户 wang,角色 校长、系统管理员)"
    assert denied.in_language("en") == "Not allowed: see the audit log (current user wang, roles: principal, system administrator)"


def test_a_message_given_as_the_code_keeps_its_parameters():
    reason = msg("attendance.not_of_class", s_name="张三", c_name="一年级1班")
    err = ValidationError("学生", reason)
    assert err.code == "attendance.not_of_class" and str(err) == "学生:学生“张三”不是一年级1班的学生"
    assert "张三" in err.in_language("en") and "is not in" in err.in_language("en")


def test_a_message_is_hashable_and_a_label_keeps_its_chinese():
    assert hash(msg("common.cannot_empty")) == hash(msg("common.cannot_empty"))
    assert str(Label("role", "principal", "校长")) == "校长" and f"{Label('role', 'principal', '校长')}" == "校长"
    assert Label("role", "nobody", "某人").in_language("en") == "某人"  # no English: the Chinese rather than nothing


def test_an_unknown_code_or_a_missing_parameter_still_shows_something():
    assert "no.such_code" in str(BaoxueError("no.such_code", x=1))
    assert "个案" in str(BaoxueError("common.case_does_not_exist"))


def test_the_command_line_language(monkeypatch):
    monkeypatch.delenv("BAOXUE_LANG", raising=False)
    assert messages.cli_language() == "zh_CN" and messages.cli_language("en") == "en"
    monkeypatch.setenv("BAOXUE_LANG", "en")
    assert messages.cli_language() == "en" and messages.cli_language("zh_CN") == "zh_CN"
    monkeypatch.setenv("BAOXUE_LANG", "fr")
    assert messages.cli_language() == "zh_CN"


@pytest.mark.parametrize("lang, words", [("zh_CN", "错误:找不到备份文件"), ("en", "error: The backup file")])
def test_the_cli_prints_a_refusal_in_its_language(tmp_path, capsys, monkeypatch, lang, words):
    from app.cli import main

    monkeypatch.delenv("BAOXUE_LANG", raising=False)
    assert main(["--lang", lang, "db", "verify-backup", str(tmp_path / "none.zip")]) == 1
    assert words in capsys.readouterr().err


def test_baoxue_lang_sets_the_cli_language(tmp_path, capsys, monkeypatch):
    from app.cli import main

    monkeypatch.setenv("BAOXUE_LANG", "en")
    assert main(["db", "verify-backup", str(tmp_path / "none.zip")]) == 1
    err = capsys.readouterr().err
    assert "cannot be found" in err and not CJK.search(err.replace(str(tmp_path), ""))


@pytest.mark.parametrize("code, stored, english", [
    ("11", "入学", "enrolment"),
    ("12", "复学(病愈返校)", "resumed school (病愈返校)"),
    ("27", "转出至汉中市勉县新街子小学(随父母务工)", "transferred to 汉中市勉县新街子小学 (随父母务工)"),
    ("23", "休学 3 个月,至 2027-01-31(住院治疗)", "suspended for 3 months, until 2027-01-31 (住院治疗)"),
    ("", "借读:西乡县城关小学(随父母务工)", "studying at 西乡县城关小学 (随父母务工)"),
    ("12", "劝返复学", "persuaded back to school"),
])
def test_a_status_change_reason_the_program_wrote_is_shown_in_the_language(code, stored, english):
    from app.students import reason_said

    said = reason_said(code, stored)
    assert said is not None
    assert messages.text(said) == stored  # the Chinese is what is stored, byte for byte
    assert messages.text(said, "en") == english  # the typed parts stay as they were typed


def test_a_status_change_reason_a_user_typed_is_not_a_message():
    from app.students import reason_said

    assert reason_said("28", "家里经济困难,外出打工") is None
    assert reason_said("28", "") is None


def test_the_registered_tables_of_labels_are_the_tables_of_labels():
    """A module that defines a table of labels registers it (app.messages.label_table): the audit log shows a
    stored code by the table's name in either language."""
    tables = _label_tables()
    registered = messages.label_tables()
    not_stored = {"permission", "policy", "status_hint", "request_action", "risk_rule", "focus", "number_filter"}
    missing = sorted(set(tables) - not_stored - set(registered))
    assert not missing, "not registered with app.messages.label_table: " + ", ".join(missing)
    for name, table in registered.items():
        assert name not in tables or dict(table) == dict(tables[name]), name
        assert all(messages.label_texts().get((name, str(k))) for k in table), f"{name}: not all in labels.tsv"


def test_every_stored_field_of_the_audit_log_has_its_name_in_both_languages():
    from app import audit

    names = {*audit.FIELD_NAMES.values(), *audit.ENTITY_FIELD_NAMES.values()}
    missing = sorted(n for n in names if CJK.search(n) and n not in messages.field_labels())
    assert not missing, "not in resources/messages/field_names.tsv: " + ", ".join(missing)


def test_the_audit_detail_names_fields_and_shows_codes_in_the_language():
    from app import audit

    stored = {"name": "罗语露", "sex": "2", "status": "in_school", "grade_level": 1, "class_id": 3, "poor_household": False,
              "guardians": [{"name": "罗林", "relation": "father"}], "reference": "审批 #5", "new_column": "x",
              "67": {"姓名": "吕琪", "mark": "excused", "标记": "已请假"}}
    zh = audit.detail_text("student", stored, "zh_CN").splitlines()
    en = audit.detail_text("student", stored, "en").splitlines()
    assert zh[:7] == ["姓名：罗语露", "性别：女", "状态：在校", "年级：一年级", "班级：#3", "建档立卡贫困户：否", "监护人："]
    assert en[:7] == ["Name: 罗语露", "Sex: female", "Status: in school", "Grade: grade 1", "Class: #3",
                      "Registered poor household: no", "Guardian:"]
    assert "Reference number: request #5" in en and "文号：审批 #5" in zh  # the program's words, read back
    assert "new column: x" in en  # a field without a name yet: its words, never a blank
    marks = [line for line in en if line.startswith("  Mark: ")]
    assert len(marks) == 2 and marks[0] == marks[1]  # the stored 标记 is the label of the mark beside it
    assert not CJK.search("".join(en).replace("罗语露", "").replace("罗林", "").replace("吕琪", ""))


def test_a_count_takes_the_word_of_its_number():
    """One mechanism for every count, the catalog's and the windows' (app.messages.formatted): {n:one|other}."""
    assert messages.formatted("{n} {n:class has|classes have} not taken the roll", n=1) == "1 class has not taken the roll"
    assert messages.formatted("{n} {n:class has|classes have} not taken the roll", n=3) == "3 classes have not taken the roll"
    assert messages.formatted("{n:,} {n:row|rows}, {h:g} {h:lesson|lessons}", n=1200, h=1.0) == "1,200 rows, 1 lesson"
    assert messages.render("reports.risk_total", {"points": 1}, "en") == " = 1 point"
    assert messages.render("reports.risk_total", {"points": 2}, "en") == " = 2 points"
    assert messages.render("reports.risk_total", {"points": 1}) == " = 1 分"


def test_no_english_count_of_the_catalog_or_the_windows_is_left_without_its_plural():
    """A number followed by a plural noun ("{n} classes") must say its singular too ("{n} {n:class|classes}")."""
    bare = re.compile(r"\{(n|count|days|hours|minutes|points|months|rows|load|more)(:[^}|]*)?\} (school |more |open )?"
                      r"(students|classes|days|points|entries|requests|alerts|cases|pages|pledges|errors|lessons|"
                      r"minutes|months|columns|problems|rows|files|attempts|years|items|schools)\b")
    found = [f"{code}: {t['en']}" for code, t in messages.catalog().items() if bare.search(t.get("en", ""))]
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if "tr(" in line and bare.search(line):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not found, "counts without their singular:\n" + "\n".join(found)
