"""`noc-letter check`: findings and hours on stdout, exit status 0/1/2, JSON output."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from noc_letter.commands import check as check_command

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
TODAY = "--today=2026-11-26"


class _Parser(argparse.ArgumentParser):
    """Like the real CLI parser: usage errors exit with status 2."""


def run_check(capsys, *args: str) -> tuple[int, str, str]:
    """Run the check subcommand in-process; return (status, stdout, stderr)."""
    parser = _Parser(prog="noc-letter")
    check_command.register(parser.add_subparsers(parser_class=_Parser))
    try:
        namespace = parser.parse_args(["check", *args])
        status = namespace.func(namespace)
    except SystemExit as stop:
        status = stop.code
    out, err = capsys.readouterr()
    return status, out, err


def test_complete_project_exits_0_and_prints_hours(capsys):
    """The bookkeeper example has all facts IRCC asks for: exit 0, a clean message and the hours."""
    status, out, err = run_check(capsys, str(DATA / "bookkeeper.nocletter"), TODAY, "--no-wording")
    assert status == 0 and err == ""
    assert out.startswith("No problems found")
    assert "Bookkeeper (NOC 12200)" in out and "Federal Skilled Worker (FSW)" in out
    assert "not legal advice" in out


def test_draft_with_errors_exits_1_with_one_finding_per_line(capsys):
    """An empty draft exits 1; each finding line reads `severity  field  message`."""
    status, out, _ = run_check(capsys, str(DATA / "draft_empty.nocletter"), TODAY)
    assert status == 1
    lines = out.split("\n\n")[0].splitlines()
    finding_lines, count_line = lines[:-1], lines[-1]
    assert len(finding_lines) == 16 and count_line == "14 error(s), 2 warning(s)"
    for line in finding_lines:
        assert re.fullmatch(r"(error  |warning)  [\w.\[\]]+ {2,}[A-Z].*\.", line), line
    assert any(line.startswith("error    positions[0].hours_per_week") for line in finding_lines)
    assert "Qualifying hours" in out


def test_warnings_only_exit_0(capsys):
    """Warnings alone do not fail the check (the promotion example has one warning)."""
    status, out, _ = run_check(capsys, str(DATA / "promotion_fr.nocletter"), TODAY, "--no-wording")
    assert status == 0
    assert out.startswith("warning  positions[0].noc  NOC 14200")


def test_json_output_has_findings_and_hours(capsys):
    """--json prints one JSON object with the findings and the hours summary."""
    status, out, _ = run_check(capsys, str(DATA / "draft_empty.nocletter"), TODAY, "--json")
    assert status == 1
    data = json.loads(out)
    assert set(data) == {"findings", "hours"}
    assert all(set(f) == {"severity", "code", "message", "field"} for f in data["findings"])
    assert {"code": "hours-missing", "field": "positions[0].hours_per_week"}.items() <= (
        next(f for f in data["findings"] if f["code"] == "hours-missing").items()
    )
    assert data["hours"]["reference_date"] == "2026-11-26"
    assert [p["program"] for p in data["hours"]["programs"]] == ["fsw", "cec", "fst"]


def test_json_output_of_complete_project(capsys):
    """--json on the complete example gives no fact findings and FSW met."""
    status, out, _ = run_check(
        capsys, str(DATA / "bookkeeper.nocletter"), TODAY, "--json", "--no-wording"
    )
    data = json.loads(out)
    assert status == 0 and data["findings"] == []
    fsw = data["hours"]["programs"][0]
    assert fsw["met"] is True and fsw["required"] == 1560.0


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not a text file"),
        (b'{"format": "noc-letter-project", "version": 99}', "Please update"),
        (b'{"format": "noc-letter-project", "version": 1, "positions": "x"}', '"positions"'),
    ],
)
def test_unreadable_project_exits_2_with_one_line_reason(capsys, tmp_path, content, words):
    """A file that cannot be read as a project exits 2 with a one-line reason on stderr only."""
    path = tmp_path / "bad.nocletter"
    path.write_bytes(content)
    status, out, err = run_check(capsys, str(path))
    assert status == 2 and out == ""
    assert err.startswith("noc-letter: ") and err.count("\n") == 1 and words in err


def test_missing_file_exits_2(capsys, tmp_path):
    """A path with no file exits 2 and names the path."""
    status, _, err = run_check(capsys, str(tmp_path / "none.nocletter"))
    assert status == 2 and "none.nocletter" in err


def test_bad_today_option_is_a_usage_error(capsys):
    """--today must be a YYYY-MM-DD date; anything else is a usage error (exit 2)."""
    status, _, err = run_check(capsys, str(DATA / "bookkeeper.nocletter"), "--today", "11/26/2026")
    assert status == 2 and "YYYY-MM-DD" in err


def test_real_command_line_runs_check():
    """`python -m noc_letter.cli check tests/data/bookkeeper.nocletter` exits 0 with the hours."""
    done = subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", "check", "tests/data/bookkeeper.nocletter"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Qualifying hours" in done.stdout


def test_default_check_flags_a_copied_noc_duty(capsys, tmp_path):
    """Without --no-wording, a duty copied from the NOC is an error (exit 1) naming the NOC text."""
    project = json.loads((DATA / "bookkeeper.nocletter").read_text(encoding="utf-8"))
    project["positions"][0]["duties"].append(
        {
            "text": "Post journal entries and reconcile accounts, prepare trial balance of books, "
            "maintain general ledgers and prepare financial statements",
            "include": True,
        }
    )
    path = tmp_path / "copied.nocletter"
    path.write_text(json.dumps(project), encoding="utf-8")
    status, out, _ = run_check(capsys, str(path), TODAY)
    assert status == 1
    assert "duties[7].text" in out and "NOC's own text" in out
