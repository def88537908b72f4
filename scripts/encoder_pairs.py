"""Training pairs for the NOC encoder, made only from the NOC 2021 text (build time only).

Every pair is (anchor, positive, hard negative) of one unit group:

* a main duty with another main duty of the same group (the way a letter's duties sit together);
* a main duty with the group's lead statement (its first sentence: the actions);
* an example title with one of the group's main duties, and with its lead statement;
* the group title with its lead statement.

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
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from noc_letter.core.matching.lead import lead_actions  # noqa: E402

# How many example titles of a group become anchors (largest groups have hundreds).
TITLES_PER_GROUP = 6
TITLES_WITH_LEAD = 2


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


def make_pairs(groups: list[dict], seed: int = 13) -> list[Pair]:
    """All training triples, in a fixed order for a given seed."""
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

    pairs: list[Pair] = []
    for g in groups:
        code, lead, duties = g["code"], lead_actions(g["lead_statement"]), _duties(g)
        for i, duty in enumerate(duties):
            if len(duties) > 1:
                mate = duties[(i + rng.randrange(1, len(duties))) % len(duties)]
                pairs.append(Pair(code, duty, mate, neg_duty(code)))
            pairs.append(Pair(code, duty, lead, lead_actions(other(code)["lead_statement"])))
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
