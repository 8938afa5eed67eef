"""Issue #15 item 5: what is typed in a home visit, a request or a leave survives a crash.

Each test types into the real dialog, waits until the draft is on disk, then drops the dialog the
way a crash does (its C++ object deleted: no close, no reject, no question), and opens the same
record's dialog again from scratch: the draft is offered ("恢复上次未保存的草稿?"), every field comes
back, and saving removes the file. The draft on disk is sealed: none of what was typed is in it.
"""

from __future__ import annotations

import logging
from datetime import date, time

import pytest
import shiboken6
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QApplication, QLineEdit

from app.drafts import DraftStore
from app.ui import drafts as ui_drafts
from app.ui.case_dialog import CaseDialog
from app.ui.context import AppContext
from app.ui.leave_dialog import LeaveDialog
from app.ui.request_dialog import RequestDialog
from tests.conftest import TODAY
from tests.ui.test_approvals_page import NEXT_MON, NEXT_WED, sch  # noqa: F401  (the fixture)
from tests.ui.test_cases_page import opened  # noqa: F401  (the fixture)

VISIT = {"condition": "孩子在家帮爷爷放牛,说不想上学", "family": "父母在广东打工,爷爷奶奶照看",
         "problems": "作业跟不上,怕老师批评", "measures": "班主任每周家访一次,周一接孩子到校",
         "opinion": "爷爷同意周一送孩子回校"}


@pytest.fixture
def answer(monkeypatch):
    """The draft question is answered with ``answer.button`` ("Restore" unless a test says otherwise)."""
    class Answer:
        button = "Restore"
        asked: list[str] = []

    def ask(box):
        Answer.asked.append(box.text())
        return next(b for b in box.buttons() if b.text() == Answer.button)

    monkeypatch.setattr(ui_drafts, "ask", ask)
    return Answer


def typed(widget, text: str) -> None:
    """Chinese typed through the input method arrives as committed text (QTest types ASCII keys only)."""
    if isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def crash(dialog) -> None:
    """What a killed process does to a window: it is gone, nothing of it ran (no reject, no close)."""
    shiboken6.delete(dialog)
    QApplication.processEvents()


def show(qtbot, dialog, *, crashes: bool = False) -> None:
    if not crashes:  # one that will crash is not closed at the end of the test: it is gone by then
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def sealed_file(keeper) -> bytes:
    return keeper.store.path(keeper.kind, keeper.record).read_bytes()


# --- the case file: a home visit ----------------------------------------------------------------------------


def type_visit(qtbot, dialog) -> None:
    c = dialog.contacts
    c.date.setDate(QDate(2026, 11, 26))
    c.time.setTime(QTime(16, 30))
    c.form_combo.setCurrentIndex(0)
    typed(c.companions, "李老师、村主任")
    c.guardian.setEditText("张大山")
    c.relation.setCurrentIndex(2)
    typed(c.address, "石门村三组")
    typed(c.purpose, "了解孩子不来上学的原因")
    for name, text in VISIT.items():
        typed(getattr(c, name), text)


def test_a_typed_home_visit_survives_a_crash_and_comes_back_whole(qtbot, opened, answer):
    ctx = AppContext(opened, opened.actors["wang"])
    first = CaseDialog(ctx, opened.case_id, today=TODAY)
    show(qtbot, first, crashes=True)
    type_visit(qtbot, first)
    keeper = first.drafts
    qtbot.waitUntil(keeper.exists)
    qtbot.waitUntil(lambda: not keeper.timer.isActive())
    on_disk = sealed_file(keeper)
    for text in (*VISIT.values(), "张大山", "石门村三组"):
        assert text.encode("utf-8") not in on_disk, "the draft lies in clear on disk"
    assert b"wang" not in keeper.store.path("case", str(opened.case_id)).name.encode()
    crash(first)

    again = CaseDialog(AppContext(opened, opened.actors["wang"]), opened.case_id, today=TODAY)
    show(qtbot, again)
    qtbot.waitUntil(lambda: again.drafts.restored)
    assert answer.asked == ["Restore the draft you did not save last time?"]
    c = again.contacts
    assert again.tabs.currentWidget() is c
    assert (c.date.date(), c.time.time()) == (QDate(2026, 11, 26), QTime(16, 30))
    assert c.companions.text() == "李老师、村主任" and c.guardian.currentText() == "张大山"
    assert c.relation.currentIndex() == 2 and c.address.text() == "石门村三组"
    assert c.purpose.text() == "了解孩子不来上学的原因"
    assert {name: getattr(c, name).toPlainText() for name in VISIT} == VISIT
    assert again.unsaved_tabs() == [again.tabs.tabText(0)]  # restored typing is unsaved typing: Esc still asks

    assert c.save()
    assert not again.drafts.exists()  # saved: the draft is gone
    contact = again.view.case.contacts[-1]
    assert (contact.contact_date, contact.contact_time) == (date(2026, 11, 26), time(16, 30))
    assert contact.student_condition == VISIT["condition"] and contact.guardian_opinion == VISIT["opinion"]


def test_discarding_the_offer_removes_the_draft_and_another_user_is_not_offered_it(qtbot, opened, answer):
    first = CaseDialog(AppContext(opened, opened.actors["wang"]), opened.case_id, today=TODAY)
    show(qtbot, first, crashes=True)
    typed(first.contacts.condition, VISIT["condition"])
    qtbot.waitUntil(first.drafts.exists)
    crash(first)

    other = CaseDialog(AppContext(opened, opened.actors["admin"]), opened.case_id, today=TODAY)
    show(qtbot, other)  # not asked: the draft is wang's (conftest fails an unanswered question)
    assert not other.drafts.restored and other.contacts.condition.toPlainText() == ""
    other.reject()
    assert answer.asked == []

    answer.button = "Discard"
    again = CaseDialog(AppContext(opened, opened.actors["wang"]), opened.case_id, today=TODAY)
    show(qtbot, again)
    qtbot.waitUntil(lambda: bool(answer.asked))
    qtbot.waitUntil(lambda: again.drafts.armed)
    assert not again.drafts.exists() and again.contacts.condition.toPlainText() == ""


def test_closing_over_the_typing_after_the_question_removes_the_draft(qtbot, opened, monkeypatch):
    dialog = CaseDialog(AppContext(opened, opened.actors["wang"]), opened.case_id, today=TODAY)
    show(qtbot, dialog)
    typed(dialog.contacts.condition, "已电话报告乡镇")
    qtbot.waitUntil(dialog.drafts.exists)
    monkeypatch.setattr("app.ui.case_dialog.confirm_discard", lambda *a, **k: False)
    dialog.reject()  # "keep editing": the dialog and the draft stay
    assert dialog.isVisible() and dialog.drafts.exists()
    monkeypatch.setattr("app.ui.case_dialog.confirm_discard", lambda *a, **k: True)
    dialog.reject()
    assert not dialog.isVisible() and not dialog.drafts.exists()


def test_a_damaged_draft_is_ignored_with_a_log_line(qtbot, opened, caplog, monkeypatch):
    monkeypatch.setattr("app.ui.case_dialog.confirm_discard", lambda *a, **k: True)  # the typing, at the end
    ctx = AppContext(opened, opened.actors["wang"])
    store = DraftStore.for_database(opened, ctx.actor.user_id, ctx.actor.username)
    path = store.path("case", str(opened.case_id))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"baoxue-keyring-1 AAAA not-a-draft\n")
    with caplog.at_level(logging.WARNING, logger="app.drafts"):
        dialog = CaseDialog(ctx, opened.case_id, today=TODAY)
        show(qtbot, dialog)  # no question: conftest fails one nobody answers
    assert any("damaged" in r.getMessage() for r in caplog.records)
    assert not path.exists() and dialog.drafts.armed
    typed(dialog.contacts.condition, "在家")
    qtbot.waitUntil(dialog.drafts.exists)  # a new draft is kept as usual


def test_a_draft_moved_to_another_records_name_does_not_open(opened):
    store = DraftStore.for_database(opened, 7, "wang")
    assert store.save("case", "1", {"contactsTab": {"condition": "在家"}})
    assert store.load("case", "1") == {"contactsTab": {"condition": "在家"}}
    store.path("case", "1").replace(store.path("case", "2"))
    assert store.load("case", "2") is None and not store.path("case", "2").exists()
    assert DraftStore.for_database(opened, 8, "li").load("case", "1") is None
    plain = DraftStore(store.root, None, "7")
    assert not plain.save("case", "1", {"x": 1}) and plain.load("case", "1") is None  # a plain database: no drafts


# --- a request and a leave -------------------------------------------------------------------------------


def test_a_typed_request_survives_a_crash(qtbot, sch, answer):
    sid = sch.sid["张三"]
    first = RequestDialog(AppContext(sch, sch.actors["wang"]), None, today=TODAY, kind="leave", student_id=sid)
    show(qtbot, first, crashes=True)
    first.editor("leave_kind").setCurrentIndex(first.editor("leave_kind").findData("personal"))
    first.editor("start_day").setDate(QDate(NEXT_MON.year, NEXT_MON.month, NEXT_MON.day))
    first.editor("end_day").setDate(QDate(NEXT_WED.year, NEXT_WED.month, NEXT_WED.day))
    typed(first.editor("reason"), "回老家参加奶奶的葬礼")
    typed(first.comment_edit, "家长已电话说明")
    qtbot.waitUntil(first.drafts.exists)
    qtbot.waitUntil(lambda: not first.drafts.timer.isActive())
    assert "葬礼".encode() not in sealed_file(first.drafts)
    crash(first)

    again = RequestDialog(AppContext(sch, sch.actors["wang"]), None, today=TODAY, kind="leave", student_id=sid)
    show(qtbot, again)
    qtbot.waitUntil(lambda: again.drafts.restored)
    assert again.kind == "leave" and again.picker.student_id() == sid
    assert again.details_values() == {"leave_kind": "personal", "start_day": NEXT_MON, "end_day": NEXT_WED,
                                      "start_session": "day", "end_session": "day", "reason": "回老家参加奶奶的葬礼"}
    assert again.comment_edit.text() == "家长已电话说明" and again.has_unsaved_input()
    assert again.save(submit=False)
    assert not DraftStore.for_database(sch, sch.actors["wang"].user_id).path("request", f"new-{sid}").exists()
    assert not again.drafts.exists()


def test_a_typed_leave_survives_a_crash(qtbot, sch, answer):
    sid = sch.sid["李四"]
    first = LeaveDialog(AppContext(sch, sch.actors["wang"]), sid, today=TODAY, student_name="李四")
    show(qtbot, first, crashes=True)
    first.kind_combo.setCurrentIndex(first.kind_combo.findData("sick"))
    first.start_date.setDate(QDate(2026, 11, 26))
    first.end_date.setDate(QDate(2026, 11, 27))
    first.end_session.setCurrentIndex(first.end_session.findData("am"))
    typed(first.reason_edit, "发烧,村医看过")
    typed(first.reference_edit, "班主任批准")
    qtbot.waitUntil(first.drafts.exists)
    qtbot.waitUntil(lambda: not first.drafts.timer.isActive())
    crash(first)

    again = LeaveDialog(AppContext(sch, sch.actors["wang"]), sid, today=TODAY, student_name="李四")
    show(qtbot, again)
    qtbot.waitUntil(lambda: again.drafts.restored)
    assert again.kind_combo.currentData() == "sick"
    assert (again.start_date.date(), again.end_date.date()) == (QDate(2026, 11, 26), QDate(2026, 11, 27))
    assert again.end_session.currentData() == "am"
    assert (again.reason_edit.text(), again.reference_edit.text()) == ("发烧,村医看过", "班主任批准")
    assert again.save() is not None
    assert not again.drafts.exists()


# --- a transfer in of a child new to the school: the child's record is part of the request's draft -------


def _new_child(db):
    """A record with every field of the student form away from its default."""
    from app.students import GuardianInput

    from tests.conftest import make_student_input

    return make_student_input(
        db.class_ids["三年级(1)班"], name="转来生", sex="2", birth=date(2017, 6, 1), seq=411, ethnicity="03",
        enrolled_on=date(2026, 9, 1), hukou="2", health="20", boarding="2", address="马道镇石门村二组7号",
        township="马道镇", village="石门村", poor_household=True, left_behind=1, migrant_child=True,
        learning_difficulty=True, disability_type="vision", orphan=True, prisoner_child=True, economic_hardship=True,
        martyr_child=True, only_child=True, phone="0916-3921026", inclusive_class=True, de_facto_unsupported=True,
        hardship_child=True, case_involved=True, household_status="monitor", notes="随父母从汉中迁回",
        guardians=[GuardianInput("转来母", "mother", "13912345670", True, False, ""),
                   GuardianInput("转来父", "father", "13912345671", False, True, "广东东莞")])


class Crash(Exception):
    """The program stops while the child's form is open."""


@pytest.mark.parametrize("when", ["child's form open", "child's form filled"])
def test_a_transfer_in_keeps_the_new_childs_record_through_a_crash(qtbot, sch, answer, monkeypatch, when):
    """The registrar types a new child's record (every field) into the transfer-in request, the program stops
    before anything is saved — with the child's form still open, or after it was filled and the request typed —
    and the request opened again and restored (恢复) holds every field: the request's and the child's."""
    from dataclasses import asdict

    from PySide6.QtWidgets import QDialog

    from app.ui import request_dialog

    reg = sch.actors["reg"]
    expected = _new_child(sch)
    first = RequestDialog(AppContext(sch, reg), None, today=TODAY, kind="transfer_in")
    show(qtbot, first, crashes=True)
    first.set_kind("transfer_in")
    first.editor("effective_date").setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    typed(first.editor("from_school"), "汉中市汉台区实验小学")
    typed(first.editor("from_county"), "陕西省汉中市汉台区")
    typed(first.comment_edit, "家长已带来转学联系表")

    seen = {}

    def fill(child) -> int:  # the child's form: filled in, then the child's and a guardian's names typed over
        child.show()
        child.set_input(expected)
        child.name_edit.clear()
        typed(child.name_edit, expected.name)
        row = child.guardian_editor.rows[1]
        row.name_edit.clear()
        typed(row.name_edit, "转来父")
        qtbot.waitUntil(first.drafts.exists)
        qtbot.waitUntil(lambda: not first.drafts.timer.isActive())
        seen["typed"] = child.collect()  # every field the form has, as typed
        if when == "child's form open":
            raise Crash
        assert child.save(), child.findChildren(QLineEdit)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(request_dialog, "_exec", fill)
    if when == "child's form open":
        with pytest.raises(Crash):
            first.fill_new_child()
    else:
        assert first.fill_new_child()
        first.drafts.flush()
    assert "转来生".encode() not in sealed_file(first.drafts)
    crash(first)

    again = RequestDialog(AppContext(sch, reg), None, today=TODAY, kind="transfer_in")
    show(qtbot, again)
    qtbot.waitUntil(lambda: again.drafts.restored)
    assert again.kind == "transfer_in" and again.comment_edit.text() == "家长已带来转学联系表"
    assert again.details_values() == {"effective_date": TODAY, "from_school": "汉中市汉台区实验小学",
                                      "from_county": "陕西省汉中市汉台区", "reason": ""}
    kept = again._new_student
    assert kept is not None and "转来生" in again.new_child_label.text() and not again.picker.isVisibleTo(again)
    want = asdict(seen["typed"])
    assert want["name"] == "转来生" and [g["name"] for g in want["guardians"]] == ["转来母", "转来父"]
    assert sum(1 for k, v in want.items() if v != getattr(type(expected), k, v)) >= 15  # most fields typed
    assert asdict(kept) == want  # every field of the child's record, the guardians' too

    shown = {}

    def look(child) -> int:  # the child's form opened again shows the kept record, field by field
        shown.update(asdict(child.collect()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(request_dialog, "_exec", look)
    assert not again.fill_new_child()
    assert shown == want and again._new_student == kept  # looking without OK changes nothing
    assert again.save(submit=False), again.general_error.text()
    assert not again.drafts.exists()
