"""Screenshots of the first-week screens: 签到表录入, a repeating shift, editing one of a series.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/sheet_entry_screenshots.py OUT_DIR

At 1024×768, 1366×768 and 1920×1080, on a demo station in a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from shot_tools import wait

SIZES = ((1024, 768), (1366, 768), (1920, 1080))


def main(out: Path) -> None:
    from PySide6.QtCore import QDate

    from station_app.audit import Actor
    from station_app.demo import fill_demo
    from station_app.gui.app import make_application, start
    from station_app.gui.main_window import MainWindow
    from station_app.posts.service import list_posts
    from station_app.roster.service import search_roster
    from station_app.station.profile import load_profile

    out.mkdir(parents=True, exist_ok=True)
    make_application()
    data = Path(tempfile.mkdtemp()) / "station"
    ctx, _lock = start(data)
    fill_demo(300, Actor("screenshots", role="admin"))
    ctx.profile, ctx.operator, ctx.role = load_profile(), "李值班", "admin"
    window = MainWindow(ctx)
    window.show()
    page = window.sheet_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    wait(600)
    people = search_roster("", False, 0, 8, actor=Actor("screenshots", role="admin")).rows
    day = dt.date.today() - dt.timedelta(days=1)
    page.date.setDate(QDate(day.year, day.month, day.day))
    for i, person in enumerate(people[:6]):
        line = page.lines[i]
        line.pick(person.id, person.name)
        line.start.setText("07:00" if i != 3 else "09:00")
        line.end.setText("09:30" if i != 3 else "08:00")
        line.served.setText(str(10 + i))
    page.lines[4].pick(people[0].id, people[0].name)  # the same person twice: overlap
    page.lines[6].who.setText("zh")
    page._typed_name(page.lines[6])
    page.lines[6].who.setFocus()
    wait(900)
    for w, h in SIZES:
        window.resize(w, h)
        wait(500)
        window.grab().save(str(out / f"sheet_entry_{w}x{h}.png"))

    posts = window.posts_page
    window.nav.setCurrentRow(window.pages.indexOf(posts))
    wait(600)
    post = list_posts()[0]
    posts.post_table.selectRow([p.id for p in posts.posts].index(post.id))
    wait(300)
    posts._shift_dialog()
    dialog = posts.dialog
    dialog.repeat.setChecked(True)
    for n, box in enumerate(dialog.weekdays, 1):
        box.setChecked(n in (1, 3, 5))
    wait()
    dialog.grab().save(str(out / "shift_repeat_dialog.png"))
    dialog.save()
    wait(800)
    for w, h in SIZES:
        window.resize(w, h)
        wait(400)
        window.grab().save(str(out / f"posts_series_{w}x{h}.png"))
    shift = next(s for s in posts.week_shifts if s.series_id)
    from station_app.gui.shift_edit_dialog import ShiftEditDialog

    edit = ShiftEditDialog(ctx, shift, window)
    edit.show()
    wait(600)
    edit.grab().save(str(out / "shift_edit_dialog.png"))
    edit.close()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
