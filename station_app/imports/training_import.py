"""Training attendance sheets (培训签到表): ``station-app import-training FILE``.

Columns 姓名, 证件号码, 培训名称, 主办单位, 地点, 日期, 开始时间, 结束时间, 结果 (完成/参加), found by the
same header matching as the hour sheets. Each row is one volunteer at one session; rows with the same
title, organiser, place and times are one session. As in the other imports every row is checked first,
refused rows are reported with their reason, and the rest go in in one transaction or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station_app.audit import Actor
from station_app.changes import NO_CHANGES, Changes
from station_app.db.models import TrainingAttendance, TrainingSession
from station_app.hours.times import local_now
from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.imports import cell_values as cv
from station_app.imports import hours_cells as hc
from station_app.imports.hours_import import _Lookup, _NameDisagrees
from station_app.imports.roster_columns import HeaderGuess, normalize_header
from station_app.imports.sheet_plan import RowProblem, SheetPlan, open_sheet_file
from station_app.imports.table_reader import Cell, Sheet, Workbook
from station_app.record_kinds.common import RESULTS, KindError, code_of
from station_app.record_kinds.training import Attendee, SessionInput, add_trainings, check_session
from station_app.roster import id_probes
from station_app.roster.ids import normalize_id_number

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "志愿者姓名", "志愿者", "name"),
    "id_number": ("证件号码", "身份证号", "身份证号码", "证件号", "公民身份号码", "idnumber"),
    "title": ("培训名称", "培训", "培训主题", "课程名称", "培训内容", "title"),
    "organiser": ("主办单位", "主办", "组织单位", "培训单位", "organiser"),
    "place": ("地点", "培训地点", "place"),
    "date": ("日期", "培训日期", "date"),
    "start": ("开始时间", "开始", "start"),
    "end": ("结束时间", "结束", "end"),
    "result": ("结果", "培训结果", "考核结果", "result"),
}
TITLES = {"name": QT_TRANSLATE_NOOP("import", "姓名"), "id_number": QT_TRANSLATE_NOOP("import", "证件号码"), "title": QT_TRANSLATE_NOOP("import", "培训名称"), "organiser": QT_TRANSLATE_NOOP("import", "主办单位"), "place": QT_TRANSLATE_NOOP("import", "地点"),
          "date": QT_TRANSLATE_NOOP("import", "日期"), "start": QT_TRANSLATE_NOOP("import", "开始时间"), "end": QT_TRANSLATE_NOOP("import", "结束时间"), "result": QT_TRANSLATE_NOOP("import", "结果"), "": ""}
REQUIRED = ("name", "id_number", "title", "date", "start", "end")
_LOOKUP = {normalize_header(s): f for f, syns in SYNONYMS.items() for s in syns}
_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "name": cv.as_text, "id_number": cv.as_id_number, "title": cv.as_text, "organiser": cv.as_text,
    "place": cv.as_text, "date": cv.as_date, "start": hc.as_clock, "end": hc.as_clock, "result": cv.as_text}


def field_title(name: str) -> str:
    return translate("import", TITLES.get(name, name))


def _guess(sheet: Sheet) -> HeaderGuess | None:
    best: HeaderGuess | None = None
    for index, row in enumerate(sheet.rows[:20]):
        mapping: dict[int, str] = {}
        for col, cell in enumerate(row):
            name = _LOOKUP.get(normalize_header(cell))
            if name and name not in mapping.values():
                mapping[col] = name
        if mapping and (best is None or len(mapping) > len(best.mapping)):
            best = HeaderGuess(sheet, index, mapping, [str(c) if c is not None else "" for c in row])
    return best


def _usable(guess: HeaderGuess) -> bool:
    return all(f in guess.mapping.values() for f in REQUIRED)


def _best_sheet(sheets: list[Sheet]) -> HeaderGuess | None:
    guesses = [g for g in (_guess(s) for s in sheets) if g]
    return max(guesses, key=lambda g: (_usable(g), len(g.mapping))) if guesses else None


@dataclass(frozen=True)
class PlannedAttendance:
    row: int
    volunteer_id: int
    volunteer_name: str
    session: SessionInput
    result: str


@dataclass
class TrainingImportPlan(SheetPlan):
    rows: list[PlannedAttendance] = field(default_factory=list)

    @property
    def sessions(self) -> list[tuple[SessionInput, list[Attendee]]]:
        grouped: dict[SessionInput, list[Attendee]] = {}
        for r in self.rows:
            grouped.setdefault(r.session, []).append(Attendee(r.volunteer_id, r.result))
        return list(grouped.items())


@dataclass(frozen=True)
class TrainingImportResult:
    added: int
    sessions: int
    refused: int
    changes: Changes = NO_CHANGES


def _cells(row: int, cells: list[Cell], mapping: dict[int, str]) -> dict[str, Any]:
    given: dict[str, Any] = {}
    problems: list[RowProblem] = []
    for col, name in mapping.items():
        cell = cells[col] if col < len(cells) else None
        if cv.is_blank(cell):
            continue
        try:
            given[name] = _CONVERTERS[name](cell)
        except cv.CellProblem as exc:
            problems.append(RowProblem(row, field_title(name), str(exc)))
    for name in REQUIRED:
        if not given.get(name) and not any(p.field == field_title(name) for p in problems):
            problems.append(RowProblem(row, field_title(name), translate("import", "未填写")))
    if problems:
        raise _Refused(problems)
    return given


class _Refused(Exception):
    def __init__(self, problems: list[RowProblem]):
        self.problems = problems


def _refuse(row: int, name: str, message: str) -> _Refused:
    return _Refused([RowProblem(row, field_title(name), message)])


def _plan_row(row: int, cells: list[Cell], mapping: dict[int, str], lookup: _Lookup, now: dt.datetime,
              seen: set[tuple[SessionInput, int]]) -> PlannedAttendance:
    given = _cells(row, cells, mapping)
    try:
        vid, name = lookup.person(normalize_id_number(given["id_number"]), given["name"])
    except cv.CellProblem as exc:
        raise _refuse(row, "name" if isinstance(exc, _NameDisagrees) else "id_number", str(exc)) from exc
    day: dt.date = given["date"]

    def at(clock: hc.Clock) -> dt.datetime:
        return (dt.datetime.combine(clock.day or day, clock.time) + dt.timedelta(days=clock.days)).astimezone()

    session = SessionInput(given["title"], at(given["start"]), at(given["end"]), given.get("organiser", ""),
                           given.get("place", ""))
    try:
        columns = check_session(session, now)
        result = code_of(given.get("result") or "completed", RESULTS, field_title("result"))
    except KindError as exc:
        raise _refuse(row, "result" if "结果" in str(exc) else "end", str(exc)) from exc
    if (session, vid) in seen or _attended(columns, vid):
        raise _refuse(row, "name", translate("import", "{name} 已登记参加过这次培训").format(name=name))
    seen.add((session, vid))
    return PlannedAttendance(row, vid, name, session, result)


def _attended(columns: dict, volunteer_id: int) -> bool:
    return TrainingAttendance.select().join(TrainingSession).where(
        (TrainingSession.title == columns["title"]) & (TrainingSession.start_min == columns["start_min"])
        & (TrainingSession.end_min == columns["end_min"]) & (TrainingSession.organiser == columns["organiser"])
        & (TrainingSession.place == columns["place"]) & (TrainingAttendance.volunteer == volunteer_id)
        & (TrainingAttendance.state == "valid")).exists()


def plan_training_import(workbook: Workbook, guess: HeaderGuess, *, actor: Actor,
                         now: dt.datetime | None = None) -> TrainingImportPlan:
    """Check every data row; say what would be added and what is refused, and why. Writes nothing
    (but whole-number lookups of the roster count as the actor's, roster/id_probes.py)."""
    id_probes.refuse_if_blocked(actor)
    sheet, header_index = guess.sheet, guess.row_index
    plan = TrainingImportPlan(workbook.path, workbook.kind, workbook.encoding, sheet.name, header_index + 1,
                              dict(guess.mapping), guess.headers)
    lookup, now = _Lookup(), now or local_now()
    seen: set[tuple[SessionInput, int]] = set()
    for offset, cells in enumerate(sheet.rows[header_index + 1:]):
        row_no = header_index + 2 + offset
        if all(cv.is_blank(c) for c in cells):
            plan.blank_rows += 1
            continue
        try:
            plan.rows.append(_plan_row(row_no, cells, guess.mapping, lookup, now, seen))
        except _Refused as exc:
            plan.problems.extend(exc.problems)
    id_probes.note_misses(id_probes.ID_NUMBER, lookup.missed, actor, "import")
    return plan


def commit_training_import(plan: TrainingImportPlan, actor: Actor) -> TrainingImportResult:
    """Every planned attendance in one transaction (or none): 站长 only, as each goes to the platform."""
    if not plan.rows:
        return TrainingImportResult(0, 0, plan.refused_rows)
    sessions = plan.sessions
    done = add_trainings(sessions, actor)
    return TrainingImportResult(done.count, len(sessions), plan.refused_rows, done.changes)


def import_training_file(path: Path, actor: Actor,
                         now: dt.datetime | None = None) -> tuple[TrainingImportPlan, TrainingImportResult]:
    """Read, plan and commit: what ``station-app import-training`` does. FileUnreadable when it cannot be read."""
    from station_app.staff.roles import require_admin

    require_admin(actor, translate("import", "导入培训签到表"))
    workbook, guess = open_sheet_file(path, _best_sheet, _usable, translate(
        "import", "{name} 中找不到培训签到表的表头：需要一行写有“姓名”“证件号码”“培训名称”“日期”“开始时间”“结束时间”的列名"))
    plan = plan_training_import(workbook, guess, actor=actor, now=now)
    return plan, commit_training_import(plan, actor)
