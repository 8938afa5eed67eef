"""审批 — requests and approvals: what waits for me, every request I may see, transfers not yet confirmed.

The page owns no rule. :func:`app.approvals.inbox` says what waits for this user
(sections with counts, the number on the navigation), :func:`app.approvals.list_requests`
lists what they may see, :func:`app.approvals.unconfirmed_transfers` the children
transferred out whose arrival the county has not confirmed (where children can
vanish). The quick buttons under the inbox ask :func:`app.approvals.get_request`
what this user may do with the chosen request, and show the service's reason as
the tooltip of a greyed button. Everything else happens in
:class:`~app.ui.request_dialog.RequestDialog` (double-click or Enter on a row).

The page is read again when a change set on ``ctx.changed`` touches a record kind
it shows (:data:`SHOWS`); :attr:`ApprovalsPage.badgeChanged` carries the number for the
navigation (:meth:`ApprovalsPage.badge_count`). The main window builds it through
:func:`approvals_page`.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import ACCOUNTS, APPROVALS, ATTENDANCE, CALENDAR, CLASSES, ChangeSet, POLICY, STAFF, STUDENTS
from app import approvals as ap
from app.approvals import RequestRow, UnconfirmedTransfer
from app.errors import BaoxueError
from app.students import pinyin_keys
from app.ui.models import Column, RowTableModel
from app.ui.request_dialog import (
    RequestDialog,
    action_text,
    kind_text,
    next_step_text,
    run_step,
    state_text,
)
from app.ui.widgets import error_text, hint_label, make_table, open_modal, title_label

#: the record kinds the page shows (it reads again when one changes)
#: the county package (its transfers seen on no school's roll) and the calendar (school days) mark overdue transfers
SHOWS = APPROVALS | STUDENTS | CLASSES | STAFF | ACCOUNTS | POLICY | ATTENDANCE | CALENDAR | frozenset({"county_package_import"})

SECTION_TEXT: dict[str, str] = {
    "to_approve": QT_TRANSLATE_NOOP("ApprovalsPage", "To approve"),
    "to_report": QT_TRANSLATE_NOOP("ApprovalsPage", "To report to the county"),
    "awaiting_county": QT_TRANSLATE_NOOP("ApprovalsPage", "Waiting for the county"),
    "my_drafts": QT_TRANSLATE_NOOP("ApprovalsPage", "My drafts"),
    "my_waiting": QT_TRANSLATE_NOOP("ApprovalsPage", "My requests waiting"),
    "my_rejected": QT_TRANSLATE_NOOP("ApprovalsPage", "My rejected requests (30 days)"),
}
SECTION_HINT: dict[str, str] = {
    "to_approve": QT_TRANSLATE_NOOP("ApprovalsPage", "Requests waiting for your decision. Approve, or reject "
                                                     "with a reason the requester will read."),
    "to_report": QT_TRANSLATE_NOOP("ApprovalsPage", "Approved status changes the county bureau must be told of. "
                                                    "Record here when you have reported them."),
    "awaiting_county": QT_TRANSLATE_NOOP("ApprovalsPage", "Reported to the county; record the county's "
                                                          "confirmation when it comes."),
    "my_drafts": QT_TRANSLATE_NOOP("ApprovalsPage", "Requests you started but have not submitted yet."),
    "my_waiting": QT_TRANSLATE_NOOP("ApprovalsPage", "Your requests waiting for a decision."),
    "my_rejected": QT_TRANSLATE_NOOP("ApprovalsPage", "Read the reason; \u201cCopy as a new draft\u201d in the "
                                                      "request lets you correct and send it again."),
}
#: sections that count for the number on the navigation (the service's Inbox.badge) are shown in bold
BADGE_SECTIONS = ("to_approve", "to_report", "awaiting_county", "my_drafts")
STATE_COLORS: dict[str, str] = {
    "draft": "#9a4a00", "submitted": "#0b4f8a", "approved": "#2e7d32", "rejected": "#b00020",
    "reported": "#2e7d32", "acknowledged": "#2e7d32", "cancelled": "#888888",
}


def _section_text(key: str) -> str:
    return QCoreApplication.translate("ApprovalsPage", SECTION_TEXT.get(key, key))


# --- models ---------------------------------------------------------------------------------------------


class RequestTableModel(RowTableModel[RequestRow]):
    """Requests, one plain :class:`~app.approvals.RequestRow` per line."""

    ID, KIND, WHO, CLASS, DATE, WHAT, STATE, NEXT, BY, FILES = range(10)

    def columns(self) -> list[Column[RequestRow]]:
        center = Qt.AlignmentFlag.AlignCenter
        return [
            Column(self.tr("No."), lambda r: f"#{r.id}", sort=lambda r: r.id, align=center),
            Column(self.tr("Kind"), lambda r: kind_text(r.kind)),
            Column(self.tr("Student"), lambda r: r.subject),
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("Date"), self._dates, sort=lambda r: r.effective_date.toordinal()),
            Column(self.tr("What"), lambda r: r.description, tooltip=lambda r: r.description or None),
            Column(self.tr("State"), lambda r: state_text(r.state),
                   foreground=lambda r: QColor(STATE_COLORS.get(r.state, "#1f1f1f"))),
            Column(self.tr("Next step"), next_step_text),
            Column(self.tr("Requested by"), lambda r: r.requested_by),
            Column(self.tr("Proof"), lambda r: str(r.attachments) if r.attachments else "",
                   sort=lambda r: r.attachments, align=center,
                   tooltip=lambda r: self.tr("{n} files attached").format(n=r.attachments) if r.attachments
                   else None),
        ]

    @staticmethod
    def _dates(r: RequestRow) -> str:
        if r.end_date is not None and r.end_date != r.effective_date:
            return f"{r.effective_date.isoformat()} \u2013 {r.end_date.isoformat()}"
        return r.effective_date.isoformat()


class UnconfirmedTableModel(RowTableModel[UnconfirmedTransfer]):
    """Children transferred out whose arrival the county has not confirmed yet."""

    STUDENT, CLASS, DESTINATION, DATE, STATE, DAYS, SCHOOL_DAYS, FLAG = range(8)

    def columns(self) -> list[Column[UnconfirmedTransfer]]:
        center = Qt.AlignmentFlag.AlignCenter
        return [
            Column(self.tr("Student"), lambda r: r.student_name),
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("New school"), lambda r: f"{r.destination_county} {r.destination_school}"),
            Column(self.tr("Left on"), lambda r: r.effective_date.isoformat(),
                   sort=lambda r: r.effective_date.toordinal(), align=center),
            Column(self.tr("State"), lambda r: state_text(r.state)),
            Column(self.tr("Days waiting"), lambda r: r.days_waiting, align=center,
                   foreground=lambda r: QColor("#b00020") if r.days_waiting > 30 else None),
            Column(self.tr("School days"), lambda r: r.school_days, align=center,
                   foreground=lambda r: QColor("#b00020") if r.overdue else None),
            Column(self.tr("Check"), self._flag, foreground=lambda r: QColor("#b00020") if r.overdue else None),
        ]

    def _flag(self, r: UnconfirmedTransfer) -> str:
        if r.county_unseen_since is not None:
            return self.tr("The county: on no school's roll since {day}").format(day=r.county_unseen_since.isoformat())
        if r.school_days > r.limit:
            return self.tr("Over {n} school days: ask the new school").format(n=r.limit)
        return ""


def _table(model, name: str, stretch: int | None = None) -> QTableView:
    view = make_table(model, name, sortable=True, stretch_last=stretch is None)
    if stretch is not None:
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


# --- the page ---------------------------------------------------------------------------------------------


class ApprovalsPage(QWidget):
    """审批: the inbox, all requests, unconfirmed transfers."""

    #: the record kinds it shows: it reads again when a change set touches one
    SHOWS = SHOWS

    #: the number for the navigation, after every refresh
    badgeChanged = Signal(int)
    #: emitted after every refresh
    refreshed = Signal()

    TAB_INBOX, TAB_ALL, TAB_TRANSFERS = range(3)

    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | Callable[[], date] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today if callable(today) else (lambda d=today: d or date.today())
        self.setObjectName("ApprovalsPage")
        self.dialog: RequestDialog | None = None
        self.inbox: ap.Inbox | None = None
        self._keys: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._all_rows: list[RequestRow] = []
        actor = ctx.actor
        self.may_request = (actor.has("approval.request")
                            or actor.has("approval.request_batch"))
        self.may_decide = (actor.has("approval.decide")
                           or actor.has("approval.decide_leave"))
        self.may_report = actor.has("approval.report")

        # --- top row ---------------------------------------------------------------------------------------
        self.new_button = QPushButton(self.tr("New request\u2026"))
        self.new_button.setObjectName("newRequest")
        self.new_button.setMinimumHeight(36)
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self.new_request)
        self.new_button.setEnabled(self.may_request)
        self.new_button.setToolTip(self.tr("Leave, suspension, transfer, borrow-study, \u2026 (Ctrl+N)")
                                   if self.may_request else
                                   self.tr("Teachers and the registrar make requests; you decide on them."))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.summary.setFont(font)

        # --- inbox tab --------------------------------------------------------------------------------------
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        sfont = QFont(self.sections.font())
        sfont.setPointSizeF(sfont.pointSizeF() + 1.5)
        self.sections.setFont(sfont)
        widest = 0
        for key in ap.INBOX_SECTIONS:
            if key == "to_approve" and not self.may_decide:
                continue
            if key in ("to_report", "awaiting_county") and not self.may_report:
                continue
            item = QListWidgetItem(_section_text(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sections.addItem(item)
            widest = max(widest, self.sections.fontMetrics().horizontalAdvance(
                self.tr("{section} ({n})").format(section=_section_text(key), n=999)))
        # as wide as the longest section with its count (English ones are long), within reason on 1366 pixels
        self.sections.setMinimumWidth(min(max(220, widest + 2 * self.sections.frameWidth() + 16), 360))
        self.sections.setMaximumWidth(max(300, self.sections.minimumWidth()))
        self.sections.currentRowChanged.connect(self._show_section)
        self.section_hint = hint_label("")
        self.inbox_model = RequestTableModel(parent=self)
        self.inbox_table = _table(self.inbox_model, "inboxTable", RequestTableModel.WHAT)
        self.inbox_table.doubleClicked.connect(lambda index: self.open_request(self.inbox_model.row_at(index).id))
        self.inbox_table.activated.connect(lambda index: self.open_request(self.inbox_model.row_at(index).id))
        self.inbox_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_quick_buttons())
        self.open_button = QPushButton(self.tr("Open\u2026"))
        self.open_button.setObjectName("openRequest")
        self.open_button.clicked.connect(self.open_selected)
        self.quick_buttons: dict[str, QPushButton] = {}
        for action in ("submit", "approve", "reject", "report", "acknowledge"):
            b = QPushButton(action_text(action))
            b.setObjectName(f"quick_{action}")
            b.clicked.connect(lambda _=False, a=action: self.quick_step(a))
            self.quick_buttons[action] = b
        self.quick_buttons["approve"].setStyleSheet("font-weight: bold;")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setStyleSheet("color: #2e7d32;")
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.section_hint)
        rv.addWidget(self.inbox_table, 1)
        rv.addWidget(self.empty_label)
        quick = QHBoxLayout()
        quick.addWidget(self.open_button)
        for b in self.quick_buttons.values():
            quick.addWidget(b)
        quick.addStretch(1)
        rv.addLayout(quick)
        inbox_tab = QSplitter(Qt.Orientation.Horizontal)
        inbox_tab.addWidget(self.sections)
        inbox_tab.addWidget(right)
        inbox_tab.setStretchFactor(1, 1)
        inbox_tab.setChildrenCollapsible(False)

        # --- all requests tab ---------------------------------------------------------------------------------
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.addItem(self.tr("All states"), None)
        for key in ap.STATES:
            self.state_filter.addItem(state_text(key), key)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for key in ap.KINDS:
            self.kind_filter.addItem(kind_text(key), key)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("textFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setPlaceholderText(self.tr("Student or class: name or pinyin initials"))
        self.state_filter.currentIndexChanged.connect(lambda *_: self.refresh_all())
        self.kind_filter.currentIndexChanged.connect(lambda *_: self.refresh_all())
        self.text_filter.textChanged.connect(lambda *_: self._apply_text_filter())
        self.all_model = RequestTableModel(parent=self)
        self.all_table = _table(self.all_model, "allTable", RequestTableModel.WHAT)
        self.all_table.doubleClicked.connect(lambda index: self.open_request(self.all_model.row_at(index).id))
        self.all_table.activated.connect(lambda index: self.open_request(self.all_model.row_at(index).id))
        self.all_count = QLabel()
        self.all_count.setObjectName("allCount")
        all_tab = QWidget()
        av = QVBoxLayout(all_tab)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("State")))
        filters.addWidget(self.state_filter)
        filters.addWidget(QLabel(self.tr("Kind")))
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.text_filter, 1)
        av.addLayout(filters)
        av.addWidget(self.all_table, 1)
        av.addWidget(self.all_count)

        # --- unconfirmed transfers tab --------------------------------------------------------------------------
        self.transfers_model = UnconfirmedTableModel(parent=self)
        self.transfers_table = _table(self.transfers_model, "transfersTable", UnconfirmedTableModel.DESTINATION)
        self.transfers_table.doubleClicked.connect(
            lambda index: self.open_request(self.transfers_model.row_at(index).request_id))
        self.transfers_count = QLabel()
        self.transfers_count.setObjectName("transfersCount")
        self.transfers_count.setWordWrap(True)
        transfers_tab = QWidget()
        tv = QVBoxLayout(transfers_tab)
        tv.addWidget(hint_label(self.tr(
            "A child who left for another school is not safe until the county confirms the arrival there. "
            "Ask the county about the oldest first; record the confirmation in the request.")))
        tv.addWidget(self.transfers_count)
        tv.addWidget(self.transfers_table, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("approvalTabs")
        self.tabs.addTab(inbox_tab, self.tr("Waiting for me"))
        self.tabs.addTab(all_tab, self.tr("All requests"))
        self.tabs.addTab(transfers_tab, self.tr("Transfers not confirmed"))
        self.tabs.setTabVisible(self.TAB_TRANSFERS, self.may_report or actor.has("approval.view_all"))

        top = QHBoxLayout()
        top.addWidget(title_label(self.tr("Requests and approvals")), 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        self.refresh_shortcut = QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        ctx.changed.connect(self._on_changed)
        self.refresh()
        self._select_first_busy_section()

    # --- public ------------------------------------------------------------------------------------------------

    def badge_count(self) -> int:
        """What this user must act on (for the number on the navigation)."""
        if self.inbox is not None:
            return self.inbox.badge
        return self.ctx.read(ap.badge_count, self.ctx.actor, self._today())

    def section_counts(self) -> dict[str, int]:
        return self.inbox.counts if self.inbox is not None else {}

    def section_keys(self) -> list[str]:
        return [self.sections.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.sections.count())]

    def select_section(self, key: str) -> None:
        keys = self.section_keys()
        if key in keys:
            self.sections.setCurrentRow(keys.index(key))

    def current_section(self) -> str | None:
        item = self.sections.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_request(self, request_id: int) -> bool:
        """Make a request of the shown section current (for the quick buttons)."""
        for n, r in enumerate(self.inbox_model.rows()):
            if r.id == request_id:
                self.inbox_table.setCurrentIndex(self.inbox_model.index(n, RequestTableModel.KIND))
                self._update_quick_buttons()
                return True
        return False

    @Slot()
    def refresh(self) -> None:
        today = self._today()
        try:
            self.inbox = self.ctx.read(ap.inbox, self.ctx.actor, today)
        except BaoxueError as exc:
            self.summary.setText(error_text(exc))
            self.inbox = None
            return
        counts = self.inbox.counts
        for i in range(self.sections.count()):
            item = self.sections.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            n = counts.get(key, 0)
            item.setText(self.tr("{section} ({n})").format(section=_section_text(key), n=n))
            font = QFont(self.sections.font())
            font.setBold(bool(n) and key in BADGE_SECTIONS)
            item.setFont(font)
            item.setForeground(QColor("#1f1f1f") if n else QColor("#888888"))
        self._show_section(self.sections.currentRow())
        self.refresh_all()
        self.refresh_transfers()
        badge = self.inbox.badge
        if badge:
            self.summary.setText(self.tr("{n} requests wait for you.").format(n=badge))
            self.summary.setStyleSheet("color: #9a4a00;")
        else:
            self.summary.setText(self.tr("Nothing waits for you."))
            self.summary.setStyleSheet("color: #2e7d32;")
        self.badgeChanged.emit(badge)
        self.refreshed.emit()

    @Slot()
    def refresh_all(self) -> None:
        state, kind = self.state_filter.currentData(), self.kind_filter.currentData()
        try:
            self._all_rows = self.ctx.read(ap.list_requests, self.ctx.actor, states=[state] if state else None,
                                           kinds=[kind] if kind else None)
        except BaoxueError as exc:
            self._all_rows = []
            self.all_count.setText(error_text(exc))
        self._apply_text_filter()

    @Slot()
    def refresh_transfers(self) -> None:
        if not self.tabs.isTabVisible(self.TAB_TRANSFERS):
            return
        rows = self.ctx.read(ap.unconfirmed_transfers, self.ctx.actor, self._today())
        self.transfers_model.set_rows(rows)
        self.tabs.setTabText(self.TAB_TRANSFERS, self.tr("Transfers not confirmed ({n})").format(n=len(rows)))
        if rows:
            self.transfers_count.setText(self.tr("{n} children transferred out are not confirmed by the county yet."
                                                 ).format(n=len(rows)))
            self.transfers_count.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.transfers_count.setText(self.tr("Every transfer out has been confirmed by the county."))
            self.transfers_count.setStyleSheet("color: #2e7d32;")

    @Slot()
    def new_request(self, kind: str | None = None, student_id: int | None = None) -> RequestDialog:
        return self._open_dialog(RequestDialog(self.ctx, None, self, today=self._today(), kind=kind,
                                               student_id=student_id))

    def open_request(self, request_id: int) -> RequestDialog:
        return self._open_dialog(RequestDialog(self.ctx, request_id, self, today=self._today()))

    @Slot()
    def open_selected(self) -> RequestDialog | None:
        r = self.inbox_model.row_at(self.inbox_table.currentIndex())
        return self.open_request(r.id) if r is not None else None

    @Slot(str)
    def quick_step(self, action: str) -> bool:
        """Take a step on the chosen inbox request without opening it (approve, reject, report …)."""
        r = self.inbox_model.row_at(self.inbox_table.currentIndex())
        if r is None:
            return False
        return run_step(self, self.ctx, r.id, action, today=self._today(), kind=r.kind) is not None

    # --- internals ------------------------------------------------------------------------------------------

    def _open_dialog(self, dlg: RequestDialog) -> RequestDialog:
        self.dialog = open_modal(dlg)
        return dlg

    def _select_first_busy_section(self) -> None:
        counts = self.section_counts()
        keys = self.section_keys()
        busy = [k for k in keys if counts.get(k)]
        if keys:
            self.sections.setCurrentRow(keys.index(busy[0]) if busy else 0)

    @Slot(int)
    def _show_section(self, row: int) -> None:
        item = self.sections.item(row) if row >= 0 else None
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        current = self.inbox_model.row_at(self.inbox_table.currentIndex())
        rows = self.inbox.sections.get(key, []) if (self.inbox is not None and key) else []
        self.inbox_model.set_rows(rows)
        self.section_hint.setText(QCoreApplication.translate("ApprovalsPage", SECTION_HINT.get(key, ""))
                                  if key else "")
        self.empty_label.setText(self.tr("Nothing here.") if key and not rows else "")
        self.empty_label.setVisible(bool(key and not rows))
        if rows:
            ids = [r.id for r in self.inbox_model.rows()]
            n = ids.index(current.id) if current is not None and current.id in ids else 0
            self.inbox_table.setCurrentIndex(self.inbox_model.index(n, RequestTableModel.KIND))
        self._update_quick_buttons()

    def _update_quick_buttons(self) -> None:
        r = self.inbox_model.row_at(self.inbox_table.currentIndex())
        self.open_button.setEnabled(r is not None)
        detail = None
        if r is not None:
            try:
                detail = self.ctx.read(ap.get_request, self.ctx.actor, r.id, self._today())
            except BaoxueError:
                detail = None
        for action, b in self.quick_buttons.items():
            possible = detail is not None and detail.row.state in ap.TRANSITIONS[action] and (
                detail.row.needs_county or action not in ("report", "acknowledge"))
            b.setVisible(possible)
            b.setEnabled(possible and action in detail.actions)
            b.setToolTip(error_text(detail.refusal_messages.get(action, "")) if possible and action not in detail.actions else "")

    def _apply_text_filter(self) -> None:
        text = self.text_filter.text().strip().lower()
        rows = [r for r in self._all_rows if self._matches(r, text)] if text else list(self._all_rows)
        self.all_model.set_rows(rows)
        if len(self._all_rows) >= 500:
            self.all_count.setText(self.tr("{n} shown (the latest 500; choose a state or a kind to see older ones)"
                                           ).format(n=len(rows)))
        else:
            self.all_count.setText(self.tr("{n} requests").format(n=len(rows)))

    def _matches(self, r: RequestRow, text: str) -> bool:
        """Name or class contains the text, or the pinyin (initials) of the name start with it."""
        if text in r.subject.lower() or text in r.class_name.lower():
            return True
        if not text.isascii() or not r.subject:
            return False
        if r.subject not in self._keys:
            full, initials = pinyin_keys(r.subject)
            self._keys[r.subject] = (full, tuple(v for v in initials.split("|") if v))
        full, initials = self._keys[r.subject]
        return full.startswith(text) or any(v.startswith(text) for v in initials)

    @Slot(str)
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.refresh()


def approvals_page(ctx, window=None) -> QWidget:
    """NavEntry factory: 审批 (every user who may request, decide or report; see :meth:`app.accounts.Actor.has`)."""
    page = ApprovalsPage(ctx)
    if window is not None and hasattr(window, "set_badge"):
        page.badgeChanged.connect(lambda n: window.set_badge("approvals", n))
        window.set_badge("approvals", page.badge_count())
    return page


__all__ = ["ApprovalsPage", "RequestTableModel", "UnconfirmedTableModel", "SHOWS", "approvals_page"]
