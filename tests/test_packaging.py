"""Packaging: the wheel installs and runs on its own; the packaging files agree with each other."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from noc_letter import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "ca.nocletter.NocLetterBuilder"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)


def _isolated_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, NOC_LETTER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env["PYTHONNOUSERSITE"] = "1"
    for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP"):
        env.pop(name, None)
    return env


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory) -> tuple[Path, Path]:
    """A fresh venv with the built wheel installed: (venv python, venv site-packages).

    The wheel is built offline (`--no-isolation`, hatchling from the test extras) and
    installed with `--no-deps` by the project's pip (`pip --python`, so the venv needs no pip
    of its own). The dependencies (spaCy, Qt, ...) come from the project venv through a .pth
    line: a plain path line adds that folder only, so the checkout itself (an editable
    install's .pth in there) stays invisible and noc_letter can only come from the wheel.
    """
    pytest.importorskip("build", reason="needs the test extras (build)")
    pytest.importorskip("hatchling", reason="needs the test extras (hatchling)")
    work = tmp_path_factory.mktemp("wheel")
    built = _run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(work), "."],
        cwd=ROOT,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = work.glob("noc_letter-*.whl")

    venv = work / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    assert made.returncode == 0, made.stderr
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    installed = _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--no-compile", "--disable-pip-version-check", str(wheel)],
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr

    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(_run([str(python), "-c", where]).stdout.strip())
    deps = {sysconfig.get_paths()[key] for key in ("purelib", "platlib")}
    (site / "project_venv_deps.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    return python, site


@pytest.mark.slow
def test_wheel_resolves_resources_inside_the_install(installed_wheel, tmp_path):
    """In a wheel install, noc_letter and its resources/templates come from site-packages."""
    python, site = installed_wheel
    probe = (
        "import noc_letter, noc_letter.resources as r;"
        "print(noc_letter.__file__); print(r.base_dir()); print(r.template_path())"
    )
    result = _run([str(python), "-c", probe], cwd=tmp_path, env=_isolated_env(tmp_path))
    assert result.returncode == 0, result.stderr
    package_file, base, template = (Path(line) for line in result.stdout.splitlines())
    assert package_file.resolve().is_relative_to(site.resolve())
    assert base.resolve() == (site / "noc_letter" / "_bundled").resolve()
    assert (base / "resources" / "noc2021" / "unit_groups.json").is_file()
    assert template.is_file()
    assert not base.resolve().is_relative_to(ROOT.resolve())


@pytest.mark.slow
def test_wheel_console_script_passes_self_test(installed_wheel, tmp_path):
    """`noc-letter --self-test` from the wheel's console script exits 0 with the spaCy model."""
    python, _site = installed_wheel
    script = python.parent / ("noc-letter.exe" if os.name == "nt" else "noc-letter")
    result = _run([str(script), "--self-test"], cwd=tmp_path, env=_isolated_env(tmp_path / "home"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "pipeline: en_core_web_sm" in result.stdout


@pytest.mark.slow
def test_wheel_runs_as_module(installed_wheel, tmp_path):
    """`python -m noc_letter --version` works in the wheel install."""
    python, _site = installed_wheel
    args = [str(python), "-m", "noc_letter", "--version"]
    result = _run(args, cwd=tmp_path, env=_isolated_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"noc-letter {__version__}"


def test_desktop_file_names_the_app_id_icon_and_command():
    """The .desktop file launches `noc-letter gui` and uses the app id as its icon name."""
    desktop = ConfigParser(interpolation=None)
    desktop.optionxform = str  # keys are case-sensitive
    desktop.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[:2] == ["noc-letter", "gui"]
    assert "application/x-nocletter" in entry["MimeType"]


def test_metainfo_matches_app_id_and_version():
    """The AppStream file has the app id, launches the .desktop file, and lists this release."""
    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    versions = [release.get("version") for release in root.iter("release")]
    assert versions and versions[0] == __version__


def test_icons_exist_at_every_size():
    """The scalable icon and each PNG render exist, and each PNG has its nominal size."""
    hicolor = PACKAGING / "linux" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in ICON_SIZES:
        data = (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    assert (PACKAGING / "windows" / "noc-letter.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (PACKAGING / "macos" / "noc-letter.icns").read_bytes()[:4] == b"icns"


def test_windows_version_resource_template_is_valid():
    """The version resource template, filled as the spec fills it, is a valid expression."""
    text = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    text = text.replace("@VERSION_TUPLE@", "0, 1, 0, 0").replace("@VERSION@", "0.1.0")
    names = re.findall(r"\b([A-Z][A-Za-z]+)\(", text)
    namespace = {name: (lambda *args, **kwargs: (args, kwargs)) for name in names}
    eval(compile(text, "version_info.txt", "eval"), namespace)  # noqa: S307 - our own file
