"""Casual rewrites of well-formed duties, the way people first type them, for the suggest bench.

"Prepare financial statements" becomes "Preparing financial statements", "Responsible for
preparing financial statements" and "Handling financial statements": the gerund, the vague
lead-in and the vague verb that the rewording is meant to turn back into the target's wording.
Generic rules on the leading verb only; nothing here depends on a particular item.
"""

from __future__ import annotations

from noc_letter.core.rewording.verbs import gerund

FORMS = ("gerund", "responsible for", "handling")


def casual_forms(text: str, nlp) -> dict[str, str]:
    """The casual forms of a duty that starts with a verb ({} when it does not)."""
    doc = nlp(text.strip())
    tokens = [t for t in doc if not t.is_space]
    if len(tokens) < 3 or tokens[0].pos_ != "VERB" or tokens[0].tag_ != "VB":
        return {}
    first = tokens[0]
    rest = text.strip()[first.idx + len(first.text) :].strip()
    # Only the first verb of a coordinated list ("Plan, direct and ...") would be changed.
    if not rest or rest[0] in ",;" or tokens[1].pos_ in ("CCONJ", "PUNCT"):
        return {}
    ing = gerund(first.lemma_)
    return {
        "gerund": f"{ing.capitalize()} {rest}",
        "responsible for": f"Responsible for {ing} {rest}",
        "handling": f"Handling {rest}",
    }
