"""`python -m noc_letter`, and the entry script of the PyInstaller bundle (packaging/)."""

import os
import sys


def _guard_streams() -> None:
    # A windowed frozen build (Windows `console=False`) starts with sys.stdout/stderr = None;
    # argparse's help or an error message must not crash it before the GUI's own guard runs.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _guard_streams()
    from noc_letter.cli import main

    sys.exit(main())
