#!/usr/bin/env bash
# Make the development environment: a Python that imports qgis, the Debian tools the build
# needs, and .venv (--system-site-packages) with the pinned test tools. Idempotent and quick
# when everything is already there. Prints the Python to use on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBS="qgis python3-qgis python3-venv python3-pandas python3-scipy python3-openpyxl python3-gdal gdal-bin \
qttools5-dev-tools pyqt5-dev-tools xvfb xauth poppler-utils zip"

find_qgis_python() {
  for candidate in /usr/bin/python3 "$(command -v python3 || true)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    if "$candidate" -c "import qgis.core" >/dev/null 2>&1; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

missing_tools() {
  local missing=""
  command -v qgis_process >/dev/null 2>&1 || missing="$missing qgis"
  command -v lrelease >/dev/null 2>&1 || missing="$missing qttools5-dev-tools"
  command -v pylupdate5 >/dev/null 2>&1 || missing="$missing pyqt5-dev-tools"
  command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
  command -v ogr2ogr >/dev/null 2>&1 || missing="$missing gdal-bin"
  command -v zip >/dev/null 2>&1 || missing="$missing zip"
  /usr/bin/python3 -c "import ensurepip" >/dev/null 2>&1 || missing="$missing python3-venv"
  /usr/bin/python3 -c "import scipy" >/dev/null 2>&1 || missing="$missing python3-scipy"
  echo "$missing"
}

PY=$(find_qgis_python || true)
MISSING=$(missing_tools)
if [ -z "$PY" ] || [ -n "$MISSING" ]; then
  if [ "$(id -u)" = "0" ]; then
    echo ">> Installing Debian packages: $DEBS" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends $DEBS >&2
    PY=$(find_qgis_python || true)
  else
    echo "QGIS for Python or build tools are missing. Run as root:" >&2
    echo "  apt-get install -y --no-install-recommends $DEBS" >&2
    exit 1
  fi
fi
if [ -z "$PY" ]; then
  echo "No Python imports qgis even after installing python3-qgis; check the QGIS installation." >&2
  exit 1
fi

VENV=.venv
if [ ! -x "$VENV/bin/python" ] || [ "$(readlink -f "$VENV/bin/python")" != "$(readlink -f "$PY")" ] \
   || ! "$VENV/bin/python" -c "import qgis.core" >/dev/null 2>&1; then
  rm -rf "$VENV"
  echo ">> Creating $VENV from $PY (--system-site-packages)" >&2
  "$PY" -m venv --system-site-packages "$VENV" >&2
fi
STAMP="$VENV/.requirements-dev.txt"
if ! cmp -s requirements-dev.txt "$STAMP"; then
  echo ">> Installing pinned test tools into $VENV" >&2
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt >&2
  cp requirements-dev.txt "$STAMP"
fi
# qgis_process finds the plugin through this folder (QGIS_PLUGINPATH).
mkdir -p build/plugins
ln -sfn "$(pwd)" build/plugins/fragilite_numerique
echo "$VENV/bin/python"
