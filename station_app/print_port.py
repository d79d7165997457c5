"""How a command reaches a printer while the core imports no Qt.

The printing is Qt's (gui/printing.py: CUPS on Linux and macOS, the Windows spooler on Windows,
the same code). ``station-app`` (station_app/__main__.py, the one place that knows both sides)
plugs gui/cli_print.py in before a command that prints runs; the core only asks for it here.
"""

from __future__ import annotations

from typing import Any, Protocol

from station_app.i18n import translate


class Printer(Protocol):
    def check_printer(self, name: str | None) -> str:
        """The printer a job would go to (the system default without a name); ValueError if none."""

    def print_certificates(self, docs: list[Any], printer: str) -> str:
        """Print the certificates' pages on *printer*; the printer's name."""


_plugged: Printer | None = None


def plug_in(printer: Printer) -> None:
    global _plugged
    _plugged = printer


def printer() -> Printer:
    if _plugged is None:
        raise ValueError(translate("printing", "这里不能打印：请用 station-app 命令的 --print"))
    return _plugged
