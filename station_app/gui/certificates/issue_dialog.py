"""Issue a certificate: choose the volunteer and the period, see what will count, preview a draft, issue.

What will be certified is recomputed (in the background) whenever the choice
changes, so staff see the hours before anything is registered. Issuing
registers the certificate and hands its pages to the page, which shows the
preview to print or save.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.certificates.issue import CertificateError, Issued, draft_document, issue_certificate, plan_certificate
from station_app.certificates.layout import layout
from station_app.changes import Changes
from station_app.gui.context import AppContext
from station_app.gui.volunteer_picker import VolunteerPicker
from station_app.hours.times import hours_text


@dataclass(frozen=True)
class IssuedPages:
    """An issued certificate and its pages laid out for the preview (worker thread)."""

    issued: Issued
    pages: list

    @property
    def changes(self) -> Changes:
        return self.issued.changes


def issue_and_layout(volunteer_id, actor, start, end, handler, annex) -> IssuedPages:
    issued = issue_certificate(volunteer_id, actor, start, end, handler=handler, annex=annex)
    return IssuedPages(issued, layout(issued.doc))


def plan_and_fit(volunteer_id, start, end):
    """The plan, and how many posts the certificate would gather into "其他" (0: all listed)."""
    from station_app.certificates.layout import gathered_posts

    plan = plan_certificate(volunteer_id, start, end)
    try:
        return plan, gathered_posts(draft_document(volunteer_id, start, end, handler="", annex=False))
    except CertificateError:  # no station profile yet: the issue itself says so
        return plan, 0


def draft_and_layout(volunteer_id, start, end, handler, annex):
    doc = draft_document(volunteer_id, start, end, handler=handler, annex=annex)
    return doc, layout(doc)


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class IssueDialog(QDialog):
    issued = Signal(object, object)   # Issued, pages
    planned = Signal(object)          # Plan, or the error text
    draft_ready = Signal(object, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("出具志愿服务记录证明"))
        self.setMinimumWidth(560)
        self.picker = VolunteerPicker(ctx)
        self.whole = QCheckBox(self.tr("全部已审核记录（从第一条到最近一条）"))
        self.whole.setChecked(True)
        self.day_from = QDateEdit(QDate.currentDate().addYears(-1))
        self.day_to = QDateEdit(QDate.currentDate())
        for d in (self.day_from, self.day_to):
            d.setMaximumDate(QDate.currentDate())  # a certificate's period never ends after today
            d.setDisplayFormat("yyyy-MM-dd")
            d.setCalendarPopup(True)
            d.setEnabled(False)
        dates = QHBoxLayout()
        dates.addWidget(self.day_from)
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.day_to)
        dates.addStretch(1)
        self.annex = QCheckBox(self.tr("附服务记录明细（附件页，逐条列出）"))
        self.summary = QLabel(self.tr("请先选择志愿者。"))
        self.summary.setObjectName("plan_summary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(60)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.addRow(self.tr("志愿者："), self.picker)
        form.addRow(self.tr("服务期间："), self.whole)
        form.addRow("", dates)
        form.addRow("", self.annex)
        form.addRow(self.tr("将证明："), self.summary)
        hint = QLabel(self.tr("只计入已审核、且岗位计入志愿服务时长的记录。经办人：{who}").format(who=ctx.actor().name))
        hint.setStyleSheet("color: #566573;")
        self.draft_button = QPushButton(self.tr("预览样稿…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.issue_button.setText(self.tr("出具证明"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        self.draft_button.clicked.connect(self.preview_draft)
        layout_ = QVBoxLayout(self)
        layout_.addLayout(form)
        layout_.addWidget(hint)
        layout_.addWidget(self.buttons)
        self.plan = None
        self.gathered = 0
        self._generation = 0
        self.picker.chosen.connect(lambda _v: self.replan())
        self.whole.toggled.connect(self._whole_toggled)
        self.day_from.dateChanged.connect(lambda _d: self.replan())
        self.day_to.dateChanged.connect(lambda _d: self.replan())
        self._set_ready(False)

    def _whole_toggled(self, whole: bool) -> None:
        self.day_from.setEnabled(not whole)
        self.day_to.setEnabled(not whole)
        self.replan()

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        if self.whole.isChecked():
            return None, None
        return _day(self.day_from), _day(self.day_to)

    def _set_ready(self, ready: bool) -> None:
        self.issue_button.setEnabled(ready)
        self.draft_button.setEnabled(ready)

    def replan(self) -> None:
        vid = self.picker.volunteer_id
        self._set_ready(False)
        if vid is None:
            return
        self._generation += 1
        gen = self._generation
        start, end = self.period()
        self.ctx.db(plan_and_fit, vid, start, end).success(lambda found: self._show_plan(*found, gen)).failure(
            lambda exc: self._plan_failed(exc, gen)).start()

    def _show_plan(self, plan, gathered: int, generation: int) -> None:
        if generation != self._generation:
            return
        self.plan = plan
        by_post = "；".join(self.tr("{post} {n} 次 {h} 小时").format(post=line.post_name, n=line.count,
                                                                 h=hours_text(line.minutes)) for line in plan.lines[:6])
        more = self.tr(" 等") if len(plan.lines) > 6 else ""
        self.summary.setText(self.tr("{start} 至 {end}：{n} 条记录，共 {h} 小时\n{posts}{more}").format(
            start=plan.period_start, end=plan.period_end, n=len(plan.records), h=hours_text(plan.total_minutes),
            posts=by_post, more=more))
        self.gathered = gathered
        if gathered:  # only when the posts truly do not fit: the annex lists them all
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "岗位较多，证明上有 {n} 个岗位合并为“其他”一行；勾选“附服务记录明细”可逐条列出").format(n=gathered))
        self.summary.setStyleSheet("")
        self._set_ready(True)
        self.planned.emit(plan)

    def _plan_failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, CertificateError):
            raise exc
        self.plan = None
        self.summary.setText(str(exc))
        self.summary.setStyleSheet("color: #c0392b;")
        self.planned.emit(str(exc))

    def preview_draft(self) -> None:
        if self.plan is None:
            return
        start, end = self.period()
        self.ctx.db(draft_and_layout, self.picker.volunteer_id, start, end, self.ctx.actor().name,
                    self.annex.isChecked()).success(self._show_draft).start()

    def _show_draft(self, result) -> None:
        from station_app.gui.certificates.preview import CertificatePreview

        doc, pages = result
        preview = CertificatePreview(self.ctx, doc, pages, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()
        self.draft_ready.emit(doc, pages)

    def issue(self, confirmed: bool = False) -> None:
        """Asks first: an issued certificate is registered under its serial and can only be revoked."""
        if self.plan is None:
            return
        if not confirmed:
            from station_app.gui.confirm import ask_to_confirm

            self.confirm_box = ask_to_confirm(
                self, self.tr("出具证明"),
                self.tr("为 {name} 出具志愿服务记录证明：{n} 条记录，共 {h} 小时？出具后登记编号，只能作废，不能修改").format(
                    name=self.picker.label.text().removeprefix(self.tr("已选：")), n=len(self.plan.records),
                    h=hours_text(self.plan.total_minutes)),
                self.tr("出具证明"), lambda: self.issue(confirmed=True))
            return
        self._set_ready(False)
        start, end = self.period()
        self.ctx.op(issue_and_layout, self.picker.volunteer_id, self.ctx.actor(), start, end, self.ctx.actor().name,
                    self.annex.isChecked()).success(self._issued).failure(self._issue_failed).start()

    def _issued(self, result: IssuedPages) -> None:
        self.issued.emit(result.issued, result.pages)
        self.accept()

    def _issue_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CertificateError):
            raise exc
        self.summary.setText(str(exc))
        self.summary.setStyleSheet("color: #c0392b;")
