"""The student registry (学籍名册): search as you type, filters, the table, add / edit / view.

Searching is the service's job (:func:`app.students.search`: name, pinyin
initials, ID number, 学籍号, class name); this page only gathers what the
teacher typed and chose, waits a short moment after the last key (150 ms) and
shows the rows it gets back. It keeps no Session and no ORM object: the model
holds plain :class:`~app.students.StudentRow` values.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.messages import formatted
from app.changes import CLASSES, STAFF, STUDENTS, ChangeSet
from app import codes, students
from app.accounts import can_edit_class
from app.errors import BaoxueError
from app.school import list_classes
from app.students import FOCUS_GROUPS, StudentRow
from app.ui.models import Column, RowTableModel
from app.ui.widgets import error_text, label_text, labels_text, line_edit, make_table, open_modal

SEARCH_DELAY_MS = 150
SHOWN = 200  # hits of a search listed at once; the count label tells how many more there are


def mask_id_number(value: str) -> str:
    """``610729201703051234`` → ``610729********1234``: the area code and the last four stay readable."""
    value = value or ""
    if len(value) <= 10:
        return value
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


#: the record kinds the registry shows (it reads again when one changes)
SHOWS = STUDENTS | CLASSES | STAFF


class StudentTableModel(RowTableModel[StudentRow]):
    """The registry table: one plain :class:`StudentRow` per line."""

    NAME, SEX, BIRTH, CLASS, STUDENT_NO, ID_NUMBER, STATUS, VILLAGE, FOCUS = range(9)

    def __init__(self, rows=(), parent: QObject | None = None, *, show_full_id: bool = False):
        self._show_full_id = show_full_id
        self._pinyin_cache: dict[str, str] = {}
        super().__init__(rows, parent)

    def columns(self) -> list[Column[StudentRow]]:
        center = Qt.AlignmentFlag.AlignCenter
        grey = QColor("#888888")
        amber = QColor("#b26a00")
        return [
            Column(self.tr("Name"), lambda r: r.name, sort=self._name_key),
            Column(self.tr("Sex"), lambda r: label_text("sex", r.sex, codes.SEX) if r.sex in codes.SEX else "",
                   align=center),
            Column(self.tr("Birth date"), lambda r: r.birth_date.isoformat() if r.birth_date else "",
                   sort=lambda r: r.birth_date.toordinal() if r.birth_date else None, align=center),
            Column(self.tr("Class"), lambda r: r.class_name, sort=lambda r: f"{r.grade_level:02d}{r.class_name}"),
            Column(self.tr("Student no."), self._number_text, sort=lambda r: r.student_number or "~",
                   foreground=lambda r: grey if r.unregistered else (amber if r.number_warning else None),
                   tooltip=self._number_tooltip),
            Column(self.tr("ID number"), self._id_text, sort=lambda r: r.id_number,
                   tooltip=lambda r: r.id_number or None),
            Column(self.tr("Status"), lambda r: label_text("status", r.status, codes.STATUS), sort=lambda r: self._status_rank(r.status),
                   foreground=lambda r: None if r.status == "in_school" else grey),
            Column(self.tr("Village"), lambda r: r.village),
            Column(self.tr("Focus groups"), lambda r: labels_text("focus", r.focus, FOCUS_GROUPS),
                   sort=lambda r: f"{len(r.focus)}{r.focus_label}",
                   tooltip=lambda r: labels_text("focus", r.focus, FOCUS_GROUPS) or None),
        ]

    def set_show_full_id(self, show: bool) -> None:
        self._show_full_id = show
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.ID_NUMBER), self.index(self.rowCount() - 1, self.ID_NUMBER))

    def _number_text(self, r: StudentRow) -> str:
        if r.unregistered:
            return students.UNREGISTERED_LABEL  # shown as the national label in both languages
        return f"\u26a0 {r.student_number}" if r.number_warning else r.student_number

    def _number_tooltip(self, r: StudentRow) -> str | None:
        if r.unregistered:
            return self.tr("Not registered in the national student-status system yet: fill in the student "
                           "number once the school has registered the child")
        if r.number_warning:
            return self.tr("The student number does not carry the current ID number (the ID may have changed "
                           "after the number was issued): check it with the national student-status system")
        return None

    def _id_text(self, r: StudentRow) -> str:
        return r.id_number if self._show_full_id else mask_id_number(r.id_number)

    def _name_key(self, r: StudentRow) -> str:
        """Chinese names sort by their pinyin (as a class list on paper does)."""
        key = self._pinyin_cache.get(r.name)
        if key is None:
            key = students.pinyin_keys(r.name)[0] + r.name
            self._pinyin_cache[r.name] = key
        return key

    @staticmethod
    def _status_rank(status: str) -> int:
        keys = list(codes.STATUS)
        return keys.index(status) if status in keys else len(keys)


class RegistryPage(QWidget):
    """学籍名册: what the main window shows for students."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    #: emitted with the student id whenever the page opens a student (for the main window's history, tests)
    student_opened = Signal(int)
    #: emitted after every refresh with the number of rows shown
    refreshed = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("RegistryPage")
        actor = ctx.actor

        self.search_box = line_edit("registrySearch", self.tr("Name, pinyin initials, ID number, student no. or class"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(200)  # wider when the row has room (it stretches)
        self.search_box.setToolTip(self.tr("Type part of a name (or its pinyin initials, e.g. zs for 张三), "
                                           "an ID number, a student number or a class.\nCtrl+F jumps here."))
        self.search_box.installEventFilter(self)

        self.class_combo = QComboBox()
        self.class_combo.setObjectName("classFilter")
        self.class_combo.setToolTip(self.tr("Show one class only"))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setToolTip(self.tr("Show students with this enrolment status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for key in codes.STATUS:
            self.status_combo.addItem(label_text("status", key, codes.STATUS), key)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData("in_school")))
        self.focus_combo = QComboBox()
        self.focus_combo.setObjectName("focusFilter")
        self.focus_combo.setToolTip(self.tr("Show students of a focus group (poor household, left-behind, ...)"))
        self.focus_combo.addItem(self.tr("All students"), None)
        self.focus_combo.addItem(self.tr("Any focus group"), "any")
        for key in FOCUS_GROUPS:
            self.focus_combo.addItem(label_text("focus", key, FOCUS_GROUPS), key)
        self.focus_combo.insertSeparator(self.focus_combo.count())
        for key in students.NUMBER_FILTERS:  # 待注册学籍, 学籍号与身份证号不一致
            self.focus_combo.addItem(label_text("number_filter", key, students.NUMBER_FILTERS), key)
        self._load_classes()

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = StudentTableModel(parent=self, show_full_id=actor.has("student.view_all"))
        self.table = make_table(self.model, "studentTable", sortable=True, clearable=True,
                                resize=QHeaderView.ResizeMode.Interactive)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setHighlightSections(False)
        fits = self.table.fontMetrics().horizontalAdvance  # the words of the sex and the status in this language
        sex = max(48, *(fits(label_text("sex", k, codes.SEX)) + 16 for k in codes.SEX))
        status = max(70, *(fits(label_text("status", k, codes.STATUS)) + 16 for k in ("in_school", "suspended")))
        for column, width in ((StudentTableModel.NAME, 90), (StudentTableModel.SEX, sex),
                              (StudentTableModel.BIRTH, 100), (StudentTableModel.CLASS, 110),
                              (StudentTableModel.STUDENT_NO, 180), (StudentTableModel.ID_NUMBER, 170),
                              (StudentTableModel.STATUS, status), (StudentTableModel.VILLAGE, 80)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())

        # actions: shortcuts work anywhere on the page; the buttons trigger the same actions
        self.add_action = QAction(self.tr("Add student"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.edit_action = QAction(self.tr("Edit"), self)
        self.edit_action.setShortcuts([QKeySequence("Ctrl+E"), QKeySequence("F2")])
        self.view_action = QAction(self.tr("View"), self)
        for action in (self.add_action, self.edit_action, self.view_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.add_action.triggered.connect(self.add_student)
        self.edit_action.triggered.connect(self.edit_selected)
        self.view_action.triggered.connect(self.view_selected)

        self.add_button = QPushButton(self.tr("Add student"))
        self.add_button.setObjectName("addButton")
        self.add_button.setToolTip(self.tr("Register a new student (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_action.trigger)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.setToolTip(self.tr("Change the selected student's record (Ctrl+E or F2)"))
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.setObjectName("viewButton")
        self.view_button.setToolTip(self.tr("Open the selected student's file card (Enter or double-click)"))
        self.view_button.clicked.connect(self.view_action.trigger)
        can_create = actor.has("student.create")
        self.add_action.setEnabled(can_create)
        self.add_button.setVisible(can_create)

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        filters.addWidget(QLabel(self.tr("Class")))
        filters.addWidget(self.class_combo, 1)
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(QLabel(self.tr("Focus group")))
        filters.addWidget(self.focus_combo, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.returnPressed.connect(self._on_search_return)
        for combo in (self.class_combo, self.status_combo, self.focus_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.changed.connect(self._on_changed)

        self._unfiltered: dict[tuple, students.LoadedRoster] = {}
        self._total: int | None = None  # all the hits of the search when more than the SHOWN listed
        self.refresh()

    # --- public -----------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F from the main window: put the cursor in the search box, text selected."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_filter(self, key: str | None) -> None:
        """Show the pupils of one group or 学籍号 filter (e.g. students.UNREGISTERED), on the roll, all classes."""
        self.search_box.clear()
        self.class_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData("in_school")))
        self.focus_combo.setCurrentIndex(max(0, self.focus_combo.findData(key)))
        self.refresh()

    def reload(self) -> None:
        """Forget what was loaded and read classes and students again."""
        self._unfiltered.clear()
        self._load_classes()
        self.refresh()

    def selected_row(self) -> StudentRow | None:
        return self.model.row_at(self.table.currentIndex())

    @Slot()
    def refresh(self) -> None:
        """Ask the service for the rows matching the search box and the filters; keep the selection."""
        self._timer.stop()
        keep = self.selected_row()
        text = self.search_box.text().strip()
        filters = dict(class_id=self.class_combo.currentData(), status=self.status_combo.currentData(),
                       focus=self.focus_combo.currentData())
        key = tuple(filters.values())
        loaded = self._unfiltered.get(key)
        if loaded is not None:
            # the whole list for these filters is the slow case (every row loaded); it is kept until the data
            # changes, and a search is made in it, in memory: no query per keystroke (bench/bench_foundation.py)
            rows, self._total = loaded.find(text, SHOWN) if text else (loaded.rows, None)
        else:
            self._total = None
            try:
                # a search shows its first SHOWN hits and counts the rest ("N more"): every keystroke
                # stays quick even when nearly every pupil matches (bench/bench_foundation.py)
                if text:
                    rows, self._total = self.ctx.read(students.search_page, self.ctx.actor, text, **filters,
                                                      limit=SHOWN)
                else:
                    loaded = self.ctx.read(students.load_roster, self.ctx.actor, **filters)
                    rows = loaded.rows
                    self._unfiltered = {key: loaded}
            except BaoxueError as exc:
                rows = []
                QMessageBox.warning(self, self.tr("Search"), error_text(exc))
        if not text:
            self._total = None
        self.model.set_rows(rows)
        self._update_count()
        if keep is not None:
            self.select_student(keep.id)
        self._update_actions()
        self.refreshed.emit(len(rows))

    def select_student(self, student_id: int) -> bool:
        for n, row in enumerate(self.model.rows()):
            if row.id == student_id:
                index = self.model.index(n, 0)
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    # --- actions ------------------------------------------------------------------------

    @Slot()
    def add_student(self):
        if not self.ctx.actor.has("student.create"):
            return None
        from app.ui.student_dialog import StudentDialog

        dlg = StudentDialog(self.ctx, None, self, class_id=self.class_combo.currentData())
        dlg.saved.connect(self._after_save)
        return open_modal(dlg)

    @Slot()
    def edit_selected(self):
        row = self.selected_row()
        if row is None or not can_edit_class(self.ctx.actor, row.class_id):
            return None
        from app.ui.student_dialog import StudentDialog

        dlg = StudentDialog(self.ctx, row.id, self)
        dlg.saved.connect(self._after_save)
        return open_modal(dlg)

    @Slot()
    def view_selected(self):
        row = self.selected_row()
        return self.open_student(row.id) if row is not None else None

    def open_student(self, student_id: int):
        from app.ui.student_page import StudentPage

        try:
            page = StudentPage(self.ctx, student_id, self)
        except BaoxueError as exc:
            QMessageBox.warning(self, self.tr("Student"), error_text(exc))
            return None
        open_modal(page)
        self.student_opened.emit(student_id)
        return page

    # --- internals ------------------------------------------------------------------------

    def _load_classes(self) -> None:
        current = self.class_combo.currentData()
        classes = self.ctx.read(list_classes, self.ctx.actor)
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("All classes") if self.ctx.actor.has("student.view_all")
                                 else self.tr("All my classes"), None)
        for c in classes:
            self.class_combo.addItem(c.name, c.id)
        index = self.class_combo.findData(current) if current is not None else 0
        self.class_combo.setCurrentIndex(max(index, 0))
        self.class_combo.blockSignals(False)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if n == 0 and self.search_box.text().strip():
            self.count_label.setText(self.tr("No student matches \u201c{text}\u201d").format(
                text=self.search_box.text().strip()))
        elif self._total is not None and self._total > n:
            self.count_label.setText(formatted(self.tr("{n} {n:student|students} shown, {more} more: type more to narrow "
                                                       "the search"), n=n, more=self._total - n))
        else:
            self.count_label.setText(formatted(self.tr("{n} {n:student|students} in total"), n=n))

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.view_action.setEnabled(row is not None)
        self.edit_action.setEnabled(row is not None and can_edit_class(self.ctx.actor, row.class_id))
        self.view_button.setEnabled(self.view_action.isEnabled())
        self.edit_button.setEnabled(self.edit_action.isEnabled())

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_student(row.id)

    def _context_menu(self, pos) -> None:
        """Right-click on a row: the same View / Edit / Add as the buttons."""
        index = self.table.indexAt(pos)
        if index.isValid():
            row = self.model.row_at(index)
            if row is not None:
                self.select_student(row.id)
        menu = QMenu(self)
        menu.addAction(self.view_action)
        menu.addAction(self.edit_action)
        if self.ctx.actor.has("student.create"):
            menu.addSeparator()
            menu.addAction(self.add_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    @Slot()
    def _on_search_return(self) -> None:
        """Enter in the search box: search now; one hit opens it, several move to the table."""
        self.refresh()
        if self.model.rowCount() == 1:
            self.select_student(self.model.row_at(0).id)
            self.open_student(self.model.row_at(0).id)
        elif self.model.rowCount() > 1:
            self._focus_table()

    def _focus_table(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.select_student(self.model.row_at(0).id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            if self._timer.isActive():
                self.refresh()
            self._focus_table()
            return True
        return super().eventFilter(watched, event)

    @Slot(object)
    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.touches(self.SHOWS):
            return
        self._unfiltered.clear()
        if changes.touches(CLASSES | STAFF):
            self._load_classes()
        self.refresh()

    @Slot(int)
    def _after_save(self, student_id: int) -> None:
        # the context already announced "students" (the table is fresh): select the saved student
        self.select_student(student_id)
        self.table.setFocus()


def age_on(birth: date | None, day: date | None = None) -> int | None:
    """Whole years between ``birth`` and ``day`` (display only)."""
    if birth is None:
        return None
    day = day or date.today()
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


class UnregisteredNotice(QLabel):
    """On the office's first page (the roll call) for the registrar: how many pupils on the roll have no 学籍号
    yet (待注册学籍), with a link to the registry filtered on them; hidden when there are none."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = STUDENTS | CLASSES | STAFF

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.count = 0
        self.setObjectName("unregisteredNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("QLabel#unregisteredNotice { background: #eef4fb; color: #0d3c61; "
                           "border: 1px solid #9cc3e6; border-radius: 4px; padding: 6px; }")
        self.linkActivated.connect(self.open_registry)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.count = 0
        if self.ctx.actor.has("roster.import"):
            try:
                self.count = self.ctx.read(students.count_unregistered, self.ctx.actor)
            except BaoxueError:
                self.count = 0
        if not self.count:
            self.clear()
            self.setVisible(False)
            return
        self.setText(self.tr(
            "{n} pupil(s) on the roll have no national student number yet ({label}). Register them in the "
            "national student-status system, then fill in the number: <a href=\"registry\">show them in the "
            "student registry</a>.").format(n=self.count, label=students.UNREGISTERED_LABEL))
        self.setVisible(True)

    @Slot()
    def open_registry(self, _link: str = "") -> None:
        window = self.window()
        page = window.show_page("registry") if hasattr(window, "show_page") else None
        if page is not None and hasattr(page, "show_filter"):
            page.show_filter(students.UNREGISTERED)

    @Slot(object)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()
