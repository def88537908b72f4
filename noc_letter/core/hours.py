"""Qualifying work hours per position and per federal program (FSW, CEC, FST), from a project."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from noc_letter.core.catalogue import Catalogue, load_catalogue
from noc_letter.core.hours_wording import (
    PROGRAM_NAMES,
    REMINDERS,
    REPORT,
    hours_number,
    note,
    report_format,
)
from noc_letter.core.letter import Position, Project

# IRCC: full time is 30 h/week, hours above 30 a week do not count, 1 year = 1,560 h (52 x 30).
WEEKLY_CAP = 30.0
HOURS_PER_YEAR = 1560.0
MAX_HOURS_PER_WEEK = 168.0
# Two stretches in the same NOC separated by at most this many days (a weekend, a short break
# between contracts) are treated as one continuous stretch for FSW; the gap itself adds nothing.
# A heuristic, not an IRCC rule: the note says so whenever it was used.
CONTINUITY_GAP_DAYS = 7
_TOLERANCE = 1e-6
_EXACT_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


@dataclass(frozen=True)
class ProgramRule:
    """How a federal program counts experience (guide §2); `key` as in UnitGroup.eligibility()."""

    key: str
    name: str
    required: float
    window_years: int
    per_noc: bool  # hours in different NOCs are not added together
    continuous: bool  # the hours must come from one continuous stretch
    in_canada: bool  # only work in Canada counts
    reminder: str = ""


_NAMES, _REMINDERS = PROGRAM_NAMES["en"], REMINDERS["en"]
PROGRAM_RULES = (
    ProgramRule(
        "fsw", _NAMES["fsw"], HOURS_PER_YEAR, 10, True, True, False, _REMINDERS["fsw"],
    ),
    ProgramRule(
        "cec", _NAMES["cec"], HOURS_PER_YEAR, 3, False, False, True, _REMINDERS["cec"],
    ),
    ProgramRule(
        "fst", _NAMES["fst"], 2 * HOURS_PER_YEAR, 5, True, False, False, _REMINDERS["fst"],
    ),
)  # fmt: skip


@dataclass(frozen=True)
class PositionHours:
    """Hours of one position on its own (overlaps with other positions not removed)."""

    index: int
    title: str
    noc: str
    weeks: float
    hours_per_week_counted: float
    qualifying_hours: float
    counted_from: date | None = None
    counted_to: date | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgramHours:
    """Hours that count for one program, against what it requires."""

    program: str
    name: str
    hours: float
    required: float
    met: bool
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class HoursSummary:
    """Per position, in total (each calendar week counted once) and per program."""

    reference_date: date
    counted_until: date
    positions: tuple[PositionHours, ...]
    total: float
    programs: tuple[ProgramHours, ...]
    notes: tuple[str, ...] = ()

    def program(self, key: str) -> ProgramHours:
        """The result for one program key ("fsw", "cec" or "fst"); KeyError if unknown."""
        for result in self.programs:
            if result.program == key:
                return result
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (dates as YYYY-MM-DD, tuples as lists)."""
        return _plain(dataclasses.asdict(self))


@dataclass(frozen=True)
class _Span:
    index: int
    start: date
    end: date  # inclusive
    weekly: float  # hours a week that count (at most WEEKLY_CAP)
    noc: str


def parse_exact_date(text: str | None) -> date | None:
    """A date written exactly as YYYY-MM-DD, or None (empty, month-only or not a real date)."""
    if not isinstance(text, str) or not _EXACT_DATE.fullmatch(text.strip()):
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def valid_hours(value: object) -> float | None:
    """Hours per week as a float when it is a usable number (0 < h <= 168), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not math.isfinite(value) or not 0 < value <= MAX_HOURS_PER_WEEK:
        return None
    return float(value)


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def hours_summary(
    project: Project,
    today: date | None = None,
    *,
    catalogue: Catalogue | None = None,
    lang: str = "en",
) -> HoursSummary:
    """Count the qualifying hours of a project's positions (guide §2).

    Each position counts at most 30 h a week over its exact dates (end date included; a current
    job runs to the letter date, or to `today` if the letter date is missing or later). The total
    and the program figures count each calendar week (Monday-Sunday) once, at most 30 h across
    positions, so overlapping jobs are not counted twice. Partial weeks count pro rata by day.

    Args:
        project: the letter project.
        today: reference date for the program windows (default: today).
        catalogue: NOC catalogue for TEER and FST eligibility (default: the bundled one).
        lang: the language of the notes and program names ("en" or "fr"; the figures are the
            same).

    Returns:
        The summary; positions without exact dates or hours count 0 and carry a note.
    """
    today = today or date.today()
    catalogue = catalogue or load_catalogue()
    letter_day = parse_exact_date(project.letter_date)
    until = min(today, letter_day) if letter_day else today
    notes = [note(lang, "only-this-letter")]
    if letter_day and letter_day < today:
        notes.append(note(lang, "up-to-letter-date", until=until))
    positions: list[PositionHours] = []
    spans: list[_Span] = []
    for index, position in enumerate(project.positions):
        result, span = _position_hours(index, position, until, lang)
        positions.append(result)
        if span:
            spans.append(span)
    total = _capped_hours(spans, date.min, until)
    programs = tuple(
        _program_hours(rule, spans, catalogue, project, today, until, lang)
        for rule in PROGRAM_RULES
    )
    return HoursSummary(today, until, tuple(positions), _round(total), programs, tuple(notes))


def _position_hours(
    index: int, position: Position, until: date, lang: str = "en"
) -> tuple[PositionHours, _Span | None]:
    start = parse_exact_date(position.start)
    end = until if position.end is None else parse_exact_date(position.end)
    hours = valid_hours(position.hours_per_week)
    weekly = min(hours, WEEKLY_CAP) if hours else 0.0
    missing = [
        note(lang, "no-start") if start is None else "",
        note(lang, "no-end") if end is None else "",
        note(lang, "no-hours") if hours is None else "",
    ]
    notes = [text for text in missing if text]
    if start and start > until:
        notes.append(note(lang, "starts-after", until=until))
    elif start and end and start > end:
        notes.append(note(lang, "end-before-start"))
    if notes or not (start and end):
        empty = PositionHours(index, position.title, position.noc, 0.0, weekly, 0.0)
        return dataclasses.replace(empty, notes=tuple(notes)), None
    if hours and hours > WEEKLY_CAP:
        shown = f"{hours:g}".replace(".", ",") if lang == "fr" else f"{hours:g}"
        notes.append(note(lang, "capped", cap=f"{WEEKLY_CAP:g}", hours=shown))
    if end > until:
        notes.append(note(lang, "counted-up-to", until=until))
        end = until
    days = (end - start).days + 1
    result = PositionHours(
        index,
        position.title,
        position.noc,
        round(days / 7, 1),
        weekly,
        _round(weekly * days / 7),
        start,
        end,
        tuple(notes),
    )
    noc = position.noc.strip() if isinstance(position.noc, str) else ""
    return result, _Span(index, start, end, weekly, noc)


def _capped_hours(spans: Iterable[_Span], low: date, high: date) -> float:
    """Hours in [low, high], each calendar week counted once and capped at WEEKLY_CAP."""
    clipped = [(max(s.start, low), min(s.end, high), s.weekly) for s in spans]
    clipped = [(a, b, w) for a, b, w in clipped if a <= b]
    if not clipped:
        return 0.0
    first = min(a for a, _, _ in clipped)
    last = max(b for _, b, _ in clipped)
    monday = first - timedelta(days=first.weekday())
    total = 0.0
    while monday <= last:
        sunday = monday + timedelta(days=6)
        week = 0.0
        for a, b, weekly in clipped:
            days = (min(b, sunday) - max(a, monday)).days + 1
            if days > 0:
                week += weekly * days / 7
        total += min(week, WEEKLY_CAP)
        monday += timedelta(days=7)
    return total


def _program_hours(
    rule: ProgramRule,
    spans: list[_Span],
    catalogue: Catalogue,
    project: Project,
    today: date,
    until: date,
    lang: str = "en",
) -> ProgramHours:
    low = years_before(today, rule.window_years) + timedelta(days=1)
    notes = [note(lang, "window", low=low, until=until, years=rule.window_years, today=today)]
    eligible = []
    for span in spans:
        reason = _exclusion(rule, span, catalogue, project.positions[span.index], lang)
        if reason:
            notes.append(note(lang, "position", number=span.index + 1, reason=reason))
        else:
            eligible.append(span)
    if rule.per_noc:
        hours, detail = _best_per_noc(rule, eligible, low, until, lang)
        if detail:
            notes.append(detail)
    else:
        hours = _capped_hours(eligible, low, until)
    names = PROGRAM_NAMES.get(lang, PROGRAM_NAMES["en"])
    reminders = REMINDERS.get(lang, REMINDERS["en"])
    notes.append(reminders.get(rule.key, rule.reminder))
    met = hours + _TOLERANCE >= rule.required
    name = names.get(rule.key, rule.name)
    return ProgramHours(rule.key, name, _round(hours), rule.required, met, tuple(notes))


def _exclusion(
    rule: ProgramRule, span: _Span, catalogue: Catalogue, position: Position, lang: str = "en"
) -> str:
    group = catalogue.find(span.noc)
    if group is None:
        return note(lang, "no-noc")
    if not group.eligibility()[rule.key]:
        if rule.key == "fst":
            return note(lang, "not-a-trade", code=group.code)
        return note(lang, "not-skilled", code=group.code, teer=group.teer)
    if rule.in_canada and position.in_canada is None:
        return note(lang, "canada-unknown")
    if rule.in_canada and position.in_canada is False:
        return note(lang, "outside-canada")
    return ""


def _best_per_noc(
    rule: ProgramRule, spans: list[_Span], low: date, high: date, lang: str = "en"
) -> tuple[float, str]:
    best, detail = 0.0, ""
    for noc in sorted({s.noc for s in spans}):
        same = [s for s in spans if s.noc == noc]
        runs = _continuous_runs(same, low, high) if rule.continuous else [(same, False)]
        for group, bridged in runs:
            hours = _capped_hours(group, low, high)
            if hours > best + _TOLERANCE:
                best = hours
                first = max(min(s.start for s in group), low)
                last = min(max(s.end for s in group), high)
                kind = "longest" if rule.continuous else "best-trade"
                shown = hours_number(lang, hours)
                detail = note(lang, kind, noc=noc, first=first, last=last, hours=shown)
                if bridged:
                    detail += note(lang, "bridged", days=CONTINUITY_GAP_DAYS)
    if len({s.noc for s in spans}) > 1:
        detail += note(lang, "not-added")
    return best, detail.strip()


def _continuous_runs(spans: list[_Span], low: date, high: date) -> list[tuple[list[_Span], bool]]:
    """Group spans into continuous runs; the flag says a short break was bridged."""
    inside = sorted((s for s in spans if s.end >= low and s.start <= high), key=lambda s: s.start)
    runs: list[tuple[list[_Span], bool]] = []
    run_end = date.min
    for span in inside:
        gap = (span.start - run_end).days - 1
        if runs and gap <= CONTINUITY_GAP_DAYS:
            group, bridged = runs[-1]
            runs[-1] = (group + [span], bridged or gap > 0)
            run_end = max(run_end, span.end)
        else:
            runs.append(([span], False))
            run_end = span.end
    return runs


def _round(hours: float) -> float:
    return round(hours, 1)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value.isoformat() if isinstance(value, date) else value


def render_hours(summary: HoursSummary, lang: str = "en") -> str:
    """Plain-text report of a summary for the command line, the checklist and the window.

    Args:
        summary: result of hours_summary() (made with the same `lang` for French notes).
        lang: "fr" for French wording, dates and numbers; English otherwise.

    Returns:
        Several lines of text, ending with a newline.
    """
    text = REPORT.get(lang, REPORT["en"])
    day, number, hours = report_format(lang)
    lines = [
        text["head"].format(
            date=day(summary.reference_date), cap=number(WEEKLY_CAP), year=hours(HOURS_PER_YEAR)
        )
    ]
    for p in summary.positions:
        title = p.title or text["untitled"]
        label = text["position"].format(n=p.index + 1, title=title, noc=p.noc or "?")
        if p.counted_from:
            label += text["counted"].format(
                start=day(p.counted_from),
                end=day(p.counted_to),
                weeks=number(p.weeks),
                per_week=number(p.hours_per_week_counted),
                hours=hours(p.qualifying_hours),
            )
        else:
            label += text["none"]
        lines.append(label)
        lines += [f"       {note}" for note in p.notes]
    lines.append(text["total"].format(hours=hours(summary.total)))
    lines.append(text["programs"])
    for r in summary.programs:
        status = text["met"] if r.met else text["not_met"]
        lines.append(
            text["program"].format(
                name=r.name, hours=hours(r.hours), required=hours(r.required), status=status
            )
        )
        lines += [f"       {note}" for note in r.notes]
    lines += [f"  {note}" for note in summary.notes]
    lines.append(text["estimate"])
    return "\n".join(lines) + "\n"
