"""The certificate register: search, issue, batch issue, preview and reprint (副本), revoke, verify."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.certificates.register import certificate_document, list_certificates
from station_app.changes import Kind
from station_app.gui.certificates.model import CertificatesModel
from station_app.gui.context import AppContext

STATUS_FILTERS = ((None, QT_TRANSLATE_NOOP("CertificatesPage", "全部")),
                  ("issued", QT_TRANSLATE_NOOP("CertificatesPage", "有效")),
                  ("revoked", QT_TRANSLATE_NOOP("CertificatesPage", "已作废")))


def reprint_and_layout(serial: str, annex: bool):
    from station_app.certificates.layout import layout  # reportlab loads on first use, not at start-up

    doc = certificate_document(serial, copy=True, annex=annex)
    return doc, layout(doc)


class CertificatesPage(QWidget):
    loaded = Signal(int)
    preview_shown = Signal(object)  # the preview dialog

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("certificate_search")
        self.search.setPlaceholderText(self.tr("按姓名或证明编号查找"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        for key, label in STATUS_FILTERS:
            self.status.addItem(self.tr(label), key)
        self.issue_button = QPushButton(self.tr("出具证明…"))
        self.issue_button.setObjectName("issue_certificate")
        self.batch_button = QPushButton(self.tr("批量出具…"))
        self.reprint_button = QPushButton(self.tr("预览 / 补打…"))
        self.annex_box = QComboBox()
        self.annex_box.addItem(self.tr("不附明细"), False)
        self.annex_box.addItem(self.tr("附服务记录明细"), True)
        self.revoke_button = QPushButton(self.tr("作废…"))
        self.verify_button = QPushButton(self.tr("核验证明…"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("状态")))
        top.addWidget(self.status)
        actions = QHBoxLayout()
        for w in (self.issue_button, self.batch_button, self.reprint_button, self.annex_box, self.revoke_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.verify_button)

        self.model = CertificatesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, w in enumerate((190, 80, 150, 190, 80, 60, 80, 130, 60)):
            self.table.setColumnWidth(col, w)
        self.summary = QLabel()
        layout_ = QVBoxLayout(self)
        layout_.addLayout(top)
        layout_.addLayout(actions)
        layout_.addWidget(self.table, 1)
        layout_.addWidget(self.summary)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.issue_button.clicked.connect(self.open_issue)
        self.batch_button.clicked.connect(self.open_batch)
        self.reprint_button.clicked.connect(lambda: self.preview_selected())
        self.revoke_button.clicked.connect(self.open_revoke)
        self.verify_button.clicked.connect(self.open_verify)
        ctx.watch(self, Kind.CERTIFICATES, slot=lambda _changes: self.refresh())
        self.table.doubleClicked.connect(lambda _i: self.preview_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def refresh(self) -> None:
        self.ctx.db(list_certificates, self.search.text(), self.status.currentData()).success(self._show).start()

    def _show(self, rows) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        if chosen is not None:  # keep the same certificate selected after a reprint or revoke
            again = next((i for i, r in enumerate(rows) if r.serial == chosen.serial), None)
            if again is not None:
                self.table.selectRow(again)
        revoked = sum(1 for r in rows if r.status == "revoked")
        text = self.tr("共 {n} 份").format(n=len(rows))
        if revoked:
            text += self.tr("，其中已作废 {n} 份").format(n=revoked)
        self.summary.setText(text)
        self._update_buttons()
        self.loaded.emit(len(rows))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        from station_app.gui.why_disabled import enable

        row = self.selected()
        admin_only = None if self.ctx.is_admin else self.tr("只有站长可以出具、作废证明")
        pick = None if row is not None else self.tr("请先在登记簿中选择一份证明")
        enable(self.reprint_button, pick)
        revoked = row is not None and row.status != "issued"
        enable(self.revoke_button, admin_only or pick or (self.tr("这份证明已作废") if revoked else None))
        enable(self.issue_button, admin_only)
        enable(self.batch_button, admin_only)

    def _keep(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def open_issue(self) -> None:
        from station_app.gui.certificates.issue_dialog import IssueDialog

        dialog = IssueDialog(self.ctx, self)
        dialog.issued.connect(self._issued)
        self._keep(dialog)

    def _issued(self, issued, pages) -> None:
        self.show_preview(issued.doc, pages)

    def show_preview(self, doc, pages) -> None:
        from station_app.gui.certificates.preview import CertificatePreview

        preview = CertificatePreview(self.ctx, doc, pages, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()
        self.preview_shown.emit(preview)

    def preview_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.ctx.db(reprint_and_layout, row.serial, bool(self.annex_box.currentData())).success(
                lambda result: self.show_preview(*result)).start()

    def open_batch(self) -> None:
        from station_app.gui.certificates.batch_dialog import BatchDialog

        dialog = BatchDialog(self.ctx, self)
        self._keep(dialog)

    def open_revoke(self) -> None:
        from station_app.gui.certificates.revoke_dialog import RevokeDialog

        row = self.selected()
        if row is None or row.status != "issued":
            return
        dialog = RevokeDialog(self.ctx, row, self)
        self._keep(dialog)

    def open_verify(self) -> None:
        from station_app.gui.certificates.verify_dialog import VerifyDialog

        self._keep(VerifyDialog(self.ctx, self))
