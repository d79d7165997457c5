"""Open every page, the kiosk and every dialog on one screen size; print what is cut (JSON), save shots.

    python tests/support/screens_run.py WIDTH HEIGHT [--scale 1.5] [--font-size 标准|大|特大] [--lang en] [--shots DIR]

Run by tests/gui/test_screens_fit.py and scripts/screens_at_sizes.py in a process of its own: the
screen size is the offscreen platform's, fixed when Qt starts (QT_QPA_PLATFORM is set here).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for `support`


def _configure(width: int, height: int, scale: float) -> None:
    config = Path(tempfile.mkdtemp()) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "station", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(scale)


def wait(ms: int = 300) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _seed(actor) -> None:
    """Demo station plus what dialogs need: an issued certificate, a shift today."""
    import datetime as dt

    from station_app.certificates.issue import issue_certificate
    from station_app.db.models import Post, ServiceRecord
    from station_app.demo import fill_demo
    from station_app.hours.times import local_time
    from station_app.posts.shifts import create_shift

    fill_demo(60, actor)
    approved = ServiceRecord.select().where(ServiceRecord.state == "approved").first()
    issue_certificate(approved.volunteer_id, actor, annex=True)
    post = Post.select().order_by(Post.id).first()
    today = dt.date.today()
    create_shift(post.id, local_time(today, "09:00"), local_time(today, "11:30"), actor)


def settled(check) -> list[str]:
    """What is still cut once queued relayouts ran: a label whose text just changed is re-laid out by
    the next pass of the event loop, and a person never sees that moment."""
    found = check()
    if found:
        wait(300)
        found = check()
    return found


def run(shots: Path | None, font_size: str | None, language: str = "zh_CN") -> list[str]:
    from station_app.audit import Actor
    from station_app.gui.app import make_application, start
    from station_app.gui.main_window import MainWindow
    from support.screens import DIALOGS, cut_widgets, dialog_problems

    app = make_application(language=language)
    data = Path(tempfile.mkdtemp()) / "station"
    ctx, lock = start(data)
    actor = Actor("李值班", role="admin")
    _seed(actor)
    if font_size:
        from station_app.station.display import set_font_size

        set_font_size(font_size, actor)
    from station_app.station.profile import load_profile

    ctx.profile, ctx.operator, ctx.role = load_profile(), "李值班", "admin"
    problems: list[str] = []
    window = MainWindow(ctx)
    window.showMaximized()
    wait(500)

    def shoot(widget, name: str) -> None:
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(shots / f"{name}.png"))

    for index in range(window.pages.count()):
        window.nav.setCurrentRow(index)
        wait(250)
        page = window.pages.widget(index)
        name = type(page).__name__
        problems += [f"{name}: {p}" for p in settled(lambda: cut_widgets(window))]
        shoot(window, f"page-{index:02d}-{name}")

    from station_app.gui.kiosk import KioskWindow

    kiosk = KioskWindow(ctx, on_leave=lambda: None)
    kiosk.showFullScreen()
    wait(300)
    problems += [f"KioskWindow: {p}" for p in settled(lambda: cut_widgets(kiosk))]
    shoot(kiosk, "kiosk-home")
    kiosk.close()

    for path, make in DIALOGS.items():
        name = path.rsplit(".", 1)[1]
        dialog = make(window)
        dialog.show()
        wait(150)
        problems += [f"{name}: {p}" for p in settled(lambda d=dialog: cut_widgets(d) + dialog_problems(d))]
        shoot(dialog, f"dialog-{name}")
        dialog.close()
        dialog.deleteLater()
    window.close()
    ctx.tasks.shutdown()
    lock.release()
    app.quit()
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("width", type=int)
    parser.add_argument("height", type=int)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--font-size")
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    args = parser.parse_args()
    _configure(args.width, args.height, args.scale)
    problems = run(args.shots, args.font_size, args.lang)
    print(json.dumps({"problems": problems}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
