"""F1: the user guide's page for the window the user is in, in a viewer inside the program.

Every page of the main window names its guide topic (``NavEntry.guide``), and every dialog
that has its own chapter declares ``guide_topic`` (a class attribute, e.g. ``"case"`` or
``"first-start#accounts"``). F1 looks for the topic from the widget with the keyboard focus up
through its parents: a dialog's own topic wins over the main window's current page.

The main window's Help → User guide action carries F1 for the main window; dialogs are their
own windows, so :class:`HelpKeyFilter` (installed on the application) gives them F1 too. The
viewer shows the built pages shipped in ``resources/guide/zh_CN/html`` (see :mod:`app.guide`);
if they are missing it says how to build them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import guide
from app.ui.widgets import fit_to_screen, show_info

DEFAULT_TOPIC = guide.INDEX


def topic_of(widget: QWidget | None) -> str:
    """The guide topic for ``widget``: its own ``guide_topic`` or the nearest parent's (callable or text)."""
    w = widget
    while w is not None:
        topic = getattr(w, "guide_topic", None)
        if callable(topic):
            topic = topic()
        if topic:
            return str(topic)
        w = w.parentWidget()
    return DEFAULT_TOPIC


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that shrinks the screenshots to the width it has (they are 1366 pixels wide)."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt's name
        data = super().loadResource(kind, url)
        if kind == QTextDocument.ResourceType.ImageResource.value and data is not None:
            image = data if isinstance(data, QImage) else QImage.fromData(data)
            room = max(320, self.viewport().width() - 120)  # the page's margins and padding
            if not image.isNull() and image.width() > room:
                return image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            return image
        return data


class GuideDialog(QDialog):
    """The guide's pages with back, forward, contents and "open in the web browser"."""

    guide_topic = DEFAULT_TOPIC

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = GuideBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.back_button = QPushButton(self.tr("\u25c0 Back"))
        self.back_button.setObjectName("guideBack")
        self.forward_button = QPushButton(self.tr("Forward \u25b6"))
        self.forward_button.setObjectName("guideForward")
        self.contents_button = QPushButton(self.tr("Contents"))
        self.contents_button.setObjectName("guideContents")
        self.external_button = QPushButton(self.tr("Open in the web browser"))
        self.external_button.setObjectName("guideExternal")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(lambda: self.show_topic(DEFAULT_TOPIC))
        self.external_button.clicked.connect(self.open_external)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        top = QHBoxLayout()
        for b in (self.back_button, self.forward_button, self.contents_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.external_button)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("F1 in any window opens the part of the guide about it.")), 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, 1000, 760)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(1000, 760)

    def show_topic(self, topic: str) -> bool:
        """Show the page of ``topic`` (at its heading); False when the built page is missing."""
        path, anchor = guide.page_path(topic)
        if not path.is_file():
            return False
        url = QUrl.fromLocalFile(str(path))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        return True

    def current_topic(self) -> str:
        """The page shown (its stem) and the anchor, as a topic: ``"first-start#accounts"``."""
        url = self.browser.source()
        stem = Path(url.toLocalFile()).stem
        return f"{stem}#{url.fragment()}" if url.fragment() else stem

    @Slot()
    def open_external(self) -> bool:
        return QDesktopServices.openUrl(self.browser.source())


def missing_text() -> str:
    return QApplication.translate(
        "GuideDialog",
        "The user guide's pages are not in this copy of Baoxue ({path}).\n\n"
        "In a source checkout, build them with: make guide\n"
        "An installed program carries them: reinstall Baoxue.").format(path=str(guide.pages_dir()))


def open_guide(topic: str, parent: QWidget | None = None) -> GuideDialog | None:
    """Show the guide at ``topic`` in the viewer of ``parent``'s window (one viewer per window)."""
    path, _anchor = guide.page_path(topic)
    if not path.is_file():
        show_info(parent, missing_text(), QApplication.translate("GuideDialog", "User guide"))
        return None
    owner = parent.window() if parent is not None else None
    if isinstance(owner, GuideDialog):  # F1 inside the guide: its table of contents
        owner.show_topic(topic)
        return owner
    dialog = getattr(owner, "_guide_dialog", None) if owner is not None else None
    try:
        if dialog is not None:
            dialog.isVisible()  # raises if Qt already deleted it
    except RuntimeError:
        dialog = None
    if dialog is None:
        dialog = GuideDialog(owner)
        if owner is not None:
            owner._guide_dialog = dialog  # type: ignore[attr-defined]
    dialog.show_topic(topic)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_guide_for(widget: QWidget | None) -> GuideDialog | None:
    """F1 in ``widget``: the guide at its topic, in a viewer owned by its window."""
    return open_guide(topic_of(widget), widget)


class HelpKeyFilter(QObject):
    """F1 in any window (the main window's own F1 action comes first in it): the guide for that window."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and QKeySequence(event.keyCombination()) == QKeySequence(
                QKeySequence.StandardKey.HelpContents) and isinstance(obj, QWidget):
            focus = QApplication.focusWidget()
            show_guide_for(focus if focus is not None and focus.window() is obj.window() else obj)
            return True
        return False


def install_help_key(app: QApplication) -> HelpKeyFilter:
    """F1 everywhere (once per application)."""
    existing = getattr(app, "_baoxue_help_filter", None)
    if existing is not None:
        return existing
    key_filter = HelpKeyFilter(app)
    app.installEventFilter(key_filter)
    app._baoxue_help_filter = key_filter  # type: ignore[attr-defined]
    return key_filter


__all__ = ["GuideDialog", "HelpKeyFilter", "install_help_key", "open_guide", "show_guide_for", "topic_of"]
