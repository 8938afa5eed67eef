"""Every page fits a 1366×768 laptop in Chinese, in English and in a pseudo-translation 40% longer
(issue #15, item 3): no window forced wider or taller than the screen, no clipped text, nothing
outside the window, nothing on top of something else."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from sqlmodel import Session, select

from app.accounts import actor_for
from app.data.db import open_database, unlock_database
from app.demo import DEMO_PASSWORD
from app.data.models import User
from app.demo import build_demo
from app.paths import DataPaths
from app.ui.context import AppContext
from tests.conftest import TODAY
from tests.ui.layout_check import PseudoTranslator, check

#: the laptop's screen less the task bar and the title bar
WIDTH, HEIGHT = 1366, 768 - 40 - 30


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-screen")
    build_demo(DataPaths(root), students=150, seed=3, today=TODAY)
    return root


@pytest.fixture
def demo(demo_root, tmp_path):
    root = tmp_path / "school"
    shutil.copytree(demo_root, root)
    db = unlock_database(DataPaths(root), "admin", DEMO_PASSWORD)
    yield db
    db.close()


@pytest.fixture(params=["zh_CN", "en", pytest.param("pseudo", marks=pytest.mark.xfail(
    strict=True, reason="the roll call and print pages still widen past the laptop in a 40% longer language"))])
def language(request, qapp):
    from app.ui.app import install_translator, load_font

    load_font()
    if request.param == "pseudo":
        installed = [PseudoTranslator(qapp)]
        QCoreApplication.installTranslator(installed[0])
    else:
        installed = install_translator(qapp, request.param)
    yield request.param
    for t in installed:
        QCoreApplication.removeTranslator(t)


def _admin(db) -> AppContext:
    with Session(db.engine) as s:
        return AppContext(db, actor_for(s, s.exec(select(User).where(User.username == "admin")).one()))


def test_every_page_fits_the_laptop(qtbot, demo, language):
    from app.ui.main_window import MainWindow

    window = MainWindow(_admin(demo))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    failures = []
    stack = window.stack
    for key in window.visible_keys():
        page = window.show_page(key)
        QApplication.processEvents()
        # a page scrolls down when taller than the window, but it must never need to scroll sideways
        frame = window.minimumSizeHint() - stack.minimumSizeHint()
        need = frame + page.minimumSizeHint().expandedTo(page.minimumSize())
        if need.width() > WIDTH:
            failures.append(f"{key}: the page needs a window {need.width()} px wide")
            continue
        window.resize(WIDTH, HEIGHT)
        QApplication.processEvents()
        failures += [f"{key}: {p}" for p in check(window)]
    need = window.minimumSizeHint()
    assert need.width() <= WIDTH and need.height() <= HEIGHT, f"the window needs {need.width()}×{need.height()}"
    assert not failures, f"[{language}]\n" + "\n".join(failures)
