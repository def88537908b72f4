"""The check's messages in French, keyed by finding code like `requirements.MESSAGES`.

`MESSAGES_FR` has one entry per code of `requirements.MESSAGES` (same {names}); `DYNAMIC_FR`
holds the codes whose English text is built elsewhere (duty text problems, the copy guard, how
the duties read). `finding_text.finding_message` picks and fills them.
"""

from __future__ import annotations

NBSP = "\u00a0"


def _q(text: str) -> str:
    """Guillemets with non-breaking spaces: « text »."""
    return f"«{NBSP}{text}{NBSP}»"


MESSAGES_FR = {
    "program-unknown": "Choisissez le programme auquel vous présentez une demande ({choices}).",
    "language-needs-translation": (
        "IRCC accepte les lettres en anglais ou en français. Une lettre dans une autre langue "
        "doit être accompagnée d'une traduction certifiée et de l'affidavit du traducteur (qui "
        "ne peut être ni vous ni un membre de votre famille)."
    ),
    "applicant-name-missing": "Ajoutez votre nom complet, tel qu'il figure sur votre passeport.",
    "employer-name-missing": "Ajoutez le nom de l'entreprise.",
    "employer-address-missing": "Ajoutez l'adresse de l'entreprise; IRCC la demande sur la lettre.",
    "employer-phone-missing": (
        "Ajoutez le numéro de téléphone de l'entreprise; IRCC le demande et peut appeler pour "
        "vérifier la lettre."
    ),
    "employer-email-missing": (
        "Ajoutez une adresse courriel de l'entreprise; IRCC en demande une sur chaque lettre."
    ),
    "signer-name-missing": (
        f"Ajoutez le nom de la personne qui signe la lettre{NBSP}: votre supérieur immédiat ou "
        "une personne des ressources humaines."
    ),
    "signer-title-missing": "Ajoutez le titre du poste de la personne qui signe.",
    "email-invalid": f"{_q('{value}')} ne ressemble pas à une adresse courriel.",
    "phone-invalid": f"{_q('{value}')} semble trop court pour un numéro de téléphone.",
    "signer-contact-missing": (
        "Ajoutez un numéro de téléphone ou une adresse courriel où joindre la personne qui "
        "signe; les agents appellent parfois pour vérifier une lettre."
    ),
    "signer-role-invalid": (
        "La lettre doit être signée par votre supérieur immédiat ou par une personne des "
        "ressources humaines (personnel); indiquez laquelle des deux signe."
    ),
    "signer-is-applicant": (
        "La personne qui signe porte votre nom. Une lettre de référence vient de votre "
        "supérieur ou des ressources humaines; si vous étiez travailleur autonome, une lettre "
        "ne suffit pas et d'autres preuves sont nécessaires."
    ),
    "letter-date-missing": "Ajoutez la date de la lettre.",
    "letter-date-invalid": (
        "Écrivez la date de la lettre sous la forme année-mois-jour (AAAA-MM-JJ), par exemple "
        "2026-01-15."
    ),
    "letter-date-future": "La date de la lettre est dans le futur.",
    "letter-before-start": "La lettre est datée d'avant le début du poste {number} ({start}).",
    "letter-before-end": (
        "La lettre est datée d'avant votre dernier jour au poste {number} ({end}); datez-la de "
        "votre dernier jour travaillé ou d'une date ultérieure, ou laissez la date de fin vide "
        "si vous y travaillez encore."
    ),
    "letter-too-old": (
        "{program} demande une lettre de moins de six mois; celle-ci date de {age} jours. "
        "Demandez une lettre datée de nouveau."
    ),
    "letter-old": (
        "La lettre date de {age} jours et décrit votre emploi actuel; une lettre de moins de "
        "six mois environ est plus sûre."
    ),
    "positions-missing": (
        "Ajoutez le ou les postes que vous avez occupés dans cette entreprise; la lettre doit "
        "tous les mentionner."
    ),
    "several-current-positions": (
        "Plus d'un poste est marqué comme actuel. Si vous êtes passé de l'un à l'autre, "
        "indiquez le dernier jour du premier pour que chaque période soit présentée séparément."
    ),
    "title-missing": "Ajoutez le titre de votre poste, tel que l'entreprise le nomme.",
    "noc-missing": (
        "Choisissez le groupe CNP 2021 (5 chiffres) qui correspond à ce que vous faites "
        "réellement dans cet emploi."
    ),
    "noc-legacy": (
        "{code} est un ancien code CNP 2016; depuis le 16 novembre 2022, IRCC utilise les codes "
        "CNP 2021 à 5 chiffres. {code} est devenu {groups}. Choisissez le groupe qui correspond "
        "à vos fonctions réelles."
    ),
    "noc-invalid": (
        f"{_q('{code}')} n'est pas un code CNP 2021; les codes CNP 2021 ont 5 chiffres, comme "
        "12200."
    ),
    "noc-unknown-number": (
        f"{{code}} n'est pas un code CNP 2021{NBSP}: aucun groupe de la CNP 2021 ne porte ce "
        "numéro. Cherchez par titre d'emploi ou par fonctions pour trouver le bon groupe."
    ),
    "noc-not-skilled": (
        f"La profession CNP {{code}} ({{title}}) est de FEER {{teer}}{NBSP}: le travail de FEER 4 "
        "ou 5 ne compte pas comme travail qualifié pour Entrée express (PTQF, CEC). Si vos "
        "fonctions réelles correspondent à un groupe de FEER 0 à 3, choisissez ce groupe; "
        "sinon, ce poste ne sera pas admissible."
    ),
    "start-missing": "Ajoutez le premier jour où vous avez travaillé à ce poste.",
    "end-missing": (
        "Ajoutez le dernier jour où vous avez travaillé à ce poste, ou marquez-le comme votre "
        "emploi actuel."
    ),
    "start-month-only": (
        "Indiquez le premier jour exact (AAAA-MM-JJ). Le jour, le mois et l'année exacts sont "
        "la forme sûre; un mois seul laisse un doute sur la durée de votre travail."
    ),
    "end-month-only": (
        "Indiquez le dernier jour exact (AAAA-MM-JJ). Le jour, le mois et l'année exacts sont "
        "la forme sûre; un mois seul laisse un doute sur la durée de votre travail."
    ),
    "start-invalid": (
        "Écrivez le premier jour sous la forme année-mois-jour (AAAA-MM-JJ), par exemple "
        "2019-03-04."
    ),
    "end-invalid": (
        "Écrivez le dernier jour sous la forme année-mois-jour (AAAA-MM-JJ), par exemple "
        "2023-06-30."
    ),
    "start-future": "La date de début est dans le futur.",
    "end-before-start": "La date de fin précède la date de début.",
    "hours-missing": (
        "Ajoutez vos heures de travail par semaine en chiffres (par exemple 40); "
        f"{_q('temps plein')} seul ne suffit pas pour IRCC."
    ),
    "hours-invalid": (
        "Les heures par semaine doivent être un nombre supérieur à 0 et d'au plus 168."
    ),
    "salary-missing": (
        "Ajoutez votre rémunération pour ce poste; IRCC demande le salaire et les avantages "
        "sociaux."
    ),
    "salary-invalid": "Le salaire doit être un nombre supérieur à 0.",
    "salary-period-invalid": (
        "Indiquez si le salaire est par année, par mois, par semaine ou de l'heure."
    ),
    "salary-currency-missing": "Ajoutez la devise du salaire.",
    "benefits-missing": (
        "Indiquez les avantages sociaux de ce poste (par exemple assurance santé, vacances "
        f"payées), ou écrivez {_q('aucun')} s'il n'y en a pas; IRCC demande le salaire et les "
        "avantages sociaux."
    ),
    "duties-missing": (
        "Ajoutez les fonctions que vous exercez réellement à ce poste; c'est ce que l'agent lit."
    ),
    "duties-few": (
        "La plupart des lettres décrivent au moins {minimum} fonctions principales pour que "
        "l'agent voie l'ensemble du poste; ce poste en compte {count} pour l'instant. Ajoutez "
        "celles que vous exercez réellement, s'il y en a."
    ),
    "website-missing": (
        f"Ajoutez le site Web de l'entreprise{NBSP}: {{program}} demande un papier à en-tête "
        "qui l'indique."
    ),
    "weeks-per-year-missing": (
        "Ajoutez le nombre de semaines par année où vous travaillez à ce poste; {program} le "
        "demande."
    ),
    "vacation-missing": (
        "Ajoutez vos vacances payées pour ce poste (par exemple 2 semaines); {program} le demande."
    ),
    "location-missing": (
        "Ajoutez le lieu où vous faites ce travail (ville et province, ou pays); {program} le "
        "demande."
    ),
    "not-full-time": (
        "{program} demande un emploi à temps plein (au moins {minimum:g} heures par semaine)."
    ),
    "sinp-proof-of-employment": (
        "Le SINP demande une preuve d'emploi délivrée par un gouvernement avec chaque lettre; "
        "consultez la liste de documents du SINP pour savoir lesquels sont acceptés."
    ),
    "bcpnp-signing-authority": (
        "Le BC PNP demande un emploi à temps plein sans date de fin prévue et une déclaration "
        "de l'employeur (Employer Declaration) signée par une personne qui a le pouvoir de "
        "signer pour l'entreprise; assurez-vous que la personne qui signe a ce pouvoir."
    ),
}

_COPIED_ADVICE = (
    f"Les agents considèrent les fonctions copiées de la CNP comme un signal d'alarme{NBSP}: "
    "décrivez ce que vous faites réellement, dans vos propres mots, avec vos outils, vos objets "
    "de travail et des exemples."
)

# Messages whose English text is built outside requirements.py; {duty} is "La fonction 3" or
# "La fonction 3 du poste 2", {where} the NOC sentence a copied duty is close to.
DYNAMIC_FR = {
    "duty-no-words": (
        "{duty} ne contient aucun mot, seulement des symboles ou des émojis; un agent ne peut "
        "pas y lire une fonction. Écrivez ce que vous faites, ou supprimez-la."
    ),
    "duty-too-long": (
        "{duty} compte {count} caractères; un agent lit chaque fonction comme une seule tâche. "
        "Divisez-la en plusieurs fonctions, une par ligne, ou raccourcissez-la (moins de {max} "
        "caractères)."
    ),
    "duty-repeated": (
        "{duty} répète la fonction {other}; la lettre dirait deux fois la même chose. Supprimez "
        "l'une des deux, ou décochez-la pour la garder hors de la lettre."
    ),
    "duty-near-repeat": (
        "{duty} dit presque la même chose que la fonction {other}; la lettre le dirait deux "
        "fois. Gardez la meilleure, ou faites en sorte que chacune dise ce qui les distingue."
    ),
    "duty-run-on": (
        f"{{duty}} contient le mot {_q('{word}')} {{count}} fois de suite; vérifiez le texte "
        "(une touche coincée ou un mauvais collage peut causer cela)."
    ),
    "duty-verbatim": "{duty} est copiée du texte même de la CNP{where}. " + _COPIED_ADVICE,
    "duty-close": "{duty} est très proche du texte même de la CNP{where}. " + _COPIED_ADVICE,
    "duties-read-as-other-skilled": (
        "Dans l'ensemble{weighed}, les fonctions du poste {position} correspondent davantage à "
        "{other} {other_title} qu'à votre profession cible {target} {target_title}. {other} est "
        f"de FEER {{other_teer}}, ce qui compte{{too}} comme travail qualifié pour Entrée express "
        f"(PTQF et CEC){NBSP}: si ce groupe décrit mieux votre emploi, choisissez {{other}} comme "
        "profession CNP cible. Si {target} est le bon groupe, placez en premier les fonctions "
        "qui l'appuient et décrivez-les précisément — seulement ce que vous faites réellement."
    ),
    "duties-read-as-other": (
        "Dans l'ensemble{weighed}, les fonctions du poste {position} correspondent davantage à "
        f"{{other}} {{other_title}} (FEER {{other_teer}}{NBSP}: pas du travail qualifié pour "
        "Entrée express; un agent pourrait supposer cet emploi) qu'à votre profession cible "
        "{target}. Placez en premier les fonctions qui appuient {target} et décrivez-les "
        "précisément — seulement ce que vous faites réellement."
    ),
    "duties-too-little": (
        "Les fonctions du poste {position} en disent trop peu pour savoir de quelle profession "
        f"il s'agit{NBSP}: écrivez au moins 3 fonctions précises que vous exercez réellement, "
        "qui couvrent les fonctions principales de {target} que vous accomplissez."
    ),
    "duties-few-on-target": (
        "Seulement {on_target} des {count} fonctions du poste {position} correspondent "
        "clairement à {target}. Précisez les fonctions qui l'appuient (outils, objets, "
        "fréquence)."
    ),
    "lead-statement-unsupported": (
        "Les fonctions du poste {position} ne montrent pas clairement les actions principales "
        "de l'énoncé principal de {target}; les agents les recherchent. Ajoutez-les seulement "
        "si vous les faites."
    ),
}
WEIGHED_FR = " (chaque fonction comptée selon la part de temps indiquée)"
