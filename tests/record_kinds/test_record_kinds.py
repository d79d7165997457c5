"""Training, awards and evaluations: append-only, audited, queued for the platform in one transaction (Qt-free)."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from station_app.audit.log import entries_for
from station_app.changes import Kind
from station_app.db import database
from station_app.db.models import Award, OutboxItem, TrainingAttendance
from station_app.hours.times import local_time
from station_app.hours.totals import approved_minutes
from station_app.record_kinds.awards import AwardInput, add_award, awards_of, correct_award, void_award
from station_app.record_kinds.common import KindError
from station_app.record_kinds.evaluations import EvaluationInput, add_evaluation, correct_evaluation, evaluations_of
from station_app.record_kinds.training import (
    Attendee,
    SessionInput,
    add_training,
    attendees_of,
    correct_attendance,
    list_sessions,
    trainings_of,
)
from station_app.reports.figures import totals
from station_app.reports.periods import Period

DAY = dt.date(2024, 9, 14)


def _session(title="急救技能培训", start="09:00", end="12:00", day=DAY):
    return SessionInput(title, local_time(day, start), local_time(day, end), organiser="朝阳区红十字会",
                        place="朝西社区活动室")


def _outbox(column: str, entry_id: int) -> list[tuple[str, str]]:
    return [(o.op, o.state) for o in OutboxItem.select().where(getattr(OutboxItem, column) == entry_id)
            .order_by(OutboxItem.id)]


def test_an_award_is_written_with_its_audit_entry_and_outbox_item(story, actor):
    vid = story.volunteer.id
    made = add_award(AwardInput(vid, "优秀志愿者", "街道级", "朝西街道办事处", dt.date(2024, 12, 5), "年度表彰"), actor)
    assert made.changes.touches(Kind.RECORD_KINDS, Kind.OUTBOX) and made.changes.ids_of(Kind.RECORD_KINDS) == {made.id}
    [award] = awards_of(vid, actor)
    assert (award.title, award.level, award.level_label, award.awarded_on) == (
        "优秀志愿者", "street", "街道级", dt.date(2024, 12, 5))
    assert _outbox("award", made.id) == [("add", "pending")]
    [entry] = entries_for("award", made.id)
    assert entry["action"] == "award.add" and entry["actor"] == actor.name
    assert entry["after"]["title"] == "优秀志愿者" and not entry["erased"]


def test_a_correction_voids_and_adds_with_who_when_and_why(story, actor):
    vid = story.volunteer.id
    first = add_award(AwardInput(vid, "优秀志原者", "street", "朝西街道办事处", dt.date(2024, 12, 5)), actor)
    OutboxItem.update(state="done").where(OutboxItem.award == first.id).execute()  # the platform holds it
    fixed = correct_award(first.id, AwardInput(vid, "优秀志愿者", "street", "朝西街道办事处", dt.date(2024, 12, 5)),
                          "名称写错了", actor)
    assert fixed.changes.ids_of(Kind.RECORD_KINDS) == {first.id, fixed.id}
    old, new = Award.get_by_id(first.id), Award.get_by_id(fixed.id)
    assert (old.state, old.void_reason, old.voided_by) == ("void", "名称写错了", actor.name) and old.voided_at
    assert new.corrects_id == first.id and new.state == "valid"
    assert [a.title for a in awards_of(vid, actor)] == ["优秀志愿者"]
    assert len(awards_of(vid, actor, include_void=True)) == 2
    assert _outbox("award", first.id) == [("add", "done"), ("void", "pending")]
    assert _outbox("award", fixed.id) == [("add", "pending")]
    void_entry = entries_for("award", first.id)[-1]
    assert void_entry["action"] == "award.void" and void_entry["reason"] == "名称写错了"
    assert void_entry["actor"] == actor.name and void_entry["at"]
    assert entries_for("award", fixed.id)[0]["after"]["corrects"] == first.id
    with pytest.raises(KindError, match="已作废"):
        void_award(first.id, "再来一次", actor)


def test_a_void_of_what_never_left_the_station_cancels_it(story, actor):
    made = add_award(AwardInput(story.volunteer.id, "服务之星", "station", "本站", dt.date(2024, 3, 1)), actor)
    void_award(made.id, "登记错人", actor)
    assert _outbox("award", made.id) == [("add", "cancelled")]


def test_stored_entries_cannot_be_edited_in_place(story, actor):
    made = add_award(AwardInput(story.volunteer.id, "服务之星", "station", "本站", dt.date(2024, 3, 1)), actor)
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        Award.update(title="改过的").where(Award.id == made.id).execute()
    void_award(made.id, "登记错人", actor)
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        Award.update(state="valid").where(Award.id == made.id).execute()


@pytest.mark.parametrize("inp, message", [
    (dict(level="宇宙级"), "表彰级别“宇宙级”无法识别"),
    (dict(title=" "), "请填写表彰名称"),
    (dict(awarded_by=""), "请填写授予单位"),
    (dict(awarded_on=dt.date.today() + dt.timedelta(days=1)), "晚于今天"),
    (dict(awarded_on=None), "请填写表彰日期"),
    (dict(title="优秀\x07志愿者"), "控制字符"),
])
def test_bad_award_input_is_refused_and_nothing_written(story, actor, inp, message):
    values = dict(volunteer_id=story.volunteer.id, title="优秀志愿者", level="street", awarded_by="街道",
                  awarded_on=dt.date(2024, 1, 2))
    values.update(inp)
    before = database.execute_sql("SELECT COUNT(*) FROM audit_entry").fetchone()
    with pytest.raises(KindError, match=message):
        add_award(AwardInput(**values), actor)
    assert Award.select().count() == 0 and OutboxItem.select().where(OutboxItem.award.is_null(False)).count() == 0
    assert database.execute_sql("SELECT COUNT(*) FROM audit_entry").fetchone() == before


def test_evaluations_take_a_rating_and_complaints_say_how_they_were_settled(story, actor):
    vid = story.volunteer.id
    ev = add_evaluation(EvaluationInput(vid, dt.date(2024, 1, 1), dt.date(2024, 12, 31), "优秀", "服务认真", "王建国"),
                        actor)
    add_evaluation(EvaluationInput(vid, dt.date(2024, 6, 1), dt.date(2024, 6, 1), None, "劝导时语气生硬；已当面道歉，居民满意",
                                   "李晓红", type="被投诉"), actor)
    got = evaluations_of(vid, actor)
    assert [(e.type, e.rating, e.rating_label) for e in got] == [("evaluation", "excellent", "优秀"),
                                                                 ("complaint", None, "")]
    with pytest.raises(KindError, match="评价等次"):
        add_evaluation(EvaluationInput(vid, dt.date(2024, 1, 1), dt.date(2024, 12, 31), "很好"), actor)
    with pytest.raises(KindError, match="投诉内容和处理结果"):
        add_evaluation(EvaluationInput(vid, dt.date(2024, 1, 1), dt.date(2024, 1, 2), None, "", type="complaint"), actor)
    with pytest.raises(KindError, match="早于起始日"):
        add_evaluation(EvaluationInput(vid, dt.date(2024, 3, 1), dt.date(2024, 2, 1), "good"), actor)
    fixed = correct_evaluation(ev.id, EvaluationInput(vid, dt.date(2024, 1, 1), dt.date(2024, 12, 31), "良好", "服务认真",
                                                      "王建国"), "评议会改定", actor)
    assert [e.rating for e in evaluations_of(vid, actor)] == ["good", None]
    assert entries_for("evaluation", ev.id)[-1]["reason"] == "评议会改定"
    assert _outbox("evaluation", fixed.id) == [("add", "pending")]


def test_training_attendance_is_one_record_each_and_never_service_time(story, actor):
    zhang, li = story.volunteer.id, story.idle.id
    service_before = approved_minutes(zhang)
    year = totals(Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31)))
    made = add_training(_session(), [Attendee(zhang, "completed"), Attendee(li, "参加")], actor)
    [session] = list_sessions(actor)
    assert session.id == made.id and session.attendees == 2 and session.title == "急救技能培训"
    [mine] = trainings_of(zhang, actor)
    assert (mine.title, mine.organiser, mine.minutes, mine.result_label) == ("急救技能培训", "朝阳区红十字会", 180, "完成")
    assert [t.result for t in attendees_of(made.id, actor)] == ["completed", "attended"]
    assert OutboxItem.select().where(OutboxItem.attendance.is_null(False)).count() == 2
    assert approved_minutes(zhang) == service_before  # training time is never service time
    assert totals(Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31))) == year
    with pytest.raises(KindError, match="已登记参加过这次培训"):  # the same sheet again adds nothing
        add_training(_session(), [Attendee(li, "completed"), Attendee(zhang, "completed")], actor)
    assert TrainingAttendance.select().count() == 2


def test_training_rules(story, actor):
    vid = story.volunteer.id
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    for inp, message in [(_session(end="08:00"), "结束时间应晚于开始时间"), (_session(day=tomorrow), "晚于现在"),
                         (_session(title=""), "请填写培训名称")]:
        with pytest.raises(KindError, match=message):
            add_training(inp, [Attendee(vid)], actor)
    with pytest.raises(KindError, match="至少选择一名"):
        add_training(_session(), [], actor)
    with pytest.raises(KindError, match="培训结果"):
        add_training(_session(), [Attendee(vid, "缺席")], actor)
    assert TrainingAttendance.select().count() == 0


def test_a_training_correction_moves_the_attendance_to_the_right_session(story, actor):
    vid = story.volunteer.id
    add_training(_session(), [Attendee(vid, "attended")], actor)
    [wrong] = trainings_of(vid, actor)
    fixed = correct_attendance(wrong.id, _session(start="14:00", end="17:00"), "completed", "签到表是下午场", actor)
    [right] = trainings_of(vid, actor)
    assert right.id == fixed.id and right.start.hour == 14 and right.result == "completed"
    assert TrainingAttendance.get_by_id(wrong.id).state == "void"
    assert entries_for("training_attendance", wrong.id)[-1]["reason"] == "签到表是下午场"
    assert len(list_sessions(actor)) == 2


def test_a_deletion_on_request_waits_for_the_platform_then_erases_the_name_from_notes(story, actor):
    from station_app.roster.privacy import anonymise_volunteer

    idle = story.idle  # 李建国: no approved counting records, so only his award holds the deletion back
    made = add_award(AwardInput(idle.id, "服务之星", "station", "本站", dt.date(2024, 3, 1), "李建国连续值守一年"), actor)
    with pytest.raises(ValueError, match="1 条已审核的记录"):
        anonymise_volunteer(idle.id, "本人申请", actor)
    OutboxItem.update(state="done").where(OutboxItem.award == made.id).execute()  # the platform has it
    anonymise_volunteer(idle.id, "本人申请", actor)
    row = Award.get_by_id(made.id)
    assert "李建国" not in row.note and row.title == "服务之星"
