"""The county's window (``baoxue --county URL``): the week's summary and cross-school views on screen, saved as
.xlsx and PDF, rendered at 1366×768."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from app.exchange.county import CountyDB, ingest, register_certificate
from app.ui.county_window import CountyWindow
from tests.exchange.conftest import another_school, export, school  # noqa: F401 - fixtures
from tests.ui.test_documents_page import save_picture


@pytest.fixture
def chinese():
    """The shipped Chinese translation (resources/translations/baoxue_zh_CN.qm) and the shipped font."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from app.paths import resource
    from tests.ui.test_documents_page import FONT

    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONT)))[0]
    old_font = QApplication.font()
    QApplication.setFont(QFont(family, 10))
    translator = QTranslator()
    assert translator.load(str(resource("translations", "baoxue_zh_CN.qm")))
    QApplication.installTranslator(translator)
    yield
    QApplication.removeTranslator(translator)
    QApplication.setFont(old_font)

WEEK = (date(2026, 11, 21), date(2026, 11, 27))


def test_the_county_window_shows_the_week_and_saves_it(qtbot, school, export, tmp_path, chinese):
    b = another_school(tmp_path, code="3161000456", name="马道镇中心小学", county_code="610729", county_name="留坝县")
    county = CountyDB(tmp_path / "county.sqlite3")
    for s in (school, b):
        register_certificate(county, s.key.cert_pem.encode())
    assert ingest([export(period=WEEK).path], county).ok  # B does not report
    window = CountyWindow(county, today=date(2026, 11, 26))
    qtbot.addWidget(window)
    view = window.view
    assert window.heading.text() == "控辍保学县级汇总(2026-11-20–2026-11-26)" == view.title
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[0] == "汇总(1 所学校)" and tabs[1] == "未报送学校 (1)" and any(t.startswith("在途转学") for t in tabs)
    summary = window.tabs.widget(0)
    assert summary.rowCount() >= 1 and "测试县第一小学" in [summary.item(r, 1).text() for r in range(summary.rowCount())]
    silent = window.tabs.widget(1).findChild(type(summary))
    assert silent.item(0, 1).text() == "马道镇中心小学"
    # another week
    window.week.setDate(window.week.date().addDays(-14))
    assert window.show_week().summary.start == date(2026, 11, 6)
    window.week.setDate(window.week.date().addDays(14))
    window.show_week()
    xlsx = window.save("xlsx", tmp_path / "county.xlsx")
    assert load_workbook(xlsx).sheetnames[:2] == ["周报汇总", "未报送学校"]
    pdf = window.save("pdf", tmp_path / "county.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "控辍保学县级汇总" in text and "马道镇中心小学" in text
    assert "county.pdf" in window.message.text()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    save_picture(window, "county_window.png", tmp_path)
    b.close()
    county.close()
