"""Every page and dialog, and a check that its text is shown whole (tests/gui/test_screens_fit.py).

Pages are found by themselves: every page the main window puts in its navigation
(``MainWindow.pages``) is opened and checked, and so is the kiosk. Dialogs need
a way to be made with realistic data, so each QDialog/QWizard class in
``station_app.gui`` has a factory in ``DIALOGS`` below; a dialog class without
one fails ``test_every_dialog_is_registered``. To register a new dialog, add::

    "station_app.gui.reports_dialog.ReportsDialog": lambda w: ReportsDialog(w.ctx, w),

(import inside the lambda's module function, as below). The factory gets the
main window (``w.ctx`` is its AppContext, the demo station is in the database).

What counts as cut: a label, check box, radio button, push/tool button, group
box or tab whose size hint does not fit its geometry; a line edit whose
placeholder is wider than the field; a table header section narrower than its
title; in a table marked ``setProperty("whole_cells", True)`` a cell whose
text does not fit; a dialog larger than the screen, or whose title cannot be
read in its title bar.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
    QWizard,
)

TASKBAR = 40  # Windows keeps this much of a 768-pixel screen for the task bar
TITLE_BAR_BUTTONS = 140  # the close/maximise buttons and the icon beside a dialog's title


def _text_of(w: QWidget) -> str:
    for attr in ("text", "title", "placeholderText"):
        if hasattr(w, attr):
            value = getattr(w, attr)()
            if isinstance(value, str) and value:
                return value.replace("\n", " ")[:40]
    return ""


def _where(w: QWidget) -> str:
    return f"{type(w).__name__}{'#' + w.objectName() if w.objectName() else ''} «{_text_of(w)}»"


def cut_widgets(top: QWidget) -> list[str]:
    """What a person would see cut or elided in *top* as it is on screen now."""
    found: list[str] = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0 or w.height() <= 0 or not _on_screen(w, top):
            continue
        size, hint = w.size(), w.sizeHint()
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                if w.heightForWidth(w.width()) > size.height() + 1:
                    found.append(f"{_where(w)} needs {w.heightForWidth(w.width())} px high, has {size.height()}")
            elif hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
                found.append(f"{_where(w)} needs {hint.width()}×{hint.height()}, has {size.width()}×{size.height()}")
        elif isinstance(w, (QPushButton, QToolButton)) and w.text():
            need = w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) + 12 + (
                w.iconSize().width() + 4 if not w.icon().isNull() else 0)  # the style's 80-px minimum is no cut
            if need > size.width() or hint.height() > size.height() + 1:
                found.append(f"{_where(w)} needs {need} px wide, has {size.width()}")
        elif isinstance(w, (QCheckBox, QRadioButton)) and w.text():
            if hint.width() > size.width() + 1:
                found.append(f"{_where(w)} needs {hint.width()} px wide, has {size.width()}")
        elif isinstance(w, QGroupBox) and w.title():
            need = w.fontMetrics().horizontalAdvance(w.title()) + 16
            if need > size.width():
                found.append(f"{_where(w)} title needs {need} px, has {size.width()}")
        elif isinstance(w, QLineEdit) and w.placeholderText():  # what the empty field shows
            margins = w.textMargins()
            need = w.fontMetrics().horizontalAdvance(w.placeholderText()) + margins.left() + margins.right() + 12
            if w.isClearButtonEnabled():
                need += 20
            if need > size.width():
                found.append(f"{_where(w)} placeholder needs {need} px, has {size.width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() < w.tabSizeHint(i).width() - 1:
                    found.append(f"tab «{w.tabText(i)}» needs {w.tabSizeHint(i).width()}, has {w.tabRect(i).width()}")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal and w.model() is not None:
            found += _cut_sections(w)
        if isinstance(w, QTableView) and w.property("whole_cells"):
            found += _cut_cells(w)
        if isinstance(w, QScrollArea) and w.widget() is not None and w.horizontalScrollBar().maximum() > 0:
            found.append(f"{_where(w)} scrolls sideways: its content needs {w.widget().minimumSizeHint().width()} px, "
                         f"the view has {w.viewport().width()}")  # the right-hand part is cut off
    return found + _overlapping_buttons(top)


def _overlapping_buttons(top: QWidget) -> list[str]:
    """Buttons drawn over each other: a layout squeezed below what its content needs."""
    found = []
    by_parent: dict[int, list[QWidget]] = {}
    for b in top.findChildren(QAbstractButton):
        if b.isVisible() and b.parentWidget() is not None:
            by_parent.setdefault(id(b.parentWidget()), []).append(b)
    for buttons in by_parent.values():
        for i, a in enumerate(buttons):
            for b in buttons[i + 1:]:
                if a.geometry().intersects(b.geometry()):
                    found.append(f"{_where(a)} overlaps {_where(b)}")
                    break
    return found


def _on_screen(w: QWidget, top: QWidget) -> bool:
    """Inside the window's visible part (widgets scrolled out of a scroll area do not count)."""
    parent = w.parentWidget()
    rect = QRect(w.mapTo(top, w.rect().topLeft()), w.size())
    while parent is not None and parent is not top:
        if parent.metaObject().className() == "QWidget" and parent.objectName() == "qt_scrollarea_viewport":
            viewport = QRect(parent.mapTo(top, parent.rect().topLeft()), parent.size())
            return viewport.intersects(rect)
        parent = parent.parentWidget()
    return True


def _cut_sections(header: QHeaderView) -> list[str]:
    found = []
    visible = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    for i in visible:
        last = i == visible[-1] and header.stretchLastSection()
        need = header.sectionSizeFromContents(i).width()
        if need > header.sectionSize(i) + 1 and not (last and header.length() < header.width()):
            title = header.model().headerData(i, Qt.Orientation.Horizontal)
            found.append(f"header «{title}» needs {need} px, has {header.sectionSize(i)}")
    return found


def _cut_cells(view: QTableView) -> list[str]:
    """Cells shown elided ("助老…") or with lines cut off; the delegate's own margins (3 px a side)."""
    found = []
    model = view.model()
    fm = view.fontMetrics()
    for row in range(min(model.rowCount(), 40)):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            rect = view.visualRect(index)
            if not text or rect.isEmpty() or not view.viewport().rect().intersects(rect):
                continue
            room = rect.adjusted(3, 0, -3, 0)
            lines = str(text).split("\n")
            widest = max(fm.horizontalAdvance(line) for line in lines)
            if view.wordWrap():
                need = fm.boundingRect(QRect(0, 0, room.width(), 10000), int(Qt.TextFlag.TextWordWrap), str(text))
                cut = need.height() > room.height() or need.width() > room.width()
            else:
                cut = widest > room.width() or fm.height() * len(lines) > room.height()
            if cut:
                found.append(f"cell ({row}, {col}) «{str(text)[:30]}» cut in {room.width()}×{room.height()}")
    return found


def dialog_problems(dialog: QWidget) -> list[str]:
    """A dialog on the available screen: whole, with a readable title."""
    found = []
    screen = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height() - TASKBAR:
        found.append(f"{_where(dialog)} is {frame.width()}×{frame.height()}, the screen has "
                     f"{screen.width()}×{screen.height() - TASKBAR} above the task bar")
    title = dialog.windowTitle()
    if title and dialog.fontMetrics().horizontalAdvance(title) + TITLE_BAR_BUTTONS > frame.width():
        found.append(f"{_where(dialog)} title «{title}» does not fit a {frame.width()} px title bar")
    return found


# --- discovering dialogs ------------------------------------------------------------------------------------------


def dialog_classes() -> list[str]:
    """Every QDialog/QWizard subclass defined in station_app.gui."""
    import station_app.gui as gui

    found = set()
    for info in pkgutil.walk_packages(gui.__path__, "station_app.gui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, (QDialog, QWizard)):
                found.add(f"{cls.__module__}.{cls.__qualname__}")
    return sorted(found)


def _first_volunteer_id() -> int:
    from station_app.db.models import Volunteer

    return Volunteer.select(Volunteer.id).order_by(Volunteer.id).first().id


def _first_post_id() -> int:
    from station_app.db.models import Post

    return Post.select(Post.id).order_by(Post.id).first().id


def _issued_preview(w):
    from station_app.certificates.layout import layout
    from station_app.certificates.register import certificate_document
    from station_app.db.models import Certificate
    from station_app.gui.certificates.preview import CertificatePreview

    row = Certificate.select().order_by(Certificate.id).first()
    doc = certificate_document(row.serial, copy=True, annex=True)
    return CertificatePreview(w.ctx, doc, layout(doc), w)


def _revoke(w):
    from station_app.certificates.register import list_certificates
    from station_app.gui.certificates.revoke_dialog import RevokeDialog

    return RevokeDialog(w.ctx, list_certificates()[0], w)


def _settings(w):
    from station_app.gui.settings_dialog import SettingsDialog, current_hours_settings

    return SettingsDialog(w.ctx, w, current_hours_settings(w.ctx.data_dir))


def _signup(w):
    from station_app.db.models import Shift
    from station_app.gui.shift_dialogs import SignupDialog
    from station_app.posts import shifts

    shift = Shift.select().order_by(Shift.id.desc()).first()
    return SignupDialog(w.ctx, shifts.get_shift(shift.id), w)


def _shift_edit_of_a_series(w):
    """Editing one day of a weekly series: the dialog with its 仅此班次 / 此班次及以后 choice shown."""
    from station_app.gui.shift_edit_dialog import ShiftEditDialog
    from station_app.posts import shift_series, shifts

    monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
    made = shift_series.create_series(shift_series.SeriesInput(
        _first_post_id(), (1, 3, 5), dt.time(7), dt.time(9), monday, monday + dt.timedelta(days=27)), w.ctx.actor())
    return ShiftEditDialog(w.ctx, shifts.get_shift(made.shift_ids[0]), w)


def _volunteer_with_errors(w):
    """The volunteer dialog with every message shown: the longest state it has."""
    from station_app.gui.volunteer_dialog import VolunteerDialog
    from support.core import make_id

    dialog = VolunteerDialog(w.ctx, None, w)
    dialog.name.setText("张三3")
    dialog.id_number.setText(make_id("110105", dt.date.today() - dt.timedelta(days=365 * 9), 122))  # a child:
    dialog.phone.setText("138 0013 800")  # guardian rows, the separate consent and its message too
    dialog.save()
    return dialog


def _first_run_with_errors(_w):
    from station_app.gui.first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog()
    dialog.form.validate(show_all=True)
    return dialog


def _import_wizard(w):
    from station_app.gui.import_wizard import ImportWizard

    return ImportWizard(w.ctx, w)


def _reason(w):
    from station_app.gui.reason_dialog import ReasonDialog

    dialog = ReasonDialog("退回", "退回 张三 在 05-06 09:00 的记录。退回原因（必填，记入操作日志）：", "退回", "请填写退回原因", w)
    dialog.submit()  # empty: the message shows
    return dialog


def _report_records(w):
    """The records behind one line of the 统计 page (the demo's busiest post this year)."""
    import datetime as dt

    from station_app.db.models import Post
    from station_app.gui.reports.records_dialog import RecordsDialog
    from station_app.reports.periods import year

    post = Post.select().order_by(Post.id).first()
    return RecordsDialog(w.ctx, year(dt.date.today().year), "post", post.id, post.name, w)


def _make(path: str, *args):
    module, name = path.rsplit(".", 1)
    return getattr(importlib.import_module(f"station_app.gui.{module}"), name)(*args)


def _factory(path: str, *args) -> Callable:
    module, name = path.rsplit(".", 1)

    def make(w):
        cls = getattr(importlib.import_module(module), name)
        return cls(*[a(w) if callable(a) else a for a in args])

    return make


CTX = lambda w: w.ctx  # noqa: E731
PARENT = lambda w: w  # noqa: E731

def _story_volunteer(w) -> int:
    from station_app.db.models import Volunteer

    return Volunteer.select().order_by(Volunteer.id).first().id


DIALOGS: dict[str, Callable] = {
    "station_app.gui.about_dialog.AboutDialog": lambda w: _factory(
        "station_app.gui.about_dialog.AboutDialog", lambda _w: _w.ctx.data_dir, PARENT)(w),
    "station_app.gui.award_dialog.AwardDialog": lambda w: _make("award_dialog.AwardDialog", w.ctx, _story_volunteer(w), "张秀英", w),
    "station_app.gui.evaluation_dialog.EvaluationDialog": lambda w: _make("evaluation_dialog.EvaluationDialog", w.ctx, _story_volunteer(w), "张秀英", w),
    "station_app.gui.volunteer_records_dialog.VolunteerRecordsDialog": lambda w: _make(
        "volunteer_records_dialog.VolunteerRecordsDialog", w.ctx, _story_volunteer(w), "张秀英", w),
    "station_app.gui.training_dialog.TrainingDialog": lambda w: _make("training_dialog.TrainingDialog", w.ctx, w),
    "station_app.gui.certificates.batch_dialog.BatchDialog": _factory(
        "station_app.gui.certificates.batch_dialog.BatchDialog", CTX, PARENT),
    "station_app.gui.certificates.issue_dialog.IssueDialog": _factory(
        "station_app.gui.certificates.issue_dialog.IssueDialog", CTX, PARENT),
    "station_app.gui.certificates.preview.CertificatePreview": _issued_preview,
    "station_app.gui.certificates.revoke_dialog.RevokeDialog": _revoke,
    "station_app.gui.certificates.verify_dialog.VerifyDialog": _factory(
        "station_app.gui.certificates.verify_dialog.VerifyDialog", CTX, PARENT),
    "station_app.gui.export_dialog.ExportDialog": _factory("station_app.gui.export_dialog.ExportDialog", CTX, PARENT),
    "station_app.gui.first_run_dialog.FirstRunDialog": _first_run_with_errors,
    "station_app.gui.guide_window.GuideWindow": _factory("station_app.gui.guide_window.GuideWindow", PARENT),
    "station_app.gui.history_dialog.HistoryDialog": lambda w: _factory(
        "station_app.gui.history_dialog.HistoryDialog", CTX, lambda _w: _first_volunteer_id(), "张秀英", PARENT)(w),
    "station_app.gui.import_wizard.ImportWizard": _import_wizard,
    "station_app.gui.login_dialog.LoginDialog": lambda w: _factory(
        "station_app.gui.login_dialog.LoginDialog", CTX, None, True)(w),
    "station_app.gui.post_dialog.PostDialog": _factory("station_app.gui.post_dialog.PostDialog", CTX, None, PARENT),
    "station_app.gui.reason_dialog.ReasonDialog": _reason,
    "station_app.gui.reports.records_dialog.RecordsDialog": _report_records,
    "station_app.gui.record_dialog.RecordDialog": _factory("station_app.gui.record_dialog.RecordDialog", CTX, None,
                                                           "add", PARENT),
    "station_app.gui.retention_dialog.RetentionDialog": _factory(
        "station_app.gui.retention_dialog.RetentionDialog", CTX, PARENT),
    "station_app.gui.settings_dialog.SettingsDialog": _settings,
    "station_app.gui.shift_dialogs.ShiftDialog": lambda w: _factory(
        "station_app.gui.shift_dialogs.ShiftDialog", CTX, lambda _w: _first_post_id(), dt.date.today(), PARENT)(w),
    "station_app.gui.shift_dialogs.SignupDialog": _signup,
    "station_app.gui.shift_edit_dialog.ShiftEditDialog": _shift_edit_of_a_series,
    "station_app.gui.staff_dialogs.AddStaffDialog": _factory("station_app.gui.staff_dialogs.AddStaffDialog", PARENT),
    "station_app.gui.staff_dialogs.OwnPasswordDialog": _factory("station_app.gui.staff_dialogs.OwnPasswordDialog",
                                                                CTX, PARENT),
    "station_app.gui.usb_backup_dialog.UsbBackupDialog": _factory("station_app.gui.usb_backup_dialog.UsbBackupDialog",
                                                                  PARENT),
    "station_app.gui.volunteer_dialog.VolunteerDialog": _volunteer_with_errors,
}
