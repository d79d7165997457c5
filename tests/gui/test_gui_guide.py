"""帮助 → 使用说明 opens the shipped Chinese guide, offline."""

from __future__ import annotations

from station_app.resources import resource_path


def test_the_guide_opens_from_the_help_menu_and_covers_the_daily_work(qtbot, window):
    window.guide_action.trigger()
    guide = window.guide
    qtbot.waitUntil(guide.isVisible, timeout=5000)
    text = guide.browser.toPlainText()
    for topic in ("第一次使用", "每天签到签退", "审核服务时长", "志愿服务记录证明", "同步到市平台", "备份和恢复"):
        assert topic in text
    assert guide.browser.source().isLocalFile()
    assert resource_path("guide", "index.html").is_file()  # shipped inside the package (package-data)
    assert window.guide_action.shortcut().toString() == "F1"
