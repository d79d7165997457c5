"""The rotating log file in the data folder, with ID and phone numbers masked.

Set up once per process by the command line (which also starts the GUI).
Logging must never stop the app: a folder that cannot be written just means no
log file.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from station_app.atomic_files import make_private_folder
from station_app.masking import mask_text

LOG_DIRNAME = "logs"
LOG_FILENAME = "station-app.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_installed: logging.Handler | None = None
_log_path: Path | None = None


class MaskingFilter(logging.Filter):
    """Rewrite each record so no ID or mobile number reaches a log line (tracebacks included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            record.msg = mask_text(record.getMessage())
            record.args = None
        except Exception:  # noqa: BLE001 - a bad format string must not lose the record
            record.msg = mask_text(str(record.msg))
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_DIRNAME / LOG_FILENAME


def current_log_path() -> Path | None:
    """The file this process logs to, or None when there is none."""
    return _log_path


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by their owner only, from the first byte (and after every rotation): names of
    volunteers and staff appear in them even with numbers masked."""

    def _open(self):
        if not os.path.exists(self.baseFilename):
            os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        return super()._open()


def setup_logging(data_dir: Path, level: int = logging.INFO, started: str = "") -> Path | None:
    """Log to ``DATA/logs/station-app.log`` (1 MB × 6 files); return its path, or None.

    *started* names what this process runs (a command, or "window"); it opens the log.
    """
    global _installed, _log_path
    root = logging.getLogger()
    if _installed is not None:
        root.removeHandler(_installed)
        _installed.close()
        _installed, _log_path = None, None
    path = log_path(data_dir)
    try:
        if Path(data_dir).exists() and not Path(data_dir).is_dir():
            return None
        make_private_folder(Path(data_dir))
        make_private_folder(path.parent)
        handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8",
                                             delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(MaskingFilter())
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    _installed, _log_path = handler, path
    if started:
        logging.getLogger("station_app").info("start: %s in %s", started, data_dir)
    return path
