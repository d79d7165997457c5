"""Property: whatever file a station picks, the import succeeds or says FileUnreadable, and never half-writes.

Files of every kind hypothesis can make cheaply: random bytes, random text in
the encodings stations use (and UTF-16), CSV with huge cells and thousands of
columns under a real roster header, real .xlsx/.xls with random cells, and real
ones with a few bytes damaged. ``import_roster_file`` (what the CLI runs) must
return, or raise FileUnreadable leaving the database exactly as it was; any other
exception is a crash the user would see.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import xlwt
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from station_app.audit.log import verify_chain
from station_app.imports.roster_columns import SYNONYMS
from station_app.imports.roster_import import import_roster_file
from station_app.imports.table_reader import FileUnreadable
from support.roster_files import HEADER, counts, csv_text, person, row_of

ENCODINGS = ("utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le")
HEADER_WORDS = [s for synonyms in SYNONYMS.values() for s in synonyms]
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Text as it comes in rosters: CJK (BMP and beyond), full-width forms, digits, separators, quotes, controls.
chars = st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Z", "Cc"))
cell_text = st.one_of(
    st.text(chars, max_size=12),
    st.sampled_from(["1.10105E+17", "=1+1", "'=SUM(A1)", "１３８００１３８０００", "110105198001011234x", "男", "在册",
                     "2024-05-01", "居民身份证", "护照", '"', '""', "\r\n", "\x00", "，", "\t"]),
    st.sampled_from(HEADER_WORDS),
)


def valid_person(draw) -> dict:
    """One of 800 valid people, with one of two phones: added the first time, then updated or unchanged."""
    return person(draw(st.integers(0, 799)), phone=draw(st.sampled_from(["13900000001", "13900000002"])))


@st.composite
def huge(draw) -> str:
    """A cell of up to ~300,000 characters, built by repetition (hypothesis draws stay small)."""
    return draw(st.text(chars, min_size=1, max_size=4)) * draw(st.integers(1000, 100_000))


@st.composite
def csv_rows(draw) -> list[list]:
    width = draw(st.one_of(st.integers(1, 8), st.integers(1000, 4000)))
    header = draw(st.lists(st.one_of(st.sampled_from(HEADER_WORDS), cell_text), min_size=width, max_size=width)
                  if width <= 8 else st.just([HEADER_WORDS[i % len(HEADER_WORDS)] + str(i) for i in range(width)]))
    if draw(st.booleans()):  # a real roster header in front, so valid people below import
        header = [*HEADER, *header]
    rows = [header]
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            rows.append(row_of(valid_person(draw)))  # so that commits happen too
        else:
            rows.append(draw(st.lists(cell_text, max_size=min(width, 8))))
    if draw(st.integers(0, 3)) == 0:
        rows[draw(st.integers(0, len(rows) - 1))].append(draw(huge()))
    return rows


def _xlsx_bytes(rows: list[list]) -> bytes:
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append([ILLEGAL_CHARACTERS_RE.sub("", v)[:32000] if isinstance(v, str) else v for v in r])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _xls_bytes(rows: list[list]) -> bytes:
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("名册")
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells[:256]):
            ws.write(r, c, value[:30000] if isinstance(value, str) else value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


typed_cell = st.one_of(cell_text, st.integers(-10**17, 10**18), st.floats(allow_nan=False),
                       st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.none())


@st.composite
def files(draw) -> bytes:
    kind = draw(st.sampled_from(["bytes", "text", "csv", "xlsx", "xls", "damaged", "prefixed", "zip"]))
    if kind == "bytes":
        return draw(st.binary(max_size=5000))
    if kind == "text":
        text = draw(st.text(chars, max_size=2000))
        return text.encode(draw(st.sampled_from(ENCODINGS)), errors="ignore")
    if kind == "csv":
        sep = draw(st.sampled_from([",", "\t", ";", "，"]))
        return csv_text(draw(csv_rows()), sep).encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if kind in ("xlsx", "xls", "damaged"):
        rows = [list(HEADER)]
        rows += draw(st.lists(st.lists(typed_cell, max_size=5), max_size=4))
        rows += [row_of(valid_person(draw)) for _ in range(draw(st.integers(0, 3)))]
        data = _xlsx_bytes(rows) if kind == "xlsx" or draw(st.booleans()) else _xls_bytes(
            [[str(v) if isinstance(v, (dt.date, type(None))) else v for v in r] for r in rows])
        if kind == "damaged":
            # Positions drawn independently of the length: a saved workbook's size varies by a few bytes
            # (timestamps), and hypothesis wants the same draws for the same example.
            data = bytearray(data)
            for _ in range(draw(st.integers(1, 12))):
                data[draw(st.integers(0, 10**6)) % len(data)] = draw(st.integers(0, 255))
            if draw(st.booleans()):
                data = data[:8 + draw(st.integers(0, 10**6)) % (len(data) - 8)]
            data = bytes(data)
        return data
    if kind == "prefixed":
        return draw(st.sampled_from([b"PK\x03\x04", OLE2, b"\xef\xbb\xbf", b"\xff\xfe"])) + draw(st.binary(max_size=3000))
    out = io.BytesIO()  # a ZIP with the parts of an .xlsx, holding anything
    with zipfile.ZipFile(out, "w") as z:
        for name in draw(st.lists(st.sampled_from(["[Content_Types].xml", "xl/workbook.xml", "_rels/.rels",
                                                   "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                                                   "xl/sharedStrings.xml"]), unique=True, max_size=6)):
            z.writestr(name, draw(st.one_of(st.binary(max_size=300), st.text(chars, max_size=300))))
    return out.getvalue()


@settings(max_examples=100, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(data=files(), suffix=st.sampled_from([".csv", ".xlsx", ".xls", ".txt", ""]))
def test_import_never_crashes_and_never_half_writes(db, actor, tmp_path, data, suffix):
    path = tmp_path / f"roster{suffix}"
    path.write_bytes(data)
    volunteers, audit = counts()
    try:
        plan, result = import_roster_file(path, actor)
    except FileUnreadable as exc:
        assert str(exc) and "\n" not in str(exc)  # one line for the user
        assert counts() == (volunteers, audit)
        event("unreadable")
        return
    event("imported, some added or updated" if result.added or result.updated else "imported, nothing changed")
    assert counts() == (volunteers + result.added, audit + result.added + result.updated + 1)
    assert result.refused == plan.refused_rows
    assert verify_chain() == []
