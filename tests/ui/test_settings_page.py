"""策略与校历: the admin edits the policy (audited, checked by the service); the school marks closures."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from app import policy, school_calendar
from app.data.models import AuditEntry
from app.ui.context import AppContext
from app.ui.settings_page import SettingsPage
from tests.conftest import TODAY


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a, _k=kind, **kw: shown.append((_k, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def _page(qtbot, school_db, user):
    page = SettingsPage(AppContext(school_db, school_db.actors[user]), today=TODAY)
    qtbot.addWidget(page)
    return page


def test_admin_changes_a_threshold_and_it_is_saved_and_audited(qtbot, school_db, boxes):
    page = _page(qtbot, school_db, "admin")
    tab = page.policy
    assert tab.editors["alert_after_days"].value() == 2  # Hanzhong default: 48 hours
    tab.editors["alert_after_days"].setValue(3)
    tab.editors["report_weekday"].setCurrentIndex(4)  # Friday
    assert tab.save() is True
    with school_db.transaction() as s:
        saved = policy.load(s)
        entries = s.exec(select(AuditEntry).where(AuditEntry.action == "policy.update")).all()
    assert saved.alert_after_days == 3 and saved.report_weekday == 4
    assert len(entries) == 1 and entries[0].before["alert_after_days"] == 2 and entries[0].after["alert_after_days"] == 3
    assert ("information", "Settings saved.") in boxes


def test_an_impossible_value_is_refused_with_the_reason_and_nothing_changes(qtbot, school_db, boxes):
    page = _page(qtbot, school_db, "admin")
    tab = page.policy
    tab.editors["suspected_dropout_after_days"].setValue(30)  # above the dropout threshold (20)
    assert tab.save() is False
    assert "疑似辍学天数" in tab.error.text()
    with school_db.transaction() as s:
        assert policy.load(s).suspected_dropout_after_days == 6


def test_defaults_button_fills_the_form_without_saving(qtbot, school_db, boxes):
    with school_db.transaction() as s:
        policy.save(s, school_db.actors["admin"], dropout_after_days=25)
    page = _page(qtbot, school_db, "admin")
    assert page.policy.editors["dropout_after_days"].value() == 25
    page.policy.defaults_button.click()
    assert page.policy.editors["dropout_after_days"].value() == 20
    with school_db.transaction() as s:
        assert policy.load(s).dropout_after_days == 25


def test_principal_sees_the_policy_read_only(qtbot, school_db):
    page = _page(qtbot, school_db, "boss")
    assert not page.policy.save_button.isEnabled()
    assert not page.policy.editors["alert_after_days"].isEnabled()
    assert not page.calendar.set_button.isEnabled()


def test_registrar_marks_a_snow_closure_and_removes_it(qtbot, school_db, boxes):
    page = _page(qtbot, school_db, "reg")
    cal = page.calendar
    day = date(2026, 11, 26)  # a Thursday in the autumn term
    cal.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    assert cal.day_label.text().splitlines()[1] == "school day"  # said once (was "school day · school day")
    cal.kind.setCurrentIndex(cal.kind.findData("closure"))
    cal.label.setText("")
    assert cal.mark_day() is False and "说明" in cal.error.text()  # the service asks for a reason
    cal.label.setText("大雪停课")
    assert cal.mark_day() is True
    qtbot.waitUntil(lambda: "大雪停课" in cal.day_label.text())
    with school_db.transaction() as s:
        assert not school_calendar.load_calendar(s).is_school_day(day)
    fmt = cal.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
    assert fmt.fontStrikeOut()
    assert cal.clear_day() is True
    qtbot.waitUntil(lambda: "大雪停课" not in cal.day_label.text())
    with school_db.transaction() as s:
        assert school_calendar.load_calendar(s).is_school_day(day)


def test_national_holidays_are_shown_as_days_off(qtbot, school_db):
    page = _page(qtbot, school_db, "reg")
    cal = page.calendar
    cal.calendar.setSelectedDate(QDate(2026, 10, 1))
    assert "国庆" in cal.day_label.text()


TEST_2027 = "date,kind,name\n2027-01-01,holiday,元旦\n2027-01-05,holiday,测试假日\n"  # made-up test days


def test_a_holiday_file_is_previewed_then_applied(qtbot, school_db, boxes, tmp_path, monkeypatch):
    page = _page(qtbot, school_db, "reg")
    cal = page.calendar
    assert "2027" in cal.coverage.text() and cal.load_button.isEnabled()
    path = tmp_path / "holidays-2027.csv"
    path.write_bytes(TEST_2027.encode("gb18030"))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.No)
    assert cal.load_holiday_file(path) is False  # the registrar saw the preview and said no
    assert "2027 年:放假 2 天" in asked[0]
    with school_db.transaction() as s:
        assert not school_calendar.load_calendar(s).covered(2027)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert cal.load_holiday_file(path) is True
    qtbot.waitUntil(lambda: "2027" in cal.loaded_label.text())
    assert cal.coverage.text() == ""
    cal.calendar.setSelectedDate(QDate(2027, 1, 5))
    assert "测试假日" in cal.day_label.text()
    with school_db.transaction() as s:
        assert s.exec(select(AuditEntry).where(AuditEntry.action == "calendar.holidays_loaded")).one()


def test_a_bad_holiday_file_is_refused_with_its_rows(qtbot, school_db, boxes, tmp_path):
    page = _page(qtbot, school_db, "reg")
    path = tmp_path / "bad.csv"
    path.write_text("date,kind,name\n2027-02-30,holiday,x\n2027-01-06,workday,x\n", encoding="utf-8")
    assert page.calendar.load_holiday_file(path) is False
    kind, text = boxes[-1]
    assert kind == "critical" and "第 2 行" in text and "第 3 行" in text
    with school_db.transaction() as s:
        assert not school_calendar.load_calendar(s).covered(2027)


def test_a_teacher_cannot_load_a_holiday_file(qtbot, school_db):
    assert not _page(qtbot, school_db, "wang").calendar.load_button.isEnabled()
