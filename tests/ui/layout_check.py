"""What a teacher would stumble on in a laid-out window: clipped text, widgets outside the window,
widgets on top of each other (issue #15, item 3). Used by the 1366×768 tests and `make guide`."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)
from PySide6.QtCore import QTranslator

#: pixels of slack before text counts as clipped
SLACK = 2


@dataclass(frozen=True)
class Problem:
    kind: str  # "clipped", "outside", "overlap"
    widget: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.widget} — {self.detail}"


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, (QLabel, QAbstractButton)):
        text = w.text()[:30]
    return f"{type(w).__name__}({w.objectName() or ''}{' ' + repr(text) if text else ''})"


def _in_scroll_viewport(w: QWidget, top: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p.parentWidget(), QAbstractScrollArea) and p is p.parentWidget().viewport():
            return True
        p = p.parentWidget()
    return False


def _really_visible(w: QWidget, top: QWidget) -> bool:
    if not w.isVisibleTo(top) or w.width() <= 0 or w.height() <= 0:
        return False
    p = w
    while p is not None and p is not top:  # inside a stacked widget, only the current page counts
        parent = p.parentWidget()
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not p:
            return False
        p = parent
    return True


def check(top: QWidget) -> list[Problem]:
    """Every problem of ``top``'s visible widgets as laid out now."""
    problems: list[Problem] = []
    window = QRect(0, 0, top.width(), top.height())
    widgets = [w for w in top.findChildren(QWidget) if _really_visible(w, top)]
    for w in widgets:
        scrolled = _in_scroll_viewport(w, top)
        rect = QRect(w.mapTo(top, w.rect().topLeft()), w.size())
        if not scrolled and not window.contains(rect.adjusted(SLACK, SLACK, -SLACK, -SLACK)):
            problems.append(Problem("outside", _name(w), f"{rect.getRect()} not inside {window.getRect()}"))
        # scrolling shows what is below or beside, never what a too-narrow widget cut off
        if isinstance(w, QLabel) and w.text() and not w.pixmap():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + SLACK:
                    problems.append(Problem("clipped", _name(w), f"needs {need} px high, has {w.height()}"))
            elif w.sizeHint().width() > w.width() + SLACK and "<" not in w.text():
                problems.append(Problem("clipped", _name(w), f"needs {w.sizeHint().width()} px wide, has {w.width()}"))
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton, QToolButton)) and w.text():
            need = w.sizeHint().width()
            if isinstance(w, QPushButton):  # the style's 80 px minimum of a button is no text cut off
                icon = w.iconSize().width() + 4 if not w.icon().isNull() else 0
                need = min(need, w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) + icon + 12)
            if need > w.width() + SLACK:
                problems.append(Problem("clipped", _name(w), f"needs {need} px wide, has {w.width()}"))
        elif isinstance(w, QComboBox) and not w.isEditable() and w.currentText():
            # a cut choice is a problem unless the tooltip says it whole
            opt = QStyleOptionComboBox()
            w.initStyleOption(opt)
            field = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                             QStyle.SubControl.SC_ComboBoxEditField, w)
            need = w.fontMetrics().horizontalAdvance(w.currentText())
            if need > field.width() + SLACK and w.currentText() not in w.toolTip():
                problems.append(Problem("clipped", f"QComboBox({w.objectName()} {w.currentText()[:30]!r})",
                                        f"needs {need} px wide, has {field.width()}"))
        elif isinstance(w, QListWidget) and not w.wordWrap() and w.viewMode() == QListView.ViewMode.ListMode:
            # a list of sections or choices: each line whole, never read by scrolling sideways
            # (seen at 1366×768 in English: "My rejected requests (30 days) (0" in the approvals' inbox)
            room = w.viewport().width()
            for row in range(w.count()):
                item = w.item(row)
                if item.isHidden() or not item.text():
                    continue
                icon = w.iconSize().width() + 4 if not item.icon().isNull() else 0
                need = w.fontMetrics().horizontalAdvance(item.text()) + icon + 8
                if need > room + SLACK:
                    problems.append(Problem("clipped", f"{_name(w)} item {item.text()[:30]!r}",
                                            f"needs {need} px wide, has {room}"))
    # overlaps: visible siblings managed by the same layout
    for parent in {w.parentWidget() for w in widgets}:
        if parent is None or isinstance(parent, (QSplitter, QStackedWidget, QTabBar, QComboBox, QLineEdit)) \
                or isinstance(parent, QAbstractScrollArea) or parent.layout() is None:
            continue
        kids = [w for w in widgets if w.parentWidget() is parent and parent.layout().indexOf(w) >= 0]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                inter = a.geometry().intersected(b.geometry())
                if inter.width() > SLACK and inter.height() > SLACK:
                    problems.append(Problem("overlap", _name(a), f"overlaps {_name(b)} by {inter.width()}×{inter.height()}"))
    return problems


class PseudoTranslator(QTranslator):
    """Every string of ours 40% longer (as German or Russian would be), to find tight layouts."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt's signature
        if not source or context.startswith("Q"):
            return None
        # each word 40% longer, so text still wraps where the English does
        return " ".join(w + "~" * round(len(w) * 0.4) if w else w for w in source.split(" "))


def install_pseudo(app) -> QTranslator:
    t = PseudoTranslator(app)
    QCoreApplication.installTranslator(t)
    return t
