"""Privacy: logs hold no personal data by default, and the app's private files stay private.

The personal strings are those of the example project: the applicant's, employer's and
signer's names, the address, phone numbers and e-mail addresses, the salary and the duty text.
A whole session is driven with the default logging (the app's own log file, and every logger
captured at DEBUG level), including the error paths whose exceptions quote the person's text.
That nothing is sent anywhere is shown by tests/robustness/test_offline.py.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from noc_letter.core.project import load_project

DATA = Path(__file__).resolve().parents[1] / "data"
PROJECT = DATA / "bookkeeper.nocletter"


def personal_strings(project) -> list[str]:
    """The strings of a project that identify the person: names, contacts, pay, duty text."""
    found = [
        project.applicant.name,
        project.employer.name,
        project.employer.address,
        project.employer.phone,
        project.employer.email,
        project.signer.name,
        project.signer.phone,
        project.signer.email,
    ]
    for position in project.positions:
        found += [position.benefits, position.location]
        if position.salary.amount is not None:
            found += [f"{position.salary.amount:g}", f"{position.salary.amount:,.0f}"]
        found += [duty.text[:30] for duty in position.duties]  # any stretch would be a leak
    return [text for text in found if len(text.strip()) >= 5]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def app_log(home):
    """The app's own log set up as `main()` does with debug logging off; removed afterwards."""
    from noc_letter.gui.app import setup_logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    for handler in handlers:  # setup_logging adds its file handler only if none exists yet
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
    home.mkdir(parents=True, exist_ok=True)
    path = setup_logging(home, debug=False)
    yield path
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    for handler in handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)


def test_a_whole_session_logs_no_personal_data(app_log, caplog, fake_view, qapp, monkeypatch):
    """Opening, checking, suggesting, exporting, saving, autosaving, restoring and failing
    jobs, crashes and checks (whose errors quote the duty) log none of the person's data."""
    from PySide6.QtWidgets import QMessageBox

    from noc_letter.gui import services
    from noc_letter.gui.app import install_excepthook
    from noc_letter.gui.files import FileActions
    from noc_letter.gui.presenter import Presenter
    from noc_letter.gui.runner import SyncRunner
    from noc_letter.gui.settings import Settings

    caplog.set_level(logging.DEBUG)
    project = load_project(PROJECT)
    secrets = personal_strings(project)
    duty = project.positions[0].duties[0].text
    presenter = Presenter(SyncRunner())
    presenter.set_debounce(0, 0, 0)
    presenter.start_loading()
    files = FileActions(presenter, fake_view, Settings())
    files.timer.stop()
    # the normal session
    assert files.open(str(PROJECT))
    presenter.flush()
    presenter.request_suggestions(0)
    presenter.update_findings()
    files.export_docx(path=str(app_log.parent / "letter.docx"))
    files.save_checklist_pdf(str(app_log.parent / "checklist.pdf"))
    presenter.add_duty("Reconcile the petty cash box for Priya Raman every Friday")
    files.autosave()
    fake_view.save_path = str(app_log.parent / "saved.nocletter")
    assert files.save_as()

    # error paths: exceptions whose messages quote the person's words
    def fail(*args, **kwargs):
        raise ValueError(f"cannot handle {args!r} for {project.applicant.name}")

    monkeypatch.setattr(services, "check_duty", fail)
    monkeypatch.setattr(services, "read_letter", fail)
    monkeypatch.setattr(services, "suggest", fail)
    presenter.checks.clear()
    presenter.set_duty_text(0, duty + " (edited)")
    presenter.flush()
    presenter.read_letter()
    presenter.request_suggestions(0)
    presenter.runner.submit(fail, duty)  # a job without an error callback
    monkeypatch.setattr("noc_letter.core.completeness.check", fail)
    presenter.update_findings()
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kwargs: None)
    previous_hook = sys.excepthook
    install_excepthook(app_log, debug=False)
    try:
        raise RuntimeError(f"crash while showing {duty}")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous_hook
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = app_log.read_text(encoding="utf-8")
    assert "uncaught error" in written and "duty check failed" in written  # errors were logged
    for text in secrets + [duty, "petty cash"]:
        assert text not in written, f"the log file holds personal data: {text!r}"
        assert text not in "\n".join(caplog.messages), f"a log message quotes {text!r}"


def test_private_files_stay_private_under_an_open_umask(home):
    """With umask 000, the data folder, recovery folder and log are 0700/0600, settings and
    recovery files are 0600, also after the log rotates and when old files were readable."""
    from noc_letter.core.letter import Duty, Position, Project
    from noc_letter.gui.app import setup_logging
    from noc_letter.gui.autosave import Autosaver
    from noc_letter.gui.settings import Settings, data_home

    home.mkdir(mode=0o755)
    (home / "settings.json").write_text("{}", encoding="utf-8")
    (home / "settings.json").chmod(0o644)
    old_umask = os.umask(0)
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert data_home() == home
        Settings().set("debug_logging", False)
        saver = Autosaver(home)
        saver.write(Project(positions=[Position(duties=[Duty(text="private")])]), None)
        for handler in before:
            if isinstance(handler, RotatingFileHandler):
                root.removeHandler(handler)
        log_path = setup_logging(home, debug=False)
        chatter = logging.getLogger("noc_letter.test")
        for _ in range(12_000):  # 1.2 MB: the log rotates once
            chatter.info("x" * 100)
    finally:
        os.umask(old_umask)
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        for handler in before:
            if handler not in root.handlers:
                root.addHandler(handler)
    assert _mode(home) == 0o700 and _mode(home / "recovery") == 0o700
    assert _mode(home / "settings.json") == 0o600 and _mode(saver.path) == 0o600
    assert log_path.with_name(log_path.name + ".1").exists(), "the log did not rotate"
    for path in home.glob("noc-letter.log*"):
        assert _mode(path) == 0o600, f"{path.name} is readable by others"
