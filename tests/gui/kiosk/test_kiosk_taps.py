"""How many taps each way takes, counted as a volunteer taps: card, phone tail, letters, check-out.

Before: phone tail 7 taps (4 digits, 确定, the name, the post). Now the search runs by itself after
the 4th digit and one match opens the person's screen: 5 taps. A card: the scan and 1 tap.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from station_app.demo import DEMO_STATION
from station_app.gui.context import AppContext
from station_app.gui.kiosk import KioskWindow
from station_app.gui.tasks import TaskManager
from station_app.hours import records
from station_app.hours.cards import card_code
from station_app.hours.times import local_now
from station_app.posts.service import PostInput, create_post
from station_app.posts.shifts import create_shift, sign_up
from station_app.roster.service import add_volunteer
from station_app.station.profile import save_profile
from support.core import adult_input, make_id
from support.gui import type_text

WAIT = 5000


class Finger:
    """Taps buttons as a person does, and counts them."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.taps = qtbot, 0

    def tap(self, button) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.taps += 1


@pytest.fixture
def station(db, actor):
    """白洋淑 (BYS, tail 6688) signed up for 助老送餐 later today; 包月 (BY) and 李四 (tail 9111)."""
    save_profile(DEMO_STATION, actor)
    people = {}
    for i, (name, phone) in enumerate((("白洋淑", "13600136688"), ("包月", "13700137001"), ("李四", "13900139111"),
                                       ("张三", "13800138000"), ("张三丰", "13900138000"))):
        people[name] = add_volunteer(adult_input(name=name, id_number=make_id("110105", "19550101", 100 + i),
                                                 phone=phone), actor).id
    now = local_now()
    traffic = create_post(PostInput("文明交通劝导", "P-TRAFFIC", place="路口"), actor)
    meals = create_post(PostInput("助老送餐", "P-MEALS", place="老年食堂"), actor)
    garbage = create_post(PostInput("垃圾分类督导", "P-GARBAGE", place="3号楼"), actor)
    create_shift(garbage.id, now - dt.timedelta(minutes=30), now + dt.timedelta(hours=2), actor)
    later = min(now + dt.timedelta(hours=3), now.replace(hour=23, minute=0, second=0, microsecond=0))
    if later <= now + dt.timedelta(minutes=61):
        later = now + dt.timedelta(minutes=61)  # late in the evening: still after the "soon" window
    meals_shift = create_shift(meals.id, later, later + dt.timedelta(minutes=50), actor)
    sign_up(meals_shift.id, people["白洋淑"], actor)
    return people, {"traffic": traffic.id, "meals": meals.id, "garbage": garbage.id}


@pytest.fixture
def kiosk(qtbot, db, station):
    tasks = TaskManager()
    ctx = AppContext(data_dir=db, tasks=tasks, profile=DEMO_STATION, operator="测试值班员")
    win = KioskWindow(ctx, on_leave=lambda: None)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    tasks.shutdown()


def person_opens(qtbot, kiosk, action) -> None:
    with qtbot.waitSignal(kiosk.screen_changed, timeout=WAIT, check_params_cb=lambda s: s == "person"):
        action()


def check_in_on_first(qtbot, kiosk, finger):
    first = kiosk.person.list.buttons[0]
    with qtbot.waitSignal(kiosk.checked_in, timeout=WAIT) as done:
        finger.tap(first)
    return records.get_record(done.args[0])


def test_phone_tail_is_five_taps_and_their_post_for_today_comes_first(qtbot, kiosk, station):
    people, posts = station
    finger = Finger(qtbot)
    person_opens(qtbot, kiosk, lambda: [finger.tap(kiosk.home.keypad.keys[d]) for d in "6688"])  # no 确定
    assert kiosk.person.heading.text().startswith("白洋淑")
    first = kiosk.person.list.buttons[0]
    assert first.title.text() == "助老送餐" and "您已报名" in first.text()  # later today, still first and marked
    record = check_in_on_first(qtbot, kiosk, finger)
    assert (record.volunteer_id, record.post_id) == (people["白洋淑"], posts["meals"])
    assert finger.taps == 5


def test_a_card_is_the_scan_and_one_tap(qtbot, kiosk, station):
    people, _posts = station
    finger = Finger(qtbot)
    person_opens(qtbot, kiosk, lambda: (type_text(qtbot, kiosk.home.input, card_code(people["李四"])),
                                        qtbot.keyClick(kiosk.home.input, Qt.Key.Key_Return)))  # the scanner
    record = check_in_on_first(qtbot, kiosk, finger)
    assert record.volunteer_id == people["李四"] and finger.taps == 1


def test_letters_find_a_name_by_its_pinyin_initials(qtbot, kiosk, station):
    people, posts = station
    finger = Finger(qtbot)
    letters = kiosk.home.letters.keys
    finger.tap(letters["B"])
    finger.tap(letters["Y"])  # 包月 and 白洋淑 both start B Y: both shown, nothing opens yet
    qtbot.waitUntil(lambda: len(kiosk.home.results.buttons) == 2, timeout=WAIT)
    assert kiosk.current_screen == "home"
    assert sorted(b.title.text() for b in kiosk.home.results.buttons) == ["包月", "白洋淑"]
    assert all("****" in b.text() for b in kiosk.home.results.buttons)  # a name and a masked phone, no more
    person_opens(qtbot, kiosk, lambda: finger.tap(letters["S"]))  # B Y S: only 白洋淑
    record = check_in_on_first(qtbot, kiosk, finger)
    assert record.volunteer_id == people["白洋淑"] and finger.taps == 4


def test_several_people_with_one_tail_are_picked_on_the_home_screen(qtbot, kiosk, station):
    people, _posts = station
    finger = Finger(qtbot)
    for d in "8000":
        finger.tap(kiosk.home.keypad.keys[d])
    qtbot.waitUntil(lambda: len(kiosk.home.results.buttons) == 2, timeout=WAIT)
    pick = next(b for b in kiosk.home.results.buttons if b.title.text() == "张三丰")
    person_opens(qtbot, kiosk, lambda: finger.tap(pick))
    assert kiosk.person.heading.text().startswith("张三丰")
    record = check_in_on_first(qtbot, kiosk, finger)
    assert record.volunteer_id == people["张三丰"] and finger.taps == 6


def test_check_out_is_five_taps_by_phone_tail(qtbot, kiosk, station, actor):
    people, posts = station
    records.check_in(people["李四"], posts["garbage"], actor, local_now() - dt.timedelta(minutes=95))
    finger = Finger(qtbot)
    person_opens(qtbot, kiosk, lambda: [finger.tap(kiosk.home.keypad.keys[d]) for d in "9111"])
    with qtbot.waitSignal(kiosk.checked_out, timeout=WAIT) as done:
        finger.tap(kiosk.person.checkout_button)
    assert done.args[0].minutes >= 95 and kiosk.current_screen == "checked_out"
    assert finger.taps == 5


def test_instructions_are_large_and_the_home_screen_fits_1024x768(qtbot, kiosk):
    steps = kiosk.home.findChildren(type(kiosk.home.prompt), "step")
    assert len(steps) == 3
    for step in steps:
        assert step.fontInfo().pixelSize() >= 28  # instructions read at arm's length (were 21–24 px)
    assert kiosk.home.prompt.fontInfo().pixelSize() >= 28
    smallest = kiosk.minimumSizeHint()
    assert smallest.width() <= 1024 and smallest.height() <= 768
