"""The one place that finds bundled files in a checkout, installed wheel or PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def base_dir() -> Path:
    """Return the folder that holds `resources/` and `templates/`.

    The same relative layout is used everywhere: the repository root in a checkout,
    `noc_letter/_bundled` in a wheel, and the bundle root (`sys._MEIPASS`) when frozen.
    """
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root))
    candidates += [_PACKAGE_DIR / "_bundled", _PACKAGE_DIR.parent]
    for candidate in candidates:
        if (candidate / "resources" / "noc2021").is_dir():
            return candidate
    raise FileNotFoundError(
        "NOC Letter Builder cannot find its bundled data (resources/noc2021); "
        "the installation looks incomplete."
    )


def resource_path(*parts: str) -> Path:
    """Path of a file under `resources/`, e.g. resource_path("noc2021", "unit_groups.json")."""
    return base_dir().joinpath("resources", *parts)


def template_path(name: str = "letter.docx") -> Path:
    """Path of a bundled template under `templates/`."""
    return base_dir().joinpath("templates", name)
