"""One spreadsheet cell to the text or date a roster field wants, or the reason it can't be.

Excel's habits handled here: an 18-digit ID typed into a number cell becomes
1.10105E+17 and loses its last digits for good; phone numbers become numbers
(harmless: 11 digits fit); dates arrive as dates or as text in several styles;
a formula is a formula, not a name.
"""

from __future__ import annotations

import datetime as dt
import re

from station_app.dates import parse_date_text
from station_app.i18n import translate
from station_app.imports.table_reader import Cell, Formula
from station_app.roster.ids import IdType
from station_app.text_normalize import squeeze, strip_all_space, to_half_width


class CellProblem(ValueError):
    pass


_SCIENTIFIC = re.compile(r"^\d+(\.\d+)?[eE][+-]?\d+$")
ID_TYPE_NAMES = {
    "居民身份证": IdType.CN_RIC, "身份证": IdType.CN_RIC, "二代身份证": IdType.CN_RIC,
    "港澳台居民居住证": IdType.HMT_RP, "居住证": IdType.HMT_RP,
    "外国人永久居留身份证": IdType.FPR, "外国人永久居留证": IdType.FPR, "永久居留身份证": IdType.FPR,
    "港澳台居民来往内地通行证": IdType.HMT_PERMIT, "港澳居民来往内地通行证": IdType.HMT_PERMIT,
    "台湾居民来往大陆通行证": IdType.HMT_PERMIT, "回乡证": IdType.HMT_PERMIT, "台胞证": IdType.HMT_PERMIT,
    "护照": IdType.PASSPORT,
}
GENDERS = {"男": "M", "女": "F", "m": "M", "f": "F", "male": "M", "female": "F"}
STATUSES = {"在册": "active", "正常": "active", "有效": "active", "active": "active",
            "已停用": "inactive", "停用": "inactive", "退出": "inactive", "inactive": "inactive"}


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _refuse_formula(cell: Cell) -> None:
    if isinstance(cell, Formula):
        raise CellProblem(translate("import", "单元格是公式（{f}），不是文字。请在 Excel 中复制该列，“选择性粘贴 → 数值”后再导入").format(
            f=cell.text[:40]))


def _refuse_non_text(cell: Cell) -> None:
    """A text column (a name, a team, a note) holds text: a TRUE cell is not a person called "True"."""
    if isinstance(cell, bool):
        raise CellProblem(translate("import", "单元格是逻辑值（{v}），不是文字：这一列应填文字，请核对是否错列").format(
            v="TRUE" if cell else "FALSE"))
    if isinstance(cell, (int, float)):
        shown = str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell)
        raise CellProblem(translate("import", "单元格是数字（{v}），不是文字：这一列应填文字，请核对是否错列").format(v=shown[:20]))
    if isinstance(cell, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        raise CellProblem(translate("import", "单元格是日期或时间（{v}），不是文字：这一列应填文字，请核对是否错列").format(v=cell))


def as_text(cell: Cell) -> str:
    """Text for a column that holds words (name, team, skills, guardian, content)."""
    _refuse_formula(cell)
    _refuse_non_text(cell)
    if cell is None:
        return ""
    return squeeze(str(cell))


def as_code(cell: Cell) -> str:
    """Text for a column of codes or numbers-as-labels (platform number, post code): a whole number is its digits."""
    _refuse_formula(cell)
    if isinstance(cell, bool):
        _refuse_non_text(cell)
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        _refuse_non_text(cell)
    return squeeze(str(cell)) if cell is not None else ""


def as_note(cell: Cell) -> str:
    """Free text kept as typed: line breaks and Chinese punctuation (，（）) stay, as in the dialog.

    Not :func:`as_text`, whose NFKC and space squeezing would turn "，" into ","
    and join lines, so an exported note imported back would change.
    """
    if isinstance(cell, str):
        return cell.strip()
    return as_text(cell)


def as_id_number(cell: Cell) -> str:
    _refuse_formula(cell)
    if isinstance(cell, bool):
        _refuse_non_text(cell)
    if isinstance(cell, (int, float)):
        if abs(cell) < 10**15 and float(cell).is_integer():
            return str(int(cell))  # up to 15 digits a number keeps them all (an 8-digit 台胞证 number)
        try:
            shown = f"{float(cell):.5E}"  # as Excel shows it: 1.10105E+17
        except OverflowError:
            shown = f"{str(cell)[:6]}…"
        raise CellProblem(translate("import",
            "证件号码被 Excel 存成了数字（{shown}），最后几位已经丢失，无法还原。"
            "请把证件号码这一列设置为“文本”格式，重新录入号码后再导入").format(shown=shown))
    text = strip_all_space(str(cell or ""))
    if _SCIENTIFIC.match(text):
        raise CellProblem(translate("import",
            "证件号码是科学计数法（{shown}），说明 Excel 把它当成了数字，最后几位已经丢失。"
            "请把这一列设置为“文本”格式，重新录入号码后再导入").format(shown=text))
    return text


def as_phone(cell: Cell) -> str:
    _refuse_formula(cell)
    if isinstance(cell, bool):
        _refuse_non_text(cell)
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell) if cell is not None else ""


def as_id_type(cell: Cell) -> str:
    text = as_text(cell)
    if not text:
        return IdType.CN_RIC.value
    if text.upper() in IdType.__members__:
        return text.upper()
    found = ID_TYPE_NAMES.get(strip_all_space(text))
    if found is None:
        raise CellProblem(translate("import", "证件类型“{v}”无法识别，应为：居民身份证、港澳台居民居住证、外国人永久居留身份证、"
                             "港澳台居民来往内地通行证或护照").format(v=text))
    return found.value


def as_gender(cell: Cell) -> str:
    text = as_text(cell).lower()
    if not text:
        return ""
    if text not in GENDERS:
        raise CellProblem(translate("import", "性别“{v}”应为“男”或“女”").format(v=text))
    return GENDERS[text]


def as_status(cell: Cell) -> str:
    text = as_text(cell).lower()
    if text not in STATUSES:
        raise CellProblem(translate("import", "状态“{v}”应为“在册”或“已停用”").format(v=text))
    return STATUSES[text]


def as_date(cell: Cell) -> dt.date | None:
    _refuse_formula(cell)
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise CellProblem(translate("import", "日期“{v}”无法识别，请写成 2024-05-01 的样子").format(v="TRUE" if cell else "FALSE"))
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = strip_all_space(to_half_width(str(cell)))
    if isinstance(cell, float) and cell.is_integer():
        text = str(int(cell))
    if not text:
        return None
    day = parse_date_text(text)
    if day is not None:
        return day
    raise CellProblem(translate("import", "日期“{v}”无法识别，请写成 2024-05-01 的样子").format(v=text))
