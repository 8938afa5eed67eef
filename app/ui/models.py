"""A reusable table model over a plain Python list (Vorta's pattern).

Rows are plain, immutable values (dataclasses from the services), never ORM
objects. Subclasses describe their columns once with :class:`Column`; the
model then answers display, tooltip, alignment, colour, bold and a sort role, and sorts
itself in Python with a key function — much faster than letting a
``QSortFilterProxyModel`` call ``data()`` for every comparison, so a list of
5,000 students sorts in a few milliseconds.

Header titles are translated by the subclass (``self.tr`` in its
``columns()``), so pyside6-lupdate sees them under the subclass's context.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

R = TypeVar("R")

#: the role a view (or a proxy) sorts by; values are plain comparable Python values
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the whole row object, for delegates and tests
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


def _sort_key(value: Any) -> tuple:
    """None sorts last; otherwise the value itself (wrapped so mixed rows never raise)."""
    return (value is None, value if value is not None else 0)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    display: Callable[[R], Any]
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    foreground: Callable[[R], Any] | None = None
    #: the cell in bold when true for its row
    bold: Callable[[R], bool] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over ``list[R]``; subclasses implement :meth:`columns`."""

    def __init__(self, rows: Sequence[R] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._columns: list[Column[R]] = self.columns()
        self._rows: list[R] = list(rows)
        self._natural: list[R] = list(rows)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._display_order: list[int] = list(range(len(self._natural)))

    # --- subclass hooks ---------------------------------------------------------

    def columns(self) -> list[Column[R]]:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- data access ----------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row (keeps the current sort column and order)."""
        self.beginResetModel()
        self._natural = list(rows)
        self._display_order = self._order_of(self._natural)
        self._rows = [self._natural[i] for i in self._display_order]
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def append_rows(self, rows: Sequence[R]) -> None:
        """Add ``rows`` after the others (the next page of a long list), announced as inserted rows; in a sorted
        list they are sorted in."""
        if not rows:
            return
        if 0 <= self._sort_column < len(self._columns):
            self.set_rows(self._natural + list(rows))
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._natural.extend(rows)
        self._display_order.extend(range(start, start + len(rows)))
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, index: QModelIndex | int) -> R | None:
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        if 0 <= row < len(self._rows):
            return self._rows[row]
        return None

    # --- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].title
            return None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.display(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            value = (col.sort or col.display)(row)
            return value if isinstance(value, (int, float, str)) else ("" if value is None else str(value))
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter) if col.align is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return col.foreground(row) if col.foreground else None
        if role == Qt.ItemDataRole.FontRole and col.bold is not None and col.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return row
        return None

    # --- sorting ------------------------------------------------------------------------

    def _order_of(self, rows: list[R]) -> list[int]:
        """Positions in ``rows`` in display order."""
        if not (0 <= self._sort_column < len(self._columns)):
            return list(range(len(rows)))
        col = self._columns[self._sort_column]
        key = col.sort or col.display
        return sorted(range(len(rows)), key=lambda i: _sort_key(key(rows[i])),
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's sort key; ``column = -1`` restores the order the service returned."""
        self.layoutAboutToBeChanged.emit()
        old_order = self._display_order
        self._sort_column, self._sort_order = column, Qt.SortOrder(order)
        self._display_order = self._order_of(self._natural)
        self._rows = [self._natural[i] for i in self._display_order]
        where = {natural: pos for pos, natural in enumerate(self._display_order)}
        old = self.persistentIndexList()
        new = [self.index(where[old_order[i.row()]], i.column()) if 0 <= i.row() < len(old_order) else QModelIndex()
               for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
