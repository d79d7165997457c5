"""Qt's own dialogs speak the UI language, and window titles name the program once."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QLabel


def test_qt_dialogs_are_chinese_even_on_an_english_system(qtbot, qapp):
    from station_app.gui.app import install_translations

    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    installed = install_translations(qapp, english)  # no English translation of ours: the UI stays Chinese
    try:
        dialog = QFileDialog(None, "打开")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on Linux
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] != "Look in:" and "查找" in labels["lookInLabel"]
        assert "文件类型" in labels["fileTypeLabel"]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())


def test_the_window_title_names_the_station_and_the_program_once(qtbot, window, qapp):
    from station_app.gui.app import name_application

    name_application(qapp)  # what make_application does to the application's names
    title = window.windowTitle()
    assert title.startswith(window.ctx.profile.name) and title.count("Station Desk") == 1
    assert qapp.applicationDisplayName() != "Station Desk"  # Qt would append it to every dialog's title
