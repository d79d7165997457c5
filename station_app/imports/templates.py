"""Blank workbooks a station fills in and imports: the roster and the hour sheet.

Each has the headers the importer knows, one example row, the number columns
(ID, phone, platform number) formatted as text before anyone types (so Excel
never turns an 18-digit ID into 1.10105E+17), and a short 填写说明 sheet. The
example row's name starts with :data:`EXAMPLE_MARK`, and the importers skip
such a row, so a template imported as it is adds nobody. A template whose
headers were later renamed or moved is still read by the header synonyms.
"""

from __future__ import annotations

from pathlib import Path

from station_app.i18n import translate

EXAMPLE_MARK = "（示例）"
TEXT_ROWS = 2000  # rows whose number columns are preformatted as text

ROSTER_COLUMNS = (  # (header, example, is a number kept as text, width)
    ("姓名", EXAMPLE_MARK + "张三", False, 16), ("证件类型", "居民身份证", False, 12),
    ("身份证号", "110105198001011234", True, 22), ("性别", "男", False, 6), ("出生日期", "1980-01-01", False, 12),
    ("手机号码", "13800138000", True, 14), ("志愿者编号", "", True, 14), ("所属队伍", "朝西社区志愿服务队", False, 18),
    ("技能", "急救、书法", False, 14), ("监护人姓名", "", False, 10), ("监护人电话", "", True, 14),
    ("告知同意日期", "2024-05-01", False, 14), ("监护人单独同意日期", "", False, 18), ("状态", "在册", False, 8),
    ("备注", "", False, 20),
)
HOURS_COLUMNS = (
    ("姓名", EXAMPLE_MARK + "张三", False, 16), ("证件号码", "110105198001011234", True, 22),
    ("岗位", "垃圾分类桶前值守", False, 18), ("日期", "2024-05-06", False, 12), ("开始时间", "07:00", False, 10),
    ("结束时间", "09:00", False, 10), ("休息（分钟）", "0", False, 12), ("服务内容", "分类指导", False, 18),
    ("服务人次", "35", False, 10),
)
ROSTER_NOTES = (
    "每行一名志愿者；表头请保持不变（列的顺序可以调整）。",
    "带“（示例）”的一行是示例，导入时会跳过，可以删除。",
    "姓名和身份证号（证件号码）必填；证件号码、手机号码等列已设为文本格式，请勿改成数字，否则 Excel 会丢失最后几位。",
    "证件类型可填：居民身份证、港澳台居民居住证、外国人永久居留身份证、港澳台居民来往内地通行证、护照；不填为居民身份证。",
    "未满 18 周岁的志愿者须填写监护人姓名、监护人电话和告知同意日期。",
    "未满 14 周岁的志愿者另须填写监护人单独同意日期：监护人阅读《儿童个人信息处理规则》并单独同意的日期。",
    "状态填“在册”或“已停用”；日期写成 2024-05-01 的样子。",
    "同一证件号码再次导入时会更新此人，不会重复登记。",
)
HOURS_NOTES = (
    "每行一条服务记录（签到表上的一次签到签退）；表头请保持不变（列的顺序可以调整）。",
    "带“（示例）”的一行是示例，导入时会跳过，可以删除。",
    "姓名和证件号码须与名册一致；岗位填岗位名称或岗位编码。",
    "开始时间和结束时间写成 07:00 的样子；跨夜的结束时间写“次日 02:00”。",
    "与已有记录时间重叠、超过 24 小时、在将来的记录不会导入，导入报告会写明原因。",
)



def write_template(kind: str, path: Path) -> Path:
    """Write the *kind* ("roster" or "hours") template to *path* (.xlsx)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    if kind not in ("roster", "hours"):
        raise ValueError(translate("import", "模板只有 roster（名册）和 hours（服务时长表）两种"))
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValueError(translate("import", "模板只能保存为 .xlsx 文件：{p}").format(p=path))
    if not path.parent.is_dir():
        raise ValueError(translate("import", "文件夹不存在：{p}").format(p=path.parent))
    columns, notes = (ROSTER_COLUMNS, ROSTER_NOTES) if kind == "roster" else (HOURS_COLUMNS, HOURS_NOTES)
    wb = Workbook()
    ws = wb.active
    ws.title = "志愿者名册" if kind == "roster" else "服务时长"
    bold, header_fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for col, (header, example, as_text, width) in enumerate(columns, 1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font, cell.fill = bold, header_fill
        ws.column_dimensions[get_column_letter(col)].width = width
        if example:
            ws.cell(row=2, column=col, value=example)
        if as_text:
            for row in range(2, TEXT_ROWS + 2):
                ws.cell(row=row, column=col).number_format = "@"
    ws.freeze_panes = "A2"
    sheet = wb.create_sheet("填写说明")
    sheet.column_dimensions["A"].width = 100
    sheet.cell(row=1, column=1, value="填写说明").font = bold
    for row, line in enumerate(notes, 2):
        sheet.cell(row=row, column=1, value=f"{row - 1}. {line}")
    wb.save(path)
    return path


def is_example_row(cells: list) -> bool:
    """The template's example row: its first filled cell starts with 「（示例）」."""
    first = next((c for c in cells if c is not None and str(c).strip()), None)
    return isinstance(first, str) and first.strip().startswith(EXAMPLE_MARK)
