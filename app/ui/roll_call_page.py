"""点名 — the daily roll call, for teachers who rarely use a computer, on the office PC.

The page owns no rule. :func:`app.attendance.open_roll_call` says who is on roll,
what was saved, who is covered by an approved leave (locked as excused) and
whether this user may change it; :func:`app.attendance.submit_roll_call` checks
and saves (permission, school day, revision). The page keeps the teacher's marks
in a table model until they press 提交 (Ctrl+Enter).

Keyboard first (a class of 45 with 3 absentees is about a dozen keys from login, 3 when they were
absent yesterday too: Enter, ``=``, Ctrl+Enter — ``make bench`` counts both):

* typing letters finds a student by pinyin initials or full pinyin (``zs`` → 张三;
  Chinese typed through the input method works too); what was typed stays on screen
  (no timeout) until a mark is given or Esc clears it; Tab or F3 goes to the next
  student with the same initials. Among the matches, the likely absentees come first —
  absent without reason on the previous roll call, then an open absence alert or missed
  for a reason there (:mod:`app.attendance.previous` has the rule; the search line says why);
* ``=`` (同昨日, "same as yesterday") marks again as absent without reason the pupils who were so
  on the previous roll call and are still marked present here (the service says who: never a pupil
  on approved leave today, nor one who left the roll, nor on a roll call already submitted); one
  Ctrl+Z takes the whole lot back;
* Ctrl+Z undoes the last mark (again and again, back to what was loaded);
* one digit per mark (:data:`KEY_MARKS`), 0 or Space back to present;
* arrows move as usual; F2 edits the note of the current student;
* Ctrl+Enter submits.

Digits are marks and letters are search, so the two never collide. The legend
is on screen, in the user's language.

Also on the page: the "today" panel (:mod:`app.ui.today_panel`, classes that have not taken the
roll today, for the principal and the registrar) and a compact, read-only list of open absence
alerts (:mod:`app.ui.alerts_panel`); the roster's model and view are in :mod:`app.ui.roll_call_roster`.
The main window builds the pages through :func:`roll_call_page` and :func:`alerts_page`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QMessageBox, QVBoxLayout, QWidget)

from app.changes import ALERTS, ATTENDANCE, CALENDAR, CASES, CLASSES, ChangeSet, POLICY, STAFF, STUDENTS
from app import attendance
from app.attendance import PRESENT, RollCall
from app.codes import STATUS
from app.attendance import previous as previous_roll_call
from app.attendance.previous import ABSENT_BEFORE, ALERT_OPEN, MISSED_BEFORE, PreviousRollCall
from app.errors import BaoxueError, ConflictError
from app.school import list_classes
from app.school_calendar import load_calendar
from app.ui.alerts_panel import AlertsPanel
from app.ui.calendar_warning import CalendarWarning
from app.ui.fitting import FlowLayout
from app.ui.monthly_page import MonthlyReminder
from app.ui.registry import UnregisteredNotice
from app.ui.roll_call_roster import (KEY_MARKS, MARK_COLORS, MARK_TEXT, SAME_KEY, MarkDelegate, RosterModel,
                                     RosterView, mark_text, session_text, weekday_text)
from app.ui.today_panel import TodayPanel, load_policy_sessions
from app.ui.widgets import (error_text, ErrorLabel, confirm, info_label, label_text, list_text, local_time, push_button, show_error,
                            show_unexpected, shown_language, side_by_side, vbox)
from app.ui.widgets import qdate as _qdate, pydate as _pydate

#: the record kinds the roll call, the today panel and the alerts show (read again when one changes)
SHOWS = ATTENDANCE | STUDENTS | CLASSES | STAFF | CALENDAR | POLICY | CASES | ALERTS


# --- the page ----------------------------------------------------------------------------------


class RollCallPage(QWidget):
    """点名: pick class, day and session; mark the exceptions; submit."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    #: emitted after every load with the number of students shown (0 when the roll call cannot be opened)
    loaded = Signal(int)
    #: emitted with the new revision after a successful submission
    submitted = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | Callable[[], date] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today if callable(today) else (lambda d=today: d or date.today())
        self.setObjectName("RollCallPage")
        self.rc: RollCall | None = None
        self.previous: PreviousRollCall | None = None  # the roll call before this one: search order, 同昨日
        self._marked_by_key: set[int] = set()  # marked by a key in this sitting: a search no longer puts them first
        self._current: tuple[int | None, date, str] | None = None
        self._submitting = False
        self._find = ""
        self._find_hits: list[int] = []
        self._find_pos = 0
        self.leave_dialog = None
        actor = ctx.actor
        today_ = self._today()

        # --- choosers -------------------------------------------------------------------------
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("classCombo")
        self.class_combo.setMinimumWidth(160)
        self.class_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # a class's name is short
        self.class_combo.setToolTip(self.tr("The class to take the roll of (your own classes first)"))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(_qdate(today_))
        self.date_edit.setDate(_qdate(today_))
        self.date_edit.setToolTip(self.tr("The day of the roll call: today, or an earlier school day to correct it"))
        self.weekday_label = QLabel()
        self.prev_button = push_button(self.tr("\u25c0 Previous school day"), "prevDayButton")
        self.today_button = push_button(self.tr("Today"), "todayButton")
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("sessionCombo")
        self.session_label = QLabel(self.tr("Session"))
        self.leave_button = push_button(self.tr("Leave\u2026"), "leaveButton")
        self.leave_button.setToolTip(self.tr("Record or cancel an approved sick or personal leave "
                                             "of the selected student"))
        self._load_sessions()

        choosers = FlowLayout()  # flows onto a second row when a longer language leaves no room
        choosers.addWidget(QLabel(self.tr("Class")))
        choosers.addWidget(self.class_combo)
        choosers.addSpacing(12)
        choosers.addWidget(QLabel(self.tr("Date")))
        choosers.addWidget(self.date_edit)
        choosers.addWidget(self.weekday_label)
        choosers.addWidget(self.prev_button)
        choosers.addWidget(self.today_button)
        choosers.addSpacing(12)
        choosers.addWidget(self.session_label)
        choosers.addWidget(self.session_combo)
        choosers.addStretch(1)
        choosers.addWidget(self.leave_button)

        # --- state lines -------------------------------------------------------------------------
        self.calendar_warning = CalendarWarning(ctx, self._today)
        self.monthly_reminder = MonthlyReminder(ctx, self._today)  # the office's first page: the month's report
        self.unregistered_notice = UnregisteredNotice(ctx)  # and the registrar's count of pupils without 学籍号
        self.banner = ErrorLabel()
        self.banner.setObjectName("banner")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() + 1)
        self.banner.setFont(big)
        self.status_label = info_label("statusLabel")
        self.status_label.setFont(big)
        self.message_label = info_label("messageLabel")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        counts_font = QFont(self.font())
        counts_font.setPointSizeF(counts_font.pointSizeF() + 5)
        counts_font.setBold(True)
        self.counts_label.setFont(counts_font)
        self.breakdown_label = QLabel()
        self.breakdown_label.setObjectName("breakdownLabel")
        self.breakdown_label.setFont(big)
        self.legend_label = info_label("legendLabel", rich=True)
        self.legend_label.setFont(big)
        self.legend_label.setText(self._legend_html())
        self.legend_label.setStyleSheet("QLabel { background: #f7f7f2; border: 1px solid #dddddd; "
                                        "border-radius: 4px; padding: 6px; }")

        # --- the roster -------------------------------------------------------------------------
        self.model = RosterModel(self)
        self.table = RosterView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.setFocusProxy(self.table)  # the page's focus is the roster's: marks can be typed at once
        self.mark_delegate = MarkDelegate(self.table)
        self.table.setItemDelegateForColumn(RosterModel.MARK, self.mark_delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        roster_font = QFont(self.font())
        roster_font.setPointSizeF(roster_font.pointSizeF() + 5)
        self.table.setFont(roster_font)
        self.table.verticalHeader().setDefaultSectionSize(max(38, int(roster_font.pointSizeF() * 2.6)))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(RosterModel.NO, 60)
        self.table.setColumnWidth(RosterModel.NAME, 150)
        self.table.setColumnWidth(RosterModel.MARK, 190)
        self.table.setStyleSheet("QTableView::item:selected { background: #1565c0; color: #ffffff; }"
                                 "QTableView { gridline-color: #e0e0e0; }")

        self.find_label = QLabel()
        self.find_label.setObjectName("findLabel")
        self.find_label.setFont(big)
        self.find_label.setWordWrap(True)  # a long search line (name, why, "1 of 3") wraps, never widens the page
        self.undo_button = push_button(self.tr("Discard my changes"), "undoButton")
        self.same_button = push_button(self.tr("Same as yesterday (=)"), "sameButton")
        self.same_button.setFont(big)
        self.submit_button = push_button(self.tr("Submit (Ctrl+Enter)"), "submitButton")
        self.submit_button.setMinimumHeight(52)
        self.submit_button.setMinimumWidth(220)
        submit_font = QFont(self.font())
        submit_font.setPointSizeF(submit_font.pointSizeF() + 5)
        submit_font.setBold(True)
        self.submit_button.setFont(submit_font)
        self.submit_button.setStyleSheet(
            "QPushButton { background: #2e7d32; color: white; border-radius: 6px; padding: 6px 18px; }"
            "QPushButton:disabled { background: #b7c9b8; color: #f0f0f0; }")
        self.submit_action = QAction(self.tr("Submit the roll call"), self)
        self.submit_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.submit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.submit_action)

        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setFont(big)
        self.missing_label.setWordWrap(True)
        self.missing_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        bottom = QHBoxLayout()
        bottom.addWidget(self.find_label, 1)
        bottom.addWidget(self.same_button)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.submit_button)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(choosers)
        main_layout.addWidget(self.monthly_reminder)
        main_layout.addWidget(self.unregistered_notice)
        main_layout.addWidget(self.calendar_warning)
        main_layout.addWidget(self.banner)
        main_layout.addWidget(self.status_label)
        counts_row = FlowLayout(spacing=16)  # the counts stay on one line; the breakdown goes under them if need be
        counts_row.addWidget(self.counts_label)
        counts_row.addWidget(self.breakdown_label)
        main_layout.addLayout(counts_row)
        main_layout.addWidget(self.legend_label)
        main_layout.addWidget(self.table, 1)
        main_layout.addWidget(self.message_label)
        main_layout.addWidget(self.missing_label)  # right above 提交: who will be saved as not in school
        main_layout.addLayout(bottom)

        # --- the side column ----------------------------------------------------------------------
        side = QWidget()
        side.setObjectName("sideColumn")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.today_panel: TodayPanel | None = None
        if actor.has("attendance.overview"):
            self.today_panel = TodayPanel(ctx, self._today)
            self.today_panel.class_chosen.connect(self.open_class_today)
            side_layout.addWidget(self.today_panel, 2)
        self.history_box = QGroupBox(self.tr("Changes to this roll call"))
        self.history_list = QListWidget()
        self.history_list.setObjectName("historyList")
        self.history_list.setWordWrap(True)
        QVBoxLayout(self.history_box).addWidget(self.history_list)
        side_layout.addWidget(self.history_box, 1)
        self.alerts_panel: AlertsPanel | None = None
        if actor.has("alerts.view"):
            alerts_box = QGroupBox(self.tr("Absence alerts"))
            self.alerts_panel = AlertsPanel(ctx, today=self._today, compact=True)
            QVBoxLayout(alerts_box).addWidget(self.alerts_panel)
            side_layout.addWidget(alerts_box, 2)

        vbox(side_by_side(main, side, (3, 1), sizes=[760, 340], collapsible=True), parent=self)

        self.undo_action = QAction(self.tr("Undo the last mark"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        # before each change: the (student id, mark, note) it changed — one for a key, several for 同昨日
        self._undo: list[list[tuple[int, str, str]]] = []

        # --- wiring -------------------------------------------------------------------------------
        self.table.markPressed.connect(self.mark_current)
        self.table.samePressed.connect(self.same_as_previous)
        self.same_button.clicked.connect(self.same_as_previous)
        self.table.findTyped.connect(self._on_find_typed)
        self.table.findBackspace.connect(self._on_find_backspace)
        self.table.findCancel.connect(self._clear_find)
        self.table.findNext.connect(self.find_next)
        self.table.submitPressed.connect(self.submit)
        self.table.undoPressed.connect(self.undo_last_mark)
        self.table.editNotePressed.connect(self._edit_note)
        self.submit_action.triggered.connect(self.submit)
        self.undo_action.triggered.connect(self.undo_last_mark)
        self.submit_button.clicked.connect(self.submit)
        self.undo_button.clicked.connect(self._discard)
        self.leave_button.clicked.connect(self.open_leave_dialog)
        self.prev_button.clicked.connect(self.previous_school_day)
        self.today_button.clicked.connect(self.go_to_today)
        self.model.dataChanged.connect(lambda *_: self._update_state())
        self.model.modelReset.connect(self._update_state)
        self.class_combo.currentIndexChanged.connect(lambda _i: self._on_chooser_changed())
        self.date_edit.dateChanged.connect(lambda _d: self._on_chooser_changed())
        self.session_combo.currentIndexChanged.connect(lambda _i: self._on_chooser_changed())
        ctx.changed.connect(self._on_changed)

        self._load_classes()
        self._on_chooser_changed()

    # --- public API --------------------------------------------------------------------------------

    def selection(self) -> tuple[int | None, date, str]:
        return self.class_combo.currentData(), _pydate(self.date_edit.date()), self.session_combo.currentData()

    def has_unsaved_changes(self) -> bool:
        return self.rc is not None and self.rc.can_edit and self.model.is_dirty()

    def maybe_discard(self) -> bool:
        """True when there is nothing unsaved, or the user agreed to drop it (the main window may ask on leaving)."""
        if not self.has_unsaved_changes():
            return True
        return confirm(self, self.tr("The roll call of {cls} has changes that were not submitted.\n\n"
                                     "Discard them?").format(cls=self.rc.class_name),
                       self.tr("Unsaved roll call"))

    def open_class(self, class_id: int, day: date | None = None, session_key: str | None = None) -> bool:
        """Show a class's roll call (asks first when the current one has unsaved changes)."""
        index = self.class_combo.findData(class_id)
        if index < 0:
            self.banner.set_error(self.tr("You cannot take the roll of this class."))
            return False
        if not self.maybe_discard():
            return False
        for w in (self.class_combo, self.date_edit, self.session_combo):
            w.blockSignals(True)
        self.class_combo.setCurrentIndex(index)
        if day is not None:
            self.date_edit.setDate(_qdate(day))
        if session_key is not None and self.session_combo.findData(session_key) >= 0:
            self.session_combo.setCurrentIndex(self.session_combo.findData(session_key))
        for w in (self.class_combo, self.date_edit, self.session_combo):
            w.blockSignals(False)
        self.reload(keep_edits=False)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    @Slot(int)
    def open_class_today(self, class_id: int) -> bool:
        return self.open_class(class_id, self._today())

    @Slot()
    def reload(self, keep_edits: bool = False) -> None:
        """Read the roll call again; with ``keep_edits`` the teacher's unsaved marks are put back on top."""
        class_id, day, session_key = self.selection()
        edits = self.model.local_edits() if keep_edits and self.rc is not None else {}
        keep_row = self.table.currentIndex().row()
        self._current = (class_id, day, session_key)
        self.weekday_label.setText(weekday_text(day))
        self.calendar_warning.show_for(day)
        self.banner.clear_error()
        self.rc = None
        self.previous = None
        if class_id is None:
            self.model.set_roll_call(None)
            self.banner.set_error(self.tr("You have no class to take the roll of."))
            self._after_load(keep_row)
            return
        try:
            rc = self.ctx.read(attendance.open_roll_call, self.ctx.actor, class_id, day, session_key,
                               today=self._today())
        except BaoxueError as exc:
            self.model.set_roll_call(None)
            self.banner.set_error(error_text(exc))
            self._after_load(keep_row)
            return
        try:
            previous = self.ctx.read(previous_roll_call.previous_roll_call, self.ctx.actor, class_id, day, session_key)
        except BaoxueError:  # only a help: the roll call works without it
            previous = None
        self.rc, self.previous = rc, previous
        self.model.set_roll_call(rc, rc.can_edit)
        if edits:
            self.model.apply_edits(edits)
        self._after_load(keep_row)

    def mark_current(self, mark: str) -> bool:
        """The digit keys: mark the current student (or say why not)."""
        self._clear_find()
        row = self.table.currentIndex().row()
        r = self.model.row_at(row)
        if r is None:
            return False
        if self.rc is None or not self.rc.can_edit:
            self._say(self.tr("Read only: you cannot change this roll call."), warn=True)
            return False
        if r.locked_by_leave:
            self._say(self.tr("{name} has an approved leave, so the mark cannot be changed here. "
                              "Cancel the leave first (Leave\u2026 button).").format(name=r.name), warn=True)
            return False
        before = (r.student_id, self.model.mark_of(r.student_id), self.model.note_of(r.student_id))
        if self.model.set_mark(row, mark):
            self._undo.append([before])
            self._marked_by_key.add(r.student_id)
            self._update_ranks()
            self._say(self.tr("{name}: {mark}").format(name=r.name, mark=mark_text(mark)))
        return True

    @Slot()
    def same_as_previous(self) -> bool:
        """同昨日 (=): mark absent without reason, again, whom the service carries over from the previous roll call."""
        self._clear_find()
        if self.rc is None or not self.rc.can_edit:
            self._say(self.tr("Read only: you cannot change this roll call."), warn=True)
            return False
        ids = self._carried()
        if not ids:
            self._say(self._same_unavailable_text(), warn=True)
            return False
        group = []
        for sid in ids:
            row = self.model.row_of(sid)
            before = (sid, self.model.mark_of(sid), self.model.note_of(sid))
            if self.model.set_mark(row, "absent"):
                group.append(before)
        if not group:
            return False
        self._undo.append(group)
        self._go_to(self.model.row_of(group[0][0]))
        names = "\u3001".join(self.model.row_at(self.model.row_of(sid)).name for sid, _m, _n in group)
        self._say(self.tr("Marked absent (no reason) as on {day}: {names}. Check that they are not here; "
                          "Ctrl+Z takes them back.").format(day=self._previous_text(), names=names), warn=True)
        return True

    @Slot()
    def undo_last_mark(self) -> bool:
        """Ctrl+Z: put the last changed mark back as it was (and go to that student)."""
        if not self._undo or self.rc is None or not self.rc.can_edit:
            self._say(self.tr("Nothing to undo."))
            return False
        group = self._undo.pop()
        names = []
        for student_id, mark, note in group:
            row = self.model.row_of(student_id)
            r = self.model.row_at(row)
            if r is None:
                continue
            self.model.restore(row, mark, note)
            self._marked_by_key.discard(student_id)
            names.append(r.name)
        if not names:
            return False
        self._update_ranks()
        self._clear_find()
        self._go_to(self.model.row_of(group[0][0]))
        if len(group) == 1:
            self._say(self.tr("Undone: {name} is {mark} again.").format(name=names[0], mark=mark_text(group[0][1])))
        else:
            self._say(self.tr("Undone: {names} are as before again.").format(names="\u3001".join(names)))
        return True

    def find(self, text: str) -> int:
        """Type-to-find from code (the keys do the same): jump to the first match; returns the row or -1."""
        self._find = ""
        self._on_find_typed(text)
        return self.table.currentIndex().row() if self._find_hits else -1

    @Slot()
    def find_next(self) -> None:
        if not self._find_hits:
            return
        self._find_pos = (self._find_pos + 1) % len(self._find_hits)
        self._go_to(self._find_hits[self._find_pos])
        self._show_find()

    @Slot()
    def submit(self) -> bool:
        """Save the roll call (Ctrl+Enter or the button); a conflict says who changed it and reloads."""
        if self.rc is None or not self.rc.can_edit or self._submitting:
            return False
        if self.rc.taken and not self.model.is_dirty():
            self._say(self.tr("Nothing has changed since the last submission."))
            return False
        rc, marks = self.rc, self.model.exceptions()
        self._submitting = True
        try:
            result = self.ctx.run(attendance.submit_roll_call, rc.class_id, rc.day, rc.session, marks, rc.revision,
                                  today=self._today())
        except ConflictError as exc:
            self._submitting = False
            QMessageBox.warning(self, self.tr("Someone else changed this roll call"), error_text(exc) + "\n\n" + self.tr(
                "The roll call has been read again and shows what is saved now. "
                "Please check it and mark your changes again."))
            self.reload(keep_edits=False)
            return False
        except BaoxueError as exc:
            self._submitting = False
            show_error(self, error_text(exc), self.tr("The roll call was not saved"))
            return False
        except Exception as exc:  # a bug: say so, the transaction rolled back
            self._submitting = False
            show_unexpected(self, f"{type(exc).__name__}: {exc}")
            return False
        self._submitting = False
        self.reload(keep_edits=False)
        enrolled, present, missed, _ = self.model.counts()
        text = self.tr("Saved (revision {rev}): {present} of {enrolled} present, {missed} not in school.").format(
            rev=result.revision, present=present, enrolled=enrolled, missed=missed)
        names = {r.student_id: r.name for r in self.model.rows()}
        raised = [names.get(c.student_id, "?") for c in result.alerts_changed if c.action in ("raised", "reopened")]
        if raised:
            text += " " + self.tr("New absence alert: {names}.").format(names="\u3001".join(raised))
        self._say(text, good=not raised, warn=bool(raised))
        self.submitted.emit(result.revision)
        return True

    @Slot()
    def go_to_today(self) -> None:
        """The 今天 button (the program may have been open since yesterday: the latest day moves too)."""
        today = _qdate(self._today())
        self.date_edit.setMaximumDate(today)
        self.date_edit.setDate(today)

    @Slot()
    def previous_school_day(self) -> None:
        day = _pydate(self.date_edit.date())
        prev = self.ctx.read(load_calendar).previous_school_day(day)
        if prev is not None:
            self.date_edit.setDate(_qdate(prev))

    @Slot()
    def open_leave_dialog(self):
        r = self.model.row_at(self.table.currentIndex())
        if r is None:
            self._say(self.tr("Choose a student first (arrows or type the pinyin initials)."), warn=True)
            return None
        from app.ui.leave_dialog import LeaveDialog

        dlg = LeaveDialog(self.ctx, r.student_id, self, today=self._today(), student_name=r.name,
                          class_name=self.rc.class_name if self.rc else "", start=self.rc.day if self.rc else None)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.leave_dialog = dlg
        return dlg

    # --- internals -------------------------------------------------------------------------------

    def _load_classes(self) -> None:
        actor = self.ctx.actor
        current = self.class_combo.currentData()
        classes = self.ctx.read(list_classes, actor)
        takeable = [c for c in classes if attendance.can_take_roll(actor, c.id)]
        read_only = not takeable
        shown = takeable or classes  # the principal may look at every class without taking the roll
        own = [c for c in shown if actor.staff_id is not None and c.head_teacher_id == actor.staff_id]
        taught = [c for c in shown if c not in own and c.id in actor.class_ids]
        rest = [c for c in shown if c not in own and c not in taught]
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for c in own + taught + rest:
            label = c.name
            if c in own:
                label = self.tr("{cls} (my class)").format(cls=c.name)
            elif read_only:
                label = self.tr("{cls} (view only)").format(cls=c.name)
            self.class_combo.addItem(label, c.id)
        index = self.class_combo.findData(current) if current is not None else 0
        self.class_combo.setCurrentIndex(max(index, 0))
        self.class_combo.blockSignals(False)

    def _load_sessions(self) -> None:
        sessions = load_policy_sessions(self.ctx)
        current = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for s in sessions:
            self.session_combo.addItem(session_text(s), s)
        if current is not None and self.session_combo.findData(current) >= 0:
            self.session_combo.setCurrentIndex(self.session_combo.findData(current))
        elif len(sessions) > 1:
            self.session_combo.setCurrentIndex(0 if datetime.now().hour < 12 else 1)
        self.session_combo.blockSignals(False)
        single = len(sessions) == 1
        self.session_combo.setVisible(not single)
        self.session_label.setVisible(not single)

    def _on_chooser_changed(self) -> None:
        if self._current is not None and self.selection() == self._current:
            return
        if not self.maybe_discard():
            class_id, day, session_key = self._current
            for w in (self.class_combo, self.date_edit, self.session_combo):
                w.blockSignals(True)
            self.class_combo.setCurrentIndex(max(self.class_combo.findData(class_id), 0))
            self.date_edit.setDate(_qdate(day))
            self.session_combo.setCurrentIndex(max(self.session_combo.findData(session_key), 0))
            for w in (self.class_combo, self.date_edit, self.session_combo):
                w.blockSignals(False)
            return
        self.reload(keep_edits=False)

    def _after_load(self, keep_row: int) -> None:
        self._undo.clear()
        self._marked_by_key.clear()
        self._update_ranks()
        self._clear_find()
        self.message_label.clear()
        n = self.model.rowCount()
        if n:
            self._go_to(min(max(keep_row, 0), n - 1))
        self._update_history()
        self._update_state()
        self.loaded.emit(n)

    def _update_history(self) -> None:
        self.history_list.clear()
        for h in (self.rc.history if self.rc else []):
            at = local_time(h.at)
            text = h.described(shown_language())
            self.history_list.addItem(f"{at:%m-%d %H:%M} {h.name or h.username}\n{text}" if at else text)
        if self.rc is not None and not self.rc.history:
            self.history_list.addItem(self.tr("Not submitted yet."))

    def _update_state(self) -> None:
        rc = self.rc
        enrolled, present, missed, per_mark = self.model.counts()
        dirty = self.has_unsaved_changes()
        self.counts_label.setText(self.tr("On roll {enrolled} \u00b7 Present {present} \u00b7 Not in school {missed}")
                                  .format(enrolled=enrolled, present=present, missed=missed))
        self.counts_label.setStyleSheet("color: #b00020;" if missed else "color: #2e7d32;")
        parts = [f"{mark_text(m)} {per_mark[m]}" for m in MARK_TEXT if m != PRESENT and per_mark.get(m)]
        self.breakdown_label.setText("  \u00b7  ".join(parts))
        if rc is None:
            self.status_label.clear()
        else:
            when = self.tr("{day} {weekday}").format(day=rc.day.isoformat(), weekday=weekday_text(rc.day))
            if rc.session != "day":
                when += " " + session_text(rc.session)
            if not rc.taken:
                text = self.tr("{cls}, {when}: not submitted yet. Everyone starts present \u2014 "
                               "mark only who is missing.").format(cls=rc.class_name, when=when)
            else:
                text = self.tr("{cls}, {when}: submitted by {who} at {time}").format(
                    cls=rc.class_name, when=when, who=rc.taken_by, time=self._time_text(rc.taken_at))
                if rc.revised_at is not None:
                    text += self.tr("; last changed by {who} at {time} (revision {rev})").format(
                        who=rc.revised_by, time=self._time_text(rc.revised_at), rev=rc.revision)
                text += self.tr(".", "the end of the sentence that says who submitted the roll call")
            if rc.off_roll:  # saved for a pupil whose status changed since (a dropout registered from an earlier day)
                text += " " + self.tr("Also saved: {pupils} — no longer on the roll of this day, not counted "
                                      "here.").format(pupils=self._off_roll_text(rc))
            if not rc.can_edit:
                text += " " + self.tr("View only: you cannot take the roll of this class.")
            if dirty:
                text += " " + self.tr("\u25cf Unsaved changes: press Ctrl+Enter or Submit.")
            self.status_label.setText(text)
            colour = "#9a4a00" if dirty else ("#2e7d32" if rc.taken else "#1f1f1f")
            self.status_label.setStyleSheet(f"color: {colour};")
        can_edit = rc is not None and rc.can_edit
        self.submit_button.setVisible(rc is None or rc.can_edit)
        self.submit_button.setEnabled(can_edit and (dirty or not rc.taken))
        self.submit_action.setEnabled(self.submit_button.isEnabled())
        self.submit_button.setText(self.tr("Submit changes (Ctrl+Enter)") if rc is not None and rc.taken
                                   else self.tr("Submit (Ctrl+Enter)"))
        self.undo_button.setVisible(dirty)
        self.undo_action.setEnabled(can_edit)
        missing = self.model.missing_names()
        if rc is None:
            self.missing_label.clear()
        elif missing:
            self.missing_label.setText(self.tr("Not in school: {n} ({names})").format(
                n=len(missing), names="\u3001".join(missing)))
            self.missing_label.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.missing_label.setText(self.tr("Everyone present"))
            self.missing_label.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.leave_button.setEnabled(rc is not None and (rc.can_edit or self.ctx.actor.has("leave.manage")))
        self._update_same_button(can_edit)
        self.legend_label.setVisible(can_edit)

    def _off_roll_text(self, rc: RollCall) -> str:
        return list_text(self.tr("{name} ({mark}; now {status})").format(
            name=o.name, mark=mark_text(o.mark), status=label_text("status", o.status, STATUS)) for o in rc.off_roll)

    def _update_ranks(self) -> None:
        if self.rc is None or self.previous is None:
            self.model.set_ranks({})
            return
        self.model.set_ranks(previous_roll_call.find_ranks(self.previous, self.rc.students, self._marked_by_key))

    def _carried(self) -> list[int]:
        if self.rc is None or self.previous is None:
            return []
        return self.previous.carried(self.rc, self.model.current_marks())

    def _previous_text(self) -> str:
        """The previous roll call as the button and the messages name it (a day, or this morning)."""
        p = self.previous
        if p is None or p.previous_day is None:
            return ""
        if p.previous_day == p.day:
            return self.tr("this morning")
        return self.tr("{day} {weekday}").format(day=f"{p.previous_day:%m-%d}", weekday=weekday_text(p.previous_day))

    def _same_unavailable_text(self) -> str:
        p, rc = self.previous, self.rc
        if p is None or p.previous_day is None:
            return self.tr("There is no roll call before this one to copy.")
        if not p.taken:
            return self.tr("The roll was not taken on {day}: there is nothing to copy.").format(
                day=self._previous_text())
        if rc is not None and rc.taken:
            return self.tr("This roll call is already submitted: correct the marks one by one.")
        return self.tr("Nobody marked absent (no reason) on {day} is still marked present here.").format(
            day=self._previous_text())

    def _update_same_button(self, can_edit: bool) -> None:
        p = self.previous
        same_morning = p is not None and p.previous_day is not None and p.previous_day == p.day
        carried = self._carried() if can_edit else []
        if same_morning:
            text = self.tr("Same as this morning: {n} absent (=)").format(n=len(carried)) if carried \
                else self.tr("Same as this morning (=)")
        else:
            text = self.tr("Same as yesterday: {n} absent (=)").format(n=len(carried)) if carried \
                else self.tr("Same as yesterday (=)")
        self.same_button.setText(text)
        self.same_button.setVisible(can_edit and not (self.rc is not None and self.rc.taken))
        self.same_button.setEnabled(bool(carried))
        if carried:
            names = "\u3001".join(self.model.row_at(self.model.row_of(sid)).name for sid in carried)
            self.same_button.setToolTip(self.tr(
                "Mark again as absent (no reason) who was so on {day} and is still marked present here: {names}. "
                "Pupils on approved leave today are left as they are. Check them before you submit; "
                "Ctrl+Z takes them back.").format(day=self._previous_text(), names=names))
        else:
            self.same_button.setToolTip(self._same_unavailable_text())

    def _time_text(self, at: datetime | None) -> str:
        at = local_time(at)
        if at is None:
            return ""
        return f"{at:%H:%M}" if at.date() == self._today() else f"{at:%Y-%m-%d %H:%M}"

    def _legend_html(self) -> str:
        def whole(text: str) -> str:  # a chip is never broken over two lines; the line breaks between chips
            return text.replace(" ", "&nbsp;")

        chips = []
        for key, mark in KEY_MARKS.items():
            bg, fg = MARK_COLORS[mark]
            chips.append(f'<span style="background-color:{bg}; color:{fg};">&nbsp;<b>{key}</b>&nbsp;'
                         f'{whole(mark_text(mark))}&nbsp;</span>')
        bg, fg = MARK_COLORS[PRESENT]
        space = whole(self.tr("Space"))
        chips.append(f'<span style="color:{fg};">&nbsp;<b>0</b>&nbsp;/&nbsp;<b>{space}</b>&nbsp;'
                     f'{whole(mark_text(PRESENT))}&nbsp;</span>')
        same = whole(self.tr("Same as yesterday"))
        chips.append(f'<span style="color:#1f1f1f;">&nbsp;<b>{SAME_KEY}</b>&nbsp;{same}&nbsp;</span>')
        keys = "&nbsp; ".join(chips)
        title = self.tr("Keys:")
        help_text = self.tr("Type pinyin initials (e.g. zs for \u5f20\u4e09) to find a student (who was absent "
                            "yesterday comes first), Tab for the next one; arrows move; Ctrl+Enter submits.")
        return f"<b>{title}</b>&nbsp; {keys}<br/><span style='color:#555555'>{help_text}</span>"

    def _go_to(self, row: int) -> None:
        index = self.model.index(row, RosterModel.NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _say(self, text: str, *, warn: bool = False, good: bool = False) -> None:
        colour = "#b00020" if warn else ("#2e7d32" if good else "#1f1f1f")
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setText(text)

    @Slot(str)
    def _on_find_typed(self, text: str) -> None:
        text = "".join(ch for ch in text.lower() if ch.isalpha())
        if not text:
            return
        self._find += text
        self._find_hits = self.model.find(self._find)
        self._find_pos = 0
        self.table.finding = True
        if self._find_hits:
            self._go_to(self._find_hits[0])
        self._show_find()

    @Slot()
    def _on_find_backspace(self) -> None:
        if not self._find:
            return
        self._find = self._find[:-1]
        if not self._find:
            self._clear_find()
            return
        self._find_hits = self.model.find(self._find)
        self._find_pos = 0
        if self._find_hits:
            self._go_to(self._find_hits[0])
        self._show_find()

    @Slot()
    def _clear_find(self) -> None:
        self._find = ""
        self._find_hits = []
        self.table.finding = False
        self.find_label.clear()

    def _show_find(self) -> None:
        if not self._find_hits:
            self.find_label.setStyleSheet("color: #b00020;")
            self.find_label.setText(self.tr("Find \u201c{text}\u201d: no student").format(text=self._find))
            return
        self.find_label.setStyleSheet("color: #0b4f8a;")
        r = self.model.row_at(self._find_hits[self._find_pos])
        text = self.tr("Find \u201c{text}\u201d: {name}").format(text=self._find, name=r.name)
        why = self.previous.reason(r.student_id) if self.previous is not None else None
        if why is not None and r.student_id not in self._marked_by_key and not r.locked_by_leave:
            text += " \u00b7 " + {ABSENT_BEFORE: self.tr("absent (no reason) {day}"),
                                  ALERT_OPEN: self.tr("absence alert open"),
                                  MISSED_BEFORE: self.tr("on leave {day}")}[why].format(day=self._previous_text())
        if len(self._find_hits) > 1:
            text += " " + self.tr("({pos} of {n}, Tab for the next)").format(pos=self._find_pos + 1,
                                                                              n=len(self._find_hits))
        self.find_label.setText(text)

    @Slot()
    def _edit_note(self) -> None:
        row = self.table.currentIndex().row()
        index = self.model.index(row, RosterModel.NOTE)
        if index.isValid() and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    @Slot()
    def _discard(self) -> None:
        if self.maybe_discard():
            self.reload(keep_edits=False)

    @Slot(object)
    def _on_changed(self, changes: ChangeSet) -> None:
        if self._submitting or not changes.touches(self.SHOWS):
            return
        if changes.touches(CLASSES | STAFF):
            self._load_classes()
        if changes.touches(POLICY):
            self._load_sessions()
        self.reload(keep_edits=True)


# --- factories for the main window --------------------------------------------------------------


def roll_call_page(ctx, window=None) -> QWidget:
    """NavEntry factory: the roll call (permission ``attendance.take`` or ``attendance.overview``)."""
    return RollCallPage(ctx)


def alerts_page(ctx, window=None) -> QWidget:
    """NavEntry factory: the open absence alerts (permission ``alerts.view``)."""
    return AlertsPanel(ctx)


__all__ = ["AlertsPanel", "KEY_MARKS", "RollCallPage", "RosterModel", "RosterView",
           "TodayPanel", "alerts_page", "roll_call_page"]
