"""The whole flow works with the network gone, and nothing in it tries to reach the network.

Once in this process with the socket functions replaced (monkeypatch), and once in a fresh
interpreter that also installs an audit hook before anything is imported, so that loading
spaCy, the NOC catalogue, the matcher and Qt is covered too and an attempt that some library
catches and ignores is still seen.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import traceback
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "tests" / "data" / "bookkeeper.nocletter"

# Python's audit events for any use of the network (PEP 578).
NETWORK_EVENTS = (
    "socket.__new__",
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.sendto",
    "urllib.Request",
    "http.client.connect",
    "ftplib.connect",
    "smtplib.connect",
    "webbrowser.open",
)


def run_flow(folder: Path) -> dict[str, object]:
    """Load the example project, match, suggest, check, export the letter and the checklist
    (DOCX and PDF) and save the project; returns what was produced."""
    from PySide6.QtGui import QGuiApplication

    from noc_letter.core.duty_checks import full_check
    from noc_letter.core.export import build_letter
    from noc_letter.core.export.checklist import checklist_items
    from noc_letter.core.export.checklist_docx import write_checklist_docx
    from noc_letter.core.guard import verbatim_risk
    from noc_letter.core.matching import get_matcher
    from noc_letter.core.project import load_project, save_project
    from noc_letter.core.rewording import get_rewriter
    from noc_letter.gui.checklist_pdf import write_checklist_pdf

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    project = load_project(PROJECT)
    position = project.positions[0]
    duties = [duty.text for duty in position.included_duties()]
    matcher = get_matcher()
    scores = [matcher.score(text)[0].code for text in duties]
    assessment = matcher.assess(duties, position.noc)
    guards = [verbatim_risk(text).level for text in duties]
    suggestion = get_rewriter().suggest("Did the books of the company every month", position.noc)
    findings = full_check(project)
    letter = build_letter(project, folder / "letter.docx").path
    checklist = checklist_items(project)
    write_checklist_docx(checklist, folder / "checklist.docx")
    write_checklist_pdf(checklist, folder / "checklist.pdf")
    save_project(project, folder / "copy.nocletter")
    assert load_project(folder / "copy.nocletter") == project
    del app
    return {
        "scores": scores,
        "verdict": assessment.verdict,
        "guards": guards,
        "suggestions": len(suggestion.suggestions) + len(suggestion.questions),
        "findings": len(findings),
        "files": sorted(p.name for p in folder.iterdir()),
        "letter_bytes": letter.stat().st_size,
    }


EXPECTED_FILES = ["checklist.docx", "checklist.pdf", "copy.nocletter", "letter.docx"]


def is_ipv6_probe(stack: list[tuple[str, str]]) -> bool:
    """True for urllib3's import-time IPv6 check (spaCy's command line imports requests): it
    creates a socket and binds it to ::1 to learn whether IPv6 exists. No connection is made
    and nothing is sent, so it is the one socket use allowed (it is still blocked here)."""
    return any(
        name == "_has_ipv6" and filename.replace("\\", "/").endswith("urllib3/util/connection.py")
        for filename, name in stack
    )


def _caller_stack() -> list[tuple[str, str]]:
    return [(frame.filename, frame.name) for frame in traceback.extract_stack()]


def test_whole_flow_runs_with_sockets_blocked(tmp_path, monkeypatch, qapp, fake_view, home):
    """With every socket function raising, the core flow and the window's open, check and
    export all work, and no code even tried to open a connection."""
    attempts: list[tuple[str, list[tuple[str, str]]]] = []

    def blocked(name: str):
        def refuse(*args, **kwargs):
            attempts.append((name, _caller_stack()))
            raise OSError(f"network use blocked by the offline test: {name}")

        return refuse

    class BlockedSocket(socket.socket):
        """A socket class that cannot be created (a class, so that subclasses still import)."""

        def __init__(self, *args, **kwargs):
            blocked("socket")()

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, blocked(name))
    result = run_flow(tmp_path)
    assert result["files"] == EXPECTED_FILES and result["letter_bytes"] > 10_000
    assert all(len(code) == 5 for code in result["scores"]) and result["suggestions"] > 0

    from noc_letter.gui.files import FileActions
    from noc_letter.gui.presenter import Presenter
    from noc_letter.gui.runner import SyncRunner
    from noc_letter.gui.settings import Settings

    presenter = Presenter(SyncRunner())
    presenter.set_debounce(0, 0, 0)
    presenter.start_loading()
    actions = FileActions(presenter, fake_view, Settings())
    actions.timer.stop()
    assert actions.open(str(PROJECT))
    presenter.flush()
    actions.export_docx(path=str(tmp_path / "from-window.docx"))
    assert actions.save_checklist_pdf(str(tmp_path / "from-window.pdf"))
    assert not fake_view.errors and presenter.reading is not None
    tried = [name for name, stack in attempts if not is_ipv6_probe(stack)]
    assert tried == [], f"network use attempted: {tried}"


CHILD = r"""
import json, sys, traceback
events, attempts = [], []
def hook(event, args):
    if event in NETWORK_EVENTS:
        events.append(event)
sys.addaudithook(hook)
import socket
def refuse(*args, **kwargs):
    attempts.append([(f.filename, f.name) for f in traceback.extract_stack()])
    raise OSError("network use blocked by the offline test")
class BlockedSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        refuse()
socket.socket = BlockedSocket
socket.create_connection = socket.getaddrinfo = socket.gethostbyname = refuse
from pathlib import Path
from tests.robustness.test_offline import run_flow
result = run_flow(Path(sys.argv[1]))
result["events"], result["attempts"] = events, attempts
result["qt_network"] = "PySide6.QtNetwork" in sys.modules
print("RESULT " + json.dumps(result))
"""


@pytest.mark.slow
def test_fresh_process_loads_everything_and_runs_offline(tmp_path):
    """A fresh interpreter with sockets blocked and an audit hook loads spaCy, the catalogue,
    the matcher and Qt, runs the whole flow, and raises no network audit event."""
    script = f"NETWORK_EVENTS = {NETWORK_EVENTS!r}\n{CHILD}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NOC_LETTER_HOME=str(tmp_path / "home"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", script, str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    assert result["events"] == [], f"network audit events: {sorted(set(result['events']))}"
    tried = [stack[-3:] for stack in result["attempts"] if not is_ipv6_probe(stack)]
    assert tried == [], f"network use attempted from: {tried}"
    assert not result["qt_network"]
    assert result["files"] == EXPECTED_FILES and len(result["scores"]) == 7
