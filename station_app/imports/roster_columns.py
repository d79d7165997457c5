"""Recognising roster columns by the names stations give them.

A header cell is compared after NFKC, without spaces, required-marks (*) and
bracketed notes: "手机号码（必填）" is "手机号码". The header row is the row
among the first twenty that names the most known columns, so a title row
(often merged across the top) or a blank line above the header is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from station_app.imports.table_reader import Cell, Sheet
from station_app.roster.validation import field_label
from station_app.text_normalize import to_half_width

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "志愿者姓名", "志愿者", "name"),
    "id_type": ("证件类型", "证件种类", "idtype"),
    "id_number": ("身份证号", "身份证号码", "证件号码", "证件号", "身份证", "公民身份号码", "idnumber"),
    "phone": ("手机", "手机号", "手机号码", "联系电话", "联系方式", "电话", "电话号码", "移动电话", "phone", "mobile"),
    "gender": ("性别", "gender"),
    "birth_date": ("出生日期", "出生年月", "生日"),
    "platform_no": ("志愿者编号", "志愿者号", "平台编号", "志愿北京编号", "编号"),
    "team": ("所属队伍", "队伍", "所属组织", "所属团队", "服务队", "团队"),
    "skills": ("技能/标签", "技能", "特长", "标签", "技能特长"),
    "guardian_name": ("监护人姓名", "监护人"),
    "guardian_phone": ("监护人电话", "监护人手机", "监护人联系电话"),
    "consent_date": ("告知同意日期", "同意日期", "签署日期"),
    "child_consent_date": ("监护人单独同意日期", "儿童信息单独同意日期", "单独同意日期"),
    "status": ("状态", "在册状态"),
    "notes": ("备注", "说明"),
}
FIELDS = tuple(SYNONYMS)
REQUIRED = ("name", "id_number")
_LOOKUP = {syn.lower(): f for f, syns in SYNONYMS.items() for syn in syns}


def normalize_header(cell: Cell) -> str:
    text = to_half_width(str(cell or ""))
    text = re.sub(r"[(\[（【].*?[)\]）】]", "", text)
    return re.sub(r"[\s*:：]", "", text).lower()


def field_for_header(cell: Cell) -> str | None:
    return _LOOKUP.get(normalize_header(cell))


def field_title(name: str) -> str:
    return field_label(name)


@dataclass
class HeaderGuess:
    sheet: Sheet
    row_index: int            # 0-based index of the header row in sheet.rows
    mapping: dict[int, str]   # column index -> field
    headers: list[str]        # the header cells as text


def _row_mapping(row: list[Cell]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for col, cell in enumerate(row):
        field = field_for_header(cell)
        if field and field not in mapping.values():
            mapping[col] = field
    return mapping


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _two_row_mapping(row: list[Cell], below: list[Cell], mapping: dict[int, str]) -> dict[int, str] | None:
    """The mapping of a header spread over *row* and the row *below*, or None when *below* is data.

    Forms merge a group title over its sub-columns (证件信息 over 证件类型 | 证件号码,
    联系方式 over 手机 | 座机) and merge the other titles down across both rows, so
    those cells of the lower row are empty. A row whose name and ID cells are
    empty or titles cannot be a person, so nobody is ever skipped as a header.
    """
    if not any(field_for_header(c) for c in below):
        return None
    combined = dict(mapping)
    for col, cell in enumerate(below):
        field = field_for_header(cell)
        if field and col not in combined and field not in combined.values():
            combined[col] = field
    for col, field in combined.items():
        cell = below[col] if col < len(below) else None
        if field in REQUIRED and not (_blank(cell) or field_for_header(cell)):
            return None
    return combined


def _score(mapping: dict[int, str]) -> tuple[bool, int]:
    return all(f in mapping.values() for f in REQUIRED), len(mapping)


def guess_header(sheet: Sheet, scan_rows: int = 20) -> HeaderGuess | None:
    """The most likely header row of *sheet*, or None when nothing is recognised.

    A header spread over two rows counts as one whose row is the lower one
    (data starts below it), with the columns either row names.
    """
    best: HeaderGuess | None = None
    rows = sheet.rows
    for index, row in enumerate(rows[:scan_rows]):
        mapping, header_row, titles = _row_mapping(row), index, row
        if index + 1 < len(rows):
            combined = _two_row_mapping(row, rows[index + 1], mapping)
            if combined is not None:
                below = rows[index + 1]
                mapping, header_row = combined, index + 1
                titles = [below[c] if c < len(below) and not _blank(below[c]) else (row[c] if c < len(row) else None)
                          for c in range(max(len(row), len(below)))]
        if mapping and (best is None or _score(mapping) > _score(best.mapping)):
            best = HeaderGuess(sheet, header_row, mapping, [str(c) if c is not None else "" for c in titles])
    return best


def best_sheet(sheets: list[Sheet]) -> HeaderGuess | None:
    """The sheet whose header names the required columns and the most others."""
    guesses = [g for g in (guess_header(s) for s in sheets) if g]
    if not guesses:
        return None
    return max(guesses, key=lambda g: (all(f in g.mapping.values() for f in REQUIRED), len(g.mapping)))
