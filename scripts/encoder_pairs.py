"""Training pairs for the NOC encoder, made only from the NOC 2021 text (build time only).

Every pair is (anchor, positive, hard negative) of one unit group:

* a main duty with another main duty of the same group (the way a letter's duties sit together);
* a main duty with the group's lead statement (its first sentence: the actions);
* an example title with one of the group's main duties, and with its lead statement;
* the group title with its lead statement;
* with `parts` (train_encoder.py --duty-parts; off for the shipped model): a part of a main
  duty that lists several actions ("Post journal entries and reconcile accounts, prepare trial
  balance of books…" → "prepare trial balance of books") with the whole duty or another main
  duty of the group, since people write one action a line. Measured in docs/benchmarks.md
  ("Matcher experiments"): no gain, so the shipped model is trained without.

The hard negative is a text of the same kind from a group an officer could confuse with it: a
group named in its exclusions, else a sibling in the same minor group (same first 4 digits),
else any other group. No evaluation text (O*NET task statements, ESCO descriptions, the dev
set) is read here.

`batches()` deals the pairs into batches in which every anchor comes from a different group,
so the in-batch negatives of MultipleNegativesRankingLoss are true negatives.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from noc_letter.core.matching.lead import lead_actions  # noqa: E402

# How many example titles of a group become anchors (largest groups have hundreds).
TITLES_PER_GROUP = 6
TITLES_WITH_LEAD = 2
# Words that open a main duty without being its action ("May supervise…", "Also…").
NOT_ACTIONS = frozenset({"may", "also", "in", "as", "for", "when", "under", "with", "the", "a"})
PARTICLES = NOT_ACTIONS | {"up", "on", "out", "off", "down", "over", "key", "and", "or"}
_SPLIT = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|;\s+|\s+and\s+|\s+or\s+)")


@dataclass(frozen=True)
class Pair:
    """One training triple and the unit group its anchor and positive come from."""

    code: str
    anchor: str
    positive: str
    negative: str


def load_groups(path: Path) -> list[dict]:
    """The unit groups of `unit_groups.json` (NOC 2021 V1.0)."""
    return json.loads(path.read_text(encoding="utf-8"))


def confusables(groups: list[dict]) -> dict[str, list[str]]:
    """Per code: the codes of its exclusions, then its minor-group siblings."""
    codes = {g["code"] for g in groups}
    by_minor = defaultdict(list)
    for g in groups:
        by_minor[g["code"][:4]].append(g["code"])
    out = {}
    for g in groups:
        named = [
            e["see_code"]
            for e in g.get("exclusions_structured") or []
            if e.get("see_code") in codes and e["see_code"] != g["code"]
        ]
        siblings = [c for c in by_minor[g["code"][:4]] if c != g["code"]]
        out[g["code"]] = list(dict.fromkeys(named + siblings))
    return out


def _duties(group: dict) -> list[str]:
    return [d["text"].strip() for d in group["main_duties"] if d["text"].strip()]


def action_verbs(groups: list[dict]) -> frozenset[str]:
    """The words NOC main duties open with (their actions: "prepare", "operate", …)."""
    words = set()
    for g in groups:
        for duty in _duties(g):
            first = duty.split()[0].lower().strip(",.;:")
            if first.isalpha() and first not in NOT_ACTIONS:
                words.add(first)
    return frozenset(words)


def verb_starts(duty: str, tagger) -> set[int] | None:
    """Character offsets of the words spaCy's tagger reads as verbs (None without a tagger)."""
    if tagger is None:
        return None
    return {t.idx for t in tagger(duty) if t.pos_ in ("VERB", "AUX") or t.tag_ in ("VB", "VBP")}


def load_tagger():
    """spaCy's English tagger (the app's model package), for telling "record files" from
    "record systems"; None if no model package is installed."""
    import spacy

    from noc_letter.core.nlp import MODEL_PACKAGES

    for name in MODEL_PACKAGES:
        if spacy.util.is_package(name):
            return spacy.load(name, exclude=["parser", "ner", "lemmatizer"])
    return None


def duty_parts(duty: str, verbs: frozenset[str], tagger=None) -> list[str]:
    """The actions of a duty that lists several, each as a short text; [] if it lists one.

    A part starts where a comma, semicolon, "and" or "or" is followed by an action verb the
    NOC opens duties with: "Post journal entries and reconcile accounts, prepare trial
    balance" → ["Post journal entries", "reconcile accounts", "prepare trial balance"].
    """
    text = duty.strip().rstrip(".")
    tagged = verb_starts(text, tagger)
    cuts = [(0, 0)]
    for sep in _SPLIT.finditer(text):
        following = text[sep.end() :].split(maxsplit=1)
        if not following or following[0].lower().strip(",;:") not in verbs:
            continue
        if tagged is not None and sep.end() not in tagged:
            continue  # "price lists", "work area": the word is a noun here
        # Verbs that share one object stay together: "Set up and operate machines",
        # "establish, maintain and balance accounts".
        left = re.findall(r"[a-z'-]+", text[cuts[-1][1] : sep.start()].lower())
        if all(word in verbs or word in PARTICLES for word in left):
            continue
        cuts.append((sep.start(), sep.end()))
    cuts.append((len(text), len(text)))
    parts = [text[a[1] : b[0]].strip(" ,;") for a, b in zip(cuts, cuts[1:], strict=False)]
    parts = [p for p in parts if len(p.split()) >= 2]
    return parts if len(parts) >= 2 else []


def make_pairs(groups: list[dict], seed: int = 13, parts: bool = False) -> list[Pair]:
    """All training triples, in a fixed order for a given seed (and spaCy model)."""
    rng = random.Random(seed)
    by_code = {g["code"]: g for g in groups}
    near = confusables(groups)
    all_codes = sorted(by_code)

    def other(code: str) -> dict:
        pool = near[code] or [c for c in all_codes if c != code]
        return by_code[rng.choice(pool)]

    def neg_duty(code: str) -> str:
        duties = _duties(other(code))
        return rng.choice(duties) if duties else by_code[code]["title"]

    verbs = action_verbs(groups) if parts else frozenset()
    tagger = load_tagger() if parts else None
    pairs: list[Pair] = []
    for g in groups:
        code, lead, duties = g["code"], lead_actions(g["lead_statement"]), _duties(g)
        for i, duty in enumerate(duties):
            if len(duties) > 1:
                mate = duties[(i + rng.randrange(1, len(duties))) % len(duties)]
                pairs.append(Pair(code, duty, mate, neg_duty(code)))
            pairs.append(Pair(code, duty, lead, lead_actions(other(code)["lead_statement"])))
            if not parts:
                continue
            for k, part in enumerate(duty_parts(duty, verbs, tagger)):
                mate = duty
                if k % 2 and len(duties) > 1:
                    mate = duties[(i + rng.randrange(1, len(duties))) % len(duties)]
                pairs.append(Pair(code, part[0].upper() + part[1:], mate, neg_duty(code)))
        titles = list(dict.fromkeys(g["example_titles"]))
        rng.shuffle(titles)
        for k, title in enumerate(titles[:TITLES_PER_GROUP]):
            if duties:
                pairs.append(Pair(code, title, rng.choice(duties), neg_duty(code)))
            if k < TITLES_WITH_LEAD:
                pairs.append(Pair(code, title, lead, lead_actions(other(code)["lead_statement"])))
        pairs.append(Pair(code, g["title"], lead, lead_actions(other(code)["lead_statement"])))
    return pairs


def batches(pairs: list[Pair], size: int, seed: int) -> list[list[Pair]]:
    """Shuffled batches of `size` pairs whose anchors all come from different groups.

    Pairs are dealt greedily: each goes to the first open batch without its group. The last,
    short batches are kept (a smaller batch only has fewer negatives).
    """
    rng = random.Random(seed)
    order = list(pairs)
    rng.shuffle(order)
    open_batches: list[tuple[list[Pair], set[str]]] = []
    done: list[list[Pair]] = []
    for pair in order:
        for batch, codes in open_batches:
            if pair.code not in codes:
                batch.append(pair)
                codes.add(pair.code)
                if len(batch) == size:
                    done.append(batch)
                    open_batches.remove((batch, codes))
                break
        else:
            open_batches.append(([pair], {pair.code}))
    done += [batch for batch, _ in open_batches]
    rng.shuffle(done)
    return done
