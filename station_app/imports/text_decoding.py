"""A CSV file's bytes to text in the one encoding it was written in, or the line that is not.

Stations' CSV files come from Excel or WPS on Chinese Windows (GBK), from
newer programs (UTF-8, often with a BOM) and, too often, from both at once:
rows copied from one file into another. GB18030 decodes nearly any bytes, so a
UTF-8 row inside a GBK file used to come in as garbled names without a word.
Each line is therefore looked at on its own: a line that is valid UTF-8 and
reads as Chinese text is UTF-8; a line that is not valid UTF-8 is GBK/GB18030.
A file with lines of both is refused, naming the first line that differs from
the file's first non-ASCII line (usually the header).
"""

from __future__ import annotations

from station_app.i18n import translate


class NotOneEncoding(ValueError):
    """``str()`` is one line for the user, naming the first bad line."""


def _reads_as_chinese(text: str) -> bool:
    """Every non-ASCII character is one a Chinese roster holds (CJK, full-width, Chinese punctuation).

    GBK bytes that happen to be valid UTF-8 decode to Latin, Greek or Cyrillic letters instead.
    """
    for ch in text:
        o = ord(ch)
        if o < 0x80 or o == 0xB7 or 0x2000 <= o <= 0x206F or 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF \
                or 0xFE30 <= o <= 0xFE4F or 0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x3FFFF:
            continue
        return False
    return True


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(encoding, text) of a file that is not UTF-16: UTF-8 (with or without BOM), else GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return "utf-8-sig", data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = data[3:3 + exc.start].count(b"\n") + 1
            raise NotOneEncoding(translate("import", "{name} 标明是 UTF-8 编码，但第 {n} 行不是 UTF-8（可能混入了 GBK 编码的内容）。"
                                    "请在 WPS 或 Excel 中打开，整体另存为“CSV UTF-8”后再导入").format(name=name, n=bad)) from exc
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    first: str | None = None
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.isascii():
            continue
        try:
            kind = "UTF-8" if _reads_as_chinese(line.decode("utf-8")) else "GBK"
        except UnicodeDecodeError:
            kind = "GBK"
        if kind == "GBK":
            try:
                line.decode("gb18030")
            except UnicodeDecodeError as exc:
                raise NotOneEncoding(translate("import", "{name} 第 {n} 行的文字既不是 UTF-8 也不是 GBK/GB18030 编码，"
                                        "或者不是表格文件").format(name=name, n=number)) from exc
        if first is None:
            first = kind
        elif kind != first:
            raise NotOneEncoding(translate("import", "{name} 混用了两种文字编码：第 {n} 行是 {kind}，前面的行是 {first}"
                                    "（可能是从不同文件复制拼接的）。请在 WPS 或 Excel 中打开，整体另存为“CSV UTF-8”后再导入").format(
                name=name, n=number, kind=kind, first=first))
    return "gb18030", data.decode("gb18030")
