"""Robustness suite set-up: offscreen Qt, the GUI fixtures, shared data and a case counter."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections import Counter  # noqa: E402

import pytest  # noqa: E402

# The GUI suite's fixtures (private data folder, synchronous window, fake file view), reused.
from tests.gui.conftest import fake_view, home, sync_window  # noqa: E402, F401

# How many generated cases each fuzz test ran (tests add to it through the `cases` fixture).
CASES: Counter[str] = Counter()


def pytest_terminal_summary(terminalreporter) -> None:
    """Print how many generated cases the robustness fuzz tests ran."""
    if CASES:
        terminalreporter.write_sep("-", "robustness: generated cases")
        for name, count in sorted(CASES.items()):
            terminalreporter.write_line(f"{count:>7}  {name}")
        terminalreporter.write_line(f"{sum(CASES.values()):>7}  in all")


@pytest.fixture(scope="session")
def matcher():
    """The shared matcher (spaCy and the index loaded once per session)."""
    from noc_letter.core.matching import get_matcher

    return get_matcher()


@pytest.fixture(scope="session")
def cases() -> Counter[str]:
    """The session's counter of generated cases, by test name."""
    return CASES
