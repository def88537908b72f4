"""What to offer when the person's words name no action ("Responsible for accounts payable"):
the target's own verbs as choices, each to be used only if true, and only by the person's pick."""

from __future__ import annotations

from noc_letter.core.rewording.edits import Edit
from noc_letter.core.rewording.nominal import verb_phrase
from noc_letter.core.rewording.opening import Opening, head_noun
from noc_letter.core.rewording.results import Change
from noc_letter.core.rewording.target_verbs import TargetVerbs
from noc_letter.core.rewording.verbs import GENERIC_VERBS

# How many verbs a choice offers: those the target uses for the object, then its commonest.
MAX_CHOICES = 6
BLANK = "___"


def choice_verbs(tv: TargetVerbs, noun: str | None) -> list[str]:
    """The verbs to offer: the ones that open the target's duties (as the question names them)
    and, after them, up to two more that the target uses for this very object."""
    common = tv.common_verbs()[:5]
    paired = []
    if noun is not None:
        counts = tv.by_noun.get(noun, {})
        paired = sorted(
            (
                v
                for v in counts
                if v not in GENERIC_VERBS and v not in common and v.isalpha() and len(v) > 2
            ),
            key=lambda v: (-counts[v], v),
        )[:2]
    return (common + paired)[:MAX_CHOICES] if common or paired else []


def choice_edit(opening: Opening, verb: str, tv: TargetVerbs) -> Edit:
    """The edit that puts a picked verb where the lead-in (or nothing) stood."""
    phrase = verb_phrase(verb, opening.helper)
    change = Change(opening.lead_text, phrase, "choice", tv.code, tv.verbs.get(verb))
    return Edit(opening.at, opening.lead_end, phrase + " ", change)


def blank_edit(opening: Opening) -> Edit:
    """The edit that leaves a blank where the picked verb goes ("___ accounts payable")."""
    phrase = verb_phrase(BLANK, opening.helper) if opening.helper != "assist" else "assist in ___"
    change = Change(opening.lead_text, phrase, "choice", None, None)
    return Edit(opening.at, opening.lead_end, phrase + " ", change)


def object_noun(tokens, opening: Opening) -> str | None:
    """The head noun of what the lead-in is about ("accounts payable" → "account")."""
    return head_noun(tokens, opening.lead_end)
