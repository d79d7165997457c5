"""Any roster-like file to rows of cells, whatever made it.

The format is told by the file's first bytes, not its name (stations rename
.xls to .xlsx and save CSV as .xls): a ZIP is .xlsx or .ods, an OLE2 compound
file is .xls (or an encrypted workbook), anything else must decode as text in
one encoding: UTF-8 with or without BOM, otherwise GB18030 (a superset of GBK).
Cells keep their types: a number stays a number, so the importer can tell that
Excel turned an ID number into 1.10105E+17, and TRUE stays a boolean. A
formula cell arrives as :class:`Formula`.

Who reads what:
* python-calamine (Rust calamine) reads .xlsx, .xls and .ods: 15 times faster
  than openpyxl on a 50,000-row roster, and it replaced xlrd for .xls.
* openpyxl reads an .xlsx only when one of its worksheets holds a formula
  (found by :mod:`station_app.imports.package_guard` while checking the package's
  size): calamine gives a formula's cached value, or nothing when no spreadsheet
  program ever computed it, and the import must refuse a formula as a formula.
  openpyxl also writes every .xlsx the app makes (exports, templates).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station_app.exports.cells import FORMULA_STARTS
from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.imports.package_guard import PackageRefused, inspect_package
from station_app.imports.text_decoding import NotOneEncoding, decode_text

MAX_BYTES = 200 * 1024 * 1024
_EXACT = 2**53  # floats beyond this are not whole numbers a person typed
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


Cell = str | bool | int | float | dt.datetime | dt.date | dt.time | dt.timedelta | Formula | None


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]]


@dataclass
class Workbook:
    path: Path
    kind: str  # "xlsx", "xls", "ods", "csv"
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
        try:
            facts = inspect_package(path)
        except PackageRefused as exc:
            raise FileUnreadable(str(exc)) from exc
        if facts.has_formulas:
            return Workbook(path, "xlsx", None, _read_xlsx_with_formulas(path, progress, check))
        return Workbook(path, facts.kind, None, _read_calamine(path, facts.kind, progress, check))
    if head.startswith(OLE2):
        _refuse_encrypted_package(path)
        return Workbook(path, "xls", None, _read_calamine(path, "xls", progress, check))
    encoding, text = _decode(path.read_bytes(), path)
    return Workbook(path, "csv", encoding, [Sheet(path.stem, _read_csv(text, check))])


def _refuse_encrypted_package(path: Path) -> None:
    """An encrypted .xlsx is an OLE2 file holding an "EncryptedPackage" stream (directory names are UTF-16)."""
    data = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise FileUnreadable(translate("import", "{name} 设置了密码保护，请在 Excel 中取消密码后再导入").format(name=path.name))


_UNREADABLE = {
    "xlsx": QT_TRANSLATE_NOOP("import", "{name} 不是有效的 Excel 文件（.xlsx），可能已损坏"),
    "ods": QT_TRANSLATE_NOOP("import", "{name} 不是有效的 LibreOffice 表格（.ods），可能已损坏"),
    "xls": QT_TRANSLATE_NOOP("import", "{name} 无法读取：不是 Excel 表格，或设置了密码，或已损坏"),
}


def _read_calamine(path: Path, kind: str, progress: Progress | None, cancelled: CancelFlag) -> list[Sheet]:
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        # From the bytes, not the path: calamine picks the format by the file's name otherwise,
        # and an .xlsx renamed to .xls is common. The format is then told by content.
        with path.open("rb") as fh:
            book = CalamineWorkbook.from_filelike(fh)
    except PasswordError as exc:
        raise FileUnreadable(translate("import", "{name} 设置了密码保护，请在 Excel 中取消密码后再导入").format(name=path.name)) from exc
    except BaseException as exc:  # CalamineError, XmlError, ZipError …, and a Rust panic on a truncated .xls
        if not _calamine_failure(exc):
            raise
        raise FileUnreadable(translate("import", _UNREADABLE[kind]).format(name=path.name)) from exc
    try:
        loaded = []
        for index, name in enumerate(book.sheet_names):
            if cancelled():
                raise Cancelled()
            loaded.append((name, book.get_sheet_by_index(index).to_python(skip_empty_area=False)))
        total, done, sheets = sum(len(rows) for _n, rows in loaded), 0, []
        for name, raw in loaded:
            rows: list[list[Cell]] = []
            for row in raw:
                if done % 2000 == 0:
                    if cancelled():
                        raise Cancelled()
                    if progress:
                        progress(done, total)
                # calamine gives "" for an empty cell and a float for every number: None, and whole
                # numbers as int (inline: a function call per cell is a tenth of the whole read)
                rows.append([None if c == "" else int(c) if type(c) is float and c.is_integer() and -_EXACT < c < _EXACT
                             else c for c in row])
                done += 1
            sheets.append(Sheet(name, rows))
        return sheets
    except Cancelled:
        raise
    except BaseException as exc:  # a damaged sheet fails only when read (or panics calamine)
        if not _calamine_failure(exc):
            raise
        raise FileUnreadable(translate("import", "{name} 内容已损坏，无法读取").format(name=path.name)) from exc
    finally:
        book.close()


def _calamine_failure(exc: BaseException) -> bool:
    """An error calamine raised about the file: any Exception, and pyo3's PanicException, which derives
    from BaseException (calamine 0.37 asserts on a truncated .xls, found by tests/imports/test_import_fuzz.py)."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _read_xlsx_with_formulas(path: Path, progress: Progress | None, cancelled: CancelFlag) -> list[Sheet]:
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
    if value is not None and not isinstance(value, (str, int, float, dt.datetime, dt.date, dt.time, dt.timedelta)):
        return str(value)  # times, array formulas, rich text: their text
    return value


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if b"\x00" in data[:4096]:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                return "utf-16", data.decode("utf-16")
            except UnicodeDecodeError:
                pass
        raise FileUnreadable(translate("import", "{name} 不是表格文件（应为 .xlsx、.xls、.ods 或 .csv）").format(name=path.name))
    try:
        return decode_text(data, path.name)
    except NotOneEncoding as exc:
        raise FileUnreadable(str(exc)) from exc


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
