"""Unexpected errors become a friendly dialog; the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("station_app")


def install_excepthook(parent: QWidget) -> None:
    def hook(exc_type, exc, tb) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("出现了意外错误"),
                          parent.tr("操作没有完成，已保存的数据不受影响。\n\n{e}").format(e=exc), parent=parent)
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.open()

    sys.excepthook = hook
