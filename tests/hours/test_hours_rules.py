"""Every rule of service hours, through the core, on a real SQLite file.

The rules (issue 4 and the rules from law): times to the
minute, minutes = time on post less breaks, end after start, at most 24 hours,
no overlap for one volunteer whatever the entry path, nothing in the future,
non-counting posts kept but never volunteer hours, open → pending → approved |
rejected (with a reason), approved records immutable (corrections void and
name them), forgotten check-outs flagged and never closed by themselves, star
levels, and hours shown with one decimal.
"""

from __future__ import annotations

import datetime as dt

import pytest

from station_app import config
from station_app.audit import Actor, verify_chain
from station_app.audit.log import readable
from station_app.db.models import AuditEntry, ServiceRecord
from station_app.errors import NotFound
from station_app.hours import records, review, totals
from station_app.hours.records import HoursError, OverlapError, RecordInput
from station_app.hours.times import hours_text, local_now, to_min
from station_app.kiosk import service as kiosk
from station_app.station import settings
from support.hours import DAY, at


def entry(volunteer, post, start: str, end: str, day: dt.date = DAY, **kw) -> RecordInput:
    return RecordInput(volunteer.id, post.id, at(start, day), at(end, day), **kw)


def count_records() -> int:
    return ServiceRecord.select().count()


# --- minutes ---------------------------------------------------------------------------------------------------

def test_minutes_are_time_on_post_less_breaks(people, posts, actor):
    rec = records.add_record(entry(people[0], posts.garbage, "08:00", "11:30", break_minutes=30), actor)
    assert (rec.minutes, rec.break_minutes, rec.state, rec.source) == (180, 30, "pending", "manual")
    assert rec.start == at("08:00") and rec.end == at("11:30")


def test_times_are_kept_to_the_minute(people, posts, actor):
    start = at("08:00").replace(second=59, microsecond=999)
    rec = records.add_record(RecordInput(people[0].id, posts.garbage.id, start, at("09:00").replace(second=30)), actor)
    assert rec.start == at("08:00") and rec.end == at("09:00") and rec.minutes == 60


def test_naive_datetimes_are_local_time(people, posts, actor):
    naive = dt.datetime.combine(DAY, dt.time(8, 0))
    rec = records.add_record(RecordInput(people[0].id, posts.garbage.id, naive, naive + dt.timedelta(hours=2)), actor)
    assert rec.start == at("08:00") and rec.minutes == 120


@pytest.mark.parametrize("start,end", [("10:00", "10:00"), ("10:00", "09:59")])
def test_end_must_be_after_start(people, posts, actor, start, end):
    with pytest.raises(HoursError, match="结束时间必须晚于开始时间"):
        records.add_record(entry(people[0], posts.garbage, start, end), actor)
    assert count_records() == 0


def test_a_record_lasts_at_most_24_hours(people, posts, actor):
    start = at("08:00")
    rec = records.add_record(RecordInput(people[0].id, posts.garbage.id, start, start + dt.timedelta(hours=24)), actor)
    assert rec.minutes == 24 * 60
    with pytest.raises(HoursError, match="24 小时"):
        records.add_record(RecordInput(people[1].id, posts.garbage.id, start,
                                       start + dt.timedelta(hours=24, minutes=1)), actor)
    assert count_records() == 1


@pytest.mark.parametrize("break_minutes", [60, 61, 500])
def test_break_as_long_as_the_span_is_refused(people, posts, actor, break_minutes):
    with pytest.raises(HoursError, match="休息时间"):
        records.add_record(entry(people[0], posts.garbage, "08:00", "09:00", break_minutes=break_minutes), actor)
    assert count_records() == 0


def test_negative_break_and_people_served_are_refused(people, posts, actor):
    with pytest.raises(HoursError, match="休息时间不能为负数"):
        records.add_record(entry(people[0], posts.garbage, "08:00", "09:00", break_minutes=-5), actor)
    with pytest.raises(HoursError, match="服务人次"):
        records.add_record(entry(people[0], posts.garbage, "08:00", "09:00", people_served=-1), actor)
    assert count_records() == 0


def test_people_served_and_content_are_kept(people, posts, actor):
    rec = records.add_record(entry(people[0], posts.garbage, "08:00", "09:00", people_served=35,
                                   content="  引导居民分类投放  "), actor)
    assert rec.people_served == 35 and rec.content == "引导居民分类投放"


def test_end_in_the_future_is_refused(people, posts, actor):
    now = local_now()
    with pytest.raises(HoursError, match="将来"):
        records.add_record(RecordInput(people[0].id, posts.garbage.id, now - dt.timedelta(hours=1),
                                       now + dt.timedelta(hours=1)), actor)
    # a few minutes of clock difference between the PC and the sheet is tolerated
    rec = records.add_record(RecordInput(people[0].id, posts.garbage.id, now - dt.timedelta(hours=1),
                                         now + dt.timedelta(minutes=2)), actor)
    assert rec.minutes == 62


def test_forgotten_check_out_cannot_be_closed_in_the_future(people, posts, actor):
    rec = kiosk.check_in(people[0].id, posts.garbage.id, at=local_now() - dt.timedelta(hours=2))
    with pytest.raises(HoursError, match="将来"):
        review.close_forgotten(rec.id, local_now() + dt.timedelta(hours=3), actor, "签到表")
    assert records.get_record(rec.id).state == "open"


def test_unknown_volunteer_or_post(people, posts, actor):
    with pytest.raises(NotFound):
        records.add_record(RecordInput(99999, posts.garbage.id, at("08:00"), at("09:00")), actor)
    with pytest.raises(NotFound):
        records.add_record(RecordInput(people[0].id, 99999, at("08:00"), at("09:00")), actor)
    assert count_records() == 0


# --- no overlap ------------------------------------------------------------------------------------------------

def test_no_overlap_for_one_volunteer_across_entry_paths(people, posts, actor):
    zhang = people[0]
    opened = kiosk.check_in(zhang.id, posts.garbage.id, at=at("09:00"))
    # an open check-in runs on: staff cannot type a record over it
    with pytest.raises(OverlapError) as info:
        records.add_record(entry(zhang, posts.traffic, "10:00", "11:00"), actor)
    assert info.value.existing.id == opened.id and "尚未签退" in str(info.value)
    # nor can the kiosk open a second one
    with pytest.raises(HoursError, match="请先签退"):
        kiosk.check_in(zhang.id, posts.traffic.id, at=at("09:30"))
    kiosk.check_out(zhang.id, at=at("12:00"))
    with pytest.raises(OverlapError, match="垃圾分类督导"):
        records.add_record(entry(zhang, posts.traffic, "11:00", "13:00"), actor)
    with pytest.raises(OverlapError):
        records.add_record(entry(zhang, posts.traffic, "08:00", "09:01"), actor)
    with pytest.raises(OverlapError):  # wholly inside
        records.add_record(entry(zhang, posts.traffic, "10:00", "10:30"), actor)
    with pytest.raises(OverlapError):  # wholly around
        records.add_record(entry(zhang, posts.traffic, "08:00", "13:00"), actor)
    # touching is not overlapping
    before = records.add_record(entry(zhang, posts.traffic, "08:00", "09:00"), actor)
    after = records.add_record(entry(zhang, posts.traffic, "12:00", "13:00"), actor)
    # a kiosk check-in inside a typed record is refused too
    with pytest.raises(OverlapError):
        kiosk.check_in(zhang.id, posts.garbage.id, at=at("12:30"))
    # and editing a pending record into another one
    with pytest.raises(OverlapError):
        review.edit_pending(after.id, entry(zhang, posts.traffic, "11:30", "13:00"), actor)
    assert records.get_record(after.id).start == at("12:00")
    assert {r.id for r in totals.volunteer_history(zhang.id).records} == {opened.id, before.id, after.id}


def test_other_volunteers_may_overlap(people, posts, actor):
    kiosk.check_in(people[0].id, posts.garbage.id, at=at("09:00"))
    records.add_record(entry(people[1], posts.garbage, "09:00", "12:00"), actor)
    kiosk.check_in(people[2].id, posts.garbage.id, at=at("09:00"))
    assert count_records() == 3


def test_overlap_is_checked_across_midnight(people, posts, actor):
    records.add_record(RecordInput(people[0].id, posts.garbage.id, at("22:00"), at("02:00", DAY + dt.timedelta(1))),
                       actor)
    with pytest.raises(OverlapError):
        records.add_record(entry(people[0], posts.traffic, "01:00", "03:00", day=DAY + dt.timedelta(1)), actor)
    records.add_record(entry(people[0], posts.traffic, "02:00", "03:00", day=DAY + dt.timedelta(1)), actor)


def test_rejected_and_void_records_do_not_block(people, posts, actor):
    zhang = people[0]
    wrong = records.add_record(entry(zhang, posts.garbage, "08:00", "12:00"), actor)
    review.reject(wrong.id, "签到表上没有这一天", actor)
    fixed = records.add_record(entry(zhang, posts.garbage, "08:00", "10:00"), actor)
    review.approve([fixed.id], actor)
    new = review.correct(fixed.id, entry(zhang, posts.garbage, "08:30", "10:00"), "签到表写的是 8:30", actor)
    assert new.corrects_id == fixed.id
    # the void record no longer holds 08:00–08:30
    records.add_record(entry(zhang, posts.traffic, "08:00", "08:30"), actor)


def test_a_correction_may_not_overlap_another_record(people, posts, actor):
    zhang = people[0]
    first = records.add_record(entry(zhang, posts.garbage, "08:00", "10:00"), actor)
    records.add_record(entry(zhang, posts.garbage, "10:00", "11:00"), actor)
    review.approve([first.id], actor)
    with pytest.raises(OverlapError):
        review.correct(first.id, entry(zhang, posts.garbage, "08:00", "10:30"), "时间写错", actor)
    assert records.get_record(first.id).state == "approved"


# --- counting and non-counting posts -----------------------------------------------------------------------------

def test_time_on_a_non_counting_post_is_kept_but_is_not_volunteer_hours(people, posts, actor):
    zhang = people[0]
    duty = records.add_record(entry(zhang, posts.duty, "08:00", "12:00"), actor)
    service = records.add_record(entry(zhang, posts.garbage, "13:00", "14:30"), actor)
    kiosk.check_in(zhang.id, posts.duty.id, at=at("15:00"))
    summary = kiosk.check_out(zhang.id, at=at("16:00"))
    assert (duty.counts, service.counts, summary.record.counts) == (False, True, False)
    assert summary.today_minutes == 90  # only the counting record
    review.approve([duty.id, service.id, summary.record.id], actor)
    assert totals.approved_minutes(zhang.id) == 90
    history = totals.volunteer_history(zhang.id)
    assert (history.approved_minutes, history.other_minutes, len(history.records)) == (90, 300, 3)
    assert records.get_record(duty.id).minutes == 240  # the time itself is kept


def test_only_approved_minutes_count(people, posts, actor):
    zhang = people[0]
    pending = records.add_record(entry(zhang, posts.garbage, "08:00", "09:00"), actor)
    rejected = records.add_record(entry(zhang, posts.garbage, "09:00", "10:00"), actor)
    approved = records.add_record(entry(zhang, posts.garbage, "10:00", "12:00"), actor)
    review.reject(rejected.id, "重复登记", actor)
    review.approve([approved.id], actor)
    assert totals.approved_minutes(zhang.id) == 120
    assert totals.volunteer_history(zhang.id).pending_minutes == 60
    assert totals.minutes_on_day(zhang.id, DAY) == 180  # pending + approved, as the kiosk shows "today"
    assert pending.state == "pending"


# --- states ------------------------------------------------------------------------------------------------------

def test_states_open_pending_approved(people, posts, actor):
    zhang = people[0]
    opened = kiosk.check_in(zhang.id, posts.garbage.id, at=at("08:00"))
    assert (opened.state, opened.end, opened.minutes, opened.source) == ("open", None, None, "kiosk")
    assert review.approve([opened.id], actor).count == 0  # an open record cannot be approved
    summary = kiosk.check_out(zhang.id, at=at("10:15"))
    assert (summary.record.state, summary.minutes) == ("pending", 135)
    assert review.approve([opened.id], actor).count == 1
    done = records.get_record(opened.id)
    assert done.state == "approved" and done.reviewed_by == str(actor)
    assert review.approve([opened.id], actor).count == 0  # approving twice changes nothing
    assert totals.approved_minutes(zhang.id) == 135
    actions = [a for (a,) in AuditEntry.select(AuditEntry.action).where(
        (AuditEntry.entity_type == "service_record") & (AuditEntry.entity_id == str(opened.id))).tuples()]
    assert actions == ["record.check_in", "record.check_out", "record.approve"]


def test_check_out_without_check_in(people, posts):
    with pytest.raises(HoursError, match="没有找到"):
        kiosk.check_out(people[0].id, at=at("10:00"))


def test_rejection_needs_a_reason_and_is_logged(people, posts, actor):
    rec = records.add_record(entry(people[0], posts.garbage, "08:00", "09:00"), actor)
    for reason in ("", "   ", None):
        with pytest.raises(HoursError, match="原因"):
            review.reject(rec.id, reason, actor)
    assert records.get_record(rec.id).state == "pending"
    done = review.reject(rec.id, " 当天站点未开放 ", actor)
    assert (done.state, done.reject_reason) == ("rejected", "当天站点未开放")
    entry_ = readable(AuditEntry.select().where(AuditEntry.action == "record.reject").get())
    assert entry_["reason"] == "当天站点未开放" and entry_["actor"] == str(actor)
    assert review.approve([rec.id], actor).count == 0  # a rejected record is not approved by a bulk approval
    with pytest.raises(HoursError):
        review.reject(rec.id, "再次", actor)


def test_an_approved_record_cannot_be_rejected(people, posts, actor):
    rec = records.add_record(entry(people[0], posts.garbage, "08:00", "09:00"), actor)
    review.approve([rec.id], actor)
    with pytest.raises(HoursError):
        review.reject(rec.id, "改主意了", actor)
    assert records.get_record(rec.id).state == "approved"


def test_an_open_check_in_can_be_rejected(people, posts, actor):
    rec = kiosk.check_in(people[0].id, posts.garbage.id, at=at("08:00"))
    assert review.reject(rec.id, "误签到", actor).state == "rejected"
    kiosk.check_in(people[0].id, posts.garbage.id, at=at("08:05"))  # no longer open, no longer in the way


# --- approved records are immutable; corrections ---------------------------------------------------------------------

def test_an_approved_record_cannot_be_edited(people, posts, actor):
    rec = records.add_record(entry(people[0], posts.garbage, "08:00", "10:00"), actor)
    review.approve([rec.id], actor)
    with pytest.raises(HoursError, match="更正"):
        review.edit_pending(rec.id, entry(people[0], posts.garbage, "08:00", "11:00"), actor, "多算一小时")
    assert records.get_record(rec.id).minutes == 120


def test_a_pending_record_can_be_edited_and_the_change_is_logged(people, posts, actor):
    rec = records.add_record(entry(people[0], posts.garbage, "08:00", "10:00"), actor)
    fixed = review.edit_pending(rec.id, entry(people[0], posts.duty, "08:00", "09:30", break_minutes=10), actor,
                                "签到表看错行")
    assert (fixed.id, fixed.minutes, fixed.counts, fixed.state) == (rec.id, 80, False, "pending")
    log = readable(AuditEntry.select().where(AuditEntry.action == "record.update").get())
    assert log["reason"] == "签到表看错行"
    assert log["after"]["minutes"] == 80 and log["before"]["minutes"] == 120


def test_correction_voids_the_approved_record_and_names_it(people, posts, actor):
    zhang = people[0]
    rec = records.add_record(entry(zhang, posts.garbage, "08:00", "12:00", people_served=20), actor)
    review.approve([rec.id], actor)
    for reason in ("", "  "):
        with pytest.raises(HoursError, match="原因"):
            review.correct(rec.id, entry(zhang, posts.garbage, "08:00", "11:00"), reason, actor)
    corrector = Actor("站长王建国", role="admin")
    new = review.correct(rec.id, entry(zhang, posts.garbage, "08:00", "11:00", people_served=20), "实际 11 点离岗",
                         corrector)
    old = records.get_record(rec.id)
    assert (old.state, old.void_reason, old.minutes) == ("void", "实际 11 点离岗", 240)  # kept, not rewritten
    assert (new.state, new.corrects_id, new.minutes, new.reviewed_by) == ("approved", rec.id, 180, str(corrector))
    assert new.id != rec.id
    assert totals.approved_minutes(zhang.id) == 180
    void_log = readable(AuditEntry.select().where(AuditEntry.action == "record.void").get())
    correct_log = readable(AuditEntry.select().where(AuditEntry.action == "record.correct").get())
    for log in (void_log, correct_log):
        assert log["actor"] == str(corrector) and log["reason"] == "实际 11 点离岗" and log["at"]
    assert void_log["entity_id"] == str(rec.id) and correct_log["entity_id"] == str(new.id)
    assert correct_log["after"]["corrects"] == rec.id
    # a void record cannot be corrected again; the correction itself can
    with pytest.raises(HoursError):
        review.correct(rec.id, entry(zhang, posts.garbage, "08:00", "10:00"), "再改", corrector)
    newer = review.correct(new.id, entry(zhang, posts.garbage, "08:00", "10:30"), "再核对签到表", corrector)
    assert newer.corrects_id == new.id and totals.approved_minutes(zhang.id) == 150
    assert verify_chain() == []


def test_only_approved_records_are_corrected(people, posts, actor):
    rec = records.add_record(entry(people[0], posts.garbage, "08:00", "12:00"), actor)
    with pytest.raises(HoursError, match="直接修改"):
        review.correct(rec.id, entry(people[0], posts.garbage, "08:00", "11:00"), "原因", actor)
    assert count_records() == 1


# --- forgotten check-outs ------------------------------------------------------------------------------------------

def test_a_forgotten_check_out_is_flagged_after_the_day_end_and_never_closed_by_itself(people, posts, actor):
    settings.put(config.DAY_END, "18:00", actor)
    zhang, li = people[0], people[1]
    forgotten = kiosk.check_in(zhang.id, posts.garbage.id, at=at("08:00"))
    still_on = kiosk.check_in(li.id, posts.garbage.id, at=at("17:00"))
    done = records.add_record(entry(people[2], posts.garbage, "08:00", "09:00"), actor)

    before_end = review.review_queue("attention", now=at("17:59"))
    assert [r.id for r in before_end] == [done.id]
    after_end = review.review_queue("attention", now=at("18:00"))
    assert {r.id for r in after_end} == {forgotten.id, still_on.id, done.id}
    flagged = {r.id: r.forgot_checkout for r in after_end}
    assert flagged == {forgotten.id: True, still_on.id: True, done.id: False}
    # the next morning the flag is still there, and the record is still open with no end and no minutes
    next_morning = review.review_queue("attention", now=at("07:00", DAY + dt.timedelta(1)))
    assert {r.id for r in next_morning if r.forgot_checkout} == {forgotten.id, still_on.id}
    rec = records.get_record(forgotten.id)
    assert (rec.state, rec.end, rec.minutes) == ("open", None, None)
    assert totals.approved_minutes(zhang.id) == 0
    # a check-in made today is not forgotten yet
    today_in = kiosk.check_in(people[3].id, posts.garbage.id, at=at("06:00", DAY + dt.timedelta(1)))
    flags = {r.id: r.forgot_checkout for r in review.review_queue("open", now=at("07:00", DAY + dt.timedelta(1)))}
    assert flags[today_in.id] is False and flags[forgotten.id] is True


def test_the_day_end_is_a_setting(people, posts, actor):
    rec = kiosk.check_in(people[0].id, posts.garbage.id, at=at("08:00"))
    assert config.DAY_END.default == "22:00"
    assert not review.review_queue("attention", now=at("21:00"))
    assert [r.id for r in review.review_queue("attention", now=at("22:00"))] == [rec.id]
    settings.put(config.DAY_END, "20:30", actor)
    assert [r.id for r in review.review_queue("attention", now=at("21:00"))] == [rec.id]
    assert review.checkout_cutoff(at("21:00")) == to_min(at("20:30"))
    # a naive "now" is the local time
    assert review.checkout_cutoff(dt.datetime.combine(DAY, dt.time(21, 0))) == to_min(at("20:30"))


def test_closing_a_forgotten_check_out_needs_a_reason(people, posts, actor):
    rec = kiosk.check_in(people[0].id, posts.garbage.id, at=at("08:00"))
    for reason in ("", "  "):
        with pytest.raises(HoursError, match="依据"):
            review.close_forgotten(rec.id, at("11:00"), actor, reason)
    with pytest.raises(HoursError, match="晚于"):
        review.close_forgotten(rec.id, at("07:00"), actor, "签到表")
    with pytest.raises(HoursError, match="24"):
        review.close_forgotten(rec.id, at("09:00", DAY + dt.timedelta(1)), actor, "签到表")
    closed = review.close_forgotten(rec.id, at("11:00"), actor, "纸质签到表写 11:00 离开")
    assert (closed.state, closed.minutes, closed.end) == ("pending", 180, at("11:00"))
    log = readable(AuditEntry.select().where(AuditEntry.action == "record.close").get())
    assert log["reason"] == "纸质签到表写 11:00 离开" and log["actor"] == str(actor)
    with pytest.raises(HoursError, match="不是未签退"):
        review.close_forgotten(rec.id, at("12:00"), actor, "再来")


def test_the_kiosk_will_not_close_a_check_in_older_than_24_hours(people, posts):
    kiosk.check_in(people[0].id, posts.garbage.id, at=at("08:00"))
    with pytest.raises(HoursError, match="工作人员"):
        kiosk.check_out(people[0].id, at=at("08:01", DAY + dt.timedelta(1)))
    assert records.open_record_for(people[0].id) is not None


# --- star levels ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("hours,stars", [(0, 0), (99.99, 0), (100, 1), (299.9, 1), (300, 2), (600, 3), (999, 3),
                                         (1000, 4), (1499, 4), (1500, 5), (9000, 5)])
def test_star_levels_at_100_300_600_1000_1500_hours(db, hours, stars):
    assert totals.star_thresholds() == [100, 300, 600, 1000, 1500]
    assert totals.star_level(round(hours * 60)) == stars


def test_star_level_comes_from_approved_counting_hours(people, posts, actor):
    zhang = people[0]
    ids = []
    for i in range(5):  # 5 × 20 h = 100 h
        day = DAY + dt.timedelta(days=2 * i)
        ids.append(records.add_record(RecordInput(zhang.id, posts.garbage.id, at("00:00", day),
                                                  at("20:00", day)), actor).id)
    extra = records.add_record(RecordInput(zhang.id, posts.duty.id, at("00:00", DAY + dt.timedelta(1)),
                                           at("20:00", DAY + dt.timedelta(1))), actor)
    review.approve(ids[:4] + [extra.id], actor)
    assert totals.volunteer_history(zhang.id).stars == 0  # 80 h of service; duty time does not count
    review.approve(ids, actor)
    history = totals.volunteer_history(zhang.id)
    assert (history.approved_minutes, history.stars) == (100 * 60, 1)
    settings.put(config.STAR_THRESHOLDS, "10, 20，50,100,200", actor)  # full-width comma too
    assert totals.star_thresholds() == [10, 20, 50, 100, 200]
    assert totals.volunteer_history(zhang.id).stars == 4
    kiosk.check_in(zhang.id, posts.garbage.id, at=at("08:00", DAY + dt.timedelta(days=20)))
    assert kiosk.check_out(zhang.id, at=at("09:00", DAY + dt.timedelta(days=20))).stars == 4


def test_unreadable_star_thresholds_fall_back_to_the_defaults(db, actor):
    settings.put(config.STAR_THRESHOLDS, "一百,三百", actor)
    assert totals.star_thresholds() == [100, 300, 600, 1000, 1500]
    settings.put(config.STAR_THRESHOLDS, "", actor)
    assert totals.star_level(300 * 60) == 2


# --- hours shown with one decimal ----------------------------------------------------------------------------------

@pytest.mark.parametrize("minutes,text", [(90, "1.5"), (100, "1.7"), (0, "0.0"), (1, "0.0"), (3, "0.1"),
                                          (60, "1.0"), (6000, "100.0"), (87, "1.5"), (None, "")])
def test_hours_are_shown_with_one_decimal_rounded_half_up(minutes, text):
    assert hours_text(minutes) == text
