"""The CNP's French example titles in a NOC search: which queries use them, and what they find."""

from __future__ import annotations

import pytest

from noc_letter.core.catalogue import load_catalogue
from noc_letter.core.french_titles import (
    MATCHED,
    french_title_hits,
    is_french_query,
    search_with_french_titles,
)
from noc_letter.core.language import french_only_words
from noc_letter.core.search import get_search


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("aide-comptable", "14200"),
        ("commis à la paie", "13102"),  # the CNP writes "paye"; most people now write "paie"
        ("commis à la paye", "13102"),
        ("infirmière auxiliaire", "32101"),
    ],
)
def test_a_french_job_title_finds_its_group(query, code):
    """Every word of the query in one French example title: that group comes first."""
    hits = french_title_hits(query, load_catalogue(), 5)
    assert hits[0].code == code
    assert hits[0].matched.startswith(MATCHED)


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("commis à la paie", "en", True),
        ("teneuse de livres", "en", True),
        ("chef", "en", False),
        ("agent", "en", False),
        ("payroll clerk", "en", False),
        ("chef", "fr", True),
    ],
)
def test_french_titles_are_searched_for_french_queries_or_a_french_window(query, lang, expected):
    """A query written in French, or any query in a French window or command, looks at the
    French titles; a word both languages share ("chef") typed in English does not."""
    assert is_french_query(query, lang) is expected


def test_a_title_the_query_names_whole_ranks_first():
    """ "soudeur": the welders' "Soudeur/soudeuse" comes before the labourers'
    "Aide-soudeur/aide-soudeuse", which holds a word the query does not name."""
    hits = french_title_hits("soudeur", load_catalogue(), 5)
    codes = [h.code for h in hits]
    assert codes[0] == "72106"
    assert hits[0].score > hits[codes.index("95101")].score


def test_a_group_both_searches_find_keeps_its_better_hit():
    """The catalogue search finds 72106 weakly by its French group title; its French example
    title "Soudeur/soudeuse" scores higher, so the merged hit is that one, first."""
    catalogue = load_catalogue()
    plain = {h.code: h for h in get_search().search("soudeur", 10)}
    merged = search_with_french_titles(get_search(), "soudeur", catalogue, 10)
    assert merged[0].code == "72106"
    assert merged[0].score > plain["72106"].score
    assert merged[0].matched.startswith(MATCHED)
    assert len({h.code for h in merged}) == len(merged)


def test_french_only_words_leave_out_words_english_has():
    """ "comptable" and "paie" are French only; "chef" and "agent" are English words too."""
    words = french_only_words()
    assert {"comptable", "paie", "soudeur"} <= words
    assert not {"chef", "agent", "service"} & words
