"""Add or edit one student (新增学生 / 编辑学生).

The dialog owns no rule. On every change it turns the form into a
:class:`~app.students.StudentInput`, asks :func:`app.students.check_input`
what is wrong, and shows each reason in red under the field that
:class:`~app.errors.ValidationError.field` names. Before saving it asks
:func:`app.students.validate` (with the database: duplicate ID numbers, the
class), then saves through ``ctx.run`` in one transaction.

To spare a teacher a wall of red on an empty form, a field's error appears once
the field has been touched (or the teacher asked to see all of them); Save stays
disabled until nothing is wrong and the line at the bottom says how many things
are left, with a link that jumps to the first one. The form's pieces (the guardians' editor,
the code drop-downs, the optional dates) are in :mod:`app.ui.student_form`.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget)

from app.messages import formatted
from app import codes, identity, students
from app.accounts import can_edit_class
from app.errors import BaoxueError, PermissionDenied, ValidationError
from app.school import list_classes
from app.students import StudentInput
from app.ui.student_form import ERROR_COLOR, GuardianEditor, OptionalDateEdit, code_combo, set_combo, set_invalid
from app.ui.student_form import INVALID_STYLE as _INVALID_STYLE
from app.ui.student_form import error_label as _error_label
from app.ui.widgets import list_text, label_text, error_text, fit_to_screen, info_label, push_button

# ValidationError.field (as the services name it) → the form field that shows it
FIELD_KEYS: dict[str, str] = {
    "姓名": "name",
    "性别": "sex",
    "出生日期": "birth_date",
    "民族": "ethnicity",
    "身份证件类型": "id_doc_type",
    "证件类型": "id_doc_type",
    "身份证件号": "id_number",
    "身份证号": "id_number",
    "身份证号码": "id_number",
    "证件号码": "id_number",
    "证件号": "id_number",
    "全国学籍号": "student_number",
    "学籍号": "student_number",
    "班级": "class_id",
    "年级": "grade_level",
    "入学日期": "enrolled_on",
    "户口性质": "hukou",
    "健康状况": "health",
    "就读方式": "boarding",
    "家庭住址": "address",
    "地址": "address",
    "乡镇": "township",
    "村": "village",
    "留守儿童": "left_behind",
    "残疾类型": "disability_type",
    "备注": "notes",
}
_GUARDIAN_FIELD = re.compile(r"^监护人(\d+)(.*)$")
_GUARDIAN_PARTS = {"姓名": "name", "关系": "relation", "电话": "phone", "联系电话": "phone", "务工地点": "work_place"}

# a date equal to the minimum of a date edit means "not filled in" (shown with the special value text)
_EMPTY_BIRTH = date(1990, 1, 1)
_EMPTY_ENROL = date(1990, 1, 1)


def key_for_field(field: str) -> str:
    """The form key for a service's field name: ``"身份证件号"`` → ``"id_number"``, ``"监护人2电话"`` → ``"g1.phone"``."""
    if field in FIELD_KEYS:
        return FIELD_KEYS[field]
    m = _GUARDIAN_FIELD.match(field)
    if m:
        part = m.group(2).strip()
        return f"g{int(m.group(1)) - 1}.{_GUARDIAN_PARTS.get(part, part or 'name')}"
    for name, key in FIELD_KEYS.items():  # e.g. "身份证件号码" or "出生日期(身份证)"
        if field.startswith(name):
            return key
    return ""


def resident_id_facts(text: str) -> tuple[str, date] | None:
    """(sex code, birth date) read from a valid 18-digit resident ID, or None."""
    number = identity.normalize_id_number(text)
    if len(number) != 18:
        return None
    try:
        rid = identity.check_resident_id(number)
    except ValidationError:
        return None
    return rid.sex, rid.birth_date






def _tab_grid() -> tuple[QWidget, QGridLayout]:
    """A tab of the dialog and its grid (two label-and-field pairs a row)."""
    page = QWidget()
    return page, QGridLayout(page)


def _stretch(grid: QGridLayout, last_row: int) -> None:
    """The fields (columns 1 and 3) take the spare width, the empty row ``last_row`` the spare height."""
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(3, 1)
    grid.setRowStretch(last_row, 1)


class StudentDialog(QDialog):
    """新增学生 / 编辑学生. ``student_id=None`` adds a student."""

    guide_topic = "first-start#registry"  # the user guide's part that F1 opens here

    #: emitted with the student id after a successful save
    saved = Signal(int)

    TAB_BASIC, TAB_FAMILY, TAB_FOCUS, TAB_GUARDIANS = range(4)

    def __init__(self, ctx, student_id: int | None = None, parent: QWidget | None = None, *,
                 class_id: int | None = None, collect_only: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.student_id = student_id
        #: fill in and check a new child's record without saving it (a transfer-in request carries it
        #: until the principal approves); the checked input is then in :attr:`collected`
        self.collect_only = collect_only
        self.collected = None
        self.setObjectName("StudentDialog")
        self.setStyleSheet(_INVALID_STYLE)
        self.setSizeGripEnabled(True)
        fit_to_screen(self, 820, 600)

        original = ctx.read(students.input_of, ctx.actor, student_id) if student_id is not None else None
        self.setWindowTitle(self.tr("Edit student \u2014 {name}").format(name=original.name) if original
                            else self.tr("Add student"))

        self._widgets: dict[str, QWidget] = {}
        self._errors_labels: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}
        self._touched: set[str] = set()
        self._reveal_all = original is not None
        self._errors: list[ValidationError] = []
        self._db_errors: list[ValidationError] = []
        self._loading = True
        self._accepting = False

        self.tabs = QTabWidget()
        self.tabs.addTab(self._basic_tab(), self.tr("Basic information"))
        self.tabs.addTab(self._family_tab(), self.tr("Family"))
        self.tabs.addTab(self._focus_tab(), self.tr("Focus groups"))
        self.guardian_editor = GuardianEditor()
        self.guardian_editor.changed.connect(self._on_guardians_changed)
        self.tabs.addTab(self.guardian_editor, self.tr("Guardians"))
        self._tab_titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]

        self.general_error = _error_label()
        self.summary = info_label(rich=True)
        self.summary.linkActivated.connect(lambda _link: self.show_all_errors())
        self.save_button = push_button(self.tr("Save"), "saveButton", tooltip=self.tr("Save (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = push_button(self.tr("Cancel"), tooltip=self.tr("Close without saving (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self._save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self._save_shortcut.activated.connect(self._save_from_shortcut)

        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self._load_classes(original.class_id if original else class_id)
        if original is not None:
            self.set_input(original)
        else:
            if class_id is not None:
                set_combo(self.class_combo, class_id)
            self.guardian_editor.add_row(touched=False, notify=False)
        self._initial = self.collect()
        self._loading = False
        self._connect_changes()
        self._update_number_hint()
        self.revalidate()
        self.name_edit.setFocus()

    # --- building ---------------------------------------------------------------------------

    def _add(self, grid: QGridLayout, row: int, col: int, key: str, label: str, widget: QWidget, tab: int,
             span: int = 1) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        caption.setContentsMargins(0, 4, 0, 0)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        err = _error_label()
        v.addWidget(err)
        grid.addWidget(caption, row, col * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(box, row, col * 2 + 1, 1, span * 2 - 1, Qt.AlignmentFlag.AlignTop)
        self._widgets[key] = widget
        self._errors_labels[key] = err
        self._tab_of[key] = tab
        widget.setObjectName(key)

    def _basic_tab(self) -> QWidget:
        page, grid = _tab_grid()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        today = date.today()
        t = self.TAB_BASIC

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.sex_combo = code_combo(codes.SEX, blank=self.tr("Please choose"), name="sex")
        self.birth_edit = OptionalDateEdit(_EMPTY_BIRTH, self.tr("Please choose"), (today.year - 8, 1))
        self.ethnicity_combo = code_combo(codes.ETHNICITY, current="01", name="ethnicity")
        self.doc_type_combo = code_combo(codes.DOC_TYPE, current="1", name="doc_type")
        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(30)
        self.id_edit.setPlaceholderText(self.tr("18 digits; sex and birth date are filled in from it"))
        self.id_hint = QLabel()
        self.id_hint.setProperty("role", "hint")
        self.id_hint.setVisible(False)
        self.student_number_edit = QLineEdit()
        self.student_number_edit.setMaxLength(30)
        self.student_number_edit.setPlaceholderText(self.tr("G + ID number, or L / J number; empty until registered"))
        self.number_hint = QLabel()  # 待注册学籍, or a G number that does not carry the ID number (accepted)
        self.number_hint.setObjectName("numberHint")
        self.number_hint.setProperty("role", "hint")
        self.number_hint.setWordWrap(True)
        self.number_hint.setVisible(False)
        self.class_combo = QComboBox()
        self.grade_combo = QComboBox()
        self.grade_combo.addItem(self.tr("Same as the class"), None)
        for level in codes.GRADES:
            self.grade_combo.addItem(label_text("grade", level, codes.GRADES), level)
        self.enrol_edit = OptionalDateEdit(_EMPTY_ENROL, self.tr("Not filled in (today)"), (today.year, 9))
        self.hukou_combo = code_combo(codes.HUKOU, current="1", name="hukou")
        self.health_combo = code_combo(codes.HEALTH, current="10", name="health")
        self.boarding_combo = code_combo(codes.BOARDING, current="1", name="boarding")

        self._add(grid, 0, 0, "name", self.tr("Name"), self.name_edit, t)
        self._add(grid, 0, 1, "sex", self.tr("Sex"), self.sex_combo, t)
        self._add(grid, 1, 0, "birth_date", self.tr("Birth date"), self.birth_edit, t)
        self._add(grid, 1, 1, "ethnicity", self.tr("Ethnicity"), self.ethnicity_combo, t)
        self._add(grid, 2, 0, "id_doc_type", self.tr("ID document"), self.doc_type_combo, t)
        self._add(grid, 2, 1, "id_number", self.tr("ID number"), self.id_edit, t)
        self._errors_labels["id_number"].parentWidget().layout().addWidget(self.id_hint)
        self._add(grid, 3, 0, "student_number", self.tr("Student no."), self.student_number_edit, t)
        self._errors_labels["student_number"].parentWidget().layout().addWidget(self.number_hint)
        for edit in (self.student_number_edit, self.id_edit):
            edit.textChanged.connect(lambda _t: self._update_number_hint())
        self.doc_type_combo.currentIndexChanged.connect(lambda _i: self._update_number_hint())
        self._add(grid, 3, 1, "class_id", self.tr("Class"), self.class_combo, t)
        self._add(grid, 4, 0, "grade_level", self.tr("Grade"), self.grade_combo, t)
        self._add(grid, 4, 1, "enrolled_on", self.tr("Enrolment date"), self.enrol_edit, t)
        self._add(grid, 5, 0, "hukou", self.tr("Household registration"), self.hukou_combo, t)
        self._add(grid, 5, 1, "health", self.tr("Health"), self.health_combo, t)
        self._add(grid, 6, 0, "boarding", self.tr("Day / boarding"), self.boarding_combo, t)
        _stretch(grid, 7)
        return page

    def _family_tab(self) -> QWidget:
        page, grid = _tab_grid()
        t = self.TAB_FAMILY
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("e.g. 马道镇青桥村三组 12 号"))
        self.township_edit = QLineEdit()
        self.village_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Anything the school should know about the family"))
        self._add(grid, 0, 0, "address", self.tr("Home address"), self.address_edit, t, span=2)
        self._add(grid, 1, 0, "township", self.tr("Township"), self.township_edit, t)
        self._add(grid, 1, 1, "village", self.tr("Village"), self.village_edit, t)
        self._add(grid, 2, 0, "notes", self.tr("Notes"), self.notes_edit, t, span=2)
        _stretch(grid, 3)
        return page

    def _focus_tab(self) -> QWidget:
        page, grid = _tab_grid()
        t = self.TAB_FOCUS
        intro = QLabel(self.tr("Tick every group the child belongs to. These children get extra care "
                               "and are watched more closely for dropping out."))
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 4)
        self.flag_checks: dict[str, QCheckBox] = {}
        flags = [
            ("poor_household", self.tr("Registered poor household (建档立卡)")),
            ("migrant_child", self.tr("Child of migrant workers (随迁子女)")),
            ("learning_difficulty", self.tr("Learning difficulty")),
            ("orphan", self.tr("Orphan")),
            ("prisoner_child", self.tr("Child of a prisoner")),
            ("economic_hardship", self.tr("Family in economic hardship")),
            ("martyr_child", self.tr("Child of a martyr")),
            ("only_child", self.tr("Only child")),
        ]
        for n, (key, label) in enumerate(flags):
            check = QCheckBox(label)
            check.setObjectName(key)
            self.flag_checks[key] = check
            self._widgets[key] = check
            self._tab_of[key] = t
            grid.addWidget(check, 1 + n // 2, (n % 2) * 2, 1, 2)
        row = 1 + (len(flags) + 1) // 2
        self.left_behind_combo = code_combo(codes.LEFT_BEHIND, current="0", name="left_behind")
        self.disability_combo = code_combo(codes.DISABILITY, blank=self.tr("None"), name="disability")
        self._add(grid, row, 0, "left_behind", self.tr("Left-behind child"), self.left_behind_combo, t)
        self._add(grid, row, 1, "disability_type", self.tr("Disability"), self.disability_combo, t)
        _stretch(grid, row + 1)
        return page

    def _load_classes(self, keep_id: int | None) -> None:
        actor = self.ctx.actor
        classes = [c for c in self.ctx.read(list_classes, actor) if can_edit_class(actor, c.id) or c.id == keep_id]
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("Please choose"), None)
        for c in classes:
            self.class_combo.addItem(c.name, c.id)
        if len(classes) == 1 and keep_id is None:
            self.class_combo.setCurrentIndex(1)

    def _connect_changes(self) -> None:
        def hook(key: str):
            return lambda *_args: self._on_field_changed(key)

        for key, widget in self._widgets.items():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(hook(key))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(hook(key))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(hook(key))
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(hook(key))
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(hook(key))
        self.id_edit.textEdited.connect(self._fill_from_id)

    # --- value in / out ---------------------------------------------------------------------

    def set_input(self, inp: StudentInput) -> None:
        self.name_edit.setText(inp.name)
        set_combo(self.sex_combo, inp.sex or None)
        self.birth_edit.set_value(inp.birth_date)
        set_combo(self.ethnicity_combo, inp.ethnicity)
        set_combo(self.doc_type_combo, inp.id_doc_type)
        self.id_edit.setText(inp.id_number or "")
        self.student_number_edit.setText(inp.student_number or "")
        set_combo(self.class_combo, inp.class_id)
        set_combo(self.grade_combo, inp.grade_level)
        self.enrol_edit.set_value(inp.enrolled_on)
        set_combo(self.hukou_combo, inp.hukou)
        set_combo(self.health_combo, inp.health)
        set_combo(self.boarding_combo, inp.boarding)
        self.address_edit.setText(inp.address or "")
        self.township_edit.setText(inp.township or "")
        self.village_edit.setText(inp.village or "")
        self.notes_edit.setPlainText(inp.notes or "")
        for key, check in self.flag_checks.items():
            check.setChecked(bool(getattr(inp, key)))
        set_combo(self.left_behind_combo, str(inp.left_behind or 0))
        set_combo(self.disability_combo, inp.disability_type or None)
        self.guardian_editor.set_guardians(list(inp.guardians))

    def collect(self) -> StudentInput:
        """The form as the service's input (raw: the service trims and normalises)."""
        return StudentInput(
            name=self.name_edit.text(),
            sex=self.sex_combo.currentData() or "",
            birth_date=self.birth_edit.value(),
            student_number=self.student_number_edit.text(),
            class_id=self.class_combo.currentData(),
            grade_level=self.grade_combo.currentData(),
            id_doc_type=self.doc_type_combo.currentData() or "",
            id_number=self.id_edit.text(),
            ethnicity=self.ethnicity_combo.currentData() or "",
            enrolled_on=self.enrol_edit.value(),
            hukou=self.hukou_combo.currentData() or "",
            health=self.health_combo.currentData() or "",
            boarding=self.boarding_combo.currentData() or "",
            address=self.address_edit.text(),
            township=self.township_edit.text(),
            village=self.village_edit.text(),
            left_behind=int(self.left_behind_combo.currentData() or 0),
            disability_type=self.disability_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
            guardians=self.guardian_editor.guardians(),
            **{key: check.isChecked() for key, check in self.flag_checks.items()},
        )

    def is_dirty(self) -> bool:
        return self.collect() != self._initial

    # --- validation ---------------------------------------------------------------------------

    @property
    def errors(self) -> list[ValidationError]:
        """Everything currently wrong (the live check plus what the database said at the last save)."""
        return self._errors + self._db_errors

    def error_for(self, key: str) -> str:
        """The text shown under a field ("" when none is shown)."""
        label = self._errors_labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_all_errors(self) -> None:
        self._reveal_all = True
        for row in self.guardian_editor.rows:
            row.touched = True
        self._show_errors()
        self.focus_first_error()

    def focus_first_error(self) -> None:
        for err in self.errors:
            key = key_for_field(err.field)
            widget, tab = self._widget_and_tab(key)
            if widget is not None:
                self.tabs.setCurrentIndex(tab)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _widget_and_tab(self, key: str) -> tuple[QWidget | None, int]:
        if key.startswith("g") and "." in key:
            n, part = key[1:].split(".", 1)
            if n.isdigit() and int(n) < len(self.guardian_editor.rows):
                return self.guardian_editor.rows[int(n)].widget_for(part), self.TAB_GUARDIANS
            return None, self.TAB_GUARDIANS
        return self._widgets.get(key), self._tab_of.get(key, self.TAB_BASIC)

    @Slot()
    def revalidate(self) -> None:
        """Run the service's live check on the whole form and show the result."""
        inp = self.collect()
        _clean, errors = students.check_input(inp)
        if inp.id_doc_type == "1" and inp.id_number.strip() \
                and not any(key_for_field(e.field) == "id_number" for e in errors):
            # check_input checks the ID number only once sex and birth date are known; the teacher types the
            # ID first (it fills those two in), so ask the same service check about the number on its own.
            try:
                identity.check_resident_id(inp.id_number)
            except ValidationError as exc:
                errors.append(exc)
        self._errors = errors
        self._show_errors()

    def _visible(self, key: str) -> bool:
        if self._reveal_all or key in self._touched:
            return True
        if key.startswith("g") and "." in key:
            n = key[1:].split(".", 1)[0]
            rows = self.guardian_editor.rows
            return n.isdigit() and int(n) < len(rows) and rows[int(n)].touched
        return False

    def _show_errors(self) -> None:
        per_key: dict[str, list[str]] = {}
        general: list[str] = []
        for err in self.errors:
            key = key_for_field(err.field)
            if not key or (key not in self._widgets and not key.startswith("g")):
                general.append(error_text(err))
                continue
            if err in self._db_errors or self._visible(key):
                per_key.setdefault(key, [])
                if err.reason not in per_key[key]:
                    per_key[key].append(err.reason)
        for key, widget in self._widgets.items():
            reasons = per_key.get(key, [])
            set_invalid(widget, bool(reasons))
            label = self._errors_labels.get(key)
            if label is not None:
                label.setText("\n".join(reasons))
                label.setVisible(bool(reasons))
        for n, row in enumerate(self.guardian_editor.rows):
            prefix = f"g{n}."
            row.show_errors([(k[len(prefix):], r) for k, rs in per_key.items() if k.startswith(prefix) for r in rs])
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))

        bad_tabs = {self._widget_and_tab(key_for_field(e.field))[1] for e in self.errors
                    if key_for_field(e.field) in per_key}
        for i, title in enumerate(self._tab_titles):
            self.tabs.setTabText(i, f"{title} \u26a0" if i in bad_tabs else title)
            self.tabs.tabBar().setTabTextColor(i, Qt.GlobalColor.red if i in bad_tabs else self.palette().text().color())

        n = len(self.errors)
        self.save_button.setEnabled(n == 0)
        if n == 0:
            self.summary.setText(self.tr("Everything looks right. Press Save (Ctrl+S)."))
        else:
            self.summary.setText(
                "<span style='color:%s'>%s</span> <a href='#errors'>%s</a>" % (
                    ERROR_COLOR, formatted(self.tr("{n} {n:item|items} still to fill in or correct."), n=n),
                    self.tr("Show me")))

    @Slot()
    def _on_guardians_changed(self) -> None:
        if self._loading:
            return
        self._db_errors = [e for e in self._db_errors if not key_for_field(e.field).startswith("g")]
        self.revalidate()

    def _on_field_changed(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        self._db_errors = [e for e in self._db_errors if key_for_field(e.field) != key]
        if key == "id_number":
            # a changed ID number may fix (or break) the 学籍号 that is built from it
            self._db_errors = [e for e in self._db_errors if key_for_field(e.field) != "student_number"]
        self.revalidate()

    def _update_number_hint(self) -> None:
        """Say what an empty 学籍号 means, and warn (without refusing) when a G number does not carry the ID."""
        number, id_number = self.student_number_edit.text().strip(), self.id_edit.text().strip()
        if not number:
            self.number_hint.setText(self.tr("No student number: the child is shown as “{label}” until "
                                             "the school registers them in the national system.")
                                     .format(label=students.UNREGISTERED_LABEL))
        elif students.number_mismatch(number, self.doc_type_combo.currentData() or "", id_number):
            self.number_hint.setText(self.tr("⚠ The student number does not carry this ID number (the ID may "
                                             "have changed after registration). It is accepted and kept as a "
                                             "warning on the record: check it with the national system."))
        else:
            self.number_hint.clear()
        self.number_hint.setVisible(bool(self.number_hint.text()))

    @Slot(str)
    def _fill_from_id(self, text: str) -> None:
        """A convenience: a valid resident ID fills in sex and birth date when they are still empty."""
        if self.doc_type_combo.currentData() != "1":
            return
        facts = resident_id_facts(text)
        if facts is None:
            self.id_hint.setVisible(False)
            return
        sex, birth = facts
        filled = []
        if not self.sex_combo.currentData() and self.sex_combo.findData(sex) >= 0:
            self.sex_combo.setCurrentIndex(self.sex_combo.findData(sex))
            filled.append(self.tr("sex"))
        if self.birth_edit.is_empty():
            self.birth_edit.set_value(birth)
            filled.append(self.tr("birth date"))
        if filled:
            self.id_hint.setText(self.tr("Filled in from the ID number: {what}").format(what=list_text(filled)))
            self.id_hint.setVisible(True)

    # --- saving -------------------------------------------------------------------------------

    @Slot()
    def _save_from_shortcut(self) -> None:
        if self.save_button.isEnabled():
            self.save()
        else:
            self.show_all_errors()

    @Slot()
    def save(self) -> bool:
        """Validate with the database, then create or update in one transaction. True when saved."""
        self.revalidate()
        if self._errors:
            self.show_all_errors()
            return False
        inp = self.collect()
        _clean, errs = self.ctx.read(students.validate, inp, self.student_id)
        if errs:
            self._db_errors = [e for e in errs if e not in self._errors]
            self.show_all_errors()
            return False
        if self.collect_only:
            self.collected = inp
            self._accepting = True
            self.accept()
            return True
        try:
            if self.student_id is None:
                self.student_id = self.ctx.run(students.create_student, inp)
            else:
                self.ctx.run(students.update_student, self.student_id, inp)
        except PermissionDenied as exc:
            QMessageBox.warning(self, self.tr("Not allowed"), error_text(exc))
            return False
        except ValidationError as exc:
            self._db_errors = [exc]
            self.show_all_errors()
            return False
        except BaoxueError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), error_text(exc))
            return False
        self._accepting = True
        self.saved.emit(self.student_id)
        self.accept()
        return True

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask first when something was changed."""
        if not self._accepting and self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Discard changes?"),
                self.tr("You have changed this student's record. Close without saving?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

