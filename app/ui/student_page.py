"""The student's file card (学生档案): everything known about one child, read from ``get_detail``.

Laid out like the paper card a registrar keeps: who the child is, the class
and head teacher, the family and the guardians' phones, the focus groups, the
status history with its national change codes, and every change made to the
record (who, when, before → after). The page holds a plain
:class:`~app.students.StudentDetail`; it reloads when "students" changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.messages import formatted
from app.changes import ALERTS, APPROVALS, ATTENDANCE, AUDIT, CASES, CLASSES, ChangeSet, MENTORS, STAFF, STUDENTS
from app import audit, codes, students
from app.errors import BaoxueError
from app.students import FOCUS_GROUPS, GuardianInput, StatusChangeRow, StudentDetail
from app.ui.models import Column, RowTableModel
from app.ui.registry import age_on, mask_id_number
from app.ui.widgets import (error_text, fit_to_screen, label_text, labels_text, list_text, local_text, make_table,
                             message_text, open_modal, shown_language)


#: the record kinds a student's file shows
SHOWS = STUDENTS | CLASSES | STAFF | ATTENDANCE | ALERTS | CASES | MENTORS | APPROVALS | AUDIT


class GuardianTableModel(RowTableModel[GuardianInput]):
    def columns(self):
        yes, no = self.tr("Yes"), self.tr("No")
        return [
            Column(self.tr("Name"), lambda g: g.name),
            Column(self.tr("Relation"), lambda g: label_text("relation", g.relation, codes.RELATION)),
            Column(self.tr("Phone"), lambda g: g.phone),
            Column(self.tr("Lives with child"), lambda g: yes if g.lives_with_child else no,
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Works away"), lambda g: yes if g.works_away else no, align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Work place"), lambda g: g.work_place),
        ]


class StatusHistoryModel(RowTableModel[StatusChangeRow]):
    def columns(self):
        status = lambda key: label_text("status", key, codes.STATUS) if key else self.tr("(not yet enrolled)")  # noqa: E731
        reason = lambda h: message_text(h.said) if h.said is not None else h.reason  # noqa: E731 (typed: as it is)
        return [
            Column(self.tr("Date"), lambda h: h.effective_date.isoformat() if h.effective_date else "",
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Code"), lambda h: h.code or "\u2014", align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Change"), lambda h: label_text("change", h.code, codes.CHANGE) if h.code in codes.CHANGE
                   else h.code_label),
            Column(self.tr("Status"), lambda h: f"{status(h.from_status)} \u2192 {status(h.to_status)}"),
            Column(self.tr("Reason"), reason, tooltip=lambda h: reason(h) or None),
        ]


@dataclass(frozen=True)
class ChangeLine:
    """One audit entry prepared for display."""

    at: datetime
    username: str
    summary: str
    details: str


class ChangeHistoryModel(RowTableModel[ChangeLine]):
    def columns(self):
        return [
            Column(self.tr("When"), lambda c: local_text(c.at), sort=lambda c: c.at.isoformat()),
            Column(self.tr("Who"), lambda c: c.username),
            Column(self.tr("What"), lambda c: c.summary),
            Column(self.tr("Before \u2192 after"), lambda c: c.details.replace("\n", ";"),
                   tooltip=lambda c: c.details or None),
        ]


def _fit_height(view: QTableView, min_rows: int = 1, max_rows: int = 12) -> None:
    """Show a small table whole inside the scrolling card instead of scrolling twice."""
    rows = max(min_rows, min(view.model().rowCount(), max_rows))
    height = view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(height + 2 * view.frameWidth() + 2)


def _small_table(model) -> QTableView:
    view = make_table(model, single=False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    return view


class StudentPage(QDialog):
    """学生档案 for one student. Raises :class:`~app.errors.BaoxueError` if the user may not see the child."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    def __init__(self, ctx, student_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.student_id = student_id
        self.setObjectName("StudentPage")
        self.setSizeGripEnabled(True)
        fit_to_screen(self, 880, 720)
        self.detail: StudentDetail = ctx.read(students.get_detail, ctx.actor, student_id)

        self.guardian_model = GuardianTableModel(parent=self)
        self.history_model = StatusHistoryModel(parent=self)
        self.change_model = ChangeHistoryModel(parent=self)

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLabel()
        self.focus_line = QLabel()
        self.focus_line.setWordWrap(True)
        self.focus_line.setStyleSheet("color: #b71c1c;")
        self.warning_line = QLabel()  # things to check with the national system (a G number not carrying the ID, …)
        self.warning_line.setObjectName("studentWarnings")
        self.warning_line.setWordWrap(True)
        self.warning_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_line.setStyleSheet("QLabel#studentWarnings { background: #fff4e5; color: #7a3e00; "
                                        "border: 1px solid #f0b35a; border-radius: 4px; padding: 4px; }")

        self.identity_form = QFormLayout()
        self.class_form = QFormLayout()
        self.family_form = QFormLayout()
        self.focus_form = QFormLayout()
        for form in (self.identity_form, self.class_form, self.family_form, self.focus_form):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        # the focus groups' names are long: a value goes under its name rather than being squeezed
        self.focus_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.guardian_view = _small_table(self.guardian_model)
        self.history_view = _small_table(self.history_model)
        self.change_view = _small_table(self.change_model)
        self.change_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.change_view.setColumnWidth(2, 220)

        identity_box = QGroupBox(self.tr("Identity"))
        identity_box.setLayout(self.identity_form)
        class_box = QGroupBox(self.tr("Class"))
        class_box.setLayout(self.class_form)
        family_box = QGroupBox(self.tr("Family"))
        family_layout = QVBoxLayout(family_box)
        family_layout.addLayout(self.family_form)
        family_layout.addWidget(QLabel(self.tr("Guardians")))
        family_layout.addWidget(self.guardian_view)
        focus_box = QGroupBox(self.tr("Focus groups"))
        focus_box.setLayout(self.focus_form)
        history_box = QGroupBox(self.tr("Enrolment status history"))
        QVBoxLayout(history_box).addWidget(self.history_view)
        change_box = QGroupBox(self.tr("Change history"))
        change_layout = QVBoxLayout(change_box)
        self.no_changes = QLabel(self.tr("No changes recorded, or you may not see them."))
        change_layout.addWidget(self.no_changes)
        change_layout.addWidget(self.change_view)

        for box in (class_box, family_box, focus_box, history_box, change_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout()
        grid.addWidget(identity_box, 0, 0, 2, 1)
        grid.addWidget(class_box, 0, 1)
        grid.addWidget(focus_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.subtitle)
        card_layout.addWidget(self.focus_line)
        card_layout.addWidget(self.warning_line)
        card_layout.addLayout(grid)
        card_layout.addWidget(family_box)
        card_layout.addWidget(history_box)
        card_layout.addWidget(change_box)
        card_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(card)

        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.setToolTip(self.tr("Change this student's record (Ctrl+E)"))
        self.edit_button.setShortcut("Ctrl+E")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self._show(self.detail)
        ctx.changed.connect(self._on_changed)

    # --- filling ----------------------------------------------------------------------------

    def _show(self, d: StudentDetail) -> None:
        row, inp, labels = d.row, d.input, d.labels
        self.setWindowTitle(self.tr("Student file \u2014 {name}").format(name=row.name))
        self.title.setText(row.name)
        age = age_on(row.birth_date)
        parts = [label_text("sex", row.sex, codes.SEX) if row.sex in codes.SEX else ""]
        if age is not None:
            parts.append(formatted(self.tr("{n} {n:year|years} old"), n=age))
        parts += [d.class_name or self.tr("no class"), label_text("status", row.status, codes.STATUS)]
        self.subtitle.setText(" \u00b7 ".join(p for p in parts if p))
        self.focus_line.setText(labels_text("focus", row.focus, FOCUS_GROUPS))
        self.focus_line.setVisible(bool(row.focus))
        self.warning_line.setText("\n".join(f"\u26a0 {message_text(w)}" for w in d.warnings))
        self.warning_line.setVisible(bool(d.warnings))

        show_full = self.ctx.actor.has("student.view_all")
        id_label = QLabel(inp.id_number if show_full else mask_id_number(inp.id_number))
        id_label.setToolTip(inp.id_number)
        id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        number_label = QLabel(labels.get("全国学籍号") or row.student_number)
        number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        none = self.tr("(not filled in)")
        self._fill(self.identity_form, [
            (self.tr("Student no."), number_label),
            (self.tr("ID document"), label_text("doc_type", inp.id_doc_type, codes.DOC_TYPE)),
            (self.tr("ID number"), id_label if inp.id_number else none),
            (self.tr("Birth date"), row.birth_date.isoformat() if row.birth_date else none),
            (self.tr("Ethnicity"), label_text("ethnicity", inp.ethnicity, codes.ETHNICITY)),
            (self.tr("Household registration"), label_text("hukou", inp.hukou, codes.HUKOU)),
            (self.tr("Health"), label_text("health", inp.health, codes.HEALTH)),
            (self.tr("Day / boarding"), label_text("boarding", inp.boarding, codes.BOARDING)),
            (self.tr("Enrolment date"), inp.enrolled_on.isoformat() if inp.enrolled_on else none),
            (self.tr("Status"), label_text("status", row.status, codes.STATUS)),
        ])
        self._fill(self.class_form, [
            (self.tr("Class"), d.class_name or none),
            (self.tr("Grade"), label_text("grade", row.grade_level, codes.GRADES)),
            (self.tr("Head teacher"), d.head_teacher or none),
        ])
        yes, no = self.tr("Yes"), self.tr("No")
        focus = lambda key: label_text("focus", key, FOCUS_GROUPS)  # noqa: E731
        focus_rows = [(focus(key), yes if key in row.focus else no, key in row.focus) for key in FOCUS_GROUPS
                      if key not in ("left_behind", "disabled")]
        left_behind = (label_text("left_behind", str(inp.left_behind), codes.LEFT_BEHIND)
                       if inp.left_behind else no)
        disability = label_text("disability", inp.disability_type, codes.DISABILITY) if inp.disability_type else no
        focus_rows[1:1] = [
            (focus("left_behind"), left_behind, "left_behind" in row.focus),
            (focus("disabled"), disability, "disabled" in row.focus),
        ]
        focus_rows += [(self.tr("Child of a martyr"), yes if inp.martyr_child else no, bool(inp.martyr_child)),
                       (self.tr("Only child"), yes if inp.only_child else no, False),
                       (self.tr("Inclusive class (disabled child in a regular class)"),
                        yes if inp.inclusive_class else no, False)]
        self._fill(self.focus_form, focus_rows)
        self._fill(self.family_form, [
            (self.tr("Home address"), inp.address or none),
            (self.tr("Family phone"), inp.phone or none),
            (self.tr("Township"), inp.township or none),
            (self.tr("Village"), inp.village or none),
            (self.tr("Notes"), inp.notes or "\u2014"),
        ])

        self.guardian_model.set_rows(list(inp.guardians))
        self.history_model.set_rows(list(d.history))
        self.change_model.set_rows([self._change_line(c) for c in d.changes])
        for view in (self.guardian_view, self.history_view):
            _fit_height(view)
        _fit_height(self.change_view, max_rows=10)
        self.no_changes.setVisible(not d.changes)
        self.change_view.setVisible(bool(d.changes))
        self.edit_button.setVisible(d.can_edit)

    @staticmethod
    def _fill(form: QFormLayout, rows) -> None:
        """rows: (label, value) or (label, value, highlighted); a value may be a ready widget."""
        while form.rowCount():
            form.removeRow(0)
        for label, value, *rest in rows:
            highlighted = bool(rest and rest[0])
            if isinstance(value, QWidget):
                widget = value
            else:
                widget = QLabel(str(value))
                widget.setWordWrap(len(str(value)) > 12)  # a short value (是, 非留守儿童) is never broken up
                widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if highlighted:
                    f = widget.font()
                    f.setBold(True)
                    widget.setFont(f)
            form.addRow(label + ":", widget)

    def _value_text(self, name: str, value) -> str:
        """A stored value as the audit log shows it (app.audit.value_text), in the windows' language."""
        if value is None or value == "":
            return self.tr("(empty)")
        lang = shown_language()
        if name == "guardians" and isinstance(value, list):
            return list_text(f"{g.get('name', '')} ({audit.value_text('student', 'relation', g.get('relation'), lang)}"
                             f"{' ' + g['phone'] if g.get('phone') else ''})" for g in value if isinstance(g, dict))
        return str(audit.value_text("student", name, value, lang))

    def _change_line(self, entry: audit.AuditRow) -> ChangeLine:
        before, after = entry.before or {}, entry.after or {}
        lines = []
        colon = "：" if shown_language() == "zh_CN" else ": "
        if entry.action != "student.create":
            for name in after:
                lines.append(f"{audit.field_text(name, shown_language(), 'student')}{colon}"
                             f"{self._value_text(name, before.get(name))} \u2192 "
                             f"{self._value_text(name, after.get(name))}")
        return ChangeLine(entry.at, entry.username, entry.described(shown_language()), "\n".join(lines))

    # --- actions --------------------------------------------------------------------------------

    @Slot()
    def edit(self):
        if not self.detail.can_edit:
            return None
        from app.ui.student_dialog import StudentDialog

        try:
            dlg = StudentDialog(self.ctx, self.student_id, self)
        except BaoxueError as exc:
            QMessageBox.warning(self, self.tr("Edit"), error_text(exc))
            return None
        return open_modal(dlg)

    def reload(self) -> None:
        try:
            self.detail = self.ctx.read(students.get_detail, self.ctx.actor, self.student_id)
        except BaoxueError:
            self.close()
            return
        self._show(self.detail)

    @Slot(object)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.reload()

