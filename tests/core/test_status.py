"""Letter status from head-to-head duties: the rules on small, hand-made score tables."""

from __future__ import annotations

import numpy as np

from noc_letter.core.catalogue import load_catalogue
from noc_letter.core.matching import status as st

# Four groups: 0 the target (TEER 2), 1 a confusable clerk group (TEER 4), 2 a skilled group
# (TEER 3), 3 an unrelated one (TEER 1).
TEERS = np.array([2, 4, 3, 1])


def rows(*values):
    return np.array(values, dtype=np.float64)


def test_fewer_than_three_duties_is_too_little():
    status, rival, _ = st.letter_status(
        rows([0.5, 0.1, 0.1, 0.1]) * np.ones((2, 1)), [1, 1], 0, [1], TEERS
    )
    assert (status, rival) == (st.TOO_LITTLE, None)


def test_target_ahead_on_most_duties_supports_it():
    table = rows([0.5, 0.3, 0.1, 0.1], [0.4, 0.3, 0.1, 0.1], [0.2, 0.3, 0.1, 0.1])
    status, rival, duels = st.letter_status(table, [1, 1, 1], 0, [1], TEERS)
    assert status == st.SUPPORTS_TARGET and rival is None
    assert duels[0].for_target > duels[0].for_other


def test_a_confusable_that_wins_more_duties_is_what_the_letter_reads_as():
    table = rows([0.5, 0.3, 0.1, 0.1], [0.2, 0.4, 0.1, 0.1], [0.2, 0.5, 0.1, 0.1])
    status, rival, _ = st.letter_status(table, [1, 1, 1], 0, [1], TEERS)
    assert status == st.READS_AS_LOWER_TEER and rival == 1


def test_a_confusable_needs_a_duty_of_its_own_in_the_letter():
    # The duties lean to group 1 and cover its main duties as well as the target's, but none of
    # the duties only group 1 has (those the target has no duty like): the target stands.
    table = rows([0.5, 0.3, 0.1, 0.1], [0.35, 0.4, 0.1, 0.1], [0.35, 0.4, 0.1, 0.1])
    coverage = {0: 0.3, 1: 0.5}
    status, rival, duels = st.letter_status(
        table, [1, 1, 1], 0, [1], TEERS, coverage=coverage, distinct_coverage={1: 0.0}
    )
    assert (status, rival) == (st.SUPPORTS_TARGET, None)
    assert duels[0].duties_favour_other and not duels[0].other_wins
    # One of group 1's own duties covered: the letter reads as group 1.
    status, rival, _ = st.letter_status(
        table, [1, 1, 1], 0, [1], TEERS, coverage=coverage, distinct_coverage={1: 0.25}
    )
    assert (status, rival) == (st.READS_AS_LOWER_TEER, 1)


def test_shares_of_time_decide_between_target_and_confusable():
    table = rows([0.5, 0.3, 0.1, 0.1], [0.2, 0.4, 0.1, 0.1], [0.2, 0.5, 0.1, 0.1])
    status, _, _ = st.letter_status(table, [60, 20, 20], 0, [1], TEERS)
    assert status == st.SUPPORTS_TARGET


def test_a_tied_duty_is_evidence_for_neither_group():
    # Duty 2 reads the same (within TIE) for both groups: target 1 duty, clerk 1 duty, then the
    # pooled score decides.
    table = rows([0.5, 0.3, 0.1, 0.1], [0.40, 0.41, 0.1, 0.1], [0.2, 0.5, 0.1, 0.1])
    duel = st.head_to_head(table, np.ones(3), 0, 1)
    assert duel.for_target == duel.for_other == 1 / 3


def test_a_skilled_group_that_reads_clearly_better_still_counts():
    table = rows([0.2, 0.1, 0.5, 0.1], [0.2, 0.1, 0.6, 0.1], [0.3, 0.1, 0.5, 0.1])
    status, rival, _ = st.letter_status(table, [1, 1, 1], 0, [1], TEERS)
    assert status == st.READS_AS_OTHER_SKILLED and rival == 2


def test_a_group_within_the_letter_margin_does_not_override_the_target():
    table = rows([0.50, 0.1, 0.1, 0.52], [0.50, 0.1, 0.1, 0.52], [0.50, 0.1, 0.1, 0.52])
    status, _, _ = st.letter_status(table, [1, 1, 1], 0, [1], TEERS)
    assert status == st.SUPPORTS_TARGET


def test_duty_support_margin():
    assert st.supports_duty(np.array([0.40, 0.37]), 1, margin=0.12)
    assert not st.supports_duty(np.array([0.40, 0.30]), 1, margin=0.12)
    assert not st.supports_duty(np.zeros(2), 0)


def test_confusables_are_exclusions_then_minor_group_siblings():
    codes = st.confusable_codes(load_catalogue(), "12200")
    assert codes[:4] == ["11100", "13102", "14200", "14201"]
    assert "12201" in codes and "12200" not in codes
