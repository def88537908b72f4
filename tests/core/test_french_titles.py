"""The CNP's French example titles in a NOC search: which queries use them, and what they find."""

from __future__ import annotations

import pytest

from noc_letter.core.catalogue import load_catalogue
from noc_letter.core.french_titles import MATCHED, french_title_hits, is_french_query


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
