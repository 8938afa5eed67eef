"""早期预警 page: the service's points and explanations, per class, following changes."""

from __future__ import annotations

from datetime import date, timedelta

from app import early_warning
from app.changes import ChangeSet
from app.ui.context import AppContext
from app.ui.risk_page import RiskPage
from tests.attendance.test_attendance import add_students, take
from tests.conftest import TODAY

C3, C4 = "三年级(1)班", "四年级(1)班"
MON = date(2026, 11, 23)


def _page(qtbot, db, user):
    page = RiskPage(AppContext(db, db.actors[user]), today=TODAY)
    qtbot.addWidget(page)
    return page


def _setup(db):
    poor = add_students(db, C3, 2, poor_household=True)
    plain = add_students(db, C4, 1, seq0=40)
    # the first poor pupil misses Monday to Wednesday without a reason: an alert and low attendance
    for d in (MON, MON + timedelta(days=1), MON + timedelta(days=2)):
        take(db, "wang", C3, d, {poor[0]: ("absent", "")})
    return poor, plain


def test_the_list_is_the_service_s_with_the_most_points_first(qtbot, school_db, qtmodeltester):
    poor, _plain = _setup(school_db)
    page = _page(qtbot, school_db, "boss")
    qtmodeltester.check(page.model)
    with school_db.session() as s:
        expected = early_warning.school_risk(s, school_db.actors["boss"], TODAY)
    assert [r.student_id for r in page.model.rows()] == [r.student_id for r in expected]
    assert page.model.rows()[0].student_id == poor[0]
    assert page.model.rows()[0].points == expected[0].points > 1


def test_selecting_a_student_shows_each_rule_with_its_records(qtbot, school_db):
    poor, _ = _setup(school_db)
    page = _page(qtbot, school_db, "boss")
    assert page.select_student(poor[0])
    labels = [page.details.topLevelItem(i).text(0) for i in range(page.details.topLevelItemCount())]
    assert any("建档立卡贫困户" in t for t in labels)
    assert any("未结缺勤预警" in t for t in labels)
    alert_item = next(page.details.topLevelItem(i) for i in range(page.details.topLevelItemCount())
                      if "未结缺勤预警" in page.details.topLevelItem(i).text(0))
    assert alert_item.childCount() >= 1  # the alert record behind the point
    total = sum(int(page.details.topLevelItem(i).text(1)) for i in range(page.details.topLevelItemCount()))
    assert total == page.current().points
    assert str(total) in page.details_title.text()


def test_a_teacher_sees_only_own_class_and_can_narrow_to_it(qtbot, school_db):
    poor, plain = _setup(school_db)
    page = _page(qtbot, school_db, "li")  # 四年级(1)班
    ids = {r.student_id for r in page.model.rows()}
    assert not ids & set(poor)
    assert page.class_filter.count() == 2  # "all I may see" and 四年级(1)班


def test_the_page_follows_roll_call_changes(qtbot, school_db):
    poor, _ = _setup(school_db)
    page = _page(qtbot, school_db, "boss")
    before = next(r.points for r in page.model.rows() if r.student_id == poor[1])
    take(school_db, "wang", C3, MON + timedelta(days=3), {poor[1]: ("absent", "")})
    take(school_db, "wang", C3, MON + timedelta(days=4), {poor[1]: ("absent", "")}, today=TODAY)
    page.ctx.announce(ChangeSet.of("attendance_mark"))  # written by another window
    qtbot.waitUntil(lambda: next(r.points for r in page.model.rows() if r.student_id == poor[1]) > before)
