"""The audit log viewer: filter by who, what, when and entity; verify the hash chain.

Queries run on the database worker; ID and phone numbers arrive already masked
(station_app.audit_view.query). Entries the chain check finds edited are shown in red.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.audit.witnessed import superseded_note
from station_app.audit_view.query import AuditFilter, search, viewer_report
from station_app.gui.audit_labels import action_label, entity_label
from station_app.gui.context import AppContext
from station_app.gui.fit import fit_placeholder

BROKEN = QColor("#fde2e1")
BEFORE, AFTER = 6, 7
# The widest a column may grow to fit the page shown (px). 修改前 may take at most BEFORE_SHARE of the room
# the two texts have, however wide the window: 修改后 takes the rest, and it matters most (additions).
FIT_AT_MOST = {0: 70, 1: 160, 2: 120, 3: 150, 4: 100, 5: 240, 8: 150}
BEFORE_SHARE = 0.35
FIT_PADDING = 10  # beyond the widest text, so that neighbouring columns do not touch
# 修改后 keeps at least this much (and its whole title) on a narrow screen: the widest of the columns
# that can be cut short with "…" (操作, 对象, 对象编号, 原因, 操作人) give it up first, none below its
# title; 编号 and 时间 stay whole. English words are longer: at 1024×768 they would fill the row.
AFTER_LEAST = 100
SQUEEZABLE = (2, 3, 4, 5, 8)


class AuditPage(QWidget):
    loaded = Signal(int)
    verified = Signal(list)  # the ids of edited entries

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.broken: set[int] = set()
        self._choices_loaded = False
        self.actor = QComboBox()
        self.actor.setMinimumWidth(140)
        self.action = QComboBox()
        self.action.setMinimumWidth(130)
        self.entity_type = QComboBox()
        self.entity_id = QLineEdit()
        self.entity_id.setPlaceholderText(self.tr("对象编号"))
        self.entity_id.setClearButtonEnabled(True)
        fit_placeholder(self.entity_id)
        self.by_date = QCheckBox(self.tr("日期"))
        self.day_from, self.day_to = QDateEdit(), QDateEdit()
        for edit in (self.day_from, self.day_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
        self.day_from.setDate(QDate.currentDate().addDays(-30))
        self.by_date.toggled.connect(self.day_from.setEnabled)
        self.by_date.toggled.connect(self.day_to.setEnabled)
        self.search_button = QPushButton(self.tr("查询"))
        self.search_button.setDefault(True)
        self.verify_button = QPushButton(self.tr("核对哈希链"))
        self.verify_button.setToolTip(self.tr("检查每条日志是否在程序之外被改动过"))

        filters = QHBoxLayout()
        for label, widget in ((self.tr("操作人"), self.actor), (self.tr("操作"), self.action),
                              (self.tr("对象"), self.entity_type)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.entity_id)
        filters.addStretch(1)
        dates = QHBoxLayout()  # a second row: one row did not fit a 1024-pixel screen
        dates.addWidget(self.by_date)
        dates.addWidget(self.day_from)
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.day_to)
        dates.addStretch(1)
        dates.addWidget(self.search_button)
        dates.addWidget(self.verify_button)

        headers = (self.tr("编号"), self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("对象"),
                   self.tr("对象编号"), self.tr("修改前"), self.tr("修改后"), self.tr("原因"))
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for col, width in enumerate((52, 140, 90, 100, 60, 70, 180, 200, 120)):
            self.table.setColumnWidth(col, width)
        # "after" takes the room that is left: most entries are additions with nothing before, and an
        # update keeps only the fields that changed, so "before" is short; the row's detail shows it all
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        self._before_wanted = 0
        self._fitted: dict[int, int] = {}
        self.table.viewport().installEventFilter(self)
        self.detail = QLabel()
        self.detail.setObjectName("audit_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("QLabel#audit_detail { background: #f6f8fa; border: 1px solid #d0d7de; padding: 6px; }")
        self.detail.hide()
        self.summary = QLabel()
        self.chain_status = QLabel()
        self.chain_status.setObjectName("chain_status")
        self.chain_status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.chain_status, 2)
        layout.addLayout(bottom)

        self.search_button.clicked.connect(self.refresh)
        self.entity_id.returnPressed.connect(self.refresh)
        for combo in (self.actor, self.action, self.entity_type):
            combo.activated.connect(lambda _i: self.refresh())
        self.verify_button.clicked.connect(self.verify)
        self.table.itemSelectionChanged.connect(self._show_detail)

    def current_filter(self) -> AuditFilter:
        dated = self.by_date.isChecked()
        return AuditFilter(
            actor=self.actor.currentData() or "",
            action=self.action.currentData() or "",
            entity_type=self.entity_type.currentData() or "",
            entity_id=self.entity_id.text().strip(),
            day_from=self.day_from.date().toPython() if dated else None,
            day_to=self.day_to.date().toPython() if dated else None,
        )

    def refresh(self) -> None:
        self.ctx.db(search, self.current_filter(), self.ctx.actor(), with_choices=True).success(self._show).start()

    def _fill_choices(self, choices: dict[str, list[str]]) -> None:
        for combo, key, label in ((self.actor, "actor", str), (self.action, "action", action_label),
                                  (self.entity_type, "entity_type", entity_label)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("全部"), "")
            for value in choices.get(key, []):
                combo.addItem(label(value), value)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _show(self, page) -> None:
        self._fill_choices(page.choices)
        self.table.clearSelection()  # else the detail would go on showing an entry the new page may not hold
        self.detail.hide()
        self.table.setRowCount(len(page.rows))
        for r, row in enumerate(page.rows):
            entity = f"{row.entity_id} {row.entity_name}" if row.entity_name else row.entity_id
            values = (str(row.id), row.at.replace("T", " ")[:19], row.actor, action_label(row.action),
                      entity_label(row.entity_type), entity, row.before, row.after, row.reason)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if c >= 5:  # the object (a setting's key, a post or shift by name) and the texts may be cut short
                    item.setToolTip(value)
                self.table.setItem(r, c, item)
        self._fit_columns()
        self._paint_broken()
        if page.total > len(page.rows):
            self.summary.setText(self.tr("共 {total} 条，显示最近的 {shown} 条").format(total=page.total, shown=len(page.rows)))
        else:
            self.summary.setText(self.tr("共 {total} 条").format(total=page.total))
        self.loaded.emit(len(page.rows))

    def _fit_columns(self) -> None:
        """Each column as wide as the page's entries need, within FIT_AT_MOST and BEFORE_SHARE: an empty
        修改前 or 原因 leaves its room to 修改后. Longer text is cut short with "…"; the tooltip and the
        detail below the table show it whole."""
        for col, most in FIT_AT_MOST.items():
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, min(self.table.columnWidth(col) + FIT_PADDING, most))
        self._fitted = {col: self.table.columnWidth(col) for col in SQUEEZABLE}
        self.table.resizeColumnToContents(BEFORE)
        self._before_wanted = self.table.columnWidth(BEFORE) + FIT_PADDING
        self._share_before()

    def _share_before(self) -> None:
        if not self._before_wanted:
            return
        header = self.table.horizontalHeader()
        for col, width in self._fitted.items():  # as fitted: a wider window gives back what was squeezed
            self.table.setColumnWidth(col, width)
        others = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()) if c not in (BEFORE, AFTER))
        room = self.table.viewport().width() - others
        least = header.sectionSizeFromContents(BEFORE).width()
        before = max(least, min(self._before_wanted, int(room * BEFORE_SHARE)))
        self.table.setColumnWidth(BEFORE, before)
        after = max(AFTER_LEAST, header.sectionSizeFromContents(AFTER).width())
        short = after - (room - before)
        if short > 0 and self._fitted:
            titles = {col: header.sectionSizeFromContents(col).width() for col in self._fitted}
            for col, width in squeezed(self._fitted, titles, short).items():
                self.table.setColumnWidth(col, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_before()  # a wider window gives 修改前 back what it was short of
        return super().eventFilter(watched, event)

    def _show_detail(self) -> None:
        """The selected entry's whole before/after, which the table cuts short."""
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            self.detail.hide()
            return
        r = rows.pop()
        def cell(column: int) -> str:
            return self.table.item(r, column).text()

        self.detail.setText(self.tr("#{id} {at} {actor}：{action}（{entity} {entity_id}）\n修改前：{before}\n修改后：{after}").format(
            id=cell(0), at=cell(1), actor=cell(2), action=cell(3), entity=cell(4), entity_id=cell(5),
            before=cell(6) or "—", after=cell(7) or "—") + (self.tr("\n原因：{reason}").format(reason=cell(8)) if cell(8) else "")
            + (self.tr("\n哈希链核对：这条日志在程序之外被改动过。") if int(cell(0)) in self.broken else ""))
        self.detail.show()

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.chain_status.setText(self.tr("正在核对…"))
        self.ctx.db(viewer_report, self.ctx.data_dir).success(self._verified).failure(self._verify_failed).start()

    def _verified(self, report) -> None:
        (count, broken, tail), witness = report
        self.verify_button.setEnabled(True)
        rewritten = [text for _seq, text in witness.findings]
        self.broken = set(broken) | {seq for seq, _text in witness.findings}
        if broken or tail or rewritten:
            shown = "、".join(f"#{i}" for i in broken[:20]) + ("…" if len(broken) > 20 else "")
            text = self.tr("哈希链核对未通过：{n} 条日志在程序之外被改动过（{ids}），已用红色标出。").format(
                n=len(broken), ids=shown) if broken else ""
            if rewritten:
                head = self.tr("与平台见证的不一致（{n} 处）：日志在平台见证之后被改写过。").format(n=len(rewritten))
                lines = rewritten[:5] + (["…"] if len(rewritten) > 5 else [])
                text = "\n".join(t for t in (head, *lines, text) if t)
            self.chain_status.setText("\n".join(t for t in (text, tail) if t))
            self.chain_status.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            ok = self.tr("哈希链核对通过：全部 {count} 条日志未被改动。").format(count=count)
            if witness.anchors:
                seen = self.tr("与平台见证的 {n} 个锚点一致（最近一次同步于 {at} 取回）。").format(
                    n=witness.anchors, at=witness.fetched_at or "")
            else:
                seen = self.tr("平台尚未见证本站日志：设置平台并同步后，平台保存日志的锚点，日志被整体改写也能查出。")
            note = superseded_note(witness.superseded)
            self.chain_status.setText("\n".join(t for t in (ok, seen, note and note + "。") if t))
            self.chain_status.setStyleSheet("color: #1e7d32;")
        self._paint_broken()
        self.verified.emit(sorted(self.broken))

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.chain_status.setText(self.tr("无法核对哈希链：{reason}").format(reason=error))

    def _paint_broken(self) -> None:
        brush = QBrush(BROKEN)
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) in self.broken:
                for c in range(self.table.columnCount()):
                    self.table.item(r, c).setBackground(brush)


def squeezed(widths: dict[int, int], least: dict[int, int], short: int) -> dict[int, int]:
    """*widths* with the widest narrowed first, to one common cap, until *short* px are freed; none
    below its *least* (its title). Frees less when even that is not enough."""
    target = sum(widths.values()) - short

    def total(cap: int) -> int:
        return sum(min(w, max(cap, least[c])) for c, w in widths.items())

    low, high = 0, max(widths.values())
    while low < high:  # the widest cap that frees enough
        mid = (low + high + 1) // 2
        if total(mid) <= target:
            low = mid
        else:
            high = mid - 1
    return {c: min(w, max(low, least[c])) for c, w in widths.items()}
