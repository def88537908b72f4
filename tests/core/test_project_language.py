"""The letter language in project files: v1 files with or without it load, save and round-trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from noc_letter.core.export import build_letter
from noc_letter.core.project import FORMAT_VERSION, load_project, save_project

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES = sorted(DATA.glob("*.nocletter"))


def test_format_is_still_version_1():
    """The letter language was already a field of format v1: no new version, no migration."""
    assert FORMAT_VERSION == 1


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_v1_file_loads_with_its_language(path, tmp_path):
    """Each example file (v1) loads with the language it stores, and round-trips unchanged."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["version"] == 1
    project = load_project(path)
    assert project.language == raw.get("language", "en")
    copy = tmp_path / path.name
    save_project(project, copy)
    assert load_project(copy) == project


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_v1_file_without_language_loads_as_english_and_saves_it(path, tmp_path):
    """A v1 file written before the letter language existed (no "language" key) opens as an
    English letter; saving it writes "language": "en" and it loads back the same."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw.pop("language", None)
    old = tmp_path / f"old-{path.name}"
    old.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    project = load_project(old)
    assert project.language == "en"
    saved = tmp_path / f"saved-{path.name}"
    save_project(project, saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["language"] == "en"
    assert load_project(saved) == project


def test_french_project_round_trips_and_still_exports_french(tmp_path):
    """A French project saved and loaded again keeps "fr" and exports the French letter; a
    file without the key exports the English one."""
    project = load_project(DATA / "promotion_fr.nocletter")
    path = tmp_path / "fr.nocletter"
    save_project(project, path)
    again = load_project(path)
    assert again == project and again.language == "fr"
    out = tmp_path / "fr.docx"
    build_letter(again, out)
    from docx import Document

    assert Document(str(out)).core_properties.title == "Attestation d'emploi"
    raw = json.loads(path.read_text(encoding="utf-8"))
    del raw["language"]
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    build_letter(load_project(path), out)
    assert Document(str(out)).core_properties.title == "Employer reference letter"
