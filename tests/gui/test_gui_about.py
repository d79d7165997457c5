"""帮助 → 关于 says the version, the data folder and the licences (the font's too)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from station_app.resources import CJK_FONT_LICENCE, resource_path
from station_app.version import app_version


def test_about_names_the_version_data_folder_and_licences(qtbot, window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("帮助"))
    assert window.about_action in help_menu.actions()
    window.about_action.trigger()
    dialog = window.about_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    text = dialog.text()
    assert f"版本 {app_version()}" in text
    assert str(window.ctx.data_dir) in text
    assert f"文泉驿微米黑 WenQuanYi Micro Hei 0.2.0-beta，{CJK_FONT_LICENCE} 许可" in text
    assert "本程序的许可证：" in text and "LGPL-3.0" in text
    # what the dialog claims is what resources/ ships: the font's own notice and the licence texts
    assert f"We use it under {CJK_FONT_LICENCE}" in resource_path("fonts", "README.md").read_text("utf-8")
    for name in (f"{CJK_FONT_LICENCE}.txt", "LGPL-3.0.txt"):
        assert resource_path("licenses", name).is_file()
    assert str(resource_path("licenses")) in text
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
