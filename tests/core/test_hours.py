"""Qualifying hours: hand-worked examples of the 30 h/week cap, overlaps, windows and programs."""

from __future__ import annotations

import json
from datetime import date

import pytest

from noc_letter.core.hours import (
    CONTINUITY_GAP_DAYS,
    hours_summary,
    parse_exact_date,
    render_hours,
    valid_hours,
    years_before,
)
from noc_letter.core.letter import Position, Project


def make(*positions: Position, letter_date: str | None = None) -> Project:
    """A project holding only what the hours count needs."""
    return Project(letter_date=letter_date, positions=list(positions))


def job(noc: str, start: str | None, end: str | None, hours: float | None, **extra) -> Position:
    """A position with just dates, hours and NOC (in Canada unless said otherwise)."""
    extra.setdefault("in_canada", True)
    return Position(
        title=f"Job {noc}", noc=noc, start=start, end=end, hours_per_week=hours, **extra
    )


def test_full_time_40h_for_two_years_counts_3120_hours():
    """40 h/week for 104 weeks counts 30 h/week: 104 x 30 = 3,120 h, enough for FSW and FST.

    2022-01-03 (Monday) to 2023-12-31 (Sunday) is 728 days = 104 weeks; only 30 of the 40 hours
    count, so 104 x 30 = 3,120 h. NOC 72410 (automotive technicians) is TEER 2 and an FST trade.
    """
    project = make(job("72410", "2022-01-03", "2023-12-31", 40))
    summary = hours_summary(project, date(2024, 6, 1))
    (position,) = summary.positions
    assert position.weeks == 104.0
    assert position.hours_per_week_counted == 30.0
    assert position.qualifying_hours == 3120.0
    assert any("Only 30 of the 40 hours" in note for note in position.notes)
    assert summary.total == 3120.0
    assert summary.program("fsw").met and summary.program("fsw").hours == 3120.0
    fst = summary.program("fst")
    assert fst.required == 3120.0 and fst.hours == 3120.0 and fst.met


def test_part_time_15h_for_two_years_adds_up_to_one_year():
    """15 h/week for 104 weeks: 104 x 15 = 1,560 h, exactly one year for FSW.

    Same 728 days (104 weeks) as the full-time example; 15 h is under the cap, so it all counts.
    """
    project = make(job("12200", "2022-01-03", "2023-12-31", 15))
    summary = hours_summary(project, date(2024, 6, 1))
    assert summary.positions[0].qualifying_hours == 1560.0
    fsw = summary.program("fsw")
    assert fsw.hours == 1560.0 and fsw.required == 1560.0 and fsw.met
    assert not summary.program("fst").met  # 12200 is not a trade


def test_overlapping_jobs_count_each_week_once_capped_at_30():
    """Overlapping weeks are capped at 30 h across both jobs.

    A: 12200, 25 h, 2022-01-03 to 2022-12-25 = 357 days = 51 weeks -> 1,275 h on its own.
    B: 14200, 20 h, 2022-07-04 to 2023-07-02 = 364 days = 52 weeks -> 1,040 h on its own.
    They overlap 2022-07-04 to 2022-12-25 = 25 weeks.
    Total = A alone 26 x 25 (650) + overlap 25 x min(45, 30) (750) + B alone 27 x 20 (540)
    = 1,940 h, not 1,275 + 1,040 = 2,315. FSW counts only A (B is TEER 4): 1,275 < 1,560.
    """
    project = make(
        job("12200", "2022-01-03", "2022-12-25", 25),
        job("14200", "2022-07-04", "2023-07-02", 20),
    )
    summary = hours_summary(project, date(2024, 1, 15))
    assert [p.qualifying_hours for p in summary.positions] == [1275.0, 1040.0]
    assert summary.total == 1940.0
    fsw = summary.program("fsw")
    assert fsw.hours == 1275.0 and not fsw.met
    assert any("TEER 4" in note for note in fsw.notes)


def test_two_concurrent_part_time_jobs_in_one_noc_are_capped_together():
    """Two 20 h jobs in the same weeks count 30 h a week, not 40: 52 x 30 = 1,560 h.

    Both run 2022-01-03 to 2023-01-01 = 364 days = 52 weeks.
    """
    project = make(
        job("12200", "2022-01-03", "2023-01-01", 20),
        job("12200", "2022-01-03", "2023-01-01", 20),
    )
    summary = hours_summary(project, date(2023, 6, 1))
    assert summary.total == 1560.0
    assert summary.program("fsw").hours == 1560.0 and summary.program("fsw").met


def test_job_older_than_ten_years_does_not_count_for_fsw():
    """A job that ended before the 10-year window counts in the total but not for FSW.

    Reference date 2026-06-01: the FSW window starts 2016-06-02. The job ended 2015-12-27.
    """
    project = make(job("12200", "2010-01-04", "2015-12-27", 40))
    summary = hours_summary(project, date(2026, 6, 1))
    assert summary.positions[0].qualifying_hours > 9000
    fsw = summary.program("fsw")
    assert fsw.hours == 0.0 and not fsw.met
    assert any("2016-06-02" in note for note in fsw.notes)


def test_job_straddling_the_window_counts_only_the_part_inside():
    """Only the days inside the 10-year window count: 361 days x 30 / 7 = 1,547.1 h < 1,560.

    Job 2015-06-01 to 2017-05-28; reference 2026-06-01, so the window starts 2016-06-02 and the
    counted part is 2016-06-02 to 2017-05-28 = 361 days (the first week is 4 days, pro rata).
    """
    project = make(job("12200", "2015-06-01", "2017-05-28", 40))
    fsw = hours_summary(project, date(2026, 6, 1)).program("fsw")
    assert fsw.hours == 1547.1 and not fsw.met


def test_cec_does_not_count_work_outside_canada():
    """CEC counts only work in Canada: in_canada False gives 0 h and says why (FSW still counts)."""
    project = make(job("12200", "2023-01-02", "2024-12-29", 40, in_canada=False))
    summary = hours_summary(project, date(2025, 3, 1))
    cec = summary.program("cec")
    assert cec.hours == 0.0 and not cec.met
    assert any("outside Canada" in note for note in cec.notes)
    assert summary.program("fsw").met


def test_cec_with_unknown_location_is_not_counted_and_says_so():
    """in_canada None is not assumed: CEC counts 0 h and the note asks where the work was."""
    project = make(job("12200", "2023-01-02", "2024-12-29", 40, in_canada=None))
    cec = hours_summary(project, date(2025, 3, 1)).program("cec")
    assert cec.hours == 0.0
    assert any("does not say whether the work was in Canada" in note for note in cec.notes)


def test_cec_counts_only_the_last_three_years():
    """CEC window: reference 2026-01-05, window from 2023-01-06; a 2019-2021 job gives 0 h."""
    project = make(
        job("12200", "2019-01-07", "2021-01-03", 40),
        job("12200", "2023-01-09", "2024-01-07", 40),  # 364 days = 52 weeks x 30 = 1,560 h
    )
    cec = hours_summary(project, date(2026, 1, 5)).program("cec")
    assert cec.hours == 1560.0 and cec.met


def test_weekend_between_positions_keeps_fsw_continuity():
    """A Friday-to-Monday change of position is one continuous stretch; the note says so.

    A: 2020-01-06 to 2020-07-03 (Fri) = 180 days; B: 2020-07-06 (Mon) to 2021-01-10 = 189 days.
    Together 369 days x 30 / 7 = 1,581.4 h >= 1,560; each alone is under 1,560.
    """
    project = make(
        job("12200", "2020-01-06", "2020-07-03", 40),
        job("12200", "2020-07-06", "2021-01-10", 40),
    )
    fsw = hours_summary(project, date(2022, 1, 1)).program("fsw")
    assert fsw.hours == 1581.4 and fsw.met
    assert any(f"up to {CONTINUITY_GAP_DAYS} days" in note for note in fsw.notes)


def test_back_to_back_positions_need_no_bridging_note():
    """Sunday end then Monday start is simply continuous: 52 weeks x 30 = 1,560 h, no caveat.

    A: 2020-01-06 to 2020-07-05 (Sunday) = 26 weeks; B: 2020-07-06 (Monday) to 2021-01-03 = 26.
    """
    project = make(
        job("12200", "2020-01-06", "2020-07-05", 40),
        job("12200", "2020-07-06", "2021-01-03", 40),
    )
    fsw = hours_summary(project, date(2022, 1, 1)).program("fsw")
    assert fsw.hours == 1560.0 and fsw.met
    assert not any("Short breaks" in note for note in fsw.notes)


def test_month_long_gap_breaks_fsw_continuity():
    """With a 4-week gap the stretches are separate: each is 26 weeks x 30 = 780 h < 1,560.

    A: 2020-01-06 to 2020-07-05 = 182 days; B: 2020-08-03 to 2021-01-31 = 182 days.
    """
    project = make(
        job("12200", "2020-01-06", "2020-07-05", 40),
        job("12200", "2020-08-03", "2021-01-31", 40),
    )
    summary = hours_summary(project, date(2022, 1, 1))
    assert summary.total == 1560.0
    fsw = summary.program("fsw")
    assert fsw.hours == 780.0 and not fsw.met


def test_fsw_and_fst_do_not_add_different_nocs():
    """Hours in two NOCs are not summed for FSW or FST: the best single NOC is reported.

    72410 then 72100, each 2021-01-04 to 2022-01-02 = 364 days = 52 weeks x 30 = 1,560 h; the
    total is 3,120 h but FST (per trade) sees 1,560 h.
    """
    project = make(
        job("72410", "2021-01-04", "2022-01-02", 40),
        job("72100", "2022-01-03", "2023-01-01", 40),
    )
    summary = hours_summary(project, date(2024, 1, 1))
    assert summary.total == 3120.0
    fst = summary.program("fst")
    assert fst.hours == 1560.0 and not fst.met
    assert any("not added together" in note for note in fst.notes)


def test_missing_or_invalid_dates_and_hours_count_zero_with_a_note():
    """Positions without exact dates or a usable hours number contribute 0 and say what to enter."""
    project = make(
        job("12200", None, "2021-01-01", 40),
        job("12200", "2019-03", "2021-01-01", 40),
        job("12200", "2019-03-04", "2021-01-01", None),
        job("12200", "2021-03-04", "2019-01-01", 40),
        job("12200", "2019-03-04", "not a date", 40),
    )
    summary = hours_summary(project, date(2024, 1, 1))
    assert summary.total == 0.0
    for position in summary.positions:
        assert position.qualifying_hours == 0.0 and position.notes
    assert "start date" in summary.positions[0].notes[0]
    assert "start date" in summary.positions[1].notes[0]
    assert "hours" in summary.positions[2].notes[0]
    assert "before the start" in summary.positions[3].notes[0]
    assert "end date" in summary.positions[4].notes[0]


def test_current_job_is_counted_up_to_the_letter_date():
    """A current job runs to the letter date (the letter covers no more), else to today.

    2024-01-01 (Monday) to the letter date 2024-03-24 (Sunday) = 84 days = 12 weeks x 30 = 360 h.
    """
    dated = make(job("12200", "2024-01-01", None, 40), letter_date="2024-03-24")
    summary = hours_summary(dated, date(2024, 6, 30))
    assert summary.counted_until == date(2024, 3, 24)
    assert summary.positions[0].qualifying_hours == 360.0
    undated = make(job("12200", "2024-01-01", None, 40))
    assert hours_summary(undated, date(2024, 3, 24)).positions[0].qualifying_hours == 360.0


def test_future_start_and_unknown_noc_are_explained():
    """A job starting after the reference date counts 0; an invalid NOC counts for no program."""
    project = make(
        job("12200", "2030-01-01", None, 40), job("99999", "2020-01-06", "2021-01-03", 40)
    )
    summary = hours_summary(project, date(2024, 1, 1))
    assert summary.positions[0].qualifying_hours == 0.0
    assert "starts after" in summary.positions[0].notes[0]
    assert summary.positions[1].qualifying_hours == 1560.0
    assert summary.program("fsw").hours == 0.0
    assert any("no valid NOC" in note for note in summary.program("fsw").notes)


def test_parse_exact_date_accepts_only_full_iso_dates():
    """Only real YYYY-MM-DD dates parse: not month-only, compact, impossible or non-ASCII digits."""
    assert parse_exact_date("2019-03-04") == date(2019, 3, 4)
    assert parse_exact_date(" 2019-03-04 ") == date(2019, 3, 4)
    for text in (None, "", "2019-03", "20190304", "2019-3-4", "2019-02-30", "٢٠١٩-٠٣-٠٤"):
        assert parse_exact_date(text) is None


def test_valid_hours_rejects_non_numbers_and_impossible_values():
    """Hours must be a number above 0 and at most 168; booleans, NaN and text are not hours."""
    assert valid_hours(40) == 40.0 and valid_hours(37.5) == 37.5
    for value in (None, 0, -5, 169, float("nan"), float("inf"), True, "40"):
        assert valid_hours(value) is None


def test_years_before_handles_29_february():
    """29 February minus a number of years falls back to 28 February when needed."""
    assert years_before(date(2024, 2, 29), 10) == date(2014, 2, 28)
    assert years_before(date(2024, 2, 29), 4) == date(2020, 2, 29)


def test_summary_to_dict_is_json_ready_and_render_mentions_key_figures():
    """to_dict() serialises to JSON and the text report shows hours, status and the disclaimer."""
    project = make(job("12200", "2022-01-03", "2023-12-31", 15))
    summary = hours_summary(project, date(2024, 6, 1))
    data = json.loads(json.dumps(summary.to_dict()))
    assert data["positions"][0]["qualifying_hours"] == 1560.0
    assert {p["program"] for p in data["programs"]} == {"fsw", "cec", "fst"}
    assert all(
        isinstance(p["met"], bool) and isinstance(p["notes"], list) for p in data["programs"]
    )
    text = render_hours(summary)
    assert "1,560 h" in text and "met" in text and "not legal advice" in text


def test_program_lookup_rejects_unknown_key():
    """HoursSummary.program() raises KeyError for a program it does not count."""
    with pytest.raises(KeyError):
        hours_summary(make(), date(2024, 1, 1)).program("pnp")
