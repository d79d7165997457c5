#!/usr/bin/env bash
# Builds the Linux bundle: dist/StationDesk/ with StationDesk (window, kiosk) and station-app (commands).
#   build_scripts/build_linux.sh [PYTHON]     PYTHON: the venv's interpreter (default .venv/bin/python)
# Needs PyInstaller (pip install -e '.[packaging]'). Prints the bundle's size and the build time.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${1:-${PYTHON:-.venv/bin/python}}"
DIST="${DIST:-dist}"
WORK="${WORK:-build/pyinstaller}"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" build_scripts/station_desk.spec
end=$(date +%s)
echo "bundle: $DIST/StationDesk  size: $(du -sh "$DIST/StationDesk" | cut -f1)  build: $((end - start)) s"
