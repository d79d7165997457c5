"""Table models of the 统计 page: one row per group, and the records behind a row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from station_app.gui.table_model import ListTableModel
from station_app.hours.times import hours_text
from station_app.reports.behind import CountedRecord
from station_app.reports.figures import Group


class GroupsModel(ListTableModel[Group]):
    def __init__(self) -> None:
        super().__init__([], [""])
        self.set_grouping("")

    def set_grouping(self, label: str) -> None:
        self.beginResetModel()
        self.headers = [label, QCoreApplication.translate("ReportModels", "志愿者人数"), QCoreApplication.translate("ReportModels", "上岗人次"), QCoreApplication.translate("ReportModels", "服务人次"), QCoreApplication.translate("ReportModels", "服务时长（小时）")]
        self.endResetModel()

    def display(self, row: Group, column: int) -> str:
        f = row.figures
        return (row.label, str(f.volunteers), str(f.shifts), str(f.people_served), f.hours)[column]

    def extra(self, row: Group, column: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RecordsModel(ListTableModel[CountedRecord]):
    def __init__(self) -> None:
        super().__init__([], [QCoreApplication.translate("ReportModels", "姓名"), QCoreApplication.translate("ReportModels", "证件号码"), QCoreApplication.translate("ReportModels", "队伍"), QCoreApplication.translate("ReportModels", "岗位"), QCoreApplication.translate("ReportModels", "开始"), QCoreApplication.translate("ReportModels", "结束"),
                              QCoreApplication.translate("ReportModels", "小时"), QCoreApplication.translate("ReportModels", "服务人次"), QCoreApplication.translate("ReportModels", "备注")])

    def display(self, r: CountedRecord, column: int) -> str:
        if column == 0:
            return r.volunteer_name
        if column == 1:
            return r.id_masked
        if column == 2:
            return r.team
        if column == 3:
            return r.post_name
        if column == 4:
            return f"{r.start:%Y-%m-%d %H:%M}"
        if column == 5:
            return f"{r.end:%m-%d %H:%M}" if r.end else ""
        if column == 6:
            return hours_text(r.minutes)
        if column == 7:
            return "" if r.people_served is None else str(r.people_served)
        return QCoreApplication.translate("ReportModels", "更正记录（替代 #{id}）").format(id=r.corrects_id) if r.corrects_id else ""
