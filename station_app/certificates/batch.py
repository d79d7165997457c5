"""Issuing certificates for a whole team or a list of volunteers at once.

Each certificate is registered in its own transaction, so cancelling stops
after the one in hand and keeps everything issued so far, each with its
document: one PDF per volunteer in a folder, or all of them in one PDF. A big
batch of separate files is registered a few at a time instead (one transaction
per chunk, as many as there are processes drawing: certificates/render_pool.py),
its PDFs drawn side by side and written before the chunk commits; a failure
rolls the chunk back and removes its files, so nothing is registered without
its PDF and no PDF lies about without its registration.
Volunteers with nothing to certify are skipped and listed, never fail the batch.
The caller passes a plain ``progress(done, total)`` callback and a
``cancelled()`` flag (see gui/progress_watch.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from station_app.atomic_files import replacing
from station_app.audit import Actor
from station_app.certificates.issue import CertificateError, Issued, issue_certificate, write_certificate_file
from station_app.certificates.render_pool import Drawer, drawer
from station_app.changes import Changes, Kind, changed
from station_app.db import database
from station_app.db.models import Volunteer
from station_app.errors import NotFound
from station_app.i18n import translate

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass
class BatchResult:
    issued: list[tuple[str, str]] = field(default_factory=list)    # (serial, volunteer name)
    skipped: list[tuple[int, str, str]] = field(default_factory=list)  # (volunteer id, name, why)
    files: list[Path] = field(default_factory=list)
    cancelled: bool = False
    docs: list = field(default_factory=list, repr=False)  # the issued CertificateDocs, for printing them

    @property
    def changes(self) -> Changes:
        return changed(Kind.CERTIFICATES, Kind.OUTBOX) if self.issued else changed()

    def describe(self) -> str:
        text = translate("certificates", "已出具 {n} 份证明").format(n=len(self.issued))
        if self.skipped:
            text += translate("certificates", "，{n} 人没有可证明的记录未出具").format(n=len(self.skipped))
        if self.cancelled:
            text += translate("certificates", "（已取消，其余未出具）")
        return text


def team_members(team: str, include_inactive: bool = False) -> list[int]:
    q = Volunteer.select(Volunteer.id).where(Volunteer.team == team)
    if not include_inactive:
        q = q.where(Volunteer.status == "active")
    return [vid for (vid,) in q.order_by(Volunteer.name_pinyin, Volunteer.id).tuples()]


def file_name(serial: str, name: str) -> str:
    return _UNSAFE.sub("_", f"{serial}_{name}.pdf")


def _issuer() -> tuple[str, str]:
    from station_app.db.models import Station

    station = Station.get_or_none(Station.id == 1)
    if station is None:
        return "", ""
    return station.name, f"志愿服务记录证明，出具单位：{station.organisation}（{station.name}，{station.code}）"


def batch_issue(volunteer_ids: list[int], actor: Actor, out: Path, combined: bool,
                period_start: dt.date | None = None, period_end: dt.date | None = None, annex: bool = False,
                handler: str | None = None, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None, today: dt.date | None = None) -> BatchResult:
    """Issue one certificate per volunteer. *out* is a folder (one file each) or, when
    *combined*, the one PDF file that receives them all."""
    from station_app.certificates.pdf import new_canvas
    from station_app.staff.roles import require_admin

    require_admin(actor, translate("certificates", "出具志愿服务记录证明"))
    out = Path(out)
    folder = out.parent if combined else out
    if not folder.is_dir():
        raise CertificateError(translate("certificates", "文件夹不存在：{path}").format(path=folder))
    result = BatchResult()
    with (replacing(out) if combined else nullcontext(None)) as partial:
        canvas = new_canvas(str(partial), "志愿服务记录证明（批量）",  # the PDF's title: Chinese, as the paper
                            *_issuer()) if combined else None
        if canvas is not None:
            _issue_into(result, volunteer_ids, actor, canvas, period_start, period_end, handler, annex,
                        progress, cancelled, today)
        else:
            _issue_files(result, volunteer_ids, actor, folder, period_start, period_end, handler, annex,
                         progress, cancelled, today)
        if canvas is not None and result.issued:  # nothing issued: no file, the old one (if any) untouched
            canvas.save()
            result.files.append(out)
    return result


def _skipped(vid: int, why: Exception) -> tuple[int, str, str]:
    """A volunteer left out of the batch: (id, name, why), for the list the batch reports."""
    v = Volunteer.get_or_none(Volunteer.id == vid)
    return vid, v.name if v else str(vid), str(why)


def _issue_into(result: BatchResult, volunteer_ids: list[int], actor: Actor, canvas, period_start,
                period_end, handler, annex: bool, progress, cancelled, today) -> None:
    """Each certificate in its own transaction, drawn onto the one combined PDF."""
    from station_app.certificates.pdf import draw_certificate  # reportlab loads on first use

    total = len(volunteer_ids)
    for done, vid in enumerate(volunteer_ids):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        if progress is not None:
            progress(done, total)
        try:
            issued = issue_certificate(vid, actor, period_start, period_end, handler=handler, annex=annex,
                                       today=today)
        except (CertificateError, NotFound) as exc:
            result.skipped.append(_skipped(vid, exc))
            continue
        result.issued.append((issued.serial, issued.doc.volunteer_name))
        result.docs.append(issued.doc)
        draw_certificate(canvas, issued.doc)
    if progress is not None and not result.cancelled:
        progress(total, total)


def _issue_files(result: BatchResult, volunteer_ids: list[int], actor: Actor, folder: Path, period_start,
                 period_end, handler, annex: bool, progress, cancelled, today) -> None:
    total = len(volunteer_ids)
    with drawer(total) as pool:
        done = 0
        while done < total:
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            chunk = volunteer_ids[done:done + pool.size]
            _issue_chunk(result, chunk, done, total, actor, folder, pool, period_start, period_end, handler, annex,
                         progress, today)
            done += len(chunk)
    if progress is not None and not result.cancelled:
        progress(total, total)


def _issue_chunk(result: BatchResult, chunk: list[int], done: int, total: int, actor: Actor, folder: Path,
                 pool: Drawer, period_start, period_end, handler, annex: bool, progress, today) -> None:
    """Register *chunk* in one transaction (each certificate a savepoint), draw and write its PDFs, commit."""
    issued: list[Issued] = []
    skipped: list[tuple[int, str, str]] = []
    written: list[Path] = []
    try:
        with database.atomic("IMMEDIATE"):
            for k, vid in enumerate(chunk):
                if progress is not None:
                    progress(done + k, total)
                try:
                    issued.append(issue_certificate(vid, actor, period_start, period_end, handler=handler,
                                                    annex=annex, today=today))
                except (CertificateError, NotFound) as exc:
                    skipped.append(_skipped(vid, exc))
            for one, pdf in zip(issued, pool.draw_all([one.doc for one in issued])):
                path = folder / file_name(one.serial, one.doc.volunteer_name)
                write_certificate_file(path, pdf)
                written.append(path)
    except BaseException:
        for path in written:  # rolled back: no PDF without its registration
            path.unlink(missing_ok=True)
        raise
    result.skipped += skipped
    for one in issued:
        result.issued.append((one.serial, one.doc.volunteer_name))
        result.docs.append(one.doc)
    result.files += written


def batch_pages(docs: list) -> list:
    """Every page of every certificate in *docs*, in order (worker thread: laying out takes a while)."""
    from station_app.certificates.layout import layout

    return [page for doc in docs for page in layout(doc)]
