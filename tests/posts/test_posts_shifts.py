"""Posts, shifts and sign-ups; what the kiosk is offered; volunteer cards; the kiosk PIN."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from station_app import config
from station_app.audit.log import readable
from station_app.db.models import AuditEntry, Setting, ShiftSignup, Station
from station_app.demo import DEMO_STATION
from station_app.errors import ValidationFailed
from station_app.hours.cards import card_code, volunteer_for_code
from station_app.hours.records import HoursError
from station_app.kiosk import service as kiosk
from station_app.kiosk.pin import check_kiosk_pin, kiosk_pin_set, set_kiosk_pin
from station_app.posts.service import PostInput, create_post, get_post, list_posts, update_post
from station_app.posts.shifts import (
    ShiftFull,
    cancel_sign_up,
    create_shift,
    get_shift,
    kiosk_choices,
    shifts_between,
    sign_up,
    signups,
    week_of,
)
from station_app.roster.service import set_status
from station_app.station.profile import save_profile
from support.hours import DAY, at

# --- posts ------------------------------------------------------------------------------------------------------------


def test_a_post_keeps_its_fields_and_whether_it_counts(posts):
    duty = get_post(posts.duty.id)
    assert (duty.name, duty.code, duty.category, duty.counts_as_service, duty.active) == (
        "日常值班", "P-DUTY", "日常值班", False, True)
    assert get_post(posts.traffic.id).capacity == 2


def test_post_codes_are_checked_and_unique(db, actor):
    create_post(PostInput(" 助老 服务 ", " p-old-01 "), actor)
    with pytest.raises(ValidationFailed, match="已有岗位"):
        create_post(PostInput("另一个", "P-OLD-01"), actor)
    with pytest.raises(ValidationFailed):
        create_post(PostInput("", "P 2"), actor)
    with pytest.raises(ValidationFailed):
        create_post(PostInput("容量", "P-CAP", capacity=0), actor)
    assert [p.name for p in list_posts()] == ["助老 服务"]


def test_an_inactive_post_is_not_offered_and_cannot_be_checked_into(people, posts, actor):
    update_post(posts.garbage.id, PostInput("垃圾分类督导", "P-GARBAGE", active=False), actor, "冬季暂停")
    assert posts.garbage.id not in [p.id for p in list_posts()]
    assert posts.garbage.id not in [c.post_id for c in kiosk_choices(people[0].id, at("09:00"))]
    with pytest.raises(HoursError, match="已停用"):
        kiosk.check_in(people[0].id, posts.garbage.id, at=at("09:00"))


def test_an_inactive_volunteer_is_sent_to_staff(people, posts, actor):
    set_status(people[0].id, "inactive", actor, "搬走")
    with pytest.raises(HoursError, match="工作人员"):
        kiosk.check_in(people[0].id, posts.garbage.id, at=at("09:00"))
    assert kiosk.identify("张三").candidates == []


# --- shifts and capacity ------------------------------------------------------------------------------------------------


def test_a_shift_takes_the_post_capacity_unless_given(posts, actor):
    assert create_shift(posts.traffic.id, at("07:00"), at("09:00"), actor).capacity == 2
    assert create_shift(posts.traffic.id, at("17:00"), at("19:00"), actor, capacity=5).capacity == 5
    assert create_shift(posts.garbage.id, at("07:00"), at("09:00"), actor).capacity is None


@pytest.mark.parametrize("start,end,capacity,message", [
    ("09:00", "09:00", None, "晚于"), ("09:00", "08:00", None, "晚于"), ("09:00", None, None, "24"),
    ("09:00", "10:00", 0, "至少"),
])
def test_shift_rules(posts, actor, start, end, capacity, message):
    end_at = at(end) if end else at(start) + dt.timedelta(hours=24, minutes=1)
    with pytest.raises(HoursError, match=message):
        create_shift(posts.garbage.id, at(start), end_at, actor, capacity=capacity)


def test_capacity_is_enforced_and_an_override_needs_a_note_and_is_recorded(people, posts, actor):
    shift = create_shift(posts.traffic.id, at("07:00"), at("09:00"), actor)
    sign_up(shift.id, people[0].id, actor)
    full = sign_up(shift.id, people[1].id, actor)
    assert (full.signed_up, full.full) == (2, True)
    with pytest.raises(ShiftFull, match="班次已满（2/2 人）"):
        sign_up(shift.id, people[2].id, actor)
    with pytest.raises(HoursError, match="注明原因"):
        sign_up(shift.id, people[2].id, actor, override=True)
    with pytest.raises(HoursError, match="注明原因"):
        sign_up(shift.id, people[2].id, actor, override=True, note="   ")
    assert get_shift(shift.id).signed_up == 2
    over = sign_up(shift.id, people[2].id, actor, override=True, note=" 临时来帮忙的居民 ")
    assert over.signed_up == 3
    assert signups(shift.id) == [(people[0].id, "张三", False, ""), (people[1].id, "李四", False, ""),
                                 (people[2].id, "王五", True, "临时来帮忙的居民")]
    logs = [readable(e)["after"] for e in AuditEntry.select().where(
        AuditEntry.action == "shift.sign_up").order_by(AuditEntry.id)]
    assert [log["over_capacity"] for log in logs] == [False, False, True]
    assert logs[-1]["note"] == "临时来帮忙的居民"


def test_an_override_below_capacity_is_not_marked(people, posts, actor):
    shift = create_shift(posts.traffic.id, at("07:00"), at("09:00"), actor)
    sign_up(shift.id, people[0].id, actor, override=True, note="习惯性勾选")
    assert signups(shift.id)[0][2] is False


def test_a_volunteer_signs_up_once(people, posts, actor):
    shift = create_shift(posts.garbage.id, at("07:00"), at("09:00"), actor)
    sign_up(shift.id, people[0].id, actor)
    with pytest.raises(HoursError, match="已报名"):
        sign_up(shift.id, people[0].id, actor)
    with pytest.raises(HoursError, match="已报名"):
        sign_up(shift.id, people[0].id, actor, override=True, note="再来")
    assert ShiftSignup.select().count() == 1


def test_cancelling_frees_a_place(people, posts, actor):
    shift = create_shift(posts.traffic.id, at("07:00"), at("09:00"), actor)
    sign_up(shift.id, people[0].id, actor)
    sign_up(shift.id, people[1].id, actor)
    cancel_sign_up(shift.id, people[0].id, actor, "生病")
    sign_up(shift.id, people[2].id, actor)
    assert [s[0] for s in signups(shift.id)] == [people[1].id, people[2].id]
    assert readable(AuditEntry.select().where(AuditEntry.action == "shift.cancel_sign_up").get())["reason"] == "生病"


def test_shifts_of_a_week(posts, actor):
    monday_shift = create_shift(posts.garbage.id, at("07:00"), at("09:00"), actor)
    sunday_shift = create_shift(posts.traffic.id, at("20:00", DAY + dt.timedelta(6)), at("22:00", DAY + dt.timedelta(6)),
                                actor)
    create_shift(posts.traffic.id, at("07:00", DAY + dt.timedelta(7)), at("08:00", DAY + dt.timedelta(7)), actor)
    start, end = week_of(DAY + dt.timedelta(days=3))
    assert start == at("00:00") and end == at("00:00", DAY + dt.timedelta(7))
    assert [s.id for s in shifts_between(start, end)] == [monday_shift.id, sunday_shift.id]
    assert [s.id for s in shifts_between(start, end, posts.traffic.id)] == [sunday_shift.id]


# --- what the kiosk offers ---------------------------------------------------------------------------------------------


def test_kiosk_lists_shifts_now_or_soon_first_and_own_sign_ups_first_of_all(people, posts, actor):
    zhang = people[0]
    now = at("09:30")
    create_shift(posts.traffic.id, at("09:00"), at("11:00"), actor)              # on now
    mine = create_shift(posts.garbage.id, at("10:00"), at("12:00"), actor)        # soon, and signed up for
    create_shift(posts.duty.id, at("15:00"), at("17:00"), actor)                 # later today: not soon
    create_shift(posts.duty.id, at("07:00"), at("09:00"), actor)                 # already over
    sign_up(mine.id, zhang.id, actor)
    choices = kiosk_choices(zhang.id, now, soon_minutes=60)
    assert [(c.post_name, c.signed_up, c.shift.id if c.shift else None) for c in choices] == [
        ("垃圾分类督导", True, mine.id), ("文明交通劝导", False, choices[1].shift.id), ("日常值班", False, None)]
    # for someone else the shift now comes before the shift soon
    others = kiosk_choices(people[1].id, now, soon_minutes=60)
    assert [c.post_name for c in others] == ["文明交通劝导", "垃圾分类督导", "日常值班"]
    assert not any(c.signed_up for c in others)
    # with a shorter "soon" the 10:00 shift is not soon any more
    assert [c.post_name for c in kiosk_choices(people[1].id, now, soon_minutes=20)][0] == "文明交通劝导"
    assert kiosk_choices(people[1].id, now, soon_minutes=20)[1].shift is None


def test_on_a_post_with_two_shifts_the_volunteers_own_is_offered(people, posts, actor):
    create_shift(posts.garbage.id, at("09:00"), at("11:00"), actor)
    own = create_shift(posts.garbage.id, at("09:15"), at("11:00"), actor)
    sign_up(own.id, people[0].id, actor)
    first = kiosk_choices(people[0].id, at("09:30"))[0]
    assert (first.post_id, first.shift.id, first.signed_up) == (posts.garbage.id, own.id, True)


def test_kiosk_state_uses_the_soon_setting_and_hides_choices_while_checked_in(people, posts, actor):
    create_shift(posts.garbage.id, at("10:00"), at("12:00"), actor)
    settings_value = config.KIOSK_SOON_MINUTES.default
    assert settings_value == 60
    state = kiosk.state_for(people[0].id, at("09:30"))
    assert state.open_record is None and state.choices[0].post_id == posts.garbage.id
    kiosk.check_in(people[0].id, posts.garbage.id, at=at("09:30"))
    state = kiosk.state_for(people[0].id, at("09:31"))
    assert state.open_record is not None and state.choices == []


def test_kiosk_choices_accept_a_naive_now(people, posts, actor):
    create_shift(posts.garbage.id, at("09:00"), at("11:00"), actor)
    choices = kiosk_choices(people[0].id, dt.datetime.combine(DAY, dt.time(9, 30)))
    assert choices[0].shift is not None


def test_a_kiosk_check_in_keeps_the_shift(people, posts, actor):
    shift = create_shift(posts.garbage.id, at("09:00"), at("11:00"), actor)
    rec = kiosk.check_in(people[0].id, posts.garbage.id, shift_id=shift.id, at=at("09:02"))
    assert rec.shift_id == shift.id and rec.source == "kiosk"


# --- identification ------------------------------------------------------------------------------------------------------


def test_identify_by_phone_tail_or_name(people):
    assert [c.name for c in kiosk.identify("8001").candidates] == ["李四"]
    assert [c.name for c in kiosk.identify("８００１").candidates] == ["李四"]  # full-width digits
    assert kiosk.identify("800").candidates == []  # too short to be a phone tail
    found = kiosk.identify("王").candidates
    assert [c.name for c in found] == ["王五"] and "*" in found[0].phone_masked
    assert kiosk.identify("钱七").candidates == []
    assert kiosk.identify("  ").candidates == []


# --- volunteer cards ------------------------------------------------------------------------------------------------------


@pytest.fixture
def profile_saved(db, actor):
    return save_profile(DEMO_STATION, actor)


def test_card_codes_round_trip(profile_saved, people):
    for person in people:
        code = card_code(person.id)
        assert re.fullmatch(r"SD-\d{1,9}-[0-9A-Z]{4}", code)
        assert volunteer_for_code(code) == person.id
        assert volunteer_for_code(f"  {code.lower()} ") == person.id  # a scanner in lower case, stray spaces
        identified = kiosk.identify(code + "\n")
        assert identified.by_card and [c.volunteer_id for c in identified.candidates] == [person.id]


def test_a_forged_or_foreign_card_is_refused(profile_saved, people, actor):
    code = card_code(people[0].id)
    prefix, check = code.rsplit("-", 1)
    forged = prefix + "-" + ("0000" if check != "0000" else "1111")
    assert volunteer_for_code(forged) is None
    # someone else's number with this person's check
    assert volunteer_for_code(f"SD-{people[1].id}-{check}") is None
    assert volunteer_for_code("SD-1-") is None and volunteer_for_code("hello") is None
    identified = kiosk.identify(forged)
    assert not identified.by_card and identified.candidates == []
    # a card printed by another profile_saved (another secret) is not one of ours
    Station.update(secret="another-profile_saved-secret").where(Station.id == 1).execute()
    assert volunteer_for_code(code) is None


# --- the kiosk PIN ----------------------------------------------------------------------------------------------------------


def test_the_kiosk_pin_is_stored_hashed_and_verified(db, actor):
    assert not kiosk_pin_set() and not check_kiosk_pin("2468") and not check_kiosk_pin("")
    set_kiosk_pin("246813", actor)
    assert kiosk_pin_set()
    stored = Setting.get_by_id(config.KIOSK_PIN_HASH.key).value
    assert "246813" not in stored and stored.startswith("scrypt$")
    assert check_kiosk_pin("246813")
    assert not check_kiosk_pin("246812") and not check_kiosk_pin("") and not check_kiosk_pin("2468130")
    # neither the PIN nor its hash is in the audit log; the change itself is
    dump = " ".join(f"{a.before} {a.after} {a.reason}" for a in AuditEntry.select())
    assert "246813" not in dump and stored not in dump
    assert AuditEntry.select().where((AuditEntry.action == "setting.update")
                                     & (AuditEntry.entity_id == config.KIOSK_PIN_HASH.key)).count() == 1
    # a new PIN replaces the old one; the same PIN hashes differently each time (salted)
    set_kiosk_pin("246813", actor)
    assert Setting.get_by_id(config.KIOSK_PIN_HASH.key).value != stored
    set_kiosk_pin("1357", actor)
    assert check_kiosk_pin("1357") and not check_kiosk_pin("246813")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", "١٢٣٤"])
def test_a_kiosk_pin_is_4_to_8_digits(db, actor, pin):
    with pytest.raises(ValueError, match="PIN"):
        set_kiosk_pin(pin, actor)
    assert not kiosk_pin_set()


def test_a_pin_typed_in_full_width_is_the_same_pin(db, actor):
    set_kiosk_pin("１２３４", actor)  # a Chinese input method in full-width mode
    assert check_kiosk_pin("1234") and check_kiosk_pin(" １２３４ ")
    assert not check_kiosk_pin("12345")
