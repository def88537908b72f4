"""Command-line contract of `suggest` (JSON shape, --file, exit codes)."""

from __future__ import annotations

import json
import subprocess
import sys


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_suggest_json_contract():
    """suggest --json prints {text, target, suggestions: [{text, ...}], questions} per duty."""
    result = cli(
        "suggest", "--target", "12200", "--json", "Handling account reconciliations in QuickBooks"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["text"] == "Handling account reconciliations in QuickBooks"
    assert data["target"] == "12200"
    assert isinstance(data["questions"], list)
    assert data["suggestions"] and isinstance(data["suggestions"][0]["text"], str)
    assert "QuickBooks" in data["suggestions"][0]["text"]


def test_suggest_file_gives_one_object_per_line_and_questions_for_vague():
    """--file - reads one duty per line; a vague duty gets questions and no suggestions."""
    result = cli(
        "suggest",
        "--target",
        "72410",
        "--json",
        "--file",
        "-",
        stdin=b"Fixing brakes on cars\n\nHandled stuff\n",
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert len(lines) == 2
    assert lines[1]["suggestions"] == [] and lines[1]["questions"]


def test_suggest_unknown_target_exits_2():
    """An unknown target code is a usage error naming the closest codes."""
    result = cli("suggest", "--target", "12290", "Fix brakes")
    assert result.returncode == 2
    assert b"12200" in result.stderr


def test_suggest_needs_text_or_file():
    """Neither TEXT nor --file is a usage error with a one-line message."""
    result = cli("suggest", "--target", "12200")
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1
