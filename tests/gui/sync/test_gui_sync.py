"""The 平台同步 page, the status bar and the background scheduler, against a real platform on loopback.

No mocks: the reference PlatformServer answers, and the window is driven the
way staff drive it. Every test leaves no network thread and no running timer.
"""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from station_app.db.models import OutboxItem, Volunteer
from station_app.gui.net_worker import THREAD_NAME
from station_app.gui.sync.scheduler import SyncScheduler
from station_app.hours import records
from station_app.hours.records import RecordInput
from station_app.sync.setup import save_sync_settings
from support.gui import confirm, type_text
from support.hours import DAY, at
from support.sync import FAST, STATION, TOKEN, approve_days


@pytest.fixture(autouse=True)
def quick_scheduler(monkeypatch):
    """Private token file; a scheduler that reacts at once and never starts a sync by itself at start-up."""
    monkeypatch.setenv("STATION_APP_NO_KEYRING", "1")
    monkeypatch.setattr(SyncScheduler, "CHANGE_DELAY_MS", 50)
    monkeypatch.setattr(SyncScheduler, "STARTUP_DELAY_MS", 600_000)
    monkeypatch.setattr(SyncScheduler, "PING_INTERVAL_MS", 100)
    yield
    assert [t.name for t in threading.enumerate() if t.name == THREAD_NAME] == [], "network thread left running"


@pytest.fixture
def platform_settings(ctx, actor, platform):
    save_sync_settings(ctx.data_dir, actor, platform.url, STATION, TOKEN)
    return platform


@pytest.fixture
def scheduler(window):
    sched = window.sync_scheduler
    sched.policy = FAST
    timers = (sched.interval_timer, sched.ping_timer, sched.soon_timer)
    yield sched
    for timer in timers:  # closed with the window by now
        try:
            assert not timer.isActive(), "a sync timer is still running"
        except RuntimeError:  # already deleted with the window: stopped
            pass


def open_page(qtbot, window):
    page = window.sync_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.nav.setCurrentRow(window.pages.indexOf(page))
    return page


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sync_and_wait(qtbot, page, signal="finished"):
    with qtbot.waitSignal(page.loaded, timeout=10000):
        with qtbot.waitSignal(getattr(page.scheduler, signal), timeout=10000):
            click(qtbot, page.sync_button)


def test_sync_now_sends_everything_and_the_page_shows_it(qtbot, platform_settings, people, posts, actor, window,
                                                         scheduler):
    approve_days(people[:2], posts.garbage, actor, days=2)
    three_days_ago = (dt.datetime.now().astimezone() - dt.timedelta(days=3, hours=1)).isoformat(timespec="seconds")
    OutboxItem.update(created_at=three_days_ago).execute()
    page = open_page(qtbot, window)
    assert window.nav.currentItem().text() == "平台同步"
    assert page.pending.text() == "4 条（最早一条已等待 3 天）"
    assert page.last_success.text() == "从未" and page.state_title.text() == "等待同步"
    assert window.sync_indicator.text() == "平台：待上传 4 条"
    assert page.sync_button.isVisible() and not page.export_button.isVisible()

    sync_and_wait(qtbot, page)
    assert len(platform_settings.store.records(STATION)) == 4
    assert page.pending.text() == "没有待上传的记录" and page.state_title.text() == "已连接"
    assert page.last_success.text().startswith(f"{dt.datetime.now():%Y-%m-%d} ")
    assert "平台接收 4 条" in page.last_run.text()
    model = page.batch_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(1, 6)] == ["服务记录", "4", "4", "0", "已确认"]
    assert window.sync_indicator.text() == "平台：已同步"
    assert not page.clock.isVisible()


def test_a_rejected_record_shows_its_reason_and_goes_again_once_fixed(qtbot, platform_settings, people, posts, actor,
                                                                      ctx, window, scheduler):
    platform_settings.faults.clock_offset_seconds = 3600  # the kiosk's clock is an hour slow: warned, records still go
    approve_days(people[:2], posts.garbage, actor, days=1)
    good = Volunteer.get_by_id(people[0].id).id_number
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")  # typed into an old version with a wrong check character
    Volunteer.update(id_number=bad).where(Volunteer.id == people[0].id).execute()
    page = open_page(qtbot, window)
    sync_and_wait(qtbot, page)
    assert page.clock.isVisible() and "本机时钟比平台慢 60 分钟" in page.clock.text()
    model = page.rejected_model
    assert model.rowCount() == 1 and page.rejected_box.title() == "平台拒收的记录（1 条）"
    row = [model.index(0, c).data() for c in range(6)]
    assert row[0] == people[0].name and "08:00–10:00" in row[1] and row[2] == "上传记录"
    assert row[3] == "bad_id_number" and "校验位" in row[5]
    assert bad not in row[5] and bad[:6] + "********" + bad[-4:] in row[5]  # the platform quoted it whole
    assert "更正" in page.findChild(QLabel, "sync_rejected_hint").text()
    assert window.sync_indicator.text() == "平台：已同步，拒收 1 条"

    page.rejected_table.selectRow(0)
    ctx.role = "operator"  # the core refuses; its own words are shown
    click(qtbot, page.requeue_button)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "notification") is not None, timeout=5000)
    told = page.findChild(QMessageBox, "notification")
    assert "只有站长（管理员）可以重新提交" in told.text()
    told.close()
    ctx.role = "admin"

    Volunteer.update(id_number=good).where(Volunteer.id == people[0].id).execute()  # fixed on the roster
    with qtbot.waitSignal(scheduler.finished, timeout=10000):
        with qtbot.waitSignal(page.requeued, timeout=5000):
            click(qtbot, page.requeue_button)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)
    assert len(platform_settings.store.records(STATION)) == 2
    assert page.rejected_box.title() == "平台拒收的记录（0 条）"


def test_the_window_answers_while_the_platform_holds_its_answer(qtbot, platform_settings, people, posts, actor,
                                                                window, scheduler):
    hold, committed = threading.Event(), threading.Event()
    platform_settings.faults.hold_after_commit = hold
    platform_settings.faults.on_commit = lambda _batch: committed.set()
    approve_days(people, posts.garbage, actor, days=1)
    page = open_page(qtbot, window)
    try:
        click(qtbot, page.sync_button)
        qtbot.waitUntil(committed.is_set, timeout=10000)
        assert scheduler.running and not page.sync_button.isEnabled()
        assert page.state_title.text() == "正在同步…" and window.sync_indicator.text() == "平台：正在同步…"
        tick = QTimer()
        tick.setSingleShot(True)
        with qtbot.waitSignal(tick.timeout, timeout=1000):
            tick.start(20)
        window.show_page(window.roster_page)
        roster = window.roster_page
        with qtbot.waitSignal(roster.results_shown, timeout=3000) as shown:
            type_text(qtbot, roster.search, "张三")
        assert shown.args[0] >= 1 and scheduler.running  # the database worker answered; the sync still waits
    finally:
        hold.set()
    qtbot.waitUntil(lambda: not scheduler.running, timeout=10000)
    assert len(platform_settings.store.records(STATION)) == 4
    assert window.sync_indicator.text() == "平台：已同步"


def test_a_revoked_token_stops_sync_and_says_what_to_do(qtbot, platform_settings, people, posts, actor, window,
                                                        scheduler):
    approve_days(people[:1], posts.garbage, actor, days=1)
    platform_settings.revoke_token(TOKEN)
    page = open_page(qtbot, window)
    sync_and_wait(qtbot, page, "failed")
    assert page.state_title.text() == "同步已停止"
    assert "令牌" in page.state_detail.text() and "设置 → 平台同步" in page.state_detail.text()
    assert page.pending.text().startswith("1 条")
    assert window.sync_indicator.text() == "平台：同步已停止"
    assert not scheduler.ping_timer.isActive()  # nothing to wait for: staff must act


def test_another_sync_in_progress_is_not_an_error(qtbot, platform_settings, people, posts, actor, ctx, window,
                                                   scheduler):
    import filelock

    approve_days(people[:1], posts.garbage, actor, days=1)
    page = open_page(qtbot, window)
    other = filelock.FileLock(str(ctx.data_dir / "sync.lock"), timeout=0)  # e.g. the sync command from a scheduled task
    other.acquire()
    try:
        sync_and_wait(qtbot, page, "failed")
    finally:
        other.release()
    assert page.state_title.text() == "等待同步" and "另一个同步正在进行" in page.last_run.text()
    assert window.sync_indicator.text() == "平台：待上传 1 条" and not scheduler.ping_timer.isActive()


def test_closing_the_window_mid_sync_neither_hangs_nor_loses_records(qtbot, platform_settings, people, posts, actor,
                                                                     window, scheduler, monkeypatch):
    monkeypatch.setattr(SyncScheduler, "STOP_WAIT_SECONDS", 0.2)
    hold, committed = threading.Event(), threading.Event()
    platform_settings.faults.hold_after_commit = hold
    platform_settings.faults.on_commit = lambda _batch: committed.set()
    from station_app.db.models import SigningKey

    # an earlier sync registered the station's signing key: the commit held here is the records' batch
    SigningKey.update(registered_at="2026-12-01T08:00:00+08:00").where(SigningKey.own == True).execute()  # noqa: E712
    approve_days(people[:2], posts.garbage, actor, days=1)
    try:
        scheduler.sync_now()
        qtbot.waitUntil(committed.is_set, timeout=10000)
        began = time.monotonic()
        window.close()
        assert time.monotonic() - began < 2
        assert not any(t.isActive() for t in (scheduler.interval_timer, scheduler.ping_timer, scheduler.soon_timer))
    finally:
        hold.set()  # the platform answers after all; the abandoned thread stores the ack and ends
    qtbot.waitUntil(lambda: not any(t.name == THREAD_NAME for t in threading.enumerate()), timeout=10000)
    assert len(platform_settings.store.records(STATION)) == 2
    assert OutboxItem.select().where(OutboxItem.state == "done").count() == 2


def test_without_a_platform_records_are_exported_and_marked_uploaded(qtbot, people, posts, actor, window, scheduler,
                                                                      tmp_path, monkeypatch):
    approve_days(people[:2], posts.garbage, actor, days=1)
    page = open_page(qtbot, window)
    assert page.state_title.text() == "未设置平台" and "手工上传" in page.state_detail.text()
    assert not page.sync_button.isVisible() and page.export_button.isVisible()
    assert window.sync_indicator.text() == "平台：未设置，待手工上传 2 条"
    target = tmp_path / "待上传"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "confirm_uploaded") is not None, timeout=5000)
    box = page.findChild(QMessageBox, "confirm_uploaded")
    assert box.windowTitle() == "已在平台上传这些记录？" and "2 条" in box.text()
    later = records.add_record(RecordInput(people[2].id, posts.garbage.id, at("08:00"), at("09:00")), actor).id
    from station_app.hours import review

    review.approve([later], actor)  # approved after the export: it must stay waiting
    with qtbot.waitSignal(page.manual.marked, timeout=5000) as marked:
        click(qtbot, page.manual.yes)
    assert marked.args == [2]
    qtbot.waitUntil(lambda: page.pending.text().startswith("1 条"), timeout=5000)
    assert OutboxItem.select().where(OutboxItem.state == "manual").count() == 2
    assert OutboxItem.get(OutboxItem.record == later).state == "pending"
    assert "已手工上传 2 条" in page.other.text()
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "待上传.xlsx").active
    assert sheet.max_row == 3 and sheet.cell(1, 4).value == "姓名"
    assert window.sync_indicator.text() == "平台：未设置，待手工上传 1 条"


def test_an_approval_starts_a_sync(qtbot, platform_settings, people, posts, actor, window, scheduler):
    rec = records.add_record(RecordInput(people[0].id, posts.garbage.id, at("08:00"), at("10:00")), actor)
    page = window.review_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page(window.review_page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.day_from.setDate(DAY)
    page.table.selectRow(0)
    assert page.selected()[0].id == rec.id
    with qtbot.waitSignal(scheduler.finished, timeout=10000):
        click(qtbot, page.approve_button)
        confirm(qtbot, page)
    assert [r["name"] for r in platform_settings.store.records(STATION)] == [people[0].name]


def test_sync_resumes_by_itself_when_the_network_comes_back(qtbot, platform_settings, people, posts, actor, window,
                                                            scheduler):
    approve_days(people[:1], posts.garbage, actor, days=1)
    platform_settings.stop()
    page = open_page(qtbot, window)
    sync_and_wait(qtbot, page, "failed")
    assert page.state_title.text() == "无法连接" and "平台暂时无法连接" in page.state_detail.text()
    assert window.sync_indicator.text() == "平台：离线（记录保存在本机）"
    assert scheduler.ping_timer.isActive()
    with qtbot.waitSignal(scheduler.finished, timeout=10000):
        platform_settings.start()  # same port: the network is back
    assert len(platform_settings.store.records(STATION)) == 1
    assert not scheduler.ping_timer.isActive()
    qtbot.waitUntil(lambda: page.state_title.text() == "已连接", timeout=5000)


def open_settings(qtbot, window):
    window.settings_dialog = None
    window.open_settings()
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None
                    and window.settings_dialog.isVisible(), timeout=5000)
    dialog = window.settings_dialog
    dialog.tabs.setCurrentWidget(dialog.sync_tab)
    return dialog


def test_an_administrator_sets_up_the_platform_in_the_settings(qtbot, people, posts, actor, ctx, window, scheduler,
                                                               platform):
    from station_app import config
    from station_app.station import settings
    from station_app.sync.token_store import load_token

    approve_days(people[:1], posts.garbage, actor, days=1)
    dialog = open_settings(qtbot, window)
    tab = dialog.sync_tab
    assert tab.station.placeholderText() == ctx.profile.code
    assert tab.token.echoMode() == tab.token.EchoMode.Password
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    type_text(qtbot, tab.url, "http://platform.example.cn")
    type_text(qtbot, tab.token, TOKEN)
    click(qtbot, save)
    assert dialog.isVisible() and "https://" in tab.url_row.error.text()
    assert settings.get(config.SYNC_URL) == ""

    type_text(qtbot, tab.url, platform.url)
    tab.interval.setValue(15)
    ctx.role = "operator"  # someone else's session: the core refuses, the dialog keeps what was typed
    click(qtbot, save)
    qtbot.waitUntil(lambda: "只有站长" in dialog.error.text(), timeout=5000)
    assert dialog.isVisible() and tab.url.text() == platform.url and tab.token.text() == TOKEN
    assert settings.get(config.SYNC_URL) == "" and load_token(ctx.data_dir) == ""
    ctx.role = "admin"

    with qtbot.waitSignal(scheduler.finished, timeout=10000):  # saving the settings starts a sync
        click(qtbot, save)
    assert settings.get(config.SYNC_URL) == platform.url and settings.get(config.SYNC_INTERVAL_MINUTES) == 15
    assert load_token(ctx.data_dir) == TOKEN
    assert scheduler.interval_timer.interval() == 15 * 60_000 and scheduler.interval_timer.isActive()
    assert len(platform.store.records(STATION)) == 1

    dialog = open_settings(qtbot, window)  # the stored token is kept when the field is left empty
    assert dialog.sync_tab.token.text() == "" and dialog.sync_tab.token.placeholderText() == "已保存，不修改请留空"
    assert dialog.sync_tab.url.text() == platform.url
    dialog.reject()


def test_a_batch_refused_as_a_whole_is_sent_again_from_the_history(qtbot, platform_settings, people, posts, actor,
                                                                   window, scheduler):
    approve_days(people[:2], posts.garbage, actor, days=1)
    platform_settings.faults.fail_next = [400]
    page = open_page(qtbot, window)
    sync_and_wait(qtbot, page)
    model = page.batch_model
    assert model.index(0, 5).data() == "已暂停（平台拒收整批）" and not page.release_button.isEnabled()
    page.batch_table.selectRow(0)
    assert page.release_button.isEnabled()
    with qtbot.waitSignal(scheduler.finished, timeout=10000):
        click(qtbot, page.release_button)
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    assert len(platform_settings.store.records(STATION)) == 2
    assert sorted(model.index(r, 5).data() for r in range(2)) == ["已改用新批次重发", "已确认"]


def press_test_connection(qtbot, tab, slow: bool = False) -> tuple[bool, str]:
    with qtbot.waitSignal(tab.checked, timeout=20000) as blocker:
        click(qtbot, tab.test_button)
        if slow:  # the platform takes its time: the window shows it is waiting, and stays responsive
            assert not tab.test_button.isEnabled() and tab.test_result.text() == "正在连接平台…"
    assert tab.test_button.isEnabled() and tab.test_result.text() == blocker.args[1]
    return blocker.args[0], blocker.args[1]


def test_test_connection_says_in_one_line_what_is_wrong(qtbot, people, actor, ctx, window, scheduler, platform,
                                                        tls_certificates):
    from support.nginx import Nginx

    platform.add_station("BJ-HD-0002", "海淀某社区志愿服务站", "other-token")
    dialog = open_settings(qtbot, window)
    tab = dialog.sync_tab
    type_text(qtbot, tab.station, STATION)
    type_text(qtbot, tab.url, platform.url)
    type_text(qtbot, tab.token, TOKEN)
    platform.faults.delay = 0.5  # the window keeps answering while the platform takes its time
    ok, message = press_test_connection(qtbot, tab, slow=True)
    assert ok and message == "连接正常：平台已认出本站“朝西社区志愿服务站”（BJ-CY-0001）。"
    platform.faults.delay = 0
    type_text(qtbot, tab.token, "not-the-token")
    assert press_test_connection(qtbot, tab) == (False, "平台可以连通，但令牌错误或已被吊销：请向平台索取本站的新令牌。")
    type_text(qtbot, tab.token, "other-token")
    assert "属于另一个站点" in press_test_connection(qtbot, tab)[1]
    platform.faults.captive_portal = True
    assert "认证页面" in press_test_connection(qtbot, tab)[1]
    platform.faults.captive_portal = False
    platform.faults.protocol_version = 2
    assert "升级 Station Desk" in press_test_connection(qtbot, tab)[1]
    platform.faults.protocol_version = 1
    type_text(qtbot, tab.url, "http://127.0.0.1:9")  # nothing listens there
    assert press_test_connection(qtbot, tab)[1].startswith("连不上平台")
    proxy = Nginx(tls_certificates, platform.url, names=("self-signed", "good"))
    try:
        type_text(qtbot, tab.token, TOKEN)
        type_text(qtbot, tab.url, proxy.url("self-signed"))
        assert press_test_connection(qtbot, tab)[1].startswith("平台证书不受信任：")
        type_text(qtbot, tab.url, proxy.url("good"))
        type_text(qtbot, tab.ca_file, str(tls_certificates.ca))
        ok, message = press_test_connection(qtbot, tab)
        assert ok and "连接正常" in message
    finally:
        proxy.stop()
    dialog.reject()
