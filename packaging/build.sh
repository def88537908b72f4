#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/noc-letter/ with PyInstaller (Linux, macOS, Windows
# Git Bash). Usage: bash packaging/build.sh   (or `make dist`). PYTHON picks the interpreter
# (default: the project's .venv), which must have the app's dependencies installed.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=.venv/Scripts/python.exe; fi
fi
"$PYTHON" -m pip install --quiet --disable-pip-version-check -r packaging/build-requirements.txt

# Linux: Qt's X11 plugin needs these libraries; PyInstaller bundles them only when the build
# machine has them, otherwise X11 users must have them installed (Wayland is unaffected).
# `strip` (binutils) lets the spec drop ~180 MB of debug info from spaCy & co.
if [[ "$(uname -s)" == Linux ]]; then
    known_libs=$(ldconfig -p)
    for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0; do
        [[ $known_libs == *"$lib"* ]] || echo "warning: $lib not found; the bundle will rely on the user's copy (Debian: apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0)" >&2
    done
    command -v strip >/dev/null || echo "warning: strip not found (binutils); the bundle will be ~180 MB larger" >&2
fi

# The window's French translation: compile the committed .ts into the .qm the bundle ships.
"$PYTHON" -m noc_letter.gui.i18n_build >/dev/null

# Qt must not try to open a display while PyInstaller's hooks inspect PySide6.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/noc-letter.spec

case "$(uname -s)" in
    Darwin) echo "built: dist/NOC Letter Builder.app (and dist/noc-letter/)" ;;
    MINGW*|MSYS*|CYGWIN*) echo "built: dist/noc-letter/ (noc-letter.exe, NOC Letter Builder.exe)" ;;
    *) echo "built: dist/noc-letter/ (launcher dist/noc-letter/noc-letter)" ;;
esac
