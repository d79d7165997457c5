"""Pick a volunteer by typing part of a name, pinyin initials or a phone tail.

Uses the roster search (in the background) and shows up to ten matches under
the field; the chosen person is shown with a masked ID so namesakes differ.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from station_app.gui.context import AppContext
from station_app.roster.service import RosterRow, search_roster


class VolunteerPicker(QWidget):
    chosen = Signal(int)
    matches_shown = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.volunteer_id: int | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("volunteer_search")
        self.edit.setPlaceholderText(self.tr("输入姓名、拼音首字母或手机尾号"))
        self.list = QListWidget()
        self.list.setMaximumHeight(150)
        self.list.hide()
        self.label = QLabel()
        self.label.setStyleSheet("color: #1f3a5f; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        layout.addWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.list.itemActivated.connect(self._pick)
        self.list.itemClicked.connect(self._pick)
        self._generation = 0

    def _search(self) -> None:
        self._generation += 1
        gen, text = self._generation, self.edit.text()
        if not text.strip():
            self.list.hide()
            return
        self.ctx.db(search_roster, text, False, 0, 10, False, actor=self.ctx.actor()).success(lambda page: self._show(page.rows, gen)).start()

    def _show(self, rows: list[RosterRow], generation: int) -> None:
        if generation != self._generation:
            return
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.name}　{r.id_masked}　{r.phone_masked}　{r.team}")
            item.setData(Qt.ItemDataRole.UserRole, (r.id, r.name, r.id_masked))
            self.list.addItem(item)
        self.list.setVisible(bool(rows))
        self.matches_shown.emit(len(rows))

    def _pick(self, item: QListWidgetItem) -> None:
        vid, name, masked = item.data(Qt.ItemDataRole.UserRole)
        self.set_volunteer(vid, f"{name}（{masked}）")
        self.list.hide()

    def set_volunteer(self, volunteer_id: int, text: str) -> None:
        self.volunteer_id = volunteer_id
        self.label.setText(self.tr("已选：{who}").format(who=text))
        self.chosen.emit(volunteer_id)

    def pick_row(self, row: int) -> None:
        """Choose the *row*-th match (keyboard users press Enter on it; tests call this)."""
        self._pick(self.list.item(row))
