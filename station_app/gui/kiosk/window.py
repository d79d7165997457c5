"""The kiosk window: one full-screen stack of screens that walks a volunteer through check-in or check-out.

    window = KioskWindow(ctx, on_leave=show_main_window)
    window.showFullScreen()   # shows home; on_leave() runs after a right staff PIN

Every database call goes through ``ctx.db`` (the worker thread). A result that
arrives after the kiosk has moved on (idle timeout, the next person) is dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from station_app.errors import NotFound, ValidationFailed
from station_app.gui.context import AppContext
from station_app.gui.kiosk.candidates_screen import CandidatesScreen
from station_app.gui.kiosk.checked_in_screen import CheckedInScreen
from station_app.gui.kiosk.home_screen import HomeScreen
from station_app.gui.kiosk.idle import ActivityWatcher
from station_app.gui.kiosk.message_screen import MessageScreen
from station_app.gui.kiosk.person_screen import PersonScreen
from station_app.gui.kiosk.pin_screen import PinScreen
from station_app.gui.kiosk.style import STYLE, kiosk_font
from station_app.gui.kiosk.summary_screen import SummaryScreen
from station_app.gui.kiosk.top_bar import TopBar
from station_app.hours.records import HoursError
from station_app.hours.times import local_now
from station_app.kiosk import service as kiosk
from station_app.kiosk.pin import PinAnswer, try_kiosk_pin

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    screen_changed = Signal(str)     # home, candidates, person, checked_in, checked_out, message, pin
    checked_in = Signal(int)         # the new record's id
    checked_out = Signal(object)     # CheckoutSummary
    message_shown = Signal(str)      # the text of a not-found or error message
    pin_checked = Signal(bool)

    def __init__(self, ctx: AppContext, on_leave: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_leave = on_leave
        self.return_delay_ms = 5_000     # after 签到成功
        self.summary_delay_ms = 10_000   # after 签退: more to read
        self.message_delay_ms = 6_000    # after "not found" and errors
        self.idle_timeout_ms = 60_000    # any screen back to home when nobody touches it
        self.clock: Callable[[], dt.datetime] = local_now
        self.volunteer_id: int | None = None
        self._generation = 0
        self._busy = False
        self._unlocked = False

        self.setObjectName("kiosk_root")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("志愿者签到"))
        self.setFont(kiosk_font())
        self.setStyleSheet(STYLE)
        # Only setFocus() gives the window itself the focus (screens without an input field), never a tap.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.top_bar = TopBar(ctx.profile.name if ctx.profile else "")
        self.top_bar.staff_button.clicked.connect(self.ask_pin)
        self.home = HomeScreen()
        self.candidates = CandidatesScreen()
        self.person = PersonScreen()
        self.checked_in_screen = CheckedInScreen()
        self.summary = SummaryScreen()
        self.message = MessageScreen()
        self.pin = PinScreen()
        self.stack = QStackedWidget()
        self.screens: dict[str, QWidget] = {
            "home": self.home, "candidates": self.candidates, "person": self.person,
            "checked_in": self.checked_in_screen, "checked_out": self.summary, "message": self.message,
            "pin": self.pin}
        for screen in self.screens.values():
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)

        self.home.submitted.connect(self.identify)
        self.home.search.connect(self.search)
        self.home.picked.connect(self.open_person)
        self.candidates.picked.connect(self.open_person)
        self.candidates.back.connect(self._back)
        self.person.check_in.connect(self.check_in)
        self.person.check_out.connect(self.check_out)
        self.person.back.connect(self._back)
        for screen in (self.checked_in_screen, self.summary, self.message):
            screen.done.connect(self.go_home)
        self.pin.submitted.connect(self._check_pin)
        self.pin.cancelled.connect(self.go_home)

        self._return = QTimer(self)
        self._return.setSingleShot(True)
        self._return.timeout.connect(self.go_home)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_timeout)
        self._watcher = ActivityWatcher(self)
        self._watcher.activity.connect(self._touched)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._watcher)
        self.go_home()

    # --- screens -------------------------------------------------------------------------------

    @property
    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, w in self.screens.items() if w is current)

    def _show(self, name: str, return_after_ms: int | None = None) -> None:
        self._return.stop()
        self.stack.setCurrentWidget(self.screens[name])
        if name == "home":
            self.home.input.setFocus()
        elif name == "pin":
            self.pin.input.setFocus()
        else:
            self.setFocus()  # a scan arriving now lands in keyPressEvent and starts over at home
        if return_after_ms is not None:
            self._return.start(return_after_ms)
        self._idle.start(self.idle_timeout_ms)
        self.screen_changed.emit(name)

    def go_home(self) -> None:
        self._generation += 1
        self._busy = False
        self.volunteer_id = None
        self.home.reset()
        self._show("home")

    def _back(self) -> None:
        if not self._busy:  # a check-in under way finishes and is confirmed first
            self.go_home()

    def show_message(self, title: str, text: str, hint: str = "") -> None:
        self.message.show_message(title, text, hint)
        self._show("message", self.message_delay_ms)
        self.message_shown.emit(text)

    # --- background work -----------------------------------------------------------------------

    def _run(self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None], changes: bool = False) -> None:
        """Run *fn* on the database worker; *then* gets its result unless the kiosk moved on meanwhile.

        ``changes=True`` for a check-in or check-out: what it changed reaches every view of the
        window (review queue, home page) whatever screen the kiosk has moved on to."""
        generation = self._generation
        self._busy = True

        def current() -> bool:
            return shiboken6.isValid(self) and generation == self._generation

        def ok(value: Any) -> None:
            if current():
                self._busy = False
                then(value)

        def failed(exc: BaseException) -> None:
            if current():
                self._busy = False
                self._show_error(exc)

        (self.ctx.op if changes else self.ctx.db)(fn, *args).success(ok).failure(failed).start()

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, (HoursError, ValidationFailed)):
            self.show_message(self.tr("暂时不能办理"), str(exc), self.tr("如有疑问，请找工作人员"))
        elif isinstance(exc, NotFound):
            self.show_not_found()
        else:
            log.error("kiosk operation failed", exc_info=exc)
            self.show_message(self.tr("出了点问题"), self.tr("这次没有办成，请找工作人员帮忙"),
                              self.tr("已经记下的签到不会丢失"))

    def show_not_found(self) -> None:
        self.show_message(self.tr("对不起"), self.tr("没有找到您的登记信息，请找工作人员登记"))

    # --- the volunteer's steps -----------------------------------------------------------------

    def identify(self, text: str) -> None:
        if not self._busy:
            self._run(kiosk.identify, text, then=self._identified)

    def search(self, kind: str, text: str) -> None:
        """Looked up as it is typed (gui/kiosk/home_screen.py): one match opens the person at once."""
        if self._busy:
            return
        fn = kiosk.identify_by_initials if kind == "initials" else kiosk.identify
        generation = self._generation

        def answer(found: kiosk.Identified) -> None:
            if not shiboken6.isValid(self) or generation != self._generation or self.current_screen != "home":
                return
            if not self.home.show_results(text, found):
                return  # typed on meanwhile: the next answer counts
            if len(found.candidates) == 1:
                self.open_person(found.candidates[0].volunteer_id)

        self.ctx.db(fn, text).success(answer).failure(self._show_error).start()

    def _identified(self, found: kiosk.Identified) -> None:
        if not found.candidates:
            self.show_not_found()
        elif found.by_card and len(found.candidates) == 1:
            self.open_person(found.candidates[0].volunteer_id)
        else:
            self.candidates.show_candidates(found.candidates)
            self._show("candidates")

    def open_person(self, volunteer_id: int) -> None:
        if self._busy:
            return
        self.volunteer_id = volunteer_id
        now = self.clock()
        self._run(kiosk.state_for, volunteer_id, now, then=lambda state: self._show_person(state, now))

    def _show_person(self, state: kiosk.KioskState, now: dt.datetime) -> None:
        self.person.show_state(state, now)
        self._show("person")

    def check_in(self, post_id: int, shift_id: int | None) -> None:
        if self._busy or self.volunteer_id is None:
            return
        self._run(kiosk.check_in, self.volunteer_id, post_id, shift_id, self.clock(), then=self._checked_in,
                  changes=True)

    def _checked_in(self, record) -> None:
        self.checked_in_screen.show_record(record)
        self._show("checked_in", self.return_delay_ms)
        self.checked_in.emit(record.id)

    def check_out(self) -> None:
        if self._busy or self.volunteer_id is None:
            return
        self._run(kiosk.check_out, self.volunteer_id, self.clock(), then=self._checked_out, changes=True)

    def _checked_out(self, summary: kiosk.CheckoutSummary) -> None:
        self.summary.show_summary(summary)
        self._show("checked_out", self.summary_delay_ms)
        self.checked_out.emit(summary)

    # --- staff ---------------------------------------------------------------------------------

    def ask_pin(self) -> None:
        self._generation += 1
        self._busy = False
        self.pin.reset()
        self._show("pin")

    def _check_pin(self, pin: str) -> None:
        self._run(try_kiosk_pin, pin, then=self._pin_answer)

    def _pin_answer(self, answer: PinAnswer) -> None:
        if not answer.ok:
            if answer.wait_seconds:
                self.pin.show_error(self.tr("错误次数太多，请 {t}后再试").format(t=self._wait_text(answer.wait_seconds)))
            else:
                self.pin.show_error(self.tr("PIN 不对，请再试一次"))
            self.pin_checked.emit(False)
            return
        self._unlocked = True
        self._return.stop()
        self._idle.stop()
        self.pin.reset()
        self.pin_checked.emit(True)
        self.on_leave()

    def _wait_text(self, seconds: int) -> str:
        if seconds >= 60:
            return self.tr("{m} 分钟").format(m=(seconds + 59) // 60)
        return self.tr("{s} 秒").format(s=seconds)

    # --- idle, keys, window --------------------------------------------------------------------

    def _touched(self) -> None:
        if self.isVisible() and not self._unlocked:
            self._idle.start(self.idle_timeout_ms)

    def _idle_timeout(self) -> None:
        if self.current_screen != "home" or self.home.input.text():
            self.go_home()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Keys that reach the window itself: a scan (or typing) never gets lost.

        On home they go to the input field; on a screen without one they start
        over at home with that text (the next person scanning their card).
        """
        text, screen = event.text(), self.current_screen
        printable = bool(text) and text.isprintable()
        if screen == "home":
            self.home.input.setFocus()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.home.submit()
            elif printable:
                self.home.input.insert(text)
            return
        if screen != "pin" and printable:
            self.go_home()
            self.home.input.insert(text)
            return
        super().keyPressEvent(event)

    def showFullScreen(self) -> None:  # noqa: N802 - Qt's name
        """Full screen; the window first covers the screen, for X11 without a window manager (Xvfb, bare kiosks)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.home.fit_screen(screen.geometry().height())
            self.setGeometry(screen.geometry())
        super().showFullScreen()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not event.spontaneous():
            self.home.fit_screen(self.height())
            self._unlocked = False
            self.top_bar.start()
            self.go_home()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not event.spontaneous():
            self._stop_timers()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Alt+F4 and the window system cannot close the kiosk; the app (or on_leave) can."""
        if event.spontaneous() and not self._unlocked:
            event.ignore()
            return
        self._stop_timers()
        super().closeEvent(event)

    def _stop_timers(self) -> None:
        self._return.stop()
        self._idle.stop()
        self.top_bar.stop()
