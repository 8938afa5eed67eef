"""An English screen shows no Chinese (issue #15 item 6) but for what the school typed.

Every page of the main window, on a demo school with data, offscreen at 1366×768 in English: the text of
every visible widget — labels, buttons, tabs, group titles, placeholders, combo items, table headers and
the cells of every table — must hold no Chinese character.

Exempt, and only these: the **data the school typed** — people's names (students, guardians, staff,
accounts' display names), the school's, the classes' and the county's names, places (villages, addresses,
places of work, other schools), and free text typed into a record (notes, reasons, home-visit notes, …).
They are read from the database (:func:`typed_values`) and blanked out of a text before it is checked, so
a Chinese word the program wrote (a status, a role, a kind of leave, an audit line) still fails. Also exempt,
listed one by one in :data:`EXAMPLES`: the interface's own **examples of the Chinese data to type** (a
placeholder "e.g. 马道镇", the pinyin initials "zs for 张三") and the **official terms** an English label
glosses so that it matches the paper forms and the national 学籍 system ("Suspended (休学)").

:data:`NOT_YET` lists the places still in Chinese, each with its reason; the test fails on any other
place, and on a listed place that no longer shows Chinese (take it off the list).
"""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QHeaderView,
                               QLabel,
                               QLineEdit, QTabWidget, QTextEdit, QPlainTextEdit, QTreeWidget, QWidget)
from sqlalchemy import inspect
from sqlmodel import Session, select

from app.accounts import actor_for
from app.data.db import core
from app.data.models import User
from app.ui.context import AppContext
from tests.conftest import TODAY

CHINESE = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
WIDTH, HEIGHT = 1366, 768 - 40 - 30
#: Chinese the English interface shows on purpose, each an example of Chinese data to type (the school's
#: records are in Chinese whatever the interface's language) or an official term glossed beside its English
EXAMPLES = (
    # examples of what to type: names, places, a document number, a class, a subject, a title, a heading
    "张三", "王红", "张明", "三年级(1)班", "三年级(2)班", "广东东莞", "马道小〔2026〕12号", "马道镇中心学校", "留坝县", "马道镇",
    "一级教师", "马道镇青桥村三组 12 号", "数学", "一、", "二、", "、",
    # official terms beside their English (the paper forms and the national system name them so)
    "建档立卡", "随迁子女", "休学", "复式班", "限期返校通知书", "去向", "保学", "学籍",
)
#: places still in Chinese on the English pages (page: widget column): what is left of issue #15 item 6
NOT_YET = {
    "documents: QListWidget(placeholderList) column 0": "the pledge template's placeholders are its Chinese text's",
    "documents: QLineEdit(templateTitle)": "the pledge printed for the parents is a Chinese paper (its template)",
    "documents: QPlainTextEdit(templateBody)": "the same template's body",
}
#: the same for the dialogs
DIALOGS_NOT_YET = {
}

#: the columns whose values the school typed (table → columns); everything else a text shows is the program's
TYPED = {
    "school": ("name", "county_name", "township", "address", "principal_name"),
    "school_year": ("name",),
    "term": ("name",),
    "school_class": ("name",),
    "staff": ("name", "title", "village"),
    "user_account": ("display_name",),
    "student": ("name", "ethnicity", "hukou", "health", "address", "township", "village", "notes"),
    "guardian": ("name", "work_place"),
    "teaching_assignment": ("subject",),
    "calendar_day": ("label",),
    "national_holiday": ("name",),
    "leave": ("reason", "reference"),
    "attendance_mark": ("note",),
    "absence_alert": ("cleared_reason",),
    "home_teaching_enrolment": ("reason",),
    "home_teaching_session": ("content", "companions", "notes"),
    "mentor_assignment": ("end_note", "over_max_reason", "note"),
    "mentor_plan": ("situation", "risk_notes"),
    "plan_measure": ("content", "result"),
    "plan_review": ("purpose", "notes"),
    "pledge": ("party_a", "party_b", "student_name"),
    "pledge_template": ("title", "body"),
    "approval_attachment": ("filename", "description"),
    "approval_step": ("comment",),
    "absence_case": ("whereabouts", "notice_issuer", "notice_reference", "outcome_note"),
    "case_report": ("recipients", "reference", "content"),
    "contact": ("companions", "address", "guardian_met", "family_situation", "purpose", "student_condition",
                "problems", "measures", "guardian_opinion"),
    "persuasion_attempt": ("actions", "result"),
    "persuasion_ledger": ("reason_left", "whereabouts", "result"),
    "county_trust": ("name",),
}


#: the typed values inside JSON columns (table → column → the keys of its objects whose values the school typed)
TYPED_JSON = {
    "approval_request": ("details", ("reason", "note", "destination_county", "destination_school", "host_county",
                                     "host_school", "origin_county", "origin_school", "whereabouts", "cause", "name",
                                     "guardian_name", "address", "village", "township")),
    "persuasion_attempt": ("participants", ("name",)),
}


def _typed_in(value) -> list[str]:
    return [part for part in re.split(r"\s+", value) if part] if isinstance(value, str) and CHINESE.search(value) else []


def typed_values(db) -> list[str]:
    """Every value of a typed column that holds Chinese, longest first (blanked out before the check)."""
    values: set[str] = set()
    with Session(db.engine) as s:
        conn = core(s)
        for table, columns in TYPED.items():
            have = {c["name"] for c in inspect(conn).get_columns(table)}
            for col in columns:
                assert col in have, f"{table}.{col} is no column: keep TYPED true"
                for (v,) in conn.exec_driver_sql(f'SELECT DISTINCT "{col}" FROM "{table}" WHERE "{col}" <> \'\''):
                    if isinstance(v, str) and CHINESE.search(v):
                        values.update(part for part in re.split(r"\s+", v) if part)
        for table, (column, keys) in TYPED_JSON.items():
            for (v,) in conn.exec_driver_sql(f'SELECT "{column}" FROM "{table}"'):
                items = json.loads(v) if isinstance(v, str) else v
                for item in items if isinstance(items, list) else [items]:
                    if isinstance(item, dict):
                        for key in keys:
                            values.update(_typed_in(item.get(key)))
    return sorted(values, key=len, reverse=True)


@pytest.fixture
def english(qapp):
    """The English interface, and afterwards the state the other tests expect (no translator, Chinese messages)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.ui.app import install_translator, load_font
    from app.ui.widgets import set_shown_language

    load_font()
    locale = QLocale()
    installed = install_translator(qapp, "en")
    yield
    for t in installed:
        QCoreApplication.removeTranslator(t)
    qapp._baoxue_translators = []
    set_shown_language("zh_CN")
    QLocale.setDefault(locale)


def _texts(widget: QWidget):
    """(where, text) of everything ``widget`` and its visible children show."""
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        name = f"{type(w).__name__}({w.objectName() or ''})"
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield name, w.text() + " " + w.placeholderText()
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield name, w.toPlainText() + " " + w.placeholderText()
        elif isinstance(w, QComboBox):
            yield name, " | ".join(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            yield name, " | ".join(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QTreeWidget):  # every item, the children too (the risk page's rules and records)
            items = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while items:
                item = items.pop()
                items.extend(item.child(i) for i in range(item.childCount()))
                for c in range(w.columnCount()):
                    yield f"{name} item", f"{item.text(c)} {item.toolTip(c)}"
            for c in range(w.columnCount()):
                yield f"{name} header {c}", w.headerItem().text(c)
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            m, root = w.model(), QModelIndex()
            columns = 1 if isinstance(m, QAbstractListModel) else m.columnCount(root)
            for c in range(columns):
                yield f"{name} header {c}", str(m.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(min(m.rowCount(root), 60)):
                for c in range(columns):
                    yield f"{name} column {c}", str(m.data(m.index(r, c)) or "")
                    yield f"{name} column {c} tooltip", str(m.data(m.index(r, c), Qt.ItemDataRole.ToolTipRole) or "")
        if w.toolTip():
            yield f"{name} tooltip", w.toolTip()


def _every_tab(widget: QWidget):
    """Show each tab of every tab widget of ``widget`` in turn (the first tabs together, then the second, …)."""
    tabs = widget.findChildren(QTabWidget)
    for index in range(max((t.count() for t in tabs), default=1)):
        for t in tabs:
            if index < t.count():
                t.setCurrentIndex(index)
        QApplication.processEvents()
        yield index


def _chinese_in(widget: QWidget, typed: list[str], where: str, failures: dict[str, str]) -> None:
    for place, text in _texts(widget):
        left = chinese_left(text, typed)
        if left:
            failures.setdefault(f"{where}: {place}", f"{left} in {text[:160]!r}")


def _no_failures(failures: dict[str, str], what: str) -> None:
    assert not failures, f"{len(failures)} places with Chinese {what}:\n" + "\n".join(
        f"{where}: {text}" for where, text in failures.items())


def chinese_left(text: str, typed: list[str]) -> str:
    for value in sorted((*typed, *EXAMPLES), key=len, reverse=True):  # the longest first: an example holds a place
        if value in text:
            text = text.replace(value, " ")
    return "".join(CHINESE.findall(text))


def test_every_english_page_shows_no_chinese_but_what_the_school_typed(qtbot, demo, english):
    from app.ui.main_window import MainWindow

    typed = typed_values(demo)
    assert len(typed) > 100  # the demo's names and places: a check that blanks nothing would be too strict
    with Session(demo.engine) as s:
        ctx = AppContext(demo, actor_for(s, s.exec(select(User).where(User.username == "admin")).one()))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    failures: dict[str, str] = {}  # where → the first text found there (a table's column counts once)
    for key in window.visible_keys():
        page = window.show_page(key)
        QApplication.processEvents()
        for _tab in _every_tab(page):
            for where, text in _texts(page):
                if chinese_left(text, typed):
                    failures.setdefault(f"{key}: {where}", text[:120])
    for where, text in _texts(window.statusBar()):
        if chinese_left(text, typed):
            failures.setdefault(f"status bar: {where}", text[:120])
    unexpected = {where: text for where, text in failures.items() if where not in NOT_YET}
    assert not unexpected, f"{len(unexpected)} places with Chinese on English pages:\n" + "\n".join(
        f"{where}: {text!r}" for where, text in unexpected.items())
    done = sorted(set(NOT_YET) - set(failures))
    assert not done, "no Chinese any more (take them off NOT_YET): " + ", ".join(done)


def _dialogs(ctx, demo):
    """The main dialogs, on records of the demo: a student's file and form, leave, a case, a request, a plan."""
    from app.data.case_models import AbsenceCase
    from app.data.models import Student
    from app.ui.case_dialog import CaseDialog
    from app.ui.leave_dialog import LeaveDialog
    from app.ui.plan_dialog import PlanDialog
    from app.ui.request_dialog import RequestDialog
    from app.ui.student_dialog import StudentDialog
    from app.ui.student_page import StudentPage

    with Session(demo.engine) as s:
        case = s.exec(select(AbsenceCase).order_by(AbsenceCase.id)).first()
        student = case.student_id if case is not None else s.exec(select(Student.id)).first()
        case_id = case.id if case is not None else None
    yield "student file", StudentPage(ctx, student)
    yield "student form", StudentDialog(ctx, student)
    yield "leave", LeaveDialog(ctx, student, today=TODAY)
    if case_id is not None:
        yield "case", CaseDialog(ctx, case_id, today=TODAY)
    yield "new request", RequestDialog(ctx, None, today=TODAY)
    yield "plan", PlanDialog(ctx, student, today=TODAY)


def test_the_main_dialogs_in_english_show_no_chinese_but_what_the_school_typed(qtbot, demo, english):
    typed = typed_values(demo)
    with Session(demo.engine) as s:
        ctx = AppContext(demo, actor_for(s, s.exec(select(User).where(User.username == "admin")).one()))
    failures: dict[str, str] = {}
    seen = []
    for name, dialog in _dialogs(ctx, demo):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        seen.append(name)
        for _tab in _every_tab(dialog):  # every tab of the dialog's tab widgets
            for where, text in _texts(dialog):
                if chinese_left(text, typed):
                    failures.setdefault(f"{name}: {where}", text[:120])
        dialog.reject()
    assert "case" in seen, "the demo has an absence case to open"
    unexpected = {where: text for where, text in failures.items() if where not in DIALOGS_NOT_YET}
    assert not unexpected, f"{len(unexpected)} places with Chinese in English dialogs:\n" + "\n".join(
        f"{where}: {text!r}" for where, text in unexpected.items())
    done = sorted(set(DIALOGS_NOT_YET) - set(failures))
    assert not done, "no Chinese any more (take them off DIALOGS_NOT_YET): " + ", ".join(done)


def _admin(demo) -> AppContext:
    with Session(demo.engine) as s:
        return AppContext(demo, actor_for(s, s.exec(select(User).where(User.username == "admin")).one()))


def test_the_audit_detail_of_every_kind_of_entry_in_english(qtbot, demo, english):
    """The before/after pane of one entry of each action the demo recorded: field names and coded values in English."""
    from app.ui.audit_window import AuditPage

    typed = typed_values(demo)
    page = AuditPage(_admin(demo))
    qtbot.addWidget(page)
    page.resize(WIDTH, HEIGHT)
    page.show()
    actions = [page.action_combo.itemData(i) for i in range(1, page.action_combo.count())]
    assert len(actions) >= 30  # the demo records every kind of operation
    failures: dict[str, str] = {}
    for action in actions:
        page.set_action_filter(action)
        assert page.model.rowCount(), action
        for row in range(min(page.model.rowCount(), 3)):
            page.select_row(row)
            QApplication.processEvents()
            _chinese_in(page, typed, action, failures)
    _no_failures(failures, "in the audit log's details")


def test_the_mentor_board_tooltips_in_english(qtbot, demo, english):
    """Every teacher's mentees and the pupils without a mentor, with the tooltips of their cells."""
    from app.ui.mentors_page import MentorBoardPage

    typed = typed_values(demo)
    page = MentorBoardPage(_admin(demo), today=TODAY)
    qtbot.addWidget(page)
    page.resize(WIDTH, HEIGHT)
    page.show()
    assert page.teachers.rowCount()
    failures: dict[str, str] = {}
    tooltips = 0
    for row in range(page.teachers.rowCount()):
        page.teacher_view.selectRow(row)
        QApplication.processEvents()
        tooltips += sum(1 for where, text in _texts(page) if "tooltip" in where and text)
        _chinese_in(page, typed, f"teacher {row}", failures)
    assert tooltips and page.mentee_view.model().rowCount() + page.uncovered_view.model().rowCount()
    _no_failures(failures, "on the mentor board")


def test_the_risk_details_in_english(qtbot, demo, english):
    """The rules and records of every pupil with risk points."""
    from app.ui.risk_page import RiskPage

    typed = typed_values(demo)
    page = RiskPage(_admin(demo), today=TODAY)
    qtbot.addWidget(page)
    page.resize(WIDTH, HEIGHT)
    page.show()
    assert page.model.rowCount() >= 3
    failures: dict[str, str] = {}
    for row in range(min(page.model.rowCount(), 40)):
        page.table.selectRow(row)
        QApplication.processEvents()
        assert page.details.topLevelItemCount()
        _chinese_in(page, typed, f"pupil {row}", failures)
    _no_failures(failures, "in the risk details")


def test_a_roster_import_with_bad_rows_lists_its_problems_in_english(qtbot, demo, english, tmp_path):
    """A roster with a wrong check digit, an unknown class, a bad date, a duplicate and a missing name."""
    from datetime import date

    from openpyxl import load_workbook

    from app.identity import sample_resident_id
    from app.students import roster_export, roster_layout
    from app.ui.import_dialog import ImportDialog

    def row(seq: int, **over) -> dict:
        rid = sample_resident_id("610729", date(2017, 3, 5), seq, sex="1")
        values = {"姓名": f"导入生{seq}", "性别": "男", "出生日期": "2017-03-05", "身份证件号": rid,
                  "全国学籍号": "G" + rid, "班级": "三年级(1)班", "入学日期": "2023-09-01", "村": "马道村",
                  "监护人1姓名": "张大山", "监护人1关系": "父亲", "监护人1电话": "13912345678"}
        return {**values, **over}

    rows = [row(11), row(13, 身份证件号="610729201703050130", 全国学籍号="G610729201703050130"),
            row(15, 班级="十年级(9)班"), row(17, 出生日期="2017-13-45"), row(19, 性别="未知", 监护人1电话="12"),
            row(11), row(21, 姓名="")]
    path = tmp_path / "名册.xlsx"
    roster_export.write_template(path)
    wb = load_workbook(path)
    ws = wb[roster_layout.DATA_SHEET]
    headers = [roster_layout.norm_header(c.value) for c in ws[1]]
    for r in rows:
        ws.append([r.get(h) for h in headers])
    wb.save(path)
    # what the file holds is the school's text: its name, its headers (the national format's, in Chinese), its cells
    typed = (typed_values(demo) + [str(v) for r in rows for v in r.values() if v] + [h for h in headers if h]
             + [f"{h}*" for h in headers if h] + [str(path)])

    dialog = ImportDialog(_admin(demo))
    qtbot.addWidget(dialog)
    dialog.resize(WIDTH, HEIGHT)
    dialog.show()
    with qtbot.waitSignal(dialog.planned):
        dialog.load_file(path)
    assert dialog.error_model.rowCount() >= 5
    failures: dict[str, str] = {}
    _chinese_in(dialog, typed, "import", failures)
    _no_failures(failures, "in the import's problems")
