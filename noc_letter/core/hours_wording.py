"""The notes of the hours count (`hours.py`) in English and French, keyed by note id."""

from __future__ import annotations

from datetime import date
from typing import Any

NBSP = "\u00a0"

# Program names and the reminder each program's result carries, by program key.
PROGRAM_NAMES = {
    "en": {
        "fsw": "Federal Skilled Worker (FSW)",
        "cec": "Canadian Experience Class (CEC)",
        "fst": "Federal Skilled Trades (FST)",
    },
    "fr": {
        "fsw": "Programme des travailleurs qualifiés (fédéral) (PTQF)",
        "cec": "Catégorie de l'expérience canadienne (CEC)",
        "fst": "Programme des travailleurs de métiers spécialisés (fédéral) (PTMSF)",
    },
}
REMINDERS = {
    "en": {
        "fsw": "FSW needs one year (1,560 h) of continuous paid work in one TEER 0-3 NOC.",
        "cec": (
            "Self-employment and work while a full-time student do not count for CEC, and the "
            "work must have been authorized."
        ),
        "fst": "Counted per trade; the list of eligible trades should be re-checked on canada.ca.",
    },
    "fr": {
        "fsw": (
            f"Le PTQF exige un an (1{NBSP}560{NBSP}h) de travail rémunéré continu dans une même "
            "profession CNP de FEER 0 à 3."
        ),
        "cec": (
            "Le travail autonome et le travail effectué pendant des études à temps plein ne "
            "comptent pas pour la CEC, et le travail doit avoir été autorisé."
        ),
        "fst": (
            "Compté par métier; vérifiez de nouveau la liste des métiers admissibles sur canada.ca."
        ),
    },
}

NOTES: dict[str, dict[str, str]] = {
    "en": {
        "only-this-letter": (
            "Only the positions in this letter are counted; work for other employers may add."
        ),
        "up-to-letter-date": (
            "Work is counted up to the letter date ({until}); the letter covers no more."
        ),
        "no-start": "Not counted: enter the exact start date (YYYY-MM-DD).",
        "no-end": "Not counted: enter the exact end date (YYYY-MM-DD), or mark it current.",
        "no-hours": "Not counted: enter the hours worked per week as a number.",
        "starts-after": "Not counted: it starts after {until}.",
        "end-before-start": "Not counted: the end date is before the start date.",
        "capped": "Only {cap} of the {hours} hours a week count.",
        "counted-up-to": "Counted up to {until}.",
        "window": "Counts work from {low} to {until} (within {years} years of {today}).",
        "position": "Position {number}: {reason}",
        "no-noc": "no valid NOC 2021 code, so it counts for no program.",
        "not-a-trade": "NOC {code} is not one of the skilled trades FST accepts.",
        "not-skilled": "NOC {code} is TEER {teer}; only TEER 0, 1, 2 and 3 count.",
        "canada-unknown": "not counted because it does not say whether the work was in Canada.",
        "outside-canada": "the work was outside Canada, so it does not count.",
        "longest": "Longest continuous stretch: NOC {noc}, {first} to {last}, {hours} h.",
        "best-trade": "Best trade: NOC {noc}, {first} to {last}, {hours} h.",
        "bridged": (
            " Short breaks of up to {days} days between positions were treated as continuous; "
            "an officer may see it differently."
        ),
        "not-added": " Hours in different NOCs are not added together.",
    },
    "fr": {
        "only-this-letter": (
            "Seuls les postes de cette lettre sont comptés; le travail chez d'autres employeurs "
            "peut s'ajouter."
        ),
        "up-to-letter-date": (
            "Le travail est compté jusqu'à la date de la lettre ({until}); la lettre ne couvre "
            "pas davantage."
        ),
        "no-start": "Non compté{NBSP}: indiquez la date exacte de début (AAAA-MM-JJ).",
        "no-end": (
            "Non compté{NBSP}: indiquez la date exacte de fin (AAAA-MM-JJ) ou marquez le poste "
            "comme actuel."
        ),
        "no-hours": "Non compté{NBSP}: indiquez les heures travaillées par semaine en chiffres.",
        "starts-after": "Non compté{NBSP}: le poste commence après le {until}.",
        "end-before-start": "Non compté{NBSP}: la date de fin précède la date de début.",
        "capped": "Seules {cap} des {hours} heures par semaine comptent.",
        "counted-up-to": "Compté jusqu'au {until}.",
        "window": (
            "Compte le travail du {low} au {until} (dans les {years} ans précédant le {today})."
        ),
        "position": "Poste {number}{NBSP}: {reason}",
        "no-noc": "aucun code CNP 2021 valide, il ne compte donc pour aucun programme.",
        "not-a-trade": "la profession CNP {code} n'est pas un métier spécialisé admis au PTMSF.",
        "not-skilled": (
            "la profession CNP {code} est de FEER {teer}; seuls les FEER 0, 1, 2 et 3 comptent."
        ),
        "canada-unknown": (
            "non compté, car il n'est pas indiqué si le travail a été fait au Canada."
        ),
        "outside-canada": "le travail a été fait hors du Canada, il ne compte donc pas.",
        "longest": (
            "Plus longue période continue{NBSP}: CNP {noc}, du {first} au {last}, {hours}{NBSP}h."
        ),
        "best-trade": "Meilleur métier{NBSP}: CNP {noc}, du {first} au {last}, {hours}{NBSP}h.",
        "bridged": (
            " De courtes pauses d'au plus {days} jours entre les postes ont été traitées comme "
            "continues; un agent peut en juger autrement."
        ),
        "not-added": " Les heures de professions CNP différentes ne s'additionnent pas.",
    },
}


def note(lang: str, key: str, **values: Any) -> str:
    """One note in the language ("fr", else English), with its values filled in."""
    table = NOTES.get(lang, NOTES["en"])
    # Dates as the report writes them: "2019-03-04" in English, "4 mars 2019" in French.
    format_date = report_format(lang)[0]
    values = {k: format_date(v) if isinstance(v, date) else v for k, v in values.items()}
    return table[key].format(NBSP=NBSP, **values)


def hours_number(lang: str, hours: float) -> str:
    """A whole number of hours: "1,560" in English, "1 560" (non-breaking space) in French."""
    text = f"{hours:,.0f}"
    return text.replace(",", NBSP) if lang == "fr" else text


# The lines of the hours report (hours.render_hours), by language; values are formatted by
# `report_format` (dates, numbers and hours the way each language writes them).
REPORT = {
    "en": {
        "head": "Qualifying hours as of {date} (at most {cap} h a week count; {year} h = 1 year)",
        "position": "  {n}. {title} (NOC {noc})",
        "untitled": "(no title)",
        "counted": ": {start} to {end}, {weeks} weeks x {per_week} h = {hours} h",
        "none": ": 0 h",
        "total": "  Total, each week counted once: {hours} h",
        "programs": "Programs",
        "program": "  {name}: {hours} of {required} h, {status}",
        "met": "met",
        "not_met": "not met",
        "estimate": "  An estimate to help you prepare, not legal advice; IRCC decides.",
    },
    "fr": {
        "head": (
            f"Heures admissibles au {{date}} (au plus {{cap}}{NBSP}h par semaine comptent; "
            f"{{year}}{NBSP}h = 1 an)"
        ),
        "position": "  {n}. {title} (CNP {noc})",
        "untitled": "(sans titre)",
        "counted": (
            f"{NBSP}: du {{start}} au {{end}}, {{weeks}} semaines × {{per_week}}{NBSP}h = "
            f"{{hours}}{NBSP}h"
        ),
        "none": f"{NBSP}: 0{NBSP}h",
        "total": f"  Total, chaque semaine comptée une seule fois{NBSP}: {{hours}}{NBSP}h",
        "programs": "Programmes",
        "program": f"  {{name}}{NBSP}: {{hours}}{NBSP}h sur {{required}}{NBSP}h, {{status}}",
        "met": "atteint",
        "not_met": "non atteint",
        "estimate": (
            "  Une estimation pour vous aider à vous préparer, et non un avis juridique; "
            "IRCC décide."
        ),
    },
}


def report_format(lang: str) -> tuple[Any, Any, Any]:
    """(date, number, whole hours) formatters of the report: English "2019-03-04", "37.5",
    "1,560"; French "4 mars 2019", "37,5", "1 560"."""
    if lang == "fr":
        from noc_letter.core.export.wording_fr import format_date

        return (
            lambda value: format_date(value.isoformat()) if value else "?",
            lambda value: f"{value:g}".replace(".", ","),
            lambda value: hours_number("fr", value),
        )
    return (str, lambda value: f"{value:g}", lambda value: hours_number("en", value))
