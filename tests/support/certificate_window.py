"""The main window of a station with the certificate story (support.certificates), 王站长 logged in.

Fixture ``cert_window``; helpers ``open_certificates(qtbot, window)`` and ``reprint_preview(qtbot, window)``.
"""

from __future__ import annotations

import pytest

from station_app.demo import DEMO_STATION
from support.gui import click, main_window


@pytest.fixture
def cert_window(qtbot, db, story):
    from station_app.gui.context import AppContext
    from station_app.gui.tasks import TaskManager

    tasks = TaskManager()
    yield main_window(qtbot, AppContext(data_dir=db, tasks=tasks, profile=DEMO_STATION, operator="王站长",
                                        role="admin"))
    tasks.shutdown()


def open_certificates(qtbot, window):
    """The 志愿服务证明 page on screen, its register loaded."""
    page = window.certificates_page
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.nav.setCurrentRow(window.pages.indexOf(page))
    return page


def reprint_preview(qtbot, window):
    """The first registered certificate's 副本 preview, opened with 补打."""
    page = open_certificates(qtbot, window)
    page.table.selectRow(0)
    with qtbot.waitSignal(page.preview_shown, timeout=5000) as shown:
        click(qtbot, page.reprint_button)
    return shown.args[0]
