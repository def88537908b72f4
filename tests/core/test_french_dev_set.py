"""The French dev set and French regression letters keep their shape and stay clear of the CNP."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from noc_letter.core.catalogue import load_catalogue
from noc_letter.core.language import detect_language
from noc_letter.core.matching.status import STATUSES

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import french_set_check as check  # noqa: E402

LETTERS = json.loads((ROOT / "tests" / "data" / "letter_readings_fr.json").read_text("utf-8"))
LETTER_KEYS = {"name", "lang", "target", "duties", "expect", "not", "reads_as", "known_miss"}
SHARE = re.compile(r"\((\d+(?:[.,]\d+)?)\s*%\)")


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="module")
def rows():
    return check.load()


@pytest.fixture(scope="module")
def indexes(catalogue):
    return check.copy_indexes(catalogue)


def test_every_line_has_its_fields_code_source_and_english_twin(rows, catalogue):
    assert check.shape_problems(rows, (g.code for g in catalogue.groups)) == []


def test_the_set_is_big_and_spread_enough_to_measure_french_letters(rows):
    assert check.rule_problems(rows) == []
    f = check.figures(rows)
    assert f["lines"] >= 330 and f["groups"] >= 45 and f["per_group_min"] >= 6
    assert f["handwritten"] >= f["translated"]
    assert all(f["per_group"][code] >= 8 for code in ("12200", "14200", "13102"))


def test_no_line_copies_a_cnp_main_duty(rows, indexes):
    assert check.copy_problems(rows, indexes) == []


def test_the_copy_check_flags_a_cnp_sentence_and_passes_plain_french(catalogue, indexes):
    cnp = catalogue.get("12200").main_duties_fr[1].text
    assert indexes["fr"].flag(cnp) is not None
    padded = (
        "Pendant trois ans, chez un petit distributeur de pièces de Laval, ma tâche était de "
        + cnp
        + " tout en aidant la réception, le service à la clientèle et l'expédition au besoin."
    )
    assert "in a row" in indexes["fr"].flag(padded)  # little overlap, but a long shared run
    assert indexes["fr"].flag("Conciliations bancaires mensuelles dans Sage 50.") is None


def test_french_lines_read_as_french_and_their_twins_as_english(rows):
    assert check.language_problems(rows) == []


def test_translated_lines_name_their_dev_item(rows):
    if not check.DEV_SET.exists():
        pytest.skip(f"the English dev set is not here ({check.DEV_SET})")
    with check.DEV_SET.open(encoding="utf-8") as handle:
        dev = {item["id"]: item for item in map(json.loads, handle)}
    assert check.dev_problems(rows, dev) == []


def test_french_letters_have_the_regression_letters_shape(catalogue):
    letters = LETTERS["letters"]
    assert 10 <= len(letters) <= 14
    assert len({letter["name"] for letter in letters}) == len(letters)
    for letter in letters:
        assert set(letter) <= LETTER_KEYS and {"name", "target", "duties"} <= set(letter)
        assert catalogue.get(letter["target"]) is not None, letter["name"]
        assert 5 <= len(letter["duties"]) <= 8, letter["name"]
        assert "expect" in letter or "not" in letter, letter["name"]
        assert letter.get("expect", STATUSES[0]) in STATUSES
        assert set(letter.get("not", ())) <= set(STATUSES)
        if "reads_as" in letter:
            assert catalogue.get(letter["reads_as"]) is not None


def test_french_letters_cover_the_occupations_the_issue_names():
    targets = {letter["target"] for letter in LETTERS["letters"]}
    wanted = {"12200", "14200", "13102", "13110", "63200", "73300", "21232", "31301", "62010"}
    assert wanted | {"42202", "51114"} <= targets
    bookkeeper = [x for x in LETTERS["letters"] if x["target"] == "12200"]
    assert any(x.get("expect") == "supports_target" for x in bookkeeper)
    clerk = [x for x in bookkeeper if x.get("reads_as") == "14200"]
    assert clerk and clerk[0]["expect"] == "reads_as_lower_teer"


def test_french_letters_are_written_in_french_and_one_mixes_the_languages():
    mixed = 0
    for letter in LETTERS["letters"]:
        langs = [detect_language(duty, "en") for duty in letter["duties"]]
        if letter.get("lang") == "mixed":
            mixed += 1
            assert set(langs) == {"en", "fr"}, letter["name"]
        else:
            assert set(langs) == {"fr"}, letter["name"]
    assert mixed >= 1


def test_the_sixty_thirty_ten_letter_states_its_shares_in_french():
    letter = next(x for x in LETTERS["letters"] if "60 %" in x["name"])
    shares = [float(SHARE.search(d).group(1).replace(",", ".")) for d in letter["duties"]]
    assert sum(shares) == 100


def test_french_letters_copy_no_cnp_or_noc_duty(indexes):
    for letter in LETTERS["letters"]:
        for duty in letter["duties"]:
            lang = detect_language(duty, "fr")
            assert indexes[lang].flag(duty) is None, (letter["name"], duty)
