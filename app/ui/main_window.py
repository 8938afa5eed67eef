"""The main window: a navigation list on the left, the chosen page on the right.

Pages are listed once in :data:`NAV_ENTRIES`; a later feature (roll call,
alerts, approvals, mentors, printing, ...) adds one :class:`NavEntry` there
with the permission it needs, and the window shows it only to users who hold
that permission. Pages are built the first time they are shown.
"""

from __future__ import annotations

import gc
import importlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, SIGNAL, QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.changes import ACCOUNTS, APPROVALS, ATTENDANCE, ChangeSet, POLICY, SCHOOL, STUDENTS
from app.errors import BaoxueError
from app.access import ROLES
from app.ui.fitting import narrow_combos, wrap_lists
from app.ui.widgets import (documents_dir, fit_to_screen, hint_label, labels_text, open_modal, save_path, show_error,
                            show_info, show_unexpected, title_label)
from app.ui.workers import BackgroundTask

# --- the navigation registry -----------------------------------------------------------------


@dataclass(frozen=True)
class NavEntry:
    """One page of the main window.

    ``title_source`` is the English source text, marked with QT_TRANSLATE_NOOP
    in the "MainWindow" context and translated when shown. ``permission`` is
    None for a page everyone sees. ``factory(ctx, window)`` builds the page.
    ``guide`` is the topic of the user guide that F1 opens on it.
    """

    key: str
    title_source: str
    permission: str | None
    factory: Callable[..., QWidget]
    icon: QStyle.StandardPixmap | None = None
    tooltip_source: str = ""
    #: the user guide's topic F1 opens on this page (app.guide: "roll-call", "first-start#accounts", ...)
    guide: str = ""


class PlaceholderPage(QWidget):
    """Stands in for a page whose module is not installed yet."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PlaceholderPage")
        label = title_label(text, grow=2)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(1)


class ImportPage(QWidget):
    """导入名册: what to prepare, and the button that opens the import window."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ImportPage")
        self.dialog = None
        self.open_button = QPushButton(self.tr("Choose a file and import\u2026"))
        self.open_button.setObjectName("openImport")
        self.open_button.setMinimumHeight(48)
        font = QFont(self.open_button.font())
        font.setPointSizeF(font.pointSizeF() + 2)
        self.open_button.setFont(font)
        self.open_button.clicked.connect(self.open_import)
        self.missing_label = QLabel(self.tr("The import window is not available in this version yet."))
        self.missing_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Import a student list")))
        steps = QLabel(self.tr(
            "1. Download the template from the import window and fill it in with Excel or WPS "
            "(or use the list exported from the national student registry system).\n"
            "2. Choose the file: it is checked first, and every problem is listed with its row.\n"
            "3. Nothing is saved until you press Import; then either every row is saved or none is."))
        steps.setWordWrap(True)  # a longer translation wraps instead of widening the window
        layout.addWidget(steps)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.missing_label)
        layout.addStretch(1)

    @Slot()
    def open_import(self):
        try:
            from app.ui.import_dialog import ImportDialog
        except ImportError:
            self.missing_label.setVisible(True)
            self.open_button.setEnabled(False)
            return None
        self.dialog = open_modal(ImportDialog(self.ctx, self.window()))
        return self.dialog


def _registry_page(ctx, window) -> QWidget:
    try:
        from app.ui.registry import RegistryPage
    except ImportError:
        return PlaceholderPage(QCoreApplication.translate("MainWindow", "The student registry is not available "
                                                                        "in this version yet."))
    return RegistryPage(ctx)


def _import_page(ctx, window) -> QWidget:
    return ImportPage(ctx)


def lazy_page(module: str, name: str, *, with_window: bool = True) -> Callable[..., QWidget]:
    """The factory of a page that imports ``module`` when the page is first opened (the window starts without
    it): ``module.name(ctx, window)``, or ``module.name(ctx)`` when not ``with_window``."""

    def factory(ctx, window) -> QWidget:
        build = getattr(importlib.import_module(module), name)
        return build(ctx, window) if with_window else build(ctx)

    return factory


_audit_page = lazy_page("app.ui.audit_window", "AuditPage", with_window=False)
_accounts_page = lazy_page("app.ui.accounts_page", "AccountsPage", with_window=False)
_school_page = lazy_page("app.ui.school_page", "SchoolPage", with_window=False)
_roll_call_page = lazy_page("app.ui.roll_call_page", "roll_call_page")
_alerts_page = lazy_page("app.ui.cases_page", "cases_page")
_risk_page = lazy_page("app.ui.risk_page", "risk_page")
_weekly_page = lazy_page("app.ui.weekly_page", "weekly_page")
_mentors_page = lazy_page("app.ui.mentors_page", "mentors_page")
_approvals_page = lazy_page("app.ui.approvals_page", "approvals_page")
_documents_page = lazy_page("app.ui.documents_page", "documents_page")
_exchange_page = lazy_page("app.ui.exchange_page", "exchange_page")
_settings_page = lazy_page("app.ui.settings_page", "SettingsPage", with_window=False)
_monthly_page = lazy_page("app.ui.monthly_page", "MonthlyPage", with_window=False)


SP = QStyle.StandardPixmap
NAV_ENTRIES: list[NavEntry] = [
    NavEntry("roll_call", QT_TRANSLATE_NOOP("MainWindow", "Roll call"), "alerts.view", _roll_call_page,
             SP.SP_DialogApplyButton, QT_TRANSLATE_NOOP("MainWindow", "Take today's roll call"),
             guide="roll-call"),
    NavEntry("alerts", QT_TRANSLATE_NOOP("MainWindow", "Absence alerts"), "alerts.view", _alerts_page,
             SP.SP_MessageBoxWarning, QT_TRANSLATE_NOOP("MainWindow", "Students absent without reason and "
                                                                      "their case files"),
             guide="case"),
    NavEntry("approvals", QT_TRANSLATE_NOOP("MainWindow", "Approvals"), None, _approvals_page,
             SP.SP_DialogYesButton, QT_TRANSLATE_NOOP("MainWindow", "Leave, suspension, transfer, borrow-study, "
                                                                    "dropout: requests and what waits for you"),
             guide="approvals"),
    NavEntry("risk", QT_TRANSLATE_NOOP("MainWindow", "Early warning"), "alerts.view", _risk_page,
             SP.SP_MessageBoxInformation, QT_TRANSLATE_NOOP("MainWindow", "Risk points of each student, "
                                                                         "with the rules and records behind them"),
             guide="case#early-warning"),
    NavEntry("mentors", QT_TRANSLATE_NOOP("MainWindow", "Mentors"), "alerts.view", _mentors_page,
             SP.SP_DirLinkIcon, QT_TRANSLATE_NOOP("MainWindow", "Each teacher's mentees and their plans"),
             guide="mentors"),
    NavEntry("weekly", QT_TRANSLATE_NOOP("MainWindow", "Weekly report"), "alerts.view", _weekly_page,
             SP.SP_FileDialogListView, QT_TRANSLATE_NOOP("MainWindow", "The figures for the county: alerts, "
                                                                       "home visits, dropouts, children back"),
             guide="county#weekly"),
    NavEntry("documents", QT_TRANSLATE_NOOP("MainWindow", "Print"), None, _documents_page,
             SP.SP_FileIcon, QT_TRANSLATE_NOOP("MainWindow", "Responsibility pledges and their return, "
                                                             "official forms"),
             guide="printing"),
    NavEntry("registry", QT_TRANSLATE_NOOP("MainWindow", "Student registry"), None, _registry_page,
             SP.SP_FileDialogDetailedView, QT_TRANSLATE_NOOP("MainWindow", "Find, add and change students"),
             guide="first-start#registry"),
    NavEntry("import", QT_TRANSLATE_NOOP("MainWindow", "Import roster"), "roster.import", _import_page,
             SP.SP_ArrowDown, QT_TRANSLATE_NOOP("MainWindow", "Bring in a student list from Excel"),
             guide="first-start#import"),
    NavEntry("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit log"), "audit.view", _audit_page,
             SP.SP_FileDialogContentsView, QT_TRANSLATE_NOOP("MainWindow", "Who changed what, and when"),
             guide="first-start#audit"),
    NavEntry("accounts", QT_TRANSLATE_NOOP("MainWindow", "Accounts"), "account.manage", _accounts_page,
             SP.SP_DirHomeIcon, QT_TRANSLATE_NOOP("MainWindow", "Logins of teachers and staff"),
             guide="first-start#accounts"),
    NavEntry("school", QT_TRANSLATE_NOOP("MainWindow", "School"), "school.manage", _school_page,
             SP.SP_ComputerIcon, QT_TRANSLATE_NOOP("MainWindow", "School details, classes, staff, school years"),
             guide="first-start#school"),
    NavEntry("exchange", QT_TRANSLATE_NOOP("MainWindow", "County bundles"), "exchange.export", _exchange_page,
             SP.SP_DriveFDIcon, QT_TRANSLATE_NOOP("MainWindow", "The school's signing key and the signed data "
                                                                "for the county"),
             guide="county"),
    NavEntry("monthly", QT_TRANSLATE_NOOP("MainWindow", "Monthly report"), "documents.print_all", _monthly_page,
             SP.SP_FileDialogDetailedView, QT_TRANSLATE_NOOP("MainWindow", "The monthly ledgers of the 2024 rule: "
                                                                           "suspected dropouts, dropouts, persuasion"),
             guide="county#monthly"),
    NavEntry("settings", QT_TRANSLATE_NOOP("MainWindow", "Policy and calendar"), "settings.view", _settings_page,
             SP.SP_FileDialogInfoView, QT_TRANSLATE_NOOP("MainWindow", "Thresholds of the absence rules, "
                                                                       "school days and closures"),
             guide="first-start#settings"),
]

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}  # shown in their own language, never translated


def entries_for(actor, entries: list[NavEntry] | None = None) -> list[NavEntry]:
    """The pages this user may see, in order."""
    return [e for e in (NAV_ENTRIES if entries is None else entries)
            if e.permission is None or actor.has(e.permission)]


# --- the window ----------------------------------------------------------------------------------


_startup_frozen = False


def _freeze_startup_objects() -> None:
    """Once per process, when the first main window shows: what exists then (modules, the ORM's mappers, Qt's
    wrappers: ~125,000 objects) lives as long as the program, so it is kept out of the cyclic collector, whose
    full passes over it paused whichever page was opening when one fell due (~100 ms on a 5,000-pupil school,
    bench/startup.py)."""
    global _startup_frozen
    if not _startup_frozen:
        _startup_frozen = True
        gc.freeze()


class MainWindow(QMainWindow):

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SCHOOL | APPROVALS | STUDENTS | ATTENDANCE | POLICY | ACCOUNTS
    #: the user chose Account → Log out (the startup shows the login again)
    logout_requested = Signal()
    #: emitted with the key whenever another page is shown
    page_changed = Signal(str)
    #: a backup was restored into the data folder (with the RestoreResult): the startup reopens the
    #: database and shows the login again
    restored = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None, *, entries: list[NavEntry] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.entries = entries_for(ctx.actor, entries)
        self._pages: dict[str, QWidget] = {}
        self._frames: dict[str, QScrollArea] = {}  # each page inside its scrolling frame
        self._tasks: list[BackgroundTask] = []
        self._dialog = None
        self.school = None

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setSpacing(1)
        nav_font = QFont(self.nav.font())
        nav_font.setPointSizeF(nav_font.pointSizeF() + 3)
        self.nav.setFont(nav_font)
        self.nav.setStyleSheet("QListWidget::item { padding: 4px 6px; }")  # 15 pages fit a 768-pixel screen
        for n, entry in enumerate(self.entries, start=1):
            item = QListWidgetItem(self.title_of(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            if entry.icon is not None:
                item.setIcon(self.style().standardIcon(entry.icon))
            tip = QCoreApplication.translate("MainWindow", entry.tooltip_source) if entry.tooltip_source else ""
            if n <= 9:
                tip = (tip + "  " if tip else "") + f"(Ctrl+{n})"
            item.setToolTip(tip)
            self.nav.addItem(item)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_nav()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.nav.currentRowChanged.connect(self._on_nav_row)
        # Enter (or a click) on a page's name puts the keyboard into that page; arrows keep browsing the list
        self.nav.itemActivated.connect(lambda _item: self.focus_page())
        self.nav.itemClicked.connect(lambda _item: self.focus_page())
        self._focused_once = False

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._badges: dict[str, int] = {}
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self.refresh_school()
        self.refresh_badges()
        ctx.changed.connect(self._on_changed)
        fit_to_screen(self, 1280, 800)  # a 1366×768 laptop shows all of it, status bar included
        if self.entries:
            self.nav.setCurrentRow(0)

    # --- pages ---------------------------------------------------------------------------------

    @staticmethod
    def title_of(entry: NavEntry) -> str:
        return QCoreApplication.translate("MainWindow", entry.title_source)

    def visible_keys(self) -> list[str]:
        return [e.key for e in self.entries]

    def _entry(self, key: str) -> NavEntry | None:
        return next((e for e in self.entries if e.key == key), None)

    def page(self, key: str) -> QWidget | None:
        """The page widget for ``key`` (built on first use); None if this user may not see it."""
        if key in self._pages:
            return self._pages[key]
        entry = self._entry(key)
        if entry is None:
            return None
        widget = entry.factory(self.ctx, self)
        widget.setProperty("navKey", key)
        narrow_combos(widget)  # no drop-down forces the page wider than the laptop for its longest item
        wrap_lists(widget)  # nor a list's longest line
        self._pages[key] = widget
        # a page taller than a 1366×768 laptop's window scrolls instead of forcing the window past the
        # screen (the stack would otherwise be as large as its largest page)
        frame = QScrollArea()
        frame.setObjectName(f"pageFrame_{key}")
        frame.setWidgetResizable(True)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setWidget(widget)
        frame.setFocusProxy(widget)
        self._frames[key] = frame
        self.stack.addWidget(frame)
        return widget

    def current_page(self) -> QWidget | None:
        """The page shown now (inside its scrolling frame)."""
        frame = self.stack.currentWidget()
        return frame.widget() if isinstance(frame, QScrollArea) else frame

    def show_page(self, key: str) -> QWidget | None:
        entry = self._entry(key)
        if entry is None:
            return None
        row = self.entries.index(entry)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # → _on_nav_row
        else:
            self._on_nav_row(row)
        return self._pages.get(key)

    def focus_page(self) -> None:
        """Give the keyboard to the current page (its focus proxy: the roll call's roster, ...)."""
        widget = self.current_page()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._focused_once:  # after login the first page has the keyboard (the roll call: type marks at once)
            self._focused_once = True
            self.focus_page()
            _freeze_startup_objects()

    def current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.entries[row].key if 0 <= row < len(self.entries) else None

    @Slot(int)
    def _on_nav_row(self, row: int) -> None:
        if not (0 <= row < len(self.entries)):
            return
        key = self.entries[row].key
        current = self.current_page()
        if current is not None and not self._may_leave(current):
            back = next((i for i, e in enumerate(self.entries) if self._pages.get(e.key) is current), None)
            if back is not None:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(back)
                self.nav.blockSignals(False)
            return
        widget = self.page(key)
        if widget is not None and self.current_page() is not widget:
            self.stack.setCurrentWidget(self._frames[key])  # the page's scrolling frame
            self.page_changed.emit(key)

    @staticmethod
    def _may_leave(page: QWidget) -> bool:
        """A page with unsaved work (the roll call) asks before it is left; ``maybe_discard`` says yes or no."""
        ask = getattr(page, "maybe_discard", None)
        return True if ask is None else bool(ask())

    def _pages_may_close(self) -> bool:
        return all(self._may_leave(p) for p in self._pages.values())

    @Slot()
    def focus_search(self) -> None:
        """Ctrl+F: the registry, with the cursor in its search box."""
        page = self.show_page("registry")
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    # --- status bar -------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        actor = self.ctx.actor
        self.user_label = QLabel(self.tr("{name} ({roles})").format(
            name=actor.display_name or actor.username,
            roles=labels_text("role", [r for r in ROLES if r in actor.roles], ROLES)))
        self.user_label.setObjectName("statusUser")
        self.school_label = QLabel()
        self.school_label.setObjectName("statusSchool")
        self.demo_badge = QLabel(self.tr("DEMO SCHOOL"))
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setStyleSheet("color: #ffffff; background: #c0392b; padding: 1px 8px; "
                                      "border-radius: 3px; font-weight: bold;")
        self.demo_badge.setVisible(False)
        self.data_dir_label = hint_label(self.tr("Data: {path}").format(path=str(self.ctx.db.paths.root)))
        self.data_dir_label.setObjectName("statusDataDir")
        self.data_dir_label.setWordWrap(False)
        bar.addWidget(self.user_label)
        bar.addWidget(self.school_label)
        bar.addWidget(self.demo_badge)
        bar.addPermanentWidget(self.data_dir_label)

    def refresh_school(self) -> None:
        from app.school import get_school

        self.school = self.ctx.read(get_school)
        name = self.school.name if self.school else ""
        self.setWindowTitle(f"保学 Baoxue \u2014 {name}" if name else "保学 Baoxue")
        self.school_label.setText(name)
        self.demo_badge.setVisible(bool(self.school and self.school.is_demo))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(SCHOOL):
            self.refresh_school()
        if changes.touches(APPROVALS | STUDENTS | ATTENDANCE | POLICY | ACCOUNTS):
            self.refresh_badges()

    # --- counts in the navigation ------------------------------------------------------------------

    def set_badge(self, key: str, count: int) -> None:
        """Show ``count`` after a page's title in the navigation ("审批 (3)"); 0 shows the title alone."""
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                title = self.title_of(entry)
                item = self.nav.item(row)
                item.setText(f"{title} ({count})" if count else title)
                font = item.font()
                font.setBold(bool(count))
                item.setFont(font)
                self._badges[key] = count
                self._fit_nav()
                return

    def _fit_nav(self) -> None:
        """The navigation as wide as its longest name with its count, in the user's language: never cut."""
        extra = 2 * self.nav.frameWidth() + self.nav.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 8
        self.nav.setFixedWidth(min(max(200, self.nav.sizeHintForColumn(0) + extra), 330))

    def badge(self, key: str) -> int:
        return self._badges.get(key, 0)

    def refresh_badges(self) -> None:
        """What waits for this user: requests to approve or report (from the approvals inbox)."""
        if "approvals" not in self.visible_keys():
            return
        from app import approvals

        try:
            count = self.ctx.read(approvals.badge_count, self.ctx.actor)
        except BaoxueError:
            count = 0
        self.set_badge("approvals", count)

    # --- actions and menus ------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, *, enabled: bool = True, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(enabled)
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        actor = self.ctx.actor
        self.page_actions: list[QAction] = []
        for n, entry in enumerate(self.entries[:9], start=1):
            act = self._action(self.title_of(entry), lambda k=entry.key: self.show_page(k), f"Ctrl+{n}",
                               name=f"page_{entry.key}")
            self.page_actions.append(act)
        self.find_action = self._action(self.tr("Find a student"), self.focus_search, QKeySequence.StandardKey.Find,
                                        name="findAction")
        can_export = actor.has("roster.export")
        self.import_action = self._action(self.tr("Import roster\u2026"), self._open_import, "Ctrl+I",
                                          enabled=actor.has("roster.import"), name="importAction")
        self.export_action = self._action(self.tr("Export roster\u2026"), self.export_roster, "Ctrl+Shift+E",
                                          enabled=can_export, name="exportAction")
        # a backup is a full copy of every record: those who may take the roster out may take it
        self.backup_action = self._action(self.tr("Back up\u2026"), self.backup_database,
                                          enabled=actor.has("backup.create"), name="backupAction")
        self.restore_action = self._action(self.tr("Restore from a backup\u2026"), self.restore_backup,
                                           enabled=actor.has("backup.restore"), name="restoreAction")
        self.log_folder_action = self._action(self.tr("Open the log folder"), self.open_log_folder,
                                              name="logFolderAction")
        self.report_action = self._action(self.tr("Save a problem report\u2026"), self.save_problem_report,
                                          name="problemReportAction")
        self.quit_action = self._action(self.tr("Quit"), self.close, "Ctrl+Q", name="quitAction")
        self.password_action = self._action(self.tr("Change my password\u2026"), self.change_password,
                                            name="passwordAction")
        self.logout_action = self._action(self.tr("Log out"), self.logout, "Ctrl+L", name="logoutAction")
        self.guide_action = self._action(self.tr("User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents,
                                         name="guideAction")
        self.about_action = self._action(self.tr("About Baoxue"), self.about, name="aboutAction")
        from app.ui.app import ui_language

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = ui_language()
        for lang, label in LANGUAGE_NAMES.items():
            act = QAction(label, self)
            act.setCheckable(True)
            act.setChecked(lang == current)
            act.triggered.connect(lambda _c=False, lg=lang: self.set_language(lg))
            self.language_group.addAction(act)
            self.language_actions[lang] = act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        if self.ctx.actor.has("roster.import"):
            file_menu.addAction(self.import_action)
        if self.ctx.actor.has("roster.export"):
            file_menu.addAction(self.export_action)
        if self.ctx.actor.has("backup.create") or self.ctx.actor.has("backup.restore"):
            file_menu.addSeparator()
            if self.ctx.actor.has("backup.create"):
                file_menu.addAction(self.backup_action)
            if self.ctx.actor.has("backup.restore"):
                file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        for act in self.page_actions:
            go_menu.addAction(act)
        go_menu.addSeparator()
        go_menu.addAction(self.find_action)
        account_menu = bar.addMenu(self.tr("&Account"))
        account_menu.addAction(self.password_action)
        account_menu.addAction(self.logout_action)
        language_menu = bar.addMenu(self.tr("&Language"))
        for act in self.language_actions.values():
            language_menu.addAction(act)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu = help_menu
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.log_folder_action)
        help_menu.addAction(self.report_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    # --- file -----------------------------------------------------------------------------------------

    def _open_import(self):
        page = self.show_page("import")
        return page.open_import() if isinstance(page, ImportPage) else None

    def _run_task(self, fn, *, title: str, label: str, on_success) -> BackgroundTask:
        task = BackgroundTask(self, fn, title=title, label=label, cancellable=False)
        task.succeeded.connect(on_success)
        task.failed.connect(lambda message, expected: show_error(self, message, title) if expected
                            else show_unexpected(self, message))
        task.done.connect(lambda t=task: self._tasks.remove(t) if t in self._tasks else None)
        self._tasks.append(task)
        task.start()
        return task

    @Slot()
    def export_roster(self, path: str | Path | None = None) -> BackgroundTask | None:
        """File → Export roster: choose a file, then write it on a worker (the window stays responsive)."""
        from app.students import roster_export

        path = save_path(self, path, title=self.tr("Export roster"), suffix=".xlsx",
                         suggested=documents_dir() / self.tr("roster-{date}.xlsx").format(
                             date=datetime.now().strftime("%Y%m%d")),
                         file_filter=self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return None
        ctx = self.ctx
        return self._run_task(
            lambda _progress: ctx.run(roster_export.export_roster, path),
            title=self.tr("Export roster"), label=self.tr("Writing the roster\u2026"),
            on_success=lambda n: show_info(self, self.tr("{n} students were written to:\n{path}").format(
                n=n, path=str(path)), self.tr("Export roster")))

    @Slot()
    def backup_database(self, path: str | Path | None = None) -> BackgroundTask | None:
        """File → Back up: the whole school (database, scanned proof, signing key) in one file the user chooses."""
        from app import backup

        code = self.school.code if self.school else "school"
        path = save_path(self, path, title=self.tr("Back up"), suffix=".zip",
                         suggested=documents_dir() / backup.backup_name(code, datetime.now()),
                         file_filter=self.tr("Baoxue backup (*.zip)"))
        if path is None:
            return None
        ctx = self.ctx

        def work(_progress):
            info = backup.create_backup(ctx.db.paths, path, actor=ctx.actor)
            ctx.run(backup.record_manual_backup, info)
            return info

        return self._run_task(
            work, title=self.tr("Back up"), label=self.tr("Writing the backup\u2026"),
            on_success=lambda info: show_info(self, self.tr(
                "The backup was saved and checked:\n{path}\n\nIt holds the database, the scanned proof and the "
                "signing key. Keep it somewhere safe, e.g. on a USB stick locked away: it holds every student's "
                "personal data.").format(path=str(info.path)), self.tr("Back up")))

    @Slot()
    def restore_backup(self, path: str | Path | None = None):
        """File → Restore from a backup: check, confirm, keep a copy of the current data, replace it whole."""
        from app.ui.restore_dialog import restore_flow

        if self.tasks_running():
            show_info(self, self.tr("Please wait until the current task has finished."), self.tr("Baoxue"))
            return None
        if not self._pages_may_close():
            return None
        result = restore_flow(self, self.ctx.db.paths, db=self.ctx.db, actor=self.ctx.actor, path=path)
        if result is None:
            return None
        lines = [self.tr("The backup of {date} was restored.").format(date=f"{result.info.created:%Y-%m-%d %H:%M}")]
        if result.kept is not None:
            lines.append(self.tr("The data as it was before is kept in:\n{path}").format(path=str(result.kept)))
        if result.kept_files is not None:
            lines.append(self.tr("The files as they were before are kept in:\n{path}").format(
                path=str(result.kept_files)))
        lines.append(self.tr("Please log in again."))
        show_info(self, "\n\n".join(lines), self.tr("Restore from a backup"))
        if self.receivers(SIGNAL("restored(PyObject)")) > 0:
            self.restored.emit(result)
        else:
            self.close()
        return result

    def show_note(self, text: str, ms: int = 20000) -> None:
        """A passing message in the status bar (e.g. the second backup folder was not reachable)."""
        if text:
            self.statusBar().showMessage(text, ms)

    def tasks_running(self) -> bool:
        """A background job of the window or of a page (a pledge batch, an export) is still at work."""
        pages_busy = any(getattr(p, "tasks_running", lambda: False)() for p in self._pages.values())
        return pages_busy or any(t.is_running() for t in self._tasks)

    # --- account --------------------------------------------------------------------------------------

    @Slot()
    def change_password(self):
        from app.ui.accounts_page import ChangePasswordDialog

        dialog = open_modal(ChangePasswordDialog(self.ctx, self))
        self._dialog = dialog
        return dialog

    @Slot()
    def logout(self) -> None:
        if self.tasks_running():
            show_info(self, self.tr("Please wait until the current task has finished."), self.tr("Baoxue"))
            return
        if not self._pages_may_close():
            return
        if self.receivers(SIGNAL("logout_requested()")) > 0:
            self.logout_requested.emit()
        else:
            self.close()

    # --- language and help ---------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        from app.ui.app import save_settings

        try:
            save_settings(lang=lang)
        except OSError as exc:
            show_error(self, self.tr("The language setting could not be saved: {error}").format(error=exc))
            return
        self.language_actions[lang].setChecked(True)
        show_info(self, self.tr("The language will change the next time you start Baoxue."), self.tr("Language"))

    def guide_topic(self) -> str:
        """The guide's topic for the page shown (F1)."""
        key = self.current_key()
        entry = next((e for e in self.entries if e.key == key), None)
        return entry.guide if entry is not None and entry.guide else "index"

    @Slot()
    def show_guide(self):
        """Help → User guide (F1): the guide at the part about the page (or the widget's own topic)."""
        from PySide6.QtWidgets import QApplication

        from app.ui.guide_viewer import show_guide_for

        focus = QApplication.focusWidget()
        self._guide = show_guide_for(focus if focus is not None and focus.window() is self else self)
        return self._guide

    @Slot()
    def open_log_folder(self) -> bool:
        from app.ui.error_dialog import open_log_folder

        return open_log_folder()

    @Slot()
    def save_problem_report(self, path: str | Path | None = None):
        from app.ui.error_dialog import save_problem_report

        return save_problem_report(self, self.ctx.db, path)

    @Slot()
    def about(self) -> None:
        show_info(self, self.about_text(), self.tr("About Baoxue"))

    def about_text(self) -> str:
        return self.tr(
            "Baoxue (保学) {version}\n"
            "Keeping every child in school \u2014 the school's own offline register.\n\n"
            "Data folder: {path}\n\n"
            "Chinese font: WenQuanYi Micro Hei (文泉驿微米黑), \u00a9 the WenQuanYi Project, "
            "used under the Apache 2.0 licence (or GPLv3 with the font exception).").format(
            version=__version__, path=str(self.ctx.db.paths.root))

    # --- closing -----------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tasks_running():
            show_info(self, self.tr("Please wait until the current task has finished."), self.tr("Baoxue"))
            event.ignore()
            return
        if not self._pages_may_close():
            event.ignore()
            return
        super().closeEvent(event)
