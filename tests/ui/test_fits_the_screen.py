"""Every page fits a 1366×768 laptop in Chinese, in English and in a pseudo-translation 40% longer
(issue #15, item 3): no window forced wider or taller than the screen, no clipped text, nothing
outside the window, nothing on top of something else."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import Session, select

from app.accounts import actor_for
from app.data.db import open_database
from app.data.models import User
from app.paths import DataPaths
from app.ui.context import AppContext
from tests.conftest import TODAY
from tests.ui.layout_check import PseudoTranslator, check

#: the laptop's screen less the task bar and the title bar
WIDTH, HEIGHT = 1366, 768 - 40 - 30


@pytest.fixture(params=["zh_CN", "en", "pseudo"])
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


def _admin(db, username: str = "admin") -> AppContext:
    with Session(db.engine) as s:
        return AppContext(db, actor_for(s, s.exec(select(User).where(User.username == username)).one()))


def _class_teacher(db) -> str:
    from app.data.models import SchoolClass

    with Session(db.engine) as s:
        return s.exec(select(User.username).join(SchoolClass, SchoolClass.head_teacher_id == User.staff_id)
                      .order_by(User.username)).first()


@pytest.mark.parametrize("who", ["admin", "class teacher"])
def test_every_page_fits_the_laptop(qtbot, demo, language, who):
    """Every page the administrator sees (all of them), and a class teacher's (the roll call without the
    school's overview, the approvals of their own class...)."""
    from app.ui.main_window import MainWindow

    window = MainWindow(_admin(demo, "admin" if who == "admin" else _class_teacher(demo)))
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
        for view in _views(page):
            window.resize(WIDTH, HEIGHT)
            QApplication.processEvents()
            failures += [f"{key}{view}: {p}" for p in check(window)]
    need = window.minimumSizeHint()
    assert need.width() <= WIDTH and need.height() <= HEIGHT, f"the window needs {need.width()}×{need.height()}"
    # the navigation shows every page's whole name, none scrolled out of sight ("Policy and calenda")
    nav = window.nav
    if language != "pseudo":  # 40% longer names may scroll; they are still never cut
        assert nav.verticalScrollBar().maximum() == 0, "the navigation scrolls: some pages are out of sight"
    for row in range(nav.count()):
        rect, text = nav.visualItemRect(nav.item(row)), nav.item(row).text()
        room = rect.width() - nav.iconSize().width() - 16
        lines = nav.fontMetrics().boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
        assert rect.right() <= nav.viewport().width() and lines.width() <= room and lines.height() <= rect.height(), \
            f"cut: {text}"
    assert not failures, f"[{language}]\n" + "\n".join(failures)


# --- the dialogs --------------------------------------------------------------------------------------


def _first(db, statement):
    with Session(db.engine) as s:
        return s.exec(statement).first()


def _dialogs(db, ctx, tmp_path):
    """(name, factory) of every dialog a user opens, on the demo school's records."""
    from app import backup
    from app.data.approval_models import ApprovalRequest
    from app.data.case_models import AbsenceCase
    from app.data.models import Student
    from app.mentors.board import board
    from app.mentors.suggesting import suggest
    from app.approvals.registry import REGISTRY
    from app.ui.accounts_page import AccountDialog, ChangePasswordDialog
    from app.ui.case_dialog import CaseDialog
    from app.ui.error_dialog import ErrorDialog
    from app.ui.data_folder import DataFolderDialog
    from app.ui.exchange_page import NewKeyDialog, PassphraseDialog
    from app.ui.guide_viewer import GuideDialog
    from app.ui.import_dialog import ImportDialog
    from app.ui.leave_dialog import LeaveDialog
    from app.ui.login import LoginDialog
    from app.ui.mentors_dialogs import EndDialog, SuggestionDialog, TeacherPicker
    from app.ui.pdf_preview import PdfPreviewDialog
    from app.ui.plan_dialog import PlanDialog
    from app.ui.recovery_dialog import RecoverDialog, RecoveryKeyDialog
    from app.ui.request_dialog import RequestDialog
    from app.ui.restore_dialog import RestoreConfirmDialog
    from app.ui.school_page import ClassDialog, StaffDialog
    from app.ui.student_dialog import StudentDialog
    from app.ui.student_page import StudentPage
    from app.ui.wizard import FirstRunWizard

    student = _first(db, select(Student.id).where(Student.status == "in_school").order_by(Student.id))
    case = _first(db, select(AbsenceCase.id).order_by(AbsenceCase.id.desc()))
    request = _first(db, select(ApprovalRequest.id).order_by(ApprovalRequest.id))
    info = backup.create_backup(db.paths, tmp_path / "backup.zip")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    pdf = Canvas(str(tmp_path / "pledges.pdf"), pagesize=A4)
    pdf.drawString(72, 720, "Pledge 1")
    pdf.save()
    teachers = ctx.read(board, ctx.actor, TODAY).teachers
    dialogs = [
        ("login", lambda: LoginDialog(db, username="admin")),
        ("data folder", DataFolderDialog),
        ("recover", lambda: RecoverDialog(db.paths)),
        ("recovery key", lambda: RecoveryKeyDialog(db.paths, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", "马道镇中心学校",
                                                   "2161072901")),
        ("unexpected error", lambda: ErrorDialog("Traceback (most recent call last):\n  ValueError: x")),
        ("new account", lambda: AccountDialog(ctx)),
        ("change password", lambda: ChangePasswordDialog(ctx)),
        ("wizard", lambda: FirstRunWizard(open_database(DataPaths(tmp_path / "empty")), today=TODAY)),
        ("new student", lambda: StudentDialog(ctx)),
        ("student", lambda: StudentDialog(ctx, student)),
        ("student file", lambda: StudentPage(ctx, student)),
        ("case file", lambda: CaseDialog(ctx, case, today=TODAY)),
        ("request", lambda: RequestDialog(ctx, request, today=TODAY)),
        ("leave", lambda: LeaveDialog(ctx, student, today=TODAY)),
        ("import", lambda: ImportDialog(ctx)),
        ("restore", lambda: RestoreConfirmDialog(info, backup.check_restorable(info, db.paths), db.paths)),
        ("plan", lambda: PlanDialog(ctx, student, today=TODAY)),
        ("suggestions", lambda: SuggestionDialog(ctx, ctx.read(suggest, ctx.actor, TODAY), teachers, today=TODAY)),
        ("mentor picker", lambda: TeacherPicker(teachers, "王小明", TODAY)),
        ("end mentoring", lambda: EndDialog("王小明", "李老师", TODAY)),
        ("new class", lambda: ClassDialog(ctx)),
        ("new staff", lambda: StaffDialog(ctx)),
        ("passphrase", lambda: PassphraseDialog(detail="E:\\保学数据包")),
        ("new key", lambda: NewKeyDialog()),
        ("guide", GuideDialog),
        ("print preview", lambda: PdfPreviewDialog(tmp_path / "pledges.pdf")),
    ]
    dialogs += [(f"new request: {kind}", lambda kind=kind: RequestDialog(ctx, today=TODAY, kind=kind))
                for kind in REGISTRY]
    return dialogs


def _views(dialog):
    """Every tab of every tab widget, and every page of a wizard, shown in turn."""
    from PySide6.QtWidgets import QTabWidget, QWizard

    yield ""
    if isinstance(dialog, QWizard):
        for page_id in dialog.pageIds()[1:]:
            dialog.setStartId(page_id)
            dialog.restart()
            yield f" page {page_id}"
    for tabs in dialog.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield f" tab {tabs.tabText(i)!r}"


def test_every_dialog_fits_the_laptop(qtbot, demo, language, tmp_path):
    """Each dialog opened on a 1366×768 laptop: never wider or taller than the screen (it scrolls
    instead), and nothing clipped, outside or on top of something else, in every tab."""
    ctx = _admin(demo)
    failures = []
    for name, factory in _dialogs(demo, ctx, tmp_path):
        dialog = factory()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        for view in _views(dialog):
            QApplication.processEvents()
            need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            if need.width() > WIDTH or need.height() > HEIGHT:
                failures.append(f"{name}{view}: needs {need.width()}×{need.height()}")
                continue
            dialog.resize(min(dialog.width(), WIDTH), min(dialog.height(), HEIGHT))
            QApplication.processEvents()
            if dialog.width() > WIDTH or dialog.height() > HEIGHT:
                failures.append(f"{name}{view}: opens {dialog.width()}×{dialog.height()}")
            failures += [f"{name}{view}: {p}" for p in check(dialog)]
        dialog.close()
    assert not failures, f"[{language}]\n" + "\n".join(failures)
