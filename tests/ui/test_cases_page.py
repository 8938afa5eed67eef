"""缺勤预警与个案 and the case file: the list, overdue flags, recording each step from the dialog, refusals,
permissions, the keyboard, the Chinese translation and rendered screenshots."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import func, select

from app import cases
from app.data.models import (
    AbsenceCase,
    CaseReport,
    Contact,
    PersuasionAttempt,
    PersuasionLedger,
    Student,
)
from app.errors import PermissionDenied
from app.ui.case_dialog import CaseDialog
from app.ui.cases_page import CasesPage, CaseTableModel, cases_page
from app.ui.context import AppContext
from tests.attendance.test_attendance import add_students, take
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
TSV = ROOT / "resources" / "translations" / "zh_CN" / "cases.tsv"
UI_FILES = [ROOT / "app" / "ui" / f for f in ("cases_page.py", "case_dialog.py", "case_tabs/base.py",
                                              "case_tabs/contacts.py", "case_tabs/persuasion.py",
                                              "case_tabs/outcome.py", "weekly_page.py")]

MON, TUE, WED, THU, FRI = (date(2026, 11, 23) + timedelta(days=i) for i in range(5))  # FRI == TODAY
C3, C4 = "三年级(1)班", "四年级(1)班"


@pytest.fixture
def boxes(monkeypatch):
    """Every message box is recorded instead of shown; questions are answered Yes."""
    shown = []
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a, _k=kind, **kw: shown.append((_k, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def opened(school_db):
    """张一 (三年级(1)班) absent Monday to Thursday: alert raised Wednesday, home visit overdue since Friday.
    李二 absent Wednesday and Thursday: alert raised on Friday (today), nothing overdue."""
    db = school_db
    db.c3 = add_students(db, C3, 3)
    db.c4 = add_students(db, C4, 1, seq0=200)
    db.kid, db.kid2 = db.c3[0], db.c3[1]
    for d in (MON, TUE):
        take(db, "wang", C3, d, {db.kid: ("absent", "")})
    for d in (WED, THU):
        take(db, "wang", C3, d, {db.kid: ("absent", ""), db.kid2: ("absent", "")})
    with db.session() as s:
        ids = {c.student_id: c.id for c in s.exec(select(AbsenceCase))}
    db.case_id, db.case2_id = ids[db.kid], ids[db.kid2]
    return db


def ctx_for(db, who: str) -> AppContext:
    return AppContext(db, db.actors[who])


def make_page(qtbot, db, who="wang") -> CasesPage:
    page = CasesPage(ctx_for(db, who), today=TODAY)
    qtbot.addWidget(page)
    return page


def make_dialog(qtbot, db, who="wang", case_id=None) -> CaseDialog:
    dialog = CaseDialog(ctx_for(db, who), case_id or db.case_id, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def count(db, model) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(model)).one()


def stage(db, case_id) -> str:
    with db.session() as s:
        return s.get(AbsenceCase, case_id).stage


def ctrl_s(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def show(qtbot, widget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


# --- the list ------------------------------------------------------------------------------------------------


def test_the_list_shows_the_cases_overdue_first_and_in_red(qtbot, qtmodeltester, opened):
    page = make_page(qtbot, opened)
    qtmodeltester.check(page.model)
    rows = page.model.rows()
    assert [r.student_name for r in rows] == ["张一", "李二"]
    first, second = rows
    assert first.overdue and not second.overdue
    m = page.model
    assert m.data(m.index(0, CaseTableModel.STUDENT)).startswith("⚠")
    assert m.data(m.index(0, CaseTableModel.DUE)) == "2026-11-26 (overdue)"  # the home visit was due Thursday
    assert m.data(m.index(0, CaseTableModel.NEXT_STEP)) == "Home visit in person"
    assert m.data(m.index(0, CaseTableModel.STAGE)) == "Alert: home visit due"
    assert m.data(m.index(0, CaseTableModel.DAYS)) == "4"
    assert m.data(m.index(0, CaseTableModel.CLASS)) == C3
    assert m.data(m.index(0, CaseTableModel.CLASS), Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")
    assert m.data(m.index(1, CaseTableModel.CLASS), Qt.ItemDataRole.ForegroundRole) is None
    assert m.data(m.index(1, CaseTableModel.DUE)) == "2026-11-30"  # Monday, the next school day
    assert "overdue" in page.count_label.text() and "2 open cases" in page.count_label.text()
    assert "Overdue" in m.data(m.index(0, CaseTableModel.STUDENT), Qt.ItemDataRole.ToolTipRole)


def test_filters_stage_overdue_and_my_cases(qtbot, opened):
    page = make_page(qtbot, opened)
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("overdue"))
    assert [r.student_name for r in page.model.rows()] == ["张一"]
    assert "(of 2)" in page.count_label.text()
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("visited"))
    assert page.model.rowCount() == 0
    page.stage_combo.setCurrentIndex(0)
    page.whose_combo.setCurrentIndex(page.whose_combo.findData(CasesPage.MINE))
    assert page.model.rowCount() == 2  # both assigned to 王老师, the class teacher
    boss = make_page(qtbot, opened, "boss")
    assert boss.model.rowCount() == 2
    assert not boss.whose_combo.model().item(1).isEnabled()  # the principal has no staff record: no own cases


def test_the_list_follows_changes_announced_by_other_windows(qtbot, opened):
    page = make_page(qtbot, opened)
    ctx = ctx_for(opened, "wang")
    visit = cases.ContactInput(contact_date=THU, form="in_person", student_condition="在家")
    page2 = CasesPage(ctx, today=TODAY)
    qtbot.addWidget(page2)
    ctx.run(cases.record_contact, opened.case_id, visit, today=TODAY)
    qtbot.waitUntil(lambda: {r.student_name: r.stage for r in page2.model.rows()}["张一"] == "visited")
    assert page.model.rows()[0].stage == "alert"  # another context: it refreshes on its own signal only
    page.refresh()
    assert {r.student_name: r.stage for r in page.model.rows()}["张一"] == "visited"


def test_enter_and_double_click_open_the_case_file(qtbot, opened):
    page = make_page(qtbot, opened)
    show(qtbot, page)
    page.table.setFocus()
    page.table.selectRow(1)
    with qtbot.waitSignal(page.case_opened) as opened_signal:
        QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened_signal.args == [opened.case2_id]
    assert isinstance(page.dialog, CaseDialog) and page.dialog.case_id == opened.case2_id
    page.dialog.close()
    qtbot.waitUntil(lambda: page.dialog is None)
    rect = page.table.visualRect(page.model.index(0, CaseTableModel.STUDENT))
    QTest.mousePress(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a real double-click
    QTest.mouseRelease(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.case_opened) as opened_signal:
        QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened_signal.args == [opened.case_id]
    page.dialog.close()


def test_factory_builds_the_page(qtbot, opened):
    page = cases_page(ctx_for(opened, "boss"), None)
    qtbot.addWidget(page)
    assert isinstance(page, CasesPage) and page.model.rowCount() == 2


# --- permissions -------------------------------------------------------------------------------------------------


def test_a_teacher_of_another_class_does_not_see_the_case(qtbot, opened):
    page = make_page(qtbot, opened, "li")
    assert page.model.rowCount() == 0
    assert "No open absence alerts" in page.count_label.text()
    with pytest.raises(PermissionDenied):
        CaseDialog(ctx_for(opened, "li"), opened.case_id, today=TODAY)


def test_a_subject_teacher_reads_the_case_but_cannot_record(qtbot, opened):
    page = make_page(qtbot, opened, "zhao")  # teaches maths in the class
    assert page.model.rowCount() == 2
    dialog = make_dialog(qtbot, opened, "zhao")
    for tab in dialog.record_tabs():
        assert not tab.save_button.isEnabled()
        assert tab.closed_hint.text()
    assert dialog.save_current() is False
    assert count(opened, Contact) == 0


# --- the case file ------------------------------------------------------------------------------------------


def test_the_header_shows_the_child_family_run_and_steps(qtbot, opened):
    dialog = make_dialog(qtbot, opened)
    assert dialog.title.text() == f"张一 · {C3}"
    facts = dialog.facts.text()
    assert "张大山" in facts and "13912345678" in facts and "父亲" in facts
    assert "2026-11-23" in facts and "2026-11-26" in facts and "<b>4</b>" in facts
    steps = dialog.steps_label.text()
    assert "Home visit in person" in steps and "due 2026-11-26" in steps and "(overdue)" in steps
    assert "due 2026-11-27" in steps  # the written report is due today
    assert dialog.stage_label.text() == "Alert: home visit due"
    assert dialog.tabs.currentWidget() is dialog.contacts  # the tab of the next step


def test_recording_a_home_visit_reaches_the_database_and_moves_the_stage(qtbot, qtmodeltester, opened, boxes):
    dialog = make_dialog(qtbot, opened)
    show(qtbot, dialog)
    tab = dialog.contacts
    tab.date.setDate(THU)
    tab.time.setTime(time(16, 30))
    tab.form_combo.setCurrentIndex(tab.form_combo.findData("in_person"))
    tab.companions.setText("马国平(村支书)")
    tab.guardian.setCurrentIndex(0)
    tab._guardian_chosen(0)
    assert tab.guardian.currentText() == "张大山" and tab.relation.currentData() == "father"
    tab.family.setPlainText("父母在家务农,家有三口人")
    tab.purpose.setText("核实缺勤原因")
    tab.condition.setPlainText("孩子在家帮忙干农活,身体无恙")
    tab.problems.setPlainText("家长未请假")
    tab.measures.setPlainText("明天送孩子到校,班主任每天电话跟进")
    tab.opinion.setPlainText("同意明天送孩子到校")
    tab.condition.setFocus()
    with qtbot.waitSignal(dialog.reloaded):
        ctrl_s(tab.condition)
    assert boxes == []
    with opened.session() as s:
        (c,) = s.exec(select(Contact)).all()
        assert (c.case_id, c.contact_date, c.contact_time, c.form) == (opened.case_id, THU, time(16, 30), "in_person")
        assert (c.guardian_met, c.guardian_relation, c.companions) == ("张大山", "father", "马国平(村支书)")
        assert c.student_condition == "孩子在家帮忙干农活,身体无恙" and c.guardian_opinion == "同意明天送孩子到校"
        assert c.staff_id == opened.actors["wang"].staff_id
    assert stage(opened, opened.case_id) == "visited"
    assert dialog.stage_label.text() == "Visited: written report due"
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1 and tab.model.data(tab.model.index(0, 1)) == "Home visit in person"
    assert "孩子在家帮忙干农活" in tab.detail.toPlainText()
    assert tab.condition.toPlainText() == ""  # the form is emptied for the next record
    assert "✓ home visit on 2026-11-26" in dialog.steps_label.text()


def test_a_phone_call_is_kept_but_does_not_complete_the_visit(qtbot, opened, boxes):
    dialog = make_dialog(qtbot, opened)
    tab = dialog.contacts
    tab.form_combo.setCurrentIndex(tab.form_combo.findData("phone"))
    tab.condition.setPlainText("电话联系,孩子在外婆家")
    assert tab.save() is True
    assert count(opened, Contact) == 1 and stage(opened, opened.case_id) == "alert"


def test_a_refused_step_shows_the_service_message_under_its_field(qtbot, opened, boxes):
    dialog = make_dialog(qtbot, opened)
    tab = dialog.contacts
    tab.condition.setPlainText("  ")
    assert tab.save() is False
    error = tab.fields["学生现状"][1]
    assert not error.isHidden() and "不能为空" in error.text()
    # the written report dated before the alert was raised
    reports = dialog.reports
    dialog.tabs.setCurrentWidget(reports)
    reports.date.setDate(TUE)
    assert reports.save() is False
    assert "早于预警日期" in reports.fields["报告日期"][1].text()
    # no recipient at all
    reports.date.setDate(THU)
    reports.to_township.setChecked(False)
    reports.to_county.setChecked(False)
    assert reports.save() is False
    assert reports.fields["报告日期"][1].isHidden()  # the earlier error is cleared
    assert "请填写报送单位" in reports.fields["报送单位"][1].text()
    assert boxes == []
    assert count(opened, Contact) == count(opened, CaseReport) == 0
    assert stage(opened, opened.case_id) == "alert"


def test_written_report_to_township_and_county(qtbot, opened, boxes):
    dialog = make_dialog(qtbot, opened)
    tab = dialog.reports
    assert tab.township_name.text() == "马道镇人民政府" and tab.county_name.text() == "留坝县教育局"
    tab.date.setDate(FRI)
    tab.reference.setText("马道小〔2026〕12号")
    tab.content.setPlainText("学生张一连续无故缺勤四天,已电话联系家长。")
    dialog.tabs.setCurrentWidget(tab)
    assert dialog.save_current() is True
    with opened.session() as s:
        (r,) = s.exec(select(CaseReport)).all()
        assert (r.report_date, r.recipients, r.reference) == (FRI, "马道镇人民政府、留坝县教育局", "马道小〔2026〕12号")
    assert tab.model.rowCount() == 1
    assert "Written report" not in dialog.steps_label.text()


def test_persuasion_with_people_from_both_lines(qtbot, qtmodeltester, opened, boxes):
    dialog = make_dialog(qtbot, opened, "boss")
    tab = dialog.persuasion
    roles = [r.role.currentData() for r in tab.rows]
    assert roles == ["township", "village", "principal", "teacher"]
    assert tab.rows[3].name.text() == "王老师"  # the responsible teacher is filled in
    for row in tab.rows:
        row.name.clear()
    assert "Administrative line" in tab.lines_label.text() and "Education line" in tab.lines_label.text()
    tab.actions.setPlainText("入户宣讲义务教育法")
    assert tab.save() is False  # nobody named
    assert "至少填写一位" in tab.fields["参加人员"][1].text()
    tab.rows[0].name.setText("刘德明(包村干部)")
    tab.rows[1].name.setText("马国平(村支书)")
    assert "Education line" in tab.lines_label.text() and "Both" not in tab.lines_label.text()
    tab.rows[2].name.setText("陈校长")
    tab.rows[3].name.setText("王老师")
    extra = tab.add_row("township", "")
    extra.role.setCurrentIndex(extra.role.findData("teacher"))
    extra.name.setText("赵老师")
    assert "Both lines" in tab.lines_label.text()
    tab.date.setDate(THU)
    tab.result.setPlainText("家长同意周一送孩子返校")
    assert tab.save() is True
    with opened.session() as s:
        (a,) = s.exec(select(PersuasionAttempt)).all()
    assert [(p["line"], p["role"], p["name"]) for p in a.participants] == [
        ("administrative", "township", "刘德明(包村干部)"), ("administrative", "village", "马国平(村支书)"),
        ("education", "principal", "陈校长"), ("education", "teacher", "王老师"), ("education", "teacher", "赵老师")]
    assert (a.attempt_date, a.actions, a.result) == (THU, "入户宣讲义务教育法", "家长同意周一送孩子返校")
    qtmodeltester.check(tab.model)
    assert tab.model.data(tab.model.index(0, 2)) == "yes"
    assert len(tab.rows) == 4 and tab.rows[0].name.text() == ""  # a fresh form


def test_township_notice(qtbot, opened, boxes):
    dialog = make_dialog(qtbot, opened)
    tab = dialog.notice
    assert tab.issuer.text() == "马道镇人民政府" and "No notice" in tab.current.text()
    tab.issued.setDate(THU)
    tab.deadline.setDate(WED)
    assert tab.save() is False and "早于下达日期" in tab.fields["限期返校日期"][1].text()
    tab.deadline.setDate(date(2026, 12, 1))
    tab.reference.setText("马政限返〔2026〕3号")
    assert tab.save() is True
    with opened.session() as s:
        case = s.get(AbsenceCase, opened.case_id)
        assert (case.notice_issued_on, case.notice_deadline, case.notice_reference) == (
            THU, date(2026, 12, 1), "马政限返〔2026〕3号")
    assert "2026-12-01" in tab.current.text() and "2026-12-01" in dialog.facts.text()


def test_where_the_child_is_now_is_saved_for_the_monthly_ledgers(qtbot, opened, boxes):
    dialog = make_dialog(qtbot, opened)
    tab = dialog.whereabouts
    tab.whereabouts.setText("x" * 201)
    assert tab.save() is False and "200" in tab.fields["去向"][1].text()
    tab.whereabouts.setText("随父母去宁波")
    assert tab.save() is True
    with opened.session() as s:
        assert s.get(AbsenceCase, opened.case_id).whereabouts == "随父母去宁波"
    qtbot.waitUntil(lambda: tab.whereabouts.text() == "随父母去宁波")


def test_dropout_registration_is_the_registrar_s_and_refused_until_allowed(qtbot, opened, boxes):
    teacher = make_dialog(qtbot, opened, "wang")
    assert not teacher.dropout.save_button.isEnabled() and "registrar" in teacher.dropout.closed_hint.text()
    dialog = make_dialog(qtbot, opened, "reg")
    tab = dialog.dropout
    assert tab.save_button.isEnabled()
    tab.reason.setText("随父母外出务工")
    assert tab.save() is False  # 4 days absent: not a dropout yet, and the family has not refused
    assert "尚未达到辍学认定标准" in tab.fields["辍学认定"][1].text()
    tab.family_refused.setChecked(True)
    tab.whereabouts.setText("浙江宁波")
    assert tab.save() is True
    with opened.session() as s:
        assert s.get(Student, opened.kid).status == "dropout"
        ledger = s.exec(select(PersuasionLedger)).one()
        assert (ledger.left_on, ledger.whereabouts, ledger.closed_on) == (MON, "浙江宁波", None)
    assert stage(opened, opened.case_id) == "dropout"
    assert not tab.save_button.isEnabled() and "浙江宁波" in tab.current.text()
    assert dialog.stage_label.text() == "Registered dropout: persuading back"


def test_the_return_closes_the_case(qtbot, opened, boxes):
    page = make_page(qtbot, opened)
    dialog = CaseDialog(page.ctx, opened.case_id, today=TODAY)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    tab = dialog.outcome
    dialog.tabs.setCurrentWidget(tab)
    tab.return_date.setDate(THU)  # he was absent on Thursday
    assert tab.save() is False and "不晚于最后一次缺勤日" in tab.fields["返校日期"][1].text()
    tab.return_date.setDate(FRI)
    tab.return_note.setText("家访后返校")
    tab.return_note.setFocus()
    ctrl_s(tab.return_note)
    qtbot.waitUntil(lambda: stage(opened, opened.case_id) == "returned")
    with opened.session() as s:
        case = s.get(AbsenceCase, opened.case_id)
        assert (case.outcome, case.closed_on, case.outcome_note) == ("returned", FRI, "家访后返校")
    assert dialog.stage_label.text() == "Back at school (closed)"
    assert all(not t.save_button.isEnabled() for t in dialog.record_tabs())
    assert "Closed on 2026-11-27" in tab.current.text()
    qtbot.waitUntil(lambda: [r.student_name for r in page.model.rows()] == ["李二"])


def test_closing_for_another_reason_needs_a_note_for_other(qtbot, opened, boxes):
    dialog = make_dialog(qtbot, opened, "reg", opened.case2_id)
    tab = dialog.outcome
    tab.outcome.setCurrentIndex(tab.outcome.findData("other"))
    assert tab.close_case() is False and "不能为空" in tab.fields["结案说明"][1].text()
    tab.outcome.setCurrentIndex(tab.outcome.findData("transferred"))
    assert tab.close_case() is True
    assert stage(opened, opened.case2_id) == "closed"


def test_escape_closes_and_ctrl_s_saves_the_open_tab(qtbot, opened, boxes):
    dialog = make_dialog(qtbot, opened)
    show(qtbot, dialog)
    dialog.tabs.setCurrentWidget(dialog.reports)
    dialog.reports.date.setFocus()
    ctrl_s(dialog.reports.date)
    qtbot.waitUntil(lambda: count(opened, CaseReport) == 1)
    assert count(opened, Contact) == 0
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_tab_walks_the_contact_form_in_order(qtbot, opened):
    dialog = make_dialog(qtbot, opened)
    show(qtbot, dialog)
    tab = dialog.contacts
    order = [tab.date, tab.time, tab.form_combo, tab.staff_combo, tab.companions, tab.guardian, tab.relation,
             tab.address, tab.family, tab.purpose, tab.condition, tab.problems, tab.measures, tab.opinion,
             tab.save_button]
    order[0].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen = [order[0]]
    for _ in range(3 * len(order)):  # a date or time edit takes Tab for its own sections first (Qt's way)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        w = next((o for o in order if o is w or o.isAncestorOf(w)), w)
        if w is not seen[-1]:
            seen.append(w)
        if w is order[-1]:
            break
    assert seen == order


# --- translation and screenshots ------------------------------------------------------------------------------



def build_zh_qm(tmp_dir: Path) -> tuple[Path, list[tuple[str, str]]]:
    """Our files' strings with the Chinese of our TSV, as a .qm (and what it leaves untranslated)."""
    from app.ui.i18n import build_qm

    return build_qm(UI_FILES, [TSV], tmp_dir)


@contextmanager
def chinese_ui(tmp_dir: Path):
    qm, _missing = build_zh_qm(tmp_dir)
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    try:
        yield
    finally:
        QApplication.removeTranslator(translator)


def load_font() -> str:
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    assert font_id >= 0
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    QApplication.setFont(QFont(family, 10))
    return family


def test_translations_cover_every_string(tmp_path):
    _qm, missing = build_zh_qm(tmp_path)
    assert missing == []
    lines = [line for line in TSV.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert all(len(line.split("\t")) == 3 for line in lines)


def _save(widget, name: str, tmp_path: Path) -> Path:
    out = tmp_path / name
    assert widget.grab().toImage().save(str(out))
    try:
        shutil.copy(out, Path("/tmp") / name)
    except OSError:
        pass
    return out


def render_school(db) -> dict[str, int]:
    """Five children at different stages: overdue, new, visited, reported, suspected dropout (for screenshots)."""
    from app.students import GuardianInput, create_student
    from tests.conftest import make_student_input

    specs = [(C3, "张小明", "1"), (C3, "李小红", "2"), (C3, "王刚", "1"), (C4, "赵丽", "2"), (C4, "陈强", "1")]
    ids = {}
    with db.transaction() as s:
        for seq, (cname, name, sex) in enumerate(specs, start=400):
            ids[name] = create_student(s, db.actors["reg"], make_student_input(
                db.class_ids[cname], name=name, sex=sex, seq=2 * seq + (sex == "1"), address="马道镇马道村三组",
                guardians=[GuardianInput(name[0] + "建国", "father", "13912345678", False, True, "浙江宁波"),
                           GuardianInput("刘桂英", "grandmother_p", "13798765432", True, False, "")]), today=TODAY)
    for d in (MON, TUE, WED, THU):
        marks = {ids["张小明"]: ("absent", ""), ids["王刚"]: ("absent", "")}
        if d >= WED:
            marks[ids["李小红"]] = ("absent", "")
        take(db, "wang", C3, d, marks)
    day = date(2026, 11, 16)
    while day <= THU:
        if day.weekday() < 5:
            marks = {ids["陈强"]: ("absent", "")}
            if day >= MON:
                marks[ids["赵丽"]] = ("absent", "")
            take(db, "li", C4, day, marks)
        day += timedelta(days=1)
    with db.session() as s:
        ids["cases"] = {c.student_id: c.id for c in s.exec(select(AbsenceCase))}
    return ids


def test_render_cases_page_and_case_dialog(qtbot, school_db, tmp_path, boxes):
    load_font()
    db = school_db
    ids = render_school(db)
    case_of = ids["cases"]
    wang, li = ctx_for(db, "wang"), ctx_for(db, "li")

    def visit(day, form="in_person", **kw):
        values = dict(contact_date=day, contact_time=time(16, 30), form=form, student_condition="孩子在家帮忙干农活,身体无恙",
                      guardian_met="刘桂英", guardian_relation="grandmother_p", family_situation="父亲在浙江宁波务工,奶奶照看",
                      purpose="核实缺勤原因", problems="家长未请假,孩子有厌学情绪", measures="明天送孩子到校,班主任每天电话跟进",
                      guardian_opinion="同意下周一送孩子到校")
        values.update(kw)
        return cases.ContactInput(**values)

    wang.run(cases.record_contact, case_of[ids["王刚"]], visit(WED), today=TODAY)
    wang.run(cases.record_report, case_of[ids["王刚"]], THU, ["马道镇人民政府", "留坝县教育局"],
             reference="马道小〔2026〕12号", today=TODAY)
    li.run(cases.record_contact, case_of[ids["赵丽"]], visit(THU), today=TODAY)
    chen = case_of[ids["陈强"]]
    li.run(cases.record_contact, chen, visit(date(2026, 11, 18), form="phone", student_condition="电话无人接听"),
           today=TODAY)
    li.run(cases.record_contact, chen, visit(date(2026, 11, 19)), today=TODAY)
    li.run(cases.record_report, chen, date(2026, 11, 20), ["马道镇人民政府", "留坝县教育局"], reference="马道小〔2026〕11号",
           content="陈强连续无故缺勤,已入户家访。", today=TODAY)
    li.run(cases.record_persuasion, chen, date(2026, 11, 25),
           [cases.Participant("township", "刘德明(包村干部)"), cases.Participant("village", "马国平(村支书)"),
            cases.Participant("principal", "陈校长"), cases.Participant("teacher", "李老师")],
           "镇村干部和校长、班主任入户宣讲义务教育法", result="家长答应考虑", today=TODAY)
    with chinese_ui(tmp_path):
        ctx = ctx_for(db, "boss")
        page = CasesPage(ctx, today=TODAY)
        qtbot.addWidget(page)
        page.resize(1200, 520)
        show(qtbot, page)
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "学生"
        assert page.model.rowCount() == 5 and page.model.rows()[0].overdue
        _save(page, "cases_page.png", tmp_path)
        dialog = CaseDialog(li, chen, today=TODAY)
        qtbot.addWidget(dialog)
        show(qtbot, dialog)
        dialog.tabs.setCurrentWidget(dialog.contacts)
        _save(dialog, "cases_dialog_contacts.png", tmp_path)
        dialog.tabs.setCurrentWidget(dialog.persuasion)
        _save(dialog, "cases_dialog_persuasion.png", tmp_path)
        dialog.tabs.setCurrentWidget(dialog.reports)
        dialog.reports.date.setDate(date(2026, 11, 17))  # before the alert was raised
        assert dialog.reports.save() is False
        _save(dialog, "cases_dialog_refused.png", tmp_path)
        dialog.tabs.setCurrentWidget(dialog.outcome)
        _save(dialog, "cases_dialog_outcome.png", tmp_path)
        assert dialog.stage_label.text() == "疑似辍学,劝返中"


def test_the_cases_page_warns_of_the_year_without_holiday_data(qtbot, school_db):
    from app.ui.cases_page import CasesPage
    from app.ui.context import AppContext
    from tests.conftest import TODAY

    page = CasesPage(AppContext(school_db, school_db.actors["boss"]), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.calendar_warning.isVisible)
    assert "2027" in page.calendar_warning.text()


# --- nothing typed is lost (issue #15, item 5) --------------------------------------------------------


@pytest.fixture
def answer(monkeypatch):
    """Questions are recorded and answered with ``answer.value`` (Cancel by default: keep editing)."""
    class Answer(list):
        value = QMessageBox.StandardButton.Cancel
    asked = Answer()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, title, text, *a, **k: (asked.append(text), asked.value)[1])
    return asked


def test_esc_over_a_typed_home_visit_asks_before_throwing_it_away(qtbot, opened, answer):
    dialog = make_dialog(qtbot, opened)
    show(qtbot, dialog)
    dialog.contacts.condition.setPlainText("孩子在家帮忙干农活")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(answer) == 1 and "家访" in answer[0] or "Home visits" in answer[0]
    assert dialog.isVisible() and dialog.contacts.condition.toPlainText() == "孩子在家帮忙干农活"
    answer.value = QMessageBox.StandardButton.Discard
    dialog.close()  # the window's X asks too
    assert len(answer) == 2 and not dialog.isVisible()


def test_closing_an_untouched_or_saved_case_file_asks_nothing(qtbot, opened, answer):
    dialog = make_dialog(qtbot, opened)
    show(qtbot, dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert answer == [] and not dialog.isVisible()
