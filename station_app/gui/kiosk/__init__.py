"""Kiosk mode: the full-screen check-in / check-out screen volunteers use themselves."""

from station_app.gui.kiosk.window import KioskWindow

__all__ = ["KioskWindow"]
