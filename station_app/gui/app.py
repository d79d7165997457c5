"""Starting the window: one instance per data folder, open the database, first-start profile.

Each step that can fail tells the user why in a dialog and exits cleanly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from station_app import config, i18n
from station_app.db import DataFolderError, close_database, database, open_database
from station_app.gui.context import AppContext
from station_app.gui.tasks import TaskManager
from station_app.instance_lock import AlreadyRunning, InstanceLock
from station_app.resources import resource_path
from station_app.station import settings
from station_app.station.profile import load_profile, save_profile

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("startup", text)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(config.APP_NAME)
    app.setApplicationDisplayName("Station Desk")
    app.setOrganizationName(config.APP_NAME)
    i18n.install(QCoreApplication.translate)
    _install_translations(app)
    return app


def _install_translations(app: QApplication) -> None:
    """Qt's own strings (OK, Cancel…) in the UI language; ours when a .qm exists.

    Simplified Chinese is the source language, so it needs no file of its own.
    """
    locale = QLocale.system()
    if locale.language() == QLocale.Language.English:
        ours = QTranslator(app)
        if ours.load(locale, "station_app", "_", str(resource_path("translations"))):
            app.installTranslator(ours)
        return
    qt = QTranslator(app)
    if qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def ensure_profile() -> tuple | None:
    """Show the first-start dialog when the station has no profile; return (profile, operator)."""
    from station_app.gui.first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog()
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    return dialog.result_profile, dialog.result_operator


def ask_operator() -> str:
    """Who is on duty, before the window opens (the audit log names them)."""
    from PySide6.QtWidgets import QInputDialog

    while True:
        name, ok = QInputDialog.getText(None, _tr("当前值班员"), _tr("请输入您的姓名（记录在操作日志中）："))
        if not ok:
            return ""
        if name.strip():
            return " ".join(name.split())


@dataclass(frozen=True)
class StartRefused:
    message: str
    already_running: bool = False


def start(data_dir: Path) -> tuple[AppContext, InstanceLock] | StartRefused:
    """Open everything the window needs, or say why not."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        lock = InstanceLock(data_dir).acquire()
    except AlreadyRunning as exc:
        return StartRefused(str(exc), already_running=True)
    except OSError as exc:
        return StartRefused(_tr("无法使用数据文件夹 {path}：{reason}").format(path=data_dir, reason=exc.strerror or exc))
    try:
        open_database(data_dir)
    except DataFolderError as exc:
        lock.release()
        return StartRefused(str(exc))
    tasks = TaskManager(on_db_thread_exit=close_database)
    ctx = AppContext(data_dir=data_dir, tasks=tasks, profile=load_profile(),
                     operator=settings.get(config.OPERATOR_NAME))
    return ctx, lock


def run_gui(data_dir: Path, kiosk: bool = False) -> int:
    app = make_application()
    started = start(data_dir)
    if isinstance(started, StartRefused):
        QMessageBox.warning(None, _tr("Station Desk 无法启动"), started.message)
        return 0 if started.already_running else 1  # a second start is not a failure
    ctx, lock = started
    try:
        if ctx.profile is None:
            answer = ensure_profile()
            if answer is None:
                return 0
            profile, operator = answer
            from station_app.audit import Actor

            actor = Actor(operator)
            with database.atomic():
                ctx.profile = save_profile(profile, actor)
                settings.put(config.OPERATOR_NAME, operator, actor)
            ctx.operator = operator
        if not ctx.operator:  # a folder made by `demo` or an import has a profile but no one on duty yet
            operator = ask_operator()
            if not operator:
                return 0
            from station_app.audit import Actor

            settings.put(config.OPERATOR_NAME, operator, Actor(operator))
            ctx.operator = operator
        from station_app.gui.error_dialog import install_excepthook
        from station_app.gui.main_window import MainWindow

        window = MainWindow(ctx)
        install_excepthook(window)
        if kiosk:
            window.enter_kiosk()  # falls back to the main window until a kiosk PIN is set
        else:
            window.show()
        return app.exec()
    finally:
        ctx.tasks.shutdown()
        close_database()
        lock.release()
