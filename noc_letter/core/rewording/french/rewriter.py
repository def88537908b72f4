"""French rewording: the letter-ready form of the person's own verb, and questions in French for
vague or incomplete duties. It never reads matching scores, so it is right whatever the matcher
makes of French."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

from noc_letter.core.rewording.french.conjugation import is_infinitive_form
from noc_letter.core.rewording.french.honesty import introduced_words, missing_facts
from noc_letter.core.rewording.french.leadins import (
    ASSIST_VERBS,
    CARE_VERBS,
    REFLEXIVE_CARE_VERBS,
    Lead,
    object_phrase,
    responsible_lead,
)
from noc_letter.core.rewording.french.letter_form import (
    OBJECT_CLITICS,
    LetterForm,
    NoForm,
    letter_form,
    norm,
)
from noc_letter.core.rewording.french.questions import (
    HELPER_QUESTIONS,
    QUESTIONS,
    action_question,
    helper_question,
    questions_for,
    vague_reason,
)
from noc_letter.core.rewording.results import (
    FRENCH_SCOPE_NOTE,
    LETTER_FORM,
    OFFERS,
    Change,
    Segment,
    Suggestion,
    SuggestionSet,
)

# How it works. A duty that starts with "Responsable de", "En charge de" or "Chargé(e) de" is
# reworded only when the person's next word is their own verb ("Responsable de saisir les
# factures" → "Saisir les factures"); otherwise they are asked what they do with the object.
# Any other duty has its conjugated verbs put in the infinitive of the same verb, its subject
# dropped and its clitics placed as an infinitive wants them ("Je m'occupais de la paie" →
# "S'occuper de la paie"); every other word stays as written. A negation, a modal ("je
# pouvais"), a passive or a clause with verbs it cannot all read gets no form and a note saying
# why. Vague duties get the general questions; "aider" and "s'occuper de" get a question asking
# what the person does themselves. The score and rank fields of a French suggestion are 0: no
# matcher reading chose or checked it.
MAX_SUGGEST_CHARS = 600
NO_ACTION = (
    "Aucune reformulation ne garde vos faits : vos mots ne disent pas ce que vous faites "
    "concernant {obj}. Répondez à la question ; aucune action n'est ajoutée à votre place."
)
ALREADY = (
    "Cette fonction est déjà rédigée comme dans une lettre (infinitif ou nom) ; rien à changer."
)
NOTES = {
    "negated": (
        "Cette phrase est à la forme négative : elle ne décrit pas une fonction exercée. "
        "Écrivez ce que vous faisiez."
    ),
    "modal": (
        "Le verbe (devoir, pouvoir, vouloir, aller…) dit ce que vous deviez ou pouviez faire, "
        "pas ce que vous faisiez : aucune forme n'est proposée. Écrivez l'action elle-même si "
        "c'est ce que vous faisiez."
    ),
    "passive": (
        "Cette phrase est au passif : dites ce que vous faisiez vous-même ; aucune forme n'est "
        "proposée."
    ),
    "copula": (
        "Cette phrase décrit un état (être, avoir), pas une action : écrivez ce que vous "
        "faisiez ; aucune forme n'est proposée."
    ),
    "personal_object": (
        "Le pronom (me, nous, vous) renvoie à vous ou au lecteur : aucune forme n'est proposée, "
        "pour ne pas changer le sens."
    ),
    "unknown": "Le verbe n'a pas été reconnu avec certitude : aucune forme n'est proposée.",
    "mixed": (
        "Cette phrase a plusieurs verbes conjugués que la forme à l'infinitif ne peut pas tous "
        "reprendre : séparez-la en fonctions plus simples."
    ),
}
_TO = {"au": "le ", "aux": "les ", "à la": "la ", "à l'": "l'", "sur": "", "à": "", "a": ""}


def _capitalised(segments: tuple[Segment, ...]) -> tuple[str, tuple[Segment, ...]]:
    text = "".join(s.text for s in segments).strip()
    if not text:
        return "", segments
    first = segments[0]
    stripped = first.text.lstrip()
    head = Segment(stripped[:1].upper() + stripped[1:], first.source, first.noc_text)
    return text[:1].upper() + text[1:], (head, *segments[1:])


class FrenchRewriter:
    """Letter-ready forms and questions for French duties (one per session, thread-safe)."""

    def __init__(self, nlp: Callable[[], object] | None = None) -> None:
        """`nlp` returns the French pipeline (default: nlp_fr.get_french_nlp)."""
        if nlp is None:
            from noc_letter.core.nlp_fr import get_french_nlp

            nlp = get_french_nlp
        self._nlp = nlp
        self._lock = threading.Lock()

    def _doc(self, text: str):
        with self._lock:
            return self._nlp()(text)

    def suggest(self, text: str, target: str) -> SuggestionSet:
        """The letter form of a French duty (0 or 1 suggestion), or questions in French."""
        from noc_letter.core.matching.query import clean_text

        cleaned = clean_text(text)
        if not cleaned:
            return self._result(text, target, (), QUESTIONS[:3], "La fonction est vide.")
        if len(cleaned) > MAX_SUGGEST_CHARS:
            note = "C'est plus long qu'une fonction ; séparez-la d'abord en fonctions distinctes."
            return self._result(text, target, (), (), note)
        lead = responsible_lead(cleaned)
        if lead is not None:
            return self._lead(text, cleaned, target, lead)
        doc = self._doc(cleaned)
        tokens = list(doc)
        form = letter_form(tokens)
        skip: set[int] = set()
        pronoun = False
        if isinstance(form, LetterForm):
            for edit in form.edits:
                skip |= set(range(edit.start, edit.end))
            pronoun = any(norm(tokens[k]) in OBJECT_CLITICS for k in skip)
        elif tokens and is_infinitive_form(norm(tokens[0])):
            skip = {0}
        reason = vague_reason(tokens, skip, pronoun)
        if reason:
            has_action = isinstance(form, LetterForm) and form.first.verb not in ("faire",)
            return self._result(text, target, (), questions_for(tokens, has_action), reason)
        suggestions: tuple[Suggestion, ...] = ()
        note = ALREADY
        if isinstance(form, LetterForm):
            made = self._suggestion(cleaned, doc, form)
            suggestions = (made,) if made is not None else ()
            note = "" if made is not None else NOTES["unknown"]
        elif isinstance(form, NoForm):
            note = NOTES[form.reason]
        questions = self._role_questions(cleaned, tokens, form, target)
        return self._result(text, target, suggestions, questions, "" if suggestions else note)

    # --- parts ----------------------------------------------------------------------------
    @staticmethod
    def _result(text, target, suggestions, questions, note) -> SuggestionSet:
        return SuggestionSet(
            text,
            target,
            tuple(suggestions),
            tuple(questions),
            note,
            lang="fr",
            offers=OFFERS["fr"],
            scope_note=FRENCH_SCOPE_NOTE,
        )

    def _suggestion(self, cleaned: str, doc, form: LetterForm) -> Suggestion | None:
        """The letter form as a Suggestion, if it keeps every fact and brings in no word."""
        from noc_letter.core.rewording.edits import apply_edits

        text, segments = _capitalised(apply_edits(doc, list(form.edits)))
        if not text or text == cleaned:
            return None
        sources = dict(zip(form.verbs, form.replaced, strict=True))
        if introduced_words(cleaned, text, sources):
            return None
        replaced = {k for e in form.edits for k in range(e.start, e.end)}
        if missing_facts(self._facts(doc, replaced), text):
            return None
        changes = tuple(e.change for e in form.edits if e.change is not None)
        return Suggestion(text, changes, segments, 0.0, 0.0, 0, 0, kind=LETTER_FORM)

    @staticmethod
    def _facts(doc, replaced: set[int]) -> list[str]:
        """Nouns, names, numbers and tools outside the verb groups the form rewrites."""
        kept = [t for k, t in enumerate(doc) if k not in replaced]
        return [
            t.text
            for t in kept
            if not (t.is_punct or t.is_space)
            and (
                t.pos_ in ("NOUN", "PROPN", "NUM") or t.like_num or any(c.isdigit() for c in t.text)
            )
        ]

    def _lead(self, text: str, cleaned: str, target: str, lead: Lead) -> SuggestionSet:
        """ "Responsable de ...": the person's own verb after it, else a question."""
        rest_doc = self._doc(lead.rest)
        tokens = list(rest_doc)
        first = norm(tokens[0]) if tokens else ""
        if not lead.article and is_infinitive_form(first):
            suggestion = lead.rest[:1].upper() + lead.rest[1:]
            change = Change(lead.text, "", "vague_verb", None, None)
            facts = self._facts(rest_doc, {0})
            if not missing_facts(facts, suggestion) and not introduced_words(
                cleaned, suggestion, {}
            ):
                made = Suggestion(
                    suggestion,
                    (change,),
                    (Segment(suggestion, "person"),),
                    0.0,
                    0.0,
                    0,
                    0,
                    kind=LETTER_FORM,
                )
                return self._result(text, target, (made,), (), "")
        reason = vague_reason(tokens, set(), False)
        if reason:
            return self._result(text, target, (), questions_for(tokens, False), reason)
        obj = object_phrase(lead.rest, lead.article)
        question = action_question(obj, target)
        return self._result(text, target, (), (question,), NO_ACTION.format(obj=obj))

    def _role_questions(self, cleaned: str, tokens, form, target: str) -> tuple[str, ...]:
        """For "aider ..." and "s'occuper de ...": ask what the person does themselves."""
        if isinstance(form, LetterForm):
            verb, end, reflexive = form.first.verb, form.first.end, form.first.reflexive
        elif tokens and is_infinitive_form(norm(tokens[0])):
            verb, end, reflexive = norm(tokens[0]), 1, False
        elif (
            len(tokens) > 1
            and norm(tokens[0]) in ("s'", "se")
            and is_infinitive_form(norm(tokens[1]))
        ):
            verb, end, reflexive = norm(tokens[1]), 2, True
        else:
            return ()
        if end >= len(tokens):
            return ()
        rest = cleaned[tokens[end].idx :]
        if verb in ASSIST_VERBS:
            words = [norm(t) for t in tokens[end:]]
            if any(
                w in ("à", "a") and is_infinitive_form(nxt)
                for w, nxt in zip(words, words[1:], strict=False)
            ):
                return ()  # "aider (le comptable) à préparer les paies" names the action
            return (helper_question(verb, _quote(rest)), *HELPER_QUESTIONS)
        if verb in CARE_VERBS or (reflexive and verb in REFLEXIVE_CARE_VERBS):
            return (action_question(_object(rest), target),)
        return ()


def _quote(words: str) -> str:
    """The person's words after a verb, up to the first comma, at most eight words."""
    obj = re.split(r"[,;:]", words, maxsplit=1)[0].strip().rstrip(".")
    parts = obj.split()
    return " ".join(parts[:8]) + (" …" if len(parts) > 8 else "")


def _object(words: str) -> str:
    """The object after "s'occuper de", "voir à", "travailler sur", with its own article."""
    low = words.lower().replace("’", "'")
    for prep in ("à la ", "à l'", "aux ", "au ", "sur ", "à "):
        if low.startswith(prep):
            return object_phrase(words[len(prep) :], _TO[prep.strip()])
    return object_phrase(words)
