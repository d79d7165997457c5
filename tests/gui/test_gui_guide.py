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


def test_the_english_guide_has_every_section_and_names_the_menus_as_the_english_window_does():
    """Each section of the Chinese guide is in the English one; every “Menu → Item” it quotes is an
    English text of the interface (resources/translations/station_app_en.ts), so the two cannot drift."""
    import re

    from station_app.translation_files import ts_messages

    chinese = resource_path("guide", "index.html").read_text(encoding="utf-8")
    english = resource_path("guide", "index_en.html").read_text(encoding="utf-8")
    sections = re.compile(r'<h2 id="([^"]+)"')
    assert sections.findall(english) == sections.findall(chinese)
    assert english.count("<li>") == chinese.count("<li>")
    interface = {text.replace("&", "") for text in ts_messages(resource_path("translations", "station_app_en.ts")).values()}
    quoted = [part for name in re.findall(r"“([^”]*)”", english) for part in name.split(" → ")]
    assert len(quoted) > 30
    assert [part for part in quoted if part not in interface] == []
