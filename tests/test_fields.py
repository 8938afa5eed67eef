"""The field specification (app/fields.py) at every input, in the XSD, the exports and printing (issue #14, item 2).

The defects it fixes are reproduced first: a name with \\x01, NUL or U+FFFE crashed ``baoxue export`` and
``roster export``; a 500-character village made the export refuse the whole school; a 60,000-character
address crashed printing; resident IDs in Arabic-Indic digits imported the same child twice.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from sqlmodel import func, select

from app import fields, students
from app.cli import EXIT_ERROR, EXIT_OK, main
from app.data.models import Guardian, SchoolClass, Student
from app.errors import ValidationError
from app.field_check import StoredValueError, stored_problems
from app.fields import FIELDS
from app.students import roster_export, roster_import
from tests.conftest import ADMIN_PASSWORD, TODAY, make_student_input
from tests.exchange.conftest import bundle_root

PASSPHRASE = "field-spec-key-1"
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
BAD_CHARACTERS = ["\x01", "\x00", "\ufffe", "\uffff", "\x9b", "\x7f", "\ud800", "\u202e", "\u200b", "\ufeff",
                  "\U0010fffe", "\ufdd0"]


# --- the rules --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", BAD_CHARACTERS)
def test_no_field_takes_an_invisible_or_broken_character(bad):
    for key in ("student.name", "student.village", "student.notes", "class.name"):
        with pytest.raises(ValidationError) as exc:
            fields.clean(key, f"张{bad}三")
        assert exc.value.field == FIELDS[key].label and "第 2 个字" in exc.value.reason
        assert f"U+{ord(bad):04X}" in exc.value.reason


def test_normal_forms_and_line_breaks():
    assert fields.clean("student.name", "  张　三 ") == "张 三"  # ideographic space: NFKC, squeezed, stripped
    assert fields.clean("student.name", "ＡＢＣ") == "ABC"
    assert fields.clean("student.village", "马道\r\n村") == "马道 村"  # one line
    assert fields.clean("student.notes", "第一行\r\n第二行\u2028\t第三行①") == "第一行\n第二行\n 第三行①"  # NFC keeps ①
    assert fields.clean("student.phone", "１٣٨٠٠١٣٨٠٠٠") == "13800138000"  # full-width and Arabic-Indic digits
    # the writing systems' joiners and the Mongolian vowel separator stay; private-use characters too
    assert fields.clean("student.name", "a\u200db\u180ec\ue000") == "a\u200db\u180ec\ue000"
    with pytest.raises(ValidationError, match="不能为空"):
        fields.clean("student.name", " \u3000 ")
    with pytest.raises(ValidationError, match="最多 30 个字,现在有 31 个字"):
        fields.clean("student.name", "名" * 31)
    # the length is counted after NFKC (㍿ is four characters)
    with pytest.raises(ValidationError, match="现在有 32 个字"):
        fields.clean("student.name", "名" * 28 + "㍿")


@given(st.text(max_size=60))
@example("\r\n\t x\x1f")
@example("Ⅻ① ㍿\u3000")
def test_what_a_field_accepts_it_accepts_again_unchanged(value):
    for f in FIELDS.values():
        try:
            once = f.clean(value)
        except ValidationError:
            continue
        assert f.clean(once) == once and f.problem(once) is None
        assert f.shorten(once) == once


def test_the_characters_checked_at_once_pass_the_rules_one_by_one():
    # character_problem takes text of printable ASCII, CJK ideographs and punctuation and full-width forms at one
    # match (#18: most roster cells); each of them, followed by a control character, is checked character by
    # character and only the control character is refused
    plain = [chr(c) for a, b in ((0x20, 0x7E), (0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF01, 0xFFEF))
             for c in range(a, b + 1)]
    assert all(fields.character_problem(c) is None for c in plain)
    assert {c for c in plain if fields.character_problem(c + "\x01") != ("control", {"pos": 2, "code": 1})} == set()
    # whatever lies outside those ranges is still looked at character by character
    assert fields.character_problem("张三\u00ad") == ("format", {"pos": 3, "code": 0xAD})
    assert fields.character_problem("张\ufffe") == ("noncharacter", {"pos": 2, "code": 0xFFFE})


def test_messages_are_one_table():
    # every refusal reason comes from fields.MESSAGES (the helper converting messages to codes finds them there)
    for bad in BAD_CHARACTERS:
        with pytest.raises(ValidationError) as exc:
            fields.clean("student.name", bad + "x")
        assert exc.value.reason in {m.format(pos=1, code=ord(bad), char=bad) for m in fields.MESSAGES.values()
                                    if "{limit}" not in m}


def test_the_four_copies_of_the_text_check_are_one():
    import inspect

    from app import mentors
    from app.approvals import common
    from app.cases import work
    from app.mentors import assigning, board, home_teaching, planning, suggesting

    for module in (home_teaching, mentors, assigning, board, planning, suggesting, work):
        assert not hasattr(module, "_text")
    assert "spec.text(" in inspect.getsource(common.text)  # app.fields, imported as spec
    with pytest.raises(ValidationError, match="控制字符"):
        common.text("好\x01", "备注")


def test_a_raw_cell_is_checked_by_the_same_character_rule():
    """The roster import's check of a cell as read (was a regex of its own in app.spreadsheets, worded apart)."""
    from app import spreadsheets

    assert not hasattr(spreadsheets, "unsendable_character")
    fields.check_characters("张\t三\r\n李四\x0b\u2028", "家庭住址")  # what normalising makes blanks passes
    for bad in BAD_CHARACTERS:
        with pytest.raises(ValidationError) as exc:
            fields.check_characters(" \t张" + bad, "姓名")
        assert exc.value.field == "姓名"
        assert exc.value.reason in {m.format(pos=4, code=ord(bad), char=bad) for m in fields.MESSAGES.values()
                                    if "{limit}" not in m}  # the position as typed


def test_the_xsd_text_types_are_generated_from_the_specification():
    from app.exchange import schema

    shipped = schema.xsd_path().read_text(encoding="utf-8")
    assert schema.with_text_types(shipped) == shipped, "run `python -m app.exchange.schema` after changing app/fields.py"
    tree = etree.fromstring(shipped.encode("utf-8"))
    ns = {"xs": "http://www.w3.org/2001/XMLSchema"}
    for t in fields.xsd_types():
        node = tree.find(f"xs:simpleType[@name='{t.name}']", ns)
        assert node.find(".//xs:maxLength", ns).get("value") == str(t.max_length)
        for key in t.fields:
            assert FIELDS[key].max_length == t.max_length
    used = {a.get("type") for a in tree.iter("{http://www.w3.org/2001/XMLSchema}attribute")}
    assert {"PersonName", "PlaceName", "ClassName", "SchoolName"} <= used


# --- every input ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["\x01", "\x00", "\ufffe"])
def test_a_name_with_a_control_character_is_refused_by_the_service(school_db, bad):
    with school_db.transaction() as s:
        with pytest.raises(ValidationError) as exc:
            students.create_student(s, school_db.actors["reg"],
                                    make_student_input(school_db.class_ids["三年级(1)班"], name=f"张{bad}三"), today=TODAY)
    assert exc.value.field == "姓名"


def test_long_village_and_address_are_refused_with_their_limit(school_db):
    c = school_db.class_ids["三年级(1)班"]
    with school_db.transaction() as s:
        with pytest.raises(ValidationError, match="最多 30 个字,现在有 500 个字") as exc:
            students.create_student(s, school_db.actors["reg"], make_student_input(c, village="村" * 500), today=TODAY)
        assert exc.value.field == "村"
        with pytest.raises(ValidationError, match="现在有 60000 个字") as exc:
            students.create_student(s, school_db.actors["reg"], make_student_input(c, address="址" * 60000),
                                    today=TODAY)
        assert exc.value.field == "家庭住址"


def test_school_class_and_staff_names_follow_the_specification(school_db):
    from app import school
    from app.accounts import SYSTEM

    with school_db.transaction() as s:
        with pytest.raises(ValidationError, match="班级名称"):
            school.create_class(s, SYSTEM, "五年级\x01(1)班", 5)
        with pytest.raises(ValidationError, match="教职工姓名"):
            school.create_staff(s, SYSTEM, "王\x00老师")
        with pytest.raises(ValidationError, match="县区名称"):
            school.update_school(s, school_db.actors["admin"], county_name="县" * 31)


def test_the_roster_import_names_the_row_and_the_column(school_db, tmp_path):
    from tests.students.test_roster import row, write_csv

    path = write_csv(tmp_path / "bad.csv", [row(1), row(3, 姓名="张\x01三"), row(5, 村="村" * 500)])
    with school_db.transaction() as s:
        plan = roster_import.plan_import(s, school_db.actors["reg"], path, today=TODAY)
    found = {(e.row, e.column): e.reason for e in plan.errors}
    assert "控制字符" in found[(3, "姓名")] and "最多 30 个字" in found[(4, "村")]


def _national_id(seq: int) -> str:
    from app.identity import sample_resident_id

    return sample_resident_id("610729", date(2017, 3, 5), seq, sex="1")


def test_an_id_in_arabic_indic_digits_is_the_same_child(school_db, tmp_path):
    """The second import of the same child, typed in Arabic-Indic digits, updates the child (no second record)."""
    from tests.students.test_roster import row, write_xlsx

    reg = school_db.actors["reg"]
    rid = _national_id(1)
    roster_import.import_roster(school_db, reg, write_xlsx(tmp_path / "a.xlsx", [row(1)]), today=TODAY)
    eastern = rid.translate(ARABIC_INDIC)
    assert eastern != rid and eastern[:17].isdigit()  # what isdigit() accepted
    plan, _ = roster_import.import_roster(school_db, reg, write_xlsx(tmp_path / "b.xlsx", [
        row(1, 身份证件号=eastern, 全国学籍号="G" + eastern, 村="青桥村")]), today=TODAY)
    assert not plan.errors and len(plan.updates) == 1 and not plan.creates
    with school_db.transaction() as s:
        assert s.exec(select(func.count()).select_from(Student)).one() == 1
        assert s.exec(select(Student.id_number, Student.village)).one() == (rid, "青桥村")
        # and through the dialog's service: the same number in other digits is the same child
        with pytest.raises(ValidationError, match="已被学生"):
            students.create_student(s, reg, make_student_input(school_db.class_ids["三年级(1)班"], seq=1,
                                                               id_number=eastern, student_number=None), today=TODAY)


# --- a database an older version wrote: named, never a traceback --------------------------------------------


@pytest.fixture
def keyed(school_db):
    from app.demo import county as demo_county
    from app.exchange import keys

    with school_db.transaction() as s:
        keys.create_key(s, school_db.actors["admin"], school_db.paths, PASSPHRASE, key_size=2048)
        demo_county.trust(s, school_db.actors["admin"], "610729")  # bundles are encrypted to the county
    return school_db


def _add(db, **kw) -> int:
    with db.transaction() as s:
        return students.create_student(s, db.actors["reg"], make_student_input(db.class_ids["三年级(1)班"], **kw),
                                       today=TODAY)


def _legacy(db, student_id: int, **values) -> None:
    """What an older version stored without checking it."""
    with db.transaction() as s:
        st_ = s.get(Student, student_id)
        for k, v in values.items():
            setattr(st_, k, v)


def _cli(db, monkeypatch, capsys, *args):
    monkeypatch.setenv("BAOXUE_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("BAOXUE_KEY_PASSPHRASE", PASSPHRASE)
    code = main([*args, "--data-dir", str(db.paths.root)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("bad", ["\x01", "\x00", "\ufffe"])
def test_cli_exports_name_the_student_and_the_field_of_a_stored_control_character(keyed, bad, tmp_path, monkeypatch,
                                                                                  capsys):
    sid = _add(keyed, name="张三")
    _legacy(keyed, sid, name=f"张{bad}三")
    number = "G" + _national_id(1)
    for args in (["export", "--user", "admin", "--out", str(tmp_path / "usb"), "--period", "2026-11-23..2026-11-29"],
                 ["roster", "export", str(tmp_path / "r.xlsx"), "--user", "admin"]):
        code, out, err = _cli(keyed, monkeypatch, capsys, *args)
        assert code == EXIT_ERROR, out
        assert "Traceback" not in err and "Error" not in err
        assert f"学生“张三”(学籍号 {number})的“姓名”" in err and f"U+{ord(bad):04X}" in err
    assert not list((tmp_path / "usb").glob("*.xml")) and not (tmp_path / "r.xlsx").exists()
    # corrected through the edit dialog's service, both exports go
    with keyed.transaction() as s:
        inp = students.input_of(s, keyed.actors["reg"], sid)
        students.update_student(s, keyed.actors["reg"], sid, students.StudentInput(
            **{**inp.__dict__, "name": "张三"}), today=TODAY)
    for args in (["export", "--user", "admin", "--out", str(tmp_path / "usb"), "--period", "2026-11-23..2026-11-29"],
                 ["roster", "export", str(tmp_path / "r.xlsx"), "--user", "admin"]):
        assert _cli(keyed, monkeypatch, capsys, *args)[0] == EXIT_OK


def test_a_stored_500_character_village_names_its_student_and_db_check_lists_it(keyed, tmp_path, monkeypatch, capsys):
    from app.exchange.export import export_bundle

    ids = [_add(keyed, name=f"学生{i}", seq=2 * i + 1) for i in range(3)]
    _legacy(keyed, ids[1], village="村" * 500)
    with keyed.transaction() as s:
        with pytest.raises(StoredValueError) as exc:
            export_bundle(s, keyed.actors["reg"], keyed.paths, out_dir=tmp_path, passphrase=PASSPHRASE, today=TODAY)
    assert exc.value.field.startswith("学生“学生1”") and exc.value.field.endswith("的“村”")
    assert "最多 30 个字,现在有 500 个字" in exc.value.reason
    code, out, _ = _cli(keyed, monkeypatch, capsys, "db", "check")
    assert code == EXIT_ERROR and "1 处内容不符合现在的填写规则" in out and "学生“学生1”" in out
    assert "数据库正常" in out
    _legacy(keyed, ids[1], village="马道村")
    code, out, _ = _cli(keyed, monkeypatch, capsys, "db", "check")
    assert code == EXIT_OK and "所有内容都符合" in out


def test_stored_problems_name_guardians_classes_and_the_school(school_db):
    sid = _add(school_db)
    with school_db.transaction() as s:
        s.exec(select(Guardian)).first().name = "张\x07山"
        s.exec(select(SchoolClass)).first().name = "班" * 40
    with school_db.session() as s:
        found = [p.message for p in stored_problems(s)]
    assert any(m.startswith("学生“张三”") and "“监护人姓名”" in m and "U+0007" in m for m in found)
    assert any(m.startswith("班级“" + "班" * 30) and "最多 30 个字" in m for m in found)
    with school_db.session() as s:
        assert [p.student_id for p in stored_problems(s, ["guardian.name"], student_ids=[sid + 1])] == []


def _print_all_single_forms(session, actor, out, sid, class_id):
    from app.documents import forms

    return [forms.print_home_visit(session, actor, out / "hv.pdf", student_id=sid, today=TODAY),
            forms.print_class_roll(session, actor, out / "roll.pdf", class_id=class_id, today=TODAY)]


def test_a_stored_60000_character_address_prints(school_db, tmp_path):
    sid = _add(school_db)
    _legacy(school_db, sid, address="址" * 60000, name="张\x01三")
    with school_db.transaction() as s:
        results = _print_all_single_forms(s, school_db.actors["reg"], tmp_path, sid, school_db.class_ids["三年级(1)班"])
    assert [r.pages for r in results] == [1, 1]
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed: make sysdeps")
    text = subprocess.run(["pdftotext", str(results[0].path), "-"], capture_output=True, text=True, check=True).stdout
    assert "张三" in text and "址址址…" in text


def _max_student(**over):
    from app.documents.forms import GuardianFacts, StudentFacts

    longest = {k: f.max_length for k, f in FIELDS.items()}
    values = dict(id=1, name="阿" * longest["student.name"], sex="男", birth_date=date(2017, 3, 5),
                  id_number=_national_id(1), student_number="G" + _national_id(1), class_id=1,
                  class_name="班" * longest["class.name"], head_teacher="王" * longest["staff.name"],
                  head_teacher_phone="13800138000",
                  address="镇" * longest["student.township"] + "村" * longest["student.village"] + " "
                  + "址" * longest["student.address"], status="在校", health="健康", focus="留守儿童", enrolled_on=date(2023, 9, 1),
                  guardians=tuple(GuardianFacts("监" * longest["guardian.name"], "父亲", "13912345678", True, True,
                                                "务" * longest["guardian.work_place"]) for _ in range(3)))
    values.update(over)
    return StudentFacts(**values)


def test_every_single_student_form_fits_its_pages_with_the_longest_values(school_db, tmp_path):
    """Each form, filled with every field at its maximum length, prints: the home-visit sheet stays one page (it is
    filled in by hand on the family's table), the others may run onto one more page, never more."""
    from app.data.models import AbsenceAlert
    from app.documents import forms, school_context

    with school_db.session() as s:
        ctx = school_context(s, TODAY)
    alert = AbsenceAlert(id=1, student_id=1, class_id=1, first_absent_day=date(2026, 11, 23),
                         last_absent_day=date(2026, 11, 25), days_absent=3, level="alert", status="open",
                         raised_on=date(2026, 11, 25), visit_due=date(2026, 11, 26), report_due=date(2026, 11, 27))
    renders = {
        "absence": lambda st_, out: forms.render_absence_report(out, ctx, st_, alert, forms.AbsenceReportDetails()),
        "return": lambda st_, out: forms.render_return_notice(out, ctx, st_,
                                                               forms.ReturnNoticeFields(deadline=date(2026, 12, 4))),
        "transfer": lambda st_, out: forms.render_transfer_form(out, ctx, st_, forms.TransferFields()),
        "suspension": lambda st_, out: forms.render_suspension_form(out, ctx, st_, forms.SuspensionFields()),
        "home_visit": lambda st_, out: forms.render_home_visit(out, ctx, [forms.HomeVisitFields(
            student_name=st_.name, class_name=st_.class_name, sex=st_.sex, address=st_.address,
            contact_phone=st_.guardian_line, focus=st_.focus)]),
    }
    short = _max_student(name="张三", class_name="三年级(1)班", head_teacher="王老师", address="马道村",
                         guardians=(_max_student().guardians[0].__class__("张大山", "父亲", "13912345678", True, False,
                                                                          ""),))
    for name, render in renders.items():
        _path, pages_short = render(short, tmp_path / f"{name}-short.pdf")
        _path, pages_long = render(_max_student(), tmp_path / f"{name}-long.pdf")
        if name == "home_visit":
            assert pages_long == pages_short == 1, name
        else:
            assert pages_short <= pages_long <= pages_short + 1, name


# --- the property: whatever the specification accepts is exported, validated, imported again and printed ------

_TEXTS = st.text(st.characters(codec=None, exclude_categories=()), max_size=40) | st.sampled_from(
    ["'张三", '="1"', "=1+1", "  张\u3000三 ", "阿卜杜热合曼·买买提", "𠀀𪚥", "a\u200db", "\ue000名", "Ⅻ", "<b>&amp;"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(name=_TEXTS, village=_TEXTS, township=_TEXTS, address=_TEXTS)
def test_whatever_the_specification_accepts_survives_export_xsd_import_and_printing(keyed, tmp_path_factory, name,
                                                                                    village, township, address):
    from app.exchange.export import export_bundle
    from app.exchange.schema import NS, xml_schema

    values = {}
    for attr, raw in (("name", name), ("village", village), ("township", township), ("address", address)):
        try:
            values[attr] = FIELDS[f"student.{attr}"].clean(raw)
        except ValidationError:
            assume(False)
    reg = keyed.actors["reg"]
    c = keyed.class_ids["三年级(1)班"]
    with keyed.transaction() as s:
        sid = s.exec(select(Student.id)).first()
        if sid is None:
            sid = students.create_student(s, reg, make_student_input(c, **values), today=TODAY)
        else:
            inp = students.input_of(s, reg, sid)
            students.update_student(s, reg, sid, students.StudentInput(**{**inp.__dict__, **values}), today=TODAY)
        stored = s.get(Student, sid)
        assert (stored.name, stored.village, stored.township, stored.address) == (
            values["name"], values["village"], values["township"], values["address"])
    out = tmp_path_factory.mktemp("out")
    with keyed.transaction() as s:
        result = export_bundle(s, reg, keyed.paths, out_dir=out, passphrase=PASSPHRASE, today=TODAY, full_roster=True)
    tree = bundle_root(result.path)
    assert xml_schema().validate(tree)
    el = tree.find(f".//{{{NS}}}Student")
    assert el.get("name") == values["name"]
    assert (el.get("village") or "") == values["village"] and (el.get("township") or "") == values["township"]
    # the roster file: exported and read back, nothing changes
    with keyed.transaction() as s:
        roster_export.export_roster(s, reg, out / "r.xlsx")
        plan = roster_import.plan_import(s, reg, out / "r.xlsx", today=TODAY)
    assert not plan.errors and not plan.creates and not plan.updates, (plan.errors, plan.updates)
    # and printed
    with keyed.transaction() as s:
        assert [r.pages for r in _print_all_single_forms(s, reg, out, sid, c)] == [1, 1]
    assert unicodedata.is_normalized("NFKC", values["name"])
