"""The roster page and volunteer dialog, driven as staff use them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from station_app.audit.log import entries_for
from station_app.db.models import Volunteer
from station_app.demo import fill_demo
from station_app.gui.main_window import MainWindow
from station_app.roster import service
from station_app.roster.ids import gb11643_check_char
from station_app.roster.notice_versions import CHILD_NOTICE_VERSION, NOTICE_VERSION
from station_app.roster.validation import VolunteerInput
from support.gui import open_add_dialog, type_text


def make_id(birth: str, seq: str = "123", region: str = "110105") -> str:
    first17 = f"{region}{birth}{seq}"
    return first17 + gb11643_check_char(first17)





def search(qtbot, page, text: str) -> list[str]:
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        type_text(qtbot, page.search, text)
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]


def visible_names(page) -> list[str]:
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]


def add_direct(actor, name, id_number, phone="", **kw):
    return service.add_volunteer(VolunteerInput(name=name, id_number=id_number, phone=phone, **kw), actor)


def test_roster_lists_volunteers_and_counts_them(qtbot, ctx, actor):
    fill_demo(120, actor)
    active = Volunteer.select().where(Volunteer.status == "active").count()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.roster_page.results_shown, timeout=5000):
        win.show()
    win.show_page(win.roster_page)
    page = win.roster_page
    assert page.model.rowCount() == active
    assert page.count_label.text() == f"共 {active} 人"
    # ID and phone numbers are masked on screen
    shown_id = page.model.index(0, 4).data()
    assert "********" in shown_id and len(shown_id) == 18
    assert "****" in page.model.index(0, 5).data() or page.model.index(0, 5).data() == ""


@pytest.mark.parametrize("query", ["王", "建国"])
def test_short_chinese_search_finds_every_match(qtbot, window, ctx, actor, query):
    fill_demo(300, actor)
    expected = sorted(v.name for v in Volunteer.select().where(
        Volunteer.name.contains(query) & (Volunteer.status == "active")))
    names = search(qtbot, window.roster_page, query)
    assert sorted(names) == expected
    assert all(query in n for n in names)
    assert window.roster_page.count_label.text() == f"找到 {len(expected)} 人"


def test_search_by_pinyin_phone_tail_id_tail_and_platform_number(qtbot, window, actor):
    zhang = add_direct(actor, "张三", make_id("19800101", "123"), "13800138000", platform_no="BJ2026000123")
    add_direct(actor, "李四", make_id("19810202", "234"), "13900139111")
    page = window.roster_page
    assert search(qtbot, page, "zs") == ["张三"]
    assert search(qtbot, page, "zhangsan") == ["张三"]
    assert search(qtbot, page, "8000") == ["张三"]
    assert search(qtbot, page, zhang.values["id_number"][-4:].lower()) == ["张三"]
    assert search(qtbot, page, "BJ2026") == ["张三"]
    assert search(qtbot, page, "9111") == ["李四"]
    assert search(qtbot, page, "qqqq") == []
    assert page.count_label.text() == "找到 0 人"


def test_scrolling_loads_more_pages(qtbot, window, actor):
    fill_demo(450, actor)
    page = window.roster_page
    page.page_size = 100
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.refresh()
    assert page.model.rowCount() == 100
    assert page.model.canFetchMore()
    page.model.fetchMore()
    qtbot.waitUntil(lambda: page.model.rowCount() == 200, timeout=5000)
    ids = [page.model.row_at(i).id for i in range(200)]
    assert len(set(ids)) == 200



def click_save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_add_volunteer_through_the_dialog(qtbot, window, ctx):
    page = window.roster_page
    dialog = open_add_dialog(qtbot, page)
    id_number = make_id("19550315", "451")
    type_text(qtbot, dialog.name, "王 秀英")
    type_text(qtbot, dialog.id_number, id_number[:-1] + id_number[-1].lower())
    type_text(qtbot, dialog.phone, "+86 139-1234-5678")
    type_text(qtbot, dialog.skills, "驾驶、摄影")
    assert "须经本人同意" in dialog.rows["skills"].error.text()  # skills are beyond what the rules need
    qtbot.mouseClick(dialog.extra_consent, Qt.MouseButton.LeftButton)
    assert not dialog.rows["skills"].error.text()
    # gender and birth date come from the ID
    assert dialog.gender.currentData() == "M"
    assert dialog.birth_date.date().toString("yyyy-MM-dd") == "1955-03-15"
    assert not dialog.gender.isEnabled()
    qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        with qtbot.waitSignal(dialog.saved, timeout=5000):
            click_save(qtbot, dialog)
    row = Volunteer.get(Volunteer.id_number == id_number)
    assert (row.name, row.phone, row.gender, row.skills) == ("王秀英", "13912345678", "M", "驾驶,摄影")
    assert row.extra_consent
    assert row.consent_date is not None and row.consent_by == "self"
    assert "王秀英" in visible_names(page)
    audit = entries_for("volunteer", row.id)
    assert audit[0]["action"] == "volunteer.create" and audit[0]["actor"] == "测试值班员"
    assert audit[0]["after"]["id_number"] == id_number


def test_dialog_says_which_field_is_wrong_and_saves_nothing(qtbot, window):
    dialog = open_add_dialog(qtbot, window.roster_page)
    type_text(qtbot, dialog.name, "张三3")
    assert dialog.rows["name"].error.text()
    assert "不能有数字" in dialog.rows["name"].error.text()
    good = make_id("19491231", "002")
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    type_text(qtbot, dialog.id_number, bad)
    assert "校验位" in dialog.rows["id_number"].error.text()
    type_text(qtbot, dialog.id_number, good[:10])
    assert "应为 18 位" in dialog.rows["id_number"].error.text()
    type_text(qtbot, dialog.phone, "1380013800")
    assert "11 位" in dialog.rows["phone"].error.text()
    # an untouched field shows nothing until Save is pressed
    assert not dialog.rows["platform_no"].error.text()
    click_save(qtbot, dialog)
    assert "请先改正标红的 3 处" in dialog.summary.text()
    assert dialog.isVisible()
    assert Volunteer.select().count() == 0


def test_minor_needs_guardian_and_guardian_consent(qtbot, window):
    dialog = open_add_dialog(qtbot, window.roster_page)
    type_text(qtbot, dialog.name, "刘小雨")
    type_text(qtbot, dialog.id_number, make_id("20150601", "122"))
    assert dialog.guardian_box.isEnabled()
    assert "监护人" in dialog.consent.text()
    click_save(qtbot, dialog)
    assert "须登记监护人姓名" in dialog.rows["guardian_name"].error.text()
    assert "须由监护人" in dialog.consent_error.text()
    assert "儿童个人信息处理规则" in dialog.consent_error.text()  # the separate consent, asked apart
    assert dialog.child_row.isVisible()
    type_text(qtbot, dialog.guardian_name, "刘建国")
    type_text(qtbot, dialog.guardian_phone, "13811112222")
    qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)
    click_save(qtbot, dialog)
    assert dialog.isVisible() and "单独同意" in dialog.consent_error.text()  # the notice alone is not enough
    qtbot.mouseClick(dialog.child_consent, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        click_save(qtbot, dialog)
    row = Volunteer.get(Volunteer.name == "刘小雨")
    assert row.consent_by == "guardian" and row.guardian_phone == "13811112222"
    assert row.child_consent_date == row.consent_date and row.child_consent_by == "刘建国"
    assert (row.consent_version, row.child_consent_version) == (NOTICE_VERSION, CHILD_NOTICE_VERSION)


def test_an_adult_is_not_asked_the_childrens_consent(qtbot, window):
    dialog = open_add_dialog(qtbot, window.roster_page)
    type_text(qtbot, dialog.id_number, make_id("19800601", "122"))
    assert not dialog.child_row.isVisible()


def test_duplicate_id_offers_the_existing_record(qtbot, window, actor):
    number = make_id("19800101", "123")
    existing = add_direct(actor, "张三", number)
    page = window.roster_page
    dialog = open_add_dialog(qtbot, page)
    type_text(qtbot, dialog.name, "张叁")
    with qtbot.waitSignal(dialog.duplicate_checked, timeout=5000):
        type_text(qtbot, dialog.id_number, number)
    assert dialog.banner.isVisibleTo(dialog)
    assert "张三" in dialog.banner_text.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    qtbot.mouseClick(dialog.banner_button, Qt.MouseButton.LeftButton)
    reopened = page.dialog
    assert reopened is not dialog and reopened.volunteer_id == existing.id
    qtbot.waitUntil(lambda: reopened.name.text() == "张三", timeout=5000)
    assert Volunteer.select().count() == 1


def test_edit_selected_volunteer_records_before_and_after(qtbot, window, actor):
    rec = add_direct(actor, "张三", make_id("19800101", "123"), "13800138000")
    page = window.roster_page
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.refresh()
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.name.text() == "张三", timeout=5000)
    type_text(qtbot, dialog.phone, "13912345678")
    type_text(qtbot, dialog.reason, "本人换号")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        click_save(qtbot, dialog)
    assert Volunteer.get_by_id(rec.id).phone == "13912345678"
    update = entries_for("volunteer", rec.id)[-1]
    assert update["action"] == "volunteer.update"
    assert update["before"] == {"phone": "13800138000"} and update["after"] == {"phone": "13912345678"}
    assert update["reason"] == "本人换号"


def test_deactivate_hides_from_the_roster_until_asked(qtbot, window, actor):
    add_direct(actor, "张三", make_id("19800101", "123"))
    page = window.roster_page
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.refresh()
    page.table.selectRow(0)
    assert page.status_button.text() == "停用"
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.toggle_status_selected(reason="搬离本社区")
    assert visible_names(page) == []
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.include_inactive.setChecked(True)
    assert visible_names(page) == ["张三"]
    assert page.model.index(0, 9).data() == "已停用"
    assert Volunteer.get().status == "inactive"
    assert entries_for("volunteer", Volunteer.get().id)[-1]["reason"] == "搬离本社区"


def test_withdrawing_extra_consent_in_the_dialog_erases_skills_and_notes(qtbot, ctx, actor):
    from station_app.audit.log import entries_for
    from station_app.gui.volunteer_dialog import VolunteerDialog
    from station_app.roster.service import add_volunteer
    from support.core import adult_input

    rec = add_volunteer(adult_input(skills="摄影", notes="周末可来", extra_consent=True), actor)
    dialog = VolunteerDialog(ctx, rec.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    assert dialog.extra_consent.isChecked() and dialog.skills.text() == "摄影"
    qtbot.mouseClick(dialog.extra_consent, Qt.MouseButton.LeftButton)
    assert dialog.skills.text() == "" and dialog.notes.toPlainText() == ""
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        click_save(qtbot, dialog)
    row = Volunteer.get_by_id(rec.id)
    assert (row.extra_consent, row.skills, row.notes) == (False, "", "")
    change = entries_for("volunteer", rec.id)[-1]
    assert change["before"]["extra_consent"] is True and change["after"]["extra_consent"] is False


@pytest.fixture
def operator_window(qtbot, db, actor):
    """The main window as a 值班员 (not the 站长) sees it."""
    from station_app.demo import DEMO_STATION
    from station_app.gui.context import AppContext
    from station_app.gui.tasks import TaskManager
    from station_app.station.profile import save_profile
    from support.gui import main_window

    save_profile(DEMO_STATION, actor)
    tasks = TaskManager()
    win = main_window(qtbot, AppContext(data_dir=db, tasks=tasks, profile=DEMO_STATION, operator="邻居小刘",
                                        role="operator"))
    win.show_page(win.roster_page)
    yield win
    win.close()
    tasks.shutdown()


def test_an_operator_trying_birth_dates_in_the_search_is_stopped_and_told(qtbot, operator_window, actor):
    target = WANG_ID
    _, page = wang_on_the_roster(qtbot, operator_window, actor)
    assert visible_names(page) == ["王阿姨"]
    assert page.model.data(page.model.index(0, 2)) == "35–59 岁"  # an age band: no birth date, no age
    candidates = [n for n in (make_id(f"198503{d:02d}", "398") for d in range(1, 31)) if n[-1] == target[-1]
                  and n != target][:3]
    for number in candidates:
        page.search.clear()
        assert search(qtbot, page, number) == []
    page.search.clear()
    assert search(qtbot, page, target) == []  # the right number no longer answers
    assert "已暂停" in page.count_label.text()
    page.search.clear()
    assert search(qtbot, page, target[-4:]) == ["王阿姨"]  # what the mask shows still finds her
    dialog = open_add_dialog(qtbot, page)
    with qtbot.waitSignal(dialog.duplicate_checked, timeout=5000):
        type_text(qtbot, dialog.id_number, target)
        dialog.id_number.editingFinished.emit()
    assert dialog.banner.isVisible() and "已暂停" in dialog.banner_text.text()
    assert "王阿姨" not in dialog.banner_text.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.reject()


WANG_ID = make_id("19850314", "398")


def wang_on_the_roster(qtbot, win, actor):
    """王阿姨 (born 1985, 139 1234 5678) added behind the window's back, then the roster refreshed."""
    person = add_direct(actor, "王阿姨", WANG_ID, "13912345678")
    page = win.roster_page
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.refresh()
    return person, page


def open_edit_dialog(qtbot, page, name: str):
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).name == name)
    page.table.selectRow(row)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.isEnabled() and dialog.id_number.text() != "", timeout=5000)
    return dialog


def test_an_operator_edits_a_volunteer_without_ever_seeing_the_whole_numbers(qtbot, operator_window, actor):
    number = WANG_ID
    person, page = wang_on_the_roster(qtbot, operator_window, actor)
    dialog = open_edit_dialog(qtbot, page, "王阿姨")
    shown = [w.text() for w in dialog.findChildren(QLineEdit)] + [dialog.birth_date.text()]
    assert number not in " ".join(shown) and "13912345678" not in " ".join(shown) and "1985" not in " ".join(shown)
    assert dialog.id_number.text() == "110105********" + number[-4:] and not dialog.id_number.isEnabled()
    assert dialog.birth_date.text() == "35–59 岁"
    assert "139****5678" in dialog.phone.placeholderText() and dialog.phone.text() == ""
    assert dialog.masked_note.isVisible() and not dialog.reveal_button.isEnabled()
    type_text(qtbot, dialog.team, "银发助老服务队")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        click_save(qtbot, dialog)
    stored = service.stored_volunteer(person.id).values
    assert stored["team"] == "银发助老服务队" and stored["id_number"] == number and stored["phone"] == "13912345678"


def test_the_admin_reveals_the_whole_numbers_in_the_dialog_and_the_log_says_so(qtbot, window, actor):
    number = WANG_ID
    person, page = wang_on_the_roster(qtbot, window, actor)
    dialog = open_edit_dialog(qtbot, page, "王阿姨")
    assert dialog.reveal_button.isEnabled() and number not in dialog.id_number.text()
    with qtbot.waitSignal(dialog.revealed, timeout=5000):
        qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert dialog.id_number.text() == number and dialog.phone.text() == "13912345678"
    assert dialog.birth_date.date().toPython().isoformat() == "1985-03-14"
    assert [e["actor"] for e in entries_for("volunteer", person.id) if e["action"] == "volunteer.reveal"] == ["测试值班员"]
    dialog.reject()
