"""Tests for the NOC 2021 catalogue: contents, legacy codes and exclusion neighbours."""

from __future__ import annotations

import pytest

from noc_letter.core.catalogue import Catalogue, Neighbour, load_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def test_catalogue_holds_all_groups_and_titles(catalogue):
    """The bundled catalogue has 516 unit groups, 27,935 example titles and a version stamp."""
    assert len(catalogue) == 516
    assert sum(len(g.example_titles) for g in catalogue.groups) == 27_935
    assert catalogue.data_version == "NOC 2021 Version 1.0"


def test_legacy_code_can_map_to_several_groups(catalogue):
    """NOC 2016 2171 maps to five NOC 2021 groups; 1311 maps to 12200 alone."""
    assert [row.noc2021 for row in catalogue.legacy("1311")] == ["12200"]
    assert len({row.noc2021 for row in catalogue.legacy("2171")}) == 5


def test_neighbours_of_12200_include_its_exclusions(catalogue):
    """12200's neighbours include 14200 (TEER 4) and 13102, from its own exclusions."""
    by_code = {n.code: n for n in catalogue.exclusion_neighbours("12200")}
    assert by_code["14200"].teer == 4
    assert by_code["14200"].title == "Accounting and related clerks"
    assert by_code["13102"].reason == "Listed in 12200's exclusions"


def test_neighbours_include_both_directions(catalogue):
    """A group that lists this one in its exclusions is a neighbour too, with its own reason."""
    by_code = {n.code: n for n in catalogue.exclusion_neighbours("14200")}
    assert by_code["14100"].reason == "Lists 14200 in its own exclusions"
    assert "and lists 14200 in its own exclusions" in by_code["12200"].reason


def test_neighbours_are_unique_existing_and_not_self(catalogue):
    """Every group's neighbours are listed once, exist among the 516, and exclude the group."""
    for group in catalogue.groups:
        found = [n.code for n in catalogue.exclusion_neighbours(group.code)]
        assert len(found) == len(set(found))
        assert group.code not in found
        assert all(code in catalogue for code in found)


def test_neighbours_are_frozen_dataclasses(catalogue):
    """Neighbours cannot be changed after they are made."""
    neighbour = catalogue.exclusion_neighbours("12200")[0]
    assert isinstance(neighbour, Neighbour)
    with pytest.raises(AttributeError):
        neighbour.code = "00000"  # type: ignore[misc]


def test_unknown_code_raises_key_error(catalogue):
    """Asking for the neighbours of a code that does not exist raises KeyError."""
    with pytest.raises(KeyError):
        catalogue.exclusion_neighbours("99999")


def test_every_group_has_its_us_titles(catalogue):
    """US occupations (SOC 2018) reach every group through StatCan's correspondence, with the
    partial flag: 43-3031 is all of 12200 but only part of 14200."""
    import re

    assert all(group.us_titles for group in catalogue.groups)
    assert all(re.fullmatch(r"\d\d-\d{4}", us.soc) for g in catalogue.groups for us in g.us_titles)
    bookkeepers = {us.soc: us for us in catalogue.get("12200").us_titles}
    clerks = {us.soc: us for us in catalogue.get("14200").us_titles}
    assert bookkeepers["43-3031"].title == "Bookkeeping, Accounting, and Auditing Clerks"
    assert not bookkeepers["43-3031"].partial and clerks["43-3031"].partial
