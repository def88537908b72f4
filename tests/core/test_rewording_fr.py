"""French rewording as a person sees it: the letter-ready (infinitive) form of their own verb,
questions in French for vague lines and "Responsable de ...", and no suggestion at all where a
form would change what they said (negation, modal, passive)."""

from __future__ import annotations

import pytest

from noc_letter.core.rewording import get_rewriter, suggest
from noc_letter.core.rewording.french import get_french_rewriter
from noc_letter.core.rewording.french.conjugation import finite_infinitive, participle_infinitive
from noc_letter.core.rewording.results import FRENCH_SCOPE_NOTE, LETTER_FORM, OFFERS

# (typed, target, the letter form it must get)
LETTER_FORMS = [
    ("Je faisais les conciliations bancaires", "12200", "Faire les conciliations bancaires"),
    (
        "J'ai préparé les états financiers mensuels",
        "12200",
        "Préparer les états financiers mensuels",
    ),
    ("Je m'occupais de la paie", "12200", "S'occuper de la paie"),
    (
        "Elle saisissait les factures dans Sage 50 (40 %)",
        "12200",
        "Saisir les factures dans Sage 50 (40 %)",
    ),
    ("je les vérifiais", "12200", "Les vérifier"),
    ("Nous avons formé les nouveaux employés", "11200", "Former les nouveaux employés"),
    ("Je m'en occupais après l'école", "44100", "S'en occuper après l'école"),
    ("Je l'ai vérifiée chaque mois", "12200", "La vérifier chaque mois"),
    ("Je lui ai envoyé les rapports", "12200", "Lui envoyer les rapports"),
    ("Je les ai préparés et envoyés", "12200", "Les préparer et les envoyer"),
    (
        "J'ai préparé les factures et je les envoyais aux clients",
        "12200",
        "Préparer les factures et les envoyer aux clients",
    ),
    ("Je saisis et vérifie les factures", "12200", "Saisir et vérifier les factures"),
    (
        "Elle a accueilli les patients et pris leurs signes vitaux",
        "33102",
        "Accueillir les patients et prendre leurs signes vitaux",
    ),
    (
        "Je réparais des ordinateurs, j'installais des logiciels et je formais les usagers",
        "22220",
        "Réparer des ordinateurs, installer des logiciels et former les usagers",
    ),
    ("Préparé les rapports mensuels", "12200", "Préparer les rapports mensuels"),
    ("Prépare les états financiers", "12200", "Préparer les états financiers"),
    (
        "Je préparais les factures que le client envoyait",
        "12200",
        "Préparer les factures que le client envoyait",
    ),
    (
        "Responsable de saisir les factures dans QuickBooks",
        "12200",
        "Saisir les factures dans QuickBooks",
    ),
]


@pytest.fixture(scope="module")
def rewriter():
    return get_french_rewriter()


@pytest.mark.parametrize(("text", "target", "expected"), LETTER_FORMS)
def test_french_lines_get_their_letter_form(rewriter, text, target, expected):
    """The infinitive of the same verb, every other word kept as written."""
    result = rewriter.suggest(text, target)
    assert [s.text for s in result.suggestions] == [expected]
    (suggestion,) = result.suggestions
    assert suggestion.kind == LETTER_FORM
    assert result.lang == "fr" and result.offers == OFFERS["fr"]
    assert result.scope_note == FRENCH_SCOPE_NOTE
    assert "".join(seg.text for seg in suggestion.segments) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Saisie des factures fournisseurs",
        "Tenue des livres comptables",
        "Préparer les remises de TPS/TVQ chaque trimestre",
        "Préparation des desserts",
        "Accueil des visiteurs et gestion des appels",
    ],
)
def test_letter_ready_lines_are_left_as_they_are(rewriter, text):
    """An infinitive or a noun phrase already reads as a letter does: no form change."""
    result = rewriter.suggest(text, "12200")
    assert result.suggestions == ()
    assert result.note  # says why there is nothing to change


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Je ne faisais pas la paie", "négative"),
        ("J'ai pas fait la paie", "négative"),
        ("J'ai dû remplir les formulaires", "devoir"),
        ("Je pouvais remplacer le gérant", "pouvoir"),
        ("Je devais préparer les paies", "devoir"),
        ("J'ai été formée sur le logiciel de caisse", "passif"),
        ("J'étais caissière", "état"),
        ("Il me donnait les dossiers", "pronom"),
        ("Je préparais les factures, les clients payaient", "plusieurs verbes"),
    ],
)
def test_forms_that_would_change_the_meaning_are_not_offered(rewriter, text, why):
    """Negation, a modal, a passive, a copula, "me" as object or a second clause: no letter
    form (never a mangled one), and a note in French saying why."""
    result = rewriter.suggest(text, "12200")
    assert result.suggestions == ()
    assert why in result.note


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("Responsable de la comptabilité", "la comptabilité"),
        ("Responsable des comptes fournisseurs et clients", "les comptes fournisseurs"),
        ("En charge de l'inventaire", "l'inventaire"),
        ("Chargée de la facturation", "la facturation"),
        ("J'étais responsable de la caisse", "la caisse"),
        ("J'avais la responsabilité de la caisse", "la caisse"),
        ("Je prenais en charge les plaintes des clients", "les plaintes des clients"),
    ],
)
def test_responsible_for_becomes_a_question_never_an_action(rewriter, text, obj):
    """ "Responsable de X" says nothing of what the person did with X: no rewording, a question
    in French naming X, with the target's French verbs as examples to use only if true."""
    result = rewriter.suggest(text, "12200")
    assert result.suggestions == ()
    (question,) = result.questions
    assert question.startswith(f"Que faites-vous exactement concernant {obj}")
    assert "n'en utilisez un que si c'est ce que vous faites" in question
    assert "préparer" in question  # 12200's CNP duties open with "préparer"
    assert "aucune action n'est ajoutée" in result.note


@pytest.mark.parametrize(
    "text",
    [
        "Tâches administratives diverses",
        "Autres tâches connexes",
        "Je faisais diverses tâches",
        "Je fais tout ce qui est demandé",
        "Effectuer d'autres tâches connexes",
    ],
)
def test_vague_french_lines_get_french_questions(rewriter, text):
    """What exactly, on what, with which software, for whom, how often: asked in French."""
    result = rewriter.suggest(text, "12200")
    assert result.suggestions == ()
    assert len(result.questions) >= 4
    joined = " ".join(result.questions)
    for asked in ("logiciels", "Pour qui", "fréquence"):
        assert asked in joined
    assert "agent" in result.note  # why: an officer cannot map it


def test_helping_gets_a_question_about_what_the_person_did(rewriter):
    """ "Aider le comptable" is asked what the person does themselves and who approved it;
    "aider à préparer" names the action and is not asked."""
    result = rewriter.suggest("Aider le comptable", "12200")
    assert result.suggestions == ()
    first, second = result.questions
    assert first.startswith("Que faites-vous vous-même quand vous aidez le comptable")
    assert "approuve" in second
    named = rewriter.suggest("J'aidais le comptable à préparer les déclarations de TPS", "12200")
    assert [s.text for s in named.suggestions] == [
        "Aider le comptable à préparer les déclarations de TPS"
    ]
    assert named.questions == ()


def test_taking_care_of_gets_its_form_and_a_question(rewriter):
    """ "Je m'occupais de la paie" gets its letter form and is asked what exactly they did."""
    result = rewriter.suggest("Je m'occupais de la paie", "12200")
    assert [s.text for s in result.suggestions] == ["S'occuper de la paie"]
    assert result.questions[0].startswith("Que faites-vous exactement concernant la paie")
    charged = rewriter.suggest("Je me chargeais de l'ouverture du restaurant", "62020")
    assert [s.text for s in charged.suggestions] == ["Se charger de l'ouverture du restaurant"]
    assert charged.questions[0].startswith("Que faites-vous exactement concernant l'ouverture")
    loading = rewriter.suggest("Je chargeais les camions", "75101")  # an action: no question
    assert [s.text for s in loading.suggestions] == ["Charger les camions"]
    assert loading.questions == ()


def test_french_suggestions_record_what_changed(rewriter):
    """The dropped subject and the verb put in its infinitive are the recorded changes."""
    (s,) = rewriter.suggest("J'ai préparé les états financiers", "12200").suggestions
    assert [(c.original, c.replacement, c.kind) for c in s.changes] == [
        ("J'", "", "subject"),
        ("ai préparé", "préparer", "verb_form"),
    ]
    assert s.provenance("J'ai préparé les états financiers")["kind"] == LETTER_FORM


def test_french_duties_are_routed_by_the_shared_rewriter():
    """The rewriter the app and the CLI use sends a French duty to the French rewording and
    leaves an English one to the English rewording; `lang` overrides the detection."""
    french = suggest("Je faisais les conciliations bancaires", "12200")
    assert french.lang == "fr" and french.suggestions[0].text.startswith("Faire")
    english = get_rewriter().suggest("Made the daily soups", "63200")
    assert english.lang == "en" and english.scope_note == ""
    assert "Make the daily soups" in [s.text for s in english.suggestions]
    forced = suggest("Je faisais les conciliations bancaires", "12200", lang="en")
    assert forced.lang == "en"
    with pytest.raises(KeyError):
        suggest("Je faisais les conciliations bancaires", "12290")


@pytest.mark.parametrize("text", ["", "   ", "je", "J'", "Je m'", "...", "é", "x" * 700])
def test_odd_french_input_never_fails(rewriter, text):
    """Empty, cut-off or overlong input gets questions or a note, never an error."""
    result = rewriter.suggest(text, "12200")
    assert result.suggestions == ()
    assert result.questions or result.note


@pytest.mark.parametrize(
    ("form", "infinitive"),
    [
        ("faisais", "faire"),
        ("vérifiais", "vérifier"),
        ("saisissait", "saisir"),
        ("tenais", "tenir"),
        ("rédigeais", "rédiger"),
        ("commençais", "commencer"),
        ("gère", "gérer"),
        ("conduisais", "conduire"),
    ],
)
def test_finite_forms_give_their_infinitive(form, infinitive):
    assert finite_infinitive(form) == infinitive


@pytest.mark.parametrize(
    ("form", "infinitive"),
    [
        ("préparé", "préparer"),
        ("vérifiées", "vérifier"),
        ("tenue", "tenir"),
        ("vendu", "vendre"),
        ("reçu", "recevoir"),
        ("pris", "prendre"),
        ("écrite", "écrire"),
        ("établi", "établir"),
        ("fait", "faire"),
        ("mis", "mettre"),
    ],
)
def test_participles_give_their_infinitive(form, infinitive):
    assert participle_infinitive(form) == infinitive
