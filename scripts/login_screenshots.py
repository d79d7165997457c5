"""Screenshots of the log-in screen (at start, and locked after idle time) and the first-start dialog.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/login_screenshots.py OUT_DIR
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/login_screenshots.py OUT_DIR

Makes a demo data folder with a 站长 and a 值班员 in a temporary directory.
Files: OUT_DIR/login.png, OUT_DIR/login_locked.png, OUT_DIR/login_wait.png, OUT_DIR/first_run.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shot_tools import wait


def main(out: Path) -> None:
    from station_app.cli import cli_actor
    from station_app.db import close_database, open_database
    from station_app.demo import fill_demo
    from station_app.gui.app import make_application
    from station_app.gui.context import AppContext
    from station_app.gui.first_run_dialog import FirstRunDialog
    from station_app.gui.login_dialog import LoginDialog
    from station_app.gui.tasks import TaskManager
    from station_app.staff.accounts import active_names, create_first_admin, create_staff, log_in
    from station_app.station.profile import load_profile

    out.mkdir(parents=True, exist_ok=True)
    make_application()
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp))
        fill_demo(20, cli_actor())
        admin = create_first_admin("王建国", "zhanzhang-1")
        create_staff("李秀兰", "operator", "zhiban-1", admin.actor())
        tasks = TaskManager()
        ctx = AppContext(Path(tmp), tasks, load_profile(), operator="李秀兰")
        for name, locked in (("login", False), ("login_locked", True)):
            dialog = LoginDialog(ctx, None, locked=locked, names=active_names())
            dialog.show()
            wait()
            dialog.grab().save(str(out / f"{name}.png"))
            dialog.close()
        for _ in range(5):
            try:
                log_in("李秀兰", "wrong")
            except ValueError:
                pass
        dialog = LoginDialog(ctx, None, names=active_names())
        dialog.show()
        dialog.password.setText("zhiban-1")
        dialog.try_login()
        wait(800)
        dialog.grab().save(str(out / "login_wait.png"))
        dialog.close()
        first = FirstRunDialog()
        first.show()
        wait()
        first.grab().save(str(out / "first_run.png"))
        first.close()
        tasks.shutdown()
        close_database()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/login"))
