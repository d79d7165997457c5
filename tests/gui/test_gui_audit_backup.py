"""The audit log viewer, the automatic daily backup, the start-up integrity check and the error dialog."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys

import pytest
from PySide6.QtCore import QDate, Qt

from station_app import app_logging
from station_app.audit import Actor
from station_app.changes import Kind
from station_app.config import DB_FILENAME
from station_app.db import close_database, open_database
from station_app.roster.service import add_volunteer
from support.core import adult_input, make_id
from support.gui import touches, type_text

VIEWER = Actor("值班员小李")  # an operator: the viewer shows nothing beyond the masks

IDS = [make_id("110105", "19800101", 130 + n) for n in range(3)]


@pytest.fixture
def audit_page(qtbot, window, actor):
    for n, id_number in enumerate(IDS):
        add_volunteer(adult_input(name=f"王{'一二三'[n]}", id_number=id_number, phone=f"1390013900{n}"), actor)
    page = window.audit_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.nav.setCurrentRow(window.pages.indexOf(page))
    return page


def column(page, col: int) -> list[str]:
    return [page.table.item(r, col).text() for r in range(page.table.rowCount())]


def all_text(page) -> str:
    return " ".join(page.table.item(r, c).text() for r in range(page.table.rowCount())
                    for c in range(page.table.columnCount()))


def test_viewer_shows_entries_newest_first_with_numbers_masked(audit_page):
    actions = column(audit_page, 3)
    assert actions[:3] == ["新增志愿者"] * 3 and "创建站点" in actions
    ids = [int(x) for x in column(audit_page, 0)]
    assert ids == sorted(ids, reverse=True)
    text = all_text(audit_page)
    for id_number in IDS:
        assert id_number not in text and id_number[:6] + "********" + id_number[-4:] in text
    assert "13900139000" not in text and "139****9000" in text
    audit_page.table.selectRow(0)
    assert audit_page.detail.isVisible() and "修改后：" in audit_page.detail.text()
    assert "139****9002" in audit_page.detail.text() and IDS[2] not in audit_page.detail.text()


def test_viewer_filters_by_who_what_when_and_entity(qtbot, audit_page):
    page = audit_page
    page.action.setCurrentIndex(page.action.findData("volunteer.create"))
    with qtbot.waitSignal(page.loaded, timeout=5000) as shown:
        page.action.activated.emit(page.action.currentIndex())
    assert shown.args == [3] and set(column(page, 3)) == {"新增志愿者"}

    page.entity_type.setCurrentIndex(page.entity_type.findData("volunteer"))
    type_text(qtbot, page.entity_id, "2")
    with qtbot.waitSignal(page.loaded, timeout=5000) as shown:
        qtbot.keyClick(page.entity_id, Qt.Key.Key_Return)
    assert shown.args == [1] and column(page, 5) == ["2 王二"]  # the stored id, then who it is

    page.entity_id.clear()
    page.actor.setCurrentIndex(page.actor.findData("测试值班员"))
    page.by_date.setChecked(True)
    yesterday = QDate.currentDate().addDays(-1)
    page.day_from.setDate(yesterday.addDays(-5))
    page.day_to.setDate(yesterday)
    with qtbot.waitSignal(page.loaded, timeout=5000) as shown:
        qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert shown.args == [0] and page.summary.text() == "共 0 条"
    page.day_to.setDate(QDate.currentDate())
    with qtbot.waitSignal(page.loaded, timeout=5000) as shown:
        qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert shown.args == [3]
    assert page.current_filter().day_to == dt.date.today()

    page.actor.setCurrentIndex(0)
    page.action.setCurrentIndex(0)
    page.entity_type.setCurrentIndex(0)
    page.by_date.setChecked(False)
    with qtbot.waitSignal(page.loaded, timeout=5000) as shown:
        qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert shown.args[0] >= 4


def test_verify_button_reports_edited_entries(qtbot, audit_page, ctx, tmp_path):
    page = audit_page
    with qtbot.waitSignal(page.verified, timeout=5000) as result:
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert result.args == [[]] and "核对通过" in page.chain_status.text()

    conn = sqlite3.connect(str(ctx.data_dir / DB_FILENAME))
    edited = conn.execute("SELECT max(id) - 1 FROM audit_entry").fetchone()[0]
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("UPDATE audit_entry SET actor = '别人' WHERE id = ?", (edited,))  # who did it, rewritten
    conn.commit()
    conn.close()
    with qtbot.waitSignal(page.verified, timeout=5000) as result:
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert result.args == [[edited]]
    assert "未通过" in page.chain_status.text() and f"#{edited}" in page.chain_status.text()
    row = column(page, 0).index(str(edited))
    assert page.table.item(row, 4).background().color().name() == "#fde2e1"
    assert page.table.item(0, 4).background().style() == Qt.BrushStyle.NoBrush
    page.table.selectRow(row)
    assert "被改动过" in page.detail.text()
    page.resize(1100, 600)
    assert page.grab().save(str(tmp_path / "audit.png"))


def test_daily_backup_runs_in_the_background_once_a_day(qtbot, window, ctx):
    from station_app.gui.auto_backup import DailyBackup

    daily = DailyBackup(ctx, window, first_delay_ms=0)
    try:
        with qtbot.waitSignal(daily.finished, timeout=10000) as made:
            pass
        assert made.args[0].path.parent == ctx.data_dir / "backups"
        assert "已自动备份" in window.statusBar().currentMessage()
        with qtbot.waitSignal(daily.finished, timeout=10000) as again:
            daily.run()
        assert again.args == [None]
    finally:
        daily.stop()


def test_backup_settings_are_changed_in_the_settings_dialog(qtbot, window, ctx, actor):
    from PySide6.QtWidgets import QDialogButtonBox

    from station_app import config
    from station_app.audit_view.query import AuditFilter, search
    from station_app.backup.files import list_backups
    from station_app.backup.make import make_backup
    from station_app.station import settings

    made = make_backup(ctx.data_dir, actor)
    window.open_settings()
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None, timeout=5000)
    dialog = window.settings_dialog
    tab = dialog.backup_tab
    dialog.tabs.setCurrentWidget(tab)
    assert tab.auto.isChecked() and tab.keep_daily.value() == 7 and tab.keep_weekly.value() == 4
    assert tab.folder.text() == str(made.path.parent) == str(ctx.data_dir / "backups")
    assert tab.latest.text() == list_backups(made.path.parent)[0].at.strftime("%Y-%m-%d %H:%M")
    tab.keep_daily.setValue(14)
    qtbot.mouseClick(tab.auto, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ctx.changes.changed, timeout=5000, check_params_cb=touches(Kind.STATION)):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert settings.get(config.BACKUP_KEEP_DAILY) == 14 and settings.get(config.BACKUP_AUTO) is False
    assert settings.get(config.BACKUP_KEEP_WEEKLY) == 4
    shown = {r.entity_id: (r.before, r.after) for r in search(AuditFilter(action="setting.update"), VIEWER).rows}
    assert shown == {"backup.keep_daily": ("保留每日备份（天）：7", "保留每日备份（天）：14"),
                     "backup.auto_daily": ("每天自动备份：是", "每天自动备份：否")}


def test_error_dialog_names_the_log_file_and_the_app_keeps_running(qtbot, window, tmp_path):
    from station_app.gui.error_dialog import install_excepthook

    path = app_logging.setup_logging(tmp_path)
    old = sys.excepthook
    try:
        install_excepthook(window)
        try:
            raise RuntimeError(f"boom {IDS[0]}")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        box = window.last_error_box
        assert box.isVisible() and str(path) in box.text()
        assert IDS[0] not in box.text() and IDS[0] not in box.detailedText()
        box.close()
        assert window.isVisible()
    finally:
        sys.excepthook = old
        app_logging.setup_logging(tmp_path / "elsewhere")
    assert IDS[0] not in path.read_text(encoding="utf-8")


def test_start_refuses_a_damaged_database_and_offers_the_latest_good_backup(data_dir, actor):
    from station_app.backup import make_backup
    from station_app.demo import fill_demo
    from station_app.gui.app import StartRefused, start
    from station_app.gui.restore_offer import restore_backup

    open_database(data_dir)
    fill_demo(20, actor)
    backup = make_backup(data_dir, actor).path
    close_database()
    db = data_dir / DB_FILENAME
    data = bytearray(db.read_bytes())
    data[len(data) // 2: len(data) // 2 + 8192] = b"\xa5" * 8192
    db.write_bytes(bytes(data))

    refused = start(data_dir)
    assert isinstance(refused, StartRefused) and refused.corrupt and not refused.already_running
    assert refused.backup == backup and str(backup) in refused.message and "已损坏" in refused.message
    assert restore_backup(data_dir, refused.backup) == ""
    started = start(data_dir)
    assert not isinstance(started, StartRefused)
    ctx, lock = started
    ctx.tasks.shutdown()
    close_database()
    lock.release()
    assert list((data_dir / "backups").glob("replaced-*.sqlite3"))


def test_start_without_any_backup_says_so(data_dir):
    from station_app.gui.app import StartRefused, start

    data_dir.mkdir(parents=True)
    (data_dir / DB_FILENAME).write_bytes(b"junk" * 1000)
    refused = start(data_dir)
    assert isinstance(refused, StartRefused) and refused.corrupt and refused.backup is None
    assert "没有可用的备份" in refused.message


def test_backup_now_from_the_file_menu(qtbot, window, ctx):
    from PySide6.QtWidgets import QMessageBox

    window.backup_now()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "notification")), timeout=10000)
    window.backup_job.thread.join(timeout=30)
    box = next(b for b in window.findChildren(QMessageBox, "notification") if b.isVisible())
    assert box.windowTitle() == "备份完成" and str(ctx.data_dir / "backups") in box.text()
    box.close()


def test_an_encrypted_copy_on_a_usb_stick_from_the_file_menu(qtbot, window, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from station_app.gui.usb_backup_dialog import UsbBackupDialog

    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = UsbBackupDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.encrypt.isChecked()  # on unless the 站长 turns it off
    dialog.folder_edit.setText(str(tmp_path / "no-such-stick"))
    dialog.check_and_accept()
    assert "U 盘是否已插好" in dialog.error.text()
    dialog.folder_edit.setText(str(usb))
    dialog.first.setText("station-2026")
    dialog.second.setText("station-2027")
    dialog.check_and_accept()
    assert dialog.error.text() == "两次输入的口令不一致" and dialog.result() != UsbBackupDialog.DialogCode.Accepted

    def answered(self) -> int:  # what the 站长 types into the real dialog
        self.folder_edit.setText(str(usb))
        self.first.setText("station-2026")
        self.second.setText("station-2026")
        self.check_and_accept()
        return self.result()

    monkeypatch.setattr(UsbBackupDialog, "exec", answered)
    window.backup_to_folder()
    qtbot.waitUntil(lambda: any(b.isVisible() and b.windowTitle() == "备份完成"
                                for b in window.findChildren(QMessageBox, "notification")), timeout=10000)
    window.backup_job.thread.join(timeout=30)
    [sealed] = list(usb.iterdir())
    assert sealed.name.endswith(".sqlite3.aes") and sealed.read_bytes()[:3] == b"AES"
    for box in window.findChildren(QMessageBox, "notification"):
        box.close()
    ctx.role = "operator"  # a whole copy of the roster leaving the PC is the 站长's act
    window.backup_to_folder()
    qtbot.waitUntil(lambda: any(b.isVisible() and "只有站长" in b.text()
                                for b in window.findChildren(QMessageBox, "notification")), timeout=5000)
    assert len(list(usb.iterdir())) == 1


def test_the_copy_does_not_hold_up_the_database_worker(qtbot, window, ctx, monkeypatch):
    import threading

    import station_app.gui.auto_backup as auto

    gate, real = threading.Event(), auto.write_copy

    def slow_copy(data_dir, to=None, passphrase=None):
        gate.wait(10)
        return real(data_dir, to, passphrase)

    monkeypatch.setattr(auto, "write_copy", slow_copy)
    results, errors, answers = [], [], []
    job = auto.BackupJob(ctx, results.append, errors.append, window)
    job.start()
    ctx.db(lambda: 42).success(answers.append).start()
    qtbot.waitUntil(lambda: answers == [42], timeout=5000)  # while the copy is still going on
    assert job.thread.is_alive() and not results
    gate.set()
    qtbot.waitUntil(lambda: bool(results or errors), timeout=10000)
    job.thread.join(timeout=10)
    assert not errors and results[0].path.exists()


def test_every_action_the_core_writes_has_a_chinese_label():
    """The viewer's 操作 column never shows a raw code such as ``staff.login``."""
    import re
    from pathlib import Path

    from station_app.gui.audit_labels import ACTIONS, ENTITIES

    source = "\n".join(p.read_text(encoding="utf-8") for p in Path("station_app").rglob("*.py")
                       if "gui" not in p.parts)
    written = set(re.findall(r'record(?:_many)?\(\s*[\w.]+,\s*"([a-z_]+\.[a-z_]+)",\s*"([a-z_]+)"', source))
    written |= set(re.findall(r'\("([a-z_]+\.[a-z_]+)", "([a-z_]+)",', source))
    assert written, "the pattern found no audit calls"
    missing = sorted({a for a, _e in written if a not in ACTIONS} | {e for _a, e in written if e not in ENTITIES})
    assert missing == []


def test_verify_notices_the_newest_entries_cut_off_the_end(qtbot, audit_page, ctx):
    page = audit_page
    with qtbot.waitSignal(page.verified, timeout=5000):
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)  # all well: the head is anchored
    conn = sqlite3.connect(str(ctx.data_dir / DB_FILENAME))
    newest = conn.execute("SELECT max(id) FROM audit_entry").fetchone()[0]
    conn.execute("DROP TRIGGER audit_entry_no_delete") if conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'audit_entry_no_delete'").fetchone() else None
    conn.execute("DELETE FROM audit_entry WHERE id >= ?", (newest - 1,))  # what is left is still a valid chain
    conn.commit()
    conn.close()
    with qtbot.waitSignal(page.verified, timeout=5000) as result:
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert result.args == [[]]  # the chain alone cannot tell
    assert "末尾的记录被删除" in page.chain_status.text() and f"第 {newest} 条" in page.chain_status.text()


def test_in_little_room_the_new_column_keeps_its_title_and_gets_its_room_back_when_wider(qtbot, audit_page):
    """English words fill a 1024×768 row (tests/gui/test_screens_fit.py); here the table is simply given
    less room than its fitted columns need."""
    from station_app.gui.audit_page import AFTER, AFTER_LEAST

    table, header = audit_page.table, audit_page.table.horizontalHeader()
    fitted = {col: table.columnWidth(col) for col in range(table.columnCount())}
    room = sum(w for col, w in fitted.items() if col != AFTER) + 40  # 修改后 would get 40 px
    table.setMaximumWidth(room)
    qtbot.waitUntil(lambda: table.columnWidth(5) < fitted[5], timeout=5000)  # 对象编号 gives some up ("…")
    assert table.columnWidth(AFTER) >= max(AFTER_LEAST, header.sectionSizeFromContents(AFTER).width())
    assert header.length() <= table.viewport().width() + 1  # nothing pushed out to the right
    for col in range(table.columnCount()):
        assert table.columnWidth(col) >= header.sectionSizeFromContents(col).width(), col  # every title whole
    assert table.columnWidth(0) == fitted[0] and table.columnWidth(1) == fitted[1]  # 编号 and 时间 stay whole
    table.setMaximumWidth(16777215)
    qtbot.waitUntil(lambda: table.columnWidth(5) == fitted[5], timeout=5000)
