"""The personal-information notice and the retention check, used as station staff use them: the notice
printed from the volunteer dialog to a real queue, the settings that the notice states, the 数据保留检查
dialog from the 文件 menu, answered as a 站长 answers it."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

from PySide6.QtCore import Qt

from station_app.db import database
from station_app.db.models import Volunteer
from station_app.roster.retention import cutoff
from station_app.roster.service import add_volunteer, set_status
from support.core import adult_input, make_id
from support.gui import open_add_dialog, type_text
from support.print_dialog import answer_print_dialog

WAIT = 5000


def menu_action(window, text: str):
    return next(a for menu in window.menuBar().actions() for a in menu.menu().actions() if a.text() == text)


def test_the_notice_prints_with_the_childrens_rules_for_a_child(qtbot, window, print_queue):
    dialog = open_add_dialog(qtbot, window.roster_page)
    type_text(qtbot, dialog.id_number, make_id("110105", "20180601", 122))
    assert dialog.child_row.isVisible()
    print_queue.mark()
    qtbot.mouseClick(dialog.print_notice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(dialog, "print_job", None) is not None, timeout=WAIT)
    assert dialog.print_job.dialog.windowTitle() == "打印个人信息处理告知"
    with qtbot.waitSignal(dialog.notice_printed, timeout=20000) as printed:
        answer_print_dialog(qtbot, dialog.print_job.dialog, print_queue.name)
    assert printed.args == [2]  # the notice, and the children's rules on a sheet of their own
    pdf = print_queue.wait_for_pdf()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M), info


def test_the_settings_say_what_the_notice_states(qtbot, window):
    window.open_settings()
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None, timeout=WAIT)
    dialog = window.settings_dialog
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    dialog.tabs.setCurrentIndex(tabs.index("个人信息"))
    dialog.platform_operator.setText("北京市志愿服务联合会")
    dialog.extra_keep_months.setValue(18)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        dialog.save()
    from station_app.roster.privacy_notice import notice_facts, notice_text

    text = notice_text(window.ctx.profile, notice_facts())
    assert "接收方为北京市志愿服务联合会" in text and "停用（退出）后再保存 18 个月" in text
    assert "保留最近 7 天的每日备份和最近 4 周的每周备份" in text and "（第 2 版）" in text


def test_the_retention_check_lists_asks_and_erases(qtbot, window, actor):
    kept = add_volunteer(adult_input(name="王秀英", phone="13711112222", notes="腿脚不便", extra_consent=True), actor).id
    set_status(kept, "inactive", actor)
    database.execute_sql("UPDATE volunteer SET inactive_since = ? WHERE id = ?",
                         (cutoff(dt.date.today(), 25).isoformat(), kept))
    recent = add_volunteer(adult_input(name="李建国", id_number=make_id("110105", "19700101", 5),
                                       phone="13522224444"), actor).id
    set_status(recent, "inactive", actor)
    menu_action(window, "数据保留检查…").trigger()
    qtbot.waitUntil(lambda: getattr(window, "retention_dialog", None) is not None, timeout=WAIT)
    dialog = window.retention_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert dialog.isVisible() and "保留 24 个月" in dialog.explain.text()
    assert [dialog.table.item(0, c).text() for c in (0, 2)] == ["王秀英", "手机号码、备注"]
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert "删除这 1 名志愿者的手机号码" in box.text() and "不能恢复" in box.text()
    with qtbot.waitSignal(dialog.erased, timeout=WAIT):
        qtbot.mouseClick(box.yes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=WAIT)
    assert dialog.result.text() == "已删除 1 名志愿者超过保留期限的信息（记入操作日志）。"
    assert not dialog.erase_button.isEnabled() and dialog.erase_button.toolTip() == "没有超过保留期限的信息"
    assert Volunteer.get_by_id(kept).phone is None and Volunteer.get_by_id(recent).phone == "13522224444"


def test_an_operator_has_no_retention_check(qtbot, window):
    window.ctx.role = "operator"
    window._apply_role()
    assert not menu_action(window, "数据保留检查…").isEnabled()
