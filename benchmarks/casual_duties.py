"""Casual rewrites of well-formed duties, the way people first type them, for the suggest bench.

"Prepare financial statements" becomes "Preparing financial statements", "Prepared financial
statements", "I prepare financial statements", "Responsible for preparing financial statements",
"In charge of financial statements", "Helping with financial statements" or "Handling financial
statements": the forms the rewording is meant to put back in duty form (or, where the verb is
gone, to ask about). Generic rules on the verbs only; nothing here depends on a particular item.

Usage: `python benchmarks/casual_duties.py [--n N]` writes benchmarks/data/casual_generated.jsonl
(N lines from the dev duties, one form each, in turn).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from noc_letter.core.rewording.verbs import gerund  # noqa: E402

FORMS = ("gerund", "responsible for", "handling")
# The forms of the generated casual set, used in turn.
SET_FORMS = (
    "gerund",
    "past",
    "first_person",
    "responsible_for",
    "in_charge_of",
    "helping_with",
    "handling",
)
OUT = ROOT / "benchmarks" / "data" / "casual_generated.jsonl"

# Past tense of common irregular duty verbs (general English).
_IRREGULAR = {
    "be": "was",
    "bend": "bent",
    "bring": "brought",
    "build": "built",
    "buy": "bought",
    "catch": "caught",
    "choose": "chose",
    "cut": "cut",
    "deal": "dealt",
    "dig": "dug",
    "do": "did",
    "draw": "drew",
    "drive": "drove",
    "feed": "fed",
    "find": "found",
    "fly": "flew",
    "get": "got",
    "give": "gave",
    "go": "went",
    "grind": "ground",
    "grow": "grew",
    "hang": "hung",
    "have": "had",
    "hold": "held",
    "keep": "kept",
    "lay": "laid",
    "lead": "led",
    "lend": "lent",
    "let": "let",
    "make": "made",
    "meet": "met",
    "oversee": "oversaw",
    "pay": "paid",
    "put": "put",
    "read": "read",
    "rebuild": "rebuilt",
    "ride": "rode",
    "run": "ran",
    "see": "saw",
    "seek": "sought",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "sew": "sewed",
    "shut": "shut",
    "sit": "sat",
    "speak": "spoke",
    "spend": "spent",
    "split": "split",
    "spread": "spread",
    "stand": "stood",
    "sweep": "swept",
    "take": "took",
    "teach": "taught",
    "tear": "tore",
    "tell": "told",
    "think": "thought",
    "throw": "threw",
    "undertake": "undertook",
    "understand": "understood",
    "wear": "wore",
    "weave": "wove",
    "write": "wrote",
}


def past(verb: str) -> str:
    """Simple past of a base verb ("prepare" → "prepared", "plan" → "planned")."""
    v = verb.lower()
    if v in _IRREGULAR:
        return _IRREGULAR[v]
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and len(v) > 1 and v[-2] not in "aeiou":
        return v[:-1] + "ied"
    ing = gerund(v)
    if ing.endswith(v[-1] * 2 + "ing") and not v.endswith(v[-1] * 2):
        return v + v[-1] + "ed"  # "plan" → "planned", as the gerund doubles it
    return v + "ed"


def _verbs_to(tokens, text: str, form) -> str:
    """`text` with the leading verb and the verbs coordinated with it put in `form`."""
    out, last = [], 0
    for i, token in enumerate(tokens):
        coordinated = i > 0 and (tokens[i - 1].pos_ == "CCONJ" or tokens[i - 1].text == ",")
        if token.tag_ == "VB" and token.pos_ == "VERB" and (i == 0 or coordinated):
            out.append(text[last : token.idx])
            out.append(form(token.lemma_.lower()))
            last = token.idx + len(token.text)
    out.append(text[last:])
    return "".join(out)


_NP = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"}
# Heads that name no work by themselves: "Handling new ways" would be a vague line, and this set
# is of lines that name their object.
_EMPTY_HEADS = frozenset(
    [
        "work",
        "way",
        "item",
        "task",
        "activity",
        "issue",
        "part",
        "assignment",
        "thing",
        "matter",
        "duty",
        "job",
        "area",
    ]
)


def noun_phrase(tokens, start: int) -> str:
    """The noun phrase (with nouns joined by "and"/"or") from token `start`; "" when none."""
    end = last_noun = start
    i = start
    while i < len(tokens):
        token = tokens[i]
        joins = token.pos_ == "CCONJ" and i + 1 < len(tokens) and tokens[i + 1].pos_ in _NP
        if not (token.pos_ in _NP or token.text in ("-", "/", "'s") or joins):
            break
        if joins and tokens[i + 1].tag_.startswith("VB"):
            break
        if token.pos_ in ("NOUN", "PROPN"):
            last_noun = i + 1
        i += 1
    end = last_noun
    if end < len(tokens) and tokens[end].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
        # "minor injuries and ailments and contact veterinarians": the last "noun" is a verb.
        joins = [k for k in range(start, end) if tokens[k].pos_ == "CCONJ"]
        end = joins[-1] if joins else start
    if end <= start or tokens[end - 1].lemma_.lower() in _EMPTY_HEADS:
        return ""
    return tokens[start].doc.text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1])]


def casual_forms(text: str, nlp) -> dict[str, str]:
    """The casual forms of a duty that starts with a verb ({} when it does not)."""
    doc = nlp(text.strip())
    tokens = [t for t in doc if not t.is_space]
    if len(tokens) < 3 or tokens[0].pos_ != "VERB" or tokens[0].tag_ != "VB":
        return {}
    first = tokens[0]
    stripped = text.strip()
    rest = stripped[first.idx + len(first.text) :].strip()
    # Only the first verb of a coordinated list ("Plan, direct and ...") would be changed.
    if not rest or rest[0] in ",;" or tokens[1].pos_ in ("CCONJ", "PUNCT"):
        return {}
    ing = gerund(first.lemma_)
    lowered = stripped[:1].lower() + stripped[1:]
    obj = noun_phrase(tokens, 1)
    forms = {
        "gerund": f"{ing.capitalize()} {rest}",
        "responsible for": f"Responsible for {ing} {rest}",
        "handling": f"Handling {obj}",
        "past": _verbs_to(tokens, stripped, past).capitalize(),
        "first_person": "I " + _verbs_to(tokens, lowered, str),
        "responsible_for": f"Responsible for {ing} {rest}",
    }
    if not obj:
        del forms["handling"]
    else:
        forms["in_charge_of"] = f"In charge of {obj}"
        forms["helping_with"] = f"Helping with {obj}"
    return forms


def generate(items, nlp, n: int) -> list[dict]:
    """`n` casual lines from labelled duties: each qualifying duty in one form, forms in turn."""
    out = []
    for item in items:
        if len(out) >= n:
            break
        forms = casual_forms(item["text"], nlp)
        form = SET_FORMS[len(out) % len(SET_FORMS)]
        if form not in forms:
            continue
        out.append(
            {
                "text": forms[form],
                "noc": item["noc"],
                "form": form,
                "source": f"generated from {item['id']}",
                "vague": False,
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=154)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_set import load_items

    from noc_letter.core.nlp import get_nlp

    lines = generate(load_items(), get_nlp(), args.n)
    with OUT.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
