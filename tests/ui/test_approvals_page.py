"""审批 page and request dialog: submitting, approving and rejecting from the inbox; the registrar's county steps;
proof attachments; refusals shown where they belong; models, translation and pictures."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QDesktopServices, QFont, QFontDatabase, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from app.changes import ChangeSet
from app import approvals as ap
from app import attendance, students
from app.ui.approvals_page import ApprovalsPage, RequestTableModel, UnconfirmedTableModel, approvals_page
from app.ui.context import AppContext
from app.ui.request_dialog import AttachmentTableModel, RequestDialog, StepTableModel
from tests.conftest import TODAY, make_student_input

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
TSV = ROOT / "resources" / "translations" / "zh_CN" / "approvals.tsv"
UI_FILES = [ROOT / "app" / "ui" / f for f in ("approvals_page.py", "request_dialog.py", "request_text.py",
                                              "request_fields.py", "request_steps.py", "student_picker.py")]

NEXT_MON, NEXT_TUE, NEXT_WED = date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)


# --- fixtures and helpers -------------------------------------------------------------------------------


@pytest.fixture
def sch(school_db):
    """三年级(1)班 (王老师 heads it, 赵老师 teaches it): 张三, 李四, 王五; 四年级(1)班 (李老师): 陈六."""
    db = school_db
    ids = {}
    with db.transaction() as s:
        for n, (name, cls) in enumerate((("张三", "三年级(1)班"), ("李四", "三年级(1)班"), ("王五", "三年级(1)班"),
                                         ("陈六", "四年级(1)班")), start=1):
            ids[name] = students.create_student(
                s, db.actors["reg"], make_student_input(db.class_ids[cls], name=name, seq=2 * n + 1), today=TODAY)
    db.sid = ids
    return db


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes recorded instead of opened; questions answer Yes."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda _p, title, text, *a, _k=kind, **kw: shown.append((_k, title, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def answers(monkeypatch):
    """The reason prompts: each call pops the next (text, ok) of the list; the prompts are recorded."""
    class Queue(list):
        asked: list[str] = []

    queue = Queue()
    asked = queue.asked = []

    def fake(_parent, title, label, text="", *a, **k):
        asked.append(label)
        return queue.pop(0) if queue else ("", False)

    monkeypatch.setattr(QInputDialog, "getMultiLineText", fake)
    return queue


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: (urls.append(url), True)[1])
    return urls


def ctx_for(db, user: str) -> AppContext:
    return AppContext(db, db.actors[user])


def make_page(qtbot, db, user: str) -> ApprovalsPage:
    page = ApprovalsPage(ctx_for(db, user), today=TODAY)
    qtbot.addWidget(page)
    return page


def make_dialog(qtbot, db, user: str, request_id: int | None = None, **kw) -> RequestDialog:
    dlg = RequestDialog(ctx_for(db, user), request_id, today=TODAY, **kw)
    qtbot.addWidget(dlg)
    return dlg


def choose_student(qtbot, dlg: RequestDialog, initials: str, name: str) -> None:
    dlg.picker.edit.clear()
    qtbot.keyClicks(dlg.picker.edit, initials)  # typed like a teacher would: pinyin initials
    names = [dlg.picker.results.item(i).text() for i in range(dlg.picker.results.count())]
    row = next(i for i, text in enumerate(names) if text.startswith(name))
    dlg.picker.pick_row(row)
    assert dlg.picker.student_id() == dlg.ctx.read(lambda s: _student_id(s, name))


def _student_id(session, name):
    from sqlmodel import select

    from app.data.models import Student

    return session.exec(select(Student.id).where(Student.name == name)).one()


def set_date(dlg: RequestDialog, field: str, day: date) -> None:
    from PySide6.QtCore import QDate

    dlg.editor(field).setDate(QDate(day.year, day.month, day.day))


def fill_leave(qtbot, dlg: RequestDialog, initials: str, name: str, start: date, end: date | None = None,
               reason: str = "发烧") -> None:
    dlg.set_kind("leave")
    choose_student(qtbot, dlg, initials, name)
    set_date(dlg, "start_day", start)
    set_date(dlg, "end_day", end or start)
    dlg.editor("reason").setText(reason)


def state_of(db, rid: int) -> str:
    with db.session() as s:
        return s.get(ap.ApprovalRequest, rid).state


def ids_in(page: ApprovalsPage, section: str) -> list[int]:
    return [r.id for r in page.inbox.sections[section]]


def write_png(path: Path) -> Path:
    image = QImage(24, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(path), "PNG")
    return path


# --- submit, approve, reject from the inbox ----------------------------------------------------------------


def test_teacher_submits_a_leave_and_the_class_teacher_approves_it_from_the_inbox(qtbot, sch, boxes):
    db = sch
    zhao = make_page(qtbot, db, "zhao")  # teaches 三年级(1)班, is not its class teacher
    assert zhao.new_button.isEnabled()
    assert "to_approve" not in zhao.section_keys()  # a subject teacher decides nothing
    dlg = zhao.new_request()
    qtbot.addWidget(dlg)
    assert dlg.kind_combo.currentText() == "Leave"
    fill_leave(qtbot, dlg, "zs", "张三", TODAY, reason="发烧")
    dlg.editor("start_session").setCurrentIndex(dlg.editor("start_session").findData("pm"))  # half a day
    dlg.submit_button.click()
    assert dlg.request_id is not None, dlg.general_error.text()
    rid = dlg.request_id
    assert state_of(db, rid) == "submitted"
    assert "Waiting for approval" in dlg.state_label.text()
    assert ids_in(zhao, "my_waiting") == [rid]  # the page heard "approvals" and read the inbox again
    wang = make_page(qtbot, db, "wang")  # heads 三年级(1)班: logs in later, on the office PC
    assert ids_in(wang, "to_approve") == [rid]
    assert wang.badge_count() == 1
    assert wang.sections.item(wang.section_keys().index("to_approve")).text() == "To approve (1)"
    wang.select_section("to_approve")
    assert wang.select_request(rid)
    approve = wang.quick_buttons["approve"]
    assert approve.isVisibleTo(wang) and approve.isEnabled()
    with qtbot.waitSignal(wang.badgeChanged) as badge:
        approve.click()
    assert badge.args == [0]
    assert state_of(db, rid) == "approved"
    assert wang.inbox.counts["to_approve"] == 0
    zhao.refresh()  # another user's desk: the page reads again when told (or on F5)
    assert zhao.inbox.counts["my_waiting"] == 0
    # the roll call: the afternoon of today is excused by the approved leave
    with db.session() as s:
        rc = attendance.open_roll_call(s, db.actors["wang"], db.class_ids["三年级(1)班"], TODAY, today=TODAY)
    marks = {x.name: (x.mark, x.locked_by_leave) for x in rc.students}
    assert marks["张三"] == ("excused", True)
    assert marks["李四"][0] == "present"
    assert not [b for b in boxes if b[0] == "critical"]


def test_longer_leave_goes_to_the_principal_and_nobody_approves_their_own(qtbot, sch, boxes):
    db = sch
    dlg = make_dialog(qtbot, db, "wang")
    fill_leave(qtbot, dlg, "ls", "李四", NEXT_MON, NEXT_WED, reason="回老家奔丧")
    assert dlg.save(submit=True)
    rid = dlg.request_id
    assert "the principal" in dlg.state_label.text()
    # the requester cannot decide: the button is there, greyed, with the service's reason as its tooltip
    approve = dlg.step_buttons["approve"]
    assert approve.isVisibleTo(dlg) and not approve.isEnabled()
    assert "校长" in approve.toolTip()
    # a one-day leave of his own pupil: the class teacher could approve it, but not his own request
    own = make_dialog(qtbot, db, "wang")
    fill_leave(qtbot, own, "ww", "王五", NEXT_TUE)
    assert own.save(submit=True)
    button = own.step_buttons["approve"]
    assert not button.isEnabled()
    assert "不能审批自己提出的申请" in button.toolTip()
    assert not own.step_buttons["reject"].isEnabled()
    wang = make_page(qtbot, db, "wang")
    assert wang.inbox.counts["to_approve"] == 0 and set(ids_in(wang, "my_waiting")) == {rid, own.request_id}
    # the principal approves the long one in the request window
    boss = make_page(qtbot, db, "boss")
    assert not boss.new_button.isEnabled() and "decide" in boss.new_button.toolTip()
    assert set(ids_in(boss, "to_approve")) == {rid, own.request_id}
    view = boss.open_request(rid)
    qtbot.addWidget(view)
    assert view.step_buttons["approve"].isEnabled()
    view.comment_edit.setText("同意,注意安全")
    assert view.take_step("approve")
    assert state_of(db, rid) == "approved"
    assert view.steps_model.rows()[-1].comment == "同意,注意安全"
    assert [r.action for r in view.steps_model.rows()] == ["create", "submit", "approve"]
    assert "approve" not in [a for a, b in view.step_buttons.items() if b.isVisibleTo(view)]
    assert ids_in(boss, "to_approve") == [own.request_id]


def test_rejection_needs_a_reason_and_the_requester_sees_it(qtbot, sch, boxes, answers):
    db = sch
    dlg = make_dialog(qtbot, db, "zhao")
    fill_leave(qtbot, dlg, "ww", "王五", NEXT_MON)
    assert dlg.save(submit=True)
    rid = dlg.request_id
    wang = make_page(qtbot, db, "wang")
    wang.select_section("to_approve")
    assert wang.select_request(rid)
    answers.append(("   ", True))  # no reason: the service refuses
    wang.quick_buttons["reject"].click()
    assert boxes and boxes[-1][0] == "critical" and "驳回理由" in boxes[-1][2]
    assert state_of(db, rid) == "submitted"
    answers.append(("", False))  # the teacher thinks again and presses Cancel: nothing happens
    wang.quick_buttons["reject"].click()
    assert state_of(db, rid) == "submitted" and len(boxes) == 1
    answers.append(("日期写错了,下周一是考试", True))
    wang.quick_buttons["reject"].click()
    assert state_of(db, rid) == "rejected"
    assert "Why is it rejected" in answers.asked[0]
    zhao = make_page(qtbot, db, "zhao")
    assert ids_in(zhao, "my_rejected") == [rid]
    zhao.select_section("my_rejected")
    assert zhao.inbox_model.rowCount() == 1
    assert zhao.inbox_model.data(zhao.inbox_model.index(0, RequestTableModel.STATE)) == "Rejected"
    view = zhao.open_request(rid)
    qtbot.addWidget(view)
    assert view.steps_model.rows()[-1].comment == "日期写错了,下周一是考试"
    assert view.steps_model.rows()[-1].username == "王老师"  # the person, not the login
    assert view.copy_button.isVisibleTo(view)
    new_id = view.copy_as_draft()
    assert new_id and new_id != rid and state_of(db, new_id) == "draft"
    assert view.save_button.isVisibleTo(view) and view.is_editable("reason")
    assert ids_in(zhao, "my_drafts") == [new_id]


def test_registrar_reports_a_transfer_to_the_county_and_records_its_confirmation(qtbot, sch, boxes, answers):
    db = sch
    dlg = make_dialog(qtbot, db, "wang")
    dlg.set_kind("transfer_out")
    choose_student(qtbot, dlg, "zs", "张三")
    set_date(dlg, "effective_date", TODAY)
    dlg.editor("destination_school").setText("宁波市鄞州区实验小学")
    dlg.editor("destination_county").setText("浙江省宁波市鄞州区")
    dlg.editor("reason").setText("随父母务工")
    assert dlg.save(submit=True), dlg.general_error.text()
    rid = dlg.request_id
    boss = make_dialog(qtbot, db, "boss", rid)
    assert boss.take_step("approve")
    assert "转出" in boss.message.text()
    reg = make_page(qtbot, db, "reg")
    assert reg.tabs.isTabVisible(ApprovalsPage.TAB_TRANSFERS)
    assert ids_in(reg, "to_report") == [rid]
    assert reg.transfers_model.rowCount() == 1
    assert reg.transfers_model.row_at(0).student_name == "张三"
    assert reg.tabs.tabText(ApprovalsPage.TAB_TRANSFERS) == "Transfers not confirmed (1)"
    reg.select_section("to_report")
    assert reg.select_request(rid)
    assert not reg.quick_buttons["approve"].isVisibleTo(reg)
    answers.append(("已在全国学籍系统发起转出,县教育局学籍科", True))
    reg.quick_buttons["report"].click()
    assert state_of(db, rid) == "reported"
    assert ids_in(reg, "awaiting_county") == [rid] and ids_in(reg, "to_report") == []
    assert reg.transfers_model.rowCount() == 1  # still not confirmed
    view = reg.open_request(rid)
    qtbot.addWidget(view)
    ack = view.step_buttons["acknowledge"]
    assert ack.isEnabled()
    answers.append(("县教育局确认已到宁波入学", True))
    ack.click()
    assert state_of(db, rid) == "acknowledged"
    assert reg.transfers_model.rowCount() == 0
    assert reg.inbox.counts["awaiting_county"] == 0
    assert "Every transfer out" in reg.transfers_count.text()
    # a teacher sees no county steps for it
    teacher = make_dialog(qtbot, db, "wang", rid)
    assert not any(b.isVisibleTo(teacher) and b.isEnabled() for b in teacher.step_buttons.values())


def test_a_suspension_needs_a_scanned_proof(qtbot, sch, boxes, monkeypatch, tmp_path, opened):
    db = sch
    dlg = make_dialog(qtbot, db, "wang")
    dlg.set_kind("suspension")
    assert "Required before submitting" in dlg.proof_hint.text()
    choose_student(qtbot, dlg, "ls", "李四")
    set_date(dlg, "effective_date", NEXT_MON)
    dlg.editor("months").setValue(6)
    dlg.editor("reason").setText("肺结核住院治疗")
    # no file: the service refuses, under the proof box; nothing is saved
    assert not dlg.save(submit=True)
    assert "附件" in dlg.error_text("files") and dlg.request_id is None
    # a Word document renamed .png: refused with the service's message
    fake = tmp_path / "诊断证明.png"
    fake.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    assert not dlg.add_file()
    assert "Office" in dlg.error_text("files") and dlg.proof_list.count() == 0
    # a real photo
    png = write_png(tmp_path / "诊断证明.png.real.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(png), ""))
    assert dlg.add_file()
    assert dlg.proof_list.count() == 1 and dlg.error_text("files") == ""
    assert dlg.save(submit=True), dlg.general_error.text()
    rid = dlg.request_id
    assert state_of(db, rid) == "submitted"
    assert dlg.attachments_model.rowCount() == 1
    assert dlg.attachments_model.row_at(0).media_type == "image/png"
    # open it: written to a temporary file, handed to the system viewer
    path = dlg.open_attachment(0)
    assert path is not None and path.read_bytes() == png.read_bytes()
    assert opened and opened[0].toLocalFile() == str(path)
    # the principal approves; the student leaves the roll from that day
    boss = make_page(qtbot, db, "boss")
    boss.select_section("to_approve")
    assert boss.select_request(rid)
    boss.quick_buttons["approve"].click()
    assert state_of(db, rid) == "approved"
    with db.session() as s:
        assert s.get(ap.ApprovalRequest, rid).outcome["status"] == "suspended"


def test_refusals_are_shown_under_the_field_they_name(qtbot, sch, boxes):
    db = sch
    dlg = make_dialog(qtbot, db, "wang")
    # no student chosen
    dlg.set_kind("leave")
    assert not dlg.save()
    assert dlg.error_text("student")
    # a leave ending before it starts
    fill_leave(qtbot, dlg, "zs", "张三", NEXT_WED, NEXT_MON)
    assert not dlg.save()
    assert "不能早于开始日期" in dlg.error_text("start_day")
    # resumption of a student never suspended: the service's words, under the student
    dlg.set_kind("resumption")
    assert dlg.picker.student_id() is not None  # the student stays chosen when the kind changes
    assert not dlg.save()
    assert "从未办理休学" in dlg.error_text("student")
    with db.session() as s:
        assert s.exec(select(ap.ApprovalRequest)).all() == []  # nothing refused was saved
    # a transfer out without a destination
    dlg.set_kind("transfer_out")
    choose_student(qtbot, dlg, "zs", "张三")
    dlg.editor("reason").setText("随迁")
    assert not dlg.save()
    assert "不能为空" in dlg.error_text("destination_school")


def test_a_teacher_only_finds_pupils_of_their_classes(qtbot, sch):
    dlg = make_dialog(qtbot, sch, "wang")
    assert dlg.picker.search("cl") == 0  # 陈六 is in 四年级(1)班: not wang's pupil
    assert "No student matches" in dlg.picker.results.item(0).text()
    dlg.picker.edit.setText("张")  # Chinese through the input method arrives as text
    assert dlg.picker.search("张") == 1
    dlg.picker.pick_row(0)
    assert "张三" in dlg.picker.label.text()


def test_the_draft_is_edited_then_submitted_and_can_be_withdrawn(qtbot, sch, boxes, answers):
    db = sch
    dlg = make_dialog(qtbot, db, "wang")
    fill_leave(qtbot, dlg, "zs", "张三", NEXT_MON, reason="感冒")
    assert dlg.save(submit=False)
    rid = dlg.request_id
    assert state_of(db, rid) == "draft" and dlg.save_button.text() == "Save changes"
    dlg.editor("reason").setText("感冒发烧")
    assert dlg.save(submit=True)
    with db.session() as s:
        req = s.get(ap.ApprovalRequest, rid)
        assert (req.state, req.details["reason"]) == ("submitted", "感冒发烧")
    assert [r.action for r in dlg.steps_model.rows()] == ["create", "edit", "submit"]
    assert not dlg.is_editable("reason")
    answers.append(("孩子已经好了", True))
    assert dlg.take_step("cancel")
    assert state_of(db, rid) == "cancelled"


def test_graduation_is_offered_to_the_registrar_only_and_filters_work(qtbot, sch, boxes):
    db = sch
    teacher = make_dialog(qtbot, db, "wang")
    assert teacher.kind_combo.findData("graduation") == -1
    reg = make_dialog(qtbot, db, "reg")
    reg.set_kind("graduation")
    assert not reg.picker.isVisibleTo(reg)
    assert reg.editor("class_id").count() == 2
    assert not reg.save()
    assert "毕业年级" in reg.error_text("class_id")
    # requests of several kinds, then the filters of the "all requests" tab
    for initials, name in (("zs", "张三"), ("ls", "李四")):
        d = make_dialog(qtbot, db, "wang")
        fill_leave(qtbot, d, initials, name, NEXT_MON)
        assert d.save(submit=name == "张三")
    page = make_page(qtbot, db, "boss")
    assert page.all_model.rowCount() == 2
    page.state_filter.setCurrentIndex(page.state_filter.findData("draft"))
    assert [r.subject for r in page.all_model.rows()] == ["李四"]
    page.state_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("suspension"))
    assert page.all_model.rowCount() == 0
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("leave"))
    page.text_filter.setText("zs")
    assert [r.subject for r in page.all_model.rows()] == ["张三"]
    page.text_filter.setText("三年级")
    assert page.all_model.rowCount() == 2
    assert "2" in page.all_count.text()


# --- models, factory, translation, pictures ---------------------------------------------------------------


def _busy_school(qtbot, db, answers, tmp_path, monkeypatch):
    """Requests in several states, for the models and the pictures."""
    def leave_of(user, initials, name, start, end=None, submit=True, reason="发烧"):
        d = make_dialog(qtbot, db, user)
        fill_leave(qtbot, d, initials, name, start, end, reason=reason)
        assert d.save(submit=submit), d.general_error.text()
        return d.request_id

    a = leave_of("zhao", "zs", "张三", NEXT_MON, reason="发烧")
    b = leave_of("wang", "ls", "李四", NEXT_MON, NEXT_WED, reason="回老家")
    leave_of("wang", "ww", "王五", NEXT_TUE, submit=False, reason="看病")
    t = make_dialog(qtbot, db, "wang")
    t.set_kind("transfer_out")
    choose_student(qtbot, t, "ww", "王五")
    t.editor("destination_school").setText("宁波市鄞州区实验小学")
    t.editor("destination_county").setText("浙江省宁波市鄞州区")
    t.editor("reason").setText("随父母务工")
    assert t.save(submit=True)
    s = make_dialog(qtbot, db, "li")
    s.set_kind("suspension")
    choose_student(qtbot, s, "cl", "陈六")
    s.editor("reason").setText("骨折住院")
    s.attach(str(write_png(tmp_path / "诊断证明.png")))
    assert s.save(submit=True)
    boss = make_dialog(qtbot, db, "boss", t.request_id)
    boss.take_step("approve")
    answers.append(("", True))
    make_dialog(qtbot, db, "reg", t.request_id).take_step("report")
    return a, b, t.request_id, s.request_id


def test_models_are_well_behaved(qtmodeltester, qtbot, sch, boxes, answers, tmp_path, monkeypatch, opened):
    a, b, t, s = _busy_school(qtbot, sch, answers, tmp_path, monkeypatch)
    page = make_page(qtbot, sch, "reg")
    assert page.all_model.rowCount() == 5
    qtmodeltester.check(page.all_model)
    page.select_section("awaiting_county")
    assert page.inbox_model.rowCount() == 1
    qtmodeltester.check(page.inbox_model)
    assert page.transfers_model.rowCount() == 1
    qtmodeltester.check(page.transfers_model)
    dlg = make_dialog(qtbot, sch, "boss", s)
    assert dlg.steps_model.rowCount() == 2 and dlg.attachments_model.rowCount() == 1
    qtmodeltester.check(dlg.steps_model)
    qtmodeltester.check(dlg.attachments_model)
    assert isinstance(dlg.steps_model, StepTableModel) and isinstance(dlg.attachments_model, AttachmentTableModel)
    assert isinstance(page.transfers_model, UnconfirmedTableModel)
    page.all_table.sortByColumn(RequestTableModel.WHO, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.all_model)


def test_factory_and_badge(qtbot, sch, boxes):
    class Window:
        def __init__(self):
            self.badges = {}

        def set_badge(self, key, n):
            self.badges[key] = n

    window = Window()
    page = approvals_page(ctx_for(sch, "boss"), window)
    qtbot.addWidget(page)
    assert isinstance(page, ApprovalsPage) and window.badges == {"approvals": 0}
    with sch.transaction() as s:
        ap.create_request(s, sch.actors["wang"], "leave", ap.LeaveDetails("sick", NEXT_MON, NEXT_WED),
                          student_id=sch.sid["张三"], submit=True, today=TODAY)
    page.ctx.announce(ChangeSet.of("approval_request"))  # another window changed something
    assert window.badges == {"approvals": 1} and page.badge_count() == 1
    assert page.current_section() is not None



def build_zh_qm(tmp_dir: Path) -> tuple[Path, list[tuple[str, str]]]:
    """Our files' strings with the Chinese of our TSV, as a .qm (and what it leaves untranslated)."""
    from app.ui.i18n import build_qm

    return build_qm(UI_FILES, [TSV], tmp_dir)


def test_every_string_has_its_chinese_translation(tmp_path):
    _qm, missing = build_zh_qm(tmp_path)
    assert missing == []


def test_render_the_page_and_the_dialog_in_chinese(qtbot, sch, boxes, answers, tmp_path, monkeypatch, opened):
    """Pictures for people to look at (BAOXUE_SCREENSHOT=/tmp/approvals.png keeps them)."""
    a, b, t, s = _busy_school(qtbot, sch, answers, tmp_path, monkeypatch)
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    assert font_id >= 0
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    old_font = QApplication.font()
    QApplication.setFont(QFont(family, 10))
    qm, _missing = build_zh_qm(tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    target = os.environ.get("BAOXUE_SCREENSHOT")

    def shoot(widget, name):
        image = widget.grab().toImage()
        out = tmp_path / f"approvals_{name}.png"
        assert image.save(str(out))
        if target:
            shutil.copy(out, Path(target).with_name(f"approvals_{name}.png"))
        dark = sum(QColor(image.pixel(x, y)).lightness() < 100
                   for y in range(0, image.height(), 4) for x in range(0, image.width(), 4))
        assert dark > 200

    try:
        page = make_page(qtbot, sch, "boss")
        page.resize(1280, 720)
        page.show()
        qtbot.waitExposed(page)
        assert page.inbox_model.headerData(RequestTableModel.KIND, Qt.Orientation.Horizontal) == "类型"
        assert page.sections.item(0).text().startswith("待我审批")
        assert page.inbox_model.data(page.inbox_model.index(0, RequestTableModel.KIND)) == "请假"
        shoot(page, "inbox")
        reg = make_page(qtbot, sch, "reg")
        reg.resize(1280, 600)
        reg.show()
        reg.tabs.setCurrentIndex(ApprovalsPage.TAB_TRANSFERS)
        qtbot.waitExposed(reg)
        shoot(reg, "transfers")
        reg.tabs.setCurrentIndex(ApprovalsPage.TAB_ALL)
        shoot(reg, "all")
        view = make_dialog(qtbot, sch, "boss", s)
        view.resize(900, 820)
        view.show()
        qtbot.waitExposed(view)
        assert view.step_buttons["approve"].text() == "批准"
        assert view.comment_edit.isVisible()
        shoot(view, "dialog")
        new = make_dialog(qtbot, sch, "wang")
        fill_leave(qtbot, new, "zs", "张三", NEXT_WED, NEXT_MON)
        new.save()
        new.resize(900, 820)
        new.show()
        qtbot.waitExposed(new)
        shoot(new, "new")
    finally:
        QApplication.removeTranslator(translator)
        QApplication.setFont(old_font)


def test_transfer_in_of_a_child_new_to_the_school(qtbot, sch, boxes, monkeypatch):
    """The registrar fills in the new child's record in the student form; approval puts the child on the roll."""
    from app.data.models import Student
    from app.ui import request_dialog

    db = sch
    c3 = db.class_ids["三年级(1)班"]

    def drive(dialog):  # the student form, filled in and checked as when adding a student
        dialog.collected = make_student_input(c3, name="新同学", seq=301)
        return dialog.DialogCode.Accepted

    monkeypatch.setattr(request_dialog, "_exec", drive)
    dlg = make_dialog(qtbot, db, "reg")
    dlg.set_kind("transfer_in")
    assert dlg.new_child_button.isVisibleTo(dlg)
    assert dlg.fill_new_child()
    assert "新同学" in dlg.new_child_label.text() and not dlg.picker.isVisibleTo(dlg)
    set_date(dlg, "effective_date", TODAY)
    dlg.editor("from_school").setText("汉中市汉台区实验小学")
    dlg.editor("from_county").setText("陕西省汉中市汉台区")
    assert dlg.save(submit=True), dlg.general_error.text()
    boss = make_dialog(qtbot, db, "boss", dlg.request_id)
    assert boss.take_step("approve")
    with db.session() as s:
        child = s.exec(select(Student).where(Student.name == "新同学")).one()
    assert child.status == "in_school" and child.class_id == c3


def test_closing_a_request_with_unsaved_input_asks_first(qtbot, sch, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, title, text, *a, **k: (asked.append(text), QMessageBox.StandardButton.Cancel)[1])
    dlg = make_dialog(qtbot, sch, "wang")
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.reject()
    assert asked == [] and not dlg.isVisible(), "an untouched new request closes at once"
    dlg = make_dialog(qtbot, sch, "wang")
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.comment_edit.setText("孩子发烧,家长来电")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dlg.isVisible() and dlg.comment_edit.text() == "孩子发烧,家长来电"
