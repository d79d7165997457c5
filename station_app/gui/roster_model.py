"""Table model over the roster, filled page by page from background queries.

Sorting and filtering happen in SQL, never in a QSortFilterProxyModel (which
takes seconds on 100k rows, measured here). The view asks for more rows as it
scrolls (canFetchMore/fetchMore); the page arrives later through the task
manager, so scrolling never blocks on the database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from station_app.roster.ids import IdType
from station_app.roster.service import RosterPage, RosterRow

Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractTableModel):
    def __init__(self, request_more: Callable[[int], None]) -> None:
        super().__init__()
        self._rows: list[RosterRow] = []
        self._total = 0
        self._loading_more = False
        self._request_more = request_more
        self._headers = [
            self.tr("姓名"), self.tr("性别"), self.tr("年龄段"), self.tr("证件类型"), self.tr("证件号码"),
            self.tr("手机号码"), self.tr("志愿者编号"), self.tr("所属队伍"), self.tr("告知同意"), self.tr("状态"),
        ]
        self._gender = {"M": self.tr("男"), "F": self.tr("女"), "": ""}
        self._status = {"active": self.tr("在册"), "inactive": self.tr("已停用")}
        self._consent = {True: self.tr("已同意"), False: self.tr("未登记")}

    # --- filling
    def reset_page(self, page: RosterPage) -> None:
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self._loading_more = False
        self.endResetModel()

    def append_page(self, page: RosterPage) -> None:
        self._loading_more = False
        if page.offset != len(self._rows) or not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def row_at(self, row: int) -> RosterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, volunteer_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == volunteer_id), -1)

    @property
    def total(self) -> int:
        return self._total

    # --- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._loading_more and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if self.canFetchMore(parent):
            self._loading_more = True
            self._request_more(len(self._rows))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and r.problem and col == 9:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole and r.problem:
            return self.tr("平台名册中的这条信息不符合登记规则，已保留但不能在签到机签到，请核对后补全：{why}").format(
                why=r.problem)
        if role == Qt.ItemDataRole.ForegroundRole and r.status != "active":
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ForegroundRole and col == 8 and not r.has_consent:
            return QBrush(QColor("#b9770e"))
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def _display(self, r: RosterRow, col: int) -> str:
        if col == 0:
            return r.name
        if col == 1:
            return self._gender.get(r.gender, "")
        if col == 2:
            return r.age_band
        if col == 3:
            return IdType(r.id_type).label
        if col == 4:
            return r.id_masked
        if col == 5:
            return r.phone_masked
        if col == 6:
            return r.platform_no
        if col == 7:
            return r.team
        if col == 8:
            return self._consent[r.has_consent]
        if r.problem:
            return self.tr("待核对")
        return self._status.get(r.status, r.status)
