"""学校设置 — the school: its details, classes (incl. mixed-grade), staff, school years and terms.

Each tab shows plain rows from :mod:`app.school` and changes them through its
services in one ``ctx.run`` transaction; a refused change shows the service's
message. Only users with "school.manage" see this page at all.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import ACCOUNTS, CALENDAR, CLASSES, ChangeSet, SCHOOL, STAFF, STUDENTS
from app import school
from app.codes import GRADES, SEX
from app.school import ClassInfo, StaffInfo, TermInfo
from app.ui.models import Column, RowTableModel
from app.ui.widgets import (FormDialog, label_text, list_text, attempt, confirm, hbox, hint_label, line_edit, make_table, open_modal,
                             push_button, shortcut_action, show_info, vbox)


def _table(model) -> QTableView:
    return make_table(model, sortable=True, clearable=True, wrap=True, resize=QHeaderView.ResizeMode.Interactive)


def grades_text(levels) -> str:
    return list_text(label_text("grade", g, GRADES) for g in levels)


# --- table models ----------------------------------------------------------------------------------


class ClassTableModel(RowTableModel[ClassInfo]):
    NAME, GRADES_COL, HEAD, STUDENTS, ACTIVE = range(5)

    def columns(self) -> list[Column[ClassInfo]]:
        right = Qt.AlignmentFlag.AlignRight
        mixed = self.tr("mixed-grade")
        return [
            Column(self.tr("Class"), lambda c: c.name, sort=lambda c: f"{c.grade_level:02d}{c.name}"),
            Column(self.tr("Grade(s)"), lambda c: grades_text(c.grade_levels) + (f"({mixed})" if c.mixed else ""),
                   sort=lambda c: c.grade_level),
            Column(self.tr("Head teacher"), lambda c: c.head_teacher_name),
            Column(self.tr("Students"), lambda c: c.student_count, align=right),
            Column(self.tr("In use"), lambda c: self.tr("Yes") if c.active else self.tr("No"),
                   sort=lambda c: int(not c.active)),
        ]


class StaffTableModel(RowTableModel[StaffInfo]):
    NAME, SEX_COL, PHONE, TITLE, VILLAGE, LEFT = range(6)

    def columns(self) -> list[Column[StaffInfo]]:
        return [
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Sex"), lambda s: label_text("sex", s.sex, SEX) if s.sex else ""),
            Column(self.tr("Phone"), lambda s: s.phone),
            Column(self.tr("Job title"), lambda s: s.title),
            Column(self.tr("Lives in"), lambda s: s.village),
            Column(self.tr("Left on"), lambda s: s.left_on.isoformat() if s.left_on else "",
                   sort=lambda s: s.left_on.isoformat() if s.left_on else None),
        ]


class TermTableModel(RowTableModel[TermInfo]):
    YEAR, TERM, START, END, NOW = range(5)

    def __init__(self, rows=(), parent=None, *, today: date | None = None):
        self.today = today or date.today()
        super().__init__(rows, parent)

    def columns(self) -> list[Column[TermInfo]]:
        return [
            Column(self.tr("School year"), lambda t: t.school_year, sort=lambda t: t.start_date.toordinal()),
            Column(self.tr("Term"), lambda t: t.name, sort=lambda t: t.start_date.toordinal()),
            Column(self.tr("Starts"), lambda t: t.start_date.isoformat()),
            Column(self.tr("Ends"), lambda t: t.end_date.isoformat()),
            Column(self.tr("Now"), lambda t: self.tr("current term") if t.start_date <= self.today <= t.end_date
                   else ""),
        ]


# --- dialogs ----------------------------------------------------------------------------------------


class ClassDialog(FormDialog):
    """New class, or change a class: name, grade, the other grades of a mixed-grade class, head teacher."""

    def __init__(self, ctx, cls: ClassInfo | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent, "ClassDialog")
        self.cls = cls
        self.class_id: int | None = cls.id if cls else None
        self.setWindowTitle(self.tr("Change class") if cls else self.tr("New class"))
        self.name_edit = QLineEdit(cls.name if cls else "")
        self.name_edit.setObjectName("className")
        self.name_edit.setPlaceholderText(self.tr("e.g. 三年级(1)班"))
        self.grade_combo = QComboBox()
        self.grade_combo.setObjectName("gradeCombo")
        for level, label in GRADES.items():
            self.grade_combo.addItem(label, level)
        if cls:
            self.grade_combo.setCurrentIndex(self.grade_combo.findData(cls.grade_level))
        self.mixed_check = QCheckBox(self.tr("Mixed-grade class (复式班): pupils of several grades together"))
        self.mixed_check.setObjectName("mixedCheck")
        self.extra_boxes: dict[int, QCheckBox] = {}
        extra = QWidget()
        grid = QGridLayout(extra)
        grid.setContentsMargins(16, 0, 0, 0)
        for n, (level, label) in enumerate(GRADES.items()):
            box = QCheckBox(label)
            box.setObjectName(f"extraGrade{level}")
            box.setChecked(bool(cls and level in cls.grade_levels and level != cls.grade_level))
            self.extra_boxes[level] = box
            grid.addWidget(box, n // 5, n % 5)
        self.extra_widget = extra
        self.mixed_check.setChecked(bool(cls and cls.mixed))
        self.mixed_check.toggled.connect(self._update_extra)
        self.grade_combo.currentIndexChanged.connect(self._update_extra)
        self.head_combo = QComboBox()
        self.head_combo.setObjectName("headCombo")
        self.head_combo.addItem(self.tr("(none yet)"), None)
        for s in ctx.read(school.list_staff):
            self.head_combo.addItem(s.name, s.id)
        if cls and cls.head_teacher_id is not None:
            index = self.head_combo.findData(cls.head_teacher_id)
            if index < 0:  # a head teacher who has left: still shown
                self.head_combo.addItem(cls.head_teacher_name, cls.head_teacher_id)
                index = self.head_combo.count() - 1
            self.head_combo.setCurrentIndex(index)
        self.active_check = QCheckBox(self.tr("In use (untick for a class that no longer exists)"))
        self.active_check.setChecked(cls.active if cls else True)
        self.active_check.setVisible(cls is not None)

        form = QFormLayout()
        form.addRow(self.tr("Class name *"), self.name_edit)
        form.addRow(self.tr("Grade *"), self.grade_combo)
        form.addRow("", self.mixed_check)
        form.addRow(self.tr("Also grades"), extra)
        form.addRow(self.tr("Head teacher"), self.head_combo)
        form.addRow("", self.active_check)
        self.lay_out(form, ok_text=self.tr("Save"))
        self._update_extra()

    def _update_extra(self) -> None:
        on = self.mixed_check.isChecked()
        main = self.grade_combo.currentData()
        self.extra_widget.setEnabled(on)
        for level, box in self.extra_boxes.items():
            box.setEnabled(on and level != main)

    def extra_grades(self) -> tuple[int, ...]:
        if not self.mixed_check.isChecked():
            return ()
        main = self.grade_combo.currentData()
        return tuple(level for level, box in self.extra_boxes.items() if box.isChecked() and level != main)

    def accept(self) -> None:
        kw = dict(extra_grade_levels=self.extra_grades(), head_teacher_id=self.head_combo.currentData())
        if self.cls is None:
            ok, class_id = attempt(self, self.ctx.run, school.create_class, self.name_edit.text(),
                                   self.grade_combo.currentData(),
                                   title=self.tr("The class was not saved"), **kw)
            if ok:
                self.class_id = class_id
        else:
            ok, _ = attempt(self, self.ctx.run, school.update_class, self.cls.id, name=self.name_edit.text(),
                            grade_level=self.grade_combo.currentData(), active=self.active_check.isChecked(), title=self.tr("The class was not saved"), **kw)
        if ok:
            super().accept()


class StaffDialog(FormDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent, "StaffDialog")
        self.staff_id: int | None = None
        self.setWindowTitle(self.tr("New staff member"))
        self.name_edit = line_edit("staffName")
        self.sex_combo = QComboBox()
        self.sex_combo.addItem(self.tr("(not given)"), "")
        for key, label in SEX.items():
            self.sex_combo.addItem(label, key)
        self.phone_edit = line_edit("staffPhone", self.tr("Mobile, e.g. 13800138000"))
        self.title_edit = line_edit("", self.tr("e.g. 一级教师"))
        self.village_edit = line_edit("", self.tr("Village where they live (for home visits nearby)"))
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name_edit)
        form.addRow(self.tr("Sex"), self.sex_combo)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Job title"), self.title_edit)
        form.addRow(self.tr("Lives in"), self.village_edit)
        self.lay_out(form, ok_text=self.tr("Save"))

    def accept(self) -> None:
        # (create_staff has its own ``title`` argument, so the call is wrapped rather than passed to attempt)
        ok, staff_id = attempt(self, self._create, title=self.tr("The staff member was not saved"))
        if ok:
            self.staff_id = staff_id
            super().accept()

    def _create(self) -> int:
        return self.ctx.run(school.create_staff, self.name_edit.text(), sex=self.sex_combo.currentData(),
                            phone=self.phone_edit.text(), title=self.title_edit.text(),
                            village=self.village_edit.text())


class LeaveDialog(FormDialog):
    def __init__(self, ctx, staff: StaffInfo, parent: QWidget | None = None):
        super().__init__(ctx, parent, "LeaveDialog")
        self.staff = staff
        self.setWindowTitle(self.tr("{name} leaves the school").format(name=staff.name))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(self.tr("Last day"), self.date_edit)
        self.lay_out(QLabel(self.tr("{name} will no longer be offered as head teacher or for new accounts. "
                                    "Their history stays.").format(name=staff.name)), form,
                     ok_text=self.tr("Mark as left"))

    def accept(self) -> None:
        self.save(school.staff_leaves, self.staff.id, self.date_edit.date().toPython(), title=self.tr("Not saved"))


class TeachingDialog(FormDialog):
    """A teacher teaches a class (so that they see and may edit its students)."""

    def __init__(self, ctx, staff: StaffInfo, parent: QWidget | None = None):
        super().__init__(ctx, parent, "TeachingDialog")
        self.staff = staff
        self.setWindowTitle(self.tr("{name} teaches a class").format(name=staff.name))
        self.class_combo = QComboBox()
        for c in ctx.read(school.list_classes):
            self.class_combo.addItem(c.name, c.id)
        self.subject_edit = line_edit("", self.tr("e.g. 数学"))
        form = QFormLayout()
        form.addRow(self.tr("Class"), self.class_combo)
        form.addRow(self.tr("Subject"), self.subject_edit)
        self.lay_out(form, ok_text=self.tr("Save"))

    def accept(self) -> None:
        if self.class_combo.currentData() is None:
            self.reject()
            return
        self.save(school.assign_teaching, self.staff.id, self.class_combo.currentData(),
                  self.subject_edit.text().strip(), title=self.tr("Not saved"))


# --- tabs ----------------------------------------------------------------------------------------------


class SchoolInfoTab(QWidget):
    FIELDS = ("code", "name", "county_code", "county_name", "township", "address", "phone", "principal_name")

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.edits = {key: QLineEdit() for key in self.FIELDS}
        for key, edit in self.edits.items():
            edit.setObjectName(f"school_{key}")
        labels = {
            "code": self.tr("School code (10 digits) *"), "name": self.tr("School name *"),
            "county_code": self.tr("County code *"), "county_name": self.tr("County name"),
            "township": self.tr("Township"), "address": self.tr("Address"), "phone": self.tr("Phone"),
            "principal_name": self.tr("Principal's name"),
        }
        form = QFormLayout()
        for key in self.FIELDS:
            form.addRow(labels[key], self.edits[key])
        self.demo_label = QLabel(self.tr("This is the demo school: sample data, not a real school."))
        self.demo_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.save_button = push_button(self.tr("Save changes"), "saveSchool", self.save,
                                       tooltip=self.tr("Save the school's details (Ctrl+S)"))
        self.save_action = shortcut_action(self, self.tr("Save changes"), QKeySequence.StandardKey.Save, self.save)
        self.revert_button = push_button(self.tr("Undo my edits"), clicked=self.load)
        vbox(self.demo_label, form, hbox(self.save_button, self.revert_button, None), None, parent=self)
        self.load()

    @Slot()
    def load(self) -> None:
        info = self.ctx.read(school.get_school)
        self.demo_label.setVisible(bool(info and info.is_demo))
        for key, edit in self.edits.items():
            edit.setText(getattr(info, key, "") if info else "")

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    @Slot()
    def save(self) -> bool:
        ok, _ = attempt(self, self.ctx.run, school.update_school,
                        title=self.tr("The school's details were not saved"), **self.values())
        if ok:
            self.load()
            show_info(self, self.tr("The school's details have been saved."), self.tr("School"))
        return ok


class ListTab(QWidget):
    """A tab listing the school's classes or staff (``model`` in ``table``, named ``name``) whose buttons open
    small dialogs on the selected row."""

    def __init__(self, ctx, model: RowTableModel, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        model.setParent(self)
        self.table = _table(model)
        self.table.setObjectName(name)
        self.dialog: QDialog | None = None

    def selected(self):
        return self.model.row_at(self.table.currentIndex())

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        return open_modal(dialog)


class ClassesTab(ListTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, ClassTableModel(), "classTable", parent)
        for column, width in ((ClassTableModel.NAME, 200), (ClassTableModel.GRADES_COL, 230),
                              (ClassTableModel.HEAD, 110), (ClassTableModel.STUDENTS, 80)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_class())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.show_inactive = QCheckBox(self.tr("Also show classes no longer in use"))
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.add_button = push_button(self.tr("New class\u2026"), "addClass", self.add_class,
                                      tooltip=self.tr("Add a class (Ctrl+N)"))
        self.edit_button = push_button(self.tr("Change class\u2026"), "editClass", self.edit_class,
                                       tooltip=self.tr("Change the name, grades or head teacher (double-click)"))
        self.add_action = shortcut_action(self, self.tr("New class\u2026"), "Ctrl+N", self.add_class)
        vbox((self.table, 1), hbox(self.add_button, self.edit_button, None, self.show_inactive), parent=self)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.read(school.list_classes, only_active=not self.show_inactive.isChecked()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    @Slot()
    def add_class(self) -> ClassDialog:
        return self._open(ClassDialog(self.ctx, None, self))

    @Slot()
    def edit_class(self) -> ClassDialog | None:
        c = self.selected()
        return self._open(ClassDialog(self.ctx, c, self)) if c else None


class StaffTab(ListTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, StaffTableModel(), "staffTable", parent)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.show_left = QCheckBox(self.tr("Also show staff who have left"))
        self.show_left.toggled.connect(lambda _on: self.refresh())
        self.add_button = push_button(self.tr("New staff member\u2026"), "addStaff", self.add_staff)
        self.teach_button = push_button(
            self.tr("Teaches a class\u2026"), "assignTeaching", self.assign_teaching,
            tooltip=self.tr("Record that this teacher teaches a class, so they see its students"))
        self.leave_button = push_button(self.tr("Has left the school\u2026"), "staffLeaves", self.mark_left)
        vbox((self.table, 1), hbox(self.add_button, self.teach_button, self.leave_button, None, self.show_left),
             parent=self)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.read(school.list_staff, only_active=not self.show_left.isChecked()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        s = self.selected()
        self.leave_button.setEnabled(s is not None and s.active)
        self.teach_button.setEnabled(s is not None and s.active)

    @Slot()
    def add_staff(self) -> StaffDialog:
        return self._open(StaffDialog(self.ctx, self))

    @Slot()
    def mark_left(self) -> LeaveDialog | None:
        s = self.selected()
        return self._open(LeaveDialog(self.ctx, s, self)) if s else None

    @Slot()
    def assign_teaching(self) -> TeachingDialog | None:
        s = self.selected()
        return self._open(TeachingDialog(self.ctx, s, self)) if s else None


class YearsTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.model = TermTableModel(parent=self, today=self.today)
        self.table = _table(self.model)
        self.table.setObjectName("termTable")
        self.add_button = push_button("", "addSchoolYear", self.add_next_year)
        vbox(hint_label(self.tr(
            "Each school year has two terms. Add the next school year before it starts (usually in summer).")),
            (self.table, 1), hbox(self.add_button, None), parent=self)
        self.refresh()

    def next_start_year(self) -> int:
        terms = self.model.rows()
        if not terms:
            return school.school_year_start_for(self.today)
        return max(school.school_year_start_for(t.start_date) for t in terms) + 1

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.read(school.list_terms))
        y = self.next_start_year()
        self.add_button.setText(self.tr("Add school year {a}\u2013{b}\u2026").format(a=y, b=y + 1))

    @Slot()
    def add_next_year(self) -> bool:
        y = self.next_start_year()
        if not confirm(self, self.tr("Add the school year {a}\u2013{b} with its two usual terms "
                                     "(September to January, February to July)?").format(a=y, b=y + 1),
                       self.tr("New school year")):
            return False
        ok, _ = attempt(self, self.ctx.run, school.add_school_year, y,
                        title=self.tr("The school year was not added"))
        return ok


class SchoolPage(QWidget):
    """学校设置: four tabs — details, classes, staff, school years."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = CLASSES | STAFF | STUDENTS | CALENDAR | ACCOUNTS | SCHOOL

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SchoolPage")
        self.info_tab = SchoolInfoTab(ctx)
        self.classes_tab = ClassesTab(ctx)
        self.staff_tab = StaffTab(ctx)
        self.years_tab = YearsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.info_tab, self.tr("School details"))
        self.tabs.addTab(self.classes_tab, self.tr("Classes"))
        self.tabs.addTab(self.staff_tab, self.tr("Staff"))
        self.tabs.addTab(self.years_tab, self.tr("School years"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(CLASSES | STAFF | STUDENTS | CALENDAR):
            self.classes_tab.refresh()
        if changes.touches(STAFF | ACCOUNTS):
            self.staff_tab.refresh()
        if changes.touches(CALENDAR):
            self.years_tab.refresh()
        if changes.touches(SCHOOL):
            self.info_tab.load()
