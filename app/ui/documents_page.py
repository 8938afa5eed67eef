"""打印 — responsibility pledges, their returns, the pledge templates and the official forms.

The page owns no rule: :mod:`app.documents.pledge_records`, :mod:`app.documents.pledges` and
:mod:`app.documents.forms` decide who may print what, fill every document, number the pledges and
refuse a bad template (naming the placeholder); this page collects the choices, runs the service
and shows what came out. It opens without ReportLab: the printing modules are imported by the
worker that prints (or the first template preview), the first time in a session.

Four tabs:

* **Pledges** — a kind, a class or the whole school, then one batch on a worker thread
  (:class:`~app.ui.workers.BackgroundTask`: progress and Cancel; a cancelled batch leaves
  neither file nor numbers — the service sees to it). Afterwards the PDF opens in the
  preview and the students without a guardian on file are listed, never skipped silently.
* **Templates** — the title and body of each kind with the allowed placeholders (a click
  inserts one where the cursor is), save, back to the shipped text, preview one sample.
* **Returns** — type or scan a pledge number (a barcode scanner types the digits and
  Enter), the per-class printed/returned/missing summary and the missing list.
* **Forms** — the official forms, each with the inputs it needs, generated and previewed.

Generated files go to the data folder's ``printed`` directory (they hold personal data,
so they stay beside the database); "Save as…" in the preview copies one elsewhere.
The main window builds the page through :func:`documents_page`. The tabs are in
:mod:`app.ui.documents_pledges`, :mod:`app.ui.documents_returns` and :mod:`app.ui.documents_forms`.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.changes import ALERTS, ATTENDANCE, CALENDAR, CASES, CLASSES, ChangeSet, DOCUMENTS, SCHOOL, STAFF, STUDENTS
from app.ui.documents_forms import FormsTab
from app.ui.documents_pledges import PledgesTab, TemplateTab
from app.ui.documents_returns import PledgeListModel, ReturnSummaryModel, ReturnsTab
from app.ui.documents_text import form_text, kind_text
from app.ui.pdf_preview import show_pdf
from app.ui.widgets import hint_label, title_label
from app.ui.workers import BackgroundTask

#: the record kinds the returns list, the scopes and the forms' choices show
RETURNS_SHOW = DOCUMENTS | STUDENTS | CLASSES | STAFF | SCHOOL
SCOPES_SHOW = STUDENTS | CLASSES | STAFF | SCHOOL
FORMS_SHOW = STUDENTS | CLASSES | STAFF | SCHOOL | ALERTS | CASES | ATTENDANCE | CALENDAR
SHOWS = RETURNS_SHOW | SCOPES_SHOW | FORMS_SHOW


# --- running a document on a worker ------------------------------------------------------------------


class _Runner(QObject):
    """Starts document work on a :class:`BackgroundTask` and keeps it alive until it is done."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.tasks: list[BackgroundTask] = []

    def start(self, work: Callable[[Callable[[int, int, str], bool]], Any], *, title: str, label: str,
              cancellable: bool, on_success: Callable[[Any], None],
              on_error: Callable[[str, bool], None]) -> BackgroundTask:
        task = BackgroundTask(self.parent(), work, title=title, label=label, cancellable=cancellable)
        task.succeeded.connect(on_success)
        task.failed.connect(on_error)
        task.done.connect(lambda t=task: self.tasks.remove(t) if t in self.tasks else None)
        self.tasks.append(task)
        task.start()
        return task

    def running(self) -> bool:
        return any(t.is_running() for t in self.tasks)


def _output_name(stem: str) -> str:
    return f"{stem}-{datetime.now():%Y%m%d-%H%M%S-%f}.pdf"


# --- the page -----------------------------------------------------------------------------------------


class DocumentsPage(QWidget):
    """打印: pledges, returns, templates and the official forms."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | None = None,
                 output_dir: str | Path | None = None, preview: Callable[[QWidget, Path, str], Any] | None = None):
        super().__init__(parent)
        self.setObjectName("DocumentsPage")
        self.ctx = ctx
        self._today = today
        self.output_dir = Path(output_dir) if output_dir else Path(ctx.db.paths.root) / "printed"
        self._preview = preview if preview is not None else show_pdf
        self.preview_window = None
        self.last_pdf: Path | None = None
        self.runner = _Runner(self)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("documentTabs")
        may_print = ctx.actor.has("documents.print_all") or ctx.actor.has("documents.print_class")
        self.pledges = PledgesTab(self)
        self.returns = ReturnsTab(self)
        self.templates = TemplateTab(self)
        self.forms = FormsTab(self)
        self.tabs.addTab(self.pledges, self.tr("Pledges"))
        self.tabs.addTab(self.returns, self.tr("Returns"))
        self.tabs.addTab(self.templates, self.tr("Pledge texts"))
        self.tabs.addTab(self.forms, self.tr("Official forms"))
        for i in range(self.tabs.count()):
            self.tabs.setTabEnabled(i, may_print)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Print")))
        if not may_print:
            layout.addWidget(hint_label(self.tr("Your account may not print documents.")))
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._on_changed)

    @property
    def today(self) -> date:
        return self._today or date.today()

    def output_path(self, stem: str) -> Path:
        self.output_dir.mkdir(parents=True, exist_ok=True)
        return self.output_dir / _output_name(stem)

    def open_preview(self, path: str | Path, title: str = ""):
        self.last_pdf = Path(path)
        self.preview_window = self._preview(self, Path(path), title)
        return self.preview_window

    def tasks_running(self) -> bool:
        return self.runner.running()

    @Slot(object)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(RETURNS_SHOW):
            self.returns.refresh()
        if changes.touches(SCOPES_SHOW):
            self.pledges.load_scopes()
        if changes.touches(FORMS_SHOW):
            self.forms.load_choices()


def documents_page(ctx, window) -> QWidget:
    """Factory for the main window's navigation entry (permission: documents.print_all or .print_class)."""
    return DocumentsPage(ctx)


__all__ = ["DocumentsPage", "FormsTab", "PledgeListModel", "PledgesTab", "ReturnSummaryModel", "ReturnsTab",
           "TemplateTab", "documents_page", "form_text", "kind_text"]
