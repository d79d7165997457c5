"""Screenshots of the 平台同步 page and its settings tab, to look at them as station staff would.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/sync_screenshots.py OUT_DIR

A demo station whose records have waited three days, two volunteers with a
wrong ID check character, and the reference platform running in this process
(its clock 15 minutes ahead). Saved at 1366×768:
sync_1_waiting.png (never synced), sync_2_rejected.png (after a sync: refused
records, more approved since, the clock warning), sync_3_synced.png,
sync_4_offline.png (platform down), sync_5_stopped.png (token revoked),
sync_6_no_platform.png (no address: export for upload by hand),
sync_7_settings.png (the settings tab), sync_8_confirm_upload.png (after the export).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

from shot_tools import wait

TOKEN = "demo-station-token"


def sync_and_wait(window) -> None:
    scheduler = window.sync_scheduler
    scheduler.sync_now()
    while scheduler.running:
        wait(100)
    wait(600)


def main(out: Path) -> None:
    os.environ["STATION_APP_NO_KEYRING"] = "1"  # the demo's token goes to a file in the temporary folder
    from station_app.audit import Actor
    from station_app.db import close_database, database
    from station_app.db.models import ServiceRecord, Volunteer
    from station_app.demo import fill_demo
    from station_app.gui.app import make_application, start
    from station_app.gui.main_window import MainWindow
    from station_app.gui.sync.scheduler import SyncScheduler
    from station_app.hours import review
    from station_app.platform_server import Faults, PlatformServer
    from station_app.station.profile import load_profile
    from station_app.sync.setup import save_sync_settings

    out.mkdir(parents=True, exist_ok=True)
    make_application()
    tmp = Path(tempfile.mkdtemp())
    ctx, lock = start(tmp / "station")
    actor = Actor("李值班", role="admin")
    fill_demo(30, actor)
    profile = load_profile()
    waiting = [r.id for r in ServiceRecord.select(ServiceRecord.id).where(
        (ServiceRecord.state == "pending") & (ServiceRecord.counts == True)).order_by(ServiceRecord.id)]  # noqa: E712
    waited = (dt.datetime.now().astimezone() - dt.timedelta(days=3, hours=2)).isoformat(timespec="seconds")
    database.execute_sql("UPDATE outbox SET created_at = ?", (waited,))
    wrong = [v for (v,) in ServiceRecord.select(ServiceRecord.volunteer).where(
        ServiceRecord.state == "approved").distinct().order_by(ServiceRecord.volunteer).limit(2).tuples()]
    for vid in wrong:  # typed into an old version with a wrong check character
        number = Volunteer.get_by_id(vid).id_number
        bad = number[:-1] + ("0" if number[-1] != "0" else "1")
        Volunteer.update(id_number=bad).where(Volunteer.id == vid).execute()

    platform = PlatformServer(tmp / "platform.sqlite3", stations={profile.code: (profile.name, TOKEN)},
                              faults=Faults(clock_offset_seconds=900)).start()
    save_sync_settings(ctx.data_dir, actor, platform.url, "", TOKEN)
    SyncScheduler.STARTUP_DELAY_MS = 3_600_000  # the script decides when to sync
    ctx.profile, ctx.operator, ctx.role = profile, "李值班", "admin"
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    page = window.sync_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    wait(800)
    window.grab().save(str(out / "sync_1_waiting.png"))

    sync_and_wait(window)
    review.approve(waiting[:5], actor)  # approved after the first sync
    page.refresh()
    wait(600)
    page.rejected_table.selectRow(0)
    wait(200)
    window.grab().save(str(out / "sync_2_rejected.png"))

    sync_and_wait(window)
    window.grab().save(str(out / "sync_3_synced.png"))

    review.approve(waiting[5:], actor)
    platform.stop()
    sync_and_wait(window)
    window.grab().save(str(out / "sync_4_offline.png"))

    platform.start()
    platform.revoke_token(TOKEN)
    sync_and_wait(window)
    window.grab().save(str(out / "sync_5_stopped.png"))

    save_sync_settings(ctx.data_dir, actor, "", "")
    page.refresh()
    wait(600)
    window.grab().save(str(out / "sync_6_no_platform.png"))
    page.manual.export(str(tmp / "待上传服务记录.xlsx"))
    wait(800)
    page.manual.box.grab().save(str(out / "sync_8_confirm_upload.png"))
    page.manual.box.reject()

    save_sync_settings(ctx.data_dir, actor, platform.url, "")
    window.open_settings()
    wait(800)
    dialog = window.settings_dialog
    dialog.tabs.setCurrentWidget(dialog.sync_tab)
    wait(300)
    dialog.grab().save(str(out / "sync_7_settings.png"))
    dialog.reject()
    window.close()
    ctx.tasks.shutdown()
    platform.close()
    close_database()
    lock.release()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/sync"))
