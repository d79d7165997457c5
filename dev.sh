#!/usr/bin/env bash
# Station Desk developer entry point.
#   ./dev.sh app [ARGS]    set up (first time) and start Station Desk on the default data folder
#   ./dev.sh test [ARGS]   set up, run the checks (ruff, mypy) and the whole test suite (Qt offscreen, no display);
#                          a whole run (no test paths given) runs on every core, then builds the Linux bundle and tries it
#                          (build_scripts/bundle_smoke.sh, about 2 minutes)
# Setting up = the Debian packages Qt needs (installed with apt-get when run as root or
# with sudo), a virtual environment in .venv, and the project with its test extras.
set -euo pipefail
cd "$(dirname "$0")"

QT_RUNTIME="libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-wqy-microhei"
QT_DISPLAY="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1"
TEST_TOOLS="poppler-utils zbar-tools libreoffice-calc cups printer-driver-cups-pdf binutils"   # PyInstaller reads libraries with objdump (binutils); PDFs rendered, QR codes decoded, the Excel report printed and .ods test files made by LibreOffice (+17 s to install); a real print queue (tests/support/printing.py)
# The reference platform's tests start real services: a throwaway PostgreSQL cluster, nginx with a
# self-signed certificate (openssl makes it) in front of gunicorn, and Chromium for the verification page.
PLATFORM_TEST_SERVICES="postgresql nginx openssl chromium"

log() { printf '\033[1m[dev]\033[0m %s\n' "$*" >&2; }

ensure_debian_packages() {
    command -v dpkg >/dev/null 2>&1 || return 0   # not Debian: install Qt's libraries your own way
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            log "missing Debian packages (install them as root): ${missing[*]}"; return 0
        fi
    fi
    log "installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

python_bin() {
    for candidate in python3.11 python3.12 python3.13 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"; return
        fi
    done
    log "Python 3.11 or newer is required"; exit 1
}

ensure_venv() {
    local py; py=$(python_bin)
    if [ ! -x .venv/bin/python ]; then
        if ! "$py" -m venv .venv 2>/dev/null; then
            rm -rf .venv
            ensure_debian_packages "$(basename "$py")-venv" python3-venv
            "$py" -m venv .venv
        fi
    fi
    local stamp=.venv/.station-deps
    local want; want=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        log "installing Python packages into .venv"
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e '.[test,packaging]'
        echo "$want" > "$stamp"
    fi
}

case "${1:-}" in
    app)
        shift
        ensure_debian_packages $QT_RUNTIME $QT_DISPLAY
        ensure_venv
        exec .venv/bin/station-app "$@"
        ;;
    test)
        shift
        ensure_debian_packages $QT_RUNTIME $TEST_TOOLS $PLATFORM_TEST_SERVICES
        ensure_venv
        log "checks: ruff (style), mypy (types of the core); import-linter runs in the suite"
        .venv/bin/ruff check --quiet .
        .venv/bin/mypy
        export QT_QPA_PLATFORM=offscreen
        whole=1
        for arg in "$@"; do
            case "$arg" in -*) ;; *) [ -e "${arg%%::*}" ] && whole="" ;; esac   # a chosen part of the suite
        done
        if [ -z "$whole" ]; then exec .venv/bin/python -m pytest "$@"; fi
        # the whole suite on every core, a test file per worker (its module fixtures stay together):
        # 7.8 min instead of 12.3 on 2 cores, most tests wait on subprocesses, servers and printers
        .venv/bin/python -m pytest -n auto --dist loadfile "$@"
        log "the Linux bundle: build it with PyInstaller and run the bundled programs"
        build_scripts/bundle_smoke.sh .venv/bin/python
        ;;
    *)
        sed -n '2,6p' "$0"; exit 2
        ;;
esac
