"""Unexpected errors become a friendly dialog naming the log file; the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from station_app.app_logging import current_log_path
from station_app.masking import mask_text

log = logging.getLogger("station_app")


def error_box(parent: QWidget, exc_type, exc, tb) -> QMessageBox:
    """Log the error (masked) and open a non-blocking box saying where the log is."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error:\n%s", details)
    text = parent.tr("操作没有完成，已保存的数据不受影响。\n\n{e}").format(e=mask_text(str(exc)))
    path = current_log_path()
    if path is not None:
        text += "\n\n" + parent.tr("详细信息已写入日志文件：{path}\n需要技术支持时，请把这个文件发给支持人员。").format(path=path)
    box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("出现了意外错误"), text, parent=parent)
    box.setObjectName("error_dialog")
    box.setDetailedText(mask_text(details))
    box.open()
    return box


def install_excepthook(parent: QWidget) -> None:
    def hook(exc_type, exc, tb) -> None:
        try:
            parent.last_error_box = error_box(parent, exc_type, exc, tb)
        except Exception:  # noqa: BLE001 - the hook itself must never take the app down
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
