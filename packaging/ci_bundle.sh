#!/usr/bin/env bash
# CI: build the Linux desktop bundle and check it from outside the checkout.
#
# Installs the pinned PyInstaller into .venv (packaging/build-requirements.txt), builds
# dist/noc-letter/ (`make dist`), then, from an empty temporary folder with a fresh data folder:
#   1. `noc-letter --self-test` must pass and must have loaded the packaged spaCy model;
#   2. `noc-letter gui --quit-after 0` (offscreen Qt) must open the window and exit 0;
#   3. the bundle must fit the size budget (NOC_LETTER_BUNDLE_BUDGET_MB, default 380 MB).
# Prints the size on disk and the timings.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
budget_mb=${NOC_LETTER_BUNDLE_BUDGET_MB:-380}

# What the build needs from the system (see packaging/build.sh): on a Debian CI machine
# (root), install it when missing.
if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    needed=()
    known_libs=$(ldconfig -p)
    [[ $known_libs == *libxcb-icccm.so.4* ]] || needed+=(libxcb-icccm4)
    [[ $known_libs == *libxcb-keysyms.so.1* ]] || needed+=(libxcb-keysyms1)
    [[ $known_libs == *libxcb-cursor.so.0* ]] || needed+=(libxcb-cursor0)
    command -v strip >/dev/null || needed+=(binutils)
    if (( ${#needed[@]} )); then
        echo "installing ${needed[*]}"
        apt-get update -qq && apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
    fi
fi

started=$(date +%s)
make --no-print-directory dist
echo "bundle built in $(($(date +%s) - started)) s"

exe=$root/dist/noc-letter/noc-letter
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NOC_LETTER_HOME=$work/home QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME

cd "$work"
echo "--- noc-letter --self-test (from $work)"
start_ns=$(date +%s%N)
"$exe" --self-test | tee selftest.log
echo "self-test: $(( ($(date +%s%N) - start_ns) / 1000000 )) ms"
if ! grep -q "pipeline: en_core_web_sm" selftest.log; then
    echo "FAIL: the bundle did not load the packaged spaCy model (see above)" >&2
    exit 1
fi

echo "--- noc-letter gui --quit-after 0"
start_ns=$(date +%s%N)
"$exe" gui --quit-after 0
echo "window opened and closed: $(( ($(date +%s%N) - start_ns) / 1000000 )) ms"
grep -q "window shown" "$NOC_LETTER_HOME/noc-letter.log"

cd "$root"
size_kb=$(du -sk dist/noc-letter | cut -f1)
size_mb=$(( size_kb * 1024 / 1000000 ))
echo "bundle size on disk: ${size_mb} MB ($(du -sh dist/noc-letter | cut -f1)), budget ${budget_mb} MB"
if (( size_mb > budget_mb )); then
    echo "FAIL: dist/noc-letter is over the ${budget_mb} MB budget; see docs/packaging.md" >&2
    exit 1
fi
# Closing line in the plain "N passed, N failed" form CI logs are read for.
echo "bundle: 3 passed, 0 failed"
