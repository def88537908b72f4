"""Measure the built bundle: size on disk, start-up to a shown window, and `--self-test` time.

Usage (after `make dist`):
    .venv/bin/python packaging/bench_bundle.py [--bundle dist/noc-letter] [--runs 5]

Start-up is timed from launching `noc-letter gui --quit-after 0` (offscreen Qt) to the
"window shown" line in the app's log, which main() writes right after window.show(); each
run gets a fresh data folder (NOC_LETTER_HOME), so no recovery prompt or old settings.
Prints a Markdown table (medians) for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOWN = "window shown"


def launcher(bundle: Path) -> Path:
    """The console launcher inside a one-folder bundle."""
    exe = bundle / ("noc-letter.exe" if sys.platform == "win32" else "noc-letter")
    if not exe.exists():
        raise SystemExit(f"no launcher at {exe}; build with `make dist` first")
    return exe


def size_on_disk(folder: Path) -> int:
    """Bytes allocated on disk for every file under `folder` (symlinks not followed)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            total += getattr(stat, "st_blocks", 0) * 512 or stat.st_size
    return total


def _env(home: str) -> dict[str, str]:
    env = dict(os.environ, NOC_LETTER_HOME=home, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    return env


def time_to_window(exe: Path) -> tuple[float, float]:
    """(seconds to "window shown", seconds until the process exited) for one launch."""
    with tempfile.TemporaryDirectory(prefix="noc-letter-bench-") as home:
        started = time.time()
        subprocess.run(
            [str(exe), "gui", "--quit-after", "0"],
            cwd=home,
            env=_env(home),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        exited = time.time()
        lines = (Path(home) / "noc-letter.log").read_text(encoding="utf-8").splitlines()
    stamp = next(line[:23] for line in reversed(lines) if SHOWN in line)
    shown = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()
    return shown - started, exited - started


def time_self_test(exe: Path) -> float:
    """Seconds for one `noc-letter --self-test` (must pass)."""
    with tempfile.TemporaryDirectory(prefix="noc-letter-bench-") as home:
        started = time.perf_counter()
        subprocess.run(
            [str(exe), "--self-test"],
            cwd=home,
            env=_env(home),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return time.perf_counter() - started


def main() -> int:
    """Run the measurements and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "noc-letter")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = launcher(args.bundle)
    size_mb = size_on_disk(args.bundle) / 1e6
    windows, exits = zip(*(time_to_window(exe) for _ in range(args.runs)), strict=True)
    tests = [time_self_test(exe) for _ in range(args.runs)]

    def row(name: str, values: list[float] | tuple[float, ...], budget: str) -> str:
        spread = f"{min(values):.2f}–{max(values):.2f}"
        return f"| {name} | {statistics.median(values):.2f} s | {spread} | {budget} |"

    print(
        f"Bundle `{args.bundle.name}/` on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores, median of {args.runs} runs (warm disk cache).\n"
    )
    print("| measure | median | range | budget |")
    print("| --- | --- | --- | --- |")
    print(f"| size on disk | {size_mb:.0f} MB | | ≤ 350 MB |")
    print(row("start to window shown (offscreen)", windows, "≤ 2 s"))
    print(row("start to exit, `gui --quit-after 0`", exits, ""))
    print(row("`--self-test`", tests, ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
