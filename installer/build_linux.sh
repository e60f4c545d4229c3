#!/usr/bin/env bash
# Builds the Linux one-folder bundle installer/dist/OneStop/ and runs its self-test.
#
#   bash installer/build_linux.sh
#
# Separate from the test suite (`bash installer/bootstrap.sh test`): it needs network access
# to PyPI for the first run and takes a few minutes. Steps:
#   1. a separate build venv installer/.build-venv (git-ignored) with the project (`pip install .`)
#      and PyInstaller, versions pinned by installer/build-constraints.txt (PySide6 6.11.3);
#   2. translations: resources/i18n/*.ts compiled to installer/build/i18n/*.qm (pyside6-lrelease)
#      when the .qm is not already there;
#   3. PyInstaller with installer/onestop.spec -> installer/dist/OneStop/;
#   4. `installer/dist/OneStop/onestop --self-test` offscreen, from another folder; its exit code
#      is this script's exit code. Then the bundle size and the elapsed time are printed.
# Measured on the development VM (2 vCPU, Python 3.11, 2026-11-22): from scratch (new build
# venv, wheels from PyPI) 46 s, a rebuild 27-30 s; bundle 219 MB, 392 files.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
BUILD_VENV=installer/.build-venv
DIST=installer/dist
WORK=installer/build

find_python() {
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "the build needs Python 3.11 or newer" >&2; return 1
}

echo "== build venv ($BUILD_VENV)"
if [ ! -x "$BUILD_VENV/bin/python" ]; then
  "$(find_python)" -m venv "$BUILD_VENV"
  "$BUILD_VENV/bin/python" -m pip install --quiet --upgrade pip
fi
"$BUILD_VENV/bin/python" -m pip install --quiet -c installer/build-constraints.txt pyinstaller .
# Always the working tree's code (the version number does not change between builds).
"$BUILD_VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall .
"$BUILD_VENV/bin/python" -c 'import PySide6, PyInstaller
assert PySide6.__version__ == "6.11.3", PySide6.__version__
print("PySide6", PySide6.__version__, "PyInstaller", PyInstaller.__version__)'

echo "== translations"
mkdir -p "$WORK/i18n"
rm -f "$WORK"/i18n/*.qm
shopt -s nullglob
for ts in resources/i18n/*.ts; do
  qm="$(basename "${ts%.ts}").qm"
  if [ -f "resources/i18n/$qm" ]; then
    echo "shipped: resources/i18n/$qm"
  else
    "$BUILD_VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$WORK/i18n/$qm"
    echo "compiled: $ts -> $WORK/i18n/$qm"
  fi
done
shopt -u nullglob

echo "== PyInstaller"
"$BUILD_VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK/pyinstaller" installer/onestop.spec

echo "== self-test of the frozen app"
app="$PWD/$DIST/OneStop/onestop"
status=0
(cd "$(mktemp -d)" && env -u PYTHONPATH -u PYTHONHOME QT_QPA_PLATFORM=offscreen "$app" --self-test) ||
  status=$?

echo "== bundle"
echo "size: $(du -sh "$DIST/OneStop" | cut -f1) ($DIST/OneStop, $(find "$DIST/OneStop" -type f | wc -l) files)"
echo "time: $((SECONDS - started)) s"
if [ "$status" -ne 0 ]; then
  echo "FAILED: the frozen app's self-test exited with $status" >&2
  exit "$status"
fi
echo "OK: $DIST/OneStop/onestop --self-test passed"
