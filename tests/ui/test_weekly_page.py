"""周报: the page shows weekly.report_for's figures, moves between periods, lists the children of a figure,
copies the report as text, follows the monthly rhythm of the policy, and renders cleanly in Chinese."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import cases, policy, weekly
from app.ui.context import AppContext
from app.ui.weekly_page import ChildModel, FigureModel, WeeklyPage, weekly_page
from tests.conftest import TODAY
from tests.ui.test_cases_page import (  # noqa: F401 - fixtures
    FRI,
    THU,
    _save,
    boxes,
    chinese_ui,
    load_font,
    opened,
    render_school,
    show,
)

LAST_WEEK_END = date(2026, 11, 26)  # Thursday, the reporting day of the week before today's period


def make_page(qtbot, db, who="boss") -> WeeklyPage:
    page = WeeklyPage(AppContext(db, db.actors[who]), today=TODAY)
    qtbot.addWidget(page)
    return page


def service_report(db, who, day) -> weekly.PeriodReport:
    with db.session() as s:
        return weekly.report_for(s, db.actors[who], day)


def counts(page) -> dict[str, int]:
    return {f.key: f.count for f in page.figures.rows()}


def select(page, key) -> list[str]:
    assert page.select_figure(key)
    return [r.name for r in page.children.rows()]


def visit(db, day=THU, form="in_person"):
    with db.transaction() as s:
        cases.record_contact(s, db.actors["wang"], db.case_id,
                             cases.ContactInput(contact_date=day, form=form, student_condition="在家"), today=TODAY)


def test_the_figures_are_the_service_s_and_a_figure_lists_its_children(qtbot, qtmodeltester, opened):
    visit(opened)
    page = make_page(qtbot, opened)
    qtmodeltester.check(page.figures)
    report = service_report(opened, "boss", TODAY)
    assert (page.report.start, page.report.end) == (report.start, report.end) == (FRI, date(2026, 12, 3))
    assert counts(page) == {f.key: f.count for f in report.figures}
    assert counts(page)["new_alerts"] == 1 and select(page, "new_alerts") == ["李二"]  # raised today, Friday
    assert "2026-11-27 to 2026-12-03" in page.period_label.text() and "Thursday" in page.period_label.text()
    assert page.title.text() == "Weekly report"
    page.prev_button.click()
    report = service_report(opened, "boss", LAST_WEEK_END)
    assert (page.report.start, page.report.end) == (date(2026, 11, 20), LAST_WEEK_END)
    assert counts(page) == {f.key: f.count for f in report.figures}
    assert select(page, "new_alerts") == ["张一"]
    assert select(page, "home_visits") == ["张一"]
    qtmodeltester.check(page.children)
    assert page.children.data(page.children.index(0, ChildModel.CLASS)) == "三年级(1)班"
    assert "Home visits made: 1" in page.definition.text()
    tip = page.figures.data(page.figures.index(1, FigureModel.LABEL), Qt.ItemDataRole.ToolTipRole)
    assert "phone and video calls do not count" in tip
    assert select(page, "dropouts") == [] and counts(page)["dropouts"] == 0


def test_period_buttons(qtbot, opened):
    page = make_page(qtbot, opened)
    assert not page.next_button.isEnabled() and not page.current_button.isEnabled()
    page.prev_button.click()
    page.prev_button.click()
    assert page.report.start == date(2026, 11, 13)
    assert page.next_button.isEnabled() and page.current_button.isEnabled()
    page.next_button.click()
    assert page.report.start == date(2026, 11, 20)
    page.current_button.click()
    assert page.report.start == FRI and not page.next_button.isEnabled()


def test_copy_as_text_is_the_service_s_format_with_names(qtbot, opened):
    visit(opened)
    page = make_page(qtbot, opened)
    page.prev_button.click()
    text = page.copy_text()
    with opened.session() as s:
        expected = weekly.format_report(weekly.report_for(s, opened.actors["boss"], LAST_WEEK_END), {opened.kid: "张一"})
    assert text == expected == QApplication.clipboard().text()
    assert "新增缺勤预警:1:张一" in text
    assert "Copied" in page.copied_label.text()


def test_monthly_rhythm_from_the_policy(qtbot, opened):
    with opened.transaction() as s:
        policy.save(s, opened.actors["admin"], report_rhythm="monthly")
    page = make_page(qtbot, opened)
    assert page.report.rhythm == "monthly" and (page.report.start, page.report.end) == (
        date(2026, 11, 1), date(2026, 11, 30))
    assert page.title.text() == "Monthly report" and page.period_label.text().startswith("2026-11 ")
    assert counts(page)["new_alerts"] == 2 and sorted(select(page, "new_alerts")) == ["张一", "李二"]
    page.prev_button.click()
    assert page.report.start == date(2026, 10, 1) and counts(page)["new_alerts"] == 0


def test_the_page_follows_changes_and_permissions(qtbot, opened):
    page = make_page(qtbot, opened, "wang")
    other = make_page(qtbot, opened, "li")  # the teacher of another class
    assert counts(other) == {k: 0 for k in weekly.FIGURES}
    page.prev_button.click()
    assert counts(page)["home_visits"] == 0
    page.ctx.run(cases.record_contact, opened.case_id,
                 cases.ContactInput(contact_date=THU, form="in_person", student_condition="在家"), today=TODAY)
    qtbot.waitUntil(lambda: counts(page)["home_visits"] == 1)
    assert page.report.start == date(2026, 11, 20)  # the period shown stays


def test_factory(qtbot, opened):
    page = weekly_page(AppContext(opened, opened.actors["reg"]), None)
    qtbot.addWidget(page)
    assert isinstance(page, WeeklyPage) and page.figures.rowCount() == 6


def test_render_weekly_page(qtbot, school_db, tmp_path):
    load_font()
    ids = render_school(school_db)
    ctx = AppContext(school_db, school_db.actors["boss"])
    chen = ids["cases"][ids["陈强"]]
    ctx.run(cases.record_contact, chen, cases.ContactInput(contact_date=date(2026, 11, 19), form="in_person",
                                                           student_condition="在家"), today=TODAY)
    with chinese_ui(tmp_path):
        page = WeeklyPage(ctx, today=LAST_WEEK_END)
        qtbot.addWidget(page)
        page.resize(1000, 560)
        show(qtbot, page)
        page.select_figure("new_alerts")
        assert page.title.text() == "控辍保学周报"
        assert page.figures.data(page.figures.index(0, 0)) == "新增缺勤预警"
        assert page.children.rowCount() == 3  # 张小明, 王刚, 赵丽 (陈强 the week before, 李小红 the week after)
        _save(page, "cases_weekly.png", tmp_path)
