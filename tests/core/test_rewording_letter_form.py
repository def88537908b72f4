"""Letter-ready form of casual lines: verb forms, phrasal and everyday verbs, the target's own verb
for the same action, shorthand written out and filler dropped; each change keeps every fact."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noc_letter.core.rewording import get_rewriter
from noc_letter.core.rewording.edits import apply_edits
from noc_letter.core.rewording.fillers import filler_edits
from noc_letter.core.rewording.forms import duty_verbs
from noc_letter.core.rewording.phrasal import phrasal_verb
from noc_letter.core.rewording.results import LETTER_FORM, TARGET_WORDING
from noc_letter.core.rewording.shorthand import shorthand_edits
from tests.core.test_rewording import PROPERTY_SETTINGS, assert_truthful

# (typed, target, a suggestion it must get, its kind)
LETTER_FORMS = [
    ("Made the daily soups", "63200", "Make the daily soups", LETTER_FORM),
    (
        "I wrote unit tests for the payment service",
        "21232",
        "Write unit tests for the payment service",
        LETTER_FORM,
    ),
    ("Put in panels in new houses", "72200", "Install panels in new houses", LETTER_FORM),
    (
        "Looking after patients on a surgical unit",
        "31301",
        "Care for patients on a surgical unit",
        LETTER_FORM,
    ),
    (
        "Sorted out differences between the bank statements and the ledger",
        "12200",
        "Resolve differences between the bank statements and the ledger",
        LETTER_FORM,
    ),
    ("Filled in forms for new patients", "13112", "Complete forms for new patients", LETTER_FORM),
    ("Making soups and sauces", "63200", "Prepare soups and sauces", TARGET_WORDING),
    ("Fixing brakes on customer cars", "72410", "Repair brakes on customer cars", TARGET_WORDING),
    ("Posting entries to the GL", "12200", "Post entries to the general ledger", LETTER_FORM),
    (
        "Looked after 2 kids aged 3 and 6 in their home",
        "44100",
        "Care for 2 children aged 3 and 6 in their home",
        LETTER_FORM,
    ),
    ("Kind of keeping the invoices organized", "14200", "Keep the invoices organized", LETTER_FORM),
    (
        "Cutting, colouring and styling hair",
        "63210",
        "Cut, colour and style hair",
        LETTER_FORM,
    ),
    (
        "Doing pre-trips and keeping the ELD logs up to date",
        "73300",
        "Perform pre-trip inspections and keep the ELD logs up to date",
        LETTER_FORM,
    ),
    (
        "Basically doing oil changes, tire swaps and stuff like that",
        "72410",
        "Perform oil changes, tire swaps",
        LETTER_FORM,
    ),
    (
        "Driving a tractor-trailer between Toronto and Montreal and doing pre-trip inspections",
        "73300",
        "Drive a tractor-trailer between Toronto and Montreal and do pre-trip inspections",
        LETTER_FORM,
    ),
    (
        "Making soups, sauces and daily specials for a 90 seat restaurant",
        "63200",
        "Make soups, sauces and daily specials for a 90 seat restaurant",
        LETTER_FORM,
    ),
    (
        "Took vital signs and reported changes to the RN",
        "32101",
        "Take vital signs and report changes to the RN",
        LETTER_FORM,
    ),
]


@pytest.fixture(scope="module")
def rewriter():
    return get_rewriter()


@pytest.mark.parametrize(("text", "target", "expected", "kind"), LETTER_FORMS)
def test_casual_lines_get_their_letter_form(rewriter, text, target, expected, kind):
    """Each casual line gets the letter-ready form of its own words (or, for a true synonym,
    the target's verb), keeping every fact, with each change recorded."""
    result = rewriter.suggest(text, target)
    assert_truthful(rewriter, text, target, result)
    by_text = {s.text: s for s in result.suggestions}
    assert expected in by_text, [s.text for s in result.suggestions]
    assert by_text[expected].kind == kind
    assert by_text[expected].changes


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        ("Doing bank recs every month", "bank reconciliations"),
        ("AP/AR for 3 stores", "accounts payable and receivable"),
        ("Keeping the GL up to date", "general ledger"),
        ("Giving meds on the night shift", "medications"),
        ("Monitoring post-op patients", "post-operative"),
    ],
)
def test_shorthand_is_written_out(rewriter, text, expanded):
    """The glossary writes out workplace shorthand, recording what it wrote out."""
    doc = rewriter.matcher.tagged_nlp(text)
    edits = shorthand_edits(doc)
    assert len(edits) == 1 and edits[0].change.kind == "shorthand"
    assert expanded in "".join(s.text for s in apply_edits(doc, edits))


@pytest.mark.parametrize(
    "text",
    [
        "Checked the gl codes",  # upper case only: "gl" is not the general ledger here
        "Sent the AP reports",  # a bare "AP" means several things
        "Talked about their kids' progress",  # a possessive stays as written
        "Updated the medsheet",  # inside another word
    ],
)
def test_shorthand_leaves_what_it_cannot_be_sure_of(rewriter, text):
    """Ambiguous or embedded shorthand stays as written."""
    assert shorthand_edits(rewriter.matcher.tagged_nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Cleaning the kitchen and stuff at closing", ["and stuff"]),
        ("Entering all the supplier bills", ["all the"]),
        ("Kind of keeping the invoices organized", ["Kind of"]),
        ("Wiping tables, emptying garbage etc. before lunch", ["etc."]),
        ("Cleaning the offices and bathrooms and all that", ["and all that"]),
    ],
)
def test_filler_is_dropped(rewriter, text, dropped):
    """Casual filler goes, and only it."""
    edits = filler_edits(list(rewriter.matcher.tagged_nlp(text)))
    assert [e.change.original for e in edits] == dropped


WORDS = ["stuff", "all the", "kind of", "etc.", "and stuff like that", "basically"]
NAMES = ["QuickBooks", "Sage 50", "3 stores", "Toronto", "12 cashiers", "the T4s", "AutoCAD"]


@PROPERTY_SETTINGS
@given(
    verb=st.sampled_from(["Entering", "Cleaning", "Fixed", "I prepare", "Doing"]),
    filler=st.sampled_from(WORDS),
    name=st.sampled_from(NAMES),
    tail=st.sampled_from(["", " every week", " for 3 clients", " etc."]),
)
def test_filler_never_takes_a_noun_number_name_or_tool(rewriter, verb, filler, name, tail):
    """Property: what filler removal drops is filler words only, never a noun, number, name or
    tool of the person's."""
    text = f"{verb} {filler} invoices in {name}{tail}"
    tokens = list(rewriter.matcher.tagged_nlp(text))
    for edit in filler_edits(tokens):
        for token in tokens[edit.start : edit.end]:
            assert token.lower_ in {"stuff", "things", "etc", ".", ",", "like", "that", "all"} or (
                token.pos_ not in ("NOUN", "PROPN", "NUM") and not token.like_num
            ), (text, edit)


@pytest.mark.parametrize(
    ("verb", "particle", "noun", "single"),
    [
        ("put", "in", "panel", "install"),
        ("put", "in", "order", None),  # "put in an order" installs nothing
        ("look", "after", "patient", "care for"),
        ("look", "after", "network", None),
        ("sort", "out", "difference", "resolve"),
        ("sort", "out", "mail", None),
        ("fill", "in", "form", "complete"),
        ("fill", "in", "hole", None),
    ],
)
def test_a_phrasal_verb_becomes_one_verb_only_for_its_kind_of_object(verb, particle, noun, single):
    """The single verb is used only where it means the same for that object."""
    assert phrasal_verb(verb, particle, noun) == single


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Cutting, colouring and styling hair", ["Cutting", "colouring", "styling"]),
        ("Helping residents with bathing, dressing and eating", ["Helping"]),
        ("Teaching grade 4 math, science and reading", ["Teaching"]),
        ("I prepare scale drawings, using computer-aided design", ["prepare"]),
        ("Adjusted cameras, printers, and related equipment", ["Adjusted"]),
        ("Made the dough and decorated cakes for orders", ["Made", "decorated"]),
        ("Drove to sites and dug trenches", ["Drove", "dug"]),
    ],
)
def test_the_verbs_that_head_a_duty(rewriter, text, verbs):
    """Verbs coordinated with the leading one are found; nouns in "-ing" after a preposition,
    participles before a noun and ", using ..." are not."""
    tokens = list(rewriter.matcher.tagged_nlp(text))
    start = 1 if tokens[0].lower_ == "i" else 0
    found = duty_verbs(tokens, start, rewriter.known_verbs)
    assert [tokens[i].text for i in found] == verbs
