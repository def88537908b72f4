"""Tests for the one background runner and its synchronous stand-in."""

from __future__ import annotations

import threading
import time

import pytest

from noc_letter.gui.runner import Runner, SyncRunner


def test_sync_runner_calls_back_at_once(qapp):
    """SyncRunner runs the job inside submit() and calls on_done or on_error."""
    runner = SyncRunner()
    seen = []
    runner.submit(lambda a, b: a + b, 2, 3, on_done=seen.append)
    runner.submit(lambda: 1 / 0, on_error=lambda e: seen.append(type(e).__name__))
    assert seen == [5, "ZeroDivisionError"]
    assert not runner.busy


def test_runner_works_off_the_gui_thread_and_delivers_on_it(qtbot):
    """The real runner computes on a worker thread and calls back on the GUI thread."""
    runner = Runner()
    gui_thread = threading.get_ident()
    seen = {}

    def work():
        return threading.get_ident()

    def done(worker_thread):
        seen["worker"], seen["callback"] = worker_thread, threading.get_ident()

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(work, on_done=done)
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread
    runner.shutdown()


def test_runner_keeps_only_the_latest_job_of_a_key(qtbot):
    """Jobs with the same key coalesce: only the newest one's result is delivered."""
    runner = Runner()
    delivered = []
    gate = threading.Event()
    runner.submit(gate.wait, 5)  # keep the worker busy while the burst is queued
    with qtbot.waitSignal(runner.idle, timeout=5000):
        for n in range(5):
            runner.submit(lambda n=n: n, on_done=delivered.append, key="duty")
        gate.set()
    assert delivered == [4]
    runner.shutdown()


def test_runner_reports_errors_without_a_callback(qtbot):
    """A failing job without on_error is reported through the failed signal."""
    runner = Runner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.submit(lambda: {}["missing"])
    assert "KeyError" in blocker.args[0]
    runner.shutdown()


@pytest.mark.slow
def test_gui_thread_stays_responsive_while_worker_is_busy(qtbot):
    """A long pure-Python job on the worker does not stop the GUI event loop."""
    from PySide6.QtCore import QTimer

    runner = Runner()
    beats = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    timer.start()

    def busy():
        end = time.perf_counter() + 0.5
        while time.perf_counter() < end:
            sum(range(1000))

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(busy)
    timer.stop()
    gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
    assert len(beats) > 10 and max(gaps) < 0.1
    runner.shutdown()


def test_gui_process_hands_the_interpreter_over_quickly(qapp):
    """The GUI process uses a short switch interval so Qt callbacks wait little for the worker."""
    import sys

    from noc_letter.gui.app import GUI_SWITCH_INTERVAL, make_app

    before = sys.getswitchinterval()
    try:
        assert make_app() is qapp
        assert sys.getswitchinterval() == pytest.approx(GUI_SWITCH_INTERVAL)
        assert GUI_SWITCH_INTERVAL <= 0.002
    finally:
        sys.setswitchinterval(before)
