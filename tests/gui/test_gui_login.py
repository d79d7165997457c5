"""Log-in, lockout after wrong passwords, idle lock, and what an operator's window offers (driven with qtbot)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

from station_app.audit.log import entries_for
from station_app.gui.login_dialog import LoginDialog
from station_app.gui.main_window import MainWindow
from station_app.roster.service import add_volunteer
from station_app.staff.accounts import create_first_admin, create_staff
from support.core import adult_input
from support.gui import log_in_with


@pytest.fixture
def login_staff(ctx):
    admin = create_first_admin("测试值班员", "zhanzhang-1")  # the ctx fixture's name: it is logged in as admin
    operator = create_staff("赵值班", "operator", "zhaozhiban", admin.actor())
    return admin, operator


@pytest.fixture
def person(ctx, actor):
    return add_volunteer(adult_input(), actor)


@pytest.fixture
def win(qtbot, ctx, login_staff, person):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.roster_page.results_shown, timeout=5000):
        window.show()
    window.show_page(window.roster_page)  # the window opens on 首页
    return window


def login_dialog(qtbot, ctx, **kw) -> LoginDialog:
    dialog = LoginDialog(ctx, None, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_log_in_with_the_right_password(qtbot, ctx, login_staff):
    dialog = login_dialog(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.name.count() == 2, timeout=5000)
    assert [dialog.name.itemText(i) for i in range(2)] == ["测试值班员", "赵值班"]
    with qtbot.waitSignal(dialog.logged_in, timeout=5000) as got:
        log_in_with(qtbot, dialog, "赵值班", "zhaozhiban")
    assert got.args[0].name == "赵值班" and got.args[0].role == "operator"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_empty_password_is_not_sent(qtbot, ctx, login_staff):
    dialog = login_dialog(qtbot, ctx, names=["赵值班"])
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "请输入密码" and dialog.isVisible()


def test_five_wrong_passwords_make_the_account_wait_even_after_a_restart(qtbot, ctx, login_staff):
    dialog = login_dialog(qtbot, ctx, names=["测试值班员", "赵值班"])
    for n in range(1, 5):
        with qtbot.waitSignal(dialog.failed, timeout=5000) as got:
            log_in_with(qtbot, dialog, "赵值班", f"wrong-{n}")
        assert f"再错 {5 - n} 次" in got.args[0] and dialog.login_button.isEnabled()
    with qtbot.waitSignal(dialog.failed, timeout=5000) as got:
        log_in_with(qtbot, dialog, "赵值班", "wrong-5")
    assert "1 分钟" in got.args[0] and dialog.waiting
    assert not dialog.login_button.isEnabled() and "请等待" in dialog.login_button.text()
    assert dialog.password.text() == ""
    dialog.close()
    # a new log-in screen (the program restarted) still refuses the right password
    again = login_dialog(qtbot, ctx, names=["测试值班员", "赵值班"])
    with qtbot.waitSignal(again.failed, timeout=5000) as got:
        log_in_with(qtbot, again, "赵值班", "zhaozhiban")
    assert "过多" in got.args[0] and again.waiting
    # another account is not affected
    again.name.setCurrentText("测试值班员")
    assert again.login_button.isEnabled() and not again.waiting
    with qtbot.waitSignal(again.logged_in, timeout=5000):
        log_in_with(qtbot, again, "测试值班员", "zhanzhang-1")


def test_idle_time_locks_to_the_log_in_screen_and_the_next_person_logs_in(qtbot, win, ctx):
    from station_app.gui.volunteer_dialog import VolunteerDialog

    win.roster_page.table.selectRow(0)
    win.roster_page.edit_selected()
    editor = win.roster_page.dialog
    qtbot.waitUntil(editor.isEnabled, timeout=5000)
    assert isinstance(editor, VolunteerDialog) and editor.isVisible()
    win.idle.set_interval_ms(150)
    qtbot.waitUntil(lambda: win.login_dialog is not None, timeout=5000)
    dialog = win.login_dialog
    assert not win.isVisible() and dialog.isVisible() and dialog.locked_note.isVisible()
    assert not isValid(editor) or not editor.isVisible()  # the open dialog (with a person's data) was closed
    qtbot.waitUntil(lambda: entries_for("staff", 1) and entries_for("staff", 1)[-1]["action"] == "staff.logout",
                    timeout=5000)
    win.idle.set_interval_ms(60_000)
    log_in_with(qtbot, dialog, "赵值班", "zhaozhiban")
    qtbot.waitUntil(win.isVisible, timeout=5000)
    assert win.login_dialog is None and (ctx.operator, ctx.role) == ("赵值班", "operator")
    assert ctx.actor().role == "operator" and win.operator_label.text() == "当前登录：赵值班（值班员）"
    # an operator's window: admin-only commands are not offered
    assert not win.settings_action.isEnabled()
    assert not win.roster_page.reveal_button.isVisible() and not win.roster_page.erase_button.isVisible()
    assert not win.certificates_page.issue_button.isEnabled()
    assert win.idle.timer.isActive()


def test_input_keeps_the_session_open(qtbot, win):
    win.idle.set_interval_ms(400)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(win.roster_page.search, Qt.Key.Key_A)
    assert win.login_dialog is None and win.isVisible()


def test_idle_lock_in_kiosk_mode_returns_to_the_kiosk(qtbot, win, actor):
    from station_app.kiosk.pin import set_kiosk_pin

    set_kiosk_pin("2468", actor)
    win.kiosk_mode = True
    win.idle.set_interval_ms(100)
    qtbot.waitUntil(lambda: getattr(win, "kiosk", None) is not None, timeout=5000)
    assert win.kiosk.isVisible() and not win.isVisible() and win.login_dialog is None
    assert not win.idle.timer.isActive()


def test_locking_by_hand_and_quitting_from_the_log_in_screen(qtbot, win):
    win.lock_action.trigger()
    dialog = win.login_dialog
    assert dialog is not None and not win.isVisible()
    assert dialog.locked_note.isVisibleTo(dialog) and "已锁定" in dialog.locked_note.text()
    assert "无人操作" not in dialog.locked_note.text()  # Ctrl+L is someone's act, not an idle lock
    win.lock()  # locking twice does nothing
    assert win.login_dialog is dialog


def test_an_admin_sees_full_numbers_on_request_and_it_is_logged(qtbot, win, person):
    page = win.roster_page
    page.table.selectRow(0)
    assert page.reveal_button.isVisible() and page.reveal_button.isEnabled()
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "revealed", None) is not None, timeout=5000)
    assert page.revealed["id_number"] == person.values["id_number"]
    assert person.values["id_number"] in page.reveal_box.text()
    assert entries_for("volunteer", person.id)[-1]["action"] == "volunteer.reveal"
    page.reveal_box.close()


def test_deletion_on_request_from_the_roster_page(qtbot, win, person):
    page = win.roster_page
    page.include_inactive.setChecked(True)
    page.table.selectRow(0)
    with qtbot.waitSignal(page.status_changed, timeout=5000):
        page.anonymise_selected("本人书面申请删除")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0).name.startswith("已删除志愿者#"),
                    timeout=5000)
    row = page.model.row_at(0)
    assert row.status == "inactive" and row.phone_masked == ""
    assert entries_for("volunteer", person.id)[-1]["reason"] == "本人书面申请删除"


def test_an_operator_is_refused_by_the_core_even_if_a_button_were_shown(qtbot, win, ctx, person):
    ctx.operator, ctx.role = "赵值班", "operator"
    ctx.changes.operator.emit()
    page = win.roster_page
    page.table.selectRow(0)
    assert not page.reveal_button.isVisible()
    page.reveal_selected()  # e.g. a shortcut left behind: the core still says no
    qtbot.waitUntil(lambda: getattr(page, "refusal", None) is not None, timeout=5000)
    assert "只有站长" in page.refusal.text()
    assert getattr(page, "revealed", None) is None
    page.refusal.close()


def test_start_up_first_start_makes_the_admin_and_later_starts_log_in(qtbot, data_dir, monkeypatch):
    from PySide6.QtCore import QTimer

    from station_app.db import close_database
    from station_app.demo import DEMO_STATION
    from station_app.gui import app as gui_app

    ctx, lock = gui_app.start(data_dir)
    try:
        monkeypatch.setattr(gui_app, "ensure_admin", lambda need_profile: (DEMO_STATION, "王站长", "zhanzhang-1"))
        assert gui_app.open_session(ctx) and (ctx.operator, ctx.role) == ("王站长", "admin")
        assert ctx.profile.code == DEMO_STATION.code
        ctx.operator, ctx.role = "", "operator"
        assert gui_app.open_session(ctx, kiosk=True) and ctx.operator == ""  # the kiosk starts without a log-in

        failures: list[BaseException] = []

        def shown_login() -> list:
            """The log-in dialog open_session is waiting on (earlier tests may leave other log-in screens open)."""
            modal = gui_app.QApplication.activeModalWidget()
            return [modal] if isinstance(modal, LoginDialog) and modal.isVisible() else []

        def answer() -> None:
            try:
                qtbot.waitUntil(lambda: bool(shown_login()), timeout=10_000)
                log_in_with(qtbot, shown_login()[0], "王站长", "zhanzhang-1")
            except BaseException as exc:  # noqa: BLE001 - an exception in a timer slot would leave exec() waiting forever
                failures.append(exc)
                for dialog in shown_login():
                    dialog.reject()

        QTimer.singleShot(100, answer)
        QTimer.singleShot(60_000, lambda: [d.reject() for d in shown_login()])  # fail, never hang the suite
        opened = gui_app.open_session(ctx)
        assert not failures, failures
        assert opened and (ctx.operator, ctx.role) == ("王站长", "admin")
    finally:
        ctx.tasks.shutdown()
        close_database()
        lock.release()
