"""操作日志 — the audit log: who changed what, when, with the values before and after.

The log may hold 100,000 entries, so :class:`AuditModel` loads them 500 at a
time through ``fetchMore`` (the view asks for more as the user scrolls). The
filtering itself is :func:`app.audit.query`'s; the page only gathers the
filter values and keeps no Session.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Callable

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.messages import formatted
from app.changes import ACCOUNTS, AUDIT, STAFF, ChangeSet
from app import audit
from app.audit import AuditRow
from app.errors import BaoxueError
from app.ui.models import Column, RowTableModel
from app.ui.widgets import error_text, local_text, make_table, show_error, shown_language

PAGE_SIZE = 500
SEARCH_DELAY_MS = 250

def action_label(action: str) -> str:
    """The action's label in the windows' language (resources/messages/audit.tsv; an unknown one shows its code)."""
    return audit.action_text(action, shown_language())


def entity_label(entity: str, entity_id: int | None) -> str:
    name = audit.entity_text(entity, shown_language())
    return f"{name} #{entity_id}" if entity_id is not None else name


def format_time(at: datetime) -> str:
    return local_text(at, "%Y-%m-%d %H:%M:%S")


def utc_bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Local calendar days [start, end] → aware UTC [since, until) to compare with the stored times."""
    def to_utc(d: date) -> datetime:
        return datetime.combine(d, time()).astimezone(timezone.utc)
    return (to_utc(start) if start else None, to_utc(end + timedelta(days=1)) if end else None)


def detail_text(row: AuditRow, side: str) -> str:
    """The entry's values before or after the change, one "field: value" a line, in the windows' language."""
    return audit.detail_text(row.entity, getattr(row, side), shown_language())


Loader = Callable[[int, int], list[AuditRow]]


class AuditModel(RowTableModel[AuditRow]):
    """Audit entries, newest first, fetched in pages of :data:`PAGE_SIZE` from a loader(offset, limit)."""

    TIME, USER, ACTION, ENTITY, SUMMARY = range(5)

    def __init__(self, loader: Loader | None = None, parent: QObject | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__((), parent)
        self._loader = loader
        self._page_size = page_size
        self._more = False
        if loader is not None:
            self.set_loader(loader)

    def columns(self) -> list[Column[AuditRow]]:
        return [
            Column(self.tr("Time"), lambda r: format_time(r.at)),
            Column(self.tr("User"), lambda r: r.who),  # the person and the login
            Column(self.tr("Action"), lambda r: action_label(r.action), tooltip=lambda r: r.action),
            Column(self.tr("What"), lambda r: entity_label(r.entity, r.entity_id)),
            Column(self.tr("Summary"), lambda r: r.described(shown_language()),
                   tooltip=lambda r: r.described(shown_language()) or None),
        ]

    # --- loading ----------------------------------------------------------------------------

    def set_loader(self, loader: Loader | None) -> None:
        """Start over with a new query: the first page is loaded at once, the rest on demand."""
        first = list(loader(0, self._page_size)) if loader is not None else []
        self._loader = loader
        self._more = len(first) >= self._page_size
        super().set_rows(first)

    def set_rows(self, rows: list[AuditRow]) -> None:
        """Show a fixed list (no further pages)."""
        self._loader = None
        self._more = False
        super().set_rows(rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and self._loader is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        batch = self._loader(self.rowCount(), self._page_size)
        self._more = len(batch) >= self._page_size
        self.append_rows(batch)


class AuditPage(QWidget):
    """The audit log with its filters and a before/after pane for the selected entry."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = AUDIT | ACCOUNTS | STAFF  # the people named beside the logins

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AuditPage")
        self._stale = False

        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("auditText")
        self.text_edit.setPlaceholderText(self.tr("Words in the summary, e.g. a student's name"))
        self.text_edit.setClearButtonEnabled(True)
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("auditAction")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("auditUser")
        self.user_edit.setPlaceholderText(self.tr("User name"))
        self.user_edit.setClearButtonEnabled(True)
        self.date_check = QCheckBox(self.tr("Only from"))
        self.date_check.setObjectName("auditDateRange")
        today = QDate.currentDate()
        self.from_date = QDateEdit(today.addDays(-30))
        self.to_date = QDateEdit(today)
        for d in (self.from_date, self.to_date):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        self.model = AuditModel(parent=self)
        self.table = make_table(self.model, "auditTable", resize=QHeaderView.ResizeMode.Interactive)
        for column, width in ((AuditModel.TIME, 160), (AuditModel.USER, 90), (AuditModel.ACTION, 130),
                              (AuditModel.ENTITY, 110)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.model.rowsInserted.connect(lambda *_: self._update_count())

        self.detail_label = QLabel()
        self.detail_label.setObjectName("auditDetailTitle")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.before_edit = QPlainTextEdit()
        self.before_edit.setObjectName("auditBefore")
        self.after_edit = QPlainTextEdit()
        self.after_edit.setObjectName("auditAfter")
        for e in (self.before_edit, self.after_edit):
            e.setReadOnly(True)
            e.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        detail = QWidget()
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.detail_label, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Before")), 1, 0)
        grid.addWidget(QLabel(self.tr("After")), 1, 1)
        grid.addWidget(self.before_edit, 2, 0)
        grid.addWidget(self.after_edit, 2, 1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        filters = QHBoxLayout()
        filters.addWidget(self.text_edit, 3)
        filters.addWidget(QLabel(self.tr("Action")))
        filters.addWidget(self.action_combo, 2)
        filters.addWidget(QLabel(self.tr("User")))
        filters.addWidget(self.user_edit, 1)
        filters.addWidget(self.date_check)
        filters.addWidget(self.from_date)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.to_date)
        filters.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.text_edit.textChanged.connect(lambda _t: self._timer.start())
        self.user_edit.textChanged.connect(lambda _t: self._timer.start())
        self.action_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_check.toggled.connect(self._on_date_toggled)
        self.from_date.dateChanged.connect(lambda _d: self.refresh())
        self.to_date.dateChanged.connect(lambda _d: self.refresh())
        ctx.changed.connect(self._on_changed)

        self._load_actions()
        self.refresh()

    # --- filters ---------------------------------------------------------------------------------

    def _load_actions(self) -> None:
        current = self.action_combo.currentData()
        self.action_combo.blockSignals(True)
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("All actions"), "")
        for key in self.ctx.read(audit.actions):
            self.action_combo.addItem(action_label(key), key)
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(current or "")))
        self.action_combo.blockSignals(False)

    def filters(self) -> dict:
        since = until = None
        if self.date_check.isChecked():
            since, until = utc_bounds(self.from_date.date().toPython(), self.to_date.date().toPython())
        return {"text": self.text_edit.text().strip(), "action": self.action_combo.currentData() or "",
                "username": self.user_edit.text().strip(), "since": since, "until": until}

    def set_action_filter(self, action: str) -> None:
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action)))

    @Slot()
    def clear_filters(self) -> None:
        for w in (self.text_edit, self.user_edit, self.action_combo, self.date_check):
            w.blockSignals(True)
        self.text_edit.clear()
        self.user_edit.clear()
        self.action_combo.setCurrentIndex(0)
        self.date_check.setChecked(False)
        self._on_date_toggled(False, refresh=False)
        for w in (self.text_edit, self.user_edit, self.action_combo, self.date_check):
            w.blockSignals(False)
        self.refresh()

    def _on_date_toggled(self, on: bool, refresh: bool = True) -> None:
        self.from_date.setEnabled(on)
        self.to_date.setEnabled(on)
        if refresh:
            self.refresh()

    # --- loading ----------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        filters = self.filters()
        ctx = self.ctx

        def load(offset: int, limit: int) -> list[AuditRow]:
            return ctx.read(audit.query, ctx.actor, limit=limit, offset=offset, **filters)

        try:
            self.model.set_loader(load)
        except BaoxueError as exc:
            self.model.set_rows([])
            show_error(self, error_text(exc), self.tr("Audit log"))
        self._update_count()
        self._show_detail()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.model.canFetchMore():
            self.count_label.setText(formatted(
                self.tr("Showing the newest {n} {n:entry|entries} \u2014 scroll down for more"), n=n))
        else:
            self.count_label.setText(formatted(self.tr("{n} {n:entry|entries}"), n=n))

    def _on_changed(self, changes: ChangeSet) -> None:
        # every change writes to the log; reload now if visible, else when next shown
        if not changes.touches(AUDIT):
            return
        if self.isVisible():
            self._load_actions()
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._load_actions()
            self.refresh()

    # --- detail ---------------------------------------------------------------------------------------

    def _show_detail(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is None:
            self.detail_label.setText(self.tr("Select an entry to see the values before and after the change."))
            self.before_edit.clear()
            self.after_edit.clear()
            return
        gap = "\u3000" if shown_language() == "zh_CN" else "  \u00b7  "  # a full-width space only between Chinese
        self.detail_label.setText(gap.join((format_time(row.at), row.who, action_label(row.action),
                                            entity_label(row.entity, row.entity_id)))
                                  + "\n" + row.described(shown_language()))
        self.before_edit.setPlainText(detail_text(row, "before") or self.tr("(nothing)"))
        self.after_edit.setPlainText(detail_text(row, "after") or self.tr("(nothing)"))

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))
