"""The one background runner: a single-worker executor whose results arrive on the GUI thread.

Worker functions are pure (they never touch widgets); their result or exception is handed to
the callbacks on the GUI thread through a queued signal. A job submitted with a `key` replaces
any earlier job with the same key that has not produced its result yet (the earlier one is
skipped if it has not started, and its result dropped if it has), so a burst of keystrokes
costs one computation. Tests use SyncRunner, which runs each job immediately.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


@dataclass
class Job:
    """One submitted piece of work and where its outcome goes."""

    number: int
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: Callback | None
    on_error: Callback | None
    key: str | None
    submitted: float = field(default_factory=time.perf_counter)
    skipped: bool = False


class _Skipped:
    """Marker result of a job superseded before it started."""


class Runner(QObject):
    """Runs jobs one at a time on a worker thread; delivers outcomes on the GUI thread.

    Signals:
        idle: no job is pending any more.
        failed(str): a job without an error callback raised (the message, for the status bar).
    """

    idle = Signal()
    failed = Signal(str)
    _finished = Signal(object, bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="noc-letter-runner"
        )
        self._count = 0
        self._pending = 0
        self._latest: dict[str, int] = {}
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """True while a job is queued or running."""
        return self._pending > 0

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        key: str | None = None,
    ) -> Job:
        """Queue `fn(*args)`; `on_done(result)` or `on_error(exception)` runs on the GUI thread."""
        self._count += 1
        job = Job(self._count, fn, args, on_done, on_error, key)
        if key is not None:
            self._latest[key] = job.number
        self._pending += 1
        if self._executor is None:  # shut down: run nothing, but keep the bookkeeping right
            self._pending -= 1
            return job
        self._executor.submit(self._work, job)
        return job

    def _current(self, job: Job) -> bool:
        return job.key is None or self._latest.get(job.key) == job.number

    def _work(self, job: Job) -> None:
        """Worker thread: run the job unless superseded; never touches Qt widgets."""
        if not self._current(job):
            self._finished.emit(job, True, _Skipped())
            return
        try:
            result = job.fn(*job.args)
        except BaseException as error:  # noqa: BLE001 - delivered to the GUI thread
            self._finished.emit(job, False, error)
            return
        self._finished.emit(job, True, result)

    def _deliver(self, job: Job, ok: bool, value: Any) -> None:
        """GUI thread: hand the outcome to the job's callback."""
        self._pending -= 1
        try:
            if isinstance(value, _Skipped) or not self._current(job):
                job.skipped = True
            else:
                _call(job, ok, value, self.failed)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        """Stop accepting jobs and drop the queued ones (the running one finishes on its own)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


class SyncRunner(QObject):
    """Same interface as Runner, but each job runs at once on the calling thread (for tests)."""

    idle = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self.jobs: list[Job] = []

    @property
    def busy(self) -> bool:
        """Never busy: jobs finish inside submit()."""
        return False

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        key: str | None = None,
    ) -> Job:
        """Run `fn(*args)` now and call the matching callback."""
        self._count += 1
        job = Job(self._count, fn, args, on_done, on_error, key)
        self.jobs.append(job)
        try:
            result = fn(*args)
        except Exception as error:  # noqa: BLE001 - same contract as Runner
            _call(job, False, error, self.failed)
        else:
            _call(job, True, result, self.failed)
        self.idle.emit()
        return job

    def shutdown(self) -> None:
        """Nothing to stop."""


def _call(job: Job, ok: bool, value: Any, failed: Signal) -> None:
    if ok:
        if job.on_done is not None:
            job.on_done(value)
        return
    if job.on_error is not None:
        job.on_error(value)
        return
    log.error("background job %s failed", getattr(job.fn, "__name__", "?"), exc_info=value)
    failed.emit(f"{type(value).__name__}: {value}")
