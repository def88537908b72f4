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


def test_suggest_json_gives_each_suggestion_its_kind():
    """Each suggestion keeps its fields and gains "kind": letter_form, target_wording, or
    choice (a question's options, with a blank where the picked verb goes)."""
    lines = (
        "Responsible for entering all the supplier bills and keeping the books for 3 stores\n"
        "Responsible for accounts payable and receivable\n"
        "Making soups and sauces\n"
    )
    result = cli("suggest", "--target", "12200", "--json", "--file", "-", stdin=lines.encode())
    assert result.returncode == 0, result.stderr
    grammar, invented, _soups = [json.loads(x) for x in result.stdout.decode().splitlines()]
    fields = {"text", "kind", "score_before", "score_after", "rank_before", "rank_after"}
    for data in (grammar, invented):
        for s in data["suggestions"]:
            assert fields | {"changes", "segments"} <= s.keys()
            assert s["kind"] in ("letter_form", "target_wording", "choice")
    first = grammar["suggestions"][0]
    assert first["kind"] == "letter_form"
    assert first["text"] == "Enter all the supplier bills and keep the books for 3 stores"
    (choice,) = invented["suggestions"]
    assert choice["kind"] == "choice" and choice["text"] == "___ accounts payable and receivable"
    assert choice["rank_after"] == choice["rank_before"]  # nothing is applied until a pick
    assert "only if it is what you do" in choice["question"]
    assert choice["choices"] and all(
        c["text"].lower().startswith(c["verb"]) for c in choice["choices"]
    )
    assert invented["questions"]
    soups = cli("suggest", "--target", "63200", "--json", "Making soups and sauces")
    kinds = {s["kind"]: s["text"] for s in json.loads(soups.stdout)["suggestions"]}
    assert kinds["target_wording"] == "Prepare soups and sauces"
    assert kinds["letter_form"] == "Make soups and sauces"


def test_suggest_json_gives_each_duty_its_language():
    """French text is accepted unchanged: each duty's JSON says its "lang", what rewording
    offers in it and, for French, a note saying French offers only the letter-ready form and
    questions; every existing field stays."""
    lines = (
        "Je faisais les conciliations bancaires dans Sage 50 (40 %)\n"
        "Handling account reconciliations in QuickBooks\n"
        "Responsable de la comptabilité\n"
    )
    result = cli("suggest", "--target", "12200", "--json", "--file", "-", stdin=lines.encode())
    assert result.returncode == 0, result.stderr
    french, english, responsible = [json.loads(x) for x in result.stdout.decode().splitlines()]
    for data in (french, english, responsible):
        assert {"text", "target", "suggestions", "questions", "note"} <= data.keys()
    assert french["lang"] == "fr" and english["lang"] == "en" and responsible["lang"] == "fr"
    assert french["text"] == "Je faisais les conciliations bancaires dans Sage 50 (40 %)"
    (form,) = french["suggestions"]
    assert form["text"] == "Faire les conciliations bancaires dans Sage 50 (40 %)"
    assert form["kind"] == "letter_form"
    assert {"score_before", "score_after", "rank_before", "rank_after", "changes"} <= form.keys()
    assert french["offers"] == ["letter_form", "questions"]
    assert "seulement la forme pour la lettre" in french["scope_note"]
    assert english["offers"] == ["letter_form", "target_wording", "choice", "questions"]
    assert english["scope_note"] == ""
    assert "QuickBooks" in english["suggestions"][0]["text"]
    assert responsible["suggestions"] == []
    assert responsible["questions"][0].startswith("Que faites-vous exactement")


def test_suggest_lang_flag_overrides_the_detection():
    """--lang fr sends a duty to the French rewording whatever it looks like; the text output
    shows a French suggestion without a matcher score, and the note on French rewording."""
    result = cli("suggest", "--target", "12200", "--lang", "fr", "J'ai préparé les paies")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "→ Préparer les paies" in out
    assert "score" not in out
    assert "seulement la forme pour la lettre" in out
    bad = cli("suggest", "--target", "12200", "--lang", "de", "Prepare payroll")
    assert bad.returncode == 2
