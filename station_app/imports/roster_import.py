"""Importing a roster file: read, plan with a row-by-row report, then commit all at once.

Nothing is written until :func:`commit_roster_import`, which writes every
accepted row, their audit entries and a summary entry in one transaction;
a cancel or any error rolls the whole import back. People are matched by ID
type and number, so importing the same or an overlapping file again updates
them and never duplicates anyone. The same code serves the CLI and the wizard.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from station_app.audit import Actor
from station_app.audit.log import record_many
from station_app.changes import Changes, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Volunteer
from station_app.i18n import translate
from station_app.imports import cell_values as cv
from station_app.imports.roster_columns import (
    REQUIRED,
    HeaderGuess,
    best_sheet,
    field_title,
)
from station_app.imports.sheet_plan import RowProblem, SheetPlan, open_sheet_file, write_report  # noqa: F401 - re-exported
from station_app.imports.table_reader import (
    Cancelled,
    FileUnreadable,
    Sheet,
    Workbook,
)
from station_app.imports.templates import is_example_row
from station_app.roster import id_probes
from station_app.roster.service import STORED_FIELDS, audit_view, derived_columns
from station_app.roster.validation import check_volunteer, input_from_values

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]


@dataclass
class PlannedRow:
    row: int
    action: str                  # "add", "update" or "same"
    values: dict[str, Any]
    existing_id: int | None = None
    before: dict[str, Any] | None = None


@dataclass
class ImportPlan(SheetPlan):
    rows: list[PlannedRow] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    refused: int

    @property
    def changes(self) -> Changes:
        return changed(Kind.VOLUNTEERS) if self.added or self.updated else changed()


def open_roster_file(path: Path, progress: Progress | None = None,
                     cancelled: CancelFlag | None = None) -> tuple[Workbook, HeaderGuess]:
    """Read *path* and find its header. Raises FileUnreadable with a one-line reason."""
    return open_sheet_file(path, best_sheet, lambda guess: all(f in guess.mapping.values() for f in REQUIRED),
                           translate("import", "{name} 中找不到表头：需要一行写有“姓名”和“身份证号”（或“证件号码”）的列名"),
                           progress, cancelled)


def _existing_people() -> tuple[dict[tuple[str, str], dict], dict[str, tuple[int, str]]]:
    by_id: dict[tuple[str, str], dict] = {}
    by_platform: dict[str, tuple[int, str]] = {}
    columns = ("id", *STORED_FIELDS)
    for values in Volunteer.select(*[getattr(Volunteer, c) for c in columns]).tuples().iterator():
        record = dict(zip(columns, values))
        by_id[(record["id_type"], record["id_number"])] = record
        if record["platform_no"]:
            by_platform[record["platform_no"]] = (record["id"], record["name"])
    return by_id, by_platform


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "name": cv.as_text, "id_type": cv.as_id_type, "id_number": cv.as_id_number, "phone": cv.as_phone,
    "gender": cv.as_gender, "birth_date": cv.as_date, "platform_no": cv.as_code, "team": cv.as_text,
    "skills": cv.as_text, "guardian_name": cv.as_text, "guardian_phone": cv.as_phone,
    "consent_date": cv.as_date, "child_consent_date": cv.as_date, "status": cv.as_status, "notes": cv.as_note,
}


def plan_roster_import(workbook: Workbook, sheet: Sheet, header_index: int, mapping: dict[int, str],
                       progress: Progress | None = None, cancelled: CancelFlag | None = None,
                       today: dt.date | None = None, *, actor: Actor) -> ImportPlan:
    """Check every data row; say what would be added, updated or refused, and why.

    Saying "update" or "add" tells whether an ID is on the roster: *actor*'s near misses count
    (roster/id_probes.py), and while their lookups are stopped the file is refused.
    """
    id_probes.refuse_if_blocked(actor)
    check_cancel = cancelled or (lambda: False)
    headers = [str(c) if c is not None else "" for c in sheet.rows[header_index]] if sheet.rows else []
    plan = ImportPlan(workbook.path, workbook.kind, workbook.encoding, sheet.name, header_index + 1,
                      dict(mapping), headers)
    missing = [f for f in REQUIRED if f not in mapping.values()]
    if missing:
        raise FileUnreadable(translate("import", "没有对应“{f}”的列").format(f="、".join(field_title(f) for f in missing)))
    by_id, by_platform = _existing_people()
    seen_ids: dict[tuple[str, str], int] = {}
    seen_platform: dict[str, int] = {}
    data = sheet.rows[header_index + 1:]
    for offset, cells in enumerate(data):
        if offset % 500 == 0:
            if check_cancel():
                raise Cancelled()
            if progress:
                progress(offset, len(data))
        row_no = header_index + 2 + offset
        if all(cv.is_blank(c) for c in cells) or is_example_row(cells):  # a template's example row adds nobody
            plan.blank_rows += 1
            continue
        _plan_row(plan, row_no, cells, mapping, by_id, by_platform, seen_ids, seen_platform, today)
    if progress:
        progress(len(data), len(data))
    id_probes.note_misses(id_probes.ID_NUMBER, [str(r.values["id_number"]) for r in plan.rows if r.existing_id is None],
                          actor, "import")
    return plan


def _plan_row(plan: ImportPlan, row_no: int, cells: list, mapping: dict[int, str],
              by_id: dict, by_platform: dict, seen_ids: dict, seen_platform: dict,
              today: dt.date | None) -> None:
    given: dict[str, Any] = {}
    problems: list[RowProblem] = []
    for col, name in mapping.items():
        cell = cells[col] if col < len(cells) else None
        if cv.is_blank(cell):
            continue
        try:
            given[name] = _CONVERTERS[name](cell)
        except cv.CellProblem as exc:
            problems.append(RowProblem(row_no, field_title(name), str(exc)))
    if problems:
        plan.problems.extend(problems)
        return
    id_type = given.get("id_type", "CN_RIC")
    from station_app.roster.ids import normalize_id_number

    key = (id_type, normalize_id_number(given.get("id_number", "")))
    existing = by_id.get(key)
    base = dict(existing) if existing else {"status": "active"}
    for name, value in given.items():
        if value not in ("", None):
            base[name] = value
    inp = input_from_values(base)
    for name, flag, version in (("consent_date", "consent", "consent_version"),
                                ("child_consent_date", "child_consent", "child_consent_version")):
        if name in given:
            setattr(inp, flag, True)
            if existing is None or existing.get(name) != given[name]:
                setattr(inp, version, "")  # consented again, to the notice of today
    checked = check_volunteer(inp, today)
    if checked.errors:
        plan.problems.extend(RowProblem(row_no, e.label, e.message) for e in checked.errors)
        return
    values = checked.values
    key = (str(values["id_type"]), str(values["id_number"]))
    if key in seen_ids:
        plan.problems.append(RowProblem(row_no, field_title("id_number"),
                                        translate("import", "与第 {n} 行是同一个人（证件号码相同），本行没有导入").format(n=seen_ids[key])))
        return
    platform = values["platform_no"]
    if platform:
        owner = by_platform.get(platform)
        if platform in seen_platform:
            plan.problems.append(RowProblem(row_no, field_title("platform_no"),
                                            translate("import", "与第 {n} 行的志愿者编号相同").format(n=seen_platform[platform])))
            return
        if owner and (existing is None or owner[0] != existing["id"]):
            plan.problems.append(RowProblem(row_no, field_title("platform_no"),
                                            translate("import", "志愿者编号 {p} 已属于名册中的 {name}").format(p=platform, name=owner[1])))
            return
        seen_platform[platform] = row_no
    seen_ids[key] = row_no
    if existing is None:
        plan.rows.append(PlannedRow(row_no, "add", values))
        return
    before = audit_view({f: existing[f] for f in STORED_FIELDS})
    action = "same" if before == audit_view(values) else "update"
    plan.rows.append(PlannedRow(row_no, action, values, existing["id"], before))


def commit_roster_import(plan: ImportPlan, actor: Actor, accepted: set[int] | None = None,
                         progress: Progress | None = None, cancelled: CancelFlag | None = None) -> ImportResult:
    """Write the accepted rows (row numbers; all planned rows when None) in one transaction."""
    check_cancel = cancelled or (lambda: False)
    rows = [r for r in plan.rows if accepted is None or r.row in accepted]
    adds = [r for r in rows if r.action == "add"]
    updates = [r for r in rows if r.action == "update"]
    now = now_iso()
    add_columns = ("uid", *STORED_FIELDS, "name_pinyin", "name_initials", "id_rev", "phone_rev", "platform_rev",
                   "created_at", "updated_at")
    set_columns = (*STORED_FIELDS, "name_pinyin", "name_initials", "id_rev", "phone_rev", "platform_rev", "updated_at")
    audit: list[tuple] = []
    done = 0
    total = len(adds) + len(updates)
    try:
        with database.atomic():
            cursor = database.cursor()
            for chunk in _chunks(adds + updates, 2000):
                if check_cancel():
                    raise Cancelled()
                add_rows, update_rows = [], []
                for r in chunk:
                    stored = {**_sql_values(r.values), **derived_columns(r.values)}
                    if r.action == "add":
                        add_rows.append((str(uuid.uuid4()), *[stored[c] for c in add_columns[1:-2]], now, now))
                    else:
                        update_rows.append((*[stored[c] for c in set_columns[:-1]], now, r.existing_id))
                if add_rows:
                    cursor.executemany(
                        f"INSERT INTO volunteer ({', '.join(add_columns)}) VALUES ({', '.join('?' * len(add_columns))})",
                        add_rows)
                if update_rows:
                    cursor.executemany(
                        f"UPDATE volunteer SET {', '.join(c + ' = ?' for c in set_columns)} WHERE id = ?", update_rows)
                done += len(chunk)
                if progress:
                    progress(done, total)
            new_ids = _ids_of([r for r in adds])
            for r in adds:
                audit.append(("volunteer.create", "volunteer", new_ids[(r.values["id_type"], r.values["id_number"])],
                              None, audit_view(r.values), translate("import", "导入 {f} 第 {n} 行").format(f=plan.path.name, n=r.row)))
            for r in updates:
                audit.append(("volunteer.update", "volunteer", r.existing_id, r.before, audit_view(r.values),
                              translate("import", "导入 {f} 第 {n} 行").format(f=plan.path.name, n=r.row)))
            result = ImportResult(len(adds), len(updates), sum(1 for r in rows if r.action == "same"),
                                  plan.refused_rows)
            audit.append(("roster.import", "file", str(plan.path), None,
                          {"added": result.added, "updated": result.updated, "unchanged": result.unchanged,
                           "refused": result.refused, "sheet": plan.sheet, "format": plan.kind}, ""))
            record_many(actor, audit)
            if check_cancel():
                raise Cancelled()
    except (peewee.IntegrityError, sqlite3.IntegrityError) as exc:  # the raw cursor raises sqlite3's own
        raise FileUnreadable(translate("import", "名册在预览之后被修改过（有人同时录入了相同的人），请重新预览后再导入")) from exc
    return result


def _sql_values(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}


def _ids_of(rows: list[PlannedRow]) -> dict[tuple[str, str], int]:
    ids: dict[tuple[str, str], int] = {}
    keys = [(r.values["id_type"], r.values["id_number"]) for r in rows]
    for chunk in _chunks(keys, 400):
        where = " OR ".join("(id_type = ? AND id_number = ?)" for _ in chunk)
        params = [x for k in chunk for x in k]
        for vid, t, n in database.execute_sql(f"SELECT id, id_type, id_number FROM volunteer WHERE {where}", params):
            ids[(t, n)] = vid
    return ids


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def import_roster_file(path: Path, actor: Actor) -> tuple[ImportPlan, ImportResult]:
    """Read, plan and commit every valid row: what ``station-app import-roster`` does."""
    workbook, guess = open_roster_file(path)
    plan = plan_roster_import(workbook, guess.sheet, guess.row_index, guess.mapping, actor=actor)
    return plan, commit_roster_import(plan, actor)
