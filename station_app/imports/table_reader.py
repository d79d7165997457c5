"""Any roster-like file to rows of cells, whatever made it.

The format is told by the file's first bytes, not its name (stations rename
.xls to .xlsx and save CSV as .xls): a ZIP is .xlsx, an OLE2 compound file is
.xls (or an encrypted workbook), anything else must decode as text: UTF-8 with
or without BOM, otherwise GB18030 (a superset of GBK). Cells keep their types:
a number stays a number, so the importer can tell that Excel turned an ID
number into 1.10105E+17. A formula cell arrives as :class:`Formula`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station_app.exports.cells import FORMULA_STARTS
from station_app.i18n import translate

MAX_BYTES = 200 * 1024 * 1024
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class FileUnreadable(Exception):
    """The file cannot be read at all; ``str()`` is one line for the user."""


class Cancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula instead of a value."""

    text: str

    def __str__(self) -> str:
        return self.text


Cell = str | int | float | dt.datetime | dt.date | Formula | None


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]]


@dataclass
class Workbook:
    path: Path
    kind: str  # "xlsx", "xls", "csv"
    encoding: str | None
    sheets: list[Sheet]


Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]


def read_workbook(path: Path, progress: Progress | None = None, cancelled: CancelFlag | None = None) -> Workbook:
    path = Path(path)
    # Before open(), which would only say "Is a directory" or "No such file" in English.
    if path.is_dir():
        raise FileUnreadable(translate("import", "{path} 是文件夹，不是表格文件").format(path=path))
    if not path.exists():
        raise FileUnreadable(translate("import", "找不到文件 {path}").format(path=path))
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise FileUnreadable(translate("import", "无法打开文件 {path}：{reason}").format(path=path, reason=exc.strerror or exc)) from exc
    if size == 0:
        raise FileUnreadable(translate("import", "文件 {name} 是空的").format(name=path.name))
    if size > MAX_BYTES:
        raise FileUnreadable(translate("import", "文件 {name} 太大（超过 200 MB），请拆分后再导入").format(name=path.name))
    check = cancelled or (lambda: False)
    if head.startswith(b"PK\x03\x04"):
        return Workbook(path, "xlsx", None, _read_xlsx(path, progress, check))
    if head.startswith(OLE2):
        return Workbook(path, "xls", None, _read_xls(path, check))
    encoding, text = _decode(path.read_bytes(), path)
    return Workbook(path, "csv", encoding, [Sheet(path.stem, _read_csv(text, check))])


def _read_xlsx(path: Path, progress: Progress | None, cancelled: CancelFlag) -> list[Sheet]:
    import openpyxl

    # An open file, not the path: given a path, openpyxl refuses any name not
    # ending in .xlsx/.xlsm, and an .xlsx renamed to .xls is common.
    fh = path.open("rb")
    try:
        # data_only=False: a formula must be seen as a formula, not as whatever
        # value was cached (often none at all when no Excel ever opened it).
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=False)
    except Exception as exc:  # a damaged package fails in many ways: BadZipFile, KeyError, XML ParseError…
        fh.close()
        raise FileUnreadable(translate("import", "{name} 不是有效的 Excel 文件（.xlsx），可能已损坏").format(name=path.name)) from exc
    try:
        sheets = []
        for ws in wb.worksheets:
            rows: list[list[Cell]] = []
            total = ws.max_row or 0
            for i, row in enumerate(ws.iter_rows()):
                if i % 500 == 0:
                    if cancelled():
                        raise Cancelled()
                    if progress and total:
                        progress(i, total)
                rows.append([_xlsx_value(c) for c in row])
            sheets.append(Sheet(ws.title, rows))
        return sheets
    except Cancelled:
        raise
    except Exception as exc:  # damaged sheet XML: BadZipFile, ParseError, KeyError, ValueError…
        raise FileUnreadable(translate("import", "{name} 内容已损坏，无法读取").format(name=path.name)) from exc
    finally:
        wb.close()
        fh.close()


def _xlsx_value(cell) -> Cell:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f":
        return Formula(str(value))
    if value is not None and not isinstance(value, (str, int, float, dt.datetime, dt.date)):
        return str(value)  # times, array formulas, rich text: their text
    return value


def _read_xls(path: Path, cancelled: CancelFlag) -> list[Sheet]:
    import xlrd

    try:
        # logfile: xlrd prints its warnings about damaged files to stdout otherwise.
        book = xlrd.open_workbook(str(path), on_demand=True, logfile=io.StringIO())
    except xlrd.biffh.XLRDError as exc:
        # An encrypted .xlsx is an OLE2 file holding an "EncryptedPackage" stream
        # (its directory names are UTF-16): xlrd only says it finds no workbook.
        if "encrypt" in str(exc).lower() or "EncryptedPackage".encode("utf-16-le") in path.read_bytes():
            raise FileUnreadable(translate("import", "{name} 设置了密码保护，请在 Excel 中取消密码后再导入").format(name=path.name)) from exc
        raise FileUnreadable(translate("import", "{name} 无法作为 Excel 97-2003 文件（.xls）读取").format(name=path.name)) from exc
    except Exception as exc:  # xlrd raises many kinds on damaged or encrypted OLE2 files
        text = str(exc).lower()
        if "encrypt" in text or "password" in text or "EncryptionInfo" in str(exc):
            raise FileUnreadable(translate("import", "{name} 设置了密码保护，请在 Excel 中取消密码后再导入").format(name=path.name)) from exc
        raise FileUnreadable(translate("import", "{name} 无法读取：不是 Excel 表格，或设置了密码，或已损坏").format(name=path.name)) from exc
    try:
        sheets = []
        for index in range(book.nsheets):
            sh = book.sheet_by_index(index)
            rows = []
            for r in range(sh.nrows):
                if r % 500 == 0 and cancelled():
                    raise Cancelled()
                rows.append([_xls_value(book, sh.cell(r, c)) for c in range(sh.ncols)])
            sheets.append(Sheet(sh.name, rows))
        return sheets
    except Cancelled:
        raise
    except Exception as exc:  # on_demand: a damaged sheet fails only now (struct.error, IndexError, KeyError…)
        raise FileUnreadable(translate("import", "{name} 内容已损坏，无法读取").format(name=path.name)) from exc
    finally:
        book.release_resources()


def _xls_value(book, cell) -> Cell:
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        value = cell.value
        return int(value) if float(value).is_integer() and abs(value) < 2**53 else value
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError):
            return cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return str(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return "#ERROR"
    return str(cell.value)


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if b"\x00" in data[:4096]:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                return "utf-16", data.decode("utf-16")
            except UnicodeDecodeError:
                pass
        raise FileUnreadable(translate("import", "{name} 不是表格文件（应为 .xlsx、.xls 或 .csv）").format(name=path.name))
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return "utf-8-sig", data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FileUnreadable(translate("import", "{name} 标明是 UTF-8 编码，但内容不是").format(name=path.name)) from exc
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return "gb18030", data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise FileUnreadable(
            translate("import", "{name} 无法识别文字编码（支持 UTF-8、GBK、GB18030），或不是表格文件").format(name=path.name)) from exc


def _read_csv(text: str, cancelled: CancelFlag) -> list[list[Cell]]:
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(64 * 1024 * 1024)
    rows: list[list[Cell]] = []
    try:
        for i, row in enumerate(csv.reader(io.StringIO(text, newline=""), dialect)):
            if i % 2000 == 0 and cancelled():
                raise Cancelled()
            rows.append([_unquote(c) if c != "" else None for c in row])
    except csv.Error as exc:
        raise FileUnreadable(translate("import", "CSV 文件格式有误（第 {n} 行）：{e}").format(n=len(rows) + 1, e=exc)) from exc
    return rows


def _unquote(cell: str) -> str:
    """Undo the guard our own export puts before = + - @ (exports/cells.py): '=1+1 is the text =1+1.

    A leading apostrophe is how spreadsheets mark "this is text"; it is never
    part of the value in Excel or WPS.
    """
    if cell.startswith("'") and cell[1:2] and cell[1] in FORMULA_STARTS:
        return cell[1:]
    return cell
