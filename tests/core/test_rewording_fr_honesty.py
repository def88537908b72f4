"""Never invent, in French: over 100 French lines written by hand for this app (plain, casual,
nominal, first person, "Responsable de"), no suggestion brings in a verb, an object, a number or a
software name that is not the person's, checked on content lemmas by spaCy's French pipeline
and lemma table, independently of the rewording's own rules; and every fact is kept. The lines
are in benchmarks/data/french_rewording.txt (benchmarks/suggest_bench_fr.py measures on them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from noc_letter.core.nlp_fr import get_french_nlp
from noc_letter.core.rewording.french import get_french_rewriter
from noc_letter.core.rewording.french.conjugation import table_lemmas

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "french_rewording.txt"
_CONTENT = ("NOUN", "PROPN", "NUM", "VERB", "ADJ", "ADV", "X", "AUX")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def french_lines() -> list[tuple[str, str]]:
    lines = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, _form, text, _expected = (p.strip() for p in line.split("|", 3))
            lines.append((code, text))
    return lines


def lemmas_of(doc) -> set[str]:
    """Everything a word of the person's may stand for: itself, spaCy's lemma, the table's."""
    out = set()
    for token in doc:
        word = token.text.lower().replace("’", "'")
        out |= {word, token.lemma_.lower(), *table_lemmas(word)}
    return out


def content_lemmas(doc) -> list[tuple[str, set[str]]]:
    """Content words of a suggestion, each with the lemmas it may have."""
    return [
        (t.text, {t.text.lower(), t.lemma_.lower(), *table_lemmas(t.text.lower())})
        for t in doc
        if t.pos_ in _CONTENT and not t.is_stop and any(c.isalnum() for c in t.text)
    ]


def regular_stem(word: str, original_words: set[str]) -> bool:
    """An infinitive whose stem begins one of the person's words ("former" / "formais")."""
    for ending in ("er", "ir", "re"):
        if word.endswith(ending) and len(word) > 5:
            stem = word[: -len(ending)]
            if any(w.startswith(stem) for w in original_words):
                return True
    return False


@pytest.fixture(scope="module")
def results():
    rewriter = get_french_rewriter()
    return [(code, text, rewriter.suggest(text, code)) for code, text in french_lines()]


def test_the_list_is_long_and_varied():
    lines = french_lines()
    assert len(lines) >= 100
    assert len({code for code, _ in lines}) >= 8
    texts = [t.lower() for _, t in lines]
    assert sum(t.startswith(("je ", "j'", "nous ", "on ", "elle ", "il ")) for t in texts) >= 40
    assert sum(t.startswith(("responsable", "en charge", "chargé")) for t in texts) >= 8


def test_no_french_suggestion_adds_a_word_that_is_not_the_persons(results):
    """Every content word of a suggestion is one of the person's words or the lemma of one:
    no new verb, object, number or software."""
    nlp = get_french_nlp()
    offered = 0
    for _code, text, result in results:
        original = nlp(text)
        own = lemmas_of(original)
        words = {t.text.lower() for t in original}
        for s in result.suggestions:
            offered += 1
            for word, lemmas in content_lemmas(nlp(s.text)):
                assert lemmas & own or regular_stem(word.lower(), words), (text, s.text, word)
    assert offered >= 50


def test_no_french_suggestion_loses_a_fact(results):
    """Numbers, percentages, names and software stay, in the same order."""
    for _code, text, result in results:
        for s in result.suggestions:
            assert _NUMBER.findall(s.text) == _NUMBER.findall(text), (text, s.text)
            assert s.text.count("%") == text.count("%")
            assert s.text.count("(") == text.count("(")
            names = [w for w in re.findall(r"\b[^\W\d_][\w-]*", text[1:]) if w[0].isupper()]
            for name in names:
                assert name in s.text, (text, s.text, name)


def test_no_french_suggestion_has_more_verbs_than_the_line(results):
    """The form changes how a verb is written, never how many actions are said."""
    for _code, text, result in results:
        for s in result.suggestions:
            changes = [c for c in s.changes if c.kind == "verb_form"]
            for change in changes:
                assert len(change.replacement.split()) <= len(change.original.split()) + 1, (
                    text,
                    change,
                )


def test_responsible_for_lines_are_never_made_into_an_action(results):
    """ "Responsable de X", "En charge de X", "Chargé(e) de X": no suggestion unless the
    person's own next word is their verb ("Chargé de préparer ...")."""
    for _code, text, result in results:
        low = text.lower()
        lead = re.match(r"(j'étais |nous étions )?(responsables?|en charge|chargée?s?) d", low)
        if not lead:
            continue
        after = low[lead.end() - 1 :].split()
        if result.suggestions:
            assert after[0] == "de" and after[1].endswith(("er", "ir", "re")), text
            first = result.suggestions[0].text.split()[0].lower()
            assert first == after[1]
        else:
            assert result.questions, text


def test_vague_lines_get_questions_only(results):
    """Lines that name no real object get questions, never a rewording."""
    vague = {
        "Tâches administratives diverses",
        "Autres tâches connexes",
        "Autres tâches selon les besoins",
        "Je faisais un peu de tout",
        "Je faisais diverses tâches",
    }
    seen = 0
    for _code, text, result in results:
        if text in vague:
            seen += 1
            assert result.suggestions == () and result.questions, text
    assert seen == len(vague)
