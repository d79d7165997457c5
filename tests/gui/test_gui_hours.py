"""Staff pages for hours: entry from a sign-in sheet, review, correction, posts and shifts, history."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from station_app import config
from station_app.audit.log import entries_for
from station_app.changes import Kind
from station_app.db.models import Post, ServiceRecord, ShiftSignup
from station_app.hours import records
from station_app.kiosk import service as kiosk
from station_app.kiosk.pin import check_kiosk_pin
from station_app.posts.service import PostInput, create_post
from station_app.posts.shifts import create_shift
from station_app.roster import service
from station_app.roster.ids import gb11643_check_char
from station_app.roster.validation import VolunteerInput
from station_app.station import settings
from support.gui import confirm, touches, type_text


def make_id(birth: str, seq: str) -> str:
    first17 = f"110105{birth}{seq}"
    return first17 + gb11643_check_char(first17)




@pytest.fixture
def zhang_and_posts(actor):
    zhang = service.stored_volunteer(service.add_volunteer(VolunteerInput(
        name="张三", id_number=make_id("19500101", "123"), phone="13800138000"), actor).id)
    post = create_post(PostInput(name="垃圾分类桶前值守", code="P-GARBAGE-01", category="环境保护", capacity=1), actor)
    duty = create_post(PostInput(name="日常值班", code="DUTY", counts_as_service=False), actor)
    return zhang, post, duty


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_review(qtbot, window):
    page = window.review_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page(window.review_page)
    return page


def test_staff_type_in_a_sign_in_sheet_then_approve(qtbot, window, zhang_and_posts):
    zhang, post, _duty = zhang_and_posts
    page = open_review(qtbot, window)
    click(qtbot, page.add_button)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.post.count() == 2, timeout=5000)
    with qtbot.waitSignal(dialog.picker.matches_shown, timeout=5000):
        type_text(qtbot, dialog.picker.edit, "张")
    dialog.picker.pick_row(0)
    yesterday = QDate.currentDate().addDays(-1)
    dialog.day.setDate(yesterday)
    dialog.start.setTime(QTime(7, 0))
    dialog.end.setTime(QTime(9, 30))
    dialog.break_minutes.setValue(15)
    dialog.people.setValue(35)
    dialog.content.setPlainText("指导居民垃圾分类投放")
    assert dialog.computed.text() == "计 135 分钟，2.3 小时"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    row = ServiceRecord.get()
    assert (row.minutes, row.break_minutes, row.people_served, row.state, row.source) == (135, 15, 35, "pending", "manual")
    assert page.model.rowCount() == 1 and page.model.index(0, 8).data() == "待审核"
    page.table.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        click(qtbot, page.approve_button)
        confirm(qtbot, page)
    assert ServiceRecord.get().state == "approved"
    assert entries_for("service_record", row.id)[-1]["actor"] == "测试值班员"


def test_entry_dialog_refuses_an_overlap_and_says_why(qtbot, window, zhang_and_posts, actor):
    zhang, post, _duty = zhang_and_posts
    start = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(8, 0)).astimezone()
    records.add_record(records.RecordInput(zhang.id, post.id, start, start + dt.timedelta(hours=2)), actor)
    page = open_review(qtbot, window)
    page._open_dialog(None, "add")
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.post.count() == 2, timeout=5000)
    dialog.picker.set_volunteer(zhang.id, "张三")
    dialog.day.setDate(QDate.currentDate().addDays(-1))
    dialog.start.setTime(QTime(9, 0))
    dialog.end.setTime(QTime(11, 0))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: "重叠" in dialog.message.text(), timeout=5000)
    assert dialog.isVisible() and ServiceRecord.select().count() == 1


def test_correcting_an_approved_record_voids_it_and_names_it(qtbot, window, zhang_and_posts, actor):
    zhang, post, _duty = zhang_and_posts
    start = dt.datetime.combine(dt.date.today() - dt.timedelta(days=2), dt.time(8, 0)).astimezone()
    rec = records.add_record(records.RecordInput(zhang.id, post.id, start, start + dt.timedelta(hours=2)), actor)
    from station_app.hours.review import approve

    approve([rec.id], actor)
    page = open_review(qtbot, window)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.state.setCurrentIndex(page.state.findData("approved"))
    page.table.selectRow(0)
    assert page.correct_button.isEnabled() and not page.edit_button.isEnabled()
    click(qtbot, page.correct_button)
    qtbot.waitUntil(lambda: getattr(page, "dialog", None) is not None and page.dialog.mode == "correct", timeout=5000)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.picker.volunteer_id == zhang.id, timeout=5000)
    dialog.end.setTime(QTime(10, 30))
    type_text(qtbot, dialog.reason, "签到表写的是10:30")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    old, new = ServiceRecord.get_by_id(rec.id), ServiceRecord.select().order_by(ServiceRecord.id.desc()).get()
    assert old.state == "void" and old.void_reason == "签到表写的是10:30"
    assert new.state == "approved" and new.corrects_id == rec.id and new.minutes == 150
    assert entries_for("service_record", rec.id)[-1]["action"] == "record.void"


def test_forgotten_check_out_is_flagged_and_closed_by_staff_with_a_reason(qtbot, window, zhang_and_posts):
    zhang, post, _duty = zhang_and_posts
    two_days_ago = dt.datetime.combine(dt.date.today() - dt.timedelta(days=2), dt.time(8, 0)).astimezone()
    kiosk.check_in(zhang.id, post.id, at=two_days_ago)
    page = open_review(qtbot, window)
    assert page.model.rowCount() == 1 and page.model.index(0, 8).data() == "忘记签退"
    assert "忘记签退" in page.summary.text()
    assert ServiceRecord.get().state == "open"  # never closed with invented hours
    page.table.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.close_selected(two_days_ago.replace(hour=11), "签到表")
    row = ServiceRecord.get()
    assert (row.state, row.minutes) == ("pending", 180)


def test_posts_page_adds_a_post_a_shift_and_signs_up_with_override(qtbot, window, zhang_and_posts, actor):
    zhang, post, _duty = zhang_and_posts
    li = service.add_volunteer(VolunteerInput(name="李四", id_number=make_id("19600202", "234")), actor)
    now = dt.datetime.now().astimezone()
    shift = create_shift(post.id, now.replace(hour=8, minute=0), now.replace(hour=10, minute=0), actor)
    page = window.posts_page
    with qtbot.waitSignal(page.week_loaded, timeout=5000):
        window.show_page(window.posts_page)
    assert page.post_table.rowCount() == 2
    page.post_table.selectRow([p.id for p in page.posts].index(post.id))
    qtbot.waitUntil(lambda: len(page.week_shifts) == 1, timeout=5000)
    col = now.weekday()
    assert page.calendar.item(0, col).text().startswith("08:00 – 10:00")
    page._open_shift(0, col)
    dialog = page.dialog
    dialog.picker.set_volunteer(zhang.id, "张三")
    with qtbot.waitSignal(page.ctx.changes.changed, timeout=5000, check_params_cb=touches(Kind.SHIFTS)):
        click(qtbot, dialog.add_button)
    dialog.picker.set_volunteer(li.id, "李四")
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: "班次已满" in dialog.message.text(), timeout=5000)
    dialog.override.setChecked(True)
    type_text(qtbot, dialog.note, "walk-in")
    with qtbot.waitSignal(page.ctx.changes.changed, timeout=5000, check_params_cb=touches(Kind.SHIFTS)):
        click(qtbot, dialog.add_button)
    over = ShiftSignup.get((ShiftSignup.shift == shift.id) & (ShiftSignup.volunteer == li.id))
    assert over.over_capacity and over.note == "walk-in"


def test_new_post_dialog_validates_code(qtbot, window):
    page = window.posts_page
    window.show_page(window.posts_page)
    page._post_dialog(None)
    dialog = page.dialog
    type_text(qtbot, dialog.name, "文明交通劝导")
    type_text(qtbot, dialog.code, "交通")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: bool(dialog.rows["code"].error.text()), timeout=5000)
    type_text(qtbot, dialog.code, "p-traffic-01")
    dialog.counts.setChecked(True)
    with qtbot.waitSignal(page.posts_loaded, timeout=5000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert Post.get(Post.code == "P-TRAFFIC-01").name == "文明交通劝导"


def test_history_shows_approved_hours_and_stars(qtbot, window, zhang_and_posts, actor):
    zhang, post, duty = zhang_and_posts
    settings.put(config.STAR_THRESHOLDS, "2,300,600,1000,1500", actor)
    base = dt.datetime.combine(dt.date.today() - dt.timedelta(days=3), dt.time(8, 0)).astimezone()
    a = records.add_record(records.RecordInput(zhang.id, post.id, base, base + dt.timedelta(hours=3)), actor)
    b = records.add_record(records.RecordInput(zhang.id, duty.id, base + dt.timedelta(hours=4),
                                               base + dt.timedelta(hours=6)), actor)
    from station_app.hours.review import approve

    approve([a.id, b.id], actor)
    page = window.roster_page
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.refresh()
    page.table.selectRow(0)
    page.show_history()
    dialog = page.history_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert "已审核志愿服务 3.0 小时" in dialog.totals.text()
    assert "累计志愿服务时长已达到一星志愿者标准（2 小时）" in dialog.totals.text() and "★" not in dialog.totals.text()
    assert "不计入志愿时长的值班 2.0 小时" in dialog.totals.text()


def test_settings_set_the_kiosk_pin_without_logging_it(qtbot, window):
    window.open_settings()
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None, timeout=5000)
    dialog = window.settings_dialog
    dialog.pin.setText("2468")
    with qtbot.waitSignal(window.ctx.changes.changed, timeout=5000, check_params_cb=touches(Kind.STATION)):
        dialog.save()
    assert check_kiosk_pin("2468") and not check_kiosk_pin("1357")
    logged = entries_for("setting", "kiosk.pin_hash")[-1]
    assert "2468" not in str(logged) and "scrypt" not in str(logged)


def test_switching_to_the_kiosk_needs_a_pin_and_comes_back(qtbot, window, actor):
    from PySide6.QtWidgets import QMessageBox

    from station_app.kiosk.pin import set_kiosk_pin

    window.enter_kiosk()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "notification") is not None, timeout=5000)
    assert "PIN" in window.findChild(QMessageBox, "notification").text()
    assert window.isVisible() and getattr(window, "kiosk", None) is None
    set_kiosk_pin("2468", actor)
    window.enter_kiosk()
    qtbot.waitUntil(lambda: getattr(window, "kiosk", None) is not None, timeout=5000)
    assert window.kiosk.isVisible() and not window.isVisible()
    from station_app.staff.accounts import create_first_admin
    from support.gui import log_in_with

    create_first_admin("测试站长", "zhanzhang-1")
    window.leave_kiosk()  # the PIN is shared, the session is not: whoever is on duty logs in
    assert window.kiosk is None and not window.isVisible()
    dialog = window.login_dialog
    assert dialog is not None and dialog.isVisible()
    log_in_with(qtbot, dialog, "测试站长", "zhanzhang-1")
    qtbot.waitUntil(window.isVisible, timeout=5000)
    assert window.ctx.operator == "测试站长" and window.ctx.is_admin


def test_hour_sheet_imported_through_the_wizard_and_approved(qtbot, window, zhang_and_posts, tmp_path):
    import openpyxl
    from PySide6.QtWidgets import QWizard

    zhang, post, _duty = zhang_and_posts
    day = (dt.date.today() - dt.timedelta(days=5)).isoformat()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "岗位", "日期", "开始时间", "结束时间", "服务内容", "服务人次"])
    ws.append(["张三", zhang.values["id_number"], "垃圾分类桶前值守", day, "07:00", "09:00", "指导分类", 30])
    ws.append(["王五", make_id("19700101", "555"), "垃圾分类桶前值守", day, "07:00", "09:00", "", ""])
    path = tmp_path / "签到表.xlsx"
    wb.save(path)
    page = open_review(qtbot, window)
    click(qtbot, page.import_button)
    wizard = page.import_wizard
    assert wizard.windowTitle() == "导入服务时长表（签到表）"
    wizard.file_page.path.setText(str(path))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.columns_page, timeout=5000)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=5000)
    preview = wizard.preview_page
    assert "可导入 1 条记录，共 2.0 小时" in preview.summary.text() and "未导入 1 行" in preview.summary.text()
    assert preview.approve.isVisible()
    preview.approve.setChecked(True)
    with qtbot.waitSignal(wizard.imported, timeout=5000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    row = ServiceRecord.get()
    assert (row.volunteer_id, row.minutes, row.state, row.source, row.people_served) == (zhang.id, 120, "approved",
                                                                                          "import", 30)


def test_review_page_exports_the_shown_dates(qtbot, window, zhang_and_posts, actor, tmp_path):
    import openpyxl
    from PySide6.QtWidgets import QMessageBox

    zhang, post, _duty = zhang_and_posts
    start = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(8, 0)).astimezone()
    records.add_record(records.RecordInput(zhang.id, post.id, start, start + dt.timedelta(minutes=100)), actor)
    page = open_review(qtbot, window)
    target = tmp_path / "records.xlsx"
    page.export_hours(str(target))
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "notification") is not None, timeout=5000)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0] == "张三" and "1.7" in [str(v) for v in rows[1]]
    assert "********" in rows[1][1]


def test_times_are_typed_as_on_the_paper_sheet(qtbot, window, zhang_and_posts):
    """930, 0930, 9:30 and 9：30 all mean 09:30; the minutes can be typed (QTimeEdit ignored them)."""
    page = open_review(qtbot, window)
    click(qtbot, page.add_button)
    dialog = page.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    for typed, shown in (("930", "09:30"), ("0745", "07:45"), ("17:05", "17:05"), ("8：15", "08:15")):
        type_text(qtbot, dialog.start, typed)
        qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)  # leaving the field shows it as HH:MM
        assert dialog.start.text() == shown and dialog.start.time().toString("HH:mm") == shown
    type_text(qtbot, dialog.end, "1130")
    assert dialog.end.time().toString("HH:mm") == "11:30"
    assert "计 195 分钟" in dialog.computed.text()  # 08:15 to 11:30
    type_text(qtbot, dialog.end, "25:99")  # not a time: marked, the last good one kept
    qtbot.keyClick(dialog.end, Qt.Key.Key_Tab)
    assert dialog.end.text() == "11:30"
