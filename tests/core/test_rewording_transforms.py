"""Rewording transforms: synonyms, light verbs, spelling, filler; each keeps the person's facts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from noc_letter.core.rewording import get_rewriter
from noc_letter.core.rewording.edits import light_verb_edits
from noc_letter.core.rewording.facts import duty_facts, missing_facts
from noc_letter.core.rewording.fillers import filler_edits
from noc_letter.core.rewording.synonyms import BROADER, FREE_SETS, fits_frame, synonyms
from noc_letter.core.rewording.target_verbs import TargetVerbs
from noc_letter.core.rewording.verbs import ROLE_VERBS
from noc_letter.core.spelling import variants
from tests.core.test_rewording import PROPERTY_SETTINGS, assert_truthful

# Person-written duties across occupations (none from the evaluation data).
CASES = [
    ("Provide assistance to customers with returns and exchanges", "64100"),
    ("Make repairs to leaking faucets and drains in apartment units", "72300"),
    ("Conduct inspections of electrical panels before each job", "72200"),
    ("Compile monthly expense reports in Excel for the office manager", "12200"),
    ("Draft lesson plans for grade 3 reading groups", "41221"),
    ("Wash dishes, pots and kitchen utensils after each service", "65201"),
    ("Drive a forklift to move pallets in the warehouse", "75101"),
    ("Supervise 6 cashiers on the evening shift", "62010"),
    ("Assist in the preparation of year-end financial statements", "12200"),
    ("Examine patients' blood pressure and temperature every 4 hours", "33102"),
    ("Analyse sales data in Power BI every week", "13100"),
    ("Organise staff training sessions for new hires", "11200"),
    ("Sweep and mop floors in a 3-storey school", "65310"),
    ("Give advice to clients on RRSP and TFSA accounts", "11102"),
    ("Haul gravel and sand to construction sites with a dump truck", "73300"),
    ("Counsel students on course selection and career choices", "41320"),
    ("Take measurements of windows and doors for custom blinds", "72310"),
    ("Keep records of all patient visits in the clinic database", "13112"),
    ("Oversee the work of 3 junior developers on the Django app", "21232"),
    ("Cook breakfast and lunch orders for up to 150 customers a day", "63200"),
    ("Fix bugs in the Java payment service as needed.", "21232"),
    ("Weld steel beams and columns on commercial construction sites", "72106"),
    ("Record customer orders and payments in Square POS", "64100"),
    ("Monitor children during outdoor play at the daycare", "42202"),
    ("Perform maintenance on 12 delivery trucks, as required.", "72410"),
    ("Provide training to new cashiers on the POS system", "62010"),
    ("Examine tyres and brakes for wear on customer vehicles", "72410"),
    ("Labor costing for 4 job sites in Mississauga", "72011"),
]


@pytest.fixture(scope="module")
def rewriter():
    return get_rewriter()


@pytest.mark.parametrize(("text", "target"), CASES)
def test_person_written_duties_stay_truthful(rewriter, text, target):
    """Every suggestion keeps each fact, adds no object, ranks the target higher, passes the
    guard and says where its words came from."""
    assert_truthful(rewriter, text, target, rewriter.suggest(text, target))


def test_several_occupations_get_suggestions(rewriter):
    """The transforms fire on ordinary duties, not only on vague lead-ins."""
    offered = sum(bool(rewriter.suggest(text, code).suggestions) for text, code in CASES)
    assert offered >= 4


def test_light_verb_becomes_the_action(rewriter):
    """ "Give advice to clients" → "Advise clients ...": the noun becomes its verb, and the
    recipient stays."""
    for s in rewriter.suggest(
        "Give advice to clients on RRSP and TFSA accounts", "11102"
    ).suggestions:
        assert "clients" in s.text and "RRSP" in s.text and "TFSA" in s.text


def _doc(rewriter, text):
    return list(rewriter.matcher.tagged_nlp(text))


def test_light_verb_edit_needs_a_listed_preposition(rewriter):
    """ "perform maintenance on X" is rewritten; "perform maintenance" alone is not."""
    tv = TargetVerbs("00000")
    tokens = _doc(rewriter, "Perform maintenance on delivery trucks")
    edits = light_verb_edits(tokens, 0, tv, rewriter.known_verbs)
    assert edits and edits[0][0][0].replacement.strip() == "maintain"
    assert edits[0][1] == ("maintenance",)
    tokens = _doc(rewriter, "Perform maintenance and cleaning")
    assert light_verb_edits(tokens, 0, tv, rewriter.known_verbs) == []


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Prepare reports as required.", True),
        ("Prepare reports as required by law", False),
        ("Provide clearances when necessary and warranted", False),
        ("Clean rooms, as needed, and restock linen", True),
        ("Repair various engines", True),
    ],
)
def test_filler_only_where_it_says_nothing(rewriter, text, removed):
    """Filler goes only where it ends a clause; "as required by law" is a fact."""
    assert bool(filler_edits(_doc(rewriter, text))) == removed


def test_spelling_variants_are_the_same_fact():
    """ "labor" and "labour" are one word; "metre" (a unit) is never respelled "meter"."""
    assert "labour" in variants("labor")
    assert "analyze" in variants("analyse")
    assert variants("metre") == set()
    assert missing_facts(["labor", "colors"], "Estimate labour and colours") == []
    assert missing_facts(["labor"], "Estimate costs") == ["labor"]


def test_spelling_goes_to_the_noc_spelling(rewriter):
    """The rewriter respells toward the NOC's own spelling only."""
    assert rewriter.preferred.get("labor") == "labour"
    assert rewriter.preferred.get("analyse") == "analyze"
    assert "meter" not in rewriter.preferred and "metre" not in rewriter.preferred


def test_first_word_verb_is_not_a_fact(rewriter):
    """ "Compile" at the start is the person's verb, so it may become "prepare"."""
    facts = duty_facts("Compile monthly expense reports", rewriter.matcher.tagged_nlp)
    assert "Compile" not in facts and "reports" in facts
    assert "Payroll" in duty_facts("Payroll for 25 employees", rewriter.matcher.tagged_nlp)


def test_synonym_sets_are_sane():
    """No verb is its own synonym; broader verbs are one way; no set joins a role verb with a
    plain action (that would claim more responsibility)."""
    for group in FREE_SETS:
        assert len(group) >= 2
    for verb, others in BROADER.items():
        assert verb not in others
    for verb in ("clean", "prepare", "check", "send"):
        assert not any(verb in BROADER.get(o, set()) for o in BROADER.get(verb, set()))
    for verb in ("fix", "check", "inspect", "record", "clean", "wash", "cook"):
        assert not (synonyms(verb) & ROLE_VERBS), verb


def test_frames_keep_grammar():
    """ "consult manuals" never becomes "confer manuals"; "consult with" may be "confer with"."""
    assert not fits_frame("confer", "manuals", "NOUN")
    assert fits_frame("confer", "with", "ADP")
    assert not fits_frame("compile", "for", "ADP")
    assert not fits_frame("assist", "clean", "VERB")


LIGHT = ["Perform", "Conduct", "Provide", "Make", "Give", "Carry out", "Take"]
NOUNS = [
    "inspections of",
    "repairs to",
    "maintenance on",
    "assistance to",
    "advice to",
    "training to",
    "measurements of",
    "adjustments to",
]
OBJECTS = ["boilers", "the 3 furnaces", "customer vehicles", "new staff", "Sage 50 users"]
TAILS = ["", " in Toronto", " every month", " as required.", " using hand tools"]


@PROPERTY_SETTINGS
@given(
    light=st.sampled_from(LIGHT),
    noun=st.sampled_from(NOUNS),
    obj=st.sampled_from(OBJECTS),
    tail=st.sampled_from(TAILS),
    target=st.sampled_from(["72402", "72410", "12200", "62010", "72300", "11102"]),
)
def test_generated_light_verb_duties_keep_every_fact(rewriter, light, noun, obj, tail, target):
    """Property: light verb + action noun duties keep every noun, number and tool name."""
    text = f"{light} {noun} {obj}{tail}"
    assert_truthful(rewriter, text, target, rewriter.suggest(text, target))


VERBS = ["Examine", "Compile", "Oversee", "Haul", "Observe", "Draft", "Fabricate", "Analyse"]
THINGS = ["labor costs", "monthly reports", "2 crews", "gravel", "colour samples", "AutoCAD files"]


@PROPERTY_SETTINGS
@given(
    verb=st.sampled_from(VERBS),
    thing=st.sampled_from(THINGS),
    tail=st.sampled_from(TAILS),
    target=st.sampled_from(["12200", "72011", "73300", "21231", "72106", "11100"]),
)
def test_generated_synonym_duties_keep_every_fact(rewriter, verb, thing, tail, target):
    """Property: verb swaps and respellings keep every noun, number and tool name."""
    text = f"{verb} {thing}{tail}"
    assert_truthful(rewriter, text, target, rewriter.suggest(text, target))


def test_vague_lead_in_before_the_persons_own_verb_becomes_that_verb(rewriter):
    """'Responsible for adding ...' → 'Add ...': the person's verb, no NOC word needed."""
    text = "Responsible for adding new material to file records as necessary"
    result = rewriter.suggest(text, "12112")
    assert_truthful(rewriter, text, "12112", result)
    lead_ins = [
        s
        for s in result.suggestions
        if any(c.original == "Responsible for adding" for c in s.changes)
    ]
    assert lead_ins, [s.text for s in result.suggestions]
    assert lead_ins[0].text.startswith("Add new material to file records")
    change = next(c for c in lead_ins[0].changes if c.original == "Responsible for adding")
    assert (change.replacement, change.kind, change.noc_code) == ("add", "vague_verb", None)


def test_helping_lead_in_keeps_saying_the_person_helps(rewriter):
    """'Assisting with preparing ...' is never turned into doing it alone."""
    text = "Assisting with preparing the monthly payroll for 40 staff"
    result = rewriter.suggest(text, "13102")
    for s in result.suggestions:
        assert s.text.lower().startswith(("assist", "help")), s.text


def test_extra_synonym_source_needs_the_same_object_unless_told():
    """Another synonym source (the ceiling benchmark's WordNet) is used only where the target
    uses the new verb for the person's object, unless the object check is turned off."""
    from noc_letter.core.guard import verbatim_risk
    from noc_letter.core.matching import get_matcher
    from noc_letter.core.rewording.rewriter import Rewriter

    matcher = get_matcher()

    def extra(verb: str) -> frozenset[str]:
        return frozenset({"post"}) if verb == "enter" else frozenset()

    entries = "Enter journal entries in Sage 50 every week"
    meetings = "Enter meetings with clients for the owner"

    def texts(rewriter, duty):
        return [s.text for s in rewriter.suggest(duty, "12200").suggestions]

    shipped = Rewriter(matcher, verbatim_risk)
    checked = Rewriter(matcher, verbatim_risk, extra)
    unchecked = Rewriter(matcher, verbatim_risk, extra, check_extra_objects=False)
    assert not any(t.startswith("Post") for t in texts(shipped, entries))
    assert "Post journal entries in Sage 50 every week" in texts(checked, entries)
    assert not any(t.startswith("Post") for t in texts(checked, meetings))
    assert any(t.startswith("Post meetings") for t in texts(unchecked, meetings))
