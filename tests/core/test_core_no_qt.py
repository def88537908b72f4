"""The core package never imports Qt, so it runs and tests without a screen."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_core_imports_without_pyside6():
    """Importing and using every core module loads no PySide6 module."""
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import noc_letter.core as core
        for info in pkgutil.walk_packages(core.__path__, "noc_letter.core."):
            importlib.import_module(info.name)
        from noc_letter.core.matching import get_matcher
        get_matcher().score("Prepare financial statements")
        loaded = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        print(loaded)
        sys.exit(1 if loaded else 0)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
