"""签到表录入: a paper sign-in sheet typed in as a grid, for one post and a day (or a week).

Works like a spreadsheet and needs no mouse: type who (name, pinyin initials
or a phone tail) and pick with Enter, then start, end, people served; Enter and
Tab move on, a new line starts with the times of the line above. Every line is
checked while typing by the core (:func:`station_app.hours.sheet_entry.check_sheet`,
the same rules as every other path) and shows its reason; 保存 (Ctrl+S) writes
every line as pending, all or nothing, in one audit-logged act.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station_app.changes import Kind
from station_app.gui.context import AppContext
from station_app.gui.sheet_lines import CompletionList, KeyRouter, SheetLine, parse_clock, parse_day
from station_app.hours.records import HoursError
from station_app.hours.sheet_entry import SheetRefused, SheetRow, check_sheet, save_sheet
from station_app.posts.service import list_posts
from station_app.roster.service import search_roster

FIRST_LINES = 10
DAY_COLUMN = 2


class SheetEntryPage(QWidget):
    checked = Signal(object)      # dict: line number → reason, after each background check
    saved = Signal(int)           # records written
    matches_shown = Signal(int)   # completion list filled

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lines: list[SheetLine] = []
        self.post = QComboBox()
        self.post.setObjectName("sheet_post")
        self.post.setMinimumWidth(220)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("sheet_date")
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.week = QCheckBox(self.tr("整周（每行填星期几）"))
        self.week.setObjectName("sheet_week")
        self.save_button = QPushButton(self.tr("保存（Ctrl+S）"))
        self.save_button.setObjectName("sheet_save")
        self.clear_button = QPushButton(self.tr("清空"))
        self.message = QLabel()
        self.message.setObjectName("sheet_message")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        for label, widget in ((self.tr("岗位"), self.post), (self.tr("日期"), self.date)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(self.week)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        top.addWidget(self.save_button)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(0)
        titles = (self.tr("行"), self.tr("志愿者"), self.tr("星期/日期"), self.tr("开始"), self.tr("结束"),
                  self.tr("服务人次"), self.tr("检查结果"))
        for col, title in enumerate(titles):
            head = QLabel(title)
            head.setStyleSheet("font-weight: bold; background: #e8eef6; padding: 4px; border: 1px solid #c8d1dc;")
            self.grid.addWidget(head, 0, col)
        for col, stretch in enumerate((0, 3, 1, 1, 1, 1, 5)):
            self.grid.setColumnStretch(col, stretch)
        self.grid.setRowStretch(1000, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.scroll = scroll
        hint = QLabel(self.tr("输入姓名、拼音首字母或手机尾号后按回车选人；回车或 Tab 到下一格，新的一行沿用上一行的时间。"
                              "每行随输入检查，全部无误才能保存，保存后为“待审核”。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #566573;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)

        self.completion = CompletionList(self.grid_host)
        self.router = KeyRouter(self.completion, self)
        self.router.moved.connect(self._move)
        self.router.completion_key.connect(self._completion_step)
        self.router.save.connect(self.save)
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self._search)
        self._check_timer = QTimer(self, singleShot=True, interval=150)
        self._check_timer.timeout.connect(self._check)
        self._typing_in: SheetLine | None = None
        self._search_generation = self._check_generation = 0
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)  # focus outside the cells
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.week.toggled.connect(self._week_toggled)
        self.date.dateChanged.connect(lambda _d: self._check_timer.start())
        self.post.currentIndexChanged.connect(lambda _i: self._check_timer.start())
        ctx.watch(self, Kind.POSTS, slot=lambda _changes: self.refresh())
        for _ in range(FIRST_LINES):
            self._add_line()
        self._week_toggled(False)

    # --- posts and lines
    def refresh(self) -> None:
        self.ctx.db(list_posts).success(self._show_posts).start()

    def _show_posts(self, posts) -> None:
        current = self.post.currentData()
        self.post.blockSignals(True)
        self.post.clear()
        for p in posts:
            self.post.addItem(f"{p.name}（{p.code}）", p.id)
        self.post.setCurrentIndex(max(self.post.findData(current), 0))
        self.post.blockSignals(False)

    def _add_line(self) -> SheetLine:
        line = SheetLine(len(self.lines) + 1, self.grid_host)
        for col, widget in enumerate(line.widgets()):
            self.grid.addWidget(widget, line.number, col)
        line.day.setVisible(self.week.isChecked())
        line.edited.connect(self._check_timer.start)
        line.who.textEdited.connect(lambda _t, line=line: self._typed_name(line))
        self.router.add(line)
        if self.lines:
            above = self.lines[-1]
            line.start.setText(above.start.text())
            line.end.setText(above.end.text())
            line.day.setText(above.day.text())
        self.lines.append(line)
        return line

    def _week_toggled(self, on: bool) -> None:
        for line in self.lines:
            line.day.setVisible(on)
        self.grid.itemAtPosition(0, DAY_COLUMN).widget().setVisible(on)
        self.grid.setColumnStretch(DAY_COLUMN, 1 if on else 0)  # no gap where the hidden column was
        self._check_timer.start()

    def clear(self) -> None:
        for line in self.lines:
            for cell in line.cells():
                cell.clear()
            line.volunteer_id = None
            line.result.clear()
        self.message.clear()
        self.lines[0].who.setFocus()

    # --- moving with the keyboard
    def _move(self, line: SheetLine, index: int, backwards: bool) -> None:
        if index == 0 and not backwards:
            picked = self.completion.chosen()
            self.completion.hide()
            if picked is not None:
                line.pick(*picked)
            elif line.who.text().strip() and line.volunteer_id is None:
                line.show_result(self.tr("请从列表中选择志愿者"))
                return
        cells = [c for c in line.cells() if c.isVisible() or c is line.who]
        at = cells.index(line.cells()[index])
        if backwards:
            target = cells[at - 1] if at > 0 else (self._cells_of(self.lines[line.number - 2])[-1]
                                                   if line.number > 1 else cells[0])
        elif at + 1 < len(cells):
            target = cells[at + 1]
        else:
            following = self.lines[line.number] if line.number < len(self.lines) else self._add_line()
            if following.is_blank() and not following.start.text() and not following.end.text():
                for mine, theirs in ((following.start, line.start), (following.end, line.end), (following.day, line.day)):
                    mine.setText(theirs.text())  # a sheet is mostly one shift: the times of the line above
            target = following.who
            self.scroll.ensureWidgetVisible(following.result)
        target.setFocus(Qt.FocusReason.TabFocusReason)
        target.selectAll()

    def _cells_of(self, line: SheetLine) -> list:
        return [c for c in line.cells() if c.isVisible() or c is line.who]

    def _typed_name(self, line: SheetLine) -> None:
        self._typing_in = line
        self._search_timer.start()

    def _search(self) -> None:
        line = self._typing_in
        if line is None:
            return
        self._search_generation += 1
        generation, text = self._search_generation, line.who.text().strip()
        if not text:
            self.completion.hide()
            return
        self.ctx.db(search_roster, text, True, 0, 8, False, actor=self.ctx.actor()).success(
            lambda page: self._show_matches(page.rows, line, generation)).start()

    def _show_matches(self, rows, line: SheetLine, generation: int) -> None:
        if generation != self._search_generation or self._typing_in is not line:
            return
        self.completion.show_matches(rows, line.who)
        self.matches_shown.emit(len(rows))

    def _completion_step(self, step: int) -> None:
        row = min(max(self.completion.currentRow() + step, 0), self.completion.count() - 1)
        self.completion.setCurrentRow(row)

    # --- checking and saving
    def _parsed(self) -> tuple[list[SheetRow], dict[int, str]]:
        """The complete lines as rows for the core, and the lines that cannot be read yet, with why."""
        rows, problems = [], {}
        day = self.date.date().toPython()
        week_start = day - dt.timedelta(days=day.weekday())
        for line in self.lines:
            if line.is_blank():
                line.result.clear()
                continue
            if line.volunteer_id is None:
                if not line.who.hasFocus():  # still typing the name: the list is open, say nothing yet
                    problems[line.number] = self.tr("请从列表中选择志愿者")
                else:
                    line.result.clear()
                continue
            on = parse_day(line.day.text(), week_start) if self.week.isChecked() else day
            start, end = parse_clock(line.start.text()), parse_clock(line.end.text())
            served = line.served.text().strip()
            if on is None:
                problems[line.number] = self.tr("星期或日期“{t}”不在这一周").format(t=line.day.text())
            elif start is None or end is None:
                bad = line.start.text() if start is None else line.end.text()
                problems[line.number] = self.tr("时间“{t}”无法识别，请写成 07:00 或 0700").format(t=bad)
            elif served and not (served.isascii() and served.isdigit()):
                problems[line.number] = self.tr("服务人次应是整数")
            else:
                begin = dt.datetime.combine(on, start).astimezone()
                finish = dt.datetime.combine(on, end).astimezone()
                rows.append(SheetRow(line.number, line.volunteer_id, begin, finish, int(served) if served else None))
        return rows, problems

    def _check(self) -> None:
        rows, problems = self._parsed()
        post_id = self.post.currentData()
        self._check_generation += 1
        generation = self._check_generation
        if post_id is None or not rows:
            self._show_check(problems, rows, generation)
            return
        self.ctx.db(check_sheet, post_id, rows).success(
            lambda reasons: self._show_check({**reasons, **problems}, rows, generation)).start()

    def _show_check(self, reasons: dict[int, str], rows: list[SheetRow], generation: int) -> None:
        if generation != self._check_generation:
            return
        for line in self.lines:
            if line.number in reasons:
                line.show_result(reasons[line.number])
            elif any(r.row == line.number for r in rows):
                line.show_result(None)
        ok = len([r for r in rows if r.row not in reasons])
        self.message.setStyleSheet("color: #c0392b;" if reasons else "color: #1e8449;")
        self.message.setText(self.tr("{ok} 行无误，{bad} 行有问题").format(ok=ok, bad=len(reasons)) if reasons
                             else self.tr("{ok} 行无误，可以保存").format(ok=ok) if ok else "")
        self.checked.emit(reasons)

    def save(self) -> None:
        rows, problems = self._parsed()
        post_id = self.post.currentData()
        if problems:
            self._show_check(problems, rows, self._check_generation)
            first = min(problems)
            self.message.setText(self.tr("第 {n} 行：{why}；没有保存").format(n=first, why=problems[first]))
            return
        if post_id is None:
            self.message.setText(self.tr("请先选择岗位"))
            return
        self.ctx.op(save_sheet, post_id, rows, self.ctx.actor()).success(self._saved).failure(self._failed).start()

    def _saved(self, result) -> None:
        self.clear()
        self.message.setStyleSheet("color: #1e8449;")
        self.message.setText(self.tr("已保存 {n} 条服务记录，等待审核").format(n=result.count))
        self.saved.emit(result.count)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SheetRefused):
            self._check_generation += 1
            self._show_check(exc.reasons, [], self._check_generation)
        if not isinstance(exc, HoursError):
            raise exc
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setText(str(exc))
