"""Never an action the person did not state: a lead-in that names none is asked about, with the
target's verbs as choices; the issue's invented cases, its grammar case and vague duties."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noc_letter.core.rewording import get_rewriter
from noc_letter.core.rewording.honesty import invented_verbs
from noc_letter.core.rewording.results import CHOICE, Change
from tests.core.test_rewording import assert_truthful

# The lead-ins of the issue: none names an action by itself.
LEAD_INS = [
    "Responsible for",
    "In charge of",
    "Handling",
    "Dealing with",
    "Taking care of",
    "Looking after",
    "Working on",
    "Involved in",
    "Helping with",
    "Was in charge of",
]
# What a lead-in says by itself of a person it is about: caring for them ("Looking after
# patients" is caring for patients). Written here, apart from the rewriter's own tables.
SAID_OF_PEOPLE = {"Taking care of": {"care"}, "Looking after": {"care"}}
PEOPLE = {"patient", "resident", "client", "child", "senior", "student", "people", "person"}
TARGETS = ["12200", "63200", "72410", "31301", "73300", "65310", "21232"]
DETERMINERS = ["", "the ", "all the ", "our "]
EXTRAS = ["", " in QuickBooks", " for 3 stores", " every week", " at the Toronto site"]
# Adverbs and hedges a duty may keep in front of its verb.
_FRONT = {"may", "also", "sometimes", "occasionally", "usually", "often"}


@pytest.fixture(scope="module")
def rewriter():
    return get_rewriter()


def _stems(word: str) -> set[str]:
    w = word.lower()
    out = {w}
    for suffix in ("ing", "ed", "es", "s", "ion", "ions", "ation", "ations", "ment", "ments"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            out |= {w[: -len(suffix)], w[: -len(suffix)] + "e"}
    return out


def named_in(verb: str, text: str) -> bool:
    """The verb is a word of the text, or the text has a word made from it (a stem of four
    letters or more in common: "reconcile" and "reconciliations", "fix" and "fixes")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    for word in re.findall(r"[A-Za-z]+", text):
        if verb in _stems(word) or (len(stem) >= 4 and word.lower().startswith(stem)):
            return True
    return False


def first_verb(suggestion: str) -> str:
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", suggestion)]
    return next((w for w in words if w not in _FRONT), "")


def objects_of(tv, verb: str) -> list[str]:
    """The nouns the target's own duties use this verb with: the likeliest to tempt a guess."""
    return sorted(noun for noun, verbs in tv.by_noun.items() if verb in verbs and noun.isalpha())


@pytest.mark.slow
@pytest.mark.parametrize("lead", LEAD_INS)
@settings(
    max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_no_suggestion_starts_with_an_action_absent_from_the_input(rewriter, lead, data):
    """Property: for every lead-in, every verb of every target's duties and objects drawn from
    what the target uses that verb for, no rewording starts with a verb the input does not name;
    a choice's verb is only ever the person's pick."""
    for target in TARGETS:
        tv = rewriter._targets(target)
        verbs = sorted({v for counts in tv.by_noun.values() for v in counts if v.isalpha()})
        assert verbs
        for verb in verbs:
            nouns = objects_of(tv, verb) or ["account"]
            noun = data.draw(st.sampled_from(nouns), label=f"object of {verb} ({target})")
            det = data.draw(st.sampled_from(DETERMINERS), label="determiner")
            extra = data.draw(st.sampled_from(EXTRAS), label="extra")
            text = f"{lead} {det}{noun}s{extra}"
            _assert_no_new_action(rewriter.suggest(text, target), text, lead, noun)


def _assert_no_new_action(result, text: str, lead: str, noun: str) -> None:
    allowed = SAID_OF_PEOPLE.get(lead, set()) if noun in PEOPLE else set()
    for s in result.suggestions:
        first = first_verb(s.text)
        assert named_in(first, text) or first in allowed, (text, s.text)
        assert s.kind != CHOICE
    for choice in result.choices:
        assert "___" in choice.template
        for option in choice.options:
            assert [c.kind for c in option.changes if c.kind == "choice"] == ["choice"]


@pytest.mark.parametrize(
    ("text", "guessed"),
    [
        ("Responsible for accounts payable and receivable", "reconcile"),
        ("Responsible for bank statements", "prepare"),
        ("Responsible for customer accounts", "reconcile"),
    ],
)
def test_the_issues_invented_actions_are_gone(rewriter, text, guessed):
    """The three lines that got an invented verb as a one-click rewording now get none: the
    person is asked, with 12200's verbs as choices, each only if true."""
    result = rewriter.suggest(text, "12200")
    assert result.suggestions == ()
    assert not any(s.text.lower().startswith(guessed) for s in result.suggestions)
    (question,) = result.questions
    assert "only if it is what you do" in question
    (choice,) = result.choices
    assert choice.template.startswith("___ ") and choice.template[4:] in text
    assert len(choice.options) >= 3
    for option in choice.options:
        assert option.text.lower().startswith(option.verb)
        assert option.text.endswith(text.removeprefix("Responsible for "))
        provenance = option.provenance(text, "12200")
        assert provenance["kind"] == CHOICE and provenance["picked"] == option.verb


def test_the_issues_grammar_case_puts_every_verb_in_one_form(rewriter):
    """'Responsible for entering ... and keeping the books' → 'Enter ... and keep the books'."""
    text = "Responsible for entering all the supplier bills and keeping the books for 3 stores"
    result = rewriter.suggest(text, "12200")
    assert result.suggestions[0].text == (
        "Enter all the supplier bills and keep the books for 3 stores"
    )
    assert_truthful(rewriter, text, "12200", result)
    for s in result.suggestions:
        assert "keeping" not in s.text and "entering" not in s.text


@pytest.mark.parametrize(
    "text",
    [
        "Handled various tasks in the office",
        "Did whatever the manager needed",
        "General kitchen duties",
        "Other duties as assigned",
        "Doing the month end stuff in QuickBooks",
    ],
)
def test_vague_stays_vague(rewriter, text):
    """A duty that names no work gets questions: never a rewording, never a choice of verbs."""
    result = rewriter.suggest(text, "12200")
    assert result.suggestions == () and result.choices == ()
    assert len(result.questions) >= 3


def test_the_rule_is_checked_on_every_change():
    """The gate itself: a lead-in replaced by a verb its words do not name is caught; the
    person's own verb, a curated synonym and a phrasal verb's single verb pass."""
    assert invented_verbs([Change("Responsible for", "reconcile", "vague_verb", None, None)]) == [
        "reconcile"
    ]
    assert invented_verbs([Change("Handling", "prepare", "synonym", "12200", "x")]) == ["prepare"]
    fine = [
        Change("Responsible for entering", "enter", "vague_verb", None, None),
        Change("Fixing", "repair", "synonym", "72410", "x"),
        Change("Put in", "install", "phrasal", None, None),
        Change("Looking after", "care for", "phrasal", None, None),
        Change("Doing", "perform", "everyday_verb", None, None),
        Change("account reconciliations", "reconcile accounts", "nominalisation", None, None),
        Change("Helping with account reconciliations", "help reconcile accounts", "x", None, None),
        Change("Responsible for", "prepare", "choice", "12200", "x"),  # the person's pick
    ]
    assert invented_verbs(fine) == []


def test_helping_keeps_saying_the_person_helps_in_its_choices(rewriter):
    """'Helping with X' names no action: its choices keep the helping ("Help prepare ...")."""
    result = rewriter.suggest("Helping with the month-end invoices for suppliers", "12200")
    (choice,) = result.choices
    assert choice.template.startswith("Help ___ ")
    assert all(o.text.startswith("Help ") for o in choice.options)
