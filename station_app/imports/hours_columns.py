"""Recognising the columns of an hour sheet (签到表, 服务时长统计表) by the names stations give them.

Header cells are compared the way the roster import compares them (NFKC, no
spaces, no required-marks, no bracketed notes: "时长（小时）" is "时长"), and
the header row is the one among the first twenty naming the most known columns.
"""

from __future__ import annotations

from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.imports.roster_columns import HeaderGuess, normalize_header
from station_app.imports.table_reader import Cell, Sheet

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "志愿者姓名", "志愿者", "名字", "name"),
    "id_number": ("身份证号", "身份证号码", "证件号码", "证件号", "身份证", "公民身份号码", "idnumber"),
    "post": ("岗位", "服务岗位", "岗位名称", "志愿岗位", "岗位编码", "post"),
    "date": ("日期", "服务日期", "活动日期", "签到日期", "date"),
    "start": ("开始时间", "签到时间", "开始", "签到", "到岗时间", "起始时间", "start"),
    "end": ("结束时间", "签退时间", "结束", "签退", "离岗时间", "截止时间", "end"),
    "span": ("起止时间", "时间段", "服务时段", "起讫时间"),
    "break_minutes": ("休息", "休息分钟", "休息时长", "扣除休息", "break"),
    "content": ("服务内容", "内容", "工作内容", "服务事项", "content"),
    "people_served": ("服务人次", "人次", "服务对象人次", "受益人次"),
    "hours": ("时长", "服务时长", "小时", "小时数", "服务小时", "志愿服务时长", "hours"),
}
TITLES = {"name": QT_TRANSLATE_NOOP("import", "姓名"), "id_number": QT_TRANSLATE_NOOP("import", "证件号码"), "post": QT_TRANSLATE_NOOP("import", "岗位"), "date": QT_TRANSLATE_NOOP("import", "日期"), "start": QT_TRANSLATE_NOOP("import", "开始时间"),
          "end": QT_TRANSLATE_NOOP("import", "结束时间"), "span": QT_TRANSLATE_NOOP("import", "起止时间"), "break_minutes": QT_TRANSLATE_NOOP("import", "休息（分钟）"), "content": QT_TRANSLATE_NOOP("import", "服务内容"),
          "people_served": QT_TRANSLATE_NOOP("import", "服务人次"), "hours": QT_TRANSLATE_NOOP("import", "时长（小时）"), "": ""}
REQUIRED = ("name", "id_number", "post")
TIME_FIELDS = ("start", "end", "span")
_LOOKUP = {normalize_header(syn): f for f, syns in SYNONYMS.items() for syn in syns}


def field_title(name: str) -> str:
    return translate("import", TITLES.get(name, name))


def field_for_header(cell: Cell) -> str | None:
    return _LOOKUP.get(normalize_header(cell))


def guess_header(sheet: Sheet, scan_rows: int = 20) -> HeaderGuess | None:
    """The row among the first *scan_rows* naming the most hour-sheet columns, or None."""
    best: HeaderGuess | None = None
    for index, row in enumerate(sheet.rows[:scan_rows]):
        mapping: dict[int, str] = {}
        for col, cell in enumerate(row):
            field = field_for_header(cell)
            if field and field not in mapping.values():
                mapping[col] = field
        if mapping and (best is None or len(mapping) > len(best.mapping)):
            best = HeaderGuess(sheet, index, mapping, [str(c) if c is not None else "" for c in row])
    return best


def usable(guess: HeaderGuess) -> bool:
    fields = set(guess.mapping.values())
    return all(f in fields for f in REQUIRED) and any(f in fields for f in TIME_FIELDS)


def best_sheet(sheets: list[Sheet]) -> HeaderGuess | None:
    """The sheet whose header names the required columns and the most others."""
    guesses = [g for g in (guess_header(s) for s in sheets) if g]
    if not guesses:
        return None
    return max(guesses, key=lambda g: (usable(g), len(g.mapping)))
