"""The main window: a navigation list on the left, one page per area on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from station_app.changes import Kind
from station_app.gui.certificates.page import CertificatesPage
from station_app.gui.context import AppContext
from station_app.gui.posts_page import PostsPage
from station_app.gui.review_page import ReviewPage
from station_app.gui.roster_page import RosterPage
from station_app.gui.settings_dialog import SettingsDialog

NAV_STYLE = """
QListWidget#nav { background: #1f3a5f; color: #e8eef6; border: none; font-size: %dpx; outline: 0; }
QListWidget#nav::item { padding: 12px 18px; }
QListWidget#nav::item:selected { background: #2f5d8f; color: white; border-left: 4px solid #f5b041; }
"""


def _idle_minutes() -> int:
    from station_app import config
    from station_app.station import settings

    return settings.get(config.IDLE_LOCK_MINUTES)


class MainWindow(QMainWindow):
    font_size_applied = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(800, screen.height() - 40))  # a 1366x768 PC shows it whole
        self.setMinimumSize(QSize(960, 600))

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet(NAV_STYLE % 15)
        self.nav.setFixedWidth(170)
        self.pages = QStackedWidget()
        from station_app.gui.home_page import HomePage
        from station_app.gui.reports.page import ReportsPage

        self.home_page = HomePage(ctx)
        self.roster_page = RosterPage(ctx)
        self.review_page = ReviewPage(ctx)
        self.posts_page = PostsPage(ctx)
        self.certificates_page = CertificatesPage(ctx)
        from station_app.gui.sync.page import SyncPage
        from station_app.gui.sync.scheduler import SyncScheduler

        self.sync_scheduler = SyncScheduler(ctx, self)
        self.sync_page = SyncPage(ctx, self.sync_scheduler)
        self.reports_page = ReportsPage(ctx)
        self._add_page(self.tr("首页"), self.home_page)
        self._add_page(self.tr("志愿者名册"), self.roster_page)
        self._add_page(self.tr("服务记录审核"), self.review_page)
        self._add_page(self.tr("服务岗位与班次"), self.posts_page)
        from station_app.gui.sheet_entry_page import SheetEntryPage

        self.sheet_page = SheetEntryPage(ctx)
        self._add_page(self.tr("签到表录入"), self.sheet_page)
        self._add_page(self.tr("志愿服务证明"), self.certificates_page)
        self._add_page(self.tr("统计"), self.reports_page)
        self._add_page(self.tr("平台同步"), self.sync_page)
        from station_app.gui.audit_page import AuditPage

        self.audit_page = AuditPage(ctx)
        self._add_page(self.tr("操作日志"), self.audit_page)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)  # 首页: what is happening now and what needs doing
        self.home_page.open_page.connect(self._open_from_home)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.station_label = QLabel()
        self.operator_label = QLabel()
        self.statusBar().addWidget(self.station_label)
        from station_app.gui.sync.indicator import SyncIndicator

        self.sync_indicator = SyncIndicator(self.sync_scheduler)
        self.sync_indicator.open_page.connect(lambda: self.nav.setCurrentRow(self.pages.indexOf(self.sync_page)))
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.statusBar().addPermanentWidget(self.operator_label)
        ctx.watch(self, Kind.STATION, slot=lambda _changes: self._show_station())
        ctx.changes.operator.connect(self._show_station)
        ctx.changes.operator.connect(self._apply_role)
        self._show_station()
        self._apply_role()
        self.roster_page.refresh()
        self.sync_scheduler.start()
        QApplication.instance().aboutToQuit.connect(self.sync_scheduler.shutdown)  # quit from the log-in screen

        from station_app.gui.idle_lock import IdleWatcher

        self.restart = None  # how a restore starts the program again (tests put a stand-in here)
        self.kiosk_mode = False  # started with --kiosk: an idle lock goes back to the kiosk
        self.login_dialog = None
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self._read_idle_minutes()
        self._read_font_size()
        ctx.watch(self, Kind.SETTINGS, slot=lambda _changes: (self._read_idle_minutes(), self._read_font_size()))

    # --- 字号: applied at once, and at every start
    def _read_font_size(self) -> None:
        from station_app.station.display import font_size

        self.ctx.db(font_size).success(self._apply_font_size).start()

    def _apply_font_size(self, size: str) -> None:
        from PySide6.QtCore import QTimer

        from station_app.gui.font_size import apply_font_size, fit_table_rows
        from station_app.station.display import FONT_SCALE

        self.font_size = size
        apply_font_size(size)
        self.nav.setStyleSheet(NAV_STYLE % round(15 * FONT_SCALE.get(size, 1.0)))
        self.nav.setFixedWidth(round(170 * FONT_SCALE.get(size, 1.0)))
        for action in self.font_actions.actions():
            action.setChecked(action.data() == size)

        def fitted() -> None:  # after every widget has taken the new font
            fit_table_rows(self)
            self.font_size_applied.emit(size)

        QTimer.singleShot(0, self, fitted)  # with the window as context: dropped if it closes first

    # --- 语言: kept in the data folder, applied at the next start (every window would need rebuilding)
    def _language_menu(self, settings_menu) -> None:
        from station_app.language import LANGUAGES

        menu = settings_menu.addMenu(self.tr("语言"))
        self.language_menu = menu
        self.language_actions = QActionGroup(self)
        current = QApplication.instance().property("station_language") or "zh_CN"
        for key, name in LANGUAGES.items():  # each language named in itself
            action = QAction(name, self, checkable=True)
            action.setData(key)
            action.setChecked(key == current)
            action.triggered.connect(lambda _on, k=key: self.choose_language(k))
            self.language_actions.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        note = QAction(self.tr("证明、公示名单、报送的报表和导出的文件始终为中文"), self)
        note.setEnabled(False)
        menu.addAction(note)

    def choose_language(self, language: str) -> None:
        from station_app.gui.notify import notify
        from station_app.language import LANGUAGES, save

        try:
            save(self.ctx.data_dir, language)
        except OSError as exc:
            notify(self, self.tr("语言"), self.tr("无法保存语言设置：{reason}").format(reason=exc.strerror or exc),
                   icon=QMessageBox.Icon.Warning)
            return
        self.language_notice = notify(self, self.tr("语言"), self.tr(
            "下次启动 Station Desk 时改用 {language}。\n证明、公示名单、报送的报表和导出的文件始终为中文。").format(
                language=LANGUAGES[language]))

    def choose_font_size(self, size: str) -> None:
        from station_app.station.display import set_font_size

        self.ctx.op(set_font_size, size, self.ctx.actor()).start()  # the SETTINGS change applies it

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Stop syncing before the window goes: timers off, the network thread joined; a closed window
        never locks itself later (its idle timer would fire on a window nobody sees)."""
        self.sync_scheduler.shutdown()
        self.idle.stop()
        super().closeEvent(event)

    def _read_idle_minutes(self) -> None:
        self.ctx.db(_idle_minutes).success(self.idle.set_minutes).start()

    def _show_page(self, index: int) -> None:
        """Pages load when shown; the roster's first page is read at start-up too (it is what staff open most)."""
        self.pages.setCurrentIndex(index)
        page = self.pages.widget(index)
        if page is not self.roster_page and page is not self.home_page:  # the home page reads when shown
            page.refresh()

    def open_training(self) -> None:
        """登记培训: a session and its attendance grid (gui/training_dialog.py)."""
        from station_app.gui.training_dialog import TrainingDialog

        self.training_dialog = TrainingDialog(self.ctx, self)
        self.training_dialog.open()

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))

    def _open_from_home(self, key: str) -> None:
        page = {"review": self.review_page, "posts": self.posts_page, "sync": self.sync_page,
                "certificates": self.certificates_page, "reports": self.reports_page}[key]
        self.show_page(page)

    def _add_page(self, title: str, page: QWidget) -> None:
        self.pages.addWidget(page)
        QListWidgetItem(title, self.nav)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        import_action = QAction(self.tr("导入名册（Excel / CSV）…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.roster_page.import_roster)
        file_menu.addAction(import_action)
        export = QAction(self.tr("导出名册…"), self)
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self.roster_page.export_roster)
        file_menu.addAction(export)
        file_menu.addSeparator()
        backup = QAction(self.tr("立即备份数据库"), self)
        backup.triggered.connect(self.backup_now)
        file_menu.addAction(backup)
        usb_backup = QAction(self.tr("备份到 U 盘…"), self)
        usb_backup.triggered.connect(self.backup_to_folder)
        file_menu.addAction(usb_backup)
        self.restore_action = QAction(self.tr("从备份恢复…"), self)
        self.restore_action.triggered.connect(lambda: self.restore_from_backup())
        file_menu.addAction(self.restore_action)
        self.retention_action = QAction(self.tr("数据保留检查…"), self)
        self.retention_action.triggered.connect(self.open_retention_check)
        file_menu.addAction(self.retention_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        roster_menu = self.menuBar().addMenu(self.tr("名册(&R)"))
        add = QAction(self.tr("新增志愿者…"), self)
        add.setShortcut(QKeySequence.StandardKey.New)
        add.triggered.connect(self.roster_page.add_volunteer)
        roster_menu.addAction(add)
        roster_menu.addSeparator()
        cards = QAction(self.tr("打印志愿者证…"), self)
        cards.triggered.connect(lambda: self.roster_page.print_cards())
        roster_menu.addAction(cards)
        cards_pdf = QAction(self.tr("志愿者证存为 PDF…"), self)
        cards_pdf.triggered.connect(lambda: self.roster_page.save_cards_pdf())
        roster_menu.addAction(cards_pdf)

        hours_menu = self.menuBar().addMenu(self.tr("服务记录(&W)"))
        record = QAction(self.tr("录入服务记录（签到表）…"), self)
        record.setShortcut(QKeySequence("Ctrl+R"))
        record.triggered.connect(lambda: (self.show_page(self.review_page), self.review_page._open_dialog(None, "add")))
        hours_menu.addAction(record)
        import_hours = QAction(self.tr("导入服务时长表…"), self)
        import_hours.triggered.connect(lambda: (self.show_page(self.review_page), self.review_page.import_hours()))
        hours_menu.addAction(import_hours)
        training = QAction(self.tr("登记培训（签到名单）…"), self)
        training.triggered.connect(self.open_training)
        hours_menu.addAction(training)
        self.kiosk_action = QAction(self.tr("切换到签到机模式"), self)
        self.kiosk_action.setShortcut(QKeySequence("Ctrl+K"))
        self.kiosk_action.triggered.connect(self.enter_kiosk)
        hours_menu.addAction(self.kiosk_action)

        settings_menu = self.menuBar().addMenu(self.tr("设置(&S)"))
        settings_action = QAction(self.tr("站点信息、工作人员与签到机…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.open_settings)
        settings_menu.addAction(settings_action)
        self.settings_action = settings_action
        password_action = QAction(self.tr("修改我的密码…"), self)
        password_action.triggered.connect(self.change_own_password)
        settings_menu.addAction(password_action)
        settings_menu.addSeparator()
        font_menu = settings_menu.addMenu(self.tr("字号"))
        self.font_actions = QActionGroup(self)
        for key, label in (("standard", self.tr("标准")), ("large", self.tr("大")), ("huge", self.tr("特大"))):
            action = QAction(label, self, checkable=True)
            action.setData(key)
            action.triggered.connect(lambda _on, k=key: self.choose_font_size(k))
            self.font_actions.addAction(action)
            font_menu.addAction(action)
        self._language_menu(settings_menu)
        self.lock_action = QAction(self.tr("锁定 / 换班登录"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock(self.tr("工作人员锁定")))
        settings_menu.addAction(self.lock_action)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.guide_action = QAction(self.tr("使用说明"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        self.about_action = QAction(self.tr("关于 Station Desk"), self)
        self.about_action.triggered.connect(self._about)
        help_menu.addAction(self.about_action)

    def backup_now(self) -> None:
        from station_app.gui.auto_backup import backup_now

        self.backup_job = backup_now(self)

    def backup_to_folder(self) -> None:
        from station_app.gui.auto_backup import backup_to_folder

        self.backup_job = backup_to_folder(self)

    def restore_from_backup(self, path: str | None = None, passphrase: str | None = None) -> None:
        """站长 only (the core refuses others too); see gui/restore_dialog.py."""
        from station_app.gui.restore_dialog import RestoreFromBackup, relaunch

        self.restore_flow = RestoreFromBackup(self, self.restart or relaunch)
        self.restore_flow.start(path, passphrase)

    def open_retention_check(self) -> None:
        """站长 only: data beyond the statutory record kept past its time (gui/retention_dialog.py)."""
        from station_app.gui.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retention_dialog = dialog
        dialog.open()

    def open_settings(self, current: dict | None = None) -> None:
        """Read the settings in the background, then show the dialog."""
        from station_app.gui.settings_dialog import current_hours_settings

        if current is None:
            self.ctx.db(current_hours_settings, self.ctx.data_dir).success(self.open_settings).start()
            return
        dialog = SettingsDialog(self.ctx, self, current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.open()

    def _apply_role(self) -> None:
        """Operators do not get the admin-only commands (the core refuses them as well)."""
        self.settings_action.setEnabled(self.ctx.is_admin)
        self.restore_action.setEnabled(self.ctx.is_admin)
        self.retention_action.setEnabled(self.ctx.is_admin)
        for page in (self.roster_page, self.review_page, self.certificates_page, self.posts_page):
            page._update_buttons()

    def change_own_password(self) -> None:
        from station_app.gui.staff_dialogs import OwnPasswordDialog

        dialog = OwnPasswordDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.password_dialog = dialog
        dialog.open()

    # --- sessions: idle lock and log-in
    def lock(self, why: str = "") -> None:
        """End the session: close open dialogs, then the log-in screen (or the kiosk in kiosk mode)."""
        from station_app.staff.accounts import record_logout

        if self.login_dialog is not None or getattr(self, "kiosk", None) is not None:
            return
        self.idle.pause()
        if self.ctx.operator:
            self.ctx.db(record_logout, self.ctx.actor(), why or self.tr("无人操作，自动锁定")).start()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and isinstance(widget, (QDialog, QMessageBox)):
                widget.close()  # a dialog left open may show a person's data
        if self.kiosk_mode:
            self.enter_kiosk()
            return
        self.hide()
        if why and why != self.tr("无人操作，自动锁定"):  # locked by hand (Ctrl+L): say so, not "nobody was here"
            self.show_login(locked=self.tr("已锁定。请重新登录；换班时由接班的工作人员登录。"))
        else:
            self.show_login(locked=True)

    def show_login(self, locked: bool | str = False) -> None:
        from station_app.gui.login_dialog import LoginDialog

        dialog = LoginDialog(self.ctx, None, locked=locked)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged_in.connect(self._logged_in)
        dialog.rejected.connect(self._login_abandoned)
        self.login_dialog = dialog
        dialog.open()

    def _logged_in(self, staff) -> None:
        self.login_dialog = None
        self.ctx.operator, self.ctx.role = staff.name, staff.role
        self.ctx.changes.operator.emit()
        self.show()
        self.activateWindow()
        self.idle.restart()

    def _login_abandoned(self) -> None:
        self.login_dialog = None
        QApplication.instance().quit()  # 退出程序 on the log-in screen ends the program

    def enter_kiosk(self) -> None:
        """Hand the screen to volunteers; staff come back with the kiosk PIN."""
        from station_app.kiosk.pin import kiosk_pin_set

        self.ctx.db(kiosk_pin_set).success(self._enter_kiosk).start()

    def _enter_kiosk(self, pin_set: bool) -> None:
        from station_app.gui.kiosk import KioskWindow
        from station_app.gui.notify import notify

        if not pin_set:
            if not self.ctx.operator:  # started with --kiosk before a PIN was set: staff log in first
                self.show_login()
                return
            self.show()
            notify(self, self.tr("签到机模式"), self.tr(
                "请先在“设置 → 服务时长与签到机”中设置退出签到机用的 PIN，再切换到签到机模式。"))
            return
        self.idle.pause()  # the kiosk has its own idle return to its home screen
        if self.isVisible() and self.ctx.operator:  # the staff session ends here; leaving needs a log-in
            from station_app.staff.accounts import record_logout

            self.ctx.db(record_logout, self.ctx.actor(), self.tr("切换到签到机模式")).start()
        self.kiosk = KioskWindow(self.ctx, on_leave=self.leave_kiosk)
        self.kiosk.setParent(self, Qt.WindowType.Window)  # its own window, but it goes when the staff window goes
        self.kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.kiosk.showFullScreen()
        self.hide()

    def leave_kiosk(self) -> None:
        """The kiosk PIN lets staff out; who is on duty then logs in (the PIN is shared, the session is not)."""
        kiosk, self.kiosk = getattr(self, "kiosk", None), None
        if kiosk is not None:
            kiosk.close()
        self.show_login()  # the review page redraws itself for the check-ins made meanwhile

    def _show_station(self) -> None:
        p = self.ctx.profile
        name = p.name if p else ""
        title = self.tr("Station Desk 社区志愿服务站工作台")
        self.setWindowTitle(self.tr("{station} — {title}").format(station=name, title=title) if name else title)
        self.station_label.setText(self.tr("{station}（{code}）").format(station=name, code=p.code if p else ""))
        role = self.tr("站长") if self.ctx.is_admin else self.tr("值班员")
        self.operator_label.setText(self.tr("当前登录：{name}（{role}）").format(name=self.ctx.operator, role=role))

    def show_guide(self) -> None:
        from station_app.gui.guide_window import GuideWindow

        if getattr(self, "guide", None) is None:
            self.guide = GuideWindow(self)
        self.guide.show()
        self.guide.raise_()

    def _about(self) -> None:
        from station_app.gui.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self.ctx.data_dir, self)
        self.about_dialog.open()
