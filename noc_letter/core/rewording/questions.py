"""Spot duties too vague to reword and ask the questions that would make them specific."""

from __future__ import annotations

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
# Below this matcher score the duty shares almost nothing with any NOC text.
VAGUE_SCORE = 0.03

QUESTIONS = (
    "What exactly do you do? Name the action (prepare, repair, teach, schedule, ...).",
    "What do you work on or produce: which documents, machines, products or services?",
    "Which tools, software or equipment do you use for it?",
    "For whom do you do it: customers, patients, the owner, other staff?",
    "How often or how much: daily, weekly, at month-end; how many accounts, people or items?",
)


def vague_reason(doc, best_score: float) -> str:
    """Why a duty is too vague to reword ("" when it is specific enough)."""
    nouns = [t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN")]
    specific = [n for n in nouns if n not in GENERIC_NOUNS and any(c.isalpha() for c in n)]
    if not specific:
        return "This duty does not say what you work on; an officer cannot map it to an occupation."
    if best_score < VAGUE_SCORE:
        return "This duty shares almost no wording with any occupation's duties; add specifics."
    return ""


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
