"""Starting the app: first-start profile, one instance per folder, unusable folders, settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from station_app import config
from station_app.audit.log import entries_for
from station_app.changes import Kind
from station_app.db import close_database
from station_app.gui.app import StartRefused, start
from station_app.gui.first_run_dialog import FirstRunDialog
from station_app.gui.main_window import MainWindow
from station_app.station import settings
from station_app.station.profile import load_profile
from support.gui import touches, type_text


def fill_profile(qtbot, form, **values):
    for key, text in values.items():
        type_text(qtbot, form.edits[key], text)


GOOD = dict(name="朝西社区志愿服务站", code="bj-cy-0001", organisation="朝西社区居民委员会",
            person_in_charge="王建国", phone="010-85551234", address="朝西路18号")


def test_first_start_asks_for_the_profile_and_the_admin_account(qtbot):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted
    assert dialog.form.rows["name"].error.text() == "必填"
    assert "必填" in dialog.name_row.error.text() and "至少 6 个字符" in dialog.password_row.error.text()
    password_at = dialog.admin_password.mapTo(dialog, dialog.admin_password.rect().topLeft()).y()
    fill_profile(qtbot, dialog.form, name=GOOD["name"])  # one field fixed: the others stay marked
    assert dialog.form.rows["name"].error.text() == "" and dialog.form.rows["organisation"].error.text() == "必填"
    fill_profile(qtbot, dialog.form, **{**GOOD, "code": "朝西"})
    type_text(qtbot, dialog.admin_name, "王建国")
    assert dialog.name_row.error.text() == "" and "至少 6 个字符" in dialog.password_row.error.text()
    assert dialog.admin_password.mapTo(dialog, dialog.admin_password.rect().topLeft()).y() == password_at  # no jump
    type_text(qtbot, dialog.admin_password, "zhanzhang-1")
    type_text(qtbot, dialog.admin_again, "zhanzhang-2")
    assert "只能包含字母" in dialog.form.rows["code"].error.text()
    fill_profile(qtbot, dialog.form, code="bj-cy-0001")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted
    assert dialog.again_row.error.text() == "两次输入的密码不一样" and dialog.password_row.error.text() == ""
    type_text(qtbot, dialog.admin_again, "zhanzhang-1")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.result_profile.code == "BJ-CY-0001"
    assert (dialog.result_admin_name, dialog.result_password) == ("王建国", "zhanzhang-1")


def test_first_start_saves_the_profile_and_the_admin_together(data_dir):
    from station_app.changes import Kind
    from station_app.staff.accounts import list_staff, log_in
    from station_app.station.profile import StationProfile, load_profile
    from station_app.station_setup import create_station

    ctx, lock = start(data_dir)
    try:
        admin = create_station("王建国", "zhanzhang-1", StationProfile(**GOOD))
        assert admin.is_admin and load_profile().code == "BJ-CY-0001"
        assert admin.changes.touches(Kind.STAFF) and admin.changes.touches(Kind.STATION)
        assert [s.name for s in list_staff()] == ["王建国"] and log_in("王建国", "zhanzhang-1").is_admin
        assert entries_for("station", 1)[-1]["actor"] == "王建国"
    finally:
        ctx.tasks.shutdown()
        close_database()
        lock.release()


def test_second_start_on_the_same_folder_is_refused(data_dir):
    first = start(data_dir)
    assert not isinstance(first, StartRefused)
    ctx, lock = first
    try:
        second = start(data_dir)
        assert isinstance(second, StartRefused) and second.already_running and "已在使用" in second.message
    finally:
        ctx.tasks.shutdown()
        close_database()
        lock.release()
    third = start(data_dir)
    assert not isinstance(third, StartRefused)
    third[0].tasks.shutdown()
    close_database()
    third[1].release()


def test_unusable_data_folder_gives_a_message(tmp_path):
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    message = start(not_a_folder)
    assert isinstance(message, StartRefused) and str(not_a_folder) in message.message
    assert not message.already_running
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / config.DB_FILENAME).write_bytes(b"this is not sqlite" * 100)
    message = start(junk)
    assert isinstance(message, StartRefused) and "不是 Station Desk 数据库" in message.message


@pytest.fixture
def started(data_dir, actor):
    from station_app.demo import DEMO_STATION
    from station_app.station.profile import save_profile

    result = start(data_dir)
    ctx, lock = result
    ctx.profile = save_profile(DEMO_STATION, actor)
    ctx.operator, ctx.role = "李站长", "admin"
    yield ctx
    ctx.tasks.shutdown()
    close_database()
    lock.release()


def test_settings_change_profile_staff_and_idle_lock(qtbot, started):
    from station_app.staff.accounts import create_first_admin, list_staff, log_in

    create_first_admin("李站长", "zhanzhang-1")
    win = MainWindow(started)
    qtbot.addWidget(win)
    win.show()
    assert "朝西社区志愿服务站" in win.windowTitle()
    assert win.operator_label.text() == "当前登录：李站长（站长）"
    win.open_settings()
    qtbot.waitUntil(lambda: getattr(win, "settings_dialog", None) is not None, timeout=5000)
    dialog = win.settings_dialog
    fill_profile(qtbot, dialog.form, person_in_charge="赵站长")
    assert dialog.idle_minutes.value() == config.IDLE_LOCK_MINUTES.default
    dialog.idle_minutes.setValue(3)
    panel = dialog.staff
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    with qtbot.waitSignal(panel.changed, timeout=5000):
        panel.create("周值班", "operator", "zhouzhiban")
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=5000)
    with qtbot.waitSignal(started.changes.changed, timeout=5000, check_params_cb=touches(Kind.STATION)):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert load_profile().person_in_charge == "赵站长"
    assert settings.get(config.IDLE_LOCK_MINUTES) == 3
    qtbot.waitUntil(lambda: win.idle.timer.interval() == 3 * 60_000, timeout=5000)
    assert [(s.name, s.role) for s in list_staff()] == [("李站长", "admin"), ("周值班", "operator")]
    assert log_in("周值班", "zhouzhiban").role == "operator"
    change = entries_for("station", 1)[-1]
    assert change["before"] == {"person_in_charge": "王建国"} and change["after"] == {"person_in_charge": "赵站长"}
    assert change["actor"] == "李站长"


def test_settings_offer_the_star_standards_by_name_and_a_custom_list(qtbot, started):
    from station_app.hours.totals import star_thresholds

    win = MainWindow(started)
    qtbot.addWidget(win)
    win.show()
    win.open_settings()
    qtbot.waitUntil(lambda: getattr(win, "settings_dialog", None) is not None, timeout=5000)
    dialog = win.settings_dialog
    assert dialog.star_preset.currentData() == "beijing" and dialog.thresholds.isReadOnly()
    assert dialog.thresholds.text() == "100,300,600,1000,1500"
    dialog.star_preset.setCurrentIndex(dialog.star_preset.findData("older"))
    assert dialog.thresholds.text() == "100,200,500,800,1000" and dialog.thresholds.isReadOnly()
    with qtbot.waitSignal(started.changes.changed, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert settings.get(config.STAR_PRESET) == "older" and star_thresholds() == [100, 200, 500, 800, 1000]

    win.settings_dialog = None
    win.open_settings()
    qtbot.waitUntil(lambda: getattr(win, "settings_dialog", None) is not None, timeout=5000)
    dialog = win.settings_dialog
    assert dialog.star_preset.currentData() == "older"
    dialog.star_preset.setCurrentIndex(dialog.star_preset.findData("custom"))
    assert not dialog.thresholds.isReadOnly()
    dialog.thresholds.setText("300,100")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "从小到大" in dialog.thresholds_row.error.text() and dialog.isVisible()
    dialog.thresholds.setText("50，150,400")
    with qtbot.waitSignal(started.changes.changed, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert settings.get(config.STAR_PRESET) == "custom" and star_thresholds() == [50, 150, 400]


def test_closing_the_window_while_its_reads_are_queued_raises_nothing(qtbot, ctx):
    """Settings saved, window closed at once: the font-size and idle-lock answers find no window and are dropped."""
    import threading

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    win = MainWindow(ctx)  # not handed to qtbot: this test deletes it itself
    with qtbot.waitSignal(win.roster_page.results_shown, timeout=5000):
        win.show()
    gate = threading.Event()
    ctx.tasks.submit_db(gate.wait, lambda value, error: None)  # holds the worker so the next reads queue behind it
    win._read_font_size()
    win._read_idle_minutes()
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gate.set()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)  # the answers were delivered to nobody, quietly


def test_an_answer_for_a_closed_dialog_is_dropped_whatever_shape_its_callback_has(qtbot, ctx):
    """A method, a partial of one, a lambda using the dialog: none is called once the dialog is deleted."""
    import threading
    from functools import partial

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QLabel

    label = QLabel()
    called = []
    gate = threading.Event()
    ctx.tasks.submit_db(gate.wait, lambda value, error: None)  # the reads below wait in the queue
    ctx.db(lambda: "x").success(label.setText).start()
    ctx.db(lambda: "y").success(partial(label.setProperty, "answer")).start()
    ctx.db(lambda: "z").success(lambda text: called.append(label.text() + text)).start()
    label.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gate.set()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    assert called == []
