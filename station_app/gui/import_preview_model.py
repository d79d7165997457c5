"""Table models for the import preview: rows to import (tickable) and refused rows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station_app.gui.table_model import ListTableModel, TickableTableModel
from station_app.hours.times import from_min, hours_text
from station_app.imports.roster_import import PlannedRow
from station_app.imports.sheet_plan import ProblemGroup, RowProblem, group_problems
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
        post = self.tr("{p}（新建）").format(p=r.post_name) if r.new_post else r.post_name
        return (str(r.row), r.volunteer_name, post, f"{start:%Y-%m-%d %H:%M}", f"{end:%H:%M}",
                hours_text(r.minutes), r.note)[column]


class ProblemsModel(ListTableModel[ProblemGroup]):
    """Refused rows grouped by reason: 120 rows naming two missing posts are two lines, not 120."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(group_problems(problems), [self.tr("行号"), self.tr("字段"), self.tr("原因")])

    def display(self, g: ProblemGroup, column: int) -> str:
        if column == 0:
            shown = "、".join(str(r) for r in g.rows[:8]) + ("…" if len(g.rows) > 8 else "")
            return shown if len(g.rows) == 1 else self.tr("{rows}（共 {n} 行）").format(rows=shown, n=len(g.rows))
        return (g.field, g.message)[column - 1]

    def extra(self, g: ProblemGroup, column: int, role: int):
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        return "、".join(map(str, g.rows)) if column == 0 else self.display(g, column)
