"""The import dialog: preview on a worker, the error table, all-or-nothing import, cancel, failures."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import func, select

from app.data.models import Student
from app.errors import BaoxueError
from app.ui import import_dialog
from app.ui.context import AppContext
from app.ui.import_dialog import ImportDialog, RowErrorModel


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """Message boxes would block a headless run: record them instead."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: shown.append(text)
                        or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: shown.append(text)
                        or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def ctx(school_db):
    return AppContext(school_db, school_db.actors["reg"])


def make_dialog(qtbot, ctx) -> ImportDialog:
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    return dlg


def count_students(db) -> int:
    with db.transaction() as s:
        return s.exec(select(func.count()).select_from(Student)).one()


# --- the dialog's mechanics, with a stand-in roster service --------------------------------------


@dataclass
class FakeError:
    row: int
    column: str
    value: str
    reason: str

    def reason_in(self, lang: str) -> str:
        return self.reason

    def column_in(self, lang: str) -> str:
        return self.column


@dataclass
class FakePlan:
    errors: list = field(default_factory=list)
    creates: list = field(default_factory=list)
    updates: list = field(default_factory=list)
    unchanged: int = 0
    new_classes: list = field(default_factory=list)
    total_rows: int = 0
    warnings: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class FakeRoster:
    """Records which thread and session each call used; plans and results are canned."""

    def __init__(self, plan=None, *, slow: bool = False, fail: str | None = None):
        self.plan = plan or FakePlan()
        self.slow, self.fail = slow, fail
        self.threads: list[threading.Thread] = []
        self.sessions = []
        self.applied = 0
        self.mappings = []  # the column choices each check was given

    def _steps(self, progress, n=50):
        for i in range(n):
            if progress(i, n) is False:
                raise BaoxueError("已取消")
            if self.slow:
                time.sleep(0.02)

    def plan_import(self, session, actor, path, *, progress=None, mapping=None):
        self.mappings.append(mapping)
        self.threads.append(threading.current_thread())
        self.sessions.append(session)
        if self.fail:
            raise BaoxueError(self.fail)
        self._steps(progress)
        return self.plan

    def apply_import(self, session, actor, plan, *, progress=None):
        self.threads.append(threading.current_thread())
        self.sessions.append(session)
        self._steps(progress)
        self.applied += 1
        return SimpleNamespace(created=len(plan.creates), updated=len(plan.updates), unchanged=plan.unchanged,
                               classes_created=len(plan.new_classes))


def use_fake(monkeypatch, fake: FakeRoster) -> FakeRoster:
    monkeypatch.setattr(import_dialog, "_roster", lambda: fake)
    return fake


def test_error_table_shows_row_column_reason_and_import_stays_disabled(qtbot, ctx, monkeypatch, tmp_path):
    plan = FakePlan(errors=[FakeError(3, "身份证号", "61072920170305003X", "校验位错误"),
                            FakeError(5, "性别", "男生", "应为 1(男)或 2(女)")],
                    creates=[1, 2], total_rows=4, warnings=["第 4 行:没有监护人电话"])
    fake = use_fake(monkeypatch, FakeRoster(plan))
    dlg = make_dialog(qtbot, ctx)
    assert not dlg.import_button.isEnabled()
    with qtbot.waitSignal(dlg.planned, timeout=5000):
        dlg.load_file(tmp_path / "名册.xlsx")
    assert fake.threads[0] is not threading.main_thread()  # the work ran off the UI thread
    model = dlg.error_model
    assert model.rowCount() == 2
    assert [model.index(0, c).data() for c in range(4)] == ["3", "身份证号", "61072920170305003X", "校验位错误"]
    assert not dlg.import_button.isEnabled()
    assert dlg.warning_list.count() == 1
    assert dlg.create_label.text() == "2" and dlg.total_label.text() == "4"
    dlg.apply()  # refused: the plan has errors
    assert fake.applied == 0


def test_good_plan_imports_once(qtbot, ctx, monkeypatch, tmp_path, no_modal_boxes):
    fake = use_fake(monkeypatch, FakeRoster(FakePlan(creates=[1, 2, 3], new_classes=["五年级(1)班"], total_rows=3)))
    dlg = make_dialog(qtbot, ctx)
    with qtbot.waitSignal(dlg.planned, timeout=5000):
        dlg.load_file(tmp_path / "名册.csv")
    assert dlg.import_button.isEnabled()
    assert "五年级(1)班" in dlg.classes_label.text()
    topics = []
    ctx.changed.connect(topics.append)
    with qtbot.waitSignal(dlg.applied, timeout=5000) as applied:
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert applied.args[0].created == 3
    assert topics == []  # the fake wrote no row: the transaction has nothing to announce
    assert fake.applied == 1 and fake.sessions[0] is not fake.sessions[1]  # each worker opened its own session
    assert not dlg.import_button.isEnabled()  # a plan is used once
    assert any("3" in text for text in no_modal_boxes)  # the summary was shown


def test_cancel_a_slow_preview(qtbot, ctx, monkeypatch, tmp_path):
    use_fake(monkeypatch, FakeRoster(slow=True))
    dlg = make_dialog(qtbot, ctx)
    with qtbot.waitSignal(dlg.cancelled, timeout=5000):
        dlg.load_file(tmp_path / "big.xlsx")
        assert dlg.is_busy() and not dlg.choose_button.isEnabled()
        dlg._task.cancel()
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=5000)
    assert dlg.plan is None and not dlg.import_button.isEnabled()
    assert dlg.choose_button.isEnabled()


def test_unreadable_file_shows_the_service_message(qtbot, ctx, monkeypatch, tmp_path, no_modal_boxes):
    use_fake(monkeypatch, FakeRoster(fail="无法读取文件 坏.xlsx:不是 Excel 文件"))
    dlg = make_dialog(qtbot, ctx)
    with qtbot.waitSignal(dlg.failed, timeout=5000) as failed:
        dlg.load_file(tmp_path / "坏.xlsx")
    assert failed.args == ["无法读取文件 坏.xlsx:不是 Excel 文件"]
    assert no_modal_boxes == ["无法读取文件 坏.xlsx:不是 Excel 文件"]
    assert "不是 Excel 文件" in dlg.status_label.text()
    assert not dlg.import_button.isEnabled()


def test_teacher_cannot_import(qtbot, school_db):
    dlg = make_dialog(qtbot, AppContext(school_db, school_db.actors["wang"]))
    assert not dlg.choose_button.isEnabled() and not dlg.import_button.isEnabled()


def test_error_model_is_well_behaved(qtmodeltester):
    model = RowErrorModel([FakeError(2, "姓名", "", "不能为空"), FakeError(10, "班级", "x", "未知班级")])
    qtmodeltester.check(model)
    model.sort(RowErrorModel.ROW, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).row == 10
    qtmodeltester.check(model)


# --- with the real roster service -----------------------------------------------------------------


def _roster_row(seq: int, *, klass: str = "三年级(1)班", **over) -> dict:
    from datetime import date

    from app.identity import sample_resident_id

    rid = sample_resident_id("610729", date(2017, 3, 5), seq, sex="1")
    values = {"姓名": f"导入生{seq}", "性别": "男", "出生日期": "2017-03-05", "身份证件号": rid,
              "全国学籍号": "G" + rid, "班级": klass, "入学日期": "2023-09-01", "村": "马道村",
              "监护人1姓名": "张大山", "监护人1关系": "父亲", "监护人1电话": "13912345678"}
    values.update(over)
    return values


def _write_roster(path, rows: list[dict]):
    """Fill the service's own template (sheet 学生名册), as a teacher would."""
    from openpyxl import load_workbook

    from app.students import roster_export, roster_layout

    roster_export.write_template(path)
    wb = load_workbook(path)
    ws = wb[roster_layout.DATA_SHEET]
    headers = [roster_layout.norm_header(c.value) for c in ws[1]]
    for r in rows:
        ws.append([r.get(h) for h in headers])
    wb.save(path)
    return path


def test_real_file_with_a_bad_row_lists_it_and_blocks_import(qtbot, ctx, school_db, tmp_path):
    path = _write_roster(tmp_path / "名册.xlsx", [
        _roster_row(11),
        _roster_row(13, 身份证件号="610729201703050130", 全国学籍号="G610729201703050130"),  # wrong check digit
        _roster_row(15),
    ])
    dlg = make_dialog(qtbot, ctx)
    with qtbot.waitSignal(dlg.planned, timeout=10000):
        dlg.load_file(path)
    assert not dlg.plan.ok and not dlg.import_button.isEnabled()
    model = dlg.error_model
    assert model.rowCount() >= 1
    rows = [model.index(r, RowErrorModel.ROW).data() for r in range(model.rowCount())]
    columns = [model.index(r, RowErrorModel.COLUMN).data() for r in range(model.rowCount())]
    reasons = " ".join(model.index(r, RowErrorModel.REASON).data() for r in range(model.rowCount()))
    assert set(rows) == {"3"}  # the header is row 1: the second student is on row 3
    assert "身份证件号" in columns and "校验" in reasons
    assert dlg.create_label.text() == "2"
    before = count_students(school_db)
    dlg.apply()
    assert not dlg.is_busy() and count_students(school_db) == before


def test_real_file_imports_in_one_go(qtbot, ctx, school_db, tmp_path):
    path = _write_roster(tmp_path / "名册.xlsx", [_roster_row(21), _roster_row(23),
                                                   _roster_row(25, klass="五年级(2)班")])
    dlg = make_dialog(qtbot, ctx)
    with qtbot.waitSignal(dlg.planned, timeout=10000):
        dlg.load_file(path)
    assert dlg.plan.ok and dlg.import_button.isEnabled()
    assert dlg.create_label.text() == "3" and "五年级(2)班" in dlg.classes_label.text()
    topics = []
    ctx.changed.connect(topics.append)
    with qtbot.waitSignal(dlg.applied, timeout=10000) as applied:
        dlg.apply()
    result = applied.args[0]
    assert (result.created, result.updated, result.classes_created) == (3, 0, 1)
    assert len(topics) == 1 and {"student", "school_class", "audit_entry"} <= topics[0].kinds
    with school_db.transaction() as s:
        names = sorted(s.exec(select(Student.name)).all())
    assert names == ["导入生21", "导入生23", "导入生25"]
    # the same file again: nothing new, everything unchanged
    with qtbot.waitSignal(dlg.planned, timeout=10000):
        dlg.load_file(path)
    assert dlg.create_label.text() == "0" and dlg.unchanged_label.text() == "3"


def test_real_unreadable_file_shows_the_chinese_message(qtbot, ctx, tmp_path, no_modal_boxes):
    bad = tmp_path / "名册.xlsx"
    bad.write_bytes(b"this is not a spreadsheet")
    dlg = make_dialog(qtbot, ctx)
    with qtbot.waitSignal(dlg.failed, timeout=10000) as failed:
        dlg.load_file(bad)
    assert "名册.xlsx" in failed.args[0] and no_modal_boxes == [failed.args[0]]
    assert not dlg.import_button.isEnabled()


def test_registry_page_sees_imported_students(qtbot, ctx, school_db, tmp_path):
    from app.ui.registry import RegistryPage

    page = RegistryPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    path = _write_roster(tmp_path / "名册.xlsx", [_roster_row(31, klass="六年级(1)班")])
    dlg = make_dialog(qtbot, ctx)
    with qtbot.waitSignal(dlg.planned, timeout=10000):
        dlg.load_file(path)
    with qtbot.waitSignal(dlg.applied, timeout=10000):
        dlg.apply()
    assert [r.name for r in page.model.rows()] == ["导入生31"]
    assert page.class_combo.findText("六年级(1)班") >= 0


def test_download_template(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "模板"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dlg = make_dialog(qtbot, ctx)
    dlg.download_template()
    assert (tmp_path / "模板.xlsx").exists()
    assert "模板.xlsx" in dlg.status_label.text()


# --- the columns of the file: what each is imported as, which are not and why; the user's choice ------------------


def _national_csv(tmp_path, name="学生基本信息.csv", seqs=(61, 62)):
    from tests.students.test_column_memory import write
    from tests.students.test_roster_national import national_row

    return write(tmp_path / name, [national_row(n) for n in seqs])


def _plan(qtbot, dlg, action, *args, **kw):
    with qtbot.waitSignal(dlg.planned, timeout=20000):
        action(*args, **kw)
    return dlg.plan


def _column_rows(dlg) -> dict[str, tuple[str, str]]:
    m = dlg.column_model
    return {m.index(r, m.HEADER).data(): (m.index(r, m.TARGET).data(), m.index(r, m.NOTE).data())
            for r in range(m.rowCount())}


def test_the_preview_lists_every_column_and_the_ignored_ones_visibly(qtbot, ctx, tmp_path):
    dlg = make_dialog(qtbot, ctx)
    dlg.resize(1366, 700)
    dlg.show()
    plan = _plan(qtbot, dlg, dlg.load_file, _national_csv(tmp_path))
    assert dlg.columns_box.isVisible() and dlg.column_view.isVisible()
    rows = _column_rows(dlg)
    assert len(rows) == len(plan.columns) == dlg.column_model.rowCount()
    # not imported, with the service's reason; a variant of the national file, with what it fills
    assert rows["血型"][1] == "本程序不保存这一项" and rows["学校标识码"][1].startswith("本校的标识码")
    assert rows["现住址"][0] == "家庭住址" and rows["成员1姓名"][0] == "监护人1姓名"
    # the unknown ones stop the import, in red, until decided
    assert not plan.ok and not dlg.import_button.isEnabled()
    unknown_row = next(r for r in range(dlg.column_model.rowCount())
                       if dlg.column_model.index(r, 1).data() == "家长QQ")
    assert dlg.column_model.index(unknown_row, 2).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert "2" in dlg.column_summary.text()
    # the rows not imported are on screen, not hidden: scroll to 血型 and it is inside the viewport
    blood = next(r for r in range(dlg.column_model.rowCount()) if dlg.column_model.index(r, 1).data() == "血型")
    dlg.column_view.scrollTo(dlg.column_model.index(blood, 0))
    rect = dlg.column_view.visualRect(dlg.column_model.index(blood, 2))
    assert dlg.column_view.viewport().rect().intersects(rect)


def test_choosing_a_column_in_the_dialog_imports_it_and_is_remembered(qtbot, ctx, school_db, tmp_path):
    from app.students import column_memory

    dlg = make_dialog(qtbot, ctx)
    _plan(qtbot, dlg, dlg.load_file, _national_csv(tmp_path))
    model = dlg.column_model
    row_of = {model.index(r, model.HEADER).data(): r for r in range(model.rowCount())}
    # through the editor, as a double-click does: the delegate's list of template columns
    index = model.index(row_of["家长手机"], model.TARGET)
    editor = dlg.column_view.itemDelegateForColumn(model.TARGET).createEditor(dlg.column_view.viewport(), None,
                                                                                index)
    assert editor.itemData(0) is None and editor.findData("监护人1电话") > 0
    editor.setCurrentIndex(editor.findData("监护人1电话"))
    with qtbot.waitSignal(dlg.planned, timeout=20000):
        dlg.column_view.itemDelegateForColumn(model.TARGET).setModelData(editor, model, index)
    editor.deleteLater()
    assert dlg.column_use("家长手机").target == "监护人1电话"
    assert not dlg.plan.ok  # 家长QQ still to decide
    plan = _plan(qtbot, dlg, dlg.choose_column, "家长QQ", None)
    assert plan.ok and dlg.import_button.isEnabled(), plan.errors
    assert dlg.column_use("家长QQ").ignored and dlg.column_use("家长QQ").source == "chosen"
    with qtbot.waitSignal(dlg.applied, timeout=20000):
        dlg.apply()
    assert count_students(school_db) == 2
    with school_db.session() as s:
        assert list(column_memory.remembered(s).values()) == [{"家长手机": "监护人1电话", "家长QQ": None}]

    # the next file with the same header: mapped as chosen, ready to import at once
    dlg2 = make_dialog(qtbot, ctx)
    plan = _plan(qtbot, dlg2, dlg2.load_file, _national_csv(tmp_path, "下个月.csv", seqs=(63,)))
    assert plan.ok and dlg2.column_use("家长手机").source == "remembered"
    assert "上次" in _column_rows(dlg2)["家长手机"][1] or "earlier" in _column_rows(dlg2)["家长手机"][1]
    # undo the choices: the unknown columns are unknown again
    plan = _plan(qtbot, dlg2, dlg2.reset_columns)
    assert not plan.ok and dlg2.column_use("家长手机").unknown


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_render_the_preview_at_1366x768(qtbot, ctx, school_db, tmp_path, language):
    """A picture to look at (kept as /tmp/baoxue_import_<language>.png)."""
    import shutil

    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_registry import FONT, chinese_ui

    font_id = QFontDatabase.addApplicationFont(str(FONT))
    old_font = QApplication.font()
    QApplication.setFont(QFont(QFontDatabase.applicationFontFamilies(font_id)[0], 10))
    try:
        from contextlib import nullcontext

        with chinese_ui(tmp_path) if language == "zh_CN" else nullcontext():
            dlg = make_dialog(qtbot, ctx)
            dlg.resize(1366, 740)
            dlg.show()
            path = _national_csv(tmp_path)
            _plan(qtbot, dlg, dlg.load_file, path)
            _plan(qtbot, dlg, dlg.choose_column, "家长手机", "监护人1电话")
            image = dlg.grab().toImage()
            out = tmp_path / f"import_{language}.png"
            assert image.save(str(out)) and image.width() >= 1300
            shutil.copy(out, f"/tmp/baoxue_import_{language}.png")
    finally:
        QApplication.setFont(old_font)
