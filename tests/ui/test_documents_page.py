"""打印 page: pledges printed on a worker (and cancelled), the template editor, returns by number, forms,
the PDF preview; models; every string translated; pictures."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QDesktopServices, QFont, QFontDatabase
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import func, select

from app.data.document_models import Pledge
from app.documents import pledge_records, pledges
from app.ui.context import AppContext
from app.ui.documents_page import DocumentsPage, PledgeListModel, ReturnSummaryModel, documents_page
from app.ui.pdf_preview import HAVE_QTPDF, PdfPreview, PdfPreviewDialog, show_pdf
from app.ui.workers import BackgroundTask
from tests.conftest import TODAY
from tests.documents.conftest import C3, C4, docs, run  # noqa: F401 - docs is a fixture

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
TSV = ROOT / "resources" / "translations" / "zh_CN" / "documents.tsv"
UI_FILES = [ROOT / "app" / "ui" / f for f in ("documents_page.py", "documents_text.py", "documents_pledges.py",
                                              "documents_returns.py", "documents_forms.py", "pdf_preview.py",
                                              "exchange_page.py")]


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a, _k=kind, **kw: shown.append((_k, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


class Previews(list):
    """Stands in for the preview window: records (path, title)."""

    def __call__(self, parent, path, title):
        self.append((Path(path), title))
        return None


def make_page(qtbot, db, user: str, tmp_path: Path) -> tuple[DocumentsPage, Previews]:
    previews = Previews()
    page = DocumentsPage(AppContext(db, db.actors[user]), today=TODAY, output_dir=tmp_path / "printed",
                         preview=previews)
    qtbot.addWidget(page)
    return page, previews


def wait(qtbot, task: BackgroundTask, timeout: int = 60000) -> None:
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=timeout):
        pass


def pledge_count(db) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(Pledge)).one()


# --- pledges ------------------------------------------------------------------------------------------


def test_print_parent_pledges_for_a_class_then_preview_and_list_students_without_guardian(qtbot, docs, tmp_path,
                                                                                         boxes):
    page, previews = make_page(qtbot, docs, "reg", tmp_path)
    tab = page.pledges
    assert tab.scope_combo.itemData(0) is None  # the office may print for the whole school
    tab.select_class(docs.class_ids[C3])
    out = tmp_path / "c3.pdf"
    task = tab.print_pledges(out)
    assert not tab.print_button.isEnabled()
    wait(qtbot, task)
    assert out.exists() and pledge_count(docs) == 4  # 张一 1 guardian, 李二 2, 赵四 1
    assert tab.last_result.count == 4
    assert "4 pledges printed (8 pages" in tab.result_label.text()
    assert tab.missing_list.count() == 1 and "王三" in tab.missing_list.item(0).text()
    assert tab.missing_label.isVisible() or not page.isVisible()
    assert "no guardian on file" in tab.missing_label.text()
    assert previews == [(out, "Parent pledge (school \u2013 parent)")]
    assert tab.print_button.isEnabled()
    # the returns tab heard about it
    summary = page.returns.summary_model.rows()
    assert [(r.class_name, r.printed, len(r.missing)) for r in summary] == [(C3, 4, 4)]


def test_cancel_in_the_middle_of_a_batch_leaves_no_file_and_no_numbers(qtbot, docs, tmp_path, monkeypatch, boxes):
    original = BackgroundTask.start

    def start_and_cancel_after_the_first(self):
        # the Cancel button, pressed as soon as the first pledge is laid out (runs in the worker thread)
        self.worker.progressed.connect(lambda done, total, label, w=self.worker: w.cancel() if done >= 1 else None,
                                       Qt.ConnectionType.DirectConnection)
        original(self)

    monkeypatch.setattr(BackgroundTask, "start", start_and_cancel_after_the_first)
    page, previews = make_page(qtbot, docs, "reg", tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    page.pledges.scope_combo.setCurrentIndex(0)  # the whole school: 6 pledges
    task = page.pledges.print_pledges(folder / "all.pdf")
    wait(qtbot, task)
    assert list(folder.iterdir()) == []  # neither the file nor a half-written temporary one
    assert pledge_count(docs) == 0
    assert "已取消" in page.pledges.error.text()
    assert previews == [] and boxes == []  # a cancel is the user's choice, not an error box


def test_a_class_teacher_prints_for_her_own_class_only(qtbot, docs, tmp_path, boxes):
    page, _ = make_page(qtbot, docs, "wang", tmp_path)
    tab = page.pledges
    assert [tab.kind_combo.itemData(i) for i in range(tab.kind_combo.count())] == ["teacher_parent"]
    assert [tab.scope_combo.itemData(i) for i in range(tab.scope_combo.count())] == [docs.class_ids[C3]]
    assert not page.templates.save_button.isEnabled()


# --- templates ----------------------------------------------------------------------------------------


def test_template_with_an_unknown_placeholder_is_refused_naming_it(qtbot, docs, tmp_path, boxes):
    page, previews = make_page(qtbot, docs, "boss", tmp_path)
    tab = page.templates
    assert tab.kind() == "teacher_parent" and "{学生姓名}" in tab.body_edit.toPlainText()
    names = [tab.placeholders.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.placeholders.count())]
    assert "家长姓名" in names and "学校" in names
    tab.title_edit.setText("{学年}家长承诺书")
    tab.body_edit.setPlainText("一、承诺\n我是{学生姓名}的家长{家长名字},")
    assert tab.save() is False
    assert "{家长名字}" in tab.error.text() and tab.error.isVisibleTo(tab)
    assert not tab.values()[1] == ""  # the text stays for the user to fix
    # a click on a placeholder puts it where the cursor is
    cursor = tab.body_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    tab.body_edit.setTextCursor(cursor)
    tab.body_edit.setPlainText(tab.body_edit.toPlainText().replace("{家长名字}", ""))
    cursor = tab.body_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    tab.body_edit.setTextCursor(cursor)
    row = names.index("家长姓名")
    tab._insert_item(tab.placeholders.item(row))
    assert tab.body_edit.toPlainText().endswith("{家长姓名}")
    assert tab.save() is True
    assert tab.error.text() == "" and "Text changed by the school" == tab.state_label.text()
    with docs.session() as s:
        assert "{家长姓名}" in pledge_records.get_template(s, "teacher_parent").body
    # preview: one sample, nothing numbered
    path = tab.preview()
    assert path is not None and path.exists() and previews[-1][0] == path
    assert pledge_count(docs) == 0
    # back to the shipped text
    assert tab.reset() is True
    assert tab.state_label.text() == "The shipped default text"


def test_switching_kind_with_unsaved_changes_asks_first(qtbot, docs, tmp_path, monkeypatch):
    page, _ = make_page(qtbot, docs, "boss", tmp_path)
    tab = page.templates
    tab.body_edit.setPlainText("changed")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("bureau_principal"))
    assert tab.kind() == "teacher_parent" and tab.body_edit.toPlainText() == "changed"


# --- returns ------------------------------------------------------------------------------------------


def test_mark_returned_by_typing_or_scanning_the_number(qtbot, docs, tmp_path, boxes):
    r = run(docs, "reg", pledges.print_pledges, tmp_path / "p.pdf", class_id=docs.class_ids[C3], today=TODAY)
    page, _ = make_page(qtbot, docs, "wang", tmp_path)
    tab = page.returns
    assert [(s.printed, s.returned) for s in tab.summary_model.rows()] == [(4, 0)]
    # a scanner types the number and Enter
    QTest.keyClicks(tab.number_edit, r.numbers[0])
    QTest.keyClick(tab.number_edit, Qt.Key.Key_Return)
    assert tab.number_edit.text() == "" and r.numbers[0] in tab.message.text()
    assert [(s.printed, s.returned, len(s.missing)) for s in tab.summary_model.rows()] == [(4, 1, 3)]
    assert tab.missing_model.rowCount() == 3 and r.numbers[0] not in [m.number for m in tab.missing_model.rows()]
    # typed in lower case and with spaces, returned without signature
    tab.unsigned_check.setChecked(True)
    tab.number_edit.setText(" " + r.numbers[1].lower() + " ")
    assert tab.mark() is True
    assert tab.summary_model.rows()[0].unsigned == 1
    # the same one again: no harm, said so
    tab.number_edit.setText(r.numbers[0])
    assert tab.mark() is True and "无需重复登记" in tab.message.text()
    # an unknown number, and a typing mistake caught by the check digit
    unknown = pledge_records.make_number("teacher_parent", 2026, 999999)
    tab.number_edit.setText(unknown)
    assert tab.mark() is False
    assert "没有编号为" in tab.error.text() and tab.number_edit.text() == unknown  # kept to correct
    wrong = r.numbers[2][:-1] + str((int(r.numbers[2][-1]) + 1) % 10)
    tab.number_edit.setText(wrong)
    assert tab.mark() is False and "校验位" in tab.error.text()
    assert tab.log.count() == 3
    with docs.session() as s:
        assert s.exec(select(func.count()).select_from(Pledge).where(Pledge.returned_on.is_not(None))).one() == 2


# --- forms --------------------------------------------------------------------------------------------


def test_forms_are_generated_and_previewed(qtbot, docs, tmp_path, boxes):
    page, previews = make_page(qtbot, docs, "reg", tmp_path)
    tab = page.forms
    # the inspection sheet for the whole school
    panel = tab.select("inspection")
    assert panel.edits["class"].currentData() is None
    out = tmp_path / "inspection.pdf"
    wait(qtbot, tab.generate(out=out))
    assert out.exists() and previews[-1][0] == out and tab.last_result.pages >= 1
    assert "pages" in tab.message.text()
    # a transfer form needs a student: said before anything runs
    assert tab.generate("transfer") is None
    assert "Choose a student first" in tab.error.text()
    panel = tab.select("transfer")
    picker = panel.edits["student"]
    assert picker.search("李二") == 1
    picker.pick_row(0)
    panel.edits["to_school"].setText("城固县第二小学")
    out = tmp_path / "transfer.pdf"
    wait(qtbot, tab.generate(out=out))
    assert out.exists() and tab.error.text() == ""
    # the absence report lists the open alert of 张一
    panel = tab.select("absence-report")
    assert panel.edits["alert"].count() == 1 and "张一" in panel.edits["alert"].itemText(0)
    panel.edits["reason"].setText("随父母外出")
    wait(qtbot, tab.generate(out=tmp_path / "report.pdf"))
    assert (tmp_path / "report.pdf").exists()
    # the return notice without alert or student: the service's own message
    panel = tab.select("return-notice")
    panel.edits["alert"].setCurrentIndex(0)
    wait(qtbot, tab.generate(out=tmp_path / "notice.pdf"))
    assert "请指定学生或缺勤预警之一" in tab.error.text() and not (tmp_path / "notice.pdf").exists()
    # a class roll of one class
    panel = tab.select("roll")
    panel.edits["class"].setCurrentIndex(panel.edits["class"].findData(docs.class_ids[C4]))
    wait(qtbot, tab.generate(out=tmp_path / "roll.pdf"))
    assert (tmp_path / "roll.pdf").exists()


# --- the preview --------------------------------------------------------------------------------------


@pytest.mark.skipif(not HAVE_QTPDF, reason="QtPdf is not part of this PySide6")
def test_pdf_preview_navigates_zooms_prints_saves_and_opens(qtbot, docs, tmp_path, monkeypatch):
    r = run(docs, "reg", pledges.print_pledges, tmp_path / "p.pdf", class_id=docs.class_ids[C3], today=TODAY)
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(800, 900)
    assert preview.load(r.path) and preview.page_count() == 8
    assert not preview.prev_button.isEnabled() and preview.next_button.isEnabled()
    preview.next_button.click()
    assert preview.current_page() == 1 and preview.page_spin.value() == 2
    preview.page_spin.setValue(8)
    assert preview.current_page() == 7 and not preview.next_button.isEnabled()
    preview.set_zoom(1.5)
    assert preview.view.zoomFactor() == 1.5
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_document(printer) is True
    assert (tmp_path / "printed.pdf").stat().st_size > 10000 and "8 pages" in preview.message.text()
    assert preview.save_as(tmp_path / "copy") == tmp_path / "copy.pdf"
    assert (tmp_path / "copy.pdf").read_bytes() == r.path.read_bytes()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert preview.open_external() is True and opened == [str(r.path.resolve())]
    assert preview.load(tmp_path / "missing.pdf") is False and "Cannot show" in preview.error.text()
    dialog = show_pdf(None, r.path, "pledges")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PdfPreviewDialog) and dialog.preview.page_count() == 8


def test_without_qtpdf_the_system_viewer_opens(qtbot, tmp_path, monkeypatch):
    import app.ui.pdf_preview as pp

    monkeypatch.setattr(pp, "HAVE_QTPDF", False)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert pp.show_pdf(None, tmp_path / "x.pdf") is None and opened == [str((tmp_path / "x.pdf").resolve())]


# --- models, factory, translation ---------------------------------------------------------------------


def test_models_are_well_behaved(qtmodeltester, qtbot, docs, tmp_path):
    r = run(docs, "reg", pledges.print_pledges, tmp_path / "p.pdf", all_classes=True, today=TODAY)
    run(docs, "reg", pledge_records.mark_returned, r.numbers[0])
    page, _ = make_page(qtbot, docs, "reg", tmp_path)
    assert isinstance(page.returns.summary_model, ReturnSummaryModel)
    assert page.returns.summary_model.rowCount() == 2
    qtmodeltester.check(page.returns.summary_model)
    assert isinstance(page.returns.missing_model, PledgeListModel)
    assert page.returns.missing_model.rowCount() == 5
    qtmodeltester.check(page.returns.missing_model)
    page.returns.summary_view.selectRow(1)
    assert {m.class_name for m in page.returns.missing_model.rows()} == {page.returns.summary_model.row_at(1).class_name}


def test_factory_for_the_main_window(qtbot, docs):
    page = documents_page(AppContext(docs, docs.actors["reg"]), None)
    qtbot.addWidget(page)
    assert isinstance(page, DocumentsPage)
    assert page.output_dir == Path(docs.paths.root) / "printed"


def build_zh_qm(tmp_dir: Path):
    from app.ui.i18n import build_qm

    return build_qm(UI_FILES, [TSV], tmp_dir, stem="documents_zh_CN")


def test_every_string_has_its_chinese_translation(tmp_path):
    _qm, missing = build_zh_qm(tmp_path)
    assert missing == []


@pytest.fixture
def chinese(tmp_path):
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    old_font = QApplication.font()
    QApplication.setFont(QFont(family, 10))
    qm, _missing = build_zh_qm(tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    yield
    QApplication.removeTranslator(translator)
    QApplication.setFont(old_font)


def darkness(widget) -> int:
    image = widget.grab().toImage()
    return sum(QColor(image.pixel(x, y)).lightness() < 100
               for y in range(0, image.height(), 4) for x in range(0, image.width(), 4))


def save_picture(widget, name: str, tmp_path: Path, min_dark: int = 200) -> Path:
    """``BAOXUE_SCREENSHOTS=/tmp`` keeps the pictures for people to look at."""
    image = widget.grab().toImage()
    out = tmp_path / name
    assert image.save(str(out))
    assert darkness(widget) > min_dark  # there is text on it
    target = os.environ.get("BAOXUE_SCREENSHOTS")
    if target:
        shutil.copy(out, Path(target) / name)
    return out


def test_render_the_documents_page_in_chinese(qtbot, docs, tmp_path, chinese, boxes):
    r = run(docs, "reg", pledges.print_pledges, tmp_path / "p.pdf", all_classes=True, today=TODAY)
    run(docs, "reg", pledge_records.mark_returned, r.numbers[0])
    run(docs, "reg", pledge_records.mark_returned, r.numbers[2], signed=False)
    page, _ = make_page(qtbot, docs, "reg", tmp_path)
    page.resize(1200, 820)
    page.show()
    qtbot.waitExposed(page)
    assert page.tabs.tabText(0) == "责任书"
    page.pledges._printed(r)
    save_picture(page, "docs_pledges.png", tmp_path)
    page.tabs.setCurrentWidget(page.returns)
    page.returns.number_edit.setText(r.numbers[1])
    page.returns.mark()
    save_picture(page, "docs_returns.png", tmp_path)
    page.tabs.setCurrentWidget(page.templates)
    save_picture(page, "docs_templates.png", tmp_path)
    page.templates.body_edit.setPlainText(page.templates.body_edit.toPlainText() + "\n{家长名字}")
    page.templates.save()
    save_picture(page, "docs_template_error.png", tmp_path)
    page.tabs.setCurrentWidget(page.forms)
    page.forms.select("absence-report")
    save_picture(page, "docs_forms.png", tmp_path)
    if HAVE_QTPDF:
        dialog = PdfPreviewDialog(r.path, "责任书")
        qtbot.addWidget(dialog)
        dialog.resize(900, 1000)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.preview.page_count() == 12)
        qtbot.waitUntil(lambda: darkness(dialog) > 400, timeout=15000)  # pages are rendered in the background
        save_picture(dialog, "docs_preview.png", tmp_path)
