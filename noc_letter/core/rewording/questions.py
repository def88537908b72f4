"""Spot duties too vague to reword and ask the questions that would make them specific."""

from __future__ import annotations

from noc_letter.core.rewording.verbs import lead_in

# Nouns that name no real object of work: a duty made only of these says nothing an officer
# can map ("handled various tasks", "did other stuff as needed").
GENERIC_NOUNS = frozenset(
    {
        "task",
        "stuff",
        "thing",
        "work",
        "duty",
        "job",
        "matter",
        "issue",
        "activity",
        "item",
        "responsibility",
        "assignment",
        "project",
        "role",
        "everything",
        "something",
        "anything",
        "lot",
        "kind",
        "type",
        "etc",
        "need",
        "time",
        "day",
        "way",
        "part",
        "other",
        "others",
    }
)
# Words after a lead-in that leave the work open ("Did whatever the manager needed").
OPEN_WORDS = frozenset({"whatever", "everything", "anything", "something", "what", "whichever"})
# Below this matcher score the duty shares almost nothing with any NOC text.
VAGUE_SCORE = 0.03

QUESTIONS = (
    "What exactly do you do? Name the action (prepare, repair, teach, schedule, ...).",
    "What do you work on or produce: which documents, machines, products or services?",
    "Which tools, software or equipment do you use for it?",
    "For whom do you do it: customers, patients, the owner, other staff?",
    "How often or how much: daily, weekly, at month-end; how many accounts, people or items?",
)


def _specific_nouns(doc) -> list[str]:
    nouns = [t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN")]
    return [n for n in nouns if n not in GENERIC_NOUNS and any(c.isalpha() for c in n)]


def _head_after(doc, start_char: int):
    """Head noun of the noun phrase that starts at `start_char` (None when there is none)."""
    head = None
    for token in doc:
        if token.idx < start_char:
            continue
        if token.pos_ in ("NOUN", "PROPN"):
            head = token
        elif not (token.pos_ in ("DET", "ADJ", "NUM") or token.text in ("-", "/")):
            break
    return head


def vague_reason(doc, best_score: float, nlp=None) -> str:
    """Why a duty is too vague to reword ("" when it is specific enough).

    With `nlp`, the words after a vague lead-in are tagged again as a noun phrase: the small
    tagger reads "Handling accounts payable" with "accounts" as a verb.
    """
    lead = lead_in(doc.text)
    specific = _specific_nouns(doc)
    if not specific and lead is not None and nlp is not None and not lead[2]:
        specific = _specific_nouns(nlp("the " + lead[1]))
    if not specific:
        return "This duty does not say what you work on; an officer cannot map it to an occupation."
    if lead is not None and not lead[2]:
        after = next((t for t in doc if t.idx >= len(lead[0])), None)
        if after is not None and after.lower_ in OPEN_WORDS:
            return (
                f"This duty says you did \u201c{after.text}\u201d was needed, not what it was; "
                "an officer cannot map it to an occupation."
            )
        head = _head_after(doc, len(lead[0]))
        if head is not None and head.lemma_.lower() in GENERIC_NOUNS:
            return (
                f"This duty says you work on \u201c{head.text}\u201d but not what that work is; "
                "an officer cannot map it to an occupation."
            )
    if lead is None and not any(t.pos_ == "VERB" for t in doc):
        head = _head_after(doc, 0)  # "General kitchen duties": no action, and "duties"
        if head is not None and head.lemma_.lower() in GENERIC_NOUNS:
            return (
                f"This duty names \u201c{head.text}\u201d but not what they are; an officer "
                "cannot map it to an occupation."
            )
    if best_score < VAGUE_SCORE:
        return "This duty shares almost no wording with any occupation's duties; add specifics."
    return ""


def action_question(object_text: str, code: str, verbs: list[str]) -> str:
    """Ask what the person does with the object of a vague lead-in ("Dealing with invoices"),
    naming the target's own verbs as choices, to be used only if true."""
    choices = ", ".join(verbs)
    also = (
        f" {code}'s duties use verbs such as {choices}; use one only if it is what you do."
        if verbs
        else ""
    )
    return f"What exactly do you do with {object_text}? Name the action.{also}"


def questions_for(doc) -> tuple[str, ...]:
    """Questions that help the person describe the duty specifically (never a rewrite)."""
    if doc is None:
        return QUESTIONS[:1] + QUESTIONS[1:3]
    has_verb = any(
        t.pos_ == "VERB" and t.lemma_.lower() not in ("do", "handle", "be", "have") for t in doc
    )
    questions = list(QUESTIONS)
    if has_verb:
        questions.remove(QUESTIONS[0])
    return tuple(questions)
