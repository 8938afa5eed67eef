"""The calendar warning: a year of the current or next term (or the day shown) has no national holiday data.

Shown on the roll call, the alerts list and the cases page (app.school_calendar.coverage_warning): the
days of such a year count Monday to Friday, marked unconfirmed, and alerts across them are provisional
until the year's holiday file is loaded (Settings → Calendar, or ``baoxue calendar import``).
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QWidget

from app.changes import CALENDAR, ChangeSet, SCHOOL
from app import school_calendar
from app.errors import BaoxueError

SHOWS = CALENDAR | SCHOOL


class CalendarWarning(QLabel):
    """A plain, amber line that says what is unknown and what to do; hidden when every year is known."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    def __init__(self, ctx, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self._day: date | None = None
        self.setObjectName("calendarWarning")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("QLabel#calendarWarning { background: #fff4e5; color: #7a3e00; border: 1px solid #f0b35a;"
                           " border-radius: 4px; padding: 6px; }")
        self.years: tuple[int, ...] = ()
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def show_for(self, day: date | None) -> None:
        """Also warn when ``day`` (the day a page shows) lies in a term of a year without data."""
        self._day = day
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        try:
            cal = self.ctx.read(school_calendar.load_calendar)
        except BaoxueError:
            self.years = ()
            self.setVisible(False)
            return
        warning = school_calendar.coverage_warning(cal, self._today())
        years = set(warning.years) if warning else set()
        if self._day is not None and cal.term_of(self._day) is not None and not cal.covered(self._day.year):
            years.add(self._day.year)
        self.years = tuple(sorted(years))
        if not self.years:
            self.clear()
            self.setVisible(False)
            return
        years_text = "\u3001".join(str(y) for y in self.years)
        if not self.ctx.actor.has("school.manage"):  # a teacher cannot load the file: say who does, and briefly
            self.setText(self.tr(
                "\u26a0 The national holidays of {years} are not loaded yet: alerts counted across those days are "
                "provisional. The school's administrator loads the holiday file once it is announced.").format(
                years=years_text))
            self.setVisible(True)
            return
        self.setText(self.tr(
            "\u26a0 The national holidays and make-up working days of {years} are not loaded yet. Until they are, "
            "Monday to Friday count as school days and weekends as days off, marked \u201cunconfirmed\u201d; "
            "alerts counted across those days are provisional. When the State Council has announced them, load "
            "the year's holiday file: Settings \u2192 Calendar \u2192 Load holiday file\u2026 (or the command "
            "baoxue calendar import FILE).").format(years=years_text))
        self.setVisible(True)

    @Slot(str)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()


__all__ = ["CalendarWarning"]
