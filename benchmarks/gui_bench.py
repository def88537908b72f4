"""GUI responsiveness benchmark: start-up, event-loop stalls and live-highlight delay.

Launches the real window offscreen (real background runner), waits for the core to load,
types a duty list key by key, then opens a 500-duty project. A 10 ms QTimer heartbeat measures
how late the event loop runs (a stall); the highlight delay is the time from a duty's last
keystroke to its NOC reading being shown. Prints a markdown table.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_bench.py [--chars-per-second 15]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DUTIES = [
    "Record daily sales and purchase transactions in QuickBooks Online",
    "Reconcile the two bank accounts and the credit card every month",
    "Keep the general ledger and prepare the monthly trial balance",
    "Prepare and file the quarterly GST/HST returns",
    "Run the bi-weekly payroll for 14 installers in Wagepoint",
    "Enter supplier invoices and prepare the weekly cheque run",
    "Answer customer billing questions by phone and e-mail",
    "Prepare the year-end working papers for our external accountant",
]
HEARTBEAT_MS = 10


class Heartbeat:
    """Records the largest lateness of a 10 ms timer, per named phase."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.worst: dict[str, float] = {}
        self.phase = "start-up"
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        late = (now - self.last) * 1000 - HEARTBEAT_MS
        self.worst[self.phase] = max(self.worst.get(self.phase, 0.0), late)
        self.last = now

    def enter(self, phase: str) -> None:
        self.phase = phase
        self.last = time.perf_counter()


def pump(seconds: float) -> None:
    """Run the real event loop for a while."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(max(0, int(seconds * 1000)), loop.quit)
    loop.exec()


def pump_until(condition, timeout: float) -> float:
    """Run the event loop until condition() is true; returns the time it became true."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met")
        pump(0.005)
    return time.perf_counter()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars-per-second", type=float, default=15.0)
    parser.add_argument("--json", action="store_true", help="also print the raw figures as JSON")
    args = parser.parse_args()
    os.environ.setdefault("NOC_LETTER_HOME", tempfile.mkdtemp(prefix="noc-bench-"))
    from PySide6.QtTest import QTest

    from noc_letter.core.letter import Duty, Position, Project
    from noc_letter.core.project import save_project
    from noc_letter.gui.app import create_window, make_app

    app = make_app()
    window = create_window(None, offer_recovery=False)
    window.show()
    app.processEvents()
    shown = time.perf_counter() - START
    beat = Heartbeat()
    p = window.presenter
    search_ready = pump_until(lambda: p.search is not None, 60) - START
    matcher_ready = pump_until(lambda: p.matcher_ready and not p.runner.busy, 60) - START

    beat.enter("search typing")
    for char in "bookkeeper":
        QTest.keyClick(window.picker.search_box, char)
        pump(1 / args.chars_per_second)
    QTest.keyClick(window.picker.search_box, "\r")
    pump(0.3)

    beat.enter("duty typing")
    delays = []
    for text in DUTIES:
        window.duties.add_button.click()
        pump(0.05)
        for char in text:
            QTest.keyClicks(window.duties.editor, char)
            last_key = time.perf_counter()
            pump(1 / args.chars_per_second)
        shown_at = pump_until(lambda t=text: p.check_for(t) is not None, 30)
        delays.append((min(shown_at, p.last_check_shown or shown_at) - last_key) * 1000)
        pump(0.2)
    pump_until(lambda: not p.runner.busy, 60)

    # The benchmark's own set-up (building and saving the file) is not the app's stall.
    big = Project(positions=[Position(noc="12200", duties=[
        Duty(f"{DUTIES[i % len(DUTIES)]} (item {i})") for i in range(500)])])  # fmt: skip
    path = Path(os.environ["NOC_LETTER_HOME"]) / "big.nocletter"
    save_project(big, path)
    p.undo.setClean()
    beat.enter("500-duty project")
    t0 = time.perf_counter()
    window.files.open(str(path))
    big_open = (time.perf_counter() - t0) * 1000
    big_read = (pump_until(lambda: p.reading is not None and len(p.reading.checks) >= 500, 120)
                - t0) * 1000  # fmt: skip
    beat.enter("typing with 500 duties")
    window.duties.select(0, move_cursor=True)
    for char in " daily":
        QTest.keyClicks(window.duties.editor, char)
        pump(1 / args.chars_per_second)
    pump_until(lambda: not p.runner.busy, 120)
    beat.timer.stop()
    p.undo.setClean()
    window.close()

    rows = [
        ("Window shown after launch", f"{shown * 1000:.0f} ms"),
        ("Catalogue search ready", f"{search_ready * 1000:.0f} ms"),
        ("Matcher (spaCy) ready", f"{matcher_ready * 1000:.0f} ms"),
        (
            "Highlight delay, median (last key → reading shown)",
            f"{statistics.median(delays):.0f} ms",
        ),
        ("Highlight delay, worst", f"{max(delays):.0f} ms"),
        ("Open 500-duty project (GUI thread)", f"{big_open:.0f} ms"),
        ("500-duty letter fully read (background)", f"{big_read:.0f} ms"),
    ]
    rows += [
        (f"Longest event-loop stall: {phase}", f"{ms:.0f} ms") for phase, ms in beat.worst.items()
    ]
    print(f"GUI benchmark ({len(DUTIES)} duties typed at {args.chars_per_second:g} chars/s, "
          f"heartbeat {HEARTBEAT_MS} ms)\n")  # fmt: skip
    print("| Measure | Value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    if args.json:
        print(json.dumps({"delays_ms": delays, "stalls_ms": beat.worst}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
