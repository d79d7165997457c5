"""签到表录入 driven by the keyboard only: 30 lines of a paper sheet, keystrokes counted per line.

A person at the station types who (a phone tail, pinyin initials or the name through the input
method), presses Enter to pick, Enter through the times the line above already has, types the people
served and Enter again. Each line is checked as typed; Ctrl+S saves all of them as pending.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from station_app.db.models import AuditEntry, ServiceRecord
from station_app.hours import records
from station_app.hours.records import RecordInput
from station_app.posts.service import PostInput, create_post
from station_app.roster.service import add_volunteer, set_status
from station_app.roster.validation import VolunteerInput
from support.gui import type_text
from support.roster_files import person

DAY = dt.date(2024, 5, 6)


class Keys:
    """Every key the test presses goes through here, so the count is what a person would type."""

    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def focused(self):
        return QApplication.focusWidget()

    def type(self, text: str) -> None:
        widget = self.focused()
        if text.isascii():
            self.qtbot.keyClicks(widget, text)
        else:
            type_text(self.qtbot, widget, text, clear=False)  # one commit per character, as an IME sends it
        self.count += len(text)

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)
        self.count += 1


def _people(actor, n: int = 30):
    made = []
    for i in range(n):
        p = person(i)
        made.append(add_volunteer(VolunteerInput(name=p["name"], id_number=p["id_number"], phone=p["phone"]), actor))
    return made


def _open(qtbot, window):
    page = window.sheet_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.post.count() > 0, timeout=5000)
    page.date.setDate(QDate(DAY.year, DAY.month, DAY.day))
    window.activateWindow()
    page.lines[0].who.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.lines[0].who, timeout=5000)
    return page


def _pick(qtbot, keys, page, text: str) -> None:
    with qtbot.waitSignal(page.matches_shown, timeout=5000):
        keys.type(text)
    keys.press(Qt.Key.Key_Return)


def test_thirty_lines_typed_with_the_keyboard_only(qtbot, window, actor):
    people = _people(actor)
    create_post(PostInput("礼让斑马线文明引导", "P-ZEBRA"), actor)
    page = _open(qtbot, window)
    keys = Keys(qtbot)
    per_line = []
    for i, p in enumerate(people):
        before = keys.count
        if i == 0:
            _pick(qtbot, keys, page, p.name)            # the name, through the input method
        else:
            _pick(qtbot, keys, page, p.values["phone"][-4:])   # a phone tail: one match
        if i == 0:
            keys.type("0700")
            keys.press(Qt.Key.Key_Return)
            keys.type("0930")
            keys.press(Qt.Key.Key_Return)
        else:
            keys.press(Qt.Key.Key_Return)               # start: the line above's, kept
            keys.press(Qt.Key.Key_Return)               # end: the same
        keys.type(str(10 + i))
        keys.press(Qt.Key.Key_Return)
        per_line.append(keys.count - before)
        assert page.lines[i].volunteer_id == p.id, (i, page.lines[i].who.text())
        # the check runs in the background after each edit: the line shows ✓ once the last one is back
        qtbot.waitUntil(lambda i=i: page.lines[i].result.text() == "✓", timeout=5000)
    print(f"\nkeystrokes per line: first {per_line[0]}, then {per_line[1:]} (mean {sum(per_line) / 30:.1f})")
    assert max(per_line[1:]) <= 10  # 4-digit tail, Enter, Enter, Enter, 2 digits, Enter
    assert QApplication.focusWidget() is page.lines[30].who  # ready for line 31
    with qtbot.waitSignal(page.saved, timeout=10000) as saved:
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [30]
    rows = list(ServiceRecord.select().order_by(ServiceRecord.id))
    assert len(rows) == 30 and {r.state for r in rows} == {"pending"} and {r.minutes for r in rows} == {150}
    assert [r.people_served for r in rows] == list(range(10, 40))
    assert AuditEntry.select().where(AuditEntry.action == "hours.sheet_entry").count() == 1
    assert "已保存 30 条" in page.message.text()


def test_each_line_shows_its_reason_and_nothing_is_saved_until_all_are_right(qtbot, window, actor):
    people = _people(actor, 4)
    post = create_post(PostInput("礼让斑马线文明引导", "P-ZEBRA"), actor)
    records.add_record(RecordInput(people[2].id, post.id, dt.datetime(2024, 5, 6, 8, 0).astimezone(),
                                   dt.datetime(2024, 5, 6, 9, 0).astimezone()), actor)
    set_status(people[3].id, "inactive", actor, "搬走了")
    page = _open(qtbot, window)
    keys = Keys(qtbot)
    lines = [(people[0], "0700", "0900"), (people[0], "0800", "1000"),   # overlaps the line above
             (people[1], "0900", "0800"),                                 # end before start
             (people[2], "0730", "0830"),                                 # overlaps a record held
             (people[3], "0700", "0900")]                                 # inactive
    for who, start, end in lines:
        _pick(qtbot, keys, page, who.values["phone"][-4:])
        keys.type(start)
        keys.press(Qt.Key.Key_Return)
        keys.type(end)
        keys.press(Qt.Key.Key_Return)
        keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.lines[0].result.text() == "✓" and "已停用" in page.lines[4].result.text(),
                    timeout=5000)
    shown = [line.result.text() for line in page.lines[:5]]
    assert "本表第 1 行" in shown[1] and "晚于开始" in shown[2] and "已有记录" in shown[3] and "已停用" in shown[4]
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "没有保存" in page.message.text(), timeout=5000)
    assert ServiceRecord.select().count() == 1  # only the record held before
