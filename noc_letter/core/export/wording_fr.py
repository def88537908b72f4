"""The letter's fixed French wording (Canadian usage): dates, hours, pay, status, blanks, note.

Same public names as `wording_en`. Typography follows Canadian French: a non-breaking space
before a colon and the dollar sign and between thousands ("52 000 $"), a decimal comma
("37,5 heures"), "1er" for the first day of a month, guillemets with non-breaking spaces.
Month names come from the table below, never from the system locale.
"""

from __future__ import annotations

import re

from noc_letter.core.export.docx_fill import Blank, Value

LANG = "fr"
TEMPLATE = "lettre.docx"
NBSP = "\u00a0"
BLANK_PREFIX = f"[à remplir par l'employeur{NBSP}: "
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_VOWEL = re.compile(r"^[aeiouyàâäéèêëîïôöùûüœæh]", re.IGNORECASE)
SALARY_PERIODS = {
    "year": "par année",
    "month": "par mois",
    "week": "par semaine",
    "hour": "de l'heure",
}
SALARY_BLANKS = {
    "year": "salaire annuel",
    "month": "salaire mensuel",
    "week": "salaire hebdomadaire",
    "hour": "salaire horaire",
}
# Currency codes written the Canadian French way after the amount; others are kept as typed.
CURRENCY_SIGNS = {"CAD": "$", "$": "$", "CAD$": "$", "$CA": "$", "USD": "$ US"}


def _quoted(text: str) -> str:
    return f"«{NBSP}{text}{NBSP}»"


BLANKS = {
    "company_name": "nom de l'entreprise",
    "company_address": "adresse de l'entreprise",
    "company_phone": "numéro de téléphone de l'entreprise",
    "company_email": "adresse courriel de l'entreprise",
    "company_website": "site Web de l'entreprise",
    "applicant_name": "nom complet de la personne salariée",
    "signing_date": "date de signature",
    "is_or_was": (
        f"{_quoted('est')} si la personne travaille toujours ici, sinon {_quoted('a été')}"
    ),
    "signer_name": "nom de la personne qui signe",
    "signer_title": "titre du poste de la personne qui signe",
    "signer_phone": "numéro de téléphone de la personne qui signe",
    "signer_email": "adresse courriel de la personne qui signe",
    "job_title": "titre du poste",
    "hours": "heures de travail par semaine (un nombre)",
    "weeks": "semaines de travail par année",
    "benefits": f"avantages sociaux (ou {_quoted('aucun')})",
    "vacation": "vacances payées",
    "location": "lieu de travail",
    "duties": "principales fonctions et responsabilités, une par ligne",
    "noc": "code CNP 2021",
    "start": "date de début (jour mois année)",
    "end": "date de fin (jour mois année)",
    "present": (
        f"{_quoted('à ce jour')} si la personne occupe toujours ce poste, sinon "
        f"{_quoted('au')} suivi du dernier jour travaillé"
    ),
    "employed": (
        f"{_quoted('Poste actuel')} si la personne occupe toujours ce poste, sinon "
        f"{_quoted('Ancien poste')}"
    ),
}


def blank(key: str) -> Blank:
    """The employer's blank for one fact (a key of BLANKS)."""
    return Blank(BLANKS[key], BLANK_PREFIX)


def salary_blank(per: str) -> Blank:
    """The blank for an unknown amount: "salaire annuel", "salaire horaire"..."""
    return Blank(SALARY_BLANKS.get(per or "year", f"salaire ({per})"), BLANK_PREFIX)


def format_date(text: str | None) -> str:
    """ "2019-03-04" → "4 mars 2019", "2019-03-01" → "1er mars 2019", "2019-03" → "mars 2019";
    other text unchanged."""
    text = (text or "").strip()
    if match := _ISO_DAY.match(text):
        year, month, day = (int(part) for part in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}"
    if match := _ISO_MONTH.match(text):
        year, month = (int(part) for part in match.groups())
        if 1 <= month <= 12:
            return f"{MONTHS[month - 1]} {year}"
    return text


def format_number(number: float, *, money: bool = False) -> str:
    """40.0 → "40", 37.5 → "37,5", 52000 → "52 000" (non-breaking space); money keeps cents:
    21.75 → "21,75", 28.5 → "28,50"."""
    if float(number).is_integer():
        text = f"{int(number):,}"
    else:
        text = f"{number:,.2f}"
        if not money:
            text = text.rstrip("0")
    return text.replace(",", NBSP).replace(".", ",")


def _unit(amount: float, singular: str, plural: str) -> str:
    """French puts the singular below 2 ("1,5 heure"), the plural from 2 on."""
    return singular if abs(amount) < 2 else plural


def hours_per_week(hours: float) -> str:
    """ "40 heures par semaine", "37,5 heures par semaine"."""
    return f"{format_number(hours)} {_unit(hours, 'heure', 'heures')} par semaine"


def weeks_per_year(weeks: float) -> str:
    """ "50 semaines par année"."""
    return f"{format_number(weeks)} {_unit(weeks, 'semaine', 'semaines')} par année"


def salary(amount: float, currency: str, per: str) -> str:
    """ "52 000 $ par année", "21,75 $ de l'heure" (non-breaking space before the sign)."""
    code = currency.strip()
    sign = CURRENCY_SIGNS.get(code.upper(), code)
    unit = f"{NBSP}{sign}" if sign else ""
    period = SALARY_PERIODS.get(per or "year", f"par {per}")
    return f"{format_number(amount, money=True)}{unit} {period}"


def _is_day(part: str | Blank) -> bool:
    """A blank asks for a full date; text is a day when it starts with one ("4 mars 2019")."""
    return isinstance(part, Blank) or part[:1].isdigit()


def _from(start: str | Blank) -> str:
    """ "du " before a day, "de "/"d'" before a month or other text ("de mars", "d'avril")."""
    if _is_day(start):
        return "du "
    return "d'" if _VOWEL.match(str(start)) else "de "


def date_range(start: str | Blank, end: str | Blank) -> Value:
    """A past position's dates: "du 4 mars 2019 au 30 juin 2022" ("de mars 2019 à juin 2022")."""
    return [_from(start), start, " au " if _is_day(end) else " à ", end]


def since(start: str | Blank) -> Value:
    """A current position's dates: "depuis le 4 mars 2019" ("depuis mars 2019")."""
    return ["depuis le " if _is_day(start) else "depuis ", start]


def since_to_confirm(start: str | Blank) -> Value:
    """A current position's dates for the employer to confirm that it is still held."""
    return [_from(start), start, " ", blank("present")]


def job_kind(full_time: bool) -> str:
    """ "temps plein" or "temps partiel"."""
    return "temps plein" if full_time else "temps partiel"


def status(current: bool, kind: str) -> str:
    """ "Poste actuel, temps plein"; a past job: "Temps plein" (empty without hours)."""
    if current:
        return f"Poste actuel, {kind}" if kind else "Poste actuel"
    return kind[:1].upper() + kind[1:]


def status_to_confirm(kind: str) -> Value:
    """A current position's status for the employer to confirm."""
    return [blank("employed"), f", {kind}"] if kind else blank("employed")


def is_or_was(current: bool) -> str:
    """The verb of "... {is_or_was} à l'emploi de ..."."""
    return "est" if current else "a été"


def noc_line(code: str, title: str) -> str:
    """ "12200 – Techniciens/techniciennes en comptabilité et teneurs/teneuses de livres"."""
    return f"{code} – {title}" if title else code


# The fixed text of the bundled template (scripts/make_template.py), in letter order. The
# wording avoids "de" before a name ("d'Ana" would need elision the template cannot know).
TEMPLATE_TEXT = {
    "title": "Attestation d'emploi",
    "phone": f"Tél.{NBSP}: ",
    "running_head": "{{employer_name}} – Attestation d'emploi – {{applicant_name}} – page ",
    "date_line": "Le {{letter_date}}",
    "salutation": "À qui de droit",
    "addressee": "Immigration, Réfugiés et Citoyenneté Canada",
    "subject": f"Objet{NBSP}: Attestation d'emploi – {{{{applicant_name}}}}",
    "confirmation": (
        "La présente atteste que {{applicant_name}} {{is_or_was}} à l'emploi de l'entreprise "
        "{{employer_name}} au(x) poste(s) décrit(s) ci-dessous."
    ),
    "colon": f"{NBSP}:",
    "job_title": "Titre du poste",
    "noc": "CNP 2021",
    "dates": "Période d'emploi",
    "status": "Statut d'emploi",
    "hours": "Heures de travail",
    "weeks": "Semaines par année",
    "salary": "Salaire",
    "benefits": "Avantages sociaux",
    "vacation": "Vacances payées",
    "location": "Lieu de travail",
    "duties": f"Principales fonctions et responsabilités{NBSP}:",
    "truth": (
        "Je confirme que les renseignements ci-dessus sont véridiques et exacts. Pour toute "
        "vérification, n'hésitez pas à me joindre par téléphone ou par courriel, aux "
        "coordonnées ci-dessous."
    ),
    "closing": "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.",
    "signer_phone": f"Tél.{NBSP}: {{{{signer_phone}}}}",
    "signer_email": f"Courriel{NBSP}: {{{{signer_email}}}}",
}

NOTE_TITLE = "Note à l'employeur – à lire, puis à supprimer"
NOTE_NOT_ADVICE = (
    "Cette note et le projet de lettre ont été préparés avec NOC Letter Builder. Il s'agit de "
    "renseignements généraux, et non d'un avis juridique ni de conseils en immigration."
)
NOTE_FIELDS = f"Champs à remplir{NBSP}:"
NOTE_PROGRAM_STEPS = {
    "oinp": (
        "Pour le Programme ontarien des candidats à l'immigration (POCI), l'en-tête doit "
        "indiquer le site Web de l'entreprise, et la lettre doit dater de moins de six mois "
        "au moment de la demande."
    ),
    "bc-pnp": (
        "Pour le Programme des candidats de la Colombie-Britannique (BC PNP), la déclaration "
        "de l'employeur (Employer Declaration) doit être signée par une personne qui a le "
        "pouvoir de signer au nom de l'entreprise."
    ),
}


def note_intro(name: str) -> str:
    """The note's first paragraph; `name` is the employee's name or "" when unknown."""
    who = name or "Une personne de votre entreprise"
    return (
        f"{who} présente une demande de résidence permanente au Canada. Immigration, Réfugiés "
        "et Citoyenneté Canada (IRCC) demande une lettre de référence à chaque employeur. Ce "
        f"projet de lettre a été préparé pour que vous le vérifiiez, le complétiez et le "
        f"signiez. Veuillez{NBSP}:"
    )


def note_steps(name: str) -> list[str]:
    """The numbered steps every employer note has; `name` as in note_intro."""
    return [
        "vérifier chaque renseignement à l'aide de vos dossiers (titres de poste, dates exactes "
        "de début et de fin, heures par semaine, salaire et avantages sociaux) et corriger tout "
        "ce qui n'est pas tout à fait exact;",
        f"vérifier les fonctions. Elles doivent décrire ce que {name or 'la personne'} fait ou "
        "a réellement fait dans chaque poste. Modifiez ou supprimez toute ligne inexacte, et "
        "n'ajoutez aucune fonction qui n'a pas été exercée. IRCC peut communiquer avec vous "
        "pour vérifier la lettre;",
        "remplir chaque champ surligné en jaune, puis retirer le surlignage;",
        "imprimer la lettre sur le papier à en-tête de l'entreprise, où figurent son adresse, "
        "son numéro de téléphone et son adresse courriel;",
        "la faire signer et dater par la personne qui supervise directement l'employé ou par une "
        "personne des ressources humaines, avec son nom, son titre et ses coordonnées (un "
        "tampon ou un sceau de l'entreprise n'est pas nécessaire);",
        "supprimer cette note avant la signature, puis retourner la lettre signée (une "
        "numérisation nette en PDF garde l'en-tête lisible).",
    ]
