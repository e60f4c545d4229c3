#!/usr/bin/env bash
# Sets up a development machine for OneStop and runs one job:
#   bash installer/bootstrap.sh demo   -> synthetic district + demo users, then the desktop app
#   bash installer/bootstrap.sh test   -> linters, type and layering checks, the whole test suite
#   bash installer/bootstrap.sh setup  -> only install (system packages, .venv, the project)
#   bash installer/bootstrap.sh build  -> frozen Linux bundle + its self-test (installer/build_linux.sh)
# Idempotent: a second run installs nothing new. Needs Python >= 3.11; system packages are
# installed with apt-get when running as root on Debian/Ubuntu (else they must be present).
set -euo pipefail
cd "$(dirname "$0")/.."
job="${1:-setup}"
shift || true

APT_PACKAGES=(
  fonts-noto-core        # Noto Naskh Arabic (Urdu) and Noto Sans Khmer for correct shaping
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3  # Qt runtime
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0   # Qt on X11
  poppler-utils          # pdftoppm: tests render printed PDFs to PNG
)

install_system_packages() {
  command -v dpkg >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "warning: missing system packages (install them as root): ${missing[*]}" >&2
  fi
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "OneStop needs Python 3.11 or newer" >&2; return 1
}

install_python_env() {
  local python
  python="$(find_python)"
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[dev]"
}

install_system_packages
install_python_env

case "$job" in
  setup) echo "OneStop is installed in .venv" ;;
  test)
    .venv/bin/ruff check .
    .venv/bin/ruff format --check .
    .venv/bin/mypy
    .venv/bin/lint-imports
    QT_QPA_PLATFORM=offscreen .venv/bin/pytest "$@"
    ;;
  demo)
    data_dir="${ONESTOP_DEMO_DIR:-$PWD/.demo}"
    .venv/bin/onestop --data-dir "$data_dir" demo-setup
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
      echo "No display found: the app needs a desktop session (or run it under xvfb-run)." >&2
      exit 1
    fi
    exec .venv/bin/onestop --data-dir "$data_dir" "$@"
    ;;
  build) exec bash installer/build_linux.sh ;;
  *) echo "usage: bash installer/bootstrap.sh [setup|test|demo|build]" >&2; exit 2 ;;
esac
