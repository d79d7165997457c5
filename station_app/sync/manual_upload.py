"""No platform connection: export the waiting records to Excel for upload by hand, then mark them.

The file carries the full identity the platform needs (an administrator's act,
audit-logged like any unmasked export). Marking records as uploaded takes them
out of the outbox as ``manual``; only the ones that were in the exported file
and are still waiting are marked, so nothing approved meanwhile is lost.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from station_app.atomic_files import replacing
from station_app.audit import Actor, record
from station_app.changes import Counted, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import OutboxItem
from station_app.exports.hours_export import _cell
from station_app.i18n import source_language, translate
from station_app.roster.ids import IdType
from station_app.staff.roles import require_admin
from station_app.sync.payloads import record_items

HEADERS = ("操作编号", "操作", "记录编号", "姓名", "证件类型", "证件号码", "手机号码", "平台志愿者编号", "岗位编码", "岗位",
           "服务类别", "服务地点", "开始时间", "结束时间", "服务时长（分钟）", "服务人次", "服务内容", "来源", "审核人",
           "审核时间", "更正的记录", "作废原因")


def waiting_op_ids() -> list[int]:
    return [r.id for r in OutboxItem.select(OutboxItem.id).where(
        (OutboxItem.state == "pending") & (OutboxItem.endpoint == "batches")).order_by(OutboxItem.id)]


def _row(item: dict) -> list:
    if item["op"] == "void":
        return [item["op_id"], translate("sync", "作废"), item["record_id"]] + [""] * 18 + [item.get("reason", "")]
    r, v = item["record"], item["record"]["volunteer"]
    id_label = IdType(v["id_type"]).label if v["id_type"] in IdType.__members__ else v["id_type"]
    return [item["op_id"], translate("sync", "新增"), r["record_id"], v["name"], id_label, v["id_number"], v["phone"] or "",
            v["platform_id"] or "", r["post"]["code"], r["post"]["name"], r["post"]["category"], r["place"],
            r["started_at"], r["ended_at"], r["minutes"], r["people_served"] if r["people_served"] is not None else "",
            r["content"], r["source"], r["approved_by"] or "", r["approved_at"] or "", r["corrects"] or "", ""]


def export_for_manual_upload(path: Path, actor: Actor) -> list[str]:
    """Write every waiting record operation to *path* (.xlsx); return their op ids. Administrators only."""
    require_admin(actor, translate("sync", "导出含完整证件号码的待上传记录"))
    path = Path(path)
    ids = waiting_op_ids()
    items: list[dict] = []
    for start in range(0, len(ids), 500):
        items.extend(item for _, item in record_items(ids[start:start + 500]))
    wb = Workbook(write_only=True)
    with source_language():  # for the platform's upload page: Chinese in any interface language
        ws = wb.create_sheet(translate("sync", "待上传服务记录"))
        bold = Font(bold=True)
        ws.append([_cell(ws, translate("sync", h), font=bold) for h in HEADERS])
        for item in items:
            ws.append([_cell(ws, v) for v in _row(item)])
    with replacing(path, private=True) as partial:
        wb.save(partial)
    with database.atomic():
        record(actor, "sync.manual_export", "file", str(path), None, {"items": len(items), "masked": False})
    return [item["op_id"] for item in items]


def mark_uploaded(op_ids: list[str], actor: Actor, reason: str = "") -> Counted:
    """Staff uploaded the exported file by hand: those still waiting leave the outbox. Administrators only."""
    require_admin(actor, translate("sync", "标记记录已手工上传"))
    done = 0
    with database.atomic("IMMEDIATE"):
        for start in range(0, len(op_ids), 500):
            done += OutboxItem.update(state="manual", done_at=now_iso()).where(
                OutboxItem.op_id.in_(op_ids[start:start + 500]) & (OutboxItem.state == "pending")).execute()
        record(actor, "sync.manual_upload", "outbox", "manual", None, {"items": done}, reason)
    return Counted(done, changed(Kind.OUTBOX) if done else changed())
