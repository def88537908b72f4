"""Build step: compile the window's translations (.ts) into .qm files with PySide6's lrelease,
and refresh the .ts from the GUI sources with lupdate.

`python -m noc_letter.gui.i18n_build` compiles (the Makefile, packaging/build.sh and CI run it);
`python -m noc_letter.gui.i18n_build --update` rereads the sources into the .ts (new strings
arrive unfinished, for a translator to fill in with Qt Linguist or an editor).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent / "i18n"
GUI_DIR = Path(__file__).resolve().parent
TS_LANGUAGES = {"fr": "fr_CA"}


def qt_tool(name: str) -> Path:
    """The path of a Qt tool PySide6 ships (lrelease, lupdate)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"PySide6 has no {name} (looked in {folder})")


def ts_path(lang: str, folder: Path = I18N_DIR) -> Path:
    """The Qt Linguist source of the window in `lang`."""
    return folder / f"noc_letter_{lang}.ts"


def gui_sources() -> list[Path]:
    """The Python files whose strings the window shows."""
    return sorted(GUI_DIR.glob("*.py"))


def update_ts(ts: Path, lang: str = "fr") -> subprocess.CompletedProcess[str]:
    """Reread the GUI sources into `ts` (lupdate: keeps translations, adds new strings
    unfinished, drops strings no longer used)."""
    args = [str(qt_tool("lupdate")), *map(str, gui_sources()), "-locations", "none"]
    args += ["-no-obsolete", "-target-language", TS_LANGUAGES[lang], "-ts", str(ts)]
    return subprocess.run(args, capture_output=True, text=True, check=True)


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile one .ts into a .qm (lrelease); CalledProcessError if it fails."""
    args = [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(args, capture_output=True, text=True, check=True)
    if not qm.is_file():
        raise FileNotFoundError(f"lrelease wrote no {qm}")
    return qm


def compile_all(folder: Path = I18N_DIR) -> list[Path]:
    """Compile every noc_letter_*.ts in `folder` next to itself."""
    return [compile_ts(ts, ts.with_suffix(".qm")) for ts in sorted(folder.glob("*.ts"))]


def main(argv: list[str] | None = None) -> int:
    """Compile the translations (or, with --update, refresh the .ts files first)."""
    parser = argparse.ArgumentParser(prog="python -m noc_letter.gui.i18n_build")
    parser.add_argument("--update", action="store_true", help="refresh the .ts from the sources")
    args = parser.parse_args(argv)
    if args.update:
        for lang in TS_LANGUAGES:
            print(update_ts(ts_path(lang)).stdout.strip())
    for qm in compile_all():
        print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
