"""The qualifying-hours report in French (hours.render_hours with lang="fr")."""

from __future__ import annotations

from datetime import date
from typing import Any

from noc_letter.core.export.wording_fr import format_date
from noc_letter.core.hours_wording import NBSP, hours_number


def _date(value: date | None) -> str:
    return format_date(value.isoformat()) if value else "?"


def _number(value: float) -> str:
    """37.5 → "37,5", 30.0 → "30" (French decimal comma)."""
    return f"{value:g}".replace(".", ",")


def render_hours_fr(summary: Any) -> str:
    """The report of hours.render_hours, in French: dates "4 mars 2019", "1 560 h"."""
    from noc_letter.core.hours import HOURS_PER_YEAR, WEEKLY_CAP

    h = lambda value: hours_number("fr", value)  # noqa: E731 - a short local formatter
    lines = [
        f"Heures admissibles au {_date(summary.reference_date)} (au plus "
        f"{_number(WEEKLY_CAP)}{NBSP}h par semaine comptent; {h(HOURS_PER_YEAR)}{NBSP}h = 1 an)"
    ]
    for p in summary.positions:
        label = f"  {p.index + 1}. {p.title or '(sans titre)'} (CNP {p.noc or '?'})"
        if p.counted_from:
            label += (
                f"{NBSP}: du {_date(p.counted_from)} au {_date(p.counted_to)}, "
                f"{_number(p.weeks)} semaines × {_number(p.hours_per_week_counted)}{NBSP}h = "
                f"{h(p.qualifying_hours)}{NBSP}h"
            )
        else:
            label += f"{NBSP}: 0{NBSP}h"
        lines.append(label)
        lines += [f"       {note}" for note in p.notes]
    lines.append(f"  Total, chaque semaine comptée une seule fois{NBSP}: {h(summary.total)}{NBSP}h")
    lines.append("Programmes")
    for r in summary.programs:
        status = "atteint" if r.met else "non atteint"
        lines.append(f"  {r.name}{NBSP}: {h(r.hours)}{NBSP}h sur {h(r.required)}{NBSP}h, {status}")
        lines += [f"       {note}" for note in r.notes]
    lines += [f"  {note}" for note in summary.notes]
    lines.append(
        "  Une estimation pour vous aider à vous préparer, et non un avis juridique; IRCC décide."
    )
    return "\n".join(lines) + "\n"
