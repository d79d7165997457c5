"""Screenshots of the certificates page and its dialogs, and page 1 of a certificate as PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/certificate_screenshots.py screenshots/certificates

A demo station with two months of records; a few certificates issued, one
reprinted and one revoked; then the register, the issue dialog with its
summary, the preview, the batch dialog and the verify dialog.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shot_tools import wait


def main(out: Path) -> None:
    from station_app.audit import Actor
    from station_app.certificates.issue import issue_certificate
    from station_app.certificates.register import record_reprint, revoke_certificate
    from station_app.db.models import ServiceRecord
    from station_app.demo import fill_demo
    from station_app.gui.app import make_application, start
    from station_app.gui.main_window import MainWindow
    from station_app.station.profile import load_profile

    out.mkdir(parents=True, exist_ok=True)
    make_application()
    ctx, _lock = start(Path(tempfile.mkdtemp()) / "station")
    actor = Actor("李值班", role="admin")
    fill_demo(120, actor)
    ids = [r.volunteer_id for r in ServiceRecord.select(ServiceRecord.volunteer).where(
        (ServiceRecord.state == "approved") & (ServiceRecord.counts == True)).distinct().limit(6)]  # noqa: E712
    issued = [issue_certificate(vid, actor, annex=i == 0) for i, vid in enumerate(ids)]
    record_reprint(issued[1].serial, actor)
    revoke_certificate(issued[2].serial, "服务期间填写有误，已重新出具", actor)
    ctx.profile, ctx.operator, ctx.role = load_profile(), "李值班", "admin"
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    page = window.certificates_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    wait(800)
    window.grab().save(str(out / "register.png"))

    page.open_issue()
    dialog = page.dialog
    dialog.picker.set_volunteer(ids[3], "（演示）")
    dialog.annex.setChecked(True)
    wait(800)
    dialog.grab().save(str(out / "issue_dialog.png"))
    dialog.issue()
    wait(1500)
    page.preview.resize(900, 1000)
    wait(300)
    page.preview.grab().save(str(out / "preview.png"))
    page.preview.close()

    page.open_batch()
    wait(500)
    page.dialog.grab().save(str(out / "batch_dialog.png"))
    page.dialog.close()

    page.open_verify()
    page.dialog.scan.setText(issued[0].doc.qr_text)
    page.dialog.use_scan()
    wait(600)
    page.dialog.grab().save(str(out / "verify_dialog.png"))
    page.dialog.close()
    ctx.tasks.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/certificates"))
