"""Command-line contract of `classify` and `assess` (JSON shapes, order, exit codes, bad input)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def classified():
    lines = [
        "Post journal entries and reconcile accounts",
        "",
        "   ",
        "Answer customers' questions about their invoices",
        "😀 " * 10,
        "x" * 10_000,
        "\x00\x01 garbage \x7f",
    ]
    data = "\n".join(lines).encode() + b"\xff\xfe\n"
    return cli("classify", "--json", "--top", "3", "-", stdin=data)


def test_classify_json_one_object_per_non_blank_line_in_order(classified):
    """classify --json prints one object per non-blank input line, in input order."""
    assert classified.returncode == 0, classified.stderr
    objects = [json.loads(line) for line in classified.stdout.decode().splitlines()]
    assert len(objects) == 5
    assert objects[0]["text"] == "Post journal entries and reconcile accounts"
    assert objects[1]["text"].startswith("Answer customers")


def test_classify_candidates_follow_the_contract(classified):
    """Each candidate has code, title, teer and score, best first, N of them."""
    first = json.loads(classified.stdout.decode().splitlines()[0])
    candidates = first["candidates"]
    assert len(candidates) == 3
    assert candidates[0]["code"] == "12200"
    for c in candidates:
        assert set(c) >= {"code", "title", "teer", "score"}
        assert isinstance(c["code"], str) and len(c["code"]) == 5
        assert isinstance(c["teer"], int) and 0.0 <= c["score"] <= 1.0
    assert [c["score"] for c in candidates] == sorted(
        (c["score"] for c in candidates), reverse=True
    )


def test_classify_bad_lines_get_a_note_not_a_crash(classified):
    """Emoji-only and huge lines are processed with a note; the rest of the input still runs."""
    objects = [json.loads(line) for line in classified.stdout.decode().splitlines()]
    assert objects[2]["candidates"] == [] and "note" in objects[2]
    assert "note" in objects[3]


def test_classify_reads_a_file(tmp_path):
    """classify FILE reads duties from a file and prints readable output without --json."""
    path = tmp_path / "duties.txt"
    path.write_text("Drive a tractor-trailer over long distances\n", encoding="utf-8")
    result = cli("classify", str(path))
    assert result.returncode == 0
    assert b"73300" in result.stdout


def test_classify_missing_file_exits_2_with_one_line():
    """A missing input file is a usage error: exit 2 and a one-line message."""
    result = cli("classify", "/nonexistent/duties.txt")
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1


def test_assess_json_contract():
    """assess --json has the contract fields with the right types."""
    duties = (
        b"Post journal entries and reconcile accounts\n"
        b"Prepare the trial balance and financial statements\n"
    )
    result = cli("assess", "--target", "12200", "--json", "-", stdin=duties)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["target"] == {
        "code": "12200",
        "title": "Accounting technicians and bookkeepers",
        "teer": 2,
    }
    assert isinstance(data["reads_as"], list) and 1 <= len(data["reads_as"]) <= 3
    assert set(data["reads_as"][0]) >= {"code", "title", "teer", "score"}
    assert isinstance(data["lead_statement_supported"], bool)
    assert isinstance(data["covered_main_duties"], list)
    assert isinstance(data["verdict"], str) and data["verdict"]
    assert 0.0 <= data["confidence"] <= 1.0
    assert data["weighted_by_share"] is False
    assert all(d["weight"] is None for d in data["duties"])


def test_assess_counts_a_share_written_in_the_line():
    """A share of time written in a line ("(40%)") weighs that duty in what the letter reads as."""
    duties = (
        b"Post journal entries and reconcile the general ledger accounts in Sage 50 (40%)\n"
        b"Prepare the monthly trial balance, income statement and balance sheet (40%)\n"
        b"Answer customers' questions about their invoices by phone and e-mail (10%)\n"
        b"Sort and file invoices, receipts and purchase orders (10%)\n"
    )
    result = cli("assess", "--target", "12200", "--json", "-", stdin=duties)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["weighted_by_share"] is True
    assert [d["weight"] for d in data["duties"]] == [40.0, 40.0, 10.0, 10.0]
    assert data["reads_as"][0]["code"] == "12200"
    assert "stated share of working time" in data["verdict"]


def test_assess_unknown_code_names_the_closest():
    """An unknown target code exits 2 with the closest existing codes in the message."""
    result = cli("assess", "--target", "12290", stdin=b"Prepare financial statements\n")
    assert result.returncode == 2
    assert b"12200" in result.stderr


def test_missing_target_is_a_usage_error():
    """assess without --target exits 2 with a one-line message."""
    result = cli("assess", stdin=b"x\n")
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1


def test_assess_json_has_status_and_confusables():
    """assess --json adds the letter status and the target's confusable groups."""
    duties = "\n".join(
        [
            "Post journal entries and reconcile the bank accounts every month in QuickBooks",
            "Prepare the monthly trial balance and financial statements for the owner",
            "Prepare and file the quarterly GST/HST returns",
        ]
    )
    result = cli("assess", "--target", "12200", "--json", "-", stdin=duties.encode())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] in (
        "supports_target",
        "reads_as_other_skilled",
        "reads_as_lower_teer",
        "too_little",
    )
    assert data["status"] == "supports_target"
    assert data["confusables"], data
    for item in data["confusables"]:
        assert set(item) == {"code", "title", "teer", "coverage", "score"}
    assert "14200" in [c["code"] for c in data["confusables"]]
    for field in ("reads_as", "verdict", "confidence", "duties", "weighted_by_share"):
        assert field in data  # earlier contract fields stay


def test_assess_jsonl_reads_one_letter_per_line():
    """assess --jsonl: one assessment per input line, in order; a bad line gets an error
    object and exit status 1, the others are still assessed."""
    lines = [
        {
            "target": "12200",
            "duties": [
                "Reconcile the bank accounts every month",
                "Post journal entries in QuickBooks",
                "Prepare the monthly financial statements",
            ],
            "shares": [40, 40, 20],
        },
        {"target": "99999", "duties": ["Drive a truck"]},
        {"target": "73300", "duties": ["Drive a tractor-trailer between Toronto and Montreal"]},
    ]
    data = "\n".join(json.dumps(x) for x in lines) + "\nnot json\n"
    result = cli("assess", "--jsonl", "-", stdin=data.encode())
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["line"] for o in out] == [1, 2, 3, 4]
    assert out[0]["target"]["code"] == "12200" and out[0]["weighted_by_share"] is True
    assert "status" in out[0] and "confusables" in out[0]
    assert "99999" in out[1]["error"]
    assert out[2]["status"] == "too_little"
    assert "not JSON" in out[3]["error"]


def test_assess_without_target_or_jsonl_is_a_usage_error():
    result = cli("assess", "-", stdin=b"Reconcile accounts\n")
    assert result.returncode == 2
    assert b"--target" in result.stderr
