"""Killing a process (SIGKILL) while it saves never leaves a broken project or recovery file.

A child process saves two different projects, A and B, in a loop; the test kills it after a
random short delay, many times over. After every kill the project file (and its backup, and
the recovery file of an autosaving child) must load and hold exactly A or B. SIGKILL stops the
process between any two instructions, like a crash or a forced quit; it does not test a power
cut (what fsync is for), which needs a real machine to pull the plug on.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from noc_letter.core.letter import Applicant, Duty, Position, Project
from noc_letter.core.project import backup_path, load_project, project_to_dict
from noc_letter.gui.autosave import Autosaver, load_recovery

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

# The child reads A and B from JSON files, prints "ready", then saves (mode "project") or
# autosaves (mode "autosave") A, B, A, B, ... until it is killed. With `pause` N > 0 it stops
# right after the N-th file-system step of the loop (fsync, copy, rename), prints "paused" and
# waits to be killed there: every step boundary of a save is hit on purpose, not by luck.
WORKER = r"""
import json, os, shutil, sys, time
from pathlib import Path
from noc_letter.core.project import project_from_dict

mode, target, a_file, b_file, pause = sys.argv[1:6]
a, b = (project_from_dict(json.loads(Path(f).read_text("utf-8"))) for f in (a_file, b_file))
steps = [0]


def pausing(name, real):
    def step(*args, **kwargs):
        result = real(*args, **kwargs)
        steps[0] += 1
        if steps[0] == int(pause):
            print("paused", name, flush=True)
            time.sleep(60)
        return result

    return step


os.fsync = pausing("fsync", os.fsync)
os.replace = pausing("replace", os.replace)
shutil.copy2 = pausing("copy2", shutil.copy2)
if mode == "project":
    from noc_letter.core.project import save_project

    def save(project):
        save_project(project, target)
else:
    from noc_letter.gui.autosave import Autosaver

    saver = Autosaver(Path(target))

    def save(project):
        saver.write(project, "/somewhere/letter.nocletter")
print("ready", flush=True)
i = 0
while True:
    save(a if i % 2 == 0 else b)
    i += 1
"""


def contents() -> tuple[Project, Project]:
    """Two projects of different sizes (about 110 and 55 kB), so a torn file cannot pass."""

    def make(name: str, count: int) -> Project:
        duties = [
            Duty(text=f"{name}: reconcile bank account {i} and post the journal entries ✓ {i}")
            for i in range(count)
        ]
        return Project(applicant=Applicant(name=name), positions=[Position(duties=duties)])

    return make("Alpha", 900), make("Bravo", 450)


A, B = contents()
EXPECTED = (project_to_dict(A), project_to_dict(B))


@pytest.fixture(scope="module")
def ab_files(tmp_path_factory) -> tuple[Path, Path]:
    """A and B as JSON files for the child to read."""
    folder = tmp_path_factory.mktemp("ab")
    files = (folder / "a.json", folder / "b.json")
    for path, data in zip(files, EXPECTED, strict=True):
        path.write_text(json.dumps(data), encoding="utf-8")
    return files


def _start(
    mode: str, target: Path, ab_files: tuple[Path, Path], home: Path | None = None, pause: int = 0
) -> subprocess.Popen:
    """Start a saving child and wait until it is about to enter its loop."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    if home is not None:
        env["NOC_LETTER_HOME"] = str(home)
    child = subprocess.Popen(
        [sys.executable, "-c", WORKER, mode, str(target), *map(str, ab_files), str(pause)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _expect(child, b"ready")
    return child


def _expect(child: subprocess.Popen, word: bytes) -> bytes:
    """The child's next output line, which must start with `word` (within 60 s)."""
    ready, _, _ = select.select([child.stdout], [], [], 60)
    line = child.stdout.readline() if ready else b""
    if not line.startswith(word):
        child.kill()
        child.wait()
        pytest.fail(f"worker did not say {word!r}: {line!r} {child.stderr.read()!r}")
    return line


def _kill_after(child: subprocess.Popen, delay: float) -> None:
    """SIGKILL the child after `delay` seconds and reap it (a zombie would still look alive)."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        child.wait(timeout=delay)
    assert child.returncode is None, child.stderr.read().decode(errors="replace")
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    child.stderr.close()


def _is_a_or_b(project: Project) -> bool:
    return project_to_dict(project) in EXPECTED


def _check_project_folder(folder: Path, target: Path, seen_file: bool) -> bool:
    """The project and its backup are A or B; only hidden temporary files are left besides."""
    if target.exists():
        assert _is_a_or_b(load_project(target)), "the project is neither A nor B"
    else:
        assert not seen_file, "the project file disappeared"
    if backup_path(target).exists():
        assert _is_a_or_b(load_project(backup_path(target))), "the backup is damaged"
    others = {p.name for p in folder.iterdir()} - {target.name, backup_path(target).name}
    # a kill between creating and renaming a temporary file leaves it behind: hidden, never
    # mistaken for the project, and harmless to the next save
    assert all(name.startswith(".letter.nocletter.") and name.endswith(".tmp") for name in others)
    return seen_file or target.exists()


def test_killing_a_save_at_random_moments_leaves_old_or_new_project(tmp_path, ab_files):
    """After 20 SIGKILLs at random moments of saving, the file and its backup load as A or B."""
    rng = random.Random(7)
    target = tmp_path / "letter.nocletter"
    seen_file = False
    for round_number in range(20):
        child = _start("project", target, ab_files)
        # one save takes 15-50 ms here: kill during the first save, or after several
        _kill_after(child, 0.3 if round_number == 0 else rng.uniform(0.0, 0.2))
        seen_file = _check_project_folder(tmp_path, target, seen_file)
    assert seen_file, "no save finished in 20 rounds"


def test_killing_a_save_after_each_of_its_steps_leaves_old_or_new_project(tmp_path, ab_files):
    """A SIGKILL right after each file-system step of three saves (temporary file synced,
    old file copied, backup renamed, project renamed, folder synced) leaves A or B."""
    target = tmp_path / "letter.nocletter"
    seen_file, steps = False, []
    for pause in range(1, 13):
        child = _start("project", target, ab_files, pause=pause)
        steps.append(_expect(child, b"paused").split()[1].decode())
        _kill_after(child, 0)
        seen_file = _check_project_folder(tmp_path, target, seen_file)
    assert {"fsync", "copy2", "replace"} <= set(steps)


def test_killing_an_autosave_leaves_a_recovery_file_that_restores(home, ab_files):
    """After 16 SIGKILLs while autosaving (12 at random moments, 4 right after a rename),
    the next session finds A or B to restore."""
    rng = random.Random(11)
    restored = 0
    for round_number in range(16):
        pause = round_number - 11 if round_number >= 12 else 0
        child = _start("autosave", home, ab_files, home, pause=pause)
        if pause:
            _expect(child, b"paused")
        _kill_after(child, 0 if pause else rng.uniform(0.0, 0.1))
        for recovery in Autosaver(home).leftovers():
            assert recovery.original == "/somewhere/letter.nocletter"
            assert _is_a_or_b(load_recovery(recovery)), "the recovery file is damaged"
            recovery.path.unlink()
            restored += 1
        hidden = [p.name for p in (home / "recovery").iterdir()]
        assert all(name.startswith(".session-") and name.endswith(".tmp") for name in hidden)
    assert restored >= 5, "too few autosaves finished before the kills to test anything"


def test_the_window_offers_to_restore_work_of_a_killed_session(home, fake_view, qapp, ab_files):
    """A session killed while autosaving is offered back by the next window, as A or B."""
    from noc_letter.gui.files import FileActions
    from noc_letter.gui.presenter import Presenter
    from noc_letter.gui.runner import SyncRunner
    from noc_letter.gui.settings import Settings

    child = _start("autosave", home, ab_files, home)
    _kill_after(child, 0.2)
    actions = FileActions(Presenter(SyncRunner()), fake_view, Settings())
    actions.timer.stop()
    assert actions.offer_recovery() and "restore" in fake_view.asked
    assert _is_a_or_b(actions.presenter.project)
    assert actions.presenter.dirty and actions.presenter.path == "/somewhere/letter.nocletter"
    actions.autosaver.discard()
