"""月报告台账 page and the reminder on the office's first page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.changes import ChangeSet
from app import policy
from app.ui.context import AppContext
from app.ui.monthly_page import MonthlyPage, MonthlyReminder
from tests.conftest import TODAY
from tests.test_monthly import ledgers  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a, _k=kind, **kw: shown.append((_k, text)))
    return shown


def test_the_page_shows_the_three_ledgers_and_prints_them(qtbot, ledgers, tmp_path, boxes):  # noqa: F811
    page = MonthlyPage(AppContext(ledgers, ledgers.actors["reg"]), today=TODAY, output_dir=tmp_path)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    assert page.month() == "2026-11"
    assert page.models["suspected"].rowCount() == 1 and page.models["dropout"].rowCount() == 1
    assert page.models["persuasion"].rowCount() == 2
    assert "2026-11-28" in page.state_label.text()
    out = page.print_ledgers(tmp_path / "m.pdf")
    assert out is not None and out.exists() and boxes == []
    assert page.set_month("2026-10")
    qtbot.waitUntil(lambda: page.report is not None and page.report.month == "2026-10")
    assert page.models["suspected"].rowCount() == 0


def test_a_teacher_is_refused_by_the_service(qtbot, ledgers):  # noqa: F811
    page = MonthlyPage(AppContext(ledgers, ledgers.actors["wang"]), today=TODAY)
    qtbot.addWidget(page)
    assert page.report is None and "没有权限" in page.state_label.text() and not page.print_button.isEnabled()


def test_the_reminder_on_the_roll_call_until_the_month_is_exported(qtbot, ledgers, tmp_path):  # noqa: F811
    from app.ui.roll_call_page import RollCallPage
    from tests.test_monthly import _export

    with ledgers.transaction() as s:
        policy.save(s, ledgers.actors["admin"], report_rhythm="monthly", today=TODAY)
    ctx = AppContext(ledgers, ledgers.actors["boss"])
    page = RollCallPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    reminder = page.monthly_reminder
    qtbot.waitUntil(reminder.isVisible)
    assert [r.month for r in reminder.reminders] == ["2026-10", "2026-11"]
    assert "2026-11" in reminder.text()
    _export(ledgers, tmp_path, date(2026, 10, 1), date(2026, 11, 30))
    ctx.announce(ChangeSet.of("exchange_export"))
    qtbot.waitUntil(lambda: not reminder.isVisible())
    teacher = MonthlyReminder(AppContext(ledgers, ledgers.actors["wang"]), lambda: TODAY)
    qtbot.addWidget(teacher)
    assert teacher.reminders == [] and teacher.isHidden()
