"""What every import plan shares: where the rows came from, which rows were refused and why.

The roster import and the hour-sheet import each add their own planned rows;
the report of refused rows is written the same way for both.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from station_app.exports.cells import safe_text
from station_app.i18n import translate
from station_app.imports.roster_columns import HeaderGuess
from station_app.imports.table_reader import FileUnreadable, Sheet, Workbook, read_workbook

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]


def open_sheet_file(path: Path, best_sheet: Callable[[list[Sheet]], HeaderGuess | None],
                    usable: Callable[[HeaderGuess], bool], no_header: str, progress: Progress | None = None,
                    cancelled: CancelFlag | None = None) -> tuple[Workbook, HeaderGuess]:
    """Read *path* and find the sheet and row whose header this import understands.

    Raises FileUnreadable with a one-line reason: the file's own, an empty file, or
    *no_header* (``{name}`` is the file's name) when no sheet has a usable header.
    """
    workbook = read_workbook(Path(path), progress, cancelled)
    if not any(sheet.rows for sheet in workbook.sheets):
        raise FileUnreadable(translate("import", "{name} 里没有任何内容").format(name=Path(path).name))
    guess = best_sheet(workbook.sheets)
    if guess is None or not usable(guess):
        raise FileUnreadable(no_header.format(name=Path(path).name))
    return workbook, guess


@dataclass(frozen=True)
class RowProblem:
    row: int        # the row number the spreadsheet shows (1-based)
    field: str      # the field's title, or "" for the whole row
    message: str


@dataclass(frozen=True)
class ProblemGroup:
    """Rows refused for the same reason: one line of a report instead of one per row."""

    field: str
    message: str
    rows: tuple[int, ...]

    def text(self, shown: int = 10) -> str:
        """ "岗位“礼让斑马线文明引导”不存在：30 行，第 3、7、11… 行"."""
        numbers = "、".join(str(r) for r in self.rows[:shown]) + ("…" if len(self.rows) > shown else "")
        where = translate("import", "{n} 行，第 {rows} 行").format(n=len(self.rows), rows=numbers) \
            if len(self.rows) > 1 else translate("import", "第 {rows} 行").format(rows=numbers)
        what = f"{self.field}：{self.message}" if self.field and self.field not in self.message else self.message
        return f"{what.rstrip('。')}（{where}）" if "：" in what else f"{what}：{where}"


def group_problems(problems: list[RowProblem]) -> list[ProblemGroup]:
    """Identical reasons together, in the order their first row comes in the file."""
    groups: dict[tuple[str, str], list[int]] = {}
    for p in sorted(problems, key=lambda p: p.row):
        groups.setdefault((p.field, p.message), []).append(p.row)
    return [ProblemGroup(field, message, tuple(rows)) for (field, message), rows in groups.items()]


@dataclass
class SheetPlan:
    path: Path
    kind: str                         # "xlsx", "xls", "csv"
    encoding: str | None
    sheet: str
    header_row: int                   # 1-based
    mapping: dict[int, str]           # column index -> field
    headers: list[str]
    problems: list[RowProblem] = field(default_factory=list)
    blank_rows: int = 0

    @property
    def refused_rows(self) -> int:
        return len({p.row for p in self.problems})

    @property
    def problem_groups(self) -> list[ProblemGroup]:
        return group_problems(self.problems)

    @property
    def unmapped_headers(self) -> list[str]:
        return [h for i, h in enumerate(self.headers) if h.strip() and i not in self.mapping]


def write_report(plan: SheetPlan, path: Path) -> None:
    """The refused rows as CSV (UTF-8 with BOM, for Excel on Chinese Windows)."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([translate("import", "行号"), translate("import", "字段"), translate("import", "原因")])
        for p in sorted(plan.problems, key=lambda p: p.row):
            writer.writerow([p.row, safe_text(p.field), safe_text(p.message)])
