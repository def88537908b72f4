"""GUI test setup: Qt runs offscreen so the tests need no display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest  # noqa: E402


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A private data folder (NOC_LETTER_HOME) for settings, log and recovery files."""
    folder = tmp_path / "home"
    monkeypatch.setenv("NOC_LETTER_HOME", str(folder))
    return folder


@pytest.fixture
def sync_window(qtbot, home):
    """The main window with a synchronous runner and the core loaded (search, guard, matcher)."""
    from noc_letter.gui.main_window import MainWindow
    from noc_letter.gui.runner import SyncRunner
    from noc_letter.gui.settings import Settings

    window = MainWindow(SyncRunner(), Settings())
    # qtbot closes the window before fixture teardown: mark the work saved so no prompt shows
    qtbot.addWidget(window, before_close_func=lambda w: w.presenter.undo.setClean())
    window.presenter.set_debounce(0, 0, 0)
    window.presenter.start_loading()
    window.files.timer.stop()
    return window


class FakeView:
    """Records what the file actions would have asked or shown; answers are preset."""

    def __init__(self):
        self.answer, self.open_path, self.save_path, self.export_path = "cancel", None, None, None
        self.restore = True
        self.errors, self.infos, self.asked = [], [], []

    def ask_save_changes(self):
        self.asked.append("save_changes")
        return self.answer

    def ask_open_path(self):
        return self.open_path

    def ask_save_path(self, suggested):
        return self.save_path

    def ask_export_path(self, suggested, kind):
        return self.export_path

    def ask_restore(self, recoveries):
        self.asked.append("restore")
        return self.restore

    def show_error(self, title, message):
        self.errors.append((title, message))

    def show_info(self, title, message):
        self.infos.append((title, message))


@pytest.fixture
def fake_view():
    """A FakeView for driving FileActions without dialogs."""
    return FakeView()
