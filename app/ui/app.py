"""The GUI entry point: the application object, font, language, and the startup flow.

Startup, step by step (each step is a function so tests can drive it alone)::

    setup_application(lang)        QApplication + shipped Chinese font + translators + F1 (user guide)
    open_or_setup(data_dir)        open the database; no school yet → FirstRunWizard
                                   (which may switch to the demo school's database)
    open_demo()                    --demo: build/open the demo school with a progress dialog
    Startup.login()                LoginDialog → Actor
    Startup.show_main(actor)       MainWindow; "log out" comes back to the login

Every modal dialog is run through :func:`exec_dialog`, which tests replace to
drive the dialog's widgets instead of opening a real modal loop.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.data.db import Database, DatabaseError, DatabaseLocked, LockedDatabase, locked_database, open_database
from app.errors import BaoxueError
from app.paths import (
    APP_AUTHOR,
    APP_NAME,
    DataPaths,
    resolve_data_dir,
    resource,
    ui_settings_file,
)
from app.ui.widgets import error_text, set_shown_language

FONT_FILE = ("fonts", "wqy-microhei.ttc")
FONT_FAMILY = "WenQuanYi Micro Hei"
FONT_POINT_SIZE = 11
DEFAULT_LANG = "zh_CN"
LANGUAGES = ("zh_CN", "en")


# --- settings (ui.json in the user config dir) ---------------------------------------------


def settings_path() -> Path:
    return ui_settings_file()


def load_settings() -> dict[str, Any]:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(**values: Any) -> Path:
    """Merge ``values`` into ui.json (written atomically)."""
    path = settings_path()
    data = load_settings()
    data.update(values)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
    return path


def ui_language(lang: str | None = None) -> str:
    """``--lang`` wins, then ui.json, then Chinese."""
    for candidate in (lang, load_settings().get("lang")):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANG


# --- application, font, translators ---------------------------------------------------------


def load_font(point_size: int = FONT_POINT_SIZE) -> str:
    """Load the shipped font and make it the application font; returns the family ("" if it failed).

    Chinese must render on a machine without any Chinese font installed, so the
    font travels with the program.
    """
    family = ""
    font_id = QFontDatabase.addApplicationFont(str(resource(*FONT_FILE)))
    if font_id >= 0:
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = FONT_FAMILY if FONT_FAMILY in families else (families[0] if families else "")
    if family:
        font = QFont(family, point_size)
        QApplication.setFont(font)
    return family


def _qt_translations_dir() -> Path | None:
    candidates = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        base = Path(PySide6.__file__).resolve().parent
        candidates += [base / "Qt" / "translations", base / "translations"]
    except ImportError:  # pragma: no cover
        pass
    for c in candidates:
        if c.is_dir():
            return c
    return None


def translation_file(lang: str) -> Path | None:
    """The compiled translation of ``lang``: the shipped .qm, else one built now from the shipped .ts.

    A source checkout that never ran ``make translations`` (or a copy that lost its .qm) still
    starts in Chinese: Qt's ``lrelease`` ships with PySide6, so the .ts is compiled into the
    user's cache folder. None when neither works (the caller warns).
    """
    qm = resource("translations", f"baoxue_{lang}.qm")
    if qm.is_file():
        return qm
    ts = qm.with_suffix(".ts")
    if not ts.is_file() or getattr(sys, "frozen", False):
        return None
    import subprocess

    from app.ui.i18n import qt_tool

    out = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "translations" / qm.name
    if out.is_file() and out.stat().st_mtime >= ts.stat().st_mtime:
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)],
                              capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return None
    return out if done.returncode == 0 and out.is_file() else None


def install_translator(app: QApplication, lang: str) -> list[QTranslator]:
    """Install our translation (and Qt's own for its buttons) for ``lang``; English needs none.

    The translators are kept on the application object so they are not garbage-collected.
    """
    for old in getattr(app, "_baoxue_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if lang != "en":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        ours = QTranslator(app)
        qm = translation_file(lang)
        if qm is not None and ours.load(str(qm)):
            app.installTranslator(ours)
            installed.append(ours)
        else:  # never silently English: say so where a problem report will find it
            sys.stderr.write(f"警告:找不到界面翻译文件 baoxue_{lang}.qm(在 {resource('translations')}),"
                             "界面将显示为英文。请重新安装保学,或在源码目录运行 make translations。\n"
                             f"warning: the {lang} translation (baoxue_{lang}.qm) is missing; the interface is in English.\n")
        qt_dir = _qt_translations_dir()
        if qt_dir is not None:
            qtbase = QTranslator(app)
            if qtbase.load(f"qtbase_{lang}", str(qt_dir)):
                app.installTranslator(qtbase)
                installed.append(qtbase)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app._baoxue_translators = installed  # type: ignore[attr-defined]
    set_shown_language(lang)
    return installed


def setup_application(lang: str | None = None, argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named, with the shipped font and the translators."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Baoxue")
    app.setApplicationDisplayName("保学")
    app.setOrganizationName(APP_AUTHOR)
    from app import __version__

    app.setApplicationVersion(__version__)
    load_font()
    install_translator(app, ui_language(lang))
    from app.ui.guide_viewer import install_help_key

    install_help_key(app)  # F1 in any window opens the user guide at the part about it
    return app


# --- startup steps ---------------------------------------------------------------------------


def exec_dialog(dialog: QDialog) -> int:
    """Run a modal dialog. Tests replace this to drive the dialog without a modal loop."""
    return dialog.exec()


def open_db(root: Path, parent: QWidget | None = None) -> Database | LockedDatabase | None:
    """Open (and migrate) the database in ``root``; a problem → a message box and None.

    An encrypted database not opened in this process yet → :class:`LockedDatabase` (the login opens
    it). An older Baoxue's plain database is encrypted here first (a plain copy kept in backups/)."""
    from app.instance_lock import FolderInUse, lock_folder
    from app.ui.widgets import show_error

    try:
        lock_folder(Path(root))  # held until the program ends: a second copy is told, not let in
    except FolderInUse as exc:
        show_error(parent, error_text(exc), QCoreApplication.translate("Startup", "Baoxue is already open"))
        return None
    from app.data.db import DatabaseTooNew

    paths = DataPaths(Path(root))
    while True:
        try:
            db = open_database(paths)
            _recover_files(db)
            return db
        except DatabaseLocked:
            return locked_database(paths)
        except DatabaseTooNew as exc:
            show_error(parent, error_text(exc), QCoreApplication.translate("Startup", "Cannot open the database"))
            return None
        except DatabaseError as exc:  # damaged: the backups folder is the way out, offered here
            from app.ui.restore_dialog import offer_restore, restore_flow

            if not offer_restore(parent, error_text(exc)):
                return None
            restore_flow(parent, paths)  # refused or cancelled: the same question again


def _recover_files(db: Database) -> None:
    """Finish or clean up the numbered files a crash cut off (app.numbered_files); what was done is logged."""
    import logging

    from app.numbered_files import recover

    try:
        recover(db)
    except (BaoxueError, OSError):  # never keeps the school from opening; tried again before each export
        logging.getLogger(__name__).exception("could not reconcile the numbered files")


def school_is_set_up(db: Database | LockedDatabase) -> bool:
    from app.school import is_set_up

    if isinstance(db, LockedDatabase):
        return True  # someone can open it: its first account came with the school

    with db.session() as session:
        return is_set_up(session)


def open_or_setup(data_dir: str | Path | None, parent: QWidget | None = None) -> tuple[Database, str] | None:
    """Open the school's database; with no school yet, run the first-run wizard.

    Returns (database, username to pre-fill in the login) or None when the user
    gave up (the error was already shown). The wizard may hand back the demo
    school's database instead of the real (still empty) one.
    """
    from app.paths import needs_location_choice

    if needs_location_choice(data_dir):  # first start: only this Windows user, or everyone on this PC?
        from app.ui.data_folder import DataFolderDialog

        choice = DataFolderDialog(parent)
        accepted = exec_dialog(choice) == QDialog.DialogCode.Accepted
        choice.deleteLater()
        if not accepted:
            return None
    db = open_db(resolve_data_dir(data_dir), parent)
    if db is None:
        return None
    if school_is_set_up(db):
        return db, ""
    from app.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(db, parent)
    accepted = exec_dialog(wizard) == QDialog.DialogCode.Accepted
    chosen, username = wizard.result_database, wizard.login_username
    wizard.deleteLater()
    if not accepted or chosen is None:
        if chosen is not None and chosen is not db:
            chosen.close()
        db.close()
        return None
    if chosen is not db:
        db.close()  # the demo school was chosen: the real data directory stays empty
    elif wizard.recovery_code:
        show_recovery_key(chosen, wizard.recovery_code, parent)
    return chosen, username


def show_recovery_key(db: Database, code: str, parent: QWidget | None = None) -> None:
    """The recovery key just made, shown once with "Save as PDF…"."""
    from app.school import get_school
    from app.ui.recovery_dialog import RecoveryKeyDialog

    with db.session() as session:
        info = get_school(session)
    dialog = RecoveryKeyDialog(db.paths, code, info.name if info else "", info.code if info else "", parent)
    exec_dialog(dialog)
    dialog.deleteLater()


def offer_recovery_key(db: Database, actor, parent: QWidget | None = None) -> bool:
    """A database encrypted from an older plain one has no recovery key yet: the principal or the admin is
    asked to make it now (the others are not). True when one was made."""
    from app import accounts
    from app.ui.widgets import confirm

    if not db.encrypted or not actor.has("recovery.key"):
        return False
    with db.session() as session:
        if accounts.has_recovery_key(session):
            return False
    if not confirm(parent, QCoreApplication.translate(
            "Startup", "The school's database is encrypted, but it has no recovery key yet: if every password "
                       "were forgotten, nobody could open it. Make the recovery key now and print it for the principal?"),
            QCoreApplication.translate("Startup", "Recovery key")):
        return False
    with db.transaction() as session:
        code = accounts.make_recovery_key(session, actor)
    show_recovery_key(db, code, parent)
    return True


def build_demo_with_progress(parent: QWidget | None = None):
    """``ensure_demo()`` on a worker with a progress dialog; returns DemoInfo or None (error shown)."""
    from app.demo import ensure_demo
    from app.ui.widgets import run_and_wait

    ok, info = run_and_wait(parent, lambda progress: ensure_demo(students=600, progress=progress),
                            title=QCoreApplication.translate("Startup", "Demo school"),
                            label=QCoreApplication.translate("Startup", "Preparing the demo school (600 sample students)\u2026"),
                            cancellable=True)
    return info if ok else None


def open_demo(parent: QWidget | None = None) -> Database | None:
    """--demo: build the demo school if missing, tell the accounts, open its database."""
    from app.ui.widgets import show_info
    from app.ui.wizard import demo_accounts_text

    info = build_demo_with_progress(parent)
    if info is None:
        return None
    show_info(parent, demo_accounts_text(info), QCoreApplication.translate("Startup", "Demo school"))
    return open_db(Path(info.data_dir), parent)


def refresh_alerts(db: Database, today: date | None = None) -> None:
    """Work the absence alerts out again at start: days passed since the program last ran."""
    from app.accounts import SYSTEM
    from app.attendance import alerts

    with db.transaction() as session:
        alerts.recompute_all(session, today or date.today(), actor=SYSTEM)


def run_automatic_backup(db: Database, parent: QWidget | None = None, *, reason: str = "auto",
                         show_progress: bool = True) -> str:
    """An automatic backup of ``db``'s folder (kept by the retention rule, copied to the second folder).

    Returns a note for the status bar ("" when all went well); a failure in the data folder itself
    is shown, since it means there is no fresh backup.
    """
    import logging

    from app import backup
    from app.ui.widgets import run_and_wait, show_error

    try:
        with db.session() as session:
            mirror = backup.mirror_folder(session)
    except Exception:  # noqa: BLE001 - a backup must still be made when the setting cannot be read
        logging.getLogger(__name__).warning("second backup folder not read", exc_info=True)
        mirror = ""
    title = QCoreApplication.translate("Startup", "Automatic backup")
    work = lambda _progress: backup.automatic_backup(db.paths, mirror_dir=mirror, reason=reason)  # noqa: E731
    if show_progress:
        ok, result = run_and_wait(parent, work, title=title,
                                  label=QCoreApplication.translate("Startup", "Backing up the school's data\u2026"))
    else:
        try:
            ok, result = True, work(None)
        except BaoxueError as exc:
            show_error(parent, error_text(exc), title)
            ok, result = False, None
    if not ok:
        return QCoreApplication.translate("Startup", "The automatic backup failed: see the message shown.")
    return result.mirror_error if result is not None else ""


class Startup(QObject):
    """Open → (wizard) → login → main window, and back to the login after "log out"."""

    #: emitted with the new main window each time one is shown
    window_shown = Signal(object)

    def __init__(self, data_dir: str | None = None, *, demo: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.demo = demo
        self.db: Database | None = None
        self.username_hint = ""
        self.window = None
        self.ctx = None
        self.backup_note = ""  # said in the main window's status bar (a second backup folder not reachable)
        self.logged_in = False

    def open(self) -> bool:
        if self.demo:
            self.db = open_demo()
            self.username_hint = "admin"
        else:
            opened = open_or_setup(self.data_dir)
            if opened is not None:
                self.db, self.username_hint = opened
        if isinstance(self.db, Database):
            self._opened()
        return self.db is not None

    def _opened(self) -> None:
        """The database is open: alerts worked out again, and the day's first backup."""
        from app import backup
        from app.ui.error_dialog import register_database

        if not isinstance(self.db, Database):
            return

        register_database(self.db)
        refresh_alerts(self.db)
        if backup.daily_backup_due(self.db.paths):
            self.backup_note = run_automatic_backup(self.db)

    def login(self):
        """The login dialog; returns the Actor or None when cancelled."""
        from app.ui.login import LoginDialog

        dialog = LoginDialog(self.db, username=self.username_hint)
        accepted = exec_dialog(dialog) == QDialog.DialogCode.Accepted
        actor = dialog.actor if accepted else None
        if isinstance(dialog.db, Database) and dialog.db is not self.db:  # the password opened the encrypted database
            self.db = dialog.db
            self._opened()
        dialog.deleteLater()
        return actor

    def show_main(self, actor):
        from app.ui.context import AppContext
        from app.ui.main_window import MainWindow

        self.ctx = AppContext(self.db, actor)
        self.window = MainWindow(self.ctx)
        self.window.logout_requested.connect(self._relogin)
        self.window.restored.connect(self._reopen)
        self.logged_in = True
        self.window.show()
        if self.backup_note:
            self.window.show_note(self.backup_note)
            self.backup_note = ""
        self.window_shown.emit(self.window)
        offer_recovery_key(self.db, actor, self.window)
        return self.window

    def _reopen(self, _result=None) -> None:
        """A backup was restored: the database is opened again (its engine was closed) and everyone logs in anew."""
        root = self.db.paths.root
        self.db.close()
        self.db = open_db(root, self.window)
        if self.db is None:
            QApplication.instance().quit()
            return
        if isinstance(self.db, Database):
            from app.ui.error_dialog import register_database

            register_database(self.db)
            refresh_alerts(self.db)
        self._relogin()

    def _relogin(self) -> None:
        app = QApplication.instance()
        old = self.window
        self.username_hint = ""
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the main window goes away before the login shows
        try:
            if old is not None:
                old.close()
                old.deleteLater()
            self.window = None
            actor = self.login()
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)
        if actor is None:
            app.quit()
            return
        self.show_main(actor)

    def close(self) -> None:
        if isinstance(self.db, LockedDatabase):  # nobody logged in: nothing was opened
            self.db = None
        if self.db is not None:
            if self.logged_in:  # the backup on exit (someone worked: the day's last state is kept)
                run_automatic_backup(self.db, show_progress=False)
            self.db.close()
            self.db = None

    def run(self, app: QApplication) -> int:
        try:
            if not self.open():
                return 1
            actor = self.login()
            if actor is None:
                return 0
            self.show_main(actor)
            return app.exec()
        finally:
            self.close()


def smoke_report(app: QApplication) -> dict[str, Any]:
    """What a started program shows: its translators, language and visible windows (for the frozen smoke test)."""
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    return {
        "translators": len(getattr(app, "_baoxue_translators", [])),
        "welcome": QCoreApplication.translate("WelcomePage", "Welcome to Baoxue"),
        "font": QApplication.font().family(),
        "windows": titles,
    }


def _smoke_exit(app: QApplication) -> None:
    import os

    sys.stdout.write(json.dumps(smoke_report(app), ensure_ascii=False) + "\n")
    sys.stdout.flush()
    os._exit(0)


def main_gui(data_dir: str | None = None, lang: str | None = None, *, demo: bool = False,
             smoke_exit_ms: int | None = None, county: str | None = None) -> int:
    """``baoxue`` without a subcommand: the whole desktop program. Returns the exit code.

    ``county`` (``--county URL``): the county's window on that county database (:mod:`app.ui.county_window`)
    instead of a school. ``smoke_exit_ms`` (the hidden ``--smoke-exit-after-ms``): after that long, print
    :func:`smoke_report` as JSON and leave — the frozen build's smoke test starts the window so.
    """
    from app.logs import configure_logging
    from app.ui.error_dialog import install_exception_hooks

    configure_logging()  # done already by the command line; here for a direct call
    app = setup_application(lang)
    install_exception_hooks()
    if smoke_exit_ms is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(smoke_exit_ms, lambda: _smoke_exit(app))
    if county:  # the county's data: its own simple window, no school, no login
        from app.ui.county_window import open_county_window

        try:
            window = open_county_window(county)
        except BaoxueError as exc:
            from app.ui.widgets import show_error

            show_error(None, error_text(exc))
            return 1
        window.show()
        return app.exec()
    startup = Startup(data_dir, demo=demo)
    try:
        return startup.run(app)
    except BaoxueError as exc:  # a service refusal that escaped a window: show it, exit cleanly
        from app.ui.widgets import show_error

        show_error(None, error_text(exc))
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main_gui())
