"""The add / edit dialog: live validation from the service, ID autofill, saving with audit, permissions."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from app import students
from app.data.models import AuditEntry, Guardian, Student
from app.identity import sample_resident_id
from app.ui.context import AppContext
from app.ui.student_dialog import StudentDialog, key_for_field
from app.ui.student_page import StudentPage
from tests.conftest import TODAY, make_student_input


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """A message box would block a headless run: answer them (tests that care patch again)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: shown.append(a) or QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a) or QMessageBox.StandardButton.Ok)
    return shown


@pytest.fixture
def c3(school_db):
    return school_db.class_ids["三年级(1)班"]


@pytest.fixture
def ctx(school_db):
    return AppContext(school_db, school_db.actors["reg"])


@pytest.fixture
def zhang(school_db, c3):
    with school_db.transaction() as s:
        return students.create_student(s, school_db.actors["reg"], make_student_input(c3, seq=5), today=TODAY)


def open_dialog(qtbot, ctx, student_id=None, **kw) -> StudentDialog:
    dlg = StudentDialog(ctx, student_id, **kw)
    qtbot.addWidget(dlg)
    return dlg


def show_active(qtbot, widget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def bad_check_digit(rid: str) -> str:
    return rid[:17] + ("0" if rid[17] != "0" else "1")


def type_text(qtbot, edit, text: str) -> None:
    """Type like a user: keys for ASCII, an input-method commit (as 拼音输入法 sends it) for Chinese."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def test_key_for_field():
    assert key_for_field("身份证件号") == "id_number"
    assert key_for_field("全国学籍号") == "student_number"
    assert key_for_field("监护人2电话") == "g1.phone"
    assert key_for_field("监护人1姓名") == "g0.name"
    assert key_for_field("什么") == ""


def test_edit_shows_the_reason_under_the_id_field_and_blocks_save(qtbot, ctx, zhang):
    dlg = open_dialog(qtbot, ctx, zhang)
    good = dlg.id_edit.text()
    assert dlg.save_button.isEnabled() and dlg.errors == []
    retype(qtbot, dlg.id_edit, bad_check_digit(good))
    assert "校验位错误" in dlg.error_for("id_number")
    assert dlg._errors_labels["id_number"].isVisibleTo(dlg)
    assert dlg.id_edit.property("invalid") is True
    assert not dlg.save_button.isEnabled()
    assert "\u26a0" in dlg.tabs.tabText(dlg.TAB_BASIC)
    retype(qtbot, dlg.id_edit, good)
    assert dlg.error_for("id_number") == ""
    assert not dlg.id_edit.property("invalid")
    assert dlg.save_button.isEnabled()


def test_edit_saves_reads_back_and_writes_audit(qtbot, ctx, zhang, school_db):
    dlg = open_dialog(qtbot, ctx, zhang)
    show_active(qtbot, dlg)
    retype(qtbot, dlg.village_edit, "青桥村")
    dlg.flag_checks["poor_household"].setChecked(True)
    dlg.guardian_editor.rows[0].phone_edit.setText("0916-2345678")
    assert dlg.is_dirty()
    with qtbot.waitSignal(dlg.saved, timeout=2000) as saved, qtbot.waitSignal(ctx.changed) as changed:
        qtbot.keyClick(dlg.village_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [zhang] and changed.args[0].touches({"student", "guardian"})
    assert dlg.result() == dlg.DialogCode.Accepted
    with school_db.transaction() as s:
        st = s.get(Student, zhang)
        assert st.village == "青桥村" and st.poor_household is True
        assert s.exec(select(Guardian).where(Guardian.student_id == zhang)).one().phone == "0916-2345678"
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "student.update")).one()
        assert entry.username == "reg" and entry.entity_id == zhang
        assert entry.before["village"] == "马道村" and entry.after["village"] == "青桥村"


def test_add_dialog_creates_a_student(qtbot, ctx, c3, school_db):
    dlg = open_dialog(qtbot, ctx, class_id=c3)
    assert dlg.windowTitle() == "Add student" or "新增" in dlg.windowTitle()
    assert not dlg.save_button.isEnabled()
    # an empty form does not shout: nothing red until a field is touched
    assert dlg.error_for("name") == "" and dlg.errors
    rid = sample_resident_id("610729", date(2017, 5, 6), 21, sex="1")
    type_text(qtbot, dlg.name_edit, "孙小圣")
    qtbot.keyClicks(dlg.id_edit, rid)
    qtbot.keyClicks(dlg.student_number_edit, "G" + rid)
    row = dlg.guardian_editor.rows[0]
    type_text(qtbot, row.name_edit, "孙大圣")
    qtbot.keyClicks(row.phone_edit, "13912345678")
    row.lives_check.setChecked(True)
    assert dlg.errors == [], [str(e) for e in dlg.errors]
    assert dlg.save_button.isEnabled()
    with qtbot.waitSignal(dlg.saved, timeout=2000) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    new_id = saved.args[0]
    with school_db.transaction() as s:
        st = s.get(Student, new_id)
        assert (st.name, st.sex, st.birth_date, st.id_number, st.class_id) == ("孙小圣", "1", date(2017, 5, 6), rid, c3)
        assert st.student_number == "G" + rid
        g = s.exec(select(Guardian).where(Guardian.student_id == new_id)).one()
        assert (g.name, g.phone, g.lives_with_child) == ("孙大圣", "13912345678", True)
        assert s.exec(select(AuditEntry).where(AuditEntry.action == "student.create",
                                               AuditEntry.entity_id == new_id)).one().username == "reg"


def test_typing_an_id_fills_sex_and_birth_date(qtbot, ctx):
    dlg = open_dialog(qtbot, ctx)
    assert dlg.sex_combo.currentData() is None and dlg.birth_edit.value() is None
    rid = sample_resident_id("610729", date(2016, 11, 3), 42, sex="2")
    qtbot.keyClicks(dlg.id_edit, rid.lower())
    assert dlg.sex_combo.currentData() == "2"
    assert dlg.birth_edit.value() == date(2016, 11, 3)
    assert dlg.id_hint.isVisibleTo(dlg) and dlg.id_hint.text()


def test_id_does_not_overwrite_what_the_teacher_chose(qtbot, ctx):
    dlg = open_dialog(qtbot, ctx)
    dlg.sex_combo.setCurrentIndex(dlg.sex_combo.findData("1"))
    rid = sample_resident_id("610729", date(2016, 11, 3), 42, sex="2")
    qtbot.keyClicks(dlg.id_edit, rid)
    assert dlg.sex_combo.currentData() == "1"  # kept; the service reports the mismatch instead
    assert dlg.birth_edit.value() == date(2016, 11, 3)
    assert "与身份证号不符" in dlg.error_for("sex")
    assert not dlg.save_button.isEnabled()


def test_bad_id_on_an_empty_form_is_reported(qtbot, ctx):
    dlg = open_dialog(qtbot, ctx)
    rid = sample_resident_id("610729", date(2016, 11, 3), 42, sex="2")
    qtbot.keyClicks(dlg.id_edit, bad_check_digit(rid))
    assert "校验位错误" in dlg.error_for("id_number")
    assert dlg.sex_combo.currentData() is None  # nothing filled in from a wrong number


def test_duplicate_id_from_the_database_is_shown_under_the_field(qtbot, ctx, zhang, c3, school_db):
    with school_db.transaction() as s:
        taken = s.get(Student, zhang).id_number
    dlg = open_dialog(qtbot, ctx, class_id=c3)
    type_text(qtbot, dlg.name_edit, "张三三")
    qtbot.keyClicks(dlg.id_edit, taken)
    qtbot.keyClicks(dlg.student_number_edit, "L" + taken)
    type_text(qtbot, dlg.guardian_editor.rows[0].name_edit, "张大山")
    assert dlg.save_button.isEnabled()
    assert dlg.save() is False
    assert "已被学生" in dlg.error_for("id_number")
    assert not dlg.save_button.isEnabled()
    # changing the number clears the database's complaint; the live check takes over again
    retype(qtbot, dlg.id_edit, sample_resident_id("610729", date(2017, 3, 5), 77, sex="1"))
    assert "已被学生" not in dlg.error_for("id_number")


def test_guardian_errors_show_in_the_guardian_row(qtbot, ctx, zhang):
    dlg = open_dialog(qtbot, ctx, zhang)
    row = dlg.guardian_editor.rows[0]
    retype(qtbot, row.phone_edit, "12345")
    assert "电话" in row.error_label.text() or "Phone" in row.error_label.text()
    assert row.phone_edit.property("invalid") is True
    assert not dlg.save_button.isEnabled()
    assert "\u26a0" in dlg.tabs.tabText(dlg.TAB_GUARDIANS)
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert dlg.guardian_editor.rows == [] and dlg.save_button.isEnabled()
    added = dlg.guardian_editor.add_row()
    assert "不能为空" in added.error_label.text()
    assert not dlg.save_button.isEnabled()


def test_show_me_reveals_every_error_and_jumps_to_it(qtbot, ctx):
    dlg = open_dialog(qtbot, ctx)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.tabs.setCurrentIndex(dlg.TAB_GUARDIANS)
    dlg.summary.linkActivated.emit("#errors")
    assert dlg.error_for("name") == "不能为空,请填写"
    assert dlg.tabs.currentIndex() == dlg.TAB_BASIC


def test_escape_asks_before_discarding_changes(qtbot, ctx, zhang, monkeypatch):
    dlg = open_dialog(qtbot, ctx, zhang)
    dlg.show()
    qtbot.waitExposed(dlg)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # unchanged: closes at once
    assert not dlg.isVisible() and asked == []
    dlg2 = open_dialog(qtbot, ctx, zhang)
    dlg2.show()
    qtbot.waitExposed(dlg2)
    dlg2.village_edit.setText("别的村")
    qtbot.keyClick(dlg2, Qt.Key.Key_Escape)
    assert dlg2.isVisible() and len(asked) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dlg2, Qt.Key.Key_Escape)
    assert not dlg2.isVisible()


def test_class_teacher_edits_own_student_and_refusal_is_shown(qtbot, school_db, zhang, monkeypatch):
    wang = AppContext(school_db, school_db.actors["wang"])
    dlg = open_dialog(qtbot, wang, zhang)
    assert [dlg.class_combo.itemText(i) for i in range(1, dlg.class_combo.count())] == ["三年级(1)班"]
    # the teacher lost the class meanwhile: the service refuses and the dialog says so
    wang.actor = dataclasses.replace(wang.actor, class_ids=frozenset())
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(text))
    dlg.village_edit.setText("青桥村")
    assert dlg.save() is False
    assert shown and "没有权限" in shown[0]
    with school_db.transaction() as s:
        assert s.get(Student, zhang).village == "马道村"


def test_other_teacher_cannot_open_the_dialog(school_db, zhang):
    li = AppContext(school_db, school_db.actors["li"])
    from app.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        StudentDialog(li, zhang)


def test_student_page_shows_the_file_card(qtbot, ctx, zhang, school_db):
    with school_db.transaction() as s:
        students.update_student(s, school_db.actors["reg"], zhang,
                                dataclasses.replace(make_student_input(school_db.class_ids["三年级(1)班"], seq=5),
                                                    village="青桥村", left_behind=1), today=TODAY)
        students.record_status_change(s, school_db.actors["reg"], zhang, "23", TODAY, reason="病休")
    page = StudentPage(ctx, zhang)
    qtbot.addWidget(page)
    assert page.title.text() == "张三"
    assert [h.code for h in page.history_model.rows()] == ["11", "23"]
    assert page.history_model.index(1, 2).data() == "休学"
    assert page.guardian_model.index(0, 2).data() == "13912345678"
    changes = page.change_model.rows()
    assert any("青桥村" in c.details and "马道村" in c.details for c in changes)
    assert page.edit_button.isVisibleTo(page)
    boss = StudentPage(AppContext(school_db, school_db.actors["boss"]), zhang)
    qtbot.addWidget(boss)
    assert not boss.edit_button.isVisibleTo(boss)
    dlg = page.edit()
    assert dlg is not None and dlg.student_id == zhang
    dlg.done(0)


def test_student_page_models(qtmodeltester, ctx, zhang, qtbot):
    page = StudentPage(ctx, zhang)
    qtbot.addWidget(page)
    for model in (page.guardian_model, page.history_model, page.change_model):
        qtmodeltester.check(model)


def test_collect_only_checks_the_record_and_saves_nothing(qtbot, ctx, c3, school_db):
    """A transfer-in request carries a new child's record: the dialog checks it but does not add the student."""
    from app.ui.student_dialog import StudentDialog

    with school_db.transaction() as s:
        before = len(s.exec(select(Student)).all())
    dlg = StudentDialog(ctx, None, class_id=c3, collect_only=True)
    qtbot.addWidget(dlg)
    rid = sample_resident_id("610729", date(2017, 5, 6), 23, sex="1")
    type_text(qtbot, dlg.name_edit, "孙小圣")
    qtbot.keyClicks(dlg.id_edit, rid)
    qtbot.keyClicks(dlg.student_number_edit, "G" + rid)
    row = dlg.guardian_editor.rows[0]
    type_text(qtbot, row.name_edit, "孙大圣")
    qtbot.keyClicks(row.phone_edit, "13912345678")
    assert dlg.save() is True
    assert dlg.collected is not None and dlg.collected.name == "孙小圣" and dlg.collected.id_number == rid
    with school_db.transaction() as s:
        assert len(s.exec(select(Student)).all()) == before
