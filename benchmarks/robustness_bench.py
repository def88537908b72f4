"""Robustness benchmark: how long hostile input takes in the engine, the loader and the writers.

Measures what tests/robustness only bounds generously: each engine function on ten hostile
1 MB inputs, "1 MB of pasted text split and read" (the paste split, then its first 1,000 duties
assessed, as the window would), project loading from memory and from files, saving, and the
exports. Prints markdown tables on stdout (nothing is written to docs/).

Run: `.venv/bin/python benchmarks/robustness_bench.py [--repeat N]`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from noc_letter.core.export import build_letter  # noqa: E402
from noc_letter.core.export.checklist import checklist_items  # noqa: E402
from noc_letter.core.export.checklist_docx import write_checklist_docx  # noqa: E402
from noc_letter.core.guard import verbatim_risk  # noqa: E402
from noc_letter.core.letter import Applicant, Duty, Position, Project  # noqa: E402
from noc_letter.core.matching import get_matcher  # noqa: E402
from noc_letter.core.project import (  # noqa: E402
    load_project,
    project_from_dict,
    save_project,
)
from noc_letter.core.rewording import get_rewriter  # noqa: E402
from noc_letter.core.splitting import split_duties  # noqa: E402
from tests.robustness.test_engine_fuzz import KINDS, _megabyte  # noqa: E402

TARGET = "12200"
MEGABYTE = 1_000_000
MAX_DUTIES = 1000  # the window holds at most this many duties (gui/services.py)
EXAMPLE = ROOT / "tests" / "data" / "bookkeeper.nocletter"


def timed(function: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def engine_table(repeat: int) -> list[str]:
    """Seconds per call of each engine function on each hostile 1 MB input."""
    matcher, rewriter = get_matcher(), get_rewriter()
    rows = [
        "| 1 MB input | split_duties | verbatim_risk | matcher.score | matcher.assess([text]) "
        "| rewriter.suggest | duties found |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    worst = 0.0
    for kind in KINDS:
        text = _megabyte(kind)
        cells = [
            timed(lambda t=text: split_duties(t), repeat),
            timed(lambda t=text: verbatim_risk(t), repeat),
            timed(lambda t=text: matcher.score(t), repeat),
            timed(lambda t=text: matcher.assess([t], TARGET), repeat),
            timed(lambda t=text: rewriter.suggest(t, TARGET), repeat),
        ]
        worst = max(worst, *cells)
        count = len(split_duties(text))
        rows.append(f"| {kind} | " + " | ".join(f"{c:.2f}" for c in cells) + f" | {count} |")
    rows.append(f"\nSlowest single call: {worst:.2f} s.")
    return rows


def _random_lines() -> str:
    """1 MB of random words in several scripts, a line break every 500 characters or so: the
    costliest paste for the matcher (1,000 long duties of unknown words)."""
    rng = random.Random(5)
    alphabet = [chr(c) for c in (*range(0x61, 0x7B), *range(0xE0, 0x100), *range(0x4E00, 0x4E40))]
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 9))) for _ in range(5000)]
    text, size = [], 0
    while size < MEGABYTE:
        line = " ".join(rng.choice(words) for _ in range(90)) + "\n"
        text.append(line)
        size += len(line)
    return "".join(text)[:MEGABYTE]


def paste_table() -> list[str]:
    """1 MB pasted, split, and its first 1,000 duties assessed against the target."""
    matcher = get_matcher()
    rows = [
        "| 1 MB paste | split (s) | duties | assess first 1,000 (s) | total (s) |",
        "|---|---:|---:|---:|---:|",
    ]
    kinds = ("bullets", "one-long-line", "semicolons", "random-special", "random-unicode")
    for kind in (*kinds, "random-lines"):
        text = _random_lines() if kind == "random-lines" else _megabyte(kind)
        start = time.perf_counter()
        duties = [d.text for d in split_duties(text)]
        split_s = time.perf_counter() - start
        start = time.perf_counter()
        matcher.assess(duties[:MAX_DUTIES], TARGET)
        assess_s = time.perf_counter() - start
        total = split_s + assess_s
        rows.append(f"| {kind} | {split_s:.2f} | {len(duties)} | {assess_s:.2f} | {total:.2f} |")
    return rows


def files_table(repeat: int) -> list[str]:
    """Loading, saving and exporting: the normal cost the fuzz cases are measured against."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    big = Project(
        applicant=Applicant(name="Alpha"),
        positions=[Position(duties=[Duty(text=f"Reconcile bank account {i}") for i in range(900)])],
    )
    rows = ["| Operation | ms |", "|---|---:|"]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        project = load_project(EXAMPLE)
        save_project(big, out / "big.nocletter")
        checklist = checklist_items(project)
        checks = [
            ("project_from_dict (example, in memory)", lambda: project_from_dict(data)),
            ("load_project (example file)", lambda: load_project(EXAMPLE)),
            ("save_project (example, backup, fsync)", lambda: save_project(project, out / "p")),
            ("save_project (900 duties, 110 kB)", lambda: save_project(big, out / "big")),
            ("build_letter (example)", lambda: build_letter(project, out / "letter.docx")),
            ("checklist DOCX (example)", lambda: write_checklist_docx(checklist, out / "c.docx")),
        ]
        for label, function in checks:
            rows.append(f"| {label} | {timed(function, max(repeat, 5)) * 1000:.1f} |")
    return rows


def main() -> None:
    """Print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per 1 MB measurement")
    args = parser.parse_args()
    start = time.perf_counter()
    get_matcher().assess(["warm up"], TARGET)
    get_rewriter().suggest("Kept the books", TARGET)
    verbatim_risk("warm up")
    print(
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"Engine loaded in {time.perf_counter() - start:.1f} s.\n")
    print("\n".join(engine_table(args.repeat)), "\n")
    print("\n".join(paste_table()), "\n")
    print("\n".join(files_table(args.repeat)))


if __name__ == "__main__":
    main()
