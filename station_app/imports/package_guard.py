"""Looking inside an .xlsx or .ods package before any reader unpacks it.

A spreadsheet package is a ZIP. Its sheets can unpack to a thousand times
their packed size (a "zip bomb"): a 4 MB file that unpacks to gigabytes kept
openpyxl reading for minutes while its memory grew. A real roster of 100,000
people unpacks to about 80 MB, so a package whose parts unpack to more than
:data:`MAX_UNPACKED` is refused. The sizes the ZIP directory declares are
checked first (instant); then every part is unpacked for real, in chunks and
counted, because a crafted file can declare less than it holds (Python's
zipfile stops at the declared size and the checksum then fails, so such a file
is refused as damaged). Memory stays at one chunk whatever the file holds.

The same pass tells whether any worksheet holds a formula: the fast reader
(calamine) gives a formula's cached value, or nothing when no spreadsheet
program ever computed it, and the import must see a formula as a formula.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from station_app.i18n import translate

MAX_UNPACKED = 400 * 1024 * 1024
CHUNK = 4 * 1024 * 1024
_FORMULA_TAGS = (b"<f>", b"<f ", b":f>", b":f ")  # <f>, <f t="shared" …>, and with a namespace prefix
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"



class PackageRefused(Exception):
    """The package is not a readable spreadsheet; ``str()`` is one line for the user."""


@dataclass(frozen=True)
class PackageFacts:
    kind: str             # "xlsx" or "ods"
    has_formulas: bool    # a worksheet of an .xlsx holds at least one formula
    unpacked_bytes: int


def inspect_package(path: Path, limit: int = MAX_UNPACKED) -> PackageFacts:
    """What the package at *path* is, after checking it unpacks to at most *limit* bytes."""
    name = Path(path).name
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            kind = _kind(package, infos, name)
            declared = sum(i.file_size for i in infos)
            if declared > limit:
                raise PackageRefused(_too_big(name, limit))
            total, formulas = 0, False
            for info in infos:
                worksheet, tail = kind == "xlsx" and info.filename.startswith("xl/worksheets/"), b""
                for chunk in _unpacked(path, info):
                    total += len(chunk)
                    if total > limit:
                        raise PackageRefused(_too_big(name, limit))
                    if worksheet and not formulas:
                        seen = tail + chunk  # a tag split between two chunks is still seen
                        formulas = any(tag in seen for tag in _FORMULA_TAGS)
                        tail = chunk[-4:]
    except PackageRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError) as exc:  # bad checksum, unknown compression, encrypted part…
        raise PackageRefused(translate("import", "{name} 不是有效的表格文件（.xlsx 或 .ods），可能已损坏").format(name=name)) from exc
    return PackageFacts(kind, formulas, total)


def _unpacked(path: Path, info: zipfile.ZipInfo):
    """The part's bytes in chunks, as they really unpack (not as the directory says they do).

    Raw deflate through zlib with a bound on each step's output, so memory stays at one chunk
    whatever the part holds; the part's data is found from its local header, as the ZIP format says.
    """
    with open(path, "rb") as fh:
        fh.seek(info.header_offset)
        header = fh.read(30)
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            raise zipfile.BadZipFile(info.filename)
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        fh.seek(info.header_offset + 30 + name_length + extra_length)
        left = info.compress_size
        if info.compress_type == zipfile.ZIP_STORED:
            while left > 0:
                chunk = fh.read(min(CHUNK, left))
                if not chunk:
                    raise EOFError(info.filename)
                left -= len(chunk)
                yield chunk
            return
        if info.compress_type != zipfile.ZIP_DEFLATED:
            raise NotImplementedError(info.compress_type)
        inflate = zlib.decompressobj(-zlib.MAX_WBITS)
        while not inflate.eof:
            if inflate.unconsumed_tail:
                data = inflate.unconsumed_tail
            else:
                data = fh.read(min(CHUNK, left))
                if not data:
                    raise EOFError(info.filename)
                left -= len(data)
            out = inflate.decompress(data, CHUNK)
            if out:
                yield out


def _kind(package: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> str:
    names = {i.filename for i in infos}
    if "mimetype" in names and "content.xml" in names:
        info = package.getinfo("mimetype")
        if info.file_size < 200 and package.read(info).strip() == ODS_MIMETYPE:
            return "ods"
    if "xl/workbook.xml" in names or any(n.startswith("xl/worksheets/") for n in names):
        return "xlsx"
    raise PackageRefused(translate("import", "{name} 是压缩文件，但不是 Excel（.xlsx）或 LibreOffice（.ods）表格").format(name=name))


def _too_big(name: str, limit: int) -> str:
    return translate("import", "{name} 解压后超过 {limit} MB（远多于任何名册或签到表），可能是恶意构造的文件，没有读取").format(
        name=name, limit=limit // (1024 * 1024))
