"""Small helpers every window of the shell shares: message boxes, inline error labels, waiting for a task.

Message boxes go through the static ``QMessageBox`` functions, so tests patch
those once (``monkeypatch.setattr(QMessageBox, "critical", ...)``) instead of
each window's own code. A service error (:class:`~app.errors.BaoxueError`) is
shown with its own Chinese message, which names the field to fix.
"""

from __future__ import annotations

import traceback
from typing import Any, Callable, Mapping

from datetime import date, datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QApplication, QBoxLayout, QDateEdit, QDialog,
                               QDialogButtonBox, QFileDialog, QFrame, QHBoxLayout, QHeaderView, QLabel, QLayout,
                               QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTableView, QTextEdit,
                               QVBoxLayout, QWidget)

from app import messages
from app.errors import BaoxueError, ValidationError
from app.ui.fitting import narrow_combos, wrap_lists

# Rows a "resize to contents" column measures (QHeaderView.setResizeContentsPrecision): a sample,
# not every cell of a 5,000-pupil table (page open times in bench/bench_foundation.py)
SIZE_SAMPLE = 100

def documents_dir():
    """The user's Documents folder (where a save dialog starts), else the home folder."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def save_path(parent: QWidget | None, path: str | Path | None, *, title: str, suggested: str | Path, file_filter: str,
              suffix: str) -> Path | None:
    """Where to save: ``path`` when the caller knows it, else the file the user picks in a save dialog starting at
    ``suggested`` (None: cancelled); ending in ``suffix`` (added when the name typed lacks it)."""
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        if not path:
            return None
    path = Path(path)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A critical message box with the service's message (it says what to fix)."""
    QMessageBox.critical(parent, title or QCoreApplication.translate("Messages", "Cannot do that"), message)


def show_info(parent: QWidget | None, message: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("Messages", "Baoxue"), message)


def confirm(parent: QWidget | None, message: str, title: str | None = None) -> bool:
    """Yes/No question; No is the default so a stray Enter never does the risky thing."""
    answer = QMessageBox.question(
        parent, title or QCoreApplication.translate("Messages", "Please confirm"), message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def fit_to_screen(window: QWidget, width: int, height: int, available=None) -> None:
    """Size a window to (width, height), but never past the screen it opens on (a 1366×768 laptop).

    ``available`` is the screen's available geometry (for tests); by default the screen of the
    window's parent, else the primary screen. A window that would not fit is made to fit with a
    small margin, and its minimum size is lowered so no layout forces it past the screen.
    """
    from PySide6.QtGui import QGuiApplication

    narrow_combos(window)  # no drop-down forces it wider than the screen for its longest item
    wrap_lists(window)  # and no list is read by scrolling sideways
    if available is None:
        screen = (window.parentWidget().screen() if window.parentWidget() is not None else None) \
            or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
    if available is None:
        window.resize(width, height)
        return
    max_w, max_h = int(available.width() * 0.96), int(available.height() * 0.92)  # room for the title bar
    window.resize(min(width, max_w), min(height, max_h))
    minimum = window.minimumSize()
    if minimum.width() > max_w or minimum.height() > max_h:
        window.setMinimumSize(min(minimum.width(), max_w), min(minimum.height(), max_h))


def set_read_only(w: QWidget, read_only: bool = True) -> None:
    """A field the user may read (and copy) but not change, that also *looks* so: no frame, no spin
    arrows, the window's background instead of the white of a field one can type into; back to the
    normal look when it becomes editable again."""
    w.setReadOnly(read_only)
    if isinstance(w, (QLineEdit, QAbstractSpinBox)):
        w.setFrame(not read_only)
    if isinstance(w, QAbstractSpinBox):
        w.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons if read_only
                           else QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    palette = QPalette(w.palette())
    normal = QApplication.palette(w)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, normal.color(group, QPalette.ColorRole.Window if read_only
                                                                         else QPalette.ColorRole.Base))
    w.setPalette(palette)
    w.setProperty("readOnlyLook", read_only)


def looks_read_only(w: QWidget) -> bool:
    """The field is read-only and drawn on the window's background, without a field's frame."""
    base = w.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    window = QApplication.palette(w).color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    framed = w.hasFrame() if isinstance(w, (QLineEdit, QAbstractSpinBox)) else False
    return w.isReadOnly() and base == window and not framed


class TypedTextGuard:
    """Remembers the text fields of a form, to ask before what the user typed is thrown away.

    ``mark_clean()`` after the form is (re)filled; ``is_dirty()`` is true when an editable
    text field holds text that was not there then. Drop-downs and dates are left out on
    purpose: they hold defaults, and a teacher who only picked a date has lost nothing.
    """

    def __init__(self, root: QWidget):
        self.root = root
        self._clean: dict[QWidget, str] = {}
        self.mark_clean()

    def _state(self) -> dict[QWidget, str]:
        out: dict[QWidget, str] = {}
        for w in self.root.findChildren(QWidget):
            if isinstance(w, QLineEdit) and not w.isReadOnly() and w.isEnabled():
                out[w] = w.text()
            elif isinstance(w, (QPlainTextEdit, QTextEdit)) and not w.isReadOnly() and w.isEnabled():
                out[w] = w.toPlainText()
        return out

    def mark_clean(self) -> None:
        self._clean = self._state()

    def is_dirty(self) -> bool:
        return any(text.strip() and text != self._clean.get(w, "") for w, text in self._state().items())


def confirm_discard(parent: QWidget | None, message: str | None = None) -> bool:
    """Ask before closing over unsaved typing; Cancel (keep editing) is the default."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Messages", "Discard what you typed?"),
        message or QCoreApplication.translate("Messages", "What you typed has not been saved. Close and lose it?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


#: the language the windows are in: set with the translators (app.ui.app.install_translator); Chinese by default
SHOWN = {"lang": messages.DEFAULT_LANG}


def set_shown_language(lang: str) -> None:
    SHOWN["lang"] = lang if lang in messages.LANGS else messages.DEFAULT_LANG


def shown_language() -> str:
    """The language the windows are in: the services' messages and labels are rendered in it."""
    return SHOWN["lang"]


def error_text(exc: BaseException) -> str:
    """A service's refusal in the windows' language (any other exception as ``str()``)."""
    return messages.text(exc, shown_language())


def message_text(value) -> str:
    """A service's message (:class:`app.messages.Message`, a label, or plain text) in the windows' language."""
    return messages.text(value, shown_language())


def label_text(table: str, key, labels: dict) -> str:
    """An entry of a service's table of labels (a status, a role, a kind) in the windows' language."""
    return messages.label_text(table, key, labels, shown_language())


def labels_text(table: str, keys, labels: dict) -> str:
    """Several entries, joined as the language joins a list (、 / a comma)."""
    return messages.text(messages.labels(table, keys, labels), shown_language())


def attempt(parent: QWidget | None, fn: Callable[..., Any], *args, title: str | None = None,
            **kwargs) -> tuple[bool, Any]:
    """Call ``fn(*args, **kwargs)``; a BaoxueError becomes a message box. Returns (ok, result)."""
    return guarded(parent, lambda: fn(*args, **kwargs), lambda exc: show_error(parent, error_text(exc), title))


def guarded(parent: QWidget | None, call: Callable[[], Any],
            on_refusal: Callable[[BaoxueError], None]) -> tuple[bool, Any]:
    """``call()``; a service's refusal goes to ``on_refusal``, a bug to a message box. Returns (ok, result)."""
    try:
        return True, call()
    except BaoxueError as exc:
        on_refusal(exc)
        return False, None
    except Exception as exc:  # a bug in a service: say so, keep the program (the transaction rolled back)
        show_unexpected(parent, f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}")
        return False, None


def show_unexpected(parent: QWidget | None, message: str) -> None:
    """A bug (not a service error): say so plainly and keep the program running."""
    QMessageBox.critical(
        parent, QCoreApplication.translate("Messages", "Unexpected error"),
        QCoreApplication.translate(
            "Messages", "Something went wrong inside the program. Your data is safe: nothing was half-saved.\n\n"
                        "Please tell the person who looks after this computer:") + "\n\n" + message)


class ErrorLabel(QLabel):
    """Red, word-wrapped text placed under a field; empty (and hidden) when all is well."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def set_error(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))

    def clear_error(self) -> None:
        self.set_error(None)


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Grey explanatory text in a smaller font (paths, hints)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666666;")
    font = QFont(label.font())
    font.setPointSizeF(max(8.0, font.pointSizeF() - 1.5))
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def title_label(text: str, parent: QWidget | None = None, *, grow: float = 4.0) -> QLabel:
    """A large bold heading."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() + grow)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def wait_for(task) -> None:
    """Start a :class:`~app.ui.workers.BackgroundTask` and block (with a live event loop) until it is done."""
    # ``done`` is delivered through the UI thread's event queue, so it cannot fire before loop.exec() runs.
    loop = QEventLoop()
    task.done.connect(loop.quit)
    task.start()
    loop.exec()


def run_and_wait(parent: QWidget | None, fn: Callable[[Callable[..., bool]], Any], *, title: str, label: str,
                 cancellable: bool = False) -> tuple[bool, Any]:
    """``fn(progress)`` on a worker with a progress dialog, waited for; an error is shown. Returns (ok, result)."""
    from app.ui.workers import BackgroundTask

    outcome: dict[str, Any] = {}
    task = BackgroundTask(parent, fn, title=title, label=label, cancellable=cancellable)
    task.succeeded.connect(lambda result: outcome.setdefault("result", result))
    task.failed.connect(lambda message, expected: outcome.setdefault("error", (message, expected)))
    wait_for(task)
    if "error" in outcome:
        message, expected = outcome["error"]
        show_error(parent, message, title) if expected else show_unexpected(parent, message)
        return False, None
    return True, outcome.get("result")


# --- dates and text fields the forms share ------------------------------------------------------------


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def local_time(at: datetime | None) -> datetime | None:
    """A stored moment in local time (SQLite may hand back a naive UTC value)."""
    if at is None:
        return None
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone()


def local_text(at: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored moment as local time, written with ``fmt``; empty when there is none."""
    at = local_time(at)
    return at.strftime(fmt) if at else ""


def vocab_text(context: str, table: Mapping[str, str], key: str, fallback: str = "") -> str:
    """The translated UI name of a service key: ``table[key]`` is its English source, marked with
    QT_TRANSLATE_NOOP in ``context``; ``fallback`` (the service's own Chinese label) or the key when the UI has none."""
    source = table.get(key)
    return QCoreApplication.translate(context, source) if source else (fallback or key)


def date_edit(value: date) -> QDateEdit:
    """A date field with a calendar pop-up, shown as 2026-11-27."""
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def text_box(placeholder: str = "", lines: int = 3, *, grow: int | None = None) -> QPlainTextEdit:
    """A several-line text field that Tab leaves (forms are filled with the keyboard).

    ``grow``: how many lines it may grow beyond ``lines`` in a stretching layout (None: no limit).
    """
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    if grow is not None:
        box.setMaximumHeight(height + box.fontMetrics().lineSpacing() * grow)
    return box


# --- layouts and buttons the forms share ----------------------------------------------------------------


def fill(layout: QBoxLayout, *items, margins: tuple[int, int, int, int] | None = None) -> QBoxLayout:
    """Add ``items`` to ``layout`` in order: a widget, a layout, None for a stretch, or (widget or layout, stretch).

    ``margins``: the layout's contents margins (``(0, 0, 0, 0)`` for a layout inside another one).
    """
    if margins is not None:
        layout.setContentsMargins(*margins)
    for item in items:
        stretch = 0
        if isinstance(item, tuple):
            item, stretch = item
        if item is None:
            layout.addStretch(1)
        elif isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def vbox(*items, parent: QWidget | None = None, margins: tuple[int, int, int, int] | None = None) -> QVBoxLayout:
    """A column of ``items`` (see :func:`fill`), the layout of ``parent`` when one is given."""
    return fill(QVBoxLayout(parent) if parent is not None else QVBoxLayout(), *items, margins=margins)


def hbox(*items, parent: QWidget | None = None, margins: tuple[int, int, int, int] | None = None) -> QHBoxLayout:
    """A row of ``items`` (see :func:`fill`): e.g. ``hbox(None, save_button)`` puts a button on the right."""
    return fill(QHBoxLayout(parent) if parent is not None else QHBoxLayout(), *items, margins=margins)


def panel(*items, margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> QWidget:
    """A plain widget holding a column of ``items`` without margins (a side of a splitter, a form's field)."""
    widget = QWidget()
    vbox(*items, parent=widget, margins=margins)
    return widget


def side_by_side(left: QWidget, right: QWidget, stretch: tuple[int, int] = (1, 1), *,
                 sizes: list[int] | None = None, collapsible: bool = False) -> QSplitter:
    """Two panes the user may resize; ``stretch`` shares out the extra width, ``sizes`` the first widths."""
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(left)
    split.addWidget(right)
    split.setStretchFactor(0, stretch[0])
    split.setStretchFactor(1, stretch[1])
    if sizes:
        split.setSizes(sizes)
    split.setChildrenCollapsible(collapsible)
    return split


def with_error(widget: QWidget, error: QWidget) -> QWidget:
    """A form field with its error label right under it."""
    box = panel(widget, error)
    box.layout().setSpacing(2)
    return box


def add_field(fields: dict[str, tuple[QWidget, ErrorLabel]], form, label: str, widget: QWidget,
              *service_fields: str) -> ErrorLabel:
    """A labelled row of ``form`` with its error label under the field; ``fields`` learns which of the
    service's field names (``ValidationError.field``) the row answers to."""
    error = ErrorLabel()
    form.addRow(label, with_error(widget, error))
    for name in service_fields:
        fields[name] = (widget, error)
    return error


def clear_errors(fields: dict[str, tuple[QWidget, ErrorLabel]], *more: ErrorLabel) -> None:
    """Empty the error labels of a form's fields (and ``more``, e.g. the one under the form)."""
    for _widget, error in fields.values():
        error.clear_error()
    for error in more:
        error.clear_error()


def show_under_field(target: tuple[QWidget, ErrorLabel] | None, exc: BaoxueError) -> bool:
    """Put a refusal's reason under the field it names and go there; False when no field shows it."""
    if target is None or not isinstance(exc, ValidationError):
        return False
    widget, error = target
    error.set_error(exc.reason)
    widget.setFocus()
    return True


def dialog_buttons(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept and reject; ``ok_text`` names what OK does."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def push_button(text: str, name: str = "", clicked: Callable[..., Any] | None = None, *,
                tooltip: str = "") -> QPushButton:
    """A button named ``name`` (for tests and style sheets) that calls ``clicked``."""
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    if tooltip:
        button.setToolTip(tooltip)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


def line_edit(name: str = "", placeholder: str = "", *, password: bool = False) -> QLineEdit:
    """A one-line text box named ``name`` (for tests and style sheets), showing ``placeholder`` while empty;
    ``password``: what is typed is not shown."""
    edit = QLineEdit()
    if name:
        edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def info_label(name: str = "", *, style: str = "", rich: bool = False, selectable: bool = False) -> QLabel:
    """An empty word-wrapped label the page writes its messages or facts into."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def shortcut_action(widget: QWidget, text: str, keys: str | QKeySequence.StandardKey,
                    triggered: Callable[..., Any]) -> QAction:
    """A keyboard shortcut of ``widget`` and its children (e.g. Ctrl+N for "New ..." on a page)."""
    action = QAction(text, widget)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(triggered)
    widget.addAction(action)
    return action


def open_modal(dialog: QDialog) -> QDialog:
    """Show a dialog window-modal without blocking (tests drive it); it is deleted when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class FormDialog(QDialog):
    """A small dialog: a form above OK and Cancel, OK saving through one service call (:meth:`save`)."""

    def __init__(self, ctx, parent: QWidget | None, name: str):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.guard: TypedTextGuard | None = None  # the form as filled, taken when the dialog is first shown

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.guard is None:
            self.guard = TypedTextGuard(self)
        super().showEvent(event)

    def reject(self) -> None:
        """Esc, Cancel or the window's X: what was typed and not saved is asked about first."""
        if self.guard is not None and self.guard.is_dirty() and not confirm_discard(self):
            return
        super().reject()

    def lay_out(self, *items, ok_text: str | None = None) -> QDialogButtonBox:
        """The dialog's column: ``items`` (see :func:`fill`) above OK and Cancel."""
        buttons = dialog_buttons(self, ok_text)
        vbox(*items, buttons, parent=self)
        return buttons

    def save(self, fn: Callable[..., Any], *args, title: str, **kwargs) -> tuple[bool, Any]:
        """``ctx.run(fn, ...)``, one transaction; closes the dialog when it worked, else says why (:func:`attempt`)."""
        ok, result = attempt(self, self.ctx.run, fn, *args, title=title, **kwargs)
        if ok:
            QDialog.accept(self)
        return ok, result


# --- tables -----------------------------------------------------------------------------------------------


def setup_table(view: QTableView, model, *, sortable: bool = False, clearable: bool = False, wrap: bool = False,
                alternate: bool = True, single: bool = True,
                resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.ResizeToContents, sample: bool = False,
                stretch_last: bool = True, fit_on_reset: bool = False) -> QTableView:
    """A read-only list of plain rows over ``model``: whole rows selected (one at a time unless ``single`` is
    false), no row numbers, the columns sized by ``resize`` (``sample``: measured on the first
    :data:`SIZE_SAMPLE` rows, not on every cell of 5,000) and the last one stretched.

    ``fit_on_reset``: the columns are fitted to their contents once each time the rows are replaced (the
    model's reset), then left as they are (the user may drag them), instead of ``ResizeToContents``, which
    measures them again at every layout of the view (three times on opening a page).

    ``sortable``: a click on a header sorts by that column, and the list starts in the service's order
    (``clearable``: a third click brings that order back).
    """
    view.setModel(model)
    header = view.horizontalHeader()
    if sortable:
        view.setSortingEnabled(True)
        header.setSortIndicatorClearable(clearable)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(alternate)
    view.setWordWrap(wrap)
    header.setStretchLastSection(stretch_last)  # before the resize mode: the order the pages were drawn with
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive if fit_on_reset else resize)
    if sample:
        header.setResizeContentsPrecision(SIZE_SAMPLE)
    if fit_on_reset:
        model.modelReset.connect(view.resizeColumnsToContents)
    return view


def make_table(model, name: str = "", **options) -> QTableView:
    """A new table view over ``model``, named ``name`` (for tests and style sheets), set up by :func:`setup_table`."""
    view = QTableView()
    if name:
        view.setObjectName(name)
    return setup_table(view, model, **options)
