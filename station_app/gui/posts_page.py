"""Duty posts and, for the selected post, its week of shifts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.changes import Kind
from station_app.gui.context import AppContext
from station_app.gui.post_dialog import PostDialog
from station_app.gui.shift_dialogs import ShiftDialog, SignupDialog
from station_app.posts import shifts
from station_app.posts.service import list_posts

# Marked for lupdate here, translated where shown (self.tr in PostsPage).
WEEKDAYS = (QT_TRANSLATE_NOOP("PostsPage", "周一"), QT_TRANSLATE_NOOP("PostsPage", "周二"),
            QT_TRANSLATE_NOOP("PostsPage", "周三"), QT_TRANSLATE_NOOP("PostsPage", "周四"),
            QT_TRANSLATE_NOOP("PostsPage", "周五"), QT_TRANSLATE_NOOP("PostsPage", "周六"),
            QT_TRANSLATE_NOOP("PostsPage", "周日"))


class PostsPage(QWidget):
    posts_loaded = Signal(int)
    week_loaded = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.posts = []
        self.week_start = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
        self.week_shifts: list[shifts.ShiftView] = []

        self.post_table = QTableWidget(0, 4)
        self.post_table.setObjectName("post_table")
        self.post_table.setHorizontalHeaderLabels([self.tr("岗位"), self.tr("类别"), self.tr("地点"), self.tr("计时")])
        self.post_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.post_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.post_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.post_table.verticalHeader().hide()
        self.post_table.setProperty("whole_cells", True)  # tests/support/screens.py checks every cell fits
        self.post_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_post = add_post = QPushButton(self.tr("新增岗位…"))
        self.edit_post = QPushButton(self.tr("编辑岗位…"))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(add_post)
        buttons.addWidget(self.edit_post)
        lv.addLayout(buttons)
        lv.addWidget(self.post_table)

        self.week_label = QLabel()
        self.week_label.setStyleSheet("font-weight: bold;")
        self._show_week_dates()  # from the start: the post list leaves room for the dates (_fit_post_list)
        prev_week, this_week, next_week = QPushButton("<"), QPushButton(self.tr("本周")), QPushButton(">")
        self.add_shift = QPushButton(self.tr("新增班次…"))
        nav = QHBoxLayout()
        for w in (prev_week, next_week):
            w.setMaximumWidth(40)
            w.setToolTip(self.tr("上一周") if w is prev_week else self.tr("下一周"))
        for w in (prev_week, this_week, next_week):
            nav.addWidget(w)
        nav.addWidget(self.week_label, 1)
        nav.addWidget(self.add_shift)
        self.calendar = QTableWidget(0, 7)
        self.calendar.setObjectName("week_calendar")
        self.calendar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calendar.verticalHeader().hide()
        self.calendar.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.calendar.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.calendar.setWordWrap(True)  # "09:00 – 11:30" takes two lines in a narrow day column
        self.calendar.setProperty("whole_cells", True)
        hint = QLabel(self.tr("双击班次查看报名、代志愿者报名。"))
        hint.setStyleSheet("color: #566573;")
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(nav)
        rv.addWidget(self.calendar, 1)
        rv.addWidget(hint)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        self.week_side = right
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)  # the week gets what the post list does not need
        self.splitter = splitter
        QVBoxLayout(self).addWidget(splitter)

        add_post.clicked.connect(lambda: self._post_dialog(None))
        self.edit_post.clicked.connect(lambda: self._post_dialog(self.selected_post()))
        self.post_table.itemSelectionChanged.connect(self.load_week)
        self.post_table.doubleClicked.connect(lambda _i: self._post_dialog(self.selected_post()))
        prev_week.clicked.connect(lambda: self._move_week(-7))
        next_week.clicked.connect(lambda: self._move_week(7))
        this_week.clicked.connect(lambda: self._move_week(None))
        self.add_shift.clicked.connect(self._shift_dialog)
        self.calendar.cellDoubleClicked.connect(self._open_shift)
        ctx.watch(self, Kind.POSTS, slot=lambda _changes: self.refresh())
        ctx.watch(self, Kind.SHIFTS, slot=lambda _changes: self.load_week())

    def refresh(self) -> None:
        self._update_buttons()
        self.ctx.db(list_posts, True).success(self._show_posts).start()

    def _update_buttons(self) -> None:
        """Setting up posts and shifts is the 站长's (the core refuses others as well)."""
        self.add_post.setEnabled(self.ctx.is_admin)
        self.edit_post.setEnabled(self.ctx.is_admin)
        self.add_shift.setEnabled(self.selected_post() is not None and self.ctx.is_admin)

    def _show_posts(self, posts) -> None:
        selected = self.selected_post()
        self.posts = posts
        self.post_table.setRowCount(len(posts))
        self.post_table.setMinimumWidth(0)
        for row, p in enumerate(posts):
            cells = (p.name, p.category, p.place, self.tr("计入") if p.counts_as_service else self.tr("不计入"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not p.active:
                    item.setForeground(QBrush(QColor("#999999")))
                    item.setToolTip(self.tr("已停用"))
                self.post_table.setItem(row, col, item)
        self._fit_post_list()
        index = next((i for i, p in enumerate(posts) if selected and p.id == selected.id), 0 if posts else -1)
        if index >= 0:
            self.post_table.selectRow(index)
        self.posts_loaded.emit(len(posts))

    def _fit_post_list(self) -> None:
        """The post list as wide as its names and places need (at most half the page, and never taking
        what the week's buttons and dates need: English words are longer); the week gets the rest."""
        header = self.post_table.horizontalHeader()
        need = sum(header.sectionSize(i) for i in range(header.count())) + self.post_table.frameWidth() * 2 + 4
        if self.post_table.verticalScrollBar().isVisible():
            need += self.post_table.verticalScrollBar().width()
        margins = self.layout().contentsMargins()
        week_needs = self.week_side.minimumSizeHint().width() + self.splitter.handleWidth() + margins.left() + margins.right()
        most = min(self.width() // 2, self.width() - week_needs)
        self.post_table.setMinimumWidth(min(need, max(320, most)))

    def selected_post(self):
        rows = self.post_table.selectionModel().selectedRows() if self.post_table.selectionModel() else []
        return self.posts[rows[0].row()] if rows and rows[0].row() < len(self.posts) else None

    def _move_week(self, days: int | None) -> None:
        today = dt.date.today()
        self.week_start = (today - dt.timedelta(days=today.weekday())) if days is None else \
            self.week_start + dt.timedelta(days=days)
        self.load_week()

    def _show_week_dates(self) -> None:
        end = self.week_start + dt.timedelta(days=6)
        self.week_label.setText(self.tr("{a} 至 {b}").format(a=self.week_start.isoformat(), b=end.isoformat()))

    def load_week(self) -> None:
        post = self.selected_post()
        self._show_week_dates()
        self.add_shift.setEnabled(post is not None and self.ctx.is_admin)  # the core refuses others too
        if post is None:
            self._show_week([])
            return
        start, stop = shifts.week_of(self.week_start)
        self.ctx.db(shifts.shifts_between, start, stop, post.id).success(self._show_week).start()

    def _show_week(self, week: list[shifts.ShiftView]) -> None:
        self.week_shifts = week
        by_day: dict[int, list[shifts.ShiftView]] = {i: [] for i in range(7)}
        for s in week:
            day = (s.start.date() - self.week_start).days
            if 0 <= day < 7:
                by_day[day].append(s)
        self.calendar.clear()
        self.calendar.setHorizontalHeaderLabels([
            f"{self.tr(WEEKDAYS[i])}\n{(self.week_start + dt.timedelta(days=i)):%m-%d}" for i in range(7)])
        self.calendar.setRowCount(max([len(v) for v in by_day.values()] + [1]))
        for day, items in by_day.items():
            for row, s in enumerate(items):
                cap = "∞" if s.capacity is None else str(s.capacity)
                item = QTableWidgetItem(self.tr("{a} – {b}\n{n}/{cap} 人").format(
                    a=f"{s.start:%H:%M}", b=f"{s.end:%H:%M}", n=s.signed_up, cap=cap) + (" ↻" if s.series_id else ""))
                if s.series_id:
                    item.setToolTip(self.tr("每周重复的班次"))
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                item.setBackground(QBrush(QColor("#fadbd8" if s.full else "#d6eaf8")))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.calendar.setItem(row, day, item)
        self.week_loaded.emit(len(week))

    def _open_shift(self, row: int, col: int) -> None:
        item = self.calendar.item(row, col)
        if item is None:
            return
        shift = next(s for s in self.week_shifts if s.id == item.data(Qt.ItemDataRole.UserRole))
        dialog = SignupDialog(self.ctx, shift, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _post_dialog(self, post) -> None:
        dialog = PostDialog(self.ctx, post, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _shift_dialog(self) -> None:
        post = self.selected_post()
        if post is None:
            return
        day = max(self.week_start, dt.date.today()) if self.week_start <= dt.date.today() else self.week_start
        dialog = ShiftDialog(self.ctx, post.id, day, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
