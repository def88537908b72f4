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

GUI_SWITCH_INTERVAL = 0.001  # seconds


def guard_streams() -> None:
    """Windowed frozen builds have no console: give print() and logging somewhere to go."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


class PrivateLogFile(RotatingFileHandler):
    """A rotating log whose files, also those started at rollover, only the user can read."""

    def _open(self) -> Any:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        return open(  # noqa: SIM115 - the handler owns and closes the stream
            os.open(self.baseFilename, flags, 0o600),
            "a",
            encoding=self.encoding,
            errors=self.errors,
        )


class PrivateFormatter(logging.Formatter):
    """Writes a logged exception's traceback without its message, which may quote the person."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's API
        return crash_text(ei[0], ei[1], ei[2], debug=False)

    def format(self, record: logging.LogRecord) -> str:
        cached = record.exc_text  # another handler may have cached the full text already
        record.exc_text = self.formatException(record.exc_info) if record.exc_info else None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


def setup_logging(home: Path, debug: bool) -> Path:
    """Log to the user's data folder (private file); duty text only with debug logging on."""
    path = home / LOG_NAME
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    handler = PrivateLogFile(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    layout = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    handler.setFormatter(logging.Formatter(layout) if debug else PrivateFormatter(layout))
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
                translate = QApplication.translate
                QMessageBox.critical(
                    None,
                    translate("App", "NOC Letter Builder"),
                    translate(
                        "App",
                        "Something went wrong ({error}). Your work is still open and "
                        "autosaved; please save it.\n\nDetails are in {log}.",
                    ).format(error=exc_type.__name__, log=log_path),
                )
        except Exception:  # noqa: BLE001 - never fail inside the hook
            pass

    sys.excepthook = hook


def startup_failed(error: BaseException) -> int:
    """Show why the app cannot start (e.g. its data folder cannot be created) and return 1."""
    text = (
        f"NOC Letter Builder cannot start: {type(error).__name__}: {error}\n\n"
        "Check that your user folder is writable, or set NOC_LETTER_HOME to a folder you own."
    )
    print(text, file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return 1  # nobody could click a dialog
    try:
        from PySide6.QtWidgets import QMessageBox

        make_app()
        QMessageBox.critical(None, "NOC Letter Builder", text)
    except Exception:  # noqa: BLE001 - no display either: stderr is all there is
        pass
    return 1


_FAULT_LOG = []


def enable_fault_log(home: Path) -> None:
    """Record crashes inside native code (Qt, spaCy) in crash.log in the data folder."""
    import faulthandler

    try:
        path = home / "crash.log"
        handle = os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a")
    except OSError:
        return
    _FAULT_LOG.append(handle)  # kept open for the life of the process
    faulthandler.enable(handle)


def make_app(argv: list[str] | None = None) -> Any:
    """The QApplication (created once), with organisation names for Qt's settings paths."""
    from PySide6.QtWidgets import QApplication

    # Every Qt callback into Python must take the interpreter lock from the matcher's worker
    # thread; a 1 ms switch interval (default 5 ms) keeps those waits from adding up to a stall.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("NOC Letter Builder")
    app.setOrganizationName("noc-letter")
    return app


def create_window(
    project: str | None = None, *, offer_recovery: bool = True, lang: str | None = None
) -> Any:
    """Build the main window with the real background runner and start loading the core.

    `lang` ("en"/"fr", e.g. from --lang) overrides $NOC_LETTER_LANG, the Settings choice and
    the system's locale (see translation.choose_lang)."""
    from PySide6.QtCore import QTimer

    from noc_letter.gui import translation
    from noc_letter.gui.main_window import MainWindow
    from noc_letter.gui.runner import Runner
    from noc_letter.gui.settings import Settings

    settings = Settings()
    translation.install(translation.choose_lang(lang, settings.get_str("language")))
    window = MainWindow(Runner(), settings)
    window.presenter.start_loading()
    if project:
        QTimer.singleShot(0, lambda: window.files.open(project))
    elif offer_recovery:
        QTimer.singleShot(0, window.files.offer_recovery)
    window.presenter.update_findings()
    return window


def main(
    project: str | None = None, quit_after: float | None = None, lang: str | None = None
) -> int:
    """Open the window (optionally on a project, in `lang`) and run until it closes."""
    guard_streams()
    from noc_letter.gui.settings import Settings, data_home

    try:
        home = data_home()
        debug = Settings(home).get_bool("debug_logging")
        log_path = setup_logging(home, debug)
    except Exception as error:  # no data folder: say so in a dialog instead of vanishing
        return startup_failed(error)
    install_excepthook(log_path, debug)
    enable_fault_log(home)
    app = make_app()
    window = create_window(project, lang=lang)
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
