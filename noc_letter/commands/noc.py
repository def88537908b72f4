"""`noc-letter noc QUERY`: find NOC 2021 unit groups, or show one group's full profile."""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import textwrap
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from noc_letter.core.catalogue import Catalogue, UnitGroup
    from noc_letter.core.search import SearchHit

WIDTH = 96
_CODE = re.compile(r"[0-9]{5}")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `noc` subcommand."""
    parser = subparsers.add_parser(
        "noc",
        help="find a NOC 2021 group by code, old NOC 2016 code or job title; show a profile",
        description=(
            "Search the NOC 2021 catalogue by 5-digit code, code prefix, NOC 2016 code, unit "
            "group title or any of its 27,935 example titles (typos and missing accents are "
            "forgiven). With one exact 5-digit code, show the group's full profile."
        ),
    )
    parser.add_argument(
        "query", nargs="+", metavar="QUERY", help='e.g. 12200, 1311, bookkeeper, "payroll admin"'
    )
    parser.add_argument("--json", action="store_true", help="print JSON for other tools")
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        default="en",
        help="profile language: en (NOC) or fr (CNP, StatCan's French text; default en); fr "
        "also searches the CNP's French example titles, as a query written in French does",
    )
    parser.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N results (default 20)"
    )
    parser.set_defaults(func=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    """Search, or show one profile; print text or JSON.

    Returns:
        0 with results, 1 when nothing matches (or the 5-digit code does not exist),
        2 when the query is empty.
    """
    from noc_letter.core.catalogue import load_catalogue
    from noc_letter.core.french_titles import search_with_french_titles
    from noc_letter.core.search import get_search

    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # a legacy console must not crash on "é"
    query = " ".join(args.query).strip()
    if not query:
        print("noc-letter: error: QUERY is empty", file=sys.stderr)
        return 2
    catalogue = load_catalogue()
    if _CODE.fullmatch(query) and (group := catalogue.find(query)) is not None:
        _print_profile(catalogue, group, args.json, args.lang)
        return 0
    search = get_search()
    if _CODE.fullmatch(query):
        suggestions = search.closest_codes(query)
        if args.json:
            _print_json(
                {
                    "query": query,
                    "results": [],
                    "suggestions": [
                        {"code": g.code, "title": g.title, "teer": g.teer} for g in suggestions
                    ],
                    "data_version": catalogue.data_version,
                }
            )
        closest = "; ".join(f"{g.code} {g.title}" for g in suggestions)
        print(
            f"noc-letter: no NOC 2021 unit group has code {query}; closest: {closest}",
            file=sys.stderr,
        )
        return 1
    hits = search_with_french_titles(search, query, catalogue, args.limit, args.lang)
    if args.json:
        _print_json(
            {
                "query": query,
                "results": [dataclasses.asdict(hit) for hit in hits],
                "data_version": catalogue.data_version,
            }
        )
    else:
        _print_hits(hits, catalogue.data_version)
    if not hits:
        print(f'noc-letter: no NOC 2021 unit group matches "{query}"', file=sys.stderr)
        return 1
    return 0


def _print_json(payload: dict[str, Any]) -> None:
    print(json.dumps(payload, indent=2))


def _print_hits(hits: list[SearchHit], data_version: str) -> None:
    for hit in hits:
        print(f"{hit.code}  TEER {hit.teer}  {hit.title}")
        print(f"       matched {hit.matched} (score {hit.score:.2f})")
        if hit.note:
            print(textwrap.fill(hit.note, WIDTH, initial_indent=" " * 7, subsequent_indent=" " * 9))
    if hits:
        print(f"\n{data_version}. Give one 5-digit code for the full profile.")


def profile_dict(catalogue: Catalogue, group: UnitGroup) -> dict[str, Any]:
    """All profile fields of a unit group as JSON-ready data, with eligibility and neighbours.

    Args:
        catalogue: The catalogue the group belongs to (for exclusion neighbours).
        group: The unit group.

    Returns:
        The dataclass fields plus "eligibility" {"fsw", "cec", "fst"} and "exclusion_neighbours".
    """
    data = dataclasses.asdict(group)
    data["eligibility"] = group.eligibility()
    data["exclusion_neighbours"] = [
        dataclasses.asdict(n) for n in catalogue.exclusion_neighbours(group.code)
    ]
    return data


def french_profile_dict(catalogue: Catalogue, group: UnitGroup) -> dict[str, Any]:
    """`profile_dict` with the CNP's French text in the same fields ("title_en" keeps the
    English title); "untranslated" names the fields the French data does not have."""
    data = profile_dict(catalogue, group)
    data["title_en"] = group.title
    data["title"] = group.title_in("fr")
    data["lead_statement"] = group.lead_in("fr")
    data["main_duties"] = [dataclasses.asdict(d) for d in group.duties_in("fr")]
    data["example_titles"] = list(group.example_titles_in("fr"))
    # "exclusions" keeps its structure (text, see_code...); the CNP's text is in "exclusions_fr".
    data["untranslated"] = [
        "illustrative_examples",
        "employment_requirements",
        "additional_information",
        "us_titles",
    ]
    return data


def _print_profile(catalogue: Catalogue, group: UnitGroup, as_json: bool, lang: str) -> None:
    if as_json:
        french = lang == "fr"
        _print_json(
            {
                "profile": (french_profile_dict if french else profile_dict)(catalogue, group),
                "data_version": catalogue.data_version,
                "attribution": catalogue.attribution_fr if french else catalogue.attribution,
                **({"lang": lang} if french else {}),
            }
        )
        return
    if lang == "fr":
        _print_french_profile(catalogue, group)
        return
    yes = {True: "yes", False: "no"}
    eligibility = group.eligibility()
    print(f"{group.code}  {group.title}")
    if group.title_fr:
        print(f"       {group.title_fr}")
    print(f"TEER {group.teer} · minor group {group.minor_group} {group.minor_title}")
    print(
        f"Eligibility: FSW {yes[eligibility['fsw']]} · CEC {yes[eligibility['cec']]} · "
        f"FST {yes[eligibility['fst']]}"
    )
    if group.lead_statement:
        print("\nLead statement")
        print(
            textwrap.fill(group.lead_statement, WIDTH, initial_indent="  ", subsequent_indent="  ")
        )
    print("\nMain duties")
    heading = None
    for duty in group.main_duties:
        if duty.subgroup and duty.subgroup != heading:
            heading = duty.subgroup
            print(f"  {heading}:")
        _bullet(duty.text)
    print(f"\nExample titles ({len(group.example_titles)})")
    print(
        textwrap.fill(
            "; ".join(group.example_titles), WIDTH, initial_indent="  ", subsequent_indent="  "
        )
    )
    _section(
        "US job titles (SOC 2018, by Statistics Canada's correspondence)",
        [us.label for us in group.us_titles],
    )
    _section("Employment requirements", group.employment_requirements)
    _section("Additional information", group.additional_information)
    _section("Exclusions", [e.text for e in group.exclusions])
    neighbours = catalogue.exclusion_neighbours(group.code)
    _section(
        "Neighbours by exclusion",
        [f"{n.code} (TEER {n.teer}) {n.title}: {n.reason}" for n in neighbours],
    )
    print(f"\n{catalogue.data_version}")
    print(textwrap.fill(catalogue.attribution, WIDTH))


def _print_french_profile(catalogue: Catalogue, group: UnitGroup) -> None:
    oui = {True: "oui", False: "non"}
    eligibility = group.eligibility()
    print(f"{group.code}  {group.title_in('fr')}")
    print(f"       {group.title}")
    print(f"FEER {group.teer}")
    print(
        f"Admissibilité : TCF {oui[eligibility['fsw']]} · CEC {oui[eligibility['cec']]} · "
        f"PTQF {oui[eligibility['fst']]}"
    )
    if group.lead_in("fr"):
        print("\nÉnoncé principal")
        lead = group.lead_in("fr")
        print(textwrap.fill(lead, WIDTH, initial_indent="  ", subsequent_indent="  "))
    print("\nFonctions principales")
    heading = None
    for duty in group.duties_in("fr"):
        if duty.subgroup and duty.subgroup != heading:
            heading = duty.subgroup
            print(f"  {heading}:")
        _bullet(duty.text)
    titles = group.example_titles_in("fr")
    print(f"\nExemples d'appellations d'emploi ({len(titles)})")
    print(textwrap.fill("; ".join(titles), WIDTH, initial_indent="  ", subsequent_indent="  "))
    _section("Exclusions", list(group.exclusions_fr))
    print("\nCNP 2021 version 1.0")
    print(textwrap.fill(catalogue.attribution_fr, WIDTH))


def _section(title: str, lines: list[str] | tuple[str, ...]) -> None:
    if not lines:
        return
    print(f"\n{title}")
    for line in lines:
        _bullet(line)


def _bullet(text: str) -> None:
    print(textwrap.fill(text, WIDTH, initial_indent="  - ", subsequent_indent="    "))
