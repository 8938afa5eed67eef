"""What keeps a window inside a 1366×768 laptop's screen in any language (issue #15, item 3).

* :class:`FlowLayout` — a row of choosers or buttons that flows onto a second row when the
  window (or a longer language) leaves no room for one, instead of forcing the window wider;
* :func:`narrow_combos` — a drop-down never asks for the width of its longest item: it shows
  a sensible number of characters, elides the rest (the open list is as wide as its items) and
  says the whole choice in its tooltip (one whose window set its own size policy is left alone). The main window applies it to every page it builds, and
  :func:`app.ui.widgets.fit_to_screen` to every dialog it sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (QComboBox, QLayout, QLayoutItem, QListView, QListWidget, QSizePolicy, QSpacerItem,
                               QWidget)

#: the characters a narrowed drop-down shows at least (a class name, a kind of request, a pupil's name)
COMBO_CHARS = 14
#: a drop-down's own minimum width is lowered to at most this (its contents decide above that)
COMBO_MAX_MINIMUM = 220


class FlowLayout(QLayout):
    """Lays its items out left to right and starts a new row when the next one would not fit.

    Its minimum width is that of its widest item, so it never forces its window wider than that;
    its height follows the width (``heightForWidth``), so the rows below move down as it wraps.
    An item added with :meth:`addStretch` pushes the items after it to the row's right end.
    """

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch_at: set[int] = set()
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- building ---------------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def addStretch(self, _stretch: int = 1) -> None:  # noqa: N802 - like QBoxLayout's
        """What follows is put at the right end of its row."""
        self._stretch_at.add(len(self._items))

    def addSpacing(self, size: int) -> None:  # noqa: N802 - like QBoxLayout's
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        self._stretch_at = {i - 1 if i > index else i for i in self._stretch_at}
        return self._items.pop(index)

    # --- sizes ------------------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() + self._spacing for i in self._visible()) - self._spacing
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(max(width, 0) + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    # --- laying out ---------------------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or i.spacerItem() is not None]

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(m)
        rows: list[list[tuple[QLayoutItem, QSize, bool]]] = [[]]
        x = 0
        for n, item in enumerate(self._items):
            if item.isEmpty() and item.spacerItem() is None:
                continue
            hint = item.sizeHint().boundedTo(QSize(area.width(), 1 << 20)).expandedTo(item.minimumSize())
            if item.spacerItem() is not None and not rows[-1]:
                continue  # no spacing at the start of a row
            need = hint.width() if not rows[-1] else x + self._spacing + hint.width()
            if rows[-1] and need > area.width():
                rows.append([])
                if item.spacerItem() is not None:
                    x = 0
                    continue
                need = hint.width()
            rows[-1].append((item, hint, n in self._stretch_at))
            x = need
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(h.height() for _i, h, _s in row)
            if apply:
                used = sum(h.width() for _i, h, _s in row) + self._spacing * (len(row) - 1)
                free = max(area.width() - used, 0)
                x = area.x()
                for item, hint, pushed in row:
                    if pushed:
                        x += free
                        free = 0
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                    x += hint.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + m.top() + m.bottom() if y > area.y() else m.top() + m.bottom()


def narrow_combos(root: QWidget, chars: int = COMBO_CHARS) -> None:
    """Every drop-down under ``root`` shows ``chars`` characters at least and elides the rest."""
    for combo in root.findChildren(QComboBox):
        # an editable one, or one whose window chose how it is sized (a class's short name shown whole), is left alone
        if combo.isEditable() or combo.property("narrowed") \
                or combo.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow:
            continue
        combo.setProperty("narrowed", True)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        # the combo keeps the minimum size it worked out before: a style change is what makes it forget it
        QCoreApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))
        if combo.minimumWidth() > COMBO_MAX_MINIMUM:
            combo.setMinimumWidth(COMBO_MAX_MINIMUM)
        own_tip = combo.toolTip()

        def tip(_i: int = 0, combo: QComboBox = combo, own_tip: str = own_tip) -> None:
            combo.setToolTip("\n".join(t for t in (combo.currentText(), own_tip) if t))  # the choice, said whole

        combo.currentIndexChanged.connect(tip)
        tip()


def wrap_lists(root: QWidget) -> None:
    """Every plain list under ``root`` wraps its lines at its width, never read by scrolling sideways.

    A section name with its count, a placeholder with its meaning, a class with its teacher and counts:
    on a 1366-pixel laptop (and in English) they are wider than the column a list gets."""
    for view in root.findChildren(QListWidget):
        if view.property("wrapped") or view.viewMode() != QListView.ViewMode.ListMode:
            continue
        view.setProperty("wrapped", True)
        view.setWordWrap(True)
        view.setUniformItemSizes(False)
        view.setResizeMode(QListView.ResizeMode.Adjust)  # lines wrapped again when the column is resized
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


__all__ = ["COMBO_CHARS", "FlowLayout", "narrow_combos", "wrap_lists"]
