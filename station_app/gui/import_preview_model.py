"""Table models for the import preview: rows to import (tickable) and refused rows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station_app.gui.table_model import ListTableModel, TickableTableModel
from station_app.hours.times import from_min, hours_text
from station_app.imports.roster_import import PlannedRow, RowProblem
from station_app.roster.ids import mask_id_number


class PlannedRowsModel(TickableTableModel[PlannedRow]):
    """Roster rows: people to add or update are ticked; unchanged ones are not."""

    def __init__(self, rows: list[PlannedRow]) -> None:
        super().__init__(rows, [self.tr("行号"), self.tr("操作"), self.tr("姓名"), self.tr("证件号码"),
                                self.tr("所属队伍")], [r.action != "same" for r in rows])
        self._actions = {"add": self.tr("新增"), "update": self.tr("更新"), "same": self.tr("无变化")}

    def display(self, r: PlannedRow, column: int) -> str:
        return (str(r.row), self._actions[r.action], r.values["name"], mask_id_number(r.values["id_number"]),
                r.values["team"])[column]


class PlannedRecordsModel(TickableTableModel):
    """Hour-sheet rows to import: all ticked; staff untick any they doubt."""

    def __init__(self, rows) -> None:
        super().__init__(rows, [self.tr("行号"), self.tr("姓名"), self.tr("岗位"), self.tr("开始"), self.tr("结束"),
                                self.tr("小时"), self.tr("说明")], [True] * len(rows))

    def display(self, r, column: int) -> str:
        start, end = from_min(r.start_min, r.utc_offset), from_min(r.end_min, r.utc_offset)
        return (str(r.row), r.volunteer_name, r.post_name, f"{start:%Y-%m-%d %H:%M}", f"{end:%H:%M}",
                hours_text(r.minutes), r.note)[column]


class ProblemsModel(ListTableModel[RowProblem]):
    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(sorted(problems, key=lambda p: p.row), [self.tr("行号"), self.tr("字段"), self.tr("原因")])

    def display(self, p: RowProblem, column: int) -> str:
        return (str(p.row), p.field, p.message)[column]

    def extra(self, p: RowProblem, column: int, role: int):
        return self.display(p, column) if role == Qt.ItemDataRole.ToolTipRole else None
