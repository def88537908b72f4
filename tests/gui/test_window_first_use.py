"""What a first-time user sees in the window: title, position, labels, search, paste, size."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox

from noc_letter.gui.models import DutyTableModel
from noc_letter.gui.window_geometry import fitted

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def shown_title(window) -> str:
    """The title as the window manager shows it ("[*]" becomes "*" when modified)."""
    return window.windowTitle().replace("[*]", "*" if window.isWindowModified() else "")


def test_title_names_the_opened_file_at_once_and_marks_changes(sync_window, tmp_path, monkeypatch):
    """File › Open shows the file's name in the title before any edit; an edit marks it
    modified the Qt way, Save as renames it and clears the mark, New goes back to Untitled."""
    w = sync_window
    assert w.files.open(str(DATA / "bookkeeper.nocletter"))
    assert shown_title(w) == "bookkeeper.nocletter — NOC Letter Builder"
    w.presenter.add_duty("Prepare the monthly sales tax report")
    assert w.isWindowModified() and shown_title(w).startswith("bookkeeper.nocletter*")
    monkeypatch.setattr(w, "ask_save_path", lambda _: str(tmp_path / "renamed.nocletter"))
    assert w.files.save_as()
    assert shown_title(w) == "renamed.nocletter — NOC Letter Builder"
    assert w.files.new()
    assert shown_title(w) == "Untitled — NOC Letter Builder"


def test_noc_letter_gui_file_shows_the_name_without_an_edit(qtbot, home):
    """`noc-letter gui FILE` (create_window with a project) titles the window with the file."""
    from noc_letter.gui.app import create_window

    window = create_window(str(DATA / "bookkeeper.nocletter"), offer_recovery=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.presenter.undo.setClean())
    qtbot.waitUntil(lambda: "bookkeeper.nocletter" in window.windowTitle(), timeout=10_000)
    assert not window.isWindowModified()
    assert "Untitled" not in window.windowTitle()
    qtbot.waitUntil(lambda: not window.presenter.runner.busy, timeout=120_000)  # let it load


def test_duties_tab_shows_and_switches_the_position(sync_window):
    """A two-position project: the Duties tab names each position (title, employer, dates)
    and choosing the second shows its duties."""
    w = sync_window
    assert w.files.open(str(DATA / "promotion_fr.nocletter"))
    bar = w.duties.position_bar.box
    items = [bar.itemText(i) for i in range(bar.count())]
    employer = w.presenter.project.employer.name
    assert items == [
        f"1. Commis comptable at {employer}, 14 May 2018 to 28 August 2020",
        f"2. Technicienne comptable at {employer}, 31 August 2020 to present",
    ]
    assert bar.currentIndex() == 0 and bar.isVisible() is w.duties.isVisible()
    bar.activated.emit(1)
    assert w.presenter.position_index == 1 and bar.currentIndex() == 1
    second = w.presenter.project.positions[1].duties
    assert w.duties.model.rowCount() == len(second)
    assert w.duties.model.index(0, DutyTableModel.TEXT).data() == second[0].text
    w.presenter.set_field("positions[1].title", "Senior bookkeeper")
    assert bar.itemText(1).startswith("2. Senior bookkeeper at")


def test_dropdowns_and_undo_show_human_labels(sync_window):
    """Program, language, role and salary period show words, not stored values; choosing one
    stores the value; the undo button names the field in words."""
    w = sync_window
    w.files.open(str(DATA / "bookkeeper.nocletter"))
    combos = {path: w.form.widgets[path] for path in w.form.widgets}
    shown = {
        path: [box.itemText(i) for i in range(box.count())]
        for path, box in combos.items()
        if isinstance(box, QComboBox)
    }
    stored = {"express-entry", "oinp", "sinp", "bc-pnp", "en", "fr", "supervisor", "hr", "year"}
    for texts in shown.values():
        assert not stored & set(texts), texts
    assert combos["program"].currentText() == "Express Entry (FSW, CEC, FST)"
    assert combos["language"].currentText() == "English"
    assert combos["signer.role"].currentText() == "Immediate supervisor"
    assert combos["position.salary.per"].currentText() == "per year"
    combos["program"].setCurrentIndex(combos["program"].findData("oinp"))
    assert w.presenter.project.program == "oinp"
    undo = next(a for a in w.menuBar().actions()[1].menu().actions() if "Undo" in a.text())
    assert undo.text() == "&Undo Edit program"
    w.presenter.set_target("13102")
    assert undo.text() == "&Undo Change target NOC"
    w.presenter.update_findings()
    tips = [w.findings.model.index(i).data(Qt.ItemDataRole.ToolTipRole) for i in range(3)]
    assert all("[" not in tip and "_" not in tip for tip in tips if tip), tips


def test_every_stored_choice_has_a_label():
    """Each program, role, salary period and letter language the model knows has a label."""
    from noc_letter.core.completeness import LETTER_LANGUAGES
    from noc_letter.core.letter import PROGRAMS, SALARY_PERIODS, SIGNER_ROLES
    from noc_letter.gui import labels

    assert tuple(labels.PROGRAM_LABELS) == PROGRAMS
    assert tuple(labels.ROLE_LABELS) == SIGNER_ROLES
    assert tuple(labels.PERIOD_LABELS) == SALARY_PERIODS
    assert tuple(labels.LANGUAGE_LABELS) == LETTER_LANGUAGES


def test_searching_an_old_code_says_what_it_became(sync_window, qtbot):
    """Typing "1311" says above the hits that it is a NOC 2016 code that became 12200, before
    the code-prefix hits 13110-13112; a split code names every group."""
    w = sync_window
    qtbot.keyClicks(w.picker.search_box, "1311")
    status = w.picker.status.text()
    assert "1311 is a NOC 2016 code: it became 12200 Accounting technicians and bookkeepers" in (
        status
    )
    codes = [w.picker.model.index(i).data().split()[0] for i in range(w.picker.model.rowCount())]
    assert codes[0] == "12200" and {"13110", "13111", "13112"} <= set(codes[1:])
    w.picker.search_box.clear()
    qtbot.keyClicks(w.picker.search_box, "0112")
    assert "split into 4 NOC 2021 groups" in w.picker.status.text()
    assert "22232 Occupational health and safety specialists" in w.picker.status.text()


def test_paste_with_an_empty_clipboard_says_so(sync_window):
    """Paste duties with nothing on the clipboard adds nothing and says why in the status bar."""
    w = sync_window
    QGuiApplication.clipboard().clear()
    w.duties.paste_button.click()
    assert w.presenter.position.duties == []
    assert "clipboard holds no text" in w.statusBar().currentMessage()
    QGuiApplication.clipboard().setText("Reconcile the bank accounts\nRun the payroll")
    w.duties.paste_button.click()
    assert [d.text for d in w.presenter.position.duties] == [
        "Reconcile the bank accounts",
        "Run the payroll",
    ]


def test_first_window_fits_a_1366_by_768_screen():
    """On a 1366×768 laptop (taskbar 40 px) the first window fits inside the free area."""
    available = QRect(0, 0, 1366, 728)
    geometry = fitted(available, QSize(1280, 800), QSize(765, 406))
    assert geometry.width() <= 1366 - 16 and geometry.height() <= 728 - 40
    assert available.contains(geometry)
    assert fitted(QRect(0, 0, 2560, 1440), QSize(1280, 800)).size() == QSize(1280, 800)


CHILD = r"""
import json, os, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from noc_letter.gui.main_window import MainWindow
from noc_letter.gui.runner import SyncRunner
from noc_letter.gui.settings import Settings
window = MainWindow(SyncRunner(), Settings())
window.show()
app.processEvents()
if sys.argv[1] == "move":
    window.setGeometry(120, 90, 900, 600)
    app.processEvents()
frame, avail = window.frameGeometry(), window.screen().availableGeometry()
print(json.dumps({"frame": frame.getRect(), "geometry": window.geometry().getRect(),
                  "available": avail.getRect()}))
window.close()
"""


def test_real_window_fits_the_screen_and_remembers_its_place(tmp_path):
    """Started on an offscreen 1366×768 screen the window lies inside it; moved and resized,
    the next start puts it back where it was (Qt settings in the data folder)."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = {
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "NOC_LETTER_HOME": str(tmp_path / "home"),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }

    def start(mode: str) -> dict:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, mode],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    first = start("look")
    left, top, width, height = first["frame"]
    assert first["available"] == [0, 0, 1366, 768]
    assert left >= 0 and top >= 0 and left + width <= 1366 and top + height <= 768, first
    assert (tmp_path / "home" / "window.ini").is_file()
    moved = start("move")
    assert moved["geometry"] == [120, 90, 900, 600]
    again = start("look")
    assert again["geometry"] == [120, 90, 900, 600]


def test_a_4000_character_duty_keeps_its_row_small(sync_window):
    """A 4,000-character duty's row is capped at a few lines: its box and reading stay in view,
    the text ends with "…", and the tooltip holds much more of it."""
    w = sync_window
    w.show()
    w.tabs.setCurrentWidget(w.duties)
    w.presenter.set_target("12200")
    long_duty = ("Reconcile the bank accounts and post the journal entries every month " * 60)[
        :4000
    ]
    w.presenter.add_duty("Run the payroll every two weeks")
    w.presenter.add_duty(long_duty)
    w.presenter.flush()
    table = w.duties.table
    line = table.fontMetrics().lineSpacing()
    assert table.rowHeight(1) <= line * 5 + 12
    assert table.rowHeight(1) < table.viewport().height()
    model = w.duties.model
    shown = model.index(1, DutyTableModel.TEXT).data()
    assert shown.endswith("…") and len(shown) < 300
    tip = model.index(1, DutyTableModel.TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert long_duty[:1000] in tip and "4,000 characters" in tip
    assert model.index(1, DutyTableModel.INCLUDE).data(Qt.ItemDataRole.CheckStateRole) is not None
    assert "too long" in model.index(1, DutyTableModel.SUPPORT).data()
    assert w.presenter.position.duties[1].text == long_duty  # nothing is cut from the duty
