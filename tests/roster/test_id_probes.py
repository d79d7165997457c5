"""Trying candidate numbers for someone whose number is masked: counted, logged, then stopped."""

from __future__ import annotations

import csv
import datetime as dt
import random

import pytest

from station_app.audit import Actor
from station_app.audit.log import entries_for
from station_app.db.models import Lockout
from station_app.errors import PermissionDenied
from station_app.imports.hours_import import import_hours_file
from station_app.imports.roster_import import import_roster_file
from station_app.roster import id_probes
from station_app.roster.service import add_volunteer, find_by_id_number, search_roster, stored_volunteer
from support.core import adult_input, make_id

OPERATOR = Actor("邻居小刘")
ADMIN = Actor("站长", role="admin")
TARGET_ID = make_id("110105", "19850314", 398)  # 110105********398x, born 1985: band 35–59


def guesses(n: int, start: dt.date = dt.date(1985, 1, 1)) -> list[str]:
    """Numbers an operator would try: the target's visible digits around other birth dates in the band."""
    out = []
    day = start
    while len(out) < n:
        number = make_id("110105", day, 398)
        if number[-1] == TARGET_ID[-1] and number != TARGET_ID:  # the visible check digit must match too
            out.append(number)
        day += dt.timedelta(days=1)
    return out


@pytest.fixture
def target(db):
    return add_volunteer(adult_input(name="王阿姨", id_number=TARGET_ID, phone="13912345678"), ADMIN)


def tried(target_id: int, action: str) -> list:
    return [e for e in entries_for("volunteer", target_id) if e["action"] == action]


def test_candidates_tried_in_the_search_are_logged_then_stop_whole_number_lookups(target):
    first, second, third = guesses(3)
    assert search_roster(first, actor=OPERATOR).rows == []
    assert tried(target.id, "roster.near_miss") == []  # one near miss is what a new person's number can look like
    assert search_roster(second, actor=OPERATOR).rows == []
    (logged,) = tried(target.id, "roster.near_miss")
    assert logged["actor"] == "邻居小刘" and logged["after"]["shown"] == "110105********" + TARGET_ID[-4:]
    assert TARGET_ID not in str(logged) and second not in str(logged)
    page = search_roster(third, actor=OPERATOR)
    assert tried(target.id, "roster.lookups_stopped")
    # Stopped: even the right number finds no one now, and the page says why.
    page = search_roster(TARGET_ID, actor=OPERATOR)
    assert page.rows == [] and "已暂停" in page.notice
    # What the masks show still works, and the 站长 is not counted.
    assert [r.name for r in search_roster(TARGET_ID[-4:], actor=OPERATOR).rows] == ["王阿姨"]
    assert [r.name for r in search_roster(TARGET_ID, actor=ADMIN).rows] == ["王阿姨"]
    with pytest.raises(PermissionDenied, match="已暂停"):
        find_by_id_number("CN_RIC", TARGET_ID, OPERATOR)
    with pytest.raises(PermissionDenied):
        add_volunteer(adult_input(name="新人", id_number=make_id("110105", "19900101", 1)), OPERATOR)


def test_the_same_number_looked_up_again_counts_once(target):
    (number,) = guesses(1)
    for _ in range(5):  # the roster page searches again on every change and refresh
        search_roster(number, actor=OPERATOR)
        find_by_id_number("CN_RIC", number, OPERATOR)
    assert id_probes.blocked_message(OPERATOR) is None
    assert tried(target.id, "roster.near_miss") == []


def test_numbers_that_do_not_look_like_the_person_are_not_counted(target):
    other_band = [n for n in guesses(400, dt.date(2000, 1, 1)) if n[6:10] >= "2000"][:5]  # aged 18–34: not her band
    other_tail = [make_id("110105", "19850315", seq) for seq in (1, 2, 3, 4, 5)]
    for number in other_band + other_tail:
        search_roster(number, actor=OPERATOR)
    assert id_probes.blocked_message(OPERATOR) is None and tried(target.id, "roster.near_miss") == []


def test_the_stop_ends_after_a_day_and_is_longer_the_next_time(target):
    tries = guesses(6)
    for number in tries[:3]:
        find_by_id_number("CN_RIC", number, OPERATOR)
    block = Lockout.get(Lockout.name == f"lookups:gui:{OPERATOR.name}")
    until = dt.datetime.fromisoformat(block.locked_until)
    assert dt.timedelta(hours=23) < until - dt.datetime.now() <= dt.timedelta(hours=24)
    Lockout.update(locked_until=(dt.datetime.now() - dt.timedelta(seconds=1)).isoformat()).execute()
    assert [r.name for r in search_roster(TARGET_ID, actor=OPERATOR).rows] == ["王阿姨"]
    find_by_id_number("CN_RIC", tries[3], OPERATOR)  # still within the month: the next near miss stops again
    until = dt.datetime.fromisoformat(Lockout.get(Lockout.name == block.name).locked_until)
    assert until - dt.datetime.now() > dt.timedelta(hours=47)


def test_phone_candidates_count_too(target):
    for middle in ("0000", "0001", "0002"):
        search_roster(f"139{middle}5678", actor=OPERATOR)
    assert tried(target.id, "roster.lookups_stopped")
    assert search_roster("13912345678", actor=OPERATOR).rows == []


def test_a_sheet_of_candidates_is_counted_and_the_next_file_refused(target, tmp_path):
    sheet = tmp_path / "candidates.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["姓名", "证件号码", "岗位", "日期", "开始时间", "结束时间"])
        for number in guesses(3):
            out.writerow(["王阿姨", number, "值守", "2026-11-02", "08:00", "09:00"])
    plan, _ = import_hours_file(sheet, OPERATOR)
    assert len(plan.problems) == 3  # none of them is on the roster
    assert tried(target.id, "roster.lookups_stopped")
    with pytest.raises(PermissionDenied, match="已暂停"):
        import_hours_file(sheet, OPERATOR)
    roster_sheet = tmp_path / "roster.csv"
    roster_sheet.write_text(f"姓名,证件号码\n王阿姨,{TARGET_ID}\n", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        import_roster_file(roster_sheet, OPERATOR)


def test_registering_a_district_full_of_new_people_stops_no_one(db, tmp_path):
    """Thousands of residents share the district's first six digits: new people's genuine numbers resemble
    someone on the roster now and then, but not the same person three times."""
    rng = random.Random(7)
    surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"

    def person(i: int) -> list[str]:
        born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 55))
        return [surnames[i % len(surnames)] + surnames[i // len(surnames) % len(surnames)], make_id("110105", born, rng.randrange(1000)), f"13{rng.randrange(10**9):09d}"]

    for name, rows in (("first.csv", range(3000)), ("second.csv", range(3000, 5000))):
        path = tmp_path / name
        with path.open("w", encoding="utf-8", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(["姓名", "证件号码", "手机号码"])
            out.writerows(person(i) for i in rows)
        plan, result = import_roster_file(path, OPERATOR)
        assert not plan.problems or all("重复" in p.message for p in plan.problems)
    assert id_probes.blocked_message(OPERATOR) is None
    resembling = Lockout.select().where(Lockout.name.startswith("near:")).count()
    assert resembling > 0  # the second file did resemble people from the first: the guard was looking
    assert stored_volunteer(1).values["id_number"]  # nothing was lost on the way
