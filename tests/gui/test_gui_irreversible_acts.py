"""Acts that cannot be undone ask first with the count, and say afterwards what they did."""

from __future__ import annotations

from station_app.db.models import ServiceRecord
from station_app.hours import records
from station_app.hours.records import RecordInput
from support.gui import click, confirm, type_text
from support.hours import at


def open_review(qtbot, window):
    page = window.review_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.nav.setCurrentRow(window.pages.indexOf(page))
    from PySide6.QtCore import QDate

    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.day_from.setDate(QDate(2020, 1, 1))
    return page


def test_approving_asks_with_the_count_and_the_notice_stays(qtbot, window, people, posts, actor):
    for i, who in enumerate(people[:3]):
        records.add_record(RecordInput(who.id, posts.garbage.id, at(f"{8 + i:02d}:00"), at(f"{8 + i:02d}:50")), actor)
    page = open_review(qtbot, window)
    page.table.selectAll()
    click(qtbot, page.approve_button)
    box = page.confirm_box
    assert "审核通过 3 条记录？通过后只能更正，不能修改" == box.text()
    box.reject()  # 取消: nothing happens
    qtbot.wait(50)
    assert ServiceRecord.select().where(ServiceRecord.state == "approved").count() == 0
    click(qtbot, page.approve_button)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        confirm(qtbot, page)
    assert ServiceRecord.select().where(ServiceRecord.state == "approved").count() == 3
    qtbot.wait(200)  # the redraw after the change must not wipe the message
    assert "已审核通过 3 条记录" in page.notice.text()


def test_an_empty_rejection_reason_is_refused_inside_the_dialog(qtbot, window, people, posts, actor):
    records.add_record(RecordInput(people[0].id, posts.garbage.id, at("08:00"), at("09:00")), actor)
    page = open_review(qtbot, window)
    page.table.selectRow(0)
    click(qtbot, page.reject_button)
    dialog = page.reason_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    click(qtbot, dialog.ok)
    assert dialog.isVisible() and dialog.message.text() == "请填写退回原因"
    type_text(qtbot, dialog.reason, "重复登记")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        click(qtbot, dialog.ok)
    assert ServiceRecord.get().state == "rejected"
    assert "已退回" in page.notice.text() and "重复登记" in page.notice.text()
