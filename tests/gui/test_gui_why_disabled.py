"""A disabled button says why in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QDate

from station_app.hours import records, review
from station_app.hours.records import RecordInput
from support.hours import at


def test_review_buttons_say_why_they_cannot_be_pressed(qtbot, window, people, posts, actor):
    rec = records.add_record(RecordInput(people[0].id, posts.garbage.id, at("08:00"), at("09:00")), actor)
    review.approve([rec.id], actor)
    page = window.review_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.nav.setCurrentRow(window.pages.indexOf(page))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.day_from.setDate(QDate(2020, 1, 1))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.state.setCurrentIndex(page.state.findData("approved"))
    assert page.model.rowCount() == 1
    page.table.clearSelection()
    assert not page.approve_button.isEnabled() and "请先在列表中选择记录" in page.approve_button.toolTip()
    page.table.selectRow(0)
    assert not page.approve_button.isEnabled() and "待审核" in page.approve_button.toolTip()
    assert not page.edit_button.isEnabled() and "更正" in page.edit_button.toolTip()
    assert page.correct_button.isEnabled() and page.correct_button.toolTip() == ""


def test_roster_buttons_say_pick_someone_first(qtbot, window):
    page = window.roster_page
    page.table.clearSelection()
    assert not page.edit_button.isEnabled() and "选择一位志愿者" in page.edit_button.toolTip()
