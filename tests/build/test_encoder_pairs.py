"""The encoder's training triples: duty parts, confusable negatives and group-clean batches."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from encoder_pairs import (  # noqa: E402
    action_verbs,
    batches,
    duty_parts,
    load_tagger,
    make_pairs,
)


def group(code: str, title: str, lead: str, duties: list[str], titles: list[str], see=()):
    """A unit group in the shape of ../shared/data/noc2021/unit_groups.json."""
    return {
        "code": code,
        "title": title,
        "lead_statement": lead,
        "main_duties": [{"text": d} for d in duties],
        "example_titles": titles,
        "exclusions_structured": [{"see_code": c} for c in see],
    }


GROUPS = [
    group(
        "12200",
        "Accounting technicians and bookkeepers",
        "Accounting technicians and bookkeepers maintain complete sets of books.",
        [
            "Keep financial records and establish, maintain and balance various accounts",
            "Post journal entries and reconcile accounts, prepare trial balance of books, "
            "maintain general ledgers and prepare financial statements",
            "Prepare tax returns and perform other personal bookkeeping services",
        ],
        ["bookkeeper", "accounting technician"],
        see=["14200"],
    ),
    group(
        "14200",
        "Accounting and related clerks",
        "Accounting and related clerks calculate, prepare and process bills and invoices.",
        [
            "Calculate costs of materials, overhead and other expenses based on estimates, "
            "quotations and price lists",
            "Respond to customer inquiries, maintain good customer relations and solve problems",
        ],
        ["accounts payable clerk", "billing clerk"],
        see=["12200"],
    ),
    group(
        "63200",
        "Cooks",
        "Cooks prepare and cook a wide variety of foods.",
        [
            "Set up and operate finishing machines or finish furniture by hand",
            "May plan menus, determine size of food portions, estimate food requirements and "
            "costs, and monitor and order supplies",
        ],
        ["cook", "line cook"],
    ),
]


@pytest.fixture(scope="module")
def verbs():
    more = {"reconcile", "maintain", "establish", "operate", "finish", "determine", "estimate"}
    return action_verbs(GROUPS) | more | {"solve"}


@pytest.fixture(scope="module")
def tagger():
    found = load_tagger()
    if found is None:
        pytest.skip("no spaCy English model installed")
    return found


def test_a_duty_listing_several_actions_gives_each_action(verbs, tagger):
    duty = GROUPS[0]["main_duties"][1]["text"]
    parts = duty_parts(duty, verbs, tagger)
    assert "prepare trial balance of books" in parts
    assert "maintain general ledgers" in parts
    assert "prepare financial statements" in parts
    # Every part is the NOC's own words, in order.
    assert all(part in duty for part in parts)


def test_verbs_sharing_one_object_stay_together(verbs, tagger):
    assert duty_parts(GROUPS[0]["main_duties"][0]["text"], verbs, tagger) == [
        "Keep financial records",
        "establish, maintain and balance various accounts",
    ]
    parts = duty_parts(GROUPS[2]["main_duties"][0]["text"], verbs, tagger)
    assert parts == ["Set up and operate finishing machines", "finish furniture by hand"]


def test_a_noun_that_looks_like_a_verb_does_not_split(verbs, tagger):
    # "price lists" is not an action, though "price" opens no duty here either.
    assert duty_parts(GROUPS[1]["main_duties"][0]["text"], verbs | {"price"}, tagger) == []
    assert duty_parts("Clean rooms", verbs, tagger) == []


def test_triples_come_from_the_noc_text_with_confusable_negatives():
    pairs = make_pairs(GROUPS, seed=3, parts=True)
    texts = {d["text"] for g in GROUPS for d in g["main_duties"]}
    for pair in pairs:
        if pair.code == "12200":
            # The hard negative comes from 14200, the group 12200's exclusions name.
            assert pair.negative not in {d["text"] for d in GROUPS[0]["main_duties"]}
    parts = [p for p in pairs if p.anchor not in texts and p.code == "12200"]
    assert any(p.anchor == "Prepare financial statements" for p in parts)
    assert len(make_pairs(GROUPS, seed=3, parts=True)) == len(pairs)  # reproducible
    assert len(make_pairs(GROUPS, seed=3)) < len(pairs)  # the shipped model: no parts


def test_no_batch_holds_two_anchors_of_one_group():
    pairs = make_pairs(GROUPS, seed=3)
    dealt = batches(pairs, 3, seed=1)
    assert sum(len(b) for b in dealt) == len(pairs)
    for batch in dealt:
        codes = [p.code for p in batch]
        assert len(codes) == len(set(codes))
