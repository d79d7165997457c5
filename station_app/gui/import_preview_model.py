"""Table models for the import preview: planned rows (tickable) and refused rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from station_app.imports.roster_import import PlannedRow, RowProblem
from station_app.roster.ids import mask_id_number


class PlannedRowsModel(QAbstractTableModel):
    def __init__(self, rows: list[PlannedRow]) -> None:
        super().__init__()
        self._rows = rows
        self._ticked = [r.action != "same" for r in rows]
        self._headers = [self.tr("行号"), self.tr("操作"), self.tr("姓名"), self.tr("证件号码"), self.tr("所属队伍")]
        self._actions = {"add": self.tr("新增"), "update": self.tr("更新"), "same": self.tr("无变化")}

    def accepted_rows(self) -> set[int]:
        return {r.row for r, t in zip(self._rows, self._ticked) if t}

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if self._ticked[index.row()] else Qt.CheckState.Unchecked
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (str(r.row), self._actions[r.action], r.values["name"], mask_id_number(r.values["id_number"]),
                r.values["team"])[col]

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            self._ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [role])
            return True
        return False


class ProblemsModel(QAbstractTableModel):
    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__()
        self._problems = sorted(problems, key=lambda p: p.row)
        self._headers = [self.tr("行号"), self.tr("字段"), self.tr("原因")]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        p = self._problems[index.row()]
        return (str(p.row), p.field, p.message)[index.column()]


class PlannedRecordsModel(QAbstractTableModel):
    """Hour-sheet rows to import: all ticked; staff untick any they doubt."""

    def __init__(self, rows) -> None:
        super().__init__()
        self._rows = rows
        self._ticked = [True] * len(rows)
        self._headers = [self.tr("行号"), self.tr("姓名"), self.tr("岗位"), self.tr("开始"), self.tr("结束"),
                         self.tr("小时"), self.tr("说明")]

    def accepted_rows(self) -> set[int]:
        return {r.row for r, t in zip(self._rows, self._ticked) if t}

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        from station_app.hours.times import from_min, hours_text

        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if self._ticked[index.row()] else Qt.CheckState.Unchecked
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        start, end = from_min(r.start_min, r.utc_offset), from_min(r.end_min, r.utc_offset)
        return (str(r.row), r.volunteer_name, r.post_name, f"{start:%Y-%m-%d %H:%M}", f"{end:%H:%M}",
                hours_text(r.minutes), r.note)[index.column()]

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            self._ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [role])
            return True
        return False
