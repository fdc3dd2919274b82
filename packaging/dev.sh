#!/usr/bin/env bash
# One entry point for a fresh machine: `packaging/dev.sh run [FILE]` installs and
# starts Wengao, `packaging/dev.sh test [PYTEST ARGS]` installs and runs the tests,
# `packaging/dev.sh bench [--quick|--smoke]` runs every benchmark into one table.
# It creates .venv beside the checkout (nothing is installed system-wide except,
# when root on Debian/统信UOS/麒麟 and they are missing, the libraries Qt needs).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
[ $# -gt 0 ] && shift

pick_python() {
  for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11 python3.10; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "dev.sh: Python 3.10 or newer is needed" >&2; exit 2
}

ensure_qt_libraries() {
  # Qt's xcb/offscreen plugins need these shared libraries; office images
  # usually have them, minimal servers may not.
  local missing=()
  for lib in libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libxkbcommon-x11.so.0 libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "dev.sh: installing Qt's system libraries (${missing[*]})" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
      libfontconfig1 libdbus-1-3 libglib2.0-0 >/dev/null
  else
    echo "dev.sh: missing ${missing[*]}; install your distribution's Qt 6 runtime libraries" >&2
  fi
}

ensure_renderer() {
  # The renderer tests lay an export out with LibreOffice and read the PDF with
  # poppler; a CJK font keeps Chinese text from falling back to boxes. Installed
  # only for tests, only when missing, only as root with apt-get (as in CI).
  local missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-microhei)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "dev.sh: installing the export renderer (${missing[*]})" >&2
    apt-get update -qq
    # Older releases have no -nogui package: fall back to the full writer.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]/libreoffice-writer-nogui/libreoffice-writer}" >/dev/null
  else
    echo "dev.sh: ${missing[*]} missing: the renderer tests will be skipped" >&2
  fi
}

ensure_venv() {
  local extra=$1
  if [ ! -x .venv/bin/python ]; then
    "$(pick_python)" -m venv .venv
  fi
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra}"
  .venv/bin/python i18n/tool.py build  # the window's translations (.ts → .qm; build output, not committed)
}

case "$mode" in
  run)
    ensure_qt_libraries
    ensure_venv ""
    exec .venv/bin/wengao "$@"
    ;;
  test)
    ensure_qt_libraries
    ensure_renderer
    ensure_venv "[test]"
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest "$@"
    ;;
  bench)
    ensure_qt_libraries
    ensure_venv "[test]"
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m tests.bench "$@"
    ;;
  *)
    echo "usage: packaging/dev.sh run [FILE] | test [PYTEST ARGS] | bench [--quick|--smoke]" >&2
    exit 2
    ;;
esac
