#!/usr/bin/env bash
# One-step set-up on Debian/Ubuntu with Python >= 3.11: the Qt system libraries
# (when missing), a virtual environment in .venv, KAMdesk with its test extra,
# and the compiled translations. Safe to run again: it skips what is done.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
QT_LIBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0"
TOOLS="poppler-utils postgresql"   # pdftotext/pdffonts for the report tests; a PostgreSQL server the team-server tests start

need=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in $QT_LIBS $TOOLS; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need+=("$pkg")
  done
  "$PY" -c "import ensurepip, venv" 2>/dev/null || need+=("python3-venv")
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "setup: Python 3.11 or newer is needed" >&2; exit 1; }
[ -x .venv/bin/python ] || "$PY" -m venv .venv

stamp=.venv/.kamdesk-installed
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing KAMdesk and its dependencies into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
  echo "$want" > "$stamp"
fi

# byte-compile the app once: start-up must not pay for compiling its own modules
# (and some environments set PYTHONDONTWRITEBYTECODE, so it would pay every time)
.venv/bin/python -m compileall -q -j 0 kamdesk >/dev/null

# compiled translations are build output (not committed): make them from the .ts sources
for ts in resources/i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
