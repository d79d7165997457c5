"""``certificate … --print`` and ``reprint-certificate … --print`` to a real CUPS queue, read back."""

from __future__ import annotations

import os
import subprocess

from station_app.db import close_database, open_database
from support.certificates import PLATFORM_NO, story_folder
from support.core import run_station_app
from support.printing import read_printed


def station_app(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return run_station_app(*args, env=env)  # as from a terminal with no display: the command chooses offscreen itself


def test_issue_and_reprint_print_on_the_default_and_on_a_named_printer(tmp_path, print_queue):
    folder = story_folder(tmp_path)
    print_queue.mark()
    proc = station_app("--data-dir", str(folder), "certificate", "--volunteer", PLATFORM_NO, "--print",
                       "--handler", "李娜")
    assert proc.returncode == 0, proc.stderr
    serial = proc.stdout.splitlines()[0]
    assert f"已送往打印机 {print_queue.name}" in proc.stdout  # the system default printer
    text = read_printed(print_queue.wait_for_pdf())
    assert serial in text and "张秀英" in text and "李娜" in text and "副本" not in text

    print_queue.mark()
    copy = station_app("--data-dir", str(folder), "reprint-certificate", serial, "--print", "--printer",
                       print_queue.name, "--out", str(tmp_path / "copy.pdf"))
    assert copy.returncode == 0, copy.stderr
    text = read_printed(print_queue.wait_for_pdf())
    assert serial in text and "张秀英" in text and "副本" in text
    assert (tmp_path / "copy.pdf").exists()
    open_database(folder)
    try:
        from station_app.db.models import AuditEntry, Certificate

        assert Certificate.get(Certificate.serial == serial).copies == 2  # the saved copy and the printed one
        outputs = [e.after for e in AuditEntry.select().where(AuditEntry.action == "certificate.reprint")]
        assert len(outputs) == 2 and any("print" in (o or "") for o in outputs)
    finally:
        close_database()


def test_an_unknown_printer_is_one_line_naming_the_printers_and_issues_nothing(tmp_path, print_queue):
    folder = story_folder(tmp_path)
    proc = station_app("--data-dir", str(folder), "certificate", "--volunteer", PLATFORM_NO, "--print",
                       "--printer", "走廊打印机")
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "走廊打印机" in proc.stderr and print_queue.name in proc.stderr
    assert "Traceback" not in proc.stderr
    open_database(folder)
    try:
        from station_app.db.models import Certificate

        assert Certificate.select().count() == 0
    finally:
        close_database()
    neither = station_app("--data-dir", str(folder), "certificate", "--volunteer", PLATFORM_NO)
    assert neither.returncode == 1 and "--print" in neither.stderr
