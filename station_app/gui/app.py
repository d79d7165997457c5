"""Starting the window: one instance per data folder, open the database, first-start profile.

Each step that can fail tells the user why in a dialog and exits cleanly.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from station_app import config, i18n
from station_app.db import DataFolderError, close_database, open_database
from station_app.gui.context import AppContext
from station_app.gui.tasks import TaskManager
from station_app.instance_lock import AlreadyRunning, InstanceLock
from station_app.language import CHINESE, ENGLISH
from station_app.language import choose as choose_language
from station_app.resources import in_checkout, resource_path
from station_app.station.profile import load_profile
from station_app.station_setup import create_station
from station_app.translation_files import ensure_compiled

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None, language: str = CHINESE) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    if not hasattr(app, "station_gc"):
        from station_app.gui.main_thread_gc import MainThreadGarbageCollector

        app.station_gc = MainThreadGarbageCollector(app)  # cyclic GC only on this thread (Qt objects die here)
    name_application(app)
    app.setWindowIcon(app_icon())
    i18n.install(QCoreApplication.translate)
    if not hasattr(app, "station_translators"):  # once per process: a second call keeps the first language
        app.station_translators = install_translations(app, language)
    return app


def name_application(app: QApplication) -> None:
    """Names for settings and the data folder. No application display name: Qt appends it to every
    window title ("新增班次 — Station Desk"), which cut dialog titles short and named the program
    twice in the station window's title."""
    app.setApplicationName(config.APP_NAME)
    app.setOrganizationName(config.APP_NAME)


def app_icon() -> QIcon:
    """The 站 icon in every size drawn (build_scripts/make_icons.py), for title bars and the taskbar."""
    icon = QIcon()
    for png in sorted(resource_path("icons").glob("station-desk-*.png")):
        icon.addFile(str(png))
    return icon


def install_translations(app: QApplication, language: str = CHINESE) -> list[QTranslator]:
    """Our strings and Qt's own (file dialogs, the print dialog, OK/Cancel…) in *language*.

    Simplified Chinese is the source language and needs no file of its own, but Qt's own strings must
    be Chinese too, whatever the system locale says (an English Windows once got Chinese pages with
    "Look in:" file dialogs). English loads resources/translations/station_app_en.qm and Qt's
    qtbase_en; should our file be missing, the interface stays Chinese throughout rather than mixed.
    Returns the translators installed.
    """
    if in_checkout():  # a wheel and a bundle carry compiled .qm files; a checkout builds its own
        ensure_compiled(resource_path("translations"))
    folder = str(resource_path("translations"))
    installed: list[QTranslator] = []
    qt_locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    if language == ENGLISH:
        ours = QTranslator(app)
        if ours.load("station_app_en", folder):
            app.installTranslator(ours)
            installed.append(ours)
            qt_locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        else:
            log.warning("English chosen but station_app_en.qm not found in %s: staying Chinese", folder)
    QLocale.setDefault(qt_locale)  # dates, calendars and numbers in the same language
    qt = QTranslator(app)
    if qt.load(qt_locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.warning("Qt's own translation for %s not found in %s", qt_locale.name(),
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    fixes = QTranslator(app)  # what Qt's Chinese file misses in this Qt version ("&Look in:")
    if qt_locale.language() == QLocale.Language.Chinese and fixes.load(qt_locale, "qtbase_fixes", "_", folder):
        app.installTranslator(fixes)
        installed.append(fixes)
    app.setProperty("station_language", ENGLISH if qt_locale.language() == QLocale.Language.English else CHINESE)
    return installed


def interface_language(requested: str | None, data_dir: Path | None) -> str:
    """--lang, else 设置 → 语言's choice kept in the data folder, else the system's language."""
    return choose_language(requested, data_dir, QLocale.system().name())


def ensure_admin(need_profile: bool) -> tuple | None:
    """The first-start dialog: (profile or None, admin name, password), or None when the user quits."""
    from station_app.gui.first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog(need_profile=need_profile)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    return dialog.result_profile, dialog.result_admin_name, dialog.result_password


def open_session(ctx: AppContext, kiosk: bool = False) -> bool:
    """Who works in the window: the first start creates the 站长 account, later starts log in.

    In kiosk mode nobody logs in at start: volunteers use the kiosk, and staff log
    in when they leave it with the PIN. False: the user quit.
    """
    from station_app.gui.login_dialog import LoginDialog
    from station_app.staff.accounts import active_names, has_staff

    if ctx.profile is None or not has_staff():
        answer = ensure_admin(need_profile=ctx.profile is None)
        if answer is None:
            return False
        profile, name, password = answer
        admin = create_station(name, password, profile)
        if profile is not None:
            ctx.profile = load_profile()
        ctx.operator, ctx.role = admin.name, admin.role
        return True
    if kiosk:
        return True
    dialog = LoginDialog(ctx, None, names=active_names())
    if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.staff is None:
        return False
    ctx.operator, ctx.role = dialog.staff.name, dialog.staff.role
    return True


@dataclass(frozen=True)
class StartRefused:
    message: str
    already_running: bool = False
    corrupt: bool = False  # the quick integrity check failed: run_gui offers *backup*
    backup: Path | None = None  # the newest backup that passes a restore's checks


def check_database_file(data_dir: Path) -> StartRefused | None:
    """PRAGMA quick_check before the database is opened (and migrated); None when sound or new."""
    from station_app.backup import latest_good_backup, quick_check

    db_file = data_dir / config.DB_FILENAME
    problems = quick_check(db_file) if db_file.exists() else []
    if not problems:
        return None
    backup = latest_good_backup(data_dir)
    message = QCoreApplication.translate("startup", "数据库 {path} 已损坏，或不是 Station Desk 数据库（完整性检查未通过：{problem}）。").format(
        path=db_file, problem=problems[0])
    if backup is not None:
        message += "\n\n" + QCoreApplication.translate("startup", "可以从最近一份完好的备份恢复：{backup}").format(backup=backup)
    else:
        message += "\n\n" + QCoreApplication.translate("startup", "数据文件夹中没有可用的备份。请联系技术支持，或用 --data-dir 选择其他文件夹。")
    log.error("start refused: quick_check failed for %s: %s", db_file, problems[:3])
    return StartRefused(message, corrupt=True, backup=backup)


def start(data_dir: Path) -> tuple[AppContext, InstanceLock] | StartRefused:
    """Open everything the window needs, or say why not."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        lock = InstanceLock(data_dir).acquire()
    except AlreadyRunning as exc:
        return StartRefused(str(exc), already_running=True)
    except OSError as exc:
        return StartRefused(QCoreApplication.translate("startup", "无法使用数据文件夹 {path}：{reason}").format(path=data_dir, reason=exc.strerror or exc))
    damaged = check_database_file(data_dir)
    if damaged is not None:
        lock.release()
        return damaged
    try:
        open_database(data_dir)
    except DataFolderError as exc:
        lock.release()
        return StartRefused(str(exc))
    tasks = TaskManager(on_db_thread_exit=close_database)
    ctx = AppContext(data_dir=data_dir, tasks=tasks, profile=load_profile(), operator="",  # set by the log-in
                     instance_lock=lock)
    return ctx, lock


def offer_restore(data_dir: Path, refused: StartRefused):
    """Ask whether to restore the latest good backup; if yes, restore and start again."""
    from station_app.gui.restore_offer import ask_restore, restore_backup

    if not ask_restore(refused):
        return refused
    problem = restore_backup(data_dir, refused.backup)
    if problem:
        return StartRefused(problem)
    return start(data_dir)


def quit_after(app: QApplication, seconds: float) -> None:
    """The smoke test's end: after *seconds* print the windows that are up and leave every event loop
    (a modal dialog's too, which then answers as cancelled), so a bundle can be tried unattended."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        shown = sorted({type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()})
        built = sorted({type(w).__name__ for w in app.topLevelWidgets()} & {"MainWindow", "KioskWindow"})
        print(f"smoke: visible={','.join(shown) or '-'} built={','.join(built) or '-'}", flush=True)
        app.exit(0)

    QTimer.singleShot(int(seconds * 1000), report)


def run_gui(data_dir: Path, kiosk: bool = False, smoke_seconds: float | None = None,
            language: str | None = None) -> int:
    app = make_application(language=interface_language(language, data_dir))
    if smoke_seconds is not None:
        quit_after(app, smoke_seconds)
    started = start(data_dir)
    if isinstance(started, StartRefused) and started.corrupt and started.backup is not None:
        started = offer_restore(data_dir, started)
    if isinstance(started, StartRefused):
        QMessageBox.warning(None, QCoreApplication.translate("startup", "Station Desk 无法启动"), started.message)
        return 0 if started.already_running else 1  # a second start is not a failure
    ctx, lock = started
    try:
        if not open_session(ctx, kiosk):
            return 0
        from station_app.gui.error_dialog import install_excepthook
        from station_app.gui.main_window import MainWindow

        window = MainWindow(ctx)
        install_excepthook(window)
        from station_app.gui.auto_backup import DailyBackup

        window.daily_backup = DailyBackup(ctx, window)
        if kiosk:
            window.kiosk_mode = True  # an idle lock returns to the kiosk
            window.enter_kiosk()  # falls back to the main window until a kiosk PIN is set
        else:
            window.show()
        return app.exec()
    finally:
        ctx.tasks.shutdown()
        close_database()
        lock.release()
