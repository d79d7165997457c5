"""Repeating shifts on the posts page, by pressing its buttons: 每周一三五 07:00–09:00, then "this and later"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from station_app.db.models import Shift, ShiftSeries
from station_app.posts.service import PostInput, create_post
from station_app.posts.shifts import get_shift


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_weekly_shift_is_made_and_edited_from_one_day_on(qtbot, window, actor):
    post = create_post(PostInput("礼让斑马线文明引导", "P-ZEBRA", capacity=4), actor)
    page = window.posts_page
    with qtbot.waitSignal(page.week_loaded, timeout=5000):
        window.nav.setCurrentRow(window.pages.indexOf(page))
    page.post_table.selectRow([p.id for p in page.posts].index(post.id))
    monday = page.week_start
    click(qtbot, page.add_shift)
    dialog = page.dialog
    dialog.day.setDate(QDate(monday.year, monday.month, monday.day))
    dialog.start.setTime(QTime(7, 0))
    dialog.end.setTime(QTime(9, 0))
    click(qtbot, dialog.repeat)
    assert dialog.until.isVisible() and dialog.days_widget.isVisible()
    for number, box in enumerate(dialog.weekdays, 1):
        if box.isChecked() != (number in (1, 3, 5)):
            click(qtbot, box)
    last = monday + dt.timedelta(days=27)
    dialog.until.setDate(QDate(last.year, last.month, last.day))
    with qtbot.waitSignal(page.week_loaded, timeout=5000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    occurrences = list(Shift.select().order_by(Shift.start_min))
    assert len(occurrences) == 12 and ShiftSeries.select().count() == 1
    for col in (0, 2, 4):
        text = page.calendar.item(0, col).text()
        assert text.startswith("07:00 – 09:00") and "↻" in text
    assert page.calendar.item(0, 1) is None

    page._open_shift(0, 2)  # Wednesday of this week (a double-click on the calendar)
    signup = page.dialog
    click(qtbot, signup.edit_button)
    edit = signup.edit_dialog
    qtbot.waitUntil(edit.this_and_later.isVisible, timeout=5000)
    assert "共 11 个" in edit.this_and_later.text() and "每周一、三、五" in edit.series_label.text()
    edit.start.setTime(QTime(6, 30))
    # on its round mark: a radio button takes clicks on its mark and its text, not the empty rest of its row
    qtbot.mouseClick(edit.this_and_later, Qt.MouseButton.LeftButton, pos=QPoint(8, edit.this_and_later.height() // 2))
    assert edit.this_and_later.isChecked(), edit.this_and_later.geometry()
    with qtbot.waitSignal(page.week_loaded, timeout=5000):
        click(qtbot, edit.buttons.button(QDialogButtonBox.StandardButton.Save))
    times = [f"{get_shift(s.id).start:%H:%M}" for s in occurrences]
    assert times == ["07:00"] + ["06:30"] * 11
    assert page.calendar.item(0, 0).text().startswith("07:00") and page.calendar.item(0, 2).text().startswith("06:30")
    signup.close()
