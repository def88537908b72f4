"""Smoke tests of `main()` in a subprocess: the screenshot command and the gui command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NOC_LETTER_HOME=str(home))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.mark.slow
def test_screenshot_command_writes_png(tmp_path):
    """`noc-letter screenshot --project ...` renders the window after matching and exits 0."""
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", "screenshot", "--size", "1000x700",
         "--project", str(ROOT / "tests" / "data" / "bookkeeper.nocletter"), str(out)],
        env=_env(tmp_path / "home"), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.slow
def test_gui_command_starts_and_quits(tmp_path):
    """`noc-letter gui --quit-after` opens the window and exits cleanly, logging privately."""
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", "gui", "--quit-after", "0.5"],
        env=_env(home), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    log = home / "noc-letter.log"
    assert "window shown" in log.read_text(encoding="utf-8")
    assert (log.stat().st_mode & 0o077) == 0


def test_unusable_data_folder_reports_instead_of_vanishing(tmp_path):
    """A data folder that cannot be created gives a clear message and exit 1, not a silent exit."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, NOC_LETTER_HOME="/proc/no-such-folder", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", "gui", "--quit-after", "0.1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "cannot start" in result.stderr and "NOC_LETTER_HOME" in result.stderr
