"""The bundle's entry point: PyInstaller freezes this script, which starts Station Desk as
``station-app`` does (the window, or a command when one is given)."""

import sys

from station_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
