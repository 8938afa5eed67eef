"""The printing page's official forms tab: each form with the inputs it needs, generated on a worker and
previewed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.documents import form_fields
from app.errors import BaoxueError
from app.school import list_classes
from app.ui.documents_text import FORM_HINT, form_text
from app.ui.student_picker import StudentPicker
from app.ui.widgets import (
    ErrorLabel,
    hint_label,
    push_button,
    show_unexpected,
    title_label,
)
from app.ui.widgets import date_edit as _date_edit
from app.ui.widgets import pydate as _pydate
from app.ui.workers import BackgroundTask

# --- the forms tab ------------------------------------------------------------------------------------


class _FormPanel(QWidget):
    """The inputs of one form; :meth:`request` says which service to call with them."""

    def __init__(self, tab: "FormsTab", key: str):
        super().__init__(tab)
        self.tab = tab
        self.key = key
        self.form = QFormLayout(self)
        self.form.addRow(title_label(form_text(key), grow=2))
        self.form.addRow(hint_label(QCoreApplication.translate("Documents", FORM_HINT[key])))
        self.edits: dict[str, QWidget] = {}

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"{self.key}_{name}")
        self.edits[name] = widget
        self.form.addRow(label, widget)
        return widget

    def text(self, name: str) -> str:
        return self.edits[name].text().strip()

    def day(self, name: str) -> date:
        return _pydate(self.edits[name].date())


class FormsTab(QWidget):
    """The official forms: pick one, fill what it needs, generate, preview."""

    def __init__(self, page: "DocumentsPage"):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.may_all = self.ctx.actor.has("documents.print_all")
        self.task: BackgroundTask | None = None
        self.last_result = None
        self.list = QListWidget()
        self.list.setObjectName("formList")
        self.list.setMinimumWidth(330)
        self.list.setMaximumWidth(380)
        self.stack = QStackedWidget()
        self.panels: dict[str, _FormPanel] = {}
        for key in form_fields.FORMS:
            panel = self._build(key)
            self.panels[key] = panel
            self.stack.addWidget(panel)
            item = QListWidgetItem(form_text(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.generate_button = push_button(self.tr("Generate and preview"), "generateForm")
        self.generate_button.setMinimumHeight(36)
        self.generate_button.clicked.connect(lambda: self.generate())
        self.error = ErrorLabel()
        self.error.setObjectName("formError")
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #2e7d32;")
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addWidget(self.error)
        right.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.generate_button)
        row.addStretch(1)
        right.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)
        self.list.setCurrentRow(0)
        self.load_choices()

    # --- building the panels -------------------------------------------------------------------------

    def _class_combo(self, with_all: bool) -> QComboBox:
        combo = QComboBox()
        combo.setProperty("with_all", with_all and self.may_all)
        return combo

    def _build(self, key: str) -> _FormPanel:
        p = _FormPanel(self, key)
        today = self.page.today
        if key == "home-visit":
            p.add("student", self.tr("Student (optional)"), StudentPicker(self.ctx))
            spin = QSpinBox()
            spin.setRange(1, 200)
            p.add("copies", self.tr("Copies"), spin)
        elif key == "absence-report":
            p.add("alert", self.tr("Absence alert"), QComboBox())
            for name, label in (("reference", self.tr("Reference no.")), ("reason", self.tr("Reason, as far as known")),
                                ("whereabouts", self.tr("Where the child is now")),
                                ("actions", self.tr("What the school has done")),
                                ("next_steps", self.tr("Next steps")), ("requests", self.tr("Help asked for")),
                                ("reporter", self.tr("Reported by")), ("phone", self.tr("Reporter's phone"))):
                p.add(name, label, QLineEdit())
        elif key == "return-notice":
            p.add("alert", self.tr("Absence alert"), QComboBox())
            p.add("student", self.tr("or a student"), StudentPicker(self.ctx))
            p.add("deadline", self.tr("Back at school by"), _date_edit(today + timedelta(days=7)))
            issuer = QLineEdit()
            issuer.setPlaceholderText(self.tr("Default: the township government"))
            p.add("issuer", self.tr("Issued by"), issuer)
            p.add("reference", self.tr("Reference no."), QLineEdit())
        elif key == "weekly":
            p.add("day", self.tr("A day in the period"), _date_edit(today))
            p.add("notes", self.tr("Notes"), QLineEdit())
        elif key == "inspection":
            p.add("day", self.tr("Inspection day"), _date_edit(today))
            p.add("class", self.tr("Class"), self._class_combo(True))
        elif key == "roll":
            p.add("class", self.tr("Class"), self._class_combo(True))
        elif key == "transfer":
            p.add("student", self.tr("Student"), StudentPicker(self.ctx))
            for name, label in (("to_school", self.tr("Receiving school")),
                                ("to_county", self.tr("Receiving county (province, city, county)")),
                                ("to_grade", self.tr("Grade there")), ("reason", self.tr("Reason")),
                                ("reference", self.tr("Reference no."))):
                p.add(name, label, QLineEdit())
        elif key == "suspension":
            p.add("student", self.tr("Student"), StudentPicker(self.ctx))
            p.add("reason", self.tr("Reason"), QLineEdit())
            p.add("start", self.tr("From"), _date_edit(today))
            p.add("end", self.tr("To"), _date_edit(today + timedelta(days=180)))
            p.add("proof", self.tr("Proof (e.g. the hospital's certificate)"), QLineEdit())
            p.add("reference", self.tr("Reference no."), QLineEdit())
        return p

    def load_choices(self) -> None:
        """Fill the class and alert lists (after a change of classes or alerts)."""
        classes = self.ctx.read(list_classes, self.ctx.actor)
        try:
            from app.attendance.alerts import open_alerts

            alerts = self.ctx.read(open_alerts, self.ctx.actor, self.page.today)
        except BaoxueError:
            alerts = []
        for p in self.panels.values():
            combo = p.edits.get("class")
            if isinstance(combo, QComboBox):
                current = combo.currentData()
                combo.clear()
                if combo.property("with_all"):
                    combo.addItem(self.tr("The whole school"), None)
                for c in classes:
                    combo.addItem(c.name, c.id)
                combo.setCurrentIndex(max(0, combo.findData(current)))
            combo = p.edits.get("alert")
            if isinstance(combo, QComboBox):
                current = combo.currentData()
                combo.clear()
                if p.key == "return-notice":
                    combo.addItem(self.tr("(none: use the student below)"), None)
                for a in alerts:
                    combo.addItem(self.tr("{name} ({cls}) \u2014 {level}, {days} school days from {first}").format(
                        name=a.student_name, cls=a.class_name, level=a.level_label, days=f"{a.days_absent:g}",
                        first=a.first_absent_day.isoformat()), a.id)
                combo.setCurrentIndex(max(0, combo.findData(current)))

    def select(self, key: str) -> _FormPanel:
        self.list.setCurrentRow(list(self.panels).index(key))
        return self.panels[key]

    def current_key(self) -> str:
        return list(self.panels)[self.stack.currentIndex()]

    # --- generating ---------------------------------------------------------------------------------

    def _request(self, p: _FormPanel, out: Path):
        """(the service's name in :mod:`app.documents.forms`, args, kwargs, cancellable) for the panel, or a message
        when an input is missing."""
        today = self.page.today
        key = p.key
        student = p.edits["student"].student_id() if "student" in p.edits else None
        if key == "home-visit":
            return "print_home_visit", (out,), dict(student_id=student, copies=p.edits["copies"].value(),
                                                     today=today), False
        if key == "absence-report":
            alert_id = p.edits["alert"].currentData()
            if alert_id is None:
                return self.tr("There is no open absence alert to report on.")
            details = form_fields.AbsenceReportDetails(
                reference=p.text("reference"), report_date=today, reason=p.text("reason"),
                whereabouts=p.text("whereabouts"), actions_taken=p.text("actions"), next_steps=p.text("next_steps"),
                requests=p.text("requests"), reporter=p.text("reporter"), reporter_phone=p.text("phone"))
            return "print_absence_report", (out, alert_id), dict(details=details, today=today), False
        if key == "return-notice":
            fields = form_fields.ReturnNoticeFields(deadline=p.day("deadline"), issuer=p.text("issuer"),
                                                    reference=p.text("reference"), issued_on=today)
            alert_id = p.edits["alert"].currentData()
            return "print_return_notice", (out,), dict(fields=fields, alert_id=alert_id,
                                                       student_id=None if alert_id else student,
                                                       today=today), False
        if key == "weekly":
            return "print_period_report", (out, p.day("day")), dict(notes=p.text("notes")), False
        if key == "inspection":
            return "print_inspection_sheet", (out, p.day("day")), dict(class_id=p.edits["class"].currentData()), False
        if key == "roll":
            class_id = p.edits["class"].currentData()
            if p.edits["class"].count() == 0:
                return self.tr("There is no class to print for.")
            return "print_class_roll", (out,), dict(class_id=class_id, all_classes=class_id is None,
                                                    today=today), True
        if student is None:
            return self.tr("Choose a student first: type a name or pinyin initials and click the student.")
        if key == "transfer":
            fields = form_fields.TransferFields(to_school=p.text("to_school"), to_county=p.text("to_county"),
                                                to_grade=p.text("to_grade"), reason=p.text("reason"),
                                                reference=p.text("reference"))
            return "print_transfer_form", (out, student, fields), dict(today=today), False
        fields = form_fields.SuspensionFields(reason=p.text("reason"), start=p.day("start"), end=p.day("end"),
                                              proof=p.text("proof"), reference=p.text("reference"))
        return "print_suspension_form", (out, student, fields), dict(today=today), False

    def generate(self, key: str | None = None, out: str | Path | None = None) -> BackgroundTask | None:
        """Generate the current (or ``key``) form on a worker; the preview opens when it is done."""
        if self.page.runner.running():
            return None
        p = self.select(key) if key else self.panels[self.current_key()]
        out = Path(out) if out else self.page.output_path(p.key)
        req = self._request(p, out)
        self.message.clear()
        if isinstance(req, str):
            self.error.set_error(req)
            return None
        service, args, kwargs, cancellable = req
        ctx = self.ctx
        step = self.tr("Class {done} of {total}\u2026")

        def work(progress):
            # ReportLab is loaded here, on the worker, the first time the user prints (the page opens without it)
            from app.documents import forms

            if cancellable:
                kwargs["progress"] = lambda done, total: progress(done, total, step.format(done=done, total=total))
            return ctx.run(getattr(forms, service), *args, **kwargs)

        self.error.clear_error()
        self.generate_button.setEnabled(False)
        self.task = self.page.runner.start(work, title=form_text(p.key), label=self.tr("Preparing\u2026"),
                                           cancellable=cancellable, on_success=self._done, on_error=self._failed)
        self.task.done.connect(lambda: self.generate_button.setEnabled(True))
        return self.task

    @Slot(object)
    def _done(self, result) -> None:
        self.last_result = result
        self.message.setText(self.tr("{title}: {pages} pages \u2014 {path}").format(
            title=result.title, pages=result.pages, path=str(result.path)))
        self.page.open_preview(result.path, result.title)

    @Slot(str, bool)
    def _failed(self, message: str, expected: bool) -> None:
        if not expected:
            show_unexpected(self, message)
        self.error.set_error(message)

