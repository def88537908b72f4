"""Project files, writing side: round trips, backup, atomic replace and clean failures."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from noc_letter.core.letter import Applicant, Duty, Employer, Position, Project, Salary, Signer
from noc_letter.core.project import (
    ProjectError,
    backup_path,
    load_project,
    project_from_dict,
    project_to_dict,
    save_project,
)

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = Path(__file__).resolve().parents[2]
POSIX = os.name == "posix"


def unicode_project() -> Project:
    """Two positions, every optional field set, names and duties in several scripts."""
    return Project(
        language="fr",
        program="oinp",
        letter_date="2026-01-15",
        employer=Employer(
            name="Société Générale de Logiciels « Ñandú » 株式会社",
            address="1 rue de l'Église, Montréal (Québec)\nH2X 1Y4",
            phone="+1 514-555-0101",
            email="rh@ñandú.example",
            website="https://ñandú.example",
            letterhead_image="letterhead/logo-é.png",
        ),
        signer=Signer("Zoë Ng-Łukasik", "Directrice RH", "", "zoe@example.org", "hr"),
        applicant=Applicant("Дмитрий Ахмед 李华 \"Danny\" O'Neil 👩🏽‍💼"),
        positions=[
            Position(
                title="Commis", noc="14200", start="2017-06-12", end="2019-03-01",
                hours_per_week=37.5, salary=Salary(21.5, "CAD", "hour"), benefits="aucun",
                duties=[Duty("Saisir les factures — « urgent »", include=False, share=12.5)],
                weeks_per_year=48.5, vacation="2 semaines", location="Laval", in_canada=False,
            ),
            Position(
                title="Technicienne comptable", noc="12200", start="2019-03-04", end=None,
                hours_per_week=40, salary=Salary(58000, "CAD", "year"), benefits="santé",
                duties=[
                    Duty("تسوية الحسابات المصرفية شهريا", source="pasted"),
                    Duty(
                        "Post journal entries for 3 stores",
                        source="suggestion",
                        noc_duty="Post journal entries and reconcile accounts",
                        provenance={"original": "did entries", "changed": ["Post", "3 stores"],
                                    "nested": {"score": 0.82, "ok": True, "none": None}},
                    ),
                ],
            ),
        ],
    )  # fmt: skip


def test_bundled_examples_load_and_round_trip(tmp_path):
    """Every example project in tests/data loads, and save + load gives the same project."""
    examples = sorted(DATA.glob("*.nocletter"))
    assert {p.name for p in examples} >= {"bookkeeper.nocletter", "draft_empty.nocletter"}
    for source in examples:
        project = load_project(source)
        target = tmp_path / source.name
        save_project(project, target)
        assert load_project(target) == project


@pytest.mark.parametrize("make", [Project, unicode_project], ids=["empty", "unicode"])
def test_projects_round_trip_unchanged_through_save_and_load(tmp_path, make):
    """save_project then load_project returns an equal project, unicode included."""
    project = make()
    path = tmp_path / "letter.nocletter"
    save_project(project, path)
    assert load_project(path) == project


def test_saved_file_is_utf8_with_unescaped_text(tmp_path):
    """The file is UTF-8 JSON that shows accented names as written, ending with a newline."""
    path = tmp_path / "p.nocletter"
    save_project(unicode_project(), path)
    text = path.read_bytes().decode("utf-8")
    assert "Société Générale" in text and text.endswith("}\n")


def test_save_keeps_the_previous_file_as_backup(tmp_path):
    """The first save makes no backup; each later save keeps the previous file as NAME.bak."""
    path = tmp_path / "p.nocletter"
    save_project(Project(letter_date="2026-01-01"), path)
    assert not backup_path(path).exists()
    first = path.read_bytes()
    save_project(Project(letter_date="2026-02-02"), path)
    assert backup_path(path) == tmp_path / "p.nocletter.bak"
    assert backup_path(path).read_bytes() == first
    assert load_project(path).letter_date == "2026-02-02"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.nocletter", "p.nocletter.bak"]


def test_failure_at_the_final_replace_keeps_the_old_file(tmp_path, monkeypatch):
    """If replacing fails, the old file is intact, a ProjectError explains, no temp file remains."""
    path = tmp_path / "p.nocletter"
    save_project(Project(letter_date="2026-01-01"), path)
    before = path.read_bytes()
    real_replace = os.replace

    def failing_replace(src, dst):
        if Path(dst) == path:
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(ProjectError, match="Cannot save"):
        save_project(Project(letter_date="2026-02-02"), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.nocletter", "p.nocletter.bak"]


def test_full_disk_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    """A write error such as a full disk is reported plainly and cleans up its temp file."""
    path = tmp_path / "p.nocletter"
    save_project(Project(letter_date="2026-01-01"), path)
    before = path.read_bytes()

    def full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ProjectError, match="disk is full"):
        save_project(Project(letter_date="2026-02-02"), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.nocletter"]


def test_crash_in_the_middle_of_saving_never_leaves_a_broken_file(tmp_path):
    """A process killed while saving leaves the previous project complete and loadable."""
    path = tmp_path / "p.nocletter"
    save_project(Project(letter_date="2026-01-01"), path)
    script = textwrap.dedent(
        f"""
        import os
        from noc_letter.core.letter import Project
        from noc_letter.core.project import save_project
        os.fsync = lambda descriptor: os._exit(9)  # die after writing, before the replace
        save_project(Project(letter_date="2026-02-02"), {str(path)!r})
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=60)
    assert done.returncode == 9
    assert load_project(path).letter_date == "2026-01-01"


def test_missing_folder_is_refused_without_creating_anything(tmp_path):
    """Saving into a folder that does not exist gives a clear ProjectError and creates nothing."""
    target = tmp_path / "gone" / "p.nocletter"
    with pytest.raises(ProjectError, match="does not exist"):
        save_project(Project(), target)
    assert list(tmp_path.iterdir()) == []


def test_saving_onto_a_folder_is_refused(tmp_path):
    """A folder in the way of the file name is reported, not replaced."""
    (tmp_path / "p.nocletter").mkdir()
    with pytest.raises(ProjectError, match="it is a folder"):
        save_project(Project(), tmp_path / "p.nocletter")


def test_no_permission_is_explained_and_leaves_no_temp_file(tmp_path, monkeypatch):
    """A folder that refuses new files gives a permission message and no leftovers."""

    def refuse(path, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ProjectError, match="permission to write in the folder"):
        save_project(Project(), tmp_path / "p.nocletter")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_refused(tmp_path):
    """A real read-only folder gives a ProjectError about permission and stays empty."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ProjectError, match="permission"):
            save_project(Project(), folder / "p.nocletter")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_values_that_cannot_be_saved_are_refused_before_writing(tmp_path):
    """Non-JSON values, NaN or a wrong type in the model raise ProjectError and touch no file."""
    path = tmp_path / "p.nocletter"
    save_project(Project(letter_date="2026-01-01"), path)
    before = path.read_bytes()
    broken = [
        Project(positions=[Position(duties=[Duty("x", provenance={"tags": {1, 2}})])]),
        Project(positions=[Position(hours_per_week=float("nan"))]),
        Project(positions=[Position(hours_per_week="40")]),  # type: ignore[arg-type]
    ]
    for project in broken:
        with pytest.raises(ProjectError):
            save_project(project, path)
    with pytest.raises(ProjectError) as caught:
        save_project(broken[2], path)
    assert caught.value.field == "positions[0].hours_per_week"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.nocletter"]


def test_lone_surrogate_text_still_saves_and_round_trips(tmp_path):
    """Text with a stray surrogate (a broken paste) is escaped, not lost, and loads back equal."""
    project = Project(applicant=Applicant("Ana \ud800 Lima"))
    path = tmp_path / "p.nocletter"
    save_project(project, path)
    assert load_project(path) == project


@pytest.mark.skipif(not POSIX, reason="POSIX file modes and symlinks")
def test_resave_keeps_file_mode_and_follows_symlinks(tmp_path):
    """Saving keeps the file's permissions and, through a symlink, updates the real file."""
    real = tmp_path / "real.nocletter"
    save_project(Project(), real)
    real.chmod(0o640)
    link = tmp_path / "link.nocletter"
    link.symlink_to(real)
    save_project(Project(language="fr"), link)
    assert link.is_symlink() and load_project(real).language == "fr"
    assert real.stat().st_mode & 0o777 == 0o640


_text = st.text(max_size=30)
_number = (
    st.none() | st.integers(-(10**6), 10**6) | st.floats(allow_nan=False, allow_infinity=False)
)
_duty = st.builds(
    Duty,
    text=_text,
    include=st.booleans(),
    source=_text,
    noc_duty=st.none() | _text,
    provenance=st.none() | st.dictionaries(_text, st.none() | _text | st.integers(), max_size=3),
    share=_number,
)
_position = st.builds(
    Position,
    title=_text, noc=_text, start=st.none() | _text, end=st.none() | _text,
    hours_per_week=_number, salary=st.builds(Salary, amount=_number, currency=_text, per=_text),
    benefits=_text, duties=st.lists(_duty, max_size=3), weeks_per_year=_number,
    vacation=_text, location=_text, in_canada=st.none() | st.booleans(),
)  # fmt: skip
_project = st.builds(
    Project,
    language=_text, program=_text, letter_date=st.none() | _text,
    employer=st.builds(Employer, _text, _text, _text, _text, _text, _text),
    signer=st.builds(Signer, _text, _text, _text, _text, _text),
    applicant=st.builds(Applicant, _text), positions=st.lists(_position, max_size=3),
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(_project)
def test_any_project_round_trips_through_json(project):
    """Any project the model can hold comes back equal from its JSON text."""
    text = json.dumps(project_to_dict(project), ensure_ascii=False)
    assert project_from_dict(json.loads(text)) == project
