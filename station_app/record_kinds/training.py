"""培训: sessions held and who attended each, with their result (completed / attended).

A session is stored once; each attendee is one record for the platform (``training`` kind). Training
time is kept here and nowhere else: no service total, certificate or report reads these tables, so
it never counts as service time. A session entered twice (same title, start and end) is the same
session, and the same volunteer cannot attend it twice, so importing a sheet again adds nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from station_app import outbox
from station_app.audit import Actor, record
from station_app.changes import Counted, Identified, Kind
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import TrainingAttendance, TrainingSession, Volunteer
from station_app.hours.times import from_min, local_now, offset_of, to_min
from station_app.i18n import translate
from station_app.record_kinds.common import (
    EARLIEST,
    RESULTS,
    KindError,
    clean,
    code_of,
    kind_changes,
    live_volunteer,
    reason_given,
    valid_row,
    void_row,
)
from station_app.staff.roles import require_admin

MAX_MINUTES = 1440  # the platform's limit for one timed record


@dataclass(frozen=True)
class SessionInput:
    title: str
    start: dt.datetime
    end: dt.datetime
    organiser: str = ""
    place: str = ""


@dataclass(frozen=True)
class Attendee:
    volunteer_id: int
    result: str = "completed"  # completed | attended (or 完成 / 参加)


@dataclass(frozen=True)
class TrainingView:
    """One volunteer's attendance at one session."""

    id: int
    uid: str
    session_id: int
    volunteer_id: int
    volunteer_name: str
    title: str
    organiser: str
    place: str
    start: dt.datetime
    end: dt.datetime
    result: str
    state: str
    void_reason: str

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    @property
    def result_label(self) -> str:
        return translate("record_kinds", RESULTS.get(self.result, self.result))


@dataclass(frozen=True)
class SessionView:
    id: int
    title: str
    organiser: str
    place: str
    start: dt.datetime
    end: dt.datetime
    attendees: int


def check_session(inp: SessionInput, now: dt.datetime | None = None) -> dict:
    """The session's columns, or :class:`KindError` saying what is wrong."""
    title = clean(inp.title, translate("record_kinds", "培训名称"), 200, required=True)
    organiser = clean(inp.organiser, translate("record_kinds", "主办单位"), 200)
    place = clean(inp.place, translate("record_kinds", "地点"), 500)
    if inp.start is None or inp.end is None:
        raise KindError(translate("record_kinds", "请填写培训的开始和结束时间"))
    start, end = to_min(inp.start), to_min(inp.end)
    if end <= start:
        raise KindError(translate("record_kinds", "培训结束时间应晚于开始时间"))
    if end - start > MAX_MINUTES:
        raise KindError(translate("record_kinds", "一次培训不能超过 24 小时，请按天分开登记"))
    if end > to_min(now or local_now()):
        raise KindError(translate("record_kinds", "培训结束时间晚于现在，不能预先登记"))
    if inp.start.date() < EARLIEST:
        raise KindError(translate("record_kinds", "培训日期早于 2000 年"))
    return {"title": title, "organiser": organiser, "place": place, "start_min": start, "end_min": end,
            "utc_offset": offset_of(inp.start)}


def _session_for(columns: dict, actor: Actor) -> tuple[TrainingSession, bool]:
    """The stored session with this title and span, or a new one (inside the caller's transaction)."""
    found = TrainingSession.get_or_none((TrainingSession.title == columns["title"])
                                        & (TrainingSession.start_min == columns["start_min"])
                                        & (TrainingSession.end_min == columns["end_min"])
                                        & (TrainingSession.organiser == columns["organiser"])
                                        & (TrainingSession.place == columns["place"]))
    if found is not None:
        return found, False
    row = TrainingSession.create(uid=str(uuid.uuid4()), recorded_by=str(actor), created_at=now_iso(), **columns)
    record(actor, "training.session", "training_session", row.id, None,
           {k: columns[k] for k in ("title", "organiser", "place", "start_min", "end_min")})
    return row, True


def _attend(session: TrainingSession, who: Attendee, actor: Actor, corrects: int | None = None,
            reason: str = "") -> TrainingAttendance:
    live_volunteer(who.volunteer_id)
    result = code_of(who.result, RESULTS, translate("record_kinds", "培训结果"))
    if TrainingAttendance.get_or_none((TrainingAttendance.session == session.id)
                                      & (TrainingAttendance.volunteer == who.volunteer_id)
                                      & (TrainingAttendance.state == "valid")) is not None:
        name = Volunteer.get_by_id(who.volunteer_id).name
        raise KindError(translate("record_kinds", "{name} 已登记参加过这次培训（{title}）").format(
            name=name, title=session.title))
    row = TrainingAttendance.create(uid=str(uuid.uuid4()), session=session.id, volunteer=who.volunteer_id,
                                    result=result, corrects=corrects, recorded_by=str(actor), created_at=now_iso())
    after = {"volunteer_id": who.volunteer_id, "session_id": session.id, "title": session.title, "result": result}
    if corrects is not None:
        after["corrects"] = corrects
    record(actor, "training.correct" if corrects else "training.attend", "training_attendance", row.id, None, after,
           reason)
    outbox.enqueue_kind_add("training", row.id)
    return row


def add_trainings(sessions: list[tuple[SessionInput, list[Attendee]]], actor: Actor) -> Counted:
    """Record sessions and their attendees, all in one transaction or none; count the attendances.
    Administrators only (each attendance goes to the platform at once)."""
    require_admin(actor, translate("record_kinds", "登记培训"))
    checked = [(check_session(inp), people) for inp, people in sessions]
    for _, people in checked:
        if not people:
            raise KindError(translate("record_kinds", "请至少选择一名参加培训的志愿者"))
        ids = [p.volunteer_id for p in people]
        if len(ids) != len(set(ids)):
            raise KindError(translate("record_kinds", "同一名志愿者在一次培训中只能登记一次"))
    added: list[int] = []
    with database.atomic("IMMEDIATE"):
        for columns, people in checked:
            session, _ = _session_for(columns, actor)
            added += [_attend(session, who, actor).id for who in people]
    return Counted(len(added), kind_changes(*added))


def add_training(session: SessionInput, attendees: list[Attendee], actor: Actor) -> Identified:
    """One session and its attendees (the attendance grid); the session's id. Administrators only."""
    done = add_trainings([(session, attendees)], actor)
    first = TrainingAttendance.get_by_id(min(done.changes.ids_of(Kind.RECORD_KINDS)))
    return Identified(first.session_id, done.changes)


def correct_attendance(attendance_id: int, session: SessionInput, result: str, reason: str,
                       actor: Actor) -> Identified:
    """Void one attendance and add the corrected one (at the session as it should have been). 站长 only."""
    require_admin(actor, translate("record_kinds", "更正培训记录"))
    reason = reason_given(reason, translate("record_kinds", "更正"))
    columns = check_session(session)
    with database.atomic("IMMEDIATE"):
        old = valid_row(TrainingAttendance, attendance_id)
        target, _ = _session_for(columns, actor)
        void_row(TrainingAttendance, "training", old, reason, actor)
        row = _attend(target, Attendee(old.volunteer_id, result), actor, corrects=attendance_id, reason=reason)
    return Identified(row.id, kind_changes(attendance_id, row.id))


def void_attendance(attendance_id: int, reason: str, actor: Actor) -> Identified:
    """Void an attendance entered in error (the platform hears of it). 站长 only."""
    require_admin(actor, translate("record_kinds", "作废培训记录"))
    reason = reason_given(reason, translate("record_kinds", "作废"))
    with database.atomic("IMMEDIATE"):
        void_row(TrainingAttendance, "training", valid_row(TrainingAttendance, attendance_id), reason, actor)
    return Identified(attendance_id, kind_changes(attendance_id))


def _views(query) -> list[TrainingView]:
    rows = query.select(TrainingAttendance, TrainingSession, Volunteer.name).join(TrainingSession).switch(
        TrainingAttendance).join(Volunteer).order_by(TrainingSession.start_min, TrainingAttendance.id)
    return [TrainingView(r.id, r.uid, r.session_id, r.volunteer_id, r.volunteer.name, r.session.title,
                         r.session.organiser, r.session.place, from_min(r.session.start_min, r.session.utc_offset),
                         from_min(r.session.end_min, r.session.utc_offset), r.result, r.state, r.void_reason)
            for r in rows]


def trainings_of(volunteer_id: int, actor: Actor, include_void: bool = False) -> list[TrainingView]:
    """A volunteer's training, oldest first. Any staff member may read it."""
    query = TrainingAttendance.select().where(TrainingAttendance.volunteer == volunteer_id)
    if not include_void:
        query = query.where(TrainingAttendance.state == "valid")
    return _views(query)


def attendees_of(session_id: int, actor: Actor) -> list[TrainingView]:
    """Who attended one session (valid attendances), in the order entered."""
    return _views(TrainingAttendance.select().where((TrainingAttendance.session == session_id)
                                                    & (TrainingAttendance.state == "valid")))


def list_sessions(actor: Actor, limit: int = 200) -> list[SessionView]:
    """The newest sessions first, with how many attend each (valid attendances)."""
    rows = database.execute_sql(
        "SELECT s.id, s.title, s.organiser, s.place, s.start_min, s.end_min, s.utc_offset,"
        " (SELECT COUNT(*) FROM training_attendance a WHERE a.session_id = s.id AND a.state = 'valid')"
        " FROM training_session s ORDER BY s.start_min DESC, s.id DESC LIMIT ?", (limit,)).fetchall()
    return [SessionView(i, t, o, p, from_min(a, off), from_min(b, off), n) for i, t, o, p, a, b, off, n in rows]
