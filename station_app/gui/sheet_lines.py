"""The rows of the sign-in sheet grid: one line of cells per person, moved through by keyboard.

Each line is a person (typed as a name, pinyin initials or a phone tail and
picked from the completion list), a day (in week mode), start, end and people
served, then the line's check result. Enter and Tab move to the next cell;
Enter on the last cell goes to the next line (made when needed). A new line
starts with the times of the line above, selected, so a sheet of one shift is
typed as "who, Enter, Enter, Enter, people, Enter".
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from station_app.text_normalize import strip_all_space

CELL_STYLE = "QLineEdit { border: 1px solid #c8d1dc; border-radius: 0; padding: 2px 4px; } " \
             "QLineEdit:focus { border: 2px solid #2f5d8f; background: #fffbe6; }"


def parse_clock(text: str) -> dt.time | None:
    """ "7:00", "07:00", "0700", "700", "7", "７：００" → a time; None when it is not one."""
    t = strip_all_space(text).replace("：", ":")
    m = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})", t) or re.fullmatch(r"([0-9]{1,2})([0-9]{2})", t) \
        or re.fullmatch(r"([0-9]{1,2})()", t)
    if not m:
        return None
    hour, minute = int(m[1]), int(m[2] or 0)
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


def parse_day(text: str, week_start: dt.date) -> dt.date | None:
    """In week mode: "1"–"7" (周一…周日) or "5-6", "5/6", "2024-05-06"; None when it is not a day of that week."""
    t = strip_all_space(text).replace("/", "-").replace(".", "-")
    if re.fullmatch(r"[1-7]", t):
        return week_start + dt.timedelta(days=int(t) - 1)
    m = re.fullmatch(r"(?:([0-9]{4})-)?([0-9]{1,2})-([0-9]{1,2})", t)
    if not m:
        return None
    try:
        day = dt.date(int(m[1] or week_start.year), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return day if 0 <= (day - week_start).days < 7 else None


class CompletionList(QListWidget):
    """The matches under the volunteer cell being typed in; it never takes the focus from the cell."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_completion")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMaximumHeight(180)
        self.setStyleSheet("QListWidget { border: 1px solid #2f5d8f; background: white; }")
        self.hide()

    def show_matches(self, rows, under: QWidget) -> None:
        self.clear()
        for r in rows:
            text = f"{r.name}　{r.id_masked}　{r.phone_masked}" + (self.tr("（已停用）") if r.status != "active" else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (r.id, r.name))
            self.addItem(item)
        if not rows:
            self.hide()
            return
        self.setCurrentRow(0)
        top_left = under.mapTo(self.parentWidget(), under.rect().bottomLeft())
        self.setGeometry(top_left.x(), top_left.y(), max(under.width() * 2, 320),
                         min(180, 6 + self.sizeHintForRow(0) * len(rows)))
        self.show()
        self.raise_()

    def chosen(self) -> tuple[int, str] | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and self.isVisible() else None


class SheetLine(QObject):
    """One line: its cells, the person picked, and what the check said."""

    edited = Signal()

    def __init__(self, number: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.number = number
        self.volunteer_id: int | None = None
        self.volunteer_name = ""
        self.number_label = QLabel(str(number), parent)
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who, self.day, self.start, self.end, self.served = (QLineEdit(parent) for _ in range(5))
        self.who.setPlaceholderText(self.tr("姓名 / 拼音首字母 / 手机尾号"))
        self.day.setPlaceholderText(self.tr("1–7 或 5-6"))
        self.start.setPlaceholderText("07:00")
        self.end.setPlaceholderText("09:00")
        self.served.setPlaceholderText(self.tr("人次"))
        self.result = QLabel(parent)
        self.result.setWordWrap(True)
        for i, cell in enumerate(self.cells()):
            cell.setObjectName(f"sheet_{('who', 'day', 'start', 'end', 'served')[i]}_{number}")
            cell.setStyleSheet(CELL_STYLE)
            cell.textEdited.connect(lambda _t: self.edited.emit())
        self.who.textEdited.connect(self._forget_person)

    def cells(self) -> tuple[QLineEdit, ...]:
        return self.who, self.day, self.start, self.end, self.served

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.number_label, *self.cells(), self.result)

    def _forget_person(self, _text: str) -> None:
        self.volunteer_id = None

    def pick(self, volunteer_id: int, name: str) -> None:
        self.volunteer_id, self.volunteer_name = volunteer_id, name
        self.who.setText(name)
        self.edited.emit()

    def is_blank(self) -> bool:
        return not self.who.text().strip() and not self.served.text().strip()

    def show_result(self, reason: str | None) -> None:
        if reason is None:
            self.result.setText("✓")
            self.result.setStyleSheet("color: #1e8449; font-weight: bold;")
        else:
            self.result.setText(reason)
            self.result.setStyleSheet("color: #c0392b;")
        self.result.setToolTip(reason or "")


class KeyRouter(QObject):
    """Enter/Tab move on, Up/Down move the completion; installed on every cell of the grid."""

    moved = Signal(object, int, bool)  # line, cell index, backwards
    completion_key = Signal(int)       # -1 up, +1 down
    save = Signal()                    # Ctrl+S in a cell

    def __init__(self, completion: CompletionList, parent: QObject) -> None:
        super().__init__(parent)
        self.completion = completion
        self.where: dict[QLineEdit, tuple[SheetLine, int]] = {}

    def add(self, line: SheetLine) -> None:
        for index, cell in enumerate(line.cells()):
            self.where[cell] = (line, index)
            cell.installEventFilter(self)

    @staticmethod
    def _is_save(event) -> bool:
        return event.key() == Qt.Key.Key_S and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj not in self.where:
            return False
        if event.type() == QEvent.Type.ShortcutOverride and self._is_save(event):
            event.accept()  # Ctrl+S comes to the cell as a key press, whether typed or simulated
            return True
        if event.type() != QEvent.Type.KeyPress:
            return False
        if self._is_save(event):
            self.save.emit()
            return True
        key = event.key()
        line, index = self.where[obj]
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and index == 0 and self.completion.isVisible():
            self.completion_key.emit(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.moved.emit(line, index, backwards)
            return True
        if key == Qt.Key.Key_Escape and self.completion.isVisible():
            self.completion.hide()
            return True
        return False
