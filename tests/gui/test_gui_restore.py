"""文件 → 从备份恢复…: checked, refused when it should be, audit-logged, then a fresh start."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station_app.backup import make_backup
from station_app.db import close_database, open_database
from station_app.db.models import AuditEntry, Volunteer
from station_app.roster.service import add_volunteer
from support.core import adult_input
from support.gui import confirm


def test_restore_from_a_backup_in_the_window(qtbot, window, ctx, actor, tmp_path):
    add_volunteer(adult_input(name="张备份"), actor)
    backup = make_backup(ctx.data_dir, actor).path
    Volunteer.update(name="李后来").where(Volunteer.name == "张备份").execute()  # a change after the backup
    restarted = []
    window.restart = lambda: restarted.append(True)
    window.restore_from_backup(str(backup))
    flow = window.restore_flow
    assert "替换当前数据库" in flow.confirm_box.text()
    confirm(qtbot, flow)
    qtbot.waitUntil(lambda: bool(flow.message), timeout=10000)
    assert "已从" in flow.message and "重新启动" in flow.message
    qtbot.mouseClick(flow.done_box.button(flow.done_box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert restarted == [True]
    close_database()
    open_database(ctx.data_dir)
    assert [v.name for v in Volunteer.select()] == ["张备份"]  # the backup's roster is back
    entry = AuditEntry.select().where(AuditEntry.action == "backup.restore").get()
    assert entry.actor == "测试值班员"
    assert list(ctx.data_dir.glob("backups/replaced-*.sqlite3"))  # the replaced one is kept


def test_a_file_that_is_no_backup_is_refused_and_nothing_changes(qtbot, window, ctx, actor, tmp_path):
    add_volunteer(adult_input(name="张留下"), actor)
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("这不是数据库")
    restarted = []
    window.restart = lambda: restarted.append(True)
    window.restore_from_backup(str(bogus))
    confirm(qtbot, window.restore_flow)
    qtbot.waitUntil(lambda: bool(window.restore_flow.message), timeout=10000)
    assert window.restore_flow.message.startswith("没有恢复，数据库未改动") and restarted == []
    assert [v.name for v in Volunteer.select()] == ["张留下"]
