"""NOC 2021 unit groups as frozen dataclasses, loaded once from resources/noc2021."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from noc_letter.resources import resource_path

PROGRAMS_TEER_0_3 = ("fsw", "cec")


@dataclass(frozen=True)
class MainDuty:
    """One main duty of a unit group; `subgroup` names the sub-profile heading, if any."""

    text: str
    subgroup: str | None = None


@dataclass(frozen=True)
class Exclusion:
    """A neighbouring occupation the NOC profile sends elsewhere ("See 14200 ...")."""

    text: str
    see_code: str | None
    see_title: str | None
    job_title: str | None


@dataclass(frozen=True)
class UsTitle:
    """A US occupation (SOC 2018) that StatCan's correspondence links to a unit group."""

    soc: str
    title: str
    partial: bool = False

    @property
    def label(self) -> str:
        """ "Billing and Posting Clerks (SOC 43-3021, covers part of this group)"."""
        return (
            f"{self.title} (SOC {self.soc}{', covers part of this group' if self.partial else ''})"
        )


@dataclass(frozen=True)
class UnitGroup:
    """A NOC 2021 unit group (5-digit code) with the profile text the app shows and matches."""

    code: str
    title: str
    title_fr: str
    teer: int
    minor_group: str
    minor_title: str
    major_group: str
    major_title: str
    lead_statement: str
    main_duties: tuple[MainDuty, ...]
    example_titles: tuple[str, ...]
    illustrative_examples: tuple[str, ...]
    employment_requirements: tuple[str, ...]
    additional_information: tuple[str, ...]
    exclusions: tuple[Exclusion, ...]
    fst_eligible: bool
    us_titles: tuple[UsTitle, ...] = ()
    # The CNP 2021 (the NOC in French): StatCan's own French text of the same profile.
    lead_statement_fr: str = ""
    main_duties_fr: tuple[MainDuty, ...] = ()
    example_titles_fr: tuple[str, ...] = ()
    inclusions_fr: tuple[str, ...] = ()
    exclusions_fr: tuple[str, ...] = ()
    order_uncertain_fr: bool = False  # the source may list the French duties in another order

    @property
    def duties_aligned(self) -> bool:
        """True when French main duty i is the English main duty i (same count, order certain)."""
        return len(self.main_duties_fr) == len(self.main_duties) and not self.order_uncertain_fr

    def title_in(self, lang: str) -> str:
        """The title in "fr" or "en" (English when the French one is missing)."""
        return self.title_fr if lang == "fr" and self.title_fr else self.title

    def lead_in(self, lang: str) -> str:
        """The lead statement in "fr" or "en" (English when the French one is missing)."""
        return (
            self.lead_statement_fr
            if lang == "fr" and self.lead_statement_fr
            else (self.lead_statement)
        )

    def duties_in(self, lang: str) -> tuple[MainDuty, ...]:
        """The main duties in "fr" or "en" (English when the French ones are missing)."""
        return self.main_duties_fr if lang == "fr" and self.main_duties_fr else self.main_duties

    def example_titles_in(self, lang: str) -> tuple[str, ...]:
        """The example titles in "fr" or "en" (English when the French ones are missing)."""
        return (
            self.example_titles_fr
            if lang == "fr" and self.example_titles_fr
            else (self.example_titles)
        )

    @property
    def skilled(self) -> bool:
        """TEER 0-3: counts as skilled work for Express Entry (FSW, CEC)."""
        return self.teer <= 3

    def eligibility(self) -> dict[str, bool]:
        """Program eligibility by TEER and the FST list: {"fsw": ..., "cec": ..., "fst": ...}."""
        return {"fsw": self.skilled, "cec": self.skilled, "fst": self.fst_eligible}


@dataclass(frozen=True)
class LegacyMapping:
    """One row of the StatCan NOC 2016 → NOC 2021 concordance."""

    noc2016: str
    noc2016_title: str
    noc2021: str
    change: str
    notes: str


@dataclass(frozen=True)
class Neighbour:
    """A unit group worth comparing with another one, and why ("Listed in 12200's exclusions")."""

    code: str
    title: str
    teer: int
    reason: str


def _unit_group(raw: dict) -> UnitGroup:
    return UnitGroup(
        code=raw["code"],
        title=raw["title"],
        title_fr=raw.get("title_fr") or "",
        teer=int(raw["teer"]),
        minor_group=raw["minor_group"]["code"],
        minor_title=raw["minor_group"]["title"],
        major_group=raw["major_group"]["code"],
        major_title=raw["major_group"]["title"],
        lead_statement=raw.get("lead_statement") or "",
        main_duties=tuple(
            MainDuty(text=d["text"].strip(), subgroup=d.get("subgroup"))
            for d in raw.get("main_duties") or []
        ),
        example_titles=tuple(raw.get("example_titles") or ()),
        illustrative_examples=tuple(raw.get("illustrative_examples") or ()),
        employment_requirements=tuple(raw.get("employment_requirements") or ()),
        additional_information=tuple(raw.get("additional_information") or ()),
        exclusions=tuple(
            Exclusion(
                text=e["text"],
                see_code=e.get("see_code"),
                see_title=e.get("see_title"),
                job_title=e.get("job_title"),
            )
            for e in raw.get("exclusions_structured") or []
        ),
        fst_eligible=bool(raw.get("fst_eligible")),
        us_titles=tuple(
            UsTitle(soc=t["soc"], title=t["title"], partial=bool(t.get("partial")))
            for t in raw.get("us_titles") or []
        ),
        lead_statement_fr=raw.get("lead_statement_fr") or "",
        main_duties_fr=tuple(
            MainDuty(text=d["text"].strip(), subgroup=d.get("subgroup"))
            for d in raw.get("main_duties_fr") or []
        ),
        example_titles_fr=tuple(raw.get("example_titles_fr") or ()),
        inclusions_fr=tuple(raw.get("inclusions_fr") or ()),
        exclusions_fr=tuple(raw.get("exclusions_fr") or ()),
        order_uncertain_fr=bool(raw.get("order_uncertain_fr")),
    )


def _read_catalogue_text(folder: Path) -> str:
    """unit_groups.json, or its gzipped copy (the desktop bundle ships that one)."""
    plain = folder / "unit_groups.json"
    if plain.is_file():
        return plain.read_text(encoding="utf-8")
    with gzip.open(folder / "unit_groups.json.gz", "rt", encoding="utf-8") as handle:
        return handle.read()


class Catalogue:
    """All 516 unit groups plus the legacy-code concordance and the data stamp."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or resource_path("noc2021")
        raw_groups = json.loads(_read_catalogue_text(folder))
        self.groups: tuple[UnitGroup, ...] = tuple(_unit_group(g) for g in raw_groups)
        self._by_code = {g.code: g for g in self.groups}
        rows = json.loads((folder / "concordance_2016_2021.json").read_text(encoding="utf-8"))
        self.concordance: tuple[LegacyMapping, ...] = tuple(LegacyMapping(**r) for r in rows)
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        self.data_version: str = meta["data_version"]
        self.attribution: str = meta["attribution"]
        self.attribution_fr: str = meta.get("attribution_fr") or self.attribution

    def __len__(self) -> int:
        return len(self.groups)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> UnitGroup:
        """The unit group with this 5-digit code; KeyError if there is none."""
        return self._by_code[code]

    def find(self, code: str) -> UnitGroup | None:
        """The unit group with this code, or None."""
        return self._by_code.get(code)

    def legacy(self, noc2016: str) -> list[LegacyMapping]:
        """Concordance rows for an old 4-digit NOC 2016 code (several when it was split)."""
        code = noc2016.strip().zfill(4)
        return [row for row in self.concordance if row.noc2016 == code]

    @cached_property
    def _excluded_by(self) -> dict[str, tuple[str, ...]]:
        """For each code, the codes whose profiles list it among their exclusions."""
        pointing: dict[str, dict[str, None]] = {}
        for group in self.groups:
            for exclusion in group.exclusions:
                if exclusion.see_code and exclusion.see_code != group.code:
                    pointing.setdefault(exclusion.see_code, {})[group.code] = None
        return {code: tuple(sorted(sources)) for code, sources in pointing.items()}

    def exclusion_neighbours(self, code: str) -> list[Neighbour]:
        """Unit groups linked to code by an exclusion, in either direction, each listed once.

        Groups this profile sends elsewhere ("Listed in 12200's exclusions") come first, in
        profile order; then groups whose own profile sends this one elsewhere ("Lists 12200 in its
        own exclusions"), by code. A group linked both ways is listed once, with both reasons.
        Only codes among the 516 unit groups are returned.

        Args:
            code: A 5-digit NOC 2021 code.

        Returns:
            The neighbours, without code itself.

        Raises:
            KeyError: if code is not a NOC 2021 unit group.
        """
        group = self.get(code)
        listed = {e.see_code for e in group.exclusions if e.see_code in self._by_code} - {code}
        listing = set(self._excluded_by.get(code, ()))
        order = [e.see_code for e in group.exclusions] + sorted(listing)
        neighbours = []
        for other in dict.fromkeys(c for c in order if c in listed or c in listing):
            if other in listed and other in listing:
                reason = f"Listed in {code}'s exclusions, and lists {code} in its own exclusions"
            elif other in listed:
                reason = f"Listed in {code}'s exclusions"
            else:
                reason = f"Lists {code} in its own exclusions"
            found = self._by_code[other]
            neighbours.append(Neighbour(found.code, found.title, found.teer, reason))
        return neighbours


@cache
def load_catalogue() -> Catalogue:
    """The bundled catalogue, loaded once per process."""
    return Catalogue()
