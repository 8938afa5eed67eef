"""F1 opens the user guide at the part about the window (issue #16 item 3), and `make guide`'s tour of the
real windows produces every picture the pages show."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

import app.ui
from app import guide
from app.ui.context import AppContext
from app.ui.guide_viewer import GuideDialog, install_help_key, topic_of
from app.ui.main_window import NAV_ENTRIES, MainWindow


@pytest.fixture
def window(qtbot, school_db):
    w = MainWindow(AppContext(school_db, school_db.actors["admin"]))
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def _viewer(owner) -> GuideDialog:
    dialog = getattr(owner, "_guide_dialog", None)
    assert isinstance(dialog, GuideDialog), "F1 opened no guide"
    return dialog


def test_f1_on_each_page_of_the_main_window_opens_its_topic(qtbot, window):
    assert window.visible_keys() == [e.key for e in NAV_ENTRIES]  # the admin sees every page
    for entry in NAV_ENTRIES:
        window.show_page(entry.key)
        window.focus_page()
        QTest.keyClick(window, Qt.Key.Key_F1)
        viewer = _viewer(window)
        assert viewer.isVisible()
        assert viewer.current_topic() == entry.guide, entry.key
        path, anchor = guide.page_path(entry.guide)
        assert viewer.browser.source().toLocalFile() == str(path)
        assert guide.split_topic(entry.guide)[0] != guide.INDEX  # every page has its own chapter
    assert _viewer(window) is viewer  # one viewer per window, reused
    assert window.guide_action.shortcut().toString() == "F1"
    assert "使用说明" in window.guide_action.text() or window.guide_action.text() == "User guide"


def test_f1_in_a_dialog_opens_the_dialog_s_own_topic(qtbot, window):
    install_help_key(QApplication.instance())
    dialog = window.change_password()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.old_edit.setFocus()
    QTest.keyClick(dialog.old_edit, Qt.Key.Key_F1)
    viewer = _viewer(dialog)
    assert viewer.current_topic() == "first-start#accounts"
    assert viewer.parent() is dialog  # not blocked by the dialog that is modal over the window
    dialog.close()


def test_the_viewer_moves_between_pages_and_back(qtbot):
    viewer = GuideDialog()
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.show_topic("roll-call")
    assert viewer.browser.toPlainText().startswith("目录")
    assert "每天点名" in viewer.browser.toPlainText()
    viewer.contents_button.click()
    assert viewer.current_topic() == "index"
    assert viewer.back_button.isEnabled()
    viewer.back_button.click()
    assert viewer.current_topic() == "roll-call"
    assert viewer.forward_button.isEnabled()


def test_the_screenshots_are_shrunk_to_the_viewer_s_width(qtbot):
    viewer = GuideDialog()
    qtbot.addWidget(viewer)
    viewer.resize(900, 700)
    viewer.show()
    viewer.show_topic("roll-call")
    from PySide6.QtGui import QTextDocument

    image = viewer.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                        viewer.browser.source().resolved("images/roll-call-marks.png"))
    assert 320 <= image.width() < viewer.browser.viewport().width()


def test_without_the_built_pages_f1_says_how_to_build_them(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setattr(guide, "pages_dir", lambda lang=guide.LANG: tmp_path / "nothing")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: shown.append((title, text)))
    window.show_page("roll_call")
    assert window.show_guide() is None
    (title, text), = shown
    assert "make guide" in text and str(tmp_path / "nothing") in text


def _declared_topics() -> dict[str, str]:
    """Every guide topic the code declares: the pages' and each dialog's ``guide_topic``."""
    found = {f"page {e.key}": e.guide for e in NAV_ENTRIES}
    for info in pkgutil.iter_modules(app.ui.__path__):
        if info.name in ("guide_shots",):
            continue
        module = importlib.import_module(f"app.ui.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            topic = cls.__dict__.get("guide_topic")
            if isinstance(topic, str) and cls.__module__ == module.__name__:
                found[f"{info.name}.{name}"] = topic
    return found


def test_every_declared_topic_has_its_page_and_heading():
    topics = _declared_topics()
    assert {"leave_dialog.LeaveDialog", "case_dialog.CaseDialog", "request_dialog.RequestDialog",
            "plan_dialog.PlanDialog", "exchange_page.PassphraseDialog"} <= set(topics)
    for where, topic in topics.items():
        key, anchor = topic.partition("#")[::2]
        assert key in guide.TOPIC_KEYS or key == guide.INDEX, f"{where}: unknown topic {topic}"
        path, anchor = guide.page_path(topic)
        assert path.is_file(), f"{where}: {path} missing"
        if anchor:
            assert anchor in guide.anchors_of(path.read_text(encoding="utf-8")), f"{where}: no #{anchor} in {path.name}"


def test_topic_of_walks_up_to_the_nearest_declaration(qtbot, window):
    window.show_page("documents")
    page = window.page("documents")
    assert topic_of(page) == "printing"
    window.show_page("settings")
    assert topic_of(window.page("settings")) == "first-start#settings"
    assert topic_of(None) == guide.INDEX


@pytest.mark.slow
def test_the_tour_of_the_real_windows_makes_every_picture_the_guide_shows(qtbot, tmp_path):
    """`make guide` on a small demo: every image the pages refer to is produced, at 1366×768, not empty."""
    from app.ui import guide_shots

    information = QMessageBox.information
    here = set(Path.cwd().iterdir())
    shots = guide_shots.take(tmp_path / "shots", students=150)
    assert set(Path.cwd().iterdir()) == here  # the windows wrote their files into the profile, nowhere else
    made = {s.name + ".png" for s in shots}
    wanted = guide.referenced_images(guide.render_pages())
    assert set(wanted) <= made, f"not made: {sorted(set(wanted) - made)}"
    for name in wanted:
        with Image.open(tmp_path / "shots" / name) as img:
            assert img.size == (1366, 768)
            colours = img.convert("RGB").getcolors(maxcolors=100_000)
            assert colours is None or len(colours) > 60, f"{name} looks empty"
    written = guide.build(tmp_path / "shots", tmp_path / "html")
    assert sorted(p.name for p in written) == sorted(wanted)
    assert guide.problems(tmp_path / "html") == []
    for page in (tmp_path / "html").glob("*.html"):
        for ref in guide.images_of(page.read_text(encoding="utf-8")):
            assert (tmp_path / "html" / ref).is_file()
    # the tour leaves the test application as it found it: English, no message boxes left patched
    assert QCoreApplication.translate("MainWindow", "Roll call") == "Roll call"
    assert QMessageBox.information == information
    assert Path(shots[0].path).parent == tmp_path / "shots"


@pytest.mark.slow
def test_make_guide_leaves_a_picture_of_every_page_in_both_languages(qtbot, tmp_path):
    """Issue #15: `make guide` leaves PNGs of every page (and each tab of a tabbed page) at 1366×768 in Chinese
    and English, for each kind of user, to look at for what a teacher would stumble on."""
    from app.ui import guide_shots
    from app.ui.main_window import NAV_ENTRIES

    saved = guide_shots.take_pages(tmp_path / "pages", students=60, users=("admin", "class_teacher"))
    names = {p.relative_to(tmp_path / "pages").as_posix() for p in saved}
    for lang in ("zh_CN", "en"):
        for entry in NAV_ENTRIES:  # the administrator sees every page
            assert f"{lang}/admin-{entry.key}.png" in names
        assert f"{lang}/class_teacher-roll_call.png" in names
        assert f"{lang}/admin-documents-2.png" in names  # a tab of the printing page
        assert f"{lang}/class_teacher-school.png" not in names  # only what that user sees
    for path in saved:
        with Image.open(path) as img:
            assert img.size == (1366, 768)
    assert QCoreApplication.translate("MainWindow", "Roll call") == "Roll call"  # the test app's language back
