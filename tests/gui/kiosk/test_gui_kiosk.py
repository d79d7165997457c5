"""The kiosk, driven as a volunteer uses it: scan, keypad, name by IME, pick, check in and out; staff leave by PIN."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from station_app.demo import DEMO_STATION
from station_app.gui.context import AppContext
from station_app.gui.kiosk import KioskWindow
from station_app.gui.tasks import TaskManager
from station_app.hours import records, review
from station_app.hours.cards import card_code
from station_app.hours.records import RecordInput
from station_app.hours.times import local_now
from station_app.kiosk import service as kiosk
from station_app.kiosk.pin import set_kiosk_pin
from station_app.posts.service import PostInput, create_post
from station_app.posts.shifts import create_shift, sign_up
from station_app.roster.service import add_volunteer
from station_app.station.profile import save_profile
from support.core import adult_input, make_id
from support.gui import type_text

WAIT = 5000


@pytest.fixture
def kiosk_ctx(db, actor):
    save_profile(DEMO_STATION, actor)
    tasks = TaskManager()
    yield AppContext(data_dir=db, tasks=tasks, profile=DEMO_STATION, operator="测试值班员")
    tasks.shutdown()


@pytest.fixture
def now():
    return local_now()


@pytest.fixture
def kiosk_people(kiosk_ctx, actor):
    """张三 and 张三丰 share the phone tail 8000; 李四 has 9111."""
    out = {}
    for i, (name, phone) in enumerate((("张三", "13800138000"), ("张三丰", "13900138000"), ("李四", "13900139111"))):
        out[name] = add_volunteer(adult_input(name=name, id_number=make_id("110105", "19550101", 100 + i),
                                              phone=phone), actor).id
    return out


@pytest.fixture
def kiosk_posts(kiosk_ctx, actor, now):
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
def kiosk_window(qtbot, kiosk_ctx, now, left):
    win = KioskWindow(kiosk_ctx, on_leave=lambda: left.append(True))
    win.clock = lambda: now
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def reach(qtbot, kiosk_window, screen: str, action) -> None:
    """Do *action* and wait until the kiosk shows *screen*."""
    with qtbot.waitSignal(kiosk_window.screen_changed, timeout=WAIT, check_params_cb=lambda name: name == screen):
        action()
    assert kiosk_window.current_screen == screen


def submit_text(qtbot, kiosk_window, text: str, screen: str) -> None:
    reach(qtbot, kiosk_window, screen, lambda: (type_text(qtbot, kiosk_window.home.input, text),
                                          qtbot.keyClick(kiosk_window.home.input, Qt.Key.Key_Return)))


def post_button(kiosk_window, post_id: int):
    return next(b for b in kiosk_window.person.list.buttons if b.objectName() == f"post_{post_id}")


def assert_touch_sized(kiosk_window) -> None:
    buttons = [b for b in kiosk_window.findChildren(QPushButton) if b.isVisibleTo(kiosk_window)]
    assert buttons
    small = [(b.text(), b.height()) for b in buttons if b.height() < 48]
    assert not small, small


# --- identify and check in ----------------------------------------------------------------------------------------


def test_scanned_card_goes_straight_to_the_person_and_checks_in(qtbot, kiosk_window, kiosk_people, kiosk_posts):
    zhang = kiosk_people["张三"]
    sign_up(kiosk_posts["shift"], zhang, kiosk_window.ctx.actor())
    assert kiosk_window.current_screen == "home" and kiosk_window.home.input.hasFocus()
    assert_touch_sized(kiosk_window)
    submit_text(qtbot, kiosk_window, card_code(zhang), "person")
    assert kiosk_window.person.heading.text().startswith("张三")
    buttons = kiosk_window.person.list.buttons
    assert [b.title.text() for b in buttons] == ["垃圾分类督导", "文明交通劝导", "日常值班"]
    assert "您已报名" in buttons[0].text() and "正在进行" in buttons[0].text()
    assert "您已报名" not in buttons[1].text()
    assert_touch_sized(kiosk_window)
    with qtbot.waitSignal(kiosk_window.checked_in, timeout=WAIT) as done:
        click(qtbot, buttons[0])
    assert kiosk_window.current_screen == "checked_in"
    assert "签到成功" in kiosk_window.checked_in_screen.title.text()
    assert kiosk_window.checked_in_screen.post.text() == "岗位：垃圾分类督导"
    assert_touch_sized(kiosk_window)
    record = records.get_record(done.args[0])
    assert (record.volunteer_id, record.post_id, record.shift_id, record.state) == (
        zhang, kiosk_posts["garbage"], kiosk_posts["shift"], "open")
    assert records.open_record_for(zhang).id == record.id


def test_confirmation_returns_home_by_itself(qtbot, kiosk_window, kiosk_people, kiosk_posts):
    kiosk_window.return_delay_ms = 50
    submit_text(qtbot, kiosk_window, card_code(kiosk_people["李四"]), "person")
    reach(qtbot, kiosk_window, "checked_in", lambda: click(qtbot, post_button(kiosk_window, kiosk_posts["traffic"])))
    reach(qtbot, kiosk_window, "home", lambda: None)
    assert kiosk_window.home.input.text() == "" and kiosk_window.home.input.hasFocus()


def test_phone_tail_on_the_keypad_then_pick_the_name(qtbot, kiosk_window, kiosk_people, kiosk_posts):
    keypad = kiosk_window.home.keypad
    for digit in "80":
        click(qtbot, keypad.keys[digit])
    click(qtbot, keypad.enter_key)
    assert kiosk_window.current_screen == "home"
    assert "4 位" in kiosk_window.home.message.text()  # too short: asked for four digits, nothing looked up
    for digit in "00":
        click(qtbot, keypad.keys[digit])
    assert kiosk_window.home.input.text() == "8000"
    reach(qtbot, kiosk_window, "candidates", lambda: click(qtbot, keypad.enter_key))
    shown = [b.text() for b in kiosk_window.candidates.list.buttons]
    assert len(shown) == 2
    assert any("张三 " in s and "138****8000" in s for s in shown)
    assert any("张三丰" in s and "139****8000" in s for s in shown)
    assert_touch_sized(kiosk_window)
    pick = kiosk_window.candidates.findChild(QPushButton, f"candidate_{kiosk_people['张三丰']}")
    reach(qtbot, kiosk_window, "person", lambda: click(qtbot, pick))
    assert kiosk_window.person.heading.text().startswith("张三丰")
    with qtbot.waitSignal(kiosk_window.checked_in, timeout=WAIT):
        click(qtbot, post_button(kiosk_window, kiosk_posts["traffic"]))
    assert records.open_record_for(kiosk_people["张三丰"]).post_id == kiosk_posts["traffic"]
    assert records.open_record_for(kiosk_people["张三"]) is None


def test_name_typed_with_the_input_method_then_picked(qtbot, kiosk_window, kiosk_people, kiosk_posts):
    type_text(qtbot, kiosk_window.home.input, "李四")
    assert kiosk_window.home.input.text() == "李四"
    reach(qtbot, kiosk_window, "candidates", lambda: click(qtbot, kiosk_window.home.keypad.enter_key))
    assert [b.title.text() for b in kiosk_window.candidates.list.buttons] == ["李四"]
    reach(qtbot, kiosk_window, "person", lambda: click(qtbot, kiosk_window.candidates.list.buttons[0]))
    with qtbot.waitSignal(kiosk_window.checked_in, timeout=WAIT):
        click(qtbot, post_button(kiosk_window, kiosk_posts["garbage"]))
    record = records.open_record_for(kiosk_people["李四"])
    assert record.post_id == kiosk_posts["garbage"] and record.source == "kiosk"


def test_not_me_goes_back_home(qtbot, kiosk_window, kiosk_people):
    submit_text(qtbot, kiosk_window, "8000", "candidates")
    reach(qtbot, kiosk_window, "home", lambda: click(qtbot, kiosk_window.candidates.back_button))
    assert kiosk_window.home.input.text() == ""


@pytest.mark.parametrize("text", ["王小明", "13012345678", "SD-999-ABCD"])
def test_someone_not_on_the_roster_is_sent_to_staff(qtbot, kiosk_window, kiosk_people, text):
    kiosk_window.message_delay_ms = 100
    with qtbot.waitSignal(kiosk_window.message_shown, timeout=WAIT) as shown:
        type_text(qtbot, kiosk_window.home.input, text)
        qtbot.keyClick(kiosk_window.home.input, Qt.Key.Key_Return)
    assert shown.args[0] == "没有找到您的登记信息，请找工作人员登记"
    assert kiosk_window.current_screen == "message"
    assert_touch_sized(kiosk_window)
    reach(qtbot, kiosk_window, "home", lambda: None)  # by itself, after message_delay_ms


# --- check out ----------------------------------------------------------------------------------------------------


def test_check_out_shows_minutes_today_total_and_stars(qtbot, kiosk_window, kiosk_people, kiosk_posts, now, actor):
    zhang = kiosk_people["张三"]
    # 101 approved hours a week ago: one star
    week_ago = now - dt.timedelta(days=7)
    ids = [records.add_record(RecordInput(zhang, kiosk_posts["traffic"], week_ago - dt.timedelta(days=d, hours=21),
                                          week_ago - dt.timedelta(days=d, hours=1)), actor).id for d in range(5)]
    ids.append(records.add_record(RecordInput(zhang, kiosk_posts["traffic"], week_ago, week_ago + dt.timedelta(hours=1)),
                                  actor).id)
    review.approve(ids, actor)
    kiosk.check_in(zhang, kiosk_posts["garbage"], at=now - dt.timedelta(minutes=95))

    submit_text(qtbot, kiosk_window, card_code(zhang), "person")
    start = now - dt.timedelta(minutes=95)
    assert kiosk_window.person.open_text.text() == f"您在“垃圾分类督导”岗位，{start.hour}点{start.minute:02d}分签到"
    assert kiosk_window.person.checkout_button.height() >= 120
    assert_touch_sized(kiosk_window)
    with qtbot.waitSignal(kiosk_window.checked_out, timeout=WAIT) as done:
        click(qtbot, kiosk_window.person.checkout_button)
    summary = done.args[0]
    assert (summary.minutes, summary.today_minutes, summary.approved_minutes, summary.stars) == (95, 95, 101 * 60, 1)
    assert kiosk_window.current_screen == "checked_out"
    text = kiosk_window.summary.text()
    assert "签退成功" in text
    assert kiosk_window.summary.served.text() == "1 小时 35 分"
    assert kiosk_window.summary.today.text() == "1.6 小时"
    assert kiosk_window.summary.total.text() == "101.0 小时"
    assert kiosk_window.summary.stars.text() == "累计志愿服务时长已达到一星志愿者标准（100 小时）"  # as the certificate says it
    assert "★" not in text and "星级" not in text
    assert_touch_sized(kiosk_window)
    assert records.open_record_for(zhang) is None
    assert records.get_record(summary.record.id).state == "pending"


def test_time_on_a_post_that_is_not_service_is_said_plainly(qtbot, kiosk_window, kiosk_people, kiosk_posts, now):
    kiosk_window.summary_delay_ms = 100
    kiosk.check_in(kiosk_people["李四"], kiosk_posts["duty"], at=now - dt.timedelta(minutes=40))
    submit_text(qtbot, kiosk_window, card_code(kiosk_people["李四"]), "person")
    reach(qtbot, kiosk_window, "checked_out", lambda: click(qtbot, kiosk_window.person.checkout_button))
    assert kiosk_window.summary.served.text() == "40 分钟"
    assert kiosk_window.summary.today.text() == "0.0 小时"
    assert "不算志愿服务时长" in kiosk_window.summary.hint.text()
    assert "累计满 100 小时即达到一星志愿者标准" in kiosk_window.summary.hint.text()
    reach(qtbot, kiosk_window, "home", lambda: None)


# --- refusals -----------------------------------------------------------------------------------------------------


def test_checked_in_elsewhere_meanwhile_is_a_friendly_message(qtbot, kiosk_window, kiosk_people, kiosk_posts):
    zhang = kiosk_people["张三"]
    submit_text(qtbot, kiosk_window, card_code(zhang), "person")
    kiosk.check_in(zhang, kiosk_posts["traffic"])  # at the other kiosk, a moment ago
    with qtbot.waitSignal(kiosk_window.message_shown, timeout=WAIT) as shown:
        click(qtbot, post_button(kiosk_window, kiosk_posts["garbage"]))
    assert kiosk_window.current_screen == "message"
    assert "已在“文明交通劝导”签到" in shown.args[0] and "请先签退" in shown.args[0]
    assert "Traceback" not in kiosk_window.message.text.text()
    assert kiosk_window.message.title.text() == "暂时不能办理"
    assert records.open_record_for(zhang).post_id == kiosk_posts["traffic"]
    reach(qtbot, kiosk_window, "home", lambda: click(qtbot, kiosk_window.message.ok_button))


def test_overlap_with_a_record_staff_entered_is_refused(qtbot, kiosk_window, kiosk_people, kiosk_posts, now, actor):
    li = kiosk_people["李四"]
    records.add_record(RecordInput(li, kiosk_posts["traffic"], now - dt.timedelta(minutes=60), now), actor)
    kiosk_window.clock = lambda: now - dt.timedelta(minutes=10)
    submit_text(qtbot, kiosk_window, card_code(li), "person")
    with qtbot.waitSignal(kiosk_window.message_shown, timeout=WAIT) as shown:
        click(qtbot, post_button(kiosk_window, kiosk_posts["garbage"]))
    assert "重叠" in shown.args[0]
    assert records.open_record_for(li) is None


def test_a_double_tap_checks_in_once(qtbot, kiosk_window, kiosk_people, kiosk_posts):
    submit_text(qtbot, kiosk_window, card_code(kiosk_people["李四"]), "person")
    button = post_button(kiosk_window, kiosk_posts["traffic"])
    with qtbot.waitSignal(kiosk_window.checked_in, timeout=WAIT):
        click(qtbot, button)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert kiosk_window.current_screen == "checked_in"


# --- idle, scanning over a result, full screen --------------------------------------------------------------------


def test_idle_kiosk_returns_home_from_any_screen(qtbot, kiosk_window, kiosk_people):
    kiosk_window.idle_timeout_ms = 100
    submit_text(qtbot, kiosk_window, "8000", "candidates")
    reach(qtbot, kiosk_window, "home", lambda: None)
    reach(qtbot, kiosk_window, "pin", lambda: click(qtbot, kiosk_window.top_bar.staff_button))
    reach(qtbot, kiosk_window, "home", lambda: None)


def test_half_typed_text_is_cleared_when_the_kiosk_is_left_alone(qtbot, kiosk_window):
    kiosk_window.idle_timeout_ms = 100
    click(qtbot, kiosk_window.home.keypad.keys["1"])
    assert kiosk_window.home.input.text() == "1"
    qtbot.waitUntil(lambda: kiosk_window.home.input.text() == "", timeout=WAIT)
    assert kiosk_window.current_screen == "home"


def test_a_scan_on_the_confirmation_screen_starts_the_next_person(qtbot, kiosk_window, kiosk_people, kiosk_posts):
    submit_text(qtbot, kiosk_window, card_code(kiosk_people["李四"]), "person")
    reach(qtbot, kiosk_window, "checked_in", lambda: click(qtbot, post_button(kiosk_window, kiosk_posts["traffic"])))
    code = card_code(kiosk_people["张三"])
    qtbot.keyClick(kiosk_window, code[0])  # the scanner's first key lands on the kiosk_window: back to home with it
    assert kiosk_window.current_screen == "home" and kiosk_window.home.input.text() == code[0]
    with qtbot.waitSignal(kiosk_window.screen_changed, timeout=WAIT, check_params_cb=lambda s: s == "person"):
        type_text(qtbot, kiosk_window.home.input, code[1:], clear=False)
        qtbot.keyClick(kiosk_window.home.input, Qt.Key.Key_Return)
    assert kiosk_window.person.heading.text().startswith("张三")


def test_a_scan_after_a_tap_on_the_background_still_reaches_the_field(qtbot, kiosk_window, kiosk_people):
    kiosk_window.setFocus()  # the field lost the focus somehow
    code = card_code(kiosk_people["李四"])
    with qtbot.waitSignal(kiosk_window.screen_changed, timeout=WAIT, check_params_cb=lambda s: s == "person"):
        qtbot.keyClicks(kiosk_window, code)
        qtbot.keyClick(kiosk_window, Qt.Key.Key_Return)
    assert kiosk_window.person.heading.text().startswith("李四")


def test_full_screen_with_large_type(qtbot, kiosk_ctx):
    win = KioskWindow(kiosk_ctx, on_leave=lambda: None)
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


def enter_pin(qtbot, kiosk_window, pin: str) -> bool:
    for digit in pin:
        click(qtbot, kiosk_window.pin.keypad.keys[digit])
    with qtbot.waitSignal(kiosk_window.pin_checked, timeout=WAIT) as answer:
        click(qtbot, kiosk_window.pin.keypad.enter_key)
    return answer.args[0]


def test_wrong_pin_is_refused_and_the_right_one_leaves(qtbot, kiosk_window, actor, left):
    set_kiosk_pin("2468", actor)
    reach(qtbot, kiosk_window, "pin", lambda: click(qtbot, kiosk_window.top_bar.staff_button))
    assert kiosk_window.pin.input.echoMode() == kiosk_window.pin.input.EchoMode.Password
    assert_touch_sized(kiosk_window)
    assert enter_pin(qtbot, kiosk_window, "1234") is False
    assert kiosk_window.current_screen == "pin" and left == []
    assert kiosk_window.pin.message.text() == "PIN 不对，请再试一次"
    assert kiosk_window.pin.input.text() == ""
    assert enter_pin(qtbot, kiosk_window, "2468") is True
    assert left == [True]


def test_pin_cancel_goes_back_to_check_in(qtbot, kiosk_window, actor, left):
    set_kiosk_pin("2468", actor)
    reach(qtbot, kiosk_window, "pin", lambda: click(qtbot, kiosk_window.top_bar.staff_button))
    reach(qtbot, kiosk_window, "home", lambda: click(qtbot, kiosk_window.pin.cancel_button))
    assert left == []


def test_too_many_wrong_pins_wait_and_the_wait_outlives_a_restart(qtbot, kiosk_window, kiosk_ctx, actor, left):
    set_kiosk_pin("2468", actor)
    reach(qtbot, kiosk_window, "pin", lambda: click(qtbot, kiosk_window.top_bar.staff_button))
    for _ in range(4):
        assert enter_pin(qtbot, kiosk_window, "1111") is False
        assert kiosk_window.pin.message.text() == "PIN 不对，请再试一次"
    assert enter_pin(qtbot, kiosk_window, "1111") is False
    assert kiosk_window.pin.message.text() == "错误次数太多，请 1 分钟后再试"
    assert enter_pin(qtbot, kiosk_window, "2468") is False  # even the right PIN waits
    assert left == []
    # switched off and on again: a new kiosk on the same database still makes whoever is there wait
    kiosk_window.close()
    again = KioskWindow(kiosk_ctx, on_leave=lambda: left.append(True))
    qtbot.addWidget(again)
    again.show()
    reach(qtbot, again, "pin", lambda: click(qtbot, again.top_bar.staff_button))
    assert enter_pin(qtbot, again, "2468") is False and "后再试" in again.pin.message.text()
    assert left == []


def test_without_a_pin_configured_staff_are_let_out(qtbot, kiosk_window, left):
    reach(qtbot, kiosk_window, "pin", lambda: click(qtbot, kiosk_window.top_bar.staff_button))
    assert enter_pin(qtbot, kiosk_window, "0000") is True
    assert left == [True]


def test_a_check_out_at_the_kiosk_reaches_the_review_queue_on_screen(qtbot, kiosk_window, kiosk_ctx, kiosk_people,
                                                                     kiosk_posts, now):
    """The kiosk's check-out flows through the window's one change signal: the review page that staff
    have open shows it without anyone pressing refresh."""
    from station_app.gui.main_window import MainWindow

    window = MainWindow(kiosk_ctx)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.pages.indexOf(window.review_page))
    qtbot.waitUntil(lambda: window.review_page.model.rowCount() == 0 and window.review_page.isVisible(), timeout=WAIT)
    zhang = kiosk_people["张三"]
    kiosk.check_in(zhang, kiosk_posts["garbage"], at=now - dt.timedelta(minutes=95))
    submit_text(qtbot, kiosk_window, card_code(zhang), "person")
    with qtbot.waitSignal(window.review_page.loaded, timeout=WAIT) as shown:
        click(qtbot, kiosk_window.person.checkout_button)
    assert shown.args == [1]
    assert [r.volunteer_name for r in window.review_page.model.rows] == ["张三"]
    assert window.review_page.model.rows[0].state == "pending"


def test_the_home_page_follows_a_check_in_and_out_at_the_kiosk(qtbot, kiosk_window, kiosk_ctx, kiosk_people,
                                                              kiosk_posts, now):
    """首页 is what staff see on logging in: a volunteer checking in at the kiosk appears on it as on post,
    counted in today's check-ins; checking out moves the record to the review count."""
    from station_app.gui.main_window import MainWindow

    window = MainWindow(kiosk_ctx)
    qtbot.addWidget(window)
    home = window.home_page
    with qtbot.waitSignal(home.loaded, timeout=WAIT):
        window.show()
    assert window.pages.currentWidget() is home and window.nav.currentItem().text() == "首页"
    assert home.on_post.value.text() == "0 人" and home.checkins.value.text() == "0 人次"
    assert "现在没有人在岗" in home.on_post.detail.text()
    assert "垃圾分类督导" in home.shifts.detail.text()  # today's shift, no limit set
    zhang = kiosk_people["张三"]
    submit_text(qtbot, kiosk_window, card_code(zhang), "person")
    with qtbot.waitSignal(home.loaded, timeout=WAIT):
        click(qtbot, post_button(kiosk_window, kiosk_posts["garbage"]))
    assert home.on_post.value.text() == "1 人"
    assert "张三" in home.on_post.detail.text() and "垃圾分类督导" in home.on_post.detail.text()
    assert home.checkins.value.text() == "1 人次" and home.review.value.text() == "0 条"
    reach(qtbot, kiosk_window, "home", lambda: click(qtbot, kiosk_window.checked_in_screen.ok_button))
    kiosk_window.clock = lambda: now + dt.timedelta(minutes=90)  # back after an hour and a half
    submit_text(qtbot, kiosk_window, card_code(zhang), "person")
    with qtbot.waitSignal(home.loaded, timeout=WAIT):
        click(qtbot, kiosk_window.person.checkout_button)
    assert home.on_post.value.text() == "0 人"
    assert home.review.value.text() == "1 条" and home.checkins.value.text() == "1 人次"
    with qtbot.waitSignal(window.review_page.loaded, timeout=WAIT):
        qtbot.mouseClick(home.review, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.review_page
