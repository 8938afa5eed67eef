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

import re
import shutil

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QHeaderView,
                               QLabel,
                               QLineEdit, QTabWidget, QTextEdit, QPlainTextEdit, QWidget)
from sqlalchemy import inspect
from sqlmodel import Session, select

from app.accounts import actor_for
from app.data.db import core, unlock_database
from app.data.models import User
from app.demo import DEMO_PASSWORD, build_demo
from app.paths import DataPaths
from app.ui.context import AppContext
from tests.conftest import TODAY

CHINESE = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
WIDTH, HEIGHT = 1366, 768 - 40 - 30
#: Chinese the English interface shows on purpose, each an example of Chinese data to type (the school's
#: records are in Chinese whatever the interface's language) or an official term glossed beside its English
EXAMPLES = (
    # examples of what to type: names, places, a document number, a class, a subject, a title, a heading
    "张三", "王红", "张明", "三年级(1)班", "广东东莞", "马道小〔2026〕12号", "马道镇中心学校", "留坝县", "马道镇",
    "一级教师", "马道镇青桥村三组 12 号", "数学", "一、", "二、", "、",
    # official terms beside their English (the paper forms and the national system name them so)
    "建档立卡", "随迁子女", "休学", "复式班", "学籍变动", "复学", "限期返校通知书", "去向", "保学", "学籍",
)
#: places still in Chinese on the English pages (page: widget column): what is left of issue #15 item 6
NOT_YET = {
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
    "leave": ("reason",),
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
    return sorted(values, key=len, reverse=True)


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-english")
    build_demo(DataPaths(root), students=120, seed=5, today=TODAY)
    return root


@pytest.fixture
def demo(demo_root, tmp_path):
    root = tmp_path / "school"
    shutil.copytree(demo_root, root)
    db = unlock_database(DataPaths(root), "admin", DEMO_PASSWORD)
    yield db
    db.close()


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
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            m, root = w.model(), QModelIndex()
            columns = 1 if isinstance(m, QAbstractListModel) else m.columnCount(root)
            for c in range(columns):
                yield f"{name} header {c}", str(m.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(min(m.rowCount(root), 60)):
                for c in range(columns):
                    yield f"{name} column {c}", str(m.data(m.index(r, c)) or "")
        if w.toolTip():
            yield f"{name} tooltip", w.toolTip()


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
        tabs = dialog.findChildren(QTabWidget)
        for index in range(max((t.count() for t in tabs), default=1)):  # every tab of the dialog's tab widgets
            for t in tabs:
                if index < t.count():
                    t.setCurrentIndex(index)
            QApplication.processEvents()
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
