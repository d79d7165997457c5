"""The kiosk, driven as a volunteer uses it: scan, keypad, name by IME, pick, check in and out; staff leave by PIN."""

from __future__ import annotations

import datetime as dt

import pytest
from core_fixtures import adult_input, make_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from station_app.demo import DEMO_STATION
from station_app.gui.context import AppContext
from station_app.gui.kiosk import KioskWindow
from station_app.gui.tasks import TaskManager
from station_app.hours import kiosk, records, review
from station_app.hours.cards import card_code
from station_app.hours.kiosk_pin import set_kiosk_pin
from station_app.hours.records import RecordInput
from station_app.hours.times import local_now
from station_app.posts.service import PostInput, create_post
from station_app.posts.shifts import create_shift, sign_up
from station_app.roster.service import add_volunteer
from station_app.station.profile import save_profile
from tests.gui_helpers import type_text

WAIT = 5000


@pytest.fixture
def ctx(db, actor):
    save_profile(DEMO_STATION, actor)
    tasks = TaskManager()
    yield AppContext(data_dir=db, tasks=tasks, profile=DEMO_STATION, operator="测试值班员")
    tasks.shutdown()


@pytest.fixture
def now():
    return local_now()


@pytest.fixture
def people(ctx, actor):
    """张三 and 张三丰 share the phone tail 8000; 李四 has 9111."""
    out = {}
    for i, (name, phone) in enumerate((("张三", "13800138000"), ("张三丰", "13900138000"), ("李四", "13900139111"))):
        out[name] = add_volunteer(adult_input(name=name, id_number=make_id("110105", "19550101", 100 + i),
                                              phone=phone), actor).id
    return out


@pytest.fixture
def posts(ctx, actor, now):
    """垃圾分类督导 with a shift on now (张三 signed up), 文明交通劝导 without, 日常值班 not counted as service."""
    garbage = create_post(PostInput("垃圾分类督导", "P-GARBAGE", place="3号楼"), actor)
    traffic = create_post(PostInput("文明交通劝导", "P-TRAFFIC", place="路口"), actor)
    duty = create_post(PostInput("日常值班", "P-DUTY", counts_as_service=False), actor)
    shift = create_shift(garbage.id, now - dt.timedelta(hours=1), now + dt.timedelta(hours=2), actor)
    return {"garbage": garbage.id, "traffic": traffic.id, "duty": duty.id, "shift": shift.id}


@pytest.fixture
def left():
    return []


@pytest.fixture
def window(qtbot, ctx, now, left):
    win = KioskWindow(ctx, on_leave=lambda: left.append(True))
    win.clock = lambda: now
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def reach(qtbot, window, screen: str, action) -> None:
    """Do *action* and wait until the kiosk shows *screen*."""
    with qtbot.waitSignal(window.screen_changed, timeout=WAIT, check_params_cb=lambda name: name == screen):
        action()
    assert window.current_screen == screen


def submit_text(qtbot, window, text: str, screen: str) -> None:
    reach(qtbot, window, screen, lambda: (type_text(qtbot, window.home.input, text),
                                          qtbot.keyClick(window.home.input, Qt.Key.Key_Return)))


def post_button(window, post_id: int):
    return next(b for b in window.person.list.buttons if b.objectName() == f"post_{post_id}")


def assert_touch_sized(window) -> None:
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisibleTo(window)]
    assert buttons
    small = [(b.text(), b.height()) for b in buttons if b.height() < 48]
    assert not small, small


# --- identify and check in ----------------------------------------------------------------------------------------


def test_scanned_card_goes_straight_to_the_person_and_checks_in(qtbot, window, people, posts):
    zhang = people["张三"]
    sign_up(posts["shift"], zhang, window.ctx.actor())
    assert window.current_screen == "home" and window.home.input.hasFocus()
    assert_touch_sized(window)
    submit_text(qtbot, window, card_code(zhang), "person")
    assert window.person.heading.text().startswith("张三")
    buttons = window.person.list.buttons
    assert [b.title.text() for b in buttons] == ["垃圾分类督导", "文明交通劝导", "日常值班"]
    assert "您已报名" in buttons[0].text() and "正在进行" in buttons[0].text()
    assert "您已报名" not in buttons[1].text()
    assert_touch_sized(window)
    with qtbot.waitSignal(window.checked_in, timeout=WAIT) as done:
        click(qtbot, buttons[0])
    assert window.current_screen == "checked_in"
    assert "签到成功" in window.checked_in_screen.title.text()
    assert window.checked_in_screen.post.text() == "岗位：垃圾分类督导"
    assert_touch_sized(window)
    record = records.get_record(done.args[0])
    assert (record.volunteer_id, record.post_id, record.shift_id, record.state) == (
        zhang, posts["garbage"], posts["shift"], "open")
    assert records.open_record_for(zhang).id == record.id


def test_confirmation_returns_home_by_itself(qtbot, window, people, posts):
    window.return_delay_ms = 50
    submit_text(qtbot, window, card_code(people["李四"]), "person")
    reach(qtbot, window, "checked_in", lambda: click(qtbot, post_button(window, posts["traffic"])))
    reach(qtbot, window, "home", lambda: None)
    assert window.home.input.text() == "" and window.home.input.hasFocus()


def test_phone_tail_on_the_keypad_then_pick_the_name(qtbot, window, people, posts):
    keypad = window.home.keypad
    for digit in "80":
        click(qtbot, keypad.keys[digit])
    click(qtbot, keypad.enter_key)
    assert window.current_screen == "home"
    assert "4 位" in window.home.message.text()  # too short: asked for four digits, nothing looked up
    for digit in "00":
        click(qtbot, keypad.keys[digit])
    assert window.home.input.text() == "8000"
    reach(qtbot, window, "candidates", lambda: click(qtbot, keypad.enter_key))
    shown = [b.text() for b in window.candidates.list.buttons]
    assert len(shown) == 2
    assert any("张三 " in s and "138****8000" in s for s in shown)
    assert any("张三丰" in s and "139****8000" in s for s in shown)
    assert_touch_sized(window)
    pick = window.candidates.findChild(QPushButton, f"candidate_{people['张三丰']}")
    reach(qtbot, window, "person", lambda: click(qtbot, pick))
    assert window.person.heading.text().startswith("张三丰")
    with qtbot.waitSignal(window.checked_in, timeout=WAIT):
        click(qtbot, post_button(window, posts["traffic"]))
    assert records.open_record_for(people["张三丰"]).post_id == posts["traffic"]
    assert records.open_record_for(people["张三"]) is None


def test_name_typed_with_the_input_method_then_picked(qtbot, window, people, posts):
    type_text(qtbot, window.home.input, "李四")
    assert window.home.input.text() == "李四"
    reach(qtbot, window, "candidates", lambda: click(qtbot, window.home.keypad.enter_key))
    assert [b.title.text() for b in window.candidates.list.buttons] == ["李四"]
    reach(qtbot, window, "person", lambda: click(qtbot, window.candidates.list.buttons[0]))
    with qtbot.waitSignal(window.checked_in, timeout=WAIT):
        click(qtbot, post_button(window, posts["garbage"]))
    record = records.open_record_for(people["李四"])
    assert record.post_id == posts["garbage"] and record.source == "kiosk"


def test_not_me_goes_back_home(qtbot, window, people):
    submit_text(qtbot, window, "8000", "candidates")
    reach(qtbot, window, "home", lambda: click(qtbot, window.candidates.back_button))
    assert window.home.input.text() == ""


@pytest.mark.parametrize("text", ["王小明", "13012345678", "SD-999-ABCD"])
def test_someone_not_on_the_roster_is_sent_to_staff(qtbot, window, people, text):
    window.message_delay_ms = 100
    with qtbot.waitSignal(window.message_shown, timeout=WAIT) as shown:
        type_text(qtbot, window.home.input, text)
        qtbot.keyClick(window.home.input, Qt.Key.Key_Return)
    assert shown.args[0] == "没有找到您的登记信息，请找工作人员登记"
    assert window.current_screen == "message"
    assert_touch_sized(window)
    reach(qtbot, window, "home", lambda: None)  # by itself, after message_delay_ms


# --- check out ----------------------------------------------------------------------------------------------------


def test_check_out_shows_minutes_today_total_and_stars(qtbot, window, people, posts, now, actor):
    zhang = people["张三"]
    # 101 approved hours a week ago: one star
    week_ago = now - dt.timedelta(days=7)
    ids = [records.add_record(RecordInput(zhang, posts["traffic"], week_ago - dt.timedelta(days=d, hours=21),
                                          week_ago - dt.timedelta(days=d, hours=1)), actor).id for d in range(5)]
    ids.append(records.add_record(RecordInput(zhang, posts["traffic"], week_ago, week_ago + dt.timedelta(hours=1)),
                                  actor).id)
    review.approve(ids, actor)
    kiosk.check_in(zhang, posts["garbage"], at=now - dt.timedelta(minutes=95))

    submit_text(qtbot, window, card_code(zhang), "person")
    start = now - dt.timedelta(minutes=95)
    assert window.person.open_text.text() == f"您在“垃圾分类督导”岗位，{start.hour}点{start.minute:02d}分签到"
    assert window.person.checkout_button.height() >= 120
    assert_touch_sized(window)
    with qtbot.waitSignal(window.checked_out, timeout=WAIT) as done:
        click(qtbot, window.person.checkout_button)
    summary = done.args[0]
    assert (summary.minutes, summary.today_minutes, summary.approved_minutes, summary.stars) == (95, 95, 101 * 60, 1)
    assert window.current_screen == "checked_out"
    text = window.summary.text()
    assert "签退成功" in text
    assert window.summary.served.text() == "1 小时 35 分"
    assert window.summary.today.text() == "1.6 小时"
    assert window.summary.total.text() == "101.0 小时"
    assert window.summary.stars.text() == "★☆☆☆☆"
    assert_touch_sized(window)
    assert records.open_record_for(zhang) is None
    assert records.get_record(summary.record.id).state == "pending"


def test_time_on_a_post_that_is_not_service_is_said_plainly(qtbot, window, people, posts, now):
    window.summary_delay_ms = 100
    kiosk.check_in(people["李四"], posts["duty"], at=now - dt.timedelta(minutes=40))
    submit_text(qtbot, window, card_code(people["李四"]), "person")
    reach(qtbot, window, "checked_out", lambda: click(qtbot, window.person.checkout_button))
    assert window.summary.served.text() == "40 分钟"
    assert window.summary.today.text() == "0.0 小时"
    assert "不算志愿服务时长" in window.summary.hint.text()
    assert "还没有星" in window.summary.hint.text()
    reach(qtbot, window, "home", lambda: None)


# --- refusals -----------------------------------------------------------------------------------------------------


def test_checked_in_elsewhere_meanwhile_is_a_friendly_message(qtbot, window, people, posts):
    zhang = people["张三"]
    submit_text(qtbot, window, card_code(zhang), "person")
    kiosk.check_in(zhang, posts["traffic"])  # at the other kiosk, a moment ago
    with qtbot.waitSignal(window.message_shown, timeout=WAIT) as shown:
        click(qtbot, post_button(window, posts["garbage"]))
    assert window.current_screen == "message"
    assert "已在“文明交通劝导”签到" in shown.args[0] and "请先签退" in shown.args[0]
    assert "Traceback" not in window.message.text.text()
    assert window.message.title.text() == "暂时不能办理"
    assert records.open_record_for(zhang).post_id == posts["traffic"]
    reach(qtbot, window, "home", lambda: click(qtbot, window.message.ok_button))


def test_overlap_with_a_record_staff_entered_is_refused(qtbot, window, people, posts, now, actor):
    li = people["李四"]
    records.add_record(RecordInput(li, posts["traffic"], now - dt.timedelta(minutes=60), now), actor)
    window.clock = lambda: now - dt.timedelta(minutes=10)
    submit_text(qtbot, window, card_code(li), "person")
    with qtbot.waitSignal(window.message_shown, timeout=WAIT) as shown:
        click(qtbot, post_button(window, posts["garbage"]))
    assert "重叠" in shown.args[0]
    assert records.open_record_for(li) is None


def test_a_double_tap_checks_in_once(qtbot, window, people, posts):
    submit_text(qtbot, window, card_code(people["李四"]), "person")
    button = post_button(window, posts["traffic"])
    with qtbot.waitSignal(window.checked_in, timeout=WAIT):
        click(qtbot, button)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert window.current_screen == "checked_in"


# --- idle, scanning over a result, full screen --------------------------------------------------------------------


def test_idle_kiosk_returns_home_from_any_screen(qtbot, window, people):
    window.idle_timeout_ms = 100
    submit_text(qtbot, window, "8000", "candidates")
    reach(qtbot, window, "home", lambda: None)
    reach(qtbot, window, "pin", lambda: click(qtbot, window.top_bar.staff_button))
    reach(qtbot, window, "home", lambda: None)


def test_half_typed_text_is_cleared_when_the_kiosk_is_left_alone(qtbot, window):
    window.idle_timeout_ms = 100
    click(qtbot, window.home.keypad.keys["1"])
    assert window.home.input.text() == "1"
    qtbot.waitUntil(lambda: window.home.input.text() == "", timeout=WAIT)
    assert window.current_screen == "home"


def test_a_scan_on_the_confirmation_screen_starts_the_next_person(qtbot, window, people, posts):
    submit_text(qtbot, window, card_code(people["李四"]), "person")
    reach(qtbot, window, "checked_in", lambda: click(qtbot, post_button(window, posts["traffic"])))
    code = card_code(people["张三"])
    qtbot.keyClick(window, code[0])  # the scanner's first key lands on the window: back to home with it
    assert window.current_screen == "home" and window.home.input.text() == code[0]
    with qtbot.waitSignal(window.screen_changed, timeout=WAIT, check_params_cb=lambda s: s == "person"):
        type_text(qtbot, window.home.input, code[1:], clear=False)
        qtbot.keyClick(window.home.input, Qt.Key.Key_Return)
    assert window.person.heading.text().startswith("张三")


def test_a_scan_after_a_tap_on_the_background_still_reaches_the_field(qtbot, window, people):
    window.setFocus()  # the field lost the focus somehow
    code = card_code(people["李四"])
    with qtbot.waitSignal(window.screen_changed, timeout=WAIT, check_params_cb=lambda s: s == "person"):
        qtbot.keyClicks(window, code)
        qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.person.heading.text().startswith("李四")


def test_full_screen_with_large_type(qtbot, ctx):
    win = KioskWindow(ctx, on_leave=lambda: None)
    qtbot.addWidget(win)
    win.showFullScreen()
    qtbot.waitExposed(win)
    assert win.isFullScreen()
    assert win.home.prompt.font().pixelSize() >= 32
    assert win.font().pixelSize() >= 20
    assert win.home.input.font().pixelSize() >= 32
    smallest = win.minimumSizeHint()
    assert smallest.width() <= 1024 and smallest.height() <= 768  # fits an older 1024×768 touch screen


# --- staff leave with the PIN -------------------------------------------------------------------------------------


def enter_pin(qtbot, window, pin: str) -> bool:
    for digit in pin:
        click(qtbot, window.pin.keypad.keys[digit])
    with qtbot.waitSignal(window.pin_checked, timeout=WAIT) as answer:
        click(qtbot, window.pin.keypad.enter_key)
    return answer.args[0]


def test_wrong_pin_is_refused_and_the_right_one_leaves(qtbot, window, actor, left):
    set_kiosk_pin("2468", actor)
    reach(qtbot, window, "pin", lambda: click(qtbot, window.top_bar.staff_button))
    assert window.pin.input.echoMode() == window.pin.input.EchoMode.Password
    assert_touch_sized(window)
    assert enter_pin(qtbot, window, "1234") is False
    assert window.current_screen == "pin" and left == []
    assert window.pin.message.text() == "PIN 不对，请再试一次"
    assert window.pin.input.text() == ""
    assert enter_pin(qtbot, window, "2468") is True
    assert left == [True]


def test_pin_cancel_goes_back_to_check_in(qtbot, window, actor, left):
    set_kiosk_pin("2468", actor)
    reach(qtbot, window, "pin", lambda: click(qtbot, window.top_bar.staff_button))
    reach(qtbot, window, "home", lambda: click(qtbot, window.pin.cancel_button))
    assert left == []


def test_too_many_wrong_pins_wait_a_minute(qtbot, window, actor, left):
    set_kiosk_pin("2468", actor)
    reach(qtbot, window, "pin", lambda: click(qtbot, window.top_bar.staff_button))
    for _ in range(5):
        assert enter_pin(qtbot, window, "1111") is False
    for digit in "2468":
        click(qtbot, window.pin.keypad.keys[digit])
    click(qtbot, window.pin.keypad.enter_key)
    assert "秒后再试" in window.pin.message.text()
    assert left == []


def test_without_a_pin_configured_staff_are_let_out(qtbot, window, left):
    reach(qtbot, window, "pin", lambda: click(qtbot, window.top_bar.staff_button))
    assert enter_pin(qtbot, window, "0000") is True
    assert left == [True]
