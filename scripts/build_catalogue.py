"""Build resources/noc2021/ (the app's NOC 2021 catalogue) from ../shared/data/noc2021.

Run from the repository root: `python scripts/build_catalogue.py [--source DIR]`.
The output is committed so the app never needs the shared folder at run time.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from noc_letter.core.catalogue import Catalogue  # noqa: E402
from noc_letter.core.language import FRENCH_WORDS_FILE, cnp_words  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "noc2021"
OUT = ROOT / "resources" / "noc2021"

DATA_VERSION = "NOC 2021 Version 1.0"
ATTRIBUTION = (
    "Source: Statistics Canada and Employment and Social Development Canada, National "
    "Occupational Classification (NOC) 2021 Version 1.0, and ESDC, OaSIS 2023 Version 1.0. "
    "Contains information licensed under the Open Government Licence – Canada."
)

ATTRIBUTION_FR = (
    "Source : Statistique Canada et Emploi et Développement social Canada, Classification "
    "nationale des professions (CNP) 2021 version 1.0, et EDSC, OaSIS 2023 version 1.0. "
    "Contient des informations visées par la Licence du gouvernement ouvert – Canada."
)
US_TITLES_SOURCE = (
    "Statistics Canada, correspondence NOC 2016 V1.3 – SOC 2018 (US), carried to NOC 2021 "
    "V1.0 through the NOC 2016 V1.3 – NOC 2021 V1.0 concordance"
)

# Federal Skilled Trades: eligible NOC 2021 groups as listed on IRCC's page
# "Eligibility to apply as a Federal Skilled Trades worker (Express Entry)" (canada.ca,
# immigrate-canada/express-entry/eligibility/skilled-trades-workers). Re-check before a release.
FST_RULES = {
    "source": (
        "IRCC, Eligibility to apply as a Federal Skilled Trades worker (Express Entry), "
        "canada.ca — list of skilled trades under NOC 2021 (verify before a release)"
    ),
    "include": [
        {
            "level": "major",
            "code": "72",
            "title": "Technical trades and transportation officers and controllers",
        },
        {"level": "major", "code": "73", "title": "General trades"},
        {
            "level": "major",
            "code": "82",
            "title": "Supervisors in natural resources, agriculture and related production",
        },
        {
            "level": "major",
            "code": "83",
            "title": "Occupations in natural resources and related production",
        },
        {
            "level": "major",
            "code": "92",
            "title": (
                "Processing, manufacturing and utilities supervisors "
                "and utilities operators and controllers"
            ),
        },
        {"level": "minor", "code": "6320", "title": "Cooks, butchers and bakers"},
        {"level": "unit", "code": "62200", "title": "Chefs"},
    ],
    "exclude": [
        {"level": "sub_major", "code": "726", "title": "Transportation officers and controllers"},
    ],
}

KEEP_FIELDS = (
    "code",
    "title",
    "title_fr",
    "teer",
    "broad_category",
    "major_group",
    "sub_major_group",
    "minor_group",
    "lead_statement",
    "lead_statement_fr",
    "main_duties",
    "example_titles",
    "illustrative_examples",
    "example_titles_fr",
    "employment_requirements",
    "additional_information",
    "exclusions",
    "exclusions_structured",
)


def _fst_eligible(group: dict) -> bool:
    code = group["code"]

    def hit(rule: dict) -> bool:
        return code.startswith(rule["code"])

    return any(hit(r) for r in FST_RULES["include"]) and not any(
        hit(r) for r in FST_RULES["exclude"]
    )


def build_unit_groups(source: Path) -> list[dict]:
    """Trim the merged unit-group file to what the app uses and add program eligibility."""
    groups = json.loads((source / "unit_groups.json").read_text(encoding="utf-8"))
    out = []
    for group in sorted(groups, key=lambda g: g["code"]):
        row = {key: group.get(key) for key in KEEP_FIELDS}
        row["teer"] = int(group["code"][1])
        row["fst_eligible"] = _fst_eligible(group)
        out.append(row)
    french = json.loads((source / "main_duties_fr.json").read_text(encoding="utf-8"))
    for row in out:
        extra = french.get(row["code"]) or {}
        row["main_duties_fr"] = [
            {"text": d["text"].strip(), "subgroup": d.get("subgroup")}
            for d in extra.get("main_duties_fr") or []
            if d.get("text", "").strip()
        ]
        row["inclusions_fr"] = list(extra.get("inclusions_fr") or [])
        row["exclusions_fr"] = list(extra.get("exclusions_fr") or [])
        row["order_uncertain_fr"] = bool(extra.get("order_uncertain"))
    return out


def build_us_titles(source: Path, concordance: list[dict]) -> dict[str, list[dict]]:
    """NOC 2021 code → the US occupations (SOC 2018) that StatCan's NOC 2016 → SOC 2018
    correspondence gives for its NOC 2016 predecessor(s), through the 2016 → 2021 concordance.

    A NOC 2016 group split into several NOC 2021 groups passes its SOC titles to each of them.
    `partial`: the SOC occupation matches only part of the NOC 2021 group, because StatCan flags
    the NOC 2016 - SOC row as partial or because the NOC 2016 group was split.
    """
    new_codes: dict[str, set[str]] = {}
    for row in concordance:
        new_codes.setdefault(row["noc2016"], set()).add(row["noc2021"])
    out: dict[str, dict[str, dict]] = {}
    path = source / "correspondence_noc2016_soc2018.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            title = " ".join(row["soc2018_title"].split())
            entry = {"soc": row["soc2018"].strip(), "title": title}
            codes = new_codes.get(row["noc2016"].zfill(4), set())
            partial = row["partial"].strip() == "*" or len(codes) > 1
            for code in codes:
                kept = out.setdefault(code, {}).setdefault(entry["soc"], {**entry, "partial": True})
                # Partial only when every NOC 2016 row behind it is.
                kept["partial"] = kept["partial"] and partial
    return {code: sorted(rows.values(), key=lambda r: r["soc"]) for code, rows in out.items()}


def build_concordance(source: Path) -> list[dict]:
    """NOC 2016 (4-digit) → NOC 2021 (5-digit) rows from StatCan's official concordance."""
    rows = []
    with (source / "concordance_2016_2021.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            rows.append(
                {
                    "noc2016": row["noc2016"].zfill(4),
                    "noc2016_title": row["noc2016_title"],
                    "noc2021": row["noc2021"].zfill(5),
                    "change": row["gsim_type_of_change"],
                    "notes": row["notes"],
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    groups = build_unit_groups(args.source)
    if len(groups) != 516:
        raise SystemExit(f"expected 516 unit groups, found {len(groups)}")
    concordance = build_concordance(args.source)
    us_titles = build_us_titles(args.source, concordance)
    for group in groups:
        group["us_titles"] = us_titles.get(group["code"], [])

    def dump(name: str, data: object) -> None:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        (OUT / name).write_text(text + "\n", encoding="utf-8")

    dump("unit_groups.json", groups)
    dump("concordance_2016_2021.json", concordance)
    dump("fst_eligible.json", FST_RULES)
    meta = {
        "data_version": DATA_VERSION,
        "attribution": ATTRIBUTION,
        "attribution_fr": ATTRIBUTION_FR,
        "licence": "Open Government Licence – Canada",
        "unit_groups": len(groups),
        "example_titles": sum(len(g["example_titles"] or []) for g in groups),
        "us_titles": sum(len(g["us_titles"]) for g in groups),
        "us_titles_source": US_TITLES_SOURCE,
    }
    (OUT / "meta.json").write_text(
        json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    shutil.copyfile(args.source / "SOURCES.md", OUT / "SOURCES.md")
    # The CNP's French words, for telling French duties from English ones (core/language.py).
    words = cnp_words(Catalogue(OUT))
    (OUT / FRENCH_WORDS_FILE).write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(groups)} unit groups and {meta['example_titles']} example titles to {OUT}")


if __name__ == "__main__":
    main()
