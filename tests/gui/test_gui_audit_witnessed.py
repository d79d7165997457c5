"""The audit page's 核对 against what the real reference platform witnessed: agreement is said with the
anchor count, and a log rewritten and re-chained after a sync (which the chain alone cannot see) is shown
as tampering, its witnessed entry painted red, with the local anchor file deleted too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from station_app.db import database
from station_app.platform_server import PlatformServer
from station_app.sync.engine import SyncConfig, run_sync
from support.audit import rewrite_and_rechain
from support.sync import FAST

CODE, TOKEN = "BJ-CY-0001", "token-of-the-station"


@pytest.fixture
def platform(tmp_path):
    with PlatformServer(tmp_path / "platform.db", stations={CODE: ("朝西社区志愿服务站", TOKEN)}) as running:
        yield running


def press_verify(qtbot, page) -> list[int]:
    with qtbot.waitSignal(page.verified, timeout=5000) as result:
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    return result.args[0]


def test_the_audit_page_compares_the_log_with_the_platforms_anchors(qtbot, window, ctx, platform):
    page = window.audit_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.nav.setCurrentRow(window.pages.indexOf(page))
    assert press_verify(qtbot, page) == []
    assert "平台尚未见证本站日志" in page.chain_status.text()

    assert ctx.profile.code == CODE
    report = run_sync(ctx.data_dir, SyncConfig(platform.url, TOKEN, CODE, timeout=5.0), FAST)
    assert not report.warnings, report.warnings
    witnessed = database.execute_sql("SELECT MAX(id) FROM audit_entry").fetchone()[0]
    assert press_verify(qtbot, page) == []
    assert "与平台见证的 1 个锚点一致" in page.chain_status.text()

    # outside the app: an early entry rewritten, the whole log re-chained, the local anchor file deleted
    rewrite_and_rechain(1)
    (ctx.data_dir / "audit_anchor.log").unlink(missing_ok=True)
    platform.stop()  # offline: the copy the last sync kept is enough

    assert press_verify(qtbot, page) == [witnessed]
    text = page.chain_status.text()
    assert "与平台见证的不一致（1 处）" in text and f"第 {witnessed} 条与平台于" in text
    assert "#b3261e" in page.chain_status.styleSheet()
    row = [page.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(page.table.rowCount())].index(witnessed)
    assert page.table.item(row, 4).background().color().name() == "#fde2e1"
