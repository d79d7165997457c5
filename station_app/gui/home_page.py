"""首页: what is happening at the station now and what needs doing, one tile each; a tile opens its page.

It redraws when the data changes, wherever the change came from (a kiosk
check-in in the same process arrives on the same change signal), and once a
minute while shown, so "on post for 1 小时 35 分" keeps time.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from station_app.changes import Kind
from station_app.gui.context import AppContext
from station_app.gui.reports.bar_chart import HoursBarChart
from station_app.gui.reports.figure_tile import FigureTile
from station_app.gui.sync.status import age_text, when_text
from station_app.hours.times import hours_text
from station_app.reports.home import HomeData, free_places, home_data

SHOWN_NAMES = 5


class HomePage(QWidget):
    loaded = Signal(object)  # HomeData
    open_page = Signal(str)  # review | posts | sync | certificates | reports

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: HomeData | None = None
        self.greeting = QLabel()
        self.greeting.setObjectName("home_greeting")
        self.greeting.setStyleSheet("font-size: 18px; color: #1f3a5f; font-weight: bold;")
        self.on_post = FigureTile(self.tr("正在上岗"), clickable=True)
        self.checkins = FigureTile(self.tr("今日签到"), clickable=True)
        self.shifts = FigureTile(self.tr("今日与本周班次"), clickable=True)
        self.review = FigureTile(self.tr("待审核记录"), clickable=True)
        self.upload = FigureTile(self.tr("待上传平台"), clickable=True)
        self.certificates = FigureTile(self.tr("本月出具证明"), clickable=True)
        self.chart_tile = FigureTile(self.tr("近 12 个月服务时长（小时）"), clickable=True)
        self.chart = HoursBarChart(compact=True)
        self.chart.setMinimumHeight(150)
        self.chart_tile.layout().insertWidget(1, self.chart, 1)
        self.chart_tile.value.hide()
        targets = ((self.on_post, "review"), (self.checkins, "review"), (self.shifts, "posts"),
                   (self.review, "review"), (self.upload, "sync"), (self.certificates, "certificates"),
                   (self.chart_tile, "reports"))
        for tile, page in targets:
            tile.clicked.connect(lambda page=page: self.open_page.emit(page))
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.on_post, 0, 0, 2, 1)
        grid.addWidget(self.checkins, 0, 1)
        grid.addWidget(self.review, 0, 2)
        grid.addWidget(self.shifts, 1, 1)
        grid.addWidget(self.upload, 1, 2)
        grid.addWidget(self.certificates, 2, 0)
        grid.addWidget(self.chart_tile, 2, 1, 1, 2)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        grid.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addLayout(grid, 1)

        self.clock = QTimer(self)
        self.clock.setInterval(60_000)
        self.clock.timeout.connect(self.refresh)
        ctx.redraw_when_shown(self, Kind.RECORDS, Kind.SHIFTS, Kind.POSTS, Kind.CERTIFICATES, Kind.OUTBOX,
                              Kind.SYNC, Kind.VOLUNTEERS, refresh=self.refresh)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.clock.start()
        self.refresh()  # what happened while another page was shown, and the minutes on post

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.clock.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        self.ctx.db(home_data, self.ctx.actor()).success(self._show).start()

    def _show(self, d: HomeData) -> None:
        self.data = d
        station = self.ctx.profile.name if self.ctx.profile else ""
        self.greeting.setText(self.tr("{station}　{date}").format(station=station, date=f"{d.now:%Y-%m-%d %H:%M}"))
        lines = [self.tr("{name}　{post}　{duration}").format(name=p.volunteer_name, post=p.post_name,
                                                           duration=self._duration(p.minutes))
                 for p in d.on_post[:SHOWN_NAMES]]
        if d.on_post_count > SHOWN_NAMES:
            lines.append(self.tr("……还有 {n} 人").format(n=d.on_post_count - SHOWN_NAMES))
        self.on_post.set(self.tr("{n} 人").format(n=d.on_post_count),
                         "\n".join(lines) if lines else self.tr("现在没有人在岗"))
        self.checkins.set(self.tr("{n} 人次").format(n=d.checkins_today))
        self.review.set(self.tr("{n} 条").format(n=d.pending_review),
                        self.tr("忘记签退 {n} 条").format(n=d.forgotten_checkouts) if d.forgotten_checkouts
                        else self.tr("没有忘记签退的记录"))
        self.shifts.set(self.tr("今日 {n} 个").format(n=len(d.shifts_today)), self._shift_lines(d))
        self.upload.set(self.tr("{n} 条").format(n=d.sync.pending), self._sync_line(d))
        self.certificates.set(self.tr("{n} 份").format(n=d.certificates_this_month))
        self.chart.set_bars([self.tr("{m}月").format(m=ym % 100)
                             for ym, _m in d.last_months], [float(hours_text(m)) for _ym, m in d.last_months])
        self.loaded.emit(d)

    def _duration(self, minutes: int) -> str:
        if minutes < 60:
            return self.tr("{m} 分钟").format(m=minutes)
        return self.tr("{h} 小时 {m} 分").format(h=minutes // 60, m=minutes % 60)

    def _shift_lines(self, d: HomeData) -> str:
        lines = []
        for s in d.shifts_today[:4]:
            free = free_places(s)
            places = self.tr("不限人数") if free is None else (self.tr("已满") if free == 0 else
                                                             self.tr("空 {n} 个名额").format(n=free))
            lines.append(self.tr("{start}–{end} {post}（{places}）").format(
                start=f"{s.start:%H:%M}", end=f"{s.end:%H:%M}", post=s.post_name, places=places))
        if len(d.shifts_today) > 4:
            lines.append(self.tr("……还有 {n} 个").format(n=len(d.shifts_today) - 4))
        if d.week_free_places is None:
            week = self.tr("本周还有 {n} 个班次").format(n=d.week_shifts)
        else:
            week = self.tr("本周还有 {n} 个班次，空 {free} 个名额").format(n=d.week_shifts, free=d.week_free_places)
        return "\n".join(lines + [week])

    def _sync_line(self, d: HomeData) -> str:
        ov = d.sync
        if not d.sync_configured:
            state = self.tr("未设置平台（可导出后手工上传）")
        elif ov.stopped:
            state = self.tr("同步已停止")
        elif ov.last_error:
            state = self.tr("上次同步未完成")
        else:
            state = self.tr("上次同步：{when}").format(when=when_text(ov.last_success_at))
        age = ov.oldest_age()
        waited = self.tr("最早一条已等待 {age}").format(age=age_text(age)) if age is not None else self.tr("没有待上传的记录")
        return waited + "\n" + state
