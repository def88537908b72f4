"""QApplication set-up, logging, the crash dialog, and `main()` (safe for frozen builds)."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

log = logging.getLogger("noc_letter")
LOG_NAME = "noc-letter.log"


def guard_streams() -> None:
    """Windowed frozen builds have no console: give print() and logging somewhere to go."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def setup_logging(home: Path, debug: bool) -> Path:
    """Log to the user's data folder (private file); duty text only with debug logging on."""
    path = home / LOG_NAME
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    return path


def crash_text(exc_type: type[BaseException], exc: BaseException, tb: Any, debug: bool) -> str:
    """The traceback for the log; the exception message (which may quote the person's text)
    only when debug logging is on."""
    frames = "".join(traceback.format_tb(tb))
    message = f"{exc_type.__name__}: {exc}" if debug else exc_type.__name__
    return f"Traceback (most recent call last):\n{frames}{message}"


def install_excepthook(log_path: Path, debug: bool) -> None:
    """Uncaught errors are logged and shown in a dialog; the window keeps running."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught error\n%s", crash_text(exc_type, exc, tb, debug))
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                QMessageBox.critical(
                    None,
                    "NOC Letter Builder",
                    f"Something went wrong ({exc_type.__name__}). Your work is still open and "
                    f"autosaved; please save it.\n\nDetails are in {log_path}.",
                )
        except Exception:  # noqa: BLE001 - never fail inside the hook
            pass

    sys.excepthook = hook


def make_app(argv: list[str] | None = None) -> Any:
    """The QApplication (created once), with organisation names for Qt's settings paths."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("NOC Letter Builder")
    app.setOrganizationName("noc-letter")
    return app


def create_window(project: str | None = None, *, offer_recovery: bool = True) -> Any:
    """Build the main window with the real background runner and start loading the core."""
    from PySide6.QtCore import QTimer

    from noc_letter.gui.main_window import MainWindow
    from noc_letter.gui.runner import Runner
    from noc_letter.gui.settings import Settings

    window = MainWindow(Runner(), Settings())
    window.presenter.start_loading()
    if project:
        QTimer.singleShot(0, lambda: window.files.open(project))
    elif offer_recovery:
        QTimer.singleShot(0, window.files.offer_recovery)
    window.presenter.update_findings()
    return window


def main(project: str | None = None, quit_after: float | None = None) -> int:
    """Open the window (optionally on a project) and run until it closes."""
    guard_streams()
    from noc_letter.gui.settings import Settings, data_home

    home = data_home()
    debug = Settings(home).get_bool("debug_logging")
    log_path = setup_logging(home, debug)
    install_excepthook(log_path, debug)
    app = make_app()
    window = create_window(project)
    window.show()
    if quit_after is not None:
        from PySide6.QtCore import QTimer

        def stop() -> None:
            window.presenter.undo.setClean()  # nothing to ask: this is a smoke test
            window.close()
            app.quit()

        QTimer.singleShot(int(quit_after * 1000), stop)
    log.info("window shown")
    return app.exec()
