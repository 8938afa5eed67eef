"""``make guide``: the user guide's screenshots, taken from the real windows on the demo school.

Run by ``make guide`` (offscreen, on a 1366×768 screen of Qt's offscreen platform; nothing is shown)::

    python -m app.ui.guide_shots --out build/guide/shots      then   python -m app.guide build --shots build/guide/shots

It builds the demo school in a throw-away profile, logs in as the people the guide talks about
(a class teacher, the principal, the registrar), drives the real pages and dialogs through the
same methods their buttons call — marks on the roll call, a home visit typed into the case file,
a pledge batch printed, a bundle signed — and saves each picture as a 1366×768 PNG: the main
window filling the screen, a dialog drawn over it with its title bar. Chinese interface, the
shipped font. Then :func:`app.guide.build` makes the pages from the text and these pictures.

Every picture the text shows is made by one chapter function below (:data:`CHAPTERS`, one per
topic); the test suite runs them all on a small demo and checks that each image the pages
refer to is produced. Paths of the throw-away profile are shown as a Windows PC shows them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path
from typing import Callable, Iterator

from PySide6.QtCore import QDate, QPoint, QRect, Qt, QTime
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

WIDTH, HEIGHT = 1366, 768
TITLE_BAR = 30
#: how the throw-away profile's folders are shown: as on the school's Windows PC
WINDOWS_HOME = r"C:\Users\Administrator"
DEMO_STUDENTS = 600
#: the folder of the throw-away profile that plays the USB stick (shown as drive E:)
USB_STICK = "usb-stick"

SCREEN_JSON = ('{"screens":[{"name":"laptop","x":0,"y":0,"width":%d,"height":%d,"logicalDpi":96,'
               '"logicalBaseDpi":96,"dpr":1}]}' % (WIDTH, HEIGHT))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


@dataclass
class Shot:
    name: str
    path: Path


@dataclass
class Tour:
    """The demo school open in the real windows, and the camera."""

    app: QApplication
    db: object  # app.data.db.Database of the demo school
    out: Path
    today: date
    shots: list[Shot] = field(default_factory=list)
    messages: list[tuple[str, str, str]] = field(default_factory=list)
    answers: list[tuple[str, bool]] = field(default_factory=list)
    shown_paths: list[tuple[str, str]] = field(default_factory=list)
    _windows: list[QWidget] = field(default_factory=list)

    # --- people and windows ------------------------------------------------------------------------

    def ctx(self, username: str):
        from app.accounts import authenticate
        from app.demo import DEMO_PASSWORD
        from app.ui.context import AppContext

        with self.db.transaction() as s:
            actor = authenticate(s, username, DEMO_PASSWORD)
        return AppContext(self.db, actor)

    def main_window(self, username: str, page: str | None = None):
        """The main window of ``username``, filling the laptop's screen, on ``page``."""
        from app.ui.main_window import MainWindow

        self.close_all()
        window = MainWindow(self.ctx(username))
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
        self._windows.append(window)
        if page:
            window.show_page(page)
        self.settle()
        return window

    def keep(self, widget: QWidget) -> QWidget:
        self._windows.append(widget)
        return widget

    def close_all(self) -> None:
        for w in reversed(self._windows):
            try:
                w.close()
                w.deleteLater()
            except RuntimeError:  # already deleted with its parent
                pass
        self._windows.clear()
        self.settle()

    def settle(self, rounds: int = 4) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def wait(self, task) -> None:
        """Until a background task (a pledge batch, an export) has finished."""
        if task is None:
            raise RuntimeError("the window did not start its task: " + "; ".join(m[2] for m in self.messages[-3:]))
        from PySide6.QtCore import QEventLoop

        if task.is_running():
            loop = QEventLoop()
            task.done.connect(loop.quit)
            if task.is_running():
                loop.exec()
        self.settle()

    def school_day(self, back: int = 0) -> date:
        """Today if the school is open, else the school day before; ``back`` school days earlier still."""
        from app import school_calendar

        with self.db.session() as s:
            cal = school_calendar.load_calendar(s)
        day, left = self.today, back
        while True:
            if cal.is_school_day(day):
                if left == 0:
                    return day
                left -= 1
            day -= timedelta(days=1)

    # --- the camera ----------------------------------------------------------------------------------

    def shot(self, name: str, base: QWidget | None, *dialogs: QWidget, menu: QMenu | None = None) -> Path:
        """Save ``name``.png: ``base`` (the main window) filling the screen, each dialog over it."""
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        try:
            self._paint(painter, base, dialogs, menu)
        finally:
            painter.end()
        path = self.out / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        self.shots.append(Shot(name, path))
        return path

    def _paint(self, painter: QPainter, base: QWidget | None, dialogs, menu: QMenu | None) -> None:
        if base is None:
            gradient = QLinearGradient(0, 0, 0, HEIGHT)
            gradient.setColorAt(0, QColor("#2b5876"))
            gradient.setColorAt(1, QColor("#4e4376"))
            painter.fillRect(QRect(0, 0, WIDTH, HEIGHT), gradient)
        else:
            painter.drawImage(0, 0, self._grab(base))
        for dialog in dialogs:
            self._draw_dialog(painter, dialog)
        if menu is not None:
            self.settle()
            painter.drawImage(menu.pos(), menu.grab().toImage())

    def _grab(self, widget: QWidget) -> QImage:
        """The widget's picture, its texts showing Windows paths; the widgets themselves are left as they were."""
        self.settle()  # deferred deletions and layouts first: the texts below belong to live widgets
        changed = []
        for w in [widget] + widget.findChildren(QWidget):
            if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
                text = w.text()
                shown = self._windows_text(text)
                if shown != text:
                    w.setText(shown)
                    changed.append((w, text))
        self.settle()
        try:
            return widget.grab().toImage()
        finally:
            for w, text in changed:  # a path field keeps the real path the window works with
                try:
                    w.setText(text)
                except RuntimeError:  # the window replaced that widget meanwhile
                    pass

    def _draw_dialog(self, painter: QPainter, dialog: QWidget) -> None:
        if not dialog.isVisible():
            dialog.show()
        self.settle()
        picture = self._grab(dialog)
        w, h = picture.width(), picture.height()
        x = max(0, (WIDTH - w) // 2)
        y = max(0, (HEIGHT - h - TITLE_BAR) // 2)
        frame = QRect(x - 1, y - 1, w + 2, h + TITLE_BAR + 2)
        for spread in range(8, 0, -1):  # a soft shadow, so the dialog stands out from the window
            painter.fillRect(frame.adjusted(-spread + 4, -spread + 6, spread + 4, spread + 6),
                             QColor(0, 0, 0, 10))
        painter.fillRect(frame, QColor("#5b7ea6"))
        painter.fillRect(QRect(x, y, w, TITLE_BAR), QColor("#dbe5f1"))
        painter.setFont(QFont(QApplication.font()))
        painter.setPen(QPen(QColor("#1f1f1f")))
        painter.drawText(QRect(x + 10, y, w - 60, TITLE_BAR), Qt.AlignmentFlag.AlignVCenter,
                         self._windows_text(dialog.windowTitle()))
        painter.drawText(QRect(x + w - 30, y, 24, TITLE_BAR), Qt.AlignmentFlag.AlignCenter, "\u2715")
        painter.drawImage(QPoint(x, y + TITLE_BAR), picture)

    def _windows_text(self, text: str) -> str:
        """The throw-away profile's folders in ``text`` as the school's Windows PC shows them."""
        for posix, windows in self.shown_paths:
            while posix in text:
                start = text.index(posix)
                end = start + len(posix)
                while end < len(text) and (text[end] == "/" or text[end].isalnum() or text[end] in "-_."):
                    end += 1
                text = text[:start] + windows + text[start + len(posix):end].replace("/", "\\") + text[end:]
        return text

    def message_box(self, parent: QWidget, n: int = -1) -> QMessageBox:
        """The ``n``-th message the windows showed (recorded, not opened), as a real message box to draw."""
        kind, title, text = self.messages[n]
        icon = {"critical": QMessageBox.Icon.Critical, "warning": QMessageBox.Icon.Warning,
                "question": QMessageBox.Icon.Question}.get(kind, QMessageBox.Icon.Information)
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setWindowModality(Qt.WindowModality.NonModal)
        self.keep(box)
        return box


# --- the chapters: one function per topic of the guide, each makes its pictures ---------------------------


def _class_of_teacher(tour: Tour, username: str) -> tuple[int, str]:
    from sqlmodel import select

    from app.data.models import SchoolClass, User

    with tour.db.session() as s:
        user = s.exec(select(User).where(User.username == username)).one()
        c = s.exec(select(SchoolClass).where(SchoolClass.head_teacher_id == user.staff_id,
                                             SchoolClass.active == True)).first()  # noqa: E712
        return c.id, c.name


def _class_teacher(tour: Tour, min_pupils: int = 20) -> str:
    """The user name of the first class teacher whose class has at least ``min_pupils`` pupils."""
    from sqlmodel import func, select

    from app.data.models import SchoolClass, Student, User

    with tour.db.session() as s:
        rows = s.exec(select(User.username, SchoolClass.id)
                      .join(SchoolClass, SchoolClass.head_teacher_id == User.staff_id)
                      .where(SchoolClass.active == True).order_by(SchoolClass.grade_level, SchoolClass.name)).all()  # noqa: E712
        for username, class_id in rows:
            n = s.exec(select(func.count()).select_from(Student).where(Student.class_id == class_id)).one()
            if n >= min_pupils:
                return username
        return rows[0][0]


def _pick(picker, name: str) -> None:
    """Choose a student in a student picker as a teacher does: type the name, take the first match."""
    if picker.search(name) < 1:
        raise RuntimeError(f"the student picker finds no {name}")
    picker.pick_row(0)


def _free_rows(page) -> list[int]:
    """Rows of the roll call a teacher may mark (present, no approved leave)."""
    rows = [n for n, r in enumerate(page.model.rows()) if r.mark == "present" and not r.locked_by_leave]
    if len(rows) < 4:
        raise RuntimeError(f"the class of the guide's roll call has {len(rows)} pupils to mark; build a bigger demo")
    return rows


def chapter_install(tour: Tour) -> None:
    from app.ui.data_folder import DataFolderDialog

    dialog = tour.keep(DataFolderDialog())
    dialog.machine_radio.setChecked(True)
    dialog.resize(760, dialog.sizeHint().height())
    tour.shot("install-data-folder", None, dialog)


def chapter_first_start(tour: Tour) -> None:
    from app.data.db import open_database
    from app.paths import DataPaths
    from app.ui.login import LoginDialog
    from app.ui.wizard import FirstRunWizard

    from app.paths import default_data_dir

    empty = open_database(DataPaths(default_data_dir()))  # the throw-away profile's (empty) school folder
    try:
        wizard = tour.keep(FirstRunWizard(empty))
        wizard.resize(760, 600)
        wizard.show()
        tour.settle()
        tour.shot("first-start-welcome", None, wizard)
        wizard.next()
        page = wizard.school_page
        for edit, text in ((page.code_edit, "2161072901"), (page.name_edit, "留坝县马道镇中心学校"),
                           (page.county_code_edit, "610729"), (page.county_name_edit, "留坝县"),
                           (page.township_edit, "马道镇"), (page.address_edit, "马道镇马道村一组8号"),
                           (page.phone_edit, "0916-3921026"), (page.principal_edit, "王建国")):
            edit.setText(text)
        tour.settle()
        tour.shot("first-start-school", None, wizard)
        wizard.close()
    finally:
        empty.close()

    login = tour.keep(LoginDialog(tour.db, username="admin"))
    login.password_edit.setText("baoxue2026")
    tour.shot("first-start-login", None, login)

    window = tour.main_window("admin", "school")
    tour.shot("first-start-school-page", window)
    window.show_page("accounts")
    tour.shot("first-start-accounts", window)
    page = window.show_page("import")
    dialog = page.open_import()
    tour.keep(dialog)
    tour.shot("first-start-import", window, dialog)
    dialog.close()
    window.show_page("settings")
    tour.shot("first-start-settings", window)


def _teacher_roll_call(tour: Tour):
    """A class teacher's main window on the roll call of their class for the school day: (window, page, class id)."""
    teacher = _class_teacher(tour)
    class_id, _name = _class_of_teacher(tour, teacher)
    window = tour.main_window(teacher, "roll_call")
    page = window.page("roll_call")
    page.open_class(class_id, tour.school_day())
    return window, page, class_id


def chapter_roll_call(tour: Tour) -> None:
    window, page, _class_id = _teacher_roll_call(tour)
    rows = _free_rows(page)
    for row, mark in zip(rows[2::3], ("late", "absent", "sick_leave")):
        page.table.setCurrentIndex(page.model.index(row, 2))
        page.mark_current(mark)
    page.find("")
    tour.shot("roll-call-marks", window)
    page.submit()
    tour.shot("roll-call-submitted", window)

    window = tour.main_window("principal", "roll_call")
    tour.shot("roll-call-principal", window)


def chapter_leave(tour: Tour) -> None:
    window, page, _class_id = _teacher_roll_call(tour)
    day = tour.school_day()
    rows = _free_rows(page)
    page.table.setCurrentIndex(page.model.index(rows[1], 1))
    dialog = tour.keep(page.open_leave_dialog())
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("sick"))
    dialog.reason_edit.setText("发烧,村卫生室看过")
    dialog.reference_edit.setText("家长电话请假,班主任批准")
    tour.shot("leave-roll-call", window, dialog)
    dialog.save()
    tour.shot("leave-recorded", window, dialog)
    dialog.close()

    window.show_page("approvals")
    approvals = window.page("approvals")
    request = tour.keep(approvals.new_request("leave"))
    _pick(request.picker, page.model.rows()[rows[-1]].name)
    request.editor("leave_kind").setCurrentIndex(request.editor("leave_kind").findData("personal"))
    start = day + timedelta(days=7)
    request.editor("start_day").setDate(_qdate(start))
    request.editor("end_day").setDate(_qdate(start + timedelta(days=2)))
    request.editor("reason").setText("随父母回四川老家奔丧")
    tour.shot("leave-request", window, request)
    request.save(submit=True)
    request.close()
    approvals.refresh()
    approvals.select_section("my_waiting")
    tour.shot("leave-submitted", window)


def _mark_absent(tour: Tour, page, class_id: int, day: date, name: str) -> None:
    page.open_class(class_id, day)
    row = next(n for n, r in enumerate(page.model.rows()) if r.name == name)
    page.table.setCurrentIndex(page.model.index(row, 2))
    page.mark_current("absent")
    page.submit()


def chapter_case(tour: Tour) -> None:
    window, page, class_id = _teacher_roll_call(tour)
    teacher = window.ctx.actor.username
    pupil = page.model.rows()[_free_rows(page)[-2]].name
    # absent two school days in a row without a reason (yesterday's roll call is shown), back today
    _mark_absent(tour, page, class_id, tour.school_day(2), pupil)
    _mark_absent(tour, page, class_id, tour.school_day(1), pupil)
    tour.shot("case-roll-call-alert", window)

    window = tour.main_window(teacher, "alerts")
    alerts = window.page("alerts")
    alerts.refresh()
    tour.shot("case-list", window)
    row = next(r for r in alerts.model.rows() if r.student_name == pupil)
    dialog = tour.keep(alerts.open_case(row))
    tour.shot("case-file", window, dialog)
    tab = dialog.contacts
    dialog.tabs.setCurrentWidget(tab)
    tab.date.setDate(_qdate(tour.today))
    tab.time.setTime(QTime(16, 30))
    tab.form_combo.setCurrentIndex(tab.form_combo.findData("in_person"))
    tab.companions.setText("马国平(村支书)")
    if tab.guardian.count():
        tab.guardian.setCurrentIndex(0)
        tab._guardian_chosen(0)
    tab.family.setPlainText("父亲在广东打工,母亲在家务农,爷爷奶奶同住")
    tab.purpose.setText("核实缺勤原因")
    tab.condition.setPlainText("孩子在家照看生病的奶奶,身体无恙")
    tab.problems.setPlainText("家长没有向学校请假")
    tab.measures.setPlainText("明天送孩子到校;班主任每天电话跟进一周")
    tab.opinion.setPlainText("同意明天送孩子到校")
    tour.shot("case-visit", window, dialog)
    tab.save()
    reports = dialog.reports
    dialog.tabs.setCurrentWidget(reports)
    reports.reference.setText("马道校〔2026〕15号")
    reports.content.setPlainText(f"学生{pupil}连续两个上学日无故缺勤,班主任已入户家访,家长同意明天送孩子到校。")
    tour.shot("case-report", window, dialog)
    reports.save()
    outcome = dialog.outcome
    dialog.tabs.setCurrentWidget(outcome)
    outcome.return_date.setDate(_qdate(tour.school_day()))
    outcome.return_note.setText("家访后返校,班主任跟进一周")
    tour.shot("case-return", window, dialog)
    outcome.save()
    dialog.close()

    # the persuasion of a suspected dropout (one of the demo's cases), with people from both lines
    window = tour.main_window("principal", "alerts")
    alerts = window.page("alerts")
    rows = sorted(alerts.model.rows(), key=lambda r: r.stage != "suspected_dropout")
    suspected = next((r for r in rows if r.stage in ("suspected_dropout", "dropout")), None)
    if suspected is not None:
        dialog = tour.keep(alerts.open_case(suspected))
        tab = dialog.persuasion
        dialog.tabs.setCurrentWidget(tab)
        names = ["刘德明(包村干部)", "马国平(村支书)", "王建国(校长)"]
        for r, text in zip(tab.rows, names):
            if not r.name.text():
                r.name.setText(text)
        tab.actions.setPlainText("入户宣讲义务教育法,讲清辍学的后果;了解到孩子想去县城打工")
        tab.result.setPlainText("家长同意下周一送孩子返校,班主任周一早上电话确认")
        tour.shot("case-persuasion", window, dialog)
        dialog.close()
    window.show_page("risk")
    tour.shot("case-early-warning", window)


def chapter_approvals(tour: Tour) -> None:
    window = tour.main_window("principal", "approvals")
    page = window.page("approvals")
    tour.shot("approvals-inbox", window)
    section = page.current_section()
    rows = page.inbox.sections.get(section, []) if section else []
    if rows:
        page.select_request(rows[0].id)
        dialog = tour.keep(page.open_selected())
        tour.shot("approvals-request", window, dialog)
        dialog.close()
    page.tabs.setCurrentIndex(page.TAB_ALL)
    tour.shot("approvals-all", window)

    window = tour.main_window("registrar", "approvals")
    page = window.page("approvals")
    request = tour.keep(page.new_request("suspension"))
    from sqlmodel import select

    from app.data.models import Student

    with tour.db.session() as s:
        name = s.exec(select(Student.name).where(Student.status == "in_school").order_by(Student.id)
                      .offset(40)).first()
    _pick(request.picker, name)
    request.editor("reason").setText("因病需住院治疗,医院建议休学一学期")
    tour.shot("approvals-new-suspension", window, request)
    request.close()
    page.tabs.setCurrentIndex(page.TAB_TRANSFERS)
    tour.shot("approvals-transfers", window)


def chapter_mentors(tour: Tour) -> None:
    window = tour.main_window("principal", "mentors")
    tour.shot("mentors-board", window)
    from sqlmodel import select

    from app.data.mentor_models import MentorAssignment
    from app.data.models import User

    with tour.db.session() as s:
        username = s.exec(select(User.username).join(MentorAssignment, MentorAssignment.staff_id == User.staff_id)
                          .where(MentorAssignment.end_date == None).order_by(User.id)).first()  # noqa: E711
    window = tour.main_window(username, "mentors")
    mine = window.page("mentors")
    tour.shot("mentors-mine", window)
    plan = tour.keep(mine._open(mine.table.currentIndex()))
    tour.shot("mentors-plan", window, plan)
    plan.show_section("five")
    tour.shot("mentors-five-ones", window, plan)
    plan.close()


def chapter_printing(tour: Tour) -> None:
    window = tour.main_window("principal", "documents")
    page = window.page("documents")
    tab = page.pledges
    tab.select_class(tab.scope_combo.itemData(1) if tab.scope_combo.count() > 1 else None)
    tour.shot("printing-pledges", window)
    tour.wait(tab.print_pledges())
    preview = tour.keep(page.preview_window)
    tour.shot("printing-preview", window, preview)
    preview.close()
    returns = page.returns
    page.tabs.setCurrentWidget(returns)
    returns.refresh()
    number = tab.last_result.numbers[0]
    returns.number_edit.setText(number)
    returns.mark()
    returns.number_edit.setText(tab.last_result.numbers[1])
    tour.shot("printing-returns", window)
    forms = page.forms
    page.tabs.setCurrentWidget(forms)
    panel = forms.select("return-notice")
    panel.edits["reference"].setText("马政发〔2026〕8号")
    alert_combo = panel.edits["alert"]
    if alert_combo.count() == 0 or alert_combo.currentData() is None:  # no open alert offered: name the child
        from app import cases

        rows = tour.ctx("principal").read(cases.list_cases, page.ctx.actor, tour.today)
        far = max(rows, key=lambda r: r.days_absent)
        _pick(panel.edits["student"], far.student_name)
    tour.shot("printing-return-notice", window)
    page.preview_window = None
    tour.wait(forms.generate("return-notice"))
    if page.preview_window is None:
        raise RuntimeError("the return notice was not printed: " + forms.error.text())
    preview = tour.keep(page.preview_window)
    tour.shot("printing-return-notice-pdf", window, preview)
    preview.close()


def chapter_county(tour: Tour) -> None:
    from app.exchange.keys import DEMO_KEY_PASSPHRASE as DEMO_PASSPHRASE

    window = tour.main_window("registrar", "weekly")
    tour.shot("county-weekly", window)
    window.show_page("exchange")
    page = window.page("exchange")
    folder = Path.home() / USB_STICK / "保学数据包"
    folder.mkdir(parents=True, exist_ok=True)
    page.folder_edit.setText(str(folder))
    from app.ui.exchange_page import PassphraseDialog

    asked = tour.keep(PassphraseDialog(page, detail=page.tr("Export {period} to {folder}").format(
        period=page.this_period.text(), folder=str(folder))))
    asked.edit.setText(DEMO_PASSPHRASE)
    tour.shot("county-passphrase", window, asked)
    asked.close()
    page._ask_passphrase = lambda _detail: DEMO_PASSPHRASE  # what the dialog above hands back
    tour.wait(page.export_bundle())
    tour.shot("county-exported", window)
    window.show_page("monthly")
    tour.shot("county-monthly", window)


def chapter_backup(tour: Tour) -> None:
    window = tour.main_window("registrar", "roll_call")
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.popup(window.mapToGlobal(QPoint(0, window.menuBar().height())))
    tour.settle()
    tour.shot("backup-menu", window, menu=file_menu)
    file_menu.close()
    target = Path.home() / USB_STICK / "baoxue-backup.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    tour.wait(window.backup_database(target))
    tour.shot("backup-done", window, tour.message_box(window))
    # restoring: what the backup holds, Cancel the default (the picture only: nothing is restored)
    from app import backup
    from app.ui.restore_dialog import RestoreConfirmDialog

    info = backup.read_backup(target)
    confirm = tour.keep(RestoreConfirmDialog(info, backup.check_restorable(info, tour.db.paths), tour.db.paths,
                                             window))
    tour.shot("backup-restore", window, confirm)
    confirm.reject()
    help_menu = window.help_menu
    help_menu.popup(window.mapToGlobal(QPoint(window.menuBar().width() // 3, window.menuBar().height())))
    tour.settle()
    tour.shot("backup-help-menu", window, menu=help_menu)
    help_menu.close()


CHAPTERS: dict[str, Callable[[Tour], None]] = {
    "install": chapter_install,
    "first-start": chapter_first_start,
    "roll-call": chapter_roll_call,
    "leave": chapter_leave,
    "case": chapter_case,
    "approvals": chapter_approvals,
    "mentors": chapter_mentors,
    "printing": chapter_printing,
    "county": chapter_county,
    "backup": chapter_backup,
}


# --- running the tour -----------------------------------------------------------------------------------


@contextmanager
def recorded_messages(tour: Tour) -> Iterator[None]:
    """Message boxes are recorded instead of opened (questions answer Yes; reasons come from ``tour.answers``)."""
    saved = {k: getattr(QMessageBox, k) for k in ("information", "warning", "critical", "question")}
    saved_text = QInputDialog.getMultiLineText

    def record(kind):
        def box(_parent, title, text, *a, **k):
            tour.messages.append((kind, title, text))
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
        return box

    for kind in saved:
        setattr(QMessageBox, kind, staticmethod(record(kind)))
    QInputDialog.getMultiLineText = staticmethod(
        lambda *a, **k: tour.answers.pop(0) if tour.answers else ("", False))
    try:
        yield
    finally:
        for kind, fn in saved.items():
            setattr(QMessageBox, kind, fn)
        QInputDialog.getMultiLineText = saved_text


def take(out: Path, *, students: int = DEMO_STUDENTS, topics: list[str] | None = None,
         today: date | None = None) -> list[Shot]:
    """Build the demo school (in this profile's demo folder) and take every chapter's pictures into ``out``."""
    from app.data.db import open_database
    from app.demo import build_demo
    from app.paths import DataPaths, default_data_dir, demo_data_dir, machine_data_dir
    from app.ui.app import setup_application

    from PySide6.QtCore import QLocale

    existing = QApplication.instance()
    before = (QApplication.font(), list(getattr(existing, "_baoxue_translators", [])), QLocale()) if existing else None
    app = setup_application("zh_CN")
    today = today or date.today()
    paths = DataPaths(demo_data_dir())
    build_demo(paths, students=students, today=today, replace=True)
    db = open_database(paths)
    tour = Tour(app=app, db=db, out=out, today=today)
    local = WINDOWS_HOME + r"\AppData\Local\Baoxue"
    tour.shown_paths = [(str(demo_data_dir()), local + r"\baoxue-demo"),
                        (str(default_data_dir()), local + r"\baoxue"),
                        (str(machine_data_dir()), r"C:\ProgramData\Baoxue\data"),
                        (str(Path.home() / USB_STICK), "E:"),
                        (str(Path.home()), WINDOWS_HOME)]
    try:
        with recorded_messages(tour):
            for key, chapter in CHAPTERS.items():
                if topics is None or key in topics:
                    chapter(tour)
                    tour.close_all()
    finally:
        tour.close_all()
        db.close()
        if before is not None:  # an application that was already running (the tests) gets its language back
            _restore(app, *before)
    return tour.shots


#: who the page pictures are taken as: everyone the guide talks about (the admin sees every page)
PAGE_USERS = ("admin", "principal", "registrar", "class_teacher")
PAGE_LANGUAGES = ("zh_CN", "en")


def take_pages(out: Path, *, students: int = DEMO_STUDENTS, languages=PAGE_LANGUAGES,
               users=PAGE_USERS, today: date | None = None) -> list[Path]:
    """Every page each user sees, and each tab of a tabbed page, at 1366×768 in each language.

    ``out/<language>/<user>-<page>[-<tab number>].png``: the pictures to look at for what a
    teacher would stumble on (cut labels, a column too narrow, a figure that makes no sense),
    as the issue of the 1366×768 laptop asks. ``class_teacher`` is the first class teacher of the demo."""
    from app.data.db import open_database
    from app.demo import build_demo
    from app.paths import DataPaths, demo_data_dir
    from app.ui.app import setup_application
    from app.ui.main_window import MainWindow

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QTabWidget

    existing = QApplication.instance()
    before = (QApplication.font(), list(getattr(existing, "_baoxue_translators", [])), QLocale()) if existing else None
    app = setup_application(languages[0])
    today = today or date.today()
    paths = DataPaths(demo_data_dir())
    build_demo(paths, students=students, today=today, replace=True)
    db = open_database(paths)
    tour = Tour(app=app, db=db, out=out, today=today)
    saved: list[Path] = []
    try:
        with recorded_messages(tour):
            names = {u: (_first_class_teacher(tour) if u == "class_teacher" else u) for u in users}
            for lang in languages:
                setup_application(lang)
                for role, username in names.items():
                    window = tour.main_window(username)
                    assert isinstance(window, MainWindow)
                    for key in window.visible_keys():
                        page = window.show_page(key)
                        tour.settle()
                        tabs = page.findChildren(QTabWidget) if page is not None else []
                        tabs = [t for t in tabs if t.isVisible()]
                        saved.append(_save(window, out / lang / f"{role}-{key}.png", tour))
                        for widget in tabs[:1]:  # the page's own tabs (not a tab inside a tab)
                            for i in range(1, widget.count()):
                                widget.setCurrentIndex(i)
                                tour.settle()
                                saved.append(_save(window, out / lang / f"{role}-{key}-{i + 1}.png", tour))
                            widget.setCurrentIndex(0)
                    tour.close_all()
    finally:
        tour.close_all()
        db.close()
        if before is not None:
            _restore(app, *before)
    return saved


def _first_class_teacher(tour: Tour) -> str:
    from app.accounts import actor_named, list_users

    with tour.db.session() as s:
        admin = actor_named(s, "admin")
        for user in list_users(s, admin):
            if "class_teacher" in user.roles:
                return user.username
    raise RuntimeError("the demo school has no class teacher's account")


def _save(window: QWidget, path: Path, tour: Tour) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not tour._grab(window).save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _restore(app: QApplication, font, translators, locale) -> None:
    from PySide6.QtCore import QLocale

    for t in getattr(app, "_baoxue_translators", []):
        app.removeTranslator(t)
    for t in translators:
        app.installTranslator(t)
    app._baoxue_translators = translators  # type: ignore[attr-defined]
    QApplication.setFont(font)
    QLocale.setDefault(locale)


def _isolate_profile(root: Path) -> None:
    """A throw-away HOME: the demo, settings and locks of the tour never touch the user's own."""
    home = root / "home"
    for var, sub in (("HOME", ""), ("USERPROFILE", ""), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache"),
                     ("APPDATA", "AppData/Roaming"), ("LOCALAPPDATA", "AppData/Local")):
        os.environ[var] = str(home / sub) if sub else str(home)
    os.environ["BAOXUE_MACHINE_DIR"] = str(home / "machine")
    os.environ.pop("BAOXUE_DATA_DIR", None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.ui.guide_shots",
                                     description="保学使用说明的截图:在演示学校上操作真实窗口并截图")
    parser.add_argument("--out", type=Path, default=Path("build/guide/shots"))
    parser.add_argument("--students", type=int, default=DEMO_STUDENTS)
    parser.add_argument("--topic", action="append", choices=list(CHAPTERS), help="只截这一章(可重复)")
    parser.add_argument("--pages", action="store_true",
                        help="每个用户看到的每一页(及每个标签页),中文和英文各一张,存到 OUT/<语言>/")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="baoxue-guide-") as tmp:
        _isolate_profile(Path(tmp))
        if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # a laptop's screen, nothing shown
            screen = Path(tmp) / "screen.json"
            screen.write_text(SCREEN_JSON, encoding="utf-8")
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
        if args.pages:
            shots = take_pages(out, students=args.students)
        else:
            shots = take(out, students=args.students, topics=args.topic)
    print(f"{len(shots)} 张截图 → {out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
