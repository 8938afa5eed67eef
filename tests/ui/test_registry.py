"""The registry page: search as you type, filters, permissions, the table model, a rendered screenshot."""

from __future__ import annotations

import shutil
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage
from PySide6.QtWidgets import QApplication

from app.changes import ChangeSet
from app import students
from app.identity import sample_resident_id
from app.ui.context import AppContext
from app.ui.registry import RegistryPage, StudentTableModel, mask_id_number
from tests.conftest import TODAY, make_student_input

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
TSV = ROOT / "resources" / "translations" / "zh_CN" / "registry.tsv"
UI_FILES = [ROOT / "app" / "ui" / f for f in ("registry.py", "student_dialog.py", "student_page.py",
                                              "import_dialog.py", "models.py")]



def build_zh_qm(tmp_dir: Path) -> tuple[Path, list[tuple[str, str]]]:
    """Our files' strings with the Chinese of our TSV, as a .qm (and what it leaves untranslated)."""
    from app.ui.i18n import build_qm

    return build_qm(UI_FILES, [TSV], tmp_dir)


@contextmanager
def chinese_ui(tmp_dir: Path):
    """Install the zh_CN translation of our strings for the duration of the block."""
    qm, _missing = build_zh_qm(tmp_dir)
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QApplication.removeTranslator(translator)


@pytest.fixture
def make_ctx(school_db):
    def make(username: str = "reg") -> AppContext:
        return AppContext(school_db, school_db.actors[username])
    return make


@pytest.fixture
def c3(school_db):
    return school_db.class_ids["三年级(1)班"]


@pytest.fixture
def c4(school_db):
    return school_db.class_ids["四年级(1)班"]


def add_students(db, specs, start: int = 1) -> dict[str, int]:
    """specs: (class_id, name, extra) → ids by name, created through the service as the registrar would."""
    ids = {}
    with db.transaction() as s:
        for seq, (class_id, name, extra) in enumerate(specs, start=start):
            sex = extra.pop("sex", "1" if seq % 2 else "2")
            ids[name] = students.create_student(
                s, db.actors["reg"], make_student_input(class_id, name=name, seq=seq * 2 + (sex == "1"), sex=sex,
                                                        **extra), today=TODAY)
    return ids


@pytest.fixture
def roster(school_db, c3, c4):
    return add_students(school_db, [
        (c3, "张三", {}),
        (c3, "王小红", {"sex": "2", "left_behind": 2}),
        (c4, "李四", {"poor_household": True}),
        (c4, "赵思思", {"sex": "2", "birth": date(2016, 1, 20)}),
    ])


#: a G 学籍号 issued for an ID number none of the test pupils has now (the ID changed later)
OLD_G = "G" + sample_resident_id("610729", date(2015, 1, 1), 7, sex="1")


def make_page(qtbot, ctx) -> RegistryPage:
    page = RegistryPage(ctx)
    qtbot.addWidget(page)
    return page


def names(page: RegistryPage) -> list[str]:
    return sorted(r.name for r in page.model.rows())


def test_typing_pinyin_initials_finds_the_student(qtbot, make_ctx, roster):
    page = make_page(qtbot, make_ctx())
    assert page.model.rowCount() == 4
    assert page.count_label.text() == "4 students in total" or "4" in page.count_label.text()
    qtbot.keyClicks(page.search_box, "zs")
    # initials match as a prefix: zs → 张三 (zs) and 赵思思 (zss)
    qtbot.waitUntil(lambda: names(page) == ["张三", "赵思思"], timeout=2000)
    assert "2" in page.count_label.text()
    qtbot.keyClicks(page.search_box, "s")
    qtbot.waitUntil(lambda: names(page) == ["赵思思"], timeout=2000)
    page.search_box.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=2000)


def test_search_waits_for_the_last_key(qtbot, make_ctx, roster):
    page = make_page(qtbot, make_ctx())
    calls = []
    page.refreshed.connect(calls.append)
    qtbot.keyClicks(page.search_box, "zss")
    assert calls == []  # debounced: nothing while typing
    qtbot.waitUntil(lambda: names(page) == ["赵思思"], timeout=2000)
    assert len(calls) == 1


def test_search_by_id_number_and_student_number(qtbot, make_ctx, roster, school_db):
    with school_db.transaction() as s:
        row = next(r for r in students.search(s, school_db.actors["reg"], "李四"))
    page = make_page(qtbot, make_ctx())
    qtbot.keyClicks(page.search_box, row.id_number[-8:])
    qtbot.waitUntil(lambda: names(page) == ["李四"], timeout=2000)
    page.search_box.setText(row.student_number)
    qtbot.waitUntil(lambda: names(page) == ["李四"], timeout=2000)
    page.search_box.setText("四年级")
    qtbot.waitUntil(lambda: names(page) == ["李四", "赵思思"], timeout=2000)
    page.search_box.setText("没有这个人")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert "没有这个人" in page.count_label.text()


def test_a_search_with_many_hits_lists_the_first_and_counts_the_rest(qtbot, make_ctx, roster, school_db,
                                                                     monkeypatch):
    import app.ui.registry as registry

    monkeypatch.setattr(registry, "SHOWN", 2)
    with school_db.transaction() as s:
        everyone = [r.name for r in students.search(s, school_db.actors["reg"], "年级")]
        first, total = students.search_page(s, school_db.actors["reg"], "年级", limit=2)
        assert [r.name for r in first] == everyone[:2] and total == len(everyone) == 4
    page = make_page(qtbot, make_ctx())
    page.search_box.setText("年级")
    page.refresh()
    assert sorted(names(page)) == sorted(everyone[:2])
    assert page.count_label.text() == "2 students shown, 2 more: type more to narrow the search"
    page.search_box.setText("四年级")  # few enough: all listed, the plain count again
    page.refresh()
    assert names(page) == ["李四", "赵思思"]
    assert page.count_label.text() == "2 students in total"
    page.search_box.setText("")
    page.refresh()
    assert page.model.rowCount() == 4 and "more" not in page.count_label.text()


def test_class_status_and_focus_filters(qtbot, make_ctx, roster, school_db, c4):
    with school_db.transaction() as s:
        students.record_status_change(s, school_db.actors["reg"], roster["赵思思"], "23", TODAY, reason="病休")
    page = make_page(qtbot, make_ctx())
    assert page.status_combo.currentData() == "in_school"
    assert names(page) == ["张三", "李四", "王小红"]
    page.class_combo.setCurrentIndex(page.class_combo.findData(c4))
    assert names(page) == ["李四"]
    page.status_combo.setCurrentIndex(page.status_combo.findData(None))
    assert names(page) == ["李四", "赵思思"]
    page.class_combo.setCurrentIndex(0)
    page.focus_combo.setCurrentIndex(page.focus_combo.findData("poor_household"))
    assert names(page) == ["李四"]
    page.focus_combo.setCurrentIndex(page.focus_combo.findData("left_behind"))
    assert names(page) == ["王小红"]
    page.focus_combo.setCurrentIndex(page.focus_combo.findData("any"))
    assert names(page) == ["李四", "王小红"]


def test_teacher_sees_only_own_class_and_masked_ids(qtbot, make_ctx, roster, c3):
    page = make_page(qtbot, make_ctx("wang"))
    assert names(page) == ["张三", "王小红"]
    assert [page.class_combo.itemData(i) for i in range(page.class_combo.count())] == [None, c3]
    assert page.add_button.isHidden() and not page.add_action.isEnabled()
    model = page.model
    full = model.row_at(0).id_number
    shown = model.index(0, StudentTableModel.ID_NUMBER).data()
    assert shown == mask_id_number(full) and shown != full and "*" in shown
    assert shown[:6] == full[:6] and shown[-4:] == full[-4:]
    assert model.index(0, StudentTableModel.ID_NUMBER).data(Qt.ItemDataRole.ToolTipRole) == full
    # a class teacher may edit the own class
    page.select_student(roster["张三"])
    assert page.edit_button.isEnabled() and page.view_button.isEnabled()
    # another class teacher sees none of them
    other = make_page(qtbot, make_ctx("li"))
    assert names(other) == ["李四", "赵思思"]


def test_registrar_sees_full_ids_principal_cannot_edit(qtbot, make_ctx, roster):
    page = make_page(qtbot, make_ctx("reg"))
    row = page.model.row_at(0)
    assert page.model.index(0, StudentTableModel.ID_NUMBER).data() == row.id_number
    assert page.add_button.isVisibleTo(page) and page.add_action.isEnabled()
    boss = make_page(qtbot, make_ctx("boss"))
    boss.select_student(roster["张三"])
    assert boss.view_button.isEnabled() and not boss.edit_button.isEnabled()
    assert boss.add_button.isHidden()
    assert boss.edit_selected() is None


def test_edit_button_needs_a_selection(qtbot, make_ctx, roster):
    page = make_page(qtbot, make_ctx())
    assert not page.edit_button.isEnabled() and not page.view_button.isEnabled()
    page.select_student(roster["李四"])
    assert page.edit_button.isEnabled()
    assert page.selected_row().name == "李四"


def test_refreshes_when_students_change_and_keeps_selection(qtbot, make_ctx, roster, c3):
    ctx = make_ctx()
    page = make_page(qtbot, ctx)
    page.select_student(roster["李四"])
    ctx.run(students.create_student, make_student_input(c3, name="钱多多", seq=41))
    assert "钱多多" in names(page)
    assert page.selected_row().name == "李四"


def test_enter_and_double_click_open_the_student_page(qtbot, make_ctx, roster):
    page = make_page(qtbot, make_ctx())
    page.show()
    qtbot.waitExposed(page)
    page.select_student(roster["李四"])
    page.table.setFocus()
    with qtbot.waitSignal(page.student_opened, timeout=2000) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [roster["李四"]]
    opened = page.findChildren(__import__("app.ui.student_page", fromlist=["StudentPage"]).StudentPage)
    assert opened and opened[-1].windowTitle().endswith("李四")
    for dlg in opened:
        dlg.close()
    row = [r.id for r in page.model.rows()].index(roster["张三"])
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.student_opened, timeout=2000) as blocker:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [roster["张三"]]


def test_focus_search_and_down_arrow(qtbot, make_ctx, roster):
    page = make_page(qtbot, make_ctx())
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.focus_search()
    qtbot.waitUntil(page.search_box.hasFocus, timeout=2000)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.selected_row() is not None


def test_edit_action_opens_the_dialog(qtbot, make_ctx, roster):
    page = make_page(qtbot, make_ctx())
    page.select_student(roster["张三"])
    dlg = page.edit_selected()
    assert dlg is not None and dlg.student_id == roster["张三"]
    assert dlg.name_edit.text() == "张三"
    dlg.done(0)
    add = page.add_student()
    assert add is not None and add.student_id is None
    add.done(0)


def test_student_table_model_is_well_behaved(qtmodeltester, school_db, roster):
    with school_db.transaction() as s:
        rows = students.search(s, school_db.actors["reg"])
    model = StudentTableModel(rows)
    qtmodeltester.check(model)
    assert model.columnCount() == 9
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(9)]
    assert headers[0] == "Name" or headers[0] == "姓名"
    model.sort(StudentTableModel.BIRTH, Qt.SortOrder.AscendingOrder)
    births = [r.birth_date for r in model.rows()]
    assert births == sorted(births) and model.row_at(0).name == "赵思思"
    model.sort(StudentTableModel.BIRTH, Qt.SortOrder.DescendingOrder)
    assert model.row_at(model.rowCount() - 1).name == "赵思思"
    model.sort(StudentTableModel.NAME, Qt.SortOrder.AscendingOrder)  # by pinyin: li, wang, zhang, zhao
    assert [r.name for r in model.rows()] == ["李四", "王小红", "张三", "赵思思"]
    model.sort(StudentTableModel.CLASS, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).class_name == "四年级(1)班"
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)
    assert model.row_at(0) is None


def test_mask_id_number():
    assert mask_id_number("610729201703051234") == "610729********1234"
    assert mask_id_number("") == ""
    assert mask_id_number("12345") == "12345"


@pytest.mark.slow
def test_search_on_5000_students_is_instant(qtbot, make_ctx, school_db, c3, c4):
    """Bulk-load 5,000 students (test data straight into the tables), then time searches through the page."""
    from app.data.models import Student
    from app.identity import sample_resident_id

    surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
    given = "小明红华丽军伟芳娜敏静强磊洋艳勇杰涛超秀"
    with school_db.transaction() as s:
        for n in range(5000):
            name = surnames[n % 20] + given[(n // 20) % 20] + given[(n // 400) % 20]
            birth = date(2012 + n % 6, 1 + n % 12, 1 + n % 28)
            rid = sample_resident_id("610729", birth, 100 + n % 800, sex="1" if n % 2 else "2")
            full, initials = students.pinyin_keys(name)
            s.add(Student(name=name, name_pinyin=full, name_initials=initials, sex="1" if n % 2 else "2",
                          birth_date=birth, id_number=rid if n < 4000 else None, student_number=f"L{n:018d}",
                          class_id=c3 if n % 2 else c4, grade_level=3 if n % 2 else 4, enrolled_on=date(2023, 9, 1),
                          village="马道村", poor_household=n % 7 == 0, left_behind=n % 3))
    page = make_page(qtbot, make_ctx())
    assert page.model.rowCount() == 5000
    timings = {}
    for text in ("", "w", "wxm", "王", "6107", "四年级"):
        start = time.perf_counter()
        page.search_box.setText(text)
        page.refresh()
        timings[text] = time.perf_counter() - start
    print("search timings (s):", {k: round(v, 3) for k, v in timings.items()})
    assert max(timings.values()) < 1.0
    start = time.perf_counter()
    page.model.sort(StudentTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert time.perf_counter() - start < 1.0


def _load_font() -> str:
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    assert font_id >= 0, "the shipped font must load"
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family, 10)
    QApplication.setFont(font)
    return family


def test_translations_cover_every_string(tmp_path):
    _qm, missing = build_zh_qm(tmp_path)
    assert missing == []
    lines = [line for line in TSV.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert all(len(line.split("\t")) == 3 for line in lines)


def test_render_registry_page_to_png(qtbot, make_ctx, school_db, c3, c4, tmp_path):
    family = _load_font()
    with chinese_ui(tmp_path):
        _render(qtbot, make_ctx, school_db, c3, c4, tmp_path, family)


def _render(qtbot, make_ctx, school_db, c3, c4, tmp_path, family):
    given_names = ["张三", "王小红", "李四", "赵思思", "刘洋", "陈静", "杨帆", "黄磊", "周敏", "吴涛",
                   "徐丽", "孙强", "胡艳", "朱勇", "高杰", "林芳", "何娜", "郭超", "马秀英", "罗军",
                   "梁伟", "宋佳", "郑浩", "谢婷", "韩雪", "唐亮", "冯欣", "于洋", "董明", "萧然"]
    specs = []
    for n, name in enumerate(given_names):
        extra = {"sex": "1" if n % 3 else "2", "birth": date(2016 + n % 3, 1 + n % 12, 1 + n % 27)}
        if n % 4 == 0:
            extra["left_behind"] = 1 + n % 2
        if n % 5 == 0:
            extra["poor_household"] = True
        if n % 9 == 0:
            extra["migrant_child"] = True
        if n in (1, 6):
            extra["student_number"] = None  # 待注册学籍
        if n == 3:
            extra.update(hardship_child=True, household_status="monitor")
        if n == 7:  # a G number of an earlier ID number
            extra["student_number"] = OLD_G
        specs.append((c3 if n % 2 else c4, name, extra))
    add_students(school_db, specs)
    page = make_page(qtbot, make_ctx())
    page.setFont(QFont(family, 10))
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    page.select_student(page.model.row_at(2).id)
    assert page.model.rowCount() == 30
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "姓名"  # the translation is in use
    assert page.count_label.text() == "共 30 名学生"
    image: QImage = page.grab().toImage()
    out = tmp_path / "registry.png"
    assert image.save(str(out))
    # not blank: many distinct colours, and dark (text) pixels in the table area
    colours = set()
    dark = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = QColor(image.pixel(x, y))
            colours.add(c.rgb())
            dark += c.lightness() < 100
    assert len(colours) > 20 and dark > 500
    try:
        shutil.copy(out, "/tmp/baoxue_registry.png")
    except OSError:
        pass


def test_filters_for_pupils_without_student_number_and_a_g_number_of_another_id(qtbot, make_ctx, roster,
                                                                                 school_db, c3, tmp_path):
    ids = add_students(school_db, start=20, specs=[
        (c3, "新生甲", {"student_number": None}),
        (c3, "新生乙", {"student_number": None, "hardship_child": True}),
        (c3, "改号生", {"student_number": OLD_G}),
        (c3, "困境生", {"de_facto_unsupported": True, "case_involved": True, "household_status": "tuopin"}),
    ])
    page = make_page(qtbot, make_ctx())
    combo = page.focus_combo
    for key in ("de_facto_unsupported", "hardship_child", "case_involved", "household_status",
                students.UNREGISTERED, students.NUMBER_MISMATCH):
        assert combo.findData(key) >= 0, key
    combo.setCurrentIndex(combo.findData(students.UNREGISTERED))
    assert names(page) == ["新生乙", "新生甲"]
    m = page.model
    row = next(r for r in range(m.rowCount()) if m.row_at(r).id == ids["新生甲"])
    assert m.index(row, StudentTableModel.STUDENT_NO).data() == students.UNREGISTERED_LABEL
    assert m.index(row, StudentTableModel.STUDENT_NO).data(Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(combo.findData(students.NUMBER_MISMATCH))
    assert names(page) == ["改号生"]
    assert m.index(0, StudentTableModel.STUDENT_NO).data().startswith("\u26a0 " + OLD_G)
    assert m.index(0, StudentTableModel.STUDENT_NO).data(Qt.ItemDataRole.ToolTipRole)
    for key, expected in (("de_facto_unsupported", ["困境生"]), ("case_involved", ["困境生"]),
                          ("household_status", ["困境生"]), ("hardship_child", ["新生乙"])):
        combo.setCurrentIndex(combo.findData(key))
        assert names(page) == expected, key


def test_the_registrars_first_page_counts_the_pupils_without_student_number(qtbot, make_ctx, roster, school_db,
                                                                            c3):
    from app.ui.main_window import MainWindow

    add_students(school_db, [(c3, "新生甲", {"student_number": None}), (c3, "新生乙", {"student_number": None})],
                 start=20)
    window = MainWindow(make_ctx("reg"))
    qtbot.addWidget(window)
    window.show()
    page = window.page("roll_call")
    notice = page.unregistered_notice
    assert notice.isVisible() and notice.count == 2 and "2" in notice.text()
    notice.open_registry()
    registry = window.page("registry")
    assert window.current_page() is registry
    assert registry.focus_combo.currentData() == students.UNREGISTERED and names(registry) == ["新生乙", "新生甲"]
    # registered: the count follows the change
    with school_db.transaction() as s:
        sid = next(r.id for r in students.search(s, school_db.actors["reg"], "新生甲"))
        inp = students.input_of(s, school_db.actors["reg"], sid)
        from dataclasses import replace

        students.update_student(s, school_db.actors["reg"], sid, replace(inp, student_number="G" + inp.id_number),
                                today=TODAY)
    window.ctx.announce(ChangeSet.of("student"))  # written by another window
    assert notice.count == 1
    # a class teacher's first page has no such line
    teacher = MainWindow(make_ctx("wang"))
    qtbot.addWidget(teacher)
    assert not teacher.page("roll_call").unregistered_notice.count
