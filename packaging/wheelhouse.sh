#!/usr/bin/env bash
# Build an offline wheelhouse: Wengao's wheel and a wheel of every dependency, for
# one target platform and Python, to carry to an air-gapped PC (packaging/OFFLINE.md).
#
#   packaging/wheelhouse.sh                                 # this machine's platform and Python
#   packaging/wheelhouse.sh manylinux_2_34_x86_64 3.11      # another Linux PC
#   packaging/wheelhouse.sh manylinux_2_39_aarch64 3.12     # arm64 (Kunpeng, Phytium)
#   packaging/wheelhouse.sh win_amd64 3.11                  # Windows 10/11, 64-bit
#
# PLATFORM is a wheel platform tag. For manylinux_2_N_ARCH the target's glibc is
# 2.N (`ldd --version` there); older manylinux tags (manylinux2014, ...) are
# accepted too. Output: build/wheelhouse-PLATFORM-pyVERSION/ and a .tar.gz of it.
#
# Only wheels go in: nothing is compiled on the target. A dependency published as
# source only (jieba) is built into a wheel here, which works when it is pure Python
# (checked). When the target is this machine, the wheelhouse is also verified: a new
# venv installs from it with `pip install --no-index` (in a network namespace with no
# network when run as root) and runs `wengao --version`, `wengao check` and the window
# headless.
#
# Environment: PYTHON (the Python whose pip does the work; default .venv/bin/python,
# else python3), OUT (output folder), SAMPLE (the .docx the verification checks).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PY=${PYTHON:-}
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi
here_version=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
PLATFORM=${1:-}
PYVER=${2:-$here_version}
NATIVE=0
[ -z "$PLATFORM" ] && [ "$PYVER" = "$here_version" ] && NATIVE=1
label=${PLATFORM:-$("$PY" -c 'import sysconfig; print(sysconfig.get_platform().replace("-", "_").replace(".", "_"))')}
OUT=${OUT:-$ROOT/build/wheelhouse-$label-py$PYVER}
die() { echo "wheelhouse.sh: $*" >&2; exit 1; }
say() { printf '\n== %s\n' "$*"; }
pip() { "$PY" -m pip --disable-pip-version-check "$@"; }

# pip matches --platform tags exactly: a glibc-2.34 target also takes manylinux_2_28
# and manylinux2014 wheels, so name them all.
target_args=(--only-binary=:all:)
if [ -n "$PLATFORM" ]; then
  if [[ $PLATFORM =~ ^manylinux_2_([0-9]+)_(.+)$ ]]; then
    glibc_minor=${BASH_REMATCH[1]} arch=${BASH_REMATCH[2]}
    for ((minor = glibc_minor; minor >= 5; minor--)); do target_args+=(--platform "manylinux_2_${minor}_$arch"); done
    [ "$glibc_minor" -ge 17 ] && target_args+=(--platform "manylinux2014_$arch")
    [ "$glibc_minor" -ge 12 ] && target_args+=(--platform "manylinux2010_$arch")
    target_args+=(--platform "manylinux1_$arch")
  else
    target_args+=(--platform "$PLATFORM")
  fi
fi
if [ "$PYVER" != "$here_version" ] || [ -n "$PLATFORM" ]; then
  nodot=${PYVER/./}
  target_args+=(--python-version "$PYVER" --implementation cp --abi "cp$nodot")
fi

rm -rf "$OUT"
mkdir -p "$OUT"
say "Wengao's wheel (with resources/ and the .qm translations, see setup.py)"
"$PY" i18n/tool.py build || die "cannot build the .qm translations: PYTHON needs PySide6 (pyside6-lrelease)"
pip wheel -q --no-deps -w "$OUT" .
APP_WHEEL=$(ls "$OUT"/wengao-*.whl)

say "dependencies for ${PLATFORM:-this machine}, Python $PYVER"
# Resolve for the target; a requirement with no wheel on PyPI is built here (pure
# Python only) and the resolution is tried again with it in the wheelhouse.
for attempt in 1 2 3 4 5; do
  if pip download -q -d "$OUT" --find-links "$OUT" "${target_args[@]}" "$APP_WHEEL" 2>"$OUT/.pip-error"; then
    rm -f "$OUT/.pip-error"
    break
  fi
  missing=$(grep -o 'No matching distribution found for .*' "$OUT/.pip-error" | head -1 | sed 's/No matching distribution found for //')
  [ -n "$missing" ] && [ "$attempt" -lt 5 ] || { cat "$OUT/.pip-error" >&2; die "pip download failed"; }
  echo "no wheel on the index for $missing: building one from its source"
  pip wheel -q --no-deps --no-binary :all: -w "$OUT/.built" "$missing"
  for wheel in "$OUT"/.built/*.whl; do
    case "$(basename "$wheel")" in
      *-none-any.whl) mv "$wheel" "$OUT"/ ;;
      *) die "$(basename "$wheel") is not pure Python: it must be built on the target platform" ;;
    esac
  done
  rmdir "$OUT/.built"
done

say "contents"
(cd "$OUT" && ls -1 *.whl | sed -E 's/^([^-]+)-([^-]+)-.*/\1==\2/' | sort -f >requirements.txt && sha256sum *.whl >SHA256SUMS)
cat >"$OUT/INSTALL.txt" <<EOF
Wengao offline wheelhouse: ${PLATFORM:-$label}, Python $PYVER.
Install (see OFFLINE.md in the Wengao source for details):
  python3 -m venv ~/wengao-venv
  ~/wengao-venv/bin/python -m pip install --no-index --find-links "$(basename "$OUT")" wengao
  ~/wengao-venv/bin/wengao
Windows:  py -$PYVER -m venv %USERPROFILE%\\wengao-venv
          %USERPROFILE%\\wengao-venv\\Scripts\\python -m pip install --no-index --find-links $(basename "$OUT") wengao
Verify the files first if they travelled: sha256sum -c SHA256SUMS
EOF
cp packaging/OFFLINE.md "$OUT"/ 2>/dev/null || true
cat "$OUT/requirements.txt"
ARCHIVE=$OUT.tar.gz
tar -C "$(dirname "$OUT")" -czf "$ARCHIVE" "$(basename "$OUT")"
echo "wheelhouse: $(du -sh "$OUT" | cut -f1) in $(ls "$OUT"/*.whl | wc -l) wheels  $OUT"
echo "archive:    $(du -h "$ARCHIVE" | cut -f1)  $ARCHIVE"

if [ "$NATIVE" != 1 ]; then
  echo "(target is not this machine: not verified here; verify on the target as OFFLINE.md says)"
  exit 0
fi

say "verify: a fresh venv installs from the wheelhouse alone"
VERIFY=$(mktemp -d)
trap 'rm -rf "$VERIFY"' EXIT
base_python=$("$PY" -c 'import sys; print(getattr(sys, "_base_executable", sys.executable))')
"$base_python" -m venv "$VERIFY/venv"
# No pip configuration (index mirrors, find-links) and, as root, no network at all.
offline=()
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 && unshare -n true 2>/dev/null; then
  offline=(unshare -n)
  echo "(in a network namespace without network: unshare -n)"
fi
env -i PATH=/usr/bin:/bin HOME="$VERIFY" PIP_CONFIG_FILE=/dev/null "${offline[@]}" \
  "$VERIFY/venv/bin/python" -m pip install -q --disable-pip-version-check --no-index --find-links "$OUT" wengao
"$VERIFY/venv/bin/python" -m pip list --disable-pip-version-check 2>/dev/null | grep -iE '^(wengao|pyside6|jieba|pypinyin|python-docx|lxml|platformdirs) '
SAMPLE=${SAMPLE:-}
if [ -z "$SAMPLE" ]; then
  for candidate in ../shared/samples/*.docx tests/data/*.docx; do [ -f "$candidate" ] && { SAMPLE=$candidate; break; }; done
fi
SAMPLE=$(realpath "$SAMPLE")
run() { (cd "$VERIFY" && env -i PATH=/usr/bin:/bin HOME="$VERIFY" LANG=C.UTF-8 WENGAO_HOME="$VERIFY/home" "${offline[@]}" env "$@"); }
run "$VERIFY/venv/bin/wengao" --version
set +e
run "$VERIFY/venv/bin/wengao" check --format json "$SAMPLE" >"$VERIFY/check.json"
code=$?
set -e
"$VERIFY/venv/bin/python" -c '
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
findings = [f for file in data["files"] for f in file["findings"]]
errors = sum(f["severity"] == "error" for f in findings)
print(f"wengao check {sys.argv[3]}: {len(findings)} findings ({errors} errors), exit {sys.argv[2]}")
sys.exit(0 if int(sys.argv[2]) == (1 if errors else 0) else 1)
' "$VERIFY/check.json" "$code" "$(basename "$SAMPLE")" || die "check's exit status does not match its findings"
run QT_QPA_PLATFORM=offscreen WENGAO_SMOKE_TEST=1 "$VERIFY/venv/bin/wengao" "$SAMPLE" || die "the window did not open the sample"
echo "verified: installed with --no-index from $OUT"
