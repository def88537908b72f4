"""The checklist's fixed text in English and French, keyed by the same ids in both languages."""

from __future__ import annotations

NBSP = "\u00a0"

CHECKLIST_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Employer reference letter – checklist",
        "blank_subtitle": (
            "Name: ________________   Employer: ________________   Program: ____________"
        ),
        "your_name": "(your name)",
        "employer": "(employer)",
        "checked": "checked {date}",
        "section_elements": "What the letter must show",
        "section_hours": "Hours of work (estimate)",
        "section_hours_blank": "Hours of work",
        "section_documents": "Supporting documents to gather",
        "section_final": "Before you submit",
        "other_points": "Other points from the check",
        "letterhead": "Printed on company letterhead",
        "letterhead_done": "letterhead image in the letter",
        "letterhead_todo": "the employer prints it on letterhead",
        "no_current_job": "no current job in this letter",
        "more": "{message} (+{more} more)",
        "position_label": "Position {number}",
        "position_noc": " (NOC {noc})",
        "span": "{start} to {end}",
        "hours_counted": "{label}{noc}: {hours} hours, {span}",
        "hours_not_counted": "{label}{noc}: not counted yet",
        "counts_nowhere": "These hours count for no federal program: {reason}",
        "program_hours": "{name}: {hours} of {required} hours",
        "hours_note": (
            "Total in this letter, each week counted once: {total} hours "
            "(at most 30 h a week count; 1,560 h = one year). An estimate; IRCC decides."
        ),
        "hours_blank_total": "Paid hours add up to 1,560 (one year); at most 30 h a week count",
        "hours_blank_programs": (
            "FSW: one continuous year in one TEER 0–3 NOC within 10 years; "
            "CEC: one year in Canada within 3 years; FST: two years in a trade within 5 years"
        ),
        "pay_stubs": "Pay stubs covering the period in the letter",
        "tax_records": "T4 slips or tax records (notices of assessment)",
        "contract": "Employment contract or job offer letter",
        "sinp": "SINP: one government-issued proof of employment with each letter",
        "bc-pnp": "BC PNP: Employer Declaration signed by someone with signing authority",
        "if_there": "{text} (if you apply there)",
        "translation": (
            "Letter not in English or French: certified translation and translator's affidavit"
        ),
        "not_by_you": "not by you or your family",
        "final_letterhead": "Put the letter on company letterhead",
        "final_facts": "Check every fact against pay stubs and tax records",
        "final_signed": "Signed and dated by your supervisor or HR (a stamp is not required)",
        "final_scan": "Scanned to PDF with letterhead, logo and address readable",
        "footer": (
            "General information to help you prepare, not legal advice. IRCC and the provinces "
            "decide; check the current instructions on canada.ca and your province's site "
            "before you apply."
        ),
        "missing": "Missing",
        "not_applicable": "Not applicable",
        "warning": "Warning",
    },
    "fr": {
        "title": "Attestation d'emploi – liste de vérification",
        "blank_subtitle": (
            f"Nom{NBSP}: ________________   Employeur{NBSP}: ________________   "
            f"Programme{NBSP}: ____________"
        ),
        "your_name": "(votre nom)",
        "employer": "(employeur)",
        "checked": "vérifiée le {date}",
        "section_elements": "Ce que la lettre doit indiquer",
        "section_hours": "Heures de travail (estimation)",
        "section_hours_blank": "Heures de travail",
        "section_documents": "Documents à l'appui à rassembler",
        "section_final": "Avant de présenter la demande",
        "other_points": "Autres points relevés par la vérification",
        "letterhead": "Imprimée sur le papier à en-tête de l'entreprise",
        "letterhead_done": "image d'en-tête dans la lettre",
        "letterhead_todo": "l'employeur l'imprime sur son papier à en-tête",
        "no_current_job": "aucun emploi actuel dans cette lettre",
        "more": "{message} (+{more} autre(s))",
        "position_label": "Poste {number}",
        "position_noc": " (CNP {noc})",
        "span": "du {start} au {end}",
        "hours_counted": f"{{label}}{{noc}}{NBSP}: {{hours}} heures, {{span}}",
        "hours_not_counted": f"{{label}}{{noc}}{NBSP}: pas encore compté",
        "counts_nowhere": (
            f"Ces heures ne comptent pour aucun programme fédéral{NBSP}: {{reason}}"
        ),
        "program_hours": f"{{name}}{NBSP}: {{hours}} heures sur {{required}}",
        "hours_note": (
            f"Total de cette lettre, chaque semaine comptée une seule fois{NBSP}: {{total}} "
            f"heures (au plus 30{NBSP}h par semaine comptent; 1{NBSP}560{NBSP}h = un an). Une "
            "estimation; IRCC décide."
        ),
        "hours_blank_total": (
            f"Les heures rémunérées totalisent 1{NBSP}560 (un an); au plus 30{NBSP}h par "
            "semaine comptent"
        ),
        "hours_blank_programs": (
            "PTQF : un an continu dans une même profession CNP de FEER 0 à 3 au cours des "
            "10 dernières années; CEC : un an au Canada au cours des 3 dernières années; "
            "PTMSF : deux ans dans un métier au cours des 5 dernières années"
        ).replace(" : ", f"{NBSP}: "),
        "pay_stubs": "Talons de paie couvrant la période de la lettre",
        "tax_records": "Feuillets T4 ou documents fiscaux (avis de cotisation)",
        "contract": "Contrat de travail ou lettre d'offre d'emploi",
        "sinp": (
            f"SINP{NBSP}: une preuve d'emploi délivrée par un gouvernement avec chaque lettre"
        ),
        "bc-pnp": (
            f"BC PNP{NBSP}: déclaration de l'employeur signée par une personne qui a le "
            "pouvoir de signer"
        ),
        "if_there": "{text} (si vous présentez une demande à ce programme)",
        "translation": (
            f"Lettre ni en anglais ni en français{NBSP}: traduction certifiée et affidavit du "
            "traducteur"
        ),
        "not_by_you": "ni par vous ni par votre famille",
        "final_letterhead": "Mettre la lettre sur le papier à en-tête de l'entreprise",
        "final_facts": (
            "Vérifier chaque renseignement à l'aide des talons de paie et des documents fiscaux"
        ),
        "final_signed": (
            "Signée et datée par votre superviseur ou les ressources humaines (un tampon n'est "
            "pas nécessaire)"
        ),
        "final_scan": "Numérisée en PDF avec l'en-tête, le logo et l'adresse lisibles",
        "footer": (
            "Renseignements généraux pour vous aider à vous préparer, et non un avis juridique. "
            "IRCC et les provinces décident; consultez les instructions à jour sur canada.ca et "
            "sur le site de votre province avant de présenter votre demande."
        ),
        "missing": "Manquant",
        "not_applicable": "Sans objet",
        "warning": "Avertissement",
    },
}

# The IRCC elements (guide §1 and §4), by element id, in the order of the letter.
ELEMENT_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "applicant": "Your full name",
        "company": "Company name, address, telephone number and e-mail address",
        "website": "Company website on the letterhead (OINP)",
        "signer": "Name, job title and contact of your immediate supervisor or HR officer",
        "letter_date": "Letter date: after your last day for a past job, recent for a current job",
        "positions": "All positions you held at the company, each on its own",
        "titles": "Job title of each position",
        "noc": "NOC 2021 group chosen by your duties (TEER 0–3 for Express Entry)",
        "dates": "Exact dates (day, month, year) of each position",
        "status": "Job status of your current job (full- or part-time)",
        "hours": "Hours of work per week as a number",
        "salary": "Salary plus benefits",
        "oinp": "Weeks per year, paid vacation and work location (OINP)",
        "duties": "Main duties and responsibilities, in your own words",
    },
    "fr": {
        "applicant": "Votre nom complet",
        "company": "Nom, adresse, numéro de téléphone et adresse courriel de l'entreprise",
        "website": "Site Web de l'entreprise sur le papier à en-tête (OINP)",
        "signer": (
            "Nom, titre et coordonnées de votre supérieur immédiat ou d'une personne des "
            "ressources humaines"
        ),
        "letter_date": (
            f"Date de la lettre{NBSP}: après votre dernier jour pour un emploi passé, récente "
            "pour un emploi actuel"
        ),
        "positions": "Tous les postes occupés dans l'entreprise, chacun séparément",
        "titles": "Titre de chaque poste",
        "noc": "Groupe CNP 2021 choisi d'après vos fonctions (FEER 0 à 3 pour Entrée express)",
        "dates": "Dates exactes (jour, mois, année) de chaque poste",
        "status": "Statut de votre emploi actuel (temps plein ou temps partiel)",
        "hours": "Heures de travail par semaine, en chiffres",
        "salary": "Salaire et avantages sociaux",
        "oinp": "Semaines par année, vacances payées et lieu de travail (OINP)",
        "duties": "Principales fonctions et responsabilités, dans vos propres mots",
    },
}

PROGRAM_NAMES_BY_LANG = {
    "en": {"express-entry": "Express Entry", "oinp": "OINP", "sinp": "SINP", "bc-pnp": "BC PNP"},
    "fr": {
        "express-entry": "Entrée express",
        "oinp": "OINP",
        "sinp": "SINP",
        "bc-pnp": "BC PNP",
    },
}


def checklist_text(lang: str) -> dict[str, str]:
    """The checklist's fixed text for a language ("fr", else English)."""
    return CHECKLIST_TEXT.get(lang, CHECKLIST_TEXT["en"])


def element_text(lang: str) -> dict[str, str]:
    """The IRCC elements' text for a language ("fr", else English)."""
    return ELEMENT_TEXT.get(lang, ELEMENT_TEXT["en"])
