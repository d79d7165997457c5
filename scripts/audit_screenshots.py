"""Screenshots of the audit log viewer, to look at it as station staff would.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/audit_screenshots.py OUT_DIR

Makes a demo data folder in a temporary directory, edits one audit entry behind
the app's back (as someone with a SQLite tool could), then saves the viewer
before and after "核对哈希链" at 1366×768: OUT_DIR/audit_1_list.png, audit_2_verify.png,
audit_3_filtered.png.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from shot_tools import wait


def main(out: Path) -> None:
    from station_app.audit import Actor
    from station_app.config import DB_FILENAME
    from station_app.db import open_database
    from station_app.demo import fill_demo
    from station_app.gui.app import make_application
    from station_app.gui.context import AppContext
    from station_app.gui.main_window import MainWindow
    from station_app.gui.tasks import TaskManager
    from station_app.station.profile import load_profile

    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "station"
        open_database(folder)
        fill_demo(40, Actor("李值班", role="admin"))
        conn = sqlite3.connect(str(folder / DB_FILENAME))
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("UPDATE audit_entry SET actor = '某人' WHERE id = (SELECT max(id) - 3 FROM audit_entry)")
        conn.commit()
        conn.close()
        tasks = TaskManager()
        ctx = AppContext(data_dir=folder, tasks=tasks, profile=load_profile(), operator="李值班")
        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.show()
        page = window.audit_page
        window.nav.setCurrentRow(window.pages.indexOf(page))
        wait(800)
        window.grab().save(str(out / "audit_1_list.png"))
        page.verify()
        wait(800)
        page.table.selectRow(3)
        wait(200)
        window.grab().save(str(out / "audit_2_verify.png"))
        page.action.setCurrentIndex(page.action.findData("shift.create"))
        page.refresh()
        wait(800)
        window.grab().save(str(out / "audit_3_filtered.png"))
        window.close()
        tasks.shutdown()
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/audit"))
