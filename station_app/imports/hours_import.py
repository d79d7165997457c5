"""Importing historical hour sheets: read, plan with a row-by-row report, then commit all at once.

The same file reading, header detection, report and all-or-nothing commit as
the roster import (:mod:`station_app.imports.roster_import`), and the same
rules as every other way hours enter the app (:mod:`station_app.hours.records`):
whole minutes, end after start, at most 24 hours, breaks shorter than the
span, nothing in the future, and no overlap for one person, neither with a
record already held (open, pending or approved) nor with another row of the
same file. Importing the same file twice therefore adds nothing the second time:
every row overlaps the record it made.

A row is matched to a person by ID number, and the name must agree with the
roster's (a sheet with a typo in either is refused, not guessed); to a post by
its name, or its code. People who have since left the roster's active list
still get their history. Records come in as "pending", ``source = import``;
with ``approve=True`` they are approved in the same transaction, each approval
audit-logged under the importing user like one made on the review page.

When a row gives hours as well as times
---------------------------------------
Start and end win: the hours column is then only compared, and a mismatch is
noted in the report (not refused). A row with a start and hours but no end
(or an end and hours but no start) is taken, the missing time computed from
the other (plus the break, if a break column says so); the report and the
record's audit entry say the time was computed, so nobody later mistakes it
for one read off the sheet.

A row with hours but neither start nor end is **refused**. Storing it at
00:00 (or any made-up time) would invent times the regulations ask us to
record truthfully (《志愿服务条例》 Art. 19), would put night-time service on
certificates, and would defeat the overlap check that keeps one person's hours
from being counted twice. The reason tells staff to copy the start time from
the paper sheet (签到表), which always has it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from station_app.audit import Actor, record
from station_app.audit.log import record_many
from station_app.changes import Changes, Kind, changed
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Post, Volunteer
from station_app.hours import review
from station_app.hours.records import (
    STATE_LABELS,
    HoursError,
    check_span,
    derived_columns,
    find_overlap,
    record_snapshot,
    refuse_future,
)
from station_app.hours.times import hours_text, local_now, offset_of, to_min
from station_app.i18n import translate
from station_app.imports import cell_values as cv
from station_app.imports import hours_cells as hc
from station_app.imports.hours_columns import REQUIRED, TIME_FIELDS, best_sheet, field_title, usable
from station_app.imports.roster_columns import HeaderGuess
from station_app.imports.sheet_plan import RowProblem, SheetPlan, open_sheet_file, write_report  # noqa: F401 - re-exported
from station_app.imports.table_reader import Cancelled, FileUnreadable, Sheet, Workbook
from station_app.imports.templates import is_example_row
from station_app.roster import id_probes
from station_app.roster.ids import mask_id_number, normalize_id_number
from station_app.text_normalize import squeeze, strip_all_space

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]


@dataclass
class PlannedRecord:
    row: int
    volunteer_id: int
    volunteer_name: str
    post_id: int
    post_name: str
    start_min: int
    end_min: int
    utc_offset: int
    break_minutes: int
    minutes: int
    people_served: int | None
    content: str
    note: str = ""   # e.g. "the end was computed from the hours"
    new_post: bool = False  # the post does not exist yet: made at commit (``create_posts``), post_id 0


@dataclass
class HoursImportPlan(SheetPlan):
    rows: list[PlannedRecord] = field(default_factory=list)
    # Post names the station does not have, with the rows naming them, in the file's order: refused
    # rows when planned without ``create_posts``, planned rows (made at commit) with it.
    missing_posts: dict[str, list[int]] = field(default_factory=dict)
    create_posts: bool = False

    def new_post_codes(self) -> dict[str, str]:
        """The code each missing post would get if made now (what the wizard's confirmation shows)."""
        from station_app.posts.service import generated_code

        codes: dict[str, str] = {}
        for name in self.missing_posts:
            codes[name] = generated_code(name, set(codes.values()))
        return codes

    @property
    def new_posts(self) -> list[str]:
        """The posts the commit will make: those named by a planned row."""
        wanted = {r.post_name for r in self.rows if r.new_post}
        return [name for name in self.missing_posts if name in wanted]

    @property
    def notes(self) -> list[tuple[int, str]]:
        return [(r.row, r.note) for r in self.rows if r.note]


@dataclass(frozen=True)
class HoursImportResult:
    added: int
    approved: int
    refused: int
    minutes: int
    posts_created: tuple[str, ...] = ()

    @property
    def changes(self) -> Changes:
        posts = changed(Kind.POSTS) if self.posts_created else changed()
        if not self.added:
            return posts
        return posts | (changed(Kind.RECORDS, Kind.OUTBOX) if self.approved else changed(Kind.RECORDS))


def open_hours_file(path: Path, progress: Progress | None = None,
                    cancelled: CancelFlag | None = None) -> tuple[Workbook, HeaderGuess]:
    """Read *path* and find its header. Raises FileUnreadable with a one-line reason."""
    return open_sheet_file(path, best_sheet, usable, translate(
        "import", "{name} 中找不到服务时长表的表头：需要一行写有“姓名”“身份证号”（或“证件号码”）“岗位”和“开始时间”"
        "（或“签到时间”“结束时间”）的列名"), progress, cancelled)


class _NameDisagrees(cv.CellProblem):
    pass


class _NoSuchPost(cv.CellProblem):
    def __init__(self, name: str):
        self.name = name
        super().__init__(translate("import", "岗位“{p}”不存在").format(p=name))


class _Lookup:
    """The roster and the posts, loaded once per plan."""

    def __init__(self) -> None:
        self.people: dict[str, list[tuple[int, str]]] = {}
        self.missed: list[str] = []  # whole numbers on no one (roster/id_probes.py)
        for vid, name, number in Volunteer.select(Volunteer.id, Volunteer.name, Volunteer.id_number).tuples():
            self.people.setdefault(number, []).append((vid, name))
        self.by_name: dict[str, list[Post]] = {}
        self.by_code: dict[str, Post] = {}
        for post in Post.select():
            self.by_name.setdefault(squeeze(post.name), []).append(post)
            self.by_code[post.code] = post

    def person(self, number: str, name: str) -> tuple[int, str]:
        found = self.people.get(number, [])
        if not found:
            self.missed.append(number)
            raise cv.CellProblem(translate("import", "证件号码 {n} 不在志愿者名册中：请先在名册中登记此人").format(
                n=mask_id_number(number)))
        if len(found) > 1:
            raise cv.CellProblem(translate("import", "名册中有多人使用证件号码 {n}，请在名册中核对").format(n=mask_id_number(number)))
        vid, roster_name = found[0]
        if strip_all_space(roster_name) != strip_all_space(name):
            raise _NameDisagrees(translate("import", "姓名“{given}”与名册中证件号码 {n} 的姓名“{name}”不一致").format(
                given=name, n=mask_id_number(number), name=roster_name))
        return vid, roster_name

    def post(self, text: str) -> Post:
        named = self.by_name.get(squeeze(text), [])
        if len(named) > 1:
            named = [p for p in named if p.active] or named
        if len(named) == 1:
            return named[0]
        if len(named) > 1:
            raise cv.CellProblem(translate("import", "有多个岗位叫“{p}”，请改用岗位编码").format(p=text))
        coded = self.by_code.get(strip_all_space(text).upper())
        if coded is None:
            raise _NoSuchPost(squeeze(text))
        return coded


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "name": cv.as_text, "id_number": cv.as_id_number, "post": cv.as_code, "date": cv.as_date,
    "start": hc.as_clock, "end": hc.as_clock, "span": hc.as_span, "break_minutes": hc.as_break_minutes,
    "content": cv.as_text, "people_served": hc.as_count, "hours": hc.as_hours_minutes,
}


def plan_hours_import(workbook: Workbook, sheet: Sheet, header_index: int, mapping: dict[int, str],
                      progress: Progress | None = None, cancelled: CancelFlag | None = None,
                      now: dt.datetime | None = None, create_posts: bool = False, *,
                      actor: Actor) -> HoursImportPlan:
    """Check every data row; say what would be added and what is refused, and why. Writes nothing.

    A row naming a post the station does not have is refused, and the post's name listed in
    ``missing_posts``; with *create_posts* the row is planned, and the commit makes the post
    (name as written, a code made from its pinyin, no category) in the import's transaction.

    Telling whether an ID is on the roster is a lookup by whole number: *actor*'s near misses count
    (roster/id_probes.py), and while their lookups are stopped the file is refused.
    """
    id_probes.refuse_if_blocked(actor)
    check_cancel = cancelled or (lambda: False)
    headers = [str(c) if c is not None else "" for c in sheet.rows[header_index]] if sheet.rows else []
    plan = HoursImportPlan(workbook.path, workbook.kind, workbook.encoding, sheet.name, header_index + 1,
                           dict(mapping), headers, create_posts=create_posts)
    fields = set(mapping.values())
    missing = [f for f in REQUIRED if f not in fields]
    if missing:
        raise FileUnreadable(translate("import", "没有对应“{f}”的列").format(f="、".join(field_title(f) for f in missing)))
    if not fields & set(TIME_FIELDS):
        raise FileUnreadable(translate("import", "没有“开始时间”或“结束时间”列：只有时长无法核对是否与其他记录重叠"))
    lookup = _Lookup()
    now = now or local_now()
    taken: dict[int, list[tuple[int, int, int]]] = {}  # volunteer -> (start, end, row) of rows already planned
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
        try:
            planned = _plan_row(row_no, cells, mapping, lookup, now, plan)
            _refuse_overlap(planned, taken)
        except _Refused as exc:
            plan.problems.extend(exc.problems)
            continue
        bisect.insort(taken.setdefault(planned.volunteer_id, []), (planned.start_min, planned.end_min, row_no))
        plan.rows.append(planned)
    if progress:
        progress(len(data), len(data))
    id_probes.note_misses(id_probes.ID_NUMBER, lookup.missed, actor, "import")
    return plan


class _Refused(Exception):
    def __init__(self, problems: list[RowProblem]):
        self.problems = problems


def _refuse(row: int, name: str, message: str) -> _Refused:
    return _Refused([RowProblem(row, field_title(name), message)])


def _plan_row(row: int, cells: list, mapping: dict[int, str], lookup: _Lookup, now: dt.datetime,
              plan: HoursImportPlan) -> PlannedRecord:
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
    try:
        volunteer_id, volunteer_name = lookup.person(normalize_id_number(given["id_number"]), given["name"])
    except cv.CellProblem as exc:
        raise _refuse(row, "name" if isinstance(exc, _NameDisagrees) else "id_number", str(exc)) from exc
    try:
        found = lookup.post(given["post"])
        post_id, post_name = found.id, found.name
    except _NoSuchPost as exc:
        plan.missing_posts.setdefault(exc.name, []).append(row)
        if not plan.create_posts:
            raise _refuse(row, "post", str(exc)) from exc
        post_id, post_name = 0, exc.name  # made at commit
    except cv.CellProblem as exc:
        raise _refuse(row, "post", str(exc)) from exc
    start, end, note = _times(row, given)
    start_min, end_min = to_min(start), to_min(end)
    breaks = given.get("break_minutes", 0)
    try:
        minutes = check_span(start_min, end_min, breaks)
        refuse_future(end_min, now)
    except HoursError as exc:
        raise _refuse(row, "end", str(exc)) from exc
    if "hours" in given and not note and abs(given["hours"] - minutes) >= 6:
        note = translate("import", "时长列写 {h} 小时，起止时间算得 {m} 小时，以起止时间为准").format(
            h=hours_text(given["hours"]), m=hours_text(minutes))
    return PlannedRecord(row, volunteer_id, volunteer_name, post_id, post_name, start_min, end_min, offset_of(start),
                         breaks, minutes, given.get("people_served"), given.get("content", ""), note,
                         new_post=post_id == 0)


def _times(row: int, given: dict[str, Any]) -> tuple[dt.datetime, dt.datetime, str]:
    """Start and end as local moments, from date + start/end (or a span), or one of them and the hours."""
    start: hc.Clock | None = given.get("start")
    end: hc.Clock | None = given.get("end")
    if "span" in given and start is None and end is None:
        start, end = given["span"]
    date: dt.date | None = given.get("date")
    if start is not None and start.day is not None and date is not None and start.day != date:
        # (an end may carry the next day's date: a night shift)
        raise _refuse(row, "start", translate("import", "开始时间中的日期 {d} 与“日期”列的 {date} 不一致").format(
            d=start.day.isoformat(), date=date.isoformat()))
    day = date or (start.day if start else None) or (end.day if end else None)
    if start is None and end is None:
        why = translate("import", "只有时长，没有开始和结束时间：无法核对是否与其他记录重叠，也不能编造时间。请按签到表补上开始时间") \
            if "hours" in given else translate("import", "未填写开始和结束时间")
        raise _refuse(row, "start", why)
    if day is None:
        raise _refuse(row, "date", translate("import", "未填写日期"))
    breaks = given.get("break_minutes", 0)
    hours = given.get("hours")

    def at(clock: hc.Clock | None) -> dt.datetime:  # the station's local moment
        assert clock is not None
        return (dt.datetime.combine(clock.day or day, clock.time) + dt.timedelta(days=clock.days)).astimezone()

    if start is not None and end is not None:
        return at(start), at(end), ""
    if hours is None:
        missing = "end" if end is None else "start"
        raise _refuse(row, missing, translate("import", "未填写{f}，也没有时长").format(f=field_title(missing)))
    if end is None:
        begin = at(start)
        return begin, begin + dt.timedelta(minutes=hours + breaks), translate("import", "结束时间按开始时间加时长推算")
    finish = at(end)
    return finish - dt.timedelta(minutes=hours + breaks), finish, translate("import", "开始时间按结束时间减时长推算")


def _refuse_overlap(planned: PlannedRecord, taken: dict[int, list[tuple[int, int, int]]]) -> None:
    # The rows already taken for this person are disjoint and sorted, so only the last one
    # starting before this row ends can overlap it.
    mine = taken.get(planned.volunteer_id, [])
    before = bisect.bisect_left(mine, (planned.end_min,))
    if before and mine[before - 1][1] > planned.start_min:
        raise _refuse(planned.row, "start", translate("import", "与本表第 {n} 行（同一人）时间重叠").format(n=mine[before - 1][2]))
    clash = find_overlap(planned.volunteer_id, planned.start_min, planned.end_min)
    if clash is not None:
        raise _refuse(planned.row, "start", translate("import", "与已有记录时间重叠：{post} {start}–{end}（{state}）").format(
            post=clash.post_name, start=f"{clash.start:%Y-%m-%d %H:%M}",
            end=f"{clash.end:%H:%M}" if clash.end else translate("import", "尚未签退"), state=translate("hours", STATE_LABELS[clash.state])))


_INSERT_COLUMNS = ("uid", "volunteer_id", "post_id", "start_min", "end_min", "utc_offset", "break_minutes", "minutes",
                   "counts", "people_served", "content", "source", "state", "recorded_by", "ym", "created_at",
                   "updated_at")


def commit_hours_import(plan: HoursImportPlan, actor: Actor, approve: bool = False, accepted: set[int] | None = None,
                        progress: Progress | None = None, cancelled: CancelFlag | None = None) -> HoursImportResult:
    """Write the accepted rows (row numbers; all planned rows when None) in one transaction, approved if asked."""
    if approve:
        from station_app.staff.roles import require_admin

        require_admin(actor, translate("hours", "导入时直接审核通过服务记录"))
    check_cancel = cancelled or (lambda: False)
    rows = [r for r in plan.rows if accepted is None or r.row in accepted]
    sql = (f"INSERT INTO service_record ({', '.join(_INSERT_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_INSERT_COLUMNS))})")
    now, who = now_iso(), str(actor)
    audit: list[tuple] = []
    ids: list[int] = []
    with database.atomic("IMMEDIATE"):
        made = _make_posts(plan, rows, actor)
        counts = {pid: bool(c) for pid, c in Post.select(Post.id, Post.counts_as_service).tuples()}
        cursor = database.cursor()
        for i, r in enumerate(rows):
            if i % 500 == 0:
                if check_cancel():
                    raise Cancelled()
                if progress:
                    progress(i, len(rows))
            # Someone may have checked in or typed a record since the preview: check again, in the write lock.
            if find_overlap(r.volunteer_id, r.start_min, r.end_min) is not None:
                raise FileUnreadable(translate("import", "第 {n} 行在预览之后与新录入的记录重叠，没有导入任何记录。请重新预览后再导入").format(
                    n=r.row))
            post_id = made[r.post_name] if r.new_post else r.post_id
            values = SimpleNamespace(
                uid=str(uuid.uuid4()), volunteer_id=r.volunteer_id, post_id=post_id, start_min=r.start_min,
                end_min=r.end_min, utc_offset=r.utc_offset, break_minutes=r.break_minutes, minutes=r.minutes,
                people_served=r.people_served, content=r.content, source="import", state="pending",
                recorded_by=who, created_at=now, updated_at=now,
                **derived_columns(counts[post_id], r.start_min, r.utc_offset))
            cursor.execute(sql, [getattr(values, c) for c in _INSERT_COLUMNS])
            ids.append(cursor.lastrowid)
            reason = translate("import", "导入 {f} 第 {n} 行").format(f=plan.path.name, n=r.row) + (f"；{r.note}" if r.note else "")
            audit.append(("record.create", "service_record", cursor.lastrowid, None, record_snapshot(values), reason))
        record_many(actor, audit)
        approved = review.approve(ids, actor).count if approve and ids else 0
        result = HoursImportResult(len(ids), approved, plan.refused_rows, sum(r.minutes for r in rows), tuple(made))
        record(actor, "hours.import", "file", str(plan.path), None,
               {"added": result.added, "approved": result.approved, "refused": result.refused,
                "sheet": plan.sheet, "format": plan.kind, **({"posts_created": list(made)} if made else {})})
        if check_cancel():
            raise Cancelled()
    if progress:
        progress(len(rows), len(rows))
    return result


def _make_posts(plan: HoursImportPlan, rows: list[PlannedRecord], actor: Actor) -> dict[str, int]:
    """The posts the accepted rows need, made in the import's transaction (audit-logged as part of it).

    A post of that name made by someone since the preview is used instead of a second one.
    """
    from station_app.posts.service import PostInput, create_post, generated_code

    wanted = {r.post_name for r in rows if r.new_post}
    made: dict[str, int] = {}
    codes: set[str] = set()
    for name in (n for n in plan.missing_posts if n in wanted):
        existing = Post.get_or_none(Post.name == name)
        if existing is not None:
            made[name] = existing.id
            continue
        reason = translate("import", "导入 {f} 时新建（表中 {n} 行使用此岗位）").format(f=plan.path.name, n=len(plan.missing_posts[name]))
        code = generated_code(name, codes)
        codes.add(code)
        made[name] = create_post(PostInput(name=name, code=code), actor, reason).id
    return made


def import_hours_file(path: Path, actor: Actor, approve: bool = False, now: dt.datetime | None = None,
                      create_posts: bool = False) -> tuple[HoursImportPlan, HoursImportResult]:
    """Read, plan and commit every valid row: what ``station-app import-hours`` does."""
    workbook, guess = open_hours_file(path)
    plan = plan_hours_import(workbook, guess.sheet, guess.row_index, guess.mapping, now=now, create_posts=create_posts,
                             actor=actor)
    return plan, commit_hours_import(plan, actor, approve=approve)
