#!/usr/bin/env bash
# Sets up a development machine for OneStop and runs one job:
#   bash installer/bootstrap.sh demo   -> synthetic district + demo users, then the desktop app
#   bash installer/bootstrap.sh test   -> linters, type and layering checks, the whole test suite
#                                         (with a local PostgreSQL for the registry's tests)
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

# The registry's tests run against PostgreSQL as well as SQLite. As root on Debian/Ubuntu this
# installs PostgreSQL if missing, starts a cluster, makes sure a role `onestop` (password
# `onestop`, CREATEDB: each test module creates and drops its own database) exists, and exports
# ONESTOP_TEST_POSTGRES for pytest. An already exported ONESTOP_TEST_POSTGRES is used as is.
TEST_PG_ROLE=onestop
TEST_PG_PASSWORD=onestop

pg_as_postgres() {
  runuser -u postgres -- "$@"
}

ensure_test_postgres() {
  [ -n "${ONESTOP_TEST_POSTGRES:-}" ] && return 0
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: ONESTOP_TEST_POSTGRES is not set; the registry's PostgreSQL tests will be" \
      "skipped (and fail under CI=true)" >&2
    return 0
  fi
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "installing PostgreSQL for the registry's tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    local newest
    newest="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    pg_createcluster "$newest" main >/dev/null
  fi
  local version name port status
  read -r version name port status _ < <(pg_lsclusters -h | head -n 1)
  if [ "$status" != "online" ]; then
    pg_ctlcluster "$version" "$name" start
  fi
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done
  pg_isready -q -h 127.0.0.1 -p "$port" || { echo "PostgreSQL did not start" >&2; return 1; }
  if [ "$(pg_as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$TEST_PG_ROLE'")" != "1" ]; then
    pg_as_postgres psql -q -p "$port" -c \
      "CREATE ROLE $TEST_PG_ROLE LOGIN CREATEDB PASSWORD '$TEST_PG_PASSWORD'"
  fi
  export ONESTOP_TEST_POSTGRES="postgresql+psycopg://$TEST_PG_ROLE:$TEST_PG_PASSWORD@127.0.0.1:$port/postgres"
  echo "PostgreSQL for the registry's tests: 127.0.0.1:$port (role $TEST_PG_ROLE)"
}

install_system_packages
install_python_env

case "$job" in
  setup) echo "OneStop is installed in .venv" ;;
  test)
    ensure_test_postgres
    .venv/bin/ruff check .
    .venv/bin/ruff format --check .
    .venv/bin/mypy
    .venv/bin/lint-imports
    QT_QPA_PLATFORM=offscreen .venv/bin/pytest "$@"
    ;;
  demo)
    demo_root="${ONESTOP_DEMO_DIR:-$PWD/.demo}"
    # A local registry (SQLite) with a synthetic district, this computer enrolled to it.
    .venv/bin/onestop demo-setup --root "$demo_root"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
      echo "No display found: the app needs a desktop session (or run it under xvfb-run)." >&2
      exit 1
    fi
    # Starts the registry on 127.0.0.1:8470, opens the app, stops the registry after.
    exec .venv/bin/onestop demo --root "$demo_root" "$@"
    ;;
  build) exec bash installer/build_linux.sh ;;
  *) echo "usage: bash installer/bootstrap.sh [setup|test|demo|build]" >&2; exit 2 ;;
esac
