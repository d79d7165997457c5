"""Read-only table models over a Python list, the shape every list in the app shares.

Subclasses give the column headers and ``display(row, column)``; a tickable
model adds a check box in the first column (import previews).
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, rows: list[Row], headers: list[str]) -> None:
        super().__init__()
        self.rows = rows
        self.headers = headers

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def extra(self, row: Row, column: int, role: int) -> Any:
        """Other roles (colours, tooltips); None by default."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        return self.extra(row, index.column(), role)


class TickableTableModel(ListTableModel[Row]):
    """A check box in the first column; ``accepted_rows()`` gives the ``row`` numbers left ticked."""

    def __init__(self, rows: list[Row], headers: list[str], ticked: list[bool]) -> None:
        super().__init__(rows, headers)
        self._ticked = ticked

    def accepted_rows(self) -> set[int]:
        return {r.row for r, t in zip(self.rows, self._ticked) if t}

    def flags(self, index: Index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if self._ticked[index.row()] else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            self._ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [role])
            return True
        return False
