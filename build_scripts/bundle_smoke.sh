#!/usr/bin/env bash
# CI's bundle check: builds the Linux bundle with PyInstaller, then runs the BUNDLED programs (not the
# venv, not the checkout) the way a station would:
#   --version; demo into a temp folder; a certificate saved with --out, its font embedded (pdffonts);
#   the window offscreen, opened and closed by --smoke-test.
# Prints the bundle's size and the build time. Exit status non-zero on the first failed check.
#   build_scripts/bundle_smoke.sh [PYTHON]      (default .venv/bin/python; SKIP_BUILD=1 reuses dist/)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PYTHON="${1:-${PYTHON:-.venv/bin/python}}"
export DIST="${DIST:-$ROOT/dist}" WORK="${WORK:-$ROOT/build/pyinstaller}"
BUNDLE="$DIST/StationDesk"

started=$(date +%s)
if [ -z "${SKIP_BUILD:-}" ]; then
    build_scripts/build_linux.sh "$PYTHON"
fi
VERSION=$("$PYTHON" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"  # nothing of the checkout in reach: the bundle must carry what it needs
unset PYTHONPATH PYTHONHOME
export QT_QPA_PLATFORM=offscreen
CLI="$BUNDLE/station-app"
DATA="$TMP/station"
fail() { echo "bundle smoke FAILED: $*" >&2; exit 1; }
step() { echo "-- $*"; }

step "--version"
got=$("$CLI" --version)
[ "$got" = "Station Desk $VERSION" ] || fail "--version said '$got', pyproject.toml says $VERSION"

step "the bundle carries its resources"
for f in fonts/wqy-microhei.ttc icons/station-desk-256.png guide/index.html guide/index_en.html licenses/Apache-2.0.txt \
         translations/qtbase_fixes_zh_CN.qm translations/station_app_en.qm translations/station_app_en.ts; do
    [ -f "$BUNDLE/_internal/resources/$f" ] || fail "resources/$f missing from the bundle"
done

step "demo into $DATA"
"$CLI" --data-dir "$DATA" demo --volunteers 30 || fail "demo"
echo "smoke-pass-1234" | "$CLI" --data-dir "$DATA" staff add 王站长 --role admin --password-stdin >/dev/null
"$CLI" --data-dir "$DATA" profile operator 王站长 >/dev/null

step "certificate --out"
"$CLI" --data-dir "$DATA" export-roster "$TMP/roster.csv" --reason 打包冒烟测试 >/dev/null
issued=""
for id in $(awk -F, 'NR > 1 { gsub(/\t/, "", $3); print $3 }' "$TMP/roster.csv" | head -20); do
    if "$CLI" --data-dir "$DATA" certificate --volunteer "$id" --out "$TMP/certificate.pdf" >/dev/null 2>&1; then
        issued="$id"; break
    fi
done
[ -n "$issued" ] && [ -s "$TMP/certificate.pdf" ] || fail "no certificate issued"
embedded=$(pdffonts "$TMP/certificate.pdf" | awk '/WenQuanYiMicroHei/ { print $(NF-4) }' | sort -u)
[ "$embedded" = "yes" ] || fail "the certificate's CJK font is not embedded: $(pdffonts "$TMP/certificate.pdf")"
pdftotext "$TMP/certificate.pdf" - | grep -q "志愿服务记录证明" || fail "the certificate's text does not read back"

step "English on the command line"
err=$("$CLI" --lang en --data-dir "$DATA" revoke-certificate NO-SUCH --reason smoke 2>&1 >/dev/null || true)
case "$err" in "Error: "*) ;; *) fail "--lang en did not speak English: $err" ;; esac

step "certificates drawn in spawned worker processes (a big batch of files)"
out=$("$CLI" --smoke-pool 2>&1) || fail "the drawing processes did not start in the bundle: $out"
echo "$out" | grep -q "pool: 2 PDFs" || fail "unexpected: $out"
step "the window, offscreen, closed by --smoke-test"
out=$("$BUNDLE/StationDesk" --data-dir "$DATA" --kiosk --smoke-test 3 2>"$TMP/window.err") \
    || fail "the window exited with $?: $(tail -5 "$TMP/window.err")"
echo "$out"
case "$out" in *"built=MainWindow"*) ;; *) fail "the main window was not built: $out" ;; esac
out=$("$BUNDLE/StationDesk" --lang en --data-dir "$DATA" --kiosk --smoke-test 3 2>>"$TMP/window.err") \
    || fail "the English window exited with $?: $(tail -5 "$TMP/window.err")"
echo "$out"
case "$out" in *"built=MainWindow"*) ;; *) fail "the English main window was not built: $out" ;; esac

echo "bundle smoke passed: $BUNDLE  size: $(du -sh "$BUNDLE" | cut -f1)  total time: $(( $(date +%s) - started )) s"
