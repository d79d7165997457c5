"""设置 → 字号: 标准 / 大 / 特大 scale the staff window's text, table rows and buttons at once, and stay."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from station_app.db.models import AuditEntry


def sizes(window):
    page = window.roster_page
    return (QApplication.font().pointSizeF(), page.add_button.sizeHint().height(),
            page.table.verticalHeader().defaultSectionSize(), window.nav.width())


@pytest.fixture
def restore_font(qapp):
    yield
    from station_app.gui.font_size import apply_font_size

    apply_font_size("standard")


def test_font_size_applies_at_once_and_at_the_next_start(qtbot, window, ctx, restore_font):
    qtbot.waitUntil(lambda: getattr(window, "font_size", None) == "standard", timeout=5000)
    qtbot.wait(50)
    standard = sizes(window)
    assert standard[0] >= 10  # the default's 11–12 px table text was too small
    large_action, huge_action = window.font_actions.actions()[1:]
    with qtbot.waitSignal(window.font_size_applied, timeout=5000):
        large_action.trigger()  # 设置 → 字号 → 大
    qtbot.wait(50)  # the font reaches each widget through its event
    large = sizes(window)
    with qtbot.waitSignal(window.font_size_applied, timeout=5000):
        huge_action.trigger()
    qtbot.wait(50)
    huge = sizes(window)
    assert large[0] == pytest.approx(standard[0] * 1.25, abs=0.1) and huge[0] == pytest.approx(standard[0] * 1.5,
                                                                                                abs=0.1)
    for before, after in zip(standard[1:], large[1:]):
        assert after > before  # buttons, rows and the navigation grow with the text
    for before, after in zip(large[1:], huge[1:]):
        assert after > before
    assert huge_action.isChecked() and not large_action.isChecked()
    assert AuditEntry.select().where(AuditEntry.entity_id == "ui.font_size").count() == 2

    from station_app.gui.main_window import MainWindow

    again = MainWindow(ctx)  # the next start
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.font_size_applied, timeout=5000) as applied:
        again.show()
    assert applied.args == ["huge"] and QApplication.font().pointSizeF() == pytest.approx(huge[0])


def test_an_operator_may_choose_the_font_size(qtbot, window, ctx, restore_font):
    qtbot.waitUntil(lambda: getattr(window, "font_size", None) == "standard", timeout=5000)
    ctx.role = "operator"  # a 值班员: settings.put would refuse; the 字号 is theirs to choose
    with qtbot.waitSignal(window.font_size_applied, timeout=5000, check_params_cb=lambda size: size == "large"):
        window.font_actions.actions()[1].trigger()
    assert window.font_size == "large"
