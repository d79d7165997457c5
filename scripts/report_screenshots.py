"""Screenshots of 首页 and the 统计 page at 1024×768, 1366×768 and 1920×1080, for looking at them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/report_screenshots.py OUT_DIR

A demo station with a year of records (the demo's two months, copied back month by
month), two volunteers checked in now, then: the home page, and the report by
month for the year, by post for a month, by team, with a row's records open.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shot_tools import wait

SIZES = ((1024, 768), (1366, 768), (1920, 1080))


def a_year_of_records() -> None:
    from station_app.db import database

    with database.atomic():
        for back in range(2, 12):
            database.execute_sql(
                "INSERT INTO service_record (uid, volunteer_id, post_id, start_min, end_min, utc_offset, break_minutes,"
                " minutes, counts, people_served, content, source, state, recorded_by, reviewed_by, reviewed_at, ym,"
                " created_at, updated_at) SELECT uid || '-' || ?, volunteer_id, post_id, start_min - ? * 43200,"
                " end_min - ? * 43200, utc_offset, break_minutes, minutes, counts, people_served, content, source,"
                " state, recorded_by, reviewed_by, reviewed_at,"
                " CAST(strftime('%Y%m', (start_min - ? * 43200 + utc_offset) * 60, 'unixepoch') AS INTEGER),"
                " created_at, updated_at FROM service_record WHERE state = 'approved' AND abs(random()) % 3 != 0"
                " AND uid NOT LIKE '%-%-%-%-%-%'", (back, back, back, back))


def main(out: Path) -> None:
    import datetime as dt

    from station_app.audit import Actor
    from station_app.demo import fill_demo
    from station_app.gui.app import make_application, start
    from station_app.gui.main_window import MainWindow
    from station_app.hours import records
    from station_app.hours.times import local_now
    from station_app.posts.service import list_posts
    from station_app.station.profile import load_profile

    out.mkdir(parents=True, exist_ok=True)
    make_application()
    data = Path(tempfile.mkdtemp()) / "station"
    ctx, _lock = start(data)
    actor = Actor("screenshots", role="admin")
    fill_demo(300, actor)
    a_year_of_records()
    post = list_posts()[0].id
    for vid in (5, 6):
        records.check_in(vid, post, actor, at=local_now() - dt.timedelta(minutes=40 + vid * 7))
    ctx.profile, ctx.operator, ctx.role = load_profile(), "李值班", "admin"
    window = MainWindow(ctx)
    for w, h in SIZES:
        window.resize(w, h)
        window.show()
        window.show_page(window.home_page)
        wait(900)
        window.grab().save(str(out / f"home_{w}x{h}.png"))
        page = window.reports_page
        window.show_page(page)
        page.picker.kind.setCurrentIndex(2)  # 按年
        page.by.setCurrentIndex(0)  # 月份
        wait(900)
        window.grab().save(str(out / f"reports_year_by_month_{w}x{h}.png"))
        page.picker.kind.setCurrentIndex(0)
        page.by.setCurrentIndex(1)  # 服务岗位
        wait(900)
        window.grab().save(str(out / f"reports_month_by_post_{w}x{h}.png"))
        page.by.setCurrentIndex(3)  # 队伍
        wait(900)
        window.grab().save(str(out / f"reports_month_by_team_{w}x{h}.png"))
    dialog = page.show_records(0)
    wait(900)
    dialog.grab().save(str(out / "reports_records_dialog.png"))
    dialog.close()
    window.close()
    ctx.tasks.shutdown()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
