"""The interface language: Qt's own dialogs speak it, English works end to end, 设置 → 语言 keeps
the choice, and window titles name the program once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from station_app import i18n, language


@pytest.fixture
def speaking(qapp):
    """install_translations(qapp, LANG) for one test, everything removed afterwards."""
    from station_app.gui.app import install_translations

    installed = []

    def speak(lang: str):
        installed.extend(install_translations(qapp, lang))
        i18n.install(lambda context, text: QApplication.translate(context, text))

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.install(i18n._untranslated)
    QLocale.setDefault(QLocale.c())
    qapp.setProperty("station_language", None)


def file_dialog_labels(qtbot) -> dict[str, str]:
    dialog = QFileDialog(None, "open")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on Linux
    qtbot.addWidget(dialog)
    dialog.show()
    return {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}


def test_qt_dialogs_are_chinese_when_chinese_is_chosen_on_an_english_system(qtbot, speaking):
    speaking(language.CHINESE)  # what QLocale.system() says does not matter any more
    labels = file_dialog_labels(qtbot)
    assert labels["lookInLabel"] != "Look in:" and "查找" in labels["lookInLabel"]
    assert "文件类型" in labels["fileTypeLabel"]


def test_in_english_the_window_qt_and_the_core_speak_english(qtbot, ctx, speaking):
    from station_app.gui.main_window import MainWindow

    speaking(language.ENGLISH)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus[:2] == ["&File", "&Roster"] and "&Help" in menus
    assert "Station Desk community volunteer service station desk" in win.windowTitle()
    assert win.about_action.text() == "About Station Desk"
    assert "Look in" in file_dialog_labels(qtbot)["lookInLabel"]  # Qt's qtbase_en, not our Chinese fixes
    assert i18n.translate("certificates", "作废证明须填写原因") == "Revoking a certificate needs a reason"
    with i18n.source_language():  # documents: Chinese whatever the interface
        assert i18n.translate("certificates", "作废证明须填写原因") == "作废证明须填写原因"
    win.close()


def test_settings_language_keeps_the_choice_for_the_next_start(qtbot, window, speaking):
    speaking(language.CHINESE)
    names = {a.data(): a for a in window.language_actions.actions()}
    assert [a.text() for a in names.values()] == ["简体中文", "English"]
    assert names["zh_CN"].isChecked()
    note = [a for a in window.language_menu.actions() if not a.isEnabled() and a.text()]
    assert note and "始终为中文" in note[0].text()  # certificates and office reports stay Chinese: said there
    names["en"].trigger()
    box = window.language_notice
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert "English" in box.text() and "证明" in box.text()
    assert language.saved(window.ctx.data_dir) == "en"
    box.button(QMessageBox.StandardButton.Ok).click()
    from station_app.gui.app import interface_language

    assert interface_language(None, window.ctx.data_dir) == "en"  # the next start
    assert interface_language("zh_CN", window.ctx.data_dir) == "zh_CN"  # --lang for one run wins


def test_the_window_title_names_the_station_and_the_program_once(qtbot, window, qapp):
    from station_app.gui.app import name_application

    name_application(qapp)  # what make_application does to the application's names
    title = window.windowTitle()
    assert title.startswith(window.ctx.profile.name) and title.count("Station Desk") == 1
    assert qapp.applicationDisplayName() != "Station Desk"  # Qt would append it to every dialog's title


def test_in_english_help_opens_the_english_staff_guide(qtbot, ctx, speaking):
    import re

    from station_app.gui.main_window import MainWindow

    speaking(language.ENGLISH)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    help_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Help")
    guide_action = next(a for a in help_menu.actions() if a.text() == "Staff guide")
    guide_action.trigger()
    guide = win.guide
    qtbot.waitUntil(guide.isVisible, timeout=5000)
    assert guide.windowTitle() == "Staff guide"
    text = guide.browser.toPlainText()
    for topic in ("Using it for the first time", "Checking in and out every day", "Reviewing service hours",
                  "Service record certificates", "Syncing with the city platform", "Backup and restore"):
        assert topic in text
    assert "“File → Restore from a backup…”" in text
    # Chinese only where the reader meets it as Chinese: a name spelt in pinyin initials, the certificate's mark
    left = text.replace("白洋淑", "").replace("副本", "")
    assert not re.search(r"[\u3400-\u9fff]", left)
    assert guide.browser.source().toLocalFile().endswith("index_en.html")
    win.close()


def test_in_english_the_audit_log_names_fields_and_the_review_page_states_in_english(qtbot, ctx, actor, speaking):
    """Labels the code keeps in tables (field names, record states) are translated too."""
    import datetime as dt

    from station_app.gui.main_window import MainWindow
    from station_app.hours.records import RecordInput, add_record
    from station_app.posts.service import PostInput, create_post
    from station_app.roster.service import add_volunteer
    from support.core import adult_input, make_id

    speaking(language.ENGLISH)
    volunteer = add_volunteer(adult_input(name="王五", id_number=make_id("110105", "19800101", 155)), actor)
    post = create_post(PostInput("助老送餐", "P-MEALS"), actor)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    audit = win.audit_page
    with qtbot.waitSignal(audit.loaded, timeout=5000):
        win.nav.setCurrentRow(win.pages.indexOf(audit))
    from station_app.gui.audit_page import AFTER

    added = next(audit.table.item(r, AFTER).text() for r in range(audit.table.rowCount())
                 if audit.table.item(r, 3).text() == "Add volunteer")
    assert "Name: " in added and "ID type: Resident ID card" in added and "姓名" not in added
    start = dt.datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0) - dt.timedelta(days=1)
    add_record(RecordInput(volunteer.id, post.id, start, start + dt.timedelta(hours=2)), actor)
    review = win.review_page
    with qtbot.waitSignal(review.loaded, timeout=5000):
        win.nav.setCurrentRow(win.pages.indexOf(review))
    states = {review.model.data(review.model.index(r, c)) for r in range(review.model.rowCount())
              for c in range(review.model.columnCount())}
    assert "Pending" in states and "待审核" not in states
    # at the usual station PC's 1366×768 the English words of the short columns show whole, not "Entered by …"
    win.resize(1366, 768)
    with qtbot.waitSignal(review.loaded, timeout=5000):
        review.refresh()
    metrics = review.table.fontMetrics()
    for col in (5, 7, 8):
        text = review.model.data(review.model.index(0, col))
        assert review.table.columnWidth(col) >= metrics.horizontalAdvance(text) + 6, (col, text)
    win.close()
