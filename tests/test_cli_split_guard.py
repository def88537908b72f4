"""Tests for `noc-letter split` and `noc-letter guard`: output contracts and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOC_DUTY = "Hire, train and supervise staff"
OWN_WORDS = "Reconciled the company's three bank accounts in QuickBooks every month"


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_split_prints_one_duty_per_line_from_stdin():
    """`split` with no file reads stdin and prints each duty's text alone on a line."""
    text = "Duties:\n• Prepare invoices (40%)\n• Reconcile accounts; file taxes\n"
    result = cli("split", stdin=text.encode())
    assert result.returncode == 0
    assert result.stdout.decode().splitlines() == [
        "Prepare invoices",
        "Reconcile accounts",
        "file taxes",
    ]


def test_split_json_gives_text_and_share(tmp_path: Path):
    """`split --json FILE` prints a JSON array of {"text", "share", "line"}."""
    source = tmp_path / "duties.txt"
    source.write_text("1. Prepare invoices (40%)\n2. Reconcile accounts\n", encoding="utf-8")
    result = cli("split", "--json", str(source))
    assert result.returncode == 0
    assert json.loads(result.stdout) == [
        {"text": "Prepare invoices", "share": 40.0, "line": 1},
        {"text": "Reconcile accounts", "share": None, "line": 2},
    ]


def test_split_unreadable_file_exits_2(tmp_path: Path):
    """A missing file, a folder or a binary file gives a one-line message and exit status 2."""
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    for path in (tmp_path / "missing.txt", tmp_path, binary):
        result = cli("split", str(path))
        assert result.returncode == 2
        assert result.stderr.decode().startswith("noc-letter: error: ")
        assert result.stdout == b""


def test_split_reads_windows_1252_text(tmp_path: Path):
    """A file saved as Windows-1252 (not UTF-8) is still read correctly."""
    source = tmp_path / "ansi.txt"
    source.write_bytes("• Préparer les factures\n".encode("cp1252"))
    result = cli("split", str(source))
    assert result.stdout.decode().splitlines() == ["Préparer les factures"]


def test_guard_json_lines_contract():
    """`guard --json` prints one object per non-blank line, in order, with the agreed fields."""
    stdin = f"{NOC_DUTY}\n\n{OWN_WORDS}\n".encode()
    result = cli("guard", "--json", stdin=stdin)
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["text"] for r in records] == [NOC_DUTY, OWN_WORDS]
    for record in records:
        assert record["level"] in {"ok", "close", "verbatim"}
        assert isinstance(record["score"], float) and 0.0 <= record["score"] <= 1.0
        assert isinstance(record["nearest"]["code"], str)
        assert isinstance(record["nearest"]["text"], str)
        for phrase in record["shared_phrases"]:
            assert record["text"][phrase["start"] : phrase["end"]] == phrase["text"]
    assert records[0]["level"] == "verbatim"
    assert records[0]["nearest"]["text"].startswith(NOC_DUTY)
    assert records[1]["level"] == "ok"


def test_guard_readable_output_names_level_score_and_nearest(tmp_path: Path):
    """Without --json each duty gives one readable line with level, score and nearest code."""
    source = tmp_path / "letter.txt"
    source.write_text(f"{NOC_DUTY}\n{OWN_WORDS}\n", encoding="utf-8")
    result = cli("guard", str(source))
    assert result.returncode == 0
    first, second = result.stdout.decode().splitlines()
    assert first.startswith("verbatim 1.00") and "NOC " in first
    assert second.startswith("ok ")


def test_guard_bad_lines_do_not_stop_the_rest():
    """Emoji, control characters and junk lines get a result and later lines still run."""
    lines = ["😀😀", "\x07\x1b[31m", "ÿþ garbage ¤¤", "x" * 200_000, NOC_DUTY]
    result = cli("guard", "--json", stdin="\n".join(lines).encode())
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(records) == len(lines)
    assert records[-1]["level"] == "verbatim"
    assert records[0]["nearest"] == {"code": "", "text": "", "kind": ""}


def test_guard_missing_file_exits_2(tmp_path: Path):
    """An unreadable file gives a clear message and exit status 2."""
    result = cli("guard", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "cannot read" in result.stderr.decode()
