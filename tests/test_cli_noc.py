"""Tests for `noc-letter noc`: human output, the JSON contract and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULT_KEYS = {"code", "title", "teer", "score", "matched", "note"}


def noc(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", "noc", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_search_prints_code_title_teer_and_match():
    """A NOC 2016 code search prints the new code, title, TEER, what matched and the note."""
    result = noc("1311")
    assert result.returncode == 0
    first = result.stdout.splitlines()[:3]
    assert first[0] == "12200  TEER 2  Accounting technicians and bookkeepers"
    assert "matched NOC 2016 code 1311" in first[1]
    assert "maps to 1 NOC 2021 group" in first[2]
    assert "NOC 2021 Version 1.0" in result.stdout


def test_search_json_contract():
    """--json prints {query, results[code,title,teer,score,matched,note], data_version}."""
    result = noc("payroll", "admin", "--json", "--limit", "3")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert set(data) == {"query", "results", "data_version"}
    assert data["query"] == "payroll admin"
    assert data["data_version"] == "NOC 2021 Version 1.0"
    assert 1 <= len(data["results"]) <= 3
    assert all(set(row) == RESULT_KEYS for row in data["results"])
    assert data["results"][0]["code"] == "13102"


def test_split_legacy_code_json_lists_every_group():
    """A split NOC 2016 code lists all its NOC 2021 groups in the JSON results."""
    data = json.loads(noc("2171", "--json").stdout)
    legacy = [r for r in data["results"] if r["matched"] == "NOC 2016 code 2171"]
    assert len(legacy) == 5
    assert "split into 5 groups" in legacy[0]["note"]


def test_exact_code_prints_full_profile():
    """One exact 5-digit code prints the profile with eligibility, stamp and attribution."""
    result = noc("12200")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("12200  Accounting technicians and bookkeepers")
    for part in ("TEER 2", "FSW yes · CEC yes · FST no", "Main duties", "Bookkeeper;"):
        assert part in out
    for part in ("Employment requirements", "Exclusions", "14200 (TEER 4)", "NOC 2021 Version 1.0"):
        assert part in out
    assert "Statistics Canada" in out


def test_exact_code_json_contract():
    """--json with a code prints {profile{..., eligibility}, data_version, attribution}."""
    result = noc("12200", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert set(data) == {"profile", "data_version", "attribution"}
    profile = data["profile"]
    assert profile["code"] == "12200" and profile["teer"] == 2
    assert profile["eligibility"] == {"fsw": True, "cec": True, "fst": False}
    for key in ("lead_statement", "main_duties", "example_titles", "employment_requirements"):
        assert profile[key]
    assert profile["exclusions"][0]["see_code"] == "11100"
    assert data["data_version"] == "NOC 2021 Version 1.0"
    assert "Open Government Licence" in data["attribution"]


def test_unknown_code_names_closest_and_exits_1():
    """An unknown 5-digit code names the closest groups on stderr and exits 1."""
    result = noc("12299")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "12299" in result.stderr and "12200 Accounting technicians" in result.stderr


def test_unknown_code_json_has_empty_results_and_suggestions():
    """With --json an unknown code still prints valid JSON: no results, some suggestions."""
    result = noc("12299", "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["results"] == []
    assert "12200" in [s["code"] for s in data["suggestions"]]


def test_usage_errors_exit_2_with_one_line():
    """A missing or empty QUERY, or a bad --limit, exits 2 with a one-line message."""
    for args in ((), ("  ",), ("cook", "--limit", "0")):
        result = noc(*args)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_french_query_finds_french_example_titles():
    """ "commis à la paie" (payroll clerk, as people write it) finds 13102 by its French example
    title; before, "paie" read as "pair" and led to home child care providers."""
    result = noc("commis à la paie", "--json", "--limit", "5")
    assert result.returncode == 0
    first = json.loads(result.stdout)["results"][0]
    assert first["code"] == "13102"
    assert first["matched"].startswith("French example title")


def test_an_english_query_gets_french_titles_only_with_lang_fr():
    """ "chef" typed in English finds English matches only; with --lang fr the French example
    titles that hold the word ("Chef pilote") join them."""
    english = json.loads(noc("chef", "--json").stdout)["results"]
    french = json.loads(noc("chef", "--json", "--lang", "fr").stdout)["results"]
    assert not any(r["matched"].startswith("French example title") for r in english)
    assert any(r["matched"].startswith("French example title") for r in french)
    assert english[0]["code"] == french[0]["code"] == "62200"
