"""First run: set up the school (school, first admin), or open the demo school instead.

Pages, in the order of :data:`PATHS` (the only place the order is written)::

    Welcome ──"Set up my school"──▶ School ─▶ First admin ─▶ Signing key ─▶ Summary (Finish = save)
            └─"Open the demo school"──▶ Demo (builds it with a progress bar; Finish = open it)

The two branches never cross (issue #15, item 2): the last page of a branch has no Next,
so its visible default — what Enter does — is Finish; once the school is saved the wizard
closes, and saving twice is not possible.

Every check is the service's: the school page calls ``app.identity`` (and the
very check ``setup_school`` applies) on each key press and shows the message
under the field; Next stays disabled until it passes. Finishing calls
``app.school.setup_school`` in ONE transaction — on error the message is shown
and nothing is saved.

After ``exec()``, :attr:`FirstRunWizard.result_database` is the database the
program continues with (the real one, or the demo school's) and
:attr:`FirstRunWizard.login_username` the name to pre-fill in the login.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import school
from app.accounts import MIN_PASSWORD_LENGTH, actor_named, check_password_strength, make_recovery_key
from app.data.db import Database, DatabaseError, open_database
from app.errors import BaoxueError, ValidationError
from app.exchange.keys import create_key
from app.identity import check_county_code, check_phone, check_school_code
from app.paths import DataPaths
from app.ui.widgets import ErrorLabel, TypedTextGuard, confirm_discard, hint_label, line_edit, show_error
from app.ui.workers import BackgroundTask

PAGE_WELCOME, PAGE_SCHOOL, PAGE_ADMIN, PAGE_SUMMARY, PAGE_DEMO, PAGE_KEY = range(6)

#: each branch's pages, in order; the wizard goes from one to the next and ends after the last
PATHS: dict[str, tuple[int, ...]] = {
    "school": (PAGE_WELCOME, PAGE_SCHOOL, PAGE_ADMIN, PAGE_KEY, PAGE_SUMMARY),
    "demo": (PAGE_WELCOME, PAGE_DEMO),
}

#: the service's field names (ValidationError.field) → our field keys
_SERVICE_FIELDS = {"学校标识码": "code", "学校名称": "name", "县区代码": "county_code", "学校电话": "phone"}
_FIELD_NAMES = {key: name for name, key in _SERVICE_FIELDS.items()}
DEMO_STUDENTS = 600
_MAX_LISTED_ACCOUNTS = 12


def demo_accounts_text(info) -> str:
    """The message telling the demo school's accounts and their shared password."""
    lines = [
        QCoreApplication.translate("FirstRunWizard", "The demo school \u201c{name}\u201d is ready: {students} students in {classes} classes. "
           "It is sample data, kept apart from real data.").format(
            name=info.school_name, students=info.students, classes=info.classes),
        "",
        QCoreApplication.translate("FirstRunWizard", "Every demo account has the password: {password}").format(
            password=_demo_password()),
        "",
    ]
    for username, roles, _password in info.accounts[:_MAX_LISTED_ACCOUNTS]:
        lines.append(f"  {username}\u3000{roles}")
    more = len(info.accounts) - _MAX_LISTED_ACCOUNTS
    if more > 0:
        lines.append(QCoreApplication.translate("FirstRunWizard", "  \u2026 and {n} more accounts").format(n=more))
    lines += ["", QCoreApplication.translate("FirstRunWizard", "Data folder: {path}").format(path=str(info.data_dir))]
    return "\n".join(lines)


def _demo_password() -> str:
    from app.demo import DEMO_PASSWORD

    return DEMO_PASSWORD


def _big(widget: QWidget, grow: float = 2.0) -> QWidget:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() + grow)
    widget.setFont(font)
    return widget


# --- page 1: welcome ----------------------------------------------------------------------------


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Baoxue"))
        self.setSubTitle(self.tr("This computer has no school yet. What would you like to do?"))
        self.setup_radio = _big(QRadioButton(self.tr("Set up my school")))
        self.setup_radio.setObjectName("setupChoice")
        self.demo_radio = _big(QRadioButton(self.tr("Open the demo school")))
        self.demo_radio.setObjectName("demoChoice")
        self.setup_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.setup_radio)
        group.addButton(self.demo_radio)

        layout = QVBoxLayout(self)
        layout.addWidget(self.setup_radio)
        layout.addWidget(hint_label(self.tr(
            "Enter your school's details and create the first administrator account. About five minutes.")))
        layout.addSpacing(16)
        layout.addWidget(self.demo_radio)
        layout.addWidget(hint_label(self.tr(
            "A made-up village school with 600 students, to try the program or to train. "
            "It is stored in a separate folder and never mixed with your school's data.")))
        layout.addStretch(1)

    def branch(self) -> str:
        return "demo" if self.demo_radio.isChecked() else "school"


# --- page 2: the school ---------------------------------------------------------------------------


class SchoolDetailsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Your school"))
        self.setSubTitle(self.tr("Fields marked * are required. Copy the codes from your school's registration papers."))
        self.code_edit = line_edit("schoolCode", self.tr("10 digits, e.g. 2161072901"))
        self.name_edit = line_edit("schoolName", self.tr("e.g. 马道镇中心学校"))
        self.county_code_edit = line_edit("countyCode", self.tr("6 digits, e.g. 610729"))
        self.county_name_edit = line_edit("", self.tr("e.g. 留坝县"))
        self.township_edit = line_edit("", self.tr("e.g. 马道镇"))
        self.address_edit = QLineEdit()
        self.phone_edit = line_edit("schoolPhone", self.tr("Mobile, or landline with area code: 0916-3921026"))
        self.principal_edit = QLineEdit()

        self.edits = {
            "code": self.code_edit, "name": self.name_edit, "county_code": self.county_code_edit,
            "county_name": self.county_name_edit, "township": self.township_edit, "address": self.address_edit,
            "phone": self.phone_edit, "principal_name": self.principal_edit,
        }
        self.errors = {key: ErrorLabel() for key in ("code", "name", "county_code", "phone")}
        for key, label in self.errors.items():
            label.setObjectName(f"{key}Error")
        self._touched: set[str] = set()

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = [
            (self.tr("School code (学校标识码) *"), "code"),
            (self.tr("School name *"), "name"),
            (self.tr("County code *"), "county_code"),
            (self.tr("County name"), "county_name"),
            (self.tr("Township"), "township"),
            (self.tr("Address"), "address"),
            (self.tr("Phone"), "phone"),
            (self.tr("Principal's name"), "principal_name"),
        ]
        for text, key in rows:
            form.addRow(text, self.edits[key])
            if key in self.errors:
                form.addRow("", self.errors[key])
        for key, edit in self.edits.items():
            edit.textEdited.connect(lambda _t, k=key: self._touched.add(k))
            edit.textChanged.connect(self._revalidate)

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def field_errors(self) -> dict[str, str]:
        """Every field's problem, as the services word it (an empty dict: all good)."""
        v = self.values()
        errors: dict[str, str] = {}
        checks = (("code", lambda: check_school_code(v["code"])),
                  ("county_code", lambda: check_county_code(v["county_code"])),
                  ("phone", lambda: check_phone(v["phone"], "学校电话") if v["phone"].strip() else ""))
        for key, check in checks:
            try:
                check()
            except ValidationError as exc:
                errors[key] = str(exc)
            except Exception:  # a checker that crashes on half-typed input: treat it as "not valid yet"
                errors[key] = self.tr("{field}: incomplete").format(field=_FIELD_NAMES[key])
        try:  # the very check setup_school makes (school name and the rest)
            school.check_school_fields(v["code"], v["name"], v["county_code"], v["phone"])
        except ValidationError as exc:
            errors.setdefault(_SERVICE_FIELDS.get(exc.field, "name"), str(exc))
        except Exception:
            errors.setdefault("name", self.tr("{field}: incomplete").format(field=_FIELD_NAMES["name"]))
        return errors

    @Slot()
    def _revalidate(self) -> None:
        errors = self.field_errors()
        for key, label in self.errors.items():
            label.set_error(errors.get(key) if key in self._touched or self.edits[key].text() else None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.field_errors()


# --- page 3: the first administrator ------------------------------------------------------------


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This account can add the other teachers' accounts later. Keep the password safe."))
        self.username_edit = QLineEdit("admin")
        self.username_edit.setObjectName("adminUsername")
        self.display_edit = line_edit("adminDisplayName", self.tr("Your name, e.g. 张明"))
        self.password_edit = line_edit("adminPassword",
                                        self.tr("At least {n} characters").format(n=MIN_PASSWORD_LENGTH), password=True)
        self.password2_edit = line_edit("adminPassword2", password=True)
        self.password_error = ErrorLabel()
        self.password_error.setObjectName("passwordError")
        self.password2_error = ErrorLabel()
        self.password2_error.setObjectName("password2Error")

        form = QFormLayout(self)
        form.addRow(self.tr("User name *"), self.username_edit)
        form.addRow(self.tr("Display name"), self.display_edit)
        form.addRow(self.tr("Password *"), self.password_edit)
        form.addRow("", self.password_error)
        form.addRow(self.tr("Password again *"), self.password2_edit)
        form.addRow("", self.password2_error)
        for edit in (self.username_edit, self.password_edit, self.password2_edit):
            edit.textChanged.connect(self._revalidate)

    def _password_problem(self) -> str | None:
        try:
            check_password_strength(self.password_edit.text())
        except ValidationError as exc:
            return str(exc)
        return None

    def _mismatch(self) -> bool:
        return self.password_edit.text() != self.password2_edit.text()

    @Slot()
    def _revalidate(self) -> None:
        self.password_error.set_error(self._password_problem() if self.password_edit.text() else None)
        self.password2_error.set_error(
            self.tr("The two passwords are not the same.") if self.password2_edit.text() and self._mismatch()
            else None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.username_edit.text().strip()) and self._password_problem() is None and not self._mismatch()


# --- page 3b: the signing key for the county bundles ------------------------------------------------


class KeyPage(QWizardPage):
    """The school's key pair for signing the bundles sent to the county (issue: signed XML bundles).

    The passphrase protects the private key, which is stored encrypted in the data folder; it is
    never saved anywhere. The page may be skipped: the administrator makes the key later on the
    county bundles page.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from app.exchange.keys import MIN_PASSPHRASE_LENGTH

        self.min_length = MIN_PASSPHRASE_LENGTH
        self.setTitle(self.tr("Signing key for the county"))
        self.setSubTitle(self.tr("The data the school sends to the county is signed with the school's own key."))
        self.later_check = QCheckBox(self.tr("Make the key later (on the County bundles page)"))
        self.later_check.setObjectName("keyLater")
        self.passphrase_edit = line_edit("keyPassphrase",
                                         self.tr("At least {n} characters").format(n=self.min_length), password=True)
        self.passphrase2_edit = line_edit("keyPassphrase2", password=True)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(hint_label(self.tr("So the county knows which school sent it and that nothing was changed.")))
        form.addRow(hint_label(self.tr(
            "Choose a passphrase the registrar and the principal will remember: it is asked at every export "
            "and cannot be recovered. The key's fingerprint is printed for registering with the county.")))
        form.addRow(self.tr("Key passphrase"), self.passphrase_edit)
        form.addRow(self.tr("Passphrase again"), self.passphrase2_edit)
        form.addRow("", self.error)
        form.addRow("", self.later_check)
        for w in (self.passphrase_edit, self.passphrase2_edit):
            w.textChanged.connect(self._revalidate)
        self.later_check.toggled.connect(self._revalidate)

    def passphrase(self) -> str | None:
        """The passphrase to make the key with, or None when the key is made later."""
        return None if self.later_check.isChecked() else self.passphrase_edit.text()

    def _problem(self) -> str | None:
        if self.later_check.isChecked():
            return None
        if len(self.passphrase_edit.text()) < self.min_length:
            return self.tr("The passphrase needs at least {n} characters.").format(n=self.min_length)
        if self.passphrase_edit.text() != self.passphrase2_edit.text():
            return self.tr("The two passphrases are not the same.")
        return None

    @Slot()
    def _revalidate(self) -> None:
        for w in (self.passphrase_edit, self.passphrase2_edit):
            w.setEnabled(not self.later_check.isChecked())
        typed = bool(self.passphrase_edit.text() or self.passphrase2_edit.text())
        self.error.set_error(self._problem() if typed else None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._problem() is None


# --- page 4: summary and save -------------------------------------------------------------------


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Check and save"))
        self.setSubTitle(self.tr("Please check the details. Press Back to correct something."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save and start"))
        self.summary = QLabel()
        self.summary.setObjectName("summaryText")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(_big(self.summary, 1.0))
        layout.addStretch(1)

    def initializePage(self) -> None:
        wiz: FirstRunWizard = self.wizard()
        v = wiz.school_page.values()
        a = wiz.admin_page
        none = self.tr("(not given)")
        rows = [
            (self.tr("School code"), v["code"]), (self.tr("School name"), v["name"]),
            (self.tr("County"), f"{v['county_code']} {v['county_name']}".strip()),
            (self.tr("Township"), v["township"]), (self.tr("Address"), v["address"]),
            (self.tr("Phone"), v["phone"]), (self.tr("Principal"), v["principal_name"]),
            (self.tr("Administrator"), f"{a.username_edit.text().strip()} {a.display_edit.text().strip()}".strip()),
            (self.tr("Signing key"), self.tr("made now") if wiz.key_page.passphrase() is not None
             else self.tr("later")),
        ]
        self.summary.setText("\n".join(f"{k}:{val.strip() or none}" for k, val in rows))

    def validatePage(self) -> bool:
        return self.wizard().save_school()


# --- the demo school ------------------------------------------------------------------------------


class DemoPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The demo school"))
        self.setSubTitle(self.tr("Sample data only. It lives in its own folder, apart from real data."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open the demo school"))
        self.status = QLabel(self.tr("Preparing the demo school ({n} sample students)\u2026").format(n=DEMO_STUDENTS))
        self.status.setObjectName("demoStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("demoProgress")
        self.progress.setRange(0, 0)
        self.accounts = QLabel()
        self.accounts.setObjectName("demoAccounts")
        self.accounts.setWordWrap(True)
        self.accounts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel()
        self.error.setObjectName("demoError")
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.initializePage)
        layout = QVBoxLayout(self)
        layout.addWidget(_big(self.status, 1.0))
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(_big(self.accounts, 1.0), 1)

    def initializePage(self) -> None:
        self.error.clear_error()
        self.retry_button.setVisible(False)
        self.accounts.clear()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.wizard().start_demo()

    def cleanupPage(self) -> None:  # Back pressed: stop a build in progress (it rolls back), drop a built one
        self.wizard().forget_demo()

    def on_progress(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if label:
            self.status.setText(label)

    def on_ready(self, text: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr("The demo school is ready. Press \u201cOpen the demo school\u201d to log in."))
        self.accounts.setText(text)
        self.completeChanged.emit()

    def on_failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.status.setText(self.tr("The demo school could not be prepared."))
        self.error.set_error(message)
        self.retry_button.setVisible(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        wiz = self.wizard()
        return wiz is not None and wiz.result_database is not None and wiz.demo_info is not None


# --- the wizard ---------------------------------------------------------------------------------------


class FirstRunWizard(QWizard):
    """Set up the school in ``db`` — or switch to the demo school."""

    guide_topic = "first-start"  # the user guide's part that F1 opens here

    def __init__(self, db: Database, parent: QWidget | None = None, *, today=None):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.result_database: Database | None = None
        self.login_username = ""
        self.recovery_code = ""  # made with the school (encrypted database): shown once after the wizard
        self.demo_info = None
        self.school_info = None
        self._task: BackgroundTask | None = None
        self._tasks: list[BackgroundTask] = []
        self.setObjectName("FirstRunWizard")
        self.setWindowTitle(self.tr("Baoxue \u2014 first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(720, 560)
        self.welcome_page = WelcomePage()
        self.school_page = SchoolDetailsPage()
        self.admin_page = AdminPage()
        self.key_page = KeyPage()
        self.summary_page = SummaryPage()
        self.demo_page = DemoPage()
        self.setPage(PAGE_WELCOME, self.welcome_page)
        self.setPage(PAGE_SCHOOL, self.school_page)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.setPage(PAGE_KEY, self.key_page)
        self.setPage(PAGE_SUMMARY, self.summary_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setStartId(PAGE_WELCOME)
        self.summary_page.setFinalPage(True)
        self.demo_page.setFinalPage(True)
        self.footer = hint_label(self.tr("Data folder: {path}").format(path=str(db.paths.root)))
        self.footer.setObjectName("dataDirLabel")
        self.welcome_page.layout().addWidget(self.footer)
        self.guard = TypedTextGuard(self)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            # Tab past the last field lands on Back: Enter still does the page's visible default (Next or
            # Finish), never Back; Space presses the focused button
            self.button(which).setAutoDefault(False)

    def branch(self) -> str:
        """The branch chosen on the welcome page: "school" or "demo" (a key of :data:`PATHS`)."""
        return self.welcome_page.branch()

    def nextId(self) -> int:
        """The page after the current one on the chosen branch; -1 on its last page (no Next, Finish is the default)."""
        path = PATHS[self.branch()]
        current = self.currentId()
        if current not in path:
            return -1
        at = path.index(current)
        return path[at + 1] if at + 1 < len(path) else -1

    # --- setting up a real school --------------------------------------------------------------

    def save_school(self) -> bool:
        """``setup_school`` in one transaction; an error is shown and nothing is saved."""
        if self.school_info is not None:  # saved already (the wizard is closing): never a second time
            return True
        if self.branch() != "school":
            return False
        v = self.school_page.values()
        a = self.admin_page
        username = a.username_edit.text().strip()
        try:
            with self.db.transaction() as session:
                self.school_info = school.setup_school(
                    session, code=v["code"], name=v["name"], county_code=v["county_code"],
                    county_name=v["county_name"], township=v["township"], address=v["address"],
                    phone=v["phone"], principal_name=v["principal_name"], admin_username=username,
                    admin_password=a.password_edit.text(), admin_display_name=a.display_edit.text(),
                    today=self.today)
                passphrase = self.key_page.passphrase()
                if passphrase is not None:  # in the same transaction: no school without the key asked for
                    create_key(session, actor_named(session, username), self.db.paths, passphrase)
                code = make_recovery_key(session, actor_named(session, username)) if self.db.encrypted else ""
        except BaoxueError as exc:
            show_error(self, str(exc), self.tr("The school was not saved"))
            return False
        self.result_database = self.db
        self.login_username = username
        self.recovery_code = code
        return True

    # --- the demo school --------------------------------------------------------------------------

    def start_demo(self) -> None:
        from app.demo import ensure_demo

        self.cancel_demo()
        self.result_database = None
        self.demo_info = None

        def work(progress):
            return ensure_demo(students=DEMO_STUDENTS, progress=progress)

        task = BackgroundTask(self, work, show_dialog=False)
        task.worker.progressed.connect(self.demo_page.on_progress)
        task.succeeded.connect(self._demo_built)
        task.failed.connect(self._demo_failed)
        task.done.connect(lambda t=task: self._tasks.remove(t) if t in self._tasks else None)
        self._task = task
        self._tasks.append(task)
        task.start()

    def cancel_demo(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
        self._task = None

    def forget_demo(self) -> None:
        """Back from the demo page: stop its build and let go of a demo already opened."""
        self.cancel_demo()
        if self.result_database is not None and self.result_database is not self.db:
            self.result_database.close()
        self.result_database = None
        self.demo_info = None
        self.login_username = ""

    def demo_running(self) -> bool:
        return any(t.is_running() for t in self._tasks)

    @Slot(object)
    def _demo_built(self, info) -> None:
        if self.sender() is not self._task:
            return  # a cancelled build that still finished
        try:
            db = open_database(DataPaths(Path(info.data_dir)))
        except DatabaseError as exc:
            self.demo_page.on_failed(str(exc))
            return
        self.demo_info = info
        self.result_database = db
        self.login_username = "admin"
        self.demo_page.on_ready(demo_accounts_text(info))

    @Slot(str, bool)
    def _demo_failed(self, message: str, _expected: bool) -> None:
        if self.sender() is not self._task:
            return
        self.demo_page.on_failed(message)

    # --- closing -----------------------------------------------------------------------------------

    def _wait_for_tasks(self) -> None:
        for t in list(self._tasks):
            t.cancel()
            t.thread.wait()

    def reject(self) -> None:
        """Esc, Cancel or the window's X: what was typed for the school is asked about first."""
        if self.result_database is None and self.guard.is_dirty() and not confirm_discard(self, self.tr(
                "The school's details you typed have not been saved. Close the first start and lose them?")):
            return
        self.cancel_demo()
        self._wait_for_tasks()
        if self.result_database is not None and self.result_database is not self.db:
            self.result_database.close()
        self.result_database = None
        super().reject()
