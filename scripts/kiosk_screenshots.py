"""Screenshots of the kiosk screens, to look at them as a volunteer would.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/kiosk_screenshots.py OUT_DIR
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/kiosk_screenshots.py OUT_DIR

Makes a demo data folder in a temporary directory, adds a shift now and one soon, then
walks through home, a name search with several matches, the post list, the
check-in confirmation, the check-out summary, a refusal, "not found" and the
staff PIN screen, at 1366×768 and 1920×1080. Files: OUT_DIR/<width>x<height>/<screen>.png.
The size that matches the screen is shown with showFullScreen(), the other as
a window of that size.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from shot_tools import wait

SIZES = ((1366, 768), (1920, 1080))



def wait_for(window, screen: str, limit_ms: int = 5000) -> None:
    waited = 0
    while window.current_screen != screen and waited < limit_ms:
        wait(50)
        waited += 50
    if window.current_screen != screen:
        raise SystemExit(f"kiosk did not reach {screen!r} (at {window.current_screen!r})")
    wait(200)


def seed_shifts(actor) -> tuple[int, int]:
    """A shift on now and one starting soon on the demo posts; returns (助老送餐's id, the shift now)."""
    from station_app.db.models import Post
    from station_app.hours.times import local_now
    from station_app.posts.shifts import create_shift

    now = local_now()
    post = {p.code: p.id for p in Post.select()}
    start = now.replace(minute=0) - dt.timedelta(hours=1)
    garbage = create_shift(post["P-GARBAGE-01"], start, start + dt.timedelta(hours=3), actor, capacity=6)
    create_shift(post["P-TRAFFIC-01"], now + dt.timedelta(minutes=30), now + dt.timedelta(hours=2, minutes=30), actor)
    return post["P-ELDER-01"], garbage.id


def people(actor, meals_post: int, shift_id: int, round_no: int) -> tuple[int, int, int]:
    """Three people: one signed up for the shift now, one on post for 95 minutes, one more."""
    from station_app.db.models import Volunteer
    from station_app.hours.times import local_now
    from station_app.kiosk import service as kiosk
    from station_app.posts.shifts import sign_up

    ids = [v.id for v in Volunteer.select().where(Volunteer.status == "active").order_by(Volunteer.id)]
    signed, on_post, other = ids[3 * round_no: 3 * round_no + 3]
    sign_up(shift_id, signed, actor)
    kiosk.check_in(on_post, meals_post, at=local_now() - dt.timedelta(minutes=95))
    return signed, on_post, other


def shoot(window, folder: Path, signed: int, on_post: int, other: int, meals_post: int) -> None:
    from station_app.kiosk import service as kiosk

    folder.mkdir(parents=True, exist_ok=True)

    def grab(name: str) -> None:
        window.grab().save(str(folder / f"{name}.png"))

    window.go_home()
    wait_for(window, "home")
    grab("1_home")
    window.home.input.setText("王")
    window.home.submit()
    wait_for(window, "candidates")
    grab("2_candidates")
    window.open_person(signed)
    wait_for(window, "person")
    grab("3_posts")
    window.person.list.buttons[0].click()
    wait_for(window, "checked_in")
    grab("4_checked_in")
    window.open_person(on_post)
    wait_for(window, "person")
    grab("5_on_post")
    window.person.checkout_button.click()
    wait_for(window, "checked_out")
    grab("6_summary")
    window.go_home()
    window.open_person(other)
    wait_for(window, "person")
    kiosk.check_in(other, meals_post)  # meanwhile, at another kiosk: the tap here is refused
    window.person.list.buttons[1].click()
    wait_for(window, "message")
    grab("7_refused")
    window.go_home()
    window.home.input.setText("赵钱孙李")
    window.home.submit()
    wait_for(window, "message")
    grab("8_not_found")
    window.ask_pin()
    window.pin.input.setText("1234")
    wait_for(window, "pin")
    grab("9_staff_pin")


def main(out: Path) -> None:
    from station_app.audit import Actor
    from station_app.demo import fill_demo
    from station_app.gui.app import make_application, start
    from station_app.gui.kiosk import KioskWindow
    from station_app.station.profile import load_profile

    app = make_application()
    data = Path(tempfile.mkdtemp()) / "station"
    started = start(data)
    if isinstance(started, str):
        raise SystemExit(started)
    ctx, lock = started
    actor = Actor("screenshots", role="admin")
    fill_demo(300, actor)
    ctx.profile, ctx.operator, ctx.role = load_profile(), "李值班", "admin"
    meals_post, shift_id = seed_shifts(actor)
    try:
        for round_no, (width, height) in enumerate(SIZES):
            signed, on_post, other = people(actor, meals_post, shift_id, round_no)
            window = KioskWindow(ctx, on_leave=lambda: None)
            screen = app.primaryScreen().size()
            if (screen.width(), screen.height()) == (width, height):
                window.showFullScreen()  # as at a station; under Xvfb this is the real window manager path
            else:
                window.resize(width, height)
                window.show()
            wait(500)
            shoot(window, out / f"{width}x{height}", signed, on_post, other, meals_post)
            window.close()
            window.deleteLater()
    finally:
        ctx.tasks.shutdown()
        lock.release()
        app.quit()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "kiosk_screenshots"))
