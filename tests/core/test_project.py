"""Project files, reading side: the JSON contract, tolerant drafts, refusals and migration."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from noc_letter.core import project as project_module
from noc_letter.core.letter import Applicant, Duty, Employer, Project, Salary, Signer
from noc_letter.core.project import (
    FORMAT,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    ProjectError,
    load_project,
    project_from_dict,
    project_to_dict,
    save_project,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def unicode_example() -> Project:
    """The example with every optional field set and text in several scripts."""
    return load_project(DATA / "unicode_everything.nocletter")


def header(**fields) -> dict:
    """The smallest valid project dict, plus the given top-level fields."""
    return {"format": FORMAT, "version": FORMAT_VERSION, **fields}


def test_project_to_dict_follows_the_documented_format():
    """Keys, nesting and order follow the documented project format."""
    data = project_to_dict(unicode_example())
    assert list(data)[:9] == [
        "format", "version", "language", "program", "letter_date",
        "employer", "signer", "applicant", "positions",
    ]  # fmt: skip
    assert data["format"] == "noc-letter-project" and data["version"] == 1
    assert list(data["employer"])[:5] == ["name", "address", "phone", "email", "website"]
    assert list(data["signer"]) == ["name", "title", "phone", "email", "role"]
    assert data["applicant"] == {"name": unicode_example().applicant.name}
    position = data["positions"][1]
    assert list(position)[:8] == [
        "title", "noc", "start", "end", "hours_per_week", "salary", "benefits", "duties",
    ]  # fmt: skip
    assert position["end"] is None
    assert position["salary"] == {"amount": 58000, "currency": "CAD", "per": "year"}
    assert position["duties"][1]["provenance"]["nested"]["score"] == 0.82


@pytest.mark.parametrize("name", ["bookkeeper", "promotion_fr", "unicode_everything"])
def test_complete_example_files_are_exactly_what_project_to_dict_writes(name):
    """A complete example file holds exactly the saved fields: nothing lost, nothing added."""
    path = DATA / f"{name}.nocletter"
    assert project_to_dict(load_project(path)) == json.loads(path.read_text(encoding="utf-8"))


def test_project_to_dict_shares_nothing_with_the_project():
    """Editing the returned dict does not change the project (provenance is copied)."""
    project = unicode_example()
    data = project_to_dict(project)
    data["positions"][1]["duties"][1]["provenance"]["changed"].append("x")
    assert project.positions[1].duties[1].provenance["changed"] == ["Post", "3 stores"]


def test_project_from_dict_copies_and_does_not_modify_its_input():
    """The loaded project holds its own copies; the input dict is left as it was."""
    data = project_to_dict(unicode_example())
    before = json.dumps(data, sort_keys=True)
    project = project_from_dict(data)
    data["positions"][1]["duties"][1]["provenance"]["changed"].append("x")
    assert project.positions[1].duties[1].provenance["changed"] == ["Post", "3 stores"]
    data["positions"][1]["duties"][1]["provenance"]["changed"].pop()
    assert json.dumps(data, sort_keys=True) == before


def test_draft_with_missing_null_and_empty_fields_loads_with_defaults():
    """An unfinished draft loads: absent keys and null take defaults, empty strings stay empty."""
    data = header(
        letter_date=None,
        employer=None,
        signer={"name": None, "role": "hr"},
        positions=[
            {"title": "", "noc": None, "end": None, "salary": {"amount": None}, "duties": [{}]}
        ],
    )
    project = project_from_dict(data)
    assert project.letter_date is None and project.employer == Employer()
    assert project.signer == Signer(role="hr") and project.applicant == Applicant()
    position = project.positions[0]
    assert position.noc == "" and position.current and position.hours_per_week is None
    assert position.salary == Salary() and position.duties == [Duty()]
    assert project_from_dict(header()) == Project()


def test_unknown_fields_are_ignored_and_dropped_on_save(tmp_path):
    """Keys the model does not know are tolerated on load and not written back."""
    data = header(comment="hand edit", applicant={"name": "A", "nickname": "B"})
    project = project_from_dict(data)
    assert project.applicant == Applicant("A")
    path = tmp_path / "p.nocletter"
    save_project(project, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert "comment" not in saved and saved["applicant"] == {"name": "A"}


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (header(positions="abc"), "positions", "should be a list"),
        (header(employer=["x"]), "employer", "should be a group of fields"),
        (header(applicant={"name": 42}), "applicant.name", "should be text"),
        (header(positions=[{"noc": 12200}]), "positions[0].noc", "the number 12200"),
        (header(positions=[{"hours_per_week": "forty"}]), "positions[0].hours_per_week", "number"),
        (header(positions=[{"hours_per_week": True}]), "positions[0].hours_per_week", "number"),
        (header(positions=[{"duties": ["text"]}]), "positions[0].duties[0]", "group of fields"),
        (header(positions=[{"duties": [{"include": "yes"}]}]), "positions[0].duties[0].include",
         "true or false"),
        (header(positions=[{"in_canada": 1}]), "positions[0].in_canada", "true or false"),
        (header(positions=[{"salary": 52000}]), "positions[0].salary", "group of fields"),
        (header(positions=[{"duties": [{"provenance": "x"}]}]),
         "positions[0].duties[0].provenance", "group of fields"),
        (header(letter_date=20261120), "letter_date", "should be text"),
    ],
)  # fmt: skip
def test_wrong_types_are_refused_naming_the_field(data, field, words):
    """A value of the wrong type is a clear ProjectError whose message and .field name the field."""
    with pytest.raises(ProjectError) as caught:
        project_from_dict(data)
    assert caught.value.field == field
    assert f'"{field}"' in str(caught.value) and words in str(caught.value)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ([1, 2], "not a NOC Letter Builder project"),
        ("text", "not a NOC Letter Builder project"),
        ({"version": 1}, 'no "format"'),
        ({"format": "docx-template", "version": 1}, '"docx-template"'),
        ({"format": FORMAT}, 'no "version"'),
        ({"format": FORMAT, "version": "1"}, "whole number"),
        ({"format": FORMAT, "version": 1.0}, "whole number"),
        ({"format": FORMAT, "version": FORMAT_VERSION + 1}, "newer version"),
        ({"format": FORMAT, "version": 0}, "cannot convert"),
    ],
)
def test_data_that_is_not_a_supported_project_is_refused(data, words):
    """Non-objects, a missing or wrong format, a missing, odd or unsupported version are refused."""
    with pytest.raises(ProjectError, match=words):
        project_from_dict(data)


def test_newer_version_asks_to_update(tmp_path):
    """A file from a newer app says so and asks the person to update."""
    path = tmp_path / "new.nocletter"
    path.write_text(json.dumps(header(version=FORMAT_VERSION + 1)), encoding="utf-8")
    with pytest.raises(
        ProjectError, match="(?i)newer version of NOC Letter Builder.*please update"
    ):
        load_project(path)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", "not valid JSON (line 1, column 2)"),
        (b"", "is empty"),
        (b"  \n", "is empty"),
        (bytes(range(256)) * 4, "not a text file"),
        ("{}".encode("utf-16"), "not a text file"),
        (b'{"format": "noc-letter-project", "version": 1, "positions": [{"hours_per_week": NaN}]}',
         "NaN"),
        (b"[" * 100_000, "damaged"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file"),
    ],
)  # fmt: skip
def test_files_that_are_not_projects_are_refused(tmp_path, content, words):
    """Bad JSON, empty files, binary garbage, UTF-16, NaN and deep nesting give ProjectError."""
    path = tmp_path / "bad.nocletter"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=re.escape(words)) as caught:
        load_project(path)
    assert str(path) in str(caught.value)


def test_utf8_byte_order_mark_is_accepted(tmp_path):
    """A project saved by an editor that adds a UTF-8 BOM still opens."""
    path = tmp_path / "bom.nocletter"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(header()).encode())
    assert load_project(path) == Project()


def test_damaged_file_points_to_the_backup(tmp_path):
    """When a damaged file has a backup beside it, the message says where the backup is."""
    path = tmp_path / "p.nocletter"
    save_project(Project(), path)
    save_project(Project(language="fr"), path)
    path.write_text('{"format": "noc-le', encoding="utf-8")
    with pytest.raises(ProjectError, match=r"p\.nocletter\.bak"):
        load_project(path)


def test_missing_file_and_folder_are_refused(tmp_path):
    """A path with no file, or a folder, gives a ProjectError that says which."""
    with pytest.raises(ProjectError, match="There is no file"):
        load_project(tmp_path / "nothing.nocletter")
    with pytest.raises(ProjectError, match="is a folder"):
        load_project(tmp_path)


def test_oversized_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    """A 50 MB file is refused from its size alone; the file is never opened."""
    path = tmp_path / "huge.nocletter"
    with open(path, "wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: instant and takes no disk space
    assert path.stat().st_size > MAX_FILE_BYTES

    def no_open(*args, **kwargs):
        raise AssertionError("the oversized file was opened")

    monkeypatch.setattr(project_module, "open", no_open, raising=False)
    with pytest.raises(ProjectError, match="too large.*50.0 MB.*limit is 20 MB"):
        load_project(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_device_file_is_refused():
    """A device such as /dev/zero (size 0, endless content) is refused, not read."""
    with pytest.raises(ProjectError, match="not an ordinary file"):
        load_project("/dev/zero")


def test_loading_never_modifies_the_file(tmp_path, monkeypatch):
    """Loading, even with a migration, leaves the file's bytes and modification time alone."""
    path = tmp_path / "old.nocletter"
    path.write_text(json.dumps({"format": FORMAT, "version": 0, "name": "Ana"}), encoding="utf-8")
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    monkeypatch.setitem(project_module.MIGRATIONS, 0, _v0_to_v1)
    assert load_project(path).applicant.name == "Ana"
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.nocletter"]


def _v0_to_v1(data: dict) -> dict:
    """Test-only migration: a made-up version 0 kept the applicant's name at the top level."""
    data["applicant"] = {"name": data.pop("name", "")}
    data["version"] = 1
    return data


def test_migration_hook_converts_older_versions_step_by_step(monkeypatch):
    """MIGRATIONS[n] runs for version n files, one step at a time, on a copy of the input."""
    monkeypatch.setattr(project_module, "FORMAT_VERSION", 3)
    calls = []

    def step(version):
        def migrate(data):
            calls.append(version)
            data.setdefault("letter_date", "")
            data["letter_date"] += f"v{version}"
            data["version"] = version + 1
            return data

        return migrate

    monkeypatch.setattr(project_module, "MIGRATIONS", {1: step(1), 2: step(2)})
    original = {"format": FORMAT, "version": 1}
    project = project_from_dict(original)
    assert calls == [1, 2] and project.letter_date == "v1v2"
    assert original == {"format": FORMAT, "version": 1}


def test_migration_that_does_not_advance_is_a_bug_not_a_loop(monkeypatch):
    """A migration that forgets to raise the version fails loudly instead of looping."""
    monkeypatch.setitem(project_module.MIGRATIONS, 0, lambda data: data)
    with pytest.raises(RuntimeError, match="did not advance"):
        project_from_dict({"format": FORMAT, "version": 0})
