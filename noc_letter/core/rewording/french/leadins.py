"""French lead-ins that name no action ("Responsable de", "En charge de", "Chargée de") and the
verbs that only say the person helps or takes care of something ("aider", "s'occuper de")."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "J'étais", "Elle a été", "Nous étions aussi": a subject and "être" before the lead-in.
_SUBJECT = (
    r"(?:(?:je|j['’]|tu|il|elle|on|nous|vous|ils|elles)\s*"
    r"(?:suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient|"
    r"ai été|as été|a été|avons été|avez été|ont été|avais été|avait été)?\s*"
    r"(?:aussi\s+|également\s+|principalement\s+)?)?"
)
_LEADS = (
    r"responsables?|en charge|chargée?s?|"
    r"(?:(?:je|j['’]|elle|il|on|nous|ils|elles)\s*)?"
    r"(?:avais|avait|avions|avaient|ai|a|avons|ont|avoir)\s+(?:eu\s+)?la\s+responsabilité|"
    r"(?:je\s+)?(?:prenais|prenait|prends|prend|prendre|ai pris|a pris)\s+en\s+charge"
)
_PREP = r"(?:de\s+la\b|de\s+l['’]|des\b|du\b|de\b|d['’])"
_LEAD = re.compile(
    rf"^\s*{_SUBJECT}(?P<lead>{_LEADS})\b\s*(?P<prep>{_PREP})?\s*",
    re.IGNORECASE,
)
# Verbs that say the person helps, not which part of the work they do themselves.
ASSIST_VERBS = frozenset(
    {"aider", "assister", "seconder", "épauler", "soutenir", "participer", "contribuer"}
)
# "S'occuper de", "se charger de", "voir à", "travailler sur": the work's object, but not the
# action on it. The first two only when reflexive ("charger un camion" is an action).
CARE_VERBS = frozenset({"voir", "travailler", "veiller"})
REFLEXIVE_CARE_VERBS = frozenset({"occuper", "charger"})
# Articles after "de" written back in the form an object takes ("des comptes" → "les comptes").
_ARTICLE = {"des": "les ", "du": "le ", "de la": "la ", "de l'": "l'", "de": "", "d'": ""}


@dataclass(frozen=True)
class Lead:
    """A lead-in that names no action, and the person's words after it."""

    text: str  # the lead-in as written, with its "de" ("Responsable de la")
    rest: str  # the words after the lead-in and its "de"
    article: str  # what "de", "du", "des" ... stand for before the object ("la ", "les ")


def responsible_lead(text: str) -> Lead | None:
    """The "Responsable de ..." lead-in a duty starts with, if any."""
    match = _LEAD.match(text)
    if not match or match.end() >= len(text):
        return None
    prep = " ".join((match.group("prep") or "").lower().replace("’", "'").split())
    lead_text = text[: match.end()]
    return Lead(lead_text.strip(), text[match.end() :].strip(), _ARTICLE.get(prep, ""))


def object_phrase(words: str, article: str = "") -> str:
    """The object of a lead-in as a question quotes it: up to the first comma, at most eight
    words, with its article ("de la comptabilité" → "la comptabilité")."""
    obj = re.split(r"[,;:]", words, maxsplit=1)[0].strip().rstrip(".")
    low = obj.lower().replace("’", "'")
    for prep in ("de la ", "de l'", "des ", "du ", "de ", "d'"):
        if not article and low.startswith(prep):
            article = _ARTICLE[prep.strip()] if prep != "de l'" else "l'"
            obj = obj[len(prep) :]
            break
    parts = obj.split()
    if len(parts) > 8:
        obj = " ".join(parts[:8]) + " …"
    return (article + obj).strip()
