#!/usr/bin/env bash
# Build the Linux folder build of Wengao with PyInstaller, smoke-test it, pack it.
#
#   packaging/build_linux.sh                       # build, test, pack
#   SCREENSHOT=/tmp/shot.png packaging/build_linux.sh   # also a screenshot under Xvfb
#
# Output: build/linux-ARCH/dist/wengao/ (run ./wengao) and
#         build/wengao-VERSION-linux-ARCH.tar.gz
#
# PyInstaller does not cross-compile: run this script on an arm64 machine for the
# arm64 build (统信UOS / 麒麟 on Kunpeng, Phytium), on x86_64 for x86_64. The build
# runs on the glibc it was built on and newer, never older: build on the oldest
# system you ship to (packaging/LINUX.md). The script prints the newest glibc
# symbol version the folder needs.
#
# Environment:
#   PYTHON              Python 3.10+ with a shared libpython (default: python3.11, python3)
#   PYSIDE6_VERSION     PySide6-Essentials to bundle (default per CPU, see below)
#   PYINSTALLER_VERSION (default 6.22.3)
#   SAMPLE              the .docx the smoke test opens (default: ../shared/samples, else tests/data)
#   SCREENSHOT          write a screenshot of the window under xvfb-run to this .png
#   SKIP_SMOKE=1        build and pack only
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

ARCH=$(uname -m)
HOST_GLIBC=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -1)" = "$2" ]; }
# PySide6's PyPI wheels need a glibc of their own: on x86_64 6.10+ need 2.34 and
# 6.7-6.9.3 need 2.28; on aarch64 6.8+ need 2.39 and 6.7.3 needs 2.31. The build
# needs the glibc it was built on anyway (packaging/LINUX.md), so the default is the
# newest tested PySide6 that installs here: on 统信UOS 20 (2.28) or 麒麟 V10 (2.31)
# that is the older one.
case "$ARCH" in
  x86_64) if version_ge "${HOST_GLIBC:-0}" 2.34; then DEFAULT_PYSIDE6=6.11.3; else DEFAULT_PYSIDE6=6.9.3; fi ;;
  aarch64|arm64) if version_ge "${HOST_GLIBC:-0}" 2.39; then DEFAULT_PYSIDE6=6.11.3; else DEFAULT_PYSIDE6=6.7.3; fi ;;
  *) DEFAULT_PYSIDE6=6.11.3 ;;
esac
PYSIDE6_VERSION=${PYSIDE6_VERSION:-$DEFAULT_PYSIDE6}
PYINSTALLER_VERSION=${PYINSTALLER_VERSION:-6.22.3}
BUILD=$ROOT/build/linux-$ARCH
VENV=$BUILD/venv
DIST=$BUILD/dist
say() { printf '\n== %s\n' "$*"; }
die() { echo "build_linux.sh: $*" >&2; exit 1; }

pick_python() {
  for candidate in "${PYTHON:-}" python3.11 python3; do
    [ -n "$candidate" ] || continue
    command -v "$candidate" >/dev/null 2>&1 || continue
    "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' 2>/dev/null || continue
    echo "$candidate"; return 0
  done
  die "Python 3.10 or newer is needed (set PYTHON)"
}

# --- 1. build venv: PySide6-Essentials (not the 650 MB full PySide6), pinned PyInstaller ----
# A venv of its own rather than a `packaging` extra in pyproject.toml: the dev venv
# has the full PySide6 (Addons too), and the build must pin the PySide6 that fits
# the targets' glibc, which is not the one the tests run on.
PY=$(pick_python)
"$PY" -c 'import sysconfig, sys; sys.exit(0 if sysconfig.get_config_var("Py_ENABLE_SHARED") else 1)' ||
  die "$PY has no shared libpython, which PyInstaller needs: build Python with --enable-shared (pyenv: PYTHON_CONFIGURE_OPTS=--enable-shared)"
mkdir -p "$BUILD"
REQS=$BUILD/requirements.txt
{ "$PY" packaging/build_deps.py "$PYSIDE6_VERSION"; echo "pyinstaller==$PYINSTALLER_VERSION"; } >"$REQS.new"
if [ ! -x "$VENV/bin/python" ] || ! cmp -s "$REQS.new" "$REQS"; then
  say "build venv ($PY, PySide6-Essentials $PYSIDE6_VERSION, PyInstaller $PYINSTALLER_VERSION)"
  rm -rf "$VENV"
  "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -r "$REQS.new"
fi
mv "$REQS.new" "$REQS"
"$VENV/bin/python" -m pip freeze --all >"$BUILD/pip-freeze.txt"

# --- 2. translations ---------------------------------------------------------------------
say "translations (.qm)"
"$VENV/bin/python" i18n/tool.py build

# --- 3. PyInstaller ------------------------------------------------------------------------
say "PyInstaller"
start=$(date +%s)
status=0
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$BUILD/work" packaging/wengao.spec >"$BUILD/pyinstaller.log" 2>&1 || status=$?
grep -v '^wengao.spec:   - ' "$BUILD/pyinstaller.log" || true
[ "$status" = 0 ] || die "PyInstaller failed (log: $BUILD/pyinstaller.log)"
build_seconds=$(( $(date +%s) - start ))
APPDIR=$DIST/wengao
BIN=$APPDIR/wengao
[ -x "$BIN" ] || die "no $BIN"
VERSION=$("$VENV/bin/python" -c 'import sys; sys.path.insert(0, "."); from app import __version__; print(__version__)')

# --- 4. smoke tests --------------------------------------------------------------------------
if [ "${SKIP_SMOKE:-0}" != 1 ]; then
  SAMPLE=${SAMPLE:-}
  if [ -z "$SAMPLE" ]; then
    for candidate in ../shared/samples/*.docx tests/data/*.docx; do
      [ -f "$candidate" ] && { SAMPLE=$candidate; break; }
    done
  fi
  [ -f "$SAMPLE" ] || die "no sample .docx for the smoke test (set SAMPLE)"
  SAMPLE=$(cd "$(dirname "$SAMPLE")" && pwd)/$(basename "$SAMPLE")
  SMOKE=$(mktemp -d)
  trap 'rm -rf "$SMOKE"' EXIT
  # A bare environment: nothing from the build venv or the checkout can help the program.
  run() { (cd "$SMOKE" && env -i HOME="$SMOKE" PATH=/usr/bin:/bin LANG=C.UTF-8 WENGAO_HOME="$SMOKE/home" "$@"); }

  say "smoke: --version"
  run "$BIN" --version

  say "smoke: window (offscreen) opens $(basename "$SAMPLE")"
  run QT_QPA_PLATFORM=offscreen WENGAO_SMOKE_TEST=1 "$BIN" "$SAMPLE" || die "the window did not load the sample"

  say "smoke: check --format json"
  set +e
  run "$BIN" check --format json "$SAMPLE" >"$SMOKE/check.json"
  code=$?
  set -e
  "$VENV/bin/python" - "$SMOKE/check.json" "$code" <<'EOF' || die "check's JSON or exit status is wrong"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
code = int(sys.argv[2])
findings = [f for file in data["files"] for f in file["findings"]]
errors = sum(f["severity"] == "error" for f in findings)
expected = 1 if errors else 0
print(f"{len(data['files'])} file, {len(findings)} findings ({errors} errors); exit {code}, expected {expected}")
sys.exit(0 if code == expected else 1)
EOF
  for other in "$(dirname "$SAMPLE")"/*.docx; do  # the other samples: 0 and 1 both seen if they differ
    set +e; run "$BIN" check --format json "$other" >/dev/null; c=$?; set -e
    echo "check $(basename "$other"): exit $c"
    [ "$c" -le 1 ] || die "check failed on $other"
  done
  set +e; run "$BIN" check --format json "$SMOKE/missing.docx" >/dev/null 2>"$SMOKE/err.txt"; c=$?; set -e
  echo "check missing.docx: exit $c ($(head -1 "$SMOKE/err.txt"))"
  [ "$c" = 2 ] || die "check of a missing file should exit 2, got $c"

  say "smoke: outline, export"
  run "$BIN" outline "$SAMPLE" >"$SMOKE/outline.txt" || die "outline failed"
  head -3 "$SMOKE/outline.txt"
  run "$BIN" export "$SAMPLE" -o "$SMOKE/out.docx" || die "export .docx failed"
  [ -s "$SMOKE/out.docx" ] || die "export .docx wrote nothing"
  echo "export .docx: $(stat -c %s "$SMOKE/out.docx") bytes"
  if command -v soffice >/dev/null 2>&1; then
    # LibreOffice is a child process: it must get the system's libraries, not ours (rthook_child_env.py).
    run "$BIN" export "$SAMPLE" -o "$SMOKE/out.pdf" || die "export .pdf (LibreOffice) failed"
    [ -s "$SMOKE/out.pdf" ] || die "export .pdf wrote nothing"
    echo "export .pdf via LibreOffice: $(stat -c %s "$SMOKE/out.pdf") bytes"
  else
    echo "export .pdf: skipped (no LibreOffice here)"
  fi

  if command -v xvfb-run >/dev/null 2>&1; then
    say "smoke: window on X11 (xvfb-run, xcb plugin)"
    run WENGAO_SMOKE_TEST=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$BIN" "$SAMPLE" || die "the window did not load the sample under Xvfb"
    if [ -n "${SCREENSHOT:-}" ] && command -v import >/dev/null 2>&1; then
      SCREENSHOT=$(realpath -m "$SCREENSHOT")
      run WENGAO_SMOKE_TEST=1 WENGAO_SMOKE_HOLD=6 SAMPLE="$SAMPLE" BIN="$BIN" SHOT="$SCREENSHOT" \
        xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '"$BIN" "$SAMPLE" & sleep 5; import -window root "$SHOT"; wait $!'
      echo "screenshot: $SCREENSHOT"
    fi
  else
    echo "xvfb-run not installed: X11 run skipped (apt-get install xvfb)"
  fi
fi

# --- 5. what the folder needs from the system; sizes -------------------------------------------
say "glibc"
find "$APPDIR" -type f \( -name '*.so*' -o -perm -u+x \) | while read -r file; do
  need=$(objdump -T "$file" 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
  [ -n "$need" ] && echo "$need ${file#"$APPDIR"/}"
done | sort -V -k1,1 >"$BUILD/glibc-needs.txt" || true
glibc_need=$(tail -1 "$BUILD/glibc-needs.txt" | cut -d' ' -f1)
echo "built on glibc ${HOST_GLIBC:-?}; the folder needs glibc ${glibc_need:-?} or newer, for:"
awk -v v="$glibc_need" '$1 == v {print "  " $2}' "$BUILD/glibc-needs.txt" | head -8
echo "(统信UOS 20 has glibc 2.28, 麒麟 V10 2.31: build on the oldest target, see packaging/LINUX.md)"

say "pack"
ARCHIVE=$ROOT/build/wengao-$VERSION-linux-$ARCH.tar.gz
tar -C "$DIST" -czf "$ARCHIVE" wengao
echo "PyInstaller: ${build_seconds} s"
echo "folder:  $(du -sh "$APPDIR" | cut -f1)  $APPDIR"
echo "archive: $(du -h "$ARCHIVE" | cut -f1)  $ARCHIVE"
echo "left out: $(grep -c '^wengao.spec:   - ' "$BUILD/pyinstaller.log" || true) Qt plugins/translations/libraries (list in $BUILD/pyinstaller.log)"
