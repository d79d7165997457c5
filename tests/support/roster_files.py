"""Roster files the tests make themselves: the messy .xlsx, .xls and CSV stations really have.

Each writer takes rows of cells (the header first) and writes them the way the
named program would: openpyxl for .xlsx, xlwt for .xls (Excel 97-2003), bytes
in a chosen encoding for CSV. ``person(i)`` is a valid fictional adult.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

import openpyxl
import xlwt

from station_app.db.models import AuditEntry, Volunteer
from support.core import make_id

NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞", "徐涛", "孙丽",
         "马超", "朱红", "胡明", "郭平", "何燕", "高峰", "林雪", "罗斌")
HEADER = ("姓名", "证件类型", "身份证号", "性别", "手机号码", "所属队伍", "备注")


def person(i: int, **overrides) -> dict:
    """The i-th fictional adult (born from 1960 on, five days apart; Beijing region codes), as stored."""
    values = {
        "name": NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else "甲乙丙丁戊"[i // len(NAMES) % 5]),
        "id_number": make_id(("110105", "110108", "110101")[i % 3], dt.date(1960, 1, 1) + dt.timedelta(days=5 * i),
                             100 + i % 800),
        "phone": f"139{10_000_000 + i:08d}",
        "team": "朝西社区志愿服务队",
        "notes": "",
    }
    values.update(overrides)
    return values


def row_of(p: dict) -> list:
    """A person as the cells of HEADER."""
    return [p["name"], "居民身份证", p["id_number"], "", p["phone"], p["team"], p["notes"]]


def roster_rows(people: Iterable[dict], header: Sequence[str] = HEADER) -> list[list]:
    return [list(header)] + [row_of(p) for p in people]


def write_xlsx(path: Path, rows: list[list], title: str | None = None, sheet: str = "名册",
               before: dict[str, list[list]] | None = None, after: dict[str, list[list]] | None = None,
               text_columns: Iterable[int] = (2, 4)) -> Path:
    """An .xlsx like Excel's: an optional title row merged across the top, the header, the rows.

    ``before``/``after``: other sheets (name → rows) around the roster sheet.
    Cells in ``text_columns`` get the text format "@", as a careful station sets them.
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, other in (before or {}).items():
        ws = wb.create_sheet(name)
        for r in other:
            ws.append(r)
    ws = wb.create_sheet(sheet)
    if title is not None:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(rows[0]), 2))
    for r in rows:
        ws.append(r)
    for col in text_columns:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col + 1, max_col=col + 1):
            cell.number_format = "@"
    for name, other in (after or {}).items():
        ws2 = wb.create_sheet(name)
        for r in other:
            ws2.append(r)
    wb.save(path)
    return path


def write_xls(path: Path, rows: list[list], title: str | None = None, sheet: str = "名册") -> Path:
    """An Excel 97-2003 .xls (BIFF8), written by xlwt; a title row merged across the top if given."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    top = 0
    if title is not None:
        ws.write_merge(0, 0, 0, len(rows[0]) - 1, title)
        top = 1
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            if value is not None:
                ws.write(top + r, c, value)
    wb.save(str(path))
    return path


def csv_text(rows: list[list], sep: str = ",") -> str:
    def field(v) -> str:
        text = "" if v is None else str(v)
        return '"' + text.replace('"', '""') + '"' if any(ch in text for ch in (sep, '"', "\n")) else text
    return "".join(sep.join(field(v) for v in r) + "\r\n" for r in rows)


def write_csv(path: Path, rows: list[list], encoding: str = "utf-8", bom: bool = False, sep: str = ",") -> Path:
    data = csv_text(rows, sep).encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def counts() -> tuple[int, int]:
    """(volunteers, audit entries) in the open database."""
    return Volunteer.select().count(), AuditEntry.select().count()


def actions(action: str) -> int:
    return AuditEntry.select().where(AuditEntry.action == action).count()


def xls_with_filepass(path: Path) -> Path:
    """A real BIFF8 workbook marked as password-protected: its first record after BOF becomes FILEPASS.

    That is where Excel puts FILEPASS when "Encrypt with password" is used.
    """
    write_xls(path, roster_rows([person(0)]))
    data = bytearray(path.read_bytes())
    bof = data.find(b"\x09\x08\x10\x00\x00\x06\x05\x00")  # BOF, 16 bytes, BIFF8, workbook globals
    assert bof > 0
    nxt = bof + 4 + 16
    data[nxt:nxt + 2] = b"\x2f\x00"  # record type FILEPASS
    path.write_bytes(bytes(data))
    return path


def encrypted_xlsx(path: Path) -> Path:
    """What Excel writes for a password-protected .xlsx: an OLE2 compound file holding an
    "EncryptedPackage" stream and no "Workbook" stream. Made from a real OLE2 file (xlwt's)
    by renaming its one stream in the directory (names are UTF-16LE, 64 bytes, then a length)."""
    write_xls(path, roster_rows([person(0)]))
    data = bytearray(path.read_bytes())
    old = "Workbook".encode("utf-16-le") + b"\x00\x00"
    at = data.find(old)
    assert at > 0
    new = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    data[at:at + 64] = new.ljust(64, b"\x00")
    data[at + 64:at + 66] = len(new).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path
