"""Tests for saving, autosave and recovery, export and the settings folder."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from noc_letter.core.project import load_project
from noc_letter.gui.autosave import Autosaver
from noc_letter.gui.files import FileActions
from noc_letter.gui.presenter import Presenter
from noc_letter.gui.runner import SyncRunner
from noc_letter.gui.settings import Settings, data_home

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def files(qapp, home, fake_view):
    """FileActions on a presenter with a synchronous runner, driven through a FakeView."""
    presenter = Presenter(SyncRunner())
    presenter.set_debounce(0, 0, 0)
    actions = FileActions(presenter, fake_view, Settings())
    actions.timer.stop()
    return actions


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_folder_follows_env_and_is_private(home):
    """NOC_LETTER_HOME sets the data folder, created readable by the user only."""
    assert data_home() == home and _mode(home) == 0o700


def test_settings_refuse_unknown_keys(home):
    """Typed settings reject unknown keys and wrong types and persist known ones."""
    settings = Settings()
    with pytest.raises(KeyError):
        settings.get("colour")
    with pytest.raises(TypeError):
        settings.set("autosave_seconds", "soon")
    settings.set("debug_logging", True)
    assert Settings().get_bool("debug_logging") and _mode(settings.path) == 0o600


def test_save_marks_clean_and_remembers_recent(files, fake_view, tmp_path):
    """Save As writes the project, marks the stack clean and adds it to recent files."""
    files.presenter.add_duty("Reconcile the bank accounts")
    fake_view.save_path = str(tmp_path / "ana")
    assert files.save()
    saved = tmp_path / "ana.nocletter"
    assert load_project(saved).positions[0].duties[0].text == "Reconcile the bank accounts"
    assert not files.presenter.dirty and "Last saved" in files.saved_text()
    assert files.settings.recent_files() == [str(saved.resolve())]


def test_autosave_and_recovery_after_a_crash(files, fake_view, home, qapp):
    """Unsaved work is autosaved privately and offered back by the next session."""
    files.presenter.add_duty("Prepare the payroll every two weeks")
    files.autosave()
    written = files.autosaver.path
    assert written.is_file() and _mode(written) == 0o600
    crashed = written.with_name("session-999999999-1.nocletter")  # a process that is gone
    written.rename(crashed)
    fresh = FileActions(Presenter(SyncRunner()), fake_view, Settings())
    fresh.timer.stop()
    assert fresh.offer_recovery()
    assert "restore" in fake_view.asked
    assert fresh.presenter.position.duties[0].text == "Prepare the payroll every two weeks"
    assert fresh.presenter.dirty  # restored work is unsaved work
    assert not crashed.exists() and fresh.autosaver.path.exists()


def test_saving_removes_the_recovery_file(files, fake_view, tmp_path):
    """Once saved, the session's recovery file is removed."""
    files.presenter.add_duty("Reconcile")
    files.autosave()
    fake_view.save_path = str(tmp_path / "x.nocletter")
    files.save()
    assert not files.autosaver.path.exists()


def test_discard_on_close_removes_recovery(files, fake_view):
    """Discarding unsaved work at close removes the recovery file and allows closing."""
    files.presenter.add_duty("Reconcile")
    files.autosave()
    fake_view.answer = "discard"
    assert files.close() and not files.autosaver.path.exists()
    assert fake_view.asked == ["save_changes"]


def test_cancel_on_new_keeps_work(files, fake_view):
    """Cancelling the save prompt on New keeps the current project."""
    files.presenter.add_duty("Reconcile")
    fake_view.answer = "cancel"
    assert not files.new()
    assert files.presenter.position.duties[0].text == "Reconcile"


def test_export_writes_a_docx_with_target_duties_first(files, fake_view, tmp_path):
    """Export writes a DOCX holding the duties, the target-supporting ones first."""
    presenter = files.presenter
    presenter.start_loading()
    assert files.open(str(DATA / "bookkeeper.nocletter"))
    presenter.flush()
    out = tmp_path / "letter.docx"
    files.export_docx(path=str(out))
    assert out.is_file() and fake_view.infos and not fake_view.errors
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "Priya Raman" in xml
    positions = {d.text: xml.find(d.text[:40]) for d in presenter.position.duties}
    target = [t for t in positions if presenter.check_for(t).supports == "target"]
    low = [t for t in positions if presenter.check_for(t).supports == "other_low"]
    if target and low:
        assert max(positions[t] for t in target) < min(positions[t] for t in low)


def test_export_problems_are_reported_and_work_kept(files, fake_view, tmp_path):
    """A missing template or an unwritable folder gives a message; the project is unchanged."""
    files.presenter.add_duty("Reconcile")
    files.export_docx(path=str(tmp_path / "a.docx"), template=str(tmp_path / "none.docx"))
    files.export_docx(path=str(tmp_path / "missing-folder" / "a.docx"))
    assert len(fake_view.errors) == 2
    assert files.presenter.position.duties[0].text == "Reconcile"


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root can write")
def test_export_to_read_only_folder(files, fake_view, tmp_path):
    """Exporting into a folder without write permission shows an error."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        files.export_docx(path=str(folder / "a.docx"))
    finally:
        folder.chmod(0o700)
    assert fake_view.errors


def test_checklist_pdf_is_saved(files, fake_view, tmp_path):
    """The checklist is saved as PDF through the GUI's writer."""
    out = tmp_path / "checklist.pdf"
    assert files.save_checklist_pdf(str(out))
    assert out.read_bytes().startswith(b"%PDF")


def test_foreign_json_is_refused(files, fake_view, tmp_path):
    """A JSON file from another program is refused with a clear message."""
    other = tmp_path / "other.nocletter"
    other.write_text(json.dumps([1, 2, 3]), encoding="utf-8")
    assert not files.open(str(other))
    assert "not a NOC Letter Builder project" in fake_view.errors[0][1]


def test_recovery_files_of_running_sessions_are_ignored(home):
    """A recovery file of a process that is still running is not offered."""
    saver = Autosaver(home)
    alive = saver.folder / f"session-{os.getppid()}-1.nocletter"
    alive.write_text("{}", encoding="utf-8")
    assert saver.leftovers() == []
