"""策略与校历 — the policy profile (thresholds of the escalation chain) and the school calendar.

The policy form is built from :class:`app.policy.Policy` itself, so a new setting
appears here with its Chinese label from :data:`app.policy.LABELS` without a change
to this file. Only users holding "policy.edit" (the admin) can save; others see the
values read-only. The checks (zero, order of the thresholds…) live in
:func:`app.policy.check`; a refused value is shown under the form with its reason.

The calendar tab shows a month at a time, coloured by :class:`app.school_calendar.Calendar`
(weekends and statutory holidays grey, make-up working days blue, school closures
red, unconfirmed days of a year without national data amber), lets the school add a
closure or an extra school day, and loads a year's holiday file (:mod:`app.holidays`):
preview first, then apply.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Slot
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import CALENDAR, ChangeSet, SCHOOL
from app import holidays, school_calendar
from app import policy as policy_service
from app.policy import LABELS, Policy
from app.ui.widgets import (list_text, ErrorLabel, attempt, confirm, error_text, hint_label, label_text, message_text,
                            set_read_only, show_info)

WEEKDAYS = (QT_TRANSLATE_NOOP("Settings", "Mon"), QT_TRANSLATE_NOOP("Settings", "Tue"),
            QT_TRANSLATE_NOOP("Settings", "Wed"), QT_TRANSLATE_NOOP("Settings", "Thu"),
            QT_TRANSLATE_NOOP("Settings", "Fri"), QT_TRANSLATE_NOOP("Settings", "Sat"),
            QT_TRANSLATE_NOOP("Settings", "Sun"))
CHOICE_TEXT = {
    "sessions": {"day": QT_TRANSLATE_NOOP("Settings", "Once a day"),
                 "am_pm": QT_TRANSLATE_NOOP("Settings", "Morning and afternoon")},
    "report_rhythm": {"weekly": QT_TRANSLATE_NOOP("Settings", "Weekly"),
                      "monthly": QT_TRANSLATE_NOOP("Settings", "Monthly"),
                      "both": QT_TRANSLATE_NOOP("Settings", "Weekly + monthly ledgers")},
}

# The form's sections, in order; a field of Policy not listed here goes to the last one.
SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    (QT_TRANSLATE_NOOP("Settings", "Roll call and absence alerts"), ("sessions", "alert_after_days", "home_visit_within_days", "report_within_days",
                 "suspected_dropout_after_days", "dropout_after_days")),
    (QT_TRANSLATE_NOOP("Settings", "Early warning"), ("chronic_absence_percent", "attendance_at_risk_percent", "attendance_warning_percent",
              "recent_status_change_days")),
    (QT_TRANSLATE_NOOP("Settings", "Reports"), ("report_weekday", "report_rhythm", "monthly_due_day")),
    (QT_TRANSLATE_NOOP("Settings", "Approvals"), ("class_teacher_leave_limit_days", "suspension_max_months", "suspension_extensions",
            "transfer_confirm_days")),
    (QT_TRANSLATE_NOOP("Settings", "Mentors and home teaching"), ("mentor_min_caseload", "mentor_max_caseload", "home_teaching_visits_per_week",
                  "home_teaching_hours_per_year")),
]


class PolicyTab(QWidget):
    """One editor per setting; 保存 saves all in one audited change."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.actor.has("policy.edit")
        self.editors: dict[str, QWidget] = {}
        self.defaults = Policy()

        inner = QWidget()
        column = QVBoxLayout(inner)
        listed = {name for _title, names in SECTIONS for name in names}
        extra = tuple(f.name for f in fields(Policy) if f.name not in listed)
        sections = SECTIONS + ([(QT_TRANSLATE_NOOP("Settings", "Other"), extra)] if extra else [])
        for title, names in sections:
            box = QGroupBox(QCoreApplication.translate("Settings", title))
            form = QFormLayout(box)
            for name in names:
                editor = self._editor(name)
                editor.setObjectName(f"policy_{name}")
                editor.setEnabled(self.editable)
                self.editors[name] = editor
                form.addRow(label_text("policy", name, LABELS), editor)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("savePolicy")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo my changes"))
        self.revert_button.clicked.connect(self.load)
        self.defaults_button = QPushButton(self.tr("Hanzhong defaults"))
        self.defaults_button.setToolTip(self.tr("Put the default values of the Hanzhong rules in the form "
                                                "(nothing is saved until you press Save)"))
        self.defaults_button.clicked.connect(lambda: self.show_values(self.defaults))
        for b in (self.save_button, self.revert_button, self.defaults_button):
            b.setEnabled(self.editable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Absence is counted in school days. Every change is recorded in the audit log with the values "
            "before and after.") if self.editable else self.tr("Only the administrator can change these settings.")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.load()

    def _editor(self, name: str) -> QWidget:
        default = getattr(self.defaults, name)
        if name in CHOICE_TEXT:
            combo = QComboBox()
            for key, text in CHOICE_TEXT[name].items():
                combo.addItem(QCoreApplication.translate("Settings", text), key)
            return combo
        if name == "report_weekday":
            combo = QComboBox()
            for i, text in enumerate(WEEKDAYS):
                combo.addItem(QCoreApplication.translate("Settings", text), i)
            return combo
        if isinstance(default, float):
            spin = QDoubleSpinBox()
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setRange(0, 1000)
            return spin
        spin = QSpinBox()
        spin.setRange(0, 1000)
        return spin

    def values(self) -> dict:
        out = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                out[name] = editor.currentData()
            else:
                out[name] = editor.value()
        return out

    def show_values(self, p: Policy) -> None:
        for name, value in asdict(p).items():
            editor = self.editors.get(name)
            if editor is None:
                continue
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            else:
                editor.setValue(value)
        self.error.clear_error()

    @Slot()
    def load(self) -> None:
        self.show_values(self.ctx.read(policy_service.load))

    @Slot()
    def save(self) -> bool:
        current = self.ctx.read(policy_service.load)
        changes = {k: v for k, v in self.values().items() if getattr(current, k) != v}
        if not changes:
            self.error.set_error(self.tr("Nothing was changed."))
            return False
        try:
            self.ctx.run(policy_service.save, **changes)
        except Exception as exc:  # noqa: BLE001 - a service refusal names the field; show it under the form
            from app.errors import BaoxueError

            if not isinstance(exc, BaoxueError):
                raise
            self.error.set_error(error_text(exc))
            return False
        self.error.clear_error()
        show_info(self, self.tr("Settings saved."))
        return True


class CalendarTab(QWidget):
    """A month view of school days, with the school's own closures and extra days."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = CALENDAR | SCHOOL

    COLOURS = {"off": "#9e9e9e", "makeup": "#1565c0", "closure": "#c62828", "extra": "#2e7d32",
               "unconfirmed": "#b26a00"}

    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.editable = ctx.actor.has("school.manage")
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("schoolCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(QDate(self.today.year, self.today.month, self.today.day))
        self.calendar.currentPageChanged.connect(lambda *_: self.paint())
        self.calendar.selectionChanged.connect(self.show_day)

        self.day_label = QLabel()
        self.day_label.setObjectName("dayInfo")
        self.day_label.setWordWrap(True)
        font = self.day_label.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        self.day_label.setFont(font)
        self.kind = QComboBox()
        for key in school_calendar.KINDS:
            self.kind.addItem(label_text("calendar_kind", key, school_calendar.KINDS), key)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("Reason, e.g. snow closure"))
        self.error = ErrorLabel()
        self.set_button = QPushButton(self.tr("Mark this day"))
        self.set_button.setObjectName("markDay")
        self.set_button.clicked.connect(self.mark_day)
        self.clear_button = QPushButton(self.tr("Remove the school's mark"))
        self.clear_button.setObjectName("clearDay")
        self.clear_button.clicked.connect(self.clear_day)
        for w in (self.kind, self.label, self.set_button, self.clear_button):
            w.setEnabled(self.editable)
        self.coverage = QLabel()
        self.coverage.setObjectName("coverage")
        self.coverage.setWordWrap(True)
        self.coverage.setStyleSheet("color: #b00020;")
        self.loaded_label = QLabel()
        self.loaded_label.setObjectName("loadedYears")
        self.loaded_label.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load holiday file\u2026"))
        self.load_button.setObjectName("loadHolidays")
        self.load_button.setToolTip(self.tr(
            "A year's official holidays and make-up working days as the State Council announced them: a CSV "
            "(date, end, kind, name, year) or JSON file; you see what it changes before it is applied"))
        self.load_button.setEnabled(self.editable)
        self.load_button.clicked.connect(lambda: self.load_holiday_file())

        side = QVBoxLayout()
        side.addWidget(self.day_label)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Reason"), self.label)
        side.addLayout(form)
        side.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.set_button)
        row.addWidget(self.clear_button)
        side.addLayout(row)
        side.addWidget(hint_label(self.tr(
            "Grey: no school (weekend, holiday, outside the terms). Blue: make-up working day. "
            "Red: school closed. Green: extra school day. National holidays come from the State Council's "
            "table; the school adds its own closures.")))
        side.addWidget(self.coverage)
        side.addWidget(self.loaded_label)
        side.addWidget(self.load_button)
        side.addStretch(1)

        layout = QHBoxLayout(self)
        layout.addWidget(self.calendar, 3)
        layout.addLayout(side, 2)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(CALENDAR | SCHOOL):
            self.refresh()

    def refresh(self) -> None:
        self.cal = self.ctx.read(school_calendar.load_calendar)
        years = self.cal.uncovered_years()
        first, last = school_calendar.national_data_years()
        self.coverage.setText(self.tr(
            "The national holiday table covers {first}–{last}. {years}: not loaded yet \u2014 those days count "
            "Monday to Friday, marked unconfirmed. Load the year's holiday file when the State Council "
            "announces it.").format(first=first, last=last, years=list_text(years)) if years else "")
        loaded = self.ctx.read(holidays.loaded_years)
        self.loaded_label.setText("\n".join(self.tr("{year}: loaded from a file, {h} holidays, {w} make-up "
                                                     "working days").format(year=y.year, h=y.holidays, w=y.workdays)
                                             for y in loaded))
        self.paint()
        self.show_day()

    def selected(self) -> date:
        return self.calendar.selectedDate().toPython()

    def paint(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(year, month, 1) - timedelta(days=7)
        for i in range(50):
            day = first + timedelta(days=i)
            info = self.cal.info(day)
            fmt = QTextCharFormat()
            override = self.cal.overrides.get(day)
            if override and override[0] == "closure":
                fmt.setForeground(QColor(self.COLOURS["closure"]))
                fmt.setFontStrikeOut(True)
            elif override and override[0] == "school_day":
                fmt.setForeground(QColor(self.COLOURS["extra"]))
            elif not info.school_day:
                fmt.setForeground(QColor(self.COLOURS["off"]))
            elif info.reason == "调休上课日":
                fmt.setForeground(QColor(self.COLOURS["makeup"]))
            elif not info.confirmed:
                fmt.setForeground(QColor(self.COLOURS["unconfirmed"]))
            fmt.setToolTip(message_text(school_calendar.reason_said(info)))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)

    @Slot()
    def show_day(self) -> None:
        day = self.selected()
        info = self.cal.info(day)
        term = info.term.name if info.term else self.tr("outside the terms")
        state = self.tr("school day") if info.school_day else self.tr("no school")
        weekday = QCoreApplication.translate("Settings", WEEKDAYS[day.weekday()])
        reason = message_text(school_calendar.reason_said(info))
        # an ordinary school day is said once (not "school day · school day"); any other reason is named
        said = state if info.school_day and info.reason == school_calendar.SCHOOL_DAY else f"{state} · {reason}"
        self.day_label.setText(f"{day:%Y-%m-%d} {weekday}\n{said}\n{term}")
        override = self.cal.overrides.get(day)
        self.clear_button.setEnabled(self.editable and override is not None)
        if override:
            self.kind.setCurrentIndex(max(0, self.kind.findData(override[0])))
            self.label.setText(override[1])
        else:
            self.label.clear()
        self.error.clear_error()

    @Slot()
    def mark_day(self) -> bool:
        day, kind, label = self.selected(), self.kind.currentData(), self.label.text()
        try:
            self.ctx.run(school_calendar.set_day, day, kind, label)
        except Exception as exc:  # noqa: BLE001
            from app.errors import BaoxueError

            if not isinstance(exc, BaoxueError):
                raise
            self.error.set_error(error_text(exc))
            return False
        return True

    def load_holiday_file(self, path: str | Path | None = None) -> bool:
        """Choose a holiday file, see what it would change, then apply it (all or nothing)."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Load holiday file"), "",
                                                    self.tr("Holiday files (*.csv *.json);;All files (*)"))
            if not chosen:
                return False
            path = chosen
        ok, hf = attempt(self, holidays.read_holiday_file, path, title=self.tr("Holiday file not loaded"))
        if not ok:
            return False
        ok, preview = attempt(self, self.ctx.read, holidays.preview_holidays, self.ctx.actor, hf)
        if not ok:
            return False
        text = preview.summary()
        if preview.differences:
            text += "\n\n" + "\n".join(preview.differences[:15])
            if len(preview.differences) > 15:
                text += "\n\u2026"
        question = self.tr("Load these days into the school calendar? Absence alerts are worked out again.")
        if not confirm(self, text + "\n\n" + question, self.tr("Load holiday file")):
            return False
        ok, _ = attempt(self, self.ctx.run, holidays.load_holidays, hf)
        return ok

    @Slot()
    def clear_day(self) -> bool:
        day = self.selected()
        if not confirm(self, self.tr("Remove the school's own mark on {day}?").format(day=day.isoformat())):
            return False
        ok, _ = attempt(self, self.ctx.run, school_calendar.clear_day, day)
        return ok


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class BackupTab(QWidget):
    """Where the automatic backups go, the latest one, and the second folder (a USB stick) they are copied to."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.actor.has("backup.settings")
        paths = ctx.db.paths
        auto = QGroupBox(self.tr("Automatic backups"))
        auto_layout = QVBoxLayout(auto)
        auto_layout.addWidget(wrapped(self.tr(
            "Baoxue backs up the whole school (database, scanned proof, signing key) at the first start of each "
            "day and when it is closed, into:")))
        folder = hint_label(str(paths.backups))
        folder.setObjectName("backupsFolder")
        auto_layout.addWidget(folder)
        auto_layout.addWidget(wrapped(self.tr(
            "It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months; backups made by hand "
            "or before a restore are never deleted.")))
        self.latest = QLabel()
        self.latest.setObjectName("latestBackup")
        auto_layout.addWidget(self.latest)
        open_button = QPushButton(self.tr("Open the backups folder"))
        open_button.setObjectName("openBackups")
        open_button.clicked.connect(self.open_backups_folder)
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addStretch(1)
        auto_layout.addLayout(row)

        mirror = QGroupBox(self.tr("Second backup folder (e.g. a USB stick)"))
        mirror_layout = QVBoxLayout(mirror)
        mirror_layout.addWidget(wrapped(self.tr(
            "Every automatic backup is copied there as well, so the school's data survives a broken or stolen "
            "computer. When the stick is not plugged in, the backup on this computer is still made.")))
        self.mirror_edit = QLineEdit()
        self.mirror_edit.setObjectName("mirrorFolder")
        set_read_only(self.mirror_edit)  # shown, chosen with the button
        self.mirror_edit.setPlaceholderText(self.tr("(not used)"))
        self.choose_button = QPushButton(self.tr("Choose a folder\u2026"))
        self.choose_button.setObjectName("chooseMirror")
        self.choose_button.clicked.connect(lambda: self.choose_mirror())
        self.clear_button = QPushButton(self.tr("Do not use"))
        self.clear_button.setObjectName("clearMirror")
        self.clear_button.clicked.connect(self.clear_mirror)
        for b in (self.choose_button, self.clear_button):
            b.setEnabled(self.editable)
        row = QHBoxLayout()
        row.addWidget(self.mirror_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        mirror_layout.addLayout(row)
        if not self.editable:
            mirror_layout.addWidget(hint_label(self.tr("Only the administrator can change the second folder.")))
        self.error = ErrorLabel()
        mirror_layout.addWidget(self.error)

        layout = QVBoxLayout(self)
        layout.addWidget(auto)
        layout.addWidget(mirror)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        from app import backup

        self.mirror_edit.setText(self.ctx.read(backup.mirror_folder))
        school = backup.current_data(self.ctx.db.paths).school
        found = backup.automatic_backups(self.ctx.db.paths.backups, school.code) if school else []
        self.latest.setText(self.tr("Latest automatic backup: {when}").format(when=f"{found[-1][0]:%Y-%m-%d %H:%M}")
                            if found else self.tr("No automatic backup yet."))

    @Slot()
    def open_backups_folder(self) -> bool:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = self.ctx.db.paths.backups
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def choose_mirror(self, folder: str | Path | None = None) -> bool:
        from app import backup

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"),
                                                      self.mirror_edit.text() or str(Path.home()))
            if not folder:
                return False
        return self._save(backup.set_mirror_folder, str(folder))

    @Slot()
    def clear_mirror(self) -> bool:
        from app import backup

        return self._save(backup.set_mirror_folder, "")

    def _save(self, fn, value: str) -> bool:
        from app.errors import BaoxueError

        try:
            self.ctx.run(fn, value)
        except BaoxueError as exc:
            self.error.set_error(error_text(exc))
            return False
        self.error.clear_error()
        self.refresh()
        return True


class SettingsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("SettingsPage")
        self.tabs = QTabWidget()
        self.policy = PolicyTab(ctx)
        self.calendar = CalendarTab(ctx, today=today)
        self.backups = BackupTab(ctx)
        self.tabs.addTab(self.policy, self.tr("Policy"))
        self.tabs.addTab(self.calendar, self.tr("School calendar"))
        self.tabs.addTab(self.backups, self.tr("Backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
