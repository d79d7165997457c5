"""Screenshots of the main screens, for looking at what we build.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR

Makes a demo data folder in a temporary directory, opens the first-start
dialog, the main window with the roster, a search, and the volunteer dialog
with validation messages, and saves each as PNG.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shot_tools import wait


def main(out: Path) -> None:
    from station_app.audit import Actor
    from station_app.demo import fill_demo
    from station_app.gui.app import make_application, start
    from station_app.gui.first_run_dialog import FirstRunDialog
    from station_app.gui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    first = FirstRunDialog()
    first.show()
    wait()
    first.grab().save(str(out / "first_start.png"))
    first.form.validate(show_all=True)
    first.grab().save(str(out / "first_start_errors.png"))
    first.close()

    data = Path(tempfile.mkdtemp()) / "station"
    ctx, lock = start(data)
    fill_demo(300, Actor("screenshots", role="admin"))
    from station_app.station.profile import load_profile

    ctx.profile, ctx.operator, ctx.role = load_profile(), "李值班", "admin"
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    wait(800)
    window.grab().save(str(out / "main_window.png"))
    window.roster_page.search.setText("王")
    wait(800)
    window.grab().save(str(out / "roster_search.png"))

    window.roster_page.add_volunteer()
    dialog = window.roster_page.dialog
    wait()
    dialog.name.setText("张三3")
    dialog.id_number.setText("11010519491231002")
    dialog.phone.setText("138 0013 800")
    dialog.save()
    wait()
    dialog.grab().save(str(out / "volunteer_dialog_errors.png"))
    dialog.name.setText("张三")
    from station_app.roster.ids import gb11643_check_char

    dialog.id_number.setText("11010520150301123" + gb11643_check_char("11010520150301123"))
    wait()
    dialog.grab().save(str(out / "volunteer_dialog_minor.png"))
    dialog.close()

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["朝西社区志愿者花名册（2026 年）"])
    ws.append(["序号", "姓名", "身份证号码", "联系方式", "所属队伍", "兴趣"])
    first17 = "11010519700101123"
    ws.append([1, "张 三", (first17 + gb11643_check_char(first17)).lower(), "138-0013-8000", "助老队", "唱歌"])
    ws.append([2, "李四", 110105197001011234, "13900139000", "助老队", ""])
    ws.append([3, "=B3", "110105197001011250", "13900139001", "", ""])
    xlsx = data.parent / "花名册.xlsx"
    wb.save(xlsx)
    window.roster_page.import_roster()
    wizard = window.roster_page.import_wizard
    wizard.file_page.path.setText(str(xlsx))
    wizard.next()
    wait(800)
    wizard.grab().save(str(out / "import_columns.png"))
    wizard.next()
    wait(800)
    wizard.preview_page.tabs.setCurrentIndex(1)
    wizard.grab().save(str(out / "import_preview.png"))
    wizard.close()
    window.roster_page.export_roster()
    wait()
    window.roster_page.export_dialog.grab().save(str(out / "export_dialog.png"))
    window.roster_page.export_dialog.close()
    window.nav.setCurrentRow(1)
    wait(800)
    window.grab().save(str(out / "review_queue.png"))
    window.nav.setCurrentRow(2)
    wait(800)
    window.grab().save(str(out / "posts_week.png"))
    window.review_page._open_dialog(None, "add")
    wait(500)
    window.review_page.dialog.grab().save(str(out / "record_dialog.png"))
    window.review_page.dialog.close()
    ctx.tasks.shutdown()
    lock.release()
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
