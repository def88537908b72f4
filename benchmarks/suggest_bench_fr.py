"""French suggestion benchmark: on French duty lines written by hand the way people type them
(benchmarks/data/french_rewording.txt), how often a French line gets a suggestion (its
letter-ready form or a question), whether each form keeps every fact and brings in no word of
its own (checked on content lemmas, apart from the rewording's rules), and how long it takes.

Usage: `python benchmarks/suggest_bench_fr.py [--show N] [--write]` (--write puts the section
in docs/benchmarks.md; by default it only prints).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # as the app sets it (noc_letter/__init__.py)

import argparse  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

DATA = ROOT / "benchmarks" / "data" / "french_rewording.txt"
# Forms of line written with a conjugated verb: each should get its letter form.
CONJUGATED = frozenset(
    {
        "first_person",
        "compound",
        "reflexive",
        "third_person",
        "pronoun",
        "coordinated",
        "cv_past",
        "cv_present",
        "casual",
    }
)
_CONTENT = ("NOUN", "PROPN", "NUM", "VERB", "ADJ", "ADV", "X", "AUX")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def load_lines() -> list[dict]:
    """NOC | form | line | expected (a letter form, "?" a question, "-" none, "" open)."""
    items = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, form, text, expected = (part.strip() for part in line.split("|", 3))
        items.append({"noc": code, "form": form, "text": text, "expected": expected})
    return items


def invented_words(text: str, suggestion: str, nlp) -> list[str]:
    """Content words of the suggestion that are neither the person's words nor the lemma of
    one (spaCy's lemma or its French lemma table), nor a regular infinitive of one."""
    from noc_letter.core.rewording.french.conjugation import table_lemmas

    original = nlp(text)
    own, words = set(), set()
    for token in original:
        word = token.text.lower().replace("’", "'")
        words.add(word)
        own |= {word, token.lemma_.lower(), *table_lemmas(word)}
    out = []
    for token in nlp(suggestion):
        if token.pos_ not in _CONTENT or token.is_stop or not any(c.isalnum() for c in token.text):
            continue
        word = token.text.lower()
        if {word, token.lemma_.lower(), *table_lemmas(word)} & own:
            continue
        stem = word[:-2] if word.endswith(("er", "ir", "re")) and len(word) > 5 else ""
        if stem and any(w.startswith(stem) for w in words):
            continue
        out.append(token.text)
    return out


def keeps_facts(text: str, suggestion: str) -> bool:
    """Numbers (in order), percentages, brackets and capitalised names all kept."""
    if _NUMBER.findall(suggestion) != _NUMBER.findall(text):
        return False
    if suggestion.count("%") != text.count("%") or suggestion.count("(") != text.count("("):
        return False
    names = [w for w in re.findall(r"\b[^\W\d_][\w-]*", text[1:]) if w[0].isupper()]
    return all(name in suggestion for name in names)


def report(show: int) -> list[str]:
    from noc_letter.core.nlp_fr import get_french_nlp
    from noc_letter.core.rewording.french import get_french_rewriter

    rewriter = get_french_rewriter()
    nlp = get_french_nlp()
    rewriter.suggest("Je faisais les conciliations bancaires", "12200")  # load, not timed
    items = load_lines()
    c: Counter = Counter()
    by_form: dict[str, Counter] = defaultdict(Counter)
    times, examples, problems = [], [], []
    for item in items:
        start = time.perf_counter()
        result = rewriter.suggest(item["text"], item["noc"])
        times.append((time.perf_counter() - start) * 1000)
        forms = [s.text for s in result.suggestions]
        row = by_form[item["form"]]
        row["lines"] += 1
        row["form"] += bool(forms)
        row["question"] += bool(result.questions)
        c["lang_fr"] += result.lang == "fr"
        if item["expected"]:
            c["expected"] += 1
            ok = (
                (item["expected"] == "?" and not forms and bool(result.questions))
                or (item["expected"] == "-" and not forms)
                or forms[:1] == [item["expected"]]
            )
            c["as_expected"] += ok
            if not ok:
                problems.append(f"expected: {item['text']} → {forms or result.questions[:1]}")
        if item["form"] == "vague":
            c["vague"] += 1
            c["vague_asked"] += bool(result.questions) and not forms
            continue
        c["lines"] += 1
        c["offered"] += bool(forms or result.questions)
        c["with_form"] += bool(forms)
        c["question_only"] += bool(result.questions) and not forms
        if item["form"] in CONJUGATED:
            c["conjugated"] += 1
            c["conjugated_form"] += bool(forms)
        if item["form"] == "responsible":
            c["responsible"] += 1
            named = forms and forms[0].split()[0].lower() in item["text"].lower().split()
            c["responsible_ok"] += (not forms and bool(result.questions)) or bool(named)
        for s in result.suggestions:
            c["suggestions"] += 1
            kept = keeps_facts(item["text"], s.text)
            invented = invented_words(item["text"], s.text, nlp)
            c["kept"] += kept
            c["invented"] += bool(invented)
            if not kept or invented:
                problems.append(f"facts/invented {invented}: {item['text']} → {s.text}")
            if len(examples) < show:
                examples.append(f"- {item['text']} → {s.text}")
    n, total = max(c["lines"], 1), max(c["suggestions"], 1)
    median = statistics.median(times)
    p95 = sorted(times)[int(0.95 * (len(times) - 1))]
    codes = {item["noc"] for item in items}
    rows = [
        ("non-vague lines with a suggestion (letter form or question)", c["offered"] / n),
        ("… with a letter form", c["with_form"] / n),
        ("… with a question only", c["question_only"] / n),
        (
            "lines with a conjugated verb that get their letter form",
            c["conjugated_form"] / max(c["conjugated"], 1),
        ),
        ("lines answered as the file expects (form, question or none)", None),
        ("letter forms keeping every number, name and tool", c["kept"] / total),
        ("letter forms bringing in a word that is not the person's", c["invented"] / total),
        (
            '"Responsable de" lines asked, never given an action',
            c["responsible_ok"] / max(c["responsible"], 1),
        ),
        ("vague lines answered with questions, no form", c["vague_asked"] / max(c["vague"], 1)),
        ("lines routed to French", c["lang_fr"] / len(items)),
    ]
    lines = [
        "### French (letter-ready form and questions)",
        "",
        f"`python benchmarks/suggest_bench_fr.py`: {len(items)} French lines written by hand "
        f"over {len(codes)} unit groups (`benchmarks/data/french_rewording.txt`), {c['vague']} "
        f"vague on purpose; {c['suggestions']} letter forms. French rewording offers only the "
        "letter-ready form (the infinitive of the person's own verb) and questions.",
        "",
        "| measure | value |",
        "|---|---|",
    ]
    for name, value in rows:
        shown = f"{c['as_expected']} / {c['expected']}" if value is None else f"{value:.3f}"
        lines.append(f"| {name} | {shown} |")
    lines.append(f"| time per line, median / p95 (ms) | {median:.1f} / {p95:.1f} |")
    lines += ["", "| form | lines | with a letter form | with a question |", "|---|---|---|---|"]
    for form, row in sorted(by_form.items(), key=lambda kv: (-kv[1]["lines"], kv[0])):
        k = max(row["lines"], 1)
        lines.append(
            f"| {form} | {row['lines']} | {row['form'] / k:.3f} | {row['question'] / k:.3f} |"
        )
    lines += [
        "",
        "*Bringing in a word*: a content word of the form (noun, verb, adjective, adverb, "
        "number, name) that is neither a word of the line nor the lemma of one by spaCy's "
        "French pipeline or its lemma table (nor a regular infinitive whose stem begins one of "
        "the line's words); this check does not use the rewording's own rules. Nominal and "
        "infinitive lines are already letter-ready and get no form; negations, modals "
        '("je pouvais") and passives get none on purpose.',
    ]
    if examples:
        print("\n".join(examples))
    if problems:
        print("problems:\n" + "\n".join(problems))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N example letter forms")
    parser.add_argument("--write", action="store_true", help="write docs/benchmarks.md")
    args = parser.parse_args()
    text = "\n".join(report(args.show))
    print(text)
    if args.write:
        from report import update_section

        print("wrote", update_section("suggest_fr", text))


if __name__ == "__main__":
    main()
